//! Stop-the-world: brings every P to `P_GCSTOP` so that no goroutine but the caller's
//! runs Go code (the collector's mark and sweep phases need a still heap and still
//! stacks).
//!
//! The stopper takes its own P and every idle P directly, takes the Ps of Ms in system
//! calls (those goroutines stay in the kernel or block when they come back, see
//! `rgo_exitsyscall`), and asks the goroutine running on each remaining P to yield (the
//! preemption request of sysmon). Such an M, back in its scheduler loop, parks its P in
//! `gcstopm` and sleeps until [`start_the_world`]; the stopper sleeps until the last P
//! has stopped.

use super::{
    acquirep, allp, curm, globrunq_put, new_p, pidleget, pidleput, stopm, wakep, GQueue, ALLP,
    GOMAXPROCS, M, P, P_GCSTOP, P_IDLE, P_RUNNING, P_SYSCALL, SCHED_LOCK,
};
use crate::sync::{futex_wait, futex_wake};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

static WAITING: AtomicBool = AtomicBool::new(false);
/// Incremented (and futex-woken) when the world restarts.
static GENERATION: AtomicU32 = AtomicU32::new(0);
/// Bumped (and futex-woken) when the world restarts.
static WAKE: AtomicU32 = AtomicU32::new(0);

fn wake_stopped() {
    WAKE.fetch_add(1, Ordering::Release);
    futex_wake(&WAKE, u32::MAX >> 1);
}

/// Set to 1 (and futex-woken) whenever a P stops.
static NOTE: AtomicU32 = AtomicU32::new(0);

/// A stop-the-world is in progress: schedulers must park their P.
#[inline]
pub fn pending() -> bool {
    WAITING.load(Ordering::Acquire)
}

/// Takes every idle P. The scheduler lock is held.
fn take_idle() {
    loop {
        // SAFETY: the scheduler lock is held.
        let p = unsafe { pidleget() };
        if p.is_null() {
            return;
        }
        // SAFETY: p was just taken off the idle list.
        unsafe {
            (*p).stop_owner = null_mut();
            (*p).status.store(P_GCSTOP, Ordering::Release);
        }
    }
}

/// Stops the world. The caller's M owns a P, holds no runtime lock, and is either a
/// goroutine (which keeps running) or the scheduler.
pub fn stop_the_world() {
    let m = curm();
    SCHED_LOCK.lock();
    WAITING.store(true, Ordering::Release);
    // SAFETY: m is this thread's M and owns its P.
    unsafe {
        let own = (*m).p;
        (*own).stop_owner = m;
        (*own).status.store(P_GCSTOP, Ordering::Release);
    }
    take_idle();
    SCHED_LOCK.unlock();
    loop {
        NOTE.store(0, Ordering::Release);
        let mut stopped = true;
        for &pp in allp() {
            // SAFETY: Ps are never freed.
            let p: &P = unsafe { &*pp };
            match p.status.load(Ordering::Acquire) {
                P_GCSTOP => {}
                P_SYSCALL => {
                    if p.status
                        .compare_exchange(P_SYSCALL, P_GCSTOP, Ordering::AcqRel, Ordering::Relaxed)
                        .is_err()
                    {
                        stopped = false;
                    }
                }
                P_IDLE => {
                    stopped = false;
                    SCHED_LOCK.lock();
                    take_idle();
                    SCHED_LOCK.unlock();
                }
                P_RUNNING => {
                    stopped = false;
                    let g = p.curg.load(Ordering::Acquire);
                    if !g.is_null() {
                        // SAFETY: G records are never freed.
                        unsafe { (*g).request_preempt() };
                    }
                }
                _ => stopped = false,
            }
        }
        if stopped {
            return;
        }
        futex_wait(&NOTE, 0, 50_000);
    }
}

