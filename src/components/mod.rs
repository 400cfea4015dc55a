//! The briefing as Yew function components, one per file.
//!
//! [`Briefing`](briefing::Briefing) is the public component for Yew apps (in a shadow root of
//! its own); [`Widget`](widget::Widget) is the root of each embedded instance (loading, error
//! or briefing); both render [`BriefingView`](briefing_view::BriefingView), which holds the
//! reader's state and lays out the parts.
//!
//! Rendering makes no browser calls: what needs the page (focus, timing marks, the print
//! listener, the shadow root) happens in effects, so the same tree renders anywhere.
//! Components take the report behind an `Rc` and compare their props cheaply; a list passes
//! one shared callback and each row its index, so a change renders only the rows it touches.

pub mod actor_buttons;
pub mod briefing;
pub mod briefing_view;
pub mod error_panel;
pub mod footer;
pub mod header;
pub mod key_points;
pub mod lang_toggle;
pub mod loading;
pub mod passage;
pub mod quote_card;
pub mod quote_list;
pub mod relation_item;
pub mod relation_list;
pub mod relation_map;
pub mod relation_summary;
pub mod relations;
pub mod story;
pub mod widget;

use std::cell::Cell;

use std::rc::Rc;

use briefing_core::validate::ValidReport;

/// A validated report, shared by every component of one briefing.
pub type SharedReport = Rc<ValidReport>;

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// A number no other briefing on this page has, for element ids.
pub fn next_instance() -> u32 {
    NEXT_INSTANCE.with(|next| {
        let instance = next.get();
        next.set(instance.wrapping_add(1));
        instance
    })
}

/// An element id unique on the page: `b{instance}-{name}`.
pub fn element_id(instance: u32, name: &str) -> String {
    format!("b{instance}-{name}")
}

/// `"true"` or `"false"`, for ARIA states and data attributes.
pub fn flag(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}
