//! The demo page's editor tools, behind the `demo` feature so that none of it (nor the
//! ingestion code it uses) reaches the embed bundle.

mod paste_panel;

use paste_panel::PastePanel;
use web_sys::Element;

/// The element the demo page reserves for the transcript preview.
const PANEL_ID: &str = "transcript-preview";

/// Mounts the "paste a transcript" panel when the page has a place for it.
pub fn start() {
    let place: Option<Element> =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(PANEL_ID));
    if let Some(place) = place {
        yew::Renderer::<PastePanel>::with_root(place).render();
    }
}
