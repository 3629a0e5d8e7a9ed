//! rgo's SSA IR ([`ir`]), its builder from the checked AST ([`build`]), the inliner
//! ([`inline`]) with its graph helpers ([`cfg`]) and its textual dump ([`print`],
//! `rgo tool ssa`).

pub mod build;
pub mod cfg;
pub mod inline;
pub mod ir;
pub mod print;
