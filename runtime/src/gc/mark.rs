//! Marking: the grey-object work list and object scanning. An object is black once its
//! mark bit is set and it has been scanned; the work list holds the grey ones (marked,
//! not yet scanned). Pointer-free (noscan) objects are marked and never queued.
//!
//! Heap objects whose allocation recorded a type descriptor are scanned precisely from
//! its pointer bitmap (`TypeDesc::gcdata`, repeated for arrays); untyped runtime objects
//! and roots (stacks, globals, persistent runtime memory) are scanned conservatively:
//! any word that points into an allocated object keeps it alive.

use crate::heap::{span_of_unlocked, Span};
use crate::typedesc::TypeDesc;

/// How many popped objects are prefetched before they are scanned: marking mostly waits
/// for the first touch of each object (a cache miss), so the loads are started early.
const PREFETCH: usize = 16;

/// A ring of objects popped from the work list and prefetched, not yet scanned.
struct Prefetched {
    items: [usize; PREFETCH],
    head: usize,
    len: usize,
}

impl Prefetched {
    fn new() -> Prefetched {
        Prefetched {
            items: [0; PREFETCH],
            head: 0,
            len: 0,
        }
    }
}

/// Starts loading the cache line at `p` (a hint: no fault, no effect on meaning).
#[inline(always)]
fn prefetch(p: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetch is a hint and never faults, whatever the address.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
}

/// Calls `f` with the value of every pointer word of object `obj` (of scan span `s`) that
/// lies in `[lo, hi)`: precisely from the allocation's type descriptor (its pointer bitmap,
/// repeated per element for arrays), or every aligned word for an untyped object. Shared
/// by marking and the heap verifier.
///
/// # Safety
/// `obj` is an allocated object of `s`, `[lo, hi)` lies inside it and is word-aligned (an
/// oblet's bounds or the whole object).
#[inline(always)]
pub(super) unsafe fn for_each_pointer_word(
    s: &Span,
    obj: usize,
    lo: usize,
    hi: usize,
    mut f: impl FnMut(usize),
) {
    let td = if s.type_state == 2 {
        // SAFETY: scan spans have a types array of nelems entries.
        unsafe { *s.types.add(s.object_index(obj)) }
    } else {
        s.uniform_td
    };
    if td.is_null() {
        let mut a = lo;
        while a + 8 <= hi {
            // SAFETY: a is an aligned word of the object.
            f(unsafe { *(a as *const usize) });
            a += 8;
        }
        return;
    }
    // SAFETY: allocation recorded a valid descriptor.
    let t: &TypeDesc = unsafe { &*td };
    let size = t.size as usize;
    let words = (t.ptrdata as usize) / 8;
    if size == 0 || words == 0 {
        return;
    }
    // An array allocation records its element type: every whole element that overlaps
    // [lo, hi). (Only an oblet starts inside the object: no division for the common case.)
    let end = obj + s.elemsize;
    let mut base = if lo == obj {
        obj
    } else {
        obj + (lo - obj) / size * size
    };
    while base + size <= end && base < hi {
        // The element's pointer words inside [lo, hi) (all of them but at an oblet's edges).
        let first = lo.saturating_sub(base) / 8;
        let last = words.min((hi - base) / 8);
        for w in first..last {
            // SAFETY: gcdata covers ptrdata/8 bits.
            if unsafe { *t.gcdata.add(w / 8) } >> (w % 8) & 1 != 0 {
                // SAFETY: the word lies inside the object.
                f(unsafe { *((base + w * 8) as *const usize) });
            }
        }
        base += size;
    }
}

/// Marks the object containing `p` (if `p` points into an allocated heap object) and
/// returns its address if it became grey: newly marked and holding pointers.
///
/// # Safety
/// A collection cycle runs: spans are not freed (sweeping happens with the world
/// stopped), so the span found for `p` stays valid. Spans created concurrently only hold
/// objects allocated black; a racing lookup may miss them, which is harmless.
/// `marked` grows by the size of the object if this marked it.
#[inline]
pub unsafe fn grey_object(p: usize, marked: &mut usize) -> Option<usize> {
    // SAFETY: per the contract.
    let s = unsafe { span_of_unlocked(p) };
    if s.is_null() {
        return None;
    }
    // SAFETY: s is an in-use span containing p.
    unsafe {
        let s = &*s;
        let i = s.object_index(p);
        if i >= s.nelems || !s.is_allocated(i) || s.test_and_mark(i) {
            return None;
        }
        *marked += s.elemsize;
        if s.noscan() {
            return None;
        }
        Some(s.start + i * s.elemsize)
    }
}

