//! The G-M-P scheduler (design notes in docs/runtime.md).
//!
//! - **G**: a goroutine (`g.rs`), with its own fixed-address stack (`stack.rs`).
//! - **M**: an OS thread, created with a raw `clone` ([`rt_clone`]). Its [`M`] struct is
//!   the thread's `fs` base: `fs:[0]` is the M's current G (read by the gocall
//!   trampolines to load r15) and `fs:[8]` the M itself ([`curm`]). Each M runs the
//!   scheduler loop on its own system stack ("g0": the process stack for M0, a 1 MiB
//!   mapping for the others). Switching goroutines always goes through g0:
//!   G → [`rt_switch`] → g0 (which finishes the old G's transition, e.g. releases the lock
//!   it parked under) → `rt_switch` → next G.
//! - **P**: a processor (GOMAXPROCS of them). An M must own a P to run Go code. A P has a
//!   bounded local run queue plus `runnext` (`runq.rs`); there is a global queue under the
//!   scheduler lock. Idle Ms steal half of another P's queue, then sleep on a private
//!   futex; [`wakep`] wakes (or creates) one when work appears and a P is idle.
//! - **sysmon**: a thread without a P that (a) requests preemption of a goroutine that has
//!   run for more than 10 ms (by setting its `stack_lo` to `usize::MAX`, which makes the
//!   next prologue / loop check call `rgo_morestack`, which yields), (b) hands the P of
//!   an M blocked in a system call to another M, and (c) sleeps on a futex while every P
//!   is idle.
//! - **Deadlock**: when the last P goes idle with no runnable goroutine, no pending
//!   timer and no M in a system call, nothing can ever run again: gc's "all goroutines
//!   are asleep" fatal error.

pub mod runq;
pub mod stw;

use crate::g::G;
use crate::sync::{futex_wait, futex_wake, Global, Mutex};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, Ordering};
use runq::{GQueue, LocalQueue};

// G statuses.
pub const G_IDLE: u32 = 0;
pub const G_RUNNABLE: u32 = 1;
pub const G_RUNNING: u32 = 2;
pub const G_WAITING: u32 = 3;
pub const G_DEAD: u32 = 4;

// P statuses.
pub const P_IDLE: u32 = 0;
pub const P_RUNNING: u32 = 1;
pub const P_SYSCALL: u32 = 2;
/// Stopped by a stop-the-world (`stw.rs`).
pub const P_GCSTOP: u32 = 3;

/// Upper bound on GOMAXPROCS.
pub const MAX_PROCS: usize = 256;
/// Time slice after which sysmon requests a preemption.
const TIME_SLICE_NS: i64 = 10_000_000;
/// Free goroutines whose stacks keep their memory (sysmon `MADV_DONTNEED`s the rest).
const MAX_DIRTY_FREE: usize = 4096;
/// System stack of an M other than M0.
const G0_STACK: usize = 1 << 20;

/// What the scheduler (on g0) must do with the goroutine that just switched to it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum After {
    None,
    /// Mark it waiting, then call `unlockf(unlock_arg)`.
    Park,
    /// Put it on the global run queue.
    Yield,
    /// It finished.
    Exit,
    /// It left a system call and found no P: queue it globally, stop the M.
    #[cfg_attr(test, allow(dead_code))]
    SyscallNoP,
}

/// An OS thread.
#[repr(C)]
pub struct M {
    /// +0: the goroutine this M runs (null on g0). Read as `fs:[0]`.
    pub curg: *mut G,
    /// +8: this M (`fs:[8]`).
    pub self_: *mut M,
    /// Saved scheduler (g0) stack pointer while a goroutine runs.
    g0_sp: usize,
    pub p: *mut P,
    nextp: *mut P,
    pub id: i64,
    /// Futex: set to 1 to wake the M from `stopm`.
    park: AtomicU32,
    spinning: bool,
    schedlink: *mut M,
    rng: u64,
    after: After,
    unlockf: Option<fn(usize)>,
    unlock_arg: usize,
    /// A formatting buffer kept for the next `fmt` call on this thread (saves the
    /// allocator round trips of growing a fresh one each time).
    pub fmt_buf: alloc::vec::Vec<u8>,
}

/// A processor: the right to run Go code, with a local run queue.
#[repr(C)]
pub struct P {
    pub id: usize,
    pub status: AtomicU32,
    pub runq: LocalQueue,
    pub schedtick: AtomicU64,
    pub syscalltick: AtomicU64,
    pub curg: AtomicPtr<G>,
    link: *mut P,
    /// While stopped for a stop-the-world (`P_GCSTOP`): the M waiting to take it back,
    /// or null when the P was idle or in a system call.
    stop_owner: *mut M,
    /// The M that `start_the_world` gave the P back to (`stw::gcstopm` checks it: the P
    /// may have been removed by `GOMAXPROCS` or handed to the stopper).
    restart_owner: *mut M,
    /// The P's allocation cache (used only by the M that owns the P).
    pub mcache: crate::heap::MCache,
    // sysmon's observations
    sm_tick: u64,
    sm_when: i64,
    sm_sctick: u64,
    sm_scwhen: i64,
}

struct Sched {
    runq: GQueue,
    pidle: *mut P,
    midle: *mut M,
    mcount: i64,
    /// The idle M sleeping with a timeout for the next timer.
    timer_sleeper: *mut M,
    sysmon_sleeping: bool,
}

static SCHED_LOCK: Mutex = Mutex::new();
static SCHED: Global<Sched> = Global::new(Sched {
    runq: GQueue::new(),
    pidle: null_mut(),
    midle: null_mut(),
    mcount: 0,
    timer_sleeper: null_mut(),
    sysmon_sleeping: false,
});

struct GFree {
    dirty: GQueue,
    clean: GQueue,
}
static GFREE_LOCK: Mutex = Mutex::new();
static GFREE: Global<GFree> = Global::new(GFree {
    dirty: GQueue::new(),
    clean: GQueue::new(),
});

static ALLP: Global<[*mut P; MAX_PROCS]> = Global::new([null_mut(); MAX_PROCS]);

/// The Ps (fixed after `init`).
fn allp() -> &'static [*mut P] {
    // SAFETY: ALLP entries are written by init (before other threads exist) and by
    // `stw::procresize` with the world stopped, always before GOMAXPROCS covers them;
    // Ps are never freed.
    unsafe { &ALLP.get()[..GOMAXPROCS.load(Ordering::Relaxed) as usize] }
}
/// Asks the goroutine running on each P to yield at its next stack check (so that a
/// pending collector phase runs soon).
pub fn preempt_all() {
    for &pp in allp() {
        // SAFETY: Ps and G records are never freed.
        unsafe {
            if (*pp).status.load(Ordering::Acquire) == P_RUNNING {
                let g = (*pp).curg.load(Ordering::Acquire);
                if !g.is_null() {
                    (*g).request_preempt();
                }
            }
        }
    }
}

