//! The `fmt` engine: Go's `Printf` family (every verb and flag gc supports, argument
//! indexes, gc's exact error strings), `Print`/`Println` spacing, `%w` bookkeeping for
//! `Errorf`, plus `strconv.FormatFloat`/`ParseFloat` and the `errors.As` hook.
//!
//! Values arrive as `[]any` (Efaces) and are walked through their [`TypeDesc`]s; map keys
//! are printed in gc's `fmtsort` order; `Error()`, `String()` and `GoString()` methods are
//! honoured as gc's `handleMethods` does.
//!
//! Exported symbols (C ABI; the Go-named ones are what bodyless functions in
//! `compiler/std/{fmt,strconv,errors}` link to):
//! - `rgo_fmt_sprintf(f_ptr, f_len, args_ptr, nargs) -> GoString`
//!   and `fmt.sprintf(f_ptr, f_len, a_ptr, a_len, a_cap)`
//! - `rgo_fmt_errorf(f_ptr, f_len, args_ptr, nargs) -> GoString` (Sprintf accepting `%w`)
//!   and `fmt.errorf(f_ptr, f_len, a_ptr, a_len, a_cap)`
//! - `rgo_fmt_sprint(args_ptr, nargs)` and `fmt.sprint(a_ptr, a_len, a_cap)`
//! - `rgo_fmt_sprintln(args_ptr, nargs)` and `fmt.sprintln(a_ptr, a_len, a_cap)`
//! - `rgo_fmt_wrapped_index(f_ptr, f_len, nargs) -> i64` (first `%w` operand or -1) and
//!   `fmt.wrappedArg(f_ptr, f_len, nargs, k) -> i64` (the k-th `%w` operand or -1)
//! - `rgo_strconv_formatfloat(f, fmt, prec, bitsize) -> GoString`
//! - `rgo_strconv_parsefloat(ptr, len, bitsize) -> FloatResult`
//! - `rgo_errors_as(err_tab, err_data, target_tab, target_data) -> bool` and
//!   `errors.asTarget` (same arguments)
//! - `os.write(fd, p_ptr, p_len, p_cap) -> (n, errno)` and `os.Exit(code)` (calls
//!   `rgo_exit`), for compiler/std/os
//!
//! Imported from the rest of the runtime: `rgo_mapiterinit`/`rgo_mapiternext` (map
//! printing), `rgo_getitab` (errors.As), `rgo_exit`, `crate::gocall::call_string_method`.

mod errors_as;
pub(crate) mod float;
mod int;
mod isprint_table;
mod os_hooks;
mod parse;
pub(crate) mod quote;
mod smallbuf;
mod sort;
mod text;
mod value;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod testutil;

use alloc::vec::Vec;

use crate::typedesc::{Eface, GoString, TypeDesc};

pub use float::{rgo_strconv_formatfloat, rgo_strconv_parsefloat, FloatResult};

/// Turns a finished output buffer into a Go string and gives the buffer back to the
/// thread's pool.
pub(crate) fn finish(buf: Vec<u8>) -> GoString {
    let s = finish_bytes(&buf);
    #[cfg(not(test))]
    crate::sched::put_fmt_buf(buf);
    s
}

/// A Go string holding a copy of `b`: the one place that allocates fmt's output.
pub(crate) fn finish_bytes(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    #[cfg(not(test))]
    {
        // The string lives on the Go heap (pointer-free bytes).
        let p = crate::heap::alloc(b.len(), core::ptr::null(), true);
        // SAFETY: p points to b.len() fresh bytes.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
        GoString {
            ptr: p,
            len: b.len(),
        }
    }
    #[cfg(test)]
    {
        let leaked = b.to_vec().leak();
        GoString {
            ptr: leaked.as_ptr(),
            len: leaked.len(),
        }
    }
}

/// Formatting flags and width/precision of the verb being printed (gc's `fmtFlags`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Flags {
    pub plus: bool,
    pub minus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    pub wid_present: bool,
    pub prec_present: bool,
    pub wid: i64,
    pub prec: i64,
}

/// A formatting session: the output buffer plus per-verb state (gc's `pp` and `fmt`).
pub(crate) struct Printer {
    pub buf: Vec<u8>,
    pub f: Flags,
    /// Printing a bad-verb operand: don't call methods again.
    pub erroring: bool,
    /// `Errorf`: `%w` accepts error operands.
    pub wrap_errs: bool,
    /// The operand currently printed, for `%!verb(type=value)` messages.
    pub cur: Option<value::Val>,
}

