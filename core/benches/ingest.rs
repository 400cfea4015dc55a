//! Native ingestion benchmark: one transcript of about 1 MB, timed with `Instant`.
//!
//! The transcript is the seed fixture's anchor section, then its report paragraphs and
//! speaker blocks repeated up to the target size, then its sign-off: the shape of a real
//! story, only longer. Run with
//! `cargo bench -p briefing-core --features ingest --bench ingest`; it prints
//! `ingest_1mb: N.NN ms (median of 15)` after 3 warm-up runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use briefing_core::ingest::{ingest, IngestInput, MAX_TRANSCRIPT_BYTES};

const SEED: &str = include_str!("../tests/fixtures/transcripts/seed.en.txt");

/// 1 MB in decimal bytes; the transcript limit (1 MiB) is above it, so the benchmark
/// measures the size it is named for.
const TARGET_BYTES: usize = 1_000_000;
const WARM_UP: usize = 3;
const RUNS: usize = 15;

/// The seed split into what comes before the `[Report]` tag, the report itself, and the
/// sign-off line with the page chrome after it.
fn seed_parts() -> Result<(&'static str, &'static str, &'static str), String> {
    let report = SEED.find("[Report]").ok_or("the seed has no [Report] tag")?;
    let signoff = SEED.rfind("KBS News,").ok_or("the seed has no sign-off")?;
    let (head, rest) = SEED.split_at(report);
    let (body, tail) = rest.split_at(signoff - report);
    let body = body.trim_start_matches("[Report]");
    Ok((head, body, tail))
}

/// The seed with its report repeated up to `target` bytes (never over the limit).
fn transcript(target: usize) -> Result<String, String> {
    let (head, body, tail) = seed_parts()?;
    let target = target.min(MAX_TRANSCRIPT_BYTES);
    let mut text = String::with_capacity(target);
    text.push_str(head);
    text.push_str("[Report]\n\n");
    while text.len() + body.len() + tail.len() <= target {
        text.push_str(body);
    }
    text.push_str(tail);
    Ok(text)
}

fn main() -> Result<(), String> {
    let text = transcript(TARGET_BYTES)?;
    let input = IngestInput { en: Some(&text), date_published: Some("2024-10-16"), ..IngestInput::default() };
    let run = || -> Result<Duration, String> {
        let start = Instant::now();
        let out = ingest(black_box(&input)).map_err(|e| format!("the benchmark transcript does not ingest: {e}"))?;
        let elapsed = start.elapsed();
        black_box(out);
        Ok(elapsed)
    };
    for _ in 0..WARM_UP {
        run()?;
    }
    let mut times = (0..RUNS).map(|_| run()).collect::<Result<Vec<_>, _>>()?;
    times.sort();
    let median = times.get(RUNS / 2).copied().unwrap_or_default();
    eprintln!("transcript: {} bytes (limit {MAX_TRANSCRIPT_BYTES})", text.len());
    println!("ingest_1mb: {:.2} ms (median of {RUNS})", median.as_secs_f64() * 1000.0);
    Ok(())
}