static GOMAXPROCS: AtomicU32 = AtomicU32::new(1);
static NCPU: AtomicU32 = AtomicU32::new(1);
static NPIDLE: AtomicU32 = AtomicU32::new(0);
static NMSPINNING: AtomicU32 = AtomicU32::new(0);
static NSYSCALL: AtomicU32 = AtomicU32::new(0);
static GLOBAL_RUNQ_LEN: AtomicU32 = AtomicU32::new(0);
static GOIDGEN: AtomicI64 = AtomicI64::new(1);
/// Live goroutines (main included).
static NGOROUTINES: AtomicI64 = AtomicI64::new(1);
static SYSMON_STARTED: AtomicBool = AtomicBool::new(false);
static SYSMON_NOTE: AtomicU32 = AtomicU32::new(0);
static MIDGEN: AtomicI64 = AtomicI64::new(0);

static mut M0: M = M::new();

impl M {
    const fn new() -> M {
        M {
            curg: null_mut(),
            self_: null_mut(),
            g0_sp: 0,
            p: null_mut(),
            nextp: null_mut(),
            id: 0,
            park: AtomicU32::new(0),
            spinning: false,
            schedlink: null_mut(),
            rng: 0,
            after: After::None,
            unlockf: None,
            unlock_arg: 0,
            fmt_buf: alloc::vec::Vec::new(),
        }
    }
}

/// Takes this thread's cached formatting buffer (empty, possibly with capacity).
pub fn take_fmt_buf() -> alloc::vec::Vec<u8> {
    let m = curm();
    if m.is_null() {
        return alloc::vec::Vec::new();
    }
    // SAFETY: m is this thread's M; only this thread touches its fmt_buf.
    unsafe { core::mem::take(&mut (*m).fmt_buf) }
}

/// Gives a formatting buffer back for reuse (kept unless it grew large).
pub fn put_fmt_buf(mut b: alloc::vec::Vec<u8>) {
    let m = curm();
    if m.is_null() || b.capacity() > 4096 {
        return;
    }
    b.clear();
    // SAFETY: as in take_fmt_buf.
    unsafe { (*m).fmt_buf = b };
}

// ---- context switching and threads ----

// rt_switch(save: *mut usize, to: usize): saves the callee-saved registers on the
// current stack, stores the stack pointer to *save, switches to `to` and pops the
// registers saved there (r15 = that goroutine's G).
// rt_gostart: first "return address" of a new goroutine.
// rt_clone(flags, child_sp, tls) -> pid: clone(2); the child pops fn and arg from its
// new stack and calls fn(arg), which never returns.
core::arch::global_asm!(
    ".globl rt_switch",
    ".type rt_switch,@function",
    ".p2align 4",
    "rt_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov qword ptr [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size rt_switch, . - rt_switch",
    ".globl rt_gostart",
    ".type rt_gostart,@function",
    "rt_gostart:",
    "xor ebp, ebp",
    "and rsp, -16",
    "call rgo_goentry",
    "ud2",
    ".size rt_gostart, . - rt_gostart",
    ".globl rt_clone",
    ".type rt_clone,@function",
    "rt_clone:",
    "mov r8, rdx",
    "xor edx, edx",
    "xor r10d, r10d",
    "mov eax, 56",
    "syscall",
    "test rax, rax",
    "jnz 1f",
    "pop rax",
    "pop rdi",
    "xor ebp, ebp",
    "call rax",
    "ud2",
    "1:",
    "ret",
    ".size rt_clone, . - rt_clone",
);

extern "C" {
    fn rt_switch(save: *mut usize, to: usize);
    fn rt_gostart();
    fn rt_clone(flags: u64, child_sp: usize, tls: usize) -> i64;
}

/// The current M (`fs:[8]`).
#[inline(always)]
pub fn curm() -> *mut M {
    let m: *mut M;
    // SAFETY: every runtime thread's fs base points at its M, whose word 1 is itself.
    unsafe {
        core::arch::asm!("mov {}, qword ptr fs:[8]", out(reg) m, options(nostack, readonly, preserves_flags))
    };
    m
}

/// The goroutine running on this thread (`fs:[0]`).
#[inline(always)]
pub fn curg() -> *mut G {
    let g: *mut G;
    // SAFETY: as for curm; word 0 of the M is its current G.
    unsafe {
        core::arch::asm!("mov {}, qword ptr fs:[0]", out(reg) g, options(nostack, readonly, preserves_flags))
    };
    g
}

fn set_fs(m: *mut M) {
    // SAFETY: arch_prctl(ARCH_SET_FS, m): nothing else uses fs in an rgo program (no libc,
    // no ELF TLS).
    unsafe {
        core::arch::asm!("syscall", inlateout("rax") 158usize => _, in("rdi") 0x1002usize,
            in("rsi") m as usize, lateout("rcx") _, lateout("r11") _, options(nostack));
    }
}

fn cheaprand(m: *mut M) -> u32 {
    // SAFETY: m is the current M; only its own thread touches rng.
    unsafe {
        let mut x = (*m).rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (*m).rng = x;
        (x >> 32) as u32
    }
}

/// A fast per-M pseudo-random number in `[0, n)` (n > 0).
pub fn fastrandn(n: u32) -> u32 {
    ((cheaprand(curm()) as u64 * n as u64) >> 32) as u32
}

fn new_m() -> *mut M {
    let m = crate::heap::persistent_alloc(core::mem::size_of::<M>(), 64) as *mut M;
    // SAFETY: fresh memory for one M.
    unsafe {
        m.write(M::new());
        (*m).self_ = m;
        (*m).id = MIDGEN.fetch_add(1, Ordering::Relaxed);
        (*m).rng = crate::syscall::cputicks() | 1;
    }
    m
}

/// A runtime helper thread started on its first request and woken by each later one
/// (the collector's background mark thread and sweeper).
pub struct OnDemandThread {
    started: core::sync::atomic::AtomicBool,
    /// Futex bumped by each request.
    requests: AtomicU32,
}

impl OnDemandThread {
    pub const fn new() -> OnDemandThread {
        OnDemandThread {
            started: core::sync::atomic::AtomicBool::new(false),
            requests: AtomicU32::new(0),
        }
    }

    /// Asks the thread (running `f`, started now if it is not yet) for a round of work.
    pub fn request(&self, f: extern "C" fn(*mut M) -> !) {
        if !self.started.swap(true, Ordering::AcqRel) {
            start_helper_thread(f);
        }
        self.requests.fetch_add(1, Ordering::Release);
        crate::sync::futex_wake(&self.requests, 1);
    }

    /// Called by the thread: sleeps until a request newer than `seen` arrives.
    pub fn wait(&self, seen: &mut u32) {
        loop {
            let seq = self.requests.load(Ordering::Acquire);
            if seq != *seen {
                *seen = seq;
                return;
            }
            crate::sync::futex_wait(&self.requests, seq, -1);
        }
    }
}

impl Default for OnDemandThread {
    fn default() -> Self {
        Self::new()
    }
}

