//! Transcript variations, one fixture each, with exact expectations; and inputs that must be
//! refused with a clear error.
#![cfg(feature = "ingest")]

use briefing_core::ingest::{ingest, IngestError, IngestInput, IngestWarning, Lang, ParseError};
use briefing_core::model::Report;
use briefing_core::validate::validate_report;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/transcripts/", $name))
    };
}

struct Case {
    name: &'static str,
    en: Option<&'static str>,
    ko: Option<&'static str>,
    /// (name, title, organisation) in the story's language.
    speakers: &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
    /// (speaker id, quote text).
    quotes: &'static [(&'static str, &'static str)],
    reporter: Option<&'static str>,
    paragraphs: usize,
    warnings: &'static [&'static str],
}

const URL_WARNING: &str = "no story URL given; the publisher's news site is used";

const CASES: &[Case] = &[
    Case {
        name: "korean, current layout with chrome, [녹취]/[인터뷰] prefixes and a place",
        en: None,
        ko: Some(fixture!("ko-modern.ko.txt")),
        speakers: &[
            ("정다운", Some("책임연구원"), Some("국립환경연구소")),
            ("오세린", Some("대변인"), Some("환경부")),
            ("김바다", None, None),
        ],
        quotes: &[
            ("jeongdaun", "올해는 고비사막의 강수량이 적어서 먼지가 더 많이 날아올 것으로 보입니다."),
            ("oserin", "양국 전문가가 매달 만나 예보 모델을 함께 고칠 계획입니다."),
            ("gimbada", "아침마다 창문을 열지 못하고 있어요."),
        ],
        reporter: Some("한소라"),
        paragraphs: 6,
        warnings: &[URL_WARNING],
    },
    Case {
        name: "older english: [Anchor Lead]/[Pkg], [Soundbite] with a role only or Name (Title): text, a second story",
        en: Some(fixture!("en-older.en.txt")),
        ko: None,
        speakers: &[
            ("Toll Booth Operator", None, None),
            ("Min Ha-rim", Some("Chief Engineer"), Some("Harbor Works Office")),
        ],
        quotes: &[
            ("toll-booth-operator", "Cars started arriving at four in the morning."),
            ("min-ha-rim", "The deck was rebuilt with steel from three suppliers."),
        ],
        reporter: None,
        paragraphs: 4,
        warnings: &[
            "line 25: a second story starts here; only the first story was read",
            "no reporter introduction or sign-off found",
            URL_WARNING,
        ],
    },
    Case {
        name: "english: title line, partial tags, spaced slashes, curly and nested quotes, unnamed blocks, place, programme and date, a broadcaster, footage",
        en: Some(fixture!("en-variants.en.txt")),
        ko: None,
        speakers: &[
            ("Baek Ji-ho", Some("Professor"), Some("Hanbit University")),
            ("Choi Eun-bi", Some("Spokesperson"), None),
            ("Nam Gyu-ri", None, None),
            ("Han Tae-o", Some("Minister of Oceans"), None),
            ("Korean Central TV", None, None),
        ],
        quotes: &[
            ("baek-ji-ho", "The sea level here has risen faster than the global average."),
            ("choi-eun-bi", "We will start where the ‘worst’ flooding happened."),
            ("choi-eun-bi", "We will also ask residents where the water rose highest."),
            ("choi-eun-bi", "Everything I had was under water. We had to start again."),
            ("nam-gyu-ri", "We have waited a long time for this."),
            ("han-tae-o", "The budget has been approved, and the work is expected to begin in the spring, before the typhoon season."),
            ("korean-central-tv", "The enemy is building walls."),
        ],
        reporter: Some("Yoon Seo-jin"),
        paragraphs: 5,
        warnings: &[
            "line 19: quote names no speaker; given to Choi Eun-bi",
            "line 23: quote names no speaker; given to Choi Eun-bi, but someone else may be speaking",
            "line 11: text before the first section tag has no tag; it was taken as the anchor's",
            URL_WARNING,
        ],
    },
    Case {
        name: "english flattened onto one line",
        en: Some(fixture!("en-flat.en.txt")),
        ko: None,
        speakers: &[("Ryu Min-seo", Some("Orchard Owner"), None)],
        quotes: &[("ryu-min-seo", "The color came in faster than I have ever seen.")],
        reporter: Some("Kim Do-ha"),
        paragraphs: 4,
        warnings: &[URL_WARNING],
    },
    Case {
        name: "english without section tags, hard-wrapped intro, a commuter's place",
        en: Some(fixture!("en-untagged.en.txt")),
        ko: None,
        speakers: &[("Seo Jun-ho", Some("Commuter"), None)],
        quotes: &[("seo-jun-ho", "It used to take me an hour. Now it takes forty minutes.")],
        reporter: Some("Lim Ga-eun"),
        paragraphs: 4,
        warnings: &[
            "no section tags; the first paragraph was taken as the anchor's introduction",
            URL_WARNING,
        ],
    },
    Case {
        name: "english cut off mid-quote and mid-word",
        en: Some(fixture!("en-cut.en.txt")),
        ko: None,
        speakers: &[("Kwon Si-u", Some("Road Maintenance Chief"), Some("Gangwon Office"))],
        quotes: &[("kwon-si-u", "We have cleared two of the four lanes, but the wind keeps")],
        reporter: Some("Jang Bo-ra"),
        paragraphs: 3,
        warnings: &[
            "line 11: speaker block has no closing quote; the quote may be cut off",
            "line 13: text stops mid-sentence; it may be cut off",
            URL_WARNING,
        ],
    },
    Case {
        name: "older korean: <앵커 멘트>, <녹취> 이름(직함) : \"…\", unnamed <녹취>, a correspondent",
        en: None,
        ko: Some(fixture!("ko-old.ko.txt")),
        speakers: &[("문지우", Some("추진위원장"), Some("축제")), ("배나리", Some("관람객"), None)],
        quotes: &[
            ("munjiu", "첫날에만 지난해 전체 방문객을 넘어섰습니다."),
            ("baenari", "아이들이 좋아해서 내년에도 오려고요."),
            ("baenari", "입장권이 모두 팔렸습니다."),
        ],
        reporter: Some("서하늘"),
        paragraphs: 6,
        warnings: &["line 21: quote names no speaker; given to 배나리", URL_WARNING],
    },
    Case {
        name: "english, speaker on its own line above a multi-line quote",
        en: Some(fixture!("en-own-line.en.txt")),
        ko: None,
        speakers: &[("Moon Chae-won", Some("Ranger"), Some("Wetland Park Office"))],
        quotes: &[("moon-chae-won", "We first saw it on Tuesday. It has stayed near the reeds since then.")],
        reporter: Some("Oh Ji-an"),
        paragraphs: 4,
        warnings: &[URL_WARNING],
    },
    Case {
        name: "english and korean of one story, the korean with an extra paragraph",
        en: Some(fixture!("pair.en.txt")),
        ko: Some(fixture!("pair.ko.txt")),
        speakers: &[("Shin Ha-yoon", Some("Researcher"), Some("Ocean Policy Institute"))],
        quotes: &[("shin-ha-yoon", "Both sides need the catch quotas settled before winter.")],
        reporter: Some("Go Eun-seo"),
        paragraphs: 4,
        warnings: &["ko line 11: paragraph has no English counterpart (near en line 9)", URL_WARNING],
    },
];

