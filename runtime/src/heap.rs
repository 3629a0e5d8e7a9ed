//! The Go heap: gc's 68 size classes (8 … 32768 bytes), spans carved from one large
//! reserved arena, a page → span map for interior pointers, and large objects on their
//! own spans. All memory handed out is zeroed.
//!
//! - The arena is one `ARENA_SIZE` PROT_NONE reservation committed in `COMMIT_CHUNK` steps;
//!   pages are 8 KiB. `pagemap[(addr - base) >> PAGE_SHIFT]` is the owning [`Span`] of
//!   every page of an in-use span, and of the first and last page of a free run.
//! - A span has allocation and mark bitmaps (one bit per slot; the sweep turns the mark
//!   bits into the next allocation bits) and, for *scan* spans, the type of its objects:
//!   one `uniform_td` while they all share it, else a per-object `types[i]` array (for
//!   `rgo_newarray` the element type, repeated over the object; null = conservative
//!   scan, used by runtime-internal objects such as map tables). Noscan spans carry no
//!   types and are never scanned.
//! - Small allocations come from the running P's [`MCache`] without a lock; the heap
//!   lock is taken to refill a class from the spans the sweep left with free slots
//!   (`partial`) or from a new span. Free page runs sit in bins by length and coalesce
//!   with free neighbours; the collector (`gc/`) returns surplus runs to the OS.
//! - Span records and bitmaps live in `gc::meta` (unscanned, recycled). Runtime-internal
//!   data that must never be collected (Gs, itabs, defer records, the Rust
//!   `#[global_allocator]`) comes from [`persistent_alloc`], outside the arena; the
//!   collector scans it as a root.

use crate::sync::{Global, Lock};
use crate::typedesc::TypeDesc;

pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Largest small-object size.
pub const MAX_SMALL_SIZE: usize = 32768;
/// gc's per-object header for pointerful objects larger than 512 bytes; only its effect
/// on capacity rounding ([`roundupsize`]) is reproduced.
pub const MALLOC_HEADER_SIZE: usize = 8;
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
/// Reserved address space for the heap.
pub const ARENA_SIZE: usize = 64 << 30;
const COMMIT_CHUNK: usize = 4 << 20;

/// gc's size classes: class 0 means "large object".
pub const CLASS_TO_SIZE: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
pub const NUM_CLASSES: usize = CLASS_TO_SIZE.len();

const SMALL_SIZE_DIV: usize = 8;
const SMALL_SIZE_MAX: usize = 1024;
const LARGE_SIZE_DIV: usize = 128;

const fn smallest_class_for(size: usize) -> u8 {
    let mut c = 1;
    while c < NUM_CLASSES {
        if CLASS_TO_SIZE[c] as usize >= size {
            return c as u8;
        }
        c += 1;
    }
    0
}

const SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1] = {
    let mut t = [0u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
    let mut i = 1;
    while i < t.len() {
        t[i] = smallest_class_for(i * SMALL_SIZE_DIV);
        i += 1;
    }
    t
};

const SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1] = {
    let mut t = [0u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = smallest_class_for(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
        i += 1;
    }
    t
};

/// Pages per span for each class: the fewest pages (≤ 10) wasting at most 1/8.
const CLASS_TO_NPAGES: [u8; NUM_CLASSES] = {
    let mut t = [0u8; NUM_CLASSES];
    let mut c = 1;
    while c < NUM_CLASSES {
        let size = CLASS_TO_SIZE[c] as usize;
        let mut n = 1;
        while n < 10 && (n * PAGE_SIZE) % size > n * PAGE_SIZE / 8 {
            n += 1;
        }
        t[c] = n as u8;
        c += 1;
    }
    t
};

/// The size class for a small size (`0..=MAX_SMALL_SIZE`; 0 → class 0).
#[inline(always)]
pub fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        SIZE_TO_CLASS128[(size - SMALL_SIZE_MAX).div_ceil(LARGE_SIZE_DIV)] as usize
    }
}

/// The size gc would actually allocate for a request of `size` bytes (capacity rounding for
/// append and []byte conversions). `noscan`: the object holds no pointers.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        return CLASS_TO_SIZE[size_to_class(req)] as usize - (req - size);
    }
    match req.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// Span states.
pub const SPAN_DEAD: u8 = 0;
pub const SPAN_IN_USE: u8 = 1;
pub const SPAN_FREE: u8 = 2;

/// Free page runs of fewer pages than this have a bin of their own; longer ones share the
/// last bin.
const FREE_BINS: usize = 128;

/// Metadata of one span (a run of pages holding objects of one span class, or one large
/// object), or of a run of free pages (`state == SPAN_FREE`). Records live in collector
/// metadata memory (`gc::meta`), never in the scanned heap.
#[repr(C)]
pub struct Span {
    /// Address of the first object (of the first page for free runs).
    pub start: usize,
    pub npages: usize,
    /// Object size (for large spans: the requested size rounded to pages).
    pub elemsize: usize,
    /// Number of object slots.
    pub nelems: usize,
    /// End of the object area (`start + nelems * elemsize`).
    pub limit: usize,
    /// `ceil(2^32 / elemsize)`: slot index = `(offset * div_mul) >> 32` (exact for every
    /// offset inside a small span, as in gc).
    pub div_mul: u64,
    /// Where the search for a free slot resumes.
    pub freeindex: usize,
    /// Allocated slots.
    pub nalloc: usize,
    /// `size class << 1 | noscan`; class 0 = large object span.
    pub spanclass: u8,
    pub state: u8,
    /// The memory is not known to be zero: clear slots as they are handed out.
    pub needzero: bool,
    /// Free runs: the pages were given back to the OS (and read as zeros).
    pub released: bool,
    /// Scan spans: the allocation type of each object (null = scan conservatively),
    /// allocated only once the span holds objects of different types (`type_state` 2);
    /// until then every object has type `uniform_td`, which saves the array (8 bytes per
    /// slot) and the collector a cache miss per object.
    pub types: *mut *const TypeDesc,
    pub uniform_td: *const TypeDesc,
    /// 0: no object allocated yet; 1: all objects have type `uniform_td`; 2: see `types`.
    pub type_state: u8,
    /// Bit i set: slot i holds an object (allocated, or marked by the last cycle).
    pub allocbits: *mut u64,
    /// Bit i set: slot i was reached by the current mark phase.
    pub markbits: *mut u64,
    /// In-use spans: next in `Heap::all_spans`. Free runs: next in their bin.
    pub next: *mut Span,
    /// Free runs: previous in their bin.
    pub prev: *mut Span,
    /// Next span with free slots of the same class.
    pub partial_next: *mut Span,
}

