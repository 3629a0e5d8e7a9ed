//! The C memory primitives (`memcpy`, `memmove`, `memset`, `memcmp`, `bcmp`, `strlen`) that rustc and
//! Cranelift-generated code call. There is no libc, so the runtime provides them. The copy
//! and fill loops use `rep movsb` / `rep stosb` so LLVM cannot turn them back into calls to
//! themselves. Sizes up to 32 bytes take a few overlapping loads and stores instead:
//! `rep movsb` costs some 30 cycles to start, and most copies (map slots, string pieces,
//! small values) are short (the maps benchmark: 0.98 s with `rep movsb` alone, 0.82 s).

use core::arch::asm;

/// Copies `n <= 32` bytes by loading all of them before storing any (so the ranges may
/// overlap).
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes, `n <= 32`.
#[inline(always)]
pub unsafe fn copy_small(dst: *mut u8, src: *const u8, n: usize) {
    use core::ptr::{read_unaligned as rd, write_unaligned as wr};
    // SAFETY: every access below stays within the n bytes of each range.
    unsafe {
        if n >= 16 {
            let a = rd(src as *const u64);
            let b = rd(src.add(8) as *const u64);
            let c = rd(src.add(n - 16) as *const u64);
            let d = rd(src.add(n - 8) as *const u64);
            wr(dst as *mut u64, a);
            wr(dst.add(8) as *mut u64, b);
            wr(dst.add(n - 16) as *mut u64, c);
            wr(dst.add(n - 8) as *mut u64, d);
        } else if n >= 8 {
            let a = rd(src as *const u64);
            let b = rd(src.add(n - 8) as *const u64);
            wr(dst as *mut u64, a);
            wr(dst.add(n - 8) as *mut u64, b);
        } else if n >= 4 {
            let a = rd(src as *const u32);
            let b = rd(src.add(n - 4) as *const u32);
            wr(dst as *mut u32, a);
            wr(dst.add(n - 4) as *mut u32, b);
        } else if n >= 2 {
            let a = rd(src as *const u16);
            let b = rd(src.add(n - 2) as *const u16);
            wr(dst as *mut u16, a);
            wr(dst.add(n - 2) as *mut u16, b);
        } else if n == 1 {
            *dst = *src;
        }
    }
}

/// Copies `n` bytes forwards (used by `memcpy` and by `memmove` when that is safe).
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
    if n <= 32 {
        // SAFETY: per the contract.
        return unsafe { copy_small(dst, src, n) };
    }
    // SAFETY: the caller guarantees both ranges are valid for n bytes; DF is clear per SysV.
    unsafe {
        asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _,
             options(nostack, preserves_flags));
    }
}

/// Copies `n` bytes backwards (for overlapping moves with `dst > src`).
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
    if n <= 32 {
        // SAFETY: per the contract; copy_small loads everything before it stores.
        return unsafe { copy_small(dst, src, n) };
    }
    // SAFETY: valid ranges per the caller; std sets DF for a backwards copy and clears it again.
    unsafe {
        asm!("std", "rep movsb", "cld",
             inout("rcx") n => _, inout("rdi") dst.add(n - 1) => _, inout("rsi") src.add(n - 1) => _,
             options(nostack));
    }
}

/// Fills `n` bytes with `c`.
///
/// # Safety
/// `dst` must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn fill(dst: *mut u8, c: u8, n: usize) {
    if n <= 32 {
        let pattern = [c; 32];
        // SAFETY: dst is valid for n <= 32 bytes, the pattern holds 32.
        return unsafe { copy_small(dst, pattern.as_ptr(), n) };
    }
    // SAFETY: the caller guarantees dst is valid for n bytes.
    unsafe {
        asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") c,
             options(nostack, preserves_flags));
    }
}

/// Compares `n` bytes; returns -1, 0 or 1 (the sign C `memcmp` gives).
///
/// Eight bytes at a time as big-endian words (so integer order is byte order); the tail is
/// one more word read overlapping bytes already known equal, or for `n < 8` a key built
/// from two overlapping shorter reads. No byte loop: short strings (the common case for
/// `<` on strings) take a handful of instructions, and LLVM cannot turn it into `memcmp`.
///
/// # Safety
/// Both pointers must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> i32 {
    let order = |x: u64, y: u64| if x < y { -1 } else { (x > y) as i32 };
    if n < 8 {
        // SAFETY: both ranges hold n bytes.
        return unsafe { order(short_key(a, n), short_key(b, n)) };
    }
    let mut i = 0;
    while i + 8 <= n {
        // SAFETY: i + 8 <= n, so both 8-byte reads are in bounds.
        let (x, y) = unsafe { (load_be64(a.add(i)), load_be64(b.add(i))) };
        if x != y {
            return order(x, y);
        }
        i += 8;
    }
    if i == n {
        return 0;
    }
    // The last eight bytes: those before i are equal, so the first difference is in the tail.
    // SAFETY: n >= 8.
    unsafe { order(load_be64(a.add(n - 8)), load_be64(b.add(n - 8))) }
}

/// Eight bytes at `p` as a big-endian integer.
///
/// # Safety
/// `p` must be valid for 8 bytes.
#[inline(always)]
unsafe fn load_be64(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees 8 readable bytes.
    u64::from_be(unsafe { core::ptr::read_unaligned(p as *const u64) })
}

