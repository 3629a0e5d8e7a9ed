//! Compile-time constants at arbitrary precision: literal parsing, arithmetic,
//! comparisons, representability in a basic type (with gc's `overflows` / `truncated`
//! reasons), and formatting of values as gc's messages print them (`1e+100`, `"a"`).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::repr::{BasicKind, ConstValue};
use crate::syntax::ast::{BinaryOp, LitKind};

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprError {
    Overflows,
    Truncated,
    /// Wrong kind entirely (e.g. a string as an int).
    Mismatch,
}

fn rat_from_int(i: &BigInt) -> BigRational {
    BigRational::from_integer(i.clone())
}

fn pow10(e: u32) -> BigInt {
    num_traits::pow(BigInt::from(10), e as usize)
}

/// Parses the text of an integer literal (`0x1F`, `0o17`, `017`, `0b101`, `1_000`).
pub fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let l = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = l.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = l.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if let Some(r) = l.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if l.len() > 1 && l.starts_with('0') {
        (l[1..].to_string(), 8)
    } else {
        (l, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a floating-point literal exactly (decimal or hexadecimal mantissa).
pub fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let l = s.to_ascii_lowercase();
    if let Some(h) = l.strip_prefix("0x") {
        let (mant, exp) = match h.find('p') {
            Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{ip}{fp}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e2 = exp - 4 * fp.len() as i64;
        return Some(scale2(rat_from_int(&m), e2));
    }
    let (mant, exp) = match l.find('e') {
        Some(i) => (&l[..i], l[i + 1..].parse::<i64>().ok()?),
        None => (l.as_str(), 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let digits = format!("{ip}{fp}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e10 = (exp - fp.len() as i64).clamp(-100_000, 100_000);
    let r = rat_from_int(&m);
    Some(if e10 >= 0 {
        r * rat_from_int(&pow10(e10 as u32))
    } else {
        r / rat_from_int(&pow10((-e10) as u32))
    })
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    let e = e.clamp(-100_000, 100_000);
    let p = rat_from_int(&(BigInt::one() << (e.unsigned_abs() as usize)));
    if e >= 0 {
        r * p
    } else {
        r / p
    }
}

/// Decodes one escape sequence or character starting at `s[i]`; returns (value, is_byte, next).
fn unescape_one(s: &[u8], i: usize, quote: u8) -> Option<(u32, bool, usize)> {
    if s[i] != b'\\' {
        let st = std::str::from_utf8(&s[i..]).ok().or_else(|| {
            // find char boundary
            std::str::from_utf8(&s[i..(i + 4).min(s.len())]).ok()
        })?;
        let c = st.chars().next()?;
        return Some((c as u32, false, i + c.len_utf8()));
    }
    let c = *s.get(i + 1)?;
    let simple = |v: u32| Some((v, false, i + 2));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(10),
        b'r' => simple(13),
        b't' => simple(9),
        b'v' => simple(11),
        b'\\' => simple(92),
        b'\'' if quote == b'\'' => simple(39),
        b'"' if quote == b'"' => simple(34),
        b'x' => {
            let h = std::str::from_utf8(s.get(i + 2..i + 4)?).ok()?;
            Some((u32::from_str_radix(h, 16).ok()?, true, i + 4))
        }
        b'u' => {
            let h = std::str::from_utf8(s.get(i + 2..i + 6)?).ok()?;
            Some((u32::from_str_radix(h, 16).ok()?, false, i + 6))
        }
        b'U' => {
            let h = std::str::from_utf8(s.get(i + 2..i + 10)?).ok()?;
            Some((u32::from_str_radix(h, 16).ok()?, false, i + 10))
        }
        b'0'..=b'7' => {
            let o = std::str::from_utf8(s.get(i + 1..i + 4)?).ok()?;
            Some((u32::from_str_radix(o, 8).ok()?, true, i + 4))
        }
        _ => None,
    }
}

/// Decodes a string literal (interpreted `"..."` or raw `` `...` ``) into bytes.
pub fn parse_string(raw: &str) -> Option<Vec<u8>> {
    let b = raw.as_bytes();
    if b.len() < 2 {
        return None;
    }
    if b[0] == b'`' {
        return Some(
            raw[1..raw.len() - 1]
                .bytes()
                .filter(|&c| c != b'\r')
                .collect(),
        );
    }
    let inner = &b[1..b.len() - 1];
    let mut out = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        let (v, is_byte, next) = unescape_one(inner, i, b'"')?;
        if is_byte {
            out.push(v as u8);
        } else {
            let c = char::from_u32(v).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        i = next;
    }
    Some(out)
}

/// Decodes a rune literal `'a'`, `'\n'`, `'\x41'`.
pub fn parse_char(raw: &str) -> Option<BigInt> {
    let b = raw.as_bytes();
    if b.len() < 3 {
        return None;
    }
    let inner = &b[1..b.len() - 1];
    let (v, _, next) = unescape_one(inner, 0, b'\'')?;
    if next != inner.len() {
        return None;
    }
    Some(BigInt::from(v))
}

/// The value of a basic literal, or None if malformed.
pub fn from_literal(kind: LitKind, raw: &str) -> Option<ConstValue> {
    match kind {
        LitKind::Int => parse_int(raw).map(ConstValue::Int),
        LitKind::Float => parse_float(raw).map(ConstValue::Float),
        LitKind::Imag => {
            let body = raw.strip_suffix('i')?;
            let v = if body.contains(['.', 'e', 'E', 'p', 'P'])
                && !body.to_ascii_lowercase().starts_with("0x")
                || body.to_ascii_lowercase().contains('p')
            {
                parse_float(body)?
            } else {
                // `0123i` is decimal for imaginary literals (backwards compatibility).
                let s: String = body.chars().filter(|&c| c != '_').collect();
                if s.len() > 1 && s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit()) {
                    rat_from_int(&BigInt::parse_bytes(s.as_bytes(), 10)?)
                } else {
                    rat_from_int(&parse_int(body)?)
                }
            };
            Some(ConstValue::Complex(BigRational::zero(), v))
        }
        LitKind::Char => parse_char(raw).map(ConstValue::Int),
        LitKind::String => parse_string(raw).map(ConstValue::String),
    }
}

/// Numeric "rank": Int < Float < Complex.
fn rank(v: &ConstValue) -> u8 {
    match v {
        ConstValue::Int(_) => 0,
        ConstValue::Float(_) => 1,
        ConstValue::Complex(..) => 2,
        _ => 3,
    }
}

pub fn to_float(v: &ConstValue) -> Option<BigRational> {
    match v {
        ConstValue::Int(i) => Some(rat_from_int(i)),
        ConstValue::Float(f) => Some(f.clone()),
        ConstValue::Complex(r, i) if i.is_zero() => Some(r.clone()),
        _ => None,
    }
}

pub fn to_complex(v: &ConstValue) -> Option<(BigRational, BigRational)> {
    match v {
        ConstValue::Complex(r, i) => Some((r.clone(), i.clone())),
        _ => to_float(v).map(|f| (f, BigRational::zero())),
    }
}

/// The exact integer value, if the constant is integral.
pub fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        _ => {
            let f = to_float(v)?;
            if f.is_integer() {
                Some(f.to_integer())
            } else {
                None
            }
        }
    }
}

/// Converts to the representation of rank `r`.
fn promote(v: &ConstValue, r: u8) -> Option<ConstValue> {
    match r {
        0 => to_int(v).map(ConstValue::Int),
        1 => to_float(v).map(ConstValue::Float),
        2 => to_complex(v).map(|(a, b)| ConstValue::Complex(a, b)),
        _ => Some(v.clone()),
    }
}

/// Makes a value of "numeric class" matching the untyped/typed basic kind `k`
/// (int kinds → Int, float kinds → Float, complex → Complex). Used after conversion.
pub fn normalize(v: ConstValue) -> ConstValue {
    match v {
        ConstValue::Complex(r, i) if i.is_zero() => {
            if r.is_integer() {
                ConstValue::Int(r.to_integer())
            } else {
                ConstValue::Float(r)
            }
        }
        ConstValue::Float(f) if f.is_integer() => ConstValue::Int(f.to_integer()),
        v => v,
    }
}

/// Division-by-zero or other failure of a constant operation.
#[derive(Debug, PartialEq, Eq)]
pub enum OpError {
    DivByZero,
    Invalid,
}

/// `x op y` for constants. `int_div` selects truncated integer division (operands of
/// integer type). Comparisons yield `Bool`.
pub fn binary_op(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
    int_div: bool,
) -> Result<ConstValue, OpError> {
    use BinaryOp::*;
    use ConstValue as C;
    match (x, y) {
        (C::Bool(a), C::Bool(b)) => {
            return Ok(C::Bool(match op {
                LAnd => *a && *b,
                LOr => *a || *b,
                Eql => a == b,
                Neq => a != b,
                _ => return Err(OpError::Invalid),
            }))
        }
        (C::String(a), C::String(b)) => {
            return Ok(match op {
                Add => C::String([a.as_slice(), b.as_slice()].concat()),
                Eql => C::Bool(a == b),
                Neq => C::Bool(a != b),
                Lss => C::Bool(a < b),
                Leq => C::Bool(a <= b),
                Gtr => C::Bool(a > b),
                Geq => C::Bool(a >= b),
                _ => return Err(OpError::Invalid),
            })
        }
        _ => {}
    }
    let r = rank(x).max(rank(y));
    if r > 2 {
        return Err(OpError::Invalid);
    }
    let (x, y) = (
        promote(x, r).ok_or(OpError::Invalid)?,
        promote(y, r).ok_or(OpError::Invalid)?,
    );
    let cmp = |o: std::cmp::Ordering| -> Result<ConstValue, OpError> {
        use std::cmp::Ordering::*;
        Ok(C::Bool(match op {
            Eql => o == Equal,
            Neq => o != Equal,
            Lss => o == Less,
            Leq => o != Greater,
            Gtr => o == Greater,
            Geq => o != Less,
            _ => return Err(OpError::Invalid),
        }))
    };
    match (&x, &y) {
        (C::Int(a), C::Int(b)) => Ok(match op {
            Add => C::Int(a + b),
            Sub => C::Int(a - b),
            Mul => C::Int(a * b),
            Quo => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                if int_div {
                    C::Int(a / b)
                } else {
                    C::Float(BigRational::new(a.clone(), b.clone()))
                }
            }
            Rem => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                C::Int(a % b)
            }
            And => C::Int(a & b),
            Or => C::Int(a | b),
            Xor => C::Int(a ^ b),
            AndNot => C::Int(a & !b.clone()),
            Eql | Neq | Lss | Leq | Gtr | Geq => return cmp(a.cmp(b)),
            _ => return Err(OpError::Invalid),
        }),
        (C::Float(a), C::Float(b)) => Ok(match op {
            Add => C::Float(a + b),
            Sub => C::Float(a - b),
            Mul => C::Float(a * b),
            Quo => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                C::Float(a / b)
            }
            Eql | Neq | Lss | Leq | Gtr | Geq => return cmp(a.cmp(b)),
            _ => return Err(OpError::Invalid),
        }),
        (C::Complex(ar, ai), C::Complex(br, bi)) => Ok(match op {
            Add => C::Complex(ar + br, ai + bi),
            Sub => C::Complex(ar - br, ai - bi),
            Mul => C::Complex(ar * br - ai * bi, ar * bi + ai * br),
            Quo => {
                let d = br * br + bi * bi;
                if d.is_zero() {
                    return Err(OpError::DivByZero);
                }
                C::Complex((ar * br + ai * bi) / &d, (ai * br - ar * bi) / &d)
            }
            Eql => C::Bool(ar == br && ai == bi),
            Neq => C::Bool(!(ar == br && ai == bi)),
            _ => return Err(OpError::Invalid),
        }),
        _ => Err(OpError::Invalid),
    }
}

