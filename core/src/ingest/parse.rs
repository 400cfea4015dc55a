//! The transcript parser: from the text of one broadcast transcript to a [`Transcript`].
//!
//! The parser works in four passes, each simple enough to reason about on bad input:
//! 1. check the text is a text at all (size, binary data, markup);
//! 2. cut lines into segments, splitting tags and speaker blocks that share a line with other
//!    text (transcripts flattened onto one line);
//! 3. drop page chrome, remembering the date and a title line;
//! 4. walk the segments with a small state machine (section, pending quote marker) building
//!    paragraphs and quotes, then find the reporter and the sign-off.

use super::chrome::{self, Chrome};
use super::error::{Confidence, Lang, ParseError, ParseWarning};
use super::speaker::{looks_like_name, parse_label, SpeakerLabel};
use super::text::{ends_like_sentence, is_close_quote, is_open_quote, sentences, squeeze};

/// The largest transcript read, in bytes. A broadcast transcript is a few kilobytes; a page
/// many times that size is not one story.
pub const MAX_TRANSCRIPT_BYTES: usize = 1 << 20;

/// The part of a broadcast an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The studio anchor's introduction.
    Anchor,
    /// The reporter's package.
    Report,
    /// The reporter's sign-off.
    Signoff,
}

/// Who said a quote, and how that is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// The block names its speaker.
    Named,
    /// The block names no speaker; it was given to the previous speaker.
    Guessed(Confidence),
    /// The block names no speaker and none came before.
    Unknown,
}

/// A quote from a speaker block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteBlock {
    /// Index into [`Transcript::speakers`], when known.
    pub speaker: Option<usize>,
    /// The quote, verbatim, without its outer quotation marks.
    pub text: String,
    /// How the speaker is known.
    pub attribution: Attribution,
    /// False when the block or the quote was cut off.
    pub complete: bool,
}

/// What an item is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    /// A paragraph of story text.
    Paragraph(String),
    /// A quote.
    Quote(QuoteBlock),
}

/// One paragraph or quote, in story order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The 1-based line it starts on.
    pub line: usize,
    /// Its section.
    pub section: Section,
    /// What it is.
    pub kind: ItemKind,
}

/// The reporter named by the anchor's introduction or the sign-off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporter {
    /// The name ("Kim Kyung-jin", "김경진").
    pub name: String,
    /// Where it was found.
    pub line: usize,
}

/// A parsed transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transcript {
    /// Its language.
    pub lang: Lang,
    /// A title line from the page, if the page held one.
    pub title: Option<String>,
    /// The publication date from the page chrome (YYYY-MM-DD).
    pub date: Option<String>,
    /// Paragraphs and quotes in story order.
    pub items: Vec<Item>,
    /// The speakers of the quotes, each once, in order of first appearance.
    pub speakers: Vec<SpeakerLabel>,
    /// The reporter.
    pub reporter: Option<Reporter>,
    /// What was read but not cleanly.
    pub warnings: Vec<ParseWarning>,
}

/// Parses one transcript.
///
/// # Errors
/// [`ParseError`] when the text is empty, too large, binary, markup, or not a transcript.
///
/// # Examples
/// ```
/// use briefing_core::ingest::{parse, Lang};
/// let t = parse("[Anchor]\nIt rained.\nKim Ha-na reports.\n[Report]\nIt rained a lot.\nKBS News, Kim Ha-na.", Lang::En)?;
/// assert_eq!(t.reporter.map(|r| r.name).as_deref(), Some("Kim Ha-na"));
/// # Ok::<(), briefing_core::ingest::ParseError>(())
/// ```
pub fn parse(text: &str, lang: Lang) -> Result<Transcript, ParseError> {
    check_text(text)?;
    let segs = segments(text);
    let mut parser = Parser::new(lang);
    parser.run(&segs)?;
    let first_line = segs
        .iter()
        .find(|s| !s.text.is_empty())
        .map_or(1, |s| s.line);
    if !parser.is_transcript() {
        return Err(ParseError::NotATranscript { line: first_line });
    }
    Ok(parser.finish())
}

