//! Collecting an iterator into a vector with a plain `for_each`.
//!
//! `collect::<Vec<_>>()` specialises on its iterator (trusted lengths, reuse of the source
//! vector's allocation, nested folds), and every call site compiles its own copy of that
//! machinery: in the widget that was several kilobytes. [`Gather::gather`] reserves what the
//! iterator promises and pushes each item, which is all the widget's short lists need. Which
//! form is smaller after compression is measured, site by site (README, Size).

/// [`Iterator::collect`] into a `Vec`, compiled small.
pub trait Gather: Iterator + Sized {
    /// The items, in order, in a new vector.
    ///
    /// ```
    /// use briefing_core::gather::Gather;
    ///
    /// assert_eq!((1..4).map(|n| n * 10).gather(), vec![10, 20, 30]);
    /// ```
    fn gather(self) -> Vec<Self::Item> {
        let mut items = Vec::with_capacity(self.size_hint().0);
        self.for_each(|item| items.push(item));
        items
    }
}

impl<I: Iterator> Gather for I {}
