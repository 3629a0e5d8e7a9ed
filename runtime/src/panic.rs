//! Panics. [`gopanic`] is where every panic starts (compiled `panic(v)` via `rgo_gopanic`,
//! and runtime errors via [`panic_runtime_error`] / [`panic_plain`] and the `rgo_panic_*`
//! entry points). Defer/recover unwinding will be inserted there; today it goes straight
//! to [`fatal_panic`], which prints `panic: VALUE` (formatted like gc's `printpanicval`)
//! plus the goroutine header and exits with status 2.

use crate::print::{
    fmt_complex128, fmt_complex64, fmt_float32, fmt_float64, fmt_hex, fmt_int, fmt_uint, Buf,
};
use crate::typedesc::{Eface, GoString, Kind, TypeDesc, FLAG_DIRECT_IFACE, FLAG_NAMED};

/// Where a panic starts: runs the deferred calls of the goroutine, innermost first; if
/// one of them recovers, resumes the function that deferred it (see `unwind.rs`);
/// otherwise prints the panic and exits with status 2.
pub fn gopanic(e: Eface) -> ! {
    use crate::defer::{panic_head, pop_any, PanicRecord};
    let e = if e.tab.is_null() {
        crate::errors::runtime_error(b"panic called with nil argument")
    } else {
        e
    };
    let head = panic_head();
    // SAFETY: the panic chain holds records of active gopanic frames (this one's lives
    // on this stack frame until it exits or unwinds past it).
    unsafe {
        let mut p = PanicRecord {
            value: e,
            recovered: false,
            aborted: false,
            repanicked: false,
            link: *head,
        };
        if !p.link.is_null() {
            let older = p.link;
            if (*older).recovered && (*older).value.tab == e.tab && (*older).value.data == e.data {
                p.repanicked = true;
            }
            (*older).aborted = true;
        }
        *head = &mut p;
        while let Some((closure, fp)) = pop_any() {
            crate::gocall::call_closure(closure);
            if p.recovered {
                // Drop this panic and the older ones it aborted.
                let mut l = p.link;
                while !l.is_null() && (*l).aborted {
                    l = (*l).link;
                }
                *head = l;
                crate::unwind::resume(fp);
            }
        }
        fatal_panic_chain(&p)
    }
}

/// Prints the final panic message for `e` and exits with status 2.
pub fn fatal_panic(e: Eface) -> ! {
    let mut out = Out::Fd2;
    out.put(b"panic: ");
    print_panic_value(&mut out, e);
    out.put(b"\n");
    put_goroutine_header(&mut out);
    crate::syscall::exit(2)
}

/// Prints a chain of panics, oldest first, as gc does (`panic: A [recovered]` then a
/// tab-indented `panic: B`), and exits with status 2.
fn fatal_panic_chain(p: &crate::defer::PanicRecord) -> ! {
    let mut chain: alloc::vec::Vec<*const crate::defer::PanicRecord> = alloc::vec::Vec::new();
    let mut cur: *const crate::defer::PanicRecord = p;
    while !cur.is_null() {
        chain.push(cur);
        // SAFETY: records on the chain are live (their gopanic frames are below us).
        cur = unsafe { (*cur).link };
    }
    chain.reverse();
    let mut out = Out::Fd2;
    let mut first = true;
    let mut i = 0;
    while i < chain.len() {
        // SAFETY: as above.
        let r = unsafe { &*chain[i] };
        // A recovered value panicked again is printed once, as "[recovered, repanicked]".
        let next_repanics = i + 1 < chain.len() && unsafe { (*chain[i + 1]).repanicked };
        if !first {
            out.put(b"\t");
        }
        first = false;
        out.put(b"panic: ");
        print_panic_value(&mut out, r.value);
        if next_repanics {
            out.put(b" [recovered, repanicked]");
            i += 1;
        } else if r.recovered {
            out.put(b" [recovered]");
        }
        out.put(b"\n");
        i += 1;
    }
    put_goroutine_header(&mut out);
    crate::syscall::exit(2)
}

/// Prints `\ngoroutine N [running]:\n` for the current goroutine.
fn put_goroutine_header(out: &mut Out) {
    let g = crate::g::curg();
    // SAFETY: a non-null curg is the running goroutine.
    let id = if g.is_null() { 1 } else { unsafe { (*g).id } };
    out.put(b"\ngoroutine ");
    out.put_buf(|b| fmt_int(b, id));
    out.put(b" [running]:\n");
}

