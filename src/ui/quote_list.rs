//! The quotes section: one card per quote, and expand all / collapse all.

use briefing_core::model::Lang;
use briefing_core::validate::ValidReport;
use web_sys::Element;

use crate::ui::dom::{flag, set, Builder, Built, Dom};
use crate::ui::quote_card::QuoteCard;
use crate::ui::relation_index::Highlight;
use crate::ui::state::BriefingState;
use crate::ui::text::catalogue;

/// Every quote of the report, in story order.
pub struct QuoteList {
    /// The cards, one per quote, in report order.
    pub cards: Vec<QuoteCard>,
    expand_all: Element,
    all_open: bool,
}

impl QuoteList {
    /// The section and its cards, all closed; `None` when the report has no quotes.
    pub fn build(b: &mut Builder) -> Built<Option<(Element, QuoteList)>> {
        let count = b.report().quotes.len();
        if count == 0 {
            return Ok(None);
        }
        let heading_id = b.id("quotes");
        let section = b.dom.el("section", "briefing-quotes")?;
        section.set_attribute("aria-labelledby", &heading_id)?;
        let head = b.dom.el("div", "briefing-section__head")?;
        let heading = b.label("h3", "briefing-section__title", |t| t.quotes)?;
        heading.set_attribute("id", &heading_id)?;
        let expand_all = b.dom.text_el("button", "briefing-quotes__all", b.text().expand_all)?;
        set(&expand_all, &[("type", "button"), ("data-testid", "expand-all"), ("aria-pressed", "false")])?;
        head.append_with_node_2(&heading, &expand_all)?;
        let list = b.dom.el("ul", "briefing-quotes__list")?;
        let mut cards = Vec::with_capacity(count);
        for index in 0..count {
            let card = QuoteCard::build(b, index)?;
            list.append_child(&card.li)?;
            cards.push(card);
        }
        section.append_with_node_2(&head, &list)?;
        Ok(Some((section, QuoteList { cards, expand_all, all_open: false })))
    }

    /// The expand all / collapse all button.
    pub fn expand_all(&self) -> &Element {
        &self.expand_all
    }

    /// Brings the cards in line with `state` and `highlight`; cards that did not change are
    /// not touched.
    pub fn sync(&mut self, dom: &Dom, valid: &ValidReport, state: &BriefingState, highlight: &Highlight) -> Built<()> {
        for (index, card) in self.cards.iter_mut().enumerate() {
            card.set_open(dom, valid, state.lang, state.open_quotes.get(index).copied().unwrap_or(false))?;
            card.set_evidence(highlight.quotes.get(index).copied().unwrap_or(false))?;
        }
        let all_open = state.all_open();
        if all_open != self.all_open {
            self.all_open = all_open;
            self.expand_all.set_attribute("aria-pressed", flag(all_open))?;
            self.label_expand_all(state.lang);
        }
        Ok(())
    }

    /// Rewrites the cards and the button in `lang`.
    pub fn set_lang(&self, dom: &Dom, valid: &ValidReport, lang: Lang) -> Built<()> {
        self.label_expand_all(lang);
        for card in &self.cards {
            card.set_lang(dom, valid, lang)?;
        }
        Ok(())
    }

    fn label_expand_all(&self, lang: Lang) {
        let text = catalogue(lang);
        self.expand_all.set_text_content(Some(if self.all_open { text.collapse_all } else { text.expand_all }));
    }
}