fn text_of(t: &briefing_core::model::LocalizedText, korean: bool) -> Option<&str> {
    if korean {
        t.ko.as_deref()
    } else {
        t.en.as_deref()
    }
}

#[test]
fn variations() {
    for case in CASES {
        let input = IngestInput {
            en: case.en,
            ko: case.ko,
            date_published: Some("2024-01-01"),
            ..IngestInput::default()
        };
        let out = match ingest(&input) {
            Ok(out) => out,
            Err(e) => panic!("{}: {e}", case.name),
        };
        let r: &Report = &out.report;
        let korean = case.en.is_none();
        assert!(validate_report(r.clone()).is_ok(), "{}", case.name);
        let speakers: Vec<(&str, Option<&str>, Option<&str>)> = r
            .speakers
            .iter()
            .map(|s| {
                (
                    text_of(&s.name, korean).unwrap_or(""),
                    s.title.as_ref().and_then(|t| text_of(t, korean)),
                    s.organisation.as_ref().and_then(|t| text_of(t, korean)),
                )
            })
            .collect();
        assert_eq!(speakers, case.speakers, "{}", case.name);
        let quotes: Vec<(&str, &str)> = r
            .quotes
            .iter()
            .map(|q| (q.speaker.as_str(), text_of(&q.text, korean).unwrap_or("")))
            .collect();
        assert_eq!(quotes, case.quotes, "{}", case.name);
        let reporter = r.source.byline.as_ref().and_then(|b| text_of(b, korean));
        assert_eq!(reporter, case.reporter, "{}", case.name);
        assert_eq!(r.body.len(), case.paragraphs, "{}", case.name);
        let warnings: Vec<String> = out.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings, case.warnings, "{}", case.name);
    }
}

#[test]
fn bilingual_items_carry_both_languages() {
    let input = IngestInput {
        en: Some(fixture!("pair.en.txt")),
        ko: Some(fixture!("pair.ko.txt")),
        date_published: Some("2024-01-01"),
        ..IngestInput::default()
    };
    let report = ingest(&input).map(|o| o.report).map_err(|e| e.to_string());
    let Ok(report) = report else {
        panic!("{report:?}")
    };
    assert_eq!(report.languages, [Lang::En, Lang::Ko]);
    assert!(report
        .body
        .iter()
        .all(|p| p.text.en.is_some() && p.text.ko.is_some()));
    assert_eq!(
        report.quotes.first().and_then(|q| q.text.ko.as_deref()),
        Some("양측 모두 겨울 전에 어획 할당량을 정해야 합니다.")
    );
    assert_eq!(
        report.speakers.first().and_then(|s| s.name.ko.as_deref()),
        Some("신하윤")
    );
}

