//! Channels. A [`Chan`] is a Go-heap object: a ring buffer of `cap` elements plus queues of
//! waiting goroutines ([`Sudog`] records, which live on the waiters' stacks — stacks
//! never move), under a runtime mutex. A send to a channel with a waiting receiver
//! copies the value straight into the receiver's destination and readies it into the
//! sender's `runnext` slot; likewise a receive from a waiting sender. `select` uses the
//! same queues (`select.rs`): a waiter that belongs to a select is taken only by the
//! operation that wins its goroutine's `select_done` flag.

use crate::g::G;
use crate::sync::Mutex;
use crate::typedesc::TypeDesc;
use core::ptr::null_mut;
use core::sync::atomic::Ordering;

/// A goroutine waiting on a channel.
#[repr(C)]
pub struct Sudog {
    pub g: *mut G,
    /// Send: the value to send. Receive: where to store the value (may be null).
    pub elem: *mut u8,
    pub next: *mut Sudog,
    pub prev: *mut Sudog,
    pub c: *mut Chan,
    /// Index of the select case (select waiters only).
    pub case_index: usize,
    pub is_select: bool,
    /// Set by the waker: true if a value was transferred, false if woken by close.
    pub success: bool,
}

impl Sudog {
    pub const fn new() -> Sudog {
        Sudog {
            g: null_mut(),
            elem: null_mut(),
            next: null_mut(),
            prev: null_mut(),
            c: null_mut(),
            case_index: 0,
            is_select: false,
            success: false,
        }
    }
}

impl Default for Sudog {
    fn default() -> Self {
        Self::new()
    }
}

/// A FIFO of waiters.
#[repr(C)]
pub struct WaitQ {
    pub first: *mut Sudog,
    pub last: *mut Sudog,
}

impl WaitQ {
    pub fn enqueue(&mut self, s: *mut Sudog) {
        // SAFETY: s is a live sudog not on any queue; the queue's entries are live.
        unsafe {
            (*s).next = null_mut();
            (*s).prev = self.last;
            if self.last.is_null() {
                self.first = s;
            } else {
                (*self.last).next = s;
            }
        }
        self.last = s;
    }

    /// Unlinks `s` if it is on this queue.
    pub fn remove(&mut self, s: *mut Sudog) {
        // SAFETY: s and its neighbours are live sudogs.
        unsafe {
            let (p, n) = ((*s).prev, (*s).next);
            if p.is_null() {
                if self.first != s {
                    return; // not queued (already dequeued)
                }
                self.first = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                self.last = p;
            } else {
                (*n).prev = p;
            }
            (*s).next = null_mut();
            (*s).prev = null_mut();
        }
    }

    /// Takes the first waiter that can still be woken (a select waiter only if this
    /// operation wins its goroutine's select).
    pub fn dequeue(&mut self) -> *mut Sudog {
        loop {
            let s = self.first;
            if s.is_null() {
                return s;
            }
            self.remove(s);
            // SAFETY: s is a live sudog whose goroutine is parked.
            unsafe {
                if (*s).is_select
                    && (*(*s).g)
                        .select_done
                        .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed)
                        .is_err()
                {
                    continue;
                }
            }
            return s;
        }
    }
}

/// A channel (`chan T`); nil channels are null pointers.
#[repr(C)]
pub struct Chan {
    /// Elements in the buffer.
    pub qcount: usize,
    /// Buffer capacity.
    pub dataqsiz: usize,
    pub buf: *mut u8,
    pub elemsize: usize,
    pub closed: bool,
    pub sendx: usize,
    pub recvx: usize,
    pub recvq: WaitQ,
    pub sendq: WaitQ,
    pub lock: Mutex,
}

impl Chan {
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: i < dataqsiz; the buffer holds dataqsiz elements.
        unsafe { self.buf.add(i * self.elemsize) }
    }
}

fn copy_elem(dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 && !dst.is_null() {
        // SAFETY: both point at values of the channel's element type.
        unsafe {
            crate::gc::barrier::range(dst, n);
            core::ptr::copy_nonoverlapping(src, dst, n)
        };
    }
}

