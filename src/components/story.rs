//! The whole story, paragraph by paragraph, behind a disclosure button; evidence links open
//! it and lead to a paragraph. The paragraphs are rendered only while the story is open.

use std::rc::Rc;

use briefing_core::model::{Lang, Role};
use yew::prelude::*;

use crate::components::passage::{passage, Wrap};
use crate::components::{element_id, flag, SharedReport};
use crate::relation_index::Highlight;
use crate::state::Action;
use crate::text::catalogue;

/// Props of [`Story`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// Is the story shown?
    pub open: bool,
    /// What the selected actor highlights (its `paragraphs` flags mark evidence).
    pub highlight: Rc<Highlight>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The story section.
#[function_component]
pub fn Story(props: &StoryProps) -> Html {
    let on_toggle = use_callback(props.on_action.clone(), |_: MouseEvent, on_action| on_action.emit(Action::ToggleStory));

    let (lang, instance, open) = (props.lang, props.instance, props.open);
    let text = catalogue(lang);
    let heading_id = element_id(instance, "story");
    let list_id = element_id(instance, "story-list");
    let body = &props.report.report().body;
    let paragraphs = body.iter().enumerate().filter(|_| open).map(|(index, paragraph)| {
        let role = match paragraph.role {
            Role::Anchor => "briefing-story__paragraph--anchor",
            Role::Report => "briefing-story__paragraph--report",
            Role::Signoff => "briefing-story__paragraph--signoff",
        };
        let evidence = props.highlight.paragraphs.get(index).copied().unwrap_or(false);
        html! {
            <li key={paragraph.id.as_str()}
                class={classes!("briefing-story__paragraph", role, evidence.then_some("briefing-story__paragraph--evidence"))}
                id={element_id(instance, &paragraph.id)} tabindex="-1" data-testid="paragraph">
                { passage(&paragraph.text, lang, Wrap::new("p", "")) }
            </li>
        }
    });
    html! {
        <section class="briefing-story-section" aria-labelledby={heading_id.clone()}>
            <div class="briefing-section__head">
                <h3 class="briefing-section__title" id={heading_id}>{ text.story }</h3>
                <button type="button" class="briefing-story__toggle" data-testid="story-toggle"
                    aria-expanded={flag(open)} aria-controls={list_id.clone()} onclick={on_toggle}>
                    { if open { text.hide_story } else { text.show_story } }
                </button>
            </div>
            <ol class="briefing-story" id={list_id} hidden={!open}>{ for paragraphs }</ol>
        </section>
    }
}