/// Starts a runtime helper thread (an M that never runs Go code, e.g. a collector
/// marker) running `f`.
pub fn start_helper_thread(f: extern "C" fn(*mut M) -> !) {
    start_thread(new_m(), f);
}

/// Starts an OS thread for `m` running `f(m)` on a fresh system stack.
fn start_thread(m: *mut M, f: extern "C" fn(*mut M) -> !) {
    let stk = crate::syscall::map_rw(G0_STACK);
    if stk.is_null() {
        crate::panic::fatal("cannot allocate a thread stack");
    }
    let top = stk as usize + G0_STACK;
    let sp = top - 16;
    // SAFETY: the two top words of the fresh stack hold fn and arg for rt_clone's child.
    unsafe {
        *(sp as *mut usize) = f as usize;
        *((sp + 8) as *mut usize) = m as usize;
    }
    const FLAGS: u64 = 0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 | 0x80000;
    // SAFETY: clone with a private stack and TLS = m; the child never returns into Rust.
    let r = unsafe { rt_clone(FLAGS, sp, m as usize) };
    if r < 0 {
        crate::panic::fatal("newosproc: cannot create a thread");
    }
}

// ---- initialisation ----

fn ncpu() -> u32 {
    match rustix::thread::sched_getaffinity(None) {
        Ok(set) => set.count().max(1),
        Err(_) => 1,
    }
}

fn parse_env_int(name: &[u8]) -> Option<i64> {
    let v = crate::rt0::getenv(name)?;
    let b = v.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add((c - b'0') as i64)?;
    }
    Some(n)
}

/// The scheduler is set up (Ms have an `fs` base): allocation may use the P caches.
static SCHED_READY: AtomicBool = AtomicBool::new(false);

/// The running P's allocation cache, or null (no P: the scheduler, or before start-up).
#[inline(always)]
pub fn current_mcache() -> *mut crate::heap::MCache {
    #[cfg(test)]
    {
        null_mut()
    }
    #[cfg(not(test))]
    {
        if !SCHED_READY.load(Ordering::Relaxed) {
            return null_mut();
        }
        // SAFETY: every runtime thread's M is valid; its P, if any, is owned by it.
        unsafe {
            let p = (*curm()).p;
            if p.is_null() {
                null_mut()
            } else {
                &raw mut (*p).mcache
            }
        }
    }
}

/// Calls `f` with every P's allocation cache (Ps removed by GOMAXPROCS included).
///
/// # Safety
/// The world is stopped, or `f` only reads plain counters.
pub unsafe fn for_each_mcache(mut f: impl FnMut(&mut crate::heap::MCache)) {
    // SAFETY: ALLP entries are null or Ps, never freed.
    unsafe {
        for &p in ALLP.get().iter() {
            if p.is_null() {
                break;
            }
            f(&mut (*p).mcache);
        }
    }
}

/// A new idle P with id `id`.
fn new_p(id: usize) -> *mut P {
    let p = crate::heap::persistent_alloc(core::mem::size_of::<P>(), 64) as *mut P;
    // SAFETY: fresh memory for one P.
    unsafe {
        p.write(P {
            id,
            status: AtomicU32::new(P_IDLE),
            runq: LocalQueue::new(),
            schedtick: AtomicU64::new(0),
            syscalltick: AtomicU64::new(0),
            curg: AtomicPtr::new(null_mut()),
            link: null_mut(),
            stop_owner: null_mut(),
            restart_owner: null_mut(),
            mcache: crate::heap::MCache::new(),
            sm_tick: 0,
            sm_when: 0,
            sm_sctick: 0,
            sm_scwhen: 0,
        })
    };
    p
}

/// Sets up M0 (this thread, `fs` base included) and the Ps. Call first at start-up.
pub fn init() {
    // SAFETY: start-up, single thread.
    unsafe {
        let m0 = &raw mut M0;
        (*m0).self_ = m0;
        (*m0).rng = crate::syscall::cputicks() | 1;
        MIDGEN.store(1, Ordering::Relaxed);
        set_fs(m0);
        let n = ncpu();
        NCPU.store(n, Ordering::Relaxed);
        let mut procs = n as i64;
        if let Some(v) = parse_env_int(b"GOMAXPROCS") {
            if v > 0 {
                procs = v;
            }
        }
        let procs = (procs as usize).clamp(1, MAX_PROCS);
        GOMAXPROCS.store(procs as u32, Ordering::Relaxed);
        for i in 0..procs {
            ALLP.get()[i] = new_p(i);
        }
        SCHED.get().mcount = 1;
        // P0 belongs to M0; the others are idle.
        for &p in allp()[1..].iter().rev() {
            pidleput(p);
        }
        acquirep(m0, allp()[0]);
        SCHED_READY.store(true, Ordering::Release);
    }
}

/// Runs the main goroutine `g` (stack `[lo, hi)`, entry closure `closure`) and the
/// scheduler on this thread. Never returns: the program exits when main returns.
///
/// # Safety
/// Called once by rt0 after [`init`]; `g` is the static main G.
pub unsafe fn start_main(g: *mut G, closure: *const u8, lo: usize, hi: usize) -> ! {
    // SAFETY: per the contract g is the unused main G.
    unsafe {
        (*g).stack_lo = lo;
        (*g).real_lo = lo;
        (*g).stack_hi = hi;
        (*g).closure = closure;
        init_context(g);
        allg_add(g);
        (*g).status.store(G_RUNNABLE, Ordering::Relaxed);
        let m = curm();
        let mut over = GQueue::new();
        (*(*m).p).runq.push(g, true, &mut over);
        schedule(m)
    }
}

/// Lays out the initial frame that `rt_switch` "returns" from into `rt_gostart`.
///
/// # Safety
/// `g.stack_hi` is the 16-byte aligned top of the goroutine's stack.
unsafe fn init_context(g: *mut G) {
    // SAFETY: the top 64 bytes of the stack are ours to write.
    unsafe {
        let sp = (*g).stack_hi - 64;
        let w = sp as *mut usize;
        *w = g as usize; // r15
        for i in 1..5 {
            *w.add(i) = 0; // r14, r13, r12, rbx
        }
        *w.add(5) = 0; // rbp
        *w.add(6) = rt_gostart as *const () as usize;
        *w.add(7) = 0;
        (*g).sp = sp;
    }
}

// ---- P and M lists (sched lock held) ----

/// # Safety
/// The scheduler lock is held (or start-up).
unsafe fn pidleput(p: *mut P) {
    // SAFETY: per the contract.
    unsafe {
        let s = SCHED.get();
        (*p).status.store(P_IDLE, Ordering::Release);
        (*p).link = s.pidle;
        s.pidle = p;
    }
    NPIDLE.fetch_add(1, Ordering::AcqRel);
}

