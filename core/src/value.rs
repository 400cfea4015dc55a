//! A JSON value tree that validation decodes from, whatever the input format.
//!
//! serde's derived decoders stop at the first error and silently keep the last of two
//! duplicate keys; validation wants every problem with its location. So every input
//! (JSON text through serde_json, a JavaScript object through serde-wasm-bindgen) is
//! first read into a [`Value`], which keeps object keys in document order, duplicates
//! included, and then decoded by hand.
//!
//! Reading refuses nesting deeper than [`MAX_DEPTH`] at the moment it is reached, so a
//! hostile document of ten thousand nested arrays costs a few bytes of stack and
//! memory instead of overflowing the stack.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};

/// How many arrays and objects may be nested inside each other, the outermost counting
/// as one. A `briefing/1` report needs five.
pub const MAX_DEPTH: usize = 16;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number; the format has no numeric fields, so precision beyond `f64` is moot.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, its entries in document order, duplicate keys kept.
    Object(Vec<(String, Value)>),
}

/// The six kinds of JSON value, for messages such as "expected a string, found a number".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        })
    }
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> JsonKind {
        match self {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }

    /// Reads a value from any serde deserializer, refusing nesting deeper than
    /// [`MAX_DEPTH`] with the path of the first container too deep.
    ///
    /// # Errors
    ///
    /// [`ReadError::TooDeep`] when the input nests too deeply, [`ReadError::Unreadable`]
    /// when the deserializer fails (for JSON text: a syntax error).
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use briefing_core::value::Value;
    ///
    /// let mut json = serde_json::Deserializer::from_str(r#"{"a": [1, "x"]}"#);
    /// let value = Value::read(&mut json);
    /// assert_eq!(
    ///     value,
    ///     Ok(Value::Object(vec![(
    ///         "a".to_string(),
    ///         Value::Array(vec![Value::Number(1.0), Value::String("x".to_string())]),
    ///     )]))
    /// );
    /// # }
    /// ```
    pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, ReadError> {
        read_with(deserializer, false)
    }

    /// Reads a value that is already in memory (a JavaScript object, say) into a [`Value`],
    /// as [`Value::read`] does. Such a deserializer has no line and column to report, so a
    /// value it cannot read is named by its path: `invalid type: …, expected a JSON value at
    /// quotes[1].text`.
    ///
    /// # Errors
    /// As [`Value::read`].
    pub fn read_in_memory<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, ReadError> {
        read_with(deserializer, true)
    }
}

fn read_with<'de, D: Deserializer<'de>>(deserializer: D, locate: bool) -> Result<Value, ReadError> {
    let too_deep = RefCell::new(None);
    let failed_at = RefCell::new(None);
    let seed = Seed { depth: 0, crumb: None, too_deep: &too_deep, failed_at: locate.then_some(&failed_at) };
    let result = seed.deserialize(deserializer);
    // The deserializer's own error only carries our message as text; the cells keep the
    // typed location of a depth refusal and the path of the value that could not be read.
    match (result, too_deep.into_inner()) {
        (_, Some(path)) => Err(ReadError::TooDeep { path }),
        (Ok(value), None) => Ok(value),
        (Err(error), None) => {
            let message = match failed_at.into_inner() {
                Some(path) => format!("{error} at {path}"),
                None => error.to_string(),
            };
            Err(ReadError::Unreadable { message })
        }
    }
}

/// Why [`Value::read`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// An array or object nests deeper than [`MAX_DEPTH`]; `path` locates it.
    TooDeep {
        /// The JSON path of the first container over the limit.
        path: String,
    },
    /// The deserializer failed, for example on a JSON syntax error.
    Unreadable {
        /// The deserializer's message.
        message: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooDeep { path } => {
                write!(f, "{path}: nesting is deeper than the limit of {MAX_DEPTH} levels")
            }
            ReadError::Unreadable { message } => write!(f, "unreadable document: {message}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// One step of the path from the root to the value being read, kept on the stack so a
/// path is only built when a depth refusal needs one.
struct Crumb<'a> {
    parent: Option<&'a Crumb<'a>>,
    step: Step<'a>,
}

enum Step<'a> {
    Index(usize),
    Key(&'a str),
}

/// The path of `crumb` in the notation of validation problems: `body[2].text`.
fn crumb_path(crumb: Option<&Crumb<'_>>) -> String {
    let mut steps = Vec::new();
    let mut next = crumb;
    while let Some(current) = next {
        steps.push(&current.step);
        next = current.parent;
    }
    let mut path = String::new();
    for step in steps.into_iter().rev() {
        match step {
            Step::Index(index) => crate::validate::push_index(&mut path, *index),
            Step::Key(key) => crate::validate::push_key(&mut path, key),
        }
    }
    if path.is_empty() {
        path.push('$');
    }
    path
}

#[derive(Clone, Copy)]
struct Seed<'a> {
    /// How many containers enclose the value about to be read.
    depth: usize,
    crumb: Option<&'a Crumb<'a>>,
    too_deep: &'a RefCell<Option<String>>,
    /// Where to keep the path of the innermost value that failed, when paths are wanted.
    failed_at: Option<&'a RefCell<Option<String>>>,
}