/// The `n < 8` bytes at `p` as an integer that orders like the bytes among keys of the same
/// `n`: the first and the last half-width words, overlapping for odd sizes (where they
/// overlap the bytes are the same in both words, so the first differing byte decides).
///
/// # Safety
/// `p` must be valid for `n` bytes.
#[inline(always)]
unsafe fn short_key(p: *const u8, n: usize) -> u64 {
    // SAFETY: every read below stays within the n bytes at p.
    unsafe {
        if n >= 4 {
            let hi = u32::from_be(core::ptr::read_unaligned(p as *const u32));
            let lo = u32::from_be(core::ptr::read_unaligned(p.add(n - 4) as *const u32));
            ((hi as u64) << 32) | lo as u64
        } else if n >= 2 {
            let hi = u16::from_be(core::ptr::read_unaligned(p as *const u16));
            let lo = u16::from_be(core::ptr::read_unaligned(p.add(n - 2) as *const u16));
            ((hi as u64) << 16) | lo as u64
        } else if n == 1 {
            *p as u64
        } else {
            0
        }
    }
}

#[cfg(not(test))]
mod symbols {
    use super::*;

    #[no_mangle]
    pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
        // SAFETY: C contract: both ranges valid and non-overlapping.
        unsafe { copy_forward(dst, src, n) };
        dst
    }

    #[no_mangle]
    pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
        if (dst as usize).wrapping_sub(src as usize) >= n {
            // SAFETY: dst is below src or past the end of src: a forward copy is correct.
            unsafe { copy_forward(dst, src, n) };
        } else {
            // SAFETY: dst overlaps the tail of src: copy backwards.
            unsafe { copy_backward(dst, src, n) };
        }
        dst
    }

    #[no_mangle]
    pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
        // SAFETY: C contract: dst valid for n bytes.
        unsafe { fill(dst, c as u8, n) };
        dst
    }

    #[no_mangle]
    pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        // SAFETY: C contract: both valid for n bytes.
        unsafe { compare(a, b, n) }
    }

    #[no_mangle]
    pub unsafe extern "C" fn strlen(s: *const u8) -> usize {
        let mut n = 0;
        // SAFETY: C contract: s is NUL-terminated; volatile reads keep LLVM from turning
        // this loop into a call to strlen itself.
        while unsafe { core::ptr::read_volatile(s.add(n)) } != 0 {
            n += 1;
        }
        n
    }

    #[no_mangle]
    pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        // SAFETY: C contract: both valid for n bytes.
        unsafe { compare(a, b, n) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_copies_and_fills_at_every_size_and_overlap() {
        for n in 0..=40usize {
            for shift in 0..6usize {
                // Forward and backward overlapping moves, against a model.
                let base: alloc::vec::Vec<u8> = (0..64u8).collect();
                for (d, s) in [(shift, 0), (0, shift)] {
                    let mut buf = base.clone();
                    let mut want = base.clone();
                    want.copy_within(s..s + n, d);
                    // SAFETY: both ranges lie in buf (n + shift <= 46 < 64).
                    unsafe {
                        let p = buf.as_mut_ptr();
                        if d > s {
                            copy_backward(p.add(d), p.add(s), n);
                        } else {
                            copy_forward(p.add(d), p.add(s), n);
                        }
                    }
                    assert_eq!(buf, want, "n={n} d={d} s={s}");
                }
            }
            let mut z = [7u8; 48];
            // SAFETY: in bounds.
            unsafe { fill(z.as_mut_ptr().add(3), 0xab, n) };
            for (i, &b) in z.iter().enumerate() {
                let inside = (3..3 + n).contains(&i);
                assert_eq!(b, if inside { 0xab } else { 7 }, "n={n} i={i}");
            }
        }
    }

    #[test]
    fn copies_and_compares() {
        let mut buf = *b"0123456789abcdef";
        // SAFETY: in-bounds overlapping ranges of a local buffer.
        unsafe { copy_backward(buf.as_mut_ptr().add(2), buf.as_ptr(), 10) };
        assert_eq!(&buf, b"010123456789cdef");
        let mut z = [1u8; 20];
        // SAFETY: in bounds.
        unsafe { fill(z.as_mut_ptr().add(3), 0, 10) };
        assert_eq!(z.iter().filter(|&&b| b == 0).count(), 10);
        // SAFETY: in bounds.
        unsafe {
            assert!(compare(b"abcdefghij".as_ptr(), b"abcdefghik".as_ptr(), 10) < 0);
            assert!(compare(b"abcdefghzj".as_ptr(), b"abcdefghik".as_ptr(), 10) > 0);
            assert_eq!(compare(b"abc".as_ptr(), b"abc".as_ptr(), 3), 0);
        }
    }

    #[test]
    fn compare_matches_byte_order_at_every_length_and_position() {
        for n in 0..26usize {
            let a: alloc::vec::Vec<u8> = (0..n).map(|i| b'a' + (i % 7) as u8).collect();
            // SAFETY: both slices hold n bytes.
            assert_eq!(unsafe { compare(a.as_ptr(), a.clone().as_ptr(), n) }, 0);
            for k in 0..n {
                for delta in [1u8, 0x80] {
                    let mut b = a.clone();
                    b[k] = b[k].wrapping_add(delta);
                    let want = a.cmp(&b) as i32;
                    // SAFETY: both slices hold n bytes.
                    let got = unsafe { compare(a.as_ptr(), b.as_ptr(), n) };
                    assert_eq!(got, want, "n={n} k={k} delta={delta}");
                    // SAFETY: as above.
                    let rev = unsafe { compare(b.as_ptr(), a.as_ptr(), n) };
                    assert_eq!(rev, -want, "n={n} k={k} delta={delta} reversed");
                }
            }
        }
    }
}