impl Span {
    pub fn noscan(&self) -> bool {
        self.spanclass & 1 != 0
    }
    pub fn class(&self) -> usize {
        (self.spanclass >> 1) as usize
    }
    /// Index of the object containing `p` (which must lie in the span).
    #[inline(always)]
    pub fn object_index(&self, p: usize) -> usize {
        if self.nelems == 1 {
            return 0;
        }
        (((p - self.start) as u64 * self.div_mul) >> 32) as usize
    }
    fn bitmap_bytes(&self) -> usize {
        self.nelems.div_ceil(64) * 8
    }
    /// Whether slot `i` is marked.
    ///
    /// # Safety
    /// The span is in use and `i < nelems`.
    #[inline(always)]
    pub unsafe fn is_marked(&self, i: usize) -> bool {
        // SAFETY: markbits has nelems bits.
        unsafe { *self.markbits.add(i / 64) & (1 << (i % 64)) != 0 }
    }
    /// Whether slot `i` holds an object.
    ///
    /// # Safety
    /// The span is in use and `i < nelems`.
    #[inline(always)]
    pub unsafe fn is_allocated(&self, i: usize) -> bool {
        // SAFETY: allocbits has nelems bits.
        unsafe { *self.allocbits.add(i / 64) & (1 << (i % 64)) != 0 }
    }
    /// Sets slot `i`'s mark bit; returns whether it was already set.
    ///
    /// # Safety
    /// The span is in use, `i < nelems`, and the world is stopped (markers of a parallel
    /// phase may race: the bit is set atomically).
    #[inline(always)]
    pub unsafe fn test_and_mark(&self, i: usize) -> bool {
        // SAFETY: markbits has nelems bits; markers set bits concurrently, atomically.
        unsafe {
            let p = self.markbits.add(i / 64);
            let w = core::sync::atomic::AtomicU64::from_ptr(p);
            let bit = (i % 64) as u64;
            if w.load(core::sync::atomic::Ordering::Relaxed) >> bit & 1 != 0 {
                return true;
            }
            // One `lock bts` (a fetch_or whose old bit is tested compiles to a
            // compare-exchange loop).
            let was: u8;
            core::arch::asm!(
                "lock bts qword ptr [{p}], {bit}",
                "setc {was}",
                p = in(reg) p,
                bit = in(reg) bit,
                was = out(reg_byte) was,
                options(nostack),
            );
            was != 0
        }
    }
}

struct Heap {
    base: usize,
    /// End of the pages handed out so far.
    used: usize,
    /// End of the committed (read-write) part of the arena.
    committed: usize,
    pagemap: *mut *mut Span,
    current: [*mut Span; NUM_CLASSES * 2],
    /// Per span class: spans the last sweep left with free slots.
    partial: [*mut Span; NUM_CLASSES * 2],
    /// In-use spans that are swept (all of them outside a cycle's sweep phase).
    all_spans: *mut Span,
    /// In-use spans the current sweep phase has not reached yet: their mark bits say
    /// which objects live, their allocation bits are stale. No allocation uses them.
    unswept: *mut Span,
    /// Free page runs by length (the last bin: every longer run).
    free_bins: [*mut Span; FREE_BINS],
    /// Span records not in use.
    spare: *mut Span,
    /// Bytes in allocated slots (including objects the next cycle will find dead).
    live: usize,
    /// Pages in free runs.
    free_pages: usize,
    /// Pages of free runs given back to the OS.
    released_pages: usize,
    /// Total bytes requested from [`alloc`] (statistics).
    allocated: usize,
    /// Objects allocated / freed (statistics).
    mallocs: u64,
    frees: u64,
}

static HEAP: Global<Heap> = Global::new(Heap {
    base: 0,
    used: 0,
    committed: 0,
    pagemap: core::ptr::null_mut(),
    current: [core::ptr::null_mut(); NUM_CLASSES * 2],
    partial: [core::ptr::null_mut(); NUM_CLASSES * 2],
    all_spans: core::ptr::null_mut(),
    unswept: core::ptr::null_mut(),
    free_bins: [core::ptr::null_mut(); FREE_BINS],
    spare: core::ptr::null_mut(),
    live: 0,
    free_pages: 0,
    released_pages: 0,
    allocated: 0,
    mallocs: 0,
    frees: 0,
});
static HEAP_LOCK: Lock = Lock::new();

/// Address of zero-size objects (like gc's `zerobase`).
pub static ZEROBASE: u64 = 0;

pub fn zerobase() -> *mut u8 {
    &ZEROBASE as *const u64 as *mut u8
}

fn out_of_memory() -> ! {
    crate::panic::fatal("out of memory")
}

/// Reserves the arena and the page map. Idempotent.
pub fn init() {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    init_locked(h);
}

fn init_locked(h: &mut Heap) {
    if h.base != 0 {
        return;
    }
    let base = crate::syscall::reserve(ARENA_SIZE);
    let pagemap = crate::syscall::map_rw((ARENA_SIZE >> PAGE_SHIFT) * 8);
    if base.is_null() || pagemap.is_null() {
        out_of_memory();
    }
    // Align the base to a page.
    let b = (base as usize + PAGE_SIZE - 1) & !(PAGE_SIZE - 1);
    h.base = b;
    h.used = b;
    h.committed = b;
    h.pagemap = pagemap.cast();
}

fn page_index(h: &Heap, p: usize) -> usize {
    (p - h.base) >> PAGE_SHIFT
}

fn set_pagemap(h: &mut Heap, s: *mut Span, first: usize, npages: usize) {
    let i = page_index(h, first);
    for k in 0..npages {
        // SAFETY: the pagemap covers every page of the arena; the run lies in it.
        unsafe { *h.pagemap.add(i + k) = s };
    }
}

fn new_record(h: &mut Heap) -> *mut Span {
    let s = h.spare;
    if !s.is_null() {
        // SAFETY: spare records are dead Span records linked through `next`.
        unsafe { h.spare = (*s).next };
        return s;
    }
    crate::gc::meta::alloc(core::mem::size_of::<Span>()).cast()
}

fn free_record(h: &mut Heap, s: *mut Span) {
    // SAFETY: s is a record nobody uses any more.
    unsafe {
        (*s).state = SPAN_DEAD;
        (*s).next = h.spare;
    }
    h.spare = s;
}

fn bin_of(npages: usize) -> usize {
    npages.min(FREE_BINS - 1)
}

