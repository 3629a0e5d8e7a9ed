//! Type predicates, implicit and explicit conversions, and interface values (boxing,
//! dynamic types, type assertions).

use crate::ssa::ir::{Inst, ValueId};
use crate::syntax::ast::Pos;
use crate::types::{BasicKind, ConstValue, Type, TypeId};

use super::func::FnBuilder;
use super::BResult;

impl FnBuilder<'_, '_> {
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.b.under(t) {
            Type::Basic(k) => Some(k),
            _ => None,
        }
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.b.under(t), Type::Interface(_))
    }

    pub fn is_empty_interface(&self, t: TypeId) -> bool {
        matches!(self.b.under(t), Type::Interface(i) if i.methods.is_empty())
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
        )
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
        )
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic_kind(t),
            Some(
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
        )
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic_kind(t),
            Some(Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
        )
    }

    /// Values of this type are stored directly in an interface's data word.
    pub fn is_direct_iface(&self, t: TypeId) -> bool {
        matches!(
            self.b.under(t),
            Type::Pointer(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    /// Converts `v` for assignment to a variable of type `to` (interface boxing, nil,
    /// untyped constants).
    pub fn convert_for_assign(&mut self, v: ValueId, to: TypeId, pos: Pos) -> BResult<ValueId> {
        let from = self.vty(v);
        if from == to {
            return Ok(v);
        }
        if self.is_interface(to) {
            if matches!(self.basic_kind(from), Some(BasicKind::UntypedNil)) {
                return Ok(self.zero(to, pos));
            }
            if self.is_interface(from) {
                return Ok(self.iface_to_iface(v, to, pos));
            }
            return self.make_iface(v, to, pos);
        }
        if matches!(self.basic_kind(from), Some(BasicKind::UntypedNil)) {
            return Ok(self.zero(to, pos));
        }
        // Same representation (identical underlying types, untyped constants already
        // converted by the checker, channel direction changes).
        if let Inst::Const(c) = &self.f.value(v).inst {
            let c = c.clone();
            return Ok(self.emit(to, Inst::Const(c), pos));
        }
        let (fu, tu) = (self.b.under(from), self.b.under(to));
        if fu != tu && self.basic_kind(from).is_some() && self.basic_kind(to).is_some() {
            // untyped bool/rune/... values of a different size
            return Ok(self.emit(to, Inst::Convert(v), pos));
        }
        Ok(self.emit(to, Inst::Retype(v), pos))
    }

    /// Boxes a concrete value into an interface of type `iface`.
    pub fn make_iface(&mut self, v: ValueId, iface: TypeId, pos: Pos) -> BResult<ValueId> {
        let t = self.vty(v);
        let t = self.default_type(t);
        let v = if t != self.vty(v) {
            self.convert_for_assign(v, t, pos)?
        } else {
            v
        };
        let u = self.uintptr_ty();
        let tab = if self.is_empty_interface(iface) {
            self.emit(u, Inst::TypeDesc(t), pos)
        } else {
            self.emit(u, Inst::Itab(iface, t), pos)
        };
        let data = if self.is_direct_iface(t) {
            self.emit(u, Inst::Retype(v), pos)
        } else {
            let cell = self.new_obj(t, pos);
            self.store(cell, v, pos);
            self.emit(u, Inst::Retype(cell), pos)
        };
        Ok(self.emit(iface, Inst::MakeParts(vec![tab, data]), pos))
    }

    /// The default type of an untyped type (`int` for untyped int, ...).
    pub fn default_type(&mut self, t: TypeId) -> TypeId {
        use BasicKind::*;
        match self.basic_kind(t) {
            Some(UntypedInt) => self.b.basic(Int),
            Some(UntypedRune) => self.b.basic(Int32),
            Some(UntypedFloat) => self.b.basic(Float64),
            Some(UntypedComplex) => self.b.basic(Complex128),
            Some(UntypedString) => self.b.basic(String),
            Some(UntypedBool) => self.b.basic(Bool),
            _ => t,
        }
    }

    /// The dynamic type descriptor of an interface value (null for nil).
    pub fn dyn_type(&mut self, v: ValueId, pos: Pos) -> ValueId {
        let u = self.uintptr_ty();
        let tab = self.part(v, 0, u, pos);
        if self.is_empty_interface(self.vty(v)) {
            return tab;
        }
        // itab.typ (offset 8), or nil for a nil interface: inline, no runtime call.
        let res = self.new_local("~dyntype", u);
        let z = self.const_of(u, 0, pos);
        self.set_local(res, z, pos);
        let boolt = self.bool_ty();
        let nonnil = self.emit(boolt, Inst::Bin(crate::ssa::ir::BinOp::Ne, tab, z), pos);
        let loadb = self.new_block();
        let done = self.new_block();
        self.branch(nonnil, loadb, done);
        self.switch_to(loadb);
        let pu = self.b.ptr_to(u);
        let tp = self.emit(pu, Inst::Retype(tab), pos);
        let one = self.const_int(1, pos);
        let slot = self.emit(
            pu,
            Inst::ElemAddr {
                ptr: tp,
                index: one,
            },
            pos,
        );
        let typ = self.load(slot, pos);
        self.set_local(res, typ, pos);
        self.jump(done);
        self.switch_to(done);
        self.get_local(res, pos)
    }

    /// Converts between interface types (statically known to succeed, nil stays nil).
    pub fn iface_to_iface(&mut self, v: ValueId, to: TypeId, pos: Pos) -> ValueId {
        let u = self.uintptr_ty();
        let data = self.part(v, 1, u, pos);
        let dt = self.dyn_type(v, pos);
        let tab = if self.is_empty_interface(to) {
            dt
        } else {
            let itd = self.type_desc(to, pos);
            self.rt_call("rgo_convI2I", vec![itd, dt], u, pos)
        };
        self.emit(to, Inst::MakeParts(vec![tab, data]), pos)
    }

    /// `x.(T)`; with `commaok`, returns (value, ok) instead of panicking.
    pub fn type_assert(
        &mut self,
        x: ValueId,
        to: TypeId,
        commaok: bool,
        pos: Pos,
    ) -> BResult<Vec<ValueId>> {
        let u = self.uintptr_ty();
        let bool_t = self.bool_ty();
        let src_ty = self.vty(x);
        let dt = self.dyn_type(x, pos);
        if self.is_interface(to) {
            let data = self.part(x, 1, u, pos);
            let itd = self.type_desc(to, pos);
            let srcd = self.type_desc(src_ty, pos);
            let canfail = self.const_bool(commaok, pos);
            // Returns the new tab (itab or type) or 0 when the assertion fails.
            let tab = self.rt_call("rgo_assertI", vec![itd, dt, srcd, canfail], u, pos);
            let val = self.emit(to, Inst::MakeParts(vec![tab, data]), pos);
            if !commaok {
                return Ok(vec![val]);
            }
            let zero = self.const_of(u, 0, pos);
            let ok = self.emit(bool_t, Inst::Bin(crate::ssa::ir::BinOp::Ne, tab, zero), pos);
            return Ok(vec![val, ok]);
        }
        let want = self.type_desc(to, pos);
        let ok = self.emit(bool_t, Inst::Bin(crate::ssa::ir::BinOp::Eq, dt, want), pos);
        let okb = self.new_block();
        let failb = self.new_block();
        let done = self.new_block();
        let res = self.new_local("~assert", to);
        self.branch(ok, okb, failb);
        self.switch_to(failb);
        if commaok {
            let z = self.zero(to, pos);
            self.set_local(res, z, pos);
            self.jump(done);
        } else {
            let srcd = self.type_desc(src_ty, pos);
            let void = self.void();
            self.rt_call("rgo_panicdottype", vec![dt, want, srcd], void, pos);
            self.terminate(crate::ssa::ir::Terminator::Unreachable);
        }
        self.switch_to(okb);
        let data = self.part(x, 1, u, pos);
        let val = if self.is_direct_iface(to) {
            self.emit(to, Inst::Retype(data), pos)
        } else {
            let pt = self.b.ptr_to(to);
            let p = self.emit(pt, Inst::Retype(data), pos);
            self.load(p, pos)
        };
        self.set_local(res, val, pos);
        self.jump(done);
        self.switch_to(done);
        let v = self.get_local(res, pos);
        if commaok {
            Ok(vec![v, ok])
        } else {
            Ok(vec![v])
        }
    }

    /// `[N]T(s)` / `(*[N]T)(s)`: panics unless len(s) >= N.
    fn slice_to_array(
        &mut self,
        v: ValueId,
        arr: TypeId,
        to: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let n = match self.b.under(arr) {
            Type::Array(n, _) => n as i64,
            _ => 0,
        };
        let it = self.int_ty();
        let u = self.uintptr_ty();
        let len = self.part(v, 1, it, pos);
        let nv = self.const_int(n, pos);
        let boolt = self.bool_ty();
        let short = self.emit(boolt, Inst::Bin(crate::ssa::ir::BinOp::Lt, len, nv), pos);
        let bad = self.new_block();
        let ok = self.new_block();
        self.branch(short, bad, ok);
        self.switch_to(bad);
        let code = self.const_of(u, 7, pos);
        let void = self.void();
        self.rt_call("rgo_panic_slice", vec![code, len, nv], void, pos);
        self.terminate(crate::ssa::ir::Terminator::Unreachable);
        self.switch_to(ok);
        let p = self.part(v, 0, u, pos);
        let pa = self.b.ptr_to(arr);
        let pa_v = self.emit(pa, Inst::Retype(p), pos);
        if matches!(self.b.under(to), Type::Pointer(_)) {
            return Ok(self.emit(to, Inst::Retype(pa_v), pos));
        }
        if n == 0 {
            return Ok(self.zero(to, pos));
        }
        let a = self.load(pa_v, pos);
        Ok(self.emit(to, Inst::Retype(a), pos))
    }

    /// Explicit conversion `T(x)`.
    pub fn convert(&mut self, v: ValueId, to: TypeId, pos: Pos) -> BResult<ValueId> {
        let from = self.vty(v);
        if from == to {
            return Ok(v);
        }
        if self.is_interface(to) {
            return self.convert_for_assign(v, to, pos);
        }
        let (fu, tu) = (self.b.under(from), self.b.under(to));
        // Constants were folded by the checker; a Const here only needs retyping.
        if let Inst::Const(c) = &self.f.value(v).inst {
            if !matches!(tu, Type::Slice(_))
                && (fu == tu || !matches!(c, ConstValue::Int(_) | ConstValue::Float(_)))
            {
                let c = c.clone();
                if !(self.is_string(to) && matches!(c, ConstValue::Int(_))) {
                    return Ok(self.emit(to, Inst::Const(c), pos));
                }
            }
        }
        if self.is_string(to) {
            let s = self.b.basic(BasicKind::String);
            if self.is_integer(from) {
                let i64t = self.b.basic(BasicKind::Int64);
                let w = self.emit(i64t, Inst::Convert(v), pos);
                let r = self.rt_call("rgo_intstring", vec![w], s, pos);
                return Ok(self.emit(to, Inst::Retype(r), pos));
            }
            if let Type::Slice(e) = fu {
                let ek = self.basic_kind(e);
                let f = if matches!(ek, Some(BasicKind::Int32)) {
                    "rgo_slicerunetostring"
                } else {
                    "rgo_slicebytetostring"
                };
                let u = self.uintptr_ty();
                let it = self.int_ty();
                let p = self.part(v, 0, u, pos);
                let l = self.part(v, 1, it, pos);
                let r = self.rt_call(f, vec![p, l], s, pos);
                return Ok(self.emit(to, Inst::Retype(r), pos));
            }
            if self.is_string(from) {
                return Ok(self.emit(to, Inst::Retype(v), pos));
            }
        }
        if self.is_string(from) {
            if let Type::Slice(e) = tu {
                let ek = self.basic_kind(e);
                let f = if matches!(ek, Some(BasicKind::Int32)) {
                    "rgo_stringtoslicerune"
                } else {
                    "rgo_stringtoslicebyte"
                };
                let u = self.uintptr_ty();
                let it = self.int_ty();
                let p = self.part(v, 0, u, pos);
                let l = self.part(v, 1, it, pos);
                let r = self.rt_call(f, vec![p, l], to, pos);
                return Ok(r);
            }
        }
        let numeric = |fb: &Self, t: TypeId| fb.is_integer(t) || fb.is_float(t) || fb.is_complex(t);
        if numeric(self, from) && numeric(self, to) {
            if fu == tu {
                return Ok(self.emit(to, Inst::Retype(v), pos));
            }
            return Ok(self.emit(to, Inst::Convert(v), pos));
        }
        if matches!(self.basic_kind(from), Some(BasicKind::UntypedNil)) {
            return Ok(self.zero(to, pos));
        }
        if let Type::Slice(_) = fu {
            let arr = match &tu {
                Type::Array(..) => Some(to),
                Type::Pointer(a) if matches!(self.b.under(*a), Type::Array(..)) => Some(*a),
                _ => None,
            };
            if let Some(arr) = arr {
                return self.slice_to_array(v, arr, to, pos);
            }
        }
        // Representation-preserving conversions (named <-> underlying, pointers,
        // unsafe.Pointer <-> uintptr).
        Ok(self.emit(to, Inst::Retype(v), pos))
    }
}
