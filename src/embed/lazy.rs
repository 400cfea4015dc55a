//! Lazy start: a widget far below the fold shows its (space-reserving) loading state at once
//! but fetches and renders its report only when it nears the viewport. One
//! IntersectionObserver serves every widget on the page.

use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far ahead of the viewport a widget starts loading: one screen height.
const AHEAD: &str = "100% 0px 100% 0px";

thread_local! {
    static OBSERVER: Option<IntersectionObserver> = make_observer();
}

fn make_observer() -> Option<IntersectionObserver> {
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        |entries: js_sys::Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                // The observer hands its callback nothing but entries.
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if entry.is_intersecting() {
                    let target = entry.target();
                    observer.unobserve(&target);
                    super::registry::near_viewport(&target);
                }
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
    // The observer lives as long as the page; so does its callback.
    callback.forget();
    observer
}

/// Is the element more than a screen height below the viewport?
pub fn far_below(element: &Element) -> bool {
    let viewport = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    viewport > 0.0 && element.get_bounding_client_rect().top() > 2.0 * viewport
}

/// Starts watching an element; without IntersectionObserver it loads at once instead.
pub fn observe(element: &Element) {
    let watched = OBSERVER.with(|observer| {
        observer.as_ref().map(|observer| observer.observe(element)).is_some()
    });
    if !watched {
        super::registry::near_viewport(element);
    }
}

/// Stops watching an element (it was destroyed before it came near).
pub fn unobserve(element: &Element) {
    OBSERVER.with(|observer| {
        if let Some(observer) = observer {
            observer.unobserve(element);
        }
    });
}
