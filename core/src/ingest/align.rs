//! Aligning the English and Korean transcripts of one story, by structure rather than by
//! words: the two are translations, so sections, the order of paragraphs and the order of
//! speaker blocks line up even when sentences do not.
//!
//! A small global alignment (Needleman–Wunsch) over the item sequences pairs paragraphs
//! with paragraphs and quotes with quotes, rewarding the same section and, for quotes, the
//! same speaker position. Items left unpaired are reported with both files' line numbers.

use super::error::{AlignWarning, Lang};
use super::parse::{Item, ItemKind, Section, Transcript};

/// One aligned step: an item of either language or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Index into the English items.
    pub en: Option<usize>,
    /// Index into the Korean items.
    pub ko: Option<usize>,
}

/// Beyond this many cells the alignment falls back to pairing in order, which is linear.
const MAX_CELLS: usize = 4_000_000;

fn is_quote(item: &Item) -> bool {
    matches!(item.kind, ItemKind::Quote(_))
}

fn speaker_of(item: &Item) -> Option<usize> {
    match &item.kind {
        ItemKind::Quote(q) => q.speaker,
        ItemKind::Paragraph(_) => None,
    }
}

fn score(a: &Item, b: &Item) -> Option<i64> {
    if is_quote(a) != is_quote(b) {
        return None;
    }
    let mut s = if a.section == b.section { 3 } else { 1 };
    if is_quote(a) && speaker_of(a).is_some() && speaker_of(a) == speaker_of(b) {
        s += 2;
    }
    if a.section == Section::Signoff && b.section == Section::Signoff {
        s += 2;
    }
    Some(s)
}

/// Aligns the items of two transcripts; returns the pairs in story order and warnings for
/// what does not line up.
pub fn align(en: &Transcript, ko: &Transcript) -> (Vec<Pair>, Vec<AlignWarning>) {
    let (n, m) = (en.items.len(), ko.items.len());
    let pairs = if n.saturating_mul(m) > MAX_CELLS {
        in_order(n, m)
    } else {
        global(&en.items, &ko.items)
    };
    let mut warnings = Vec::new();
    let mut last_en_line: Option<usize> = None;
    let mut last_ko_line: Option<usize> = None;
    for pair in &pairs {
        let en_item = pair.en.and_then(|i| en.items.get(i));
        let ko_item = pair.ko.and_then(|i| ko.items.get(i));
        match (en_item, ko_item) {
            (Some(a), Some(b)) => {
                if is_quote(a) && speaker_of(a) != speaker_of(b) {
                    warnings.push(AlignWarning::SpeakerOrder { en_line: a.line, ko_line: b.line });
                }
                last_en_line = Some(a.line);
                last_ko_line = Some(b.line);
            }
            (Some(a), None) => {
                warnings.push(AlignWarning::Unmatched { lang: Lang::En, line: a.line, near: last_ko_line, what: what(a) });
                last_en_line = Some(a.line);
            }
            (None, Some(b)) => {
                warnings.push(AlignWarning::Unmatched { lang: Lang::Ko, line: b.line, near: last_en_line, what: what(b) });
                last_ko_line = Some(b.line);
            }
            (None, None) => {}
        }
    }
    (pairs, warnings)
}

fn what(item: &Item) -> &'static str {
    if is_quote(item) {
        "quote"
    } else {
        "paragraph"
    }
}

fn in_order(n: usize, m: usize) -> Vec<Pair> {
    (0..n.max(m))
        .map(|i| Pair { en: (i < n).then_some(i), ko: (i < m).then_some(i) })
        .collect()
}

fn global(a: &[Item], b: &[Item]) -> Vec<Pair> {
    const GAP: i64 = -1;
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    let mut table = vec![0i64; (n + 1) * width];
    let cell = |i: usize, j: usize| i * width + j;
    for i in 0..=n {
        if let Some(c) = table.get_mut(cell(i, 0)) {
            *c = GAP * i as i64;
        }
    }
    for j in 0..=m {
        if let Some(c) = table.get_mut(cell(0, j)) {
            *c = GAP * j as i64;
        }
    }
    let at = |t: &Vec<i64>, i: usize, j: usize| t.get(cell(i, j)).copied().unwrap_or(i64::MIN / 4);
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            let diag = score(x, y).map_or(i64::MIN / 4, |s| at(&table, i, j) + s);
            let up = at(&table, i, j + 1) + GAP;
            let left = at(&table, i + 1, j) + GAP;
            if let Some(c) = table.get_mut(cell(i + 1, j + 1)) {
                *c = diag.max(up).max(left);
            }
        }
    }
    let mut out = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let here = at(&table, i, j);
        let diag_ok = i > 0
            && j > 0
            && a.get(i - 1)
                .zip(b.get(j - 1))
                .and_then(|(x, y)| score(x, y))
                .is_some_and(|s| at(&table, i - 1, j - 1) + s == here);
        // On a tie a gap wins, so that an extra item pairs its neighbours in order
        // (the later of two candidates is the one left unpaired).
        let left_ok = j > 0 && at(&table, i, j - 1) + GAP == here;
        let up_ok = i > 0 && at(&table, i - 1, j) + GAP == here;
        if left_ok && !(diag_ok && i == 0) {
            out.push(Pair { en: None, ko: Some(j - 1) });
            j -= 1;
        } else if up_ok {
            out.push(Pair { en: Some(i - 1), ko: None });
            i -= 1;
        } else if diag_ok {
            out.push(Pair { en: Some(i - 1), ko: Some(j - 1) });
            i -= 1;
            j -= 1;
        } else if i > 0 {
            out.push(Pair { en: Some(i - 1), ko: None });
            i -= 1;
        } else {
            out.push(Pair { en: None, ko: Some(j - 1) });
            j -= 1;
        }
    }
    out.reverse();
    out
}
