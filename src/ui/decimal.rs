//! Numbers for SVG attributes, written as `format!("{:.1}")` and `format!("{:.0}")` write
//! them, without core's general float formatting (the largest single piece of the bundle
//! it replaced): the value is scaled exactly, then rounded half to even, like core does.

/// Beyond this magnitude the scaled value no longer has bits to spare for an exact
/// rounding decision; map coordinates stay many orders of magnitude below it.
const EXACT_LIMIT: f64 = (1u64 << 49) as f64;

/// `value` with one decimal, as `format!("{value:.1}")` writes it.
pub fn tenths(value: f64) -> String {
    write(value, true)
}

/// `value` with no decimals, as `format!("{value:.0}")` writes it.
pub fn whole(value: f64) -> String {
    write(value, false)
}

#[inline(never)]
fn write(value: f64, tenths: bool) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    let magnitude = value.abs();
    if magnitude.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let units = round_half_even(magnitude, tenths);
    if tenths {
        out.push_str(&(units / 10).to_string());
        out.push('.');
        out.push_str(&(units % 10).to_string());
    } else {
        out.push_str(&units.to_string());
    }
    out
}

/// `magnitude` (or ten times it), rounded to a whole number half to even, decided on the
/// exact product rather than on its rounded float.
#[inline(never)]
fn round_half_even(magnitude: f64, tenths: bool) -> u64 {
    // 10x = 8x + 2x: both parts are exact, and two-sum gives the sum's rounding error.
    let (scaled, error) = if tenths {
        let (eight, two) = (magnitude * 8.0, magnitude * 2.0);
        let sum = eight + two;
        let two_part = sum - eight;
        (sum, (eight - (sum - two_part)) + (two - two_part))
    } else {
        (magnitude, 0.0)
    };
    if scaled >= EXACT_LIMIT {
        return scaled.round() as u64;
    }
    let floor = scaled.floor();
    let fraction = scaled - floor;
    let base = floor as u64;
    // Compare fraction + error with one half; fraction - 0.5 is exact from a quarter up,
    // and below a quarter the error (under an eighth here) cannot reach the half.
    let up = if fraction < 0.25 {
        false
    } else {
        let over = fraction - 0.5;
        over > -error || (over == -error && base % 2 == 1)
    };
    base + u64::from(up)
}

#[cfg(test)]
mod tests {
    use super::{tenths, whole};

    #[test]
    fn writes_like_core_formatting() {
        let cases: &[f64] = &[
            0.0, -0.0, 0.25, 0.35, 0.45, 0.05, 0.15, 2.5, 0.5, 1.5, -0.04, -2.25, 123.45, 99.95,
            1e-300, 5e-324, 1e10 + 0.05, 720.0, -12.75, f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
        ];
        for &value in cases {
            assert_eq!(tenths(value), format!("{value:.1}"), "{value:?}");
            assert_eq!(whole(value), format!("{value:.0}"), "{value:?}");
        }
    }

    #[test]
    fn matches_core_on_many_values() {
        // A fixed xorshift sequence over map-sized values, halves and near-halves included.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
            let coarse = ((state & 0xFFFF) as f64 - 32768.0) / 20.0;
            for value in [unit * 2000.0 - 1000.0, coarse, coarse + 1e-12, coarse - 1e-12, unit * 1e7] {
                assert_eq!(tenths(value), format!("{value:.1}"), "{value:?}");
                assert_eq!(whole(value), format!("{value:.0}"), "{value:?}");
            }
        }
    }
}
