//! Timers, sleeping and clocks. All timers live in one min-heap ordered by deadline,
//! under a lock; `TIMER_NEXT` caches the earliest deadline for lock-free checks. Timers
//! are run by the scheduler: every M with a P runs the expired ones each time it looks for
//! work, and one idle M sleeps on its futex only until the next deadline
//! (`sched::stopm`), so there is never a thread per sleeper. A timer does one of three
//! things when it fires: wake a goroutine (`time.Sleep`), send the current time on a
//! channel without blocking (`time.After`, `NewTimer`, `NewTicker`: buffered-1 channels
//! like gc's), or start a goroutine running a `func()` (`AfterFunc`). Periodic timers
//! (tickers) are re-armed, skipping missed periods.

use crate::sync::{Global, Mutex};
use alloc::vec::Vec;
use core::sync::atomic::{AtomicI64, Ordering};

/// Wake the goroutine `arg` (a `*mut G`).
pub const TIMER_WAKE_G: u32 = 0;
/// Send the current `time.Time` on the channel `arg` without blocking.
pub const TIMER_SEND_TIME: u32 = 1;
/// Start a goroutine running the `func()` closure `arg`.
pub const TIMER_GO_FUNC: u32 = 2;

const NOT_IN_HEAP: usize = usize::MAX;

/// A runtime timer.
#[repr(C)]
pub struct Timer {
    /// Deadline (monotonic ns).
    pub when: i64,
    /// Re-arm interval (0: one-shot).
    pub period: i64,
    pub kind: u32,
    /// Position in the heap, or `NOT_IN_HEAP`.
    idx: usize,
    pub arg: usize,
    /// For `TIMER_SEND_TIME`: the `*time.Location` of the times sent (time.Local).
    pub loc: usize,
}

impl Timer {
    pub const fn new(kind: u32, arg: usize) -> Timer {
        Timer {
            when: 0,
            period: 0,
            kind,
            idx: NOT_IN_HEAP,
            arg,
            loc: 0,
        }
    }
}

/// A binary min-heap of timers by deadline, keeping each timer's index up to date.
pub struct TimerHeap {
    v: Vec<*mut Timer>,
}

impl TimerHeap {
    pub const fn new() -> TimerHeap {
        TimerHeap { v: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.v.len()
    }

    pub fn is_empty(&self) -> bool {
        self.v.is_empty()
    }

    /// The earliest deadline, `i64::MAX` when empty.
    pub fn next_when(&self) -> i64 {
        // SAFETY: heap entries are live timers.
        self.v.first().map_or(i64::MAX, |&t| unsafe { (*t).when })
    }

    fn when(&self, i: usize) -> i64 {
        // SAFETY: heap entries are live timers.
        unsafe { (*self.v[i]).when }
    }

    fn set(&mut self, i: usize, t: *mut Timer) {
        self.v[i] = t;
        // SAFETY: t is a live timer.
        unsafe { (*t).idx = i };
    }

    fn up(&mut self, mut i: usize) {
        let t = self.v[i];
        // SAFETY: t is live.
        let w = unsafe { (*t).when };
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.when(parent) <= w {
                break;
            }
            let pt = self.v[parent];
            self.set(i, pt);
            i = parent;
        }
        self.set(i, t);
    }

    fn down(&mut self, mut i: usize) {
        let n = self.v.len();
        let t = self.v[i];
        // SAFETY: t is live.
        let w = unsafe { (*t).when };
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let mut c = l;
            if l + 1 < n && self.when(l + 1) < self.when(l) {
                c = l + 1;
            }
            if self.when(c) >= w {
                break;
            }
            let ct = self.v[c];
            self.set(i, ct);
            i = c;
        }
        self.set(i, t);
    }

    /// Adds `t` (not in the heap).
    pub fn push(&mut self, t: *mut Timer) {
        self.v.push(t);
        let i = self.v.len() - 1;
        self.up(i);
    }

    /// Removes `t` if it is in the heap; reports whether it was.
    pub fn remove(&mut self, t: *mut Timer) -> bool {
        // SAFETY: t is a live timer.
        let i = unsafe { (*t).idx };
        if i == NOT_IN_HEAP || i >= self.v.len() || self.v[i] != t {
            return false;
        }
        let last = self.v.pop().unwrap();
        if i < self.v.len() {
            self.set(i, last);
            self.down(i);
            self.up(i);
        }
        // SAFETY: as above.
        unsafe { (*t).idx = NOT_IN_HEAP };
        true
    }

    /// Removes and returns the earliest timer if it is due at `now`.
    pub fn pop_due(&mut self, now: i64) -> Option<*mut Timer> {
        if self.v.is_empty() || self.when(0) > now {
            return None;
        }
        let t = self.v[0];
        self.remove(t);
        Some(t)
    }
}

