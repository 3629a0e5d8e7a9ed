//! rgo's SSA intermediate representation.
//!
//! A [`Func`] is a control-flow graph of [`Block`]s. Every instruction defines one value
//! with a Go type (`TypeId`); values are immutable (SSA). Go variables that never have
//! their address taken are *locals* ([`LocalId`]), read and written with `GetLocal` /
//! `SetLocal`; the back end turns them into SSA registers (Cranelift variables), so the IR
//! needs no phi nodes. Address-taken or captured variables are explicit allocations
//! (`StackAlloc`, `New`) accessed with `Load`/`Store` — `Store` is the one place where a
//! pointer store into memory happens, where the GC write barrier will go.
//!
//! The builder ([`super::build`]) has already turned Go's high-level operations (map
//! access, string concatenation, interface conversion, ...) into runtime calls and
//! explicit checks, so this IR is what escape analysis, inlining and bounds-check
//! elimination will work on.

use crate::syntax::ast::Pos;
use crate::types::{ConstValue, FileId, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// Index of a function in [`Program::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index of a global variable in [`Program::globals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Go division: truncated; integer division by zero panics; MinInt / -1 == MinInt.
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    /// Shifts with Go semantics: counts >= width give 0 (or sign fill); the count is an
    /// unsigned value (the builder inserts the negative-count check).
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    /// Logical not of a bool.
    Not,
    /// Bitwise complement `^x`.
    Complement,
}

/// Which gc panic message a failed bounds check produces (matches the runtime's codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundsKind {
    /// `x[i]`: 0 <= i < len.
    Index,
    /// `s[:hi]` against len (strings / slices of arrays) -> "with length".
    SliceAlen,
    /// `s[:hi]` against cap -> "with capacity".
    SliceAcap,
    /// `s[lo:hi]` lo <= hi.
    SliceB,
    /// `s[::max]` against len/cap.
    Slice3Alen,
    Slice3Acap,
    /// `s[:hi:max]` hi <= max.
    Slice3B,
    /// `s[lo:hi:]` lo <= hi.
    Slice3C,
}

