//! Type interning and basic type predicates on [`TypeTable`] (`underlying`, `is_untyped`,
//! `is_integer`, default types of untyped kinds, ...).

use super::repr::*;

/// All basic kinds in declaration order: `ALL_BASIC[i]` has id `TypeId(i)`.
pub const ALL_BASIC: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl Default for TypeTable {
    fn default() -> Self {
        let mut t = TypeTable {
            types: Vec::new(),
            index: Default::default(),
            named: Vec::new(),
            type_params: Vec::new(),
            inst_memo: Default::default(),
            pending_insts: Vec::new(),
            implicit_ifaces: Default::default(),
            implicit_src: Default::default(),
        };
        for k in ALL_BASIC {
            t.intern(Type::Basic(k));
        }
        t
    }
}

impl BasicKind {
    /// The predeclared name (`int`, `untyped int`, `unsafe.Pointer`, ...).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Size in bits of a sized integer / float kind (int, uint, uintptr are 64-bit).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            Complex64 => 64,
            Complex128 => 128,
            _ => 64,
        }
    }
}

impl TypeTable {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);

    /// The id of a basic type.
    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(k as u32)
    }

    /// Interns `t`: identical types get the same id. (A `Named` type is unique by its
    /// `NamedId`; create those with [`TypeTable::new_named`].)
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.index.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.index.insert(t, id);
        id
    }

    /// Creates a new defined type (distinct from every other type).
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let n = NamedId(self.named.len() as u32);
        self.named.push(NamedInfo {
            obj,
            underlying: None,
            methods: Vec::new(),
            origin: None,
            type_params: Vec::new(),
        });
        self.intern(Type::Named(n))
    }

    pub fn get(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Type::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts))
    }

    /// The underlying type: for a Named type its declared underlying type (Invalid while
    /// unresolved), for a type parameter itself, else `t`.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Named(n) => self.named[n.0 as usize].underlying.unwrap_or(Self::INVALID),
            _ => t,
        }
    }

    /// The kind of the underlying basic type, if it is basic.
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(t)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    fn kind_is(&self, t: TypeId, f: fn(BasicKind) -> bool) -> bool {
        if let Type::TypeParam(_) = self.get(t) {
            // all types in the type set must satisfy the predicate
            return match self.tparam_terms(t) {
                Some(ts) => {
                    !ts.is_empty()
                        && ts.iter().all(|(_, ty)| {
                            !self.is_type_param(*ty) && self.basic_kind(*ty).is_some_and(f)
                        })
                }
                None => false,
            };
        }
        self.basic_kind(t).is_some_and(f)
    }

    /// The constraint interface of a type parameter.
    pub fn tparam_constraint(&self, t: TypeId) -> Option<&Interface> {
        match self.get(t) {
            Type::TypeParam(i) => {
                let c = self.type_params.get(*i as usize)?.constraint;
                match self.get(self.underlying(c)) {
                    Type::Interface(it) => Some(it),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The type-set terms `(tilde, type)` of a type parameter's constraint (the
    /// intersection of its unions); `None` when the constraint restricts no types.
    pub fn tparam_terms(&self, t: TypeId) -> Option<Vec<(bool, TypeId)>> {
        let it = self.tparam_constraint(t)?;
        let first = it.unions.first()?;
        let mut terms = first.clone();
        for u in &it.unions[1..] {
            terms.retain(|(tl, ty)| {
                u.iter().any(|(tl2, ty2)| {
                    (*tl2 && self.underlying(*ty) == self.underlying(*ty2))
                        || (!*tl && !*tl2 && ty == ty2)
                })
            });
        }
        Some(terms)
    }

    /// The core type of `t`: its underlying type, or for a type parameter the single
    /// underlying type of all types in its type set (`None` if there is none).
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if !self.is_type_param(t) {
            return Some(self.underlying(t));
        }
        let ts = self.tparam_terms(t)?;
        let u0 = self.underlying(ts.first()?.1);
        if self.is_type_param(u0) || ts.iter().any(|(_, ty)| self.underlying(*ty) != u0) {
            return None;
        }
        Some(u0)
    }

    /// A type parameter whose type set holds only strings and byte slices (which can be
    /// indexed and sliced without a core type).
    pub fn is_bytestring_tparam(&self, t: TypeId) -> bool {
        self.is_type_param(t)
            && self.tparam_terms(t).is_some_and(|ts| {
                !ts.is_empty()
                    && ts
                        .iter()
                        .all(|&(_, ty)| match self.get(self.underlying(ty)) {
                            Type::Basic(k) => *k == BasicKind::String,
                            Type::Slice(e) => self.basic_kind(*e) == Some(BasicKind::Uint8),
                            _ => false,
                        })
            })
    }

    /// The underlying types of the type set of type parameter `t` (`None` when its
    /// constraint restricts no types or a term is a type parameter).
    fn typeset_unders(&self, t: TypeId) -> Option<Vec<TypeId>> {
        let ts = self.tparam_terms(t).filter(|ts| !ts.is_empty())?;
        let us: Vec<TypeId> = ts.iter().map(|&(_, ty)| self.underlying(ty)).collect();
        (!us.iter().any(|&u| self.is_type_param(u))).then_some(us)
    }

    /// Channel operations on `t`: `(direction, element type)` of its core type, or for a
    /// type parameter whose type set holds only channels of one element type, the most
    /// restrictive direction among them (`None` if send-only and receive-only mix).
    pub fn chan_of(&self, t: TypeId) -> Option<(crate::syntax::ast::ChanDir, TypeId)> {
        use crate::syntax::ast::ChanDir;
        if let Type::Chan(d, e) = self.get(self.core_or_under(t)) {
            return Some((*d, *e));
        }
        let mut out: Option<(ChanDir, TypeId)> = None;
        for u in self.typeset_unders(t)? {
            let Type::Chan(d, e) = *self.get(u) else {
                return None;
            };
            out = match out {
                None => Some((d, e)),
                Some((_, e0)) if e0 != e => return None,
                Some((d0, _)) if d0 == d || d == ChanDir::Both => out,
                Some((ChanDir::Both, _)) => Some((d, e)),
                Some(_) => return None,
            };
        }
        out
    }

    /// For `close(c)`: whether every type of `t`'s type set (or its underlying type) is a
    /// channel, and whether one of them is receive-only.
    pub fn all_chans(&self, t: TypeId) -> Option<bool> {
        use crate::syntax::ast::ChanDir;
        let us = match self.typeset_unders(t) {
            Some(us) if self.is_type_param(t) => us,
            _ => vec![self.core_or_under(t)],
        };
        let mut recv_only = false;
        for u in us {
            match self.get(u) {
                Type::Chan(d, _) => recv_only |= *d == ChanDir::Recv,
                _ => return None,
            }
        }
        Some(recv_only)
    }

    /// Indexing a type parameter without a core type: every type of its set is indexable
    /// with the same element type (strings, arrays, pointers to arrays, slices), or all
    /// are maps with the same key and element types. Returns (map key, element type,
    /// whether the result is only a value: a string, or an array when `x` is not a
    /// variable).
    pub fn typeset_index(
        &self,
        t: TypeId,
        x_variable: bool,
    ) -> Option<(Option<TypeId>, TypeId, bool)> {
        let mut out: Option<(Option<TypeId>, TypeId)> = None;
        let mut value_only = false;
        for u in self.typeset_unders(t)? {
            let (k, e) = match self.get(u) {
                Type::Basic(b) if b.is_string() => {
                    value_only = true;
                    (None, Self::UINT8)
                }
                Type::Array(_, e) => {
                    value_only |= !x_variable;
                    (None, *e)
                }
                Type::Pointer(p) => match self.get(self.underlying(*p)) {
                    Type::Array(_, e) => (None, *e),
                    _ => return None,
                },
                Type::Slice(e) => (None, *e),
                Type::Map(k, e) => (Some(*k), *e),
                _ => return None,
            };
            match out {
                None => out = Some((k, e)),
                Some(prev) if prev != (k, e) => return None,
                _ => {}
            }
        }
        out.map(|(k, e)| (k, e, value_only))
    }

    /// The core type if any, else the underlying type (a type parameter itself).
    pub fn core_or_under(&self, t: TypeId) -> TypeId {
        self.core_type(t).unwrap_or_else(|| self.underlying(t))
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        self.underlying(t) == Self::INVALID
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_boolean)
    }
    /// Operands of `+`: numbers and strings (for a type parameter, every type of its set
    /// is one or the other: `~int | ~string`).
    pub fn is_addable(&self, t: TypeId) -> bool {
        self.kind_is(t, |k| k.is_numeric() || k.is_string())
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_ordered)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        !self.is_type_param(t)
            && self.kind_is(t, |k| k.is_numeric() || k.is_string() || k.is_boolean())
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Interface(_))
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.get(t),
            Type::Named(_) | Type::Basic(_) | Type::TypeParam(_)
        )
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::TypeParam(_))
    }
    /// `*T` → `T` for a pointer (by underlying type).
    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.get(self.core_or_under(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }
    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.get(self.core_or_under(t)) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }
    pub fn interface(&self, t: TypeId) -> Option<&Interface> {
        match self.get(self.underlying(t)) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }
    pub fn struct_fields(&self, t: TypeId) -> Option<&[StructField]> {
        match self.get(self.underlying(t)) {
            Type::Struct(f) => Some(f),
            _ => None,
        }
    }
    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.get(t) {
            Type::Named(n) => Some(&self.named[n.0 as usize]),
            _ => None,
        }
    }
    pub fn tuple_elems(&self, t: TypeId) -> Option<&[TypeId]> {
        match self.get(t) {
            Type::Tuple(v) => Some(v),
            _ => None,
        }
    }

    /// Default type of an untyped type (`untyped int` → `int`, ...); other types unchanged.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => Self::BOOL,
                BasicKind::UntypedInt => Self::INT,
                BasicKind::UntypedRune => Self::INT32,
                BasicKind::UntypedFloat => Self::FLOAT64,
                BasicKind::UntypedComplex => Self::COMPLEX128,
                BasicKind::UntypedString => Self::STRING,
                _ => t,
            },
            _ => t,
        }
    }

    /// Whether values of the type can be compared with `==` (spec "Comparison operators").
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_rec(t, 0)
    }
    fn comparable_rec(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        match self.get(self.underlying(t)) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_rec(f.ty, depth + 1)),
            Type::Array(_, e) => self.comparable_rec(*e, depth + 1),
            Type::TypeParam(_) => {
                self.tparam_constraint(t).is_some_and(|c| c.comparable)
                    || self.tparam_terms(t).is_some_and(|ts| {
                        !ts.is_empty()
                            && ts.iter().all(|(_, ty)| {
                                !self.is_type_param(*ty) && self.comparable_rec(*ty, depth + 1)
                            })
                    })
            }
            _ => false,
        }
    }

    /// True if `t` is a type with a nil value (pointer, func, slice, map, chan, interface,
    /// unsafe.Pointer).
    pub fn has_nil(&self, t: TypeId) -> bool {
        if self.is_type_param(t) {
            // nil is a value of a type parameter only if it is one of every type in its set.
            return match self.tparam_terms(t).filter(|ts| !ts.is_empty()) {
                Some(ts) => ts
                    .iter()
                    .all(|&(_, ty)| !self.is_type_param(ty) && self.has_nil(ty)),
                None => false,
            };
        }
        match self.get(self.underlying(t)) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer || *k == BasicKind::UntypedNil,
            Type::Pointer(_)
            | Type::Func(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Interface(_) => true,
            _ => false,
        }
    }
}
