//! Page chrome: the text around a story on a news page that is not the story.
//!
//! A transcript copied from a KBS page carries UI labels ("동영상 고정 취소"), a read-aloud
//! notice, input/edit timestamps, programme names, staff credits and a tip-off block
//! ("■ 제보하기" and its "▷" lines) after which nothing belongs to the story.

/// What a line of page chrome is, when it is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Chrome {
    /// Not chrome.
    None,
    /// A label or notice to drop.
    Drop,
    /// A timestamp line: the date it gives (YYYY-MM-DD), if it gives one.
    Date(Option<String>),
    /// The tip-off block or a repeat of the story: nothing after it is story text.
    End,
}

const LABELS: [&str; 30] = [
    "동영상 고정 취소",
    "동영상 고정",
    "읽어주기 기능은",
    "브라우저에서만 사용하실 수 있습니다",
    "기사 본문 영역",
    "상세페이지",
    "자동재생",
    "동영상영역 시작",
    "동영상영역 끝",
    "동영상 재생 설정",
    "요약 내용은",
    "기사의 내용을 올바르게",
    "이 기사가 좋으셨다면",
    "오늘의 핫 클릭",
    "기자 정보",
    "kbs가 손수 골랐습니다",
    "공유하기",
    "글자크기 설정",
    "인쇄하기",
    "Read-aloud",
    "Pin video",
    "Unpin video",
    "Listen to this article",
    "이 기사를 추천합니다",
    // KBS World's pages.
    "Menu Content",
    "About KBS",
    "Go to KBS",
    "Go Top",
    "Photo :",
    "Photo:",
];
const SHORT_LABELS: [&str; 8] = ["화질", "재생 속도", "자막", "닫기", "전체화면", "댓글", "좋아요", "구독"];
const PROGRAMMES: [&str; 14] = [
    "News 9", "News9", "뉴스 9", "뉴스9", "뉴스광장", "뉴스 7", "뉴스7", "뉴스12", "뉴스 12",
    "KBS 뉴스9", "News Today", "930뉴스", "뉴스라인", "뉴스특보",
];
const CREDITS: [&str; 16] = [
    "촬영기자", "영상편집", "그래픽", "자료조사", "영상취재", "촬영", "편집", "취재지원",
    "리서치", "Video journalist", "Video editor", "Video editing", "Camera", "Graphics",
    "Edited by", "Filmed by",
];

/// Classifies one trimmed line.
pub(crate) fn classify(line: &str) -> Chrome {
    let t = line.trim();
    if t.is_empty() {
        return Chrome::None;
    }
    if t.starts_with("■ 제보하기") || t.starts_with("■제보하기") || t == "제보하기" {
        return Chrome::End;
    }
    if t.starts_with('•') {
        return Chrome::End;
    }
    // KBS World's page: the links after a story.
    if ["Editor's Pick", "Editor\u{2019}s Pick", "This website uses"].iter().any(|l| t.starts_with(l)) {
        return Chrome::End;
    }
    if t.starts_with('▷') {
        return Chrome::Drop;
    }
    if let Some(date) = timestamp(t) {
        return Chrome::Date(date);
    }
    if LABELS.iter().any(|l| t.starts_with(l)) || SHORT_LABELS.contains(&t) {
        return Chrome::Drop;
    }
    if t.chars().count() <= 20 && PROGRAMMES.iter().any(|p| t.starts_with(p)) {
        return Chrome::Drop;
    }
    if is_credit(t) {
        return Chrome::Drop;
    }
    Chrome::None
}

/// "촬영기자:김철수/영상편집:이영희", "촬영기자 김철수 / 영상편집 이영희", "Video journalist: …".
fn is_credit(t: &str) -> bool {
    CREDITS.iter().any(|c| {
        t.strip_prefix(c).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(':')
                || rest.starts_with('：')
                || (t.chars().count() <= 40 && (t.contains('/') || rest.split_whitespace().count() <= 1))
        })
    })
}

/// A timestamp line ("입력 2024.10.16 (00:17) 수정 …", " date 2024-10-23 …",
/// "2019. 12.18(수) 19:59"), and the date it gives.
fn timestamp(t: &str) -> Option<Option<String>> {
    let rest = t
        .strip_prefix("입력")
        .or_else(|| t.strip_prefix("date "))
        .or_else(|| t.strip_prefix("Date "))
        .or_else(|| t.strip_prefix("Published "))
        .or_else(|| t.strip_prefix("Written:"))
        .or_else(|| t.strip_prefix("Written :"))
        .or_else(|| t.strip_prefix("수정"))?;
    Some(date_in(rest))
}

/// The first `YYYY.MM.DD` / `YYYY-MM-DD` / `YYYY. MM.DD` date in the text, as `YYYY-MM-DD`.
pub(crate) fn date_in(text: &str) -> Option<String> {
    let digits_at = |s: &str, n: usize| -> Option<(String, usize)> {
        let d: String = s.chars().take_while(char::is_ascii_digit).collect();
        (!d.is_empty() && d.len() <= n).then(|| (d.clone(), d.len()))
    };
    let bytes_len = text.len();
    let mut i = 0;
    while i < bytes_len {
        let rest = text.get(i..)?;
        if let Some((y, yl)) = digits_at(rest, 4).filter(|(y, _)| y.len() == 4) {
            let after = rest.get(yl..).unwrap_or("");
            let after = after.trim_start_matches(['.', '-', ' ']);
            if let Some((m, ml)) = digits_at(after, 2) {
                let after_m = after.get(ml..).unwrap_or("");
                let sep_ok = after_m.starts_with(['.', '-']);
                let after_m = after_m.trim_start_matches(['.', '-', ' ']);
                if let Some((d, _)) = digits_at(after_m, 2) {
                    let (mn, dn) = (m.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
                    if sep_ok && (1..=12).contains(&mn) && (1..=31).contains(&dn) {
                        return Some(format!("{y}-{mn:02}-{dn:02}"));
                    }
                }
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let cases = [
            ("동영상 고정 취소", Chrome::Drop),
            ("읽어주기 기능은 크롬기반의", Chrome::Drop),
            ("입력 2024.10.16 (00:17) 수정 2024.10.16 (07:00)", Chrome::Date(Some("2024-10-16".into()))),
            (" date 2024-10-23 동영상 고정 취소", Chrome::Date(Some("2024-10-23".into()))),
            ("■ 제보하기", Chrome::End),
            ("▷ 전화 : 02-000-0000", Chrome::Drop),
            ("촬영기자:홍길동/영상편집:김하나", Chrome::Drop),
            ("촬영기자 홍길동 / 영상편집 김하나 / 그래픽 이두리", Chrome::Drop),
            ("Video journalist: Park Sun", Chrome::Drop),
            ("News 9", Chrome::Drop),
            ("뉴스광장 1부", Chrome::Drop),
            ("촬영 장비가 다양해졌습니다.", Chrome::None),
            ("The ministry said so.", Chrome::None),
        ];
        for (input, want) in cases {
            assert_eq!(classify(input), want, "{input}");
        }
    }
}
