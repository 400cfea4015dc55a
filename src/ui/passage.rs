//! A passage of localized text: shown in the reader's language, or in the other one, marked,
//! with its own `lang` so that screen readers and hyphenation use the right language.

use briefing_core::model::{Lang, LocalizedText};
use yew::prelude::*;

use crate::ui::text::catalogue;

/// Props of [`Passage`].
#[derive(Properties, PartialEq, Clone)]
pub struct PassageProps {
    /// The text in one or both languages.
    pub text: LocalizedText,
    /// The reader's language.
    pub lang: Lang,
    /// The element to render: `p`, `span`, `h2`, `blockquote`, …
    #[prop_or("span")]
    pub tag: &'static str,
    /// The element's class.
    #[prop_or_default]
    pub class: Classes,
    /// A `data-testid` for tests and hosts.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// An element id (for `aria-controls` and evidence links).
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// Localized text in its element. A fallback passage carries `lang` of the language it is in
/// and a visible note saying so.
#[function_component]
pub fn Passage(props: &PassageProps) -> Html {
    let Some((shown, text)) = props.text.resolve(props.lang) else {
        return Html::default();
    };
    let fallback = shown != props.lang;
    let lang = fallback.then(|| AttrValue::from(shown.code()));
    let mut class = props.class.clone();
    if fallback {
        class.push("briefing-fallback");
    }
    let note = fallback.then(|| {
        html! {
            <span class="briefing-fallback__note" lang={props.lang.code()}>
                { catalogue(props.lang).fallback_note }
            </span>
        }
    });
    html! {
        <@{props.tag} class={class} lang={lang} id={props.id.clone()} data-testid={props.testid.clone()}>
            { text.to_string() }
            { for note }
        </@>
    }
}
