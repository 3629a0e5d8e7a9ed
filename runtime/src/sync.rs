//! Runtime-internal mutual exclusion. The runtime is single-threaded for now, so in the
//! real program the lock is a no-op; the unit tests run on several threads and get a real
//! mutex. Goroutine threads (later) will replace this with a spin/futex lock.

/// A lock protecting one piece of global runtime state.
pub struct Lock {
    #[cfg(test)]
    m: std::sync::Mutex<()>,
}

/// Held while the protected state is in use.
pub struct Guard<'a> {
    #[cfg(test)]
    _g: std::sync::MutexGuard<'a, ()>,
    #[cfg(not(test))]
    _p: core::marker::PhantomData<&'a ()>,
}

impl Lock {
    pub const fn new() -> Lock {
        Lock {
            #[cfg(test)]
            m: std::sync::Mutex::new(()),
        }
    }

    #[inline(always)]
    pub fn lock(&self) -> Guard<'_> {
        Guard {
            #[cfg(test)]
            _g: self.m.lock().unwrap_or_else(|e| e.into_inner()),
            #[cfg(not(test))]
            _p: core::marker::PhantomData,
        }
    }
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

/// A global cell whose accesses are serialised by a [`Lock`] (or by single-threadedness).
pub struct Global<T>(core::cell::UnsafeCell<T>);

// SAFETY: every access goes through `get`, whose callers hold the matching Lock (tests) or
// run on the single runtime thread.
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
