//! Lowering of expressions: values, addresses, composite literals, operators.

use crate::ssa::ir::{BinOp, BlockId, BoundsKind, Inst, Terminator, UnOp, ValueId};
use crate::syntax::ast::{self, BinaryOp, Expr, ExprKind, Pos, UnaryOp};
use crate::types::{BasicKind, ConstValue, Mode, ObjKind, SelectionKind, Type, TypeId};

use super::call::strip_paren as call_strip;
use super::func::FnBuilder;
use super::BResult;

impl FnBuilder<'_, '_> {
    /// Lowers an expression to a single value.
    pub fn expr(&mut self, e: &Expr) -> BResult<ValueId> {
        if let Some(tv) = self.tv(e) {
            if let (Some(c), Mode::Constant) = (&tv.value, tv.mode) {
                let (c, ty) = (c.clone(), tv.ty);
                return Ok(self.emit(ty, Inst::Const(c), e.pos));
            }
        }
        let pos = e.pos;
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::BasicLit { .. } => self.unsupported(pos, "non-constant literal"),
            ExprKind::FuncLit { ty, body } => super::func::build_closure(self, e, ty, body),
            ExprKind::CompositeLit { .. } => self.composite_lit(e),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices, .. } => self.index(e, x, indices),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, ty } => {
                let v = self.expr(x)?;
                let to = match ty {
                    Some(t) => self.type_of(t),
                    None => return self.unsupported(pos, "x.(type) outside type switch"),
                };
                Ok(self.type_assert(v, to, false, pos)?[0])
            }
            ExprKind::Call { .. } => {
                let vals = self.call_expr(e)?;
                match vals.len() {
                    1 => Ok(vals[0]),
                    0 => {
                        let t = self.void();
                        Ok(self.emit(t, Inst::MakeAggregate(vec![]), pos))
                    }
                    _ => {
                        let tys = vals.iter().map(|v| self.vty(*v)).collect();
                        let t = self.b.tuple(tys);
                        Ok(self.emit(t, Inst::MakeAggregate(vals), pos))
                    }
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                self.emit_nil_check(p, pos);
                Ok(self.load(p, pos))
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, op_pos } => self.binary(e, *op, x, y, *op_pos),
            ExprKind::KeyValue { .. } | ExprKind::Ellipsis => {
                self.unsupported(pos, "this expression")
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => self.unsupported(pos, "type used as a value"),
        }
    }

    /// Lowers an expression that may produce several values (calls, comma-ok forms).
    pub fn expr_multi(&mut self, e: &Expr) -> BResult<Vec<ValueId>> {
        match &e.kind {
            ExprKind::Paren(x) => self.expr_multi(x),
            ExprKind::Call { .. } => self.call_expr(e),
            _ => Ok(vec![self.expr(e)?]),
        }
    }

    /// Lowers `v, ok := e` forms: map index, type assertion, channel receive.
    pub fn expr_commaok(&mut self, e: &Expr) -> BResult<Vec<ValueId>> {
        match &e.kind {
            ExprKind::Paren(x) => self.expr_commaok(x),
            ExprKind::TypeAssert { x, ty: Some(t) } => {
                let v = self.expr(x)?;
                let to = self.type_of(t);
                self.type_assert(v, to, true, e.pos)
            }
            ExprKind::Index { x, indices, .. } => {
                let m = self.expr(x)?;
                let mt = self.vty(m);
                let (kt, vt) = match self.b.under(mt) {
                    Type::Map(k, v) => (k, v),
                    _ => return self.unsupported(e.pos, "comma-ok index"),
                };
                let k = self.expr(&indices[0])?;
                let k = self.convert_for_assign(k, kt, e.pos)?;
                let kp = self.spill(k, e.pos);
                let td = self.type_desc(mt, e.pos);
                let u = self.uintptr_ty();
                let bt = self.bool_ty();
                let pair_t = self.b.tuple(vec![u, bt]);
                let r = self.rt_call("rgo_mapaccess2", vec![td, m, kp], pair_t, e.pos);
                let p = self.emit(u, Inst::Extract { tuple: r, index: 0 }, e.pos);
                let ok = self.emit(bt, Inst::Extract { tuple: r, index: 1 }, e.pos);
                let pt = self.b.ptr_to(vt);
                let p = self.emit(pt, Inst::Retype(p), e.pos);
                let v = self.load(p, e.pos);
                Ok(vec![v, ok])
            }
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => {
                let c = self.expr(x)?;
                let (v, ok) = self.chan_recv(c, e.pos)?;
                Ok(vec![v, ok])
            }
            _ => self.expr_multi(e),
        }
    }

    /// Stores a value in a fresh stack cell and returns its address as a uintptr.
    pub fn spill(&mut self, v: ValueId, pos: Pos) -> ValueId {
        let t = self.vty(v);
        let pt = self.b.ptr_to(t);
        let cell = self.emit(pt, Inst::StackAlloc, pos);
        self.store(cell, v, pos);
        let u = self.uintptr_ty();
        self.emit(u, Inst::Retype(cell), pos)
    }

    pub fn emit_nil_check(&mut self, p: ValueId, pos: Pos) {
        let t = self.void();
        self.emit(t, Inst::NilCheck(p), pos);
    }

    fn ident(&mut self, e: &Expr, id: &ast::Ident) -> BResult<ValueId> {
        let obj = match self.use_of(id) {
            Some(o) => o,
            None => return self.err(e.pos, format!("rgo: unresolved identifier {}", id.name)),
        };
        let o = self.b.obj(obj).clone();
        match &o.kind {
            ObjKind::Nil => {
                let t = self.type_of(e);
                Ok(self.zero(t, e.pos))
            }
            ObjKind::Var { global: true, .. } => {
                let p = self.global_addr(obj, e.pos);
                Ok(self.load(p, e.pos))
            }
            ObjKind::Var { .. } => match self.vars.get(&obj).copied() {
                Some(loc) => Ok(self.read_var(loc, e.pos)),
                None => self.err(e.pos, format!("rgo: variable {} not in scope", id.name)),
            },
            ObjKind::Func { .. } => {
                let targs = self.instance_targs(e, obj);
                let ty = if targs.is_empty() {
                    o.ty
                } else {
                    self.type_of(e)
                };
                let f = self.b.func_for_inst(obj, targs);
                let f = self.b.go_abi_func(f);
                Ok(self.emit(ty, Inst::StaticClosure(f), e.pos))
            }
            ObjKind::Const(c) => {
                let t = self.type_of(e);
                Ok(self.emit(t, Inst::Const(c.clone()), e.pos))
            }
            _ => self.unsupported(e.pos, "this identifier as a value"),
        }
    }

    pub fn global_addr(&mut self, obj: crate::types::ObjId, pos: Pos) -> ValueId {
        let g = self.b.global_for(obj);
        let t = self.obj_ty(obj);
        let pt = self.b.ptr_to(t);
        self.emit(pt, Inst::Global(g), pos)
    }

    /// The address of an addressable expression (or of a composite literal).
    pub fn addr(&mut self, e: &Expr) -> BResult<ValueId> {
        let pos = e.pos;
        match &e.kind {
            ExprKind::Paren(x) => self.addr(x),
            ExprKind::Ident(id) => {
                let obj = match self.use_of(id).or_else(|| self.def_of(id)) {
                    Some(o) => o,
                    None => return self.err(pos, "rgo: unresolved identifier"),
                };
                if let ObjKind::Var { global: true, .. } = self.b.obj(obj).kind {
                    return Ok(self.global_addr(obj, pos));
                }
                match self.vars.get(&obj).copied() {
                    Some(super::func::VarLoc::Cell(l)) => Ok(self.get_local(l, pos)),
                    _ => self.err(
                        pos,
                        format!("rgo: internal: {} is not addressable", id.name),
                    ),
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                self.emit_nil_check(p, pos);
                Ok(p)
            }
            ExprKind::Selector { x, .. } => {
                let sel = match self.info.selections.get(&e.id) {
                    Some(s) if s.kind == SelectionKind::FieldVal => s.clone(),
                    _ => {
                        // Package-qualified variable.
                        if let ExprKind::Selector { sel, .. } = &e.kind {
                            if let Some(o) = self.use_of(sel) {
                                if let ObjKind::Var { global: true, .. } = self.b.obj(o).kind {
                                    return Ok(self.global_addr(o, pos));
                                }
                            }
                        }
                        return self.unsupported(pos, "taking the address of this selector");
                    }
                };
                let base = self.selector_base_addr(x, &sel.index[..sel.index.len() - 1])?;
                let last = *sel.index.last().unwrap_or(&0);
                self.field_addr(base, last as u32, pos)
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.type_of(x);
                match self.b.under(xt) {
                    Type::Array(n, elem) => {
                        let base = self.addr(x)?;
                        let i = self.expr(&indices[0])?;
                        self.elem_addr_checked(base, i, n as i64, elem, pos)
                    }
                    Type::Pointer(a) => {
                        let (n, elem) = match self.b.under(a) {
                            Type::Array(n, el) => (n, el),
                            _ => return self.unsupported(pos, "index of pointer"),
                        };
                        let base = self.expr(x)?;
                        self.emit_nil_check(base, pos);
                        let i = self.expr(&indices[0])?;
                        self.elem_addr_checked(base, i, n as i64, elem, pos)
                    }
                    Type::Slice(elem) => {
                        let s = self.expr(x)?;
                        let i = self.expr(&indices[0])?;
                        self.slice_elem_addr(s, i, elem, pos)
                    }
                    Type::Map(..) => self.unsupported(pos, "address of map element"),
                    _ => self.unsupported(pos, "address of this index expression"),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let t = self.type_of(e);
                self.new_composite(e, t)
            }
            _ => {
                // Not addressable: materialise in a temporary.
                let v = self.expr(e)?;
                let t = self.vty(v);
                let pt = self.b.ptr_to(t);
                let cell = self.emit(pt, Inst::StackAlloc, pos);
                self.store(cell, v, pos);
                Ok(cell)
            }
        }
    }

    pub fn field_addr(&mut self, base: ValueId, index: u32, pos: Pos) -> BResult<ValueId> {
        let st = match self.b.under(self.vty(base)) {
            Type::Pointer(s) => s,
            _ => return self.err(pos, "rgo: internal: field address of non-pointer"),
        };
        let ft = match self.b.under(st) {
            Type::Struct(fs) => fs[index as usize].ty,
            _ => return self.err(pos, "rgo: internal: field of non-struct"),
        };
        let pt = self.b.ptr_to(ft);
        Ok(self.emit(pt, Inst::FieldAddr { ptr: base, index }, pos))
    }

    /// Follows a path of embedded fields from `x` and returns the address of the struct
    /// that holds the final field.
    fn selector_base_addr(&mut self, x: &Expr, path: &[usize]) -> BResult<ValueId> {
        let xt = self.type_of(x);
        let mut p = if matches!(self.b.under(xt), Type::Pointer(_)) {
            let p = self.expr(x)?;
            self.emit_nil_check(p, x.pos);
            p
        } else {
            self.addr(x)?
        };
        for &i in path {
            let fa = self.field_addr(p, i as u32, x.pos)?;
            let ft = match self.b.under(self.vty(fa)) {
                Type::Pointer(t) => t,
                _ => unreachable!(),
            };
            p = if matches!(self.b.under(ft), Type::Pointer(_)) {
                let q = self.load(fa, x.pos);
                self.emit_nil_check(q, x.pos);
                q
            } else {
                fa
            };
        }
        Ok(p)
    }

    /// Value of `x.f...` through embedded fields, without taking addresses of values.
    fn field_path_value(&mut self, x: &Expr, path: &[usize], pos: Pos) -> BResult<ValueId> {
        let xt = self.type_of(x);
        let needs_addr = matches!(self.b.under(xt), Type::Pointer(_)) || self.is_addressable(x);
        if needs_addr {
            let base = self.selector_base_addr(x, &path[..path.len() - 1])?;
            let fa = self.field_addr(base, *path.last().unwrap() as u32, pos)?;
            return Ok(self.load(fa, pos));
        }
        let mut v = self.expr(x)?;
        for &i in path {
            let vt = self.vty(v);
            match self.b.under(vt) {
                Type::Struct(fs) => {
                    let ft = fs[i].ty;
                    v = self.emit(
                        ft,
                        Inst::Field {
                            agg: v,
                            index: i as u32,
                        },
                        pos,
                    );
                }
                Type::Pointer(s) => {
                    self.emit_nil_check(v, pos);
                    let ft = match self.b.under(s) {
                        Type::Struct(fs) => fs[i].ty,
                        _ => return self.err(pos, "rgo: internal: bad field path"),
                    };
                    let pt = self.b.ptr_to(ft);
                    let fa = self.emit(
                        pt,
                        Inst::FieldAddr {
                            ptr: v,
                            index: i as u32,
                        },
                        pos,
                    );
                    v = self.load(fa, pos);
                }
                _ => return self.err(pos, "rgo: internal: bad field path"),
            }
        }
        Ok(v)
    }

    /// Whether `e` denotes a variable (so field access can go through its address).
    pub fn is_addressable(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_addressable(x),
            ExprKind::Ident(id) => match self.use_of(id) {
                Some(o) => match self.b.obj(o).kind {
                    ObjKind::Var { global: true, .. } => true,
                    ObjKind::Var { .. } => {
                        matches!(self.vars.get(&o), Some(super::func::VarLoc::Cell(_)))
                    }
                    _ => false,
                },
                None => false,
            },
            ExprKind::Star(_) => true,
            ExprKind::Selector { x, .. } => match self.info.selections.get(&e.id) {
                Some(s) if s.kind == SelectionKind::FieldVal => {
                    s.indirect
                        || matches!(self.b.under(self.type_of(x)), Type::Pointer(_))
                        || self.is_addressable(x)
                }
                _ => false,
            },
            ExprKind::Index { x, .. } => match self.b.under(self.type_of(x)) {
                Type::Slice(_) => true,
                Type::Pointer(_) => true,
                Type::Array(..) => self.is_addressable(x),
                _ => false,
            },
            _ => false,
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident) -> BResult<ValueId> {
        let pos = e.pos;
        let s = match self.info.selections.get(&e.id) {
            Some(s) => s.clone(),
            None => {
                // Qualified identifier pkg.Name.
                return self.ident(e, sel);
            }
        };
        match s.kind {
            SelectionKind::FieldVal => self.field_path_value(x, &s.index, pos),
            SelectionKind::MethodVal => self.method_value(e, x, &s),
            SelectionKind::MethodExpr => self.method_expr(e, &s),
        }
    }

    fn index(&mut self, e: &Expr, x: &Expr, indices: &[Expr]) -> BResult<ValueId> {
        let pos = e.pos;
        if let Some(m) = self.generic_method_sel(e) {
            // `x.M[T1]`: the instantiated method value (or expression)
            return self.expr(m);
        }
        if matches!(self.tv(x).map(|t| t.mode), Some(Mode::TypeExpr)) {
            return self.unsupported(pos, "a type instantiation as a value");
        }
        if let ObjKind::Func { .. } = self.obj_kind_of(x) {
            // F[T] used as a value: the instantiated function.
            let obj = match &call_strip(x).kind {
                ExprKind::Ident(id) => self.use_of(id),
                ExprKind::Selector { sel, .. } => self.use_of(sel),
                _ => None,
            };
            if let Some(obj) = obj {
                let targs = self.instance_targs(e, obj);
                let ty = self.type_of(e);
                let f = self.b.func_for_inst(obj, targs);
                return Ok(self.emit(ty, Inst::StaticClosure(f), pos));
            }
        }
        let xt = self.type_of(x);
        match self.b.under(xt) {
            Type::Basic(_) => {
                // string index
                let s = self.expr(x)?;
                let i = self.expr(&indices[0])?;
                let u = self.uintptr_ty();
                let it = self.int_ty();
                let p = self.part(s, 0, u, pos);
                let l = self.part(s, 1, it, pos);
                let i = self.index_int(i, pos);
                self.bounds_check(i, l, BoundsKind::Index, pos);
                let bt = self.b.basic(BasicKind::Uint8);
                let pb = self.b.ptr_to(bt);
                let p = self.emit(pb, Inst::Retype(p), pos);
                let a = self.emit(pb, Inst::ElemAddr { ptr: p, index: i }, pos);
                Ok(self.load(a, pos))
            }
            Type::Map(kt, vt) => {
                let m = self.expr(x)?;
                let k = self.expr(&indices[0])?;
                let k = self.convert_for_assign(k, kt, pos)?;
                let kp = self.spill(k, pos);
                let td = self.type_desc(xt, pos);
                let u = self.uintptr_ty();
                let r = self.rt_call("rgo_mapaccess1", vec![td, m, kp], u, pos);
                let pt = self.b.ptr_to(vt);
                let p = self.emit(pt, Inst::Retype(r), pos);
                Ok(self.load(p, pos))
            }
            Type::Array(n, elem) if !self.is_addressable(x) => {
                let a = self.expr(x)?;
                let i = self.expr(&indices[0])?;
                let i = self.index_int(i, pos);
                let l = self.const_int(n as i64, pos);
                self.bounds_check(i, l, BoundsKind::Index, pos);
                let t = self.vty(a);
                let pt = self.b.ptr_to(t);
                let cell = self.emit(pt, Inst::StackAlloc, pos);
                self.store(cell, a, pos);
                let pe = self.b.ptr_to(elem);
                let base = self.emit(pe, Inst::Retype(cell), pos);
                let ea = self.emit(
                    pe,
                    Inst::ElemAddr {
                        ptr: base,
                        index: i,
                    },
                    pos,
                );
                Ok(self.load(ea, pos))
            }
            _ => {
                let a = self.addr(e)?;
                Ok(self.load(a, pos))
            }
        }
    }

    pub fn obj_kind_of(&self, e: &Expr) -> ObjKind {
        match &e.kind {
            ExprKind::Index { x, .. } if matches!(self.obj_kind_of(x), ObjKind::Func { ref type_params, .. } if !type_params.is_empty()) => {
                self.obj_kind_of(x)
            }
            ExprKind::Ident(id) => self
                .use_of(id)
                .map(|o| self.b.obj(o).kind.clone())
                .unwrap_or(ObjKind::Nil),
            ExprKind::Selector { sel, .. } if !self.info.selections.contains_key(&e.id) => self
                .use_of(sel)
                .map(|o| self.b.obj(o).kind.clone())
                .unwrap_or(ObjKind::Nil),
            _ => ObjKind::Label,
        }
    }

    /// Converts an integer index of any integer type to int (negative values of unsigned
    /// types cannot occur; huge unsigned values become negative and fail the check).
    pub fn index_int(&mut self, i: ValueId, pos: Pos) -> ValueId {
        let it = self.int_ty();
        let t = self.vty(i);
        if t == it {
            return i;
        }
        if let Inst::Const(c) = &self.f.value(i).inst {
            let c = c.clone();
            return self.emit(it, Inst::Const(c), pos);
        }
        self.emit(it, Inst::Convert(i), pos)
    }

    pub fn bounds_check(&mut self, index: ValueId, len: ValueId, kind: BoundsKind, pos: Pos) {
        let t = self.void();
        self.emit(t, Inst::BoundsCheck { index, len, kind }, pos);
    }

    fn elem_addr_checked(
        &mut self,
        base: ValueId,
        i: ValueId,
        n: i64,
        elem: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let i = self.index_int(i, pos);
        let l = self.const_int(n, pos);
        self.bounds_check(i, l, BoundsKind::Index, pos);
        let pe = self.b.ptr_to(elem);
        let base = self.emit(pe, Inst::Retype(base), pos);
        Ok(self.emit(
            pe,
            Inst::ElemAddr {
                ptr: base,
                index: i,
            },
            pos,
        ))
    }

    pub fn slice_elem_addr(
        &mut self,
        s: ValueId,
        i: ValueId,
        elem: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let it = self.int_ty();
        let pe = self.b.ptr_to(elem);
        let p = self.part(s, 0, pe, pos);
        let l = self.part(s, 1, it, pos);
        let i = self.index_int(i, pos);
        self.bounds_check(i, l, BoundsKind::Index, pos);
        Ok(self.emit(pe, Inst::ElemAddr { ptr: p, index: i }, pos))
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
    ) -> BResult<ValueId> {
        let pos = e.pos;
        let rt = self.type_of(e);
        let xt = self.type_of(x);
        let it = self.int_ty();
        let u = self.uintptr_ty();
        // (data pointer, len, cap, elem type, is string)
        let (ptr, len, cap, elem, is_str) = match self.b.under(xt) {
            Type::Basic(_) => {
                let s = self.expr(x)?;
                let p = self.part(s, 0, u, pos);
                let l = self.part(s, 1, it, pos);
                let bt = self.b.basic(BasicKind::Uint8);
                (p, l, l, bt, true)
            }
            Type::Slice(el) => {
                let s = self.expr(x)?;
                let p = self.part(s, 0, u, pos);
                let l = self.part(s, 1, it, pos);
                let c = self.part(s, 2, it, pos);
                (p, l, c, el, false)
            }
            Type::Array(n, el) => {
                let a = self.addr(x)?;
                let p = self.emit(u, Inst::Retype(a), pos);
                let l = self.const_int(n as i64, pos);
                (p, l, l, el, false)
            }
            Type::Pointer(a) => {
                let (n, el) = match self.b.under(a) {
                    Type::Array(n, el) => (n, el),
                    _ => return self.unsupported(pos, "slicing this type"),
                };
                let pv = self.expr(x)?;
                self.emit_nil_check(pv, pos);
                let p = self.emit(u, Inst::Retype(pv), pos);
                let l = self.const_int(n as i64, pos);
                (p, l, l, el, false)
            }
            _ => return self.unsupported(pos, "slicing this type"),
        };
        let lo_v = match lo {
            Some(l) => {
                let v = self.expr(l)?;
                self.index_int(v, pos)
            }
            None => self.const_int(0, pos),
        };
        let hi_v = match hi {
            Some(h) => {
                let v = self.expr(h)?;
                Some(self.index_int(v, pos))
            }
            None => None,
        };
        let max_v = match max {
            Some(m) => {
                let v = self.expr(m)?;
                Some(self.index_int(v, pos))
            }
            None => None,
        };
        let is_array_like = !matches!(self.b.under(xt), Type::Slice(_));
        let (hi_v, cap_v) = if let Some(mx) = max_v {
            let k = if is_array_like {
                BoundsKind::Slice3Alen
            } else {
                BoundsKind::Slice3Acap
            };
            self.bounds_check(mx, cap, k, pos);
            let h = hi_v.unwrap_or(mx);
            self.bounds_check(h, mx, BoundsKind::Slice3B, pos);
            self.bounds_check(lo_v, h, BoundsKind::Slice3C, pos);
            (h, mx)
        } else {
            let h = match hi_v {
                Some(h) => {
                    let k = if is_str || is_array_like {
                        BoundsKind::SliceAlen
                    } else {
                        BoundsKind::SliceAcap
                    };
                    let lim = if is_str { len } else { cap };
                    self.bounds_check(h, lim, k, pos);
                    h
                }
                None => len,
            };
            self.bounds_check(lo_v, h, BoundsKind::SliceB, pos);
            (h, cap)
        };
        let new_len = self.emit(it, Inst::Bin(BinOp::Sub, hi_v, lo_v), pos);
        let new_cap = self.emit(it, Inst::Bin(BinOp::Sub, cap_v, lo_v), pos);
        // Avoid pointing past the end when the new capacity is 0.
        let pe = self.b.ptr_to(elem);
        let p = self.emit(pe, Inst::Retype(ptr), pos);
        let zero = self.const_int(0, pos);
        let bt = self.bool_ty();
        let nonempty = self.emit(bt, Inst::Bin(BinOp::Ne, new_cap, zero), pos);
        let lo_eff = self.emit(
            it,
            Inst::Select {
                cond: nonempty,
                a: lo_v,
                b: zero,
            },
            pos,
        );
        let np = self.emit(
            pe,
            Inst::ElemAddr {
                ptr: p,
                index: lo_eff,
            },
            pos,
        );
        let np = self.emit(u, Inst::Retype(np), pos);
        if is_str {
            Ok(self.emit(rt, Inst::MakeParts(vec![np, new_len]), pos))
        } else {
            Ok(self.emit(rt, Inst::MakeParts(vec![np, new_len, new_cap]), pos))
        }
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) -> BResult<ValueId> {
        let pos = e.pos;
        let t = self.type_of(e);
        match op {
            UnaryOp::Addr => {
                let p = self.addr(x)?;
                Ok(self.emit(t, Inst::Retype(p), pos))
            }
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr(x)?;
                Ok(self.emit(t, Inst::Un(UnOp::Neg, v), pos))
            }
            UnaryOp::Not => {
                let v = self.expr(x)?;
                Ok(self.emit(t, Inst::Un(UnOp::Not, v), pos))
            }
            UnaryOp::Xor => {
                let v = self.expr(x)?;
                Ok(self.emit(t, Inst::Un(UnOp::Complement, v), pos))
            }
            UnaryOp::Recv => {
                let c = self.expr(x)?;
                Ok(self.chan_recv(c, pos)?.0)
            }
            UnaryOp::Tilde => self.unsupported(pos, "~ in an expression"),
        }
    }

    /// Branches to `then` or `els` on the boolean expression `e`. `&&`, `||`, `!` and
    /// parentheses become control flow rather than a bool merged at a join block and then
    /// tested again: `for j >= 0 && a[j] > v` compares and jumps straight to the loop
    /// body or exit, as gc does.
    pub fn cond_branch(&mut self, e: &Expr, then: BlockId, els: BlockId) -> BResult<()> {
        let is_const = self
            .tv(e)
            .is_some_and(|tv| tv.value.is_some() && tv.mode == Mode::Constant);
        if !is_const {
            match &e.kind {
                ExprKind::Paren(x) => return self.cond_branch(x, then, els),
                ExprKind::Unary {
                    op: UnaryOp::Not,
                    x,
                } => return self.cond_branch(x, els, then),
                ExprKind::Binary {
                    op: op @ (BinaryOp::LAnd | BinaryOp::LOr),
                    x,
                    y,
                    ..
                } => {
                    let rhs = self.new_block();
                    if *op == BinaryOp::LAnd {
                        self.cond_branch(x, rhs, els)?;
                    } else {
                        self.cond_branch(x, then, rhs)?;
                    }
                    self.switch_to(rhs);
                    return self.cond_branch(y, then, els);
                }
                _ => {}
            }
        }
        let c = self.expr(e)?;
        self.branch(c, then, els);
        Ok(())
    }

    fn binary(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        x: &Expr,
        y: &Expr,
        op_pos: Pos,
    ) -> BResult<ValueId> {
        let pos = e.pos;
        let rt = self.type_of(e);
        match op {
            BinaryOp::LAnd | BinaryOp::LOr => {
                let res = self.new_local("~cond", rt);
                let a = self.expr(x)?;
                self.set_local(res, a, pos);
                let rhs = self.new_block();
                let done = self.new_block();
                if op == BinaryOp::LAnd {
                    self.branch(a, rhs, done);
                } else {
                    self.branch(a, done, rhs);
                }
                self.switch_to(rhs);
                let b = self.expr(y)?;
                let b = self.convert_for_assign(b, rt, pos)?;
                self.set_local(res, b, pos);
                self.jump(done);
                self.switch_to(done);
                return Ok(self.get_local(res, pos));
            }
            _ => {}
        }
        let mut a = self.expr(x)?;
        let mut b = self.expr(y)?;
        let (at, bt) = (self.vty(a), self.vty(b));
        let is_cmp = matches!(
            op,
            BinaryOp::Eql
                | BinaryOp::Neq
                | BinaryOp::Lss
                | BinaryOp::Leq
                | BinaryOp::Gtr
                | BinaryOp::Geq
        );
        if is_cmp {
            // Mixed interface / concrete comparisons compare as interfaces.
            if self.is_interface(at) && !self.is_interface(bt) {
                b = self.convert_for_assign(b, at, pos)?;
            } else if self.is_interface(bt) && !self.is_interface(at) {
                a = self.convert_for_assign(a, bt, pos)?;
            } else if matches!(self.basic_kind(bt), Some(BasicKind::UntypedNil)) {
                b = self.zero(at, pos);
            } else if matches!(self.basic_kind(at), Some(BasicKind::UntypedNil)) {
                a = self.zero(bt, pos);
            }
            return self.compare(op, a, b, rt, op_pos);
        }
        let ot = self.vty(a);
        if self.is_string(ot) && op == BinaryOp::Add {
            return Ok(self.concat(vec![a, b], rt, pos));
        }
        let iop = match op {
            BinaryOp::Add => BinOp::Add,
            BinaryOp::Sub => BinOp::Sub,
            BinaryOp::Mul => BinOp::Mul,
            BinaryOp::Quo => BinOp::Div,
            BinaryOp::Rem => BinOp::Rem,
            BinaryOp::And => BinOp::And,
            BinaryOp::Or => BinOp::Or,
            BinaryOp::Xor => BinOp::Xor,
            BinaryOp::AndNot => BinOp::AndNot,
            BinaryOp::Shl => BinOp::Shl,
            BinaryOp::Shr => BinOp::Shr,
            _ => unreachable!(),
        };
        self.arith(iop, a, b, rt, op_pos)
    }

    /// Arithmetic with Go semantics (shift count checks; division checks are done by the
    /// back end).
    pub fn arith(
        &mut self,
        op: BinOp,
        a: ValueId,
        b: ValueId,
        rt: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let a = if self.vty(a) != rt && !matches!(op, BinOp::Shl | BinOp::Shr) {
            self.convert_for_assign(a, rt, pos)?
        } else {
            a
        };
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let a = if self.vty(a) != rt {
                self.convert_for_assign(a, rt, pos)?
            } else {
                a
            };
            // A negative signed shift count panics.
            let bt = self.vty(b);
            if !self.is_unsigned(bt) && !matches!(self.f.value(b).inst, Inst::Const(_)) {
                let it = self.b.basic(BasicKind::Int64);
                let b64 = self.emit(it, Inst::Convert(b), pos);
                let zero = self.const_of(it, 0, pos);
                let boolt = self.bool_ty();
                let neg = self.emit(boolt, Inst::Bin(BinOp::Lt, b64, zero), pos);
                let bad = self.new_block();
                let ok = self.new_block();
                self.branch(neg, bad, ok);
                self.switch_to(bad);
                let v = self.void();
                self.rt_call("rgo_panic_shift", vec![], v, pos);
                self.terminate(Terminator::Unreachable);
                self.switch_to(ok);
            }
            return Ok(self.emit(rt, Inst::Bin(op, a, b), pos));
        }
        let b = if self.vty(b) != rt {
            self.convert_for_assign(b, rt, pos)?
        } else {
            b
        };
        if self.is_complex(rt) && matches!(op, BinOp::Mul | BinOp::Div) {
            return self.complex_muldiv(op, a, b, rt, pos);
        }
        Ok(self.emit(rt, Inst::Bin(op, a, b), pos))
    }

    fn complex_muldiv(
        &mut self,
        op: BinOp,
        a: ValueId,
        b: ValueId,
        rt: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let ft = if matches!(self.basic_kind(rt), Some(BasicKind::Complex64)) {
            self.b.basic(BasicKind::Float32)
        } else {
            self.b.basic(BasicKind::Float64)
        };
        let ar = self.part(a, 0, ft, pos);
        let ai = self.part(a, 1, ft, pos);
        let br = self.part(b, 0, ft, pos);
        let bi = self.part(b, 1, ft, pos);
        if op == BinOp::Mul {
            let t1 = self.emit(ft, Inst::Bin(BinOp::Mul, ar, br), pos);
            let t2 = self.emit(ft, Inst::Bin(BinOp::Mul, ai, bi), pos);
            let re = self.emit(ft, Inst::Bin(BinOp::Sub, t1, t2), pos);
            let t3 = self.emit(ft, Inst::Bin(BinOp::Mul, ar, bi), pos);
            let t4 = self.emit(ft, Inst::Bin(BinOp::Mul, ai, br), pos);
            let im = self.emit(ft, Inst::Bin(BinOp::Add, t3, t4), pos);
            return Ok(self.emit(rt, Inst::MakeParts(vec![re, im]), pos));
        }
        let f64t = self.b.basic(BasicKind::Float64);
        let c128 = self.b.basic(BasicKind::Complex128);
        let conv = |fb: &mut Self, v: ValueId| fb.emit(f64t, Inst::Convert(v), pos);
        let (ar, ai, br, bi) = if ft != f64t {
            (
                conv(self, ar),
                conv(self, ai),
                conv(self, br),
                conv(self, bi),
            )
        } else {
            (ar, ai, br, bi)
        };
        let r = self.rt_call("rgo_complex128div", vec![ar, ai, br, bi], c128, pos);
        if rt != c128 {
            return Ok(self.emit(rt, Inst::Convert(r), pos));
        }
        Ok(r)
    }

    pub fn concat(&mut self, parts: Vec<ValueId>, rt: TypeId, pos: Pos) -> ValueId {
        let st = self.b.basic(BasicKind::String);
        let n = parts.len();
        let arr_t = self.b.intern(Type::Array(n as u64, st));
        let pt = self.b.ptr_to(arr_t);
        let cell = self.emit(pt, Inst::StackAlloc, pos);
        let pst = self.b.ptr_to(st);
        let base = self.emit(pst, Inst::Retype(cell), pos);
        for (i, p) in parts.into_iter().enumerate() {
            let idx = self.const_int(i as i64, pos);
            let a = self.emit(
                pst,
                Inst::ElemAddr {
                    ptr: base,
                    index: idx,
                },
                pos,
            );
            let p = self.emit(st, Inst::Retype(p), pos);
            self.store(a, p, pos);
        }
        let u = self.uintptr_ty();
        let bp = self.emit(u, Inst::Retype(base), pos);
        let nv = self.const_int(n as i64, pos);
        let r = self.rt_call("rgo_concatstrings", vec![bp, nv], st, pos);
        self.emit(rt, Inst::Retype(r), pos)
    }

    /// Comparison of two values of the same type.
    pub fn compare(
        &mut self,
        op: BinaryOp,
        a: ValueId,
        b: ValueId,
        rt: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        let t = self.vty(a);
        let b = if self.vty(b) != t {
            self.convert_for_assign(b, t, pos)?
        } else {
            b
        };
        let bop = match op {
            BinaryOp::Eql => BinOp::Eq,
            BinaryOp::Neq => BinOp::Ne,
            BinaryOp::Lss => BinOp::Lt,
            BinaryOp::Leq => BinOp::Le,
            BinaryOp::Gtr => BinOp::Gt,
            BinaryOp::Geq => BinOp::Ge,
            _ => unreachable!(),
        };
        let boolt = self.bool_ty();
        let u = self.uintptr_ty();
        let it = self.int_ty();
        let under = self.b.under(t);
        let r = if self.is_string(t) {
            let (ap, al) = (self.part(a, 0, u, pos), self.part(a, 1, it, pos));
            let (bp, bl) = (self.part(b, 0, u, pos), self.part(b, 1, it, pos));
            if matches!(bop, BinOp::Eq | BinOp::Ne) {
                let eq = self.rt_call("rgo_eqstring", vec![ap, al, bp, bl], boolt, pos);
                if bop == BinOp::Ne {
                    self.emit(boolt, Inst::Un(UnOp::Not, eq), pos)
                } else {
                    eq
                }
            } else {
                let c = self.rt_call("rgo_cmpstring", vec![ap, al, bp, bl], it, pos);
                let z = self.const_int(0, pos);
                self.emit(boolt, Inst::Bin(bop, c, z), pos)
            }
        } else if matches!(under, Type::Interface(_)) {
            let empty = self.is_empty_interface(t);
            let kind = self.const_int(if empty { 0 } else { 1 }, pos);
            let (at, ad) = (self.part(a, 0, u, pos), self.part(a, 1, u, pos));
            let (btab, bd) = (self.part(b, 0, u, pos), self.part(b, 1, u, pos));
            let eq = self.rt_call("rgo_interequal", vec![kind, at, ad, btab, bd], boolt, pos);
            if bop == BinOp::Ne {
                self.emit(boolt, Inst::Un(UnOp::Not, eq), pos)
            } else {
                eq
            }
        } else if matches!(under, Type::Struct(_) | Type::Array(..)) {
            let td = self.type_desc(t, pos);
            let ap = self.spill(a, pos);
            let bp = self.spill(b, pos);
            let eq = self.rt_call("rgo_typeequal", vec![td, ap, bp], boolt, pos);
            if bop == BinOp::Ne {
                self.emit(boolt, Inst::Un(UnOp::Not, eq), pos)
            } else {
                eq
            }
        } else if self.is_complex(t) {
            let ft = if matches!(self.basic_kind(t), Some(BasicKind::Complex64)) {
                self.b.basic(BasicKind::Float32)
            } else {
                self.b.basic(BasicKind::Float64)
            };
            let (ar, ai) = (self.part(a, 0, ft, pos), self.part(a, 1, ft, pos));
            let (br, bi) = (self.part(b, 0, ft, pos), self.part(b, 1, ft, pos));
            let e1 = self.emit(boolt, Inst::Bin(BinOp::Eq, ar, br), pos);
            let e2 = self.emit(boolt, Inst::Bin(BinOp::Eq, ai, bi), pos);
            let both = self.emit(boolt, Inst::Bin(BinOp::And, e1, e2), pos);
            if bop == BinOp::Ne {
                self.emit(boolt, Inst::Un(UnOp::Not, both), pos)
            } else {
                both
            }
        } else if matches!(under, Type::Slice(_)) {
            // Only comparison with nil is allowed.
            let ap = self.part(a, 0, u, pos);
            let bp = self.part(b, 0, u, pos);
            self.emit(boolt, Inst::Bin(bop, ap, bp), pos)
        } else {
            self.emit(boolt, Inst::Bin(bop, a, b), pos)
        };
        if self.vty(r) != rt {
            return Ok(self.emit(rt, Inst::Retype(r), pos));
        }
        Ok(r)
    }

    // ---- composite literals ---------------------------------------------------------

    pub fn composite_lit(&mut self, e: &Expr) -> BResult<ValueId> {
        let t = self.type_of(e);
        self.composite_lit_as(e, t)
    }

    /// A composite literal built as type `t` (an elided `&T` element is built as `T`).
    fn composite_lit_as(&mut self, e: &Expr, t: TypeId) -> BResult<ValueId> {
        let pos = e.pos;
        let elts = match &e.kind {
            ExprKind::CompositeLit { elts, .. } => elts,
            _ => unreachable!(),
        };
        match self.b.under(t) {
            Type::Struct(_) | Type::Array(..) => {
                let pt = self.b.ptr_to(t);
                let cell = self.emit(pt, Inst::StackAlloc, pos);
                self.composite_lit_into(e, t, cell)?;
                Ok(self.load(cell, pos))
            }
            Type::Slice(elem) => {
                let n = self.literal_len(elts)?;
                let arr_t = self.b.intern(Type::Array(n, elem));
                let cell = self.new_obj(arr_t, pos);
                let pe = self.b.ptr_to(elem);
                let base = self.emit(pe, Inst::Retype(cell), pos);
                self.fill_elems(base, elts, elem, pos)?;
                let u = self.uintptr_ty();
                let p = self.emit(u, Inst::Retype(base), pos);
                let l = self.const_int(n as i64, pos);
                Ok(self.emit(t, Inst::MakeParts(vec![p, l, l]), pos))
            }
            Type::Map(kt, vt) => {
                let td = self.type_desc(t, pos);
                let hint = self.const_int(elts.len() as i64, pos);
                let m = self.rt_call("rgo_makemap", vec![td, hint], t, pos);
                for el in elts {
                    if let ExprKind::KeyValue { key, value } = &el.kind {
                        let k = self.elem_value(key, kt)?;
                        let v = self.elem_value(value, vt)?;
                        self.map_assign(m, t, k, v, pos)?;
                    }
                }
                Ok(m)
            }
            Type::Pointer(inner) => {
                // Elided `&T` in nested literals: {...} for *T.
                let cell = self.new_composite(e, inner)?;
                Ok(self.emit(t, Inst::Retype(cell), pos))
            }
            _ => self.unsupported(pos, "this composite literal"),
        }
    }

    /// `&T{...}`: a new object with the literal's elements stored into it in place.
    fn new_composite(&mut self, e: &Expr, t: TypeId) -> BResult<ValueId> {
        let cell = self.new_obj(t, e.pos);
        if matches!(self.b.under(t), Type::Struct(_) | Type::Array(..)) {
            self.composite_lit_into(e, t, cell)?;
        } else {
            let v = self.composite_lit_as(e, t)?;
            self.store(cell, v, e.pos);
        }
        Ok(cell)
    }

    /// Stores the elements of struct or array literal `e` (of type `t`) into the zeroed
    /// memory at `dst`: elements left out keep their zero value. Building in place (not in
    /// a temporary copied over afterwards) is what makes `&T{...}` cheap.
    fn composite_lit_into(&mut self, e: &Expr, t: TypeId, dst: ValueId) -> BResult<()> {
        let pos = e.pos;
        let elts = match &e.kind {
            ExprKind::CompositeLit { elts, .. } => elts,
            _ => unreachable!(),
        };
        match self.b.under(t) {
            Type::Struct(fields) => {
                for (i, el) in elts.iter().enumerate() {
                    let (idx, ve) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let name = match &key.kind {
                                ExprKind::Ident(id) => id.name.clone(),
                                _ => return self.unsupported(pos, "struct literal key"),
                            };
                            let idx = fields.iter().position(|f| f.name == name).unwrap_or(0);
                            (idx, &**value)
                        }
                        _ => (i, el),
                    };
                    let fa = self.field_addr(dst, idx as u32, pos)?;
                    self.elem_into(ve, fields[idx].ty, fa)?;
                }
                Ok(())
            }
            Type::Array(_, elem) => {
                let pe = self.b.ptr_to(elem);
                let base = self.emit(pe, Inst::Retype(dst), pos);
                self.fill_elems(base, elts, elem, pos)
            }
            _ => self.err(pos, "rgo: internal: composite_lit_into on non-aggregate"),
        }
    }

    /// Stores composite-literal element `e` into `dst` (of type `want`): a nested struct
    /// or array literal of that very type is built in place.
    fn elem_into(&mut self, e: &Expr, want: TypeId, dst: ValueId) -> BResult<()> {
        if let ExprKind::CompositeLit { ty, .. } = &e.kind {
            let same = ty.is_none() || self.type_of(e) == want;
            if same && matches!(self.b.under(want), Type::Struct(_) | Type::Array(..)) {
                return self.composite_lit_into(e, want, dst);
            }
        }
        let v = self.elem_value(e, want)?;
        self.store(dst, v, e.pos);
        Ok(())
    }

    /// Value of a composite-literal element (nested literals with elided types included).
    fn elem_value(&mut self, e: &Expr, want: TypeId) -> BResult<ValueId> {
        if let ExprKind::CompositeLit { ty: None, .. } = &e.kind {
            if let Type::Pointer(inner) = self.b.under(want) {
                // `{...}` standing for `&T{...}`.
                let cell = self.new_composite(e, inner)?;
                return Ok(self.emit(want, Inst::Retype(cell), e.pos));
            }
            let v = self.composite_lit_as(e, want)?;
            return Ok(v);
        }
        let v = self.expr(e)?;
        self.convert_for_assign(v, want, e.pos)
    }

    fn literal_len(&self, elts: &[Expr]) -> BResult<u64> {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for el in elts {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                match self.tv(key).and_then(|tv| tv.value.clone()) {
                    Some(ConstValue::Int(i)) => {
                        idx = u64::try_from(i).unwrap_or(0);
                    }
                    _ => return self.unsupported(el.pos, "non-constant array index"),
                }
            }
            idx += 1;
            max = max.max(idx);
        }
        Ok(max)
    }

    fn fill_elems(&mut self, base: ValueId, elts: &[Expr], elem: TypeId, pos: Pos) -> BResult<()> {
        let mut idx: i64 = 0;
        for el in elts {
            let ve = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    match self.tv(key).and_then(|tv| tv.value.clone()) {
                        Some(ConstValue::Int(i)) => idx = i64::try_from(i).unwrap_or(0),
                        _ => return self.unsupported(el.pos, "non-constant array index"),
                    }
                    &**value
                }
                _ => el,
            };
            let i = self.const_int(idx, pos);
            let pe = self.vty(base);
            let a = self.emit(
                pe,
                Inst::ElemAddr {
                    ptr: base,
                    index: i,
                },
                pos,
            );
            self.elem_into(ve, elem, a)?;
            idx += 1;
        }
        Ok(())
    }

    /// `m[k] = v`.
    pub fn map_assign(
        &mut self,
        m: ValueId,
        mt: TypeId,
        k: ValueId,
        v: ValueId,
        pos: Pos,
    ) -> BResult<()> {
        let p = self.map_slot(m, mt, k, pos)?;
        self.store(p, v, pos);
        Ok(())
    }

    /// Address of the value slot for key `k` (inserting it).
    pub fn map_slot(&mut self, m: ValueId, mt: TypeId, k: ValueId, pos: Pos) -> BResult<ValueId> {
        let (kt, vt) = match self.b.under(mt) {
            Type::Map(k, v) => (k, v),
            _ => return self.err(pos, "rgo: internal: map_slot on non-map"),
        };
        let k = self.convert_for_assign(k, kt, pos)?;
        let kp = self.spill(k, pos);
        let td = self.type_desc(mt, pos);
        let u = self.uintptr_ty();
        let r = self.rt_call("rgo_mapassign", vec![td, m, kp], u, pos);
        let pt = self.b.ptr_to(vt);
        Ok(self.emit(pt, Inst::Retype(r), pos))
    }
}

