//! A passage of localized text: shown in the reader's language, or in the other one, marked,
//! with its own `lang` so that screen readers and hyphenation use the right language.
//!
//! Passages are plain functions, not components: a briefing holds thousands of them, and a
//! component each would cost a scope, props and a diff of their own on every render.

use briefing_core::model::{Lang, LocalizedText};
use yew::prelude::*;

use crate::text::catalogue;

/// The element a passage is rendered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wrap {
    /// The element: `p`, `span`, `h2`, `blockquote`, …
    pub tag: &'static str,
    /// Its class; empty for none.
    pub class: &'static str,
    /// A `data-testid` for tests and hosts.
    pub testid: Option<&'static str>,
}

impl Wrap {
    /// A `span` with no class.
    pub const SPAN: Wrap = Wrap { tag: "span", class: "", testid: None };

    /// `tag` with `class`.
    pub const fn new(tag: &'static str, class: &'static str) -> Wrap {
        Wrap { tag, class, testid: None }
    }

    /// The same element with a `data-testid`.
    pub const fn testid(self, testid: &'static str) -> Wrap {
        Wrap { testid: Some(testid), ..self }
    }
}

/// Localized text in its element. A fallback passage carries `lang` of the language it is in
/// and a visible note saying so; nothing at all is rendered for text in neither language.
pub fn passage(text: &LocalizedText, lang: Lang, wrap: Wrap) -> Html {
    let Some((shown, content)) = text.resolve(lang) else {
        return Html::default();
    };
    let fallback = shown != lang;
    let class = classes!((!wrap.class.is_empty()).then_some(wrap.class), fallback.then_some("briefing-fallback"));
    html! {
        <@{wrap.tag} class={class} lang={fallback.then_some(shown.code())} data-testid={wrap.testid}>
            { content.to_string() }
            if fallback {
                <span class="briefing-fallback__note" lang={lang.code()}>{ catalogue(lang).fallback_note }</span>
            }
        </@>
    }
}

/// A passage in a plain `span`.
pub fn span(text: &LocalizedText, lang: Lang) -> Html {
    passage(text, lang, Wrap::SPAN)
}

/// An optional passage in a plain `span`: nothing when the report has no such text.
pub fn maybe_span(text: Option<&LocalizedText>, lang: Lang) -> Html {
    text.map(|text| span(text, lang)).unwrap_or_default()
}