/// # Safety
/// The scheduler lock is held.
unsafe fn pidleget() -> *mut P {
    // SAFETY: per the contract.
    let s = unsafe { SCHED.get() };
    let p = s.pidle;
    if !p.is_null() {
        // SAFETY: p is an idle P on the list.
        s.pidle = unsafe { (*p).link };
        NPIDLE.fetch_sub(1, Ordering::AcqRel);
        if s.sysmon_sleeping {
            s.sysmon_sleeping = false;
            SYSMON_NOTE.store(1, Ordering::Release);
            futex_wake(&SYSMON_NOTE, 1);
        }
    }
    p
}

fn acquirep(m: *mut M, p: *mut P) {
    // SAFETY: p was taken from the idle list (or handed over) for m.
    unsafe {
        (*m).p = p;
        (*p).status.store(P_RUNNING, Ordering::Release);
    }
}

/// # Safety
/// The scheduler lock is held.
unsafe fn globrunq_put(q: &mut GQueue) {
    let n = q.len as u32;
    // SAFETY: per the contract.
    unsafe { SCHED.get().runq.append(q) };
    GLOBAL_RUNQ_LEN.fetch_add(n, Ordering::AcqRel);
}

/// Takes a batch from the global queue for `p`: returns one goroutine and queues up to
/// half of its share locally.
///
/// # Safety
/// The scheduler lock is held; p is owned by the caller.
unsafe fn globrunq_get(p: *mut P, max: usize) -> *mut G {
    // SAFETY: per the contract.
    let s = unsafe { SCHED.get() };
    if s.runq.is_empty() {
        return null_mut();
    }
    let procs = GOMAXPROCS.load(Ordering::Relaxed) as usize;
    let mut n = (s.runq.len / procs + 1).min(s.runq.len).min(max);
    n = n.min(runq::RUNQ_SIZE / 2);
    let g = s.runq.pop_front();
    let mut taken = 1;
    let mut over = GQueue::new();
    while taken < n {
        let x = s.runq.pop_front();
        // SAFETY: p is ours.
        unsafe { (*p).runq.push(x, false, &mut over) };
        taken += 1;
    }
    GLOBAL_RUNQ_LEN.fetch_sub(taken as u32, Ordering::AcqRel);
    if !over.is_empty() {
        // SAFETY: lock held.
        unsafe { globrunq_put(&mut over) };
    }
    g
}

// ---- readying and waking ----

/// Makes the waiting goroutine `g` runnable on the current P (in `runnext` when
/// `next`), waking an idle P's M if there is one.
pub fn ready(g: *mut G, next: bool) {
    // SAFETY: g is a parked goroutine; its context was saved before it became visible.
    unsafe { (*g).status.store(G_RUNNABLE, Ordering::Release) };
    let m = curm();
    // SAFETY: m is this thread's M.
    let p = unsafe { (*m).p };
    if p.is_null() {
        SCHED_LOCK.lock();
        let mut q = GQueue::new();
        q.push_back(g);
        // SAFETY: lock held.
        unsafe { globrunq_put(&mut q) };
        SCHED_LOCK.unlock();
    } else {
        let mut over = GQueue::new();
        // SAFETY: p is owned by this M.
        unsafe { (*p).runq.push(g, next, &mut over) };
        if !over.is_empty() {
            SCHED_LOCK.lock();
            // SAFETY: lock held.
            unsafe { globrunq_put(&mut over) };
            SCHED_LOCK.unlock();
        }
    }
    wakep();
}

/// Wakes an M to run an idle P if there is one and no M is already looking for work.
pub fn wakep() {
    if NPIDLE.load(Ordering::Acquire) == 0 {
        return;
    }
    if NMSPINNING
        .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed)
        .is_err()
    {
        return;
    }
    startm(null_mut(), true);
}

/// Runs `p` (an idle P if null) on an idle or new M.
fn startm(mut p: *mut P, spinning: bool) {
    SCHED_LOCK.lock();
    if p.is_null() {
        // SAFETY: lock held.
        p = unsafe { pidleget() };
        if p.is_null() {
            SCHED_LOCK.unlock();
            if spinning {
                NMSPINNING.fetch_sub(1, Ordering::AcqRel);
            }
            return;
        }
    }
    // SAFETY: lock held.
    let s = unsafe { SCHED.get() };
    let m = s.midle;
    if m.is_null() {
        s.mcount += 1;
        SCHED_LOCK.unlock();
        let m = new_m();
        // SAFETY: m is fresh and not yet running.
        unsafe {
            (*m).nextp = p;
            (*m).spinning = spinning;
        }
        start_thread(m, mstart);
        return;
    }
    // SAFETY: m is an idle M on the list, asleep in stopm.
    let sleeping = unsafe {
        s.midle = (*m).schedlink;
        (*m).nextp = p;
        (*m).spinning = spinning;
        (*m).park.swap(PARK_NOTIFIED, Ordering::AcqRel) == PARK_SLEEPING
    };
    SCHED_LOCK.unlock();
    if sleeping {
        // SAFETY: as above; M records are never freed.
        futex_wake(unsafe { &(*m).park }, 1);
    }
}

// `M.park` states: an idle M announces PARK_SLEEPING before it sleeps on the futex; a
// waker sets PARK_NOTIFIED and makes the futex system call only for a sleeping M.
// (Idle Ms deliberately do not spin: see find_runnable.)
const PARK_IDLE: u32 = 0;
const PARK_NOTIFIED: u32 = 1;
const PARK_SLEEPING: u32 = 2;

extern "C" fn mstart(m: *mut M) -> ! {
    // SAFETY: m is this new thread's M (fs base set by clone).
    unsafe {
        let p = (*m).nextp;
        (*m).nextp = null_mut();
        acquirep(m, p);
    }
    schedule(m)
}

/// Parks this M (which has no P) until another thread hands it a P; with a timer
/// pending, one idle M sleeps only until the timer is due and then looks for a P itself.
fn stopm(m: *mut M) {
    // After a timer wake-up that found every P busy, the running Ms will run the timer
    // when they next schedule: sleep without a timeout instead of spinning on it.
    let mut may_wait_for_timer = true;
    loop {
        SCHED_LOCK.lock();
        // SAFETY: lock held; m is this thread's M.
        let s = unsafe { SCHED.get() };
        let next_timer = crate::time::next_when();
        let mut deadline = -1;
        if may_wait_for_timer && next_timer != i64::MAX && s.timer_sleeper.is_null() {
            s.timer_sleeper = m;
            deadline = next_timer;
        }
        // SAFETY: as above.
        unsafe {
            (*m).schedlink = s.midle;
            s.midle = m;
            (*m).park.store(PARK_IDLE, Ordering::Release);
        }
        SCHED_LOCK.unlock();
        // SAFETY: m is ours.
        let park = unsafe { &(*m).park };
        loop {
            let v = park.load(Ordering::Acquire);
            if v == PARK_NOTIFIED {
                break;
            }
            if v == PARK_IDLE
                && park
                    .compare_exchange(
                        PARK_IDLE,
                        PARK_SLEEPING,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    )
                    .is_err()
            {
                continue;
            }
            if deadline >= 0 {
                let now = crate::syscall::nanotime();
                if now >= deadline {
                    break;
                }
                futex_wait(park, PARK_SLEEPING, deadline - now);
            } else {
                futex_wait(park, PARK_SLEEPING, -1);
            }
        }
        SCHED_LOCK.lock();
        // SAFETY: lock held.
        let s = unsafe { SCHED.get() };
        if s.timer_sleeper == m {
            s.timer_sleeper = null_mut();
        }
        // SAFETY: m is ours; nextp is written under the lock.
        let p = unsafe { (*m).nextp };
        if !p.is_null() {
            // SAFETY: as above.
            unsafe { (*m).nextp = null_mut() };
            SCHED_LOCK.unlock();
            acquirep(m, p);
            return;
        }
        // Timed out or kicked without a P: leave the idle list and look for a P.
        let mut pp = &raw mut s.midle;
        // SAFETY: the idle list holds live Ms; lock held.
        unsafe {
            while !(*pp).is_null() {
                if *pp == m {
                    *pp = (*m).schedlink;
                    break;
                }
                pp = &raw mut (**pp).schedlink;
            }
        }
        // SAFETY: lock held.
        let p = unsafe { pidleget() };
        SCHED_LOCK.unlock();
        if !p.is_null() {
            acquirep(m, p);
            return;
        }
        may_wait_for_timer = false;
    }
}

