//! A JSON value tree.
