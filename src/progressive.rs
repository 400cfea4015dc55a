//! A long quote list, rendered a chunk at a time: which cards are in the DOM and what each one
//! shows, moved toward what the reader asked for by at most a chunk of cards per render.
//!
//! Yew renders and diffs a quote card in about a fifth of a millisecond; a thousand of them
//! in one render is a task of a few hundred milliseconds, during which the page cannot answer
//! the reader. So, rendered in the browser, the quote list's first render holds its first
//! [`CHUNK`] cards (about a first screen), and every later render adds or updates at most
//! [`CHUNK`] more, each render a short task of its own, until
//! every card is in the DOM and shows the language and the open state the reader asked for.
//! A language switch or expand all works the same way: the cards the reader can see first,
//! then the others.
//!
//! A change that touches only a few cards (a reader opening one quote, an evidence link) is
//! applied at once, whatever else is pending, so that a `<details>` the reader toggled never
//! waits for its content. A pre-rendered briefing starts [`Progress::complete`]: hydration must
//! find exactly what the server wrote, every card.
//!
//! Plain data, no browser calls: the quote list keeps one [`Progress`], steps it in each render
//! and schedules the next render from an effect while cards are pending.

use briefing_core::model::Lang;

/// How many cards one render adds or updates at most: a first screen of collapsed cards on
/// a 1920 × 1200 window (20; a full-width 2560 × 1440 one shows 36, its last rows come a
/// task later), and few enough that Yew's render of them takes about 5 ms.
pub const CHUNK: usize = 24;

/// What one quote card is rendered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardView {
    /// The language its texts are in.
    pub lang: Lang,
    /// Is its full quote open?
    pub open: bool,
}

/// The cards of one quote list as rendered, and what the reader asked for at the last step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// One view per card in the DOM, in report order: cards `0..shown.len()` are rendered.
    shown: Vec<CardView>,
    /// What was asked for at the last step, to tell a change of a few cards from one of all.
    asked: Vec<CardView>,
}

impl Progress {
    /// Every card rendered as asked, at once.
    pub fn complete(asked: Vec<CardView>) -> Self {
        Self { shown: asked.clone(), asked }
    }

    /// What each rendered card shows, in report order.
    pub fn shown(&self) -> &[CardView] {
        &self.shown
    }

    /// Is every card rendered, showing what `asked` says?
    pub fn is_settled(&self, asked: &[CardView]) -> bool {
        self.shown == asked
    }

