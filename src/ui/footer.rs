//! The source footer: the outlet and a link to the original story.

use web_sys::Element;

use crate::ui::dom::{set, Builder, Tree};
use crate::ui::passage::Text;

/// Where the story comes from.
#[inline(never)]
pub fn footer(b: &mut Builder) -> Element {
    let footer = b.dom.el("footer", "briefing-footer");
    footer.add(&b.label_text(|t| t.original_story, ": "));
    // Validation already refused every other scheme; checking again here keeps a link from
    // ever carrying one, whatever changes upstream.
    let url = &b.valid.report().source.url;
    if is_web_url(url) {
        let link = b.dom.el("a", "briefing-footer__link");
        set(
            &link,
            &[
                ("href", url),
                ("rel", "noopener noreferrer nofollow"),
                ("target", "_blank"),
                ("data-testid", "source-link"),
            ],
        );
        b.span_in(&link, Text::Publisher);
        footer.add(&link);
    } else {
        b.span_in(&footer, Text::Publisher);
    }
    footer
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
