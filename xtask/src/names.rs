//! Short names for the release module's imports and exports, in the module and in its glue.
//!
//! wasm-bindgen names each import after what it binds plus a hash
//! (`__wbg_createElement_8a5b…`), each import repeats the module name `./briefing_bg.js`, and
//! closure entry points are exported under names hundreds of characters long. Both the module
//! and the glue carry every name, so the release build renames them to one or two letters
//! (README, Size). The memory keeps its name; debug builds keep the names wasm-bindgen gave.

use crate::Fail;

/// What the module imported and exported under which new name.
pub struct Renamed {
    /// The module with short names.
    pub wasm: Vec<u8>,
    /// `(old, new)` for each import name.
    pub imports: Vec<(String, String)>,
    /// `(old, new)` for each export name.
    pub exports: Vec<(String, String)>,
}

/// The one import module the glue provides, and its new name.
const MODULE: &str = "./briefing_bg.js";
const SHORT_MODULE: &str = "a";

/// The `index`th short name: `a` … `Z`, then `a0` … `Z9`, `aa` … (letters and digits, always
/// starting with a letter, so that each is a plain JavaScript property name).
fn short_name(index: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const REST: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::from(char::from(FIRST[index % FIRST.len()]));
    let mut rest = index / FIRST.len();
    while rest > 0 {
        rest -= 1;
        name.push(char::from(REST[rest % REST.len()]));
        rest /= REST.len();
    }
    name
}

/// A reader over a module's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Fail> {
        let byte = *self.bytes.get(self.at).ok_or_else(|| Fail("names: the module ends early".into()))?;
        self.at += 1;
        Ok(byte)
    }

    fn leb(&mut self) -> Result<u64, Fail> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Fail("names: a number in the module is too long".into()))
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], Fail> {
        let end = self.at.checked_add(len).filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| Fail("names: the module ends early".into()))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn name(&mut self) -> Result<String, Fail> {
        let len = usize::try_from(self.leb()?).map_err(|_| Fail("names: a name is too long".into()))?;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| Fail("names: a name is not UTF-8".into()))
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// The module with every import (all functions from [`MODULE`]) and export renamed.
///
/// # Errors
/// A module that is not what wasm-bindgen writes: another import module or an import that is
/// not a function.
pub fn shorten(wasm: &[u8]) -> Result<Renamed, Fail> {
    let (header, sections) = sections(wasm)?;
    let mut out = header.to_vec();
    let (mut imports, mut exports) = (Vec::new(), Vec::new());
    for (id, body) in sections {
        let rewritten = match id {
            2 => Some(rename_imports(body, &mut imports)?),
            7 => Some(rename_exports(body, &mut exports)?),
            _ => None,
        };
        out.push(id);
        let body = rewritten.as_deref().unwrap_or(body);
        push_leb(&mut out, body.len() as u64);
        out.extend_from_slice(body);
    }
    Ok(Renamed { wasm: out, imports, exports })
}

/// A section of a module: its id and its body.
type Section<'a> = (u8, &'a [u8]);

/// The module's header (magic and version) and its sections.
fn sections(wasm: &[u8]) -> Result<(&[u8], Vec<Section<'_>>), Fail> {
    let mut reader = Reader { bytes: wasm, at: 0 };
    let header = reader.take(8)?;
    let mut sections = Vec::new();
    while !reader.done() {
        let id = reader.byte()?;
        let size = usize::try_from(reader.leb()?).map_err(|_| Fail("names: a section is too large".into()))?;
        sections.push((id, reader.take(size)?));
    }
    Ok((header, sections))
}

fn rename_imports(body: &[u8], renamed: &mut Vec<(String, String)>) -> Result<Vec<u8>, Fail> {
    let mut reader = Reader { bytes: body, at: 0 };
    let count = reader.leb()?;
    let mut out = Vec::with_capacity(body.len());
    push_leb(&mut out, count);
    for index in 0..count as usize {
        let module = reader.name()?;
        let name = reader.name()?;
        let kind = reader.byte()?;
        if module != MODULE || kind != 0 {
            return Err(Fail(format!("names: import {module} {name} (kind {kind}) is not a function of {MODULE}")));
        }
        let signature = reader.leb()?;
        let short = short_name(index);
        push_name(&mut out, SHORT_MODULE);
        push_name(&mut out, &short);
        out.push(kind);
        push_leb(&mut out, signature);
        renamed.push((name, short));
    }
    Ok(out)
}

