//! The widgets mounted on this page: their elements and Yew apps, and what the host can do to
//! each (switch language, reload, destroy). Each widget is independent: its load, its failure
//! and its events concern it alone.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use briefing_core::model::Lang;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, Callback, Renderer};

use super::{hydrate, lazy};
use super::source::{load, ReportSource};
use super::{initial_lang, source_of, timeout_of};
use crate::components::next_instance;
use crate::components::widget::{Content, Widget, WidgetProps};
use crate::failure::{Failure, FailureKind};
use crate::shadow;
use crate::text::catalogue;
use crate::timing;

struct Mounted {
    instance: u32,
    host: Element,
    mount_point: Element,
    /// The Yew app rendering into the mount point; `None` once destroyed.
    app: RefCell<Option<AppHandle<Widget>>>,
    /// What the app was last given.
    props: RefCell<WidgetProps>,
    source: RefCell<ReportSource>,
    timeout: Cell<Duration>,
    /// Bumped by every load, so that a slow load finishing after a newer one is dropped.
    generation: Cell<u32>,
}

impl Mounted {
    /// Gives the app new props, changed by `change`.
    fn update(&self, change: impl FnOnce(&mut WidgetProps)) {
        let props = {
            let mut props = self.props.borrow_mut();
            change(&mut props);
            props.clone()
        };
        if let Some(app) = self.app.borrow_mut().as_mut() {
            app.update(props);
        }
    }

    fn lang(&self) -> Lang {
        self.props.borrow().lang
    }
}

