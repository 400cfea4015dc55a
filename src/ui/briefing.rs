//! A ready briefing: header, quotes and the rest, with the reader's state.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::ui::header::Header;
use crate::ui::quote_list::QuoteList;
use crate::ui::state::{Action, BriefingState};
use crate::ui::text::catalogue;
use crate::ui::SharedReport;

/// Props of [`Briefing`].
#[derive(Properties, PartialEq, Clone)]
pub struct BriefingProps {
    /// The validated report.
    pub report: SharedReport,
    /// The language the host asks for; a change here switches the briefing.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// Called when the reader switches the language.
    pub on_lang_change: Callback<Lang>,
}

/// The briefing of one report.
#[function_component]
pub fn Briefing(props: &BriefingProps) -> Html {
    let quote_count = props.report.report().quotes.len();
    let state = use_reducer(|| BriefingState::new(props.lang, quote_count));
    {
        let state = state.clone();
        use_effect_with(props.lang, move |lang| state.dispatch(Action::SetLang(*lang)));
    }

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_toggle_lang = {
        let state = state.clone();
        let on_lang_change = props.on_lang_change.clone();
        Callback::from(move |_: MouseEvent| {
            let next = state.lang.other();
            state.dispatch(Action::SetLang(next));
            on_lang_change.emit(next);
        })
    };

    let lang = state.lang;
    let class = classes!("briefing", format!("briefing--{}", lang.code()));
    html! {
        <article class={class} lang={lang.code()} data-testid="briefing" aria-label={catalogue(lang).briefing}>
            <Header report={props.report.clone()} lang={lang} on_toggle_lang={on_toggle_lang} />
            <QuoteList
                report={props.report.clone()}
                lang={lang}
                instance={props.instance}
                open={state.open_quotes.clone()}
                on_action={on_action}
            />
        </article>
    }
}
