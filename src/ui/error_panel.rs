//! The error panel: a readable message for readers, the details for editors behind a
//! disclosure.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::ui::text::catalogue;
use crate::ui::widget::Failure;

/// Props of [`ErrorPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorPanelProps {
    /// What went wrong.
    pub failure: Rc<Failure>,
    /// The reader's language.
    pub lang: Lang,
}

/// Says that the briefing cannot be shown and why; never shows a blank box.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let text = catalogue(props.lang);
    let message = text.failure(props.failure.kind);
    let details = (!props.failure.details.is_empty()).then(|| {
        html! {
            <details class="briefing-error__details">
                <summary>{ text.error_details }</summary>
                <ul lang="en">
                    { for props.failure.details.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            </details>
        }
    });
    html! {
        <div class="briefing-error" role="alert" data-testid="error">
            <p class="briefing-error__title">{ text.error_title }</p>
            <p class="briefing-error__message">{ message }</p>
            { for details }
        </div>
    }
}
