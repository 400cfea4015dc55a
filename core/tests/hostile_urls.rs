//! Hostile URLs in every URL field of a valid report: each is refused with its exact,
//! located message, and plain web URLs are accepted.
#![cfg(feature = "schema")]

use briefing_core::model::{Report, URL_PATTERN};
use briefing_core::validate::{validate_json, validate_report, MAX_URL_CHARS};
use serde_json::Value as Json;

const SMALL: &str = include_str!("fixtures/valid/small.json");

/// Every URL field of the format: where the schema describes it, where it sits in a
/// report (a JSON pointer), and the path problems name.
const URL_FIELDS: &[(&str, &str, &str)] = &[("/$defs/Source/properties/url", "/source/url", "source.url")];

/// The small valid report with `url` in the field at `pointer`.
fn with_url(pointer: &str, url: &str) -> String {
    let mut doc: Json = serde_json::from_str(SMALL).unwrap();
    *doc.pointer_mut(pointer).unwrap() = Json::String(url.to_owned());
    serde_json::to_string(&doc).unwrap()
}

fn problems_of(text: &str) -> Vec<String> {
    match validate_json(text) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// Schema locations of every string constrained by the URL pattern.
fn url_locations(schema: &Json, at: String, found: &mut Vec<String>) {
    match schema {
        Json::Object(map) => {
            if map.get("pattern").and_then(Json::as_str) == Some(URL_PATTERN) {
                found.push(at.clone());
            }
            for (key, value) in map {
                url_locations(value, format!("{at}/{key}"), found);
            }
        }
        Json::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                url_locations(value, format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn the_table_covers_every_url_field_of_the_format() {
    let schema: Json = serde_json::from_str(&briefing_core::schema::schema_json()).unwrap();
    let mut found = Vec::new();
    url_locations(&schema, String::new(), &mut found);
    found.sort();
    let mut listed: Vec<String> = URL_FIELDS.iter().map(|(at, _, _)| (*at).to_owned()).collect();
    listed.sort();
    assert_eq!(found, listed, "a URL field was added or removed: update URL_FIELDS");
}

/// Messages after `FIELD: not an http(s) URL: `.
const DANGEROUS_JS: &str = "scheme \"javascript\" is never allowed";
const DANGEROUS_DATA: &str = "scheme \"data\" is never allowed";
const DANGEROUS_VB: &str = "scheme \"vbscript\" is never allowed";
const NO_SCHEME: &str = "no scheme, expected http:// or https://";
const NO_SLASHES: &str = "expected // after the scheme";
const CREDENTIALS: &str = "a user name or password before the host";
const INVALID_HOST: &str = "the host is not a host name or IP address";
const INSIDE_SPACE: &str = "a control character or whitespace inside it";
const AROUND_SPACE: &str = "whitespace before or after it";

#[test]
fn hostile_urls_are_refused_in_every_url_field() {
    let too_long = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS));
    let too_long_message = format!("{} characters is over the limit of {MAX_URL_CHARS}", MAX_URL_CHARS + 20);
    let hostile: &[(&str, &str)] = &[
        // script schemes, however spelt
        ("javascript:alert(1)", DANGEROUS_JS),
        ("JAVASCRIPT:alert(1)", DANGEROUS_JS),
        ("JaVaScRiPt:alert(document.domain)", DANGEROUS_JS),
        (" javascript:alert(1)", DANGEROUS_JS),
        ("   \t\n javascript:alert(1)", DANGEROUS_JS),
        ("\u{0}javascript:alert(1)", DANGEROUS_JS),
        ("\u{1f}javascript:alert(1)", DANGEROUS_JS),
        ("\u{feff}javascript:alert(1)", DANGEROUS_JS),
        ("java\tscript:alert(1)", DANGEROUS_JS),
        ("java\nscript:alert(1)", DANGEROUS_JS),
        ("java\rscript:alert(1)", DANGEROUS_JS),
        ("java\u{0}script:alert(1)", DANGEROUS_JS),
        ("jav\u{7f}ascript:alert(1)", DANGEROUS_JS),
        ("java\u{200b}script:alert(1)", DANGEROUS_JS),
        ("javascript\u{a0}:alert(1)", DANGEROUS_JS),
        ("javascript&colon;alert(1)", DANGEROUS_JS),
        ("javascript&COLON;alert(1)", DANGEROUS_JS),
        ("javascript&#58;alert(1)", DANGEROUS_JS),
        ("javascript&#x3a;alert(1)", DANGEROUS_JS),
        ("&#106;avascript:alert(1)", DANGEROUS_JS),
        ("&#x6A;avascript:alert(1)", DANGEROUS_JS),
        ("&#0000106;avascript:alert(1)", DANGEROUS_JS),
        ("&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)", DANGEROUS_JS),
        ("java&#x09;script:alert(1)", DANGEROUS_JS),
        ("java&Tab;script:alert(1)", DANGEROUS_JS),
        ("java&NewLine;script:alert(1)", DANGEROUS_JS),
        ("data:text/html,<script>alert(1)</script>", DANGEROUS_DATA),
        ("DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", DANGEROUS_DATA),
        (" data:image/svg+xml,<svg onload=alert(1)>", DANGEROUS_DATA),
        ("vbscript:msgbox(1)", DANGEROUS_VB),
        ("VbScRiPt:msgbox(1)", DANGEROUS_VB),
        // percent-encoded schemes are no scheme at all
        ("javascript%3Aalert(1)", NO_SCHEME),
        ("%6Aavascript:alert(1)", NO_SCHEME),
        // other schemes
        ("file:///etc/passwd", "scheme \"file\" is not http or https"),
        ("FILE://c:/windows/win.ini", "scheme \"FILE\" is not http or https"),
        ("ftp://evil.example/", "scheme \"ftp\" is not http or https"),
        ("blob:https://evil.example/1", "scheme \"blob\" is not http or https"),
        ("about:blank", "scheme \"about\" is not http or https"),
        ("jar:https://evil.example/x.jar!/", "scheme \"jar\" is not http or https"),
        // relative, protocol-relative and backslashed
        ("//evil.example/", "protocol-relative, it starts with //"),
        ("\\\\evil.example\\share", NO_SCHEME),
        ("/\\evil.example/", NO_SCHEME),
        ("evil.example/news", NO_SCHEME),
        ("https:\\\\evil.example/", NO_SLASHES),
        ("https:/\\evil.example/", NO_SLASHES),
        ("http:evil.example", NO_SLASHES),
        ("https:evil.example/path", NO_SLASHES),
        ("https://example.com\\@evil.example/", CREDENTIALS),
        ("https://news.kbs.co.kr/a\\b", "character '\\\\' must be percent-encoded"),
        // who the host really is
        ("https://news.kbs.co.kr@evil.example/", CREDENTIALS),
        ("https://user:pass@evil.example/", CREDENTIALS),
        ("https://news.kbs.co.kr:443@evil.example/", CREDENTIALS),
        ("https://news.kbs.co.kr%40evil.example/", INVALID_HOST),
        ("https://%65vil.example/", INVALID_HOST),
        // dots of other scripts, which IDNA would read as dots: named like any other
        // character outside ASCII and Hangul
        ("https://evil\u{ff0e}example/", "host character '\u{ff0e}' is neither ASCII nor Hangul, write the host in its xn-- form"),
        ("https://evil\u{3002}example/", "host character '\u{3002}' is neither ASCII nor Hangul, write the host in its xn-- form"),
        ("https://\u{430}pple.com/", "host character '\u{430}' is neither ASCII nor Hangul, write the host in its xn-- form"),
        ("https://\u{ff45}vil.example/", "host character '\u{ff45}' is neither ASCII nor Hangul, write the host in its xn-- form"),
        ("https://ex\u{200b}ample.com/", "invisible character '\\u{200b}' inside it"),
        ("https://example.com/\u{202e}gpj.exe", "invisible character '\\u{202e}' inside it"),
        ("https://example.com/\u{ad}", "invisible character '\\u{ad}' inside it"),
        ("https://evil .example/", INSIDE_SPACE),
        ("https://evil\u{3000}example/", INSIDE_SPACE),
        ("https://evil.example/\u{2028}x", INSIDE_SPACE),
        ("https://evil.example/#\u{0}x", INSIDE_SPACE),
        ("https://evil.example/\u{85}x", INSIDE_SPACE),
        ("https://evil.example/ ", AROUND_SPACE),
        (" https://evil.example/", AROUND_SPACE),
        ("\thttps://evil.example/", AROUND_SPACE),
        ("https://", "no host"),
        ("https:///evil.example", "no host"),
        ("https://[::1/", INVALID_HOST),
        ("https://evil.example:99999/", "the port is not a number from 0 to 65535"),
        // breaking out of an attribute or into markup
        ("https://evil.example/\"onmouseover=\"alert(1)", "character '\"' must be percent-encoded"),
        ("https://evil.example/<script>alert(1)</script>", "character '<' must be percent-encoded"),
        ("https://evil.example/`", "character '`' must be percent-encoded"),
        ("https://evil.example/%zz", "a % not followed by two hexadecimal digits"),
        ("https://evil.example/%", "a % not followed by two hexadecimal digits"),
        // size
        ("", "the URL is empty"),
        (&too_long, &too_long_message),
    ];
    assert!(hostile.len() >= 40);
    let mut failures = Vec::new();
    for (_, pointer, path) in URL_FIELDS {
        for (url, message) in hostile {
            let expected = vec![format!("{path}: not an http(s) URL: {message}")];
            let found = problems_of(&with_url(pointer, url));
            if found != expected {
                failures.push(format!("{url:?} at {path}: {found:?}"));
            }
            // Reports built in Rust take the same checks.
            let report: Report = serde_json::from_str(&with_url(pointer, url)).unwrap();
            let found: Vec<String> = match validate_report(report) {
                Ok(_) => vec![],
                Err(problems) => problems.iter().map(ToString::to_string).collect(),
            };
            if found != expected {
                failures.push(format!("{url:?} at {path}, built in Rust: {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn web_urls_are_accepted_in_every_url_field() {
    let longest = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS - 20));
    let good: &[&str] = &[
        "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8084212",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/",
        "HtTp://example.com/",
        "https://example.com.",
        "https://example.com:8443/a%20b?x=1&y=2#frag",
        "https://[2001:db8::1]:443/",
        "https://127.0.0.1/",
        "https://localhost:8080/",
        "https://xn--3e0b707e.kr/",
        "https://뉴스.kr/기사",
        "https://news.example/기사?q=북한#러시아",
        "https://example.com/a(b)c/~d_e-f.html",
        "https://example.com/?q=javascript:alert(1)",
        "https://example.com/#javascript:alert(1)",
        "https://example.com/path;param=1,2",
        "https://example.com/%E2%80%AE",
        &longest,
    ];
    for (_, pointer, path) in URL_FIELDS {
        for url in good {
            assert_eq!(problems_of(&with_url(pointer, url)), Vec::<String>::new(), "{url:?} at {path}");
        }
    }
}
