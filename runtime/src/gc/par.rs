//! Parallel marking. A mark *phase* is one drain of the grey objects by a set of markers:
//! the collector (or the background mark thread), dedicated marker threads (started on
//! demand, asleep between phases; as many as the phase asks for), and goroutines that
//! assist. Each marker has its own work list and hands surplus work to a shared pool in
//! blocks; an idle marker takes a block. The write barrier adds single grey objects to
//! the pool's partial block ([`push_one`]). A phase ends when the pool is empty and every
//! registered marker is idle (all counted under the pool lock, so a late helper either
//! registers before the end and keeps it from being declared, or finds the phase over);
//! grey objects the barrier adds after that wait in the pool for the next phase.

use super::mark::WorkList;
use crate::sync::{futex_wait, futex_wake, Global, Mutex};
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Addresses per shared block (a block is 4 KiB).
pub const BLOCK: usize = 510;

struct Block {
    next: *mut Block,
    n: usize,
    items: [usize; BLOCK],
}

struct Pool {
    full: *mut Block,
    /// Grey objects from the write barrier, not yet a full block.
    partial: *mut Block,
    spare: *mut Block,
    /// The phase these counts belong to: a marker from an earlier phase (a thread that
    /// was slow to wake, an assist that outlived its phase) must neither take the new
    /// phase's work nor touch its counts.
    gen: u32,
    registered: u32,
    idle: u32,
    done: bool,
}

static POOL_LOCK: Mutex = Mutex::new();
static POOL: Global<Pool> = Global::new(Pool {
    full: core::ptr::null_mut(),
    partial: core::ptr::null_mut(),
    spare: core::ptr::null_mut(),
    gen: 0,
    registered: 0,
    idle: 0,
    done: true,
});
/// Help is wanted (a parallel mark phase runs).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Idle markers exist: a busy marker should share work.
pub static HUNGRY: AtomicU32 = AtomicU32::new(0);
/// Goroutines are behind on their mark assists: busy markers keep the pool stocked.
pub static ASSISTS_WANTED: AtomicBool = AtomicBool::new(false);
/// The pool may hold work (set when work is added; cleared when found empty).
pub static POOLED: AtomicBool = AtomicBool::new(false);

/// A busy marker holding `len` grey objects should share some now.
#[inline(always)]
pub fn should_share(len: usize) -> bool {
    len >= 16
        && (HUNGRY.load(Ordering::Relaxed) > 0
            || (ASSISTS_WANTED.load(Ordering::Relaxed) && !POOLED.load(Ordering::Relaxed)))
}
/// Futex bumped when work is shared or the phase ends.
static SEQ: AtomicU32 = AtomicU32::new(0);
/// The generation of the latest phase (`Pool::gen`, readable without the lock; a helper
/// joins each phase once).
static PHASE: AtomicU32 = AtomicU32::new(0);

/// The generation of the latest phase.
pub fn phase() -> u32 {
    PHASE.load(Ordering::Acquire)
}

/// Starts a phase with the calling thread as its only marker; `helpers` marker threads
/// are woken to join it. Returns the phase's generation, for the caller's work list.
pub fn begin(helpers: u32) -> u32 {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    p.gen = p.gen.wrapping_add(1);
    p.registered = 1;
    p.idle = 0;
    p.done = false;
    let gen = p.gen;
    POOL_LOCK.unlock();
    let want = helpers.min(MAX_WORKERS);
    SEATS.store(want, Ordering::Release);
    PHASE.store(gen, Ordering::Release);
    ACTIVE.store(true, Ordering::Release);
    while WORKERS.load(Ordering::Relaxed) < want {
        WORKERS.fetch_add(1, Ordering::Relaxed);
        crate::sched::start_helper_thread(worker);
    }
    WAKE.fetch_add(1, Ordering::Release);
    futex_wake(&WAKE, u32::MAX >> 1);
    gen
}

/// Most marker threads.
const MAX_WORKERS: u32 = 7;
/// Marker threads started.
static WORKERS: AtomicU32 = AtomicU32::new(0);
/// Futex bumped when a phase begins.
static WAKE: AtomicU32 = AtomicU32::new(0);
/// Marker threads the current phase still wants.
static SEATS: AtomicU32 = AtomicU32::new(0);

/// Takes one of the phase's seats for a marker thread.
fn take_seat() -> bool {
    SEATS
        .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
        .is_ok()
}

