//! The garbage collector: a non-moving mark-sweep collector over the heap of `heap.rs`.
//!
//! A cycle (docs/runtime.md) stops the world briefly to grey the roots (`roots.rs`:
//! writable segments, persistent runtime memory, goroutine stacks — all conservatively)
//! and turn the write barrier on (`barrier.rs`); the background mark thread
//! (`background.rs`, with marker threads and assisting goroutines, `par.rs`) then marks
//! through the heap while goroutines run (`mark.rs`: precisely from type descriptors
//! where the allocation recorded one); a second short stop drains what the barrier
//! greyed meanwhile, turns the barrier off and starts the sweep phase, in which spans
//! are swept lazily (`heap::begin_sweep`, `sweeper.rs`).
//!
//! Pacing is gc's: the next cycle starts when the heap reaches `live × (1 + GOGC/100)`
//! (at least 4 MiB), `GOGC=off` disables collection. An allocation that crosses the
//! trigger only *requests* a cycle ([`request`]): the allocating goroutine is asked to
//! yield, and the cycle runs at its next stack check (compiled Go code, where no runtime
//! lock is held; [`collect_on_goroutine`]) or in the scheduler loop
//! ([`collect_on_scheduler`]), whichever comes first.

pub mod api;
pub mod background;
pub mod barrier;
mod frame_zero;
pub mod mark;
pub mod meta;
pub mod par;
pub mod roots;
pub mod sweeper;
pub mod verify;

use crate::sync::Global;
use core::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering};

/// gc's minimum heap goal.
const HEAP_MINIMUM: usize = 4 << 20;

/// Heap size (bytes in allocated slots) that requests the next cycle.
static TRIGGER: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Bounds on the objects one mark assist scans.
const ASSIST_MIN: usize = 64;
const ASSIST_MAX: usize = 4096;
/// Objects the last cycle scanned: the expected scan work of the next one.
static EXPECTED_SCAN: AtomicUsize = AtomicUsize::new(0);
/// Heap size the cycle should finish by: above it, allocating goroutines assist marking.
static GOAL: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Collection enabled (after start-up, and unless GOGC=off).
static ENABLED: AtomicBool = AtomicBool::new(false);
/// A cycle was requested and has not started.
static PENDING: AtomicBool = AtomicBool::new(false);
/// A cycle is running.
static RUNNING: AtomicBool = AtomicBool::new(false);
/// Completed cycles.
static NUM_GC: AtomicU32 = AtomicU32::new(0);
/// Cycles started (counted while the world is stopped at a cycle's start): the cycle
/// numbered `STARTED + 1` begins after anyone reading it.
static STARTED: AtomicU32 = AtomicU32::new(0);
static PAUSE_TOTAL_NS: AtomicU64 = AtomicU64::new(0);
static GOGC: AtomicI64 = AtomicI64::new(100);
/// Soft memory limit in bytes (`GOMEMLIMIT`, `debug.SetMemoryLimit`).
static MEMORY_LIMIT: AtomicU64 = AtomicU64::new(i64::MAX as u64);
/// `runtime.GC` / `FreeOSMemory` calls.
pub static FORCED: AtomicU32 = AtomicU32::new(0);
/// Pause history as in gc's MemStats: circular buffers indexed by cycle number.
static PAUSES: Global<([u64; 256], [u64; 256], u64)> = Global::new(([0; 256], [0; 256], 0));
static GCTRACE: AtomicBool = AtomicBool::new(false);
static START_NS: AtomicU64 = AtomicU64::new(0);
/// `RGODEBUG=gcstress=N`: a cycle every N allocations (0: off), or every eighth of the
/// live objects when that is more (so that stress cost stays a constant factor); freed
/// slots are poisoned.
static STRESS_EVERY: AtomicU64 = AtomicU64::new(0);
/// `RGODEBUG=gcverify=1`: check the tri-colour invariant before every sweep.
static VERIFY: AtomicBool = AtomicBool::new(false);
/// `RGODEBUG=gcfinalhelpers=N`: marker threads joining the final drain (debugging only,
/// see `finish_cycle`).
static FINAL_HELPERS: AtomicU32 = AtomicU32::new(0);
/// Allocation count (`HeapStats::mallocs`) at which the stress mode collects next.
static STRESS_NEXT: AtomicU64 = AtomicU64::new(u64::MAX);

