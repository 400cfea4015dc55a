//! Small text helpers shared by the parser, the gazetteer and relation extraction.
//!
//! Everything here works on `char` boundaries: transcripts mix Hangul, Latin script and
//! typographic punctuation, and a byte index in the middle of a syllable would panic.

/// Whether `c` is a precomposed Hangul syllable (가..힣).
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// How many chars of `s` are Hangul syllables and how many ASCII letters, for telling
/// Korean text from English.
pub(crate) fn script_counts(s: &str) -> (usize, usize) {
    // A byte scan: ASCII letters are single bytes, and only a char with a lead byte
    // EA..=ED can be a Hangul syllable, so only those are decoded.
    let (mut hangul, mut latin) = (0, 0);
    for (i, b) in s.bytes().enumerate() {
        if b.is_ascii_alphabetic() {
            latin += 1;
        } else if (0xEA..=0xED).contains(&b) && char_at(s, i).is_some_and(is_hangul) {
            hangul += 1;
        }
    }
    (hangul, latin)
}

/// Whether the text holds any Hangul syllable.
pub(crate) fn has_hangul(s: &str) -> bool {
    // Hangul syllables are encoded with lead bytes EA..=ED: text without one has none, and
    // that byte test is much cheaper than decoding every char. ASCII text, most English
    // sentences, is ruled out first by `is_ascii`, which tests a word at a time.
    !s.is_ascii() && s.bytes().any(|b| (0xEA..=0xED).contains(&b)) && s.chars().any(is_hangul)
}

/// Opening quotation marks a quote may start with.
pub(crate) fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{300C}' | '\u{300E}')
}

/// Closing quotation marks a quote may end with.
pub(crate) fn is_close_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201D}' | '\u{2019}' | '\'' | '\u{300D}' | '\u{300F}')
}

/// Collapses runs of whitespace (including non-breaking spaces) into one space and trims.
pub(crate) fn squeeze(s: &str) -> String {
    // Most paragraphs are squeezed already: those are copied whole after a scan that only
    // reads, instead of word by word.
    if is_squeezed(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut push_word = |word: Option<&str>| {
        if let Some(word) = word.filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    };
    // This runs over every paragraph, so it looks at bytes and decodes only non-ASCII
    // chars, and copies whole words rather than char by char.
    let bytes = s.as_bytes();
    let (mut word_start, mut i) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            s.get(i..).and_then(|rest| rest.chars().next()).map_or((false, 1), |c| (is_space(c), c.len_utf8()))
        };
        if space {
            push_word(s.get(word_start..i));
            word_start = i + len;
        }
        i += len;
    }
    push_word(s.get(word_start..));
    out
}

