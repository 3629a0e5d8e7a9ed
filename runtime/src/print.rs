//! The `print` / `println` builtins (to fd 2), formatted exactly like gc: integers in
//! decimal, floats in shortest form (`strconv.FormatFloat(f, 'g', -1, 64)`: `1.5`,
//! `1e+21`, `+Inf`, `NaN`; float32 values shortest as float32), complex `(1+2i)`,
//! pointers and hex as `0x…`, interfaces `(0xtab,0xdata)`, slices `[len/cap]0xptr`.
//! Compiled code emits the separators (`rgo_printsp`, `rgo_printnl`) itself.

use crate::typedesc::GoString;
use core::fmt::Write;

/// A fixed-capacity byte buffer; excess output is dropped.
pub struct Buf {
    data: [u8; 128],
    len: usize,
}

impl Default for Buf {
    fn default() -> Self {
        Self::new()
    }
}

impl Buf {
    pub const fn new() -> Buf {
        Buf {
            data: [0; 128],
            len: 0,
        }
    }
    pub fn push(&mut self, s: &[u8]) {
        let n = s.len().min(self.data.len() - self.len);
        self.data[self.len..self.len + n].copy_from_slice(&s[..n]);
        self.len += n;
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.data[..self.len]
    }
    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.push(s.as_bytes());
        Ok(())
    }
}

/// Writes `s` to standard error.
pub fn write_err(s: &[u8]) {
    crate::syscall::write_all(2, s);
}

pub fn fmt_uint(b: &mut Buf, mut v: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    b.push(&tmp[i..]);
}

pub fn fmt_int(b: &mut Buf, v: i64) {
    if v < 0 {
        b.push(b"-");
    }
    fmt_uint(b, v.unsigned_abs());
}

