//! Server rendering (feature `ssr`): a briefing as an HTML fragment that a page holds, readable
//! before any script runs, which the embed bundle then hydrates (docs/ssr.md).
//!
//! The fragment is a `<briefing-widget>` holding a declarative shadow root with the briefing
//! rendered by Yew's server renderer from the same components as the browser, the stylesheet
//! linked from the bundle's folder (so `style-src 'self'` holds), the report as inline JSON and
//! the module script:
//!
//! ```html
//! <briefing-widget lang="en"><template shadowrootmode="open"><link rel="stylesheet" href="BASE/briefing.css"><div class="briefing-root" data-prerendered="…">…</div></template><script type="application/json">…</script></briefing-widget>
//! <script type="module" src="BASE/embed.js"></script>
//! ```

use std::fmt;
use std::rc::Rc;

use briefing_core::model::Lang;
use briefing_core::validate::ValidReport;
use yew::{Callback, LocalServerRenderer};

use crate::components::widget::{Content, Widget, WidgetProps};
use crate::prerender::{digest, shape_of_html, Stamp, MARKUP, STAMP_ATTRIBUTE};

/// How a fragment is written.
#[derive(Clone, Debug)]
pub struct Fragment<'a> {
    /// The language to render in; `None`: the report's first language.
    pub lang: Option<Lang>,
    /// The URL of the folder that holds `embed.js` and `briefing.css`, relative to the page or
    /// absolute (`http`/`https`); `""` is the page's own folder.
    pub base: &'a str,
    /// Write the `<script type="module">` that loads the bundle. A page that loads the bundle
    /// itself (or holds several fragments) can leave it out.
    pub module_script: bool,
}

/// Why a fragment cannot be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    /// The base URL is neither relative nor `http(s)`, or holds characters a URL does not.
    Base(String),
    /// The renderer wrote HTML a browser would parse into other nodes than it meant (a bug of
    /// this crate, reported rather than written out).
    Markup,
    /// The runtime that drives the renderer could not start.
    Runtime(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Base(base) => write!(
                f,
                "base URL {base:?}: give a relative URL or an http(s) URL of the folder holding embed.js"
            ),
            RenderError::Markup => f.write_str("the rendered briefing is not well-formed HTML (please report this)"),
            RenderError::Runtime(reason) => write!(f, "the renderer could not start: {reason}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// The fragment of `report`, whose JSON text `json` is inlined (escaped so that nothing in it
/// can end its script element).
///
/// # Errors
/// A base URL that is not relative or `http(s)`; markup that would not parse as written.
pub fn render(report: ValidReport, json: &str, options: &Fragment<'_>) -> Result<String, RenderError> {
    let base = folder(options.base)?;
    let lang = options
        .lang
        .unwrap_or_else(|| report.report().languages.first().copied().unwrap_or(Lang::En));
    let json = inline_json(json);
    let html = render_briefing(report, lang)?;
    let shape = shape_of_html(&html).ok_or(RenderError::Markup)?;
    let stamp = Stamp { markup: MARKUP, lang, report: digest(json.as_bytes()), shape };
    let base = escape_attribute(&base);
    let mut out = String::with_capacity(html.len() + json.len() + 512);
    out.push_str(&format!(
        "<briefing-widget lang=\"{lang}\"><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{base}briefing.css\">\
         <div class=\"briefing-root\" {STAMP_ATTRIBUTE}=\"{stamp}\">",
        lang = lang.code(),
        stamp = stamp.encode(),
    ));
    out.push_str(&html);
    out.push_str("</div></template><script type=\"application/json\">");
    out.push_str(&json);
    out.push_str("</script></briefing-widget>\n");
    if options.module_script {
        out.push_str(&format!("<script type=\"module\" src=\"{base}embed.js\"></script>\n"));
    }
    Ok(out)
}

/// The briefing's HTML as Yew's server renderer writes it, ready to hydrate.
fn render_briefing(report: ValidReport, lang: Lang) -> Result<String, RenderError> {
    let props = WidgetProps {
        content: Content::Ready { report: Rc::new(report), generation: 1 },
        lang,
        instance: 1,
        on_lang_change: Callback::noop(),
        prerendered: true,
    };
    let renderer = LocalServerRenderer::<Widget>::with_props(props).hydratable(true);
    // The renderer is a future that completes without waiting for anything: the components do
    // not suspend. A current-thread runtime drives it.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| RenderError::Runtime(error.to_string()))?;
    Ok(runtime.block_on(renderer.render()))
}

/// The report's JSON as the text of a `<script type="application/json">`: every `<` written
/// as `\u003c` (valid JSON only has `<` inside strings, where the escape means the same), so
/// that no `</script` or `<!--` in a report can end or change the element; line ends as the
/// HTML parser would leave them (`\n`), and no byte order mark, so that the text the browser
/// hands the widget is the text the stamp digested.
pub fn inline_json(json: &str) -> String {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    json.replace("\r\n", "\n").replace('\r', "\n").replace('<', "\\u003c")
}

/// `base` as a folder URL ending in `/`; refused unless relative or `http(s)`.
fn folder(base: &str) -> Result<String, RenderError> {
    let refuse = || RenderError::Base(base.to_string());
    if base.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`')) {
        return Err(refuse());
    }
    let before_path = base.split(['/', '?', '#']).next().unwrap_or("");
    if let Some((scheme, _)) = before_path.split_once(':') {
        if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
            return Err(refuse());
        }
    }
    if base.contains(['?', '#']) {
        return Err(refuse());
    }
    Ok(if base.is_empty() || base.ends_with('/') { base.to_string() } else { format!("{base}/") })
}

/// A base URL for a double-quoted attribute value: [`folder`] has refused quotes and angle
/// brackets, so only `&` needs writing as a reference.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_are_folders_of_relative_or_web_urls() {
        let cases: &[(&str, Option<&str>)] = &[
            ("", Some("")),
            ("./", Some("./")),
            ("embed", Some("embed/")),
            ("../embed/", Some("../embed/")),
            ("/static/briefing", Some("/static/briefing/")),
            ("https://cdn.example/briefing/", Some("https://cdn.example/briefing/")),
            ("HTTP://cdn.example/b", Some("HTTP://cdn.example/b/")),
            ("//cdn.example/b/", Some("//cdn.example/b/")),
            ("javascript:alert(1)//", None),
            ("data:text/html,x/", None),
            (" https://cdn.example/", None),
            ("https://cdn.example/\"onload=\"x", None),
            ("embed/?v=1", None),
            ("a\nb", None),
        ];
        for (base, expected) in cases {
            assert_eq!(folder(base).ok().as_deref(), *expected, "{base:?}");
        }
    }

    #[test]
    fn inline_json_cannot_end_its_script() {
        let json = "\u{feff}{\"a\":\"</script><!--<script>\",\r\n\"b\":\"\\u003c\"}\r";
        let inline = inline_json(json);
        assert!(!inline.contains('<') && !inline.contains('\r') && !inline.starts_with('\u{feff}'));
        assert_eq!(inline, "{\"a\":\"\\u003c/script>\\u003c!--\\u003cscript>\",\n\"b\":\"\\u003c\"}\n");
    }
}
