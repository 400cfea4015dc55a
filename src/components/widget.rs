//! The root of one embedded briefing: its loading state, its error panel or the briefing.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::briefing_view::BriefingView;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::components::SharedReport;
use crate::failure::Failure;

/// What an embedded widget shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// The report is on its way.
    Loading,
    /// It could not be shown.
    Failed(Rc<Failure>),
    /// Its briefing; `generation` counts the reports this widget has loaded, so that a new one
    /// starts with a fresh reader's state.
    Ready { report: SharedReport, generation: u32 },
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What to show.
    pub content: Content,
    /// The language to show it in.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// Called with the language the reader chose on the toggle.
    pub on_lang_change: Callback<Lang>,
    /// The briefing was rendered on a server (`briefing render`) and is hydrated, so closed
    /// parts stay rendered as the server wrote them.
    #[prop_or_default]
    pub prerendered: bool,
}

/// One embedded widget (`data-testid="briefing"` on each of its states).
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.lang;
    match &props.content {
        Content::Loading => html! {
            <div class="briefing briefing--loading" lang={lang.code()} data-testid="briefing">
                <Loading {lang} />
            </div>
        },
        Content::Failed(failure) => html! {
            <div class="briefing briefing--error" lang={lang.code()} data-testid="briefing">
                <ErrorPanel failure={failure.clone()} {lang} />
            </div>
        },
        Content::Ready { report, generation } => html! {
            <BriefingView key={*generation} report={report.clone()} {lang} instance={props.instance}
                on_lang_change={props.on_lang_change.clone()} render_closed={props.prerendered} />
        },
    }
}