/// The stress mode is on (it counts every allocation, so it bypasses the P caches).
#[inline(always)]
pub fn stress_mode() -> bool {
    STRESS_EVERY.load(Ordering::Relaxed) != 0
}

/// Stress mode: the allocation count that requests the next cycle (u64::MAX when off).
#[inline(always)]
pub fn stress_next() -> u64 {
    STRESS_NEXT.load(Ordering::Relaxed)
}

/// The heap size at which allocation requests a cycle.
#[inline(always)]
pub fn trigger() -> usize {
    TRIGGER.load(Ordering::Relaxed)
}

/// A cycle phase is requested and waits for a safe point (never while the collector
/// marks: a goroutine or scheduler could only spin on it).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) && CYCLE.load(Ordering::Relaxed) != MARKING
}

fn goal_after(live: usize) -> usize {
    let gogc = GOGC.load(Ordering::Relaxed);
    if gogc < 0 {
        return usize::MAX;
    }
    let goal = live.saturating_add(live / 100 * gogc as usize);
    let goal = goal.max(HEAP_MINIMUM * gogc.max(1) as usize / 100);
    // Under a memory limit, collect before the heap reaches it (but never below what
    // is live plus a little headroom).
    let limit = MEMORY_LIMIT.load(Ordering::Relaxed) as usize;
    goal.min(limit.max(live + live / 16 + (1 << 20)))
}

/// Sets the goal and trigger of the next cycle from the live heap; returns the goal.
/// Marking starts when three quarters of the way from `live` to the goal are allocated,
/// so that it normally ends before the heap reaches the goal while goroutines keep
/// allocating.
fn set_goal(live: usize) -> usize {
    let goal = goal_after(live);
    GOAL.store(goal, Ordering::Relaxed);
    let trigger = if goal == usize::MAX {
        goal
    } else {
        // Start early enough that the heap growth seen during the last mark phase ends
        // at the goal, within [7/10, 19/20] of the runway (as gc's trigger bounds): when
        // marking takes longer, assists make up for it.
        let runway = goal.saturating_sub(live);
        let growth = MARK_GROWTH.load(Ordering::Relaxed);
        let lead = (growth + growth / 8).clamp(runway / 20, runway / 10 * 3);
        goal - lead
    };
    TRIGGER.store(trigger, Ordering::Relaxed);
    goal
}

/// After an allocation's slow path (no lock held): requests a cycle when the heap
/// crossed the trigger (or the stress mode's allocation count is reached), and makes
/// the goroutine assist marking when the heap outgrew the goal before marking ended.
pub fn after_alloc(live: usize, mallocs: u64) {
    if mallocs >= stress_next() || (live >= trigger() && !sweep_below_trigger()) {
        request();
    }
    if CYCLE.load(Ordering::Relaxed) == MARKING {
        assist(live);
    }
}

/// While spans remain unswept the heap size still counts the dead objects in them: the
/// allocating goroutine sweeps a bounded batch, and the heap counts as below the trigger
/// until the sweep is over or the heap is still above it without unswept spans. So a
/// cycle does not start early, right after the previous one (with everything allocated
/// meanwhile marked live), and no allocation stalls on a long sweep.
fn sweep_below_trigger() -> bool {
    if !crate::heap::sweep_some(SWEEP_PER_CHECK) {
        return crate::heap::stats().live < trigger();
    }
    true
}

/// Spans an allocation past the trigger sweeps while a sweep phase runs.
const SWEEP_PER_CHECK: usize = 128;

