//! The abstract syntax tree produced by the parser.
//!
//! It mirrors Go's `go/ast` package closely (same node names, same split between
//! expressions, statements and declarations; types are expressions), so anyone who knows
//! `go/ast` can read it. Differences from `go/ast`:
//! - positions are byte offsets (`Pos`) into the file's source; `FileSet`-style line/column
//!   lookup is done by [`crate::syntax::SourceFile`];
//! - every expression and every identifier carries a [`NodeId`], unique within one
//!   compilation, which the type checker uses as the key of its side tables (`types::Info`);
//! - the parser's post-pass has already resolved gc's in-parser decisions (parameter
//!   grouping, `type A[N]T` array vs type-parameter list, `<-chan` re-association).

/// A byte offset into the source file of the node.
pub type Pos = u32;

/// Identifies an expression or identifier node within one compilation (all files of all
/// packages compiled together). Assigned by the parser from a shared counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// One parsed `.go` file.
#[derive(Clone, Debug)]
pub struct File {
    /// Position of the `package` keyword.
    pub package_pos: Pos,
    pub name: Ident,
    pub imports: Vec<ImportSpec>,
    /// Top-level declarations in source order (import declarations are in `imports`).
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub pos: Pos,
    /// `import x "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    /// The import path, unquoted.
    pub path: String,
    pub path_pos: Pos,
}

// ---------------------------------------------------------------------------------------
// Expressions (types included, as in go/ast)

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A bare `...` as an array length (`[...]T{}`) is `ArrayType{len: Some(Ellipsis)}`;
    /// elsewhere this node does not occur.
    Ellipsis,
    Ident(Ident),
    /// `raw` is the literal exactly as written (quotes, prefixes and `_` included).
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `ty` is None for elided types inside an outer composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Expr>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, and also a generic instantiation `F[T]` / `G[A, B]` (then `indices.len()`
    /// may exceed 1). Which one it is is decided by the type checker.
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
        rbrack: Pos,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        /// true for the 3-index form `x[lo:hi:max]`.
        slice3: bool,
        rbrack: Pos,
    },
    /// `x.(T)`; `ty` is None for `x.(type)` (only valid as a type switch guard).
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` in `f(xs...)`.
        ellipsis: Option<Pos>,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        /// Position of the operator (gc reports binary-expression errors there).
        op_pos: Pos,
        x: Box<Expr>,
        y: Box<Expr>,
    },

    // Type expressions.
    /// `[N]T`, `[...]T` (len = Ellipsis), or `[]T` (len = None).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType(StructType),
    FuncType(FuncType),
    InterfaceType(InterfaceType),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` (only in constraint type terms)
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,    // +
    Sub,    // -
    Mul,    // *
    Quo,    // /
    Rem,    // %
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eql,    // ==
    Neq,    // !=
    Lss,    // <
    Leq,    // <=
    Gtr,    // >
    Geq,    // >=
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// A parameter, result, struct field or receiver group: `a, b int`, or an unnamed `int`.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    /// Empty for unnamed parameters and embedded struct fields.
    pub names: Vec<Ident>,
    /// For a variadic parameter `xs ...T` this is `T` and `variadic` is true.
    pub ty: Expr,
    pub variadic: bool,
    /// Struct field tag, unquoted.
    pub tag: Option<String>,
}

#[derive(Clone, Debug)]
pub struct StructType {
    /// Embedded fields have empty `names`.
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    /// Type parameters (only on function declarations).
    pub type_params: Vec<Field>,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct InterfaceType {
    pub elems: Vec<InterfaceElem>,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        ty: FuncType,
    },
    /// An embedded interface or a type-set union `~int | string` (one or more terms;
    /// `~T` terms are `Unary{op: Tilde}` expressions).
    Union(Vec<Expr>),
}

// ---------------------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=` such as `+=`, `<<=`, `&^=`.
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    /// `const`, `var`, `type` inside a function.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    /// `x++` (inc = true) / `x--`.
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        op_pos: Pos,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either a `Block` or another `If` statement.
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` None means `switch {`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `switch [init;] [v :=] x.(type) {`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// The `v` of `v := x.(type)`.
        bind: Option<Ident>,
        /// The `x` of `x.(type)`.
        x: Expr,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        body: Vec<CommClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [k [, v] (:= | =)] range x {`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// true for `:=`.
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// Empty list = `default:`. For type switches the expressions are types (or `nil`).
    pub list: Vec<Expr>,
    pub is_default: bool,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// None = `default:`; else a send, a receive expression statement, or an assignment
    /// `v[, ok] = <-c` / `v[, ok] := <-c`.
    pub comm: Option<Box<Stmt>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

// ---------------------------------------------------------------------------------------
// Declarations

#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// One line of a `const` or `var` declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// For constants: the value of `iota` in this spec (its index in the group).
    pub iota: u32,
    /// For constants with implicit repetition (no type and no values): true. The checker
    /// then reuses the previous spec's `ty` and `values`, as the spec prescribes.
    pub implicit: bool,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Ident,
    /// `ty.type_params` holds the function's type parameters.
    pub ty: FuncType,
    /// None for a function declared without a body (implemented in assembly / the runtime).
    pub body: Option<Block>,
}
