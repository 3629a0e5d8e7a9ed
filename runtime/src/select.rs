//! `select`. The cases' channels are locked in address order; the cases are polled in a
//! uniformly random order (per-M xorshift PRNG) and the first ready one runs. Without
//! a ready case and without `default`, the goroutine queues one [`Sudog`] per case and
//! parks; the first channel operation that wins the goroutine's `select_done` flag
//! completes its case and records the sudog in `G.param`. On wake-up the goroutine
//! relocks the channels and dequeues its other sudogs.

use crate::chan::{Chan, Sudog};
use core::ptr::null_mut;
use core::sync::atomic::Ordering;

/// One case of a select statement.
#[repr(C)]
pub struct SelectCase {
    /// The channel (nil: the case never fires).
    pub chan: *mut Chan,
    /// Send: pointer to the value. Receive: destination (may be null).
    pub elem: *mut u8,
    /// 1 for a send case, 0 for a receive case.
    pub is_send: u64,
}

/// Which case ran (-1: default) and, for a receive, whether a value was received.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectResult {
    pub index: i64,
    pub recv_ok: bool,
}

const STACK_CASES: usize = 16;

/// Scratch arrays for one select: poll order, lock order, sudogs.
struct Scratch {
    poll: *mut u16,
    lock: *mut u16,
    sudogs: *mut Sudog,
}

fn sellock(cases: &[SelectCase], lockorder: &[u16]) {
    let mut prev: *mut Chan = null_mut();
    for &i in lockorder {
        let c = cases[i as usize].chan;
        if c != prev {
            // SAFETY: c is a live channel.
            unsafe { (*c).lock.lock() };
            prev = c;
        }
    }
}

fn selunlock(cases: &[SelectCase], lockorder: &[u16]) {
    let mut prev: *mut Chan = null_mut();
    for &i in lockorder {
        let c = cases[i as usize].chan;
        if c != prev {
            // SAFETY: c is a live channel locked by sellock.
            unsafe { (*c).lock.unlock() };
            prev = c;
        }
    }
}

struct Park {
    cases: *const SelectCase,
    ncases: usize,
    lock: *const u16,
    nlock: usize,
}

fn selunlock_park(arg: usize) {
    // SAFETY: arg points at the parked goroutine's Park record (on its stack).
    unsafe {
        let p = &*(arg as *const Park);
        selunlock(
            core::slice::from_raw_parts(p.cases, p.ncases),
            core::slice::from_raw_parts(p.lock, p.nlock),
        );
    }
}

fn copy(dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 && !dst.is_null() {
        // SAFETY: both point at values of the channel's element type.
        unsafe {
            crate::gc::barrier::range(dst, n);
            core::ptr::copy_nonoverlapping(src, dst, n)
        };
    }
}

