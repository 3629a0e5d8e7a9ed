//! Lowering of statements: assignments, control flow, loops (with Go 1.22 per-iteration
//! variables), switches, type switches, range, defer.

use crate::ssa::ir::{BinOp, BlockId, Inst, Terminator, ValueId};
use crate::syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Pos, Stmt, StmtKind};
use crate::types::{BasicKind, ObjId, ObjKind, SelectionKind, Type, TypeId};

use super::func::{FnBuilder, LoopTarget, VarLoc};
use super::BResult;

/// An assignable location.
#[derive(Clone, Copy)]
enum Place {
    Var(VarLoc),
    Ptr(ValueId),
    MapSlot { m: ValueId, mt: TypeId, k: ValueId },
    Blank,
}

impl FnBuilder<'_, '_> {
    pub fn block(&mut self, b: &ast::Block) -> BResult<()> {
        for s in &b.stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmts(&mut self, ss: &[Stmt]) -> BResult<()> {
        for s in ss {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> BResult<()> {
        let pos = s.pos;
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let target = self.label_block(&label.name);
                self.jump(target);
                self.switch_to(target);
                self.pending_label = Some(label.name.clone());
                self.stmt(stmt)
            }
            StmtKind::Expr(e) => {
                self.expr_multi(e)?;
                Ok(())
            }
            StmtKind::IncDec { x, inc } => {
                let place = self.place(x)?;
                let old = self.read_place(place, pos)?;
                let t = self.vty(old);
                let one = self.const_of(t, 1, pos);
                let one = if self.is_float(t) || self.is_complex(t) {
                    let c = if self.is_complex(t) {
                        crate::types::ConstValue::Complex(
                            num_rational::BigRational::from_integer(1.into()),
                            num_rational::BigRational::from_integer(0.into()),
                        )
                    } else {
                        crate::types::ConstValue::Float(num_rational::BigRational::from_integer(
                            1.into(),
                        ))
                    };
                    self.emit(t, Inst::Const(c), pos)
                } else {
                    one
                };
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                let nv = self.arith(op, old, one, t, pos)?;
                self.write_place(place, nv, pos)
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs, pos),
            StmtKind::Return(es) => self.return_stmt(es, pos),
            StmtKind::Branch { kind, label } => self.branch_stmt(*kind, label.as_ref(), pos),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let c = self.expr(cond)?;
                let tb = self.new_block();
                let eb = self.new_block();
                let done = self.new_block();
                self.branch(c, tb, eb);
                self.switch_to(tb);
                self.block(then)?;
                self.jump(done);
                self.switch_to(eb);
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.jump(done);
                self.switch_to(done);
                Ok(())
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, label, pos),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body, label),
            StmtKind::Defer(call) => self.defer_stmt(call, pos),
            StmtKind::Go(_) => self.unsupported(pos, "go statements"),
            StmtKind::Select { .. } => self.unsupported(pos, "select statements"),
            StmtKind::Send { .. } => self.unsupported(pos, "channels"),
        }
    }

    fn label_block(&mut self, name: &str) -> BlockId {
        if let Some(b) = self.labels.get(name) {
            return *b;
        }
        let b = self.new_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn local_decl(&mut self, d: &ast::Decl) -> BResult<()> {
        match d {
            ast::Decl::Var(specs) => {
                for sp in specs {
                    let mut vals = Vec::new();
                    if sp.values.len() == 1 && sp.names.len() > 1 {
                        vals = self.expr_commaok(&sp.values[0])?;
                    } else {
                        for v in &sp.values {
                            vals.push(self.expr(v)?);
                        }
                    }
                    for (i, n) in sp.names.iter().enumerate() {
                        let obj = match self.def_of(n) {
                            Some(o) => o,
                            None => continue,
                        };
                        let ty = self.b.obj(obj).ty;
                        let init = match vals.get(i) {
                            Some(v) => Some(self.convert_for_assign(*v, ty, n.pos)?),
                            None => None,
                        };
                        self.declare_var(obj, init, n.pos);
                    }
                }
                Ok(())
            }
            ast::Decl::Const(_) | ast::Decl::Type(_) => Ok(()),
            ast::Decl::Func(f) => self.unsupported(f.pos, "nested function declarations"),
        }
    }

    fn place(&mut self, e: &Expr) -> BResult<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) if id.name == "_" => Ok(Place::Blank),
            ExprKind::Ident(id) => {
                let obj = match self.use_of(id).or_else(|| self.def_of(id)) {
                    Some(o) => o,
                    None => return self.err(e.pos, "rgo: internal: unknown assignment target"),
                };
                match self.b.obj(obj).kind {
                    ObjKind::Var { global: true, .. } => {
                        Ok(Place::Ptr(self.global_addr(obj, e.pos)))
                    }
                    _ => match self.vars.get(&obj).copied() {
                        Some(loc) => Ok(Place::Var(loc)),
                        None => self.err(
                            e.pos,
                            format!("rgo: internal: variable {} unknown", id.name),
                        ),
                    },
                }
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.type_of(x);
                if let Type::Map(..) = self.b.under(xt) {
                    let m = self.expr(x)?;
                    let k = self.expr(&indices[0])?;
                    return Ok(Place::MapSlot { m, mt: xt, k });
                }
                Ok(Place::Ptr(self.addr(e)?))
            }
            _ => Ok(Place::Ptr(self.addr(e)?)),
        }
    }

    fn read_place(&mut self, p: Place, pos: Pos) -> BResult<ValueId> {
        match p {
            Place::Var(l) => Ok(self.read_var(l, pos)),
            Place::Ptr(ptr) => Ok(self.load(ptr, pos)),
            Place::MapSlot { m, mt, k } => {
                let slot = self.map_slot(m, mt, k, pos)?;
                Ok(self.load(slot, pos))
            }
            Place::Blank => self.err(pos, "rgo: internal: read of _"),
        }
    }

    fn place_type(&self, p: Place) -> Option<TypeId> {
        match p {
            Place::Var(VarLoc::Reg(l)) => Some(self.f.locals[l.0 as usize].ty),
            Place::Var(VarLoc::Cell(l)) => match self.b.under(self.f.locals[l.0 as usize].ty) {
                Type::Pointer(t) => Some(t),
                _ => None,
            },
            Place::Ptr(p) => match self.b.under(self.vty(p)) {
                Type::Pointer(t) => Some(t),
                _ => None,
            },
            Place::MapSlot { mt, .. } => match self.b.under(mt) {
                Type::Map(_, v) => Some(v),
                _ => None,
            },
            Place::Blank => None,
        }
    }

    fn write_place(&mut self, p: Place, v: ValueId, pos: Pos) -> BResult<()> {
        let v = match self.place_type(p) {
            Some(t) => self.convert_for_assign(v, t, pos)?,
            None => v,
        };
        match p {
            Place::Var(l) => self.write_var(l, v, pos),
            Place::Ptr(ptr) => self.store(ptr, v, pos),
            Place::MapSlot { m, mt, k } => self.map_assign(m, mt, k, v, pos)?,
            Place::Blank => {}
        }
        Ok(())
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr], pos: Pos) -> BResult<()> {
        if let AssignOp::Op(bop) = op {
            let place = self.place(&lhs[0])?;
            let old = self.read_place(place, pos)?;
            let y = self.expr(&rhs[0])?;
            let t = self.vty(old);
            let iop = match bop {
                ast::BinaryOp::Add if self.is_string(t) => {
                    let r = self.concat(vec![old, y], t, pos);
                    return self.write_place(place, r, pos);
                }
                ast::BinaryOp::Add => BinOp::Add,
                ast::BinaryOp::Sub => BinOp::Sub,
                ast::BinaryOp::Mul => BinOp::Mul,
                ast::BinaryOp::Quo => BinOp::Div,
                ast::BinaryOp::Rem => BinOp::Rem,
                ast::BinaryOp::And => BinOp::And,
                ast::BinaryOp::Or => BinOp::Or,
                ast::BinaryOp::Xor => BinOp::Xor,
                ast::BinaryOp::AndNot => BinOp::AndNot,
                ast::BinaryOp::Shl => BinOp::Shl,
                ast::BinaryOp::Shr => BinOp::Shr,
                _ => return self.err(pos, "rgo: internal: bad assign op"),
            };
            let r = self.arith(iop, old, y, t, pos)?;
            return self.write_place(place, r, pos);
        }
        let define = op == AssignOp::Define;
        // Left-hand places first (index operands, pointer indirections), then values.
        let mut places = Vec::new();
        let mut new_vars: Vec<Option<ObjId>> = Vec::new();
        for l in lhs {
            if define {
                if let ExprKind::Ident(id) = &l.kind {
                    if id.name == "_" {
                        places.push(Some(Place::Blank));
                        new_vars.push(None);
                        continue;
                    }
                    if let Some(o) = self.def_of(id) {
                        places.push(None);
                        new_vars.push(Some(o));
                        continue;
                    }
                }
            }
            places.push(Some(self.place(l)?));
            new_vars.push(None);
        }
        let vals = if rhs.len() == 1 && lhs.len() > 1 {
            self.expr_commaok(&rhs[0])?
        } else {
            let mut v = Vec::new();
            for r in rhs {
                v.push(self.expr(r)?);
            }
            v
        };
        for (i, v) in vals.into_iter().enumerate() {
            match (
                places.get(i).copied().flatten(),
                new_vars.get(i).copied().flatten(),
            ) {
                (_, Some(obj)) => {
                    let ty = self.b.obj(obj).ty;
                    let v = self.convert_for_assign(v, ty, pos)?;
                    self.declare_var(obj, Some(v), pos);
                }
                (Some(p), None) => self.write_place(p, v, pos)?,
                (None, None) => {}
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, es: &[Expr], pos: Pos) -> BResult<()> {
        let results = self.results.clone();
        if !es.is_empty() {
            let vals = if es.len() == 1 && results.len() > 1 {
                self.expr_multi(&es[0])?
            } else {
                let mut v = Vec::new();
                for e in es {
                    v.push(self.expr(e)?);
                }
                v
            };
            let rtys = self.f.results.clone();
            let mut conv = Vec::new();
            for (i, v) in vals.into_iter().enumerate() {
                conv.push(self.convert_for_assign(v, rtys[i], pos)?);
            }
            if !self.f.has_defer {
                self.terminate(Terminator::Return(conv));
                return Ok(());
            }
            for (loc, v) in results.iter().zip(conv) {
                self.write_var(*loc, v, pos);
            }
        }
        self.emit_return(pos);
        Ok(())
    }

    /// Returns the result variables, running deferred calls first.
    pub fn emit_return(&mut self, pos: Pos) {
        if self.f.has_defer {
            let v = self.void();
            self.emit(v, Inst::RunDefers, pos);
        }
        self.return_results(pos);
    }

    fn branch_stmt(
        &mut self,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        pos: Pos,
    ) -> BResult<()> {
        match kind {
            BranchKind::Goto => {
                let l = match label {
                    Some(l) => l,
                    None => return self.err(pos, "rgo: internal: goto without label"),
                };
                let b = self.label_block(&l.name);
                self.jump(b);
                Ok(())
            }
            BranchKind::Fallthrough => {
                match self.fallthrough_to {
                    Some(b) => self.jump(b),
                    None => return self.err(pos, "fallthrough statement out of place"),
                }
                Ok(())
            }
            BranchKind::Break | BranchKind::Continue => {
                let target = self.targets.iter().rev().find(|t| match label {
                    Some(l) => t.label.as_deref() == Some(l.name.as_str()),
                    None => kind == BranchKind::Break || t.cont.is_some(),
                });
                let t = match target {
                    Some(t) => {
                        if kind == BranchKind::Break {
                            Some(t.brk)
                        } else {
                            t.cont
                        }
                    }
                    None => None,
                };
                match t {
                    Some(b) => {
                        self.jump(b);
                        Ok(())
                    }
                    None => self.err(pos, "rgo: internal: branch target not found"),
                }
            }
        }
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<String>,
    ) -> BResult<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        // Variables declared by the init statement get a fresh copy per iteration.
        let mut loop_vars = Vec::new();
        if let Some(Stmt {
            kind:
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                },
            ..
        }) = init
        {
            for l in lhs {
                if let ExprKind::Ident(id) = &l.kind {
                    if let Some(o) = self.def_of(id) {
                        loop_vars.push(o);
                    }
                }
            }
        }
        let head = self.new_block();
        let bodyb = self.new_block();
        let contb = self.new_block();
        let done = self.new_block();
        self.jump(head);
        self.switch_to(head);
        match cond {
            Some(c) => {
                let cv = self.expr(c)?;
                self.branch(cv, bodyb, done);
            }
            None => self.jump(bodyb),
        }
        self.switch_to(bodyb);
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: Some(contb),
        });
        self.block(body)?;
        self.targets.pop();
        self.jump(contb);
        self.switch_to(contb);
        for o in &loop_vars {
            self.fresh_cell(*o, body.rbrace);
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        self.jump(head);
        self.switch_to(done);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
        pos: Pos,
    ) -> BResult<()> {
        let xt = self.type_of(x);
        let it = self.int_ty();
        let u = self.uintptr_ty();
        let boolt = self.bool_ty();
        let head = self.new_block();
        let bodyb = self.new_block();
        let contb = self.new_block();
        let done = self.new_block();
        let under = self.b.under(xt);
        // Per-kind setup: produce (key, value) for each iteration in `bodyb`.
        enum Kind {
            Int,
            Str { s: ValueId },
            Slice { s: ValueId, elem: TypeId },
            Array { base: ValueId, elem: TypeId },
            Map { it: ValueId, kt: TypeId, vt: TypeId },
        }
        let idx = self.new_local("~i", it);
        let next = self.new_local("~next", it);
        let (kind, n) = match under {
            Type::Basic(k) if !matches!(k, BasicKind::String | BasicKind::UntypedString) => {
                let n = self.expr(x)?;
                let n = self.index_int(n, pos);
                (Kind::Int, n)
            }
            Type::Basic(_) => {
                let s = self.expr(x)?;
                let n = self.part(s, 1, it, pos);
                (Kind::Str { s }, n)
            }
            Type::Slice(elem) => {
                let s = self.expr(x)?;
                let n = self.part(s, 1, it, pos);
                (Kind::Slice { s, elem }, n)
            }
            Type::Array(n, elem) => {
                let base = if value.is_some() {
                    // The range expression is evaluated once: copy the array.
                    let a = self.expr(x)?;
                    let pt = self.b.ptr_to(xt);
                    let cell = self.emit(pt, Inst::StackAlloc, pos);
                    self.store(cell, a, pos);
                    cell
                } else {
                    self.zero(u, pos)
                };
                let nv = self.const_int(n as i64, pos);
                (Kind::Array { base, elem }, nv)
            }
            Type::Pointer(a) => match self.b.under(a) {
                Type::Array(n, elem) => {
                    let p = self.expr(x)?;
                    let nv = self.const_int(n as i64, pos);
                    (Kind::Array { base: p, elem }, nv)
                }
                _ => return self.unsupported(pos, "range over this type"),
            },
            Type::Map(kt, vt) => {
                let m = self.expr(x)?;
                let iter_t = self.b.intern(Type::Array(16, u));
                let pt = self.b.ptr_to(iter_t);
                let cell = self.emit(pt, Inst::StackAlloc, pos);
                let itp = self.emit(u, Inst::Retype(cell), pos);
                let td = self.type_desc(xt, pos);
                let v = self.void();
                self.rt_call("rgo_mapiterinit", vec![td, m, itp], v, pos);
                let zero = self.const_int(0, pos);
                (Kind::Map { it: itp, kt, vt }, zero)
            }
            Type::Chan(..) => return self.unsupported(pos, "range over channels"),
            Type::Func(_) => return self.unsupported(pos, "range over functions"),
            _ => return self.unsupported(pos, "range over this type"),
        };
        let zero = self.const_int(0, pos);
        self.set_local(idx, zero, pos);
        self.jump(head);
        self.switch_to(head);
        // Condition.
        match &kind {
            Kind::Map { it: itp, .. } => {
                let pu = self.b.ptr_to(u);
                let kp = self.emit(pu, Inst::Retype(*itp), pos);
                let k = self.load(kp, pos);
                let z = self.const_of(u, 0, pos);
                let c = self.emit(boolt, Inst::Bin(BinOp::Ne, k, z), pos);
                self.branch(c, bodyb, done);
            }
            _ => {
                let i = self.get_local(idx, pos);
                let c = self.emit(boolt, Inst::Bin(BinOp::Lt, i, n), pos);
                self.branch(c, bodyb, done);
            }
        }
        self.switch_to(bodyb);
        let i = self.get_local(idx, pos);
        // Key and value of this iteration.
        let (kv, vv): (Option<ValueId>, Option<ValueId>) = match &kind {
            Kind::Int => (Some(i), None),
            Kind::Str { s } => {
                let p = self.part(*s, 0, u, pos);
                let l = self.part(*s, 1, it, pos);
                let r32 = self.b.basic(BasicKind::Int32);
                let pair = self.b.tuple(vec![r32, it]);
                let r = self.rt_call("rgo_decoderune", vec![p, l, i], pair, pos);
                let rune = self.emit(r32, Inst::Extract { tuple: r, index: 0 }, pos);
                let nx = self.emit(it, Inst::Extract { tuple: r, index: 1 }, pos);
                self.set_local(next, nx, pos);
                (Some(i), Some(rune))
            }
            Kind::Slice { s, elem } => {
                let v = if value.is_some() {
                    let pe = self.b.ptr_to(*elem);
                    let p = self.part(*s, 0, pe, pos);
                    let a = self.emit(pe, Inst::ElemAddr { ptr: p, index: i }, pos);
                    Some(self.load(a, pos))
                } else {
                    None
                };
                (Some(i), v)
            }
            Kind::Array { base, elem } => {
                let v = if value.is_some() {
                    let pe = self.b.ptr_to(*elem);
                    let p = self.emit(pe, Inst::Retype(*base), pos);
                    let a = self.emit(pe, Inst::ElemAddr { ptr: p, index: i }, pos);
                    Some(self.load(a, pos))
                } else {
                    None
                };
                (Some(i), v)
            }
            Kind::Map { it: itp, kt, vt } => {
                let pu = self.b.ptr_to(u);
                let base = self.emit(pu, Inst::Retype(*itp), pos);
                let kp = self.load(base, pos);
                let pk = self.b.ptr_to(*kt);
                let kp = self.emit(pk, Inst::Retype(kp), pos);
                let k = self.load(kp, pos);
                let v = if value.is_some() {
                    let one = self.const_int(1, pos);
                    let vpp = self.emit(
                        pu,
                        Inst::ElemAddr {
                            ptr: base,
                            index: one,
                        },
                        pos,
                    );
                    let vp = self.load(vpp, pos);
                    let pv = self.b.ptr_to(*vt);
                    let vp = self.emit(pv, Inst::Retype(vp), pos);
                    Some(self.load(vp, pos))
                } else {
                    None
                };
                (Some(k), v)
            }
        };
        // Bind the iteration variables.
        for (e, v) in [(key, kv), (value, vv)] {
            let (e, v) = match (e, v) {
                (Some(e), Some(v)) => (e, v),
                _ => continue,
            };
            if define {
                if let ExprKind::Ident(id) = &e.kind {
                    if let Some(o) = self.def_of(id) {
                        let ty = self.b.obj(o).ty;
                        let v = self.convert_for_assign(v, ty, pos)?;
                        self.declare_var(o, Some(v), pos);
                    }
                }
            } else {
                let p = self.place(e)?;
                self.write_place(p, v, pos)?;
            }
        }
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: Some(contb),
        });
        self.block(body)?;
        self.targets.pop();
        self.jump(contb);
        self.switch_to(contb);
        match &kind {
            Kind::Str { .. } => {
                let nx = self.get_local(next, pos);
                self.set_local(idx, nx, pos);
            }
            Kind::Map { it: itp, .. } => {
                let v = self.void();
                self.rt_call("rgo_mapiternext", vec![*itp], v, pos);
            }
            _ => {
                let i = self.get_local(idx, pos);
                let one = self.const_int(1, pos);
                let ni = self.emit(it, Inst::Bin(BinOp::Add, i, one), pos);
                self.set_local(idx, ni, pos);
            }
        }
        self.jump(head);
        self.switch_to(done);
        Ok(())
    }

    fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[ast::CaseClause],
        label: Option<String>,
    ) -> BResult<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let tagv = match tag {
            Some(t) => {
                let v = self.expr(t)?;
                let vt = self.vty(v);
                let dt = self.default_type(vt);
                Some(self.convert_for_assign(v, dt, t.pos)?)
            }
            None => None,
        };
        let done = self.new_block();
        let bodies: Vec<BlockId> = body.iter().map(|_| self.new_block()).collect();
        let mut default_idx = None;
        for (ci, c) in body.iter().enumerate() {
            if c.is_default {
                default_idx = Some(ci);
                continue;
            }
            for e in &c.list {
                let cond = match tagv {
                    Some(t) => {
                        let v = self.expr(e)?;
                        let boolt = self.bool_ty();
                        self.compare(ast::BinaryOp::Eql, t, v, boolt, e.pos)?
                    }
                    None => self.expr(e)?,
                };
                let nextb = self.new_block();
                self.branch(cond, bodies[ci], nextb);
                self.switch_to(nextb);
            }
        }
        match default_idx {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(done),
        }
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: None,
        });
        for (ci, c) in body.iter().enumerate() {
            self.switch_to(bodies[ci]);
            let saved = self.fallthrough_to.take();
            self.fallthrough_to = bodies.get(ci + 1).copied();
            self.stmts(&c.body)?;
            self.fallthrough_to = saved;
            self.jump(done);
        }
        self.targets.pop();
        self.switch_to(done);
        Ok(())
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        body: &[ast::CaseClause],
        label: Option<String>,
    ) -> BResult<()> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let xv = self.expr(x)?;
        let xt = self.vty(xv);
        let dt = self.dyn_type(xv, x.pos);
        let u = self.uintptr_ty();
        let boolt = self.bool_ty();
        let done = self.new_block();
        let bodies: Vec<BlockId> = body.iter().map(|_| self.new_block()).collect();
        let mut default_idx = None;
        for (ci, c) in body.iter().enumerate() {
            if c.is_default {
                default_idx = Some(ci);
                continue;
            }
            for e in &c.list {
                let is_nil = matches!(&e.kind, ExprKind::Ident(id) if id.name == "nil" && matches!(self.use_of(id).map(|o| &self.b.obj(o).kind), Some(ObjKind::Nil)));
                let cond = if is_nil {
                    let z = self.const_of(u, 0, e.pos);
                    self.emit(boolt, Inst::Bin(BinOp::Eq, dt, z), e.pos)
                } else {
                    let t = self.type_of(e);
                    if self.is_interface(t) {
                        let itd = self.type_desc(t, e.pos);
                        let srcd = self.type_desc(xt, e.pos);
                        let canfail = self.const_bool(true, e.pos);
                        let tab =
                            self.rt_call("rgo_assertI", vec![itd, dt, srcd, canfail], u, e.pos);
                        let z = self.const_of(u, 0, e.pos);
                        self.emit(boolt, Inst::Bin(BinOp::Ne, tab, z), e.pos)
                    } else {
                        let td = self.type_desc(t, e.pos);
                        self.emit(boolt, Inst::Bin(BinOp::Eq, dt, td), e.pos)
                    }
                };
                let nextb = self.new_block();
                self.branch(cond, bodies[ci], nextb);
                self.switch_to(nextb);
            }
        }
        match default_idx {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(done),
        }
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: None,
        });
        for (ci, c) in body.iter().enumerate() {
            self.switch_to(bodies[ci]);
            if let Some(bd) = bind {
                if let Some(obj) = self.info.implicits.get(&(bd.id, ci)).copied() {
                    let ot = self.b.obj(obj).ty;
                    let v = if self.is_interface(ot) {
                        if ot == xt {
                            xv
                        } else {
                            self.type_assert(xv, ot, true, c.pos)?[0]
                        }
                    } else {
                        self.type_assert(xv, ot, true, c.pos)?[0]
                    };
                    self.declare_var(obj, Some(v), c.pos);
                }
            }
            self.stmts(&c.body)?;
            self.jump(done);
        }
        self.targets.pop();
        self.switch_to(done);
        Ok(())
    }

    /// `defer f(args)`: evaluates the function value and arguments now and registers a
    /// `func()` closure that performs the call.
    fn defer_stmt(&mut self, call: &Expr, pos: Pos) -> BResult<()> {
        let (fun, args, ellipsis) = match &call.kind {
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => (&**fun, args, ellipsis.is_some()),
            _ => return self.err(pos, "expression in defer must be function call"),
        };
        if matches!(
            self.obj_kind_of(super::call::strip_paren(fun)),
            ObjKind::Builtin(_)
        ) || matches!(
            self.tv(fun).map(|t| t.mode),
            Some(crate::types::Mode::TypeExpr)
        ) {
            return self.unsupported(pos, "defer of a builtin or conversion");
        }
        let fty = self.type_of(fun);
        let sig = self.b.signature(fty);
        // Function value: method values bind their receiver now, as Go requires.
        let fv = match &super::call::strip_paren(fun).kind {
            ExprKind::Selector { x, .. }
                if matches!(
                    self.info.selections.get(&fun.id).map(|s| s.kind),
                    Some(SelectionKind::MethodVal)
                ) =>
            {
                let sel = self.info.selections.get(&fun.id).cloned().unwrap();
                self.method_value(fun, x, &sel)?
            }
            _ => self.expr(fun)?,
        };
        let argv = self.call_args(args, &sig, ellipsis, pos)?;
        // Thunk environment: { code, fv, args... }.
        let u = self.uintptr_ty();
        let mut ftys = vec![u, fty];
        ftys.extend(argv.iter().map(|a| self.vty(*a)));
        let env_ty = self.b.intern(Type::Struct(
            ftys.iter()
                .enumerate()
                .map(|(i, t)| crate::types::StructField {
                    name: format!("a{i}"),
                    ty: *t,
                    embedded: false,
                    tag: None,
                    pkg: None,
                })
                .collect(),
        ));
        let n = {
            let c = self.b.closure_count.entry(self.f.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let tname = format!("{}.deferwrap{}", self.f.name, n);
        let tf = crate::ssa::ir::Func::new(tname, vec![], vec![]);
        let tid = self.b.add_func(tf.clone());
        {
            let info = self.info;
            let file = self.file;
            let mut w = FnBuilder::new(self.b, tf, file, info);
            let ep = w.b.ptr_to(env_ty);
            let ctx = w.emit(ep, Inst::Ctx, pos);
            let fa = w.field_addr(ctx, 1, pos)?;
            let f = w.load(fa, pos);
            let mut a = Vec::new();
            for i in 0..argv.len() {
                let pa = w.field_addr(ctx, i as u32 + 2, pos)?;
                a.push(w.load(pa, pos));
            }
            w.call_func_value(f, a, &sig.results, pos);
            w.terminate(Terminator::Return(vec![]));
            let built = w.finish();
            self.b.out.funcs[tid.0 as usize] = built;
        }
        let obj = self.new_obj(env_ty, pos);
        let code = self.emit(u, Inst::FuncAddr(tid), pos);
        let f0 = self.field_addr(obj, 0, pos)?;
        self.store(f0, code, pos);
        let f1 = self.field_addr(obj, 1, pos)?;
        self.store(f1, fv, pos);
        for (i, a) in argv.into_iter().enumerate() {
            let fa = self.field_addr(obj, i as u32 + 2, pos)?;
            self.store(fa, a, pos);
        }
        let ou = self.emit(u, Inst::Retype(obj), pos);
        let v = self.void();
        self.f.has_defer = true;
        self.emit(v, Inst::Defer(ou), pos);
        Ok(())
    }
}
