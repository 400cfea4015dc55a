//! `cargo xtask bench`: the widget against its vanilla-JS twin in headless Chromium.
//!
//! Builds the release bundle (`dist`), puts the bench page (`www/bench/`) and the widget's
//! stylesheet (which the twin adopts, as the widget does) into `dist/bench/`, then runs
//! `tests/e2e/bench.mjs`, which serves `dist/` on 127.0.0.1 and prints the table.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{dist, project_root, setup, status, Fail};

/// Runs the benchmark. `args`: `--json FILE` (also write the results as JSON), and what
/// `bench.mjs` takes besides: `--runs N`, `--warmup N`, `--cases seed,q10,q100,q1000`.
pub fn run(args: &[String]) -> Result<(), Fail> {
    let node_args = node_args(args)?;
    let tools = setup::run()?;
    dist(&tools)?;
    let root = project_root();
    stage(&root)?;
    let mut node = Command::new("node");
    node.arg("tests/e2e/bench.mjs")
        .args(&node_args)
        .current_dir(&root)
        .env("PATH", &tools.path)
        .env("CHROMIUM", &tools.chromium);
    status("bench", node)
}

/// The arguments for `bench.mjs`, with the JSON file made absolute (node runs in the root).
fn node_args(args: &[String]) -> Result<Vec<String>, Fail> {
    let mut out = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" | "--runs" | "--warmup" | "--cases" => {
                let value = args.next().ok_or_else(|| Fail(format!("bench: {arg} needs a value")))?;
                let value = if arg == "--json" { absolute(value) } else { value.clone() };
                out.push(arg.clone());
                out.push(value);
            }
            other => return Err(Fail(format!("bench: unknown argument {other:?}\n\nusage: cargo xtask bench [--json FILE] [--runs N] [--warmup N] [--cases seed,q10,q100,q1000]"))),
        }
    }
    Ok(out)
}

fn absolute(path: &str) -> String {
    let path = PathBuf::from(path);
    let path = if path.is_absolute() {
        path
    } else {
        std::env::current_dir().map(|dir| dir.join(&path)).unwrap_or(path)
    };
    path.to_string_lossy().into_owned()
}

/// Copies `www/bench/*` and `src/style.css` into `dist/bench/`.
fn stage(root: &Path) -> Result<(), Fail> {
    let to = root.join("dist").join("bench");
    std::fs::create_dir_all(&to).map_err(|e| Fail(format!("bench: {}: {e}", to.display())))?;
    let from = root.join("www").join("bench");
    let entries = std::fs::read_dir(&from).map_err(|e| Fail(format!("bench: {}: {e}", from.display())))?;
    let mut files: Vec<PathBuf> = entries.filter_map(Result::ok).map(|entry| entry.path()).filter(|p| p.is_file()).collect();
    files.push(root.join("src").join("style.css"));
    for file in files {
        let Some(name) = file.file_name() else { continue };
        std::fs::copy(&file, to.join(name)).map_err(|e| Fail(format!("bench: copying {}: {e}", file.display())))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::node_args;

    #[test]
    fn passes_known_arguments_on() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(node_args(&args(&["--runs", "5"])).ok(), Some(args(&["--runs", "5"])));
        let json = node_args(&args(&["--json", "/tmp/b.json"])).ok();
        assert_eq!(json, Some(args(&["--json", "/tmp/b.json"])));
        assert!(node_args(&args(&["--json"])).is_err());
        assert!(node_args(&args(&["--fast"])).is_err());
    }
}
