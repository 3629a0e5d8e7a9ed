//! Runtime-internal mutual exclusion: [`Mutex`], a three-state futex lock (0 unlocked,
//! 1 locked, 2 locked with waiters) that spins briefly before sleeping in the kernel.
//! Runtime code never parks a goroutine or calls Go code while holding one (the only
//! exception is the scheduler's "park and unlock" hand-off, which releases the lock on
//! the M's scheduler stack after the goroutine's context is saved), so a holder is only
//! ever descheduled by the OS. [`Lock`] is the guard-returning wrapper used for global
//! runtime state, and [`Global`] a cell whose accesses that lock serialises.

use core::sync::atomic::{AtomicU32, Ordering};

/// Blocks while `*w == val` (FUTEX_WAIT_PRIVATE), at most `timeout_ns` if it is ≥ 0.
pub fn futex_wait(w: &AtomicU32, val: u32, timeout_ns: i64) {
    use rustix::thread::futex;
    let ts;
    let t = if timeout_ns >= 0 {
        ts = rustix::time::Timespec {
            tv_sec: timeout_ns / 1_000_000_000,
            tv_nsec: timeout_ns % 1_000_000_000,
        };
        Some(&ts)
    } else {
        None
    };
    let _ = futex::wait(w, futex::Flags::PRIVATE, val, t);
}

/// Wakes up to `n` threads blocked in [`futex_wait`] on `w`.
pub fn futex_wake(w: &AtomicU32, n: u32) {
    let _ = rustix::thread::futex::wake(w, rustix::thread::futex::Flags::PRIVATE, n);
}

/// A futex-based mutex (not reentrant).
pub struct Mutex {
    state: AtomicU32,
}

impl Mutex {
    pub const fn new() -> Mutex {
        Mutex {
            state: AtomicU32::new(0),
        }
    }

    #[inline]
    pub fn lock(&self) {
        if self
            .state
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
    }

    #[cold]
    fn lock_slow(&self) {
        for _ in 0..100 {
            core::hint::spin_loop();
            if self.state.load(Ordering::Relaxed) == 0
                && self
                    .state
                    .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
        }
        while self.state.swap(2, Ordering::Acquire) != 0 {
            futex_wait(&self.state, 2, -1);
        }
    }

    pub fn try_lock(&self) -> bool {
        self.state
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    #[inline]
    pub fn unlock(&self) {
        if self.state.swap(0, Ordering::Release) == 2 {
            futex_wake(&self.state, 1);
        }
    }
}

impl Default for Mutex {
    fn default() -> Self {
        Self::new()
    }
}

/// A lock protecting one piece of global runtime state.
pub struct Lock {
    m: Mutex,
}

/// Held while the protected state is in use.
pub struct Guard<'a> {
    l: &'a Lock,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.l.m.unlock();
    }
}

impl Lock {
    pub const fn new() -> Lock {
        Lock { m: Mutex::new() }
    }

    #[inline(always)]
    pub fn lock(&self) -> Guard<'_> {
        self.m.lock();
        Guard { l: self }
    }
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

/// A global cell whose accesses are serialised by a [`Lock`] (or happen before any second
/// thread exists).
pub struct Global<T>(core::cell::UnsafeCell<T>);

// SAFETY: every access goes through `get`, whose callers hold the matching Lock or run
// before other threads start.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(v: T) -> Global<T> {
        Global(core::cell::UnsafeCell::new(v))
    }

    /// # Safety
    /// The caller holds the lock that guards this global and creates no overlapping `&mut`.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get(&self) -> &mut T {
        // SAFETY: exclusive access per the caller's contract.
        unsafe { &mut *self.0.get() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutex_counts_under_contention() {
        static M: Mutex = Mutex::new();
        static C: Global<u64> = Global::new(0);
        let hs: std::vec::Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    for _ in 0..20000 {
                        M.lock();
                        // SAFETY: M is held.
                        unsafe { *C.get() += 1 };
                        M.unlock();
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        // SAFETY: all threads joined.
        assert_eq!(unsafe { *C.get() }, 80000);
    }
}
