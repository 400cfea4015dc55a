//! The Yew components a reader sees, and the plain state behind them.
//!
//! One component per file. Components only render and wire callbacks; what changes on a
//! reader's action is decided in [`state`], and every interface string comes from [`text`].

pub mod briefing;
pub mod decimal;
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

pub use widget::{Failure, FailureKind, Phase, Widget, WidgetProps};

use briefing_core::validate::ValidReport;
use std::ops::Deref;
use std::rc::Rc;

/// A validated report shared by the components of one widget. Props compare it by
/// pointer: a report never changes once validated, so this is both right and cheap.
#[derive(Clone, Debug)]
pub struct SharedReport(pub Rc<ValidReport>);

impl PartialEq for SharedReport {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedReport {
    type Target = ValidReport;

    fn deref(&self) -> &ValidReport {
        &self.0
    }
}