/// An argument list: the `[]any` operands.
#[derive(Clone, Copy)]
pub(crate) struct Args {
    ptr: *const Eface,
    len: usize,
}

impl Args {
    fn new(ptr: *const Eface, len: usize) -> Args {
        Args {
            ptr: if len == 0 { core::ptr::null() } else { ptr },
            len,
        }
    }
    /// Pointer to operand `i` (in bounds).
    fn at(&self, i: usize) -> *const Eface {
        debug_assert!(i < self.len);
        // SAFETY: `i < len` and `ptr` points at `len` Efaces.
        unsafe { self.ptr.add(i) }
    }
}

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Parses a decimal number in `s[start..end]`: (value, found, index after it). An absurdly
/// large number makes the rest of the format unusable, as in gc.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Parses `[n]` at the start of `s`: (index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (w, ok, newi) = parse_num(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (w - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// State of the format-string walk shared by printing and `%w` discovery.
struct Walk {
    arg_num: usize,
    reordered: bool,
    good_arg_num: bool,
}

impl Walk {
    /// Handles an optional `[n]` at `s[i..]`: returns (new i, whether an index was found).
    fn arg_number(&mut self, s: &[u8], i: usize, nargs: usize) -> (usize, bool) {
        if i >= s.len() || s[i] != b'[' {
            return (i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&s[i..]);
        if ok && 0 <= index && (index as usize) < nargs {
            self.arg_num = index as usize;
            return (i + wid, true);
        }
        self.good_arg_num = false;
        (i + wid, ok)
    }
}

/// Reads operand `arg_num` as an int for `*` width/precision: (value, ok). Advances.
fn int_from_arg(args: Args, walk: &mut Walk) -> (i64, bool) {
    if walk.arg_num >= args.len {
        return (0, false);
    }
    let e = args.at(walk.arg_num);
    walk.arg_num += 1;
    // SAFETY: `e` points at a valid Eface of the argument list.
    let (n, ok) = unsafe { value::eface_int(&*e) };
    if ok && !too_large(n) {
        (n, true)
    } else {
        (0, false)
    }
}

impl Printer {
    pub(crate) fn new() -> Printer {
        #[cfg(not(test))]
        let buf = {
            let mut b = crate::sched::take_fmt_buf();
            b.reserve(64);
            b
        };
        #[cfg(test)]
        let buf = Vec::with_capacity(64);
        Printer {
            buf,
            f: Flags::default(),
            erroring: false,
            wrap_errs: false,
            cur: None,
        }
    }

