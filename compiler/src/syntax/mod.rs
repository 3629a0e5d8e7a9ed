//! Go source text to AST: the lexer (with semicolon insertion), the lalrpop parser, and
//! gc-style syntax error reporting.

pub mod ast;

/// A source file: its name as errors print it and its text, with a line table.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub src: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: String, src: String) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name,
            src,
            line_starts,
        }
    }

    /// 1-based line and 1-based byte column of a byte offset.
    pub fn position(&self, pos: ast::Pos) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }
}
