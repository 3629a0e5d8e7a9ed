//! The rgo runtime: linked into every program rgo builds. It owns program start, the heap,
//! strings, slices, maps, interfaces, panics, printing and the hooks the Go-source std
//! packages call. Compiled Go code calls it through the C ABI described in
//! docs/architecture.md ("Runtime ABI").
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod fmt;
pub mod gocall;
pub mod typedesc;

#[cfg(not(test))]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}