/// Kicks the M sleeping for the timers so that it re-reads the next deadline (or wakes
/// one if none sleeps for them). Called after a timer with an earlier deadline is added.
pub fn timers_changed(when: i64) {
    SCHED_LOCK.lock();
    // SAFETY: lock held.
    let s = unsafe { SCHED.get() };
    let m = s.timer_sleeper;
    if !m.is_null() {
        s.timer_sleeper = null_mut();
        // SAFETY: m sleeps in stopm; it re-checks under the lock.
        let sleeping = unsafe { (*m).park.swap(PARK_NOTIFIED, Ordering::AcqRel) } == PARK_SLEEPING;
        SCHED_LOCK.unlock();
        if sleeping {
            // SAFETY: as above; M records are never freed.
            futex_wake(unsafe { &(*m).park }, 1);
        }
        return;
    }
    SCHED_LOCK.unlock();
    let _ = when;
    wakep();
}

// ---- the scheduler loop ----

fn schedule(m: *mut M) -> ! {
    loop {
        let g = find_runnable(m);
        execute(m, g);
    }
}

fn execute(m: *mut M, g: *mut G) {
    // SAFETY: m is this thread's M and owns its P; g is runnable and not running anywhere.
    unsafe {
        let p = (*m).p;
        (*g).in_syscall = false;
        (*g).status.store(G_RUNNING, Ordering::Relaxed);
        (*m).curg = g;
        (*p).curg.store(g, Ordering::Release);
        (*p).schedtick.fetch_add(1, Ordering::Relaxed);
        (*m).after = After::None;
        rt_switch(&raw mut (*m).g0_sp, (*g).sp);
        // Back on g0 (always the same M: g0 stacks belong to their thread).
        (*m).curg = null_mut();
        let p = (*m).p;
        if !p.is_null() {
            (*p).curg.store(null_mut(), Ordering::Release);
        }
        match (*m).after {
            After::Park => {
                (*g).status.store(G_WAITING, Ordering::Release);
                if let Some(f) = (*m).unlockf.take() {
                    f((*m).unlock_arg);
                }
            }
            After::Yield => {
                (*g).status.store(G_RUNNABLE, Ordering::Release);
                SCHED_LOCK.lock();
                let mut q = GQueue::new();
                q.push_back(g);
                globrunq_put(&mut q);
                SCHED_LOCK.unlock();
            }
            After::Exit => gfput(g),
            After::SyscallNoP => {
                (*g).status.store(G_RUNNABLE, Ordering::Release);
                SCHED_LOCK.lock();
                let mut q = GQueue::new();
                q.push_back(g);
                globrunq_put(&mut q);
                NSYSCALL.fetch_sub(1, Ordering::AcqRel);
                SCHED_LOCK.unlock();
                stopm(m);
            }
            After::None => {
                crate::panic::fatal("goroutine switched to the scheduler without a reason")
            }
        }
    }
}

fn reset_spinning(m: *mut M) {
    // SAFETY: m is this thread's M.
    unsafe {
        if (*m).spinning {
            (*m).spinning = false;
            if NMSPINNING.fetch_sub(1, Ordering::AcqRel) == 1 {
                // The last spinning M found work: there may be more for an idle P.
                wakep();
            }
        }
    }
}

/// Finds a goroutine to run, sleeping while there is none. Returns with `m.p` set.
fn find_runnable(m: *mut M) -> *mut G {
    'top: loop {
        if stw::pending() {
            stw::gcstopm(m);
            continue 'top;
        }
        if crate::gc::pending() && crate::gc::collect_on_scheduler() {
            continue 'top;
        }
        // SAFETY: m is this thread's M; it owns p.
        let p = unsafe { (*m).p };
        crate::time::run_timers(crate::syscall::nanotime());
        // SAFETY: p is owned by m.
        let pr = unsafe { &*p };
        if pr.schedtick.load(Ordering::Relaxed) % 61 == 0
            && GLOBAL_RUNQ_LEN.load(Ordering::Acquire) > 0
        {
            SCHED_LOCK.lock();
            // SAFETY: lock held, p ours.
            let g = unsafe { globrunq_get(p, 1) };
            SCHED_LOCK.unlock();
            if !g.is_null() {
                reset_spinning(m);
                return g;
            }
        }
        let g = pr.runq.pop();
        if !g.is_null() {
            reset_spinning(m);
            return g;
        }
        if GLOBAL_RUNQ_LEN.load(Ordering::Acquire) > 0 {
            SCHED_LOCK.lock();
            // SAFETY: lock held, p ours.
            let g = unsafe { globrunq_get(p, usize::MAX) };
            SCHED_LOCK.unlock();
            if !g.is_null() {
                reset_spinning(m);
                return g;
            }
        }
        // Steal (4 rounds over the other Ps, like gc: no extended spinning, so an idle
        // M reacts to new work with about gc's latency — programs whose output happens to
        // depend on that ordering under gc then behave the same here).
        let procs = GOMAXPROCS.load(Ordering::Relaxed) as usize;
        if procs > 1 {
            for round in 0..4 {
                let start = cheaprand(m) as usize % procs;
                for i in 0..procs {
                    let v = allp()[(start + i) % procs];
                    if v == p {
                        continue;
                    }
                    // SAFETY: v is a live P.
                    let vr = unsafe { &*v };
                    // A running P's runnext is usually about to run (a goroutine it just
                    // woke): take it only in the last round, after giving the owner ~3 µs.
                    let last = round == 3;
                    let mut g = pr.runq.steal_from(&vr.runq, false);
                    if g.is_null() && last && vr.runq.has_next() {
                        if vr.status.load(Ordering::Acquire) == P_RUNNING {
                            let until = crate::syscall::nanotime() + 3_000;
                            while crate::syscall::nanotime() < until {
                                core::hint::spin_loop();
                            }
                        }
                        g = pr.runq.steal_from(&vr.runq, true);
                    }
                    if !g.is_null() {
                        reset_spinning(m);
                        return g;
                    }
                }
            }
        }
        // Nothing to do: give up the P.
        SCHED_LOCK.lock();
        // SAFETY: lock held.
        unsafe {
            if !SCHED.get().runq.is_empty() {
                let g = globrunq_get(p, usize::MAX);
                SCHED_LOCK.unlock();
                reset_spinning(m);
                return g;
            }
            (*p).schedtick.fetch_add(1, Ordering::Relaxed);
            pidleput(p);
            (*m).p = null_mut();
        }
        // SAFETY: m is ours.
        let was_spinning = unsafe { (*m).spinning };
        if was_spinning {
            // SAFETY: m is ours.
            unsafe { (*m).spinning = false };
            NMSPINNING.fetch_sub(1, Ordering::AcqRel);
        }
        checkdead();
        SCHED_LOCK.unlock();
        // Re-check the queues: work may have been queued while we gave up the P.
        let mut work = GLOBAL_RUNQ_LEN.load(Ordering::Acquire) > 0;
        for &q in allp() {
            // SAFETY: Ps are never freed.
            if unsafe { !(*q).runq.is_empty() } {
                work = true;
            }
        }
        if work || crate::time::next_when() <= crate::syscall::nanotime() {
            SCHED_LOCK.lock();
            // SAFETY: lock held.
            let p = unsafe { pidleget() };
            SCHED_LOCK.unlock();
            if !p.is_null() {
                acquirep(m, p);
                continue 'top;
            }
        }
        stopm(m);
    }
}

