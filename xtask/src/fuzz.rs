//! `cargo xtask fuzz [SECONDS]`: every cargo-fuzz target of `fuzz/` for SECONDS each.
//!
//! The targets' corpora (`fuzz/corpus/<target>/`, git-ignored) are seeded from the test
//! fixtures first, so the fuzzer starts from real reports and transcripts. A crash, a
//! timeout or a failed build fails the command; libFuzzer leaves the input that did it in
//! `fuzz/artifacts/<target>/`.

use crate::{project_root, setup, Fail};
use std::path::Path;
use std::process::Command;

/// The targets, in the order they run.
pub const TARGETS: [&str; 3] = ["validate_json", "ingest", "value_depth"];
/// How long each target runs when no time is given.
pub const DEFAULT_SECONDS: u64 = 60;
/// One input taking longer than this counts as a failure (a hang).
const INPUT_TIMEOUT_SECONDS: u64 = 25;

/// Seed folders per target: (target, folder relative to the root, file name ending).
const SEEDS: &[(&str, &str, &str)] = &[
    ("validate_json", "core/tests/fixtures/valid", ".json"),
    ("validate_json", "core/tests/fixtures/invalid", ".json"),
    ("validate_json", "core/tests/fixtures/fuzz/validate_json", ""),
    ("validate_json", "www/reports", ".json"),
    ("ingest", "core/tests/fixtures/transcripts", ".txt"),
    ("ingest", "core/tests/fixtures/fuzz/ingest", ""),
];

/// `cargo xtask fuzz [SECONDS]`.
pub fn run(args: &[String]) -> Result<(), Fail> {
    let seconds = match args.first() {
        None => DEFAULT_SECONDS,
        Some(text) => text
            .parse()
            .ok()
            .filter(|s| *s > 0)
            .ok_or_else(|| Fail(format!("fuzz: SECONDS must be a positive number, not {text:?}")))?,
    };
    let outcomes = run_targets(seconds)?;
    let failed: Vec<&str> =
        outcomes.iter().filter(|(_, ok)| !ok).map(|(target, _)| target.as_str()).collect();
    if failed.is_empty() {
        println!("fuzz: {} targets ran {seconds} s each, no crash", outcomes.len());
        Ok(())
    } else {
        Err(Fail(format!("fuzz: {} failed; see fuzz/artifacts/", failed.join(", "))))
    }
}

/// Installs the fuzzing tools if missing, builds the targets, seeds their corpora and runs
/// each for `seconds`; returns each target with whether it finished without a failure.
pub fn run_targets(seconds: u64) -> Result<Vec<(String, bool)>, Fail> {
    let root = project_root();
    let path = setup::tool_path(&root);
    setup::ensure_fuzz_tools(&path)?;

    println!("\n== fuzz: building the targets (nightly)");
    let mut build = fuzz_command(&root, &path);
    build.args(["build"]);
    if !build.status().is_ok_and(|s| s.success()) {
        return Err(Fail(format!("fuzz: cargo +{} fuzz build failed", setup::NIGHTLY)));
    }

    let mut outcomes = Vec::new();
    for target in TARGETS {
        let corpus = root.join("fuzz/corpus").join(target);
        seed(&root, target, &corpus)?;
        println!("\n== fuzz: {target} for {seconds} s");
        let mut fuzz = fuzz_command(&root, &path);
        fuzz.args(["run", target])
            .arg(&corpus)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .arg(format!("-timeout={INPUT_TIMEOUT_SECONDS}"))
            .arg("-print_final_stats=1");
        let ok = fuzz.status().is_ok_and(|s| s.success());
        println!("fuzz: {target} {}", if ok { "ok" } else { "FAILED" });
        outcomes.push((target.to_string(), ok));
    }
    Ok(outcomes)
}

/// `cargo +NIGHTLY fuzz …` at the root, building into `fuzz/target` whatever
/// `CARGO_TARGET_DIR` says, so the nightly builds stay apart from the workspace's.
fn fuzz_command(root: &Path, path: &str) -> Command {
    let mut command = Command::new("cargo");
    command.args([format!("+{}", setup::NIGHTLY).as_str(), "fuzz"]).current_dir(root).env("PATH", path).env_remove("CARGO_TARGET_DIR");
    command
}

/// Copies the seed files of `target` into its corpus folder (existing entries stay).
fn seed(root: &Path, target: &str, corpus: &Path) -> Result<(), Fail> {
    std::fs::create_dir_all(corpus).map_err(|e| Fail(format!("fuzz: {}: {e}", corpus.display())))?;
    for (_, folder, ending) in SEEDS.iter().filter(|(t, _, _)| *t == target) {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(ending) || !entry.path().is_file() {
                continue;
            }
            let to = corpus.join(format!("seed-{}", name.replace('/', "-")));
            std::fs::copy(entry.path(), &to)
                .map_err(|e| Fail(format!("fuzz: seeding {}: {e}", to.display())))?;
        }
    }
    Ok(())
}
