//! `cargo xtask`: the project's own commands (set-up, demo server, tests, release build).
//!
//! Std only, so that the first `cargo xtask` on a fresh machine compiles in seconds.

mod bench;
mod fuzz;
mod ingest_eval;
mod prerender;
mod setup;
mod size;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// A failure with the message to print; the process then exits non-zero.
#[derive(Debug)]
pub struct Fail(pub String);

const USAGE: &str = "usage: cargo xtask <command>

commands:
  setup    install what is missing (wasm32 target, trunk, wasm-bindgen-cli, wasm-opt,
           Chromium, Firefox and their drivers, npm test packages)
  serve    setup, then serve the demo on http://127.0.0.1:8080/ (trunk, offline)
  test     setup, then every test: clippy, native, browser (Chromium and Firefox), page-level,
           fuzz (each target 20 s)
  dist     release build: the demo in dist/, the embed bundle in dist/embed/
  bench [--json FILE]  dist, then the widget against its vanilla-JS twin in headless Chromium
           (first render, language toggle, expand all; seed and 10/100/1,000 quotes)
  size [--out DIR] [--floor]  release build of the embed bundle into DIR/embed/ (default dist), its
           raw, gzip and brotli bytes; fails when the brotli total is over 128 KiB (131072 bytes).
           --floor: the same for docs/size-floor, the stack with none of the briefing (no budget)
  screenshots  dist, then the README's screenshots of the demo into docs/
  fuzz [SECONDS]  each fuzz target of fuzz/ for SECONDS (default 60); installs nightly and cargo-fuzz
  ingest-eval DIR  ingestion scored against the facts files beside DIR's transcripts
  embed-hook   (run by trunk after each build) the embed bundle into the staging folder's embed/,
           and the demo's marked briefings pre-rendered (briefing render)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run().map(|_| ()),
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => setup::run().and_then(|tools| dist(&tools)),
        Some("screenshots") => screenshots(),
        Some("bench") => bench::run(args.get(1..).unwrap_or_default()),
        Some("embed-hook") => embed_hook(),
        Some("size") => size::run(args.get(1..).unwrap_or_default()),
        Some("fuzz") => fuzz::run(args.get(1..).unwrap_or_default()),
        Some("ingest-eval") => ingest_eval::run(args.get(1..).unwrap_or_default()),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(Fail(USAGE.to_string())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(message)) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one folder below it.
pub fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

fn serve() -> Result<(), Fail> {
    let tools = setup::run()?;
    let mut trunk = Command::new("trunk");
    trunk
        .args([
            "serve",
            "--offline",
            "--address",
            "127.0.0.1",
            "--port",
            "8080",
        ])
        .current_dir(project_root())
        .env("PATH", &tools.path);
    status("trunk serve", trunk)
}

fn screenshots() -> Result<(), Fail> {
    let tools = setup::run()?;
    setup::ensure_fonts()?;
    dist(&tools)?;
    let mut node = Command::new("node");
    node.arg("tests/e2e/screenshots.mjs")
        .current_dir(project_root())
        .env("PATH", &tools.path)
        .env("CHROMIUM", &tools.chromium);
    status("screenshots", node)
}

/// The release build: trunk writes the demo to `dist/`, and its post-build hook (see
/// Trunk.toml) the embed bundle to `dist/embed/`.
fn dist(tools: &setup::Tools) -> Result<(), Fail> {
    let root = project_root();
    let mut trunk = Command::new("trunk");
    trunk
        .args(["build", "--release", "--offline"])
        .current_dir(&root)
        .env("PATH", &tools.path);
    status("trunk build", trunk)?;
    println!("dist: demo in dist/, embed bundle in dist/embed/");
    Ok(())
}

