//! A ready briefing: header, key points, quotes, relations, the story and its source, with
//! the reader's state.

use briefing_core::model::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::key_points::KeyPoints;
use crate::ui::quote_list::QuoteList;
use crate::ui::relation_index::RelationIndex;
use crate::ui::relations::Relations;
use crate::ui::state::{Action, BriefingState, Target};
use crate::ui::story::Story;
use crate::ui::text::catalogue;
use crate::ui::timing;
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
    let index = use_memo(props.report.clone(), |report| RelationIndex::new(report));
    let highlight = use_memo((index.clone(), state.selected_actor), |(index, actor)| index.highlight(*actor));
    let root = use_node_ref();
    {
        let state = state.clone();
        use_effect_with(props.lang, move |lang| state.dispatch(Action::SetLang(*lang)));
    }
    {
        // A printed briefing shows every quote in full.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "beforeprint", move |_| state.dispatch(Action::ExpandAll))
            });
            move || drop(listener)
        });
    }
    {
        let root = root.clone();
        let report = props.report.clone();
        let instance = props.instance;
        use_effect_with(state.focus, move |focus| {
            if let Some((target, _)) = focus {
                focus_target(&root, &report, instance, *target);
            }
        });
    }

    // Effects run once the render is in the DOM: the mark says when a reader could see it.
    use_effect(|| timing::mark(timing::RENDERED));
    use_effect_with((), |()| timing::measure(timing::FIRST_RENDER, timing::START, timing::RENDERED));

    // Callbacks that keep their identity across renders, so that a child whose other props did
    // not change is not rendered again (expand all leaves the relations alone).
    let dispatcher = state.dispatcher();
    let on_action = use_callback(dispatcher.clone(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_toggle_lang = use_callback(
        (state.lang, dispatcher, props.on_lang_change.clone()),
        |_: MouseEvent, (lang, dispatcher, on_lang_change)| {
            let next = lang.other();
            dispatcher.dispatch(Action::SetLang(next));
            on_lang_change.emit(next);
        },
    );

    let lang = state.lang;
    let class = classes!("briefing", format!("briefing--{}", lang.code()));
    html! {
        <article ref={root} class={class} lang={lang.code()} data-testid="briefing" aria-label={catalogue(lang).briefing}>
            <Header report={props.report.clone()} lang={lang} on_toggle_lang={on_toggle_lang} />
            <KeyPoints report={props.report.clone()} lang={lang} instance={props.instance} />
            <QuoteList
                report={props.report.clone()}
                lang={lang}
                instance={props.instance}
                open={state.open_quotes.clone()}
                all_open={state.all_open()}
                highlighted={highlight.quotes.clone()}
                on_action={on_action.clone()}
            />
            <Relations
                report={props.report.clone()}
                index={index.clone()}
                lang={lang}
                instance={props.instance}
                selected={state.selected_actor}
                highlight={highlight.clone()}
                on_action={on_action.clone()}
            />
            <Story
                report={props.report.clone()}
                lang={lang}
                instance={props.instance}
                open={state.story_open}
                highlighted={highlight.paragraphs.clone()}
                on_action={on_action}
            />
            <Footer report={props.report.clone()} lang={lang} />
        </article>
    }
}

/// Moves focus (and so the view) to the quote or paragraph an evidence link named.
fn focus_target(root: &NodeRef, report: &SharedReport, instance: u32, target: Target) {
    let report = report.report();
    let id = match target {
        Target::Quote(index) => report.quotes.get(index).map(|q| q.id.as_str()),
        Target::Paragraph(index) => report.body.get(index).map(|p| p.id.as_str()),
    };
    let element = id.and_then(|id| {
        root.cast::<Element>()?.query_selector(&format!("#b{instance}-{id}")).ok().flatten()
    });
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
