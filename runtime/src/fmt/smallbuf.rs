//! A byte buffer kept on the stack up to `N` bytes that moves to the heap beyond: float
//! formatting builds its digits and results in these, so the common case (a few dozen
//! bytes) allocates nothing.

use alloc::vec::Vec;

pub(crate) struct SmallBuf<const N: usize = 64> {
    len: usize,
    inline: [u8; N],
    /// Holds the bytes once they outgrew `inline` (`spilled`).
    heap: Vec<u8>,
    spilled: bool,
}

impl<const N: usize> SmallBuf<N> {
    pub(crate) const fn new() -> Self {
        SmallBuf {
            len: 0,
            inline: [0; N],
            heap: Vec::new(),
            spilled: false,
        }
    }

    fn spill(&mut self, extra: usize) {
        let mut v = Vec::with_capacity((self.len + extra).max(2 * N));
        v.extend_from_slice(&self.inline[..self.len]);
        self.heap = v;
        self.spilled = true;
    }

    #[inline]
    pub(crate) fn push(&mut self, b: u8) {
        if !self.spilled {
            if self.len < N {
                self.inline[self.len] = b;
                self.len += 1;
                return;
            }
            self.spill(1);
        }
        self.heap.push(b);
    }

    pub(crate) fn extend_from_slice(&mut self, s: &[u8]) {
        if !self.spilled {
            if self.len + s.len() <= N {
                self.inline[self.len..self.len + s.len()].copy_from_slice(s);
                self.len += s.len();
                return;
            }
            self.spill(s.len());
        }
        self.heap.extend_from_slice(s);
    }

    pub(crate) fn truncate(&mut self, n: usize) {
        if self.spilled {
            self.heap.truncate(n);
        } else {
            self.len = self.len.min(n);
        }
    }

    pub(crate) fn pop(&mut self) -> Option<u8> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let b = self[n - 1];
        self.truncate(n - 1);
        Some(b)
    }

    pub(crate) fn clear(&mut self) {
        self.truncate(0);
    }

    /// Removes the byte at `i`, shifting the rest down.
    pub(crate) fn remove(&mut self, i: usize) {
        if self.spilled {
            self.heap.remove(i);
        } else {
            self.inline.copy_within(i + 1..self.len, i);
            self.len -= 1;
        }
    }
}

impl<const N: usize> core::ops::Deref for SmallBuf<N> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        if self.spilled {
            &self.heap
        } else {
            &self.inline[..self.len]
        }
    }
}

impl<const N: usize> core::ops::DerefMut for SmallBuf<N> {
    fn deref_mut(&mut self) -> &mut [u8] {
        if self.spilled {
            &mut self.heap
        } else {
            &mut self.inline[..self.len]
        }
    }
}

impl<const N: usize> core::fmt::Write for SmallBuf<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::SmallBuf;

    #[test]
    fn stays_inline_then_spills_keeping_bytes() {
        let mut b: SmallBuf<4> = SmallBuf::new();
        b.extend_from_slice(b"abc");
        b.push(b'd');
        assert_eq!(&*b, b"abcd");
        b.push(b'e');
        b.extend_from_slice(b"fgh");
        assert_eq!(&*b, b"abcdefgh");
        b.remove(0);
        assert_eq!(b.pop(), Some(b'h'));
        assert_eq!(&*b, b"bcdefg");
        b.truncate(2);
        assert_eq!(&*b, b"bc");
    }

    #[test]
    fn remove_and_truncate_inline() {
        let mut b: SmallBuf<8> = SmallBuf::new();
        b.extend_from_slice(b"+-12");
        b.remove(0);
        assert_eq!(&*b, b"-12");
        b.clear();
        assert!(b.is_empty());
        assert_eq!(b.pop(), None);
    }
}
