//! The type checker: resolves names, computes the type (and constant value) of every
//! expression, and reports gc-style errors (`./main.go:5:2: declared and not used: x`).
//!
//! It follows the Go spec and mirrors go/types' design: a [`Program`] owns the interned
//! types, all objects and all packages; [`check_package`] checks one package whose imports
//! were already checked, filling its [`repr::Info`] side tables that the SSA builder reads.

// Parts of the API (lookups, predicates, type strings) are used by the back end only;
// `rgo_parser` gates the Go-source tests until the parser is merged.
#![allow(dead_code, unexpected_cfgs)]

mod alias;
mod call;
mod check;
pub mod constant;
mod expr;
pub mod exprstr;
mod funcargs;
mod generics;
mod genmethods;
mod initorder;
pub mod lookup;
mod mono;
pub mod predicates;
pub mod repr;
mod resolve;
mod stmt;
pub mod table;
mod typesets;
pub mod typestr;
mod universe;

#[cfg(test)]
mod tests;

#[allow(unused_imports)]
pub use check::{add_package, check_package};
#[allow(unused_imports)]
pub use lookup::Lookup;
pub use repr::*;

use std::collections::HashMap;

use crate::syntax::{ast, SourceFile};

/// One package of the compilation.
#[derive(Debug)]
pub struct Package {
    pub id: PkgId,
    /// Import path ("main" for the main package, "fmt", "math/bits", ...).
    pub path: String,
    /// Package name from the package clause.
    pub name: String,
    /// The package's files (FileId indexes `Program::sources`).
    pub files: Vec<(FileId, ast::File)>,
    /// Package-level scope: name -> object (methods are not in here; see NamedInfo::methods).
    pub scope: HashMap<String, ObjId>,
    /// `init` functions in the order they are to run (source order, file by file).
    pub inits: Vec<ObjId>,
    pub info: Info,
}

/// Everything compiled together: the main package and its (transitive) imports.
#[derive(Debug, Default)]
pub struct Program {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub packages: Vec<Package>,
    pub sources: Vec<SourceFile>,
    /// Universe scope (predeclared identifiers).
    pub universe: HashMap<String, ObjId>,
    /// Field objects of struct types: (struct type, field index) -> Var object.
    pub field_objs: HashMap<(TypeId, usize), ObjId>,
    /// Method objects of interface types: (interface type, method index) -> Func object
    /// (whose `recv` is the interface type).
    pub method_objs: HashMap<(TypeId, usize), ObjId>,
    /// Nesting depth of generic type instantiations (bounds expanding cycles such as
    /// `type T[P any] struct{ f *T[[]P] }`).
    pub inst_depth: u32,
    /// Generic type aliases (`type Entry[V any] = Pair[string, V]`): the alias's type
    /// parameters and its right-hand side in terms of them. Aliases are transparent:
    /// `Entry[int]` denotes the substituted right-hand side.
    pub generic_aliases: HashMap<ObjId, GenericAlias>,
    /// Parameter and result names of declared functions and methods (when they have
    /// names): gc's messages print a function's type with them, `func(yield func(int)
    /// bool)`.
    pub param_names: HashMap<ObjId, (Vec<String>, Vec<String>)>,
    /// Receiver names of methods (`_` when unnamed), for method expressions' types.
    pub recv_names: HashMap<ObjId, String>,
}

/// A generic type alias (see [`Program::generic_aliases`]).
#[derive(Clone, Debug)]
pub struct GenericAlias {
    pub type_params: Vec<TypeId>,
    pub rhs: TypeId,
}

/// A type error at a position.
#[derive(Clone, Debug)]
pub struct TypeError {
    pub file: FileId,
    pub pos: ast::Pos,
    pub msg: String,
}

impl Program {
    /// Formats an error as gc does: `./main.go:5:2: msg`.
    pub fn format_error(&self, e: &TypeError) -> String {
        let f = &self.sources[e.file.0 as usize];
        let (line, col) = f.position(e.pos);
        format!("{}:{}:{}: {}", f.name, line, col, e.msg)
    }
}