fn zero_elem(dst: *mut u8, n: usize) {
    if n > 0 && !dst.is_null() {
        // SAFETY: dst points at a value of the element type.
        unsafe {
            crate::gc::barrier::range(dst, n);
            core::ptr::write_bytes(dst, 0, n)
        };
    }
}

/// Creates a channel of the channel type `chantd` with buffer size `size`.
pub fn makechan(chantd: *const TypeDesc, size: i64) -> *mut Chan {
    // SAFETY: compiled code passes a valid channel descriptor with an element type.
    let elem = unsafe { &*(*chantd).elem };
    let esz = elem.size as usize;
    if size < 0 || (size as u128) * (esz as u128) > (1u128 << 40) {
        crate::panic::panic_plain("makechan: size out of range");
    }
    let c = crate::heap::alloc(core::mem::size_of::<Chan>(), core::ptr::null(), false) as *mut Chan;
    let buf = if size == 0 || esz == 0 {
        crate::heap::zerobase()
    } else {
        match crate::heap::new_array(elem, size as usize) {
            Some(p) => p,
            None => crate::panic::panic_plain("makechan: size out of range"),
        }
    };
    // SAFETY: c is fresh zeroed memory for one Chan.
    unsafe {
        (*c).dataqsiz = size as usize;
        (*c).buf = buf;
        (*c).elemsize = esz;
    }
    c
}

/// Readies the goroutine of a completed waiter.
fn wake(s: *mut Sudog) {
    // SAFETY: s was dequeued; its goroutine is parked (or parking, its unlock pending).
    unsafe {
        let g = (*s).g;
        (*g).param = s as usize;
        crate::sched::ready(g, true);
    }
}

/// Sends `*ep`. With `block` false, returns false instead of blocking. Panics on a
/// closed channel.
pub fn chansend(c: *mut Chan, ep: *const u8, block: bool) -> bool {
    if c.is_null() {
        if !block {
            return false;
        }
        crate::sched::block_forever("chan send (nil chan)");
    }
    // SAFETY: c is a live channel; its fields are guarded by its lock.
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        crate::panic::panic_plain("send on closed channel");
    }
    let s = ch.recvq.dequeue();
    if !s.is_null() {
        // SAFETY: s is a parked receiver; its elem is its destination.
        unsafe {
            copy_elem((*s).elem, ep, ch.elemsize);
            (*s).success = true;
        }
        ch.lock.unlock();
        wake(s);
        return true;
    }
    if ch.qcount < ch.dataqsiz {
        copy_elem(ch.slot(ch.sendx), ep, ch.elemsize);
        ch.sendx += 1;
        if ch.sendx == ch.dataqsiz {
            ch.sendx = 0;
        }
        ch.qcount += 1;
        ch.lock.unlock();
        return true;
    }
    if !block {
        ch.lock.unlock();
        return false;
    }
    let mut sg = Sudog::new();
    sg.g = crate::g::curg();
    sg.elem = ep as *mut u8;
    sg.c = c;
    ch.sendq.enqueue(&mut sg);
    crate::sched::park(
        "chan send",
        Some(crate::sched::unlock_mutex),
        &ch.lock as *const Mutex as usize,
    );
    if !sg.success {
        crate::panic::panic_plain("send on closed channel");
    }
    true
}

/// A timer's send: never blocks, and a closed channel is ignored.
pub fn send_nonblocking(c: *mut Chan, ep: *const u8) {
    // SAFETY: c is a live channel.
    let ch = unsafe { &*c };
    ch.lock.lock();
    let closed = ch.closed;
    ch.lock.unlock();
    if !closed {
        chansend(c, ep, false);
    }
}

