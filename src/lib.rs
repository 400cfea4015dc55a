//! briefing-widget: a structured, bilingual briefing of a news story, built with direct DOM
//! calls into a shadow root of any host page.
//!
//! [`embed`] finds and mounts widgets (the `<briefing-widget>` element, `[data-briefing]`
//! elements and the JavaScript `mount` API); [`ui`] builds the briefing and holds its state.
//! Reports are validated by `briefing-core` before any part of the interface sees them.
//!
//! A panic would take down every widget on the host page, so outside tests nothing here may
//! unwrap, expect, panic or index in a way that data could make fail.
//!
//! Functions of more than a few lines are marked `#[inline(never)]` (here and in core's
//! validation). LLVM inlines every function that has a single caller, which merges most of the
//! module into a few huge functions; kept apart, the same code compresses about 1 KB smaller
//! (README, Size), and a call costs nothing a reader would notice.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

#[cfg(feature = "demo")]
mod demo;
pub mod embed;
mod later;
pub mod ui;

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs when the module is instantiated: mounts every widget already in the page.
#[wasm_bindgen(start)]
pub fn start() {
    embed::start();
    #[cfg(feature = "demo")]
    demo::start();
}

/// The heap of the wasm build: talc instead of the standard library's dlmalloc, for size
/// (README, Size). The module is single-threaded, which this allocator requires.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
