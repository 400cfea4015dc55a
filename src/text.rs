//! The interface text, one catalogue per language. No reader-facing literal lives anywhere
//! else in the widget.

use briefing_core::model::{Certainty, Lang, Stance};

use crate::failure::FailureKind;

/// Every interface string the widget shows, in one language.
pub struct Catalogue {
    /// The language's own name, on the toggle button that switches to it.
    pub language_name: &'static str,
    /// The toggle's description (its title), saying what it does; its name stays the
    /// language's own name, which is what it shows.
    pub switch_language: &'static str,
    /// Marks a passage shown in the other language because this one is missing.
    pub fallback_note: &'static str,
    /// The region label of the whole widget.
    pub briefing: &'static str,
    /// Heading of the key points.
    pub key_points: &'static str,
    /// Heading of the quotes.
    pub quotes: &'static str,
    /// Heading of the story's paragraphs.
    pub story: &'static str,
    /// Heading of the actors and relations.
    pub relations: &'static str,
    /// Expand-all button.
    pub expand_all: &'static str,
    /// Collapse-all button.
    pub collapse_all: &'static str,
    /// A collapsed quote's button.
    pub show_quote: &'static str,
    /// An open quote's button.
    pub hide_quote: &'static str,
    /// The label before a quote's context.
    pub context: &'static str,
    /// The reporter, before the byline.
    pub reported_by: &'static str,
    /// The source footer, before the link to the original story.
    pub original_story: &'static str,
    /// Shown when the report was made by the ingester, not a person.
    pub machine_extracted: &'static str,
    /// The loading state.
    pub loading: &'static str,
    /// The error panel's heading.
    pub error_title: &'static str,
    /// The disclosure with an error's details for editors.
    pub error_details: &'static str,
    /// The report could not be fetched.
    pub error_fetch: &'static str,
    /// The report was fetched but is not a valid briefing.
    pub error_invalid: &'static str,
    /// The element names no report.
    pub error_no_source: &'static str,
    /// The widget's code failed.
    pub error_internal: &'static str,
    /// Label of the actor buttons' group.
    pub actors: &'static str,
    /// The map's accessible name.
    pub map_label: &'static str,
    /// Stance words.
    pub cooperative: &'static str,
    /// Stance words.
    pub hostile: &'static str,
    /// Stance words.
    pub neutral: &'static str,
    /// Certainty words.
    pub reported: &'static str,
    /// Certainty words.
    pub analysis: &'static str,
    /// Certainty words.
    pub expected: &'static str,
    /// Certainty words.
    pub possible: &'static str,
    /// Certainty words.
    pub denied: &'static str,
    /// A relation both sides share.
    pub mutual: &'static str,
    /// A relation one side directs at the other.
    pub directed: &'static str,
    /// Before the evidence links of a relation.
    pub evidence: &'static str,
    /// An evidence link to a paragraph, before its number.
    pub paragraph: &'static str,
    /// Legend: a solid line.
    pub legend_reported: &'static str,
    /// Legend: a dashed line.
    pub legend_unconfirmed: &'static str,
    /// Shows the whole story.
    pub show_story: &'static str,
    /// Hides the whole story.
    pub hide_story: &'static str,
    /// Shows the list of every relation.
    pub show_relations: &'static str,
    /// Hides the list of every relation.
    pub hide_relations: &'static str,
    /// The one-line summary of the actors and relations: how many actors, and the relations
    /// by stance.
    pub relations_summary: fn(usize, StanceCounts) -> String,
    /// Under a map that shows only some actors: how many it shows, of how many.
    pub map_note: fn(usize, usize) -> String,
    /// A publication date from its year, month (1 to 12) and day.
    pub date: fn(&str, usize, u8) -> Option<String>,
}

