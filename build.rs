//! Minifies the widget's stylesheet for the bundle: comments dropped, whitespace collapsed and
//! removed where CSS does not need it. Only whitespace and comments go, so the rules are the
//! same (a test in `src/embed/shadow.rs` checks it).

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/ui/style.css");
    let source = std::fs::read_to_string("src/ui/style.css").unwrap_or_else(|e| panic!("src/ui/style.css: {e}"));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    std::fs::write(Path::new(&out).join("style.min.css"), minify(&source))
        .unwrap_or_else(|e| panic!("writing the minified stylesheet: {e}"));
}

fn minify(css: &str) -> String {
    // Comments out (the stylesheet has no "/*" inside a string).
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    // Whitespace runs become one space, then go where no token needs it: around braces and
    // semicolons, and after colons and commas (never before a colon: `a :hover` is a selector).
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut chars = collapsed.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let before = out.chars().last();
            let after = chars.peek().copied();
            let needless = matches!(before, Some('{' | '}' | ';' | ':' | ',')) || matches!(after, Some('{' | '}' | ';'));
            if needless {
                continue;
            }
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
