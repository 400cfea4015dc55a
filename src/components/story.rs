//! The whole story, paragraph by paragraph, behind a native `<details>` disclosure; evidence
//! links open it and lead to a paragraph. Rendered in the browser, the paragraphs exist only
//! while the story is open; rendered on a server, they are all there for readers without
//! script.

use std::rc::Rc;

use briefing_core::model::{Lang, Role};
use yew::prelude::*;

use crate::components::passage::{passage, Wrap};
use crate::components::quote_card::disclosure_open;
use crate::components::{element_id, SharedReport};
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
    /// Render the paragraphs while the story is closed too (a server-rendered briefing).
    #[prop_or_default]
    pub render_closed: bool,
    /// What the selected actor highlights (its `paragraphs` flags mark evidence).
    pub highlight: Rc<Highlight>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The story section.
#[function_component]
pub fn Story(props: &StoryProps) -> Html {
    let on_toggle = use_callback(props.on_action.clone(), |event: Event, on_action| {
        on_action.emit(Action::SetStory(disclosure_open(&event)));
    });

    let (lang, instance, open) = (props.lang, props.instance, props.open);
    let text = catalogue(lang);
    let heading_id = element_id(instance, "story");
    let body = &props.report.report().body;
    let paragraphs = body.iter().enumerate().filter(|_| open || props.render_closed).map(|(index, paragraph)| {
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
            <details class="briefing-story__details" {open} ontoggle={on_toggle}>
                <summary class="briefing-section__head briefing-story__summary">
                    <h3 class="briefing-section__title" id={heading_id}>{ text.story }</h3>
                    <span class="briefing-story__toggle" data-testid="story-toggle">
                        <span class="briefing-when-closed">{ text.show_story }</span>
                        <span class="briefing-when-open">{ text.hide_story }</span>
                    </span>
                </summary>
                <ol class="briefing-story">{ for paragraphs }</ol>
            </details>
        </section>
    }
}