/// A marker thread: helps each phase once, sleeps in between.
extern "C" fn worker(_m: *mut crate::sched::M) -> ! {
    let mut helped = 0;
    loop {
        let seq = WAKE.load(Ordering::Acquire);
        let ph = phase();
        if wanted() && ph != helped {
            helped = ph;
            if take_seat() {
                help_phase(ph);
            }
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

/// A marker thread joins phase `gen` (the one it was woken for, if it still runs) and
/// marks until it ends.
fn help_phase(gen: u32) {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    if p.gen != gen || p.done || !ACTIVE.load(Ordering::Acquire) {
        POOL_LOCK.unlock();
        return;
    }
    p.registered += 1;
    POOL_LOCK.unlock();
    let mut w = WorkList::new();
    w.gen = gen;
    // SAFETY: this thread is a registered marker of phase gen.
    unsafe { w.drain() };
    w.release();
}

/// Work lists lent to assisting goroutines (kept with their buffers between assists).
static ASSIST_LISTS: Global<[WorkList; MAX_ASSISTS]> =
    Global::new([const { WorkList::new_assist() }; MAX_ASSISTS]);
/// Bit i set: `ASSIST_LISTS[i]` is lent (POOL_LOCK).
static ASSIST_BUSY: Global<u64> = Global::new(0);
const MAX_ASSISTS: usize = 64;

/// A goroutine's mark assist: joins the current phase, scans at most `budget` grey
/// objects and gives what it greyed but did not scan back to the pool.
pub fn assist(budget: usize) {
    if !ACTIVE.load(Ordering::Acquire) {
        return;
    }
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let (p, busy) = unsafe { (POOL.get(), ASSIST_BUSY.get()) };
    if p.done || !ACTIVE.load(Ordering::Acquire) || *busy == u64::MAX {
        POOL_LOCK.unlock();
        return;
    }
    let slot = (!*busy).trailing_zeros() as usize;
    *busy |= 1 << slot;
    p.registered += 1;
    let gen = p.gen;
    POOL_LOCK.unlock();
    // Busy markers share their surplus while someone is hungry.
    HUNGRY.fetch_add(1, Ordering::Relaxed);
    // SAFETY: slot is lent to this goroutine alone (its busy bit).
    let w = unsafe { &mut ASSIST_LISTS.get()[slot] };
    w.gen = gen;
    // SAFETY: this goroutine is a registered marker of the phase.
    unsafe {
        w.drain_some(budget);
        let (items, n) = w.take_all();
        give(items, n);
    }
    HUNGRY.fetch_sub(1, Ordering::Relaxed);
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    unsafe {
        let p = POOL.get();
        if p.gen == gen {
            p.registered -= 1;
        }
        *ASSIST_BUSY.get() &= !(1 << slot);
    }
    POOL_LOCK.unlock();
    // Idle markers re-check: there may be work given back, or the phase may be over.
    SEQ.fetch_add(1, Ordering::Release);
    futex_wake(&SEQ, u32::MAX >> 1);
}

/// Takes a block from the pool without waiting (0 when there is none).
///
/// # Safety
/// `dst` has room for `BLOCK` addresses; the caller is a registered marker.
pub unsafe fn try_take(dst: *mut usize, gen: u32) -> usize {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    if p.gen != gen {
        POOL_LOCK.unlock();
        return 0;
    }
    // SAFETY: per the contract.
    let n = unsafe { pop_block(p, dst) };
    POOL_LOCK.unlock();
    n
}

/// Copies a block of the pool (a full one, else the partial one) into `dst` and returns
/// its length (0: the pool is empty). POOL_LOCK is held.
///
/// # Safety
/// `dst` has room for `BLOCK` addresses.
unsafe fn pop_block(p: &mut Pool, dst: *mut usize) -> usize {
    // SAFETY: the partial block is the pool's.
    if p.full.is_null() && !p.partial.is_null() && unsafe { (*p.partial).n } > 0 {
        p.full = p.partial;
        p.partial = core::ptr::null_mut();
        // SAFETY: as above.
        unsafe { (*p.full).next = core::ptr::null_mut() };
    }
    let b = p.full;
    if b.is_null() {
        POOLED.store(false, Ordering::Relaxed);
        return 0;
    }
    // SAFETY: b is a full block on the pool's list; dst has room for it.
    unsafe {
        p.full = (*b).next;
        let n = (*b).n;
        core::ptr::copy_nonoverlapping((*b).items.as_ptr(), dst, n);
        (*b).next = p.spare;
        p.spare = b;
        n
    }
}

/// A new block from the spare list or metadata memory (POOL_LOCK held).
fn new_block(p: &mut Pool) -> *mut Block {
    let b = p.spare;
    if b.is_null() {
        return super::meta::alloc(core::mem::size_of::<Block>()).cast();
    }
    // SAFETY: spare blocks are linked through next.
    p.spare = unsafe { (*b).next };
    b
}

/// Adds one grey object to the pool (the write barrier's shade).
pub fn push_one(obj: usize) {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    if p.partial.is_null() {
        let b = new_block(p);
        // SAFETY: b is a block nobody else uses.
        unsafe { (*b).n = 0 };
        p.partial = b;
    }
    let b = p.partial;
    // SAFETY: the partial block has room (it moves to `full` when it fills).
    let n = unsafe {
        (*b).items[(*b).n] = obj;
        (*b).n += 1;
        (*b).n
    };
    POOLED.store(true, Ordering::Relaxed);
    if n == BLOCK {
        // SAFETY: b is the pool's partial block.
        unsafe { (*b).next = p.full };
        p.full = b;
        p.partial = core::ptr::null_mut();
    }
    POOL_LOCK.unlock();
    if n == BLOCK || (n == 64 && HUNGRY.load(Ordering::Relaxed) > 0) {
        SEQ.fetch_add(1, Ordering::Release);
        futex_wake(&SEQ, u32::MAX >> 1);
    }
}

/// Moves all `len` addresses of `items` into the pool (the roots scanned while the world
/// was stopped, for the concurrent phase).
///
/// # Safety
/// `items` holds `len` valid addresses.
pub unsafe fn give(items: *const usize, len: usize) {
    let mut done = 0;
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    if len > 0 {
        POOLED.store(true, Ordering::Relaxed);
    }
    while done < len {
        if p.partial.is_null() {
            let b = new_block(p);
            // SAFETY: b is a block nobody else uses.
            unsafe { (*b).n = 0 };
            p.partial = b;
        }
        let b = p.partial;
        // SAFETY: the partial block is the pool's and not full; items[done..len] are valid.
        unsafe {
            let k = (len - done).min(BLOCK - (*b).n);
            core::ptr::copy_nonoverlapping(items.add(done), (*b).items.as_mut_ptr().add((*b).n), k);
            (*b).n += k;
            done += k;
            if (*b).n == BLOCK {
                (*b).next = p.full;
                p.full = b;
                p.partial = core::ptr::null_mut();
            }
        }
    }
    POOL_LOCK.unlock();
}

/// The pool holds no grey object.
pub fn pool_empty() -> bool {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    // SAFETY: the partial block (if any) is the pool's.
    let empty = p.full.is_null() && (p.partial.is_null() || unsafe { (*p.partial).n } == 0);
    POOL_LOCK.unlock();
    empty
}

/// Moves the top half of `items` (of which `len ≥ 2` are used; at most `BLOCK`) into the
/// pool; returns the new length.
///
/// # Safety
/// `items` holds `len` valid addresses.
pub unsafe fn share(items: *mut usize, len: usize) -> usize {
    POOL_LOCK.lock();
    // SAFETY: POOL_LOCK is held.
    let p = unsafe { POOL.get() };
    let b = new_block(p);
    let k = (len / 2).min(BLOCK);
    let new_len = len - k;
    // SAFETY: b is a block nobody else uses; items[new_len..len] are valid addresses.
    unsafe {
        core::ptr::copy_nonoverlapping(items.add(new_len), (*b).items.as_mut_ptr(), k);
        (*b).n = k;
        (*b).next = p.full;
    }
    p.full = b;
    POOLED.store(true, Ordering::Relaxed);
    POOL_LOCK.unlock();
    if HUNGRY.load(Ordering::Relaxed) > 0 {
        SEQ.fetch_add(1, Ordering::Release);
        futex_wake(&SEQ, u32::MAX >> 1);
    }
    new_len
}

/// Waits for a shared block and copies it into `dst` (room for `BLOCK` addresses);
/// returns its length, or 0 when the caller's phase (`gen`) is over.
///
/// # Safety
/// `dst` has room for `BLOCK` addresses; the caller is a registered marker of phase `gen`.
pub unsafe fn take(dst: *mut usize, gen: u32) -> usize {
    POOL_LOCK.lock();
    {
        // SAFETY: POOL_LOCK is held.
        let p = unsafe { POOL.get() };
        if p.gen != gen {
            // The caller's phase is over (and another began).
            POOL_LOCK.unlock();
            return 0;
        }
        p.idle += 1;
    }
    HUNGRY.fetch_add(1, Ordering::Relaxed);
    loop {
        // SAFETY: POOL_LOCK is held (taken above or at the end of the previous round).
        let p = unsafe { POOL.get() };
        if p.gen != gen {
            // The phase ended and another began while this marker slept: its counts are
            // not this marker's any more.
            HUNGRY.fetch_sub(1, Ordering::Relaxed);
            POOL_LOCK.unlock();
            return 0;
        }
        // SAFETY: dst has room for a block.
        let n = unsafe { pop_block(p, dst) };
        if n != 0 {
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
