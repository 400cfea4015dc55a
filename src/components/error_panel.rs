//! The error panel: a readable message for readers, the details for editors behind a
//! disclosure.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::failure::Failure;
use crate::text::catalogue;

/// Props of [`ErrorPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorPanelProps {
    /// What went wrong.
    pub failure: Rc<Failure>,
    /// The reader's language.
    pub lang: Lang,
}

/// Says that the briefing cannot be shown and why (`data-testid="error"`); never a blank box.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let text = catalogue(props.lang);
    let details = &props.failure.details;
    html! {
        <div class="briefing-error" role="alert" data-testid="error">
            <p class="briefing-error__title">{ text.error_title }</p>
            <p class="briefing-error__message">{ text.failure(props.failure.kind) }</p>
            if !details.is_empty() {
                <details class="briefing-error__details">
                    <summary>{ text.error_details }</summary>
                    // Details come from validation and the fetch, which speak English.
                    <ul lang="en">{ for details.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                </details>
            }
        </div>
    }
}
