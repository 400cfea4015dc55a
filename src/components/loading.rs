//! The loading state: its height reserved, so that the page does not jump when the briefing
//! arrives.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::text::catalogue;

/// Props of [`Loading`].
#[derive(Properties, PartialEq, Clone)]
pub struct LoadingProps {
    /// The reader's language.
    pub lang: Lang,
}

/// A polite status line in the reserved space (`data-testid="loading"`).
#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    html! {
        <div class="briefing-loading" role="status" aria-live="polite" data-testid="loading">
            <span class="briefing-loading__text">{ catalogue(props.lang).loading }</span>
        </div>
    }
}
