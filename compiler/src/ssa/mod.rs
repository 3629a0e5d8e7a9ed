//! rgo's SSA IR ([`ir`]), its builder from the checked AST ([`build`]), the passes
//! over it — inlining ([`inline`]), bounds- and nil-check elimination ([`bce`]), with
//! their graph helpers ([`cfg`]) — and its textual dump ([`print`], `rgo tool ssa`).

pub mod bce;
pub mod build;
pub mod cfg;
pub mod inline;
pub mod ir;
pub mod print;
