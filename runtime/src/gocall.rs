//! Calling compiled Go code from Rust. Go functions use Cranelift's `tail` convention:
//! the closure context in rdi, then integer arguments in rsi, rdx, rcx, r8, r9; results in
//! rax, rcx; every register is caller-saved; r15 must hold the current `G`. The
//! `rgo_gocallN` trampolines (SysV `extern "C"`) save rbx, rbp, r12–r15, load r15 with
//! the current G (`fs:[0]`, the current M's `curg`), call the target with a nil context (or the given one for
//! `rgo_gocall_closure`), move the second result to rdx and restore everything.

use crate::typedesc::GoString;

/// Two result registers (rax, rdx) of a Go function.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub r0: u64,
    pub r1: u64,
}

/// How the trampolines load the current G: `fs:[0]` is the current M's G in a real
/// program (see `sched::M`); unit tests (no scheduler, libc owns fs) use `RGO_CURG`.
#[cfg(not(test))]
macro_rules! load_g {
    () => {
        "mov r15, qword ptr fs:[0]"
    };
}
#[cfg(test)]
macro_rules! load_g {
    () => {
        "mov r15, qword ptr [rip + RGO_CURG]"
    };
}

macro_rules! gocall_asm {
    ($name:literal, $moves:literal) => {
        core::arch::global_asm!(
            concat!(".globl ", $name),
            concat!(".type ", $name, ",@function"),
            ".p2align 4",
            concat!($name, ":"),
            "push rbp",
            "mov rbp, rsp",
            "push rbx",
            "push r12",
            "push r13",
            "push r14",
            "push r15",
            "sub rsp, 8",
            "mov rax, rdi",
            $moves,
            load_g!(),
            "call rax",
            "mov rdx, rcx",
            "add rsp, 8",
            "pop r15",
            "pop r14",
            "pop r13",
            "pop r12",
            "pop rbx",
            "pop rbp",
            "ret",
            concat!(".size ", $name, ", . - ", $name),
        );
    };
}

// Arguments after `f` are already in the registers the Go function expects (rsi, rdx,
// rcx); only the context register rdi changes.
gocall_asm!("rgo_gocall0", "xor edi, edi");
gocall_asm!("rgo_gocall1", "xor edi, edi");
gocall_asm!("rgo_gocall2", "xor edi, edi");
gocall_asm!("rgo_gocall3", "xor edi, edi");
gocall_asm!("rgo_gocall_closure", "mov rdi, rsi");

extern "C" {
    /// Calls Go `f()`.
    pub fn rgo_gocall0(f: *const u8) -> Pair;
    /// Calls Go `f(a0)`.
    pub fn rgo_gocall1(f: *const u8, a0: u64) -> Pair;
    /// Calls Go `f(a0, a1)`.
    pub fn rgo_gocall2(f: *const u8, a0: u64, a1: u64) -> Pair;
    /// Calls Go `f(a0, a1, a2)`.
    pub fn rgo_gocall3(f: *const u8, a0: u64, a1: u64, a2: u64) -> Pair;
    /// Calls the code `f` of a closure `ctx` (a `func()` value).
    pub fn rgo_gocall_closure(f: *const u8, ctx: *const u8) -> Pair;
}

/// Calls a Go `func()` value (a pointer to a closure object whose first word is the code).
///
/// # Safety
/// `closure` must point to a closure object of a function without parameters.
pub unsafe fn call_closure(closure: *const u8) {
    // SAFETY: the first word of a closure object is its code pointer.
    unsafe {
        let code = *(closure as *const *const u8);
        rgo_gocall_closure(code, closure);
    }
}

/// Calls a Go method `func() string` (such as `Error` or `String`) whose code pointer
/// `ifn` takes the interface data word `recv` as its receiver.
///
/// # Safety
/// `ifn` must be such a method's interface code pointer and `recv` a valid data word.
pub unsafe fn call_string_method(ifn: *const u8, recv: *mut u8) -> GoString {
    // Unit tests supply Rust `extern "C"` functions as methods.
    #[cfg(test)]
    {
        // SAFETY: in tests ifn is an `extern "C" fn(*mut u8) -> GoString`.
        let f: extern "C" fn(*mut u8) -> GoString = unsafe { core::mem::transmute(ifn) };
        #[allow(clippy::needless_return)]
        return f(recv);
    }
    // SAFETY: per the contract, ifn is a Go function taking one word and returning (ptr, len).
    #[cfg(not(test))]
    let r = unsafe { rgo_gocall1(ifn, recv as u64) };
    #[cfg(not(test))]
    GoString {
        ptr: r.r0 as *const u8,
        len: r.r1 as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A stand-in "Go function": clobbers the callee-saved registers, returns
    // (r15, ctx + a0 + a1 + a2) in rax, rcx.
    core::arch::global_asm!(
        ".globl rgo_test_gofn",
        "rgo_test_gofn:",
        "mov rax, r15",
        "add rcx, rdi",
        "add rcx, rsi",
        "add rcx, rdx",
        "mov rbx, -1",
        "mov rbp, -1",
        "mov r12, -1",
        "mov r13, -1",
        "mov r14, -1",
        "mov r15, -1",
        "ret",
    );
    extern "C" {
        fn rgo_test_gofn();
    }

    #[test]
    fn trampolines_pass_args_and_restore_registers() {
        let _ = crate::g::curg();
        // SAFETY: tests set RGO_CURG to the same G0 the runtime would.
        let g0 = unsafe {
            crate::g::RGO_CURG = &raw mut crate::g::RGO_G0;
            crate::g::RGO_CURG as u64
        };
        let f = rgo_test_gofn as *const u8;
        // SAFETY: rgo_test_gofn follows the Go convention (ctx rdi, args rsi.., results rax:rcx).
        unsafe {
            let r = rgo_gocall3(f, 1, 2, 3);
            assert_eq!(r, Pair { r0: g0, r1: 6 });
            let r = rgo_gocall3(f, 100, 20, 3);
            assert_eq!(r, Pair { r0: g0, r1: 123 });
            assert_eq!(rgo_gocall0(f).r0, g0);
        }
    }
}
