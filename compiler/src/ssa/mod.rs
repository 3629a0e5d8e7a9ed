//! rgo's SSA IR ([`ir`]), its builder from the checked AST ([`build`]), the inliner
//! ([`inline`]) and its textual dump ([`print`], `rgo tool ssa`).

pub mod build;
pub mod inline;
pub mod ir;
pub mod print;
