//! `cargo xtask size`: builds the embed bundle in release and holds it to its size budget.
//!
//! What counts is what a host's readers download: `embed.js`, `briefing.js` and
//! `briefing_bg.wasm`, compressed as a CDN serves them. Node's zlib measures gzip (level 9)
//! and brotli (quality 11), so xtask stays std-only; `xtask/size.mjs` does the compressing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{bind, embed, project_root, setup, status, target_dir, Fail};

/// The budget for the brotli-compressed total of the files a host downloads: 128 KiB. The goal
/// is 100 KiB ([`GOAL_BYTES`]); the command reports it but fails only over the budget.
pub const BUDGET_BYTES: u64 = 128 * 1024;
/// What the bundle aims at, within the budget.
pub const GOAL_BYTES: u64 = 100 * 1024;

/// The files a host's readers download, in load order.
const DOWNLOADED: [&str; 3] = ["embed.js", "briefing.js", "briefing_bg.wasm"];

/// One file's size three ways, in bytes.
struct Sizes {
    name: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

/// Builds the bundle into `OUT/embed/` (`--out OUT`, default `dist`), prints the table and
/// fails when the brotli total is over [`BUDGET_BYTES`].
pub fn run(args: &[String]) -> Result<(), Fail> {
    let root = project_root();
    let usage = || Fail("usage: cargo xtask size [--out DIR] [--floor]".into());
    let (mut out, mut floor_only) = (root.join("dist"), false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = PathBuf::from(args.next().ok_or_else(usage)?),
            "--floor" => floor_only = true,
            _ => return Err(usage()),
        }
    }
    let tools = setup::run()?;
    if floor_only {
        return floor(&out, &tools.path);
    }
    embed(&out, true, &[])?;
    let sizes = measure(&out.join("embed"), &tools.path)?;
    print!("{}", table(&sizes));
    let total: u64 = sizes.iter().map(|s| s.brotli).sum();
    if total > BUDGET_BYTES {
        Err(Fail(format!(
            "size: brotli total {total} bytes is over the budget of {BUDGET_BYTES} bytes (128 KiB) by {} bytes",
            total - BUDGET_BYTES
        )))
    } else {
        let goal = if total <= GOAL_BYTES {
            "within"
        } else {
            "over"
        };
        println!(
            "size: brotli total {total} bytes is within the budget of {BUDGET_BYTES} bytes (128 KiB), {goal} the goal of {GOAL_BYTES} bytes (100 KiB)"
        );
        Ok(())
    }
}

/// The crate that measures the stack's floor: Yew and the other crates of the widget, used
/// once each, with none of the briefing.
const FLOOR_CRATE: &str = "docs/size-floor";

/// Builds [`FLOOR_CRATE`] as the bundle is built (the same release profile, wasm-bindgen,
/// `wasm-opt -Oz`) into `OUT/size-floor/` and prints the same table; no budget applies.
fn floor(out: &Path, path: &str) -> Result<(), Fail> {
    let root = project_root();
    let target = target_dir(&root).join("size-floor");
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "--manifest-path"])
        .arg(root.join(FLOOR_CRATE).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .current_dir(&root);
    status("cargo build (size floor)", cargo)?;
    let wasm = target.join("wasm32-unknown-unknown/release/size_floor.wasm");
    let dir = out.join("size-floor");
    bind(&wasm, &dir, "floor", true, path)?;
    let sizes = measure_files(&[dir.join("floor.js"), dir.join("floor_bg.wasm")], path)?;
    print!("{}", table(&sizes));
    let total: u64 = sizes.iter().map(|s| s.brotli).sum();
    println!(
        "size: the stack's floor is {total} bytes brotli, {}% of the budget of {BUDGET_BYTES} bytes",
        total * 100 / BUDGET_BYTES
    );
    Ok(())
}

/// Compresses each file a host downloads from `embed`.
fn measure(embed: &Path, path: &str) -> Result<Vec<Sizes>, Fail> {
    let files: Vec<PathBuf> = DOWNLOADED.iter().map(|name| embed.join(name)).collect();
    measure_files(&files, path)
}

/// Compresses each of `files` with node and reads back `name raw gzip brotli` lines.
fn measure_files(files: &[PathBuf], path: &str) -> Result<Vec<Sizes>, Fail> {
    let output = Command::new("node")
        .arg(project_root().join("xtask/size.mjs"))
        .args(files)
        .env("PATH", path)
        .output()
        .map_err(|e| Fail(format!("size: node could not start: {e}")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Fail(format!(
            "size: measuring failed ({}): {stderr}",
            output.status
        )));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(parse_line)
        .collect()
}

fn parse_line(line: &str) -> Result<Sizes, Fail> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let number = |text: &str| {
        text.parse::<u64>()
            .map_err(|_| Fail(format!("size: unreadable line {line:?}")))
    };
    match fields.as_slice() {
        [name, raw, gzip, brotli] => Ok(Sizes {
            name: (*name).to_string(),
            raw: number(raw)?,
            gzip: number(gzip)?,
            brotli: number(brotli)?,
        }),
        _ => Err(Fail(format!("size: unreadable line {line:?}"))),
    }
}

/// The table: one row per file, then the total; every number in bytes.
fn table(sizes: &[Sizes]) -> String {
    let mut text = format!(
        "{:<18} {:>10} {:>10} {:>10}\n",
        "file (bytes)", "raw", "gzip", "brotli"
    );
    let mut total = Sizes {
        name: "total".into(),
        raw: 0,
        gzip: 0,
        brotli: 0,
    };
    for size in sizes {
        text.push_str(&row(size));
        total.raw += size.raw;
        total.gzip += size.gzip;
        total.brotli += size.brotli;
    }
    text.push_str(&row(&total));
    text
}

fn row(size: &Sizes) -> String {
    format!(
        "{:<18} {:>10} {:>10} {:>10}\n",
        size.name, size.raw, size.gzip, size.brotli
    )
}

#[cfg(test)]
mod tests {
    use super::{parse_line, table};

    #[test]
    fn reads_node_lines_and_totals_them() {
        let sizes: Vec<_> = [
            "embed.js 2000 900 700",
            "briefing_bg.wasm 100000 40000 30000",
        ]
        .into_iter()
        .map(parse_line)
        .collect::<Result<_, _>>()
        .unwrap_or_default();
        let text = table(&sizes);
        assert!(
            text.lines().last().is_some_and(|l| l
                .split_whitespace()
                .eq(["total", "102000", "40900", "30700"])),
            "{text}"
        );
        assert!(parse_line("embed.js 12").is_err());
    }
}
