//! `strconv.ParseFloat`: Go's float syntax (sign, decimal or `0x` hexadecimal mantissa,
//! `_` digit separators, `inf`/`infinity`/`nan`), correctly rounded to float64 or float32.
//! Decimal conversion uses `core`'s correctly rounded parser; hexadecimal is rounded here.

pub(crate) const ERR_SYNTAX: i64 = 1;
pub(crate) const ERR_RANGE: i64 = 2;

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's rule for `_`: only between digits (a base prefix counts as a digit).
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        i = 1;
    }
    let mut hex = false;
    if s.len() - i >= 2 && s[i] == b'0' && matches!(lower(s[i + 1]), b'b' | b'o' | b'x') {
        hex = lower(s[i + 1]) == b'x';
        i += 2;
        saw = b'0';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// `inf`, `infinity` or `nan` (case-insensitive; signs only on infinities).
fn special(s: &[u8]) -> Option<f64> {
    let (neg, body, signed) = match s.first() {
        Some(b'+') => (false, &s[1..], true),
        Some(b'-') => (true, &s[1..], true),
        _ => (false, s, false),
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case(b"nan") && !signed {
        return Some(f64::NAN);
    }
    None
}

/// Rounds `mant` × 2^`exp` (`sticky`: nonzero bits below `mant`) to a float of
/// `mantbits` fraction bits: (value, overflowed).
fn round_binary(neg: bool, mut mant: u64, mut exp: i64, sticky: bool, bits: u32) -> (f64, bool) {
    let (mantbits, bias) = if bits == 32 {
        (23i64, 127i64)
    } else {
        (52i64, 1023i64)
    };
    let sign = if neg { -1.0 } else { 1.0 };
    if mant == 0 {
        return (sign * 0.0, false);
    }
    // Normalise: top bit at 63, value = mant × 2^exp.
    let lz = mant.leading_zeros();
    mant <<= lz;
    exp -= lz as i64;
    // Exponent of the leading bit.
    let lead = exp + 63;
    let emin = 1 - bias;
    let keep = if lead >= emin {
        mantbits + 1
    } else {
        mantbits + 1 - (emin - lead)
    };
    let (mut r, mut e2) = if keep <= 0 {
        // Below half the smallest denormal, or between that and it.
        let half = keep == 0;
        let up = half && (mant > 1 << 63 || sticky);
        (u64::from(up), emin - mantbits)
    } else {
        let s = (64 - keep) as u32;
        let r = mant >> s;
        let rem = mant & ((1u64 << s) - 1);
        let half = 1u64 << (s - 1);
        let up = rem > half || (rem == half && (sticky || r & 1 == 1));
        (r + u64::from(up), lead - (keep - 1))
    };
    if r >> (mantbits + 1) != 0 {
        r >>= 1;
        e2 += 1;
    }
    // Now value = r × 2^e2 with r < 2^(mantbits+1).
    let biased = e2 + mantbits + bias;
    let (value, ovf) = if r >> mantbits == 0 {
        // Denormal (e2 is the minimum exponent).
        if bits == 32 {
            (f32::from_bits(r as u32) as f64, false)
        } else {
            (f64::from_bits(r), false)
        }
    } else if biased > 2 * bias {
        (f64::INFINITY, true)
    } else if bits == 32 {
        let b = ((biased as u32) << 23) | (r as u32 & 0x7F_FFFF);
        (f32::from_bits(b) as f64, false)
    } else {
        let b = ((biased as u64) << 52) | (r & ((1 << 52) - 1));
        (f64::from_bits(b), false)
    };
    (sign * value, ovf)
}

/// Parses a hexadecimal float body (after the sign and `0x`).
fn parse_hex(neg: bool, s: &[u8], bits: u32) -> (f64, i64) {
    let mut i = 0;
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    let mut digits = 0;
    let mut saw_dot = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if c == b'.' {
            if saw_dot {
                return (0.0, ERR_SYNTAX);
            }
            saw_dot = true;
            i += 1;
            continue;
        }
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => break,
        };
        digits += 1;
        if mant >> 60 == 0 {
            mant = (mant << 4) | v as u64;
            if saw_dot {
                exp -= 4;
            }
        } else {
            sticky |= v != 0;
            if !saw_dot {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= s.len() || lower(s[i]) != b'p' {
        return (0.0, ERR_SYNTAX);
    }
    i += 1;
    let Some(e) = parse_exp(&s[i..]) else {
        return (0.0, ERR_SYNTAX);
    };
    let e = e.clamp(-100_000, 100_000);
    let (v, ovf) = round_binary(neg, mant, exp + e, sticky, bits);
    if ovf {
        let inf = if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return (inf, ERR_RANGE);
    }
    (v, 0)
}

/// A signed decimal exponent filling all of `s` (digits may be separated by `_`).
fn parse_exp(s: &[u8]) -> Option<i64> {
    let (neg, s) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let mut e: i64 = 0;
    let mut any = false;
    for &c in s {
        match c {
            b'0'..=b'9' => {
                any = true;
                if e < 1_000_000 {
                    e = e * 10 + (c - b'0') as i64;
                }
            }
            b'_' => {}
            _ => return None,
        }
    }
    any.then_some(if neg { -e } else { e })
}

/// Checks decimal float syntax: digits with at most one '.', at least one digit, then an
/// optional exponent with digits.
fn decimal_syntax_ok(s: &[u8]) -> bool {
    let mut i = 0;
    let mut digits = 0;
    let mut saw_dot = false;
    while i < s.len() {
        match s[i] {
            b'0'..=b'9' => digits += 1,
            b'_' => {}
            b'.' if !saw_dot => saw_dot = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return false;
    }
    if i == s.len() {
        return true;
    }
    if lower(s[i]) != b'e' {
        return false;
    }
    parse_exp(&s[i + 1..]).is_some()
}

/// `strconv.ParseFloat(s, bits)`: (value, error code).
pub(crate) fn parse_float(s: &[u8], bits: u32) -> (f64, i64) {
    if s.is_empty() {
        return (0.0, ERR_SYNTAX);
    }
    if let Some(v) = special(s) {
        return (v, 0);
    }
    if s.contains(&b'_') && !underscore_ok(s) {
        return (0.0, ERR_SYNTAX);
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    if body.len() >= 2 && body[0] == b'0' && lower(body[1]) == b'x' {
        return parse_hex(neg, &body[2..], bits);
    }
    if !decimal_syntax_ok(body) {
        return (0.0, ERR_SYNTAX);
    }
    // Underscores (rare) are dropped in a stack buffer; no heap allocation either way.
    let mut without: super::smallbuf::SmallBuf<64> = super::smallbuf::SmallBuf::new();
    let clean: &[u8] = if body.contains(&b'_') {
        for &c in body {
            if c != b'_' {
                without.push(c);
            }
        }
        &without
    } else {
        body
    };
    let Ok(text) = core::str::from_utf8(clean) else {
        return (0.0, ERR_SYNTAX);
    };
    let v = if bits == 32 {
        match text.parse::<f32>() {
            Ok(v) => v as f64,
            Err(_) => return (0.0, ERR_SYNTAX),
        }
    } else {
        match text.parse::<f64>() {
            Ok(v) => v,
            Err(_) => return (0.0, ERR_SYNTAX),
        }
    };
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return (v, ERR_RANGE);
    }
    (v, 0)
}
