//! Slices: `make`, `append` growth (`rgo_growslice`, with gc's exact capacity policy) and
//! `copy`.

use crate::heap::{alloc, roundupsize, ARENA_SIZE};
use crate::typedesc::{GoSlice, TypeDesc};

/// The largest byte size a slice may have.
const MAX_ALLOC: usize = ARENA_SIZE;

/// `make([]T, len, cap)`.
#[no_mangle]
pub extern "C" fn rgo_makeslice(elem: *const TypeDesc, len: i64, cap: i64) -> GoSlice {
    // SAFETY: compiled code passes a valid descriptor.
    let et = unsafe { &*elem };
    let size = et.size as usize;
    let fits = |n: i64| n >= 0 && (n as u128) * (size as u128) <= MAX_ALLOC as u128;
    if !fits(cap) || len > cap {
        // gc reports len first when len alone is out of range.
        if !fits(len) {
            crate::panic::panic_runtime_error("makeslice: len out of range");
        }
        crate::panic::panic_runtime_error("makeslice: cap out of range");
    }
    let p = alloc(cap as usize * size, elem, et.ptrdata == 0);
    GoSlice {
        ptr: p,
        len: len as usize,
        cap: cap as usize,
    }
}

/// gc's capacity policy before size-class rounding.
pub fn next_cap(new_len: usize, old_cap: usize) -> usize {
    let double = old_cap + old_cap;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut newcap = old_cap;
    loop {
        // Transition from 2x for small slices to 1.25x for large ones.
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap >= new_len {
            return newcap;
        }
    }
}

/// The capacity `append` gives when growing a slice of `old_cap` elements of `elem_size`
/// bytes to at least `new_len` elements.
pub fn grow_cap(new_len: usize, old_cap: usize, elem_size: usize, noscan: bool) -> usize {
    if elem_size == 0 {
        return new_len;
    }
    let newcap = next_cap(new_len, old_cap);
    let mem = match newcap.checked_mul(elem_size) {
        Some(m) if m <= MAX_ALLOC => m,
        _ => crate::panic::panic_runtime_error("growslice: len out of range"),
    };
    roundupsize(mem, noscan) / elem_size
}

/// `append` slow path: returns a slice of length `new_len` whose first `old_len` elements
/// are copied from the old array; the rest are zero.
#[no_mangle]
pub extern "C" fn rgo_growslice(
    old_ptr: *mut u8,
    old_len: i64,
    old_cap: i64,
    new_len: i64,
    elem: *const TypeDesc,
) -> GoSlice {
    // SAFETY: compiled code passes a valid descriptor.
    let et = unsafe { &*elem };
    if new_len < 0 {
        crate::panic::panic_runtime_error("growslice: len out of range");
    }
    let size = et.size as usize;
    let noscan = et.ptrdata == 0;
    if size == 0 {
        return GoSlice {
            ptr: crate::heap::zerobase(),
            len: new_len as usize,
            cap: new_len as usize,
        };
    }
    let cap = grow_cap(new_len as usize, old_cap as usize, size, noscan);
    let p = alloc(cap * size, elem, noscan);
    if old_len > 0 {
        // SAFETY: the old array holds old_len elements; the new one has room for cap >= old_len.
        unsafe { core::ptr::copy_nonoverlapping(old_ptr, p, old_len as usize * size) };
    }
    GoSlice {
        ptr: p,
        len: new_len as usize,
        cap,
    }
}