    /// One render's work toward `asked` (a view per quote): first every card that a change of
    /// at most `budget` cards touched since the last step (rendering every card up to it);
    /// then, within `budget` cards in all, the rendered cards that differ, from card `first`
    /// (the first the reader can see) on and then from the top; then new cards at the end of
    /// the list.
    pub fn step(&mut self, asked: &[CardView], first: usize, budget: usize) {
        self.shown.truncate(asked.len());
        let changed: Vec<usize> = (0..asked.len()).filter(|&i| self.asked.get(i) != asked.get(i)).collect();
        let mut left = budget;
        if changed.len() <= budget {
            for &index in &changed {
                if let (Some(shown), Some(wanted)) = (self.shown.get_mut(index), asked.get(index)) {
                    if shown != wanted {
                        *shown = *wanted;
                        left = left.saturating_sub(1);
                    }
                }
            }
        }
        let rendered = self.shown.len();
        let first = first.min(rendered);
        for index in (first..rendered).chain(0..first) {
            if left == 0 {
                break;
            }
            if let (Some(shown), Some(wanted)) = (self.shown.get_mut(index), asked.get(index)) {
                if shown != wanted {
                    *shown = *wanted;
                    left -= 1;
                }
            }
        }
        // A card that a small change touched but that is not rendered yet (an evidence link
        // to a quote far down the list) comes now, with every card before it.
        let through = if changed.len() <= budget { changed.last().map_or(0, |&last| last + 1) } else { 0 };
        let added = asked.get(rendered..).unwrap_or_default().iter().take(left.max(through.saturating_sub(rendered)));
        self.shown.extend(added);
        self.asked = asked.to_vec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: CardView = CardView { lang: Lang::En, open: false };
    const KO: CardView = CardView { lang: Lang::Ko, open: false };
    const OPEN: CardView = CardView { lang: Lang::En, open: true };

    fn settle(progress: &mut Progress, asked: &[CardView], first: usize, budget: usize) -> usize {
        let mut steps = 1;
        progress.step(asked, first, budget);
        while !progress.is_settled(asked) {
            progress.step(asked, first, budget);
            steps += 1;
            assert!(steps <= asked.len() + 1, "never settles");
        }
        steps
    }

    #[test]
    fn a_long_list_is_rendered_a_chunk_at_a_time_in_order() {
        let asked = vec![EN; 10];
        let mut progress = Progress::default();
        progress.step(&asked, 0, 4);
        assert_eq!(progress.shown(), &[EN; 4]);
        assert!(!progress.is_settled(&asked));
        progress.step(&asked, 0, 4);
        assert_eq!(progress.shown().len(), 8);
        progress.step(&asked, 0, 4);
        assert!(progress.is_settled(&asked));
        assert_eq!(settle(&mut Progress::default(), &asked, 0, 100), 1, "a short list at once");
        assert_eq!(settle(&mut Progress::default(), &[], 0, 4), 1, "no quotes");
    }

    #[test]
    fn a_switch_updates_the_cards_in_view_first_then_the_rest() {
        let mut progress = Progress::complete(vec![EN; 10]);
        let asked = vec![KO; 10];
        progress.step(&asked, 6, 3);
        assert_eq!(progress.shown(), &[EN, EN, EN, EN, EN, EN, KO, KO, KO, EN]);
        progress.step(&asked, 6, 3);
        assert_eq!(progress.shown(), &[KO, KO, EN, EN, EN, EN, KO, KO, KO, KO], "wraps to the top");
        progress.step(&asked, 6, 3);
        progress.step(&asked, 6, 3);
        assert!(progress.is_settled(&asked));
        let mut beyond = Progress::complete(vec![EN; 4]);
        beyond.step(&[KO; 4], 99, 2);
        assert_eq!(beyond.shown(), &[KO, KO, EN, EN], "a first card past the end is the top");
    }

    #[test]
    fn a_change_of_a_few_cards_is_applied_at_once_while_others_are_pending() {
        let mut progress = Progress::complete(vec![EN; 10]);
        progress.step(&[OPEN; 10], 0, 3);
        assert_eq!(progress.shown().iter().filter(|v| v.open).count(), 3, "expand all, a chunk");
        // The reader closes card 8, which expand all has not reached yet, then opens it again.
        let mut asked = vec![OPEN; 10];
        asked[8] = EN;
        progress.step(&asked, 0, 3);
        assert_eq!(progress.shown()[8], EN);
        asked[8] = OPEN;
        progress.step(&asked, 0, 3);
        assert_eq!(progress.shown()[8], OPEN, "the card the reader touched, at once");
        settle(&mut progress, &asked, 0, 3);
    }

    #[test]
    fn a_change_back_before_the_cards_caught_up_leaves_them_as_they_were() {
        let mut progress = Progress::complete(vec![EN; 10]);
        progress.step(&[OPEN; 10], 0, 3);
        // Collapse all before expand all reached most cards: only the three opened change back.
        progress.step(&[EN; 10], 0, 3);
        assert!(progress.is_settled(&[EN; 10]));
    }

    #[test]
    fn cards_added_while_a_switch_is_pending_come_in_the_new_state() {
        let mut progress = Progress::default();
        progress.step(&[EN; 10], 0, 4);
        progress.step(&[KO; 10], 0, 4);
        assert_eq!(progress.shown(), &[KO; 4], "the rendered ones first");
        progress.step(&[KO; 10], 0, 4);
        assert_eq!(progress.shown(), &[KO; 8], "then new ones, in the new language");
        assert_eq!(settle(&mut progress, &[KO; 10], 0, 4), 1);
    }

    #[test]
    fn a_card_asked_for_before_it_is_rendered_comes_at_once() {
        let mut progress = Progress::default();
        progress.step(&[EN; 10], 0, 2);
        let mut asked = vec![EN; 10];
        asked[7] = OPEN;
        progress.step(&asked, 0, 2);
        assert_eq!(progress.shown().len(), 8, "every card up to the one an evidence link opened");
        assert_eq!(progress.shown()[7], OPEN);
    }

    #[test]
    fn a_shorter_list_drops_the_cards_it_no_longer_has() {
        let mut progress = Progress::complete(vec![EN; 10]);
        progress.step(&[EN; 3], 0, 4);
        assert!(progress.is_settled(&[EN; 3]));
    }
}
