//! The header: outlet, date, reporter, headline, lead, and the language toggle.

use briefing_core::model::{GeneratorKind, Lang};
use yew::prelude::*;

use crate::ui::passage::{passage, span, Wrap};
use crate::ui::text::{catalogue, format_date};
use crate::ui::SharedReport;

/// Props of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// Called when the reader presses the language toggle.
    pub on_toggle_lang: Callback<MouseEvent>,
}

/// The story's masthead.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let report = props.report.report();
    let lang = props.lang;
    let text = catalogue(lang);
    let other = lang.other();
    let machine_made = report.generator.as_ref().is_some_and(|g| g.kind == GeneratorKind::Ingester);
    let byline = report.source.byline.clone().map(|byline| {
        html! {
            <span class="briefing-header__byline">
                { text.reported_by }{ " " }
                { span(&byline, lang) }
            </span>
        }
    });
    let machine_label = machine_made.then(|| {
        html! { <p class="briefing-header__machine" data-testid="machine-extracted">{ text.machine_extracted }</p> }
    });
    html! {
        <header class="briefing-header">
            <div class="briefing-header__bar">
                <p class="briefing-header__meta">
                    { passage(&report.source.publisher, lang, Wrap::new("span", "briefing-header__publisher")) }
                    if let Some(date) = &report.source.date_published {
                        <time class="briefing-header__date" datetime={date.clone()}>{ format_date(date, lang) }</time>
                    }
                    { for byline }
                </p>
                <button
                    type="button"
                    class="briefing-header__lang"
                    data-testid="lang-toggle"
                    lang={other.code()}
                    title={catalogue(other).switch_language}
                    onclick={props.on_toggle_lang.clone()}
                >
                    { catalogue(other).language_name }
                </button>
            </div>
            { for machine_label }
            { passage(&report.headline, lang, Wrap::new("h2", "briefing-header__headline").testid("headline")) }
            { passage(&report.lead, lang, Wrap::new("p", "briefing-header__lead").testid("lead")) }
        </header>
    }
}