impl Default for TimerHeap {
    fn default() -> Self {
        Self::new()
    }
}

static TIMERS_LOCK: Mutex = Mutex::new();
static TIMERS: Global<TimerHeap> = Global::new(TimerHeap::new());
static TIMER_NEXT: AtomicI64 = AtomicI64::new(i64::MAX);

/// The earliest pending deadline (`i64::MAX`: none).
pub fn next_when() -> i64 {
    TIMER_NEXT.load(Ordering::Acquire)
}

/// Arms `t` for `when` (re-arming every `period` ns if > 0). Returns whether it was
/// pending before. `keep_locked`: leave `TIMERS_LOCK` held (for [`sleep`]'s park).
fn start(t: *mut Timer, when: i64, period: i64, keep_locked: bool) -> bool {
    TIMERS_LOCK.lock();
    // SAFETY: lock held.
    let h = unsafe { TIMERS.get() };
    let was = h.remove(t);
    // SAFETY: t is live and not in the heap.
    unsafe {
        (*t).when = when;
        (*t).period = period;
    }
    h.push(t);
    let old_next = TIMER_NEXT.swap(h.next_when(), Ordering::AcqRel);
    if !keep_locked {
        TIMERS_LOCK.unlock();
    }
    if when < old_next {
        crate::sched::timers_changed(when);
    }
    was
}

/// Disarms `t`; reports whether it was pending.
pub fn stop(t: *mut Timer) -> bool {
    TIMERS_LOCK.lock();
    // SAFETY: lock held.
    let h = unsafe { TIMERS.get() };
    let was = h.remove(t);
    TIMER_NEXT.store(h.next_when(), Ordering::Release);
    TIMERS_LOCK.unlock();
    was
}

/// Runs the timers due at `now`. Called by the scheduler with a P.
pub fn run_timers(now: i64) {
    if TIMER_NEXT.load(Ordering::Acquire) > now {
        return;
    }
    loop {
        let mut fired: [(u32, usize, usize); 16] = [(0, 0, 0); 16];
        let mut n = 0;
        TIMERS_LOCK.lock();
        // SAFETY: lock held.
        let h = unsafe { TIMERS.get() };
        while n < fired.len() {
            let Some(t) = h.pop_due(now) else { break };
            // SAFETY: t is live (owned by a sleeping goroutine or a Go timer object).
            unsafe {
                fired[n] = ((*t).kind, (*t).arg, (*t).loc);
                if (*t).period > 0 {
                    let p = (*t).period;
                    (*t).when += p * ((now - (*t).when) / p + 1);
                    h.push(t);
                }
            }
            n += 1;
        }
        TIMER_NEXT.store(h.next_when(), Ordering::Release);
        TIMERS_LOCK.unlock();
        for &(kind, arg, loc) in &fired[..n] {
            match kind {
                TIMER_WAKE_G => crate::sched::ready(arg as *mut crate::g::G, false),
                TIMER_SEND_TIME => {
                    let v = now_time(loc);
                    crate::chan::send_nonblocking(
                        arg as *mut crate::chan::Chan,
                        &v as *const TimeValue as *const u8,
                    );
                }
                _ => crate::sched::rgo_go(arg as *const u8),
            }
        }
        if n < fired.len() {
            return;
        }
    }
}

/// The Go-source `time.Time` layout (`compiler/std/time/time.go`): wall-clock seconds
/// since January 1, year 1 UTC, nanoseconds, the monotonic reading (0: none) and the
/// `*Location`.
#[repr(C)]
pub struct TimeValue {
    pub sec: i64,
    pub nsec: i64,
    pub mono: i64,
    pub loc: usize,
}

/// Seconds from January 1, year 1 to the Unix epoch (time.go's `unixToInternal`).
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

/// `time.Now()` in the location `loc`.
pub fn now_time(loc: usize) -> TimeValue {
    let (sec, nsec) = crate::syscall::walltime();
    TimeValue {
        sec: sec + UNIX_TO_INTERNAL,
        nsec,
        mono: crate::syscall::nanotime(),
        loc,
    }
}

fn unlock_timers(_: usize) {
    TIMERS_LOCK.unlock();
}

/// Parks the current goroutine for at least `ns` nanoseconds (returns at once if ≤ 0).
pub fn sleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let g = crate::g::curg();
    // The timer lives on the sleeping goroutine's stack, which does not move.
    let mut t = Timer::new(TIMER_WAKE_G, g as usize);
    let when = crate::syscall::nanotime().saturating_add(ns);
    start(&mut t, when, 0, true);
    crate::sched::park("sleep", Some(unlock_timers), 0);
}

