//! "Paste a transcript": an editor pastes a broadcast transcript (English, Korean or both),
//! and sees the briefing that ingestion makes of it, live, with every error and warning
//! named by its line. The preview is a real widget, mounted and validated like any other.

use std::cell::RefCell;
use std::rc::Rc;

use briefing_core::ingest::{ingest, IngestError, IngestInput, IngestWarning};
use briefing_core::model::Lang;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How long typing must pause before the preview is made again.
const SETTLE_MS: u32 = 250;

/// What the editor has typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Draft {
    en: String,
    ko: String,
    date: String,
    url: String,
}

/// What ingestion said of the draft.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Nothing pasted yet.
    Empty,
    /// A report was made: its warnings (language, message).
    Made(Vec<(Option<Lang>, String)>),
    /// No report: why.
    Failed(String),
}

/// The panel.
#[function_component]
pub fn PastePanel() -> Html {
    let draft = use_state(Draft::default);
    let outcome = use_state(|| Outcome::Empty);
    let preview = use_node_ref();
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let outcome = outcome.clone();
        let preview = preview.clone();
        use_effect_with((*draft).clone(), move |draft| {
            let draft = draft.clone();
            // A new keystroke cancels the previous run: only the settled text is ingested.
            *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                outcome.set(make_preview(&draft, &preview));
            }));
        });
    }

    let field = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let Some(target) = event.target() else { return };
            let value = target
                .dyn_ref::<HtmlTextAreaElement>()
                .map(HtmlTextAreaElement::value)
                .or_else(|| target.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value))
                .unwrap_or_default();
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let on_en = field(|d, v| d.en = v);
    let on_ko = field(|d, v| d.ko = v);
    let on_date = field(|d, v| d.date = v);
    let on_url = field(|d, v| d.url = v);

    let messages = match &*outcome {
        Outcome::Empty => html! {
            <p class="paste__status" data-testid="paste-status">{ "Paste a transcript to see its briefing." }</p>
        },
        Outcome::Failed(error) => html! {
            <p class="paste__status paste__status--error" role="alert" data-testid="paste-error">{ error.clone() }</p>
        },
        Outcome::Made(warnings) => html! {
            <>
                <p class="paste__status" data-testid="paste-status">
                    { format!("Briefing made, with {} warning{}.", warnings.len(), if warnings.len() == 1 { "" } else { "s" }) }
                </p>
                <ul class="paste__warnings" data-testid="paste-warnings">
                    { for warnings.iter().map(|(lang, text)| html! {
                        <li>{ lang.map(|l| format!("{}: ", transcript_name(l))).unwrap_or_default() }{ text.clone() }</li>
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <section class="paste" aria-labelledby="paste-title">
            <h2 id="paste-title">{ "Paste a transcript" }</h2>
            <p class="paste__hint">
                { "A KBS-style broadcast transcript, in English, Korean or both versions of one story. Nothing leaves this page." }
            </p>
            <div class="paste__fields">
                <label class="paste__field">
                    <span>{ "English transcript" }</span>
                    <textarea data-testid="paste-en" lang="en" rows="10" spellcheck="false" oninput={on_en} />
                </label>
                <label class="paste__field">
                    <span>{ "Korean transcript" }</span>
                    <textarea data-testid="paste-ko" lang="ko" rows="10" spellcheck="false" oninput={on_ko} />
                </label>
                <label class="paste__field paste__field--short">
                    <span>{ "Publication date (when the transcript has none)" }</span>
                    <input data-testid="paste-date" type="date" oninput={on_date} />
                </label>
                <label class="paste__field paste__field--short">
                    <span>{ "Story URL" }</span>
                    <input data-testid="paste-url" type="url" placeholder="https://" oninput={on_url} />
                </label>
            </div>
            <div class="paste__messages" aria-live="polite">{ messages }</div>
            <div class="paste__preview" ref={preview} data-testid="paste-preview"></div>
        </section>
    }
}

fn transcript_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English transcript",
        Lang::Ko => "Korean transcript",
    }
}

/// Ingests the draft and mounts its briefing into the preview element.
fn make_preview(draft: &Draft, preview: &NodeRef) -> Outcome {
    fn present(text: &str) -> Option<&str> {
        (!text.trim().is_empty()).then_some(text)
    }
    let (en, ko) = (present(&draft.en), present(&draft.ko));
    if en.is_none() && ko.is_none() {
        return Outcome::Empty;
    }
    let input = IngestInput {
        en,
        ko,
        extra_actors: &[],
        url: present(&draft.url),
        date_published: present(&draft.date),
        id: None,
    };
    match ingest(&input) {
        Ok(made) => {
            let warnings = made.warnings.iter().map(|w| (warning_lang(w), w.to_string())).collect();
            if let (Some(host), Ok(json)) = (preview.cast::<Element>(), made.report.to_json()) {
                crate::embed::mount_preview(&host, json);
            }
            Outcome::Made(warnings)
        }
        Err(error) => Outcome::Failed(describe(&error)),
    }
}

fn warning_lang(warning: &IngestWarning) -> Option<Lang> {
    match warning {
        IngestWarning::Parse { lang, .. } => Some(*lang),
        _ => None,
    }
}

fn describe(error: &IngestError) -> String {
    match error.lang() {
        Some(lang) => format!("{}: {error}", transcript_name(lang)),
        None => error.to_string(),
    }
}
