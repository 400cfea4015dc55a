//! Where a widget's report comes from, and how it becomes a [`ValidReport`]: JSON text (a
//! child `<script type="application/json">`), a URL (fetched with a timeout, a size cap and a
//! content-type check) or a JavaScript object. All three end in the same validation.

use std::time::Duration;

use briefing_core::gather::Gather;
use briefing_core::validate::{quoted, validate_read, ValidReport, MAX_DOCUMENT_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortController, RequestInit, Response};

use crate::later;
use crate::ui::{Failure, FailureKind};

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
    #[inline(never)]
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

/// Loads and validates a report, then calls `done` with it, always later than the call (in a
/// microtask when nothing is fetched).
///
/// `done` gets a [`Failure`] saying what went wrong and where: the fetch (status, timeout,
/// type, size), the JSON, or every validation problem with its path.
pub fn load(source: ReportSource, timeout: Duration, done: impl FnOnce(Result<ValidReport, Failure>) + 'static) {
    match source {
        ReportSource::Inline(text) => later::microtask(move || done(from_json_text(&text, "inline report"))),
        ReportSource::Url(url) => fetch_text(url.clone(), timeout, move |text| {
            done(text.and_then(|text| from_json_text(&text, &url)));
        }),
        ReportSource::Value(value) => later::microtask(move || done(from_value(value, "report object"))),
        ReportSource::Missing => later::microtask(move || {
            done(Err(Failure {
                kind: FailureKind::NoSource,
                details: vec![
                    "give the element a src attribute or a <script type=\"application/json\"> child".into(),
                ],
            }));
        }),
    }
}

fn invalid(details: Vec<String>) -> Failure {
    Failure { kind: FailureKind::Invalid, details }
}

fn fetch_failure(detail: String) -> Failure {
    Failure { kind: FailureKind::Fetch, details: vec![detail] }
}

/// Parses with the browser's own JSON parser (no JSON code in the bundle), then validates.
#[inline(never)]
fn from_json_text(text: &str, origin: &str) -> Result<ValidReport, Failure> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(invalid(vec![[origin, ": document of ", &over_limit(text.len())].concat()]));
    }
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let reason = js_sys::Error::from(error).message();
        invalid(vec![[origin, ": not JSON: ", &String::from(reason)].concat()])
    })?;
    from_value(value, origin)
}

fn from_value(value: JsValue, origin: &str) -> Result<ValidReport, Failure> {
    validate_read(super::js_value::read(&value)).map_err(|problems| {
        invalid(problems.iter().map(|problem| [origin, ": ", &problem.to_string()].concat()).gather())
    })
}

/// Fetches `url` as text, then calls `done`. One retry, and only when the network failed (no
/// response at all): a server that answered, or a timeout, is not asked again.
fn fetch_text(url: String, timeout: Duration, done: impl FnOnce(Result<String, Failure>) + 'static) {
    let failed = move |url: &str, attempt: Attempt| fetch_failure(attempt.describe(url, timeout));
    fetch_once(url.clone(), timeout, move |first| match first {
        Err(Attempt::Network(_)) => {
            fetch_once(url.clone(), timeout, move |second| done(second.map_err(|attempt| failed(&url, attempt))));
        }
        first => done(first.map_err(|attempt| failed(&url, attempt))),
    });
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
    #[inline(never)]
    fn describe(&self, url: &str, timeout: Duration) -> String {
        let (what, detail) = match self {
            Attempt::Network(reason) => ("network error: ", reason.clone()),
            Attempt::TimedOut => ("no complete answer within ", [&millis(timeout).to_string(), " ms"].concat()),
            Attempt::Status(status) => ("the server answered HTTP ", status.to_string()),
            Attempt::ContentType(kind) => ("expected JSON, the server sent content-type ", quoted(kind)),
            Attempt::TooLarge(size) => ("", over_limit(*size)),
            Attempt::Setup(reason) => ("cannot start the request: ", reason.clone()),
        };
        [url, ": ", what, &detail].concat()
    }
}

/// `"12 bytes is over the limit of 4194304 bytes"`.
fn over_limit(size: usize) -> String {
    [&size.to_string(), " bytes is over the limit of ", &MAX_DOCUMENT_BYTES.to_string(), " bytes"].concat()
}

/// A timeout in whole milliseconds (hosts' timeouts are capped well below `u32::MAX`).
fn millis(timeout: Duration) -> u32 {
    u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX)
}

/// One request for `url`, then `done` with its body or what went wrong.
fn fetch_once(url: String, timeout: Duration, done: impl FnOnce(Result<String, Attempt>) + 'static) {
    let controller = match AbortController::new() {
        Ok(controller) => controller,
        Err(error) => return later::microtask(move || done(Err(Attempt::Setup(describe_js(&error))))),
    };
    let signal = controller.signal();
    let init = RequestInit::new();
    init.set_signal(Some(&signal));
    // Aborting covers the body too: a server that stalls mid-body also times out. Aborting a
    // request that has already finished changes nothing, so the deadline is left to pass.
    later::after(millis(timeout), move || controller.abort());
    let network = move |error: JsValue| if signal.aborted() { Attempt::TimedOut } else { Attempt::Network(js_text(&error)) };
    later::settled(&later::window().fetch_with_str_and_init(&url, &init), move |response| {
        let body = response.map_err(&network).and_then(|response| {
            let response: Response = response.unchecked_into();
            check_response(&response)?;
            response.text().map_err(&network)
        });
        match body {
            Ok(body) => later::settled(&body, move |text| {
                done(text.map_err(network).and_then(|text| {
                    let text = text.as_string().unwrap_or_default();
                    if text.len() > MAX_DOCUMENT_BYTES {
                        return Err(Attempt::TooLarge(text.len()));
                    }
                    Ok(text)
                }));
            }),
            Err(attempt) => done(Err(attempt)),
        }
    });
}

/// Whether a response may carry a report: a success status, a JSON content type and no
/// declared length over the limit.
fn check_response(response: &Response) -> Result<(), Attempt> {
    if !response.ok() {
        return Err(Attempt::Status(response.status()));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type").unwrap_or_default();
    if !is_json_type(&content_type) {
        return Err(Attempt::ContentType(content_type));
    }
    let declared = header("content-length").and_then(|n| n.trim().parse().ok());
    if let Some(size) = declared.filter(|size| *size > MAX_DOCUMENT_BYTES) {
        return Err(Attempt::TooLarge(size));
    }
    Ok(())
}

/// `application/json`, `application/*+json`, with or without parameters.
fn is_json_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// An error's JavaScript string form (`TypeError: Failed to fetch`), else what
/// [`describe_js`] makes of the value.
fn js_text(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.to_string()),
        None => describe_js(value),
    }
}

/// A JavaScript error's message, or its string form.
#[inline(never)]
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