fn bin_insert(h: &mut Heap, s: *mut Span) {
    // SAFETY: s is a free-run record; bin lists hold free-run records.
    unsafe {
        let b = bin_of((*s).npages);
        (*s).prev = core::ptr::null_mut();
        (*s).next = h.free_bins[b];
        if !(*s).next.is_null() {
            (*(*s).next).prev = s;
        }
        h.free_bins[b] = s;
    }
}

fn bin_remove(h: &mut Heap, s: *mut Span) {
    // SAFETY: s is on its bin's list.
    unsafe {
        if (*s).prev.is_null() {
            h.free_bins[bin_of((*s).npages)] = (*s).next;
        } else {
            (*(*s).prev).next = (*s).next;
        }
        if !(*s).next.is_null() {
            (*(*s).next).prev = (*s).prev;
        }
    }
}

/// Records `[start, start + npages pages)` as free, merged with free neighbours.
/// `dirty`: the pages may hold old data.
fn free_run(h: &mut Heap, mut start: usize, mut npages: usize, mut dirty: bool) {
    h.free_pages += npages;
    // SAFETY: pagemap entries are null or Span records (live or spare); every record's
    // fields are readable, and a free run's first and last pages map to its record.
    unsafe {
        if start > h.base {
            let l = *h.pagemap.add(page_index(h, start) - 1);
            if !l.is_null()
                && (*l).state == SPAN_FREE
                && (*l).start + ((*l).npages << PAGE_SHIFT) == start
            {
                bin_remove(h, l);
                start = (*l).start;
                npages += (*l).npages;
                dirty |= (*l).needzero;
                unrelease(h, l);
                free_record(h, l);
            }
        }
        let end = start + (npages << PAGE_SHIFT);
        if end < h.used {
            let r = *h.pagemap.add(page_index(h, end));
            if !r.is_null() && (*r).state == SPAN_FREE && (*r).start == end {
                bin_remove(h, r);
                npages += (*r).npages;
                dirty |= (*r).needzero;
                unrelease(h, r);
                free_record(h, r);
            }
        }
        new_free_run(h, start, npages, dirty, false);
    }
}

/// A record for free run `[start, start + npages pages)` (no merging), in its bin.
fn new_free_run(h: &mut Heap, start: usize, npages: usize, dirty: bool, released: bool) {
    let s = new_record(h);
    // SAFETY: s is a record nobody else uses.
    unsafe {
        s.write(Span {
            start,
            npages,
            elemsize: 0,
            nelems: 0,
            limit: 0,
            div_mul: 0,
            freeindex: 0,
            nalloc: 0,
            spanclass: 0,
            state: SPAN_FREE,
            needzero: dirty,
            released,
            types: core::ptr::null_mut(),
            uniform_td: core::ptr::null(),
            type_state: 0,
            allocbits: core::ptr::null_mut(),
            markbits: core::ptr::null_mut(),
            next: core::ptr::null_mut(),
            prev: core::ptr::null_mut(),
            partial_next: core::ptr::null_mut(),
        })
    };
    set_pagemap(h, s, start, 1);
    set_pagemap(h, s, start + ((npages - 1) << PAGE_SHIFT), 1);
    bin_insert(h, s);
}

/// Drops a free run's pages from the released count (it is being merged or reused; the
/// pages come back on first touch).
fn unrelease(h: &mut Heap, s: *mut Span) {
    // SAFETY: s is a free-run record.
    unsafe {
        if (*s).released {
            h.released_pages -= (*s).npages;
            (*s).released = false;
        }
    }
}

/// Gives the pages of free runs back to the OS (`MADV_DONTNEED`), longest runs first,
/// until at most `keep` bytes of free pages remain committed. Only the excess goes: a
/// longer run is split and its tail released (releasing whole runs gave back megabytes
/// for a few kilobytes of excess, which the next allocations faulted in again). Excess
/// under [`SCAVENGE_MIN`] stays.
pub fn scavenge(keep: usize) {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    for b in (1..FREE_BINS).rev() {
        let mut s = h.free_bins[b];
        while !s.is_null() {
            let committed = (h.free_pages - h.released_pages) << PAGE_SHIFT;
            let excess = committed.saturating_sub(keep) >> PAGE_SHIFT;
            if excess << PAGE_SHIFT < SCAVENGE_MIN {
                return;
            }
            // SAFETY: bin lists hold free-run records; their pages are unused arena memory.
            unsafe {
                let next = (*s).next;
                if !(*s).released {
                    if (*s).npages > excess {
                        release_tail(h, s, excess);
                        return;
                    }
                    madvise_free((*s).start, (*s).npages);
                    (*s).released = true;
                    (*s).needzero = false;
                    h.released_pages += (*s).npages;
                }
                s = next;
            }
        }
    }
}

/// The least excess of committed free memory [`scavenge`] gives back.
const SCAVENGE_MIN: usize = 256 << 10;

fn madvise_free(start: usize, npages: usize) {
    // SAFETY: the pages are a free run's: no object lives there.
    let _ = unsafe {
        rustix::mm::madvise(
            start as *mut core::ffi::c_void,
            npages << PAGE_SHIFT,
            rustix::mm::Advice::LinuxDontNeed,
        )
    };
}

/// Splits free run `s` (not released, longer than `n` pages) and releases its last `n`
/// pages as a run of their own (HEAP_LOCK held).
fn release_tail(h: &mut Heap, s: *mut Span, n: usize) {
    bin_remove(h, s);
    // SAFETY: s is a free-run record just taken off its bin; its pages are unused.
    unsafe {
        let head = (*s).npages - n;
        let tail_start = (*s).start + (head << PAGE_SHIFT);
        madvise_free(tail_start, n);
        (*s).npages = head;
        set_pagemap(h, s, (*s).start + ((head - 1) << PAGE_SHIFT), 1);
        bin_insert(h, s);
        new_free_run(h, tail_start, n, false, true);
    }
    h.released_pages += n;
}

