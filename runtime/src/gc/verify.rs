//! Heap verification for the stress mode (`RGODEBUG=gcverify=1`): at the end of marking,
//! with the world stopped, no marked object may point to an allocated unmarked one (the
//! tri-colour invariant at termination). A violation means the sweep is about to free a
//! reachable object; it is reported with the two objects' addresses and sizes, and the
//! program aborts.

use super::mark::for_each_pointer_word;
use crate::heap::span_of_unlocked;

/// Checks every marked pointerful object's pointer words.
///
/// # Safety
/// The world is stopped and marking is complete (before the sweep starts).
pub unsafe fn check_marks() {
    let mut bad = 0usize;
    // SAFETY: per the contract the heap does not change.
    unsafe {
        crate::heap::for_each_span(|s| {
            if s.noscan() {
                return;
            }
            for i in 0..s.nelems {
                if !s.is_allocated(i) || !s.is_marked(i) {
                    continue;
                }
                let obj = s.start + i * s.elemsize;
                for_each_pointer_word(s, obj, obj, obj + s.elemsize, |w| {
                    let t = span_of_unlocked(w);
                    if t.is_null() {
                        return;
                    }
                    let t = &*t;
                    let j = t.object_index(w);
                    if j < t.nelems && t.is_allocated(j) && !t.is_marked(j) {
                        if bad < 8 {
                            report(obj, s.elemsize, t.start + j * t.elemsize, t.elemsize);
                        }
                        bad += 1;
                    }
                });
            }
        });
    }
    if bad != 0 {
        crate::panic::fatal("gcverify: marked object points to an unmarked one");
    }
}

fn report(from: usize, from_size: usize, to: usize, to_size: usize) {
    use core::fmt::Write;
    let mut b = crate::print::Buf::new();
    let _ = writeln!(
        b,
        "gcverify: marked {from:#x} ({from_size} B) -> unmarked {to:#x} ({to_size} B)"
    );
    crate::print::write_err(b.as_bytes());
}
