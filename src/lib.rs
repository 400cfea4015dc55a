//! briefing-widget: a structured, bilingual briefing of a news story, as a Yew component.
//!
//! Two ways to use it:
//! - **In a Yew app**, [`Briefing`] renders a validated report into a shadow root of its own,
//!   so that the app's styles and the briefing's never meet:
//!
//! ```no_run
//! use std::rc::Rc;
//!
//! use briefing_widget::{Briefing, Lang};
//! use yew::prelude::*;
//!
//! #[function_component]
//! fn Story() -> Html {
//!     let json = include_str!("../www/reports/kbs-nk-russia-treaty.json");
//!     let report = use_memo((), |_| briefing_widget::read_report(json).ok().map(Rc::new));
//!     let on_lang_change = Callback::from(|lang: Lang| web_sys::console::log_1(&lang.code().into()));
//!     match report.as_ref() {
//!         Some(report) => html! {
//!             <Briefing report={report.clone()} lang={Some(Lang::Ko)} {on_lang_change} />
//!         },
//!         None => html! { <p>{ "The report is not valid." }</p> },
//!     }
//! }
//!
//! fn main() {
//!     yew::Renderer::<Story>::new().render();
//! }
//! ```
//!
//! - **On any page**, the embed bundle ([`embed`]) defines `<briefing-widget>`, mounts every
//!   `[data-briefing]` element and exports `mount()`; each instance is a Yew app rendered into
//!   its own shadow root.
//!
//! Reports are validated by `briefing-core` before any component sees them: the components take
//! a [`ValidReport`](briefing_core::validate::ValidReport). The reader's state is a plain type
//! ([`state`]) with a pure `apply`, the map's geometry is pure ([`map_layout`]), and every
//! interface string comes from one catalogue per language ([`text`]).
//!
//! A panic would take down every widget on the host page, so outside tests nothing here may
//! unwrap, expect, panic or index in a way that data could make fail.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod components;
#[cfg(feature = "demo")]
mod demo;
pub mod embed;
pub mod failure;
pub mod map_layout;
pub mod prerender;
pub mod progressive;
pub mod relation_index;
mod shadow;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod state;
pub mod text;
mod timing;

pub use briefing_core::model::Lang;
pub use components::briefing::{Briefing, BriefingProps};

pub use embed::source::read_report;

/// Runs when the module is instantiated: mounts every widget already in the page.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::start();
    #[cfg(feature = "demo")]
    demo::start();
}
