//! PLACEHOLDER (fmt worktree only): a global allocator so `alloc::vec::Vec` links in the
//! no_std staticlib. A bump allocator over mmap'd chunks that never frees. Delete this
//! module at merge once `crate::heap` provides the `#[global_allocator]`.

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

struct Bump {
    next: AtomicUsize,
    end: AtomicUsize,
}

const CHUNK: usize = 1 << 20;

// SAFETY: returns fresh, suitably aligned, never-reused memory (or null on failure).
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let size = layout.size().max(1);
        let align = layout.align().max(16);
        loop {
            let next = self.next.load(Ordering::Relaxed);
            let start = (next + align - 1) & !(align - 1);
            if next != 0 && start + size <= self.end.load(Ordering::Relaxed) {
                if self
                    .next
                    .compare_exchange(next, start + size, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok()
                {
                    return start as *mut u8;
                }
                continue;
            }
            let len = (size + align).max(CHUNK).next_multiple_of(4096);
            // SAFETY: an anonymous private mapping has no preconditions.
            let p = unsafe {
                rustix::mm::mmap_anonymous(
                    core::ptr::null_mut(),
                    len,
                    rustix::mm::ProtFlags::READ | rustix::mm::ProtFlags::WRITE,
                    rustix::mm::MapFlags::PRIVATE,
                )
            };
            let Ok(p) = p else {
                return core::ptr::null_mut();
            };
            let base = p as usize;
            if size + align > CHUNK / 2 {
                // Large request: its own mapping.
                return ((base + align - 1) & !(align - 1)) as *mut u8;
            }
            self.end.store(base + len, Ordering::Relaxed);
            self.next.store(base, Ordering::Relaxed);
        }
    }
    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ALLOC: Bump = Bump {
    next: AtomicUsize::new(0),
    end: AtomicUsize::new(0),
};