/// Prints `fatal error: msg` and exits with status 2 (unrecoverable runtime failures).
pub fn fatal(msg: &str) -> ! {
    let mut out = Out::Fd2;
    out.put(b"fatal error: ");
    out.put(msg.as_bytes());
    out.put(b"\n");
    crate::syscall::exit(2)
}

/// Panics with a `runtime.errorString` (printed as "runtime error: " + msg).
pub fn panic_runtime_error(msg: &str) -> ! {
    gopanic(crate::errors::runtime_error(msg.as_bytes()))
}

/// Panics with a `runtime.errorString` built from bytes.
pub fn panic_runtime_error_bytes(msg: &[u8]) -> ! {
    gopanic(crate::errors::runtime_error(msg))
}

/// Panics with a `runtime.plainError` (printed verbatim, e.g. "assignment to entry in nil map").
pub fn panic_plain(msg: &str) -> ! {
    gopanic(crate::errors::plain_error(msg.as_bytes()))
}

/// Panics with a `runtime.plainError` built from bytes.
pub fn panic_plain_bytes(msg: &[u8]) -> ! {
    gopanic(crate::errors::plain_error(msg))
}

/// Output sink for panic printing: stderr, or a growable buffer in tests.
pub enum Out {
    Fd2,
    #[cfg(test)]
    Vec(std::vec::Vec<u8>),
}

impl Out {
    pub fn put(&mut self, s: &[u8]) {
        match self {
            Out::Fd2 => crate::print::write_err(s),
            #[cfg(test)]
            Out::Vec(v) => v.extend_from_slice(s),
        }
    }
    fn put_buf(&mut self, f: impl FnOnce(&mut Buf)) {
        let mut b = Buf::new();
        f(&mut b);
        self.put(b.as_bytes());
    }
    /// Writes `s` with every newline followed by a tab (gc's `printindented`).
    fn put_indented(&mut self, s: &[u8]) {
        let mut start = 0;
        for (i, &c) in s.iter().enumerate() {
            if c == b'\n' {
                self.put(&s[start..=i]);
                self.put(b"\t");
                start = i + 1;
            }
        }
        self.put(&s[start..]);
    }
}

/// Finds a method `name` with signature `func() string` in `t`'s method set.
pub fn find_string_method(t: &TypeDesc, name: &[u8]) -> Option<*const u8> {
    for m in t.methods() {
        if m.name.as_bytes() == name && !m.ifn.is_null() && !m.mtyp.is_null() {
            // SAFETY: mtyp is a valid descriptor emitted by the compiler.
            let sig = unsafe { &*m.mtyp };
            if sig.name() == b"func() string" {
                return Some(m.ifn);
            }
        }
    }
    None
}

