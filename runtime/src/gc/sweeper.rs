//! The background sweeper: after each cycle it sweeps the spans that allocation has
//! not swept yet, in small batches (the heap lock is held per batch only), then settles
//! the sweep phase (`gc::sweep_done`: next goal, scavenging, gctrace).

use crate::sched::OnDemandThread;

/// Spans swept per heap-lock hold.
const BATCH: usize = 64;

static THREAD: OnDemandThread = OnDemandThread::new();

/// Wakes the sweeper (starting it the first time) for a new sweep phase.
pub fn wake() {
    THREAD.request(main);
}

extern "C" fn main(_m: *mut crate::sched::M) -> ! {
    let mut seen = 0;
    loop {
        THREAD.wait(&mut seen);
        while crate::heap::sweep_some(BATCH) {}
        super::sweep_done();
    }
}
