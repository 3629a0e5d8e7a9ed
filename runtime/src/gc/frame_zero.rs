//! Frame zeroing for the conservative stack scan. A function's spill slots and locals
//! hold whatever an earlier, already returned call left at the same stack depth until the
//! function writes them; the collector scans whole frames, so such stale words kept dead
//! objects alive (in the maps benchmark a dead 2M-entry map, 68 MB, through a spill slot
//! of the next function: docs/runtime.md).
//!
//! Cranelift's outline stack probe is the hook (codegen sets `enable_probestack` with
//! `probestack_size_log2` 8): the prologue of every function with a frame of 256 bytes
//! or more calls `__cranelift_probestack` with the frame size in `rax`, after
//! pushing the frame pointer and before it lowers `rsp` and saves the callee-saved
//! registers. Everything below the caller's stack pointer there is the new frame, dead
//! until the function writes it, so it is cleared. Only the top 64 KiB of a larger frame
//! is (the goroutine stack's guard margin is 1 MiB and has no guard pages).
//!
//! Contract (Cranelift's `Probestack` convention, post-register-allocation): `rax` and
//! the flags may be clobbered, every other register is preserved.

#[cfg(not(test))]
core::arch::global_asm!(
    ".globl __cranelift_probestack",
    ".type __cranelift_probestack,@function",
    ".p2align 4",
    "__cranelift_probestack:",
    // rsp = FP - 8 (the return address); the frame will be [FP - rax, FP).
    "cmp rax, 65536",
    "jbe 1f",
    "mov eax, 65536",
    "1:",
    // rax = offset from rsp of the lowest word to clear: 8 - size.
    "neg rax",
    "add rax, 8",
    "jmp 3f",
    "2:",
    "mov qword ptr [rsp + rax], 0",
    "add rax, 8",
    "3:",
    "test rax, rax",
    "js 2b",
    "ret",
    ".size __cranelift_probestack, . - __cranelift_probestack",
);
