//! `cargo xtask`: the project's own commands (set-up, demo server, tests, release build).
//!
//! Std only, so that the first `cargo xtask` on a fresh machine compiles in seconds.

mod bench;
mod fuzz;
mod ingest_eval;
mod names;
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
  size [--out DIR]  release build of the embed bundle into DIR/embed/ (default dist), its raw, gzip
           and brotli bytes; fails when the brotli total is over 60 KiB (61440 bytes)
  screenshots  dist, then the README's screenshots of the demo into docs/
  fuzz [SECONDS]  each fuzz target of fuzz/ for SECONDS (default 60); installs nightly and cargo-fuzz
  ingest-eval DIR  ingestion scored against the facts files beside DIR's transcripts
  embed-hook   (run by trunk after each build) the embed bundle into the staging folder's embed/";

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
        .args(["serve", "--offline", "--address", "127.0.0.1", "--port", "8080"])
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
    trunk.args(["build", "--release", "--offline"]).current_dir(&root).env("PATH", &tools.path);
    status("trunk build", trunk)?;
    println!("dist: demo in dist/, embed bundle in dist/embed/");
    Ok(())
}

/// Builds the embed bundle into `OUT/embed/` with stable names: the library alone (no demo
/// features), wasm-bindgen for the web, wasm-opt in release, the loader and the schema. Trunk
/// runs this after each build of the demo, so `serve` and `dist` both carry the bundle.
///
/// A release build uses the pinned nightly: the standard library is rebuilt for size, and a
/// panic is a plain trap (no panic machinery, messages or file names in the bundle). The
/// loader's guard contains a trap (see [`guard_exports`]). A debug build stays on stable.
fn embed(out: &Path, release: bool, features: &[&str]) -> Result<(), Fail> {
    let root = project_root();
    let path = setup::tool_path(&root);
    let mut cargo = if release {
        setup::ensure_nightly()?;
        let mut cargo = Command::new("cargo");
        cargo
            .arg(format!("+{}", setup::NIGHTLY))
            .env("PATH", &path)
            .env("CARGO_TARGET_DIR", nightly_target_dir(&root))
            .env("RUSTFLAGS", RELEASE_RUSTFLAGS);
        cargo
    } else {
        Command::new(env!("CARGO"))
    };
    cargo
        .args(["build", "--lib", "--package", "briefing-widget", "--target", "wasm32-unknown-unknown"])
        .current_dir(&root);
    if release {
        cargo.args(["--release", "-Z", "build-std=std,panic_abort", "-Z", "build-std-features=optimize_for_size"]);
    }
    if !features.is_empty() {
        cargo.args(["--features", &features.join(",")]);
    }
    status("cargo build (embed)", cargo)?;

    let embed = out.join("embed");
    std::fs::create_dir_all(&embed).map_err(|e| Fail(format!("embed: {}: {e}", embed.display())))?;
    let wasm = if release {
        nightly_target_dir(&root).join("wasm32-unknown-unknown/release/briefing_widget.wasm")
    } else {
        target_dir(&root).join("wasm32-unknown-unknown/debug/briefing_widget.wasm")
    };
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--no-typescript", "--out-name", "briefing"])
        // The loader always names the module's URL, and every browser the widget supports has
        // `TextEncoder.encodeInto`: the glue needs neither fallback.
        .args(["--omit-default-module-path", "--encode-into", "always", "--out-dir"])
        .arg(&embed)
        .arg(&wasm)
        .env("PATH", &path);
    status("wasm-bindgen", bindgen)?;
    let glue = embed.join("briefing.js");
    let module = embed.join("briefing_bg.wasm");
    let read_error = |file: &Path, e: std::io::Error| Fail(format!("embed: {}: {e}", file.display()));
    let mut js = decode_short_strings_by_hand(&std::fs::read_to_string(&glue).map_err(|e| read_error(&glue, e))?)?;

    let exports = if release {
        let mut wasm_opt = Command::new("wasm-opt");
        wasm_opt
            // A function with one caller is inlined only when small (25 bytes): the default,
            // always, merges most of the module into a few huge functions that compress worse.
            // Functions ordered by name put the copies of one generic function side by side,
            // where the compressor finds their likeness (README, Size).
            .args(["-Oz", "--converge", "--one-caller-inline-max-function-size", "25"])
            .arg("--reorder-functions-by-name")
            .args(["--strip-debug", "--strip-producers"])
            .arg(&module)
            .arg("-o")
            .arg(&module)
            .env("PATH", &path);
        status("wasm-opt", wasm_opt)?;
        let renamed = names::shorten(&std::fs::read(&module).map_err(|e| read_error(&module, e))?)?;
        js = names::rename_in_glue(&js, &renamed)?;
        std::fs::write(&module, &renamed.wasm).map_err(|e| read_error(&module, e))?;
        renamed.exports
    } else {
        let exports = names::exports(&std::fs::read(&module).map_err(|e| read_error(&module, e))?)?;
        exports.into_iter().map(|name| (name.clone(), name)).collect()
    };
    std::fs::write(&glue, guard_exports(&js, &exports)?).map_err(|e| read_error(&glue, e))?;

    for (from, to) in [("www/embed.js", "embed.js"), ("www/schema/briefing-1.json", "briefing-1.json")] {
        std::fs::copy(root.join(from), embed.join(to))
            .map_err(|e| Fail(format!("embed: copying {from}: {e}")))?;
    }
    if release {
        // What readers download is minified, like any script a page ships.
        for script in ["briefing.js", "embed.js"] {
            let file = embed.join(script);
            let mut terser = Command::new("terser");
            terser.arg(&file).args(["--module", "--compress", "--mangle", "-o"]).arg(&file).env("PATH", &path);
            status("terser", terser)?;
        }
    }
    Ok(())
}