/// English.
pub const EN: Catalogue = Catalogue {
    language_name: "English",
    switch_language: "Read this briefing in English",
    fallback_note: "Not available in English; shown in Korean",
    briefing: "Story briefing",
    key_points: "Key points",
    quotes: "Who said what",
    story: "The story",
    relations: "Who stands where",
    expand_all: "Expand all quotes",
    collapse_all: "Collapse all quotes",
    show_quote: "Show full quote",
    hide_quote: "Hide full quote",
    context: "Context",
    reported_by: "Reported by",
    original_story: "Original story",
    machine_extracted: "Machine-extracted: check against the original story",
    loading: "Loading the briefing…",
    error_title: "This briefing cannot be shown",
    error_details: "Details for editors",
    error_fetch: "The report could not be loaded.",
    error_invalid: "The report is not a valid briefing.",
    error_no_source: "No report was given to this widget.",
    error_internal: "The widget stopped because of an internal error.",
    actors: "Select an actor to highlight its relations",
    map_label: "Map of the relations between the actors",
    cooperative: "cooperative",
    hostile: "hostile",
    neutral: "neutral",
    reported: "reported",
    analysis: "analysis",
    expected: "expected",
    possible: "possible",
    denied: "denied",
    mutual: "mutual",
    directed: "one-way",
    evidence: "Evidence",
    paragraph: "Paragraph",
    legend_reported: "solid line: reported as fact",
    legend_unconfirmed: "dashed line: analysis, expectation, possibility or denial",
    show_story: "Show the whole story",
    hide_story: "Hide the whole story",
    show_relations: "Show every relation",
    hide_relations: "Hide the relation list",
    relations_summary: |actors, counts| {
        let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
        format!(
            "{} and {}: {} cooperative, {} hostile, {} neutral.",
            plural(actors, "actor"),
            plural(counts.total(), "relation"),
            counts.cooperative,
            counts.hostile,
            counts.neutral
        )
    },
    map_note: |shown, total| {
        format!("The map shows the {shown} actors with the most relations; the list below has all {total}.")
    },
    date: |year, month, day| {
        const MONTHS: [&str; 12] = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ];
        let name = MONTHS.get(month.checked_sub(1)?)?;
        Some(format!("{name} {day}, {year}"))
    },
};

/// Korean.
pub const KO: Catalogue = Catalogue {
    language_name: "한국어",
    switch_language: "이 브리핑을 한국어로 보기",
    fallback_note: "한국어 내용이 없어 영어로 표시합니다",
    briefing: "뉴스 브리핑",
    key_points: "핵심 내용",
    quotes: "주요 발언",
    story: "기사 전문",
    relations: "관계 요약",
    expand_all: "발언 모두 펼치기",
    collapse_all: "발언 모두 접기",
    show_quote: "발언 전체 보기",
    hide_quote: "발언 접기",
    context: "배경",
    reported_by: "취재",
    original_story: "기사 원문",
    machine_extracted: "자동 추출된 브리핑입니다. 원문과 대조해 주세요",
    loading: "브리핑을 불러오는 중…",
    error_title: "브리핑을 표시할 수 없습니다",
    error_details: "편집자용 세부 정보",
    error_fetch: "리포트를 불러오지 못했습니다.",
    error_invalid: "리포트가 올바른 브리핑 형식이 아닙니다.",
    error_no_source: "이 위젯에 지정된 리포트가 없습니다.",
    error_internal: "내부 오류로 위젯이 멈췄습니다.",
    actors: "행위자를 선택하면 관련 관계가 강조됩니다",
    map_label: "행위자 간 관계도",
    cooperative: "협력",
    hostile: "적대",
    neutral: "중립",
    reported: "보도된 사실",
    analysis: "분석",
    expected: "전망",
    possible: "가능성",
    denied: "부인",
    mutual: "상호",
    directed: "일방",
    evidence: "근거",
    paragraph: "문단",
    legend_reported: "실선: 사실로 보도됨",
    legend_unconfirmed: "점선: 분석·전망·가능성·부인",
    show_story: "기사 전문 보기",
    hide_story: "기사 전문 접기",
    show_relations: "관계 목록 보기",
    hide_relations: "관계 목록 접기",
    relations_summary: |actors, counts| {
        format!(
            "행위 주체 {actors}곳, 관계 {}건: 협력 {}건, 적대 {}건, 중립 {}건.",
            counts.total(),
            counts.cooperative,
            counts.hostile,
            counts.neutral
        )
    },
    map_note: |shown, total| {
        format!("관계도에는 관계가 가장 많은 {shown}곳만 표시했습니다. 아래 목록에 {total}곳 모두 있습니다.")
    },
    date: |year, month, day| Some(format!("{year}년 {month}월 {day}일")),
};

