//! A strict check that a URL is a plain absolute `http` or `https` URL.
//!
//! The widget turns the source URL into a link, so anything a browser might read as
//! script, or resolve against the embedding page, is refused. Rather than follow the
//! WHATWG parser's forgiving rules (which strip tabs and newlines, accept backslashes,
//! and so on) this accepts a narrow, unambiguous form and refuses the rest.

use super::problem::{excerpt, invisible};
use super::UrlProblem;

/// Schemes that run code or embed content, refused with their own message even when
/// disguised.
const DANGEROUS_SCHEMES: [&str; 3] = ["javascript", "data", "vbscript"];

/// Checks that `url` is an absolute `http(s)` URL with a host.
pub(super) fn check(url: &str) -> Result<(), UrlProblem> {
    if url.is_empty() {
        return Err(UrlProblem::Empty);
    }
    let chars = super::char_count(url);
    if chars > super::MAX_URL_CHARS {
        return Err(UrlProblem::TooLong { chars, limit: super::MAX_URL_CHARS });
    }
    if let Some(scheme) = dangerous_scheme(url) {
        return Err(UrlProblem::DangerousScheme { scheme });
    }
    if url.starts_with(char::is_whitespace) || url.ends_with(char::is_whitespace) {
        return Err(UrlProblem::SurroundingWhitespace);
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(UrlProblem::ControlOrSpace);
    }
    if let Some(found) = url.chars().find(|c| invisible(*c)) {
        return Err(UrlProblem::InvisibleCharacter { found });
    }
    if url.starts_with("//") {
        return Err(UrlProblem::ProtocolRelative);
    }
    let (scheme, rest) = split_scheme(url).ok_or(UrlProblem::NoScheme)?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(UrlProblem::UnsupportedScheme { scheme: excerpt(scheme) });
    }
    let rest = rest.strip_prefix("//").ok_or(UrlProblem::NoSlashes)?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at_checked(authority_end).unwrap_or((rest, ""));
    check_authority(authority)?;
    check_tail(tail)
}

/// The dangerous scheme `url` starts with once case, whitespace, control characters and
/// HTML character references are taken out the way a browser or HTML parser would.
fn dangerous_scheme(url: &str) -> Option<&'static str> {
    let mut plain = String::new();
    let mut rest = url;
    // The longest dangerous prefix is "javascript:", so a few dozen characters decide it.
    while plain.len() < 16 {
        let Some(c) = rest.chars().next() else { break };
        if c == '&' {
            if let Some((decoded, after)) = character_reference(rest) {
                plain.extend(decoded.filter(|c| !ignored(*c)).map(|c| c.to_ascii_lowercase()));
                rest = after;
                continue;
            }
        }
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
        if !ignored(c) {
            plain.push(c.to_ascii_lowercase());
        }
    }
    DANGEROUS_SCHEMES
        .into_iter()
        .find(|scheme| plain.strip_prefix(scheme).is_some_and(|after| after.starts_with(':')))
}

/// Characters browsers drop or skip when they read a scheme, and those a reader cannot
/// see.
fn ignored(c: char) -> bool {
    c.is_control() || c.is_whitespace() || invisible(c)
}

/// Decodes an HTML character reference at the start of `text` (`&#58;`, `&#x3A;`,
/// `&colon;`, `&Tab;`, `&NewLine;`), returning the character (if it is one that matters
/// here) and the text after it.
fn character_reference(text: &str) -> Option<(Option<char>, &str)> {
    let body = text.strip_prefix('&')?;
    let end = body.find(';').filter(|end| *end <= 10)?;
    let name = body.get(..end)?;
    let after = body.get(end + 1..)?;
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code)
    } else {
        match name.to_ascii_lowercase().as_str() {
            "colon" => Some(':'),
            "tab" | "newline" => None,
            _ => return None,
        }
    };
    Some((decoded, after))
}

/// Splits `scheme:rest` when `scheme` is a syntactically valid scheme.
fn split_scheme(url: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some((scheme, rest))
}