/// The pacer's mark assist: while the collector marks, an allocating goroutine scans
/// grey objects when allocation is ahead of marking, i.e. when the share of the runway
/// (heap at the cycle's start → goal) it used up exceeds the share of the expected scan
/// work (the objects the last cycle scanned) done so far; so that marking ends by the
/// goal however fast goroutines allocate.
fn assist(live: usize) {
    let start = HEAP_BEFORE.load(Ordering::Relaxed);
    let goal = GOAL.load(Ordering::Relaxed).max(start + 1);
    let expected = EXPECTED_SCAN.load(Ordering::Relaxed).max(1);
    let used = live.saturating_sub(start) as u128 * expected as u128 / (goal - start) as u128;
    let done = mark::SCANNED.load(Ordering::Relaxed) as u128;
    let behind = used > done;
    par::ASSISTS_WANTED.store(behind, Ordering::Relaxed);
    if behind {
        par::assist(((used - done) as usize).clamp(ASSIST_MIN, ASSIST_MAX));
    }
    // Past the goal: a full-size assist. Far past it (the marker threads are starved of
    // CPU, or the work is not shareable): keep at it, giving the marker threads the CPU,
    // until marking is done.
    if live > goal && CYCLE.load(Ordering::Acquire) == MARKING {
        par::assist(ASSIST_MAX);
    }
    let hard = goal.saturating_add(goal - start);
    while live > hard && CYCLE.load(Ordering::Acquire) == MARKING {
        par::assist(ASSIST_MAX);
        crate::syscall::yield_cpu();
    }
}

/// Reads GOGC and GODEBUG; enables collection. Called at start-up after the scheduler.
pub fn init() {
    let mut gogc = 100i64;
    if let Some(v) = crate::rt0::getenv(b"GOGC") {
        let b = v.as_bytes();
        if b == b"off" {
            gogc = -1;
        } else if let Some(n) = parse_int(b) {
            gogc = n;
        }
    }
    GOGC.store(gogc, Ordering::Relaxed);
    if let Some(v) = crate::rt0::getenv(b"GODEBUG") {
        for item in v.as_bytes().split(|&c| c == b',') {
            if item == b"gctrace=1" {
                GCTRACE.store(true, Ordering::Relaxed);
            }
        }
    }
    if let Some(v) = crate::rt0::getenv(b"GOMEMLIMIT") {
        if let Some(n) = parse_size(v.as_bytes()) {
            MEMORY_LIMIT.store(n, Ordering::Relaxed);
        }
    }
    if let Some(v) = crate::rt0::getenv(b"RGODEBUG") {
        for item in v.as_bytes().split(|&c| c == b',') {
            if item == b"gcverify=1" {
                VERIFY.store(true, Ordering::Relaxed);
            }
            if let Some(n) = item.strip_prefix(b"gcfinalhelpers=") {
                FINAL_HELPERS.store(parse_int(n).unwrap_or(0).max(0) as u32, Ordering::Relaxed);
            }
            if let Some(n) = item.strip_prefix(b"gcstress=") {
                let every = match parse_int(n) {
                    Some(1) => 100,
                    Some(n) if n > 1 => n as u64,
                    _ => 0,
                };
                STRESS_EVERY.store(every, Ordering::Relaxed);
                if every != 0 {
                    STRESS_NEXT.store(every, Ordering::Relaxed);
                }
            }
        }
    }
    START_NS.store(crate::syscall::nanotime() as u64, Ordering::Relaxed);
    set_goal(0);
    ENABLED.store(gogc >= 0, Ordering::Release);
}

/// A `GOMEMLIMIT` value: a byte count with an optional unit suffix (B, KiB, MiB, GiB,
/// TiB), or `off`.
fn parse_size(b: &[u8]) -> Option<u64> {
    if b == b"off" {
        return Some(i64::MAX as u64);
    }
    let units: [(&[u8], u64); 5] = [
        (b"TiB", 1 << 40),
        (b"GiB", 1 << 30),
        (b"MiB", 1 << 20),
        (b"KiB", 1 << 10),
        (b"B", 1),
    ];
    for (suffix, mul) in units {
        if let Some(n) = b.strip_suffix(suffix) {
            return (parse_int(n)? as u64).checked_mul(mul);
        }
    }
    parse_int(b).map(|n| n as u64)
}

fn parse_int(b: &[u8]) -> Option<i64> {
    if b.is_empty() {
        return None;
    }
    let (neg, digits) = match b[0] {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let mut n: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add((c - b'0') as i64)?;
    }
    Some(if neg { -n } else { n })
}

/// Requests a cycle (the heap crossed the trigger): the current goroutine yields at its
/// next stack check and starts the cycle there. Nothing to do while a cycle runs.
pub fn request() {
    if !ENABLED.load(Ordering::Relaxed) || CYCLE.load(Ordering::Relaxed) != IDLE {
        return;
    }
    // Even when already pending: the earlier request's safe point may have found the
    // stopper right taken (by the end of the previous cycle) and let its goroutine go on.
    PENDING.store(true, Ordering::Release);
    #[cfg(not(test))]
    {
        let g = crate::sched::curg();
        if !g.is_null() {
            // SAFETY: g is the running goroutine; G records are never freed.
            unsafe { (*g).request_preempt() };
        }
    }
}