/// Builds the embed bundle into `OUT/embed/` with stable names: the library alone (no demo
/// features), wasm-bindgen for the web, wasm-opt in release, the loader, the stylesheet
/// (`briefing.css`, which pre-rendered briefings link) and the schema. Trunk
/// runs this after each build of the demo, so `serve` and `dist` both carry the bundle.
fn embed(out: &Path, release: bool, features: &[&str]) -> Result<(), Fail> {
    let root = project_root();
    let path = setup::tool_path(&root);
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args([
            "build",
            "--lib",
            "--package",
            "briefing-widget",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .current_dir(&root);
    if release {
        cargo.arg("--release");
    }
    if !features.is_empty() {
        cargo.args(["--features", &features.join(",")]);
    }
    status("cargo build (embed)", cargo)?;

    let embed = out.join("embed");
    let profile = if release { "release" } else { "debug" };
    let wasm = target_dir(&root)
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join("briefing_widget.wasm");
    bind(&wasm, &embed, "briefing", release, &path)?;
    for (from, to) in [
        ("www/embed.js", "embed.js"),
        ("src/style.css", "briefing.css"),
        ("www/schema/briefing-1.json", "briefing-1.json"),
    ] {
        std::fs::copy(root.join(from), embed.join(to))
            .map_err(|e| Fail(format!("embed: copying {from}: {e}")))?;
    }
    Ok(())
}

/// wasm-bindgen for the web on `wasm`, into `dir/NAME.js` and `dir/NAME_bg.wasm`, then, in
/// release, `wasm-opt -Oz` on the module: the steps every shipped module goes through.
fn bind(wasm: &Path, dir: &Path, name: &str, release: bool, path: &str) -> Result<(), Fail> {
    std::fs::create_dir_all(dir).map_err(|e| Fail(format!("embed: {}: {e}", dir.display())))?;
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--no-typescript", "--out-name", name, "--out-dir"])
        .arg(dir)
        .arg(wasm)
        .env("PATH", path);
    status("wasm-bindgen", bindgen)?;
    if release {
        let module = dir.join(format!("{name}_bg.wasm"));
        let mut wasm_opt = Command::new("wasm-opt");
        wasm_opt
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .arg(&module)
            .arg("-o")
            .arg(&module)
            .env("PATH", path);
        status("wasm-opt", wasm_opt)?;
    }
    Ok(())
}

/// Trunk's post-build hook: the staging folder and profile come from trunk's environment.
fn embed_hook() -> Result<(), Fail> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .ok_or_else(|| Fail("embed-hook: run by trunk (TRUNK_STAGING_DIR is not set)".into()))?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    embed(Path::new(&staging), release, &[])?;
    prerender::pages(Path::new(&staging))
}

/// Where the page-level tests find a release bundle built with the `test-panic` feature (a
/// way to force a panic), kept out of `dist/` so that it is never shipped.
fn test_bundle_dir(root: &Path) -> PathBuf {
    target_dir(root).join("e2e")
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// How long `test` runs each fuzz target; `cargo xtask fuzz` runs them longer.
const FUZZ_SECONDS_IN_TEST: u64 = 20;

/// What one test runner reported.
struct Tally {
    runner: String,
    passed: u64,
    failed: u64,
    ok: bool,
}

fn test() -> Result<(), Fail> {
    let tools = setup::run()?;
    let root = project_root();
    let mut tallies = Vec::new();

    println!("\n== clippy");
    let mut clippy = Command::new(env!("CARGO"));
    clippy
        .args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(&root);
    let ok = clippy.status().is_ok_and(|s| s.success());
    tallies.push(Tally {
        runner: "clippy".into(),
        passed: u64::from(ok),
        failed: u64::from(!ok),
        ok,
    });

    let mut native = Command::new(env!("CARGO"));
    native.args(["test", "--workspace"]).current_dir(&root);
    tallies.push(run_tests("native", native, parse_cargo_test)?);

    println!("\n== ingest-eval");
    let ok = ingest_eval::evaluate(&root.join(ingest_eval::FIXTURES))
        .map_err(|Fail(m)| eprintln!("{m}"))
        .is_ok();
    tallies.push(Tally {
        runner: "ingest-eval".into(),
        passed: u64::from(ok),
        failed: u64::from(!ok),
        ok,
    });

    for (browser, variable, driver) in [
        ("chromium", "CHROMEDRIVER", &tools.chromedriver),
        ("firefox", "GECKODRIVER", &tools.geckodriver),
    ] {
        let mut wasm = Command::new(env!("CARGO"));
        wasm.args([
            "test",
            "--package",
            "briefing-widget",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .args(["--test", "*"])
        .current_dir(&root)
        .env("PATH", &tools.path)
        .env_remove("CHROMEDRIVER")
        .env_remove("GECKODRIVER")
        .env_remove("SAFARIDRIVER")
        .env(variable, driver)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        let tally = run_tests(&format!("browser ({browser})"), wasm, parse_cargo_test)?;
        tallies.push(tally);
    }

    let page_tests = page_test_files(&root);
    if !page_tests.is_empty() {
        // A build that fails counts as a failed runner, and the summary still prints.
        match dist(&tools).and_then(|()| embed(&test_bundle_dir(&root), true, &["test-panic"])) {
            Ok(()) => {
                let mut node = Command::new("node");
                node.arg("--test")
                    .args(&page_tests)
                    .current_dir(&root)
                    .env("PATH", &tools.path)
                    .env("CHROMIUM", &tools.chromium)
                    .env("BRIEFING_TEST_BUNDLE", test_bundle_dir(&root).join("embed"));
                tallies.push(run_tests("page (chromium)", node, parse_node_test)?);
            }
            Err(Fail(message)) => {
                eprintln!("{message}");
                tallies.push(Tally {
                    runner: "page (chromium)".into(),
                    passed: 0,
                    failed: 1,
                    ok: false,
                });
            }
        }
    }

    // A target that cannot be built counts as one failure, and the summary still prints.
    let (passed, failed) = match fuzz::run_targets(FUZZ_SECONDS_IN_TEST) {
        Ok(outcomes) => outcomes.iter().fold((0, 0), |(p, f), (_, ok)| {
            (p + u64::from(*ok), f + u64::from(!ok))
        }),
        Err(Fail(message)) => {
            eprintln!("{message}");
            (0, 1)
        }
    };
    tallies.push(Tally {
        runner: "fuzz".into(),
        passed,
        failed,
        ok: failed == 0,
    });

    println!();
    println!("summary:");
    let mut all_ok = true;
    let (mut passed, mut failed) = (0, 0);
    for tally in &tallies {
        let empty = tally.passed == 0;
        let verdict = if !tally.ok || tally.failed > 0 {
            "FAILED"
        } else if empty {
            "FAILED (no test ran)"
        } else {
            "ok"
        };
        all_ok &= verdict == "ok";
        passed += tally.passed;
        failed += tally.failed;
        println!(
            "  {:<20} {:>5} passed {:>3} failed  {verdict}",
            tally.runner, tally.passed, tally.failed
        );
    }
    println!("{passed} passed, {failed} failed");
    if all_ok {
        Ok(())
    } else {
        Err(Fail("test: some runner failed or ran no test".into()))
    }
}

/// `tests/e2e/*.test.mjs`, sorted, as paths relative to the root.
fn page_test_files(root: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests/e2e"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".test.mjs"))
                .map(|name| format!("tests/e2e/{name}"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Runs a test command, echoing its standard output while counting results with `parse`.
fn run_tests(
    runner: &str,
    mut command: Command,
    parse: fn(&str) -> Option<(u64, u64)>,
) -> Result<Tally, Fail> {
    println!("\n== {runner} tests");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| Fail(format!("test: cannot start the {runner} tests: {e}")))?;
    let (mut passed, mut failed) = (0, 0);
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some((p, f)) = parse(&line) {
                passed += p;
                failed += f;
            }
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    Ok(Tally {
        runner: runner.to_string(),
        passed,
        failed,
        ok,
    })
}

/// `test result: ok. 3 passed; 0 failed; …` (libtest and wasm-bindgen-test-runner).
fn parse_cargo_test(line: &str) -> Option<(u64, u64)> {
    let rest = line.trim().strip_prefix("test result: ")?;
    Some((
        count_before(rest, " passed")?,
        count_before(rest, " failed")?,
    ))
}

/// `# pass 3` / `# fail 0` (node's test runner, TAP reporter).
fn parse_node_test(line: &str) -> Option<(u64, u64)> {
    let line = line.trim();
    if let Some(n) = line.strip_prefix("# pass ") {
        return Some((n.trim().parse().ok()?, 0));
    }
    if let Some(n) = line.strip_prefix("# fail ") {
        return Some((0, n.trim().parse().ok()?));
    }
    None
}

/// The number right before `word` in `text`.
fn count_before(text: &str, word: &str) -> Option<u64> {
    let end = text.find(word)?;
    let digits: String = text[..end]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

fn status(what: &str, mut command: Command) -> Result<(), Fail> {
    match command.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Fail(format!("{what} failed ({s})"))),
        Err(e) => Err(Fail(format!("{what} could not start: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_cargo_test, parse_node_test};

    #[test]
    fn reads_runner_summaries() {
        let cases: &[(&str, Option<(u64, u64)>)] = &[
            (
                "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
                Some((12, 0)),
            ),
            (
                "test result: FAILED. 3 passed; 2 failed; 0 ignored",
                Some((3, 2)),
            ),
            ("running 4 tests", None),
        ];
        for (line, expected) in cases {
            assert_eq!(parse_cargo_test(line), *expected, "{line}");
        }
        assert_eq!(parse_node_test("# pass 7"), Some((7, 0)));
        assert_eq!(parse_node_test("# fail 1"), Some((0, 1)));
        assert_eq!(parse_node_test("# tests 8"), None);
    }
}