/// Bytes of objects marked in the current cycle (kept in batches, see [`WorkList::flush`]).
pub static MARKED: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

/// The grey list: a stack of object addresses in its own mapping, doubled when full.
pub struct WorkList {
    buf: *mut usize,
    len: usize,
    cap: usize,
    /// Objects scanned and bytes marked, not yet added to [`SCANNED`] and [`MARKED`].
    scanned: usize,
    marked: usize,
    /// The generation of the mark phase this list's owner is registered in (`par.rs`).
    pub gen: u32,
    /// An assisting goroutine's list: it never shares (its work is brief, and the
    /// markers it wants to hear from would only hand the work back).
    assist: bool,
}

/// Objects scanned in the current cycle (the pacer's measure of marking progress, kept
/// in batches of [`SCANNED_BATCH`]).
pub static SCANNED: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
const SCANNED_BATCH: usize = 256;
/// Large objects are scanned in pieces of this many bytes (see `scan_object`).
const OBLET: usize = 32 << 10;

impl Default for WorkList {
    fn default() -> Self {
        Self::new()
    }
}

impl WorkList {
    pub const fn new() -> WorkList {
        WorkList {
            buf: core::ptr::null_mut(),
            len: 0,
            cap: 0,
            scanned: 0,
            marked: 0,
            gen: 0,
            assist: false,
        }
    }

    /// A list for mark assists (see `assist`).
    pub const fn new_assist() -> WorkList {
        let mut w = WorkList::new();
        w.assist = true;
        w
    }

    /// Unmaps the buffer (a helper's list, after its phase).
    pub fn release(&mut self) {
        if !self.buf.is_null() {
            // SAFETY: the buffer is this list's own mapping of cap words.
            let _ = unsafe { rustix::mm::munmap(self.buf.cast(), self.cap * 8) };
        }
        *self = WorkList::new();
    }

    fn grow(&mut self) {
        {
            let cap = (self.cap * 2).max(1 << 16);
            let nb = crate::syscall::map_rw(cap * 8) as *mut usize;
            if nb.is_null() {
                crate::panic::fatal("out of memory (mark stack)");
            }
            if !self.buf.is_null() {
                // SAFETY: both buffers hold at least len words; the old one is ours.
                unsafe {
                    core::ptr::copy_nonoverlapping(self.buf, nb, self.len);
                    let _ = rustix::mm::munmap(self.buf.cast(), self.cap * 8);
                }
            }
            self.buf = nb;
            self.cap = cap;
        }
    }

    fn push(&mut self, p: usize) {
        if self.len == self.cap {
            self.grow();
        }
        // SAFETY: len < cap.
        unsafe { *self.buf.add(self.len) = p };
        self.len += 1;
        if !self.assist && super::par::should_share(self.len) {
            // SAFETY: the buffer holds len addresses.
            self.len = unsafe { super::par::share(self.buf, self.len) };
        }
    }

    /// Adds this list's progress counts to the cycle's totals.
    pub fn flush(&mut self) {
        use core::sync::atomic::Ordering::Relaxed;
        SCANNED.fetch_add(core::mem::take(&mut self.scanned), Relaxed);
        MARKED.fetch_add(core::mem::take(&mut self.marked), Relaxed);
    }

    /// The queued addresses (the list becomes empty; the buffer stays valid until the
    /// next push).
    pub fn take_all(&mut self) -> (*const usize, usize) {
        (self.buf, core::mem::take(&mut self.len))
    }