/// `npages` pages for a new span: a free run (best fit by bin) or fresh arena pages.
/// Returns the start and whether the memory may hold old data.
fn alloc_pages(h: &mut Heap, npages: usize) -> (usize, bool) {
    init_locked(h);
    let mut found: *mut Span = core::ptr::null_mut();
    for b in bin_of(npages)..FREE_BINS {
        let mut s = h.free_bins[b];
        // SAFETY: bin lists hold free-run records.
        unsafe {
            while !s.is_null() && (*s).npages < npages {
                s = (*s).next;
            }
        }
        if !s.is_null() {
            found = s;
            break;
        }
    }
    if !found.is_null() {
        bin_remove(h, found);
        // SAFETY: found is a free-run record just taken off its bin.
        let (start, have, dirty) = unsafe { ((*found).start, (*found).npages, (*found).needzero) };
        unrelease(h, found);
        free_record(h, found);
        h.free_pages -= have;
        if have > npages {
            // The remainder's neighbours are the new span and a non-free page.
            free_run(h, start + (npages << PAGE_SHIFT), have - npages, dirty);
        }
        return (start, dirty);
    }
    let bytes = npages << PAGE_SHIFT;
    let p = h.used;
    let end = p + bytes;
    if end > h.base + ARENA_SIZE - PAGE_SIZE {
        out_of_memory();
    }
    if end > h.committed {
        let new_committed = (end + COMMIT_CHUNK - 1) & !(COMMIT_CHUNK - 1);
        if !crate::syscall::commit(h.committed as *mut u8, new_committed - h.committed) {
            out_of_memory();
        }
        h.committed = new_committed;
    }
    h.used = end;
    (p, false)
}

fn new_span(
    h: &mut Heap,
    npages: usize,
    spanclass: u8,
    elemsize: usize,
    nelems: usize,
) -> *mut Span {
    let (start, dirty) = alloc_pages(h, npages);
    let bitmap = nelems.div_ceil(64) * 8;
    let s = new_record(h);
    // SAFETY: s is a record nobody else uses.
    unsafe {
        s.write(Span {
            start,
            npages,
            elemsize,
            nelems,
            limit: start + nelems * elemsize,
            div_mul: (1u64 << 32).div_ceil(elemsize as u64),
            freeindex: 0,
            nalloc: 0,
            spanclass,
            state: SPAN_IN_USE,
            needzero: dirty,
            released: false,
            types: core::ptr::null_mut(),
            uniform_td: core::ptr::null(),
            type_state: 0,
            allocbits: crate::gc::meta::alloc(bitmap).cast(),
            markbits: crate::gc::meta::alloc(bitmap).cast(),
            next: h.all_spans,
            prev: core::ptr::null_mut(),
            partial_next: core::ptr::null_mut(),
        });
    }
    h.all_spans = s;
    set_pagemap(h, s, start, npages);
    s
}

/// Releases an in-use span (already unlinked from `all_spans`) and its metadata.
fn release_span(h: &mut Heap, s: *mut Span) {
    // SAFETY: s is an in-use span record that no list references any more.
    unsafe {
        let bitmap = (*s).bitmap_bytes();
        crate::gc::meta::free((*s).allocbits.cast(), bitmap);
        crate::gc::meta::free((*s).markbits.cast(), bitmap);
        if !(*s).types.is_null() {
            crate::gc::meta::free((*s).types.cast(), (*s).nelems * 8);
        }
        let (start, npages) = ((*s).start, (*s).npages);
        free_record(h, s);
        free_run(h, start, npages, true);
    }
}

/// The next free slot of `s` at or after `freeindex`, marked allocated.
///
/// # Safety
/// The caller owns `s` (HEAP_LOCK is held, or `s` is in the running P's cache); `s` is an
/// in-use small span.
unsafe fn take_slot(s: &mut Span) -> Option<usize> {
    let mut i = s.freeindex;
    while i < s.nelems {
        // SAFETY: allocbits has nelems bits, i < nelems.
        let w = unsafe { *s.allocbits.add(i / 64) } | ((1u64 << (i % 64)) - 1);
        if w == u64::MAX {
            i = (i / 64 + 1) * 64;
            continue;
        }
        let j = (i / 64) * 64 + (!w).trailing_zeros() as usize;
        if j >= s.nelems {
            break;
        }
        // SAFETY: as above, j < nelems.
        unsafe { *s.allocbits.add(j / 64) |= 1 << (j % 64) };
        s.freeindex = j + 1;
        s.nalloc += 1;
        return Some(j);
    }
    s.freeindex = s.nelems;
    None
}

/// The span owning address `p` (an object or interior pointer), or null when `p` is not
/// inside an object slot of an in-use span.
pub fn span_of(p: usize) -> *mut Span {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    unsafe { span_of_unlocked(p) }
}

/// [`span_of`] without the lock.
///
/// # Safety
/// The heap is not being mutated concurrently (the world is stopped, or HEAP_LOCK held).
#[inline]
pub unsafe fn span_of_unlocked(p: usize) -> *mut Span {
    // SAFETY: per the contract.
    let h = unsafe { HEAP.get() };
    if p < h.base || p >= h.used {
        return core::ptr::null_mut();
    }
    // SAFETY: p is inside the used part of the arena, covered by the pagemap; records are
    // always readable.
    unsafe {
        let s = *h.pagemap.add((p - h.base) >> PAGE_SHIFT);
        if s.is_null() || (*s).state != SPAN_IN_USE || p < (*s).start || p >= (*s).limit {
            return core::ptr::null_mut();
        }
        s
    }
}

/// A P's allocation cache (gc's `mcache`): the span each small span class allocates from,
/// so that the fast path takes no lock, and the allocation counts not yet added to the
/// heap's totals. Spans in a cache belong to it alone until the next sweep empties every
/// cache.
#[repr(C)]
pub struct MCache {
    spans: [*mut Span; NUM_CLASSES * 2],
    live: usize,
    allocated: usize,
    mallocs: u64,
    /// Per span class while the collector marks: mark bits of objects allocated (black)
    /// in one bitmap word of the class's span, not yet ORed into it (see `mark_black`).
    black: [(usize, u64); NUM_CLASSES * 2],
}

impl MCache {
    pub const fn new() -> MCache {
        MCache {
            spans: [core::ptr::null_mut(); NUM_CLASSES * 2],
            live: 0,
            allocated: 0,
            mallocs: 0,
            black: [(0, 0); NUM_CLASSES * 2],
        }
    }

    /// Marks slot `i` of this cache's span of class `sc` black. The bit is kept
    /// here until an allocation moves to another bitmap word or span, or the mark phase
    /// ends: a marker that meanwhile reaches the object marks and scans it itself, which
    /// is only extra work; the sweep sees every bit ([`flush_all_black`]).
    ///
    /// [`flush_all_black`]: MCache::flush_all_black
    fn mark_black(&mut self, sc: usize, i: usize) {
        let w = i / 64;
        if self.black[sc].1 != 0 && self.black[sc].0 != w {
            self.flush_black(sc);
        }
        self.black[sc].0 = w;
        self.black[sc].1 |= 1 << (i % 64);
    }