fn rename_exports(body: &[u8], renamed: &mut Vec<(String, String)>) -> Result<Vec<u8>, Fail> {
    let mut reader = Reader { bytes: body, at: 0 };
    let count = reader.leb()?;
    let mut out = Vec::with_capacity(body.len());
    push_leb(&mut out, count);
    for index in 0..count as usize {
        let name = reader.name()?;
        let kind = reader.byte()?;
        let item = reader.leb()?;
        // The memory keeps its name: tools that read it (the bench page) look it up by name.
        let short = if name == "memory" { name.clone() } else { short_name(index) };
        push_name(&mut out, &short);
        out.push(kind);
        push_leb(&mut out, item);
        renamed.push((name, short));
    }
    Ok(out)
}

/// The export names of a module.
///
/// # Errors
/// A module that cannot be read.
pub fn exports(wasm: &[u8]) -> Result<Vec<String>, Fail> {
    let mut names = Vec::new();
    for (id, body) in sections(wasm)?.1 {
        if id == 7 {
            rename_exports(body, &mut names)?;
        }
    }
    Ok(names.into_iter().map(|(old, _)| old).collect())
}

/// `glue` calling the renamed module: the import object's keys, its module key and every
/// `wasm.name` use. An error when a name the glue should hold is missing or one is left over.
pub fn rename_in_glue(glue: &str, renamed: &Renamed) -> Result<String, Fail> {
    let module_key = format!("\"{MODULE}\": import0");
    if glue.matches(&module_key).count() != 1 {
        return Err(Fail(format!("names: briefing.js does not import {MODULE} as wasm-bindgen 0.2.130 does")));
    }
    let mut js = glue.replacen(&module_key, &format!("\"{SHORT_MODULE}\": import0"), 1);
    for (old, new) in &renamed.imports {
        let key = format!("        {old}: function(");
        if js.matches(&key).count() != 1 {
            return Err(Fail(format!("names: briefing.js has no single import {old}")));
        }
        js = js.replacen(&key, &format!("        {new}: function("), 1);
    }
    for (old, new) in &renamed.exports {
        js = replace_member(&js, old, new);
    }
    if let Some(left) = js.find("wasm.__") {
        let rest: String = js[left..].chars().take(60).collect();
        return Err(Fail(format!("names: briefing.js still calls an export by its old name: {rest}")));
    }
    Ok(js)
}

/// Every `wasm.{old}` that is not part of a longer name, as `wasm.{new}`.
fn replace_member(js: &str, old: &str, new: &str) -> String {
    let pattern = format!("wasm.{old}");
    let mut out = String::with_capacity(js.len());
    let mut rest = js;
    while let Some(at) = rest.find(&pattern) {
        let after = &rest[at + pattern.len()..];
        let whole = !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        out.push_str(if whole { "wasm." } else { &pattern });
        if whole {
            out.push_str(new);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..5000).map(short_name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert!(names.iter().all(|n| n.starts_with(|c: char| c.is_ascii_alphabetic())
            && n.chars().all(|c| c.is_ascii_alphanumeric())));
        assert_eq!(&names[..3], ["a", "b", "c"]);
    }

    #[test]
    fn members_are_replaced_whole() {
        let js = "wasm.mount(); wasm.mount_all(); x.wasm.mount; wasm.mount";
        assert_eq!(replace_member(js, "mount", "q"), "wasm.q(); wasm.mount_all(); x.wasm.q; wasm.q");
    }

    /// A module with two imports and an export, renamed, still reads back.
    #[test]
    fn a_module_is_rewritten_section_by_section() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // type section: one type () -> ()
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = Vec::new();
        push_leb(&mut imports, 2);
        for name in ["__wbg_one_0123", "__wbg_two_4567"] {
            push_name(&mut imports, MODULE);
            push_name(&mut imports, name);
            imports.extend_from_slice(&[0, 0]);
        }
        wasm.push(2);
        push_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        let mut exports = Vec::new();
        push_leb(&mut exports, 1);
        push_name(&mut exports, "a_very_long_export_name");
        exports.extend_from_slice(&[0, 1]);
        wasm.push(7);
        push_leb(&mut wasm, exports.len() as u64);
        wasm.extend_from_slice(&exports);

        let renamed = shorten(&wasm).unwrap();
        assert_eq!(renamed.imports, [("__wbg_one_0123".to_string(), "a".to_string()), ("__wbg_two_4567".into(), "b".into())]);
        assert_eq!(renamed.exports, [("a_very_long_export_name".to_string(), "a".to_string())]);
        assert_eq!(exports_of(&renamed.wasm), ["a"]);
        assert!(renamed.wasm.len() < wasm.len());
    }

    fn exports_of(wasm: &[u8]) -> Vec<String> {
        exports(wasm).unwrap()
    }
}