/// Cycle states: no cycle; marking concurrently; marking found no more work and waits
/// for a goroutine (or scheduler) to run the final stop-the-world phase.
const IDLE: u8 = 0;
const MARKING: u8 = 1;
const MARK_DONE: u8 = 2;
static CYCLE: core::sync::atomic::AtomicU8 = core::sync::atomic::AtomicU8::new(IDLE);

// rt_gc_collect: pushes the callee-saved registers (which may hold the caller's heap
// pointers) and calls `rgo_gc_collect(sp)` so that the stack scan covers them.
#[cfg(not(test))]
core::arch::global_asm!(
    ".globl rt_gc_collect",
    ".type rt_gc_collect,@function",
    ".p2align 4",
    "rt_gc_collect:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov rdi, rsp",
    "sub rsp, 8",
    "call rgo_gc_collect",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size rt_gc_collect, . - rt_gc_collect",
);

#[cfg(not(test))]
extern "C" {
    fn rt_gc_collect();
}

/// Takes the right to stop the world (held during a cycle's stop-the-world phases, or by
/// `GOMAXPROCS` resizing); false when someone else holds it.
pub fn try_acquire_stopper() -> bool {
    RUNNING
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
}

/// Gives back the right taken by [`try_acquire_stopper`].
pub fn release_stopper() {
    RUNNING.store(false, Ordering::Release);
}

/// Runs the phase a pending request asks for: the start of a cycle, or its end once
/// marking is done. False when there was nothing to run.
fn try_collect() -> bool {
    if !PENDING.load(Ordering::Acquire) || !try_acquire_stopper() {
        return false;
    }
    let ran = match CYCLE.load(Ordering::Acquire) {
        IDLE if !ENABLED.load(Ordering::Acquire) && FORCING.load(Ordering::Acquire) == 0 => {
            // Collection was turned off after the request (only runtime.GC starts a
            // cycle now).
            PENDING.store(false, Ordering::Release);
            false
        }
        IDLE => {
            PENDING.store(false, Ordering::Release);
            #[cfg(not(test))]
            // SAFETY: the stub preserves the callee-saved registers and calls rgo_gc_collect.
            unsafe {
                rt_gc_collect()
            };
            if stress_mode() {
                release_stopper();
                complete_cycle();
                return true;
            }
            true
        }
        MARK_DONE => {
            PENDING.store(false, Ordering::Release);
            // Gives the stopper right back as soon as the world runs again.
            finish_cycle();
            return true;
        }
        _ => false,
    };
    release_stopper();
    ran
}

/// Stress mode: the goroutine that started a cycle marks and ends it before it goes on,
/// so that cycles come as often as the stress mode asks (a concurrent cycle left to the
/// background thread lets many allocations through meanwhile).
fn complete_cycle() {
    loop {
        match CYCLE.load(Ordering::Acquire) {
            MARKING => {
                par::assist(usize::MAX);
                crate::syscall::yield_cpu();
            }
            MARK_DONE => {
                if try_acquire_stopper() {
                    if CYCLE.load(Ordering::Acquire) == MARK_DONE {
                        PENDING.store(false, Ordering::Release);
                        finish_cycle();
                    } else {
                        release_stopper();
                    }
                }
                return;
            }
            _ => return,
        }
    }
}

/// A pending phase at a goroutine's safe point (its stack check saw the preemption
/// request). Returns false when the goroutine should simply yield instead.
pub fn collect_on_goroutine() -> bool {
    pending() && try_collect()
}

/// A pending phase run by the scheduler loop (on the M's system stack, holding a P);
/// false when nothing ran (another thread holds the stopper right).
pub fn collect_on_scheduler() -> bool {
    try_collect()
}

