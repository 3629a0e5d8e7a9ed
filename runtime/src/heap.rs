//! The Go heap: gc's 68 size classes (8 … 32768 bytes), spans carved from one large
//! reserved arena, a page → span map for interior pointers, and large objects on their
//! own spans. All memory handed out is zeroed.
//!
//! Design (for the mark-sweep collector to come):
//! - The arena is one `ARENA_SIZE` PROT_NONE reservation committed in `COMMIT_CHUNK` steps;
//!   pages are 8 KiB. `pagemap[(addr - base) >> PAGE_SHIFT]` is the owning [`Span`] of
//!   every page of every span (interior pointers resolve in O(1)).
//! - A span records its start, page count, element size, object count, span class
//!   (`class << 1 | noscan`, like gc), bump index (`freeindex`) and, for *scan* spans, a
//!   per-object type array `types[i]` (the `TypeDesc` given at allocation; for
//!   `rgo_newarray` the element type, repeated over the object; null = conservative
//!   scan of every word, used by runtime-internal objects such as map tables). Noscan
//!   spans (pointer-free objects) carry no types. Per-object types cost 8 bytes per
//!   object; a per-span pointer bitmap is a possible later refinement for tiny objects.
//! - All spans are linked in `Heap::all_spans` for sweeping. Nothing is freed yet:
//!   `freeindex` only grows, and fresh pages are zero (`needzero` is reserved for reuse).
//! - Runtime-internal data that must never be collected (itabs, caches, the Rust
//!   `#[global_allocator]`) comes from [`persistent_alloc`], outside the GC'd arena.
//! - The fast path (`alloc_small`) touches only the current span of a span class: it
//!   becomes a per-P cache (`mcache`) once there are several threads.

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

/// Metadata of one span (a run of pages holding objects of one span class, or one large
/// object).
#[repr(C)]
pub struct Span {
    /// Address of the first object.
    pub start: usize,
    pub npages: usize,
    /// Object size (for large spans: the requested size rounded to pages).
    pub elemsize: usize,
    /// Number of object slots.
    pub nelems: usize,
    /// Next never-used slot (bump allocation; objects below it are allocated).
    pub freeindex: usize,
    /// `size class << 1 | noscan`; class 0 = large object span.
    pub spanclass: u8,
    /// Memory must be zeroed before reuse (set by a future sweeper).
    pub needzero: bool,
    /// Scan spans: the allocation type of each object (null = scan conservatively).
    pub types: *mut *const TypeDesc,
    /// Next span in `Heap::all_spans`.
    pub next: *mut Span,
}

