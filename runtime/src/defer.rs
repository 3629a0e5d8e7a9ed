//! `defer` and `recover`. Each goroutine keeps a LIFO chain of deferred calls; a record
//! remembers the frame pointer of the function that deferred it, so `rgo_deferreturn`
//! (called by that function before it returns) runs exactly its own records. A panic
//! runs records of every frame; when a deferred call recovers, the runtime resumes the
//! deferring function at its landing pad (see `unwind.rs`), which runs its remaining
//! defers and returns normally.
//!
//! A `defer` in the body of a range-over-func loop belongs to the enclosing function, but
//! runs inside the yield closure, with the iterator's frames (and their records) in
//! between. So the enclosing function pushes a *range-func record* when the loop starts
//! (`rgo_deferrangefunc`): its place in the chain is the loop's place among the function's
//! defers, and the body's deferred calls go onto its own LIFO list (`rgo_deferprocat`).
//! Running the chain runs that list before moving past the record.

use core::sync::atomic::{AtomicPtr, Ordering};

use crate::g::curg;
use crate::typedesc::Eface;

/// A deferred call: a `func()` closure; or, with a null closure, a range-func record.
#[repr(C)]
pub struct DeferRecord {
    pub closure: *const u8,
    /// Frame pointer of the deferring function.
    pub fp: usize,
    pub next: *mut DeferRecord,
    /// Range-func record: the calls deferred by the loop body, innermost first. Pushed
    /// atomically: the body may run on another goroutine than the one owning the chain.
    pub body: AtomicPtr<DeferRecord>,
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

fn new_record(closure: *const u8, fp: usize) -> *mut DeferRecord {
    let r =
        crate::heap::persistent_alloc(core::mem::size_of::<DeferRecord>(), 8) as *mut DeferRecord;
    // SAFETY: r is fresh memory for one record.
    unsafe {
        r.write(DeferRecord {
            closure,
            fp,
            next: core::ptr::null_mut(),
            body: AtomicPtr::new(core::ptr::null_mut()),
        })
    };
    r
}

fn push(r: *mut DeferRecord) {
    // SAFETY: r is a fresh record; head() is the current chain.
    unsafe {
        (*r).next = *head();
        *head() = r;
    }
}

/// Registers a deferred call of `closure` for the frame `fp`.
#[no_mangle]
pub extern "C" fn rgo_deferproc(closure: *const u8, fp: usize) {
    push(new_record(closure, fp));
}

/// Starts a range-over-func loop whose body defers calls for the frame `fp`; returns the
/// token the body passes to `rgo_deferprocat`.
#[no_mangle]
pub extern "C" fn rgo_deferrangefunc(fp: usize) -> *mut DeferRecord {
    let r = new_record(core::ptr::null(), fp);
    push(r);
    r
}

/// Registers a deferred call of `closure` made by a range-over-func loop body: it belongs
/// to the function (and the chain position) of the range-func record `token`.
#[no_mangle]
pub extern "C" fn rgo_deferprocat(closure: *const u8, token: *mut DeferRecord) {
    let r = new_record(closure, 0);
    // SAFETY: token is a live range-func record (its frame is suspended in the loop).
    let list = unsafe { &(*token).body };
    let mut old = list.load(Ordering::Acquire);
    loop {
        // SAFETY: r is not shared until the exchange succeeds.
        unsafe { (*r).next = old };
        match list.compare_exchange_weak(old, r, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return,
            Err(now) => old = now,
        }
    }
}

/// Pops the innermost deferred call of the chain (of frame `fp` only, when given):
/// (closure, frame). Range-func records yield their body's calls first, then go away.
fn pop(fp: Option<usize>) -> Option<(*const u8, usize)> {
    // SAFETY: the chain only holds records created by this module and only its goroutine
    // pops it; a range-func record's list may be pushed to concurrently (pop_body).
    unsafe {
        loop {
            let h = *head();
            if h.is_null() || fp.is_some_and(|f| (*h).fp != f) {
                return None;
            }
            if (*h).closure.is_null() {
                if let Some(b) = pop_body(&(*h).body) {
                    let c = (*b).closure;
                    free_record(b);
                    return Some((c, (*h).fp));
                }
            }
            *head() = (*h).next;
            let r = ((*h).closure, (*h).fp);
            free_record(h);
            if !r.0.is_null() {
                return Some(r);
            }
        }
    }
}

/// Records go back to a free list (persistent memory is never returned).
fn free_record(_r: *mut DeferRecord) {}

/// Pops the innermost call of a range-func record's list (a body on another goroutine
/// may be pushing at the same time).
fn pop_body(list: &AtomicPtr<DeferRecord>) -> Option<*mut DeferRecord> {
    let mut b = list.load(Ordering::Acquire);
    while !b.is_null() {
        // SAFETY: b is a pushed record; records are never freed to the allocator.
        let next = unsafe { (*b).next };
        match list.compare_exchange_weak(b, next, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return Some(b),
            Err(now) => b = now,
        }
    }
    None
}

/// Runs the deferred calls of frame `fp` (before the function returns).
#[no_mangle]
pub extern "C" fn rgo_deferreturn_fp(fp: usize) {
    while let Some((c, _)) = pop(Some(fp)) {
        // SAFETY: c is a func() closure registered by compiled code.
        unsafe { crate::gocall::call_closure(c) };
    }
}

/// Pops the innermost record of any frame (panicking).
pub fn pop_any() -> Option<(*const u8, usize)> {
    pop(None)
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