/// `rgo_sleep(ns)`.
#[no_mangle]
pub extern "C" fn rgo_sleep(ns: i64) {
    sleep(ns);
}

/// Go: `func Sleep(d Duration)` in package time.
#[export_name = "time.Sleep"]
pub extern "C" fn go_time_sleep(ns: i64) {
    sleep(ns);
}

/// Go: `func sysOpen(path string) (fd int, errno int)` in package time: opens a zoneinfo
/// file for reading.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "time.sysOpen"]
pub unsafe extern "C" fn go_time_open(ptr: *const u8, len: usize) -> crate::stdhooks::TwoInts {
    // SAFETY: guaranteed by the caller.
    unsafe { crate::fs::go_os_open(ptr, len, 0, 0) }
}

/// Go: `func sysPread(fd int, p []byte, off int64) (n int, errno int)` in package time.
///
/// # Safety
/// `p_ptr` must point at `p_len` writable bytes (or `p_len` be 0).
#[export_name = "time.sysPread"]
pub unsafe extern "C" fn go_time_pread(
    fd: i64,
    p_ptr: *mut u8,
    p_len: usize,
    p_cap: usize,
    off: i64,
) -> crate::stdhooks::TwoInts {
    // SAFETY: guaranteed by the caller.
    unsafe { crate::fs::go_os_pread(fd, p_ptr, p_len, p_cap, off) }
}

/// Go: `func sysClose(fd int) int` in package time.
#[export_name = "time.sysClose"]
pub extern "C" fn go_time_close(fd: i64) -> i64 {
    crate::fs::go_os_close(fd)
}

/// Go: `func nanotime() int64` in package time (monotonic clock).
#[export_name = "time.nanotime"]
pub extern "C" fn go_time_nanotime() -> i64 {
    crate::syscall::nanotime()
}

/// Go: `func walltime() (sec int64, nsec int64)` in package time.
#[export_name = "time.walltime"]
pub extern "C" fn go_time_walltime() -> crate::syscall::SecNsec {
    let (sec, nsec) = crate::syscall::walltime();
    crate::syscall::SecNsec { sec, nsec }
}

/// `rgo_timer_new(c, f)`: a new, stopped timer that on expiry sends the current time on
/// the channel `c` without blocking (when `c` is not nil) or else starts a goroutine
/// running the `func()` closure `f`.
#[no_mangle]
pub extern "C" fn rgo_timer_new(c: *mut crate::chan::Chan, f: *const u8) -> *mut Timer {
    let t =
        crate::heap::alloc(core::mem::size_of::<Timer>(), core::ptr::null(), false) as *mut Timer;
    let (kind, arg) = if c.is_null() {
        (TIMER_GO_FUNC, f as usize)
    } else {
        (TIMER_SEND_TIME, c as usize)
    };
    // SAFETY: t is fresh memory for one Timer.
    unsafe { t.write(Timer::new(kind, arg)) };
    t
}

/// `rgo_timer_start(t, when, period)`: (re)arms `t` for the monotonic time `when`
/// (`rgo_nanotime` scale), repeating every `period` ns if > 0. Returns whether it was
/// pending.
#[no_mangle]
pub extern "C" fn rgo_timer_start(t: *mut Timer, when: i64, period: i64) -> bool {
    start(t, when, period, false)
}

/// `rgo_timer_stop(t)`: disarms `t`; returns whether it was pending.
#[no_mangle]
pub extern "C" fn rgo_timer_stop(t: *mut Timer) -> bool {
    stop(t)
}

/// Go: `func runtimeNewTimer(c chan Time, f func(), loc *Location) uintptr` in package
/// time. `loc` (the static `time.Local`, so that the timer need not keep a heap object
/// alive) is the location of the times sent on `c`.
#[export_name = "time.runtimeNewTimer"]
pub extern "C" fn go_time_new_timer(c: *mut crate::chan::Chan, f: *const u8, loc: usize) -> usize {
    let t = rgo_timer_new(c, f);
    // SAFETY: t is a fresh timer, not yet shared.
    unsafe { (*t).loc = loc };
    t as usize
}

/// Go: `func runtimeStartTimer(t uintptr, when, period int64) bool` in package time.
#[export_name = "time.runtimeStartTimer"]
pub extern "C" fn go_time_start_timer(t: usize, when: i64, period: i64) -> bool {
    start(t as *mut Timer, when, period, false)
}

/// Go: `func runtimeStopTimer(t uintptr) bool` in package time.
#[export_name = "time.runtimeStopTimer"]
pub extern "C" fn go_time_stop_timer(t: usize) -> bool {
    stop(t as *mut Timer)
}

