//! Goroutine descriptors. Compiled Go code keeps the current `G` in the pinned register
//! r15 and its prologues compare the stack pointer against `G.stack_lo` (offset 0). The
//! first five fields are ABI (see ABI.md); the rest belong to the scheduler
//! (`sched/mod.rs`). Runtime Rust code finds the current G through the current M (the
//! per-thread struct whose address is the thread's `fs` base, see `sched::curm`).

use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// A goroutine. `#[repr(C)]`: compiled code reads `stack_lo` at offset 0.
#[repr(C)]
pub struct G {
    /// +0: stack limit checked by function prologues (SP below it → morestack). The
    /// scheduler's monitor sets it to `usize::MAX` to request a preemption.
    pub stack_lo: usize,
    /// +8: top of the stack (highest address).
    pub stack_hi: usize,
    /// +16: goroutine id (1 for main).
    pub id: i64,
    /// +24: innermost active panic.
    pub panic: *mut u8,
    /// +32: innermost deferred call record.
    pub defer: *mut u8,
    // ---- scheduler-private fields ----
    /// The real stack limit (`stack_lo` when no preemption is requested).
    pub real_lo: usize,
    /// Saved stack pointer while not running (see `sched::rt_switch`).
    pub sp: usize,
    /// `sched::G_*` status.
    pub status: AtomicU32,
    /// The `func()` closure the goroutine runs.
    pub closure: *const u8,
    /// Link in run queues and free lists.
    pub schedlink: *mut G,
    /// Wake-up parameter: the `chan::Sudog` that completed a select.
    pub param: usize,
    /// Select: set (0 → 1) by the first channel operation that wins this goroutine.
    pub select_done: AtomicU32,
    /// Why the goroutine is parked (for the deadlock report).
    pub wait_reason: &'static str,
    /// The goroutine's stack memory was used since it was last released.
    pub stack_dirty: bool,
    /// In a system call (between `rgo_entersyscall` and `rgo_exitsyscall`): the collector
    /// scans its stack from `syscallsp` and its callee-saved registers `syscall_regs`.
    pub in_syscall: bool,
    pub syscallsp: usize,
    pub syscall_regs: [usize; 5],
    /// Next in the list of all goroutines ever created (`sched::for_each_g`).
    pub allglink: *mut G,
}

// SAFETY: G records are shared between threads under the scheduler's protocols.
unsafe impl Sync for G {}

impl G {
    pub const fn new(id: i64) -> G {
        G {
            stack_lo: 0,
            stack_hi: 0,
            id,
            panic: core::ptr::null_mut(),
            defer: core::ptr::null_mut(),
            real_lo: 0,
            sp: 0,
            status: AtomicU32::new(0),
            closure: core::ptr::null(),
            schedlink: core::ptr::null_mut(),
            param: 0,
            select_done: AtomicU32::new(0),
            wait_reason: "",
            stack_dirty: false,
            in_syscall: false,
            syscallsp: 0,
            syscall_regs: [0; 5],
            allglink: core::ptr::null_mut(),
        }
    }

    /// Requests a preemption: the goroutine's next prologue / loop check calls morestack.
    pub fn request_preempt(&self) {
        // SAFETY: stack_lo is word-aligned; compiled code reads it with plain loads.
        let a = unsafe { AtomicUsize::from_ptr(&self.stack_lo as *const usize as *mut usize) };
        a.store(usize::MAX, Ordering::Relaxed);
    }
}

/// The main goroutine.
#[no_mangle]
pub static mut RGO_G0: G = G::new(1);

/// Unit tests' notion of the current G (the real program reads it from the current M).
#[no_mangle]
pub static mut RGO_CURG: *mut G = core::ptr::null_mut();

/// Makes `G0` current and records its stack bounds (`sp` ≈ the top of the main stack).
pub fn init_g0(sp: usize) {
    // SAFETY: called once at start-up on the only thread, before any Go code runs.
    unsafe {
        let g0 = &raw mut RGO_G0;
        (*g0).stack_hi = sp;
        (*g0).stack_lo = 0;
        RGO_CURG = g0;
    }
}

/// The current goroutine.
#[cfg(not(test))]
#[inline(always)]
pub fn curg() -> *mut G {
    crate::sched::curg()
}

/// The current goroutine.
#[cfg(test)]
pub fn curg() -> *mut G {
    // SAFETY: a plain read of the pointer, written only at start-up / by tests.
    unsafe { RGO_CURG }
}

/// gc's maximum goroutine stack size; reaching it is a fatal "stack overflow".
pub const MAX_STACK: usize = 1_000_000_000;
/// Mapped space below the limit for the runtime work done once the limit is hit (and the
/// largest frame that can run before its prologue check).
pub const STACK_GUARD: usize = 1 << 20;

/// Reserves the main goroutine's stack (lazily committed) and returns (limit, top).
pub fn main_stack() -> (usize, usize) {
    use rustix::mm::{mmap_anonymous, MapFlags, ProtFlags};
    let size = MAX_STACK + STACK_GUARD;
    // SAFETY: a fresh anonymous private mapping; nothing else refers to it.
    let base = unsafe {
        mmap_anonymous(
            core::ptr::null_mut(),
            size,
            ProtFlags::READ | ProtFlags::WRITE,
            MapFlags::PRIVATE | MapFlags::NORESERVE,
        )
    };
    match base {
        Ok(p) => {
            let lo = p as usize + STACK_GUARD;
            let hi = (p as usize + size) & !15;
            (lo, hi)
        }
        Err(_) => crate::panic::fatal("cannot allocate the main goroutine stack"),
    }
}

/// Sets the current goroutine's stack limit (checked by every Go function prologue).
pub fn set_stack_limit(lo: usize) {
    // SAFETY: start-up, single thread; G0 is current.
    unsafe {
        (*curg()).stack_lo = lo;
        (*curg()).real_lo = lo;
    }
}
