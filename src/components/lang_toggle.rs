//! The language toggle: one button that names the other language in that language. It needs
//! script, so it stays invisible until the briefing is live (`briefing-script-only`).
//!
//! The only place that knows the briefing has exactly two languages: everything else takes a
//! [`Lang`] and reads its catalogue.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::text::catalogue;

/// Props of [`LangToggle`].
#[derive(Properties, PartialEq, Clone)]
pub struct LangToggleProps {
    /// The language shown now.
    pub lang: Lang,
    /// Called with the language the reader switches to.
    pub on_change: Callback<Lang>,
}

/// The toggle (`data-testid="lang-toggle"`).
#[function_component]
pub fn LangToggle(props: &LangToggleProps) -> Html {
    let other = props.lang.other();
    let onclick = props.on_change.reform(move |_: MouseEvent| other);
    let text = catalogue(other);
    html! {
        <button type="button" class="briefing-header__lang briefing-script-only" data-testid="lang-toggle" lang={other.code()}
            title={text.switch_language} {onclick}>
            { text.language_name }
        </button>
    }
}