/// Whether [`squeeze`] gives `s` back as it is: every whitespace char in it is one ASCII
/// space between two other chars.
fn is_squeezed(s: &str) -> bool {
    let bytes = s.as_bytes();
    // A space at the start is not squeezed, so the text starts as if after one.
    let (mut after_space, mut i) = (true, 0);
    while let Some(&b) = bytes.get(i) {
        // The same test as `squeeze`'s: bytes, decoding only non-ASCII chars.
        let (space, len) = if b.is_ascii() {
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            s.get(i..).and_then(|rest| rest.chars().next()).map_or((false, 1), |c| (is_space(c), c.len_utf8()))
        };
        if space && (b != b' ' || after_space) {
            return false;
        }
        after_space = space;
        i += len;
    }
    !after_space
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{00A0}' || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Splits text into sentences at `.`, `?`, `!` (or `…`) followed by a space, keeping the
/// terminator. Abbreviations such as "U.S." or "Oct. 7" are not sentence ends: a period after
/// a single capital letter or a known abbreviation does not split.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // A byte scan: the space and the terminators are ASCII or, for `…`, start with a lead
    // byte no other byte of UTF-8 text can be mistaken for. It stops only at a terminator
    // and at the last byte of "다" (A4): this runs over every text of a story, and most
    // bytes are neither.
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let len = match b {
            b'.' | b'?' | b'!' => 1,
            // The lead byte of `…` (E2 80 A6).
            0xE2 if bytes.get(i..i + ELLIPSIS.len()) == Some(ELLIPSIS) => ELLIPSIS.len(),
            // Korean that runs on without full stops: a sentence ends with its "…니다"
            // ending all the same, at the space after it.
            0xA4 => {
                let space = i + 1;
                if bytes.get(space) == Some(&b' ') && text.get(..space).is_some_and(|head| head.ends_with("니다")) {
                    if let Some(s) = text.get(start..space).map(str::trim).filter(|s| !s.is_empty()) {
                        out.push(s);
                    }
                    start = space;
                }
                continue;
            }
            _ => continue,
        };
        let end = i + len;
        // "…land development scandal.The ruling party …": pages that run sentences together
        // without a space still end one at a full stop after a lowercase word.
        if bytes.get(end) != Some(&b' ') && !run_together(bytes, b, i, end) {
            continue;
        }
        // The word the terminator ends: from just after the last space before it.
        let word_start = bytes.get(..i).and_then(|head| head.iter().rposition(|&c| c == b' ')).map_or(0, |at| at + 1);
        let word = text.get(word_start..i).unwrap_or("");
        if b == b'.' && is_abbreviation(word) {
            continue;
        }
        if let Some(s) = text.get(start..end) {
            let s = s.trim();
            if !s.is_empty() {
                out.push(s);
            }
        }
        start = end;
    }
    if let Some(rest) = text.get(start..) {
        let rest = rest.trim();
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// Whether the terminator `b` at `i` ends a sentence run together with the next ("scandal.The"):
/// a full stop after three lowercase letters, then a capital.
#[inline(never)]
fn run_together(bytes: &[u8], b: u8, i: usize, end: usize) -> bool {
    b == b'.'
        && bytes.get(end).is_some_and(u8::is_ascii_uppercase)
        && i >= 3
        && bytes.get(i - 3..i).is_some_and(|w| w.iter().all(u8::is_ascii_lowercase))
}

fn is_abbreviation(word: &str) -> bool {
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = bare.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital
        || bare.contains('.')
        || matches!(
            bare,
            "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Rep" | "Sen" | "Gen" | "Lt" | "Col" | "Sgt"
                | "St" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept"
                | "Oct" | "Nov" | "Dec" | "No" | "vs" | "Supt" | "Nat'l" | "Inc" | "Co" | "Corp"
        )
}

/// Whether `needle` occurs in `hay` at byte offset `at`. The last and the middle bytes are
/// compared first: callers try the words a [`PairIndex`] gives for the position, which
/// share their first two bytes with it already ("the North", "the regime", "the UN" at
/// every "th"), and most fail on those two.
#[inline]
pub(crate) fn bytes_at(hay: &[u8], at: usize, needle: &[u8]) -> bool {
    let middle = needle.len() / 2;
    hay.get(at..at + needle.len())
        // Compared byte by byte rather than with `==`, which calls `memcmp`: the words are
        // short, and the call costs more than the comparison.
        .is_some_and(|window| {
            window.last() == needle.last() && window.get(middle) == needle.get(middle) && window.iter().zip(needle).all(|(a, b)| a == b)
        })
}

/// Indices of `words` by their first byte, for trying at each position of a text only the
/// words that can start there.
fn by_first_byte<'w>(words: impl Iterator<Item = &'w str>) -> Vec<Vec<usize>> {
    let mut table = vec![Vec::new(); 256];
    for (i, word) in words.enumerate() {
        if let Some(slot) = word.bytes().next().and_then(|b| table.get_mut(usize::from(b))) {
            slot.push(i);
        }
    }
    table
}

/// A bit for every pair of bytes one of `words` starts with (any second byte for a one-byte
/// word), for [`PairIndex::positions`].
fn first_pairs<'w>(words: impl Iterator<Item = &'w str>) -> Vec<u64> {
    let mut bits = vec![0u64; (1 << 16) / 64];
    for word in words {
        let mut bytes = word.bytes();
        let Some(first) = bytes.next() else { continue };
        let seconds = match bytes.next() {
            Some(second) => second..=second,
            None => 0..=u8::MAX,
        };
        for second in seconds {
            let pair = byte_pair(first, second);
            if let Some(word) = bits.get_mut(pair / 64) {
                *word |= 1 << (pair % 64);
            }
        }
    }
    bits
}

