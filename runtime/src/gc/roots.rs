//! Root scanning. Roots are found conservatively (any word that points into an allocated
//! object keeps it): the program's writable segments (Go package variables and the
//! runtime's statics), persistent runtime memory (`G`s, defer records, itabs, the timer
//! heap and other Rust collections), and every goroutine's stack between its saved stack
//! pointer and its top. Conservative stacks are the choice documented in docs/runtime.md:
//! Cranelift may keep stack addresses and derived pointers in registers and spill slots
//! that no stack map describes, and objects never move, so a conservative scan is both
//! sound and sufficient.

use super::mark::WorkList;

extern "C" {
    /// The ELF header of the executable (defined by the linker).
    static __ehdr_start: u8;
}

/// The writable `PT_LOAD` segments of the executable.
fn writable_segments(mut f: impl FnMut(usize, usize)) {
    // SAFETY: __ehdr_start is the mapped ELF header of this (static, non-PIE) executable;
    // its program headers are mapped with it.
    unsafe {
        let eh = &__ehdr_start as *const u8;
        let phoff = *(eh.add(32) as *const u64) as usize;
        let phentsize = *(eh.add(54) as *const u16) as usize;
        let phnum = *(eh.add(56) as *const u16) as usize;
        for i in 0..phnum {
            let ph = eh.add(phoff + i * phentsize);
            let ptype = *(ph as *const u32);
            let flags = *(ph.add(4) as *const u32);
            if ptype == 1 && flags & 2 != 0 {
                let vaddr = *(ph.add(16) as *const u64) as usize;
                let memsz = *(ph.add(40) as *const u64) as usize;
                f(vaddr, vaddr + memsz);
            }
        }
    }
}

/// Marks everything reachable from the roots except goroutine stacks.
///
/// # Safety
/// The world is stopped.
pub unsafe fn scan_globals(w: &mut WorkList) {
    // SAFETY: the segments are mapped and readable; the world is stopped.
    writable_segments(|lo, hi| unsafe { w.scan_range(lo, hi) });
    // SAFETY: as above.
    unsafe { crate::heap::for_each_persistent(|lo, hi| w.scan_range(lo, hi)) };
}

/// Marks from every goroutine stack. `self_sp`: the collecting goroutine's stack pointer
/// (its callee-saved registers were pushed above it).
///
/// # Safety
/// The world is stopped.
pub unsafe fn scan_stacks(w: &mut WorkList, self_sp: usize) {
    // SAFETY: per the contract, goroutine states and saved stack pointers are stable.
    unsafe {
        crate::sched::for_each_g(
            |lo, hi, regs| {
                w.scan_range(lo, hi);
                for &r in regs {
                    w.mark_word(r);
                }
            },
            self_sp,
        );
    }
}
