//! The write barrier: while the collector marks concurrently, every store that overwrites
//! memory which may hold heap pointers first *shades* the old contents (a Yuasa deletion
//! barrier). Together with stacks and the other roots being scanned while the world is
//! stopped at the start of the cycle, and objects allocated during marking being born
//! black, this keeps the snapshot-at-the-beginning invariant: every object reachable when
//! marking began is marked before it ends, so a pointer a goroutine moves out of an
//! unscanned object into its (already scanned) stack cannot be lost.
//!
//! Compiled code checks [`RGO_GC_MARKING`] before a store of a pointerful value outside
//! its own stack frame and calls [`rgo_wb`] when it is set; the runtime calls [`range`]
//! before it overwrites Go memory (copies, map and channel slots, received values).
//! Shading is conservative: any old word that points into an allocated object keeps that
//! object for this cycle, which can only retain garbage one cycle longer.

use core::sync::atomic::{AtomicU32, Ordering};

/// Non-zero while the collector marks concurrently (read by compiled code).
#[no_mangle]
pub static RGO_GC_MARKING: AtomicU32 = AtomicU32::new(0);

/// The barrier is on.
#[inline(always)]
pub fn enabled() -> bool {
    RGO_GC_MARKING.load(Ordering::Relaxed) != 0
}

pub fn set_enabled(on: bool) {
    RGO_GC_MARKING.store(on as u32, Ordering::Release);
}

/// Shades the object `p` points into (if any): marks it and queues it for scanning.
#[inline]
pub fn shade(p: usize) {
    // SAFETY: the barrier is on only while a cycle marks (spans are not freed).
    let mut marked = 0;
    if let Some(obj) = unsafe { super::mark::grey_object(p, &mut marked) } {
        super::par::push_one(obj);
    }
    if marked != 0 {
        super::mark::MARKED.fetch_add(marked, Ordering::Relaxed);
    }
}

/// Shades the old contents of `[dst, dst + len)` before they are overwritten, if the
/// barrier is on.
///
/// # Safety
/// The range is readable.
#[inline]
pub unsafe fn range(dst: *const u8, len: usize) {
    if enabled() {
        // SAFETY: per the contract.
        unsafe { shade_range(dst as usize, len) };
    }
}

/// # Safety
/// The range is readable.
#[cold]
unsafe fn shade_range(dst: usize, len: usize) {
    let mut a = (dst + 7) & !7;
    while a + 8 <= dst + len {
        // SAFETY: a is an aligned word of the readable range.
        let w = unsafe { (a as *const usize).read_volatile() };
        if w != 0 {
            shade(w);
        }
        a += 8;
    }
}

/// The barrier's slow path for compiled code: shades the old contents of the `len`
/// bytes at `dst` (the destination of a store, about to be overwritten).
///
/// # Safety
/// `dst` is valid for `len` bytes (the compiler passes the store's destination).
#[no_mangle]
pub unsafe extern "C" fn rgo_wb(dst: *const u8, len: usize) {
    // SAFETY: per the contract.
    unsafe { range(dst, len) };
}

// `rgo_wb_pa(dst, len)`: the barrier's slow path as compiled code calls it, preserving
// every register so that the check costs the store's hot path no spills.
#[cfg(not(test))]
crate::preserve_all_entry!("rgo_wb_pa", "rgo_wb");
