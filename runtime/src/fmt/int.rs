//! Padding primitives and integer formatting (`%d %b %o %O %x %X %c %q %U`, and the
//! `%v` forms of integers and pointers).

use super::quote::{is_print, push_rune, quote_rune, rune_count, MAX_RUNE, RUNE_ERROR};
use super::Printer;

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

impl Printer {
    /// Writes `n` padding bytes ('0' with the zero flag, else ' ').
    pub(crate) fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, b);
    }

    /// Writes `b` padded to the width (counted in runes), left- or right-justified.
    pub(crate) fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// `pad` without the zero flag.
    pub(crate) fn pad_spaces(&mut self, b: &[u8]) {
        let z = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = z;
    }

    /// Formats `u` (negative when `signed` and the top bit is set) in `base` for `verb`.
    pub(crate) fn fmt_integer_base(
        &mut self,
        mut u: u64,
        base: u64,
        signed: bool,
        verb: u32,
        digits: &[u8; 17],
    ) {
        let negative = signed && (u as i64) < 0;
        if negative {
            u = (u as i64).wrapping_neg() as u64;
        }
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let z = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = z;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Digits are produced right to left, on the stack unless a large precision asks
        // for more room.
        let mut out = RevBuf::new((prec.max(0) as usize).max(64) + 4);
        // Constant divisors for the common bases (a hardware division per digit is slow).
        match base {
            10 => loop {
                out.push(digits[(u % 10) as usize]);
                u /= 10;
                if u == 0 {
                    break;
                }
            },
            16 => loop {
                out.push(digits[(u & 15) as usize]);
                u >>= 4;
                if u == 0 {
                    break;
                }
            },
            _ => loop {
                out.push(digits[(u % base) as usize]);
                u /= base;
                if u == 0 {
                    break;
                }
            },
        }
        while (out.len() as i64) < prec {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.push_all(b"b0"),
                8 if out.leading() != b'0' => out.push(b'0'),
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' as u32 {
            out.push_all(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        self.pad_spaces(out.as_slice());
    }

    /// `0x`-prefixed (when `leading0x`) lower-case hex, as pointers print.
    pub(crate) fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer_base(v, 16, false, 'v' as u32, LDIGITS);
        self.f.sharp = sharp;
    }

    /// gc's `pp.fmtInteger`: an integer operand under `verb`.
    pub(crate) fn fmt_integer(&mut self, v: u64, signed: bool, verb: u32) {
        match char::from_u32(verb).unwrap_or('?') {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.fmt_integer_base(v, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer_base(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt_integer_base(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer_base(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt_integer_base(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt_integer_base(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_c(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = alloc::vec::Vec::new();
        push_rune(&mut b, r);
        self.pad(&b);
    }

    fn fmt_qc(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = alloc::vec::Vec::new();
        quote_rune(&mut b, r, self.f.plus);
        self.pad(&b);
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut b = alloc::vec::Vec::new();
        b.extend_from_slice(b"U+");
        let mut hex = alloc::vec::Vec::new();
        let mut x = u;
        loop {
            hex.push(UDIGITS[(x & 15) as usize]);
            x >>= 4;
            if x == 0 {
                break;
            }
        }
        while (hex.len() as i64) < prec {
            hex.push(b'0');
        }
        hex.reverse();
        b.extend_from_slice(&hex);
        if self.f.sharp && u <= MAX_RUNE as u64 && is_print(u as u32) {
            b.extend_from_slice(b" '");
            push_rune(&mut b, u as u32);
            b.push(b'\'');
        }
        self.pad_spaces(&b);
    }

    /// `%t` / `%v` of a bool.
    pub(crate) fn fmt_bool(&mut self, v: bool, verb: u32) {
        if verb == 't' as u32 || verb == 'v' as u32 {
            self.pad(if v { b"true" } else { b"false" });
        } else {
            self.bad_verb(verb);
        }
    }
}

/// A byte buffer filled from its end (digits come least significant first): a stack
/// array for the usual sizes, a heap vector beyond.
struct RevBuf {
    stack: [u8; 80],
    heap: alloc::vec::Vec<u8>,
    /// Index of the first byte written.
    start: usize,
}

impl RevBuf {
    fn new(cap: usize) -> RevBuf {
        let mut heap = alloc::vec::Vec::new();
        if cap > 80 {
            heap.resize(cap, 0);
        }
        let start = if cap > 80 { cap } else { 80 };
        RevBuf {
            stack: [0; 80],
            heap,
            start,
        }
    }
    fn bytes(&mut self) -> &mut [u8] {
        if self.heap.is_empty() {
            &mut self.stack
        } else {
            &mut self.heap
        }
    }
    /// Prepends `c`.
    fn push(&mut self, c: u8) {
        self.start -= 1;
        let i = self.start;
        self.bytes()[i] = c;
    }
    /// Prepends the bytes of `s` in reverse order (as `push` of each in turn).
    fn push_all(&mut self, s: &[u8]) {
        for &c in s {
            self.push(c);
        }
    }
    fn len(&self) -> usize {
        if self.heap.is_empty() {
            80 - self.start
        } else {
            self.heap.len() - self.start
        }
    }
    /// The byte written last (the leftmost).
    fn leading(&mut self) -> u8 {
        let i = self.start;
        self.bytes()[i]
    }
    fn as_slice(&mut self) -> &[u8] {
        let start = self.start;
        &self.bytes()[start..]
    }
}
