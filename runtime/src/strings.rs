//! Strings: concatenation, comparison, conversions between strings, byte slices, rune
//! slices and runes, and UTF-8 decoding for `for range s` (invalid sequences decode as
//! U+FFFD with width 1, as in gc).

use crate::heap::{alloc, roundupsize, zerobase};
use crate::typedesc::{GoSlice, GoString};

pub const RUNE_ERROR: u32 = 0xFFFD;
const MAX_RUNE: u32 = 0x10FFFF;

/// Copies `b` into a new heap string.
pub fn new_string(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let p = alloc(b.len(), core::ptr::null(), true);
    // SAFETY: p is a fresh allocation of b.len() bytes.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString {
        ptr: p,
        len: b.len(),
    }
}

fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    GoString { ptr, len }.as_bytes()
}

/// Decodes the rune starting at `s[k]`: (rune, width). Invalid → (U+FFFD, 1).
pub fn decode_rune(s: &[u8], k: usize) -> (u32, usize) {
    let n = s.len() - k;
    let b0 = s[k] as u32;
    if b0 < 0x80 {
        return (b0, 1);
    }
    let cont = |i: usize| -> Option<u32> {
        if i < n && s[k + i] & 0xC0 == 0x80 {
            Some((s[k + i] & 0x3F) as u32)
        } else {
            None
        }
    };
    let err = (RUNE_ERROR, 1);
    if (0xC2..0xE0).contains(&b0) {
        match cont(1) {
            Some(c1) => ((b0 & 0x1F) << 6 | c1, 2),
            None => err,
        }
    } else if (0xE0..0xF0).contains(&b0) {
        // Second byte range excludes overlongs (E0) and surrogates (ED).
        let lo = if b0 == 0xE0 { 0xA0 } else { 0x80 };
        let hi = if b0 == 0xED { 0x9F } else { 0xBF };
        if n < 2 || !(lo..=hi).contains(&s[k + 1]) {
            return err;
        }
        match (cont(1), cont(2)) {
            (Some(c1), Some(c2)) => ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3),
            _ => err,
        }
    } else if (0xF0..0xF5).contains(&b0) {
        let lo = if b0 == 0xF0 { 0x90 } else { 0x80 };
        let hi = if b0 == 0xF4 { 0x8F } else { 0xBF };
        if n < 2 || !(lo..=hi).contains(&s[k + 1]) {
            return err;
        }
        match (cont(1), cont(2), cont(3)) {
            (Some(c1), Some(c2), Some(c3)) => ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4),
            _ => err,
        }
    } else {
        err
    }
}

/// Encodes rune `r` (invalid → U+FFFD) into `out`; returns the length.
pub fn encode_rune(r: i64, out: &mut [u8; 4]) -> usize {
    let r = if r < 0 || r > MAX_RUNE as i64 || (0xD800..0xE000).contains(&r) {
        RUNE_ERROR
    } else {
        r as u32
    };
    if r < 0x80 {
        out[0] = r as u8;
        1
    } else if r < 0x800 {
        out[0] = 0xC0 | (r >> 6) as u8;
        out[1] = 0x80 | (r & 0x3F) as u8;
        2
    } else if r < 0x10000 {
        out[0] = 0xE0 | (r >> 12) as u8;
        out[1] = 0x80 | ((r >> 6) & 0x3F) as u8;
        out[2] = 0x80 | (r & 0x3F) as u8;
        3
    } else {
        out[0] = 0xF0 | (r >> 18) as u8;
        out[1] = 0x80 | ((r >> 12) & 0x3F) as u8;
        out[2] = 0x80 | ((r >> 6) & 0x3F) as u8;
        out[3] = 0x80 | (r & 0x3F) as u8;
        4
    }
}

/// Number of runes in `s` (each invalid byte counts as one).
pub fn count_runes(s: &[u8]) -> usize {
    let mut k = 0;
    let mut n = 0;
    while k < s.len() {
        k += if s[k] < 0x80 { 1 } else { decode_rune(s, k).1 };
        n += 1;
    }
    n
}

/// `a + b + …`: one allocation; a lone non-empty part is returned as is.
#[no_mangle]
pub extern "C" fn rgo_concatstrings(parts: *const GoString, n: usize) -> GoString {
    let parts = if n == 0 {
        &[][..]
    } else {
        // SAFETY: compiled code passes n GoStrings.
        unsafe { core::slice::from_raw_parts(parts, n) }
    };
    let mut total = 0usize;
    let mut nonempty = 0;
    let mut last = GoString::EMPTY;
    for p in parts {
        if p.len > 0 {
            total = match total.checked_add(p.len) {
                Some(t) => t,
                None => crate::panic::panic_runtime_error("string concatenation too long"),
            };
            nonempty += 1;
            last = *p;
        }
    }
    if nonempty <= 1 {
        return last;
    }
    let dst = alloc(total, core::ptr::null(), true);
    let mut off = 0;
    for p in parts {
        // SAFETY: dst has `total` bytes; the parts' lengths sum to total.
        unsafe { core::ptr::copy_nonoverlapping(p.ptr, dst.add(off), p.len) };
        off += p.len;
    }
    GoString {
        ptr: dst,
        len: total,
    }
}

