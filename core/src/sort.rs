//! Sorting through one small, non-generic routine.
//!
//! Every `sort_unstable_by` of the standard library is compiled anew for each element type
//! and comparison, and each copy is several kilobytes of WebAssembly. The widget sorts only
//! short lists (ids, actors, map edges), so one merge sort of positions, shared by every
//! caller, does the work at a fraction of the size. It is stable: equal items keep their
//! order.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives them (stable).
pub fn order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut scratch = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            merge(&order, &mut scratch, start, middle, end, compare);
            start = end;
        }
        std::mem::swap(&mut order, &mut scratch);
        width *= 2;
    }
    order
}

/// Merges the sorted runs `from[start..middle]` and `from[middle..end]` into `into`.
fn merge(
    from: &[usize],
    into: &mut [usize],
    start: usize,
    middle: usize,
    end: usize,
    compare: &dyn Fn(usize, usize) -> Ordering,
) {
    let (mut left, mut right) = (start, middle);
    for slot in into.iter_mut().take(end).skip(start) {
        let left_item = from.get(left).filter(|_| left < middle);
        let right_item = from.get(right).filter(|_| right < end);
        // The left run wins ties, which keeps the sort stable.
        let take_right = match (left_item, right_item) {
            (Some(&l), Some(&r)) => compare(r, l) == Ordering::Less,
            (None, Some(_)) => true,
            _ => false,
        };
        let source = if take_right { &mut right } else { &mut left };
        if let Some(&position) = from.get(*source) {
            *slot = position;
        }
        *source += 1;
    }
}

/// `items` sorted by `compare` (stable).
pub fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    // Plain loops: collecting from a vector's own iterator compiles its in-place machinery anew
    // for every item type.
    let mut slots: Vec<Option<T>> = Vec::with_capacity(items.len());
    for item in items {
        slots.push(Some(item));
    }
    let mut sorted = Vec::with_capacity(slots.len());
    for position in order {
        if let Some(item) = slots.get_mut(position).and_then(Option::take) {
            sorted.push(item);
        }
    }
    sorted
}

/// `items` sorted by the key `key` gives each (stable).
pub fn sorted_by_key<T, K: Ord>(items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    sorted_by(items, |a, b| key(a).cmp(&key(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 5, 8, 13, 64, 100, 257] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            assert_eq!(sorted_by_key(items, |item| item.0), expected, "{len} items");
        }
    }

    #[test]
    fn orders_positions() {
        let words = ["pear", "apple", "fig", "apple"];
        assert_eq!(order(words.len(), &|a, b| words[a].cmp(words[b])), [1, 3, 2, 0]);
    }
}