/// Restarts the world stopped by [`stop_the_world`] on this M.
pub fn start_the_world() {
    SCHED_LOCK.lock();
    WAITING.store(false, Ordering::Release);
    for &pp in allp() {
        // SAFETY: Ps are never freed; stopped Ps are owned by the stopper.
        unsafe {
            if (*pp).status.load(Ordering::Acquire) != P_GCSTOP {
                continue;
            }
            let owner = (*pp).stop_owner;
            (*pp).stop_owner = null_mut();
            (*pp).restart_owner = owner;
            if owner.is_null() {
                pidleput(pp);
            } else {
                (*pp).status.store(P_RUNNING, Ordering::Release);
            }
        }
    }
    GENERATION.fetch_add(1, Ordering::AcqRel);
    SCHED_LOCK.unlock();
    wake_stopped();
    wakep();
}

/// Parks `m`'s P for a pending stop-the-world and sleeps until the world restarts
/// (called by the scheduler loop).
pub fn gcstopm(m: *mut M) {
    SCHED_LOCK.lock();
    if !pending() {
        SCHED_LOCK.unlock();
        return;
    }
    let gen = GENERATION.load(Ordering::Acquire);
    // SAFETY: m is this thread's M and owns its P.
    let p = unsafe {
        let p = (*m).p;
        (*p).stop_owner = m;
        (*p).status.store(P_GCSTOP, Ordering::Release);
        (*m).p = null_mut();
        p
    };
    SCHED_LOCK.unlock();
    NOTE.store(1, Ordering::Release);
    futex_wake(&NOTE, 1);
    loop {
        let seq = WAKE.load(Ordering::Acquire);
        if GENERATION.load(Ordering::Acquire) != gen {
            break;
        }
        futex_wait(&WAKE, seq, -1);
    }
    // SAFETY: p is never freed; restart_owner was written before GENERATION changed.
    let ours =
        unsafe { (*p).restart_owner == m && (*p).id < GOMAXPROCS.load(Ordering::Relaxed) as usize };
    if ours {
        // SAFETY: start_the_world marked p running for this M.
        unsafe { (*m).p = p };
        return;
    }
    // The P was removed (GOMAXPROCS) or given to the stopper: find another one.
    SCHED_LOCK.lock();
    // SAFETY: the scheduler lock is held.
    let np = unsafe { pidleget() };
    SCHED_LOCK.unlock();
    if np.is_null() {
        stopm(m);
    } else {
        acquirep(m, np);
    }
}

/// Changes the number of Ps to `n` (`runtime.GOMAXPROCS`): new Ps start idle; removed
/// Ps' queued goroutines move to the global queue; a caller whose own P is removed
/// continues on P0.
pub fn procresize(n: usize) {
    while !crate::gc::try_acquire_stopper() {
        super::gosched();
    }
    stop_the_world();
    let m = curm();
    let old = GOMAXPROCS.load(Ordering::Relaxed) as usize;
    SCHED_LOCK.lock();
    // SAFETY: the world is stopped and the scheduler lock held: nobody else reads or
    // writes the Ps beyond `old` or the run queues of stopped Ps.
    unsafe {
        let all = ALLP.get();
        for (i, slot) in all.iter_mut().enumerate().take(n).skip(old) {
            if slot.is_null() {
                *slot = new_p(i);
            }
            (**slot).stop_owner = null_mut();
            (**slot).status.store(P_GCSTOP, Ordering::Release);
        }
        for &p in &all[n.min(old)..old] {
            let mut q = GQueue::new();
            loop {
                let g = (*p).runq.pop();
                if g.is_null() {
                    break;
                }
                q.push_back(g);
            }
            globrunq_put(&mut q);
            (*p).stop_owner = null_mut();
        }
        let own = (*m).p;
        if (*own).id >= n {
            let p0 = all[0];
            (*p0).stop_owner = m;
            (*p0).curg.store((*m).curg, Ordering::Release);
            (*own).curg.store(null_mut(), Ordering::Release);
            (*m).p = p0;
        }
    }
    GOMAXPROCS.store(n as u32, Ordering::Release);
    SCHED_LOCK.unlock();
    start_the_world();
    crate::gc::release_stopper();
}
