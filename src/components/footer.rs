//! The source footer: the outlet and a link to the original story.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::passage::span;
use crate::components::SharedReport;
use crate::text::catalogue;

/// Props of [`Footer`].
#[derive(Properties, PartialEq, Clone)]
pub struct FooterProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
}

/// Where the story comes from.
#[function_component]
pub fn Footer(props: &FooterProps) -> Html {
    let source = &props.report.report().source;
    let lang = props.lang;
    // Validation already refused every other scheme; checking again here keeps a link from
    // ever carrying one, whatever changes upstream.
    let publisher = span(&source.publisher, lang);
    html! {
        <footer class="briefing-footer">
            { catalogue(lang).original_story }{ ": " }
            if is_web_url(&source.url) {
                <a class="briefing-footer__link" href={source.url.clone()} rel="noopener noreferrer nofollow"
                    target="_blank" data-testid="source-link">{ publisher }</a>
            } else {
                { publisher }
            }
        </footer>
    }
}

/// `http://` or `https://`, in any case, with nothing before it.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::is_web_url;

    #[test]
    fn only_web_urls_become_links() {
        let cases: &[(&str, bool)] = &[
            ("https://news.kbs.co.kr/x", true),
            ("HTTP://example.com", true),
            ("javascript:alert(1)", false),
            (" https://example.com", false),
            ("//example.com", false),
            ("data:text/html,x", false),
            ("http:/x", false),
            ("", false),
        ];
        for (url, expected) in cases {
            assert_eq!(is_web_url(url), *expected, "{url:?}");
        }
    }
}
