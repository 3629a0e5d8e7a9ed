//! Go source text to AST: the lexer (with semicolon insertion), the lalrpop parser, and
//! gc-style syntax error reporting. Entry points: [`parse_file`], [`format_error`], and
//! [`tool_syntax`] behind `rgo tool syntax`.

// Until the later passes of the compiler read the whole AST and API, parts of them are
// unused in this binary crate.
#[allow(dead_code)]
pub mod ast;
pub mod lexer;
#[allow(dead_code)]
pub mod parser;
#[allow(dead_code)]
pub mod token;
mod tool;
pub mod visit;

#[cfg(test)]
mod tests;

#[allow(unused_imports)]
pub use parser::{int_literal_value, unquote_char, unquote_string};
#[allow(unused_imports)]
pub use tool::{tool_syntax, tool_syntax_with};

use std::sync::atomic::{AtomicU32, Ordering};

#[allow(clippy::all, clippy::pedantic, unused)]
mod go {
    include!(concat!(env!("OUT_DIR"), "/syntax/go.rs"));
}

/// A source file: its name as shown in messages and its text, with line starts for
/// position lookup.
#[derive(Debug)]
pub struct SourceFile {
    /// As it should appear in errors, e.g. `./main.go`.
    pub name: String,
    pub src: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: String, src: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        SourceFile {
            name,
            src,
            line_starts,
        }
    }

    /// 1-based line and 1-based byte column of a byte offset.
    pub fn position(&self, pos: ast::Pos) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= pos).max(1);
        let start = self.line_starts[line - 1];
        (line as u32, pos - start + 1)
    }
}

/// A syntax (or lexical) error; `msg` carries gc's "syntax error: " prefix where gc
/// prints one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: ast::Pos,
    pub msg: String,
}

/// The counter giving every `Expr` and `Ident` a `NodeId` unique across all files of a
/// compilation. Atomic so files may be parsed on several threads.
#[derive(Debug, Default)]
pub struct NodeIdGen(AtomicU32);

impl NodeIdGen {
    pub fn new() -> Self {
        NodeIdGen(AtomicU32::new(0))
    }

    pub fn next(&self) -> ast::NodeId {
        ast::NodeId(self.0.fetch_add(1, Ordering::Relaxed))
    }

    /// Number of ids handed out so far.
    #[allow(dead_code)]
    pub fn count(&self) -> u32 {
        self.0.load(Ordering::Relaxed)
    }
}

/// gc stops after this many errors.
const MAX_ERRORS: usize = 10;

/// Parses one file. Reports the lexical errors met and the first syntax error (gc goes on
/// after a syntax error and reports up to ten).
pub fn parse_file(file: &SourceFile, ids: &NodeIdGen) -> Result<ast::File, Vec<SyntaxError>> {
    let src = file.src.as_str();
    let mut lx = lexer::Lexer::new(src);
    let res = go::FileParser::new().parse(src, ids, &mut lx);
    let mut errs: Vec<SyntaxError> = lx
        .errors
        .drain(..)
        .map(|e| SyntaxError {
            pos: e.pos as ast::Pos,
            msg: e.msg,
        })
        .collect();
    let raw = match res {
        Ok(f) => f,
        Err(e) => {
            // gc lists errors by position; at equal positions the scanner's come first.
            errs.push(parser::convert_error(src, &lx, e));
            errs.sort_by_key(|e| e.pos);
            errs.truncate(MAX_ERRORS);
            return Err(errs);
        }
    };
    if !errs.is_empty() {
        errs.truncate(MAX_ERRORS);
        return Err(errs);
    }
    let mut f = ast::File {
        package_pos: raw.package_pos,
        name: raw.name,
        imports: raw.imports,
        decls: raw.decls,
    };
    parser::check_file(&mut f, ids).map_err(|e| vec![e])?;
    Ok(f)
}

/// `./x.go:3:10: syntax error: unexpected newline, expected comma or )`
pub fn format_error(file: &SourceFile, e: &SyntaxError) -> String {
    let (line, col) = file.position(e.pos);
    format!("{}:{}:{}: {}", file.name, line, col, e.msg)
}
