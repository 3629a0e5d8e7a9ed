//! Type, object and constant representations shared by the type checker and the back end.
//!
//! Mirrors go/types: types are interned in a [`TypeTable`] so that *identical* types (in the
//! spec's sense) get the same [`TypeId`]; defined (named) types are distinct by
//! construction. Objects (vars, consts, type names, funcs, packages, builtins, labels) live
//! in an arena indexed by [`ObjId`].

use num_bigint::BigInt;
use num_rational::BigRational;
use std::collections::HashMap;

use crate::syntax::ast::{ChanDir, NodeId, Pos};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Index of a package in the compilation (0 = the universe pseudo-package is not used;
/// each compiled package gets one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// Index of a source file within the compilation (for positions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Package of an unexported field (unexported names from different packages differ).
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last param is `...T`, stored as `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    /// Package of an unexported method name.
    pub pkg: Option<PkgId>,
    /// A `Signature` type.
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    /// The complete method set (embedded interfaces flattened), sorted by name.
    pub methods: Vec<IfaceMethod>,
    /// Type-set terms for constraint interfaces: a conjunction of unions; empty = all types.
    /// Each union is a list of (tilde, type).
    pub unions: Vec<Vec<(bool, TypeId)>>,
    /// `comparable` is embedded (directly or indirectly).
    pub comparable: bool,
}

#[allow(clippy::enum_variant_names)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    Interface(Interface),
    /// Result lists of multi-value calls.
    Tuple(Vec<TypeId>),
    /// A defined type; details in [`TypeTable::named`].
    Named(NamedId),
    /// A type parameter; details in [`TypeTable::type_params`].
    TypeParam(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

#[derive(Clone, Debug)]
pub struct NamedInfo {
    /// The `TypeName` object.
    pub obj: ObjId,
    /// Underlying type (never a Named). `None` while the declaration is being checked.
    pub underlying: Option<TypeId>,
    /// Declared methods (Func objects), in source order.
    pub methods: Vec<ObjId>,
    /// For an instantiated generic type: the generic origin and the type arguments.
    /// An instance shares the origin's `obj` and `methods` (generic method objects whose
    /// bodies are in terms of the origin's type parameters).
    pub origin: Option<(NamedId, Vec<TypeId>)>,
    /// Type parameters (`Type::TypeParam` types) of a generic type, in declaration order.
    pub type_params: Vec<TypeId>,
}

/// An instantiation of a generic function or type (go/types `Instance`).
#[derive(Clone, Debug)]
pub struct Instance {
    /// The (explicit or inferred) type arguments.
    pub type_args: Vec<TypeId>,
    /// The instantiated type (a `Func` signature for functions, the instance `Named` type
    /// for types).
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub obj: ObjId,
    pub index: u32,
    /// Constraint interface type.
    pub constraint: TypeId,
}

/// Interns types so identical types share one id.
///
/// `TypeTable::default()` pre-interns every [`BasicKind`] so that the basic type of kind
/// `k` has id `TypeId(k as u32)` (see [`TypeTable::basic`]).
#[derive(Debug)]
pub struct TypeTable {
    pub types: Vec<Type>,
    pub index: HashMap<Type, TypeId>,
    pub named: Vec<NamedInfo>,
    pub type_params: Vec<TypeParamInfo>,
    /// Instances of generic named types: (origin, type arguments) -> instance type.
    pub inst_memo: HashMap<(NamedId, Vec<TypeId>), TypeId>,
    /// Instances whose origin's underlying type was not known yet when they were created.
    pub pending_insts: Vec<TypeId>,
    /// Implicit constraint interfaces (`[T int | string]`), printed without `interface{}`.
    pub implicit_ifaces: std::collections::HashSet<TypeId>,
    /// How an implicit constraint was first written (`~string | ~[]byte`), for messages.
    pub implicit_src: HashMap<TypeId, String>,
}

/// Compile-time constant values at arbitrary precision (untyped constant arithmetic is exact).
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// Go strings are byte strings.
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    SliceData,
    String,
    StringData,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: local, parameter, result, package-level, or struct field.
    Var {
        /// Package-level variable.
        global: bool,
        /// A struct field (then `embedded` says whether it's an embedded field).
        field: bool,
        embedded: bool,
        /// Function parameter or result (receiver included).
        param: bool,
    },
    Const(ConstValue),
    TypeName,
    Func {
        /// For a method: the receiver type as declared (T or *T, with T possibly generic).
        recv: Option<TypeId>,
        /// Declaration: index into the package's files (file, index of decl in file.decls).
        /// `None` for functions provided by the runtime / without a Go body.
        decl: Option<(FileId, usize)>,
        /// Type parameters (`Type::TypeParam` types): the function's own, or for a method
        /// the receiver's type parameters (`func (l *List[T]) ...`) followed by the
        /// method's own (`func (l List[T]) Map[U any](...)`, go1.27). Instances are keyed
        /// by type arguments for all of them.
        type_params: Vec<TypeId>,
        /// For a method: how many of `type_params` are its own (the last ones); a method
        /// with own type parameters is a generic method. Always 0 for functions.
        own_type_params: usize,
    },
    PkgName(PkgId),
    Builtin(Builtin),
    Label,
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// The object's type (Invalid for PkgName/Label/Builtin).
    pub ty: TypeId,
    /// `None` for universe objects.
    pub pkg: Option<PkgId>,
    pub pos: Pos,
    pub file: Option<FileId>,
}

/// How an expression may be used, as go/types' operand modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Statement-like call with no results.
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    /// An addressable variable.
    Variable,
    /// A map index expression (assignable, not addressable).
    MapIndex,
    Value,
    /// Comma-ok capable value (map index, type assertion, channel receive) used in a
    /// two-value context: then `ty` is a Tuple (T, bool).
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// For untyped constant expressions this is the final type after implicit conversion
    /// (as go/types records it), e.g. `int` for the `1` in `x := 1`, or `float64` for the `2`
    /// in `f * 2`. It stays untyped only where no type was imposed (e.g. a shift count).
    pub ty: TypeId,
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f` is a struct field.
    FieldVal,
    /// `x.m` is a method value (also used for method calls `x.m()`).
    MethodVal,
    /// `T.m` / `(*T).m` is a method expression.
    MethodExpr,
}

