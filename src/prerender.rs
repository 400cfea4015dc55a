//! What ties a server-rendered briefing to the widget that hydrates it (docs/ssr.md).
//!
//! Yew's hydration walks the DOM a server wrote and expects there, element by element and
//! comment by comment, the nodes it would render itself; a node it does not expect is a panic,
//! and a panic stops every widget on the page. So `briefing render` writes a [`Stamp`] on the
//! root it renders into, and the widget hydrates only when the stamp vouches for what is in
//! the page: the markup of this version ([`MARKUP`]), the language it was rendered in, the
//! inline report it was rendered from, and the shape of the DOM (its elements and comments in
//! tree order, which is what hydration walks; text it replaces, so text is not part of the
//! shape). An old snippet, a report edited after rendering or markup edited by hand fails one
//! of these, and that widget renders afresh instead.

use briefing_core::model::Lang;

use crate::text::parse_tag;

/// The version of the markup the components render. Bump it with every change to what they
/// render for a report (an element, a component, their order), so that fragments rendered
/// before the change are rendered afresh rather than hydrated; the markup snapshot test
/// (`tests/prerender.rs`) fails until it is bumped.
pub const MARKUP: u32 = 1;

/// The attribute of the rendered root that holds the [`Stamp`].
pub const STAMP_ATTRIBUTE: &str = "data-prerendered";

/// What a server-rendered root says about itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The [`MARKUP`] version it was rendered with.
    pub markup: u32,
    /// The language it was rendered in.
    pub lang: Lang,
    /// The [`digest`] of the inline report's text, exactly as it stands in its script element.
    pub report: u64,
    /// The [`Shape`] of the rendered nodes.
    pub shape: u64,
}

impl Stamp {
    /// The attribute value: `m1 en 1f2e… 3d4c…`.
    pub fn encode(&self) -> String {
        format!("m{} {} {:016x} {:016x}", self.markup, self.lang.code(), self.report, self.shape)
    }

    /// Reads an attribute value written by [`Stamp::encode`]; `None` for anything else.
    pub fn parse(value: &str) -> Option<Stamp> {
        let mut parts = value.split(' ');
        let markup = parts.next()?.strip_prefix('m')?.parse().ok()?;
        let lang = parse_tag(parts.next()?)?;
        let report = u64::from_str_radix(parts.next()?, 16).ok()?;
        let shape = u64::from_str_radix(parts.next()?, 16).ok()?;
        parts.next().is_none().then_some(Stamp { markup, lang, report, shape })
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// A 64-bit FNV-1a digest: a check against accidents (an edited page, an old snippet), not
/// against an attacker, who could write any report and markup anyway.
pub fn digest(bytes: &[u8]) -> u64 {
    fnv(FNV_OFFSET, bytes)
}

/// The shape of a tree of nodes: its elements (by local name) and comments (by text), in tree
/// order, with where each element ends. The server reads it from the HTML it wrote
/// ([`shape_of_html`]); the widget from the DOM the browser parsed.
#[derive(Clone, Copy, Debug)]
pub struct Shape(u64);

impl Default for Shape {
    fn default() -> Self {
        Shape(FNV_OFFSET)
    }
}

impl Shape {
    fn token(&mut self, kind: u8, text: &str) {
        let length = u32::try_from(text.len()).unwrap_or(u32::MAX);
        self.0 = fnv(self.0, &[kind]);
        self.0 = fnv(self.0, &length.to_le_bytes());
        self.0 = fnv(self.0, text.as_bytes());
    }

    /// An element starts.
    pub fn open(&mut self, name: &str) {
        self.token(b'<', name);
    }

    /// The element last opened ends.
    pub fn close(&mut self) {
        self.token(b'>', "");
    }

    /// A comment.
    pub fn comment(&mut self, text: &str) {
        self.token(b'!', text);
    }

    /// The digest of everything seen.
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// Elements that have no end tag and no content.
#[cfg(any(feature = "ssr", test))]
const VOID: [&str; 13] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// The [`Shape`] of HTML written by Yew's server renderer: tags, end tags and comments, with
/// attribute values in double quotes. `None` when the HTML is not of that form (an unclosed
/// tag or comment, an end tag that closes nothing), so that nothing is stamped that the
/// browser would parse differently.
#[cfg(any(feature = "ssr", test))]
pub fn shape_of_html(html: &str) -> Option<u64> {
    let mut shape = Shape::default();
    let mut open = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = rest.get(start..)?;
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->")?;
            shape.comment(comment.get(..end)?);
            rest = comment.get(end + 3..)?;
        } else if let Some(tag) = rest.strip_prefix("</") {
            let end = tag.find('>')?;
            if open.pop()? != tag.get(..end)?.trim_end() {
                return None;
            }
            shape.close();
            rest = tag.get(end + 1..)?;
        } else {
            let tag = rest.get(1..)?;
            let name_end = tag.find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')?;
            let name = tag.get(..name_end)?;
            let end = tag_end(tag)?;
            shape.open(name);
            if VOID.contains(&name) || tag.get(..end)?.ends_with('/') {
                shape.close();
            } else {
                open.push(name);
            }
            rest = tag.get(end + 1..)?;
        }
    }
    open.is_empty().then(|| shape.finish())
}

/// Where a start tag ends: the first `>` outside a double-quoted attribute value.
#[cfg(any(feature = "ssr", test))]
fn tag_end(tag: &str) -> Option<usize> {
    let mut quoted = false;
    tag.char_indices().find_map(|(at, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        '>' if !quoted => Some(at),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(tokens: &[(&str, &str)]) -> u64 {
        let mut shape = Shape::default();
        for (kind, text) in tokens {
            match *kind {
                "<" => shape.open(text),
                ">" => shape.close(),
                _ => shape.comment(text),
            }
        }
        shape.finish()
    }

    #[test]
    fn stamps_read_back_and_refuse_anything_else() {
        let stamp = Stamp { markup: MARKUP, lang: Lang::Ko, report: 0x0123_4567_89ab_cdef, shape: 42 };
        assert_eq!(Stamp::parse(&stamp.encode()), Some(stamp));
        for bad in ["", "m1", "1 en 0 0", "m1 fr 0 0", "mx en 0 0", "m1 en zz 0", "m1 en 0 0 0", "m1  en 0 0"] {
            assert_eq!(Stamp::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_shape_of_html_is_its_elements_and_comments() {
        let expected = shape(&[("<", "p"), ("!", "<[Card]>"), ("<", "br"), (">", ""), ("<", "b"), (">", ""), (">", "")]);
        assert_eq!(shape_of_html(r#"<p class="a>b"><!--<[Card]>-->one <br>two<b>&lt;</b></p>"#), Some(expected));
        assert_eq!(shape_of_html(r#"<p>other text<!--<[Card]>--><br><b></b>more</p>"#), Some(expected), "text is not shape");
        assert_ne!(shape_of_html("<p><i></i></p>"), shape_of_html("<p></p><i></i>"), "where an element ends counts");
        assert_eq!(shape_of_html("<svg><circle r=\"1\"/></svg>"), Some(shape(&[("<", "svg"), ("<", "circle"), (">", ""), (">", "")])));
        for broken in ["<p>", "<p></i>", "</p>", "<!-- open", "<p class=\"a>", "<"] {
            assert_eq!(shape_of_html(broken), None, "{broken:?}");
        }
    }

    #[test]
    fn digests_tell_texts_apart() {
        assert_eq!(digest(b""), FNV_OFFSET);
        assert_ne!(digest(b"{\"a\":1}"), digest(b"{\"a\":2}"));
    }
}
