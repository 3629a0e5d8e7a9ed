//! The background mark thread: after a cycle's first stop-the-world phase greyed the
//! roots, it drains the grey objects while goroutines run (with at most one more marker
//! thread, see `helpers`, and with goroutines that assist), repeats while the write
//! barrier keeps greying objects, and then asks for the cycle's final phase.

use super::mark::WorkList;
use crate::sched::OnDemandThread;

/// Concurrent drains per cycle before the final phase takes what is left.
const ROUNDS: usize = 4;

static THREAD: OnDemandThread = OnDemandThread::new();

/// Wakes the thread (starting it the first time) for a cycle that began marking.
pub fn start_marking() {
    THREAD.request(main);
}

extern "C" fn main(_m: *mut crate::sched::M) -> ! {
    let mut w = WorkList::new();
    let mut seen = 0;
    loop {
        THREAD.wait(&mut seen);
        mark(&mut w);
        super::request_finish();
    }
}

/// Dedicated marker threads for a concurrent phase: with this thread, a quarter of the
/// Ps (as gc's background workers), but at most one more thread: more markers per phase
/// were only tested in the final drain, where they lost objects (see `finish_cycle`).
pub fn helpers() -> u32 {
    (crate::sched::gomaxprocs() / 4).saturating_sub(1).min(1)
}

fn mark(w: &mut WorkList) {
    for round in 0..ROUNDS {
        // The cycle's start began the first phase on this thread's behalf (it cannot end
        // before this thread, a registered marker, goes idle).
        w.gen = if round > 0 {
            super::par::begin(helpers())
        } else {
            super::par::phase()
        };
        // SAFETY: a cycle is marking; this thread is the phase's first marker.
        unsafe { w.drain() };
        super::par::end();
        if super::par::pool_empty() {
            return;
        }
    }
}