fn byte_pair(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

/// Word indices by the two bytes they start with, so that one pass over a text tries at each
/// position only the words that start with the two bytes there; most positions have none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct PairIndex {
    /// Word indices grouped by the pair of bytes they start with (a one-byte word under
    /// every pair its byte starts): those of pair `p` are `by_pair[starts[p]..starts[p + 1]]`,
    /// in ascending order.
    starts: Vec<usize>,
    by_pair: Vec<usize>,
    /// Word indices by first byte, for the last byte of a text, where there is no pair.
    by_first_byte: Vec<Vec<usize>>,
    /// The [`first_pairs`] bits of the words: one test in a small table passes over most
    /// positions before the large `starts` table is read.
    first_pairs: Vec<u64>,
}

impl PairIndex {
    pub(crate) fn new<'w>(words: impl Iterator<Item = &'w str> + Clone) -> Self {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (w, word) in words.clone().enumerate() {
            let mut bytes = word.bytes();
            let Some(first) = bytes.next() else { continue };
            match bytes.next() {
                Some(second) => pairs.push((byte_pair(first, second), w)),
                None => pairs.extend((0..=u8::MAX).map(|second| (byte_pair(first, second), w))),
            }
        }
        pairs.sort_unstable();
        let mut starts = vec![0usize; (1 << 16) + 1];
        for &(pair, _) in &pairs {
            if let Some(count) = starts.get_mut(pair + 1) {
                *count += 1;
            }
        }
        for p in 1..starts.len() {
            let before = starts.get(p - 1).copied().unwrap_or(0);
            if let Some(start) = starts.get_mut(p) {
                *start += before;
            }
        }
        let by_pair = pairs.into_iter().map(|(_, w)| w).collect();
        PairIndex { by_first_byte: by_first_byte(words.clone()), first_pairs: first_pairs(words), starts, by_pair }
    }

    /// Calls `found(at, words)` for each position of `bytes` where some word may start,
    /// with the words that may start there (those whose first two bytes are the two there,
    /// in ascending order), in text order.
    pub(crate) fn each_position(&self, bytes: &[u8], mut found: impl FnMut(usize, &[usize])) {
        // A plain loop that calls back, not an iterator handed to the caller: this runs over
        // every byte of a story several times and passes over most positions on the bit
        // test, and a chain of adapters kept its place in memory, storing it at every byte.
        for (at, window) in bytes.windows(2).enumerate() {
            let &[first, second] = window else { continue };
            let pair = byte_pair(first, second);
            if self.first_pairs.get(pair / 64).is_none_or(|bits| bits >> (pair % 64) & 1 == 0) {
                continue;
            }
            let (from, to) = (self.starts.get(pair).copied().unwrap_or(0), self.starts.get(pair + 1).copied().unwrap_or(0));
            let words = self.by_pair.get(from..to).unwrap_or(&[]);
            if !words.is_empty() {
                found(at, words);
            }
        }
        // The last byte has no pair: the words that start with it.
        let last = bytes.len().checked_sub(1).and_then(|at| {
            let first = bytes.get(at)?;
            self.by_first_byte.get(usize::from(*first)).map(|words| (at, words.as_slice()))
        });
        if let Some((at, words)) = last.filter(|(_, words)| !words.is_empty()) {
            found(at, words);
        }
    }
}

/// A set of words to find in texts, indexed so that one pass over a text finds them all.
pub(crate) struct Words<'w> {
    words: Vec<&'w str>,
    index: PairIndex,
}

impl<'w> Words<'w> {
    pub(crate) fn new(words: impl Iterator<Item = &'w str>) -> Self {
        let words: Vec<&str> = words.collect();
        Words { index: PairIndex::new(words.iter().copied()), words }
    }

    /// Calls `found(word index, at)` for every occurrence of each word in `text`, in text
    /// order: for each word, occurrences left to right without overlapping, as
    /// `str::match_indices` gives them.
    pub(crate) fn each_occurrence(&self, text: &str, mut found: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        // (word index, where its next occurrence may start) for each word found so far: a
        // sentence holds few of the words, so a short list is cheaper than a table of all
        // of them for each text.
        let mut next_from: Vec<(usize, usize)> = Vec::new();
        self.index.each_position(bytes, |at, candidates| {
            for &w in candidates {
                let Some(word) = self.words.get(w) else { continue };
                if word.is_empty() || !bytes_at(bytes, at, word.as_bytes()) {
                    continue;
                }
                let from = match next_from.iter_mut().find(|(found, _)| *found == w) {
                    Some((_, from)) => from,
                    None => {
                        next_from.push((w, 0));
                        let Some((_, from)) = next_from.last_mut() else { continue };
                        from
                    }
                };
                if at >= *from {
                    *from = at + word.len();
                    found(w, at);
                }
            }
        });
    }
}

