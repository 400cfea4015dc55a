//! The header: outlet, date, reporter, headline, lead, and the language toggle.

use briefing_core::model::{GeneratorKind, Lang};
use yew::prelude::*;

use crate::components::lang_toggle::LangToggle;
use crate::components::passage::{passage, span, Wrap};
use crate::components::SharedReport;
use crate::text::{catalogue, format_date};

/// Props of [`Header`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeaderProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// Called with the language the reader chose on the toggle.
    pub on_lang_change: Callback<Lang>,
}

/// The story's masthead.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let report = props.report.report();
    let lang = props.lang;
    let text = catalogue(lang);
    let machine_made = report.generator.as_ref().is_some_and(|g| g.kind == GeneratorKind::Ingester);
    html! {
        <header class="briefing-header">
            <div class="briefing-header__bar">
                <p class="briefing-header__meta">
                    { passage(&report.source.publisher, lang, Wrap::new("span", "briefing-header__publisher")) }
                    if let Some(date) = &report.source.date_published {
                        <time class="briefing-header__date" datetime={date.clone()}>{ format_date(date, lang) }</time>
                    }
                    if let Some(byline) = &report.source.byline {
                        <span class="briefing-header__byline">{ text.reported_by }{ " " }{ span(byline, lang) }</span>
                    }
                </p>
                <LangToggle {lang} on_change={props.on_lang_change.clone()} />
            </div>
            if machine_made {
                <p class="briefing-header__machine" data-testid="machine-extracted">{ text.machine_extracted }</p>
            }
            { passage(&report.headline, lang, Wrap::new("h2", "briefing-header__headline").testid("headline")) }
            { passage(&report.lead, lang, Wrap::new("p", "briefing-header__lead").testid("lead")) }
        </header>
    }
}
