//! rgo's SSA IR ([`ir`]), its builder from the checked AST ([`build`]) and its textual
//! dump ([`print`], `rgo tool ssa`).

pub mod build;
pub mod ir;
pub mod print;
