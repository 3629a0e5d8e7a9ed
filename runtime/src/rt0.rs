//! Process start and the process environment: `_start` (reads argc/argv/envp from the
//! initial stack), `rgo_rt0` (initialises the heap and the scheduler, then runs the compiled
//! program's `rgo_program_main` as the main goroutine; the program exits 0 when it
//! returns), `os.Args` and `os.Getenv` support.

use crate::sync::Global;
use crate::typedesc::{GoSlice, GoString};

struct ProcArgs {
    argc: usize,
    argv: *const *const u8,
    envp: *const *const u8,
}

static ARGS: Global<ProcArgs> = Global::new(ProcArgs {
    argc: 0,
    argv: core::ptr::null(),
    envp: core::ptr::null(),
});

#[cfg(not(test))]
core::arch::global_asm!(
    ".globl _start",
    ".type _start,@function",
    "_start:",
    "xor ebp, ebp",
    "mov rdi, qword ptr [rsp]",
    "lea rsi, [rsp + 8]",
    "lea rdx, [rsi + rdi*8 + 8]",
    "and rsp, -16",
    "call rgo_rt0",
    "ud2",
    ".size _start, . - _start",
);

#[cfg(not(test))]
extern "C" {
    /// The compiled program's entry (package initialisation, then `main.main`).
    fn rgo_program_main();
}

/// Runtime entry from `_start`.
///
/// # Safety
/// `argv` / `envp` are the kernel-provided, NUL-terminated vectors.
#[cfg(not(test))]
#[no_mangle]
pub unsafe extern "C" fn rgo_rt0(argc: usize, argv: *const *const u8, envp: *const *const u8) -> ! {
    // SAFETY: start-up runs on the only thread; nothing else reads ARGS yet.
    unsafe { set_args(argc, argv, envp) };
    crate::heap::init();
    // M0 (this thread, fs base) and the Ps; reads GOMAXPROCS from the environment.
    crate::sched::init();
    crate::gc::init();
    let (lo, hi) = crate::g::main_stack();
    crate::g::init_g0(hi);
    // SAFETY: RGO_G0 is the main goroutine; [lo - guard, hi) is its fresh stack; the
    // closure word is rgo_program_main (a Go function without arguments, which ignores
    // its context register).
    unsafe {
        crate::sched::start_main(
            &raw mut crate::g::RGO_G0,
            &raw const MAIN_CLOSURE as *const u8,
            lo,
            hi,
        )
    }
}

/// A `func()` value for the program's entry: one word, the code pointer.
#[cfg(not(test))]
static MAIN_CLOSURE: unsafe extern "C" fn() = rgo_program_main;

/// Records the process arguments and environment.
///
/// # Safety
/// Single-threaded start-up; the vectors stay valid for the life of the process.
pub unsafe fn set_args(argc: usize, argv: *const *const u8, envp: *const *const u8) {
    // SAFETY: per the contract no one else accesses ARGS now.
    let a = unsafe { ARGS.get() };
    a.argc = argc;
    a.argv = argv;
    a.envp = envp;
}

/// The process environment vector (NULL-terminated; null before start-up).
pub fn envp() -> *const *const u8 {
    // SAFETY: ARGS is written once at start-up and only read afterwards.
    unsafe { ARGS.get() }.envp
}

/// Length of a NUL-terminated string.
///
/// # Safety
/// `p` points at a NUL-terminated string.
unsafe fn cstr(p: *const u8) -> GoString {
    let mut n = 0;
    // SAFETY: the string is NUL-terminated.
    while unsafe { *p.add(n) } != 0 {
        n += 1;
    }
    GoString { ptr: p, len: n }
}

/// `os.Args`: a `[]string` on the Go heap whose strings point into argv.
#[no_mangle]
pub extern "C" fn rgo_args() -> GoSlice {
    // SAFETY: ARGS is written once at start-up and only read afterwards.
    let a = unsafe { ARGS.get() };
    let n = a.argc;
    let p = crate::heap::alloc(
        n * core::mem::size_of::<GoString>(),
        core::ptr::null(),
        false,
    ) as *mut GoString;
    for i in 0..n {
        // SAFETY: argv has argc valid entries; p has room for n GoStrings.
        unsafe { p.add(i).write(cstr(*a.argv.add(i))) };
    }
    GoSlice {
        ptr: p.cast(),
        len: n,
        cap: n,
    }
}

/// Result of `rgo_getenv` (24 bytes: returned via sret).
#[repr(C)]
pub struct GoStringOk {
    pub ptr: *const u8,
    pub len: usize,
    pub ok: u64,
}

/// The entries ("KEY=value") of the process's initial environment.
pub fn environ() -> impl Iterator<Item = &'static [u8]> {
    let envp = envp();
    let mut i = 0;
    core::iter::from_fn(move || {
        if envp.is_null() {
            return None;
        }
        // SAFETY: envp is a NULL-terminated vector of NUL-terminated strings that live for
        // the whole process.
        let e = unsafe { *envp.add(i) };
        if e.is_null() {
            return None;
        }
        i += 1;
        // SAFETY: e is NUL-terminated.
        Some(unsafe { cstr(e) }.as_bytes())
    })
}

/// Looks up `name` in the process's initial environment (see `env::getenv` for the
/// environment as changed by `os.Setenv`).
pub fn getenv(name: &[u8]) -> Option<GoString> {
    environ().find_map(|s| {
        if s.len() > name.len() && s[name.len()] == b'=' && &s[..name.len()] == name {
            let v = &s[name.len() + 1..];
            Some(GoString {
                ptr: v.as_ptr(),
                len: v.len(),
            })
        } else {
            None
        }
    })
}

/// `syscall.Getenv`: (value, found), seeing `os.Setenv`'s changes.
#[no_mangle]
pub extern "C" fn rgo_getenv(ptr: *const u8, len: usize) -> GoStringOk {
    crate::env::getenv_ok(ptr, len)
}

/// `os.Args` initialiser (a bodyless function in the Go-source os package).
#[export_name = "os.runtime_args"]
pub extern "C" fn os_runtime_args() -> GoSlice {
    rgo_args()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_and_env() {
        static A0: &[u8] = b"prog\0";
        static A1: &[u8] = b"-x\0";
        static E0: &[u8] = b"HOME=/root\0";
        static E1: &[u8] = b"RGO=\0";
        let argv = [A0.as_ptr(), A1.as_ptr(), core::ptr::null()];
        let envp = [E0.as_ptr(), E1.as_ptr(), core::ptr::null()];
        let argv = std::boxed::Box::leak(std::boxed::Box::new(argv));
        let envp = std::boxed::Box::leak(std::boxed::Box::new(envp));
        // SAFETY: leaked vectors live forever; this is the only test touching ARGS.
        unsafe { set_args(2, argv.as_ptr(), envp.as_ptr()) };
        let s = rgo_args();
        assert_eq!(s.len, 2);
        // SAFETY: rgo_args returns len GoStrings.
        let v = unsafe { core::slice::from_raw_parts(s.ptr as *const GoString, 2) };
        assert_eq!(v[0].as_bytes(), b"prog");
        assert_eq!(v[1].as_bytes(), b"-x");
        assert_eq!(getenv(b"HOME").unwrap().as_bytes(), b"/root");
        assert_eq!(getenv(b"RGO").unwrap().as_bytes(), b"");
        assert!(getenv(b"HOM").is_none());
        let r = rgo_getenv(b"HOME".as_ptr(), 4);
        assert_eq!((r.len, r.ok), (5, 1));
    }
}