/// Receives into `ep` (may be null). Returns (selected, received): with `block` false,
/// (false, _) when it would block; received is false when the channel is closed and
/// empty (then `*ep` is zeroed).
pub fn chanrecv(c: *mut Chan, ep: *mut u8, block: bool) -> (bool, bool) {
    if c.is_null() {
        if !block {
            return (false, false);
        }
        crate::sched::block_forever("chan receive (nil chan)");
    }
    // SAFETY: c is a live channel; its fields are guarded by its lock.
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if ch.closed && ch.qcount == 0 {
        ch.lock.unlock();
        zero_elem(ep, ch.elemsize);
        return (true, false);
    }
    let s = ch.sendq.dequeue();
    if !s.is_null() {
        // SAFETY: s is a parked sender; its elem is the value it sends.
        unsafe {
            if ch.dataqsiz == 0 {
                copy_elem(ep, (*s).elem, ch.elemsize);
            } else {
                // Buffer full: take the head, put the sender's value at the tail.
                let slot = ch.slot(ch.recvx);
                copy_elem(ep, slot, ch.elemsize);
                copy_elem(slot, (*s).elem, ch.elemsize);
                ch.recvx += 1;
                if ch.recvx == ch.dataqsiz {
                    ch.recvx = 0;
                }
                ch.sendx = ch.recvx;
            }
            (*s).success = true;
        }
        ch.lock.unlock();
        wake(s);
        return (true, true);
    }
    if ch.qcount > 0 {
        let slot = ch.slot(ch.recvx);
        copy_elem(ep, slot, ch.elemsize);
        zero_elem(slot, ch.elemsize);
        ch.recvx += 1;
        if ch.recvx == ch.dataqsiz {
            ch.recvx = 0;
        }
        ch.qcount -= 1;
        ch.lock.unlock();
        return (true, true);
    }
    if !block {
        ch.lock.unlock();
        return (false, false);
    }
    let mut sg = Sudog::new();
    sg.g = crate::g::curg();
    sg.elem = ep;
    sg.c = c;
    ch.recvq.enqueue(&mut sg);
    crate::sched::park(
        "chan receive",
        Some(crate::sched::unlock_mutex),
        &ch.lock as *const Mutex as usize,
    );
    (true, sg.success)
}

/// Closes `c`, waking every waiter.
pub fn chanclose(c: *mut Chan) {
    if c.is_null() {
        crate::panic::panic_plain("close of nil channel");
    }
    // SAFETY: c is a live channel; its fields are guarded by its lock.
    let ch = unsafe { &mut *c };
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        crate::panic::panic_plain("close of closed channel");
    }
    ch.closed = true;
    // Collect the waiters (linked through `next`, reusing the queue links), then wake
    // them after unlocking.
    let mut woken: *mut Sudog = null_mut();
    loop {
        let s = ch.recvq.dequeue();
        if s.is_null() {
            break;
        }
        // SAFETY: s is a dequeued, parked receiver.
        unsafe {
            zero_elem((*s).elem, ch.elemsize);
            (*s).success = false;
            (*s).next = woken;
        }
        woken = s;
    }
    loop {
        let s = ch.sendq.dequeue();
        if s.is_null() {
            break;
        }
        // SAFETY: s is a dequeued, parked sender.
        unsafe {
            (*s).success = false;
            (*s).next = woken;
        }
        woken = s;
    }
    ch.lock.unlock();
    while !woken.is_null() {
        // SAFETY: the sudogs stay valid until their goroutines run, which happens only
        // after wake; read next first.
        let next = unsafe { (*woken).next };
        wake(woken);
        woken = next;
    }
}

// ---- C ABI ----

/// `make(chan T, size)`: `chantd` is the channel type (kind Chan, `elem` set).
#[no_mangle]
pub extern "C" fn rgo_makechan(chantd: *const TypeDesc, size: i64) -> *mut Chan {
    makechan(chantd, size)
}

/// `c <- *elem`.
#[no_mangle]
pub extern "C" fn rgo_chansend(c: *mut Chan, elem: *const u8) {
    chansend(c, elem, true);
}