impl FnBuilder<'_, '_> {
    /// The element type of a channel type.
    pub fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.b.under(t) {
            Type::Chan(_, e) => e,
            _ => t,
        }
    }

    /// `<-c`: receives into a stack temporary; returns (value, ok).
    pub fn chan_recv(&mut self, c: ValueId, pos: Pos) -> BResult<(ValueId, ValueId)> {
        let elem = self.chan_elem(self.vty(c));
        let pt = self.b.ptr_to(elem);
        let tmp = self.emit(pt, Inst::StackAlloc, pos);
        let u = self.uintptr_ty();
        let tp = self.emit(u, Inst::Retype(tmp), pos);
        let boolt = self.bool_ty();
        let ok = self.rt_call("rgo_chanrecv", vec![c, tp], boolt, pos);
        let v = self.load(tmp, pos);
        Ok((v, ok))
    }

    /// `c <- v`.
    pub fn chan_send(&mut self, c: ValueId, v: ValueId, pos: Pos) -> BResult<()> {
        let elem = self.chan_elem(self.vty(c));
        let v = self.convert_for_assign(v, elem, pos)?;
        let p = self.spill(v, pos);
        let void = self.void();
        self.rt_call("rgo_chansend", vec![c, p], void, pos);
        Ok(())
    }
}
