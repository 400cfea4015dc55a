//! Where a widget's report comes from, and how it becomes a [`ValidReport`]: JSON text (a
//! child `<script type="application/json">`), a URL (fetched with a timeout, a size cap and a
//! content-type check) or a JavaScript object. All three end in the same validation.

use std::time::Duration;

use briefing_core::validate::{quoted, validate_read, ValidReport, MAX_DOCUMENT_BYTES};
use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

use crate::failure::{Failure, FailureKind};

/// How long a fetch may take, body included, unless the host says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A report, as the host gave it.
#[derive(Clone, Debug)]
pub enum ReportSource {
    /// JSON text, from a `<script type="application/json">` child.
    Inline(String),
    /// A URL to fetch, absolute or relative to the page.
    Url(String),
    /// A JavaScript object given to `mount`.
    Value(JsValue),
    /// The element names no report.
    Missing,
}

impl ReportSource {
    /// Does `other` name the same report? Objects given to `mount` are the same only when
    /// they are the same object.
    pub fn same_as(&self, other: &ReportSource) -> bool {
        match (self, other) {
            (ReportSource::Inline(a), ReportSource::Inline(b)) => a == b,
            (ReportSource::Url(a), ReportSource::Url(b)) => a == b,
            (ReportSource::Value(a), ReportSource::Value(b)) => js_sys::Object::is(a, b),
            (ReportSource::Missing, ReportSource::Missing) => true,
            _ => false,
        }
    }
}

/// Loads and validates a report.
///
/// # Errors
/// A [`Failure`] saying what went wrong and where: the fetch (status, timeout, type, size),
/// the JSON, or every validation problem with its path.
pub async fn load(source: ReportSource, timeout: Duration) -> Result<ValidReport, Failure> {
    match source {
        ReportSource::Inline(text) => from_json_text(&text, "inline report"),
        ReportSource::Url(url) => {
            let text = fetch_text(&url, timeout).await?;
            from_json_text(&text, &url)
        }
        ReportSource::Value(value) => from_value(value, "report object"),
        ReportSource::Missing => Err(Failure {
            kind: FailureKind::NoSource,
            details: vec!["give the element a src attribute or a <script type=\"application/json\"> child".into()],
        }),
    }
}

/// Reads a report's JSON text and validates it: for a Yew app that holds a report as text
/// and passes it to [`Briefing`](crate::Briefing).
///
/// # Errors
/// A [`Failure`] whose details name every problem with its JSON path
/// (`report: relations[2].target: unknown actor "usa"`).
pub fn read_report(json: &str) -> Result<ValidReport, Failure> {
    from_json_text(json, "report")
}

fn invalid(details: Vec<String>) -> Failure {
    Failure { kind: FailureKind::Invalid, details }
}

/// Parses with the browser's own JSON parser (no JSON code in the bundle), then validates.
pub(crate) fn from_json_text(text: &str, origin: &str) -> Result<ValidReport, Failure> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(invalid(vec![format!("{origin}: document of {}", over_limit(text.len()))]));
    }
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let reason = js_sys::Error::from(error).message();
        invalid(vec![format!("{origin}: not JSON: {}", String::from(reason))])
    })?;
    from_value(value, origin)
}

fn from_value(value: JsValue, origin: &str) -> Result<ValidReport, Failure> {
    validate_read(super::js_value::read(value))
        .map_err(|problems| invalid(problems.iter().map(|problem| format!("{origin}: {problem}")).collect()))
}

/// Fetches `url` as text. One retry, and only when the network failed (no response at all):
/// a server that answered, or a timeout, is not asked again.
async fn fetch_text(url: &str, timeout: Duration) -> Result<String, Failure> {
    let result = match fetch_once(url, timeout).await {
        Err(Attempt::Network(_)) => fetch_once(url, timeout).await,
        first => first,
    };
    result.map_err(|attempt| Failure { kind: FailureKind::Fetch, details: vec![attempt.describe(url, timeout)] })
}