/// `*out = <-c` (out may be null); returns ok (false: closed and empty).
#[no_mangle]
pub extern "C" fn rgo_chanrecv(c: *mut Chan, out: *mut u8) -> bool {
    chanrecv(c, out, true).1
}

/// `close(c)`.
#[no_mangle]
pub extern "C" fn rgo_chanclose(c: *mut Chan) {
    chanclose(c)
}

/// `len(c)`.
#[no_mangle]
pub extern "C" fn rgo_chanlen(c: *mut Chan) -> i64 {
    if c.is_null() {
        return 0;
    }
    // SAFETY: c is a live channel; a racy read of the count is what gc does too.
    unsafe { core::ptr::read_volatile(&(*c).qcount) as i64 }
}

/// `cap(c)`.
#[no_mangle]
pub extern "C" fn rgo_chancap(c: *mut Chan) -> i64 {
    if c.is_null() {
        return 0;
    }
    // SAFETY: c is a live channel; the capacity never changes.
    unsafe { (*c).dataqsiz as i64 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typedesc::Kind;

    fn chan_of_i64(size: i64) -> *mut Chan {
        let elem = std::boxed::Box::leak(std::boxed::Box::new(crate::alg::tests::basic(
            Kind::Int64,
            8,
        )));
        let mut ct = crate::alg::tests::basic(Kind::Chan, 8);
        ct.elem = elem;
        let ct = std::boxed::Box::leak(std::boxed::Box::new(ct));
        makechan(ct, size)
    }

    #[test]
    fn buffered_fifo_len_cap_close() {
        let c = chan_of_i64(3);
        assert_eq!(rgo_chancap(c), 3);
        for v in [10i64, 20, 30] {
            assert!(chansend(c, &v as *const i64 as *const u8, false));
        }
        let v = 40i64;
        assert!(!chansend(c, &v as *const i64 as *const u8, false));
        assert_eq!(rgo_chanlen(c), 3);
        let mut out = 0i64;
        assert_eq!(
            chanrecv(c, &mut out as *mut i64 as *mut u8, false),
            (true, true)
        );
        assert_eq!(out, 10);
        assert!(chansend(c, &v as *const i64 as *const u8, false)); // wraps around
        chanclose(c);
        let mut got = std::vec::Vec::new();
        loop {
            let (sel, ok) = chanrecv(c, &mut out as *mut i64 as *mut u8, false);
            assert!(sel);
            if !ok {
                break;
            }
            got.push(out);
        }
        assert_eq!(got, [20, 30, 40]);
        assert_eq!(out, 0);
        assert_eq!(rgo_chanlen(c), 0);
    }

    #[test]
    fn unbuffered_and_nil_nonblocking() {
        let c = chan_of_i64(0);
        let v = 1i64;
        assert!(!chansend(c, &v as *const i64 as *const u8, false));
        assert_eq!(chanrecv(c, null_mut(), false), (false, false));
        assert!(!chansend(null_mut(), &v as *const i64 as *const u8, false));
        assert_eq!(chanrecv(null_mut(), null_mut(), false), (false, false));
        assert_eq!(rgo_chanlen(null_mut()), 0);
        assert_eq!(rgo_chancap(null_mut()), 0);
    }

    #[test]
    fn waitq_remove_and_select_skip() {
        let mut q = WaitQ {
            first: null_mut(),
            last: null_mut(),
        };
        let mut gs = [G::new(1), G::new(2), G::new(3)];
        let mut ss = [Sudog::new(), Sudog::new(), Sudog::new()];
        for i in 0..3 {
            ss[i].g = &mut gs[i];
            ss[i].case_index = i;
        }
        ss[0].is_select = true;
        gs[0].select_done.store(1, Ordering::Relaxed); // already won elsewhere
        for s in ss.iter_mut() {
            q.enqueue(s);
        }
        q.remove(&mut ss[1]);
        q.remove(&mut ss[1]); // idempotent
        let s = q.dequeue();
        // SAFETY: s points into ss.
        assert_eq!(unsafe { (*s).case_index }, 2);
        assert!(q.dequeue().is_null());
    }
}
