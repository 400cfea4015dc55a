//! A ready briefing: header, key points, quotes, relations, the story and its source, with
//! the reader's state.

use std::rc::Rc;

use briefing_core::model::Lang;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::key_points::KeyPoints;
use crate::components::quote_list::QuoteList;
use crate::components::relations::Relations;
use crate::components::story::Story;
use crate::components::{element_id, SharedReport};
use crate::relation_index::RelationIndex;
use crate::state::{Action, BriefingState, Target};
use crate::text::catalogue;
use crate::timing;

/// Props of [`BriefingView`].
#[derive(Properties, PartialEq, Clone)]
pub struct BriefingViewProps {
    /// The validated report.
    pub report: SharedReport,
    /// The language to show; a change here (the host's, or the reader's toggle coming back
    /// through the owner) switches the briefing.
    pub lang: Lang,
    /// A number unique to this briefing on the page, for element ids.
    pub instance: u32,
    /// Called with the language the reader chose on the toggle.
    pub on_lang_change: Callback<Lang>,
    /// Render the content of closed disclosures too: a server-rendered briefing holds every
    /// quote, the relation list and the story for readers without script, and hydration must
    /// find what the server wrote. Rendered in the browser, closed parts wait until opened.
    #[prop_or_default]
    pub render_closed: bool,
}

impl Reducible for BriefingState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The briefing of one report (`data-testid="briefing"`).
#[function_component]
pub fn BriefingView(props: &BriefingViewProps) -> Html {
    let quote_count = props.report.report().quotes.len();
    let state = use_reducer_eq(|| BriefingState::new(props.lang, quote_count));
    let index = use_memo(props.report.clone(), |report| RelationIndex::new(report));
    let highlight = use_memo((index.clone(), state.selected_actor), |(index, actor)| index.highlight(*actor));
    let root = use_node_ref();
    // `false` on a server and in the first render in a browser, `true` once effects run:
    // controls that need script stay invisible (`briefing-script-only`) until then.
    let live = use_state_eq(|| false);
    {
        let live = live.clone();
        use_effect_with((), move |_| live.set(true));
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.lang, move |lang| dispatcher.dispatch(Action::SetLang(*lang)));
    }
    {
        // A printed briefing shows everything: every quote in full, the relation list, the story.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "beforeprint", move |_| dispatcher.dispatch(Action::OpenForPrint)));
            move || drop(listener)
        });
    }
    {
        let (root, report, instance) = (root.clone(), props.report.clone(), props.instance);
        use_effect_with(state.focus, move |focus| {
            if let Some((target, _)) = focus {
                focus_target(&root, &report, instance, *target);
            }
        });
    }
    // Effects run once the render is in the DOM: the marks say when a reader could see it.
    use_effect(|| timing::mark(timing::RENDERED));
    use_effect_with((), |()| timing::measure(timing::FIRST_RENDER, timing::START, timing::RENDERED));

    // Callbacks that keep their identity across renders, so that a part whose other props did
    // not change is not rendered again (expand all leaves the relations alone).
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_lang_change = use_callback(
        (state.dispatcher(), props.on_lang_change.clone()),
        |lang: Lang, (dispatcher, on_lang_change)| {
            dispatcher.dispatch(Action::SetLang(lang));
            on_lang_change.emit(lang);
        },
    );

    let (lang, instance, render_closed) = (state.lang, props.instance, props.render_closed);
    let report = &props.report;
    html! {
        <article ref={root} class={classes!("briefing", format!("briefing--{}", lang.code()))} lang={lang.code()}
            data-testid="briefing" aria-label={catalogue(lang).briefing} data-live={(*live).then_some("")}>
            <Header report={report.clone()} {lang} {on_lang_change} />
            <KeyPoints report={report.clone()} {lang} {instance} />
            <QuoteList report={report.clone()} {lang} {instance} open={state.open_quotes.clone()}
                all_open={state.all_open()} {render_closed} highlight={highlight.clone()} on_action={on_action.clone()} />
            <Relations report={report.clone()} index={index.clone()} {lang} {instance} selected={state.selected_actor}
                highlight={highlight.clone()} list_open={state.relations_open} {render_closed} on_action={on_action.clone()} />
            <Story report={report.clone()} {lang} {instance} open={state.story_open} {render_closed}
                highlight={highlight.clone()} {on_action} />
            <Footer report={report.clone()} {lang} />
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
    let selector = id.map(|id| format!("#{}", element_id(instance, id)));
    let element = selector.and_then(|selector| root.cast::<Element>()?.query_selector(&selector).ok().flatten());
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