/// `runtime.GC`: waits for a running cycle, then runs a full one (including its sweep).
pub fn collect_now() {
    // The next cycle to start begins after this call: its snapshot sees the garbage made
    // before it. (NUM_GC and the cycle state cannot tell: a cycle that started earlier
    // may have ended, but not yet be counted.)
    let want = STARTED.load(Ordering::Acquire) + 1;
    FORCING.fetch_add(1, Ordering::AcqRel);
    while NUM_GC.load(Ordering::Acquire) < want {
        if CYCLE.load(Ordering::Acquire) == IDLE {
            PENDING.store(true, Ordering::Release);
        }
        if !try_collect() {
            crate::sched::gosched();
        }
    }
    FORCING.fetch_sub(1, Ordering::AcqRel);
    finish_sweep();
}

/// `runtime.GC` calls in progress: cycles start even with collection off.
static FORCING: AtomicU32 = AtomicU32::new(0);

/// Time of the current cycle's start, the end of its first stop-the-world phase and the
/// start of its last one (for gctrace and the pause statistics).
static T_START: AtomicI64 = AtomicI64::new(0);
static T_STW1_END: AtomicI64 = AtomicI64::new(0);
static HEAP_BEFORE: AtomicUsize = AtomicUsize::new(0);
/// How much the heap grew while the last cycle marked (for the next trigger).
static MARK_GROWTH: AtomicUsize = AtomicUsize::new(0);

/// The start of a cycle (the world is running; the caller holds a P and the stopper
/// right). `sp`: the stack pointer below the caller's saved registers. Stops the world,
/// turns the write barrier on, greys the roots (goroutine stacks, globals, runtime
/// memory) and restarts the world; the background mark thread does the rest.
#[no_mangle]
extern "C" fn rgo_gc_collect(sp: usize) {
    finish_sweep();
    let t0 = crate::syscall::nanotime();
    T_START.store(t0, Ordering::Relaxed);
    HEAP_BEFORE.store(crate::heap::stats().live, Ordering::Relaxed);
    crate::sched::stw::stop_the_world();
    if !ENABLED.load(Ordering::Acquire) && FORCING.load(Ordering::Acquire) == 0 {
        // Collection was turned off while this start waited for the world to stop
        // (`debug.SetGCPercent(-1)` has returned: no cycle may start after it).
        crate::sched::stw::start_the_world();
        return;
    }
    static ROOTS: Global<mark::WorkList> = Global::new(mark::WorkList::new());
    // SAFETY: the world is stopped; only the stopper-right holder uses ROOTS.
    unsafe {
        mark::SCANNED.store(0, Ordering::Relaxed);
        mark::MARKED.store(0, Ordering::Relaxed);
        STARTED.fetch_add(1, Ordering::AcqRel);
        barrier::set_enabled(true);
        CYCLE.store(MARKING, Ordering::Release);
        let w = ROOTS.get();
        roots::scan_globals(w);
        roots::scan_stacks(w, sp);
        w.flush();
        let (items, n) = w.take_all();
        par::give(items, n);
        // The concurrent phase begins now (with the background thread as its first
        // marker), so that goroutines can assist before that thread gets a CPU.
        let _ = par::begin(background::helpers());
    }
    T_STW1_END.store(crate::syscall::nanotime(), Ordering::Relaxed);
    crate::sched::stw::start_the_world();
    background::start_marking();
}

/// Marking found no more grey objects: asks a goroutine (or an idle P's scheduler) to
/// run the end of the cycle (called by the background mark thread).
pub(crate) fn request_finish() {
    CYCLE.store(MARK_DONE, Ordering::Release);
    PENDING.store(true, Ordering::Release);
    crate::sched::preempt_all();
    crate::sched::wakep();
}