    fn pop(&mut self) -> Option<usize> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: len < cap and the slot was written by push.
        Some(unsafe { *self.buf.add(self.len) })
    }

    /// Marks the object containing `p` if `p` points into an allocated heap object.
    ///
    /// # Safety
    /// A collection cycle runs (see [`grey_object`]).
    #[inline]
    pub unsafe fn mark_word(&mut self, p: usize) {
        // SAFETY: per the contract.
        if let Some(obj) = unsafe { grey_object(p, &mut self.marked) } {
            self.push(obj);
        }
    }

    /// Conservatively marks from every aligned word in `[lo, hi)`.
    ///
    /// # Safety
    /// The range is readable and a collection cycle runs.
    pub unsafe fn scan_range(&mut self, lo: usize, hi: usize) {
        let mut a = (lo + 7) & !7;
        while a + 8 <= hi {
            // SAFETY: a is an aligned readable word per the contract.
            unsafe { self.mark_word(*(a as *const usize)) };
            a += 8;
        }
    }

    /// Scans grey objects until none is left.
    ///
    /// # Safety
    /// A collection cycle runs.
    /// The caller is a registered marker of the current parallel phase (`par.rs`): when
    /// its list runs dry it takes shared work, and it returns once marking is over.
    pub unsafe fn drain(&mut self) {
        let mut ahead = Prefetched::new();
        loop {
            while let Some(obj) = self.next_prefetched(&mut ahead) {
                // SAFETY: obj is a marked object of an in-use scan span.
                unsafe {
                    let s = &*span_of_unlocked(obj);
                    self.scan_object(s, obj);
                }
            }
            if self.cap < super::par::BLOCK {
                self.grow();
            }
            // SAFETY: the buffer has room for a block; the caller is a registered marker.
            let n = unsafe { super::par::take(self.buf, self.gen) };
            if n == 0 {
                self.flush();
                return;
            }
            self.len = n;
        }
    }

    /// The next object to scan: the oldest of those popped and prefetched a few objects
    /// ago (the ring is topped up from the list first). None when both are empty.
    #[inline]
    fn next_prefetched(&mut self, ahead: &mut Prefetched) -> Option<usize> {
        while ahead.len < PREFETCH {
            let Some(obj) = self.pop() else { break };
            prefetch(obj);
            ahead.items[(ahead.head + ahead.len) % PREFETCH] = obj;
            ahead.len += 1;
        }
        if ahead.len == 0 {
            return None;
        }
        let obj = ahead.items[ahead.head];
        ahead.head = (ahead.head + 1) % PREFETCH;
        ahead.len -= 1;
        Some(obj)
    }

    /// Scans at most `budget` grey objects, taking blocks from the pool (without waiting)
    /// when its own list runs dry (a goroutine's mark assist).
    ///
    /// # Safety
    /// A collection cycle runs; the caller is a registered marker.
    pub unsafe fn drain_some(&mut self, mut budget: usize) {
        let mut ahead = Prefetched::new();
        loop {
            while budget > 0 {
                let Some(obj) = self.next_prefetched(&mut ahead) else {
                    break;
                };
                // SAFETY: obj is a marked object of an in-use scan span.
                unsafe {
                    let s = &*span_of_unlocked(obj);
                    self.scan_object(s, obj);
                }
                budget -= 1;
            }
            if budget == 0 {
                // The prefetched objects go back on the list (they are grey).
                while ahead.len > 0 {
                    self.push(ahead.items[ahead.head]);
                    ahead.head = (ahead.head + 1) % PREFETCH;
                    ahead.len -= 1;
                }
                self.flush();
                return;
            }
            if self.cap < super::par::BLOCK {
                self.grow();
            }
            // SAFETY: the buffer has room for a block.
            let n = unsafe { super::par::try_take(self.buf, self.gen) };
            if n == 0 {
                self.flush();
                return;
            }
            self.len = n;
        }
    }

    /// # Safety
    /// `obj` is the start of an allocated object of `s`; a collection cycle runs (objects
    /// change under a concurrent scan, but a mutator's store first shades the old value).
    unsafe fn scan_object(&mut self, s: &Span, item: usize) {
        self.scanned += 1;
        if self.scanned == SCANNED_BATCH {
            self.flush();
        }
        // A large object is scanned in oblets of OBLET bytes: its first visit queues the
        // others, so no marker (or assisting goroutine) spends long on one object.
        let (obj, lo, hi) = if s.elemsize > OBLET {
            let obj = s.start;
            if item == obj {
                let mut o = obj + OBLET;
                while o < obj + s.elemsize {
                    self.push(o);
                    o += OBLET;
                }
            }
            (obj, item, (item + OBLET).min(obj + s.elemsize))
        } else {
            (item, item, item + s.elemsize)
        };
        // SAFETY: obj is an allocated object of the scan span s; [lo, hi) lies in it.
        unsafe { for_each_pointer_word(s, obj, lo, hi, |w| self.mark_word(w)) };
    }
}
