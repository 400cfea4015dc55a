//! A floor for the bundle's size: each crate of the widget's stack used once, the least a
//! widget on it can do (a keyed list of disclosures behind a reducer, rendered or hydrated; a
//! report object read with serde-wasm-bindgen; a fetch with a timeout, an abort signal and a
//! listener), and nothing of the briefing itself.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
struct State {
    open: Vec<bool>,
}

enum Action {
    Toggle(usize),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(index) => {
                if let Some(open) = next.open.get_mut(index) {
                    *open = !*open;
                }
            }
        }
        next.into()
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    index: usize,
    open: bool,
    on_toggle: Callback<usize>,
}

#[function_component]
fn Item(props: &ItemProps) -> Html {
    let index = props.index;
    let onclick = props.on_toggle.reform(move |_: MouseEvent| index);
    html! {
        <li>
            <button {onclick} aria-expanded={if props.open { "true" } else { "false" }}>{ "Quote" }</button>
            if props.open {
                <p>{ "The quote's text." }</p>
            }
        </li>
    }
}

#[function_component]
fn App() -> Html {
    let state = use_reducer(|| State { open: vec![false; 3] });
    let dispatcher = state.dispatcher();
    let on_toggle = use_callback((), move |index: usize, _| dispatcher.dispatch(Action::Toggle(index)));
    let items = state.open.iter().enumerate().map(|(index, open)| {
        html! { <Item key={index} {index} open={*open} on_toggle={on_toggle.clone()} /> }
    });
    html! { <ul>{ for items }</ul> }
}

#[derive(serde::Deserialize)]
struct Report {
    headline: String,
    quotes: Vec<String>,
}

/// Reads a report object, as the widget's `mount(element, report)` does.
#[wasm_bindgen]
pub fn read(value: JsValue) -> Result<usize, JsValue> {
    let report: Report = serde_wasm_bindgen::from_value(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(report.headline.len() + report.quotes.len())
}

/// Fetches a report's text after a timer, as the widget's loader does.
#[wasm_bindgen]
pub fn fetch(url: String, element: web_sys::Element) {
    gloo_events::EventListener::new(&element, "click", |_| {}).forget();
    wasm_bindgen_futures::spawn_local(async move {
        let abort = web_sys::AbortController::new().ok();
        let signal = abort.as_ref().map(web_sys::AbortController::signal);
        gloo_timers::future::TimeoutFuture::new(10).await;
        let Ok(request) = gloo_net::http::Request::get(&url).abort_signal(signal.as_ref()).build() else { return };
        if let Ok(response) = request.send().await {
            let _ = response.headers().get("content-type");
            if let Ok(text) = response.text().await {
                web_sys::console::log_1(&js_sys::Number::from(text.len() as f64));
            }
        }
    });
}

/// Renders, or hydrates, the app into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, hydrate: bool) {
    let renderer = yew::Renderer::<App>::with_root(root);
    #[cfg(feature = "hydration")]
    if hydrate {
        renderer.hydrate();
        return;
    }
    let _ = hydrate;
    renderer.render();
}
