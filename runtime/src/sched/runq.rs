//! Run queues. [`LocalQueue`] is a P's bounded ring (the owner pushes at the tail and
//! pops at the head; other Ps steal half of it with a CAS on the head), plus the
//! `runnext` slot that a goroutine readied by the running one takes ahead of the ring.
//! [`GQueue`] is an intrusive FIFO (through `G.schedlink`) used for the global run queue
//! and batches; it is protected by the scheduler lock.

use crate::g::G;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

/// Capacity of a P's local ring.
pub const RUNQ_SIZE: usize = 256;

/// An intrusive FIFO of goroutines.
pub struct GQueue {
    pub head: *mut G,
    pub tail: *mut G,
    pub len: usize,
}

impl GQueue {
    pub const fn new() -> GQueue {
        GQueue {
            head: null_mut(),
            tail: null_mut(),
            len: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.head.is_null()
    }

    /// Appends `g`.
    pub fn push_back(&mut self, g: *mut G) {
        // SAFETY: g is a live G not on any other queue; the tail (if any) is live.
        unsafe {
            (*g).schedlink = null_mut();
            if self.tail.is_null() {
                self.head = g;
            } else {
                (*self.tail).schedlink = g;
            }
        }
        self.tail = g;
        self.len += 1;
    }

    /// Appends all of `other`.
    pub fn append(&mut self, other: &mut GQueue) {
        if other.head.is_null() {
            return;
        }
        if self.tail.is_null() {
            self.head = other.head;
        } else {
            // SAFETY: the tail is a live G of this queue.
            unsafe { (*self.tail).schedlink = other.head };
        }
        self.tail = other.tail;
        self.len += other.len;
        *other = GQueue::new();
    }

    /// Removes the first goroutine (null when empty).
    pub fn pop_front(&mut self) -> *mut G {
        let g = self.head;
        if !g.is_null() {
            // SAFETY: g is a live G of this queue.
            self.head = unsafe { (*g).schedlink };
            if self.head.is_null() {
                self.tail = null_mut();
            }
            self.len -= 1;
        }
        g
    }
}

impl Default for GQueue {
    fn default() -> Self {
        Self::new()
    }
}

/// A P's local run queue.
pub struct LocalQueue {
    head: AtomicU32,
    tail: AtomicU32,
    buf: [AtomicPtr<G>; RUNQ_SIZE],
    runnext: AtomicPtr<G>,
}

impl LocalQueue {
    pub const fn new() -> LocalQueue {
        LocalQueue {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            buf: [const { AtomicPtr::new(null_mut()) }; RUNQ_SIZE],
            runnext: AtomicPtr::new(null_mut()),
        }
    }

    /// Number of goroutines in the ring plus runnext (approximate under concurrency).
    pub fn len(&self) -> usize {
        let h = self.head.load(Ordering::Acquire);
        let t = self.tail.load(Ordering::Acquire);
        t.wrapping_sub(h) as usize + (!self.runnext.load(Ordering::Acquire).is_null()) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the `runnext` slot holds a goroutine.
    pub fn has_next(&self) -> bool {
        !self.runnext.load(Ordering::Acquire).is_null()
    }

    /// Owner only: queues `g` (into runnext when `next`, kicking the old runnext to the
    /// ring). When the ring is full, half of it plus the goroutine go to `overflow`,
    /// which the caller moves to the global queue.
    pub fn push(&self, mut g: *mut G, next: bool, overflow: &mut GQueue) {
        if next {
            let old = self.runnext.swap(g, Ordering::AcqRel);
            if old.is_null() {
                return;
            }
            g = old;
        }
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Relaxed);
            if (t.wrapping_sub(h) as usize) < RUNQ_SIZE {
                self.buf[t as usize % RUNQ_SIZE].store(g, Ordering::Relaxed);
                self.tail.store(t.wrapping_add(1), Ordering::Release);
                return;
            }
            // Full: move the older half to the overflow batch.
            let n = (RUNQ_SIZE / 2) as u32;
            let mut batch = GQueue::new();
            for i in 0..n {
                batch.push_back(
                    self.buf[(h.wrapping_add(i)) as usize % RUNQ_SIZE].load(Ordering::Relaxed),
                );
            }
            if self
                .head
                .compare_exchange(h, h.wrapping_add(n), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                batch.push_back(g);
                overflow.append(&mut batch);
                return;
            }
            // A thief took some; retry the fast path.
        }
    }