impl Catalogue {
    /// What a reader is told about a failure of this kind.
        pub fn failure(&self, kind: FailureKind) -> &'static str {
        match kind {
            FailureKind::Fetch => self.error_fetch,
            FailureKind::Invalid => self.error_invalid,
            FailureKind::NoSource => self.error_no_source,
            FailureKind::Internal => self.error_internal,
        }
    }
}

/// The word for a stance.
pub fn stance(lang: Lang, stance: Stance) -> &'static str {
    let text = catalogue(lang);
    match stance {
        Stance::Cooperative => text.cooperative,
        Stance::Hostile => text.hostile,
        Stance::Neutral => text.neutral,
    }
}

/// The word for a certainty.
pub fn certainty(lang: Lang, certainty: Certainty) -> &'static str {
    let text = catalogue(lang);
    match certainty {
        Certainty::Reported => text.reported,
        Certainty::Analysis => text.analysis,
        Certainty::Expected => text.expected,
        Certainty::Possible => text.possible,
        Certainty::Denied => text.denied,
    }
}

/// How many of each stance the relations have, for the summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StanceCounts {
    /// Cooperative relations.
    pub cooperative: usize,
    /// Hostile relations.
    pub hostile: usize,
    /// Neutral relations.
    pub neutral: usize,
}

impl StanceCounts {
    /// Every relation counted.
    pub fn total(&self) -> usize {
        self.cooperative + self.hostile + self.neutral
    }
}

/// The catalogue for `lang`.
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

/// Reads a language tag (`ko`, `ko-KR`, `EN-us`); `None` for languages the widget lacks.
pub fn parse_tag(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    Lang::ALL.into_iter().find(|lang| primary.eq_ignore_ascii_case(lang.code()))
}

/// A publication date for readers: `October 16, 2024` / `2024년 10월 16일`. Falls back to the
/// date as written when it is not `YYYY-MM-DD…` (validation already refused bad dates).
pub fn format_date(date: &str, lang: Lang) -> String {
    let mut parts = date.get(..10).unwrap_or(date).splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let (Ok(month), Ok(day)) = (month.parse::<usize>(), day.parse::<u8>()) else {
        return date.to_string();
    };
    (catalogue(lang).date)(year, month, day).unwrap_or_else(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("ko", Some(Lang::Ko)),
            ("ko-KR", Some(Lang::Ko)),
            ("KO", Some(Lang::Ko)),
            ("en-US", Some(Lang::En)),
            ("en_GB", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("korean", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_tag(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn summarises_relations() {
        let counts = StanceCounts { cooperative: 9, hostile: 5, neutral: 2 };
        assert_eq!(
            (catalogue(Lang::En).relations_summary)(6, counts),
            "6 actors and 16 relations: 9 cooperative, 5 hostile, 2 neutral."
        );
        assert_eq!(
            (catalogue(Lang::Ko).relations_summary)(6, counts),
            "행위 주체 6곳, 관계 16건: 협력 9건, 적대 5건, 중립 2건."
        );
        let one = StanceCounts { cooperative: 1, hostile: 0, neutral: 0 };
        assert_eq!((catalogue(Lang::En).relations_summary)(1, one), "1 actor and 1 relation: 1 cooperative, 0 hostile, 0 neutral.");
    }

    #[test]
    fn formats_dates_per_language() {
        let cases: &[(&str, Lang, &str)] = &[
            ("2024-10-16", Lang::En, "October 16, 2024"),
            ("2024-10-16", Lang::Ko, "2024년 10월 16일"),
            ("2024-01-05T09:30:00+09:00", Lang::En, "January 5, 2024"),
            ("2024-13-05", Lang::En, "2024-13-05"),
            ("soon", Lang::Ko, "soon"),
        ];
        for (date, lang, expected) in cases {
            assert_eq!(format_date(date, *lang), *expected, "{date} {lang:?}");
        }
    }
}
