//! The whole story, paragraph by paragraph, behind a disclosure button; evidence links open
//! it and lead to a paragraph. The paragraphs are built when the story opens.

use briefing_core::model::{Lang, Role};
use briefing_core::validate::ValidReport;
use web_sys::Element;

use crate::ui::dom::{classes, flag, set, set_hidden, Builder, Dom, Tree};
use crate::ui::passage::{fill, Text};
use crate::ui::text::catalogue;

/// The story section and what changes in it.
pub struct Story {
    instance: u32,
    toggle: Element,
    list: Element,
    /// The paragraphs while the story is open (empty while it is closed).
    paragraphs: Vec<Element>,
    open: bool,
    evidence: Vec<bool>,
}

impl Story {
    /// The section, closed.
    #[inline(never)]
    pub fn build(b: &mut Builder) -> (Element, Story) {
        let list_id = b.id("story-list");
        let (section, heading) = b.section("briefing-story-section", "story", |t| t.story);
        let head = b.dom.el("div", "briefing-section__head");
        let toggle = b.dom.text_el("button", "briefing-story__toggle", b.text().show_story);
        set(
            &toggle,
            &[("type", "button"), ("data-testid", "story-toggle"), ("aria-expanded", "false"), ("aria-controls", &list_id)],
        );
        head.add2(&heading, &toggle);
        let list = b.dom.el("ol", "briefing-story");
        set(&list, &[("id", &list_id), ("hidden", "hidden")]);
        section.add2(&head, &list);
        let evidence = vec![false; b.report().body.len()];
        (section, Story { instance: b.instance, toggle, list, paragraphs: Vec::new(), open: false, evidence })
    }

    /// Paragraph `index`, while the story is open.
    pub fn paragraph(&self, index: usize) -> Option<&Element> {
        self.paragraphs.get(index)
    }

    /// Brings the story in line with the reader's state.
    #[inline(never)]
    pub fn sync(&mut self, dom: &Dom, valid: &ValidReport, lang: Lang, open: bool, evidence: &[bool]) {
        let evidence_changed = self.evidence != evidence;
        if evidence_changed {
            self.evidence = evidence.to_vec();
        }
        if open != self.open {
            self.open = open;
            self.toggle.attr("aria-expanded", flag(open));
            self.label_toggle(lang);
            set_hidden(&self.list, !open);
            if open {
                self.fill(dom, valid, lang);
            } else {
                self.paragraphs.clear();
                self.list.clear();
            }
        } else if evidence_changed {
            for (index, paragraph) in self.paragraphs.iter().enumerate() {
                paragraph.set_class_name(&self.class(valid, index));
            }
        }
    }

    /// Rewrites the story in `lang`.
    pub fn set_lang(&mut self, dom: &Dom, valid: &ValidReport, lang: Lang) {
        self.label_toggle(lang);
        if self.open {
            self.fill(dom, valid, lang);
        }
    }

    fn label_toggle(&self, lang: Lang) {
        let text = catalogue(lang);
        self.toggle.set_text_content(Some(if self.open { text.hide_story } else { text.show_story }));
    }

    #[inline(never)]
    fn class(&self, valid: &ValidReport, index: usize) -> String {
        let role = match valid.report().body.get(index).map(|p| p.role) {
            Some(Role::Anchor) => "briefing-story__paragraph briefing-story__paragraph--anchor",
            Some(Role::Signoff) => "briefing-story__paragraph briefing-story__paragraph--signoff",
            _ => "briefing-story__paragraph briefing-story__paragraph--report",
        };
        let evidence = self.evidence.get(index).copied().unwrap_or(false);
        classes(role, &[("briefing-story__paragraph--evidence", evidence)])
    }

    /// Builds every paragraph in `lang`.
    #[inline(never)]
    fn fill(&mut self, dom: &Dom, valid: &ValidReport, lang: Lang) {
        let body = &valid.report().body;
        let prefix = ["b", &self.instance.to_string(), "-"].concat();
        let fragment = dom.fragment();
        self.paragraphs.clear();
        for (index, paragraph) in body.iter().enumerate() {
            let li = dom.el("li", &self.class(valid, index));
            set(&li, &[("id", &[prefix.as_str(), &paragraph.id].concat()), ("tabindex", "-1"), ("data-testid", "paragraph")]);
            if Text::Paragraph(index).present(valid.report()) {
                let words = dom.el("p", "");
                fill(dom, &words, Some(&paragraph.text), lang, "", false);
                li.add(&words);
            }
            fragment.add(&li);
            self.paragraphs.push(li);
        }
        self.list.replace_content(&fragment);
    }
}