/// Three-way comparison: -1, 0, 1.
#[no_mangle]
pub extern "C" fn rgo_cmpstring(ap: *const u8, al: usize, bp: *const u8, bl: usize) -> i64 {
    // Words at a time (the slice comparison would call the byte-wise `memcmp` of a no_std
    // build).
    let n = al.min(bl);
    if ap != bp {
        // SAFETY: both strings have at least n readable bytes.
        let c = unsafe { crate::mem::compare(ap, bp, n) };
        if c != 0 {
            return c as i64;
        }
    }
    match al.cmp(&bl) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

#[no_mangle]
pub extern "C" fn rgo_eqstring(ap: *const u8, al: usize, bp: *const u8, bl: usize) -> bool {
    // SAFETY: both strings have al == bl readable bytes.
    al == bl && (ap == bp || al == 0 || unsafe { crate::mem::compare(ap, bp, al) } == 0)
}

/// `string(rune)`.
#[no_mangle]
pub extern "C" fn rgo_intstring(v: i64) -> GoString {
    let mut buf = [0u8; 4];
    let n = encode_rune(v, &mut buf);
    new_string(&buf[..n])
}

/// `string(b)` for a byte slice.
#[no_mangle]
pub extern "C" fn rgo_slicebytetostring(ptr: *const u8, len: usize) -> GoString {
    new_string(bytes(ptr, len))
}

/// `[]byte(s)`: capacity rounded up to the size class like gc.
#[no_mangle]
pub extern "C" fn rgo_stringtoslicebyte(ptr: *const u8, len: usize) -> GoSlice {
    let cap = roundupsize(len, true);
    let p = alloc(cap, core::ptr::null(), true);
    // SAFETY: p has cap >= len bytes; the source string has len bytes.
    unsafe { core::ptr::copy_nonoverlapping(ptr, p, len) };
    GoSlice { ptr: p, len, cap }
}

/// `[]rune(s)`.
#[no_mangle]
pub extern "C" fn rgo_stringtoslicerune(ptr: *const u8, len: usize) -> GoSlice {
    let s = bytes(ptr, len);
    let n = count_runes(s);
    let cap = roundupsize(n * 4, true) / 4;
    let p = if cap == 0 {
        zerobase()
    } else {
        alloc(cap * 4, core::ptr::null(), true)
    } as *mut i32;
    let mut k = 0;
    let mut i = 0;
    while k < s.len() {
        let (r, w) = decode_rune(s, k);
        // SAFETY: i < n <= cap.
        unsafe { p.add(i).write(r as i32) };
        i += 1;
        k += w;
    }
    GoSlice {
        ptr: p.cast(),
        len: n,
        cap,
    }
}

/// `string(runes)`.
#[no_mangle]
pub extern "C" fn rgo_slicerunetostring(ptr: *const i32, len: usize) -> GoString {
    let runes = if len == 0 {
        &[][..]
    } else {
        // SAFETY: compiled code passes a []rune of len elements.
        unsafe { core::slice::from_raw_parts(ptr, len) }
    };
    let mut buf = [0u8; 4];
    let total: usize = runes.iter().map(|&r| encode_rune(r as i64, &mut buf)).sum();
    if total == 0 {
        return GoString::EMPTY;
    }
    let dst = alloc(total, core::ptr::null(), true);
    let mut off = 0;
    for &r in runes {
        let n = encode_rune(r as i64, &mut buf);
        // SAFETY: the encoded lengths sum to total.
        unsafe { core::ptr::copy_nonoverlapping(buf.as_ptr(), dst.add(off), n) };
        off += n;
    }
    GoString {
        ptr: dst,
        len: total,
    }
}

/// Result of `rgo_decoderune`: the rune and the index after it.
#[repr(C)]
#[derive(Debug, PartialEq, Eq)]
pub struct RuneNext {
    pub rune: i64,
    pub next: i64,
}

/// One step of `for i, r := range s` starting at byte `k` (< len).
#[no_mangle]
pub extern "C" fn rgo_decoderune(ptr: *const u8, len: usize, k: i64) -> RuneNext {
    let (r, w) = decode_rune(bytes(ptr, len), k as usize);
    RuneNext {
        rune: r as i64,
        next: k + w as i64,
    }
}

/// `utf8.RuneCountInString` / `len([]rune(s))`.
#[no_mangle]
pub extern "C" fn rgo_countrunes(ptr: *const u8, len: usize) -> i64 {
    count_runes(bytes(ptr, len)) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gs(s: &[u8]) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    #[test]
    fn decode_matches_go() {
        // (input, expected runes with widths) per Go's utf8.DecodeRune.
        type Case = (&'static [u8], &'static [(u32, usize)]);
        let cases: &[Case] = &[
            (b"a\xc3\xa9", &[(97, 1), (0xE9, 2)]),
            (b"\xe2\x82\xac", &[(0x20AC, 3)]),
            (b"\xf0\x9f\x98\x80", &[(0x1F600, 4)]),
            (b"\xff", &[(RUNE_ERROR, 1)]),
            (b"\xc0\x80", &[(RUNE_ERROR, 1), (RUNE_ERROR, 1)]),
            (
                b"\xed\xa0\x80",
                &[(RUNE_ERROR, 1), (RUNE_ERROR, 1), (RUNE_ERROR, 1)],
            ),
            (b"\xe2\x82", &[(RUNE_ERROR, 1), (RUNE_ERROR, 1)]),
            (
                b"\xf4\x90\x80\x80",
                &[
                    (RUNE_ERROR, 1),
                    (RUNE_ERROR, 1),
                    (RUNE_ERROR, 1),
                    (RUNE_ERROR, 1),
                ],
            ),
            (b"\xef\xbf\xbd", &[(RUNE_ERROR, 3)]),
        ];
        for &(s, want) in cases {
            let mut k = 0;
            let mut got = std::vec::Vec::new();
            while k < s.len() {
                let rn = rgo_decoderune(s.as_ptr(), s.len(), k as i64);
                got.push((rn.rune as u32, (rn.next - k as i64) as usize));
                k = rn.next as usize;
            }
            assert_eq!(got, want, "{s:?}");
            assert_eq!(rgo_countrunes(s.as_ptr(), s.len()), want.len() as i64);
        }
    }

    #[test]
    fn conversions() {
        assert_eq!(rgo_intstring(0x20AC).as_bytes(), "€".as_bytes());
        assert_eq!(rgo_intstring(-1).as_bytes(), "\u{FFFD}".as_bytes());
        assert_eq!(rgo_intstring(0xD800).as_bytes(), "\u{FFFD}".as_bytes());
        assert_eq!(rgo_intstring(0x110000).as_bytes(), "\u{FFFD}".as_bytes());
        assert_eq!(rgo_intstring(65).as_bytes(), b"A");
        // []byte(s) capacities observed with gc for escaping results.
        for (len, cap) in [
            (0usize, 0usize),
            (2, 8),
            (6, 8),
            (10, 16),
            (18, 24),
            (34, 48),
            (66, 80),
            (200, 208),
        ] {
            let s = std::vec![b'x'; len];
            let b = rgo_stringtoslicebyte(s.as_ptr(), len);
            assert_eq!((b.len, b.cap), (len, cap));
        }
        for (n, cap) in [
            (0usize, 0usize),
            (1, 2),
            (3, 4),
            (5, 6),
            (9, 12),
            (17, 20),
            (33, 36),
            (100, 104),
        ] {
            let s = "é".repeat(n);
            let r = rgo_stringtoslicerune(s.as_ptr(), s.len());
            assert_eq!((r.len, r.cap), (n, cap));
        }
        let s = "héllo, 世界\u{1F600}";
        let r = rgo_stringtoslicerune(s.as_ptr(), s.len());
        let back = rgo_slicerunetostring(r.ptr as *const i32, r.len);
        assert_eq!(back.as_bytes(), s.as_bytes());
        let bad = [0x41i32, -5, 0xD800];
        assert_eq!(
            rgo_slicerunetostring(bad.as_ptr(), 3).as_bytes(),
            "A\u{FFFD}\u{FFFD}".as_bytes()
        );
        let b = rgo_slicebytetostring(b"abc".as_ptr(), 3);
        assert_eq!(b.as_bytes(), b"abc");
    }

    #[test]
    fn concat_and_compare() {
        let parts = [gs(b"ab"), gs(b""), gs(b"cde"), gs(b"f")];
        assert_eq!(rgo_concatstrings(parts.as_ptr(), 4).as_bytes(), b"abcdef");
        let one = [gs(b""), gs(b"xy")];
        let r = rgo_concatstrings(one.as_ptr(), 2);
        assert_eq!(r.ptr, one[1].ptr);
        assert_eq!(rgo_concatstrings(one.as_ptr(), 0).len, 0);
        let c = |a: &[u8], b: &[u8]| rgo_cmpstring(a.as_ptr(), a.len(), b.as_ptr(), b.len());
        assert_eq!(c(b"a", b"b"), -1);
        assert_eq!(c(b"b", b"ab"), 1);
        assert_eq!(c(b"ab", b"abc"), -1);
        assert_eq!(c(b"", b""), 0);
        assert!(rgo_eqstring(
            b"abc".as_ptr(),
            3,
            b"abc".to_vec().as_ptr(),
            3
        ));
        assert!(!rgo_eqstring(b"abc".as_ptr(), 3, b"abd".as_ptr(), 3));
    }
}
