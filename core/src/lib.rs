//! The `briefing/1` report format: its model, its validation and transcript ingestion.
//!
//! Pure Rust with no browser or I/O dependencies: the widget and the `briefing` CLI are
//! thin shells around it.

pub mod model;
pub mod validate;
pub mod value;

#[cfg(feature = "schema")]
pub mod schema;

#[cfg(feature = "ingest")]
pub mod ingest;
