//! Calls from the runtime into compiled Go code.
//!
//! PLACEHOLDER (fmt worktree): the runtime engineer's `gocall.rs` replaces this file at
//! merge; only `call_string_method` is used by `crate::fmt`.

use crate::typedesc::GoString;

/// Calls a Go method of type `func() string` whose code pointer is `ifn` (a
/// `MethodDesc::ifn` or `Itab::fun` entry) with the interface data word `recv`.
///
/// # Safety
/// `ifn` must be such a method's code pointer and `recv` a valid receiver word for it.
pub unsafe fn call_string_method(ifn: *const u8, recv: *mut u8) -> GoString {
    // TODO(merge): use the Go calling convention here. Until then (and in unit tests,
    // where methods are Rust functions) the method is called as a plain C function.
    // SAFETY: the caller guarantees `ifn` is a `func() string` method taking `recv`.
    let f: extern "C" fn(*mut u8) -> GoString = unsafe { core::mem::transmute(ifn) };
    f(recv)
}
