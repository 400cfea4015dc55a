//! The briefing widget.