#[test]
fn page_chrome_gives_the_date() {
    let input = IngestInput {
        ko: Some(fixture!("ko-modern.ko.txt")),
        ..IngestInput::default()
    };
    let date = ingest(&input).map(|o| o.report.source.date_published);
    assert_eq!(date, Ok(Some("2024-03-05".to_string())));
}

#[test]
fn a_story_without_a_date_is_made_without_one_and_says_so() {
    let made = ingest(&IngestInput {
        en: Some(fixture!("en-flat.en.txt")),
        ..IngestInput::default()
    });
    let made = made.expect("ingested");
    assert_eq!(made.report.source.date_published, None);
    assert!(
        made.warnings.contains(&IngestWarning::NoDate),
        "{:?}",
        made.warnings
    );
}

#[test]
fn refused_inputs() {
    let big = "[Anchor]\nIt rained.\n".repeat(5 * 1024 * 1024 / 20);
    let junk: String = (0u8..=255).cycle().take(4096).map(char::from).collect();
    let cases: [(&str, Option<&str>, Option<&str>, IngestError); 7] = [
        ("nothing", None, None, IngestError::NoInput),
        (
            "empty",
            Some("  \n\n "),
            None,
            IngestError::Parse {
                lang: Lang::En,
                error: ParseError::Empty,
            },
        ),
        (
            "binary",
            Some(&junk),
            None,
            IngestError::Parse {
                lang: Lang::En,
                error: ParseError::NotText { line: 1 },
            },
        ),
        (
            "5 MB",
            Some(&big),
            None,
            IngestError::Parse {
                lang: Lang::En,
                error: ParseError::TooLarge {
                    bytes: big.len(),
                    limit: 1 << 20,
                },
            },
        ),
        (
            "html",
            Some("\n<!DOCTYPE html><html></html>"),
            None,
            IngestError::Parse {
                lang: Lang::En,
                error: ParseError::Markup { line: 2 },
            },
        ),
        (
            "prose",
            Some("Dear diary,\nToday I baked bread. It was good."),
            None,
            IngestError::Parse {
                lang: Lang::En,
                error: ParseError::NotATranscript { line: 1 },
            },
        ),
        (
            "english as korean",
            None,
            Some(fixture!("en-flat.en.txt")),
            IngestError::WrongLanguage { lang: Lang::Ko },
        ),
    ];
    for (name, en, ko, want) in cases {
        let got = ingest(&IngestInput {
            en,
            ko,
            ..IngestInput::default()
        });
        assert_eq!(got.err(), Some(want), "{name}");
    }
    let msg = IngestError::Parse {
        lang: Lang::En,
        error: ParseError::NotText { line: 3 },
    }
    .to_string();
    assert_eq!(
        msg,
        "line 3: binary data or a text encoding other than UTF-8, not a transcript"
    );
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "[",
        "]",
        "[\"",
        "[A/B: \"",
        "[A/B: \"x\"]",
        "<앵커",
        "[앵커]",
        "[Anchor]\n[Report]",
        "\"\"\"",
        "KBS News, .",
        "[Soundbite]",
        "[녹취]",
        "A / B\n\"",
        "북",
        "[Anchor] x [Report] [Y/Z: \"q",
        "\u{FEFF}[Anchor]\nHi.",
        "[Anchor]\n가\n[Report]\n[가/나 : \"다",
        "…[…]…",
        "[Name (Title): \"x\"]",
        "Name (T): ",
    ];
    for text in odd {
        for (en, ko) in [(Some(text), None), (None, Some(text))] {
            let _ = ingest(&IngestInput {
                en,
                ko,
                date_published: Some("2024-01-01"),
                ..IngestInput::default()
            });
        }
    }
}

#[test]
fn a_given_date_must_be_a_real_day_as_yyyy_mm_dd() {
    for date in [
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "24-01-01",
        "2024-01-01T00:00:00Z",
        "2024/01/01",
    ] {
        let input = IngestInput {
            en: Some(fixture!("en-flat.en.txt")),
            date_published: Some(date),
            ..IngestInput::default()
        };
        assert_eq!(
            ingest(&input).err(),
            Some(IngestError::BadDate {
                date: date.to_string()
            }),
            "{date}"
        );
    }
    let input = IngestInput {
        en: Some(fixture!("en-flat.en.txt")),
        date_published: Some("2024-02-29"),
        ..IngestInput::default()
    };
    assert_eq!(
        ingest(&input).map(|made| made.report.source.date_published),
        Ok(Some("2024-02-29".to_string()))
    );
}