/// How wasm-bindgen 0.2.130 (pinned in Cargo.toml) reads a string out of the module's memory.
const GET_STRING: &str = "function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}";

/// The same, with short strings decoded by hand. Most strings the widget hands the DOM are
/// short (tags, classes, attribute names and values, ids, names), and for those
/// `TextDecoder`'s fixed cost per call, plus a typed-array view each, is most of the time of a
/// render; long text still goes through `TextDecoder`. The module's strings are Rust strings,
/// always valid UTF-8.
const GET_STRING_FAST: &str = "function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    if (len <= 48) {
        const bytes = getUint8ArrayMemory0();
        let text = '';
        for (let i = ptr, end = ptr + len; i < end;) {
            const lead = bytes[i++];
            if (lead < 0x80) {
                text += String.fromCharCode(lead);
            } else if (lead < 0xe0) {
                text += String.fromCharCode(((lead & 0x1f) << 6) | (bytes[i++] & 0x3f));
            } else if (lead < 0xf0) {
                text += String.fromCharCode(((lead & 0x0f) << 12) | ((bytes[i++] & 0x3f) << 6) | (bytes[i++] & 0x3f));
            } else {
                text += String.fromCodePoint(((lead & 0x07) << 18) | ((bytes[i++] & 0x3f) << 12)
                    | ((bytes[i++] & 0x3f) << 6) | (bytes[i++] & 0x3f));
            }
        }
        return text;
    }
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}";

/// `briefing.js` with [`GET_STRING_FAST`]; an error when the glue no longer has the function
/// it replaces (a new wasm-bindgen), so that the change is never silently lost.
fn decode_short_strings_by_hand(js: &str) -> Result<String, Fail> {
    if js.matches(GET_STRING).count() != 1 {
        return Err(Fail(
            "embed: briefing.js has no single getStringFromWasm0 as wasm-bindgen 0.2.130 writes it; \
             update GET_STRING in xtask for this wasm-bindgen"
                .into(),
        ));
    }
    Ok(js.replacen(GET_STRING, GET_STRING_FAST, 1))
}

/// How wasm-bindgen 0.2.130 takes the instance's exports.
const TAKE_EXPORTS: &str = "    wasm = instance.exports;\n";

/// The exports behind a guard, and `onFault` for the loader. A trap, or any exception that
/// leaves the module mid-call, can leave its memory in any state (a panic is a trap in the
/// release build); from then on every call throws at once instead of entering the module,
/// and `onFault` listeners (the loader's, which draws each widget's error panel) hear of it.
/// Errors a function returns by design are thrown by the glue after the call, not from it.
/// The allocator and table helpers the glue calls around every call stay unguarded.
const GUARD: &str = r#"
let failed = false;
let fault = null;
const faultListeners = [];
const UNGUARDED = new Set(UNGUARDED_NAMES);
const CLEANUP = new Set(CLEANUP_NAMES);
function guard(exports) {
    const guarded = {};
    for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function' || UNGUARDED.has(name)) {
            guarded[name] = value;
            continue;
        }
        // Freeing what JavaScript no longer holds is skipped quietly once the module is gone.
        const cleanup = CLEANUP.has(name);
        guarded[name] = function (...args) {
            if (failed) {
                if (cleanup) return undefined;
                throw new Error('briefing-widget stopped after an internal error');
            }
            try {
                return value.apply(this, args);
            } catch (error) {
                if (!failed) {
                    failed = true;
                    fault = error;
                    for (const listener of faultListeners) {
                        try { listener(error); } catch (_) { /* one listener's failure stops no other */ }
                    }
                }
                throw error;
            }
        };
    }
    return guarded;
}

/** Calls `listener` with the error once the module has failed; at once if it already has. */
export function onFault(listener) {
    if (failed) listener(fault);
    else faultListeners.push(listener);
}
"#;