/// `x << s` / `x >> s` on an integer constant.
pub fn shift(op: BinaryOp, x: &BigInt, s: u64) -> Option<BigInt> {
    if s > 100_000 {
        return None;
    }
    Some(match op {
        BinaryOp::Shl => x << (s as usize),
        _ => x >> (s as usize),
    })
}

/// Unary `-x`, `+x`, `^x`, `!x`. For `^` on an unsigned typed constant pass its bit size.
pub fn unary_op(
    op: crate::syntax::ast::UnaryOp,
    x: &ConstValue,
    unsigned_bits: Option<u32>,
) -> Option<ConstValue> {
    use crate::syntax::ast::UnaryOp::*;
    use ConstValue as C;
    Some(match (op, x) {
        (Pos, C::Int(_) | C::Float(_) | C::Complex(..)) => x.clone(),
        (Neg, C::Int(i)) => C::Int(-i),
        (Neg, C::Float(f)) => C::Float(-f),
        (Neg, C::Complex(r, i)) => C::Complex(-r, -i),
        (Xor, C::Int(i)) => match unsigned_bits {
            Some(b) => {
                let mask = (BigInt::one() << b as usize) - 1;
                C::Int(i ^ mask)
            }
            None => C::Int(!i.clone()),
        },
        (Not, C::Bool(b)) => C::Bool(!b),
        _ => return None,
    })
}

fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let b = k.bits() as usize;
    Some(match k {
        Int | Int8 | Int16 | Int32 | Int64 => {
            (-(BigInt::one() << (b - 1)), (BigInt::one() << (b - 1)) - 1)
        }
        Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => {
            (BigInt::zero(), (BigInt::one() << b) - 1)
        }
        _ => return None,
    })
}

/// Rounds a rational to the nearest float64 (or float32) value; None on overflow.
pub fn round_float(f: &BigRational, bits32: bool) -> Option<BigRational> {
    let x = f.to_f64().unwrap_or(if f.is_positive() {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    });
    if bits32 {
        let y = x as f32;
        if y.is_infinite() {
            return None;
        }
        BigRational::from_float(y as f64)
    } else {
        if x.is_infinite() {
            return None;
        }
        BigRational::from_float(x)
    }
}

/// Checks that `v` is representable as a value of basic kind `k` and returns the value
/// converted (rounded for floats) to that kind.
pub fn representable(v: &ConstValue, k: BasicKind) -> Result<ConstValue, ReprError> {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        String | UntypedString => match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        _ if k.is_integer() => {
            if matches!(v, ConstValue::Bool(_) | ConstValue::String(_)) {
                return Err(ReprError::Mismatch);
            }
            let i = match to_int(v) {
                Some(i) => i,
                None => return Err(ReprError::Truncated),
            };
            if let Some((lo, hi)) = int_range(k) {
                if i < lo || i > hi {
                    return Err(ReprError::Overflows);
                }
            }
            Ok(ConstValue::Int(i))
        }
        Float32 | Float64 | UntypedFloat => {
            if matches!(v, ConstValue::Bool(_) | ConstValue::String(_)) {
                return Err(ReprError::Mismatch);
            }
            let f = match to_float(v) {
                Some(f) => f,
                None => return Err(ReprError::Truncated),
            };
            if k == UntypedFloat {
                return Ok(ConstValue::Float(f));
            }
            match round_float(&f, k == Float32) {
                Some(r) => Ok(ConstValue::Float(r)),
                None => Err(ReprError::Overflows),
            }
        }
        Complex64 | Complex128 | UntypedComplex => {
            let (r, i) = match to_complex(v) {
                Some(c) => c,
                None => return Err(ReprError::Mismatch),
            };
            if k == UntypedComplex {
                return Ok(ConstValue::Complex(r, i));
            }
            let b32 = k == Complex64;
            match (round_float(&r, b32), round_float(&i, b32)) {
                (Some(a), Some(b)) => Ok(ConstValue::Complex(a, b)),
                _ => Err(ReprError::Overflows),
            }
        }
        UntypedNil | Invalid | UnsafePointer => Err(ReprError::Mismatch),
        _ => Err(ReprError::Mismatch),
    }
}