    /// gc's `doPrintf`. With `dry`, only walks the format and records the operand index
    /// of each `%w` verb into `wrapped` (operands are neither read nor printed).
    fn do_printf(&mut self, format: &[u8], args: Args, dry: bool, wrapped: &mut Vec<usize>) {
        let end = format.len();
        let mut walk = Walk {
            arg_num: 0,
            reordered: false,
            good_arg_num: true,
        };
        let mut after_index;
        let mut i = 0;
        'outer: while i < end {
            walk.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip '%'
            self.f = Flags::default();
            while i < end {
                match format[i] {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => break,
                }
                i += 1;
            }
            // Argument index, then width.
            let (ni, found) = walk.arg_number(format, i, args.len);
            i = ni;
            after_index = found;
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok) = if dry {
                    (0, walk.consume(args.len))
                } else {
                    int_from_arg(args, &mut walk)
                };
                self.f.wid = w;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.minus = true;
                    self.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parse_num(format, i, end);
                self.f.wid = w;
                self.f.wid_present = ok;
                i = ni;
                if after_index && ok {
                    walk.good_arg_num = false;
                }
            }
            // Precision.
            if i < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    walk.good_arg_num = false;
                }
                let (ni, found) = walk.arg_number(format, i, args.len);
                i = ni;
                after_index = found;
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok) = if dry {
                        (0, walk.consume(args.len))
                    } else {
                        int_from_arg(args, &mut walk)
                    };
                    self.f.prec = p;
                    self.f.prec_present = ok;
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.prec_present = false;
                    }
                    if !ok {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parse_num(format, i, end);
                    i = ni;
                    self.f.prec = if ok { p } else { 0 };
                    self.f.prec_present = true;
                }
            }
            if !after_index {
                let (ni, _) = walk.arg_number(format, i, args.len);
                i = ni;
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break 'outer;
            }
            let (verb, size) = quote::decode_rune(&format[i..]);
            i += size;
            if verb == '%' as u32 {
                self.buf.push(b'%');
            } else if !walk.good_arg_num {
                self.bad_arg(verb, b"(BADINDEX)");
            } else if walk.arg_num >= args.len {
                self.bad_arg(verb, b"(MISSING)");
            } else {
                if verb == 'w' as u32 {
                    wrapped.push(walk.arg_num);
                }
                if verb == 'v' as u32 || verb == 'w' as u32 {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                if !dry {
                    self.print_arg(args.at(walk.arg_num), verb);
                }
                walk.arg_num += 1;
            }
        }
        if !walk.reordered && walk.arg_num < args.len && !dry {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for k in walk.arg_num..args.len {
                if k > walk.arg_num {
                    self.buf.extend_from_slice(b", ");
                }
                let e = args.at(k);
                // SAFETY: `e` points at a valid Eface of the argument list.
                let tab = unsafe { (*e).tab };
                if tab.is_null() {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    // SAFETY: the `tab` of an `any` is its dynamic type's descriptor.
                    let td = unsafe { &*(tab as *const TypeDesc) };
                    self.buf.extend_from_slice(td.name());
                    self.buf.push(b'=');
                    self.print_arg(e, 'v' as u32);
                }
            }
            self.buf.push(b')');
        }
    }

    /// `%!v(BADINDEX)` / `%!d(MISSING)`.
    fn bad_arg(&mut self, verb: u32, what: &[u8]) {
        self.buf.extend_from_slice(b"%!");
        quote::push_rune(&mut self.buf, verb);
        self.buf.extend_from_slice(what);
    }

    /// gc's `doPrint`: spaces between operands when neither side is a string.
    fn do_print(&mut self, args: Args) {
        let mut prev_string = false;
        for k in 0..args.len {
            let e = args.at(k);
            // SAFETY: `e` points at a valid Eface of the argument list.
            let tab = unsafe { (*e).tab };
            let is_string = !tab.is_null()
                // SAFETY: the `tab` of an `any` is its dynamic type's descriptor.
                && unsafe { (*(tab as *const TypeDesc)).kind() } == crate::typedesc::Kind::String;
            if k > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(e, 'v' as u32);
            prev_string = is_string;
        }
    }

    /// gc's `doPrintln`: always spaces, then a newline.
    fn do_println(&mut self, args: Args) {
        for k in 0..args.len {
            if k > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(args.at(k), 'v' as u32);
        }
        self.buf.push(b'\n');
    }
}

impl Walk {
    /// Dry-run `*`: consumes an operand if there is one.
    fn consume(&mut self, nargs: usize) -> bool {
        if self.arg_num < nargs {
            self.arg_num += 1;
            true
        } else {
            false
        }
    }
}

/// Borrows a Go string's bytes.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
pub(crate) unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { core::slice::from_raw_parts(ptr, len) }
}

/// Sprintf core: `wrap` = Errorf mode (`%w` accepted).
///
/// # Safety
/// `f_ptr`/`f_len` must describe readable bytes and `args_ptr` point at `nargs` Efaces.
pub(crate) unsafe fn sprintf_impl(
    f_ptr: *const u8,
    f_len: usize,
    args_ptr: *const Eface,
    nargs: usize,
    wrap: bool,
) -> Vec<u8> {
    // SAFETY: guaranteed by the caller.
    let format = unsafe { bytes(f_ptr, f_len) };
    let mut p = Printer::new();
    p.wrap_errs = wrap;
    let mut wrapped = Vec::new();
    p.do_printf(format, Args::new(args_ptr, nargs), false, &mut wrapped);
    p.buf
}

/// `fmt.Sprintf(format, args...)`.
///
/// # Safety
/// `f_ptr`/`f_len` must describe readable bytes and `args_ptr` point at `nargs` Efaces.
#[no_mangle]
pub unsafe extern "C" fn rgo_fmt_sprintf(
    f_ptr: *const u8,
    f_len: usize,
    args_ptr: *const Eface,
    nargs: usize,
) -> GoString {
    // SAFETY: forwarded caller guarantees.
    finish(unsafe { sprintf_impl(f_ptr, f_len, args_ptr, nargs, false) })
}

/// The message of `fmt.Errorf(format, args...)`: Sprintf where `%w` prints error operands.
///
/// # Safety
/// As [`rgo_fmt_sprintf`].
#[no_mangle]
pub unsafe extern "C" fn rgo_fmt_errorf(
    f_ptr: *const u8,
    f_len: usize,
    args_ptr: *const Eface,
    nargs: usize,
) -> GoString {
    // SAFETY: forwarded caller guarantees.
    finish(unsafe { sprintf_impl(f_ptr, f_len, args_ptr, nargs, true) })
}