    /// ORs the pending black bits of class `sc` into its span's mark bitmap.
    fn flush_black(&mut self, sc: usize) {
        let (w, bits) = core::mem::take(&mut self.black[sc]);
        let s = self.spans[sc];
        if bits != 0 && !s.is_null() {
            // SAFETY: s is this cache's span and w < its bitmap length; markers set bits
            // in the same words concurrently, atomically.
            unsafe {
                core::sync::atomic::AtomicU64::from_ptr((*s).markbits.add(w))
                    .fetch_or(bits, core::sync::atomic::Ordering::Relaxed)
            };
        }
    }

    /// Flushes every class's pending black bits (the world is stopped).
    fn flush_all_black(&mut self) {
        for sc in 0..NUM_CLASSES * 2 {
            self.flush_black(sc);
        }
    }

    /// Moves the counts into the heap's totals (HEAP_LOCK held or the world stopped).
    fn flush(&mut self, h: &mut Heap) {
        h.live += core::mem::take(&mut self.live);
        h.allocated += core::mem::take(&mut self.allocated);
        h.mallocs += core::mem::take(&mut self.mallocs);
    }
}

impl Default for MCache {
    fn default() -> Self {
        Self::new()
    }
}

/// Clears a reused slot: small slots with word stores (`rep stosb` has a start-up cost of
/// dozens of cycles; volatile so that the loop does not become a `memset` call), larger
/// ones with the string instruction.
///
/// # Safety
/// `p` is valid for `n` bytes, 8-byte aligned, and `n` is a multiple of 8.
#[inline(always)]
unsafe fn zero_slot(p: *mut u8, n: usize) {
    if n <= 128 {
        let w = p as *mut u64;
        for k in 0..n / 8 {
            // SAFETY: per the contract, k * 8 < n.
            unsafe { w.add(k).write_volatile(0) };
        }
    } else {
        // SAFETY: per the contract.
        unsafe { crate::mem::fill(p, 0, n) };
    }
}

/// Records that slot `i` (just allocated) of scan span `s` holds an object of type `td`.
///
/// # Safety
/// The caller owns `s`, a scan span; `i < nelems`.
#[inline(always)]
unsafe fn record_type(s: &mut Span, i: usize, td: *const TypeDesc) {
    match s.type_state {
        1 if s.uniform_td == td => {}
        0 => {
            s.uniform_td = td;
            s.type_state = 1;
        }
        1 => {
            // The first object of another type: spell out the types of the others (the
            // array exists only for such mixed spans: most spans hold one type, and the
            // array costs 8 bytes per slot).
            s.types = crate::gc::meta::alloc(s.nelems * 8).cast();
            for j in 0..s.nelems {
                // SAFETY: j < nelems; types has nelems entries.
                unsafe {
                    if j != i && s.is_allocated(j) {
                        *s.types.add(j) = s.uniform_td;
                    }
                }
            }
            // A concurrent marker that sees state 2 must see the array filled.
            core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::Release);
            s.type_state = 2;
            // SAFETY: i < nelems.
            unsafe { *s.types.add(i) = td };
        }
        // SAFETY: i < nelems.
        _ => unsafe { *s.types.add(i) = td },
    }
}

/// Takes a slot of `s` for an object of `size` bytes and type `td`, clearing it if needed.
///
/// # Safety
/// The caller owns `s` (its P's cache, or HEAP_LOCK is held) and `s` is a small span.
#[inline(always)]
unsafe fn alloc_in_span(
    s: *mut Span,
    td: *const TypeDesc,
    mc: Option<&mut MCache>,
    sc: usize,
) -> Option<*mut u8> {
    // SAFETY: per the contract.
    unsafe {
        let sp = &mut *s;
        let i = take_slot(sp)?;
        let p = (sp.start + i * sp.elemsize) as *mut u8;
        if !sp.noscan() {
            record_type(sp, i, td);
        }
        let marking = crate::gc::barrier::enabled();
        if marking {
            // Allocated black: marking must not free it, and need not scan it. A cache
            // batches the mark bits of a word (one atomic OR per 64 slots).
            match mc {
                Some(mc) => mc.mark_black(sc, i),
                None => {
                    sp.test_and_mark(i);
                }
            }
        }
        // While marking, clear even fresh memory: the write barrier reads a new object's
        // fields before its first stores, and a first read of a fresh page maps the zero
        // page, which the first write must then replace (a copy-on-write fault with a TLB
        // shootdown across the process's threads). Clearing makes the first access a
        // write. (Pointer-free objects get no barrier.)
        if sp.needzero || (marking && !sp.noscan()) {
            zero_slot(p, sp.elemsize);
        }
        Some(p)
    }
}

/// Most spans an allocation that needs a span sweeps first while a sweep phase runs.
const SWEEP_PER_REFILL: usize = 256;

/// A span of class `sc` with a free slot, for an allocation cache (HEAP_LOCK held).
fn refill(h: &mut Heap, sc: usize) -> *mut Span {
    // Sweep until a span of this class with free slots or a free page turns up (so that
    // the heap does not grow while dead objects wait to be swept).
    let mut budget = SWEEP_PER_REFILL;
    while !h.unswept.is_null() && h.partial[sc].is_null() && h.free_pages == 0 && budget > 0 {
        sweep_locked(h, 1);
        budget -= 1;
    }
    let s = h.partial[sc];
    if !s.is_null() {
        // SAFETY: partial lists hold in-use spans of this class, each with a free slot.
        unsafe {
            h.partial[sc] = (*s).partial_next;
        }
        return s;
    }
    let class = sc >> 1;
    let elemsize = CLASS_TO_SIZE[class] as usize;
    let npages = CLASS_TO_NPAGES[class] as usize;
    new_span(
        h,
        npages,
        sc as u8,
        elemsize,
        (npages << PAGE_SHIFT) / elemsize,
    )
}

