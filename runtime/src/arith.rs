//! Arithmetic helpers that compiled code calls instead of inlining: complex division and
//! the float `min`/`max` builtins (NaN and signed-zero rules).

/// A complex128 in registers (xmm0, xmm1).
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

fn inf2one(f: f64) -> f64 {
    if f.is_infinite() {
        1.0f64.copysign(f)
    } else {
        0.0f64.copysign(f)
    }
}

/// `n / m` for complex128, with Go's handling of infinities and NaNs.
#[no_mangle]
pub extern "C" fn rgo_complex128div(nre: f64, nim: f64, mre: f64, mim: f64) -> Complex128 {
    let (e, f);
    if mre.abs() >= mim.abs() {
        let ratio = mim / mre;
        let denom = mre + ratio * mim;
        e = (nre + nim * ratio) / denom;
        f = (nim - nre * ratio) / denom;
    } else {
        let ratio = mre / mim;
        let denom = mim + ratio * mre;
        e = (nre * ratio + nim) / denom;
        f = (nim * ratio - nre) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // Recover infinities and zeros that computed as NaN+iNaN.
        let (mut a, mut b, mut c, mut d) = (nre, nim, mre, mim);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            return Complex128 {
                re: f64::INFINITY.copysign(c) * a,
                im: f64::INFINITY.copysign(c) * b,
            };
        }
        if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            return Complex128 {
                re: f64::INFINITY * (a * c + b * d),
                im: f64::INFINITY * (b * c - a * d),
            };
        }
        if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            return Complex128 {
                re: 0.0 * (a * c + b * d),
                im: 0.0 * (b * c - a * d),
            };
        }
    }
    Complex128 { re: e, im: f }
}

/// `min(a, b)` for floats: NaN wins, -0 < +0.
#[no_mangle]
pub extern "C" fn rgo_fmin(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_negative() { a } else { b };
    }
    if a < b {
        a
    } else {
        b
    }
}

/// `max(a, b)` for floats: NaN wins, +0 > -0.
#[no_mangle]
pub extern "C" fn rgo_fmax(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_positive() { a } else { b };
    }
    if a > b {
        a
    } else {
        b
    }
}

/// Zeroes `n` bytes.
#[no_mangle]
pub extern "C" fn rgo_memclr(p: *mut u8, n: usize) {
    if n > 0 {
        // SAFETY: compiled code passes a valid range.
        unsafe {
            crate::gc::barrier::range(p, n);
            core::ptr::write_bytes(p, 0, n)
        };
    }
}

/// Copies `n` bytes between possibly overlapping ranges.
#[no_mangle]
pub extern "C" fn rgo_memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 {
        // SAFETY: compiled code passes valid ranges.
        unsafe {
            crate::gc::barrier::range(dst, n);
            core::ptr::copy(src, dst, n)
        };
    }
}

/// A range-over-func loop found its iterator misbehaving. `state` is the loop's state
/// when it noticed (the compiler's encoding): -1 the body panicked, -2 the loop exited,
/// -3 the iterator returned after recovering a body panic; otherwise the body had
/// returned false.
#[no_mangle]
pub extern "C" fn rgo_panic_rangefunc(state: i64) -> ! {
    crate::panic::panic_runtime_error(match state {
        -1 => "range function continued iteration after loop body panic",
        -2 => "range function continued iteration after whole loop exit",
        -3 => "range function recovered a loop body panic and did not resume panicking",
        _ => "range function continued iteration after function for loop body returned false",
    })
}
