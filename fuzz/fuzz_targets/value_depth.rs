//! Structured nesting: arrays and objects opened and closed in any order, often far past
//! the depth limit. A document deeper than `MAX_DEPTH` is refused with exactly one
//! "too deep" problem; one within the limit never is.
#![no_main]

use arbitrary::Arbitrary;
use briefing_core::validate::{validate_json, ProblemKind, MAX_DEPTH};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Step {
    OpenArray,
    OpenObject,
    /// Opens this many arrays (or objects) at once, to reach great depths quickly.
    Dive { objects: bool, levels: u16 },
    Close,
    Scalar(Scalar),
}

#[derive(Arbitrary, Debug)]
enum Scalar {
    Null,
    Bool(bool),
    Number(i32),
    Text(String),
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Array,
    Object,
}

/// Far past the limit, and small enough to stay under the document size limit.
const MOST_LEVELS: usize = 20_000;

/// The comma and, in an object, the key before a value.
fn begin_value(text: &mut String, stack: &mut [(Open, usize)]) {
    if let Some((open, count)) = stack.last_mut() {
        if *count > 0 {
            text.push(',');
        }
        if *open == Open::Object {
            text.push_str(&format!("\"k{count}\":"));
        }
        *count += 1;
    }
}

/// Writes syntactically valid JSON for `steps`, and returns it with its depth.
fn document(steps: &[Step]) -> (String, usize) {
    let mut text = String::new();
    let mut stack: Vec<(Open, usize)> = Vec::new();
    let mut deepest = 0;
    let mut done = false;
    for step in steps {
        if done {
            break;
        }
        let opens: Vec<Open> = match step {
            Step::OpenArray => vec![Open::Array],
            Step::OpenObject => vec![Open::Object],
            Step::Dive { objects, levels } => {
                vec![if *objects { Open::Object } else { Open::Array }; usize::from(*levels % 4096)]
            }
            Step::Close => {
                match stack.pop() {
                    Some((Open::Array, _)) => text.push(']'),
                    Some((Open::Object, _)) => text.push('}'),
                    None => {}
                }
                done = stack.is_empty() && !text.is_empty();
                continue;
            }
            Step::Scalar(scalar) => {
                begin_value(&mut text, &mut stack);
                let value = match scalar {
                    Scalar::Null => "null".to_owned(),
                    Scalar::Bool(b) => b.to_string(),
                    Scalar::Number(n) => n.to_string(),
                    Scalar::Text(s) => serde_json::to_string(s).unwrap_or_default(),
                };
                text.push_str(&value);
                done = stack.is_empty();
                continue;
            }
        };
        for open in opens.into_iter().take(MOST_LEVELS.saturating_sub(stack.len())) {
            begin_value(&mut text, &mut stack);
            text.push(if open == Open::Array { '[' } else { '{' });
            stack.push((open, 0));
            deepest = deepest.max(stack.len());
        }
    }
    while let Some((open, _)) = stack.pop() {
        text.push(if open == Open::Array { ']' } else { '}' });
    }
    (text, deepest)
}

fuzz_target!(|steps: Vec<Step>| {
    let (text, depth) = document(&steps);
    if text.is_empty() {
        return;
    }
    let problems = match validate_json(&text) {
        Ok(_) => return,
        Err(problems) => problems,
    };
    let too_deep = problems.iter().filter(|p| matches!(p.kind, ProblemKind::TooDeep { .. })).count();
    if depth > MAX_DEPTH {
        assert!(
            too_deep == 1 && problems.len() == 1,
            "depth {depth}: expected one too-deep problem, got:\n{problems}"
        );
    } else {
        assert_eq!(too_deep, 0, "depth {depth} is within the limit, got:\n{problems}");
        assert!(
            !problems.iter().any(|p| matches!(p.kind, ProblemKind::Syntax(_))),
            "generated JSON was refused as syntax:\n{problems}\n{text}"
        );
    }
});
