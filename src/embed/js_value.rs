//! A JavaScript value (what `JSON.parse` returns, or an object given to `mount`) read into
//! core's [`Value`] with js-sys calls, then validated by core like every other input.
//!
//! It reads what serde-wasm-bindgen read before it, at a fraction of the code: `null` and
//! `undefined` are null, arrays are arrays (holes are null), plain objects and `Map`s are
//! objects with their entries in order, and nesting deeper than [`MAX_DEPTH`] is refused
//! with the path of the first container too deep, as [`Value::read`] refuses it.

use briefing_core::gather::Gather;
use briefing_core::validate::{push_index, push_key, MAX_DEPTH};
use briefing_core::value::{ReadError, Value};
use js_sys::{Array, Map, Object, Symbol};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::source::describe_js;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `Number(value)`: for a BigInt, the nearest number; for a string, its
    /// decimal value or NaN.
    #[wasm_bindgen(js_name = Number)]
    pub fn number(value: &JsValue) -> f64;

    /// `Array.from(value)`: a `Map`'s `[key, value]` pairs, or the error its iterator threw.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(value: &JsValue) -> Result<Array, JsValue>;
}

/// Reads `value` into a [`Value`].
///
/// # Errors
/// [`ReadError::TooDeep`] when arrays and objects nest deeper than [`MAX_DEPTH`];
/// [`ReadError::Unreadable`] for what JSON cannot hold (a function, a symbol, bytes, a
/// `Set`, a `Map` key that is not a string).
pub fn read(value: &JsValue) -> Result<Value, ReadError> {
    read_at(value, 0, &mut String::new())
}

/// Reads a value inside `depth` containers, at `path` (restored before returning).
#[inline(never)]
fn read_at(value: &JsValue, depth: usize, path: &mut String) -> Result<Value, ReadError> {
    // Each check is a call into JavaScript: the common kinds (text, then numbers) go first.
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(number) = value.as_f64() {
        return Ok(Value::Number(number));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if value.is_bigint() {
        return Ok(Value::Number(number(value)));
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        enter(depth, path)?;
        let mut items = Vec::with_capacity(array.length().min(1024) as usize);
        for (index, item) in array.iter().enumerate() {
            let parent = path.len();
            push_index(path, index);
            items.push(read_at(&item, depth + 1, path)?);
            path.truncate(parent);
        }
        return Ok(Value::Array(items));
    }
    if value.is_instance_of::<js_sys::Uint8Array>() || value.is_instance_of::<js_sys::ArrayBuffer>() {
        return Err(unreadable("invalid type: byte array, expected a JSON value".into()));
    }
    let iterable = Symbol::iterator().js_in(value);
    if value.is_object() && (!iterable || value.is_instance_of::<Map>()) {
        enter(depth, path)?;
        let pairs: Vec<(JsValue, JsValue)> = if iterable {
            map_entries(value)?
        } else {
            Object::entries(value.unchecked_ref()).iter().map(pair).collect()
        };
        let mut entries = Vec::with_capacity(pairs.len());
        for (key, item) in pairs {
            let Some(key) = key.as_string() else {
                return Err(unreadable("invalid type: a map key that is not a string, expected a string".into()));
            };
            let parent = path.len();
            push_key(path, &key);
            let item = read_at(&item, depth + 1, path)?;
            path.truncate(parent);
            entries.push((key, item));
        }
        return Ok(Value::Object(entries));
    }
    let kind = match value.js_typeof().as_string().as_deref() {
        Some("function") => "a function",
        Some("symbol") => "a symbol",
        _ => "an iterable that is neither an array nor a Map",
    };
    let at = if path.is_empty() { "$" } else { path.as_str() };
    Err(unreadable(["invalid type: ", kind, " at ", at, ", expected a JSON value"].concat()))
}

/// Refuses a container `depth` levels down when that is one too many, naming it by `path`.
#[inline(never)]
fn enter(depth: usize, path: &str) -> Result<(), ReadError> {
    if depth >= MAX_DEPTH {
        let path = if path.is_empty() { "$".to_string() } else { path.to_string() };
        return Err(ReadError::TooDeep { path });
    }
    Ok(())
}

/// A `Map`'s `[key, value]` pairs, in insertion order.
#[inline(never)]
fn map_entries(map: &JsValue) -> Result<Vec<(JsValue, JsValue)>, ReadError> {
    let entries = array_from(map).map_err(|error| unreadable(describe_js(&error)))?;
    Ok(entries.iter().map(pair).gather())
}

fn pair(entry: JsValue) -> (JsValue, JsValue) {
    let entry: Array = entry.unchecked_into();
    (entry.get(0), entry.get(1))
}

fn unreadable(message: String) -> ReadError {
    ReadError::Unreadable { message }
}
