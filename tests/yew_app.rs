//! The briefing inside a Yew app, as a Yew developer uses it: the public component, in its own
//! shadow root, started in the language the app asks for, telling the app when the reader
//! switches.

#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use briefing_core::validate::ValidReport;
use briefing_widget::{read_report, Briefing, Lang};
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct AppProps {
    report: Rc<ValidReport>,
    changes: Rc<RefCell<Vec<Lang>>>,
}

/// A small host app: a heading of its own and the briefing, started in Korean.
#[function_component]
fn App(props: &AppProps) -> Html {
    let on_lang_change = {
        let changes = props.changes.clone();
        Callback::from(move |lang: Lang| changes.borrow_mut().push(lang))
    };
    html! {
        <main class="host-app">
            <h2 class="host-title">{ "The host app" }</h2>
            <Briefing report={props.report.clone()} lang={Some(Lang::Ko)} {on_lang_change} />
        </main>
    }
}

/// The briefing's root inside the component's shadow root.
fn briefing_in(app: &Element) -> Option<Element> {
    let host = app.query_selector(".briefing-host").ok()??;
    host.shadow_root()?
        .query_selector("[data-testid=briefing]")
        .ok()?
}

#[wasm_bindgen_test]
async fn a_yew_app_shows_the_briefing_in_its_language_and_hears_the_switch() {
    let app = fresh_host("div");
    // The host page's own styles, which must not reach the briefing.
    let style = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("style")
        .unwrap();
    style.set_text_content(Some(
        "h2 { color: rgb(255, 0, 0) !important; } button { display: none !important; }",
    ));
    app.append_child(&style).unwrap();
    let report = Rc::new(read_report(SEED).expect("the seed is valid"));
    let changes = Rc::new(RefCell::new(Vec::new()));
    let mount = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    app.append_child(&mount).unwrap();
    let props = AppProps {
        report,
        changes: changes.clone(),
    };
    yew::Renderer::<App>::with_root_and_props(mount.clone(), props).render();

    let briefing = wait_for("the briefing in the app", 5_000, || briefing_in(&mount)).await;
    assert_eq!(briefing.get_attribute("lang").as_deref(), Some("ko"));
    let shadow = mount
        .query_selector(".briefing-host")
        .unwrap()
        .unwrap()
        .shadow_root()
        .unwrap();
    let headline = shadow
        .query_selector("[data-testid=headline]")
        .unwrap()
        .unwrap();
    assert_eq!(text(&headline), seed_report().headline.ko.clone().unwrap());
    let colour = web_sys::window()
        .unwrap()
        .get_computed_style(&headline)
        .unwrap()
        .unwrap()
        .get_property_value("color")
        .unwrap();
    assert_ne!(
        colour, "rgb(255, 0, 0)",
        "the app's styles stay outside the briefing"
    );
    let app_title = mount.query_selector(".host-title").unwrap().unwrap();
    let app_colour = web_sys::window()
        .unwrap()
        .get_computed_style(&app_title)
        .unwrap()
        .unwrap()
        .get_property_value("color")
        .unwrap();
    assert_eq!(
        app_colour, "rgb(255, 0, 0)",
        "and the briefing's stay inside"
    );

    let toggle = shadow
        .query_selector("[data-testid=lang-toggle]")
        .unwrap()
        .unwrap();
    toggle.unchecked_ref::<web_sys::HtmlElement>().click();
    wait_for_attribute(&briefing, "lang", "en").await;
    assert_eq!(text(&headline), seed_report().headline.en.clone().unwrap());
    assert_eq!(
        *changes.borrow(),
        vec![Lang::En],
        "the app heard the switch once"
    );
}
