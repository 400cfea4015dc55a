//! The JSON Schema of the `briefing/1` format, generated from the model types.
//!
//! The committed copy lives in `www/schema/briefing-1.json`; a test keeps it in step.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]


use serde_json::{json, Value};

use crate::model::Report;
use crate::validate::MAX_HEADLINE_CHARS;

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
    let mut schema = schema.to_value();
    strip_null(&mut schema);
    limit_headline(&mut schema);
    // Sorted keys keep the text the same whether or not another crate in the build turns
    // on serde_json's `preserve_order`.
    schema.sort_all_objects();
    // Serializing a tree of JSON values to a string cannot fail; the fallback keeps the
    // function total without a panic path.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_else(|_| String::from("{}"));
    text.push('\n');
    text
}

/// Removes the `null` alternative schemars gives `Option` fields: the format leaves an
/// optional field out and never writes `null`, and validation refuses `null`.
fn strip_null(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".to_owned(), only);
                }
            }
            let is_null = |s: &Value| s.get("type").is_some_and(|t| t == "null");
            if let Some(Value::Array(choices)) = map.get("anyOf") {
                if let [Value::Object(kept), null] = choices.as_slice() {
                    if is_null(null) {
                        let kept = kept.clone();
                        map.remove("anyOf");
                        map.extend(kept);
                    }
                }
            }
            map.values_mut().for_each(strip_null);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_null),
        _ => {}
    }
}

/// Adds the headline's tighter length limit beside its `LocalizedText` reference.
fn limit_headline(schema: &mut Value) {
    if let Some(Value::Object(headline)) = schema.pointer_mut("/properties/headline") {
        let limit = json!({ "maxLength": MAX_HEADLINE_CHARS });
        headline.insert("properties".to_owned(), json!({ "en": limit, "ko": limit }));
    }
}
