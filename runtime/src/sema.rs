//! Semaphores for the Go-source `sync` package: `semacquire(addr)` blocks until
//! `*addr > 0` and decrements it; `semrelease(addr)` increments it or, when goroutines
//! wait on `addr`, hands the unit directly to the longest waiter (FIFO, so a woken
//! waiter never loses the unit to a newcomer). Waiters are kept in a fixed table of
//! buckets hashed by address; each bucket is a list of per-address FIFO queues (so a
//! release never scans other addresses' waiters), with records on the waiters' stacks.

use crate::g::G;
use crate::sync::Mutex;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicU32, Ordering};

const BUCKETS: usize = 251;

/// A waiting goroutine.
struct Waiter {
    g: *mut G,
    addr: usize,
    /// Next waiter for the same address.
    next: *mut Waiter,
    /// For the first waiter of an address: the last one, and the next address's queue.
    last: *mut Waiter,
    next_addr: *mut Waiter,
}

struct Bucket {
    lock: Mutex,
    /// Heads of the per-address queues.
    heads: core::cell::UnsafeCell<*mut Waiter>,
    /// Waiters in this bucket (lets release skip the lock when 0).
    nwait: AtomicU32,
}

// SAFETY: `heads` is only accessed with `lock` held.
unsafe impl Sync for Bucket {}

static TABLE: [Bucket; BUCKETS] = [const {
    Bucket {
        lock: Mutex::new(),
        heads: core::cell::UnsafeCell::new(null_mut()),
        nwait: AtomicU32::new(0),
    }
}; BUCKETS];

fn bucket(addr: usize) -> &'static Bucket {
    &TABLE[(addr >> 3) % BUCKETS]
}

fn atomic(addr: *mut u32) -> &'static AtomicU32 {
    // SAFETY: Go code passes a live, 4-byte aligned uint32.
    unsafe { AtomicU32::from_ptr(addr) }
}

fn try_acquire(a: &AtomicU32) -> bool {
    let mut v = a.load(Ordering::SeqCst);
    while v > 0 {
        match a.compare_exchange_weak(v, v - 1, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return true,
            Err(x) => v = x,
        }
    }
    false
}

/// Blocks until `*addr > 0`, then decrements it.
pub fn semacquire(addr: *mut u32, reason: &'static str) {
    let a = atomic(addr);
    if try_acquire(a) {
        return;
    }
    let b = bucket(addr as usize);
    b.lock.lock();
    b.nwait.fetch_add(1, Ordering::SeqCst);
    if try_acquire(a) {
        b.nwait.fetch_sub(1, Ordering::SeqCst);
        b.lock.unlock();
        return;
    }
    let mut w = Waiter {
        g: crate::g::curg(),
        addr: addr as usize,
        next: null_mut(),
        last: null_mut(),
        next_addr: null_mut(),
    };
    let wp: *mut Waiter = &mut w;
    // SAFETY: the bucket lock is held; all queued waiters are live (parked).
    unsafe {
        let mut h = *b.heads.get();
        while !h.is_null() && (*h).addr != addr as usize {
            h = (*h).next_addr;
        }
        if h.is_null() {
            (*wp).last = wp;
            (*wp).next_addr = *b.heads.get();
            *b.heads.get() = wp;
        } else {
            (*(*h).last).next = wp;
            (*h).last = wp;
        }
    }
    crate::sched::park(
        reason,
        Some(crate::sched::unlock_mutex),
        &b.lock as *const Mutex as usize,
    );
    // Woken by semrelease, which handed us the unit.
}

/// Increments `*addr`, or hands the unit to the first goroutine waiting on `addr`.
pub fn semrelease(addr: *mut u32) {
    let a = atomic(addr);
    let b = bucket(addr as usize);
    if b.nwait.load(Ordering::SeqCst) == 0 {
        a.fetch_add(1, Ordering::SeqCst);
        // A waiter may have registered meanwhile; it re-checks the count under the lock
        // after incrementing nwait, and we re-check nwait below.
        if b.nwait.load(Ordering::SeqCst) == 0 {
            return;
        }
        // Take the unit back if possible and hand it off under the lock.
        if !try_acquire(a) {
            return;
        }
    }
    b.lock.lock();
    // SAFETY: the bucket lock is held; queued waiters are live.
    let w = unsafe {
        let mut pp: *mut *mut Waiter = b.heads.get();
        while !(*pp).is_null() && (**pp).addr != addr as usize {
            pp = &raw mut (**pp).next_addr;
        }
        let h = *pp;
        if h.is_null() {
            null_mut()
        } else {
            let nx = (*h).next;
            if nx.is_null() {
                *pp = (*h).next_addr;
            } else {
                (*nx).last = (*h).last;
                (*nx).next_addr = (*h).next_addr;
                *pp = nx;
            }
            h
        }
    };
    if w.is_null() {
        a.fetch_add(1, Ordering::SeqCst);
        b.lock.unlock();
        return;
    }
    b.nwait.fetch_sub(1, Ordering::SeqCst);
    b.lock.unlock();
    // SAFETY: w's goroutine is parked (its unlock ran before w became visible).
    crate::sched::ready(unsafe { (*w).g }, true);
}

/// `rgo_semacquire(addr)`.
#[no_mangle]
pub extern "C" fn rgo_semacquire(addr: *mut u32) {
    semacquire(addr, "semacquire");
}

/// `rgo_semrelease(addr)`.
#[no_mangle]
pub extern "C" fn rgo_semrelease(addr: *mut u32) {
    semrelease(addr);
}

/// Go: `func runtime_Semacquire(s *uint32)` in package sync.
#[export_name = "sync.runtime_Semacquire"]
pub extern "C" fn go_sync_semacquire(addr: *mut u32) {
    semacquire(addr, "sync.WaitGroup.Wait");
}

/// Go: `func runtime_SemacquireMutex(s *uint32)` in package sync.
#[export_name = "sync.runtime_SemacquireMutex"]
pub extern "C" fn go_sync_semacquire_mutex(addr: *mut u32) {
    semacquire(addr, "sync.Mutex.Lock");
}

/// Go: `func runtime_SemacquireRWMutex(s *uint32)` in package sync.
#[export_name = "sync.runtime_SemacquireRWMutex"]
pub extern "C" fn go_sync_semacquire_rwmutex(addr: *mut u32) {
    semacquire(addr, "sync.RWMutex.Lock");
}

/// Go: `func runtime_Semrelease(s *uint32)` in package sync.
#[export_name = "sync.runtime_Semrelease"]
pub extern "C" fn go_sync_semrelease(addr: *mut u32) {
    semrelease(addr);
}

/// Go: `func fatal(s string)` in package sync (unrecoverable misuse, e.g. unlocking an
/// unlocked mutex).
#[export_name = "sync.fatal"]
pub extern "C" fn go_sync_fatal(ptr: *const u8, len: usize) -> ! {
    crate::panic::rgo_throw(ptr, len)
}