impl BoundsKind {
    /// The runtime's code for a slicing kind (`rgo_panic_slice`, runtime/ABI.md); `Index`
    /// failures go to `rgo_panic_index` instead.
    pub fn code(self) -> u64 {
        match self {
            BoundsKind::Index => u64::MAX,
            BoundsKind::SliceAlen => 0,
            BoundsKind::SliceAcap => 1,
            BoundsKind::SliceB => 2,
            BoundsKind::Slice3Alen => 3,
            BoundsKind::Slice3Acap => 4,
            BoundsKind::Slice3B => 5,
            BoundsKind::Slice3C => 6,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Callee {
    /// A Go function of this program (Go ABI: closure context first, then flattened args).
    Direct(FuncId),
    /// A function value: `code` is the code pointer, `ctx` the closure object.
    Indirect { code: ValueId, ctx: ValueId },
    /// A runtime function with the C ABI (flattened args; results in registers or sret).
    Runtime(String),
}

#[derive(Clone, Debug)]
pub enum Inst {
    /// The i-th (Go-level) parameter.
    Param(u32),
    /// The closure context pointer of this function.
    Ctx,
    Const(ConstValue),
    /// The zero value of the value's type.
    Zero,
    /// Address of a function's code (for closure objects and method tables).
    FuncAddr(FuncId),
    /// A func value for a top-level function: a static closure object holding only the
    /// code pointer.
    StaticClosure(FuncId),
    /// Address of a package-level variable (the value's type is a pointer).
    Global(GlobalId),
    /// Address of the type descriptor of a type.
    TypeDesc(TypeId),
    /// Address of a compile-time itab (interface type, concrete type).
    Itab(TypeId, TypeId),
    GetLocal(LocalId),
    SetLocal(LocalId, ValueId),
    /// A zeroed stack slot of the pointee type; the value is its address.
    StackAlloc,
    /// A zeroed heap object of the pointee type (`rgo_new`).
    New,
    Load(ValueId),
    /// `*ptr = val` (the write-barrier point).
    Store {
        ptr: ValueId,
        val: ValueId,
    },
    /// Address of field `index` of the struct `*ptr`.
    FieldAddr {
        ptr: ValueId,
        index: u32,
    },
    /// `ptr + index * sizeof(elem)` where the value type is `*elem` (no checks).
    ElemAddr {
        ptr: ValueId,
        index: ValueId,
    },
    /// Field `index` of a struct value / element `index` of an array value (constant).
    Field {
        agg: ValueId,
        index: u32,
    },
    /// Element of a tuple (multi-value call result).
    Extract {
        tuple: ValueId,
        index: u32,
    },
    /// Builds a struct / array / tuple value from its fields or elements.
    MakeAggregate(Vec<ValueId>),
    /// Parts of strings (0 = data ptr, 1 = len), slices (0 = ptr, 1 = len, 2 = cap),
    /// interfaces (0 = tab, 1 = data) and complex numbers (0 = real, 1 = imag).
    Part {
        val: ValueId,
        index: u32,
    },
    /// Builds a string / slice / interface / complex from its parts.
    MakeParts(Vec<ValueId>),
    Bin(BinOp, ValueId, ValueId),
    Un(UnOp, ValueId),
    /// Numeric conversion (int <-> int of any size, int <-> float, float <-> float,
    /// complex <-> complex) to the value's type.
    Convert(ValueId),
    /// Same representation, different Go type (named <-> underlying, pointer casts).
    Retype(ValueId),
    Call {
        callee: Callee,
        args: Vec<ValueId>,
    },
    /// Panics unless `0 <= index < len` (unsigned compare); for slicing kinds, unless
    /// `index <= len`.
    BoundsCheck {
        index: ValueId,
        len: ValueId,
        kind: BoundsKind,
    },
    /// Panics with a nil dereference error if the pointer is nil.
    NilCheck(ValueId),
    /// `cond ? a : b` for scalar values.
    Select {
        cond: ValueId,
        a: ValueId,
        b: ValueId,
    },
    /// Registers a deferred call of the closure `fn` (a `func()` value).
    Defer(ValueId),
    /// Runs this function's pending deferred calls (before returning).
    RunDefers,
    /// Starts a range-over-func loop whose body defers calls for this function: pushes a
    /// range-func defer record for this frame and yields its token (a pointer) for
    /// `rgo_deferprocat` in the body.
    DeferRangeFunc,
    /// Preemption point on a loop back-edge (the prologue's stack-limit check).
    Poll,
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: TypeId,
    pub inst: Inst,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Jump(BlockId),
    Branch {
        cond: ValueId,
        then: BlockId,
        els: BlockId,
    },
    Return(Vec<ValueId>),
    /// `panic(v)` with an interface value.
    Panic(ValueId),
    Unreachable,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub insts: Vec<ValueId>,
    pub term: Option<Terminator>,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct Func {
    /// Link name, e.g. `main.main`, `main.(*T).String`, `main.main.func1`.
    pub name: String,
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The function has a Go body; false for bodyless declarations implemented in Rust
    /// (called with the C ABI under `name`).
    pub has_body: bool,
    pub locals: Vec<Local>,
    pub blocks: Vec<Block>,
    pub values: Vec<ValueData>,
    /// Source file of the body (for positions).
    pub file: Option<FileId>,
    /// The function contains `defer` statements.
    pub has_defer: bool,
    /// For functions with defers: the block where a recovered panic resumes (it runs the
    /// remaining deferred calls and returns the result variables). Every call in such a
    /// function unwinds to it.
    pub landing: Option<BlockId>,
    /// Exported under its name (a Go function the runtime calls).
    pub exported: bool,
}

impl Func {
    pub fn new(name: String, params: Vec<TypeId>, results: Vec<TypeId>) -> Self {
        Func {
            name,
            params,
            results,
            has_body: true,
            locals: Vec::new(),
            blocks: Vec::new(),
            values: Vec::new(),
            file: None,
            has_defer: false,
            landing: None,
            exported: false,
        }
    }

    pub fn value(&self, v: ValueId) -> &ValueData {
        &self.values[v.0 as usize]
    }
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: TypeId,
}

/// The whole program in SSA form.
#[derive(Debug, Default)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// The entry function the runtime calls: runs package initialisation then main.main.
    pub entry: Option<FuncId>,
    /// Types whose descriptors must be emitted even if no code mentions them (used by the
    /// runtime, e.g. runtime error types).
    pub extra_types: Vec<TypeId>,
    /// Method tables of the types whose descriptors are emitted, sorted by name.
    pub method_tables: std::collections::HashMap<TypeId, Vec<MethodEntry>>,
}

/// One method of a type's method set, as stored in its type descriptor.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    /// Package path for unexported names.
    pub pkg_path: String,
    /// The method's signature type (without receiver).
    pub sig: TypeId,
    /// Code called with the interface data word as receiver.
    pub ifn: FuncId,
}