/// The end of a cycle (the caller holds a P and the stopper right; marking is done):
/// stops the world, marks what the write barrier greyed since, turns the barrier off,
/// starts the sweep phase and restarts the world. Spans are swept lazily afterwards;
/// the sweep's end ([`sweep_done`]) sets the next goal.
fn finish_cycle() {
    let t0 = T_START.load(Ordering::Relaxed);
    let t1 = T_STW1_END.load(Ordering::Relaxed);
    let t2 = crate::syscall::nanotime();
    let before = HEAP_BEFORE.load(Ordering::Relaxed);
    let at_mark_end = crate::heap::stats();
    let marked_at = at_mark_end.live;
    note_pages_in_use(at_mark_end.sys - at_mark_end.free);
    MARK_GROWTH.store(marked_at.saturating_sub(before), Ordering::Relaxed);
    crate::sched::stw::stop_the_world();
    static WORK: Global<mark::WorkList> = Global::new(mark::WorkList::new());
    // SAFETY: the world is stopped; only the stopper-right holder uses WORK; the marker
    // threads join the final drain (par.rs).
    unsafe {
        let w = WORK.get();
        // The collector drains the rest alone: it is what the barrier greyed during the
        // last round (small). With the marker threads joining this drain, gc_churn under
        // gcstress at GOMAXPROCS=8 lost objects in 5 of 16 runs (cause not found yet;
        // docs/runtime.md "Known gaps").
        w.gen = par::begin(FINAL_HELPERS.load(Ordering::Relaxed));
        w.drain();
        par::end();
        barrier::set_enabled(false);
        par::ASSISTS_WANTED.store(false, Ordering::Relaxed);
        CYCLE.store(IDLE, Ordering::Release);
        if VERIFY.load(Ordering::Relaxed) {
            verify::check_marks();
        }
        crate::heap::begin_sweep();
    }
    EXPECTED_SCAN.store(mark::SCANNED.load(Ordering::Relaxed), Ordering::Relaxed);
    let every = STRESS_EVERY.load(Ordering::Relaxed);
    if every != 0 {
        let st = crate::heap::stats();
        STRESS_NEXT.store(st.mallocs + every.max(st.objects / 8), Ordering::Relaxed);
    }
    // The live heap for the next goal: what marking reached from the roots plus what was
    // allocated (black) while it marked, as gc counts it. The pacer keeps the latter
    // small: marking starts early enough, assists make it end by the goal.
    let marked = mark::MARKED.load(Ordering::Relaxed) + MARK_GROWTH.load(Ordering::Relaxed);
    MARKED_LAST.store(marked, Ordering::Relaxed);
    set_goal(marked);
    SWEEP_DONE_PENDING.store(true, Ordering::Release);
    let t3 = crate::syscall::nanotime();
    crate::sched::stw::start_the_world();
    release_stopper();
    let pause = ((t1 - t0) + (t3 - t2)) as u64;
    PAUSE_TOTAL_NS.fetch_add(pause, Ordering::Relaxed);
    let n = NUM_GC.fetch_add(1, Ordering::AcqRel) + 1;
    let (sec, nsec) = crate::syscall::walltime();
    let end = (sec * 1_000_000_000 + nsec) as u64;
    // SAFETY: only the stopper-right holder writes PAUSES and TRACE; readers tolerate a
    // torn view.
    unsafe {
        let p = PAUSES.get();
        p.0[(n as usize + 255) % 256] = pause;
        p.1[(n as usize + 255) % 256] = end;
        p.2 = end;
        *TRACE.get() = (n, [t0, t1, t2, t3], [before, marked_at]);
    }
    sweeper::wake();
}

/// What the gctrace line of the last cycle prints, kept until its sweep ends.
static TRACE: Global<(u32, [i64; 4], [usize; 2])> = Global::new((0, [0; 4], [0; 2]));
/// Bytes the last cycle marked (its live heap).
static MARKED_LAST: AtomicUsize = AtomicUsize::new(0);
/// A sweep phase ended and [`sweep_done`] has not run for it yet.
static SWEEP_DONE_PENDING: AtomicBool = AtomicBool::new(false);

/// The sweep phase is over (every span swept): surplus free pages go back to the OS,
/// and gctrace prints the cycle's line. Called by the sweeper, and by whoever needs the
/// sweep finished (a cycle's start, `runtime.GC`).
pub fn sweep_done() {
    if !SWEEP_DONE_PENDING.swap(false, Ordering::AcqRel) {
        return;
    }
    let live = MARKED_LAST.load(Ordering::Relaxed);
    let goal = GOAL.load(Ordering::Relaxed);
    // Give back free pages beyond what the heap needed lately (it shrank): RSS follows
    // the heap. Pages the next cycles will need again stay (giving them back only to
    // fault them in again cost strconv 59,000 page faults where gc takes 2,000).
    crate::heap::scavenge(goal.max(HEAP_MINIMUM).max(recent_pages_in_use()));
    if GCTRACE.load(Ordering::Relaxed) {
        // SAFETY: written before SWEEP_DONE_PENDING was set; read once per cycle.
        let (n, t, h) = unsafe { *TRACE.get() };
        trace(n, t, [h[0], h[1], live], goal);
    }
}