    /// Owner only: the next goroutine to run (runnext first).
    pub fn pop(&self) -> *mut G {
        let next = self.runnext.load(Ordering::Acquire);
        if !next.is_null()
            && self
                .runnext
                .compare_exchange(next, null_mut(), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
        {
            return next;
        }
        loop {
            let h = self.head.load(Ordering::Acquire);
            let t = self.tail.load(Ordering::Relaxed);
            if t == h {
                return null_mut();
            }
            let g = self.buf[h as usize % RUNQ_SIZE].load(Ordering::Relaxed);
            if self
                .head
                .compare_exchange(h, h.wrapping_add(1), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                return g;
            }
        }
    }

    /// Called by the owner of `self`: steals about half of `victim`'s goroutines, returns
    /// one of them and queues the rest locally (null when there was nothing to steal).
    /// With `steal_next`, an otherwise empty victim's `runnext` is taken too.
    pub fn steal_from(&self, victim: &LocalQueue, steal_next: bool) -> *mut G {
        let t = self.tail.load(Ordering::Relaxed);
        let n = loop {
            let h = victim.head.load(Ordering::Acquire);
            let vt = victim.tail.load(Ordering::Acquire);
            let avail = vt.wrapping_sub(h);
            let n = avail - avail / 2;
            if n == 0 {
                if !steal_next {
                    return null_mut();
                }
                // Take the victim's runnext as a last resort.
                let next = victim.runnext.load(Ordering::Acquire);
                if !next.is_null()
                    && victim
                        .runnext
                        .compare_exchange(next, null_mut(), Ordering::AcqRel, Ordering::Relaxed)
                        .is_ok()
                {
                    return next;
                }
                return null_mut();
            }
            if n as usize > RUNQ_SIZE / 2 {
                continue; // inconsistent snapshot
            }
            for i in 0..n {
                let g = victim.buf[h.wrapping_add(i) as usize % RUNQ_SIZE].load(Ordering::Relaxed);
                self.buf[t.wrapping_add(i) as usize % RUNQ_SIZE].store(g, Ordering::Relaxed);
            }
            if victim
                .head
                .compare_exchange(h, h.wrapping_add(n), Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                break n;
            }
        };
        let n = n - 1;
        let g = self.buf[t.wrapping_add(n) as usize % RUNQ_SIZE].load(Ordering::Relaxed);
        if n > 0 {
            self.tail.store(t.wrapping_add(n), Ordering::Release);
        }
        g
    }
}

impl Default for LocalQueue {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::boxed::Box;
    use std::vec::Vec;

    fn gs(n: usize) -> Vec<*mut G> {
        (0..n)
            .map(|i| Box::into_raw(Box::new(G::new(i as i64))))
            .collect()
    }

    fn id(g: *mut G) -> i64 {
        // SAFETY: test Gs are leaked boxes.
        unsafe { (*g).id }
    }

    #[test]
    fn gqueue_fifo() {
        let v = gs(5);
        let mut q = GQueue::new();
        let mut r = GQueue::new();
        q.push_back(v[0]);
        q.push_back(v[1]);
        r.push_back(v[2]);
        r.push_back(v[3]);
        q.append(&mut r);
        assert!(r.is_empty());
        q.push_back(v[4]);
        assert_eq!(q.len, 5);
        let ids: Vec<i64> = (0..5).map(|_| id(q.pop_front())).collect();
        assert_eq!(ids, [0, 1, 2, 3, 4]);
        assert!(q.pop_front().is_null());
    }

    #[test]
    fn local_push_pop_runnext_overflow() {
        let v = gs(300);
        let q = LocalQueue::new();
        let mut over = GQueue::new();
        q.push(v[0], false, &mut over);
        q.push(v[1], true, &mut over);
        q.push(v[2], true, &mut over); // kicks 1 to the ring
        assert_eq!(id(q.pop()), 2);
        assert_eq!(id(q.pop()), 0);
        assert_eq!(id(q.pop()), 1);
        assert!(q.pop().is_null());
        for &g in &v[..RUNQ_SIZE + 1] {
            q.push(g, false, &mut over);
        }
        assert_eq!(over.len, RUNQ_SIZE / 2 + 1);
        assert_eq!(q.len(), RUNQ_SIZE / 2);
        assert_eq!(id(over.pop_front()), 0);
        assert_eq!(id(q.pop()), (RUNQ_SIZE / 2) as i64);
    }

    #[test]
    fn steal_half() {
        let v = gs(10);
        let a = LocalQueue::new();
        let b = LocalQueue::new();
        let mut over = GQueue::new();
        for &g in &v {
            a.push(g, false, &mut over);
        }
        let g = b.steal_from(&a, true);
        assert_eq!(id(g), 4);
        assert_eq!(b.len(), 4);
        assert_eq!(a.len(), 5);
        assert_eq!(id(b.pop()), 0);
        let c = LocalQueue::new();
        let e = LocalQueue::new();
        e.push(v[9], true, &mut over);
        assert!(c.steal_from(&e, false).is_null());
        assert_eq!(id(c.steal_from(&e, true)), 9);
        assert!(c.steal_from(&e, true).is_null());
    }

    #[test]
    fn concurrent_steal_loses_nothing() {
        const N: usize = 20000;
        let v: Vec<usize> = gs(N).into_iter().map(|g| g as usize).collect();
        let owner = std::sync::Arc::new(LocalQueue::new());
        let thief = std::sync::Arc::new(LocalQueue::new());
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (o2, t2, d2) = (owner.clone(), thief.clone(), done.clone());
        let h = std::thread::spawn(move || {
            let mut got = Vec::new();
            loop {
                let g = t2.steal_from(&o2, true);
                if !g.is_null() {
                    got.push(g as usize);
                    loop {
                        let g = t2.pop();
                        if g.is_null() {
                            break;
                        }
                        got.push(g as usize);
                    }
                } else if d2.load(Ordering::Acquire) && o2.is_empty() {
                    return got;
                }
            }
        });
        let mut got = Vec::new();
        let mut over = GQueue::new();
        for (i, &g) in v.iter().enumerate() {
            owner.push(g as *mut G, i % 3 == 0, &mut over);
            if i % 2 == 0 {
                let g = owner.pop();
                if !g.is_null() {
                    got.push(g as usize);
                }
            }
        }
        loop {
            let g = owner.pop();
            if g.is_null() {
                break;
            }
            got.push(g as usize);
        }
        done.store(true, Ordering::Release);
        got.extend(h.join().unwrap());
        while !over.is_empty() {
            got.push(over.pop_front() as usize);
        }
        got.sort();
        let mut want = v.clone();
        want.sort();
        assert_eq!(got, want);
    }
}
