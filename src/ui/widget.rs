//! The widget's root: the loading state, the error panel or the briefing, in the element the
//! embedding gives it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use briefing_core::model::Lang;
use briefing_core::validate::ValidReport;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::ui::briefing::Briefing;
use crate::ui::dom::{set, Dom, Tree};
use crate::ui::error_panel::error_panel;
use crate::ui::state::Action;
use crate::ui::text::catalogue;

/// Why a widget shows its error panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The report could not be fetched or read.
    Fetch,
    /// The report is not a valid `briefing/1` document.
    Invalid,
    /// The element names no report.
    NoSource,
    /// The widget's own code failed (a panic).
    Internal,
}

/// A failure, with its details for editors (one line each: the URL and status, or every
/// validation problem with its path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong, in the reader's terms.
    pub kind: FailureKind,
    /// The details, for editors.
    pub details: Vec<String>,
}

/// What the widget shows.
enum Shown {
    Loading,
    Failed(Failure),
    /// A briefing, with the listeners that drive it (dropping them removes them).
    Ready { briefing: Rc<RefCell<Briefing>>, _listeners: [EventListener; 2] },
}

/// One widget: what it shows, in which language, inside its mount point.
pub struct Widget {
    mount_point: Element,
    dom: Dom,
    instance: u32,
    lang: Lang,
    shown: Shown,
    /// Told when the reader presses the language toggle.
    on_lang_change: Rc<dyn Fn(Lang)>,
}

impl Widget {
    /// A widget showing its loading state. `None` when the mount point has no document.
    pub fn new(mount_point: Element, instance: u32, lang: Lang, on_lang_change: Rc<dyn Fn(Lang)>) -> Option<Widget> {
        let dom = Dom::of(&mount_point)?;
        let mut widget = Widget { mount_point, dom, instance, lang, shown: Shown::Loading, on_lang_change };
        widget.show(Shown::Loading);
        Some(widget)
    }

    /// The language the widget shows.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Shows the loading state.
    pub fn show_loading(&mut self) {
        self.show(Shown::Loading);
    }

    /// Shows the error panel.
    pub fn show_failure(&mut self, failure: Failure) {
        self.show(Shown::Failed(failure));
    }

    /// Shows the briefing of a validated report.
    pub fn show_report(&mut self, report: ValidReport) {
        let shown = self.ready(Rc::new(report));
        self.show(shown);
    }

    /// Shows everything in `lang`.
    #[inline(never)]
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        match &self.shown {
            Shown::Ready { briefing, .. } => briefing.borrow_mut().dispatch(Action::SetLang(lang)),
            Shown::Loading | Shown::Failed(_) => self.draw(),
        }
    }

    /// Replaces what is shown.
    fn show(&mut self, shown: Shown) {
        self.shown = shown;
        self.draw();
    }

    /// Draws the loading state or the error panel (a briefing draws itself).
    #[inline(never)]
    fn draw(&self) {
        let lang = self.lang;
        let (class, content) = match &self.shown {
            Shown::Ready { .. } => return,
            Shown::Loading => {
                let status = self.dom.el("div", "briefing-loading");
                set(&status, &[("role", "status"), ("aria-live", "polite"), ("data-testid", "loading")]);
                let words = self.dom.text_el("span", "briefing-loading__text", catalogue(lang).loading);
                status.add(&words);
                ("briefing briefing--loading", status)
            }
            Shown::Failed(failure) => ("briefing briefing--error", error_panel(&self.dom, failure, lang)),
        };
        let root = self.dom.el("div", class);
        set(&root, &[("lang", lang.code()), ("data-testid", "briefing")]);
        root.add(&content);
        self.mount_point.replace_content(&root);
    }

    /// Builds the briefing, puts it in the mount point and wires the reader's clicks.
    #[inline(never)]
    fn ready(&self, report: Rc<ValidReport>) -> Shown {
        let briefing = Briefing::build(self.dom.clone(), report, self.lang, self.instance);
        let article = briefing.element().clone();
        self.mount_point.replace_content(&article);
        briefing.rendered();
        let more = !briefing.complete();
        let briefing = Rc::new(RefCell::new(briefing));
        if more {
            build_rest(Rc::downgrade(&briefing));
        }
        let clicks = {
            let briefing = Rc::downgrade(&briefing);
            let on_lang_change = self.on_lang_change.clone();
            EventListener::new(&article, "click", move |event| {
                let Some(briefing) = briefing.upgrade() else { return };
                let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                let action = target.and_then(|target| briefing.borrow().action_for(&target));
                match action {
                    // The registry switches the language and tells the host.
                    Some(Action::SetLang(lang)) => on_lang_change(lang),
                    Some(action) => briefing.borrow_mut().dispatch(action),
                    None => {}
                }
            })
        };
        // A printed briefing shows every quote in full.
        let printing = {
            let briefing = Rc::downgrade(&briefing);
            EventListener::new(&crate::later::window(), "beforeprint", move |_| {
                if let Some(briefing) = briefing.upgrade() {
                    let mut briefing = briefing.borrow_mut();
                    briefing.finish();
                    briefing.dispatch(Action::ExpandAll);
                }
            })
        };
        Shown::Ready { briefing, _listeners: [clicks, printing] }
    }
}

/// Builds the rest of a long briefing, one slice per task so that the page stays responsive,
/// until it is complete or gone.
#[inline(never)]
fn build_rest(briefing: Weak<RefCell<Briefing>>) {
    crate::later::task(move || {
        let Some(strong) = briefing.upgrade() else { return };
        if strong.borrow_mut().build_more() {
            build_rest(briefing);
        }
    });
}

/// Writes the error state with the fewest DOM calls, for after a panic, when no widget's
/// state can be trusted.
#[inline(never)]
pub fn static_error(mount_point: &Element, lang: Lang) {
    let Some(dom) = Dom::of(mount_point) else { return };
    let text = catalogue(lang);
    let root = dom.el("div", "briefing briefing--error");
    set(&root, &[("lang", lang.code()), ("data-testid", "briefing")]);
    let panel = dom.el("div", "briefing-error");
    set(&panel, &[("role", "alert"), ("data-testid", "error")]);
    let title = dom.text_el("p", "briefing-error__title", text.error_title);
    let message = dom.text_el("p", "briefing-error__message", text.error_internal);
    panel.add2(&title, &message);
    root.add(&panel);
    mount_point.replace_content(&root);
}