/// Runs a select over `cases` (channels must not be locked by the caller).
pub fn select(cases: &mut [SelectCase], has_default: bool) -> SelectResult {
    let n = cases.len();
    if n == 0 {
        if has_default {
            return SelectResult {
                index: -1,
                recv_ok: false,
            };
        }
        crate::sched::block_forever("select (no cases)");
    }
    if n > u16::MAX as usize {
        crate::panic::fatal("select: too many cases");
    }
    let mut poll_st = [0u16; STACK_CASES];
    let mut lock_st = [0u16; STACK_CASES];
    let mut sg_st: [Sudog; STACK_CASES] = [const { Sudog::new() }; STACK_CASES];
    let sc = if n <= STACK_CASES {
        Scratch {
            poll: poll_st.as_mut_ptr(),
            lock: lock_st.as_mut_ptr(),
            sudogs: sg_st.as_mut_ptr(),
        }
    } else {
        let a = crate::heap::alloc(n * 4, core::ptr::null(), true) as *mut u16;
        let s = crate::heap::alloc(n * core::mem::size_of::<Sudog>(), core::ptr::null(), false)
            as *mut Sudog;
        Scratch {
            poll: a,
            // SAFETY: a has room for 2n u16s.
            lock: unsafe { a.add(n) },
            sudogs: s,
        }
    };
    // SAFETY: the scratch arrays hold n entries each.
    let (poll, lock) = unsafe {
        (
            core::slice::from_raw_parts_mut(sc.poll, n),
            core::slice::from_raw_parts_mut(sc.lock, n),
        )
    };
    // Random poll order over the non-nil cases (inside-out Fisher-Yates).
    let mut np = 0;
    for (i, c) in cases.iter().enumerate() {
        if c.chan.is_null() {
            continue;
        }
        let j = crate::sched::fastrandn(np as u32 + 1) as usize;
        poll[np] = poll[j];
        poll[j] = i as u16;
        np += 1;
    }
    let poll = &poll[..np];
    if np == 0 {
        if has_default {
            return SelectResult {
                index: -1,
                recv_ok: false,
            };
        }
        crate::sched::block_forever("select (no cases)");
    }
    // Lock order: by channel address (insertion sort; selects are small).
    let lock = &mut lock[..np];
    lock.copy_from_slice(poll);
    for i in 1..np {
        let mut j = i;
        while j > 0
            && (cases[lock[j - 1] as usize].chan as usize) > (cases[lock[j] as usize].chan as usize)
        {
            lock.swap(j - 1, j);
            j -= 1;
        }
    }
    let cases_r: &[SelectCase] = cases;
    sellock(cases_r, lock);

    // Pass 1: a ready case.
    for &i in poll {
        let cs = &cases_r[i as usize];
        // SAFETY: the channel is live and locked.
        let ch = unsafe { &mut *cs.chan };
        if cs.is_send != 0 {
            if ch.closed {
                selunlock(cases_r, lock);
                crate::panic::panic_plain("send on closed channel");
            }
            let s = ch.recvq.dequeue();
            if !s.is_null() {
                // SAFETY: s is a parked receiver.
                unsafe {
                    copy((*s).elem, cs.elem, ch.elemsize);
                    (*s).success = true;
                }
                selunlock(cases_r, lock);
                wake(s);
                return SelectResult {
                    index: i as i64,
                    recv_ok: false,
                };
            }
            if ch.qcount < ch.dataqsiz {
                selunlock(cases_r, lock);
                // Re-doing the buffered send through chansend keeps one copy of the
                // ring logic; nobody can fill the slot in between except other senders,
                // so fall back to the non-blocking form and retry if it lost.
                if crate::chan::chansend(cs.chan, cs.elem, false) {
                    return SelectResult {
                        index: i as i64,
                        recv_ok: false,
                    };
                }
                return select(cases, has_default);
            }
        } else {
            if !ch.sendq.first.is_null() || ch.qcount > 0 || ch.closed {
                selunlock(cases_r, lock);
                let (sel, ok) = crate::chan::chanrecv(cs.chan, cs.elem, false);
                if sel {
                    return SelectResult {
                        index: i as i64,
                        recv_ok: ok,
                    };
                }
                return select(cases, has_default);
            }
        }
    }
    if has_default {
        selunlock(cases_r, lock);
        return SelectResult {
            index: -1,
            recv_ok: false,
        };
    }

    // Pass 2: queue on every channel and park.
    let g = crate::g::curg();
    // SAFETY: g is the running goroutine.
    unsafe {
        (*g).select_done.store(0, Ordering::Release);
        (*g).param = 0;
    }
    for &i in lock.iter() {
        let cs = &cases_r[i as usize];
        // SAFETY: sudogs has n entries; the channel is locked.
        unsafe {
            let s = sc.sudogs.add(i as usize);
            s.write(Sudog::new());
            (*s).g = g;
            (*s).elem = cs.elem;
            (*s).c = cs.chan;
            (*s).case_index = i as usize;
            (*s).is_select = true;
            if cs.is_send != 0 {
                (*cs.chan).sendq.enqueue(s);
            } else {
                (*cs.chan).recvq.enqueue(s);
            }
        }
    }
    let pk = Park {
        cases: cases_r.as_ptr(),
        ncases: n,
        lock: lock.as_ptr(),
        nlock: np,
    };
    crate::sched::park("select", Some(selunlock_park), &pk as *const Park as usize);

    // Woken: dequeue the other sudogs.
    sellock(cases_r, lock);
    // SAFETY: param was set by the winning operation before it readied us.
    let won = unsafe { (*g).param } as *mut Sudog;
    for &i in lock.iter() {
        // SAFETY: as in pass 2.
        unsafe {
            let s = sc.sudogs.add(i as usize);
            if s == won {
                continue;
            }
            let cs = &cases_r[i as usize];
            if cs.is_send != 0 {
                (*cs.chan).sendq.remove(s);
            } else {
                (*cs.chan).recvq.remove(s);
            }
        }
    }
    selunlock(cases_r, lock);
    if won.is_null() {
        crate::panic::fatal("select: woken without a case");
    }
    // SAFETY: won is one of our sudogs.
    let (idx, ok) = unsafe { ((*won).case_index, (*won).success) };
    if cases_r[idx].is_send != 0 {
        if !ok {
            crate::panic::panic_plain("send on closed channel");
        }
        return SelectResult {
            index: idx as i64,
            recv_ok: false,
        };
    }
    SelectResult {
        index: idx as i64,
        recv_ok: ok,
    }
}

fn wake(s: *mut Sudog) {
    // SAFETY: s was dequeued; its goroutine is parked.
    unsafe {
        let g = (*s).g;
        (*g).param = s as usize;
        crate::sched::ready(g, true);
    }
}

/// `select` statement: `cases[0..ncases]`, `has_default` for a default clause.
#[no_mangle]
pub extern "C" fn rgo_select(
    cases: *mut SelectCase,
    ncases: i64,
    has_default: bool,
) -> SelectResult {
    let n = ncases.max(0) as usize;
    let cs: &mut [SelectCase] = if n == 0 {
        &mut []
    } else {
        // SAFETY: compiled code passes ncases cases.
        unsafe { core::slice::from_raw_parts_mut(cases, n) }
    };
    select(cs, has_default)
}