/// Bytes of heap pages in use by spans at the end of the last few mark phases (the
/// heap's peak of each cycle): the scavenger keeps as many free pages.
static PAGES_IN_USE: [AtomicUsize; 4] = [const { AtomicUsize::new(0) }; 4];
static PAGES_IN_USE_NEXT: AtomicUsize = AtomicUsize::new(0);

fn note_pages_in_use(bytes: usize) {
    let i = PAGES_IN_USE_NEXT.fetch_add(1, Ordering::Relaxed) % PAGES_IN_USE.len();
    PAGES_IN_USE[i].store(bytes, Ordering::Relaxed);
}

fn recent_pages_in_use() -> usize {
    PAGES_IN_USE
        .iter()
        .map(|b| b.load(Ordering::Relaxed))
        .max()
        .unwrap_or(0)
}

/// Sweeps what is left of the sweep phase and settles it.
pub fn finish_sweep() {
    crate::heap::finish_sweep();
    sweep_done();
}

/// One gctrace line in gc's format (the three clock phases are rgo's stop-the-world,
/// mark and sweep times, all inside the pause):
/// `gc 1 @0.012s 2%: 0.011+0.23+0.003 ms clock, ... 4->4->0 MB, 4 MB goal, 0 MB stacks,
/// 0 MB globals, 2 P`.
fn trace(n: u32, t: [i64; 4], heap: [usize; 3], goal: usize) {
    use core::fmt::Write;
    let mut b = crate::print::Buf::new();
    let since = (t[0] as u64).saturating_sub(START_NS.load(Ordering::Relaxed));
    let ms = |ns: i64| ns as f64 / 1e6;
    let _ = writeln!(
        b,
        "gc {} @{:.3}s 0%: {:.3}+{:.3}+{:.3} ms clock, 0+0/0/0+0 ms cpu, {}->{}->{} MB, {} MB goal, 0 MB stacks, 0 MB globals, {} P",
        n,
        since as f64 / 1e9,
        ms(t[1] - t[0]),
        ms(t[2] - t[1]),
        ms(t[3] - t[2]),
        heap[0] >> 20,
        heap[1] >> 20,
        heap[2] >> 20,
        goal.min(1 << 50) >> 20,
        crate::sched::gomaxprocs()
    );
    crate::print::write_err(b.as_bytes());
}

/// Statistics for `runtime.ReadMemStats`.
pub struct GcStats {
    pub num_gc: u32,
    pub pause_total_ns: u64,
    pub next_gc: usize,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub last_gc_unix_ns: u64,
}

pub fn gc_stats() -> GcStats {
    // SAFETY: a racy copy of plain integers (see rgo_gc_collect).
    let p = unsafe { PAUSES.get() };
    GcStats {
        num_gc: NUM_GC.load(Ordering::Acquire),
        pause_total_ns: PAUSE_TOTAL_NS.load(Ordering::Relaxed),
        next_gc: TRIGGER.load(Ordering::Relaxed),
        pause_ns: p.0,
        pause_end: p.1,
        last_gc_unix_ns: p.2,
    }
}

/// `debug.SetMemoryLimit`: sets the soft limit (a negative value only reads it).
pub fn set_memory_limit(v: i64) -> i64 {
    let old = MEMORY_LIMIT.load(Ordering::Relaxed) as i64;
    if v >= 0 {
        MEMORY_LIMIT.store(v as u64, Ordering::Relaxed);
        set_goal(crate::heap::stats().live);
    }
    old
}

/// `debug.SetGCPercent`: sets GOGC, returns the previous value.
pub fn set_gc_percent(v: i64) -> i64 {
    let old = GOGC.swap(if v < 0 { -1 } else { v }, Ordering::AcqRel);
    set_goal(crate::heap::stats().live);
    ENABLED.store(v >= 0, Ordering::Release);
    if v < 0 {
        // As gc: return with no cycle running (one already marking completes first, and
        // is counted: NumGC does not change after this returns).
        while CYCLE.load(Ordering::Acquire) != IDLE
            || NUM_GC.load(Ordering::Acquire) < STARTED.load(Ordering::Acquire)
        {
            if !try_collect() {
                crate::sched::gosched();
            }
        }
        PENDING.store(false, Ordering::Release);
    }
    old
}
