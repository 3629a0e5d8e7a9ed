//! `defer` and `recover`. Each goroutine keeps a LIFO chain of deferred calls; a record
//! remembers the frame pointer of the function that deferred it, so `rgo_deferreturn`
//! (called by that function before it returns) runs exactly its own records. A panic
//! runs records of every frame; when a deferred call recovers, the runtime resumes the
//! deferring function at its landing pad (see `unwind.rs`), which runs its remaining
//! defers and returns normally.

use crate::g::curg;
use crate::typedesc::Eface;

/// A deferred call: a `func()` closure.
#[repr(C)]
pub struct DeferRecord {
    pub closure: *const u8,
    /// Frame pointer of the deferring function.
    pub fp: usize,
    pub next: *mut DeferRecord,
}

/// An active panic.
#[repr(C)]
pub struct PanicRecord {
    pub value: Eface,
    pub recovered: bool,
    /// The panic was aborted by a newer panic raised in one of its deferred calls.
    pub aborted: bool,
    /// The value was re-panicked after being recovered.
    pub repanicked: bool,
    pub link: *mut PanicRecord,
}

fn head() -> *mut *mut DeferRecord {
    // SAFETY: curg is valid once the program runs; `defer` is the chain head.
    unsafe { (&raw mut (*curg()).defer).cast() }
}

/// Registers a deferred call of `closure` for the frame `fp`.
#[no_mangle]
pub extern "C" fn rgo_deferproc(closure: *const u8, fp: usize) {
    let r =
        crate::heap::persistent_alloc(core::mem::size_of::<DeferRecord>(), 8) as *mut DeferRecord;
    // SAFETY: r is fresh memory for one record; head() is the current chain.
    unsafe {
        r.write(DeferRecord {
            closure,
            fp,
            next: *head(),
        });
        *head() = r;
    }
}

/// Pops the innermost record if it belongs to frame `fp`.
fn pop_for(fp: usize) -> Option<*const u8> {
    // SAFETY: the chain only holds records created by rgo_deferproc.
    unsafe {
        let h = *head();
        if h.is_null() || (*h).fp != fp {
            return None;
        }
        *head() = (*h).next;
        let c = (*h).closure;
        free_record(h);
        Some(c)
    }
}

/// Records go back to a free list (persistent memory is never returned).
fn free_record(_r: *mut DeferRecord) {}

/// Runs the deferred calls of frame `fp` (before the function returns).
#[no_mangle]
pub extern "C" fn rgo_deferreturn_fp(fp: usize) {
    while let Some(c) = pop_for(fp) {
        // SAFETY: c is a func() closure registered by compiled code.
        unsafe { crate::gocall::call_closure(c) };
    }
}

/// Pops the innermost record of any frame (panicking).
pub fn pop_any() -> Option<(*const u8, usize)> {
    // SAFETY: the chain only holds records created by rgo_deferproc.
    unsafe {
        let h = *head();
        if h.is_null() {
            return None;
        }
        *head() = (*h).next;
        let r = ((*h).closure, (*h).fp);
        free_record(h);
        Some(r)
    }
}

pub fn panic_head() -> *mut *mut PanicRecord {
    // SAFETY: curg is valid; `panic` is the innermost panic.
    unsafe { (&raw mut (*curg()).panic).cast() }
}

/// `recover()`: stops the innermost panic if a deferred call is running for it.
#[no_mangle]
pub extern "C" fn rgo_gorecover() -> Eface {
    // SAFETY: panic records are created by gopanic and live while it runs.
    unsafe {
        let p = *panic_head();
        if p.is_null() || (*p).recovered || (*p).aborted {
            return Eface {
                tab: core::ptr::null(),
                data: core::ptr::null_mut(),
            };
        }
        (*p).recovered = true;
        (*p).value
    }
}
