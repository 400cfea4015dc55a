//! What a reader has done to one briefing: the language, which quotes are open, which actor is
//! selected. A plain type with a pure [`BriefingState::apply`], so that the logic is tested
//! natively; the briefing's reducer only delegates to it.

use briefing_core::model::Lang;

/// The reader's view of one briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BriefingState {
    /// The language every text is shown in.
    pub lang: Lang,
    /// One flag per quote, in report order: is its full text open?
    pub open_quotes: Vec<bool>,
    /// The actor (by index in the report) whose relations are highlighted.
    pub selected_actor: Option<usize>,
    /// Is the whole story shown?
    pub story_open: bool,
    /// Is the list of every relation shown?
    pub relations_open: bool,
    /// The passage an evidence link asked for, to scroll to and focus once rendered; with a
    /// count so that asking twice for the same passage scrolls twice.
    pub focus: Option<(Target, u32)>,
}

/// A passage an evidence link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A quote, by index.
    Quote(usize),
    /// A body paragraph, by index.
    Paragraph(usize),
}

/// What a reader (or the host page) can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show everything in this language.
    SetLang(Lang),
    /// A quote's disclosure opened (`true`) or closed: the state follows the `<details>`
    /// element, which the reader toggles natively.
    SetQuote(usize, bool),
    /// Open every quote.
    ExpandAll,
    /// Close every quote.
    CollapseAll,
    /// Select an actor; selecting the selected one again clears the selection.
    SelectActor(usize),
    /// The whole story's disclosure opened or closed.
    SetStory(bool),
    /// The disclosure of the list of every relation opened or closed.
    SetRelations(bool),
    /// Open the passage an evidence link names and bring it into view.
    ShowEvidence(Target),
    /// Open everything, for a printed copy: every quote, the relation list and the story.
    OpenForPrint,
}

impl BriefingState {
    /// A fresh view: every quote closed, nothing selected.
    pub fn new(lang: Lang, quote_count: usize) -> Self {
        Self { lang, open_quotes: vec![false; quote_count], selected_actor: None, story_open: false, relations_open: false, focus: None }
    }

    /// The state after `action`. Indices out of range change nothing.
    #[must_use]
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::SetQuote(index, open) => {
                if let Some(flag) = self.open_quotes.get_mut(index) {
                    *flag = open;
                }
            }
            Action::ExpandAll => self.open_quotes.iter_mut().for_each(|open| *open = true),
            Action::CollapseAll => self.open_quotes.iter_mut().for_each(|open| *open = false),
            Action::SelectActor(index) => {
                self.selected_actor =
                    if self.selected_actor == Some(index) { None } else { Some(index) };
            }
            Action::SetStory(open) => self.story_open = open,
            Action::SetRelations(open) => self.relations_open = open,
            Action::ShowEvidence(target) => {
                match target {
                    Target::Quote(index) => {
                        if let Some(open) = self.open_quotes.get_mut(index) {
                            *open = true;
                        }
                    }
                    Target::Paragraph(_) => self.story_open = true,
                }
                let count = self.focus.map_or(0, |(_, count)| count.wrapping_add(1));
                self.focus = Some((target, count));
            }
            Action::OpenForPrint => {
                self.open_quotes.iter_mut().for_each(|open| *open = true);
                self.relations_open = true;
                self.story_open = true;
            }
        }
        self
    }

    /// Are all quotes open (and is there at least one)?
    pub fn all_open(&self) -> bool {
        !self.open_quotes.is_empty() && self.open_quotes.iter().all(|open| *open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: &[Action]) -> BriefingState {
        actions.iter().cloned().fold(BriefingState::new(Lang::En, 3), BriefingState::apply)
    }

    /// Actions, then the language, which quotes are open and the focused quote.
    type Case<'a> = (&'a [Action], Lang, [bool; 3], Option<usize>);

    #[test]
    fn actions_change_only_what_they_name() {
        let cases: &[Case] = &[
            (&[], Lang::En, [false, false, false], None),
            (&[Action::SetLang(Lang::Ko)], Lang::Ko, [false, false, false], None),
            (&[Action::SetQuote(1, true)], Lang::En, [false, true, false], None),
            (&[Action::SetQuote(1, true), Action::SetQuote(1, true)], Lang::En, [false, true, false], None),
            (&[Action::SetQuote(1, true), Action::SetQuote(1, false)], Lang::En, [false; 3], None),
            (&[Action::SetQuote(7, true)], Lang::En, [false, false, false], None),
            (&[Action::ExpandAll], Lang::En, [true, true, true], None),
            (&[Action::ExpandAll, Action::SetQuote(0, false)], Lang::En, [false, true, true], None),
            (&[Action::ExpandAll, Action::CollapseAll], Lang::En, [false, false, false], None),
            (&[Action::SelectActor(4)], Lang::En, [false, false, false], Some(4)),
            (&[Action::SelectActor(4), Action::SelectActor(2)], Lang::En, [false; 3], Some(2)),
            (&[Action::SelectActor(4), Action::SelectActor(4)], Lang::En, [false; 3], None),
        ];
        for (actions, lang, open, selected) in cases {
            let state = after(actions);
            assert_eq!(state.lang, *lang, "{actions:?}");
            assert_eq!(state.open_quotes, open.to_vec(), "{actions:?}");
            assert_eq!(state.selected_actor, *selected, "{actions:?}");
        }
    }

    #[test]
    fn evidence_links_open_their_passage_and_ask_for_focus() {
        let state = after(&[Action::ShowEvidence(Target::Quote(1))]);
        assert_eq!(state.open_quotes, vec![false, true, false]);
        assert_eq!(state.focus, Some((Target::Quote(1), 0)));
        assert!(!state.story_open);

        let state = state.apply(Action::ShowEvidence(Target::Paragraph(4)));
        assert!(state.story_open);
        assert_eq!(state.focus, Some((Target::Paragraph(4), 1)));

        let again = state.clone().apply(Action::ShowEvidence(Target::Paragraph(4)));
        assert_ne!(again.focus, state.focus, "asking again scrolls again");
        assert!(!after(&[Action::SetStory(true), Action::SetStory(false)]).story_open);
        assert!(after(&[Action::SetRelations(true)]).relations_open);
        assert!(after(&[Action::SetRelations(true), Action::SetRelations(true)]).relations_open, "a repeated event changes nothing");
        assert!(!after(&[Action::SetRelations(true), Action::SetRelations(false)]).relations_open);
        assert!(!after(&[Action::SetRelations(true)]).story_open, "the list and the story open on their own");
        let printed = after(&[Action::SetRelations(true), Action::OpenForPrint]);
        assert!(printed.all_open() && printed.relations_open && printed.story_open, "printing opens everything");
    }

    #[test]
    fn all_open_needs_every_quote_and_at_least_one() {
        assert!(!after(&[]).all_open());
        assert!(after(&[Action::ExpandAll]).all_open());
        assert!(!after(&[Action::ExpandAll, Action::SetQuote(2, false)]).all_open());
        assert!(!BriefingState::new(Lang::En, 0).apply(Action::ExpandAll).all_open());
    }
}