impl Span {
    pub fn noscan(&self) -> bool {
        self.spanclass & 1 != 0
    }
    pub fn class(&self) -> usize {
        (self.spanclass >> 1) as usize
    }
    /// Index of the object containing `p` (which must lie in the span).
    pub fn object_index(&self, p: usize) -> usize {
        (p - self.start) / self.elemsize
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
    all_spans: *mut Span,
    /// Bytes of objects allocated (statistics).
    allocated: usize,
}

static HEAP: Global<Heap> = Global::new(Heap {
    base: 0,
    used: 0,
    committed: 0,
    pagemap: core::ptr::null_mut(),
    current: [core::ptr::null_mut(); NUM_CLASSES * 2],
    all_spans: core::ptr::null_mut(),
    allocated: 0,
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

/// Hands out `npages` fresh zeroed pages from the arena.
fn alloc_pages(h: &mut Heap, npages: usize) -> usize {
    init_locked(h);
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
    p
}

fn new_span(
    h: &mut Heap,
    npages: usize,
    spanclass: u8,
    elemsize: usize,
    nelems: usize,
) -> *mut Span {
    let start = alloc_pages(h, npages);
    let noscan = spanclass & 1 != 0;
    let types = if noscan {
        core::ptr::null_mut()
    } else {
        persistent_alloc(nelems * 8, 8).cast()
    };
    let s = persistent_alloc(core::mem::size_of::<Span>(), 8) as *mut Span;
    // SAFETY: s is a fresh, suitably aligned persistent allocation of a Span.
    unsafe {
        s.write(Span {
            start,
            npages,
            elemsize,
            nelems,
            freeindex: 0,
            spanclass,
            needzero: false,
            types,
            next: h.all_spans,
        });
    }
    h.all_spans = s;
    let first = (start - h.base) >> PAGE_SHIFT;
    for i in 0..npages {
        // SAFETY: the pagemap covers every page of the arena, and start..start+npages is in it.
        unsafe { *h.pagemap.add(first + i) = s };
    }
    s
}

/// The span owning address `p`, or null when `p` is not in an allocated heap span.
pub fn span_of(p: usize) -> *mut Span {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    if h.base == 0 || p < h.base || p >= h.used {
        return core::ptr::null_mut();
    }
    // SAFETY: p is inside the used part of the arena, covered by the pagemap.
    unsafe { *h.pagemap.add((p - h.base) >> PAGE_SHIFT) }
}

/// Allocates `size` zeroed bytes for an object of type `td` (null: untyped runtime data,
/// scanned conservatively if `noscan` is false).
pub fn alloc(size: usize, td: *const TypeDesc, noscan: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    let h = unsafe { HEAP.get() };
    h.allocated += size;
    if size <= MAX_SMALL_SIZE {
        let class = size_to_class(size);
        let sc = class << 1 | noscan as usize;
        let mut s = h.current[sc];
        // SAFETY: current spans are valid Span records.
        if s.is_null() || unsafe { (*s).freeindex >= (*s).nelems } {
            let elemsize = CLASS_TO_SIZE[class] as usize;
            let npages = CLASS_TO_NPAGES[class] as usize;
            s = new_span(
                h,
                npages,
                sc as u8,
                elemsize,
                (npages << PAGE_SHIFT) / elemsize,
            );
            h.current[sc] = s;
        }
        // SAFETY: s is a valid span with a free slot; types has nelems entries when non-null.
        unsafe {
            let s = &mut *s;
            let i = s.freeindex;
            s.freeindex = i + 1;
            let p = (s.start + i * s.elemsize) as *mut u8;
            if !s.types.is_null() {
                *s.types.add(i) = td;
            }
            if s.needzero {
                crate::mem::fill(p, 0, s.elemsize);
            }
            p
        }
    } else {
        let npages = match size.checked_add(PAGE_SIZE - 1) {
            Some(n) => n >> PAGE_SHIFT,
            None => out_of_memory(),
        };
        if npages > ARENA_SIZE >> PAGE_SHIFT {
            out_of_memory();
        }
        let s = new_span(h, npages, noscan as u8, npages << PAGE_SHIFT, 1);
        // SAFETY: s is the fresh large span; slot 0 is its object.
        unsafe {
            (*s).freeindex = 1;
            if !(*s).types.is_null() {
                *(*s).types = td;
            }
            (*s).start as *mut u8
        }
    }
}

/// Total bytes requested from [`alloc`] so far.
pub fn allocated_bytes() -> usize {
    let _g = HEAP_LOCK.lock();
    // SAFETY: HEAP_LOCK is held.
    unsafe { HEAP.get() }.allocated
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

// ---- persistent allocation (never freed, never scanned) ----

struct Persistent {
    cur: usize,
    end: usize,
}

static PERSISTENT: Global<Persistent> = Global::new(Persistent { cur: 0, end: 0 });
static PERSISTENT_LOCK: Lock = Lock::new();
const PERSISTENT_CHUNK: usize = 256 << 10;

/// Allocates zeroed memory that lives forever, outside the collected heap.
pub fn persistent_alloc(size: usize, align: usize) -> *mut u8 {
    let align = align.max(8);
    if size >= PERSISTENT_CHUNK / 4 {
        let p = crate::syscall::map_rw((size + 4095) & !4095);
        if p.is_null() {
            out_of_memory();
        }
        return p;
    }
    let _g = PERSISTENT_LOCK.lock();
    // SAFETY: PERSISTENT_LOCK is held.
    let st = unsafe { PERSISTENT.get() };
    let mut p = (st.cur + align - 1) & !(align - 1);
    if st.cur == 0 || p + size > st.end {
        let c = crate::syscall::map_rw(PERSISTENT_CHUNK);
        if c.is_null() {
            out_of_memory();
        }
        st.cur = c as usize;
        st.end = c as usize + PERSISTENT_CHUNK;
        p = (st.cur + align - 1) & !(align - 1);
    }
    st.cur = p + size;
    p as *mut u8
}

/// The Rust `#[global_allocator]` for runtime-internal data: persistent memory; `dealloc`
/// leaks (runtime-internal allocations are few and long-lived).
pub struct RuntimeAlloc;

// SAFETY: persistent_alloc returns fresh, zeroed, suitably aligned memory or aborts.
unsafe impl core::alloc::GlobalAlloc for RuntimeAlloc {
    unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
        persistent_alloc(layout.size().max(1), layout.align())
    }
    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: core::alloc::Layout) {}
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
