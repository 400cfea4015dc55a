//! Running code later: in a microtask, in a task of its own, or when a promise settles.
//!
//! Each callback is a one-shot JavaScript function that frees itself once called, and each is
//! called exactly once (a settled promise is observed through `Promise.allSettled`, which
//! never rejects), so nothing is left behind. This replaces an async executor and the futures
//! bridge, several kilobytes of the bundle for the three places the widget waits (README,
//! Size).

use js_sys::{Array, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = queueMicrotask)]
    fn queue_microtask(callback: &JsValue);
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &JsValue, milliseconds: i32);
    #[wasm_bindgen(js_namespace = Promise, js_name = allSettled)]
    fn all_settled(promises: &Array) -> Thenable;

    /// A promise, seen only through `then`.
    type Thenable;
    /// The page's global object, its `window`.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL: web_sys::Window;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, callback: &JsValue) -> JsValue;
}

/// Runs `f` in a microtask: after the caller has returned, before the browser renders.
pub fn microtask(f: impl FnOnce() + 'static) {
    queue_microtask(&once(Box::new(f)));
}

/// Runs `f` in a task of its own, after the browser has had its turn (input, rendering).
pub fn task(f: impl FnOnce() + 'static) {
    after(0, f);
}

/// Runs `f` in a task of its own, `milliseconds` from now.
pub fn after(milliseconds: u32, f: impl FnOnce() + 'static) {
    set_timeout(&once(Box::new(f)), i32::try_from(milliseconds).unwrap_or(i32::MAX));
}

/// Runs `f` with the outcome of `promise` once it settles: its value, or why it was rejected.
pub fn settled(promise: &JsValue, f: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let f: Box<dyn FnOnce(Result<JsValue, JsValue>)> = Box::new(f);
    let outcome = Closure::once_into_js(move |results: JsValue| {
        let result = results.unchecked_ref::<Array>().get(0);
        let field = |name: &str| Reflect::get(&result, &JsValue::from_str(name)).unwrap_or_default();
        f(if field("status").as_string().as_deref() == Some("fulfilled") {
            Ok(field("value"))
        } else {
            Err(field("reason"))
        });
    });
    all_settled(&Array::of1(promise)).then(&outcome);
}

/// A one-shot JavaScript function for `f`. Boxed, so that one closure type (and one set of
/// wasm-bindgen's glue for it) serves every caller.
fn once(f: Box<dyn FnOnce()>) -> JsValue {
    Closure::once_into_js(f)
}

/// The page's `window`: `globalThis`, read once, where `web_sys::window` would also probe
/// `self`, `global` and `window` and check the type each time. The widget only ever runs in a
/// page, so there always is one.
pub fn window() -> web_sys::Window {
    GLOBAL.with(web_sys::Window::clone)
}
