//! The whole story, paragraph by paragraph, behind a disclosure button; evidence links open
//! it and lead to a paragraph.

use briefing_core::model::{Lang, Role};
use yew::prelude::*;

use crate::ui::passage::{passage, Wrap};
use crate::ui::state::Action;
use crate::ui::text::catalogue;
use crate::ui::SharedReport;

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
    /// One flag per paragraph: evidence of the selected actor's relations.
    pub highlighted: Vec<bool>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The story's paragraphs in order.
#[function_component]
pub fn Story(props: &StoryProps) -> Html {
    let on_toggle = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ToggleStory))
    };

    let text = catalogue(props.lang);
    let heading_id = format!("b{}-story", props.instance);
    let list_id = format!("b{}-story-list", props.instance);
    let paragraphs = props.open.then(|| {
        let body = &props.report.report().body;
        html! {
            { for body.iter().enumerate().map(|(index, paragraph)| {
                let role = match paragraph.role {
                    Role::Anchor => "briefing-story__paragraph--anchor",
                    Role::Report => "briefing-story__paragraph--report",
                    Role::Signoff => "briefing-story__paragraph--signoff",
                };
                let evidence = props.highlighted.get(index).copied().unwrap_or(false)
                    .then_some("briefing-story__paragraph--evidence");
                html! {
                    <li key={index} class={classes!("briefing-story__paragraph", role, evidence)}
                        id={format!("b{}-{}", props.instance, paragraph.id)} tabindex="-1" data-testid="paragraph">
                        { passage(&paragraph.text, props.lang, Wrap::new("p", "")) }
                    </li>
                }
            }) }
        }
    });
    html! {
        <section class="briefing-story-section" aria-labelledby={heading_id.clone()}>
            <div class="briefing-section__head">
                <h3 class="briefing-section__title" id={heading_id}>{ text.story }</h3>
                <button type="button" class="briefing-story__toggle" data-testid="story-toggle"
                    aria-expanded={if props.open { "true" } else { "false" }} aria-controls={list_id.clone()}
                    onclick={on_toggle}>
                    { if props.open { text.hide_story } else { text.show_story } }
                </button>
            </div>
            <ol class="briefing-story" id={list_id} hidden={!props.open}>
                { for paragraphs }
            </ol>
        </section>
    }
}
