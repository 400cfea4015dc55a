//! Pre-rendering the demo page and the example news page: every
//! `<briefing-widget src="…" data-prerender>` in a built page becomes the fragment
//! `briefing render` writes for that report, so that the briefing can be read before the
//! WebAssembly arrives. The element's other attributes (an `id`, say) carry over.

use std::path::Path;
use std::process::Command;

use crate::{project_root, Fail};

/// The pages of the demo that hold a pre-rendered briefing, relative to the site's root, with
/// the URL of the embed bundle's folder from each.
pub const PAGES: [(&str, &str); 2] = [("index.html", "embed/"), ("examples/news.html", "../embed/")];

/// Pre-renders every marked briefing of `PAGES` under `site` (trunk's staging folder).
pub fn pages(site: &Path) -> Result<(), Fail> {
    for (page, base) in PAGES {
        let path = site.join(page);
        let html = std::fs::read_to_string(&path).map_err(|e| Fail(format!("prerender: {}: {e}", path.display())))?;
        let folder = path.parent().unwrap_or(site);
        let rendered = prerender(&html, |src, lang| render(&folder.join(src), lang, base))
            .map_err(|e| Fail(format!("prerender: {page}: {e}")))?;
        std::fs::write(&path, rendered).map_err(|e| Fail(format!("prerender: {}: {e}", path.display())))?;
    }
    Ok(())
}

/// `briefing render REPORT [--lang L] --base BASE --no-script`, through cargo.
fn render(report: &Path, lang: Option<&str>, base: &str) -> Result<String, String> {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["run", "--quiet", "--package", "briefing-cli", "--", "render"])
        .arg(report)
        .args(["--base", base, "--no-script"])
        .current_dir(project_root());
    if let Some(lang) = lang {
        cargo.args(["--lang", lang]);
    }
    let output = cargo.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!("briefing render {}: {}", report.display(), String::from_utf8_lossy(&output.stderr).trim()));
    }
    String::from_utf8(output.stdout).map_err(|_| "briefing render wrote something that is not UTF-8".into())
}

/// `html` with each marked `<briefing-widget …></briefing-widget>` replaced by what
/// `render(src, lang)` returns for it.
pub fn prerender(
    html: &str,
    mut render: impl FnMut(&str, Option<&str>) -> Result<String, String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(html.len() * 2);
    let mut rest = html;
    while let Some(start) = rest.find("<briefing-widget") {
        let Some(tag_end) = rest[start..].find('>').map(|end| start + end) else { break };
        let attributes = parse_attributes(&rest[start + "<briefing-widget".len()..tag_end]);
        if !attributes.iter().any(|(name, _)| name == "data-prerender") {
            out.push_str(&rest[..=tag_end]);
            rest = &rest[tag_end + 1..];
            continue;
        }
        let close = "</briefing-widget>";
        let end = rest[tag_end..]
            .find(close)
            .map(|at| tag_end + at + close.len())
            .ok_or("a <briefing-widget data-prerender> is not closed")?;
        let value = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        let src = value("src").ok_or("a <briefing-widget data-prerender> has no src")?;
        let fragment = render(src, value("lang"))?;
        let kept: String = attributes
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "src" | "lang" | "data-prerender"))
            .map(|(name, value)| format!(" {name}=\"{value}\""))
            .collect();
        out.push_str(&rest[..start]);
        out.push_str(&fragment.trim_end().replacen("<briefing-widget", &format!("<briefing-widget{kept}"), 1));
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `name="value"` and bare `name` attributes of a start tag (as the project's pages write
/// them: double quotes, no character references).
fn parse_attributes(mut text: &str) -> Vec<(String, String)> {
    let mut attributes = Vec::new();
    loop {
        text = text.trim_start().trim_start_matches('/');
        let name_end = text.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(text.len());
        if name_end == 0 {
            return attributes;
        }
        let name = text[..name_end].to_ascii_lowercase();
        text = &text[name_end..];
        let value = match text.strip_prefix("=\"").and_then(|v| v.split_once('"')) {
            Some((value, after)) => {
                text = after;
                value.to_string()
            }
            None => String::new(),
        };
        attributes.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::prerender;

    #[test]
    fn marked_briefings_are_replaced_and_keep_their_other_attributes() {
        let page = "<p>a</p><briefing-widget id=\"top\" src=\"r.json\" lang=\"ko\" data-prerender></briefing-widget>\
                    <briefing-widget src=\"other.json\"></briefing-widget>";
        let mut asked = Vec::new();
        let out = prerender(page, |src, lang| {
            asked.push((src.to_string(), lang.map(str::to_string)));
            Ok("<briefing-widget lang=\"ko\"><template></template></briefing-widget>\n".into())
        })
        .unwrap();
        assert_eq!(asked, [("r.json".to_string(), Some("ko".to_string()))]);
        assert_eq!(
            out,
            "<p>a</p><briefing-widget id=\"top\" lang=\"ko\"><template></template></briefing-widget>\
             <briefing-widget src=\"other.json\"></briefing-widget>"
        );
        assert!(prerender("<briefing-widget data-prerender></briefing-widget>", |_, _| Ok(String::new())).is_err());
        assert!(prerender("<briefing-widget src=\"x\" data-prerender>", |_, _| Ok(String::new())).is_err());
    }
}
