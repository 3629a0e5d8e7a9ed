//! The rgo runtime: linked into every program rgo builds. It owns program start, the heap,
//! strings, slices, maps, interfaces, panics, printing and the hooks the Go-source std
//! packages call. Compiled Go code calls it through the C ABI listed in `runtime/ABI.md`.
#![cfg_attr(not(test), no_std)]
// The `rgo_*` entry points take raw pointers from compiled Go code, which upholds the
// contracts documented in ABI.md; marking them `unsafe fn` would not change the ABI.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

extern crate alloc;

pub mod alg;
pub mod arith;
pub mod chan;
pub mod defer;
pub mod env;
pub mod errors;
pub mod fmt;
pub mod fs;
pub mod g;
pub mod gc;
pub mod gocall;
pub mod heap;
pub mod iface;
pub mod map;
pub mod mem;
pub mod panic;
pub mod preserve_all;
pub mod print;
pub mod rt0;
pub mod sched;
pub mod select;
pub mod sema;
pub mod slice;
pub mod stack;
pub mod stdhooks;
pub mod strings;
pub mod sync;
pub mod sync_atomic;
pub mod syscall;
pub mod time;
pub mod typedesc;
pub mod unicode_tables;
pub mod unwind;

#[cfg(not(test))]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // Say where: a runtime bug is otherwise impossible to locate in a stripped binary.
    if let Some(loc) = info.location() {
        let mut b = crate::print::Buf::new();
        b.push(b"runtime: Rust panic at ");
        b.push(loc.file().as_bytes());
        b.push(b":");
        crate::print::fmt_int(&mut b, loc.line() as i64);
        b.push(b"\n");
        crate::print::write_err(b.as_bytes());
    }
    crate::panic::fatal("internal runtime error (Rust panic)")
}

/// The prebuilt `core` references an unwinding personality routine even under
/// panic=abort; nothing unwinds through Rust frames here, so it is never called.
/// (Release builds drop the reference with `--gc-sections`; debug builds keep it.)
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}