/// `copy(dst, src)`: copies min(len) elements (overlap allowed); returns the count.
#[no_mangle]
pub extern "C" fn rgo_slicecopy(
    dst: *mut u8,
    dst_len: i64,
    src: *const u8,
    src_len: i64,
    elem_size: i64,
) -> i64 {
    let n = dst_len.min(src_len);
    if n <= 0 || elem_size == 0 {
        return n.max(0);
    }
    // SAFETY: both slices hold at least n elements of elem_size bytes; copy handles overlap.
    unsafe {
        crate::gc::barrier::range(dst, (n * elem_size) as usize);
        core::ptr::copy(src, dst, (n * elem_size) as usize)
    };
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capacities after successive single-element appends starting from a nil slice.
    fn sequence(elem_size: usize, noscan: bool, upto: usize) -> std::vec::Vec<usize> {
        let mut caps = std::vec::Vec::new();
        let (mut len, mut cap) = (0usize, 0usize);
        while len < upto {
            if len == cap {
                cap = grow_cap(len + 1, cap, elem_size, noscan);
                caps.push(cap);
            }
            len += 1;
        }
        caps
    }

    // The expected sequences were printed by gc (go1.27.3, -gcflags=-N so that appends use
    // runtime.growslice rather than a stack buffer) appending one element at a time to 100000.
    #[test]
    fn growth_matches_gc() {
        let b1 = "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344 73728 98304 131072";
        let b8 = "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592";
        let b16 = "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584 5120 6656 8704 11264 14336 18432 23552 29696 37376 47104 59392 74752 93696 117760";
        let b24 = "1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461 7168 9216 11946 15360 19456 24576 31061 39253 49493 62122 78165 97962 122880";
        let b40 = "1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072 4096 5324 6963 9011 11468 14540 18432 23347 29491 37068 46694 58572 73523 92160 115507";
        // Pointerful element types: *int (8), string (16), []int (24), struct{4 ptrs; int} (40).
        let p8 = "1 2 4 8 16 32 64 143 287 607 1023 1535 2303 3071 4095 6144 8192 11264 14336 18432 23552 29696 37888 48128 60416 75776 95232 119808";
        let p16 = "1 2 4 8 16 32 71 143 303 591 1023 1535 2560 3584 5120 6656 8704 11264 14336 18432 23552 29696 37376 47104 59392 74752 93696 117760";
        let p24 = "1 2 4 8 16 37 74 170 341 682 1135 1706 2389 3413 4778 6485 8533 10922 13994 17749 22528 28672 36181 45738 57685 72362 90794 114005";
        let p40 = "1 2 4 8 17 35 76 153 307 614 1024 1638 2252 3072 4096 5324 6963 9011 11468 14540 18432 23347 29491 37068 46694 58572 73523 92160 115507";
        let parse = |s: &str| {
            s.split(' ')
                .map(|x| x.parse().unwrap())
                .collect::<std::vec::Vec<usize>>()
        };
        for (size, noscan, want) in [
            (1, true, b1),
            (8, true, b8),
            (16, true, b16),
            (24, true, b24),
            (40, true, b40),
            (8, false, p8),
            (16, false, p16),
            (24, false, p24),
            (40, false, p40),
        ] {
            assert_eq!(
                sequence(size, noscan, 100000),
                parse(want),
                "size {size} noscan {noscan}"
            );
        }
        // Multi-element appends (gc): append 7 to len 3 cap 3 of int64 → 10; 25 bytes to a
        // 5-byte []byte → 32; 7 elements of 24 bytes to nil → 7.
        assert_eq!(grow_cap(10, 3, 8, true), 10);
        assert_eq!(grow_cap(30, 5, 1, true), 32);
        assert_eq!(grow_cap(7, 0, 24, true), 7);
    }

    #[test]
    fn grow_copies() {
        let td = crate::alg::tests::basic(crate::typedesc::Kind::Int64, 8);
        let mut s = rgo_makeslice(&td, 0, 0);
        for i in 0..1000i64 {
            if s.len == s.cap {
                s = rgo_growslice(s.ptr, s.len as i64, s.cap as i64, s.len as i64 + 1, &td);
            } else {
                s.len += 1;
            }
            // SAFETY: index len-1 < cap.
            unsafe { *(s.ptr as *mut i64).add(s.len - 1) = i };
        }
        // SAFETY: s has 1000 initialised elements.
        let v = unsafe { core::slice::from_raw_parts(s.ptr as *const i64, 1000) };
        assert!(v.iter().enumerate().all(|(i, &x)| x == i as i64));
        let mut dst = [0i64; 4];
        assert_eq!(rgo_slicecopy(dst.as_mut_ptr().cast(), 4, s.ptr, 1000, 8), 4);
        assert_eq!(dst, [0, 1, 2, 3]);
        // Overlapping copy within the slice.
        assert_eq!(rgo_slicecopy(s.ptr.wrapping_add(8), 10, s.ptr, 10, 8), 10);
        assert_eq!(&v[..4], &[0, 0, 1, 2]);
    }
}
