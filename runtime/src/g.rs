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
