//! User Timing marks, so that a page (or a benchmark, or the browser's profiler) can see when
//! a widget started, validated its report and committed a render. Marks cost microseconds;
//! when the browser has no `performance`, nothing happens.
//!
//! | name | when |
//! | --- | --- |
//! | `briefing:start` | a widget is mounted |
//! | `briefing:validated` | its report passed validation |
//! | `briefing:rendered` | a render of a ready briefing is committed to the DOM (after every render: first, language switch, expand all, …) |
//! | `briefing:settled` | a render is committed after which every quote card is in the DOM, showing what the reader asked for (a long list renders a chunk of cards per render, see [`crate::progressive`]) |
//! | `briefing:first-render` | a measure from the last `briefing:start` to the first `briefing:rendered` |

/// A widget is mounted.
pub const START: &str = "briefing:start";
/// Its report passed validation.
pub const VALIDATED: &str = "briefing:validated";
/// A render of a ready briefing is in the DOM.
pub const RENDERED: &str = "briefing:rendered";
/// A render is in the DOM and no quote card is pending.
pub const SETTLED: &str = "briefing:settled";
/// From [`START`] to the first [`RENDERED`].
pub const FIRST_RENDER: &str = "briefing:first-render";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Marks `name` now.
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Measures from the mark `start` to the mark `end` under `name`.
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(performance) = performance() {
        let _ = performance.measure_with_start_mark_and_end_mark(name, start, end);
    }
}
