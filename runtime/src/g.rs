//! Goroutine descriptors. Compiled Go code keeps the current `G` in the pinned register
//! r15 and its prologues compare the stack pointer against `G.stack_lo` (offset 0). Only the
//! main goroutine (`G0`) exists for now.

/// A goroutine. `#[repr(C)]`: compiled code reads `stack_lo` at offset 0.
#[repr(C)]
pub struct G {
    /// +0: stack limit checked by function prologues (SP below it → morestack).
    pub stack_lo: usize,
    /// +8: top of the stack (highest address).
    pub stack_hi: usize,
    /// +16: goroutine id (1 for main).
    pub id: i64,
    /// +24: innermost active panic (reserved for defer/recover).
    pub panic: *mut u8,
    /// +32: innermost deferred call record (reserved for defer/recover).
    pub defer: *mut u8,
}

/// The main goroutine.
#[no_mangle]
pub static mut RGO_G0: G = G {
    stack_lo: 0,
    stack_hi: 0,
    id: 1,
    panic: core::ptr::null_mut(),
    defer: core::ptr::null_mut(),
};

/// The G that runs on this thread; loaded into r15 by the gocall trampolines.
#[no_mangle]
pub static mut RGO_CURG: *mut G = core::ptr::null_mut();

/// Makes `G0` current and records its stack bounds (`sp` ≈ the top of the main stack).
pub fn init_g0(sp: usize) {
    // SAFETY: called once at start-up on the only thread, before any Go code runs.
    unsafe {
        let g0 = &raw mut RGO_G0;
        (*g0).stack_hi = sp;
        // No stack growth yet: the limit 0 disables the prologue check.
        (*g0).stack_lo = 0;
        RGO_CURG = g0;
    }
}

/// The current goroutine.
pub fn curg() -> *mut G {
    // SAFETY: a plain read of the pointer, written only at start-up / by the scheduler.
    unsafe { RGO_CURG }
}

/// gc's maximum goroutine stack size; reaching it is a fatal "stack overflow".
pub const MAX_STACK: usize = 1_000_000_000;
/// Mapped space below the limit for the runtime work done once the limit is hit (and the
/// largest frame that can run before its prologue check).
const STACK_GUARD: usize = 1 << 20;

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
    unsafe { (*curg()).stack_lo = lo };
}