/// Formats like C's `%.6g` (as Go's fmt does).
pub fn fmt_g6(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let e = format!("{:.5e}", x);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let mut m = mant.to_string();
        if m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        let prec = (5 - exp).max(0) as usize;
        let mut s = format!("{:.*}", prec, x);
        if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        s
    }
}

fn fmt_rat(f: &BigRational) -> String {
    if f.is_integer() {
        // Large integral floats print in %g style too when they fit in f64.
    }
    match f.to_f64() {
        Some(x) if x.is_finite() && (x != 0.0 || f.is_zero()) => fmt_g6(x),
        _ => {
            // Out of float64 range: print mantissa/exponent approximately.
            let neg = f.is_negative();
            let a = f.abs();
            let digits = a.to_integer().to_string();
            if a >= BigRational::one() && digits.len() > 1 {
                let e = digits.len() - 1;
                let m = &digits[..6.min(digits.len())];
                let mut mant = format!("{}.{}", &m[..1], &m[1..]);
                mant = mant.trim_end_matches('0').trim_end_matches('.').to_string();
                format!("{}{}e+{}", if neg { "-" } else { "" }, mant, e)
            } else {
                "0".into()
            }
        }
    }
}

/// Formats a constant value as gc's messages do (`1024`, `1e+100`, `"abc"`, `true`,
/// `(1 + 2i)`).
pub fn format_value(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::String(s) => {
            let text = String::from_utf8_lossy(s);
            if text.chars().count() > 72 {
                let short: String = text.chars().take(69).collect();
                super::typestr::quote_go(format!("{short}...").as_bytes())
            } else {
                super::typestr::quote_go(s)
            }
        }
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => fmt_rat(f),
        ConstValue::Complex(r, i) => format!("({} + {}i)", fmt_rat(r), fmt_rat(i)),
    }
}

