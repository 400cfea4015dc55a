//! The quotes section: one card per quote, and expand all / collapse all.

use briefing_core::model::Lang;
use briefing_core::validate::ValidReport;
use web_sys::Element;

use crate::ui::dom::{flag, set, Builder, Dom, Tree};
use crate::ui::quote_card::QuoteCard;
use crate::ui::relation_index::Highlight;
use crate::ui::state::BriefingState;
use crate::ui::text::catalogue;

/// Every quote of the report, in story order. The cards are built in report order, the first
/// with the section and the rest by [`QuoteList::build_cards`], so that a long report shows
/// its first screen at once.
pub struct QuoteList {
    /// The cards built so far, in report order.
    pub cards: Vec<QuoteCard>,
    list: Element,
    expand_all: Element,
    all_open: bool,
}

impl QuoteList {
    /// The section with its first `first` cards, all closed; `None` when the report has no
    /// quotes.
    #[inline(never)]
    pub fn build(b: &mut Builder, first: usize) -> Option<(Element, QuoteList)> {
        let count = b.report().quotes.len();
        if count == 0 {
            return None;
        }
        let (section, heading) = b.section("briefing-quotes", "quotes", |t| t.quotes);
        let head = b.dom.el("div", "briefing-section__head");
        let expand_all = b.dom.text_el("button", "briefing-quotes__all", b.text().expand_all);
        set(&expand_all, &[("type", "button"), ("data-testid", "expand-all"), ("aria-pressed", "false")]);
        head.add2(&heading, &expand_all);
        let list = b.dom.el("ul", "briefing-quotes__list");
        section.add2(&head, &list);
        let mut quotes = QuoteList { cards: Vec::with_capacity(count), list, expand_all, all_open: false };
        quotes.build_cards(b, first, None);
        Some((section, quotes))
    }

    /// Are all the report's cards built?
    pub fn complete(&self, valid: &ValidReport) -> bool {
        self.cards.len() >= valid.report().quotes.len()
    }

    /// Builds the next cards, up to card `end` (exclusive), as `state` and `highlight` say
    /// they are (all closed and plain without them).
    #[inline(never)]
    pub fn build_cards(&mut self, b: &mut Builder, end: usize, shown: Option<(&BriefingState, &Highlight)>) {
        let end = end.min(b.report().quotes.len());
        let fragment = b.dom.fragment();
        for index in self.cards.len()..end {
            let Some(mut card) = QuoteCard::build(b, index) else { break };
            if let Some((state, highlight)) = shown {
                card.set_open(b.dom, b.valid, b.lang, state.open_quotes.get(index).copied().unwrap_or(false));
                card.set_evidence(highlight.quotes.get(index).copied().unwrap_or(false));
            }
            fragment.add(&card.li);
            self.cards.push(card);
        }
        self.list.add(&fragment);
    }

    /// Brings the cards in line with `state` and `highlight`; cards that did not change are
    /// not touched.
    #[inline(never)]
    pub fn sync(&mut self, dom: &Dom, valid: &ValidReport, state: &BriefingState, highlight: &Highlight) {
        for (index, card) in self.cards.iter_mut().enumerate() {
            card.set_open(dom, valid, state.lang, state.open_quotes.get(index).copied().unwrap_or(false));
            card.set_evidence(highlight.quotes.get(index).copied().unwrap_or(false));
        }
        let all_open = state.all_open();
        if all_open != self.all_open {
            self.all_open = all_open;
            self.expand_all.attr("aria-pressed", flag(all_open));
            self.label_expand_all(state.lang);
        }
    }

    /// Rewrites the cards and the button in `lang`.
    pub fn set_lang(&self, dom: &Dom, valid: &ValidReport, lang: Lang) {
        self.label_expand_all(lang);
        for card in &self.cards {
            card.set_lang(dom, valid, lang);
        }
    }

    fn label_expand_all(&self, lang: Lang) {
        let text = catalogue(lang);
        self.expand_all.set_text_content(Some(if self.all_open { text.collapse_all } else { text.expand_all }));
    }
}
