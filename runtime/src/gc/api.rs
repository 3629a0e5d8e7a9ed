//! The Go-visible collector API: `runtime.GC`, `runtime.ReadMemStats` and
//! `runtime/debug.SetGCPercent`, `SetMemoryLimit`, `FreeOSMemory`.

use core::sync::atomic::Ordering;

/// The prefix of gc's `runtime.MemStats` that rgo fills (same field order and offsets as
/// `compiler/std/runtime/mem.go`).
#[repr(C)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
}

/// `runtime.GC`.
#[export_name = "runtime.GC"]
pub extern "C" fn go_runtime_gc() {
    super::FORCED.fetch_add(1, Ordering::Relaxed);
    super::collect_now();
}

/// `runtime.ReadMemStats`.
#[export_name = "runtime.ReadMemStats"]
pub extern "C" fn go_runtime_readmemstats(m: *mut MemStats) {
    if m.is_null() {
        crate::panic::rgo_panic_nil();
    }
    let h = crate::heap::stats();
    let g = super::gc_stats();
    // SAFETY: m points at a live runtime.MemStats (whose layout starts like MemStats).
    let m = unsafe { &mut *m };
    m.alloc = h.live as u64;
    m.total_alloc = h.allocated as u64;
    m.heap_alloc = h.live as u64;
    m.heap_sys = h.sys as u64;
    m.heap_idle = h.free as u64;
    m.heap_inuse = (h.sys - h.free) as u64;
    m.heap_released = h.released as u64;
    m.heap_objects = h.objects;
    m.mallocs = h.mallocs;
    m.frees = h.frees;
    m.sys = h.sys as u64;
    m.next_gc = g.next_gc.min(i64::MAX as usize) as u64;
    m.last_gc = g.last_gc_unix_ns;
    m.pause_total_ns = g.pause_total_ns;
    m.pause_ns = g.pause_ns;
    m.pause_end = g.pause_end;
    m.num_gc = g.num_gc;
    m.num_forced_gc = super::FORCED.load(Ordering::Relaxed);
    m.enable_gc = true;
}

/// `debug.SetGCPercent`.
#[export_name = "runtime/debug.SetGCPercent"]
pub extern "C" fn go_debug_setgcpercent(percent: i64) -> i64 {
    super::set_gc_percent(percent)
}

/// `debug.SetMemoryLimit`.
#[export_name = "runtime/debug.SetMemoryLimit"]
pub extern "C" fn go_debug_setmemorylimit(limit: i64) -> i64 {
    super::set_memory_limit(limit)
}

/// `debug.FreeOSMemory`: a collection, then every free page goes back to the OS.
#[export_name = "runtime/debug.FreeOSMemory"]
pub extern "C" fn go_debug_freeosmemory() {
    super::FORCED.fetch_add(1, Ordering::Relaxed);
    super::collect_now();
    crate::heap::scavenge(0);
}
