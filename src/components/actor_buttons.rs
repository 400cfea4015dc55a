//! The actor buttons: the keyboard's way to select an actor and highlight its relations (the
//! map's circles do the same for a pointer).

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::passage::span;
use crate::components::{flag, SharedReport};
use crate::text::catalogue;

/// Props of [`ActorButtons`].
#[derive(Properties, PartialEq, Clone)]
pub struct ActorButtonsProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// The selected actor.
    pub selected: Option<usize>,
    /// Called with the actor a reader pressed.
    pub on_select: Callback<usize>,
}

/// One toggle button per actor (`data-testid="actor"`, `aria-pressed`).
#[function_component]
pub fn ActorButtons(props: &ActorButtonsProps) -> Html {
    let lang = props.lang;
    let buttons = props.report.report().actors.iter().enumerate().map(|(index, actor)| {
        let onclick = props.on_select.reform(move |_: MouseEvent| index);
        html! {
            <button key={actor.id.as_str()} type="button" class="briefing-actor" data-testid="actor"
                aria-pressed={flag(props.selected == Some(index))} {onclick}>
                { span(&actor.name, lang) }
            </button>
        }
    });
    html! {
        <div class="briefing-actors briefing-script-only" role="group" aria-label={catalogue(lang).actors}>{ for buttons }</div>
    }
}