/// `fmt.Sprint(args...)`.
///
/// # Safety
/// `args_ptr` must point at `nargs` Efaces.
#[no_mangle]
pub unsafe extern "C" fn rgo_fmt_sprint(args_ptr: *const Eface, nargs: usize) -> GoString {
    let mut p = Printer::new();
    p.do_print(Args::new(args_ptr, nargs));
    finish(p.buf)
}

/// `fmt.Sprintln(args...)`.
///
/// # Safety
/// `args_ptr` must point at `nargs` Efaces.
#[no_mangle]
pub unsafe extern "C" fn rgo_fmt_sprintln(args_ptr: *const Eface, nargs: usize) -> GoString {
    let mut p = Printer::new();
    p.do_println(Args::new(args_ptr, nargs));
    finish(p.buf)
}

/// The operand indexes of the `%w` verbs of `format` (given `nargs` operands), in order.
fn wrapped_indexes(format: &[u8], nargs: usize) -> Vec<usize> {
    let mut p = Printer::new();
    p.wrap_errs = true;
    let mut wrapped = Vec::new();
    p.do_printf(
        format,
        Args::new(core::ptr::null(), nargs),
        true,
        &mut wrapped,
    );
    wrapped
}

/// Operand index of the first `%w` verb of `format`, or -1.
///
/// # Safety
/// `f_ptr`/`f_len` must describe readable bytes.
#[no_mangle]
pub unsafe extern "C" fn rgo_fmt_wrapped_index(
    f_ptr: *const u8,
    f_len: usize,
    nargs: usize,
) -> i64 {
    // SAFETY: guaranteed by the caller.
    let format = unsafe { bytes(f_ptr, f_len) };
    wrapped_indexes(format, nargs)
        .first()
        .map_or(-1, |&i| i as i64)
}

/// Go: `func sprintf(format string, a []any) string` in package fmt.
///
/// # Safety
/// Go string and slice arguments.
#[export_name = "fmt.sprintf"]
pub unsafe extern "C" fn go_fmt_sprintf(
    f_ptr: *const u8,
    f_len: usize,
    a_ptr: *const Eface,
    a_len: usize,
    _a_cap: usize,
) -> GoString {
    // SAFETY: Go strings and slices satisfy the requirements.
    unsafe { rgo_fmt_sprintf(f_ptr, f_len, a_ptr, a_len) }
}

/// Go: `func errorf(format string, a []any) string` in package fmt.
///
/// # Safety
/// Go string and slice arguments.
#[export_name = "fmt.errorf"]
pub unsafe extern "C" fn go_fmt_errorf(
    f_ptr: *const u8,
    f_len: usize,
    a_ptr: *const Eface,
    a_len: usize,
    _a_cap: usize,
) -> GoString {
    // SAFETY: Go strings and slices satisfy the requirements.
    unsafe { rgo_fmt_errorf(f_ptr, f_len, a_ptr, a_len) }
}

/// Go: `func sprint(a []any) string` in package fmt.
///
/// # Safety
/// A Go slice argument.
#[export_name = "fmt.sprint"]
pub unsafe extern "C" fn go_fmt_sprint(
    a_ptr: *const Eface,
    a_len: usize,
    _a_cap: usize,
) -> GoString {
    // SAFETY: Go slices satisfy the requirements.
    unsafe { rgo_fmt_sprint(a_ptr, a_len) }
}

/// Go: `func sprintln(a []any) string` in package fmt.
///
/// # Safety
/// A Go slice argument.
#[export_name = "fmt.sprintln"]
pub unsafe extern "C" fn go_fmt_sprintln(
    a_ptr: *const Eface,
    a_len: usize,
    _a_cap: usize,
) -> GoString {
    // SAFETY: Go slices satisfy the requirements.
    unsafe { rgo_fmt_sprintln(a_ptr, a_len) }
}

/// Go: `func wrappedArg(format string, nargs int, k int) int` in package fmt: the operand
/// index of the k-th `%w` verb, or -1.
///
/// # Safety
/// A Go string argument.
#[export_name = "fmt.wrappedArg"]
pub unsafe extern "C" fn go_fmt_wrapped_arg(
    f_ptr: *const u8,
    f_len: usize,
    nargs: i64,
    k: i64,
) -> i64 {
    // SAFETY: guaranteed by the caller.
    let format = unsafe { bytes(f_ptr, f_len) };
    if nargs < 0 || k < 0 {
        return -1;
    }
    wrapped_indexes(format, nargs as usize)
        .get(k as usize)
        .map_or(-1, |&i| i as i64)
}