fn check_text(text: &str) -> Result<(), ParseError> {
    if text.len() > MAX_TRANSCRIPT_BYTES {
        return Err(ParseError::TooLarge {
            bytes: text.len(),
            limit: MAX_TRANSCRIPT_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    for (n, line) in text.lines().enumerate() {
        // Control chars are below 0x20, 0x7F, or C2 80..=C2 9F; U+FFFD starts with EF. A
        // line without those bytes (nearly every line) is not decoded.
        let suspect = line
            .bytes()
            .any(|b| b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xEF);
        let bad = suspect
            && line
                .chars()
                .any(|c| (c.is_control() && c != '\t' && c != '\r') || c == '\u{FFFD}');
        if bad {
            return Err(ParseError::NotText { line: n + 1 });
        }
    }
    if let Some((n, first)) = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty()) {
        let lower = first.trim_start().to_lowercase();
        let markup = [
            "<!doctype",
            "<html",
            "<?xml",
            "<div",
            "<body",
            "<head",
            "<p>",
            "{",
            "[{",
        ];
        if markup.iter().any(|m| lower.starts_with(m)) {
            return Err(ParseError::Markup { line: n + 1 });
        }
    }
    Ok(())
}

/// A piece of a line: a whole line, or a tag or speaker block cut out of a longer line.
#[derive(Debug, Clone)]
struct Segment {
    line: usize,
    text: String,
}

/// More letters than any section tag or marker has ("anchor lead" has ten), with room to spare.
const MAX_TAG_LETTERS: usize = 16;

/// The section a tag starts, if the bracketed text is a section tag.
fn section_tag(inner: &str) -> Option<TagKind> {
    // No tag has more than ten letters, so a longer text (a whole speaker block, seen
    // here for every bracket) is answered without squeezing and lowercasing it.
    let letters = inner
        .chars()
        .filter(|&c| !(c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'));
    if letters.take(MAX_TAG_LETTERS + 1).count() > MAX_TAG_LETTERS {
        return None;
    }
    let t = squeeze(inner);
    let lower = t.to_lowercase();
    match lower.as_str() {
        "anchor" | "anchor lead" | "lead" | "앵커" | "앵커 멘트" | "앵커멘트" | "앵커 리드" => {
            Some(TagKind::Section(Section::Anchor))
        }
        // A live two-way: the anchor's questions, the reporter's answers.
        "질문" => Some(TagKind::Section(Section::Anchor)),
        "답변" => Some(TagKind::Section(Section::Report)),
        "report" | "pkg" | "package" | "리포트" | "기자" | "기자 리포트" | "reporter" => {
            Some(TagKind::Section(Section::Report))
        }
        "soundbite" | "interview" | "녹취" | "인터뷰" | "녹취 인터뷰" => {
            Some(TagKind::Marker)
        }
        _ => None,
    }
}

/// Whether the anchor's block that `segs` open (up to the next section tag) is a follow-up
/// question of a live two-way ("I see. Are the troops moving to Ukraine?"), not the lead of a
/// second story: it asks something and hands over to no new reporter. Its paragraphs stay in
/// the story, after the answer before them.
fn follows_up(segs: &[Segment], lang: Lang) -> bool {
    let block = segs
        .iter()
        .map(|seg| seg.text.as_str())
        .take_while(|t| !matches!(bracket_tag(t), Some(TagKind::Section(_))));
    let (mut asks_something, mut hands_over) = (false, false);
    for sentence in block.flat_map(sentences) {
        let question = asks(sentence, lang);
        asks_something |= question;
        hands_over |= !question && intro_name(sentence, lang).is_some();
    }
    asks_something && !hands_over
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TagKind {
    Section(Section),
    Marker,
}

/// Whether a bracket at the start of `s` opens a speaker block: `[Label: "…`, `["…`.
fn opens_speaker_block(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('[') else {
        return false;
    };
    let inner = inner.trim_start();
    if inner.chars().next().is_some_and(is_open_quote) {
        return true;
    }
    let close = inner.find(']').unwrap_or(inner.len());
    let Some(colon) = find_colon(inner) else {
        return false;
    };
    if colon > close || colon > 200 {
        return false;
    }
    let after = inner.get(colon + 1..).unwrap_or("").trim_start();
    after.chars().next().is_some_and(is_open_quote)
        || (colon < close
            && !after.is_empty()
            && inner.get(..colon).is_some_and(|l| l.contains('/')))
}

/// Cuts lines into segments. Section tags and speaker blocks inside a longer line become their
/// own segments, so a transcript flattened onto one line reads like a laid-out one.
fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let raw = raw.trim();
        if raw.is_empty() {
            out.push(Segment {
                line,
                text: String::new(),
            });
            continue;
        }
        // "Anchor: …" / "Report: …" (a radio script's tags, written as a label): the tag,
        // then the text after it.
        let raw = match line_tag(raw) {
            Some((tag, rest)) => {
                out.push(Segment { line, text: format!("[{tag}]") });
                if rest.is_empty() {
                    continue;
                }
                rest
            }
            None => raw,
        };
        let mut start = 0;
        let mut pos = 0;
        // Both marks are ASCII, so a byte scan finds them on character boundaries.
        while let Some(rel) = raw
            .get(pos..)
            .and_then(|r| r.bytes().position(|b| b == b'[' || b == b'<'))
        {
            let at = pos + rel;
            let rest = raw.get(at..).unwrap_or("");
            let (open, close) = if rest.starts_with('[') {
                ('[', ']')
            } else {
                ('<', '>')
            };
            let _ = open;
            let tag_end = rest.find(close).filter(|&e| e < 40);
            let is_tag = tag_end
                .and_then(|e| rest.get(1..e))
                .is_some_and(|inner| section_tag(inner).is_some());
            let end = if is_tag {
                tag_end.map(|e| at + e + 1)
            } else if close == ']' && at > 0 && opens_speaker_block(rest) {
                Some(block_end(rest).map_or(raw.len(), |e| at + e))
            } else {
                None
            };
            match end {
                Some(end) => {
                    if let Some(before) =
                        raw.get(start..at).map(str::trim).filter(|b| !b.is_empty())
                    {
                        out.push(Segment {
                            line,
                            text: before.to_string(),
                        });
                    }
                    if let Some(piece) = raw.get(at..end) {
                        out.push(Segment {
                            line,
                            text: piece.trim().to_string(),
                        });
                    }
                    start = end;
                    pos = end;
                }
                None => pos = at + 1,
            }
            if pos >= raw.len() {
                break;
            }
        }
        if let Some(rest) = raw.get(start..).map(str::trim).filter(|r| !r.is_empty()) {
            out.push(Segment {
                line,
                text: rest.to_string(),
            });
        }
    }
    out
}

/// A section tag written as a label at the start of a line ("Anchor: The talks …"), and
/// the text after it.
fn line_tag(raw: &str) -> Option<(&str, &str)> {
    let (tag, rest) = raw.split_once(':')?;
    // Older Korean pages mark each turn with a symbol: "⊙앵커: …", "●기자: …".
    let tag = tag.trim_start_matches(LINE_MARKS).trim();
    let named = ["Anchor", "Anchor Lead", "Lead", "Report", "앵커", "리포트", "기자"].contains(&tag);
    named.then(|| (if tag == "기자" { "리포트" } else { tag }, rest.trim()))
}

/// The symbols older Korean pages open each speaker's turn with.
pub(crate) const LINE_MARKS: [char; 5] = ['⊙', '●', '◎', '▶', '◆'];

/// A line after a soundbite marker that is only a label, `Name(Title)`: short, closed by
/// its parenthesis, with no quotation mark, colon or sentence in it.
fn bare_label(t: &str) -> Option<&str> {
    let t = t.trim();
    let label = t.ends_with(')') && t.contains('(') && t.chars().count() <= 60 && !t.contains(['"', '\u{201C}', ':', '：']);
    label.then_some(t)
}

/// The byte offset just after a speaker block's closing `"]` within `s`, if it closes.
fn block_end(s: &str) -> Option<usize> {
    s.match_indices(']')
        .find(|&(i, _)| {
            s.get(..i)
                .and_then(|head| head.trim_end().chars().next_back())
                .is_some_and(is_close_quote)
        })
        .map(|(i, _)| i + 1)
}

struct Parser {
    lang: Lang,
    title: Option<String>,
    date: Option<String>,
    items: Vec<Item>,
    speakers: Vec<SpeakerLabel>,
    warnings: Vec<ParseWarning>,
    section: Option<Section>,
    saw_tag: bool,
    saw_marker_or_block: bool,
    /// Whether the text carries a news page's own chrome (its input timestamp or tip-off
    /// block): a page with no broadcast structure is then a text item of the newsroom, a
    /// story all the same.
    saw_page: bool,
    first_tag_line: Option<usize>,
    untagged_before_tag: bool,
    pending_marker: Option<usize>,
    last_speaker: Option<usize>,
    last_line: usize,
    reporter: Option<Reporter>,
    /// Speaker labels already read, by their text: a speaker quoted again is labelled the
    /// same way, and reading a label is the costliest step of a speaker block.
    labels: std::collections::HashMap<String, SpeakerLabel>,
}

impl Parser {
    fn new(lang: Lang) -> Self {
        Parser {
            lang,
            title: None,
            date: None,
            items: Vec::new(),
            speakers: Vec::new(),
            warnings: Vec::new(),
            section: None,
            saw_tag: false,
            saw_marker_or_block: false,
            saw_page: false,
            first_tag_line: None,
            untagged_before_tag: false,
            pending_marker: None,
            last_speaker: None,
            last_line: 1,
            reporter: None,
            labels: std::collections::HashMap::new(),
        }
    }

    /// [`parse_label`] of `raw`, read once per distinct label.
    fn label(&mut self, raw: &str) -> SpeakerLabel {
        if let Some(known) = self.labels.get(raw) {
            return known.clone();
        }
        let label = parse_label(raw);
        self.labels.insert(raw.to_string(), label.clone());
        label
    }

    fn run(&mut self, segs: &[Segment]) -> Result<(), ParseError> {
        let kept = self.strip_chrome(segs);
        let mut i = 0;
        while let Some(seg) = kept.get(i) {
            self.last_line = seg.line;
            i += 1;
            if seg.text.is_empty() {
                continue;
            }
            let t = seg.text.as_str();
            if let Some(kind) = bracket_tag(t) {
                match kind {
                    TagKind::Section(section) => {
                        if section == Section::Anchor
                            && matches!(self.section, Some(Section::Report))
                            && self.has_report_text()
                            && !follows_up(kept.get(i..).unwrap_or_default(), self.lang)
                        {
                            self.drop_trailing_title();
                            self.warnings
                                .push(ParseWarning::SecondStory { line: seg.line });
                            break;
                        }
                        if !self.saw_tag {
                            self.first_tag_line = Some(seg.line);
                            self.untagged_before_tag = !self.items.is_empty();
                        }
                        self.saw_tag = true;
                        self.section = Some(section);
                    }
                    TagKind::Marker => {
                        self.saw_marker_or_block = true;
                        self.pending_marker = Some(seg.line);
                        // "[Soundbite] (Hotel Manager) : "…"" on the same line.
                        let rest = strip_leading_tag(t);
                        if !rest.is_empty() {
                            i = self.quote_after_marker(seg.line, rest, &kept, i);
                        }
                    }
                }
                continue;
            }
            if t.starts_with('[') && opens_speaker_block(t) {
                self.saw_marker_or_block = true;
                self.pending_marker = None;
                i = self.speaker_block(seg, &kept, i);
                continue;
            }
            if is_tag_fragment(t) {
                self.warnings.push(ParseWarning::SkippedBracket {
                    line: seg.line,
                    text: t.trim_start_matches(['[', '<']).to_string(),
                });
                continue;
            }
            if t.starts_with('[') && t.ends_with(']') {
                let inner = t
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .trim()
                    .to_string();
                if !is_footage_label(&inner) {
                    self.warnings.push(ParseWarning::SkippedBracket {
                        line: seg.line,
                        text: inner,
                    });
                }
                continue;
            }
            if self.pending_marker.is_some() {
                i = self.quote_after_marker(seg.line, t, &kept, i);
                continue;
            }
            if let Some(next) = self.own_line_speaker(seg, &kept, i) {
                i = next;
                continue;
            }
            if let Some((label, quote)) = inline_label_quote(t) {
                self.saw_marker_or_block = true;
                let line = seg.line;
                self.push_quote(
                    line,
                    Some(label),
                    quote.text,
                    quote.complete,
                    quote.closed_mark,
                );
                continue;
            }
            let (text, next) = join_wrapped(seg, &kept, i);
            i = next;
            self.push_paragraph(seg.line, text);
        }
        if self.items.is_empty() {
            return Err(ParseError::NoBody {
                line: self.last_line,
            });
        }
        Ok(())
    }

    fn has_report_text(&self) -> bool {
        self.items.iter().any(|it| it.section == Section::Report)
    }

    /// A page with several stories puts the next story's headline before its anchor tag.
    fn drop_trailing_title(&mut self) {
        let is_title = self.items.last().is_some_and(|it| match &it.kind {
            ItemKind::Paragraph(p) => p.chars().count() <= 120 && !ends_like_sentence(p),
            ItemKind::Quote(_) => false,
        });
        if is_title {
            self.items.pop();
        }
    }

    /// Drops chrome, records the date and a title line, and stops at the tip-off block.
    fn strip_chrome(&mut self, segs: &[Segment]) -> Vec<Segment> {
        let mut kept: Vec<Segment> = Vec::new();
        for seg in segs {
            match chrome::classify(&seg.text) {
                Chrome::None => kept.push(seg.clone()),
                Chrome::Drop => self.saw_page = true,
                Chrome::Date(date) => {
                    self.saw_page = true;
                    if self.date.is_none() {
                        self.date = date;
                    }
                }
                Chrome::End => {
                    if kept.iter().any(|s| !s.text.is_empty()) {
                        self.saw_page = true;
                        break;
                    }
                }
            }
        }
        // A title line: text before the first section tag that does not read as a sentence.
        let first_text = kept.iter().position(|s| !s.text.is_empty());
        let first_tag = kept.iter().position(|s| bracket_tag(&s.text).is_some());
        if let Some(first) = first_text {
            let seg_text = kept.get(first).map(|s| s.text.clone()).unwrap_or_default();
            let before_tag = first_tag.is_some_and(|tag| first < tag);
            let no_tags_title =
                first_tag.is_none() && kept.iter().filter(|s| !s.text.is_empty()).count() > 2;
            let reads_as_title = seg_text.chars().count() <= 120
                && !ends_like_sentence(&seg_text)
                && !seg_text.starts_with('[')
                && !seg_text.ends_with(':');
            if (before_tag || no_tags_title) && reads_as_title {
                let title = squeeze(seg_text.trim_matches('"'));
                kept.remove(first);
                // Pages repeat their title line (the page head and the story head).
                let key = title.to_lowercase();
                let end = first_tag.unwrap_or(kept.len());
                let mut i = first;
                while i < end.min(kept.len()) {
                    match kept.get(i) {
                        Some(s) if s.text.is_empty() => i += 1,
                        Some(s) if squeeze(s.text.trim_matches('"')).to_lowercase() == key => {
                            kept.remove(i);
                        }
                        _ => break,
                    }
                }
                self.title = Some(clean_title(&title));
            }
        }
        kept
    }

    fn current_section(&mut self, line: usize) -> Section {
        let _ = line;
        self.section.unwrap_or(Section::Anchor)
    }

    fn push_paragraph(&mut self, line: usize, text: String) {
        let section = self.current_section(line);
        self.items.push(Item {
            line,
            section,
            kind: ItemKind::Paragraph(text),
        });
    }

    fn speaker_index(&mut self, label: SpeakerLabel, line: usize) -> usize {
        for part in &label.unclassified {
            self.warnings.push(ParseWarning::UnclassifiedSpeakerPart {
                line,
                part: part.clone(),
            });
        }
        if let Some(i) = self.speakers.iter().position(|s| s.name == label.name) {
            // A later block may give details the first one left out.
            if let Some(existing) = self.speakers.get_mut(i) {
                if existing.title.is_none() {
                    existing.title = label.title;
                }
                if existing.organisation.is_none() {
                    existing.organisation = label.organisation;
                }
            }
            return i;
        }
        self.speakers.push(label);
        self.speakers.len() - 1
    }

    fn push_quote(
        &mut self,
        line: usize,
        label: Option<SpeakerLabel>,
        text: String,
        complete: bool,
        closed_mark: bool,
    ) {
        if !complete {
            self.warnings
                .push(ParseWarning::UnclosedSpeakerBlock { line });
        } else if !closed_mark {
            self.warnings
                .push(ParseWarning::MissingClosingQuote { line });
        }
        let label = label.filter(|l| !l.name.is_empty());
        let (speaker, attribution) = match label {
            Some(label) => {
                let i = self.speaker_index(label, line);
                self.last_speaker = Some(i);
                (Some(i), Attribution::Named)
            }
            None => match self.last_speaker {
                Some(i) => {
                    let confidence = self.continuation_confidence(i);
                    let name = self
                        .speakers
                        .get(i)
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    self.warnings.push(ParseWarning::GuessedSpeaker {
                        line,
                        speaker: name,
                        confidence,
                    });
                    (Some(i), Attribution::Guessed(confidence))
                }
                None => {
                    self.warnings.push(ParseWarning::UnattributedQuote { line });
                    (None, Attribution::Unknown)
                }
            },
        };
        let section = self.section.unwrap_or(Section::Report);
        self.items.push(Item {
            line,
            section,
            kind: ItemKind::Quote(QuoteBlock {
                speaker,
                text,
                attribution,
                complete,
            }),
        });
    }

    /// How likely an unnamed quote is the previous speaker's: high right after their quote or
    /// after a paragraph that refers to them; low when a paragraph in between brings in
    /// someone else ("a defector said", "according to").
    fn continuation_confidence(&self, speaker: usize) -> Confidence {
        let Some(prev) = self.items.last() else {
            return Confidence::Low;
        };
        match &prev.kind {
            ItemKind::Quote(q) if q.speaker == Some(speaker) => Confidence::High,
            ItemKind::Quote(_) => Confidence::Low,
            ItemKind::Paragraph(p) => {
                let name = self
                    .speakers
                    .get(speaker)
                    .map(|s| s.name.as_str())
                    .unwrap_or("");
                let family = name.split_whitespace().next().unwrap_or(name);
                let refers = [
                    " he ",
                    "He ",
                    " she ",
                    "She ",
                    " his ",
                    " her ",
                    "그는",
                    "그녀는",
                    "이어",
                    "덧붙",
                ]
                .iter()
                .any(|w| p.contains(w))
                    || (!family.is_empty() && p.contains(family));
                let others = [
                    "A ",
                    "An ",
                    "according to",
                    "One ",
                    "another",
                    "Another",
                    "관계자",
                    "한 ",
                    "according",
                    "reported that",
                    "told",
                ]
                .iter()
                .any(|w| p.contains(w));
                // A family name alone is weak evidence: "Kim" may be someone else entirely.
                if refers && !others {
                    Confidence::High
                } else {
                    Confidence::Low
                }
            }
        }
    }

    /// A speaker block: `[Label: "quote"]`, possibly over several lines.
    fn speaker_block(&mut self, seg: &Segment, kept: &[Segment], next: usize) -> usize {
        let (body, next, complete) = collect_block(seg, kept, next);
        let inner = body.strip_prefix('[').unwrap_or(&body).trim_start();
        let inner = if complete {
            inner.strip_suffix(']').unwrap_or(inner).trim_end()
        } else {
            inner
        };
        let (label, quote) = split_label(inner);
        let label = label.map(|l| self.label(l));
        if label.as_ref().is_some_and(|l| l.name.is_empty()) {
            self.warnings
                .push(ParseWarning::EmptySpeakerName { line: seg.line });
        }
        let q = unquote(quote, complete);
        self.push_quote(seg.line, label, q.text, q.complete, q.closed_mark);
        next
    }

    /// The quote after a `[녹취]`/`<인터뷰>`/`[Soundbite]` marker: `Label : "…"`,
    /// `Name (Title): text`, or just `"…"`.
    fn quote_after_marker(&mut self, line: usize, t: &str, kept: &[Segment], next: usize) -> usize {
        self.pending_marker = None;
        if t.starts_with('[') && opens_speaker_block(t) {
            let seg = Segment {
                line,
                text: t.to_string(),
            };
            return self.speaker_block(&seg, kept, next);
        }
        // "<녹취> 스타인버그(부장관)" and nothing transcribed: the speaker, with no quote.
        if let Some(raw) = bare_label(t) {
            let label = self.label(raw);
            if looks_like_name(&label.name) {
                let name = label.name.clone();
                self.speaker_index(label, line);
                self.warnings.push(ParseWarning::NotTranscribed { line, speaker: name });
                return next;
            }
        }
        let (label, quote) = split_label(t);
        let (mut body, mut next) = (quote.to_string(), next);
        // Quotes that run onto following lines until the closing mark.
        if body.trim_start().chars().next().is_some_and(is_open_quote) && !closes_quote(&body) {
            let mut j = next;
            let mut collected = body.clone();
            while let Some(s) = kept.get(j) {
                if s.text.is_empty() || bracket_tag(&s.text).is_some() || s.text.starts_with('[') {
                    break;
                }
                collected.push(' ');
                collected.push_str(&s.text);
                j += 1;
                if closes_quote(&s.text) {
                    body = collected.clone();
                    next = j;
                    break;
                }
            }
        }
        let label = label.map(|l| self.label(l));
        let q = unquote(&body, true);
        let quoted = body.trim_start().chars().next().is_some_and(is_open_quote);
        self.push_quote(line, label, q.text, q.complete, q.closed_mark || !quoted);
        next
    }

    /// The older layout: "Name / Title" alone on a line, then the quote on the next lines.
    fn own_line_speaker(&mut self, seg: &Segment, kept: &[Segment], next: usize) -> Option<usize> {
        let t = seg.text.as_str();
        if !t.contains('/')
            || ends_like_sentence(t)
            || t.chars().count() > 160
            || t.contains(['"', '“'])
        {
            return None;
        }
        let first = t.split('/').next().unwrap_or("").trim();
        if !looks_like_name(first) {
            return None;
        }
        let mut j = next;
        while kept.get(j).is_some_and(|s| s.text.is_empty()) {
            j += 1;
        }
        let quote_seg = kept.get(j)?;
        if !quote_seg.text.chars().next().is_some_and(is_open_quote) {
            return None;
        }
        self.saw_marker_or_block = true;
        let mut body = quote_seg.text.clone();
        let mut k = j + 1;
        let mut complete = closes_quote(&body);
        while !complete {
            match kept.get(k) {
                Some(s)
                    if !s.text.is_empty()
                        && bracket_tag(&s.text).is_none()
                        && !s.text.starts_with('[') =>
                {
                    body.push(' ');
                    body.push_str(&s.text);
                    k += 1;
                    complete = closes_quote(&s.text);
                }
                _ => break,
            }
        }
        let q = unquote(&body, complete);
        let label = self.label(t);
        self.push_quote(
            seg.line,
            Some(label),
            q.text,
            complete,
            q.closed_mark,
        );
        Some(k)
    }

    fn finish(mut self) -> Transcript {
        if !self.saw_tag {
            self.warnings.push(ParseWarning::NoSectionTags);
        } else if self.untagged_before_tag {
            if let Some(line) = self.first_tag_line {
                self.warnings
                    .push(ParseWarning::PartialSectionTags { line });
            }
        }
        self.find_reporter();
        if !self.saw_tag {
            self.assign_untagged_sections();
        }
        if let Some(last) = self.items.last() {
            let cut = match &last.kind {
                ItemKind::Paragraph(p) => !ends_like_sentence(p),
                ItemKind::Quote(q) => {
                    q.complete && !ends_like_sentence(&q.text) && !q.text.ends_with("...")
                }
            };
            if cut && last.section != Section::Signoff {
                self.warnings.push(ParseWarning::Truncated {
                    line: self.last_line.max(last.line),
                });
            }
        }
        if self.reporter.is_none() {
            self.warnings.push(ParseWarning::NoReporter);
        }
        Transcript {
            lang: self.lang,
            title: self.title,
            date: self.date,
            items: self.items,
            speakers: self.speakers,
            reporter: self.reporter,
            warnings: self.warnings,
        }
    }

    /// Without tags, paragraphs up to the reporter's introduction are the anchor's; without an
    /// introduction, only the first paragraph is.
    fn assign_untagged_sections(&mut self) {
        let intro_at = self
            .items
            .iter()
            .position(|it| it.section == Section::Report);
        let mut first = true;
        for (n, item) in self.items.iter_mut().enumerate() {
            if item.section == Section::Signoff {
                continue;
            }
            item.section = match intro_at {
                Some(at) if n < at => Section::Anchor,
                Some(_) => Section::Report,
                None if first => Section::Anchor,
                None => Section::Report,
            };
            first = false;
        }
    }

    /// Finds the reporter's introduction (removing it from the body: it becomes the byline)
    /// and the sign-off (kept, as a sign-off paragraph).
    fn find_reporter(&mut self) {
        // item, the introduction's sentence index, name
        let mut intro: Option<(usize, usize, String)> = None;
        for (n, item) in self.items.iter().enumerate() {
            if item.section == Section::Report && self.saw_tag {
                break;
            }
            let ItemKind::Paragraph(p) = &item.kind else {
                continue;
            };
            // Any sentence may hand over: a flattened page runs the report on after it.
            let found = sentences(p)
                .iter()
                .enumerate()
                .find_map(|(k, s)| intro_name(s, self.lang).map(|name| (k, name)));
            if let Some((k, name)) = found {
                intro = Some((n, k, name));
                if self.saw_tag {
                    continue;
                }
                break;
            }
        }
        // An anchor's question to the reporter names them but stays the anchor's words.
        let question = intro.as_ref().is_some_and(|(n, k, _)| match self.items.get(*n).map(|it| &it.kind) {
            Some(ItemKind::Paragraph(p)) => sentences(p).get(*k).is_some_and(|s| asks(s, self.lang)),
            _ => false,
        });
        if let (Some((n, _, name)), true) = (&intro, question) {
            let line = self.items.get(*n).map_or(1, |it| it.line);
            self.reporter = Some(Reporter { name: name.clone(), line });
        } else if let Some((n, k, name)) = intro {
            let line = self.items.get(n).map_or(1, |it| it.line);
            self.reporter = Some(Reporter { name, line });
            let untagged = !self.saw_tag;
            let mut after_item: Option<Item> = None;
            let mut removed = false;
            if let Some(item) = self.items.get_mut(n) {
                if let ItemKind::Paragraph(p) = &item.kind {
                    let sents = sentences(p);
                    let kept: Vec<&str> = sents.iter().take(k).copied().collect();
                    let after: Vec<&str> = sents.iter().skip(k + 1).copied().collect();
                    if !after.is_empty() {
                        let section = if untagged {
                            Section::Report
                        } else {
                            item.section
                        };
                        after_item = Some(Item {
                            line: item.line,
                            section,
                            kind: ItemKind::Paragraph(after.join(" ")),
                        });
                    }
                    if kept.is_empty() {
                        removed = true;
                    } else {
                        item.kind = ItemKind::Paragraph(kept.join(" "));
                    }
                }
            }
            let mut first_report = n + 1;
            if removed {
                self.items.remove(n);
                first_report = n;
            }
            if let Some(after) = after_item {
                self.items.insert(first_report, after);
            }
            if untagged {
                // Mark the story after the introduction as the report, and only what came
                // before it as the anchor's.
                for (i, item) in self.items.iter_mut().enumerate() {
                    if item.section != Section::Signoff {
                        item.section = if i < first_report {
                            Section::Anchor
                        } else {
                            Section::Report
                        };
                    }
                }
            }
        }
        // The sign-off: the last sentence of the last paragraph.
        let last_para = self
            .items
            .iter()
            .rposition(|it| matches!(it.kind, ItemKind::Paragraph(_)));
        if let Some(n) = last_para {
            let (line, text) = match self.items.get(n) {
                Some(Item {
                    line,
                    kind: ItemKind::Paragraph(p),
                    ..
                }) => (*line, p.clone()),
                _ => return,
            };
            let sents = sentences(&text);
            if let Some(last) = sents.last() {
                if let Some(name) = signoff_name(last, self.lang) {
                    if self.reporter.is_none() {
                        self.reporter = Some(Reporter { name, line });
                    }
                    let before: Vec<&str> = sents
                        .iter()
                        .take(sents.len().saturating_sub(1))
                        .copied()
                        .collect();
                    let signoff = Item {
                        line,
                        section: Section::Signoff,
                        kind: ItemKind::Paragraph((*last).to_string()),
                    };
                    if before.is_empty() {
                        if let Some(item) = self.items.get_mut(n) {
                            *item = signoff;
                        }
                    } else {
                        if let Some(item) = self.items.get_mut(n) {
                            item.kind = ItemKind::Paragraph(before.join(" "));
                        }
                        self.items.insert(n + 1, signoff);
                    }
                }
            }
        }
    }

    /// Whether the text reads as a transcript: it has section tags or quote markers, or
    /// some paragraph ends with the reporter's introduction or sign-off, which
    /// [`Parser::finish`] would find.
    fn is_transcript(&self) -> bool {
        self.saw_tag
            || self.saw_marker_or_block
            || (self.saw_page && self.items.iter().any(|item| matches!(item.kind, ItemKind::Paragraph(_))))
            || self.items.iter().any(|item| match &item.kind {
                ItemKind::Paragraph(p) => sentences(p).last().is_some_and(|s| {
                    intro_name(s, self.lang).is_some() || signoff_name(s, self.lang).is_some()
                }),
                ItemKind::Quote(_) => false,
            })
    }
}

/// A section tag or quote marker in brackets or angle brackets at the start of `t`.
fn bracket_tag(t: &str) -> Option<TagKind> {
    let (open, close) = if t.starts_with('[') {
        ('[', ']')
    } else if t.starts_with('<') {
        ('<', '>')
    } else {
        return None;
    };
    let end = t.find(close)?;
    let inner = t.get(open.len_utf8()..end)?;
    section_tag(inner)
}

/// An unterminated tag (`[Anchor`, `<리포트`): a bracket, a tag's words and no close.
fn is_tag_fragment(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('[').or_else(|| t.strip_prefix('<')) else {
        return false;
    };
    !inner.contains([']', '>', ':', '"', '\u{201C}']) && section_tag(inner).is_some()
}

/// A headline without the page's programme tag (`[9시 뉴스]`) or outlet and date
/// (`… / KBS 2024.12.04`, `… | KBS News`).
fn clean_title(title: &str) -> String {
    let mut t = title.trim();
    while let Some(rest) = t.strip_prefix('[') {
        match rest.find(']') {
            Some(close)
                if rest
                    .get(..close)
                    .is_some_and(|tag| tag.chars().count() <= 12) =>
            {
                t = rest.get(close + 1..).unwrap_or("").trim_start();
            }
            _ => break,
        }
    }
    for sep in [" / ", " | ", " - "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let outlet = tail.trim_start().starts_with("KBS");
            if (outlet || chrome::date_in(tail).is_some())
                && tail.chars().count() <= 30
                && !head.trim().is_empty()
            {
                t = head.trim_end();
            }
        }
    }
    if t.is_empty() {
        title.trim().to_string()
    } else {
        t.to_string()
    }
}

fn strip_leading_tag(t: &str) -> &str {
    let close = if t.starts_with('[') { ']' } else { '>' };
    t.find(close)
        .and_then(|e| t.get(e + 1..))
        .unwrap_or("")
        .trim()
}

fn is_footage_label(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    [
        "footage",
        "video",
        "tv",
        "photo",
        "source",
        "graphic",
        "archive",
        "courtesy",
        "자료",
        "영상",
        "화면",
        "사진",
        "출처",
        "제공",
        "그래픽",
        "조선중앙",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Collects a speaker block that may run over several segments. Returns the block text, the
/// index after it, and whether it closed.
fn collect_block(seg: &Segment, kept: &[Segment], next: usize) -> (String, usize, bool) {
    let mut body = seg.text.clone();
    if block_end(&body).is_some() || body.trim_end().ends_with(']') {
        return (body, next, true);
    }
    // Look ahead a few segments for the close; a block does not cross a tag or another block.
    let mut j = next;
    let mut collected = body.clone();
    let limit = next + 12;
    while let Some(s) = kept.get(j) {
        if j >= limit
            || bracket_tag(&s.text).is_some()
            || (s.text.starts_with('[') && opens_speaker_block(&s.text))
        {
            break;
        }
        j += 1;
        if s.text.is_empty() {
            continue;
        }
        collected.push(' ');
        collected.push_str(&s.text);
        if block_end(&s.text).is_some() || s.text.trim_end().ends_with(']') {
            return (collected, j, true);
        }
    }
    // Unclosed: keep the first line and the lines right under it, up to a blank line.
    let mut k = next;
    while let Some(s) = kept.get(k) {
        if s.text.is_empty() || bracket_tag(&s.text).is_some() || s.text.starts_with('[') {
            break;
        }
        body.push(' ');
        body.push_str(&s.text);
        k += 1;
    }
    (body, k, false)
}

/// Splits `Label : "quote"` at the colon before the first quotation mark. No colon (or a
/// colon inside the quote) means no label.
fn split_label(inner: &str) -> (Option<&str>, &str) {
    let quote_at = inner
        .find(|c: char| is_open_quote(c) && c != '\'')
        .unwrap_or(inner.len());
    match inner
        .get(..quote_at)
        .and_then(|head| head.rfind([':', '：']))
    {
        Some(colon) => {
            let label = inner.get(..colon).unwrap_or("").trim();
            let rest = inner.get(colon..).unwrap_or("");
            let rest = rest
                .get(rest.chars().next().map_or(0, char::len_utf8)..)
                .unwrap_or("");
            (Some(label), rest.trim())
        }
        None => (None, inner.trim()),
    }
}

/// A quote without its outer marks.
struct Unquoted {
    text: String,
    complete: bool,
    closed_mark: bool,
}

fn unquote(quote: &str, complete: bool) -> Unquoted {
    let q = squeeze(quote);
    let mut chars = q.chars();
    let opened = chars.next().is_some_and(is_open_quote);
    let mut text: String = if opened {
        chars.as_str().to_string()
    } else {
        q.clone()
    };
    let closed_mark = text.chars().next_back().is_some_and(is_close_quote);
    if closed_mark && opened {
        text.pop();
    }
    Unquoted {
        text: text.trim().to_string(),
        complete,
        closed_mark: closed_mark || !opened,
    }
}

fn closes_quote(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(']')
        .chars()
        .next_back()
        .is_some_and(is_close_quote)
}

/// Quoted speech introduced inline: `Kim Tae-hyo (Principal Deputy Adviser): The president…`,
/// `조용현(순경/해경 파출소) : "…"`. The label must read as a name with a parenthesised role.
fn inline_label_quote(t: &str) -> Option<(SpeakerLabel, Unquoted)> {
    let colon = find_colon(t)?;
    let head = t.get(..colon)?.trim();
    if head.chars().count() > 120 || !head.contains('(') || !head.ends_with(')') {
        return None;
    }
    let name = head.split('(').next().unwrap_or("").trim();
    if !looks_like_name(name) && !name.is_empty() {
        return None;
    }
    let rest = t.get(colon..)?;
    let rest = rest
        .get(rest.chars().next().map_or(0, char::len_utf8)..)?
        .trim();
    if rest.is_empty() {
        return None;
    }
    let quoted = rest.chars().next().is_some_and(is_open_quote);
    let mut q = unquote(rest, true);
    if !quoted {
        q.closed_mark = true;
    }
    Some((parse_label(head), q))
}

/// The first `:` or full-width `：` in `s`. Two single-character searches (each a fast
/// memchr) instead of one search for either: this runs over every paragraph.
fn find_colon(s: &str) -> Option<usize> {
    let ascii = s.find(':');
    let before = s.get(..ascii.unwrap_or(s.len())).unwrap_or(s);
    before.find('：').or(ascii)
}

/// Joins hard-wrapped lines: a line that does not end a sentence continues on the next
/// non-blank line, unless that line is a tag or block.
fn join_wrapped(seg: &Segment, kept: &[Segment], next: usize) -> (String, usize) {
    let mut text = seg.text.clone();
    let mut j = next;
    while !ends_like_sentence(&text) {
        match kept.get(j) {
            Some(s)
                if !s.text.is_empty()
                    && !s.text.starts_with('[')
                    && bracket_tag(&s.text).is_none()
                    && !s.text.chars().next().is_some_and(is_open_quote) =>
            {
                text.push(' ');
                text.push_str(&s.text);
                j += 1;
            }
            _ => break,
        }
    }
    (squeeze(&text), j)
}

/// Words that name a reporter's role right before their name ("Paris correspondent",
/// "our reporter", "a meteorological specialist").
const EN_ROLE_WORDS: [&str; 6] = [
    "correspondent",
    "reporter",
    "specialist",
    "journalist",
    "anchor",
    "editor",
];

/// Verbs (and phrases) with which an introduction hands over to the reporter.
const EN_INTRO_VERBS: [&str; 11] = [
    " reports",
    " reporting",
    " has the details",
    " has the story",
    " has more",
    " has the report",
    " has this report",
    " takes a look",
    " brings us",
    " joins us",
    " explains",
];

/// The name at the end of `words`, after any role words: "Paris correspondent Moon Ye-jin"
/// and "our reporter Moon Ye-jin" give "Moon Ye-jin".
fn name_after_role(words: &str) -> Option<String> {
    let words = words.trim().trim_end_matches(',').trim();
    // "Seo Ha-rin, a meteorological specialist": the name before the apposition.
    if let Some((name, apposition)) = words.split_once(", ") {
        let lower = apposition.to_lowercase();
        if EN_ROLE_WORDS.iter().any(|r| lower.contains(r)) && looks_like_name(name) {
            return Some(name.trim().to_string());
        }
    }
    let lower = words.to_lowercase();
    let after_role = EN_ROLE_WORDS
        .iter()
        .filter_map(|r| lower.rfind(&format!("{r} ")).map(|at| at + r.len() + 1))
        .max()
        .unwrap_or(0);
    let mut name = words.get(after_role..)?.trim();
    // "First, we go to Washington, where Kim Ji-sook reports": the name after "where".
    if let Some(at) = name.rfind("where ") {
        name = name.get(at + "where ".len()..).unwrap_or(name).trim();
    }
    for prefix in ["This is ", "KBS ", "Our ", "our "] {
        name = name.strip_prefix(prefix).unwrap_or(name);
    }
    looks_like_name(name).then(|| name.to_string())
}

/// The reporter named by an anchor's introduction sentence, if the sentence is one.
pub(crate) fn intro_name(sentence: &str, lang: Lang) -> Option<String> {
    let s = sentence.trim().trim_end_matches(['.', '!']).trim();
    match lang {
        Lang::En => {
            if s.chars().count() > 120 {
                return None;
            }
            // "Moon Ye-jin reports", "Paris correspondent Moon Ye-jin reports from Paris".
            if let Some(cut) = EN_INTRO_VERBS.iter().filter_map(|v| s.find(v)).min() {
                if let Some(name) = s.get(..cut).and_then(name_after_role) {
                    return Some(name);
                }
            }
            if let Some(name) = addressed_reporter(s) {
                return Some(name);
            }
            // "This is reporter Gil Na-yeon", "The first report comes from our correspondent
            // Yoon Da-som": a role word right before a name that ends the sentence.
            let lower = s.to_lowercase();
            let has_role = EN_ROLE_WORDS
                .iter()
                .any(|r| lower.contains(&format!("{r} ")));
            let hands_over = lower.starts_with("this is ")
                || lower.contains("report")
                || lower.contains("comes from");
            if has_role && hands_over {
                return name_after_role(s);
            }
            None
        }
        Lang::Ko => {
            if let Some(name) = addressed_reporter_ko(s) {
                return Some(name);
            }
            if !s.ends_with("니다") {
                return None;
            }
            let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
            for (i, word) in words.iter().enumerate() {
                // "기자가", "기상전문기자가", "특파원이": a role word with what follows it.
                let Some((role_end, marker)) = ["기자", "특파원"]
                    .iter()
                    .find_map(|m| word.find(m).map(|at| (at + m.len(), *m)))
                else {
                    continue;
                };
                let _ = marker;
                let rest_of_word = word.get(role_end..).unwrap_or("");
                let after: String = std::iter::once(rest_of_word)
                    .chain(words.iter().skip(i + 1).copied())
                    .collect::<Vec<&str>>()
                    .join(" ");
                // "특파원니다": a sign-off typed without its "입".
                let ok_after = after == "니다" || [
                    "입니다",
                    "가 보도합니다",
                    "가 전해드립니다",
                    "의 보도입니다",
                    "가 전합니다",
                    "가 취재했습니다",
                    "가 보도했습니다",
                    "이 보도합니다",
                    "이 전해드립니다",
                    "이 전합니다",
                    "의 리포트입니다",
                ]
                .iter()
                .any(|e| after.starts_with(e))
                    || ((after.starts_with('가') || after.starts_with('이'))
                        && after.ends_with("습니다"));
                if !ok_after {
                    continue;
                }
                let Some(name) = i.checked_sub(1).and_then(|j| words.get(j)) else {
                    continue;
                };
                if is_korean_name(name) {
                    return Some((*name).to_string());
                }
            }
            None
        }
    }
}

/// The reporter an anchor turns to by name: "Reporter Song Rak-kyu, I understand that …?",
/// "Correspondent Lee Do-hyun, what is the latest?".
fn addressed_reporter(s: &str) -> Option<String> {
    let (head, rest) = s.split_once(", ")?;
    let lower = head.to_lowercase();
    let name = ["reporter ", "correspondent "].iter().find_map(|r| lower.starts_with(r).then(|| head.get(r.len()..)).flatten())?;
    let asks = sentence_asks(rest);
    (asks && looks_like_name(name.trim())).then(|| name.trim().to_string())
}

/// The reporter a Korean anchor turns to by name: "김하늘 특파원, 오늘로 사흘째죠?",
/// "박가람 기자, 현장 분위기는 어떻습니까": a name, a reporter's role and a comma, then a
/// question.
fn addressed_reporter_ko(s: &str) -> Option<String> {
    let (head, rest) = s.split_once(',')?;
    let (name, role) = head.trim().split_once(' ')?;
    let reporter = role.ends_with("기자") || role.ends_with("특파원");
    (reporter && is_korean_name(name) && asks(rest, Lang::Ko)).then(|| name.to_string())
}

/// Whether a sentence is a question (it ends with a question mark).
pub(crate) fn sentence_asks(s: &str) -> bool {
    s.trim_end().ends_with('?')
}

/// Whether a sentence is a question in `lang`. A Korean question is often written without its
/// mark: it ends in a questioning ending ("사흘째죠.", "어떻습니까", "나왔나요").
pub(crate) fn asks(s: &str, lang: Lang) -> bool {
    const KO_ENDINGS: [&str; 5] = ["죠", "까", "나요", "가요", "지요"];
    let bare = s.trim_end().trim_end_matches('.');
    sentence_asks(s) || lang == Lang::Ko && KO_ENDINGS.iter().any(|e| bare.ends_with(e))
}

fn is_korean_name(name: &str) -> bool {
    let syllables = name.chars().filter(|c| super::text::is_hangul(*c)).count();
    (2..=4).contains(&syllables) && name.chars().all(super::text::is_hangul)
}

/// The reporter named by a sign-off sentence, if the sentence is one.
pub(crate) fn signoff_name(sentence: &str, lang: Lang) -> Option<String> {
    let s = sentence.trim();
    match lang {
        Lang::En => {
            let s = s.trim_end_matches('.').trim();
            if s.chars().count() > 90 {
                return None;
            }
            // "This is KBS News, Lee Ha-eun." reads as "KBS News, Lee Ha-eun."
            let s = s.strip_prefix("This is ").filter(|rest| rest.starts_with("KBS")).unwrap_or(s);
            // "This is Lee Ha-eun from KBS News in Washington."
            if let Some(at) = s.find(" from KBS") {
                let name = s.get(..at)?.trim();
                let name = name.strip_prefix("This is ").unwrap_or(name);
                if looks_like_name(name) {
                    return Some(name.to_string());
                }
            }
            if let Some(rest) = s
                .strip_prefix("KBS News, ")
                .or_else(|| s.strip_prefix("KBS World News, "))
            {
                let name = rest.split(',').next().unwrap_or("").trim();
                return looks_like_name(name).then(|| name.to_string());
            }
            if let Some(at) = s.find(", KBS News") {
                let name = s.get(..at)?.trim();
                let name = name.strip_prefix("This is ").unwrap_or(name);
                return looks_like_name(name).then(|| name.to_string());
            }
            // "This is Moon Ye-jin reporting from Paris for KBS News."
            if s.contains("KBS") {
                return intro_name(s, lang);
            }
            None
        }
        Lang::Ko => {
            let s = s.trim_end_matches('.').trim();
            if s.chars().count() > 40 {
                return None;
            }
            let at = s
                .find("KBS 뉴스")
                .map(|a| a + "KBS 뉴스".len())
                .or_else(|| s.find("KBS뉴스").map(|a| a + "KBS뉴스".len()))?;
            let tail = s.get(at..)?.trim();
            // A sign-off cut mid-word ("KBS 뉴스 윤다솜입니") still names the reporter.
            let name = ["입니다", "입니", "입"]
                .iter()
                .find_map(|e| tail.strip_suffix(e))
                .unwrap_or(tail)
                .trim();
            is_korean_name(name).then(|| name.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intros() {
        let cases = [
            ("Kim Kyung-jin reports.", Lang::En, Some("Kim Kyung-jin")),
            ("Reporter Han Da-eun, what did the ministry say?", Lang::En, Some("Han Da-eun")),
            ("Reporter Han Da-eun, the ministry spoke.", Lang::En, None),
            ("First, we go to Paris, where Moon Ye-jin reports.", Lang::En, Some("Moon Ye-jin")),
            ("이두리 특파원니다.", Lang::Ko, Some("이두리")),
            ("김하늘 특파원, 오늘로 사흘째죠.", Lang::Ko, Some("김하늘")),
            ("박가람 기자, 현장 분위기는 어떻습니까?", Lang::Ko, Some("박가람")),
            ("서하린 기상전문기자, 비는 언제 그치나요", Lang::Ko, Some("서하린")),
            ("김하늘 특파원, 오늘로 사흘째입니다.", Lang::Ko, None),
            ("주민 여러분, 어디로 가야 합니까?", Lang::Ko, None),
            (
                "This is Song Mi-rae reporting.",
                Lang::En,
                Some("Song Mi-rae"),
            ),
            (
                "Reporter Park Ha-eun has the details.",
                Lang::En,
                Some("Park Ha-eun"),
            ),
            (
                "Correspondent Lee Do-hyun reports from Washington.",
                Lang::En,
                Some("Lee Do-hyun"),
            ),
            ("The ministry reports a rise.", Lang::En, None),
            ("김하늘 기자입니다.", Lang::Ko, Some("김하늘")),
            ("워싱턴 이두리 특파원입니다.", Lang::Ko, Some("이두리")),
            ("박가람 기자가 보도합니다.", Lang::Ko, Some("박가람")),
            (
                "그 현장을 최나래 기자가 만났습니다.",
                Lang::Ko,
                Some("최나래"),
            ),
            ("기자들이 모였습니다.", Lang::Ko, None),
            (
                "This is reporter Gil Na-yeon.",
                Lang::En,
                Some("Gil Na-yeon"),
            ),
            (
                "The first report comes from our correspondent Yoon Da-som.",
                Lang::En,
                Some("Yoon Da-som"),
            ),
            (
                "Paris correspondent Moon Ye-jin reports.",
                Lang::En,
                Some("Moon Ye-jin"),
            ),
            (
                "Seo Ha-rin, a meteorological specialist, reports.",
                Lang::En,
                Some("Seo Ha-rin"),
            ),
            ("This is Seoul.", Lang::En, None),
            ("The report comes from the ministry.", Lang::En, None),
            (
                "서하린 기상전문기자가 보도합니다.",
                Lang::Ko,
                Some("서하린"),
            ),
            (
                "파리에서 문예진 특파원이 전합니다.",
                Lang::Ko,
                Some("문예진"),
            ),
        ];
        for (input, lang, want) in cases {
            assert_eq!(intro_name(input, lang).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn a_soundbite_with_no_words_names_its_speaker_and_quotes_nothing() -> Result<(), ParseError> {
        let t = parse("<앵커 멘트>\n미국이 압박했습니다.\n<리포트>\n미국 정부는 압박을 이어갔습니다.\n<녹취> 스타인버그(부장관)\n미국은 대표단을 보낼 예정입니다.\n워싱턴에서 KBS 뉴스 이춘호입니다.", Lang::Ko)?;
        assert_eq!(t.speakers.iter().map(|s| (s.name.as_str(), s.title.as_deref())).collect::<Vec<_>>(), [("스타인버그", Some("부장관"))]);
        assert!(!t.items.iter().any(|item| matches!(item.kind, ItemKind::Quote(_))));
        assert!(t.warnings.iter().any(|w| matches!(w, ParseWarning::NotTranscribed { line: 5, .. })), "{:?}", t.warnings);
        Ok(())
    }

    #[test]
    fn signoffs() {
        let cases = [
            ("KBS News, Kim Kyung-jin.", Lang::En, Some("Kim Kyung-jin")),
            ("This is KBS News, Lee Ha-eun.", Lang::En, Some("Lee Ha-eun")),
            ("This is Lee Ha-eun from KBS News in Washington.", Lang::En, Some("Lee Ha-eun")),
            (
                "Lee Do-hyun, KBS News, Washington.",
                Lang::En,
                Some("Lee Do-hyun"),
            ),
            ("KBS 뉴스 김하늘입니다.", Lang::Ko, Some("김하늘")),
            (
                "워싱턴에서 KBS 뉴스 이두리입니다.",
                Lang::Ko,
                Some("이두리"),
            ),
            ("KBS뉴스 박가람입니다.", Lang::Ko, Some("박가람")),
            ("The KBS News team is here.", Lang::En, None),
            ("KBS 뉴스 윤다솜입니", Lang::Ko, Some("윤다솜")),
            ("KBS 뉴스 윤다솜", Lang::Ko, Some("윤다솜")),
            (
                "This is Moon Ye-jin reporting from Paris for KBS News.",
                Lang::En,
                Some("Moon Ye-jin"),
            ),
            (
                "This is Seo Ha-rin reporting for KBS News.",
                Lang::En,
                Some("Seo Ha-rin"),
            ),
        ];
        for (input, lang, want) in cases {
            assert_eq!(signoff_name(input, lang).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn titles_lose_tags_outlets_and_dates() {
        let cases = [
            (
                "OPPOSITION SEEKS PROBE / KBS 2025.03.11",
                "OPPOSITION SEEKS PROBE",
            ),
            ("[9시 뉴스] 야당, 특검 추진", "야당, 특검 추진"),
            (
                "[단독][9시 뉴스] 항만 계약 의혹 | KBS 뉴스",
                "항만 계약 의혹",
            ),
            ("Snow on the coast - 2024.12.04", "Snow on the coast"),
            (
                "Seoul - Busan rail line opens",
                "Seoul - Busan rail line opens",
            ),
            ("[9시 뉴스]", "[9시 뉴스]"),
        ];
        for (input, want) in cases {
            assert_eq!(clean_title(input), want, "{input}");
        }
    }

    #[test]
    fn tag_fragments() {
        let cases = [
            ("[Anchor", true),
            ("<리포트", true),
            ("[Anchor]", false),
            ("[Kim: \"Hi", false),
            ("[Notes", false),
        ];
        for (input, want) in cases {
            assert_eq!(is_tag_fragment(input), want, "{input}");
        }
    }

    #[test]
    fn flattened_lines_are_cut_at_tags_and_blocks() {
        let segs = segments("[Anchor] One. X reports. [Report] Two. [A Bee/Chief: \"Hi.\"] Three.");
        let texts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "[Anchor]",
                "One. X reports.",
                "[Report]",
                "Two.",
                "[A Bee/Chief: \"Hi.\"]",
                "Three."
            ]
        );
    }
}
