//! Floating-point formatting: Go's `strconv.FormatFloat` ('e' 'E' 'f' 'g' 'G' 'b' 'x' 'X',
//! shortest or fixed precision) built on `core::fmt`'s correctly rounded digits, and
//! fmt's float/complex verbs with their flag rules.

use core::fmt::Write;

use super::smallbuf::SmallBuf;
use super::{finish_bytes, Printer};
use crate::typedesc::GoString;

/// Formatted output and digit strings (stack-held up to 64 bytes).
type Buf = SmallBuf<64>;

/// Decimal digits `d` (no leading zeros; empty for zero) with decimal point position `dp`:
/// the value is 0.d × 10^dp.
struct Decimal {
    d: Buf,
    dp: i64,
}

/// Parses Rust's `{:e}` output of a non-negative finite number into digits and point.
fn decimal_from_exp(s: &[u8]) -> Decimal {
    let epos = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    let mut d = Buf::new();
    for &c in &s[..epos] {
        if c != b'.' {
            d.push(c);
        }
    }
    let mut exp: i64 = 0;
    let mut neg = false;
    for &c in &s[(epos + 1).min(s.len())..] {
        match c {
            b'-' => neg = true,
            b'0'..=b'9' => exp = exp * 10 + (c - b'0') as i64,
            _ => {}
        }
    }
    if neg {
        exp = -exp;
    }
    if d.iter().all(|&c| c == b'0') {
        d.clear();
        return Decimal { d, dp: 0 };
    }
    Decimal { d, dp: exp + 1 }
}

/// Shortest round-trip digits of |v| (as a float32 when `bits` is 32).
fn shortest(v: f64, bits: u32) -> Decimal {
    let mut s = Buf::new();
    if bits == 32 {
        let _ = write!(s, "{:e}", (v as f32).abs());
    } else {
        let _ = write!(s, "{:e}", v.abs());
    }
    decimal_from_exp(&s)
}

/// |v| correctly rounded to `n` >= 1 significant digits.
fn fixed_digits(v: f64, n: usize) -> Decimal {
    let mut s = Buf::new();
    let _ = write!(s, "{:.*e}", n - 1, v.abs());
    decimal_from_exp(&s)
}

fn trim_zeros(dec: &mut Decimal) {
    while dec.d.last() == Some(&b'0') {
        dec.d.pop();
    }
    if dec.d.is_empty() {
        dec.dp = 0;
    }
}

/// %e: d.ddddde±dd with `prec` digits after the point.
fn fmt_e(out: &mut Buf, neg: bool, dec: &Decimal, prec: i64, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(dec.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec as usize {
            out.push(dec.d.get(i).copied().unwrap_or(b'0'));
        }
    }
    out.push(fmt);
    let mut exp = dec.dp - 1;
    if dec.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
        out.push(b'0' + exp as u8);
    } else if exp < 100 {
        out.push(b'0' + (exp / 10) as u8);
        out.push(b'0' + (exp % 10) as u8);
    } else {
        out.push(b'0' + (exp / 100) as u8);
        out.push(b'0' + (exp / 10 % 10) as u8);
        out.push(b'0' + (exp % 10) as u8);
    }
}

/// %f: ddd.ddd with `prec` digits after the point.
fn fmt_f(out: &mut Buf, neg: bool, dec: &Decimal, prec: i64) {
    if neg {
        out.push(b'-');
    }
    if dec.dp > 0 {
        for i in 0..dec.dp as usize {
            out.push(dec.d.get(i).copied().unwrap_or(b'0'));
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = dec.dp + i - 1;
            let c = if j >= 0 {
                dec.d.get(j as usize).copied().unwrap_or(b'0')
            } else {
                b'0'
            };
            out.push(c);
        }
    }
}

/// Raw IEEE fields: (negative, mantissa with implicit bit, unbiased exponent of its lsb,
/// mantissa bits, exponent bias).
fn ieee(v: f64, bits: u32) -> (bool, u64, i64, u32, i64) {
    if bits == 32 {
        let b = (v as f32).to_bits();
        let e = ((b >> 23) & 0xFF) as i64;
        let mut m = (b & 0x7F_FFFF) as u64;
        let exp = if e == 0 {
            1
        } else {
            m |= 1 << 23;
            e
        };
        (b >> 31 != 0, m, exp - 127 - 23, 23, 127)
    } else {
        let b = v.to_bits();
        let e = ((b >> 52) & 0x7FF) as i64;
        let mut m = b & ((1 << 52) - 1);
        let exp = if e == 0 {
            1
        } else {
            m |= 1 << 52;
            e
        };
        (b >> 63 != 0, m, exp - 1023 - 52, 52, 1023)
    }
}

fn push_int(out: &mut Buf, v: i64) {
    let _ = write!(out, "{}", v);
}

/// %b: mantissa p exponent, e.g. 4503599627370496p-52.
fn fmt_b(out: &mut Buf, v: f64, bits: u32) {
    let (neg, m, exp, _, _) = ieee(v, bits);
    if neg {
        out.push(b'-');
    }
    let _ = write!(out, "{}", m);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    push_int(out, exp);
}

