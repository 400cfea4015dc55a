//! The handful of DOM calls the widget is built from.
//!
//! Creating elements, setting attributes and inserting nodes are bound without exception
//! handling ([`Tree`], [`Dom::el`]): with the widget's own tag and attribute names and nodes it
//! has just made, these calls cannot throw, and a binding that catches costs a `Result` and an
//! exit path at every one of a few hundred call sites (README, Size). What can fail for reasons
//! outside the widget (no document, a host that refuses a shadow root, a fetch) keeps its
//! `Result`.

use std::cell::Cell;

use briefing_core::model::{Lang, Report};
use briefing_core::validate::ValidReport;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DocumentFragment, Element, Node};

use crate::ui::passage::{fill, Text};
use crate::ui::text::{catalogue, Catalogue};

#[wasm_bindgen]
extern "C" {
    /// A document or a node, through calls that cannot throw with the arguments this module
    /// gives them.
    type Raw;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &Raw, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = createElementNS)]
    fn create_element_ns(this: &Raw, namespace: &str, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &Raw, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = removeAttribute)]
    fn remove_attribute(this: &Raw, name: &str);
    #[wasm_bindgen(method, js_name = append)]
    fn append_1(this: &Raw, a: &JsValue);
    #[wasm_bindgen(method, js_name = append)]
    fn append_2(this: &Raw, a: &JsValue, b: &JsValue);
    #[wasm_bindgen(method, js_name = append)]
    fn append_3(this: &Raw, a: &JsValue, b: &JsValue, c: &JsValue);
    #[wasm_bindgen(method, js_name = append)]
    fn append_4(this: &Raw, a: &JsValue, b: &JsValue, c: &JsValue, d: &JsValue);
    #[wasm_bindgen(method, js_name = insertBefore)]
    fn insert_before(this: &Raw, node: &Node, before: &Node);
    #[wasm_bindgen(method, js_name = replaceChildren)]
    fn replace_children_0(this: &Raw);
    #[wasm_bindgen(method, js_name = replaceChildren)]
    fn replace_children_1(this: &Raw, node: &JsValue);
    #[wasm_bindgen(method, js_name = querySelectorAll)]
    fn query_selector_all(this: &Raw, selectors: &str) -> web_sys::NodeList;
}

fn raw(value: &JsValue) -> &Raw {
    value.unchecked_ref()
}

/// Building a tree of nodes the widget made, with its own names: calls that cannot throw.
pub trait Tree {
    /// Appends `child`.
    fn add(&self, child: &Node);
    /// Appends two children.
    fn add2(&self, a: &Node, b: &Node);
    /// Appends three children.
    fn add3(&self, a: &Node, b: &Node, c: &Node);
    /// Appends four children.
    fn add4(&self, a: &Node, b: &Node, c: &Node, d: &Node);
    /// Appends a text node holding `text`.
    fn add_text(&self, text: &str);
    /// Inserts `node` before the child `before`.
    fn put_before(&self, node: &Node, before: &Node);
    /// Sets an attribute.
    fn attr(&self, name: &str, value: &str);
    /// Removes an attribute.
    fn unattr(&self, name: &str);
    /// Removes every child.
    fn clear(&self);
    /// Replaces every child with `child`.
    fn replace_content(&self, child: &Node);
    /// The elements under this element, document or fragment that match `selector` (one of
    /// the widget's own, so it cannot be invalid).
    fn find_all(&self, selector: &str) -> web_sys::NodeList;
}

impl Tree for Node {
    fn add(&self, child: &Node) {
        raw(self).append_1(child);
    }
    fn add2(&self, a: &Node, b: &Node) {
        raw(self).append_2(a, b);
    }
    fn add3(&self, a: &Node, b: &Node, c: &Node) {
        raw(self).append_3(a, b, c);
    }
    fn add4(&self, a: &Node, b: &Node, c: &Node, d: &Node) {
        raw(self).append_4(a, b, c, d);
    }
    fn add_text(&self, text: &str) {
        raw(self).append_1(&JsValue::from_str(text));
    }
    fn put_before(&self, node: &Node, before: &Node) {
        raw(self).insert_before(node, before);
    }
    fn attr(&self, name: &str, value: &str) {
        raw(self).set_attribute(name, value);
    }
    fn unattr(&self, name: &str) {
        raw(self).remove_attribute(name);
    }
    fn clear(&self) {
        raw(self).replace_children_0();
    }
    fn replace_content(&self, child: &Node) {
        raw(self).replace_children_1(child);
    }
    fn find_all(&self, selector: &str) -> web_sys::NodeList {
        raw(self).query_selector_all(selector)
    }
}

/// The SVG namespace, for the relationship map.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Rewrites one piece of the briefing for a language. Each builder registers the updates its
/// elements need, so a language switch touches only text that depends on the language.
pub type Update = Box<dyn Fn(&Dom, &ValidReport, Lang)>;

/// The document the widget builds in.
#[derive(Clone)]
pub struct Dom {
    document: Document,
}

impl Dom {
    /// The document that owns `element`.
    pub fn of(element: &Element) -> Option<Dom> {
        element.owner_document().map(|document| Dom { document })
    }

    /// `<tag class="…">`; no `class` attribute when `class` is empty.
    #[inline(never)]
    pub fn el(&self, tag: &str, class: &str) -> Element {
        let element = raw(&self.document).create_element(tag);
        if !class.is_empty() {
            element.set_class_name(class);
        }
        element
    }

