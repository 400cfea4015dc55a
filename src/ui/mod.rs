//! What a reader sees, built with direct DOM calls, and the plain state behind it.
//!
//! One part of the briefing per file; each builds its elements once and registers what a
//! language switch rewrites. What changes on a reader's action is decided in [`state`], and
//! every interface string comes from [`text`].

pub mod briefing;
pub mod decimal;
pub mod dom;
pub mod error_panel;
pub mod footer;
pub mod header;
pub mod key_points;
pub mod map_layout;
pub mod passage;
pub mod quote_card;
pub mod quote_list;
pub mod relation_index;
pub mod relation_map;
pub mod relations;
pub mod state;
pub mod story;
pub mod text;
pub mod timing;
pub mod widget;

pub use widget::{Failure, FailureKind, Widget};
