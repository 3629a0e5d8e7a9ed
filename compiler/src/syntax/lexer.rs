//! The token stream fed to lalrpop: drops comments, inserts semicolons (Go's newline
//! rule), turns malformed tokens into gc-worded lexical errors, and tracks the little
//! context (brace nesting, open declaration groups) that error messages need.

use super::token::{check_escapes, check_number, sharp_u, LexError, Tok};
use logos::Logos;

pub type Spanned = (usize, Tok, usize);

pub struct Lexer<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, Tok>,
    /// A newline now would end the statement.
    nlsemi: bool,
    done: bool,
    /// Last significant token handed out (for error context): when lalrpop reports an
    /// error this is the offending token, and `prev` the one before it.
    pub last: Option<Spanned>,
    pub prev: Option<Spanned>,
    /// Nesting depth of `{`.
    pub brace_depth: u32,
    /// For each open `{`: the token before it (`interface`, `struct`, ...), so errors can
    /// say "in interface type".
    pub brace_kinds: Vec<Tok>,
    /// The `if`/`for`/`switch` whose header is being read (cleared at the next `{`).
    pub header: Option<Tok>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        let mut inner = Tok::lexer(src);
        if src.starts_with('\u{FEFF}') {
            inner.bump(3);
        }
        Lexer {
            src,
            inner,
            nlsemi: false,
            done: false,
            last: None,
            prev: None,
            brace_depth: 0,
            brace_kinds: Vec::new(),
            header: None,
        }
    }

    fn semi_at(&mut self, pos: usize) -> Option<Result<Spanned, LexError>> {
        self.nlsemi = false;
        Some(Ok((pos, Tok::Semi, pos)))
    }

    fn bad_char(&self, pos: usize) -> LexError {
        let c = self.src[pos..].chars().next().unwrap_or('\0');
        let msg = if c.is_numeric() && !c.is_ascii_digit() {
            format!("identifier cannot begin with digit {}", sharp_u(c))
        } else if !c.is_ascii() && !c.is_alphabetic() && self.prev_is_ident(pos) {
            format!("invalid character {} in identifier", sharp_u(c))
        } else {
            format!("invalid character {}", sharp_u(c))
        };
        LexError { pos, msg }
    }

    fn prev_is_ident(&self, pos: usize) -> bool {
        self.src[..pos]
            .chars()
            .next_back()
            .is_some_and(|p| p == '_' || p.is_alphanumeric())
    }

    fn next_inner(&mut self) -> Option<Result<Spanned, LexError>> {
        loop {
            let Some(res) = self.inner.next() else {
                if self.done {
                    return None;
                }
                self.done = true;
                if self.nlsemi {
                    return self.semi_at(self.src.len());
                }
                return None;
            };
            let span = self.inner.span();
            let (lo, hi) = (span.start, span.end);
            let tok = match res {
                Ok(t) => t,
                Err(()) => return Some(Err(self.bad_char(lo))),
            };
            match tok {
                Tok::Newline => {
                    if self.nlsemi {
                        return self.semi_at(lo);
                    }
                    continue;
                }
                Tok::LineComment => continue,
                Tok::BlockComment => {
                    if self.nlsemi && self.src[lo..hi].contains('\n') {
                        return self.semi_at(lo);
                    }
                    continue;
                }
                Tok::BadComment => {
                    return Some(Err(LexError {
                        pos: lo,
                        msg: "comment not terminated".into(),
                    }))
                }
                Tok::BadStr => {
                    // gc reports a newline where it is, a missing end at the start.
                    let (pos, msg) = if self.src.as_bytes().get(hi) == Some(&b'\n') {
                        (hi, "newline in string")
                    } else {
                        (lo, "string not terminated")
                    };
                    return Some(Err(LexError {
                        pos,
                        msg: msg.into(),
                    }));
                }
                Tok::BadRawStr => {
                    return Some(Err(LexError {
                        pos: lo,
                        msg: "string not terminated".into(),
                    }))
                }
                Tok::BadChar => {
                    let (pos, msg) = if self.src.as_bytes().get(hi) == Some(&b'\n') {
                        (hi, "newline in rune literal")
                    } else {
                        (lo, "rune literal not terminated")
                    };
                    return Some(Err(LexError {
                        pos,
                        msg: msg.into(),
                    }));
                }
                Tok::Int | Tok::Float | Tok::Imag => {
                    if let Err(e) = check_number(&self.src[lo..hi], lo) {
                        return Some(Err(e));
                    }
                }
                Tok::Str if self.src[lo..hi].contains('\\') => {
                    if let Err(e) = check_escapes(&self.src[lo..hi], lo, '"') {
                        return Some(Err(e));
                    }
                }
                Tok::Char => {
                    let n = match check_escapes(&self.src[lo..hi], lo, '\'') {
                        Ok(n) => n,
                        Err(e) => return Some(Err(e)),
                    };
                    if n == 0 {
                        return Some(Err(LexError {
                            pos: lo + 1,
                            msg: "empty rune literal or unescaped '".into(),
                        }));
                    }
                    if n > 1 {
                        return Some(Err(LexError {
                            pos: lo,
                            msg: "more than one character in rune literal".into(),
                        }));
                    }
                }
                Tok::LBrace => {
                    self.brace_depth += 1;
                    self.brace_kinds
                        .push(self.last.map_or(Tok::LBrace, |(_, t, _)| t));
                    self.header = None;
                }
                Tok::RBrace => {
                    self.brace_depth = self.brace_depth.saturating_sub(1);
                    self.brace_kinds.pop();
                }
                Tok::If | Tok::For | Tok::Switch => self.header = Some(tok),
                _ => {}
            }
            self.nlsemi = tok.ends_statement();
            // The grammar has one string terminal; raw strings differ only when decoded.
            let tok = if tok == Tok::RawStr { Tok::Str } else { tok };
            self.prev = self.last;
            self.last = Some((lo, tok, hi));
            return Some(Ok((lo, tok, hi)));
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_inner()
    }
}