    /// An SVG element, with its attributes.
    pub fn svg(&self, tag: &str, attributes: &[(&str, &str)]) -> Element {
        let element = raw(&self.document).create_element_ns(SVG_NS, tag);
        set(&element, attributes);
        element
    }

    /// An empty document fragment, to insert many nodes at once.
    pub fn fragment(&self) -> DocumentFragment {
        self.document.create_document_fragment()
    }

    /// A text node.
    pub fn text(&self, data: &str) -> Node {
        self.document.create_text_node(data).into()
    }

    /// `<tag class="…">` holding `text`.
    pub fn text_el(&self, tag: &str, class: &str, text: &str) -> Element {
        let element = self.el(tag, class);
        element.set_text_content(Some(text));
        element
    }
}

/// Sets attributes, in order.
pub fn set(element: &Element, attributes: &[(&str, &str)]) {
    for (name, value) in attributes {
        element.attr(name, value);
    }
}

/// `"true"` or `"false"`, for ARIA and data attributes.
#[inline(never)]
pub fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// Adds or removes the `hidden` attribute.
#[inline(never)]
pub fn set_hidden(element: &Element, hidden: bool) {
    if hidden {
        element.attr("hidden", "hidden");
    } else {
        element.unattr("hidden");
    }
}

/// `base`, followed by each modifier whose flag is set.
#[inline(never)]
pub fn classes(base: &str, modifiers: &[(&str, bool)]) -> String {
    let mut class = String::from(base);
    for (modifier, on) in modifiers {
        if *on {
            class.push(' ');
            class.push_str(modifier);
        }
    }
    class
}

/// What every builder of a briefing needs: the document, the report, the language it is
/// built in, the widget's instance number (for element ids) and the updates its elements
/// register for a language switch.
pub struct Builder<'a> {
    /// The document.
    pub dom: &'a Dom,
    /// The report.
    pub valid: &'a ValidReport,
    /// The language the briefing is built in.
    pub lang: Lang,
    /// A number unique to this widget on the page.
    pub instance: u32,
    /// What a language switch rewrites.
    pub updates: Vec<Update>,
}

impl<'a> Builder<'a> {
    /// A builder for `valid` in `lang`, with no updates registered yet.
    pub fn new(dom: &'a Dom, valid: &'a ValidReport, lang: Lang, instance: u32) -> Self {
        Builder { dom, valid, lang, instance, updates: Vec::new() }
    }

    /// The report.
    pub fn report(&self) -> &Report {
        self.valid.report()
    }

    /// The interface strings in the build language.
    pub fn text(&self) -> &'static Catalogue {
        catalogue(self.lang)
    }

    /// An element id unique to this widget: `b7-quotes`.
    pub fn id(&self, name: &str) -> String {
        ["b", &self.instance.to_string(), "-", name].concat()
    }

    /// Runs `update` on every language switch.
    pub fn on_lang(&mut self, update: impl Fn(&Dom, &ValidReport, Lang) + 'static) {
        self.updates.push(Box::new(update));
    }

    /// A `<section class="…">` and its `<h3>` heading (the interface string `words`), which
    /// labels the section through an id unique to this widget (`b7-{name}`).
    #[inline(never)]
    pub fn section(&mut self, class: &str, name: &str, words: fn(&Catalogue) -> &'static str) -> (Element, Element) {
        let heading_id = self.id(name);
        let section = self.dom.el("section", class);
        section.attr("aria-labelledby", &heading_id);
        let heading = self.label("h3", "briefing-section__title", words);
        heading.attr("id", &heading_id);
        (section, heading)
    }

    /// `<tag class="…">` holding `text(lang)`, kept in step with the language.
    #[inline(never)]
    pub fn bound_text(&mut self, tag: &str, class: &str, text: impl Fn(Lang) -> String + 'static) -> Element {
        let element = self.dom.text_el(tag, class, &text(self.lang));
        let bound = element.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(&text(lang)));
        });
        element
    }

    /// A passage of the report in its own `<tag class="…">`, kept in step with the language;
    /// `None` when the report has the text in neither language (nothing is rendered then).
    #[inline(never)]
    pub fn passage(&mut self, text: Text, tag: &str, class: &'static str) -> Option<Element> {
        if !text.present(self.report()) {
            return None;
        }
        let element = self.dom.el(tag, class);
        let fallback = Cell::new(fill(self.dom, &element, text.of(self.report()), self.lang, class, false));
        let bound = element.clone();
        self.on_lang(move |dom, valid, lang| {
            fallback.set(fill(dom, &bound, text.of(valid.report()), lang, class, fallback.get()));
        });
        Some(element)
    }

    /// A passage in a plain `span`, appended to `parent`.
    pub fn span_in(&mut self, parent: &Element, text: Text) {
        if let Some(span) = self.passage(text, "span", "") {
            parent.add(&span);
        }
    }

    /// `<tag class="…">` holding an interface string, kept in step with the language.
    #[inline(never)]
    pub fn label(&mut self, tag: &str, class: &str, words: fn(&Catalogue) -> &'static str) -> Element {
        let element = self.dom.text_el(tag, class, words(self.text()));
        let bound = element.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(words(catalogue(lang))));
        });
        element
    }

    /// A text node holding `words(catalogue)` followed by `suffix`, kept in step with the
    /// language.
    #[inline(never)]
    pub fn label_text(&mut self, words: fn(&Catalogue) -> &'static str, suffix: &'static str) -> Node {
        let node = self.dom.text(&[words(self.text()), suffix].concat());
        let bound = node.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(&[words(catalogue(lang)), suffix].concat()));
        });
        node
    }
}
