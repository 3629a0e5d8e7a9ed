//! Collector metadata memory: span records, per-object type arrays and allocation / mark
//! bitmaps. It lives outside both the collected arena and the persistent memory that the
//! collector scans as a root (a span's `start` field would otherwise keep the span's
//! first object alive forever), and it is recycled: blocks are powers of two ≥ 64 bytes
//! with one free list per size, so the metadata of swept-away spans is reused.

use crate::sync::{Global, Lock};

const MIN_SHIFT: usize = 6;
const CLASSES: usize = 40;
const CHUNK: usize = 1 << 20;

struct Meta {
    free: [*mut usize; CLASSES],
    cur: usize,
    end: usize,
}

static META: Global<Meta> = Global::new(Meta {
    free: [core::ptr::null_mut(); CLASSES],
    cur: 0,
    end: 0,
});
static META_LOCK: Lock = Lock::new();

fn class_of(size: usize) -> usize {
    let s = size.max(1 << MIN_SHIFT).next_power_of_two();
    s.trailing_zeros() as usize
}

/// A zeroed block of at least `size` bytes, 64-byte aligned.
pub fn alloc(size: usize) -> *mut u8 {
    let c = class_of(size);
    let bytes = 1usize << c;
    let _g = META_LOCK.lock();
    // SAFETY: META_LOCK is held.
    let m = unsafe { META.get() };
    let head = m.free[c];
    if !head.is_null() {
        // SAFETY: free blocks start with the link to the next free block of the class.
        unsafe {
            m.free[c] = *head as *mut usize;
            crate::mem::fill(head.cast(), 0, bytes);
        }
        return head.cast();
    }
    if bytes >= CHUNK / 4 {
        let p = crate::syscall::map_rw(bytes);
        if p.is_null() {
            crate::panic::fatal("out of memory (collector metadata)");
        }
        return p;
    }
    if m.cur + bytes > m.end {
        let p = crate::syscall::map_rw(CHUNK);
        if p.is_null() {
            crate::panic::fatal("out of memory (collector metadata)");
        }
        m.cur = p as usize;
        m.end = p as usize + CHUNK;
    }
    let p = m.cur;
    m.cur += bytes;
    p as *mut u8
}

/// Returns a block from [`alloc`] of the same `size` for reuse.
pub fn free(p: *mut u8, size: usize) {
    if p.is_null() {
        return;
    }
    let c = class_of(size);
    let _g = META_LOCK.lock();
    // SAFETY: META_LOCK is held; p is a dead block of class c, big enough for a link.
    unsafe {
        let m = META.get();
        *(p as *mut usize) = m.free[c] as usize;
        m.free[c] = p.cast();
    }
}