/// Prints an interface value the way gc's `printpanicval` does.
pub fn print_panic_value(out: &mut Out, e: Eface) {
    if e.tab.is_null() {
        out.put(b"nil");
        return;
    }
    let t_ptr = e.tab as *const TypeDesc;
    // SAFETY: a non-nil eface type word is a valid descriptor.
    let t = unsafe { &*t_ptr };
    if let Some(prefixed) = crate::errors::runtime_error_kind(t_ptr) {
        // SAFETY: runtime error values are strings boxed behind the data pointer.
        let s = unsafe { *(e.data as *const GoString) };
        if prefixed {
            out.put(b"runtime error: ");
        }
        out.put(s.as_bytes());
        return;
    }
    for name in [&b"Error"[..], &b"String"[..]] {
        if let Some(ifn) = find_string_method(t, name) {
            // SAFETY: ifn is the interface code pointer of a `func() string` method of
            // the dynamic type, called with the interface's data word.
            let s = unsafe { crate::gocall::call_string_method(ifn, e.data) };
            out.put_indented(s.as_bytes());
            return;
        }
    }
    let named = t.flags & FLAG_NAMED != 0;
    let p = e.data as *const u8;
    // SAFETY (all reads below): for non-pointer-shaped kinds the data word points at a
    // value of type t.
    let kind = t.kind();
    let is_scalar = matches!(
        kind,
        Kind::Bool
            | Kind::Int
            | Kind::Int8
            | Kind::Int16
            | Kind::Int32
            | Kind::Int64
            | Kind::Uint
            | Kind::Uint8
            | Kind::Uint16
            | Kind::Uint32
            | Kind::Uint64
            | Kind::Uintptr
            | Kind::Float32
            | Kind::Float64
            | Kind::Complex64
            | Kind::Complex128
            | Kind::String
    );
    if !is_scalar || (t.flags & FLAG_DIRECT_IFACE != 0) {
        out.put(b"(");
        out.put(t.name());
        out.put(b") ");
        out.put_buf(|b| fmt_hex(b, p as u64));
        return;
    }
    if named {
        out.put(t.name());
        out.put(b"(");
    }
    // SAFETY: p points at a value of the scalar kind read.
    unsafe {
        match kind {
            Kind::Bool => out.put(if *p != 0 { b"true" } else { b"false" }),
            Kind::Int | Kind::Int64 => out.put_buf(|b| fmt_int(b, *(p as *const i64))),
            Kind::Int8 => out.put_buf(|b| fmt_int(b, *(p as *const i8) as i64)),
            Kind::Int16 => out.put_buf(|b| fmt_int(b, *(p as *const i16) as i64)),
            Kind::Int32 => out.put_buf(|b| fmt_int(b, *(p as *const i32) as i64)),
            Kind::Uint | Kind::Uint64 | Kind::Uintptr => {
                out.put_buf(|b| fmt_uint(b, *(p as *const u64)))
            }
            Kind::Uint8 => out.put_buf(|b| fmt_uint(b, *p as u64)),
            Kind::Uint16 => out.put_buf(|b| fmt_uint(b, *(p as *const u16) as u64)),
            Kind::Uint32 => out.put_buf(|b| fmt_uint(b, *(p as *const u32) as u64)),
            Kind::Float32 => out.put_buf(|b| fmt_float32(b, *(p as *const f32), false)),
            Kind::Float64 => out.put_buf(|b| fmt_float64(b, *(p as *const f64), false)),
            Kind::Complex64 => {
                let v = p as *const f32;
                out.put_buf(|b| fmt_complex64(b, *v, *v.add(1)))
            }
            Kind::Complex128 => {
                let v = p as *const f64;
                out.put_buf(|b| fmt_complex128(b, *v, *v.add(1)))
            }
            _ => {
                let s = *(p as *const GoString);
                if named {
                    out.put(b"\"");
                }
                out.put_indented(s.as_bytes());
                if named {
                    out.put(b"\"");
                }
            }
        }
    }
    if named {
        out.put(b")");
    }
}

/// `panic(v)` from compiled code (the interface value in rdi:rsi).
#[no_mangle]
pub extern "C" fn rgo_gopanic(e: Eface) -> ! {
    gopanic(e)
}

/// Builds and raises a bounds error message.
fn bounds_panic(f: impl FnOnce(&mut Buf)) -> ! {
    let mut b = Buf::new();
    f(&mut b);
    panic_runtime_error_bytes(b.as_bytes())
}

/// `x` printed signed or unsigned.
fn fmt_bound(b: &mut Buf, x: i64, unsigned: bool) {
    if unsigned {
        fmt_uint(b, x as u64)
    } else {
        fmt_int(b, x)
    }
}

/// Index out of range: `index out of range [x] with length len` (`[x]` alone when x < 0).
#[no_mangle]
pub extern "C" fn rgo_panic_index(x: i64, len: i64) -> ! {
    bounds_panic(|b| format_index(b, x, len, false))
}

/// As `rgo_panic_index` for an unsigned index value.
#[no_mangle]
pub extern "C" fn rgo_panic_index_u(x: u64, len: i64) -> ! {
    bounds_panic(|b| format_index(b, x as i64, len, true))
}

pub fn format_index(b: &mut Buf, x: i64, len: i64, unsigned: bool) {
    b.push(b"index out of range [");
    fmt_bound(b, x, unsigned);
    b.push(b"]");
    if unsigned || x >= 0 {
        b.push(b" with length ");
        fmt_int(b, len);
    }
}

