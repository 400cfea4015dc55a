//! One quote: speaker, role and a short excerpt, and a disclosure button that opens the full
//! quote and its context (the WAI-ARIA disclosure pattern).

use std::cell::Cell;

use briefing_core::model::Lang;
use briefing_core::validate::{IdKind, ValidReport};
use web_sys::Element;

use crate::ui::dom::{classes, flag, set, set_hidden, Builder, Dom, Tree};
use crate::ui::passage::{fill, Text};
use crate::ui::text::catalogue;

/// How many characters of a quote the collapsed card shows.
const EXCERPT_CHARS: usize = 90;

/// A quote card (`data-testid="quote"`) and what changes in it.
pub struct QuoteCard {
    /// Which quote, by position in the report.
    index: usize,
    /// The card (`li`), which evidence links focus.
    pub li: Element,
    excerpt: Element,
    /// Does the excerpt show the other language?
    excerpt_fallback: Cell<bool>,
    toggle: Element,
    full: Element,
    open: bool,
    evidence: bool,
}

impl QuoteCard {
    /// The card of quote `index`, closed; `None` when the report has no such quote.
    #[inline(never)]
    pub fn build(b: &mut Builder, index: usize) -> Option<QuoteCard> {
        let quote = b.report().quotes.get(index)?;
        let card_id = b.id(&quote.id);
        let full_id = [card_id.as_str(), "-full"].concat();
        let speaker = b.valid.position(&quote.speaker, IdKind::Speaker);
        let li = b.dom.el("li", "briefing-quote");
        set(&li, &[("id", &card_id), ("data-testid", "quote"), ("tabindex", "-1"), ("data-highlighted", "false")]);

        let who = b.dom.el("p", "briefing-quote__speaker");
        let role = b.dom.el("span", "briefing-quote__role");
        if let Some(s) = speaker {
            if let Some(name) = b.passage(Text::SpeakerName(s), "span", "briefing-quote__name") {
                who.add(&name);
            }
            let title = b.passage(Text::SpeakerTitle(s), "span", "");
            let organisation = b.passage(Text::SpeakerOrganisation(s), "span", "");
            if let Some(title) = &title {
                role.add(title);
            }
            if title.is_some() && organisation.is_some() {
                role.add_text(", ");
            }
            if let Some(organisation) = &organisation {
                role.add(organisation);
            }
        }
        who.add(&role);

        let excerpt = b.dom.el("p", "briefing-quote__excerpt");
        let excerpt_fallback = Cell::new(fill_excerpt(&excerpt, b.valid, index, b.lang, false));
        let toggle = b.dom.text_el("button", "briefing-quote__toggle", b.text().show_quote);
        set(
            &toggle,
            &[("type", "button"), ("data-testid", "quote-toggle"), ("aria-expanded", "false"), ("aria-controls", &full_id)],
        );
        let full = b.dom.el("div", "briefing-quote__full");
        set(&full, &[("id", &full_id), ("data-testid", "quote-full"), ("hidden", "hidden")]);
        li.add4(&who, &excerpt, &toggle, &full);
        Some(QuoteCard { index, li, excerpt, excerpt_fallback, toggle, full, open: false, evidence: false })
    }

    /// Opens or closes the full quote.
    #[inline(never)]
    pub fn set_open(&mut self, dom: &Dom, valid: &ValidReport, lang: Lang, open: bool) {
        if open == self.open {
            return;
        }
        self.open = open;
        self.li.set_class_name(&self.class());
        self.toggle.attr("aria-expanded", flag(open));
        self.label_toggle(lang);
        set_hidden(&self.full, !open);
        if open {
            self.excerpt.remove();
            self.fill_full(dom, valid, lang)
        } else {
            self.li.put_before(&self.excerpt, &self.toggle);
            self.full.clear();
        }
    }

    /// Marks the card as evidence of the selected actor's relations, or not.
    #[inline(never)]
    pub fn set_evidence(&mut self, evidence: bool) {
        if evidence == self.evidence {
            return;
        }
        self.evidence = evidence;
        self.li.set_class_name(&self.class());
        self.li.attr("data-highlighted", flag(evidence));
    }

    /// Rewrites what the card shows in `lang` (the speaker's passages follow on their own).
    /// The excerpt follows even while the card is open, ready for when it closes.
    #[inline(never)]
    pub fn set_lang(&self, dom: &Dom, valid: &ValidReport, lang: Lang) {
        self.label_toggle(lang);
        self.excerpt_fallback.set(fill_excerpt(&self.excerpt, valid, self.index, lang, self.excerpt_fallback.get()));
        if self.open {
            self.fill_full(dom, valid, lang);
        }
    }

    fn class(&self) -> String {
        classes("briefing-quote", &[("briefing-quote--open", self.open), ("briefing-quote--evidence", self.evidence)])
    }

    fn label_toggle(&self, lang: Lang) {
        let text = catalogue(lang);
        self.toggle.set_text_content(Some(if self.open { text.hide_quote } else { text.show_quote }));
    }

    /// The open card's full quote and context.
    #[inline(never)]
    fn fill_full(&self, dom: &Dom, valid: &ValidReport, lang: Lang) {
        let report = valid.report();
        let body = dom.el("blockquote", "briefing-quote__text");
        fill(dom, &body, Text::Quote(self.index).of(report), lang, "briefing-quote__text", false);
        self.full.replace_content(&body);
        if let Some(context) = Text::QuoteContext(self.index).of(report) {
            let paragraph = dom.el("p", "briefing-quote__context");
            let label = dom.text_el("span", "briefing-quote__context-label", &[catalogue(lang).context, ": "].concat());
            let words = dom.el("span", "");
            fill(dom, &words, Some(context), lang, "", false);
            paragraph.add2(&label, &words);
            self.full.add(&paragraph);
        }
    }
}

/// The collapsed card's excerpt, with its own `lang` when it is a fallback (`was_fallback`:
/// whether it has one now). Returns whether it is a fallback.
#[inline(never)]
fn fill_excerpt(excerpt_el: &Element, valid: &ValidReport, index: usize, lang: Lang, was_fallback: bool) -> bool {
    let Some((shown, full)) = Text::Quote(index).of(valid.report()).and_then(|t| t.resolve(lang)) else {
        return was_fallback;
    };
    let fallback = shown != lang;
    if fallback {
        excerpt_el.attr("lang", shown.code());
    } else if was_fallback {
        excerpt_el.unattr("lang");
    }
    excerpt_el.set_text_content(Some(&excerpt(full, EXCERPT_CHARS)));
    fallback
}

/// The first `max` characters of `text`, cut at a word boundary where there is one, with an
/// ellipsis when anything was cut.
#[inline(never)]
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let head = text.get(..cut).unwrap_or(text);
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    [head.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '.'), "…"].concat()
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_cut_at_words() {
        let cases: &[(&str, usize, &str)] = &[
            ("Short quote.", 20, "Short quote."),
            ("  padded  ", 20, "padded"),
            ("one two three four", 10, "one two…"),
            ("one two, three four", 9, "one two…"),
            ("abcdefghijklmnop", 5, "abcde…"),
            ("북한과 러시아의 전략적 협력이 강화되고 있습니다", 10, "북한과 러시아의…"),
            ("", 5, ""),
        ];
        for (text, max, expected) in cases {
            assert_eq!(excerpt(text, *max), *expected, "{text:?}");
        }
    }
}
