//! The widgets mounted on this page: their elements and widgets, and what the host
//! can do to each (switch language, reload, destroy). Each widget is independent: its load,
//! its failure and its events concern it alone.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use briefing_core::model::Lang;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::{lazy, shadow};
use super::source::{load, ReportSource};
use super::{initial_lang, source_of, timeout_of};
use crate::ui::text::catalogue;
use crate::ui::timing;
use crate::ui::{Failure, Widget};

struct Mounted {
    instance: u32,
    host: Element,
    mount_point: Element,
    widget: RefCell<Widget>,
    source: RefCell<ReportSource>,
    timeout: Cell<Duration>,
    /// Bumped by every load, so that a slow load finishing after a newer one is dropped.
    generation: Cell<u32>,
}

thread_local! {
    static WIDGETS: RefCell<Vec<Rc<Mounted>>> = const { RefCell::new(Vec::new()) };
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

fn find(instance: u32) -> Option<Rc<Mounted>> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| m.instance == instance).cloned())
}

fn find_host(host: &Element) -> Option<Rc<Mounted>> {
    WIDGETS.with(|w| w.borrow().iter().find(|m| &m.host == host).cloned())
}

/// Mounts the widget an element describes (its script child or `src`), unless it is
/// mounted already.
pub fn connect(element: &Element) {
    if find_host(element).is_none() {
        mount(element, source_of(element), None, timeout_of(element), true);
    }
}

/// Unmounts the widget of an element that left the page.
pub fn disconnect(element: &Element) {
    if let Some(mounted) = find_host(element) {
        destroy(mounted.instance);
    }
}

/// Mounts a widget into `host` (replacing one already there) and starts loading its report.
#[inline(never)]
pub fn mount(host: &Element, source: ReportSource, lang: Option<Lang>, timeout: Duration, lazy: bool) -> u32 {
    timing::mark(timing::START);
    if let Some(previous) = find_host(host) {
        destroy(previous.instance);
    }
    let instance = NEXT_INSTANCE.with(|n| {
        let instance = n.get();
        n.set(instance.wrapping_add(1));
        instance
    });
    let lang = lang.unwrap_or_else(|| initial_lang(host));
    let Some(mount_point) = shadow::attach(host) else {
        return instance;
    };
    let on_lang_change = Rc::new(move |lang| {
        set_lang(instance, lang);
    });
    let Some(widget) = Widget::new(mount_point.clone(), instance, lang, on_lang_change) else {
        return instance;
    };
    let mounted = Rc::new(Mounted {
        instance,
        host: host.clone(),
        mount_point,
        widget: RefCell::new(widget),
        source: RefCell::new(source),
        timeout: Cell::new(timeout),
        generation: Cell::new(0),
    });
    WIDGETS.with(|w| w.borrow_mut().push(mounted.clone()));
    if lazy && lazy::far_below(host) {
        lazy::observe(host);
    } else {
        start_load(&mounted);
    }
    instance
}

/// A widget far below the fold came near the viewport: load its report now.
#[inline(never)]
pub fn near_viewport(host: &Element) {
    if let Some(mounted) = find_host(host) {
        if mounted.generation.get() == 0 {
            start_load(&mounted);
        }
    }
}

#[inline(never)]
fn start_load(mounted: &Rc<Mounted>) {
    let generation = mounted.generation.get().wrapping_add(1);
    mounted.generation.set(generation);
    let source = mounted.source.borrow().clone();
    let timeout = mounted.timeout.get();
    let instance = mounted.instance;
    load(source, timeout, move |result| {
        let Some(mounted) = find(instance) else { return };
        if mounted.generation.get() != generation {
            return;
        }
        let (event, detail) = {
            let mut widget = mounted.widget.borrow_mut();
            match result {
                Ok(report) => {
                    timing::mark(timing::VALIDATED);
                    widget.show_report(report);
                    ("briefing:ready", JsValue::UNDEFINED)
                }
                Err(failure) => {
                    let message = failure_message(&failure, widget.lang());
                    widget.show_failure(failure);
                    ("briefing:error", message)
                }
            }
        };
        emit(&mounted.host, event, &detail);
    });
}

/// The `briefing:error` detail: `{ message, details }`.
#[inline(never)]
fn failure_message(failure: &Failure, lang: Lang) -> JsValue {
    let message = catalogue(lang).failure(failure.kind);
    let detail = js_sys::Object::new();
    let details = js_sys::Array::new();
    let mut full = message.to_string();
    for line in &failure.details {
        details.push(&JsValue::from_str(line));
        full.push('\n');
        full.push_str(line);
    }
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &full.into());
    let _ = js_sys::Reflect::set(&detail, &"details".into(), &details);
    detail.into()
}

/// Shows `lang`, asked for by the host or chosen by the reader inside the widget; `false`
/// when the widget is gone.
#[inline(never)]
pub fn set_lang(instance: u32, lang: Lang) -> bool {
    let Some(mounted) = find(instance) else { return false };
    let changed = {
        let mut widget = mounted.widget.borrow_mut();
        let changed = widget.lang() != lang;
        widget.set_lang(lang);
        changed
    };
    if changed {
        emit(&mounted.host, "briefing:langchange", &lang.code().into());
    }
    true
}

/// The host changed an element's `lang`.
pub fn set_lang_of(host: &Element, lang: Lang) {
    if let Some(mounted) = find_host(host) {
        set_lang(mounted.instance, lang);
    }
}

/// The host changed an element's `src` or `timeout`: load again, unless nothing changed (a
/// custom element reports its attributes once more when it is upgraded).
#[inline(never)]
pub fn reload(host: &Element) {
    if let Some(mounted) = find_host(host) {
        let source = source_of(host);
        let timeout = timeout_of(host);
        if mounted.source.borrow().same_as(&source) && mounted.timeout.get() == timeout {
            return;
        }
        *mounted.source.borrow_mut() = source;
        mounted.timeout.set(timeout);
        mounted.widget.borrow_mut().show_loading();
        start_load(&mounted);
    }
}

/// Unmounts a widget and removes what it added to its element.
#[inline(never)]
pub fn destroy(instance: u32) {
    let removed = WIDGETS.with(|w| {
        let mut widgets = w.borrow_mut();
        let index = widgets.iter().position(|m| m.instance == instance)?;
        Some(widgets.remove(index))
    });
    let Some(mounted) = removed else { return };
    lazy::unobserve(&mounted.host);
    shadow::detach(&mounted.host, &mounted.mount_point);
}

#[inline(never)]
fn emit(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// After a panic no widget's state can be trusted, so each widget's error state is written
/// afresh with a few DOM calls; the host page keeps working.
#[cfg(not(panic = "immediate-abort"))]
#[inline(never)]
pub fn install_panic_hook() {
    use crate::ui::widget::static_error;
    use crate::ui::FailureKind;

    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("briefing-widget: {info}").into());
        let widgets = WIDGETS.with(|w| w.try_borrow().map(|w| w.clone()).unwrap_or_default());
        for mounted in widgets {
            let lang = mounted.widget.try_borrow().map(|w| w.lang()).unwrap_or(Lang::En);
            static_error(&mounted.mount_point, lang);
            let failure = Failure { kind: FailureKind::Internal, details: vec![info.to_string()] };
            emit(&mounted.host, "briefing:error", &failure_message(&failure, lang));
        }
    }));
}