/// What a selector `x.f` denotes (package-qualified identifiers are not selections; they
/// are recorded in `Info::uses` for the `sel` ident).
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Type of `x` (for MethodExpr: the type `T` / `*T`).
    pub recv: TypeId,
    /// The field (Var) or method (Func) object; for interface methods, a Func object
    /// whose `recv` is the interface type.
    pub obj: ObjId,
    /// Path through embedded fields: indices of fields, the last one being the
    /// selected field itself for FieldVal, or the indices of embedded fields leading
    /// to the method's receiver for methods.
    pub index: Vec<usize>,
    /// Whether any pointer indirection was needed to reach the field or method.
    pub indirect: bool,
}

/// A package-level variable initialiser in the order the spec prescribes.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// The variables (one, or several for `var a, b = f()`); blank vars as `None`.
    pub lhs: Vec<Option<ObjId>>,
    /// The file and the NodeId of the initialiser expression.
    pub file: FileId,
    pub rhs: NodeId,
}

/// Everything the checker records about a package, keyed by AST NodeIds (like go/types.Info).
#[derive(Default, Debug)]
pub struct Info {
    /// Every checked expression (types, values and constants).
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Identifiers that declare an object (including the implicit per-clause objects of
    /// type switches: then the key is the NodeId of the `bind` ident and the objects are
    /// in `implicits`).
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifiers that refer to an object.
    pub uses: HashMap<NodeId, ObjId>,
    /// Type switch: for each case clause (key: NodeId of the clause's first list expr, or
    /// for `default` the bind ident's id paired with clause index) the implicit variable.
    /// Simplest: keyed by (bind ident NodeId, clause index).
    pub implicits: HashMap<(NodeId, usize), ObjId>,
    /// Selector expressions (key: the NodeId of the Selector expression).
    pub selections: HashMap<NodeId, Selection>,
    /// Package-level variable initialisation order.
    pub init_order: Vec<Initializer>,
    /// Instantiations of generic functions and types, keyed by the NodeId of the
    /// identifier that denotes the generic function or type (for `pkg.F` the `F`).
    pub instances: HashMap<NodeId, Instance>,
}
