//! A JavaScript value (what `JSON.parse` returns, or an object given to `mount`) read with
//! serde-wasm-bindgen into core's [`Value`], then validated by core like every other input:
//! the same checks, every problem with its path.

use briefing_core::value::{ReadError, Value};
use wasm_bindgen::JsValue;

/// Reads `value` into a [`Value`].
///
/// # Errors
/// [`ReadError::TooDeep`] when arrays and objects nest deeper than core's limit;
/// [`ReadError::Unreadable`] for what JSON cannot hold (a function, a symbol), with its path.
pub fn read(value: JsValue) -> Result<Value, ReadError> {
    Value::read_in_memory(serde_wasm_bindgen::Deserializer::from(value))
}
