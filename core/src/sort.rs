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
pub fn sorted_by<T>(mut items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    // The items move by swaps worked out without knowing their type, so that each item type
    // adds only a loop of swaps.
    for (a, b) in swaps(&order) {
        items.swap(a, b);
    }
    items
}

/// The swaps that put the item at `order[k]` in place `k`, for every `k`: each cycle of the
/// permutation is followed once.
fn swaps(order: &[usize]) -> Vec<(usize, usize)> {
    let mut done = vec![false; order.len()];
    let mut swaps = Vec::with_capacity(order.len());
    for start in 0..order.len() {
        let mut at = start;
        while !done.get(at).copied().unwrap_or(true) {
            if let Some(flag) = done.get_mut(at) {
                *flag = true;
            }
            let Some(&from) = order.get(at) else { break };
            if from == start {
                break;
            }
            swaps.push((at, from));
            at = from;
        }
    }
    swaps
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