fn check_authority(authority: &str) -> Result<(), UrlProblem> {
    if authority.is_empty() {
        return Err(UrlProblem::MissingHost);
    }
    // Byte tests instead of `str::contains`, whose searcher is a large piece of the bundle.
    if authority.bytes().any(|b| b == b'@') {
        return Err(UrlProblem::Credentials);
    }
    let port = if let Some(bracketed) = authority.strip_prefix('[') {
        let (address, after) = bracketed.split_once(']').ok_or(UrlProblem::InvalidHost)?;
        let valid = !address.is_empty()
            && address.bytes().any(|b| b == b':')
            && address.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        if !valid {
            return Err(UrlProblem::InvalidHost);
        }
        match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or(UrlProblem::InvalidHost)?),
        }
    } else {
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        if host.is_empty() {
            return Err(UrlProblem::MissingHost);
        }
        // A trailing dot is a fully qualified name; an empty label anywhere else is not.
        // Characters outside ASCII are judged by the script rule below.
        let labels_ok = host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii())
        });
        if !labels_ok {
            return Err(UrlProblem::InvalidHost);
        }
        // Letters of other scripts can pass for ASCII ones (Cyrillic "а", fullwidth "ｅ"),
        // so a host names a Korean site in Hangul or any other in ASCII (`xn--` for IDN).
        if let Some(found) = host.chars().find(|c| !c.is_ascii() && !is_hangul_syllable(*c)) {
            return Err(UrlProblem::NonAsciiHost { found });
        }
        port
    };
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.chars().all(|c| c.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| p <= 65535);
        if !valid {
            return Err(UrlProblem::InvalidPort);
        }
    }
    Ok(())
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// Checks the path, query and fragment: URL code points and well-formed `%` escapes.
fn check_tail(tail: &str) -> Result<(), UrlProblem> {
    let mut chars = tail.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            let hex = chars.next().zip(chars.next());
            if !hex.is_some_and(|(a, b)| a.is_ascii_hexdigit() && b.is_ascii_hexdigit()) {
                return Err(UrlProblem::InvalidPercentEscape);
            }
        } else if c.is_ascii()
            && !(c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&(c as u8)))
        {
            return Err(UrlProblem::InvalidCharacter { found: c });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check, UrlProblem};

    #[test]
    fn urls() {
        use UrlProblem::*;
        let cases: &[(&str, Result<(), UrlProblem>)] = &[
            ("https://news.kbs.co.kr/news/pc/view/view.do?ncd=8084212", Ok(())),
            ("http://example.com", Ok(())),
            ("HTTPS://EXAMPLE.COM/", Ok(())),
            ("https://example.com:8443/a%20b#frag", Ok(())),
            ("https://[2001:db8::1]:443/", Ok(())),
            ("https://뉴스.kr/기사", Ok(())),
            ("https://example.com./", Ok(())),
            ("", Err(Empty)),
            ("javascript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("JaVaScRiPt:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("java\tscript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("java\nscript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            (" javascript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("javascript&colon;alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("javascript&#58;alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("jav&#x09;ascript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("&#106;avascript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("java&Tab;script:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("data:text/html,<script>", Err(DangerousScheme { scheme: "data" })),
            ("VBScript:msgbox", Err(DangerousScheme { scheme: "vbscript" })),
            (" https://example.com", Err(SurroundingWhitespace)),
            ("https://example.com\n", Err(SurroundingWhitespace)),
            ("https://exa mple.com", Err(ControlOrSpace)),
            ("https://example.com/\u{7f}", Err(ControlOrSpace)),
            ("https://example.com/a\u{a0}b", Err(ControlOrSpace)),
            ("//example.com", Err(ProtocolRelative)),
            ("/news/1", Err(NoScheme)),
            ("example.com/news", Err(NoScheme)),
            ("ftp://example.com", Err(UnsupportedScheme { scheme: "ftp".into() })),
            ("file:///etc/passwd", Err(UnsupportedScheme { scheme: "file".into() })),
            ("https:example.com", Err(NoSlashes)),
            ("https:/example.com", Err(NoSlashes)),
            ("https://", Err(MissingHost)),
            ("https:///path", Err(MissingHost)),
            ("https://:80/", Err(MissingHost)),
            ("https://news.kbs.co.kr@evil.example/", Err(Credentials)),
            ("https://exa<mple.com/", Err(InvalidHost)),
            ("https://a..b/", Err(InvalidHost)),
            ("https://[::1/", Err(InvalidHost)),
            ("https://example.com:99999/", Err(InvalidPort)),
            ("https://example.com:/", Err(InvalidPort)),
            ("https://example.com:8o/", Err(InvalidPort)),
            ("https://example.com/a\\b", Err(InvalidCharacter { found: '\\' })),
            ("https://example.com/\"><script>", Err(InvalidCharacter { found: '"' })),
            ("https://example.com/%zz", Err(InvalidPercentEscape)),
            ("https://example.com/%2", Err(InvalidPercentEscape)),
            ("https://example.com/\u{202e}gpj.exe", Err(InvisibleCharacter { found: '\u{202e}' })),
            ("https://exa\u{200b}mple.com/", Err(InvisibleCharacter { found: '\u{200b}' })),
            ("\u{feff}javascript:alert(1)", Err(DangerousScheme { scheme: "javascript" })),
            ("https://\u{430}pple.com/", Err(NonAsciiHost { found: '\u{430}' })),
            ("https://\u{ff45}vil.com/", Err(NonAsciiHost { found: '\u{ff45}' })),
        ];
        for (url, expected) in cases {
            assert_eq!(&check(url), expected, "{url:?}");
        }
    }
}