/// Allocates `size` zeroed bytes for an object of type `td` (null: untyped runtime data,
/// scanned conservatively if `noscan` is false).
///
/// The fast path (a free slot in the P's cached span) is kept small enough to inline into
/// `rgo_new` and friends; everything else is [`alloc_slow`].
#[inline]
pub fn alloc(size: usize, td: *const TypeDesc, noscan: bool) -> *mut u8 {
    if size.wrapping_sub(1) < MAX_SMALL_SIZE {
        let mc = crate::sched::current_mcache();
        if !mc.is_null() && !crate::gc::stress_mode() {
            let sc = size_to_class(size) << 1 | noscan as usize;
            // SAFETY: mc is the running P's cache; only this thread uses it.
            let mc = unsafe { &mut *mc };
            let s = mc.spans[sc];
            if !s.is_null() {
                // SAFETY: the span belongs to this cache.
                if let Some(p) = unsafe { alloc_in_span(s, td, Some(&mut *mc), sc) } {
                    // SAFETY: as above.
                    mc.live += unsafe { (*s).elemsize };
                    mc.allocated += size;
                    mc.mallocs += 1;
                    return p;
                }
            }
        }
    }
    alloc_slow(size, td, noscan)
}

/// [`alloc`] when the P's cached span of the class is full or missing, for large
/// objects, zero sizes, and allocations outside a P or under the stress mode.
#[inline(never)]
fn alloc_slow(size: usize, td: *const TypeDesc, noscan: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    if size <= MAX_SMALL_SIZE {
        let mc = crate::sched::current_mcache();
        if !mc.is_null() && !crate::gc::stress_mode() {
            let sc = size_to_class(size) << 1 | noscan as usize;
            // SAFETY: mc is the running P's cache; only this thread uses it.
            let mc = unsafe { &mut *mc };
            let (p, live, mallocs) = {
                let _g = HEAP_LOCK.lock();
                // SAFETY: HEAP_LOCK is held.
                let h = unsafe { HEAP.get() };
                init_locked(h);
                mc.flush(h);
                mc.flush_black(sc);
                let s = refill(h, sc);
                mc.spans[sc] = s;
                // SAFETY: s is this cache's now and has a free slot.
                let p = unsafe { alloc_in_span(s, td, Some(&mut *mc), sc) }
                    .unwrap_or_else(|| out_of_memory());
                // SAFETY: as above.
                h.live += unsafe { (*s).elemsize };
                h.allocated += size;
                h.mallocs += 1;
                (p, h.live, 0)
            };
            crate::gc::after_alloc(live, mallocs);
            return p;
        }
    }
    let (p, live, mallocs) = {
        let _g = HEAP_LOCK.lock();
        // SAFETY: HEAP_LOCK is held.
        let h = unsafe { HEAP.get() };
        let p = alloc_locked(h, size, td, noscan);
        (p, h.live, h.mallocs)
    };
    crate::gc::after_alloc(live, mallocs);
    p
}

fn alloc_locked(h: &mut Heap, size: usize, td: *const TypeDesc, noscan: bool) -> *mut u8 {
    h.allocated += size;
    h.mallocs += 1;
    if size <= MAX_SMALL_SIZE {
        let sc = size_to_class(size) << 1 | noscan as usize;
        let mut s = h.current[sc];
        loop {
            if !s.is_null() {
                // SAFETY: current spans are in-use small spans owned by the heap; HEAP_LOCK
                // is held.
                if let Some(p) = unsafe { alloc_in_span(s, td, None, sc) } {
                    // SAFETY: as above.
                    h.live += unsafe { (*s).elemsize };
                    return p;
                }
            }
            s = refill(h, sc);
            h.current[sc] = s;
        }
    }
    let npages = match size.checked_add(PAGE_SIZE - 1) {
        Some(n) => n >> PAGE_SHIFT,
        None => out_of_memory(),
    };
    // Freed spans may make room for it without growing the heap.
    let mut budget = SWEEP_PER_REFILL.max(npages);
    while !h.unswept.is_null() && h.free_pages < npages && budget > 0 {
        sweep_locked(h, 1);
        budget -= 1;
    }
    if npages > ARENA_SIZE >> PAGE_SHIFT {
        out_of_memory();
    }
    let s = new_span(h, npages, noscan as u8, npages << PAGE_SHIFT, 1);
    // SAFETY: s is the fresh large span; slot 0 is its object.
    unsafe {
        let sp = &mut *s;
        *sp.allocbits |= 1;
        let marking = crate::gc::barrier::enabled();
        if marking {
            // Allocated black, and cleared even if fresh (see alloc_in_span).
            sp.test_and_mark(0);
        }
        sp.nalloc = 1;
        sp.freeindex = 1;
        h.live += sp.elemsize;
        if !sp.noscan() {
            record_type(sp, 0, td);
        }
        if sp.needzero || (marking && !sp.noscan()) {
            crate::mem::fill(sp.start as *mut u8, 0, sp.elemsize);
        }
        sp.start as *mut u8
    }
}

/// Heap statistics for `runtime.ReadMemStats` and gctrace.
#[derive(Clone, Copy, Default)]
pub struct HeapStats {
    /// Bytes in allocated slots.
    pub live: usize,
    /// Bytes of arena pages in use by spans or free runs.
    pub sys: usize,
    /// Bytes of free runs.
    pub free: usize,
    /// Bytes of free runs given back to the OS.
    pub released: usize,
    /// Objects in allocated slots.
    pub objects: u64,
    pub allocated: usize,
    pub mallocs: u64,
    pub frees: u64,
}

pub fn stats() -> HeapStats {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    // Counts still in the Ps' caches (read racily: statistics only).
    let (mut live, mut allocated, mut mallocs) = (0, 0, 0);
    // SAFETY: only plain word reads of other Ps' counters.
    unsafe {
        crate::sched::for_each_mcache(|mc| {
            live += mc.live;
            allocated += mc.allocated;
            mallocs += mc.mallocs;
        })
    };
    HeapStats {
        live: h.live + live,
        sys: h.used - h.base,
        free: h.free_pages << PAGE_SHIFT,
        released: h.released_pages << PAGE_SHIFT,
        objects: h.mallocs + mallocs - h.frees,
        allocated: h.allocated + allocated,
        mallocs: h.mallocs + mallocs,
        frees: h.frees,
    }
}

/// Stress mode: overwrites every allocated but unmarked slot with a pattern that makes a
/// use after free crash (or print garbage) soon.
///
/// # Safety
/// The span is in use, its bitmaps are valid and the world is stopped.
unsafe fn poison_dead(s: &Span) {
    for i in 0..s.nelems {
        // SAFETY: i < nelems; dead slots are unreachable heap memory.
        unsafe {
            if s.is_allocated(i) && *s.markbits.add(i / 64) & (1 << (i % 64)) == 0 {
                crate::mem::fill((s.start + i * s.elemsize) as *mut u8, 0xdb, s.elemsize);
            }
        }
    }
}