/// Reports a deadlock when nothing can ever run again. Called with the scheduler lock
/// held, right after a P went idle.
fn checkdead() {
    let procs = GOMAXPROCS.load(Ordering::Relaxed);
    if NPIDLE.load(Ordering::Acquire) != procs || NSYSCALL.load(Ordering::Acquire) != 0 {
        return;
    }
    // SAFETY: lock held.
    if unsafe { !SCHED.get().runq.is_empty() } {
        return;
    }
    if crate::time::next_when() != i64::MAX {
        return;
    }
    for &p in allp() {
        // SAFETY: Ps are never freed.
        if unsafe { !(*p).runq.is_empty() } {
            return;
        }
    }
    // SAFETY: the main G is static; its wait reason is a static string.
    if unsafe { crate::g::RGO_G0.wait_reason } == "Goexit" {
        crate::panic::fatal("no goroutines (main called runtime.Goexit) - deadlock!");
    }
    let mut out = crate::panic::Out::Fd2;
    out.put(b"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
    // SAFETY: the main G is static; its wait reason is a static string.
    let reason = unsafe { crate::g::RGO_G0.wait_reason };
    out.put(reason.as_bytes());
    out.put(b"]:\nmain.main()\n");
    crate::syscall::exit(2)
}

// ---- goroutine side: park, yield, exit ----

/// Switches from the current goroutine to this M's scheduler with `after`; returns when
/// the goroutine is resumed (possibly on another M).
fn mcall(after: After) {
    let m = curm();
    // SAFETY: m is this thread's M and curg the running goroutine; the g0 context was
    // saved by execute.
    unsafe {
        let g = (*m).curg;
        (*m).after = after;
        rt_switch(&raw mut (*g).sp, (*m).g0_sp);
    }
}

/// Parks the current goroutine (`reason` is shown in deadlock reports). The scheduler
/// calls `unlockf(arg)` once the goroutine's context is saved, so a lock held by the
/// caller can be released there without racing with the goroutine's wake-up.
pub fn park(reason: &'static str, unlockf: Option<fn(usize)>, arg: usize) {
    let m = curm();
    // SAFETY: m is this thread's M; curg is running.
    unsafe {
        (*(*m).curg).wait_reason = reason;
        (*m).unlockf = unlockf;
        (*m).unlock_arg = arg;
    }
    mcall(After::Park);
}

/// `unlockf` for [`park`]: releases the runtime [`Mutex`] at `arg`.
pub fn unlock_mutex(arg: usize) {
    // SAFETY: park callers pass a Mutex they hold.
    unsafe { (*(arg as *const Mutex)).unlock() };
}

/// Parks the current goroutine forever.
pub fn block_forever(reason: &'static str) -> ! {
    park(reason, None, 0);
    crate::panic::fatal("unreachable: a goroutine blocked forever was resumed")
}

/// Yields the processor: the goroutine goes to the global run queue.
pub fn gosched() {
    mcall(After::Yield);
}

/// Called by `rgo_morestack` on a preemption request.
pub fn preempted() {
    gosched();
}

/// Ends the current goroutine (its deferred calls have run). Ends the program for main.
pub fn goexit0() -> ! {
    let g = curg();
    // SAFETY: g is the running goroutine.
    if unsafe { (*g).id } == 1 {
        crate::syscall::exit(0);
    }
    mcall(After::Exit);
    crate::panic::fatal("unreachable: a dead goroutine was resumed")
}

/// Entry of every goroutine (from `rt_gostart`, running on the goroutine's stack).
#[no_mangle]
pub extern "C" fn rgo_goentry() -> ! {
    let g = curg();
    // SAFETY: g is the new goroutine; its closure is a func() value.
    unsafe { crate::gocall::call_closure((*g).closure) };
    goexit0()
}

fn gfput(g: *mut G) {
    NGOROUTINES.fetch_sub(1, Ordering::AcqRel);
    // SAFETY: g is dead: nothing references it but the free list.
    unsafe {
        (*g).status.store(G_DEAD, Ordering::Release);
        (*g).closure = core::ptr::null();
        (*g).defer = null_mut();
        (*g).panic = null_mut();
        GFREE_LOCK.lock();
        GFREE.get().dirty.push_back(g);
        GFREE_LOCK.unlock();
    }
}

/// Gives back the stack memory of up to `max` free goroutines beyond
/// [`MAX_DIRTY_FREE`] (sysmon). Slots are sorted and adjacent ones released with one
/// `madvise`, which matters when tens of thousands of goroutines have exited.
fn trim_free_stacks(max: usize) {
    const BATCH: usize = 1024;
    let mut done = 0;
    while done < max {
        done += BATCH;
        let mut batch: [*mut G; BATCH] = [null_mut(); BATCH];
        let mut n = 0;
        GFREE_LOCK.lock();
        // SAFETY: GFREE_LOCK held.
        let f = unsafe { GFREE.get() };
        while n < BATCH && f.dirty.len > MAX_DIRTY_FREE {
            batch[n] = f.dirty.pop_front();
            n += 1;
        }
        GFREE_LOCK.unlock();
        if n == 0 {
            return;
        }
        let b = &mut batch[..n];
        // SAFETY: the batch holds dead Gs owned by this function.
        b.sort_unstable_by_key(|&g| unsafe { (*g).stack_hi });
        // A slot is [real_lo - STACK_GUARD, stack_hi).
        // SAFETY: the batch holds dead Gs owned by this function.
        let base = |g: *mut G| unsafe { (*g).real_lo } - crate::g::STACK_GUARD;
        let mut i = 0;
        while i < n {
            let mut j = i + 1;
            // SAFETY: as above.
            unsafe {
                while j < n && base(b[j]) == (*b[j - 1]).stack_hi {
                    j += 1;
                }
                crate::stack::release(base(b[i]), (*b[j - 1]).stack_hi);
            }
            i = j;
        }
        let mut q = GQueue::new();
        for &g in b.iter() {
            // SAFETY: as above.
            unsafe { (*g).stack_dirty = false };
            q.push_back(g);
        }
        GFREE_LOCK.lock();
        // SAFETY: GFREE_LOCK held.
        unsafe { GFREE.get().clean.append(&mut q) };
        GFREE_LOCK.unlock();
    }
}

/// Counts `gfget` calls: sysmon trims free stacks only when reuse has stopped.
static GFGET_COUNT: AtomicU64 = AtomicU64::new(0);

fn gfget() -> *mut G {
    GFGET_COUNT.fetch_add(1, Ordering::Relaxed);
    GFREE_LOCK.lock();
    // SAFETY: GFREE_LOCK held.
    let f = unsafe { GFREE.get() };
    let mut g = f.dirty.pop_front();
    if g.is_null() {
        g = f.clean.pop_front();
    }
    GFREE_LOCK.unlock();
    g
}

/// Every goroutine ever created (they are never freed), linked through `G.allglink`.
static ALLG: AtomicPtr<G> = AtomicPtr::new(null_mut());

fn allg_add(g: *mut G) {
    let mut head = ALLG.load(Ordering::Acquire);
    loop {
        // SAFETY: g is not yet on the list; only this thread writes its link.
        unsafe { (*g).allglink = head };
        match ALLG.compare_exchange_weak(head, g, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return,
            Err(h) => head = h,
        }
    }
}

/// Calls `f(lo, hi, regs)` with the live stack range and the extra saved registers of
/// every goroutine that has a stack to scan. The goroutine running the caller (if any)
/// uses `self_sp` as its stack pointer.
///
/// # Safety
/// The world is stopped: no goroutine but the caller's runs Go code.
pub unsafe fn for_each_g(mut f: impl FnMut(usize, usize, &[usize]), self_sp: usize) {
    let cur = curg();
    let mut g = ALLG.load(Ordering::Acquire);
    while !g.is_null() {
        // SAFETY: G records are never freed; per the contract their states are stable
        // except for Ms leaving system calls, which only ever save a deeper stack pointer.
        unsafe {
            let gr = &*g;
            let st = gr.status.load(Ordering::Acquire);
            if g == cur {
                f(self_sp, gr.stack_hi, &[]);
            } else if st == G_RUNNING {
                if gr.in_syscall {
                    f(gr.syscallsp, gr.stack_hi, &gr.syscall_regs);
                } else {
                    crate::panic::fatal("collector: a goroutine is running during stop-the-world");
                }
            } else if st == G_RUNNABLE || st == G_WAITING {
                f(gr.sp, gr.stack_hi, &[]);
            }
            g = gr.allglink;
        }
    }
}

/// `go f()`: starts a goroutine running the `func()` closure `closure`.
#[no_mangle]
pub extern "C" fn rgo_go(closure: *const u8) {
    let mut g = gfget();
    if g.is_null() {
        g = crate::heap::persistent_alloc(core::mem::size_of::<G>(), 64) as *mut G;
        let (lo, hi) = crate::stack::alloc_slot();
        // SAFETY: fresh memory for one G.
        unsafe {
            g.write(G::new(0));
            (*g).real_lo = lo;
            (*g).stack_hi = hi;
        }
        allg_add(g);
    }
    // SAFETY: g is unused (fresh or dead).
    unsafe {
        (*g).id = GOIDGEN.fetch_add(1, Ordering::Relaxed) + 1;
        (*g).stack_lo = (*g).real_lo;
        (*g).closure = closure;
        (*g).param = 0;
        (*g).wait_reason = "";
        (*g).stack_dirty = true;
        init_context(g);
    }
    NGOROUTINES.fetch_add(1, Ordering::AcqRel);
    if !SYSMON_STARTED.swap(true, Ordering::AcqRel) {
        SCHED_LOCK.lock();
        // SAFETY: lock held.
        unsafe { SCHED.get().mcount += 1 };
        SCHED_LOCK.unlock();
        start_thread(new_m(), sysmon);
    }
    ready(g, true);
}

// ---- system calls ----

// rt_entersyscall: pushes the callee-saved registers and passes the stack pointer to
// `rgo_entersyscall_impl`, which records them for the collector: while the goroutine is
// in the kernel its live pointers are in frames above that stack pointer or in those
// registers.
core::arch::global_asm!(
    ".globl rt_entersyscall",
    ".type rt_entersyscall,@function",
    ".p2align 4",
    "rt_entersyscall:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "mov rdi, rsp",
    "call rgo_entersyscall_impl",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size rt_entersyscall, . - rt_entersyscall",
);

extern "C" {
    fn rt_entersyscall();
}

/// Called before a system call that may block: the P stays with this M but sysmon may
/// hand it to another M (and a stop-the-world may take it) if the call takes long.
#[inline(always)]
pub fn rgo_entersyscall() {
    // SAFETY: the stub preserves every register and only calls rgo_entersyscall_impl.
    unsafe { rt_entersyscall() }
}

#[no_mangle]
extern "C" fn rgo_entersyscall_impl(sp: usize) {
    #[cfg(not(test))]
    {
        let m = curm();
        // SAFETY: m is this thread's M, running a goroutine with its P; sp points at the
        // five registers the stub pushed.
        unsafe {
            let p = (*m).p;
            if p.is_null() {
                return;
            }
            let g = (*m).curg;
            if !g.is_null() {
                (*g).syscallsp = sp;
                for i in 0..5 {
                    (*g).syscall_regs[i] = *(sp as *const usize).add(i);
                }
                (*g).in_syscall = true;
            }
            NSYSCALL.fetch_add(1, Ordering::AcqRel);
            (*p).syscalltick.fetch_add(1, Ordering::Relaxed);
            (*p).status.store(P_SYSCALL, Ordering::Release);
        }
    }
    #[cfg(test)]
    let _ = sp;
}

/// Called after the system call: keeps the P if sysmon did not take it, else gets an
/// idle P or queues the goroutine and parks the M.
#[no_mangle]
pub extern "C" fn rgo_exitsyscall() {
    #[cfg(not(test))]
    {
        let m = curm();
        // SAFETY: m is this thread's M; p was ours when the call started.
        unsafe {
            let p = (*m).p;
            if p.is_null() {
                return;
            }
            if (*p)
                .status
                .compare_exchange(P_SYSCALL, P_RUNNING, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                NSYSCALL.fetch_sub(1, Ordering::AcqRel);
                (*(*m).curg).in_syscall = false;
                return;
            }
            // sysmon (or a stop-the-world) took the P.
            (*m).p = null_mut();
            SCHED_LOCK.lock();
            let np = pidleget();
            if !np.is_null() {
                NSYSCALL.fetch_sub(1, Ordering::AcqRel);
                SCHED_LOCK.unlock();
                acquirep(m, np);
                (*np).curg.store((*m).curg, Ordering::Release);
                (*(*m).curg).in_syscall = false;
                return;
            }
            SCHED_LOCK.unlock();
            mcall(After::SyscallNoP);
        }
    }
}

// ---- sysmon ----

extern "C" fn sysmon(_m: *mut M) -> ! {
    let mut delay_us: i64 = 20;
    let (mut last_gfget, mut last_gfget_when) = (0u64, 0i64);
    loop {
        // Free stacks keep their memory while goroutines are being created (they are
        // about to be reused); after a second without reuse the surplus goes back,
        // a few thousand stacks per tick.
        let c = GFGET_COUNT.load(Ordering::Relaxed);
        let now = crate::syscall::nanotime();
        if c != last_gfget {
            last_gfget = c;
            last_gfget_when = now;
        } else if now - last_gfget_when >= 1_000_000_000 {
            trim_free_stacks(4096);
        }
        let _ = rustix::thread::nanosleep(&rustix::time::Timespec {
            tv_sec: 0,
            tv_nsec: delay_us * 1000,
        });
        let procs = GOMAXPROCS.load(Ordering::Relaxed);
        if NPIDLE.load(Ordering::Acquire) == procs && NSYSCALL.load(Ordering::Acquire) == 0 {
            SCHED_LOCK.lock();
            // SAFETY: lock held.
            let s = unsafe { SCHED.get() };
            if NPIDLE.load(Ordering::Acquire) == procs && NSYSCALL.load(Ordering::Acquire) == 0 {
                s.sysmon_sleeping = true;
                SYSMON_NOTE.store(0, Ordering::Release);
                SCHED_LOCK.unlock();
                while SYSMON_NOTE.load(Ordering::Acquire) == 0 {
                    futex_wait(&SYSMON_NOTE, 0, -1);
                }
                delay_us = 20;
                continue;
            }
            SCHED_LOCK.unlock();
        }
        let now = crate::syscall::nanotime();
        let mut acted = false;
        for &pp in allp() {
            // SAFETY: Ps are never freed; the sm_* fields are only touched by sysmon.
            let p = unsafe { &mut *pp };
            match p.status.load(Ordering::Acquire) {
                P_RUNNING => {
                    let t = p.schedtick.load(Ordering::Relaxed);
                    if t != p.sm_tick {
                        p.sm_tick = t;
                        p.sm_when = now;
                    } else if now - p.sm_when >= TIME_SLICE_NS {
                        let g = p.curg.load(Ordering::Acquire);
                        if !g.is_null() {
                            // SAFETY: G records are never freed.
                            unsafe { (*g).request_preempt() };
                            acted = true;
                        }
                        p.sm_when = now;
                    }
                }
                P_SYSCALL => {
                    let t = p.syscalltick.load(Ordering::Relaxed);
                    if t != p.sm_sctick {
                        p.sm_sctick = t;
                        p.sm_scwhen = now;
                        continue;
                    }
                    let has_work =
                        !p.runq.is_empty() || GLOBAL_RUNQ_LEN.load(Ordering::Acquire) > 0;
                    let long = now - p.sm_scwhen >= TIME_SLICE_NS;
                    if ((has_work && now - p.sm_scwhen >= 20_000) || long)
                        && p.status
                            .compare_exchange(
                                P_SYSCALL,
                                P_IDLE,
                                Ordering::AcqRel,
                                Ordering::Relaxed,
                            )
                            .is_ok()
                    {
                        acted = true;
                        handoffp(p);
                    }
                }
                _ => {}
            }
        }
        delay_us = if acted {
            20
        } else {
            (delay_us * 2).min(10_000)
        };
    }
}

/// Finds a new owner for `p`, taken from an M in a system call.
fn handoffp(p: *mut P) {
    // SAFETY: p is unowned now.
    let pr = unsafe { &*p };
    if !pr.runq.is_empty() || GLOBAL_RUNQ_LEN.load(Ordering::Acquire) > 0 {
        startm(p, false);
        return;
    }
    if NMSPINNING.load(Ordering::Acquire) + NPIDLE.load(Ordering::Acquire) == 0
        && NMSPINNING
            .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    {
        startm(p, true);
        return;
    }
    SCHED_LOCK.lock();
    // SAFETY: lock held.
    unsafe { pidleput(p) };
    SCHED_LOCK.unlock();
}

// ---- Go-visible runtime functions ----

/// `runtime.Gosched`.
#[export_name = "runtime.Gosched"]
pub extern "C" fn go_runtime_gosched() {
    gosched();
}

/// `runtime.NumGoroutine`.
#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn go_runtime_numgoroutine() -> i64 {
    NGOROUTINES.load(Ordering::Acquire)
}