/// %x / %X: hexadecimal mantissa and binary exponent, e.g. 0x1.8p+00.
fn fmt_x(out: &mut Buf, v: f64, prec: i64, fmt: u8, bits: u32) {
    let (neg, mut mant, lsb_exp, mantbits, _) = ieee(v, bits);
    // Value = mant × 2^lsb_exp; normalise to 1.xxx (bit 60) × 2^exp.
    let mut exp = lsb_exp + mantbits as i64;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.push(b'0');
    out.push(fmt);
    out.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    push_int(out, exp);
}

/// Go's `strconv.AppendFloat(out, v, fmt, prec, bits)`.
pub(crate) fn append_float(out: &mut Buf, v: f64, fmt: u8, prec: i64, bits: u32) {
    let v = if bits == 32 { (v as f32) as f64 } else { v };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    match fmt {
        b'b' => return fmt_b(out, v, bits),
        b'x' | b'X' => return fmt_x(out, v, prec, fmt, bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }
    if prec < 0 {
        let dec = shortest(v, bits);
        let nd = dec.d.len() as i64;
        match fmt {
            b'e' | b'E' => fmt_e(out, neg, &dec, nd - 1, fmt),
            b'f' => fmt_f(out, neg, &dec, (nd - dec.dp).max(0)),
            _ => {
                let exp = dec.dp - 1;
                if !(-4..6).contains(&exp) {
                    fmt_e(out, neg, &dec, nd - 1, fmt + b'e' - b'g');
                } else {
                    fmt_f(out, neg, &dec, (nd - dec.dp).max(0));
                }
            }
        }
        return;
    }
    match fmt {
        b'e' | b'E' => {
            let dec = fixed_digits(v, prec as usize + 1);
            fmt_e(out, neg, &dec, prec, fmt);
        }
        b'f' => {
            if neg {
                out.push(b'-');
            }
            let _ = write!(out, "{:.*}", prec as usize, v.abs());
        }
        _ => {
            let mut prec = prec.max(1);
            let mut dec = fixed_digits(v, prec as usize);
            trim_zeros(&mut dec);
            let nd = dec.d.len() as i64;
            let mut eprec = prec;
            if eprec > nd && nd >= dec.dp {
                eprec = nd;
            }
            let exp = dec.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(out, neg, &dec, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > dec.dp {
                    prec = nd;
                }
                fmt_f(out, neg, &dec, (prec - dec.dp).max(0));
            }
        }
    }
}

impl Printer {
    /// gc's `fmt.fmtFloat`: `v` (of `bits` size) under strconv format `verb` with default
    /// precision `prec`, applying the sign, `#`, zero-padding and width rules.
    pub(crate) fn fmt_float_with(&mut self, v: f64, bits: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present {
            self.f.prec
        } else {
            prec
        };
        let mut num = Buf::new();
        num.push(b'+');
        append_float(&mut num, v, verb, prec, bits);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let z = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = z;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                if digits < 0 {
                    digits = 6;
                }
            }
            let mut tail = Buf::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// gc's `pp.fmtFloat`: a float operand under `verb`.
    pub(crate) fn fmt_float(&mut self, v: f64, bits: u32, verb: u32) {
        match char::from_u32(verb).unwrap_or('?') {
            'v' => self.fmt_float_with(v, bits, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_with(v, bits, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float_with(v, bits, verb as u8, 6),
            'F' => self.fmt_float_with(v, bits, b'f', 6),
            _ => self.bad_verb(verb),
        }
    }

    /// gc's `pp.fmtComplex`: `(re+imi)` with each part formatted under `verb`.
    pub(crate) fn fmt_complex(&mut self, re: f64, im: f64, bits: u32, verb: u32) {
        match char::from_u32(verb).unwrap_or('?') {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float(re, bits / 2, verb);
                self.f.plus = true;
                self.fmt_float(im, bits / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(verb),
        }
    }
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
#[no_mangle]
pub extern "C" fn rgo_strconv_formatfloat(f: f64, fmt: u8, prec: i64, bitsize: i64) -> GoString {
    let mut out = Buf::new();
    append_float(&mut out, f, fmt, prec, if bitsize == 32 { 32 } else { 64 });
    finish_bytes(&out)
}

/// Result of [`rgo_strconv_parsefloat`]: `err` is 0 (ok), 1 (syntax) or 2 (range).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FloatResult {
    pub value: f64,
    pub err: i64,
}

/// Go's `strconv.ParseFloat(s, bitSize)`, correctly rounded.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[no_mangle]
pub unsafe extern "C" fn rgo_strconv_parsefloat(
    ptr: *const u8,
    len: usize,
    bitsize: i64,
) -> FloatResult {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { super::bytes(ptr, len) };
    let (value, err) = super::parse::parse_float(s, if bitsize == 32 { 32 } else { 64 });
    FloatResult { value, err }
}