/// How one fetch went wrong.
enum Attempt {
    Network(String),
    TimedOut,
    Status(u16),
    ContentType(String),
    TooLarge(usize),
    Setup(String),
}

impl Attempt {
    fn describe(&self, url: &str, timeout: Duration) -> String {
        let detail = match self {
            Attempt::Network(reason) => format!("network error: {reason}"),
            Attempt::TimedOut => format!("no complete answer within {} ms", millis(timeout)),
            Attempt::Status(status) => format!("the server answered HTTP {status}"),
            Attempt::ContentType(kind) => format!("expected JSON, the server sent content-type {}", quoted(kind)),
            Attempt::TooLarge(size) => over_limit(*size),
            Attempt::Setup(reason) => format!("cannot start the request: {reason}"),
        };
        format!("{url}: {detail}")
    }
}

/// `"12 bytes is over the limit of 4194304 bytes"`.
fn over_limit(size: usize) -> String {
    format!("{size} bytes is over the limit of {MAX_DOCUMENT_BYTES} bytes")
}

/// A timeout in whole milliseconds (hosts' timeouts are capped well below `u32::MAX`).
fn millis(timeout: Duration) -> u32 {
    u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX)
}

/// One request for `url`: its body, or what went wrong.
async fn fetch_once(url: &str, timeout: Duration) -> Result<String, Attempt> {
    let controller = AbortController::new().map_err(|error| Attempt::Setup(describe_js(&error)))?;
    let signal = controller.signal();
    // Aborting covers the body too: a server that stalls mid-body also times out. The
    // deadline is cancelled when this function returns.
    let _deadline = Timeout::new(millis(timeout), move || controller.abort());
    let network = |error: gloo_net::Error| {
        if signal.aborted() {
            Attempt::TimedOut
        } else {
            Attempt::Network(error.to_string())
        }
    };
    let response = Request::get(url).abort_signal(Some(&signal)).send().await.map_err(network)?;
    if !response.ok() {
        return Err(Attempt::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !is_json_type(&content_type) {
        return Err(Attempt::ContentType(content_type));
    }
    let declared = response.headers().get("content-length").and_then(|n| n.trim().parse().ok());
    if let Some(size) = declared.filter(|size| *size > MAX_DOCUMENT_BYTES) {
        return Err(Attempt::TooLarge(size));
    }
    let text = response.text().await.map_err(network)?;
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(Attempt::TooLarge(text.len()));
    }
    Ok(text)
}

/// `application/json`, `application/*+json`, with or without parameters.
fn is_json_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A JavaScript error's message, or its string form.
pub fn describe_js(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{is_json_type, Attempt};

    #[test]
    fn failed_fetches_say_what_and_where() {
        let url = "https://example.com/r.json";
        let cases = [
            (Attempt::Network("TypeError: Failed to fetch".into()), "network error: TypeError: Failed to fetch"),
            (Attempt::TimedOut, "no complete answer within 2500 ms"),
            (Attempt::Status(404), "the server answered HTTP 404"),
            (Attempt::ContentType("text/\"html\"".into()), "expected JSON, the server sent content-type \"text/\\\"html\\\"\""),
            (Attempt::TooLarge(5_000_000), "5000000 bytes is over the limit of 4194304 bytes"),
            (Attempt::Setup("no window".into()), "cannot start the request: no window"),
        ];
        for (attempt, expected) in cases {
            assert_eq!(attempt.describe(url, Duration::from_millis(2500)), [url, ": ", expected].concat());
        }
    }

    #[test]
    fn accepts_only_json_content_types() {
        let cases: &[(&str, bool)] = &[
            ("application/json", true),
            ("application/json; charset=utf-8", true),
            ("Application/JSON", true),
            ("application/ld+json", true),
            ("text/html", false),
            ("text/plain", false),
            ("", false),
            ("application/jsonp", false),
        ];
        for (content_type, expected) in cases {
            assert_eq!(is_json_type(content_type), *expected, "{content_type:?}");
        }
    }
}