pub fn fmt_hex(b: &mut Buf, mut v: u64) {
    let mut tmp = [0u8; 16];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b"0123456789abcdef"[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    b.push(b"0x");
    b.push(&tmp[i..]);
}

/// Shortest decimal digits and decimal-point position of a finite non-negative float,
/// parsed from core's shortest `{:e}` output: value = 0.DIGITS × 10^dp.
fn shortest_digits(e_form: &[u8], digits: &mut [u8; 32]) -> (usize, i32) {
    let mut nd = 0;
    let mut i = 0;
    while i < e_form.len() && e_form[i] != b'e' {
        if e_form[i].is_ascii_digit() && nd < digits.len() {
            digits[nd] = e_form[i];
            nd += 1;
        }
        i += 1;
    }
    let mut exp: i32 = 0;
    let mut neg = false;
    i += 1;
    if i < e_form.len() && e_form[i] == b'-' {
        neg = true;
        i += 1;
    }
    while i < e_form.len() {
        exp = exp * 10 + (e_form[i] - b'0') as i32;
        i += 1;
    }
    if neg {
        exp = -exp;
    }
    // Trim trailing zeros (core does not emit them, but be safe).
    while nd > 1 && digits[nd - 1] == b'0' {
        nd -= 1;
    }
    (nd, exp + 1)
}

/// Formats per strconv 'g' with shortest precision. `e_form` is `{:e}` of |v|.
fn fmt_float_parts(b: &mut Buf, neg: bool, e_form: &[u8], zero: bool, plus: bool) {
    if neg {
        b.push(b"-");
    } else if plus {
        b.push(b"+");
    }
    let mut digits = [0u8; 32];
    let (nd, dp) = if zero {
        digits[0] = b'0';
        (1, 1)
    } else {
        shortest_digits(e_form, &mut digits)
    };
    let d = &digits[..nd];
    let exp = dp - 1;
    if !(-4..6).contains(&exp) {
        b.push(&d[..1]);
        if nd > 1 {
            b.push(b".");
            b.push(&d[1..]);
        }
        b.push(if exp < 0 { b"e-" } else { b"e+" });
        let e = exp.unsigned_abs();
        if e < 10 {
            b.push(b"0");
        }
        fmt_uint(b, e as u64);
    } else if dp <= 0 {
        b.push(b"0.");
        for _ in 0..-dp {
            b.push(b"0");
        }
        b.push(d);
    } else {
        let dpu = dp as usize;
        if nd <= dpu {
            b.push(d);
            for _ in nd..dpu {
                b.push(b"0");
            }
        } else {
            b.push(&d[..dpu]);
            b.push(b".");
            b.push(&d[dpu..]);
        }
    }
}

/// gc's float printing for float64 values. `plus`: always print a sign (imaginary parts).
pub fn fmt_float64(b: &mut Buf, v: f64, plus: bool) {
    if v.is_nan() {
        b.push(if plus { b"+NaN" } else { b"NaN" });
        return;
    }
    if v.is_infinite() {
        b.push(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    let mut e = Buf::new();
    let _ = write!(e, "{:e}", v.abs());
    fmt_float_parts(b, v.is_sign_negative(), e.as_bytes(), v == 0.0, plus);
}

/// gc's float printing for float32 values (shortest digits that round-trip as float32).
pub fn fmt_float32(b: &mut Buf, v: f32, plus: bool) {
    if v.is_nan() || v.is_infinite() {
        return fmt_float64(b, v as f64, plus);
    }
    let mut e = Buf::new();
    let _ = write!(e, "{:e}", v.abs());
    fmt_float_parts(b, v.is_sign_negative(), e.as_bytes(), v == 0.0, plus);
}

pub fn fmt_complex128(b: &mut Buf, re: f64, im: f64) {
    b.push(b"(");
    fmt_float64(b, re, false);
    fmt_float64(b, im, true);
    b.push(b"i)");
}

pub fn fmt_complex64(b: &mut Buf, re: f32, im: f32) {
    b.push(b"(");
    fmt_float32(b, re, false);
    fmt_float32(b, im, true);
    b.push(b"i)");
}

fn emit(f: impl FnOnce(&mut Buf)) {
    let mut b = Buf::new();
    f(&mut b);
    write_err(b.as_bytes());
}

#[no_mangle]
pub extern "C" fn rgo_printstring(ptr: *const u8, len: usize) {
    write_err(GoString { ptr, len }.as_bytes());
}

#[no_mangle]
pub extern "C" fn rgo_printint(v: i64) {
    emit(|b| fmt_int(b, v));
}

#[no_mangle]
pub extern "C" fn rgo_printuint(v: u64) {
    emit(|b| fmt_uint(b, v));
}

#[no_mangle]
pub extern "C" fn rgo_printfloat(v: f64) {
    emit(|b| fmt_float64(b, v, false));
}

/// float32 operands print with float32 shortest digits (`println(float32(1.1))` → `1.1`).
#[no_mangle]
pub extern "C" fn rgo_printfloat32(v: f32) {
    emit(|b| fmt_float32(b, v, false));
}

#[no_mangle]
pub extern "C" fn rgo_printcomplex(re: f64, im: f64) {
    emit(|b| fmt_complex128(b, re, im));
}

#[no_mangle]
pub extern "C" fn rgo_printcomplex64(re: f32, im: f32) {
    emit(|b| fmt_complex64(b, re, im));
}

#[no_mangle]
pub extern "C" fn rgo_printbool(v: u8) {
    write_err(if v != 0 { b"true" } else { b"false" });
}

#[no_mangle]
pub extern "C" fn rgo_printpointer(p: *const u8) {
    emit(|b| fmt_hex(b, p as u64));
}

#[no_mangle]
pub extern "C" fn rgo_printhex(v: u64) {
    emit(|b| fmt_hex(b, v));
}

#[no_mangle]
pub extern "C" fn rgo_printsp() {
    write_err(b" ");
}

#[no_mangle]
pub extern "C" fn rgo_printnl() {
    write_err(b"\n");
}

/// Interfaces (empty or not) print as `(0xtab,0xdata)`.
#[no_mangle]
pub extern "C" fn rgo_printeface(tab: *const u8, data: *const u8) {
    emit(|b| {
        b.push(b"(");
        fmt_hex(b, tab as u64);
        b.push(b",");
        fmt_hex(b, data as u64);
        b.push(b")");
    });
}

#[no_mangle]
pub extern "C" fn rgo_printslice(ptr: *const u8, len: i64, cap: i64) {
    emit(|b| {
        b.push(b"[");
        fmt_int(b, len);
        b.push(b"/");
        fmt_int(b, cap);
        b.push(b"]");
        fmt_hex(b, ptr as u64);
    });
}

/// Non-empty interfaces print like empty ones: `(0xtab,0xdata)`.
#[no_mangle]
pub extern "C" fn rgo_printiface(tab: *const u8, data: *const u8) {
    rgo_printeface(tab, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f64s(v: f64) -> std::string::String {
        let mut b = Buf::new();
        fmt_float64(&mut b, v, false);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }
    fn f32s(v: f32) -> std::string::String {
        let mut b = Buf::new();
        fmt_float32(&mut b, v, false);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn floats_match_gc() {
        // Expected strings produced by gc's println.
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "-0"),
            (1.0, "1"),
            (1.5, "1.5"),
            (1e20, "1e+20"),
            (1e21, "1e+21"),
            (123456789012345678901.0, "1.2345678901234568e+20"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (0.00012345, "0.00012345"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0 * 1e25, "6.666666666666667e+24"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (100.0, "100"),
            (-100.0, "-100"),
            (1234567.0, "1.234567e+06"),
            (12345678.0, "1.2345678e+07"),
            (123456.0, "123456"),
            (1e300, "1e+300"),
            (1e-300, "1e-300"),
            (0.1, "0.1"),
            (3.0, "3"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (f64::NAN, "NaN"),
        ];
        for &(v, want) in cases {
            assert_eq!(f64s(v), want, "{v:e}");
        }
        assert_eq!(f32s(1.1), "1.1");
        assert_eq!(f32s(1e20), "1e+20");
        assert_eq!(f32s(3.4e38), "3.4e+38");
        assert_eq!(f32s(1e-5), "1e-05");
        assert_eq!(f32s(0.1), "0.1");
    }

    #[test]
    fn complex_ints_hex() {
        let mut b = Buf::new();
        fmt_complex128(&mut b, 1.0, 2.0);
        fmt_complex128(&mut b, -1.5, f64::NAN);
        fmt_complex64(&mut b, 1.1, -2.0);
        fmt_complex128(&mut b, 1e21, 1e-7);
        assert_eq!(b.as_bytes(), b"(1+2i)(-1.5+NaNi)(1.1-2i)(1e+21+1e-07i)");
        b.clear();
        fmt_int(&mut b, i64::MIN);
        b.push(b" ");
        fmt_uint(&mut b, u64::MAX);
        b.push(b" ");
        fmt_hex(&mut b, 0);
        b.push(b" ");
        fmt_hex(&mut b, 0x52bba8);
        assert_eq!(
            b.as_bytes(),
            b"-9223372036854775808 18446744073709551615 0x0 0x52bba8"
        );
    }
}
