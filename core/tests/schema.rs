//! The committed JSON Schema is the one the model types generate.
#![cfg(feature = "schema")]

const COMMITTED: &str = include_str!("../../www/schema/briefing-1.json");

#[test]
fn committed_schema_is_up_to_date() {
    let generated = briefing_core::schema::schema_json();
    assert!(
        generated == COMMITTED,
        "www/schema/briefing-1.json is out of date; regenerate it from the workspace root with\n\
         \n    cargo run -q -p briefing-cli -- schema > www/schema/briefing-1.json\n"
    );
}

#[test]
fn schema_states_the_format_constraints() {
    let schema: serde_json::Value = serde_json::from_str(COMMITTED).unwrap();
    let defs = &schema["$defs"];
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["properties"]["id"]["pattern"], briefing_core::model::ID_PATTERN);
    assert_eq!(schema["properties"]["body"]["maxItems"], 2000);
    assert_eq!(schema["properties"]["body"]["minItems"], 1);
    assert_eq!(schema["properties"]["headline"]["properties"]["en"]["maxLength"], 300);
    assert_eq!(defs["LocalizedText"]["properties"]["en"]["minLength"], 1);
    assert_eq!(defs["LocalizedText"]["properties"]["en"]["type"], "string");
    assert_eq!(defs["Relation"]["properties"]["evidence"]["maxItems"], 100);
    assert_eq!(defs["Relation"]["properties"]["evidence"]["items"]["pattern"], briefing_core::model::ID_PATTERN);
    let stances: Vec<&str> = defs["Stance"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|choice| choice["const"].as_str().unwrap())
        .collect();
    assert_eq!(stances, ["cooperative", "hostile", "neutral"]);
    assert!(!COMMITTED.contains("null"), "the format never uses null");
}
