//! Parallel marking. While the world is stopped, dedicated marker threads (GOMAXPROCS − 1
//! of them, started on demand, asleep between cycles) help the collector drain grey
//! objects: each marker has its own work list and hands surplus work to a shared pool in
//! blocks; an idle marker takes a block. Marking ends when the pool is empty and every registered marker is idle (all
//! counted under the pool lock, so a late helper either registers before the end and
//! keeps it from being declared, or finds the phase over).

use super::mark::WorkList;
use crate::sync::{futex_wait, futex_wake, Global, Mutex};
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Addresses per shared block.
pub const BLOCK: usize = 512;

struct Block {
    next: *mut Block,
    n: usize,
    items: [usize; BLOCK],
}

struct Pool {
    full: *mut Block,
    spare: *mut Block,
    registered: u32,
    idle: u32,
    done: bool,
}

static POOL_LOCK: Mutex = Mutex::new();
static POOL: Global<Pool> = Global::new(Pool {
    full: core::ptr::null_mut(),
    spare: core::ptr::null_mut(),
    registered: 0,
    idle: 0,
    done: true,
});
/// Help is wanted (a parallel mark phase runs).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Idle markers exist: a busy marker should share work.
pub static HUNGRY: AtomicU32 = AtomicU32::new(0);
/// Futex bumped when work is shared or the phase ends.
static SEQ: AtomicU32 = AtomicU32::new(0);
/// Phase number (a helper joins each phase once).
static PHASE: AtomicU32 = AtomicU32::new(0);

/// The current phase number.
pub fn phase() -> u32 {
    PHASE.load(Ordering::Acquire)
}

/// Starts a phase with the calling collector as its only marker.
pub fn begin() {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    p.registered = 1;
    p.idle = 0;
    p.done = false;
    POOL_LOCK.unlock();
    PHASE.fetch_add(1, Ordering::AcqRel);
    ACTIVE.store(true, Ordering::Release);
    let want = crate::sched::gomaxprocs()
        .saturating_sub(1)
        .min(MAX_WORKERS);
    while WORKERS.load(Ordering::Relaxed) < want {
        WORKERS.fetch_add(1, Ordering::Relaxed);
        crate::sched::start_helper_thread(worker);
    }
    WAKE.fetch_add(1, Ordering::Release);
    futex_wake(&WAKE, u32::MAX >> 1);
}

/// Most marker threads.
const MAX_WORKERS: u32 = 7;
/// Marker threads started.
static WORKERS: AtomicU32 = AtomicU32::new(0);
/// Futex bumped when a phase begins.
static WAKE: AtomicU32 = AtomicU32::new(0);

/// A marker thread: helps each phase once, sleeps in between.
extern "C" fn worker(_m: *mut crate::sched::M) -> ! {
    let mut helped = 0;
    loop {
        let seq = WAKE.load(Ordering::Acquire);
        let ph = phase();
        if wanted() && ph != helped {
            helped = ph;
            help();
            continue;
        }
        futex_wait(&WAKE, seq, -1);
    }
}

/// Ends the phase (after the collector's drain returned: every marker is idle).
pub fn end() {
    ACTIVE.store(false, Ordering::Release);
}

/// Help is wanted.
pub fn wanted() -> bool {
    ACTIVE.load(Ordering::Acquire)
}

/// A stopped M helps mark until the phase ends.
pub fn help() {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    if p.done || !ACTIVE.load(Ordering::Acquire) {
        POOL_LOCK.unlock();
        return;
    }
    p.registered += 1;
    POOL_LOCK.unlock();
    let mut w = WorkList::new();
    // SAFETY: the world is stopped; this M is a registered marker.
    unsafe { w.drain() };
    w.release();
}

/// Moves `BLOCK` addresses from the top of `items` (of which `len` are used) into the
/// pool; returns the new length.
///
/// # Safety
/// `items` holds at least `len ≥ BLOCK` addresses.
pub unsafe fn share(items: *mut usize, len: usize) -> usize {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    let mut b = p.spare;
    if b.is_null() {
        b = super::meta::alloc(core::mem::size_of::<Block>()).cast();
    } else {
        // SAFETY: spare blocks are linked through next.
        p.spare = unsafe { (*b).next };
    }
    let new_len = len - BLOCK;
    // SAFETY: b is a block nobody else uses; items[new_len..len] are valid addresses.
    unsafe {
        core::ptr::copy_nonoverlapping(items.add(new_len), (*b).items.as_mut_ptr(), BLOCK);
        (*b).n = BLOCK;
        (*b).next = p.full;
    }
    p.full = b;
    POOL_LOCK.unlock();
    SEQ.fetch_add(1, Ordering::Release);
    futex_wake(&SEQ, u32::MAX >> 1);
    new_len
}

/// Waits for a shared block and copies it into `dst` (room for `BLOCK` addresses);
/// returns its length, or 0 when marking is over.
///
/// # Safety
/// `dst` has room for `BLOCK` addresses; the caller is a registered marker.
pub unsafe fn take(dst: *mut usize) -> usize {
    POOL_LOCK.lock();
    {
        // SAFETY: POOL_LOCK is held.
        let p = unsafe { POOL.get() };
        p.idle += 1;
    }
    HUNGRY.fetch_add(1, Ordering::Relaxed);
    loop {
        // SAFETY: POOL_LOCK is held (taken above or at the end of the previous round).
        let p = unsafe { POOL.get() };
        if !p.full.is_null() {
            let b = p.full;
            // SAFETY: b is a full block on the pool's list.
            let n = unsafe {
                p.full = (*b).next;
                let n = (*b).n;
                core::ptr::copy_nonoverlapping((*b).items.as_ptr(), dst, n);
                (*b).next = p.spare;
                n
            };
            p.spare = b;
            p.idle -= 1;
            HUNGRY.fetch_sub(1, Ordering::Relaxed);
            POOL_LOCK.unlock();
            return n;
        }
        if p.done || p.idle == p.registered {
            p.done = true;
            HUNGRY.fetch_sub(1, Ordering::Relaxed);
            POOL_LOCK.unlock();
            SEQ.fetch_add(1, Ordering::Release);
            futex_wake(&SEQ, u32::MAX >> 1);
            return 0;
        }
        let seq = SEQ.load(Ordering::Acquire);
        POOL_LOCK.unlock();
        futex_wait(&SEQ, seq, 1_000_000);
        POOL_LOCK.lock();
    }
}
