//! Transcript ingestion.
