//! Go source text to AST: the lexer (with semicolon insertion), the lalrpop parser, and
//! gc-style syntax error reporting.

pub mod ast;