/// Starts the sweep phase at the end of a mark phase (the world is stopped, marking is
/// complete): every in-use span becomes unswept; the P caches and the per-class lists of
/// spans with free slots are emptied (they fill again as spans are swept). Spans are
/// then swept lazily: by allocations that need a span ([`refill`]), by the background
/// sweeper ([`sweep_some`]), and at the latest before the next cycle ([`finish_sweep`]).
///
/// # Safety
/// The world is stopped and marking is complete.
pub unsafe fn begin_sweep() {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    h.current = [core::ptr::null_mut(); NUM_CLASSES * 2];
    h.partial = [core::ptr::null_mut(); NUM_CLASSES * 2];
    // SAFETY: the world is stopped: no P allocates from its cache.
    unsafe {
        crate::sched::for_each_mcache(|mc| {
            mc.flush(h);
            mc.flush_all_black();
            mc.spans = [core::ptr::null_mut(); NUM_CLASSES * 2];
        })
    };
    debug_assert!(h.unswept.is_null());
    h.unswept = h.all_spans;
    h.all_spans = core::ptr::null_mut();
}

/// Sweeps one span taken off the unswept list (HEAP_LOCK held): frees it if no object
/// was marked, else makes its mark bits its allocation bits and queues it for
/// allocation if it has free slots.
fn sweep_span(h: &mut Heap, s: *mut Span, poison: bool) {
    // SAFETY: s is an in-use span record off the unswept list; its bitmaps have nelems
    // bits; HEAP_LOCK is held.
    unsafe {
        let sp = &mut *s;
        let words = sp.nelems.div_ceil(64);
        let mut marked = 0usize;
        for w in 0..words {
            marked += (*sp.markbits.add(w)).count_ones() as usize;
        }
        let dead = sp.nalloc - marked.min(sp.nalloc);
        h.frees += dead as u64;
        h.live -= (dead * sp.elemsize).min(h.live);
        if poison {
            poison_dead(sp);
        }
        if marked == 0 {
            release_span(h, s);
            return;
        }
        core::mem::swap(&mut sp.allocbits, &mut sp.markbits);
        crate::mem::fill(sp.markbits.cast(), 0, words * 8);
        sp.nalloc = marked;
        sp.freeindex = 0;
        sp.needzero = true;
        if marked < sp.nelems && sp.class() != 0 {
            let sc = sp.spanclass as usize;
            sp.partial_next = h.partial[sc];
            h.partial[sc] = s;
        }
        sp.next = h.all_spans;
        h.all_spans = s;
    }
}

/// Sweeps up to `n` unswept spans (HEAP_LOCK held); returns whether this finished the
/// sweep phase.
fn sweep_locked(h: &mut Heap, n: usize) -> bool {
    if h.unswept.is_null() {
        return false;
    }
    let poison = crate::gc::stress_mode();
    for _ in 0..n {
        let s = h.unswept;
        if s.is_null() {
            break;
        }
        // SAFETY: unswept holds in-use span records linked through next.
        h.unswept = unsafe { (*s).next };
        sweep_span(h, s, poison);
    }
    h.unswept.is_null()
}

/// Sweeps up to `n` spans; returns whether spans remain unswept.
pub fn sweep_some(n: usize) -> bool {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    sweep_locked(h, n);
    !h.unswept.is_null()
}

/// Calls `f` on every in-use span (swept or not).
///
/// # Safety
/// The world is stopped (no span changes).
pub unsafe fn for_each_span(mut f: impl FnMut(&Span)) {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held; the lists hold in-use span records.
    unsafe {
        let h = HEAP.get();
        for head in [h.all_spans, h.unswept] {
            let mut s = head;
            while !s.is_null() {
                f(&*s);
                s = (*s).next;
            }
        }
    }
}

/// Sweeps every remaining span (before a cycle starts, and in `runtime.GC`).
pub fn finish_sweep() {
    while sweep_some(256) {}
}

/// Allocates a zeroed object of type `td`.
pub fn new_object(td: &TypeDesc) -> *mut u8 {
    alloc(td.size as usize, td, td.ptrdata == 0)
}

/// Allocates a zeroed array of `n` elements of type `elem`; None on size overflow.
pub fn new_array(elem: &TypeDesc, n: usize) -> Option<*mut u8> {
    let size = (elem.size as usize).checked_mul(n)?;
    if size > ARENA_SIZE {
        return None;
    }
    Some(alloc(size, elem, elem.ptrdata == 0))
}

/// `new(T)`: a zeroed object of `td.size` bytes.
#[no_mangle]
pub extern "C" fn rgo_new(td: *const TypeDesc) -> *mut u8 {
    // SAFETY: compiled code passes a valid descriptor.
    new_object(unsafe { &*td })
}

/// A zeroed array of `n` elements of type `elem`.
#[no_mangle]
pub extern "C" fn rgo_newarray(elem: *const TypeDesc, n: usize) -> *mut u8 {
    // SAFETY: compiled code passes a valid descriptor.
    match new_array(unsafe { &*elem }, n) {
        Some(p) => p,
        None => crate::panic::panic_runtime_error("makeslice: len out of range"),
    }
}

// ---- persistent allocation (never freed; scanned conservatively by the collector) ----

struct Persistent {
    cur: usize,
    end: usize,
    /// Every mapping made for persistent memory, linked through its first word (the
    /// second word is the mapping's length).
    regions: usize,
}

static PERSISTENT: Global<Persistent> = Global::new(Persistent {
    cur: 0,
    end: 0,
    regions: 0,
});
static PERSISTENT_LOCK: Lock = Lock::new();
const PERSISTENT_CHUNK: usize = 256 << 10;
/// Bytes at the start of each persistent mapping for its region header (keeps 64-byte
/// alignment of what follows).
const REGION_HEADER: usize = 64;

fn new_region(st: &mut Persistent, len: usize) -> usize {
    let p = crate::syscall::map_rw(len);
    if p.is_null() {
        out_of_memory();
    }
    // SAFETY: the first two words of the fresh mapping are its header.
    unsafe {
        *(p as *mut usize) = st.regions;
        *(p as *mut usize).add(1) = len;
    }
    st.regions = p as usize;
    p as usize + REGION_HEADER
}