pub fn is_zero(v: &ConstValue) -> bool {
    match v {
        ConstValue::Int(i) => i.is_zero(),
        ConstValue::Float(f) => f.is_zero(),
        ConstValue::Complex(r, i) => r.is_zero() && i.is_zero(),
        _ => false,
    }
}

/// Compares two constants for equality (duplicate case / map key detection).
pub fn const_eq(a: &ConstValue, b: &ConstValue) -> bool {
    matches!(
        binary_op(BinaryOp::Eql, a, b, false),
        Ok(ConstValue::Bool(true))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> ConstValue {
        from_literal(LitKind::Int, s).unwrap()
    }

    #[test]
    fn literals() {
        assert_eq!(int("0x1F"), ConstValue::Int(31.into()));
        assert_eq!(int("017"), ConstValue::Int(15.into()));
        assert_eq!(int("0o17"), ConstValue::Int(15.into()));
        assert_eq!(int("0b101"), ConstValue::Int(5.into()));
        assert_eq!(int("1_000"), ConstValue::Int(1000.into()));
        assert_eq!(
            from_literal(LitKind::Char, r"'\n'"),
            Some(ConstValue::Int(10.into()))
        );
        assert_eq!(
            from_literal(LitKind::Char, "'é'"),
            Some(ConstValue::Int(233.into()))
        );
        assert_eq!(
            from_literal(LitKind::String, r#""a\tb\x41""#),
            Some(ConstValue::String(b"a\tbA".to_vec()))
        );
        assert_eq!(
            from_literal(LitKind::String, "`a\\n`"),
            Some(ConstValue::String(b"a\\n".to_vec()))
        );
        let f = from_literal(LitKind::Float, "1.5e2").unwrap();
        assert_eq!(normalize(f), ConstValue::Int(150.into()));
        let h = from_literal(LitKind::Float, "0x1p-2").unwrap();
        assert_eq!(format_value(&h), "0.25");
    }

    #[test]
    fn arithmetic_is_exact() {
        let one = int("1");
        let big = binary_op(
            BinaryOp::Mul,
            &int("1267650600228229401496703205376"),
            &one,
            true,
        )
        .unwrap();
        let ConstValue::Int(b) = &big else { panic!() };
        assert_eq!(shift(BinaryOp::Shr, b, 98), Some(BigInt::from(4)));
        assert_eq!(
            binary_op(BinaryOp::Quo, &int("7"), &int("2"), true),
            Ok(int("3"))
        );
        let q = binary_op(BinaryOp::Quo, &int("7"), &int("2"), false).unwrap();
        assert_eq!(format_value(&q), "3.5");
        assert_eq!(
            binary_op(BinaryOp::Quo, &one, &int("0"), true),
            Err(OpError::DivByZero)
        );
        assert_eq!(
            binary_op(BinaryOp::Lss, &one, &int("2"), true),
            Ok(ConstValue::Bool(true))
        );
    }

    #[test]
    fn representability() {
        assert_eq!(
            representable(&int("200"), BasicKind::Int8),
            Err(ReprError::Overflows)
        );
        assert_eq!(representable(&int("255"), BasicKind::Uint8), Ok(int("255")));
        assert_eq!(
            representable(&int("-1"), BasicKind::Uint),
            Err(ReprError::Overflows)
        );
        let f = from_literal(LitKind::Float, "1.5").unwrap();
        assert_eq!(representable(&f, BasicKind::Int), Err(ReprError::Truncated));
        let e = from_literal(LitKind::Float, "1e100").unwrap();
        assert_eq!(
            representable(&e, BasicKind::Float32),
            Err(ReprError::Overflows)
        );
        assert!(representable(&e, BasicKind::Float64).is_ok());
        assert_eq!(
            representable(&ConstValue::String(vec![]), BasicKind::Int),
            Err(ReprError::Mismatch)
        );
    }

    #[test]
    fn formatting() {
        assert_eq!(fmt_g6(1e100), "1e+100");
        assert_eq!(fmt_g6(1.5), "1.5");
        assert_eq!(fmt_g6(0.1), "0.1");
        assert_eq!(fmt_g6(1.23456789), "1.23457");
        assert_eq!(fmt_g6(1234567.0), "1.23457e+06");
        assert_eq!(fmt_g6(100000.0), "100000");
        assert_eq!(fmt_g6(0.0001), "0.0001");
        assert_eq!(fmt_g6(0.00001), "1e-05");
        assert_eq!(
            format_value(&ConstValue::String(b"a\"b".to_vec())),
            "\"a\\\"b\""
        );
    }
}
