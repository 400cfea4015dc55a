//! A ready briefing: header, key points, quotes, relations, the story and its source, with
//! the reader's state.
//!
//! The briefing is built once with direct DOM calls. A reader's action goes through
//! [`BriefingState::apply`]; the briefing then touches only what the new state changes: a
//! language switch rewrites the text nodes that depend on the language, opening a quote
//! changes that card, selecting an actor changes classes.
//!
//! A long report shows its first screen at once: the briefing is built with its first
//! [`FIRST_CARDS`] quote cards and [`FIRST_PAIRS`] actor pairs, and [`Briefing::build_more`]
//! adds the rest in slices, each a short task of its own, in the state the reader has left
//! the briefing in by then.

use std::rc::Rc;

use briefing_core::model::Lang;
use briefing_core::validate::{IdKind, ValidReport};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::ui::dom::{set, Builder, Dom, Tree, Update};
use crate::ui::footer::footer;
use crate::ui::header::header;
use crate::ui::key_points::key_points;
use crate::ui::quote_list::QuoteList;
use crate::ui::relation_index::{Highlight, RelationIndex};
use crate::ui::relations::Relations;
use crate::ui::state::{Action, BriefingState, Target};
use crate::ui::story::Story;
use crate::ui::text::catalogue;
use crate::ui::timing;

/// Quote cards built with the briefing; more than a screen holds.
pub const FIRST_CARDS: usize = 16;
/// Actor pairs of the relation list built with the briefing.
pub const FIRST_PAIRS: usize = 8;
/// How long a later slice may build, in milliseconds: well inside a frame.
const SLICE_MS: f64 = 8.0;
/// Quote cards or actor pairs built between two looks at the clock.
const STEP: usize = 16;

/// The briefing of one report.
pub struct Briefing {
    dom: Dom,
    valid: Rc<ValidReport>,
    index: RelationIndex,
    instance: u32,
    state: BriefingState,
    highlight: Highlight,
    article: Element,
    /// What a language switch rewrites, registered by every part as it was built.
    updates: Vec<Update>,
    quotes: Option<QuoteList>,
    relations: Option<Relations>,
    story: Story,
}

impl Briefing {
    /// Builds the briefing of `valid` in `lang`, every quote closed; `instance` makes its
    /// element ids unique on the page.
    #[inline(never)]
    pub fn build(dom: Dom, valid: Rc<ValidReport>, lang: Lang, instance: u32) -> Briefing {
        let index = RelationIndex::new(&valid);
        let state = BriefingState::new(lang, valid.report().quotes.len());
        let highlight = index.highlight(None);
        let mut b = Builder::new(&dom, &valid, lang, instance);

        let article = dom.el("article", "");
        set(&article, &[("data-testid", "briefing")]);
        dress(&article, lang);
        let masthead = header(&mut b);
        article.add(&masthead);
        if let Some(points) = key_points(&mut b) {
            article.add(&points);
        }
        let quotes = match QuoteList::build(&mut b, FIRST_CARDS) {
            Some((section, quotes)) => {
                article.add(&section);
                Some(quotes)
            }
            None => None,
        };
        let relations = match Relations::build(&mut b, &index, FIRST_PAIRS) {
            Some((section, relations)) => {
                article.add(&section);
                Some(relations)
            }
            None => None,
        };
        let (story_section, story) = Story::build(&mut b);
        article.add(&story_section);
        let source = footer(&mut b);
        article.add(&source);
        let updates = b.updates;
        Briefing { dom, valid, index, instance, state, highlight, article, updates, quotes, relations, story }
    }

    /// The briefing's root element (`data-testid="briefing"`).
    pub fn element(&self) -> &Element {
        &self.article
    }

    /// Marks the first render, once the briefing is in the page.
    #[inline(never)]
    pub fn rendered(&self) {
        timing::mark(timing::RENDERED);
        timing::measure(timing::FIRST_RENDER, timing::START, timing::RENDERED);
        if self.complete() {
            timing::mark(timing::COMPLETE);
        }
    }

    /// Is every quote card and relation built?
    pub fn complete(&self) -> bool {
        self.quotes.as_ref().is_none_or(|q| q.complete(&self.valid))
            && self.relations.as_ref().is_none_or(|r| r.complete(&self.index))
    }

    /// Builds more quote cards, then relations, for about [`SLICE_MS`]; `true` while more is
    /// left.
    #[inline(never)]
    pub fn build_more(&mut self) -> bool {
        let start = timing::now();
        while !self.complete() && timing::now() - start < SLICE_MS {
            let built = self.quotes.as_ref().map_or(0, |q| q.cards.len());
            if self.quotes.as_ref().is_some_and(|q| !q.complete(&self.valid)) {
                self.build_cards(built + STEP);
            } else {
                let pairs = self.relations.as_ref().map_or(0, |r| r.pairs_built());
                self.build_pairs(pairs + STEP);
            }
        }
        let more = !self.complete();
        if !more {
            timing::mark(timing::COMPLETE);
        }
        more
    }

    /// Builds everything still missing (before printing, say).
    #[inline(never)]
    pub fn finish(&mut self) {
        if self.complete() {
            return;
        }
        self.build_cards(usize::MAX);
        self.build_pairs(usize::MAX);
        timing::mark(timing::COMPLETE);
    }