/// Failure codes of `rgo_panic_slice(code, x, y)`. Add [`SLICE_UNSIGNED`] to `code` when `x`
/// is an unsigned value. The failing expression determines the code:
#[repr(u64)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceCode {
    /// `s[a:x]`, x > len(s) (strings, arrays): `slice bounds out of range [:x] with length y`.
    Alen = 0,
    /// `s[a:x]`, x > cap(s) (slices): `[:x] with capacity y`.
    Acap = 1,
    /// `s[x:y]`, x > y: `[x:y]`.
    B = 2,
    /// `s[a:b:x]`, x > len (arrays): `[::x] with length y`.
    Alen3 = 3,
    /// `s[a:b:x]`, x > cap: `[::x] with capacity y`.
    Acap3 = 4,
    /// `s[a:x:y]`, x > y: `[:x:y]`.
    B3 = 5,
    /// `s[x:y:c]`, x > y: `[x:y:]`.
    C3 = 6,
    /// `[N]T(s)` / `(*[N]T)(s)` with len(s) = x < N = y:
    /// `cannot convert slice with length x to array or pointer to array with length y`.
    Convert = 7,
}

/// Flag added to a [`SliceCode`]: `x` is unsigned.
pub const SLICE_UNSIGNED: u64 = 0x100;

pub fn format_slice(b: &mut Buf, code: u64, x: i64, y: i64) {
    let unsigned = code & SLICE_UNSIGNED != 0;
    let neg = !unsigned && x < 0;
    let c = code & 0xff;
    if c == SliceCode::Convert as u64 {
        b.push(b"cannot convert slice with length ");
        fmt_bound(b, x, unsigned);
        b.push(b" to array or pointer to array with length ");
        fmt_int(b, y);
        return;
    }
    b.push(b"slice bounds out of range [");
    let (pre, mid, post): (&[u8], bool, &[u8]) = match c {
        0 | 1 => (b":", false, b"]"),
        2 => (b"", true, b"]"),
        3 | 4 => (b"::", false, b"]"),
        5 => (b":", true, b"]"),
        _ => (b"", true, b":]"),
    };
    b.push(pre);
    fmt_bound(b, x, unsigned);
    if mid {
        if neg {
            // Negative low bound: gc prints only x (`[-3:]`, `[:-4:]`, `[-4::]`).
            b.push(if c == 6 { b"::]" } else { b":]" });
            return;
        }
        b.push(b":");
        fmt_int(b, y);
        b.push(post);
    } else {
        b.push(b"]");
        if !neg {
            b.push(if c == 0 || c == 3 {
                b" with length "
            } else {
                b" with capacity "
            });
            fmt_int(b, y);
        }
    }
}

/// Slice-expression bounds failure; see [`SliceCode`].
#[no_mangle]
pub extern "C" fn rgo_panic_slice(code: u64, x: i64, y: i64) -> ! {
    bounds_panic(|b| format_slice(b, code, x, y))
}

#[no_mangle]
pub extern "C" fn rgo_panic_divide() -> ! {
    panic_runtime_error("integer divide by zero")
}

#[no_mangle]
pub extern "C" fn rgo_panic_nil() -> ! {
    panic_runtime_error("invalid memory address or nil pointer dereference")
}

#[no_mangle]
pub extern "C" fn rgo_panic_shift() -> ! {
    panic_runtime_error("negative shift amount")
}

/// Integer overflow in a checked conversion (reserved; gc reports it as a runtime error).
#[no_mangle]
pub extern "C" fn rgo_panic_overflow() -> ! {
    panic_runtime_error("integer overflow")
}

