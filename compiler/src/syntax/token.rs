//! Go tokens: the logos-derived raw lexer and the checks of literal spelling that gc's
//! scanner performs (digit separators, invalid digits, escapes), with gc's wording.
//!
//! Tokens are unit variants (`Copy`): the parser reads a token's text back from its span,
//! so lexing allocates nothing.

use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\r\f]+")]
pub enum Tok {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/")]
    BlockComment,
    /// `/*` without its `*/`.
    #[regex(r"/\*([^*]|\*+[^*/])*\**", allow_greedy = true)]
    BadComment,

    #[regex(r"[_\p{L}][_\p{L}\p{Nd}]*")]
    Ident,

    // Numbers are matched loosely (any digits, any `_`), as gc's scanner does, and then
    // checked by `check_number` so errors get gc's wording.
    #[regex(r"[0-9][0-9_]*")]
    #[regex(r"0[xX][0-9a-fA-F_]*")]
    #[regex(r"0[oObB][0-9_]*")]
    Int,
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*")]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]*")]
    #[regex(r"0[xX][0-9a-fA-F_]*\.[0-9a-fA-F_]*")]
    #[regex(r"0[oObB][0-9_]*\.[0-9_]*")]
    Float,
    #[regex(r"[0-9][0-9_]*i")]
    #[regex(r"0[xX][0-9a-fA-F_]*i")]
    #[regex(r"0[oObB][0-9_]*i")]
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?i")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?i")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*i")]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]*i")]
    #[regex(r"0[xX][0-9a-fA-F_]*\.[0-9a-fA-F_]*i")]
    Imag,
    #[regex(r"'([^'\\\n]|\\[^\n])*'")]
    Char,
    /// A rune literal cut by a newline or the end of input.
    #[regex(r"'([^'\\\n]|\\[^\n])*", allow_greedy = true)]
    BadChar,
    #[regex(r#""([^"\\\n]|\\[^\n])*""#)]
    Str,
    #[regex(r"`[^`]*`")]
    RawStr,
    /// A string literal cut by a newline or the end of input.
    #[regex(r#""([^"\\\n]|\\[^\n])*"#, allow_greedy = true)]
    BadStr,
    #[regex(r"`[^`]*", allow_greedy = true)]
    BadRawStr,

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

impl Tok {
    /// Whether a newline after this token ends the statement (the spec's semicolon rule).
    pub fn ends_statement(self) -> bool {
        use Tok::*;
        matches!(
            self,
            Ident
                | Int
                | Float
                | Imag
                | Char
                | Str
                | RawStr
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    pub fn is_keyword(self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::Str | Tok::RawStr
        )
    }
}

/// A lexical error: byte offset and gc's message (without the "syntax error: " prefix,
/// which gc does not print for these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub pos: usize,
    pub msg: String,
}

fn err(pos: usize, msg: impl Into<String>) -> Result<(), LexError> {
    Err(LexError {
        pos,
        msg: msg.into(),
    })
}

/// Checks a number literal's spelling as gc's scanner does. `pos` is its offset.
pub fn check_number(text: &str, pos: usize) -> Result<(), LexError> {
    let b = text.as_bytes();
    let mut s = text;
    if s.ends_with('i') {
        s = &s[..s.len() - 1];
    }
    let (base, prefix, name) = if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => (16, 2, "hexadecimal literal"),
            b'o' => (8, 2, "octal literal"),
            b'b' => (2, 2, "binary literal"),
            _ => (10, 0, ""),
        }
    } else {
        (10, 0, "")
    };
    let body = &s[prefix..];
    // Split mantissa and exponent.
    let exp_idx = if base == 16 {
        body.find(['p', 'P'])
    } else if base == 10 {
        body.find(['e', 'E'])
    } else {
        None
    };
    let (mant, exp) = match exp_idx {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let is_float = mant.contains('.') || exp.is_some();
    // Digits of the mantissa.
    let mut ndigits = 0;
    let mut invalid: Option<(usize, char)> = None;
    for (i, c) in mant.char_indices() {
        if c == '.' || c == '_' {
            continue;
        }
        ndigits += 1;
        let ok = match base {
            2 => c == '0' || c == '1',
            8 => ('0'..='7').contains(&c),
            _ => true,
        };
        if !ok && invalid.is_none() {
            invalid = Some((prefix + i, c));
        }
    }
    if prefix > 0 && ndigits == 0 {
        return err(pos + s.len(), format!("{name} has no digits"));
    }
    if let Some((i, c)) = invalid {
        return err(pos + i, format!("invalid digit '{c}' in {name}"));
    }
    // Legacy octal `0777` (an imaginary `089i` is decimal).
    if base == 10 && !is_float && !text.ends_with('i') && b[0] == b'0' && mant.len() > 1 {
        // Legacy octal: 0777.
        if let Some(i) = mant.find(['8', '9']) {
            let c = mant.as_bytes()[i] as char;
            return err(pos + i, format!("invalid digit '{c}' in octal literal"));
        }
    }
    if base == 16 && mant.contains('.') && exp.is_none() {
        return err(
            pos + s.len(),
            "hexadecimal mantissa requires a 'p' exponent",
        );
    }
    if base != 10 && base != 16 && is_float {
        let dot = s.find('.').unwrap_or(0);
        return err(pos + dot, format!("invalid radix point in {name}"));
    }
    if let Some(e) = exp {
        let e = e.trim_start_matches(['+', '-']);
        if !e.bytes().any(|c| c.is_ascii_digit()) {
            return err(pos + s.len(), "exponent has no digits");
        }
    }
    // Digit separators: each '_' must follow a digit (a prefix counts as one) and be
    // followed by one. Report the first offending '_' as gc does.
    if let Some(i) = bad_separator(s.as_bytes(), prefix, base) {
        return err(pos + i, "'_' must separate successive digits");
    }
    Ok(())
}