    /// Builds the quote cards up to card `end` (exclusive) in the reader's state.
    fn build_cards(&mut self, end: usize) {
        let Some(quotes) = &mut self.quotes else { return };
        let mut b = Builder::new(&self.dom, &self.valid, self.state.lang, self.instance);
        quotes.build_cards(&mut b, end, Some((&self.state, &self.highlight)));
        self.updates.append(&mut b.updates);
    }

    /// Builds the relation list up to actor pair `end` (exclusive) in the reader's state.
    fn build_pairs(&mut self, end: usize) {
        let Some(relations) = &mut self.relations else { return };
        let mut b = Builder::new(&self.dom, &self.valid, self.state.lang, self.instance);
        relations.build_pairs(&mut b, &self.index, end, Some(&self.highlight));
        self.updates.append(&mut b.updates);
    }

    /// What the reader's click on `target` asks for, if anything.
    #[inline(never)]
    pub fn action_for(&self, target: &Element) -> Option<Action> {
        let control = target.closest("button, .briefing-map__node").ok()??;
        if let Some(actor) = control.get_attribute("data-actor-index") {
            return actor.parse().ok().map(Action::SelectActor);
        }
        match control.get_attribute("data-testid")?.as_str() {
            "lang-toggle" => Some(Action::SetLang(self.state.lang.other())),
            "expand-all" => Some(if self.state.all_open() { Action::CollapseAll } else { Action::ExpandAll }),
            "story-toggle" => Some(Action::ToggleStory),
            "quote-toggle" => self.quote_of(&control).map(Action::ToggleQuote),
            "actor" => self.relations.as_ref()?.actor_of(&control).map(Action::SelectActor),
            "evidence-link" => self.evidence_of(&control).map(Action::ShowEvidence),
            _ => None,
        }
    }

    /// Applies a reader's (or the host's) action and changes what it changed.
    #[inline(never)]
    pub fn dispatch(&mut self, action: Action) {
        // An evidence link may lead to a card not built yet.
        if let Action::ShowEvidence(Target::Quote(quote)) = action {
            self.build_cards(quote + 1);
        }
        let before = self.state.clone();
        self.state = before.clone().apply(action);
        let state = &self.state;
        let (dom, valid) = (&self.dom, &*self.valid);
        if state.selected_actor != before.selected_actor {
            self.highlight = self.index.highlight(state.selected_actor);
            if let Some(relations) = &self.relations {
                relations.select(state.selected_actor, &self.highlight);
            }
        }
        if let Some(quotes) = &mut self.quotes {
            quotes.sync(dom, valid, state, &self.highlight);
        }
        self.story.sync(dom, valid, state.lang, state.story_open, &self.highlight.paragraphs);
        if state.lang != before.lang {
            self.switch_lang();
        }
        if self.state.focus != before.focus {
            self.focus_evidence();
        }
        timing::mark(timing::RENDERED);
    }

    /// Rewrites every text that depends on the language.
    #[inline(never)]
    fn switch_lang(&mut self) {
        let (dom, valid, lang) = (&self.dom, &*self.valid, self.state.lang);
        dress(&self.article, lang);
        for update in &self.updates {
            update(dom, valid, lang);
        }
        if let Some(quotes) = &self.quotes {
            quotes.set_lang(dom, valid, lang);
        }
        self.story.set_lang(dom, valid, lang);
    }

    /// Moves focus (and so the view) to the quote or paragraph an evidence link named.
    #[inline(never)]
    fn focus_evidence(&self) {
        let element = match self.state.focus {
            Some((Target::Quote(index), _)) => self.quotes.as_ref().and_then(|q| q.cards.get(index)).map(|c| &c.li),
            Some((Target::Paragraph(index), _)) => self.story.paragraph(index),
            None => None,
        };
        // Cards and paragraphs are HTML elements the briefing made: no type check needed.
        if let Some(element) = element.map(|e| e.unchecked_ref::<HtmlElement>()) {
            let _ = element.focus();
        }
    }

    /// The quote whose card holds this toggle: its `aria-controls` is `b7-{quote id}-full`.
    fn quote_of(&self, toggle: &Element) -> Option<usize> {
        let controls = toggle.get_attribute("aria-controls")?;
        let id = controls.strip_suffix("-full")?.split_once('-')?.1;
        self.valid.position(id, IdKind::Quote)
    }

    /// The passage an evidence link leads to: its relation (`data-relation` on the item) and
    /// its place among the relation's links.
    #[inline(never)]
    fn evidence_of(&self, link: &Element) -> Option<Target> {
        let item = link.closest("[data-relation]").ok()??;
        let relation = self.valid.position(&item.get_attribute("data-relation")?, IdKind::Relation)?;
        let mut place = 0;
        let mut sibling = link.previous_element_sibling();
        while let Some(element) = sibling {
            if element.tag_name() == "BUTTON" {
                place += 1;
            }
            sibling = element.previous_element_sibling();
        }
        self.index.evidence.get(relation)?.get(place).copied()
    }
}

/// The root's class, `lang` and label for `lang`.
fn dress(article: &Element, lang: Lang) {
    article.set_class_name(&["briefing briefing--", lang.code()].concat());
    set(article, &[("lang", lang.code()), ("aria-label", catalogue(lang).briefing)]);
}