/// `runtime.NumCPU`.
#[export_name = "runtime.NumCPU"]
pub extern "C" fn go_runtime_numcpu() -> i64 {
    NCPU.load(Ordering::Relaxed) as i64
}

/// The number of Ps.
pub fn gomaxprocs() -> u32 {
    GOMAXPROCS.load(Ordering::Relaxed)
}

/// `runtime.GOMAXPROCS`: returns the previous setting and, for n ≥ 1, changes the number
/// of Ps (stopping the world to do so, like gc).
#[export_name = "runtime.GOMAXPROCS"]
pub extern "C" fn go_runtime_gomaxprocs(n: i64) -> i64 {
    let old = GOMAXPROCS.load(Ordering::Relaxed) as i64;
    if n >= 1 && n != old {
        stw::procresize((n as usize).min(MAX_PROCS));
    }
    old
}

/// `runtime.Goexit`: runs the goroutine's deferred calls, then ends it. In main, the
/// other goroutines keep running; when none is left the program dies with gc's
/// "no goroutines (main called runtime.Goexit) - deadlock!".
#[export_name = "runtime.Goexit"]
pub extern "C" fn go_runtime_goexit() {
    while let Some((c, _fp)) = crate::defer::pop_any() {
        // SAFETY: c is a deferred func() closure.
        unsafe { crate::gocall::call_closure(c) };
    }
    let g = curg();
    // SAFETY: g is the running goroutine.
    if unsafe { (*g).id } == 1 {
        block_forever("Goexit");
    }
    goexit0()
}

/// `select {}` and other operations that block forever.
#[no_mangle]
pub extern "C" fn rgo_block() {
    block_forever("select (no cases)");
}

/// `rgo_gosched()`: yield (same as runtime.Gosched).
#[no_mangle]
pub extern "C" fn rgo_gosched() {
    gosched();
}