/// Checks the escapes of an interpreted string or rune literal (quotes included).
/// Returns the number of characters (for rune literals).
pub fn check_escapes(text: &str, pos: usize, quote: char) -> Result<usize, LexError> {
    let inner = &text[1..text.len() - 1];
    let e = |at: usize, msg: String| LexError {
        pos: pos + 1 + at,
        msg,
    };
    let mut n = 0;
    let mut it = inner.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        n += 1;
        if c != '\\' {
            continue;
        }
        let Some((ei, esc)) = it.next() else {
            return Err(e(i + 1, "escape sequence not terminated".into()));
        };
        let (count, radix, max, name): (usize, u32, u32, &str) = match esc {
            'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => continue,
            '\'' | '"' if esc == quote => continue,
            '0'..='7' => (2, 8, 255, "octal"),
            'x' => (2, 16, 255, "hexadecimal"),
            'u' => (4, 16, 0x10FFFF, "hexadecimal"),
            'U' => (8, 16, 0x10FFFF, "hexadecimal"),
            _ => return Err(e(ei, "unknown escape".into())),
        };
        let mut v: u32 = if radix == 8 {
            esc as u32 - '0' as u32
        } else {
            0
        };
        let mut end = ei + 1;
        for _ in 0..count {
            match it.peek() {
                Some(&(j, d)) if d.is_digit(radix) => {
                    v = v.saturating_mul(radix) + d.to_digit(radix).unwrap_or(0);
                    end = j + 1;
                    it.next();
                }
                Some(&(j, d)) => {
                    return Err(e(
                        j,
                        format!("invalid character {} in {name} escape", quote_char(d)),
                    ))
                }
                None => {
                    return Err(e(
                        inner.len(),
                        format!("invalid character {} in {name} escape", quote_char(quote)),
                    ))
                }
            }
        }
        if radix == 8 && v > 255 {
            return Err(e(end, format!("octal escape value {v} > 255")));
        }
        if v > max || (max > 255 && (0xD800..0xE000).contains(&v)) {
            return Err(e(
                end,
                format!("escape is invalid Unicode code point U+{v:04X}"),
            ));
        }
    }
    Ok(n)
}

fn bad_separator(sb: &[u8], prefix: usize, base: u32) -> Option<usize> {
    let is_digit = |c: u8| c.is_ascii_digit() || base == 16 && c.is_ascii_hexdigit();
    // prev: 'd' digit, '_' underscore, '.' other.
    let mut prev = if prefix == 2 { b'd' } else { b'.' };
    for (i, &c) in sb.iter().enumerate().skip(prefix) {
        let cur = if c == b'_' {
            if prev != b'd' {
                return Some(i);
            }
            b'_'
        } else if is_digit(c) {
            b'd'
        } else {
            if prev == b'_' {
                return Some(i - 1);
            }
            b'.'
        };
        prev = cur;
    }
    if prev == b'_' {
        return Some(sb.len() - 1);
    }
    None
}

/// `%q` of a rune as gc prints it in messages (`'x'`, `'\n'`).
pub fn quote_char(c: char) -> String {
    match c {
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// gc's `%#U` of a rune: `U+0040 '@'`, or just `U+0000` when not printable.
pub fn sharp_u(c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    if c.is_control() || c == '\u{FEFF}' || c.is_whitespace() && c != ' ' {
        code
    } else {
        format!("{code} '{c}'")
    }
}