impl Seed<'_> {
    fn enter<E: de::Error>(&self) -> Result<(), E> {
        if self.depth >= MAX_DEPTH {
            let path = crumb_path(self.crumb);
            let message = ReadError::TooDeep { path: path.clone() }.to_string();
            *self.too_deep.borrow_mut() = Some(path);
            return Err(E::custom(message));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        let (crumb, failed_at) = (self.crumb, self.failed_at);
        deserializer.deserialize_any(self).inspect_err(|_| {
            if let Some(cell) = failed_at {
                cell.borrow_mut().get_or_insert_with(|| crumb_path(crumb));
            }
        })
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.enter()?;
        // Capped so a lying size hint cannot reserve more than the input holds.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        loop {
            let crumb = Crumb { parent: self.crumb, step: Step::Index(items.len()) };
            let seed = Seed { depth: self.depth + 1, crumb: Some(&crumb), ..self };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.enter()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key::<String>()? {
            let crumb = Crumb { parent: self.crumb, step: Step::Key(&key) };
            let seed = Seed { depth: self.depth + 1, crumb: Some(&crumb), ..self };
            let value = map.next_value_seed(seed)?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

impl<'de> Deserialize<'de> for Value {
    /// Reads any value, refusing nesting deeper than [`MAX_DEPTH`] with an error whose
    /// message names the path; [`Value::read`] gives the same refusal as a type.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        let too_deep = RefCell::new(None);
        Seed { depth: 0, crumb: None, too_deep: &too_deep, failed_at: None }.deserialize(deserializer)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(v) => serializer.serialize_bool(*v),
            Value::Number(v) => {
                // Whole numbers within f64's exact range print as integers (`3`, not `3.0`).
                const EXACT: f64 = 9_007_199_254_740_992.0;
                if v.fract() == 0.0 && v.abs() <= EXACT {
                    serializer.serialize_i64(*v as i64)
                } else {
                    serializer.serialize_f64(*v)
                }
            }
            Value::String(v) => serializer.serialize_str(v),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Value, ReadError> {
        Value::read(&mut serde_json::Deserializer::from_str(text))
    }

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let value = read(r#"{"b": 1, "a": 2, "b": 3}"#);
        let keys: Vec<String> = match value {
            Ok(Value::Object(entries)) => entries.into_iter().map(|(k, _)| k).collect(),
            other => panic!("not an object: {other:?}"),
        };
        assert_eq!(keys, ["b", "a", "b"]);
    }

    #[test]
    fn depth_limit_is_exact() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(read(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            read(&deep),
            Err(ReadError::TooDeep { path: format!("${}", "[0]".repeat(MAX_DEPTH)) })
        );
    }

    #[test]
    fn deep_object_path_names_keys() {
        let deep = format!("{}1{}", r#"{"a b":"#.repeat(MAX_DEPTH + 1), "}".repeat(MAX_DEPTH + 1));
        let path = match read(&deep) {
            Err(ReadError::TooDeep { path }) => path,
            other => panic!("not refused: {other:?}"),
        };
        assert!(path.starts_with(r#"$["a b"]["a b"]"#), "{path}");
    }

    #[test]
    fn serializes_back_to_the_same_json() {
        let text = r#"{"a":[1,2.5,-3,true,null,"x"],"a":{}}"#;
        let value = read(text);
        assert_eq!(value.map(|v| serde_json::to_string(&v).ok()), Ok(Some(text.to_string())));
    }

    #[test]
    fn derive_path_reports_depth_as_text() {
        let deep = "[".repeat(10_000);
        let error = serde_json::from_str::<Value>(&deep).map(|_| ());
        let message = error.map_err(|e| e.to_string()).err().unwrap_or_default();
        assert!(message.contains("deeper than the limit of 16 levels"), "{message}");
    }
}