/// An unrecoverable runtime failure: `fatal error: MSG`, exit 2.
#[no_mangle]
pub extern "C" fn rgo_throw(ptr: *const u8, len: usize) -> ! {
    let s = GoString { ptr, len };
    let mut out = Out::Fd2;
    out.put(b"fatal error: ");
    out.put(s.as_bytes());
    out.put(b"\n");
    crate::syscall::exit(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typedesc::FLAG_COMPARABLE;

    fn idx(x: i64, len: i64) -> std::string::String {
        let mut b = Buf::new();
        format_index(&mut b, x, len, false);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }
    fn sl(code: u64, x: i64, y: i64) -> std::string::String {
        let mut b = Buf::new();
        format_slice(&mut b, code, x, y);
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn bounds_messages_match_gc() {
        assert_eq!(idx(5, 3), "index out of range [5] with length 3");
        assert_eq!(idx(-1, 3), "index out of range [-1]");
        let p = "slice bounds out of range ";
        let cases: &[(SliceCode, i64, i64, &str)] = &[
            (SliceCode::Acap, 9, 4, "[:9] with capacity 4"),
            (SliceCode::Alen, 9, 3, "[:9] with length 3"),
            (SliceCode::Acap, -1, 4, "[:-1]"),
            (SliceCode::B, 3, 1, "[3:1]"),
            (SliceCode::B, -3, 3, "[-3:]"),
            (SliceCode::Acap3, 5, 4, "[::5] with capacity 4"),
            (SliceCode::B3, 5, 3, "[:5:3]"),
            (SliceCode::C3, 4, 2, "[4:2:]"),
            (SliceCode::C3, -4, 2, "[-4::]"),
            (SliceCode::B3, -4, 4, "[:-4:]"),
            (SliceCode::Acap3, -4, 4, "[::-4]"),
        ];
        for &(c, x, y, want) in cases {
            assert_eq!(sl(c as u64, x, y), std::format!("{p}{want}"));
        }
        assert_eq!(
            sl(SliceCode::Convert as u64, 1, 2),
            "cannot convert slice with length 1 to array or pointer to array with length 2"
        );
        assert_eq!(
            sl(SliceCode::Acap as u64 | SLICE_UNSIGNED, -1, 4),
            std::format!("{p}[:18446744073709551615] with capacity 4")
        );
    }

    fn desc(name: &'static str, kind: Kind, size: u64, flags: u8) -> TypeDesc {
        let mut d = crate::alg::tests::basic(kind, size);
        d.name = GoString {
            ptr: name.as_ptr(),
            len: name.len(),
        };
        d.flags = flags | FLAG_COMPARABLE;
        d
    }

    fn show(t: &TypeDesc, data: *mut u8) -> std::string::String {
        let mut o = Out::Vec(std::vec::Vec::new());
        print_panic_value(
            &mut o,
            Eface {
                tab: t as *const TypeDesc as *const u8,
                data,
            },
        );
        match o {
            Out::Vec(v) => std::string::String::from_utf8(v).unwrap(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn panic_values_match_gc() {
        let mut i = 42i64;
        let ip = &mut i as *mut i64 as *mut u8;
        assert_eq!(show(&desc("int", Kind::Int, 8, 0), ip), "42");
        assert_eq!(
            show(&desc("main.MyInt", Kind::Int, 8, FLAG_NAMED), ip),
            "main.MyInt(42)"
        );
        let mut f = 1.5f64;
        assert_eq!(
            show(
                &desc("float64", Kind::Float64, 8, 0),
                &mut f as *mut f64 as *mut u8
            ),
            "1.5"
        );
        let mut c = [1.0f64, 2.0];
        assert_eq!(
            show(
                &desc("complex128", Kind::Complex128, 16, 0),
                c.as_mut_ptr().cast()
            ),
            "(1+2i)"
        );
        let mut s = GoString {
            ptr: b"hello\nworld".as_ptr(),
            len: 11,
        };
        let sp = &mut s as *mut GoString as *mut u8;
        assert_eq!(
            show(&desc("string", Kind::String, 16, 0), sp),
            "hello\n\tworld"
        );
        assert_eq!(
            show(&desc("main.S", Kind::String, 16, FLAG_NAMED), sp),
            "main.S(\"hello\n\tworld\")"
        );
        let mut b = 1u8;
        assert_eq!(show(&desc("bool", Kind::Bool, 1, 0), &mut b), "true");
        assert_eq!(
            show(
                &desc("main.T", Kind::Struct, 8, FLAG_NAMED),
                0x48c9d8 as *mut u8
            ),
            "(main.T) 0x48c9d8"
        );
        assert_eq!(
            show(
                &desc("*main.T", Kind::Pointer, 8, FLAG_DIRECT_IFACE),
                0x1000 as *mut u8
            ),
            "(*main.T) 0x1000"
        );
        let e = crate::errors::runtime_error(b"integer divide by zero");
        let mut o = Out::Vec(std::vec::Vec::new());
        print_panic_value(&mut o, e);
        assert!(matches!(o, Out::Vec(ref v) if v == b"runtime error: integer divide by zero"));
        let e = crate::errors::plain_error(b"assignment to entry in nil map");
        let mut o = Out::Vec(std::vec::Vec::new());
        print_panic_value(&mut o, e);
        assert!(matches!(o, Out::Vec(ref v) if v == b"assignment to entry in nil map"));
    }
}