thread_local! {
    static WIDGETS: RefCell<Vec<Rc<Mounted>>> = const { RefCell::new(Vec::new()) };
    /// Set by the first panic: the module is about to stop, and a second panic (a click on a
    /// stopped widget, say) must not report again.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Has a panic stopped the module?
pub fn stopped() -> bool {
    STOPPED.with(Cell::get)
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
pub fn mount(
    host: &Element,
    source: ReportSource,
    lang: Option<Lang>,
    timeout: Duration,
    lazy: bool,
) -> u32 {
    timing::mark(timing::START);
    if let Some(previous) = find_host(host) {
        destroy(previous.instance);
    }
    let instance = next_instance();
    // The reader's toggle: the registry switches the language and tells the host.
    let on_lang_change = Callback::from(move |lang| {
        set_lang(instance, lang);
    });
    if let Some(prerendered) = hydrate::prerendered(host, &source) {
        // A briefing rendered by `briefing render`: hydrate the nodes the page holds, in the
        // language they were rendered in, instead of rendering them again.
        timing::mark(timing::VALIDATED);
        let props = WidgetProps {
            content: Content::Ready { report: Rc::new(prerendered.report), generation: 1 },
            lang: prerendered.lang,
            instance,
            on_lang_change,
            prerendered: true,
        };
        let app = Renderer::<Widget>::with_root_and_props(prerendered.root.clone(), props.clone()).hydrate();
        let mounted = remember(host, prerendered.root, app, props, source, timeout, 1);
        let host = mounted.host.clone();
        // After the mount returns, as for a loaded report, so that a listener added right after
        // `mount()` hears it.
        wasm_bindgen_futures::spawn_local(async move {
            if find(instance).is_some() {
                emit(&host, "briefing:ready", &JsValue::UNDEFINED);
            }
        });
        return instance;
    }
    let lang = lang.unwrap_or_else(|| initial_lang(host));
    let Some(mount_point) = shadow::attach(host) else {
        return instance;
    };
    let props = WidgetProps {
        content: Content::Loading,
        lang,
        instance,
        on_lang_change,
        prerendered: false,
    };
    let app = Renderer::<Widget>::with_root_and_props(mount_point.clone(), props.clone()).render();
    let mounted = remember(host, mount_point, app, props, source, timeout, 0);
    if lazy && lazy::far_below(host) {
        lazy::observe(host);
    } else {
        start_load(&mounted);
    }
    instance
}

/// Adds a mounted widget to the page's list.
fn remember(
    host: &Element,
    mount_point: Element,
    app: AppHandle<Widget>,
    props: WidgetProps,
    source: ReportSource,
    timeout: Duration,
    generation: u32,
) -> Rc<Mounted> {
    let mounted = Rc::new(Mounted {
        instance: props.instance,
        host: host.clone(),
        mount_point,
        app: RefCell::new(Some(app)),
        props: RefCell::new(props),
        source: RefCell::new(source),
        timeout: Cell::new(timeout),
        generation: Cell::new(generation),
    });
    WIDGETS.with(|w| w.borrow_mut().push(mounted.clone()));
    mounted
}

/// A widget far below the fold came near the viewport: load its report now.
pub fn near_viewport(host: &Element) {
    if let Some(mounted) = find_host(host) {
        if mounted.generation.get() == 0 {
            start_load(&mounted);
        }
    }
}

fn start_load(mounted: &Rc<Mounted>) {
    let generation = mounted.generation.get().wrapping_add(1);
    mounted.generation.set(generation);
    let source = mounted.source.borrow().clone();
    let timeout = mounted.timeout.get();
    let instance = mounted.instance;
    wasm_bindgen_futures::spawn_local(async move {
        let result = load(source, timeout).await;
        let Some(mounted) = find(instance) else {
            return;
        };
        if mounted.generation.get() != generation {
            return;
        }
        match result {
            Ok(report) => {
                timing::mark(timing::VALIDATED);
                let content = Content::Ready {
                    report: Rc::new(report),
                    generation,
                };
                mounted.update(|props| props.content = content);
                emit(&mounted.host, "briefing:ready", &JsValue::UNDEFINED);
            }
            Err(failure) => {
                let detail = failure_detail(&failure, mounted.lang());
                mounted.update(|props| props.content = Content::Failed(Rc::new(failure)));
                emit(&mounted.host, "briefing:error", &detail);
            }
        }
    });
}

/// The `briefing:error` detail: `{ message, details }`.
fn failure_detail(failure: &Failure, lang: Lang) -> JsValue {
    let message = catalogue(lang).failure(failure.kind);
    let detail = js_sys::Object::new();
    let details: js_sys::Array = failure
        .details
        .iter()
        .map(|line| JsValue::from_str(line))
        .collect();
    let full = std::iter::once(message)
        .chain(failure.details.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n");
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &full.into());
    let _ = js_sys::Reflect::set(&detail, &"details".into(), &details);
    detail.into()
}

/// Shows `lang`, asked for by the host or chosen by the reader inside the widget; `false`
/// when the widget is gone.
pub fn set_lang(instance: u32, lang: Lang) -> bool {
    let Some(mounted) = find(instance) else {
        return false;
    };
    if mounted.lang() != lang {
        mounted.update(|props| props.lang = lang);
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
pub fn reload(host: &Element) {
    if let Some(mounted) = find_host(host) {
        let source = source_of(host);
        let timeout = timeout_of(host);
        if mounted.source.borrow().same_as(&source) && mounted.timeout.get() == timeout {
            return;
        }
        *mounted.source.borrow_mut() = source;
        mounted.timeout.set(timeout);
        mounted.update(|props| props.content = Content::Loading);
        start_load(&mounted);
    }
}

/// Unmounts a widget and removes what it added to its element.
pub fn destroy(instance: u32) {
    let removed = WIDGETS.with(|w| {
        let mut widgets = w.borrow_mut();
        let index = widgets.iter().position(|m| m.instance == instance)?;
        Some(widgets.remove(index))
    });
    let Some(mounted) = removed else { return };
    lazy::unobserve(&mounted.host);
    if let Some(app) = mounted.app.borrow_mut().take() {
        app.destroy();
    }
    shadow::detach(&mounted.host);
}

fn emit(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Installs the panic hook. After a panic no widget's state can be trusted (the module stops
/// right after the hook), so each widget's error panel is written afresh without Yew, each
/// host gets its `briefing:error`, and the host page keeps working.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        if STOPPED.with(|stopped| stopped.replace(true)) {
            return;
        }
        web_sys::console::error_1(&format!("briefing-widget: {info}").into());
        let widgets = WIDGETS.with(|w| w.try_borrow().map(|w| w.clone()).unwrap_or_default());
        for mounted in widgets {
            let lang = mounted
                .props
                .try_borrow()
                .map(|p| p.lang)
                .unwrap_or(Lang::En);
            shadow::write_fault(&mounted.mount_point, lang);
            let failure = Failure {
                kind: FailureKind::Internal,
                details: vec![info.to_string()],
            };
            emit(
                &mounted.host,
                "briefing:error",
                &failure_detail(&failure, lang),
            );
        }
    }));
}
