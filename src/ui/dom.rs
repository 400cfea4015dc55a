//! The handful of DOM calls the widget is built from. Every builder returns [`Built`]: a DOM
//! call that fails (it never should) ends the render with the widget's error state rather than
//! a panic.

use std::cell::Cell;

use briefing_core::model::{Lang, Report};
use briefing_core::validate::ValidReport;
use wasm_bindgen::JsValue;
use web_sys::{Document, DocumentFragment, Element, Node};

use crate::ui::passage::{fill, Text};
use crate::ui::text::{catalogue, Catalogue};

/// What a DOM call gives back.
pub type Built<T> = Result<T, JsValue>;

/// The SVG namespace, for the relationship map.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Rewrites one piece of the briefing for a language. Each builder registers the updates its
/// elements need, so a language switch touches only text that depends on the language.
pub type Update = Box<dyn Fn(&Dom, &ValidReport, Lang) -> Built<()>>;

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
    pub fn el(&self, tag: &str, class: &str) -> Built<Element> {
        let element = self.document.create_element(tag)?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Ok(element)
    }

    /// An SVG element, with its attributes.
    pub fn svg(&self, tag: &str, attributes: &[(&str, &str)]) -> Built<Element> {
        let element = self.document.create_element_ns(Some(SVG_NS), tag)?;
        set(&element, attributes)?;
        Ok(element)
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
    pub fn text_el(&self, tag: &str, class: &str, text: &str) -> Built<Element> {
        let element = self.el(tag, class)?;
        element.set_text_content(Some(text));
        Ok(element)
    }
}

/// Sets attributes, in order.
pub fn set(element: &Element, attributes: &[(&str, &str)]) -> Built<()> {
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(())
}

/// `"true"` or `"false"`, for ARIA and data attributes.
pub fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// Adds or removes the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) -> Built<()> {
    if hidden {
        element.set_attribute("hidden", "hidden")
    } else {
        element.remove_attribute("hidden")
    }
}

/// `base`, followed by each modifier whose flag is set.
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
    pub fn on_lang(&mut self, update: impl Fn(&Dom, &ValidReport, Lang) -> Built<()> + 'static) {
        self.updates.push(Box::new(update));
    }

    /// A `<section class="…">` and its `<h3>` heading (the interface string `words`), which
    /// labels the section through an id unique to this widget (`b7-{name}`).
    pub fn section(&mut self, class: &str, name: &str, words: fn(&Catalogue) -> &'static str) -> Built<(Element, Element)> {
        let heading_id = self.id(name);
        let section = self.dom.el("section", class)?;
        section.set_attribute("aria-labelledby", &heading_id)?;
        let heading = self.label("h3", "briefing-section__title", words)?;
        heading.set_attribute("id", &heading_id)?;
        Ok((section, heading))
    }

    /// `<tag class="…">` holding `text(lang)`, kept in step with the language.
    pub fn bound_text(&mut self, tag: &str, class: &str, text: impl Fn(Lang) -> String + 'static) -> Built<Element> {
        let element = self.dom.text_el(tag, class, &text(self.lang))?;
        let bound = element.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(&text(lang)));
            Ok(())
        });
        Ok(element)
    }

    /// A passage of the report in its own `<tag class="…">`, kept in step with the language;
    /// `None` when the report has the text in neither language (nothing is rendered then).
    pub fn passage(&mut self, text: Text, tag: &str, class: &'static str) -> Built<Option<Element>> {
        if !text.present(self.report()) {
            return Ok(None);
        }
        let element = self.dom.el(tag, class)?;
        let fallback = Cell::new(fill(self.dom, &element, text.of(self.report()), self.lang, class, false)?);
        let bound = element.clone();
        self.on_lang(move |dom, valid, lang| {
            fallback.set(fill(dom, &bound, text.of(valid.report()), lang, class, fallback.get())?);
            Ok(())
        });
        Ok(Some(element))
    }

    /// A passage in a plain `span`, appended to `parent`.
    pub fn span_in(&mut self, parent: &Element, text: Text) -> Built<()> {
        if let Some(span) = self.passage(text, "span", "")? {
            parent.append_child(&span)?;
        }
        Ok(())
    }

    /// `<tag class="…">` holding an interface string, kept in step with the language.
    pub fn label(&mut self, tag: &str, class: &str, words: fn(&Catalogue) -> &'static str) -> Built<Element> {
        let element = self.dom.text_el(tag, class, words(self.text()))?;
        let bound = element.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(words(catalogue(lang))));
            Ok(())
        });
        Ok(element)
    }

    /// A text node holding `words(catalogue)` followed by `suffix`, kept in step with the
    /// language.
    pub fn label_text(&mut self, words: fn(&Catalogue) -> &'static str, suffix: &'static str) -> Node {
        let node = self.dom.text(&[words(self.text()), suffix].concat());
        let bound = node.clone();
        self.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(&[words(catalogue(lang)), suffix].concat()));
            Ok(())
        });
        node
    }
}
