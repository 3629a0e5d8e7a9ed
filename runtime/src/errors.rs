//! Runtime error values. Runtime panics carry Go values of the Go-source runtime package's
//! `type errorString string` (Error() = "runtime error: " + s) and `type plainError string`
//! (Error() = s); the compiler emits their descriptors as `type:runtime.errorString` and
//! `type:runtime.plainError`. They are referenced weakly: a program linked without them
//! (e.g. the link smoke test) uses built-in stand-in descriptors without methods, and the
//! panic printer formats both kinds itself, so no Go code has to run for them.

use crate::typedesc::{Eface, GoString, Kind, TypeDesc, FLAG_COMPARABLE, FLAG_NAMED};

const fn fallback_desc(name: &'static str) -> TypeDesc {
    TypeDesc {
        size: 16,
        ptrdata: 8,
        hash: 0,
        align: 8,
        field_align: 8,
        kind: Kind::String as u8,
        flags: FLAG_COMPARABLE | FLAG_NAMED,
        gcdata: b"\x01".as_ptr(),
        name: GoString {
            ptr: name.as_ptr(),
            len: name.len(),
        },
        pkg_path: GoString {
            ptr: "runtime".as_ptr(),
            len: 7,
        },
        elem: core::ptr::null(),
        key: core::ptr::null(),
        len: 0,
        fields: core::ptr::null(),
        nfields: 0,
        methods: core::ptr::null(),
        nmethods: 0,
        ptr_to_this: core::ptr::null(),
    }
}

/// A `Sync` wrapper for the built-in descriptors (they contain raw pointers to statics).
#[repr(transparent)]
pub struct StaticDesc(pub TypeDesc);
// SAFETY: the descriptors are immutable and point only at immutable statics.
unsafe impl Sync for StaticDesc {}

static FALLBACK_ERROR_STRING: StaticDesc = StaticDesc(fallback_desc("runtime.errorString"));
static FALLBACK_PLAIN_ERROR: StaticDesc = StaticDesc(fallback_desc("runtime.plainError"));

// Weak references to the compiler-emitted descriptors: 0 when the program has none.
#[cfg(not(test))]
core::arch::global_asm!(
    ".weak \"type:runtime.errorString\"",
    ".weak \"type:runtime.plainError\"",
    ".section .data.rel.ro.rgo_error_descs,\"aw\",@progbits",
    ".p2align 3",
    ".globl rgo_errorstring_desc",
    "rgo_errorstring_desc: .quad \"type:runtime.errorString\"",
    ".globl rgo_plainerror_desc",
    "rgo_plainerror_desc: .quad \"type:runtime.plainError\"",
    ".text",
);

#[cfg(not(test))]
extern "C" {
    static rgo_errorstring_desc: *const TypeDesc;
    static rgo_plainerror_desc: *const TypeDesc;
}

/// The descriptor of `runtime.errorString`.
pub fn error_string_type() -> *const TypeDesc {
    #[cfg(not(test))]
    {
        // SAFETY: a link-time constant pointer (null if the symbol is absent).
        let p = unsafe { core::ptr::read_volatile(&raw const rgo_errorstring_desc) };
        if !p.is_null() {
            return p;
        }
    }
    &FALLBACK_ERROR_STRING.0
}

/// The descriptor of `runtime.plainError`.
pub fn plain_error_type() -> *const TypeDesc {
    #[cfg(not(test))]
    {
        // SAFETY: a link-time constant pointer (null if the symbol is absent).
        let p = unsafe { core::ptr::read_volatile(&raw const rgo_plainerror_desc) };
        if !p.is_null() {
            return p;
        }
    }
    &FALLBACK_PLAIN_ERROR.0
}

/// Which runtime error type a descriptor is, if any: Some(true) = errorString (message
/// gets the "runtime error: " prefix), Some(false) = plainError.
pub fn runtime_error_kind(t: *const TypeDesc) -> Option<bool> {
    if t == error_string_type() || core::ptr::eq(t, &FALLBACK_ERROR_STRING.0) {
        Some(true)
    } else if t == plain_error_type() || core::ptr::eq(t, &FALLBACK_PLAIN_ERROR.0) {
        Some(false)
    } else {
        None
    }
}

/// Copies `msg` to the heap and boxes it as an interface value of type `t`.
fn boxed_string(t: *const TypeDesc, msg: &[u8]) -> Eface {
    let s = crate::strings::new_string(msg);
    let p = crate::heap::alloc(core::mem::size_of::<GoString>(), t, false) as *mut GoString;
    // SAFETY: p is a fresh allocation large enough for a GoString.
    unsafe { p.write(s) };
    Eface {
        tab: t.cast(),
        data: p.cast(),
    }
}

/// A `runtime.errorString` value (`Error()` = "runtime error: " + msg).
pub fn runtime_error(msg: &[u8]) -> Eface {
    boxed_string(error_string_type(), msg)
}

/// A `runtime.plainError` value (`Error()` = msg).
pub fn plain_error(msg: &[u8]) -> Eface {
    boxed_string(plain_error_type(), msg)
}