/// Allocates zeroed memory that lives forever, outside the collected heap. Its contents
/// are a root of the collector (runtime structures such as `G`s, timers and Rust
/// collections may hold heap pointers).
pub fn persistent_alloc(size: usize, align: usize) -> *mut u8 {
    let align = align.max(8);
    let _g = PERSISTENT_LOCK.lock();
    // SAFETY: PERSISTENT_LOCK is held.
    let st = unsafe { PERSISTENT.get() };
    if size >= PERSISTENT_CHUNK / 4 {
        debug_assert!(align <= REGION_HEADER);
        return new_region(st, (size + REGION_HEADER + 4095) & !4095) as *mut u8;
    }
    let mut p = (st.cur + align - 1) & !(align - 1);
    if st.cur == 0 || p + size > st.end {
        let c = new_region(st, PERSISTENT_CHUNK);
        st.cur = c;
        st.end = c - REGION_HEADER + PERSISTENT_CHUNK;
        p = (st.cur + align - 1) & !(align - 1);
    }
    st.cur = p + size;
    p as *mut u8
}

/// Calls `f(lo, hi)` for every persistent region's used part.
///
/// # Safety
/// No other thread allocates persistent memory meanwhile (the world is stopped).
pub unsafe fn for_each_persistent(mut f: impl FnMut(usize, usize)) {
    // SAFETY: per the contract.
    let st = unsafe { PERSISTENT.get() };
    let mut r = st.regions;
    while r != 0 {
        // SAFETY: r is a region header written by new_region.
        let (next, len) = unsafe { (*(r as *const usize), *(r as *const usize).add(1)) };
        let lo = r + REGION_HEADER;
        let mut hi = r + len;
        if st.cur > r && st.cur <= hi {
            hi = st.cur;
        }
        f(lo, hi);
        r = next;
    }
}

/// The Rust `#[global_allocator]` for runtime-internal data (Rust collections in the
/// runtime: the timer heap, formatting buffers, ...). Blocks are powers of two carved from
/// persistent memory (so the collector scans them: they may hold heap pointers) with a
/// free list per size; a freed block is cleared so that it retains nothing.
pub struct RuntimeAlloc;

const RUST_CLASSES: usize = 48;
static RUST_FREE: Global<[usize; RUST_CLASSES]> = Global::new([0; RUST_CLASSES]);
static RUST_LOCK: Lock = Lock::new();

fn rust_class(layout: core::alloc::Layout) -> usize {
    let size = layout.size().max(layout.align()).max(16);
    size.next_power_of_two().trailing_zeros() as usize
}

// SAFETY: blocks are at least `layout.size()` bytes, aligned to their power-of-two size
// (≥ the layout's alignment up to 64; persistent memory is 64-byte aligned beyond that),
// and a block is on a free list only after `dealloc`.
unsafe impl core::alloc::GlobalAlloc for RuntimeAlloc {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        let c = rust_class(layout);
        {
            let _g = RUST_LOCK.lock();
            // SAFETY: RUST_LOCK is held.
            let free = unsafe { RUST_FREE.get() };
            let p = free[c];
            if p != 0 {
                // SAFETY: a free block starts with the link to the next one.
                free[c] = unsafe { *(p as *const usize) };
                // SAFETY: as above; the link word is cleared for the new owner.
                unsafe { *(p as *mut usize) = 0 };
                return p as *mut u8;
            }
        }
        persistent_alloc(1 << c, layout.align().clamp(16, 64))
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: core::alloc::Layout) {
        let c = rust_class(layout);
        // SAFETY: the block is dead and at least layout.size() bytes.
        unsafe { crate::mem::fill(ptr, 0, layout.size()) };
        let _g = RUST_LOCK.lock();
        // SAFETY: RUST_LOCK is held; ptr is a dead block of class c.
        unsafe {
            let free = RUST_FREE.get();
            *(ptr as *mut usize) = free[c];
            free[c] = ptr as usize;
        }
    }
}

#[cfg(not(test))]
#[global_allocator]
static GLOBAL: RuntimeAlloc = RuntimeAlloc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_tables() {
        assert_eq!(NUM_CLASSES, 68);
        assert_eq!(size_to_class(1), 1);
        assert_eq!(size_to_class(8), 1);
        assert_eq!(size_to_class(9), 2);
        assert_eq!(size_to_class(1024), 32);
        assert_eq!(size_to_class(1025), 33);
        assert_eq!(size_to_class(32768), 67);
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size);
            assert!((CLASS_TO_SIZE[c - 1] as usize) < size);
        }
        for c in 1..NUM_CLASSES {
            assert!(CLASS_TO_NPAGES[c] >= 1);
            assert!((CLASS_TO_NPAGES[c] as usize * PAGE_SIZE) / CLASS_TO_SIZE[c] as usize >= 1);
        }
    }

    #[test]
    fn object_index_by_multiplication_is_exact() {
        for c in 1..NUM_CLASSES {
            let size = CLASS_TO_SIZE[c] as u64;
            let span = CLASS_TO_NPAGES[c] as u64 * PAGE_SIZE as u64;
            let mul = (1u64 << 32).div_ceil(size);
            for off in 0..span {
                assert_eq!((off * mul) >> 32, off / size, "class {c} offset {off}");
            }
        }
    }

    #[test]
    fn roundup() {
        assert_eq!(roundupsize(5, true), 8);
        assert_eq!(roundupsize(33, true), 48);
        assert_eq!(roundupsize(1024, false), 1144);
        assert_eq!(roundupsize(32768, true), 32768);
        assert_eq!(roundupsize(32769, true), 40960);
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(roundupsize(40000, false), 40960);
    }

    #[test]
    fn alloc_small_and_large() {
        let mut ptrs = std::vec::Vec::new();
        for size in [1usize, 8, 9, 100, 1000, 5000, 32768, 40000, 1 << 20] {
            for _ in 0..50 {
                let p = alloc(size, core::ptr::null(), size % 2 == 0);
                assert_eq!(p as usize % 8, 0);
                // SAFETY: p is a fresh allocation of `size` zeroed bytes.
                let s = unsafe { core::slice::from_raw_parts_mut(p, size) };
                assert!(s.iter().all(|&b| b == 0));
                s.fill(0xAB);
                ptrs.push((p as usize, size));
            }
        }
        ptrs.sort();
        for w in ptrs.windows(2) {
            assert!(w[0].0 + w[0].1 <= w[1].0, "overlap");
        }
        for &(p, size) in &ptrs {
            let s = span_of(p + size - 1);
            assert!(!s.is_null());
            // SAFETY: span_of returned a live span.
            let s = unsafe { &*s };
            assert!(s.start <= p && p + size <= s.start + s.npages * PAGE_SIZE);
            assert_eq!(s.start + s.object_index(p + size - 1) * s.elemsize, p);
        }
        assert!(span_of(zerobase() as usize).is_null());
        assert_eq!(alloc(0, core::ptr::null(), true), zerobase());
    }
}