/// Descriptor of `time.Time` (4 words) for the channels the runtime makes for timers; only
/// the element size matters to channel operations. Its one pointer, the `*Location`, is
/// not declared: the times the runtime sends point at the static `time.Local`, and a
/// value a goroutine sends is also referenced by the sender until received.
struct StaticDesc(crate::typedesc::TypeDesc);

// SAFETY: the descriptors are immutable and point only at immutable statics.
unsafe impl Sync for StaticDesc {}

const fn desc(
    name: &'static str,
    size: u64,
    kind: crate::typedesc::Kind,
    elem: *const crate::typedesc::TypeDesc,
) -> crate::typedesc::TypeDesc {
    use crate::typedesc::{GoString, TypeDesc};
    TypeDesc {
        size,
        ptrdata: if elem.is_null() { 0 } else { 8 },
        hash: 0,
        align: 8,
        field_align: 8,
        kind: kind as u8,
        flags: 0,
        gcdata: core::ptr::null(),
        name: GoString {
            ptr: name.as_ptr(),
            len: name.len(),
        },
        pkg_path: GoString {
            ptr: core::ptr::null(),
            len: 0,
        },
        elem,
        key: core::ptr::null(),
        len: crate::typedesc::CHAN_BOTH,
        fields: core::ptr::null(),
        nfields: 0,
        methods: core::ptr::null(),
        nmethods: 0,
        ptr_to_this: core::ptr::null(),
    }
}

static TIME_DESC: StaticDesc = StaticDesc(desc(
    "time.Time",
    32,
    crate::typedesc::Kind::Struct,
    core::ptr::null(),
));
static TIME_CHAN_DESC: StaticDesc = StaticDesc(desc(
    "chan time.Time",
    8,
    crate::typedesc::Kind::Chan,
    &TIME_DESC.0,
));

/// Go: `func makeTimeChan() chan Time` in package time: a buffered-1 channel.
#[export_name = "time.makeTimeChan"]
pub extern "C" fn go_time_make_time_chan() -> *mut crate::chan::Chan {
    crate::chan::makechan(&TIME_CHAN_DESC.0, 1)
}

/// Go: `func drainTimeChan(c chan Time)` in package time: discards a pending value.
#[export_name = "time.drainTimeChan"]
pub extern "C" fn go_time_drain_time_chan(c: *mut crate::chan::Chan) {
    let mut v = TimeValue {
        sec: 0,
        nsec: 0,
        mono: 0,
        loc: 0,
    };
    crate::chan::chanrecv(c, &mut v as *mut TimeValue as *mut u8, false);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::boxed::Box;

    #[test]
    fn heap_orders_and_removes() {
        let mut h = TimerHeap::new();
        let whens = [50i64, 10, 40, 30, 20, 60, 5];
        let ts: std::vec::Vec<*mut Timer> = whens
            .iter()
            .map(|&w| {
                let t = Box::into_raw(Box::new(Timer::new(TIMER_WAKE_G, w as usize)));
                // SAFETY: fresh box.
                unsafe { (*t).when = w };
                t
            })
            .collect();
        for &t in &ts {
            h.push(t);
        }
        assert_eq!(h.next_when(), 5);
        assert!(h.remove(ts[6]));
        assert!(!h.remove(ts[6]));
        assert!(h.remove(ts[2])); // 40
        assert_eq!(h.next_when(), 10);
        let mut got = std::vec::Vec::new();
        while let Some(t) = h.pop_due(55) {
            // SAFETY: live box.
            got.push(unsafe { (*t).when });
        }
        assert_eq!(got, [10, 20, 30, 50]);
        assert_eq!(h.len(), 1);
        assert!(h.pop_due(59).is_none());
        assert_eq!(h.pop_due(60).map(|t| unsafe { (*t).when }), Some(60));
        assert!(h.is_empty());
        assert_eq!(h.next_when(), i64::MAX);
    }

    #[test]
    fn heap_random_against_sort() {
        let mut h = TimerHeap::new();
        let mut x: u64 = 12345;
        let mut all = std::vec::Vec::new();
        for _ in 0..500 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let t = Box::into_raw(Box::new(Timer::new(0, 0)));
            // SAFETY: fresh box.
            unsafe { (*t).when = (x >> 40) as i64 };
            h.push(t);
            all.push(t);
        }
        for &t in all.iter().step_by(3) {
            assert!(h.remove(t));
        }
        let mut want: std::vec::Vec<i64> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 0)
            // SAFETY: live boxes.
            .map(|(_, &t)| unsafe { (*t).when })
            .collect();
        want.sort();
        let mut got = std::vec::Vec::new();
        while let Some(t) = h.pop_due(i64::MAX) {
            // SAFETY: live box.
            got.push(unsafe { (*t).when });
        }
        assert_eq!(got, want);
    }
}