/// `briefing.js` with its exports behind [`GUARD`]; `exports` pairs each export's name from
/// wasm-bindgen with its name in the module (the same in a debug build). An error when the glue
/// no longer takes its exports as wasm-bindgen 0.2.130 does.
fn guard_exports(js: &str, exports: &[(String, String)]) -> Result<String, Fail> {
    if js.matches(TAKE_EXPORTS).count() != 1 {
        return Err(Fail(
            "embed: briefing.js does not take the instance's exports as wasm-bindgen 0.2.130 does; \
             update TAKE_EXPORTS in xtask for this wasm-bindgen"
                .into(),
        ));
    }
    // The allocator and table helpers the glue calls around every call; freeing what
    // JavaScript dropped.
    let helper = |name: &str| {
        matches!(
            name,
            "memory"
                | "__wbindgen_malloc"
                | "__wbindgen_realloc"
                | "__wbindgen_free"
                | "__wbindgen_exn_store"
                | "__wbindgen_externrefs"
                | "__externref_table_alloc"
                | "__externref_table_dealloc"
        )
    };
    let cleanup = |name: &str| name.contains("destroy_closure") || name.ends_with("_free");
    let list = |keep: &dyn Fn(&str) -> bool| {
        let names: Vec<String> =
            exports.iter().filter(|(old, _)| keep(old)).map(|(_, new)| format!("'{new}'")).collect();
        format!("[{}]", names.join(", "))
    };
    let guard = GUARD.replace("UNGUARDED_NAMES", &list(&helper)).replace("CLEANUP_NAMES", &list(&cleanup));
    Ok(js.replacen(TAKE_EXPORTS, "    wasm = guard(instance.exports);\n", 1) + &guard)
}

/// Trunk's post-build hook: the staging folder and profile come from trunk's environment.
fn embed_hook() -> Result<(), Fail> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .ok_or_else(|| Fail("embed-hook: run by trunk (TRUNK_STAGING_DIR is not set)".into()))?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    embed(Path::new(&staging), release, &[])
}

/// Where the page-level tests find a release bundle built with the `test-panic` feature (a
/// way to force a panic), kept out of `dist/` so that it is never shipped.
fn test_bundle_dir(root: &Path) -> PathBuf {
    target_dir(root).join("e2e")
}

/// The release embed build's own target folder: nightly artifacts apart from stable ones.
fn nightly_target_dir(root: &Path) -> PathBuf {
    target_dir(root).join("nightly")
}

/// The flags of the release embed build: panics trap at once, and neither file names nor
/// `Debug` output are compiled in (no message of the widget uses `{:?}`).
const RELEASE_RUSTFLAGS: &str = "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none";

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
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
    clippy.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]).current_dir(&root);
    let ok = clippy.status().is_ok_and(|s| s.success());
    tallies.push(Tally { runner: "clippy".into(), passed: u64::from(ok), failed: u64::from(!ok), ok });

    let mut native = Command::new(env!("CARGO"));
    native.args(["test", "--workspace"]).current_dir(&root);
    tallies.push(run_tests("native", native, parse_cargo_test)?);

    println!("\n== ingest-eval");
    let ok = ingest_eval::evaluate(&root.join(ingest_eval::FIXTURES)).map_err(|Fail(m)| eprintln!("{m}")).is_ok();
    tallies.push(Tally { runner: "ingest-eval".into(), passed: u64::from(ok), failed: u64::from(!ok), ok });

    for (browser, variable, driver) in [
        ("chromium", "CHROMEDRIVER", &tools.chromedriver),
        ("firefox", "GECKODRIVER", &tools.geckodriver),
    ] {
        let mut wasm = Command::new(env!("CARGO"));
        wasm.args(["test", "--package", "briefing-widget", "--target", "wasm32-unknown-unknown"])
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
                tallies.push(Tally { runner: "page (chromium)".into(), passed: 0, failed: 1, ok: false });
            }
        }
    }

    // A target that cannot be built counts as one failure, and the summary still prints.
    let (passed, failed) = match fuzz::run_targets(FUZZ_SECONDS_IN_TEST) {
        Ok(outcomes) => outcomes.iter().fold((0, 0), |(p, f), (_, ok)| (p + u64::from(*ok), f + u64::from(!ok))),
        Err(Fail(message)) => {
            eprintln!("{message}");
            (0, 1)
        }
    };
    tallies.push(Tally { runner: "fuzz".into(), passed, failed, ok: failed == 0 });

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
        println!("  {:<20} {:>5} passed {:>3} failed  {verdict}", tally.runner, tally.passed, tally.failed);
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
    Ok(Tally { runner: runner.to_string(), passed, failed, ok })
}

/// `test result: ok. 3 passed; 0 failed; …` (libtest and wasm-bindgen-test-runner).
fn parse_cargo_test(line: &str) -> Option<(u64, u64)> {
    let rest = line.trim().strip_prefix("test result: ")?;
    Some((count_before(rest, " passed")?, count_before(rest, " failed")?))
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
    let digits: String =
        text[..end].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
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
            ("test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out", Some((12, 0))),
            ("test result: FAILED. 3 passed; 2 failed; 0 ignored", Some((3, 2))),
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
