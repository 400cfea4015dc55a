//! The JSON Schema of the `briefing/1` format, generated from the model types.
//!
//! The committed copy lives in `www/schema/briefing-1.json`; a test keeps it in step.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]


use crate::model::Report;

/// The JSON Schema (draft 2020-12) of a `briefing/1` report, pretty-printed with a
/// trailing newline.
///
/// The schema states the shapes, enums, id patterns and list limits; some rules only
/// validation can check (references, unique ids, real dates, the strict URL rules).
///
/// # Examples
///
/// ```
/// let schema = briefing_core::schema::schema_json();
/// assert!(schema.contains("\"title\": \"briefing/1 report\""));
/// assert!(schema.ends_with("}\n"));
/// ```
pub fn schema_json() -> String {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator()
        .into_root_schema_for::<Report>();
    // Serializing a tree of JSON values to a string cannot fail; the fallback keeps the
    // function total without a panic path.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}
