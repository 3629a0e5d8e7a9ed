//! UTF-8 decoding as Go does it (one byte per invalid sequence), `strconv.IsPrint`, and
//! Go's quoting (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`).

use alloc::vec::Vec;

use super::isprint_table::IS_PRINT;

pub(crate) const RUNE_ERROR: u32 = 0xFFFD;
pub(crate) const MAX_RUNE: u32 = 0x10FFFF;

/// Decodes the first rune of `s` like Go's `utf8.DecodeRune`: (rune, size); invalid
/// encodings give (RUNE_ERROR, 1); empty input gives (RUNE_ERROR, 0).
pub(crate) fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Number of runes in `s` (each invalid byte counts as one).
pub(crate) fn rune_count(s: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        i += decode_rune(&s[i..]).1;
        n += 1;
    }
    n
}

/// Appends the UTF-8 encoding of `r` (invalid runes become U+FFFD), like `utf8.AppendRune`.
pub(crate) fn push_rune(buf: &mut Vec<u8>, r: u32) {
    let r = if r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        RUNE_ERROR
    } else {
        r
    };
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// Go's `strconv.IsPrint`.
pub(crate) fn is_print(r: u32) -> bool {
    IS_PRINT
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                core::cmp::Ordering::Less
            } else if lo > r {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `r` escaped for a quoted literal delimited by `quote`.
fn push_escaped(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        push_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7F => {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWER_HEX[(r >> 4) as usize & 15]);
            buf.push(LOWER_HEX[r as usize & 15]);
        }
        _ => {
            let r = if r > MAX_RUNE { RUNE_ERROR } else { r };
            let (esc, digits) = if r < 0x10000 { (b'u', 4) } else { (b'U', 8) };
            buf.push(b'\\');
            buf.push(esc);
            for k in (0..digits).rev() {
                buf.push(LOWER_HEX[(r >> (4 * k)) as usize & 15]);
            }
        }
    }
}

/// `strconv.Quote` (`ascii_only`: `QuoteToASCII`), appended to `buf`.
pub(crate) fn quote(buf: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWER_HEX[(s[i] >> 4) as usize]);
            buf.push(LOWER_HEX[(s[i] & 15) as usize]);
        } else {
            push_escaped(buf, r, b'"', ascii_only);
        }
        i += w;
    }
    buf.push(b'"');
}

/// `strconv.QuoteRune` (`ascii_only`: `QuoteRuneToASCII`), appended to `buf`.
pub(crate) fn quote_rune(buf: &mut Vec<u8>, r: u32, ascii_only: bool) {
    let r = if r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        RUNE_ERROR
    } else {
        r
    };
    buf.push(b'\'');
    push_escaped(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

/// `strconv.CanBackquote`: `s` can be a raw string literal unchanged.
pub(crate) fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < 0x20 && r != '\t' as u32) || r == '`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}
