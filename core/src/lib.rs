//! The `briefing/1` report format: its model, its validation and transcript ingestion.
//!
//! Pure Rust with no browser or I/O dependencies: the widget and the `briefing` CLI are
//! thin shells around it.
//!
//! A panic would take down every widget on a page, so outside tests nothing here may
//! unwrap, expect, panic or index in a way that input data could make fail.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod model;
pub mod validate;
pub mod value;

#[cfg(feature = "schema")]
pub mod schema;

#[cfg(feature = "ingest")]
pub mod ingest;
