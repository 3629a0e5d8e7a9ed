//! The C memory primitives (`memcpy`, `memmove`, `memset`, `memcmp`, `bcmp`, `strlen`) that rustc and
//! Cranelift-generated code call. There is no libc, so the runtime provides them. The copy
//! and fill loops use `rep movsb` / `rep stosb` so LLVM cannot turn them back into calls to
//! themselves.

use core::arch::asm;

/// Copies `n` bytes forwards (used by `memcpy` and by `memmove` when that is safe).
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
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
    if n == 0 {
        return;
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
    // SAFETY: the caller guarantees dst is valid for n bytes.
    unsafe {
        asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") c,
             options(nostack, preserves_flags));
    }
}

/// Compares `n` bytes; returns <0, 0 or >0 like C `memcmp`.
///
/// # Safety
/// Both pointers must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    // Compare 8 bytes at a time while possible.
    while i + 8 <= n {
        // SAFETY: i + 8 <= n, so both 8-byte reads are in bounds.
        let (x, y) = unsafe {
            (
                core::ptr::read_unaligned(a.add(i) as *const u64),
                core::ptr::read_unaligned(b.add(i) as *const u64),
            )
        };
        if x != y {
            let (x, y) = (x.swap_bytes(), y.swap_bytes());
            return if x < y { -1 } else { 1 };
        }
        i += 8;
    }
    while i < n {
        // SAFETY: i < n.
        let (x, y) = unsafe {
            (
                core::ptr::read_volatile(a.add(i)),
                core::ptr::read_volatile(b.add(i)),
            )
        };
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
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
}
