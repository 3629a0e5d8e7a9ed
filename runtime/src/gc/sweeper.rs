//! The background sweeper: after each cycle it sweeps the spans that allocation has
//! not swept yet, in small batches (the heap lock is held per batch only), then settles
//! the sweep phase (`gc::sweep_done`: next goal, scavenging, gctrace).

use crate::sync::{futex_wait, futex_wake};
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Spans swept per heap-lock hold.
const BATCH: usize = 64;

static STARTED: AtomicBool = AtomicBool::new(false);
/// Futex bumped when a sweep phase starts.
static WAKE: AtomicU32 = AtomicU32::new(0);

/// Wakes the sweeper (starting it the first time) for a new sweep phase.
pub fn wake() {
    if !STARTED.swap(true, Ordering::AcqRel) {
        crate::sched::start_helper_thread(main);
    }
    WAKE.fetch_add(1, Ordering::Release);
    futex_wake(&WAKE, 1);
}

extern "C" fn main(_m: *mut crate::sched::M) -> ! {
    let mut seen = 0;
    loop {
        let seq = WAKE.load(Ordering::Acquire);
        if seq != seen {
            seen = seq;
            while crate::heap::sweep_some(BATCH) {}
            super::sweep_done();
            continue;
        }
        futex_wait(&WAKE, seq, -1);
    }
}
