//! Goroutine stacks. Every goroutine except main gets a fixed-address slot of
//! [`BIG_SLOT`] (later [`SMALL_SLOT`]) bytes carved out of large read-write
//! `MAP_NORESERVE` reservations ([`SLOTS_PER_CHUNK`] slots per mapping, so a million goroutines need only a few dozen
//! mappings, far below `vm.max_map_count`). Memory is committed lazily by page faults;
//! stacks never move (compiled code may keep stack addresses in registers, see
//! docs/runtime.md). The lowest [`crate::g::STACK_GUARD`] bytes of a slot are the guard
//! margin below the goroutine's limit: runtime Rust code (which does no stack checks) and
//! the frame being set up when a prologue check fails run there. There are no PROT_NONE
//! guard pages (they would split the mapping into one VMA per goroutine).
//!
//! A slot stays with its `G` when the goroutine exits and is reused with it; the scheduler
//! gives the memory of surplus free stacks back with `MADV_DONTNEED` ([`release`]).
//!
//! `rgo_morestack` (called by a prologue or loop check when SP < `G.stack_lo`) is here: a
//! preemption request (`stack_lo == usize::MAX`) restores the limit and yields; a real
//! overflow is gc's fatal "stack overflow".

use crate::sync::{Global, Lock};

/// Virtual size of a goroutine stack slot while address space is plentiful (the first
/// [`BIG_CHUNKS`] reservations, 256k goroutines): deep recursion in goroutines works up
/// to ~256 MiB of stack.
pub const BIG_SLOT: usize = 256 << 20;
/// Slot size once [`BIG_CHUNKS`] reservations (64 TiB) exist, so that a million
/// goroutines still fit in the 128 TiB user address space.
pub const SMALL_SLOT: usize = 64 << 20;
/// Slots per reservation.
pub const SLOTS_PER_CHUNK: usize = 1024;
const BIG_CHUNKS: usize = 256;
/// Upper bound on reservations.
const MAX_CHUNKS: usize = BIG_CHUNKS + 1024;

struct Slots {
    chunk: usize,
    slot_size: usize,
    /// Next unused slot in `chunk`.
    next: usize,
    nchunks: usize,
}

static SLOTS: Global<Slots> = Global::new(Slots {
    chunk: 0,
    slot_size: BIG_SLOT,
    next: SLOTS_PER_CHUNK,
    nchunks: 0,
});
static SLOTS_LOCK: Lock = Lock::new();

/// A fresh stack slot: `(limit, top)` with `limit = base + STACK_GUARD` and a 16-byte
/// aligned `top`.
pub fn alloc_slot() -> (usize, usize) {
    let _g = SLOTS_LOCK.lock();
    // SAFETY: SLOTS_LOCK is held.
    let s = unsafe { SLOTS.get() };
    if s.next == SLOTS_PER_CHUNK {
        if s.nchunks == MAX_CHUNKS {
            crate::panic::fatal("out of goroutine stack address space");
        }
        let mut size = if s.nchunks < BIG_CHUNKS {
            BIG_SLOT
        } else {
            SMALL_SLOT
        };
        let mut p = crate::syscall::map_rw(size * SLOTS_PER_CHUNK);
        if p.is_null() && size == BIG_SLOT {
            size = SMALL_SLOT;
            p = crate::syscall::map_rw(size * SLOTS_PER_CHUNK);
        }
        if p.is_null() {
            crate::panic::fatal("cannot reserve goroutine stacks");
        }
        s.chunk = p as usize;
        s.slot_size = size;
        s.next = 0;
        s.nchunks += 1;
    }
    let base = s.chunk + s.next * s.slot_size;
    s.next += 1;
    (base + crate::g::STACK_GUARD, base + s.slot_size)
}

/// Gives the committed memory of `[lo, hi)` (whole slots of dead goroutines) back to
/// the kernel: the range reads as zeros afterwards and is committed again on use.
pub fn release(lo: usize, hi: usize) {
    // SAFETY: the slots belong to dead goroutines; nothing references their memory.
    let _ = unsafe {
        rustix::mm::madvise(
            lo as *mut core::ffi::c_void,
            hi - lo,
            rustix::mm::Advice::LinuxDontNeed,
        )
    };
}

/// Prints gc's stack overflow report and exits with status 2.
pub fn overflow() -> ! {
    crate::print::write_err(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
    crate::panic::fatal("stack overflow")
}

/// Called by a function prologue (or a loop back-edge poll) when the stack pointer is
/// below `G.stack_lo`.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn rgo_morestack() {
    let g = crate::g::curg();
    let sp: usize;
    // SAFETY: reads the stack pointer.
    unsafe { core::arch::asm!("mov {}, rsp", out(reg) sp) };
    // SAFETY: g is the running goroutine.
    let (lo, real) = unsafe { ((*g).stack_lo, (*g).real_lo) };
    if sp < real {
        overflow();
    }
    if lo == usize::MAX {
        // SAFETY: as above; the monitor only ever writes usize::MAX here.
        unsafe { (*g).stack_lo = real };
        if !crate::gc::collect_on_goroutine() {
            crate::sched::preempted();
        }
    }
}

// `rgo_morestack_pa`: the entry compiled code calls from its stack checks (prologues and
// loop back-edges). It preserves every register (Cranelift's `preserve_all` convention), so
// a check costs the compiled code no spills: only the compare and a never-taken branch.
#[cfg(not(test))]
crate::preserve_all_entry!("rgo_morestack_pa", "rgo_morestack");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_distinct_and_aligned() {
        let a = alloc_slot();
        let b = alloc_slot();
        assert_eq!(a.1 % 16, 0);
        assert_eq!(b.1 - b.0, BIG_SLOT - crate::g::STACK_GUARD);
        assert!(a.1 <= b.0 - crate::g::STACK_GUARD || b.1 <= a.0 - crate::g::STACK_GUARD);
        // The top page is writable; release zeroes it.
        // SAFETY: the slot is ours; its top word is mapped read-write.
        unsafe {
            *((a.1 - 8) as *mut u64) = 7;
            release(a.0 - crate::g::STACK_GUARD, a.1);
            assert_eq!(*((a.1 - 8) as *const u64), 0);
        }
    }
}
