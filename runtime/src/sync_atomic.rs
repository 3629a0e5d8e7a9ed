//! The bodyless functions of the Go-source `sync/atomic` package
//! (`compiler/std/sync/atomic/atomic.go`), exported as `sync/atomic.<Name>` and
//! implemented with `core::sync::atomic` (sequentially consistent, like gc's).

use core::sync::atomic::{
    AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering::SeqCst,
};

macro_rules! atomics {
    ($t:ty, $a:ty, $add:literal, $load:literal, $store:literal, $swap:literal, $cas:literal,
     $and:literal, $or:literal,
     $fadd:ident, $fload:ident, $fstore:ident, $fswap:ident, $fcas:ident, $fand:ident, $for:ident) => {
        /// Atomically adds `delta` to `*addr`; returns the new value.
        #[export_name = $add]
        pub extern "C" fn $fadd(addr: *mut $t, delta: $t) -> $t {
            // SAFETY: Go passes a live, naturally aligned pointer.
            let a = unsafe { <$a>::from_ptr(addr) };
            a.fetch_add(delta, SeqCst).wrapping_add(delta)
        }
        /// Atomically loads `*addr`.
        #[export_name = $load]
        pub extern "C" fn $fload(addr: *mut $t) -> $t {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }.load(SeqCst)
        }
        /// Atomically stores `val` into `*addr`.
        #[export_name = $store]
        pub extern "C" fn $fstore(addr: *mut $t, val: $t) {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }.store(val, SeqCst)
        }
        /// Atomically stores `new` and returns the old value.
        #[export_name = $swap]
        pub extern "C" fn $fswap(addr: *mut $t, new: $t) -> $t {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }.swap(new, SeqCst)
        }
        /// Compare-and-swap; reports whether the swap happened.
        #[export_name = $cas]
        pub extern "C" fn $fcas(addr: *mut $t, old: $t, new: $t) -> bool {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }
                .compare_exchange(old, new, SeqCst, SeqCst)
                .is_ok()
        }
        /// Atomically ANDs `mask` into `*addr`; returns the old value.
        #[export_name = $and]
        pub extern "C" fn $fand(addr: *mut $t, mask: $t) -> $t {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }.fetch_and(mask, SeqCst)
        }
        /// Atomically ORs `mask` into `*addr`; returns the old value.
        #[export_name = $or]
        pub extern "C" fn $for(addr: *mut $t, mask: $t) -> $t {
            // SAFETY: as above.
            unsafe { <$a>::from_ptr(addr) }.fetch_or(mask, SeqCst)
        }
    };
}

atomics!(
    i32,
    AtomicI32,
    "sync/atomic.AddInt32",
    "sync/atomic.LoadInt32",
    "sync/atomic.StoreInt32",
    "sync/atomic.SwapInt32",
    "sync/atomic.CompareAndSwapInt32",
    "sync/atomic.AndInt32",
    "sync/atomic.OrInt32",
    add_i32,
    load_i32,
    store_i32,
    swap_i32,
    cas_i32,
    and_i32,
    or_i32
);
atomics!(
    i64,
    AtomicI64,
    "sync/atomic.AddInt64",
    "sync/atomic.LoadInt64",
    "sync/atomic.StoreInt64",
    "sync/atomic.SwapInt64",
    "sync/atomic.CompareAndSwapInt64",
    "sync/atomic.AndInt64",
    "sync/atomic.OrInt64",
    add_i64,
    load_i64,
    store_i64,
    swap_i64,
    cas_i64,
    and_i64,
    or_i64
);
atomics!(
    u32,
    AtomicU32,
    "sync/atomic.AddUint32",
    "sync/atomic.LoadUint32",
    "sync/atomic.StoreUint32",
    "sync/atomic.SwapUint32",
    "sync/atomic.CompareAndSwapUint32",
    "sync/atomic.AndUint32",
    "sync/atomic.OrUint32",
    add_u32,
    load_u32,
    store_u32,
    swap_u32,
    cas_u32,
    and_u32,
    or_u32
);
atomics!(
    u64,
    AtomicU64,
    "sync/atomic.AddUint64",
    "sync/atomic.LoadUint64",
    "sync/atomic.StoreUint64",
    "sync/atomic.SwapUint64",
    "sync/atomic.CompareAndSwapUint64",
    "sync/atomic.AndUint64",
    "sync/atomic.OrUint64",
    add_u64,
    load_u64,
    store_u64,
    swap_u64,
    cas_u64,
    and_u64,
    or_u64
);
atomics!(
    usize,
    AtomicUsize,
    "sync/atomic.AddUintptr",
    "sync/atomic.LoadUintptr",
    "sync/atomic.StoreUintptr",
    "sync/atomic.SwapUintptr",
    "sync/atomic.CompareAndSwapUintptr",
    "sync/atomic.AndUintptr",
    "sync/atomic.OrUintptr",
    add_usize,
    load_usize,
    store_usize,
    swap_usize,
    cas_usize,
    and_usize,
    or_usize
);

/// Go: `func runtime_yield()` in package sync/atomic (the `Value` spin lock's back-off).
#[export_name = "sync/atomic.runtime_yield"]
pub extern "C" fn go_atomic_yield() {
    crate::sched::gosched();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_ops() {
        let mut x: i64 = 5;
        assert_eq!(add_i64(&mut x, 3), 8);
        assert_eq!(add_i64(&mut x, -10), -2);
        assert!(cas_i64(&mut x, -2, 7));
        assert!(!cas_i64(&mut x, -2, 9));
        assert_eq!(swap_i64(&mut x, 1), 7);
        store_i64(&mut x, 42);
        assert_eq!(load_i64(&mut x), 42);
        let mut u: u32 = 0;
        assert_eq!(add_u32(&mut u, u32::MAX), u32::MAX);
        assert_eq!(add_u32(&mut u, 2), 1);
        assert_eq!(or_u32(&mut u, 6), 1);
        assert_eq!(and_u32(&mut u, 3), 7);
        assert_eq!(load_u32(&mut u), 3);
    }
}