/// A hasher for the tables of actor and item ids that relation reading looks up for every
/// clause: the standard library's SipHash, made to resist keys chosen to collide, cost more
/// than the rest of a lookup, and these keys are few and made by the ingester (a gazetteer's
/// ids, `p12`, `q3`), not text a story chooses. Eight bytes at a time, as rustc's own
/// `FxHasher` does.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            if let Some(head) = word.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn write_isize(&mut self, n: isize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by ids, hashed with [`IdHasher`].
pub(crate) type IdMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A set of ids, hashed with [`IdHasher`].
pub(crate) type IdSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<IdHasher>>;

/// The char just before byte offset `at`, if any.
pub(crate) fn char_before(s: &str, at: usize) -> Option<char> {
    s.get(..at).and_then(|head| head.chars().next_back())
}

/// The char starting at byte offset `at`, if any.
pub(crate) fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|tail| tail.chars().next())
}

/// A report id made from a name: lowercase ASCII letters and digits joined by single
/// hyphens, Hangul romanized, at most `max` characters. Empty when nothing usable is left.
pub(crate) fn slug(name: &str, max: usize) -> String {
    let mut out = String::new();
    let mut hyphen = false;
    for c in name.chars() {
        let piece = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase().to_string())
        } else if is_hangul(c) {
            Some(romanize_syllable(c))
        } else {
            None
        };
        match piece {
            Some(p) => {
                if hyphen && !out.is_empty() {
                    out.push('-');
                }
                hyphen = false;
                out.push_str(&p);
            }
            None => hyphen = c != '\'' && c != '\u{2019}',
        }
    }
    let mut cut: String = out.chars().take(max).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

/// Revised Romanization of one Hangul syllable, without the sound-change rules: enough for a
/// stable, readable id ("김경진" → "gimgyeongjin").
fn romanize_syllable(c: char) -> String {
    const INITIAL: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const MEDIAL: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    const FINAL: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let index = (c as u32).saturating_sub(0xAC00) as usize;
    let initial = INITIAL.get(index / (21 * 28)).copied().unwrap_or("");
    let medial = MEDIAL.get((index % (21 * 28)) / 28).copied().unwrap_or("");
    let last = FINAL.get(index % 28).copied().unwrap_or("");
    format!("{initial}{medial}{last}")
}

/// Whether a piece of text ends like a finished sentence (terminal punctuation, possibly
/// followed by closing quotes or brackets).
pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| is_close_quote(c) || matches!(c, ')' | ']' | ' '));
    matches!(
        trimmed.chars().next_back(),
        Some('.' | '?' | '!' | '…' | '。' | '"' | '\u{201D}')
    ) || trimmed.ends_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        let cases = [
            ("Cho Han-beom", "cho-han-beom"),
            ("김경진", "gimgyeongjin"),
            ("  U.S. -- Forces ", "u-s-forces"),
            ("Nat'l Security", "natl-security"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(slug(input, 64), want, "{input}");
        }
    }

    #[test]
    fn sentence_splitting() {
        let cases: [(&str, &[&str]); 7] = [
            ("One. Two? Three!", &["One.", "Two?", "Three!"]),
            // Run together without a space, after a lowercase word; not inside "U.S.A." or a
            // web address.
            ("It ended in a scandal.The party denied it.", &["It ended in a scandal.", "The party denied it."]),
            ("See kbs.co.kr or the U.S.A. News.", &["See kbs.co.kr or the U.S.A. News."]),
            ("The U.S. said no. Then Oct. 7 came.", &["The U.S. said no.", "Then Oct. 7 came."]),
            ("북한입니다. 러시아입니다.", &["북한입니다.", "러시아입니다."]),
            ("배치됐습니다 러시아는 반겼습니다", &["배치됐습니다", "러시아는 반겼습니다"]),
            ("no terminator", &["no terminator"]),
        ];
        for (input, want) in cases {
            assert_eq!(sentences(input), want, "{input}");
        }
    }
}
