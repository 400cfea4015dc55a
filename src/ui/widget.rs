//! The widget's root: the loading state, the error panel or the briefing.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::ui::briefing::Briefing;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::text::catalogue;
use crate::ui::SharedReport;

/// Why a widget shows its error panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The report could not be fetched or read.
    Fetch,
    /// The report is not a valid `briefing/1` document.
    Invalid,
    /// The element names no report.
    NoSource,
    /// The widget's own code failed (a panic).
    Internal,
}

/// A failure, with its details for editors (one line each: the URL and status, or every
/// validation problem with its path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong, in the reader's terms.
    pub kind: FailureKind,
    /// The details, for editors.
    pub details: Vec<String>,
}

/// Where a widget is in its life.
#[derive(Clone, Debug)]
pub enum Phase {
    /// The report is on its way.
    Loading,
    /// A validated report to show.
    Ready(SharedReport),
    /// Nothing to show but why.
    Failed(Rc<Failure>),
}

impl PartialEq for Phase {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Phase::Loading, Phase::Loading) => true,
            (Phase::Ready(a), Phase::Ready(b)) => a == b,
            (Phase::Failed(a), Phase::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What to show.
    pub phase: Phase,
    /// The language the host asks for; the reader may switch.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// Called when the reader switches the language.
    #[prop_or_default]
    pub on_lang_change: Callback<Lang>,
}

/// The root element (`data-testid="briefing"`, with `lang`) and what it holds.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let text = catalogue(props.lang);
    match &props.phase {
        Phase::Loading => html! {
            <div class="briefing briefing--loading" lang={props.lang.code()} data-testid="briefing">
                <div class="briefing-loading" role="status" aria-live="polite" data-testid="loading">
                    <span class="briefing-loading__text">{ text.loading }</span>
                </div>
            </div>
        },
        Phase::Failed(failure) => html! {
            <div class="briefing briefing--error" lang={props.lang.code()} data-testid="briefing">
                <ErrorPanel failure={failure.clone()} lang={props.lang} />
            </div>
        },
        Phase::Ready(report) => html! {
            <Briefing
                report={report.clone()}
                lang={props.lang}
                instance={props.instance}
                on_lang_change={props.on_lang_change.clone()}
            />
        },
    }
}
