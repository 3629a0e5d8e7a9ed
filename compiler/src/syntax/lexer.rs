//! The token stream fed to lalrpop: drops comments, inserts semicolons (Go's newline
//! rule), turns malformed tokens into gc-worded lexical errors, and tracks the little
//! context (brace nesting, open declaration groups) that error messages need.

use super::token::{check_escapes, check_number, sharp_u, LexError, Tok};
use logos::Logos;

pub type Spanned = (usize, Tok, usize);

/// An open bracket: the bracket token, the token before it, and for `(` whether it
/// opens a parameter list (guessed from the tokens before it).
#[derive(Clone, Copy, Debug)]
pub struct Open {
    pub tok: Tok,
    pub before: Option<Tok>,
    pub params: bool,
}

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
    pub prev2: Option<Spanned>,
    /// The lexical errors met so far, in source order.
    pub errors: Vec<LexError>,
    /// Nesting depth of `{`.
    pub brace_depth: u32,
    /// Open brackets, innermost last, so errors can say "in interface type", "in grouped
    /// declaration", "in parameter list".
    pub open: Vec<Open>,
    /// Whether the last closed `(` was a parameter list (a result list may follow).
    last_closed_params: bool,
    /// The `if`/`for`/`switch` whose header is being read (cleared at the next `{`), and
    /// whether it has had a `;` or a `range` so far.
    pub header: Option<Tok>,
    pub header_semi: bool,
    pub header_range: bool,
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
            prev2: None,
            errors: Vec::new(),
            brace_depth: 0,
            open: Vec::new(),
            last_closed_params: false,
            header: None,
            header_semi: false,
            header_range: false,
        }
    }

    /// Records a lexical error; lexing goes on as gc's scanner does, so a syntax error
    /// at an earlier position can still be reported first.
    fn record(&mut self, e: LexError) {
        self.errors.push(e);
    }

    fn semi_at(&mut self, pos: usize) -> Option<Result<Spanned, LexError>> {
        self.nlsemi = false;
        self.header_semi |= self.header.is_some();
        self.prev2 = self.prev;
        self.prev = self.last;
        self.last = Some((pos, Tok::Semi, pos));
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
            let mut tok = match res {
                Ok(t) => t,
                Err(()) => {
                    // gc reports the character and skips it.
                    let e = self.bad_char(lo);
                    self.record(e);
                    continue;
                }
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
                    self.record(LexError {
                        pos: lo,
                        msg: "comment not terminated".into(),
                    });
                    continue;
                }
                Tok::BadStr => {
                    // gc reports a newline where it is, a missing end at the start, and
                    // goes on with a string literal token.
                    let (pos, msg) = if self.src.as_bytes().get(hi) == Some(&b'\n') {
                        (hi, "newline in string")
                    } else {
                        (lo, "string not terminated")
                    };
                    self.record(LexError {
                        pos,
                        msg: msg.into(),
                    });
                    tok = Tok::Str;
                }
                Tok::BadRawStr => {
                    self.record(LexError {
                        pos: lo,
                        msg: "string not terminated".into(),
                    });
                    tok = Tok::Str;
                }
                Tok::BadChar => {
                    let (pos, msg) = if self.src.as_bytes().get(hi) == Some(&b'\n') {
                        (hi, "newline in rune literal")
                    } else {
                        (lo, "rune literal not terminated")
                    };
                    self.record(LexError {
                        pos,
                        msg: msg.into(),
                    });
                    tok = Tok::Char;
                }
                Tok::Int | Tok::Float | Tok::Imag => {
                    if let Err(e) = check_number(&self.src[lo..hi], lo) {
                        self.record(e);
                    }
                }
                Tok::Str if self.src[lo..hi].contains('\\') => {
                    if let Err(e) = check_escapes(&self.src[lo..hi], lo, '"') {
                        self.record(e);
                    }
                }
                Tok::Char => match check_escapes(&self.src[lo..hi], lo, '\'') {
                    Err(e) => self.record(e),
                    Ok(0) => self.record(LexError {
                        pos: lo + 1,
                        msg: "empty rune literal or unescaped '".into(),
                    }),
                    Ok(1) => {}
                    Ok(_) => self.record(LexError {
                        pos: lo,
                        msg: "more than one character in rune literal".into(),
                    }),
                },
                Tok::LBrace | Tok::LParen | Tok::LBrack => {
                    let before = self.last.map(|(_, t, _)| t);
                    let before2 = self.prev.map(|(_, t, _)| t);
                    let params = tok == Tok::LParen
                        && match before {
                            Some(Tok::Func) => true,
                            Some(Tok::Ident) => {
                                before2 == Some(Tok::Func)
                                    || before2 == Some(Tok::RParen) && self.last_closed_params
                            }
                            Some(Tok::RParen) => self.last_closed_params,
                            _ => false,
                        };
                    self.open.push(Open {
                        tok,
                        before,
                        params,
                    });
                    if tok == Tok::LBrace {
                        self.brace_depth += 1;
                        self.header = None;
                    }
                }
                Tok::RBrace | Tok::RParen | Tok::RBrack => {
                    if let Some(o) = self.open.pop() {
                        self.last_closed_params = o.params;
                    }
                    if tok == Tok::RBrace {
                        self.brace_depth = self.brace_depth.saturating_sub(1);
                    }
                }
                Tok::Semi => self.header_semi |= self.header.is_some(),
                Tok::Range => self.header_range |= self.header.is_some(),
                Tok::If | Tok::For | Tok::Switch => {
                    self.header = Some(tok);
                    self.header_semi = false;
                    self.header_range = false;
                }
                _ => {}
            }
            self.nlsemi = tok.ends_statement();
            // The grammar has one string terminal; raw strings differ only when decoded.
            let tok = if tok == Tok::RawStr { Tok::Str } else { tok };
            self.prev2 = self.prev;
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
