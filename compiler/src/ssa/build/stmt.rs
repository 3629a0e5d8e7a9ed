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
                let tb = self.new_block();
                let eb = self.new_block();
                let done = self.new_block();
                self.cond_branch(cond, tb, eb)?;
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
            StmtKind::Go(call) => self.go_stmt(call, pos),
            StmtKind::Select { body, .. } => self.select_stmt(body, label, pos),
            StmtKind::Send { chan, value } => {
                let c = self.expr(chan)?;
                let v = self.expr(value)?;
                self.chan_send(c, v, pos)
            }
        }
    }

    pub(super) fn label_block(&mut self, name: &str) -> BlockId {
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
                        let ty = self.obj_ty(obj);
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

    /// Gives a range iteration variable its value: declares it (`:=`) or assigns to the
    /// expression (`=`).
    pub fn bind_range_var(&mut self, e: &Expr, v: ValueId, define: bool, pos: Pos) -> BResult<()> {
        if define {
            if let ExprKind::Ident(id) = &e.kind {
                if let Some(o) = self.def_of(id) {
                    let ty = self.obj_ty(o);
                    let v = self.convert_for_assign(v, ty, pos)?;
                    self.declare_var(o, Some(v), pos);
                }
            }
            return Ok(());
        }
        let p = self.place(e)?;
        self.write_place(p, v, pos)
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
                    let ty = self.obj_ty(obj);
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
        if self.range_func_return(es, pos)? {
            return Ok(());
        }
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
                if self.range_func_goto(&l.name, pos) {
                    return Ok(());
                }
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
                    None => {
                        if self.range_func_branch(kind, label.map(|l| l.name.as_str()), pos)? {
                            return Ok(());
                        }
                        self.err(pos, "rgo: internal: branch target not found")
                    }
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
            Some(c) => self.cond_branch(c, bodyb, done)?,
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
        self.poll(body.rbrace);
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
            Type::Chan(..) => {
                let c = self.expr(x)?;
                return self.range_chan(c, key, define, body, label, pos);
            }
            Type::Func(_) => {
                return self.range_func(key, value, define, x, body, label, pos);
            }
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
            self.bind_range_var(e, v, define, pos)?;
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
        self.poll(pos);
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
                let nextb = self.new_block();
                match tagv {
                    Some(t) => {
                        let v = self.expr(e)?;
                        let boolt = self.bool_ty();
                        let cond = self.compare(ast::BinaryOp::Eql, t, v, boolt, e.pos)?;
                        self.branch(cond, bodies[ci], nextb);
                    }
                    None => self.cond_branch(e, bodies[ci], nextb)?,
                }
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
                    let ot = self.obj_ty(obj);
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

    /// `defer f(args)`: registers a thunk that performs the call.
    fn defer_stmt(&mut self, call: &Expr, pos: Pos) -> BResult<()> {
        let thunk = self.call_thunk(call, pos, "defer")?;
        if self.range_func_defer(thunk, pos)? {
            return Ok(());
        }
        let v = self.void();
        self.f.has_defer = true;
        self.emit(v, Inst::Defer(thunk), pos);
        Ok(())
    }

    /// `go f(args)`: starts a goroutine running a thunk that performs the call.
    fn go_stmt(&mut self, call: &Expr, pos: Pos) -> BResult<()> {
        let thunk = self.call_thunk(call, pos, "go")?;
        let v = self.void();
        self.rt_call("rgo_go", vec![thunk], v, pos);
        Ok(())
    }

    /// Evaluates the function value and arguments of a `defer`/`go` call now and returns
    /// a `func()` closure (as a uintptr) that performs the call later.
    fn call_thunk(&mut self, call: &Expr, pos: Pos, what: &str) -> BResult<ValueId> {
        let (fun, args, ellipsis) = match &call.kind {
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => (&**fun, args, ellipsis.is_some()),
            _ => return self.err(pos, format!("expression in {what} must be function call")),
        };
        if let ObjKind::Builtin(bi) = self.obj_kind_of(super::call::strip_paren(fun)) {
            return self.builtin_thunk(bi, args, pos, what);
        }
        if matches!(
            self.tv(fun).map(|t| t.mode),
            Some(crate::types::Mode::TypeExpr)
        ) {
            return self.unsupported(pos, &format!("{what} of a conversion"));
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
        let mut ftys = vec![fty];
        ftys.extend(argv.iter().map(|a| self.vty(*a)));
        let env_ty = self.closure_env_type(&ftys);
        let n = {
            let c = self.b.closure_count.entry(self.f.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let tname = format!("{}.{what}wrap{}", self.f.name, n);
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
        let mut vals = vec![fv];
        vals.extend(argv);
        self.make_closure(env_ty, tid, &vals, pos)
    }

    /// Thunks for `defer close(c)`, `defer panic(v)`, `go println(...)`-style builtin calls.
    fn builtin_thunk(
        &mut self,
        bi: crate::types::Builtin,
        args: &[Expr],
        pos: Pos,
        what: &str,
    ) -> BResult<ValueId> {
        use crate::types::Builtin;
        let any = self.any_type();
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            let v = match bi {
                Builtin::Panic => self.convert_for_assign(v, any, pos)?,
                _ => {
                    let t = self.vty(v);
                    let d = self.default_type(t);
                    self.convert_for_assign(v, d, pos)?
                }
            };
            vals.push(v);
        }
        if !matches!(
            bi,
            Builtin::Close | Builtin::Panic | Builtin::Print | Builtin::Println
        ) {
            return self.unsupported(pos, &format!("{what} of this builtin"));
        }
        let ftys: Vec<TypeId> = vals.iter().map(|a| self.vty(*a)).collect();
        let env_ty = self.closure_env_type(&ftys);
        let n = {
            let c = self.b.closure_count.entry(self.f.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let tf =
            crate::ssa::ir::Func::new(format!("{}.{what}wrap{n}", self.f.name), vec![], vec![]);
        let tid = self.b.add_func(tf.clone());
        {
            let (info, file) = (self.info, self.file);
            let mut w = FnBuilder::new(self.b, tf, file, info);
            let ep = w.b.ptr_to(env_ty);
            let ctx = w.emit(ep, Inst::Ctx, pos);
            let mut a = Vec::new();
            for i in 0..vals.len() {
                let pa = w.field_addr(ctx, i as u32 + 1, pos)?;
                a.push(w.load(pa, pos));
            }
            let v = w.void();
            match bi {
                Builtin::Close => {
                    w.rt_call("rgo_chanclose", vec![a[0]], v, pos);
                }
                Builtin::Panic => w.terminate(Terminator::Panic(a[0])),
                _ => {
                    for (i, x) in a.iter().enumerate() {
                        if i > 0 && bi == Builtin::Println {
                            w.rt_call("rgo_printsp", vec![], v, pos);
                        }
                        w.print_value(*x, pos)?;
                    }
                    if bi == Builtin::Println {
                        w.rt_call("rgo_printnl", vec![], v, pos);
                    }
                }
            }
            w.terminate(Terminator::Return(vec![]));
            let built = w.finish();
            self.b.out.funcs[tid.0 as usize] = built;
        }
        self.make_closure(env_ty, tid, &vals, pos)
    }
}

impl FnBuilder<'_, '_> {
    /// `for v := range c`: receives until the channel is closed and drained.
    fn range_chan(
        &mut self,
        c: ValueId,
        key: Option<&Expr>,
        define: bool,
        body: &ast::Block,
        label: Option<String>,
        pos: Pos,
    ) -> BResult<()> {
        let head = self.new_block();
        let bodyb = self.new_block();
        let done = self.new_block();
        self.jump(head);
        self.switch_to(head);
        let (v, ok) = self.chan_recv(c, pos)?;
        self.branch(ok, bodyb, done);
        self.switch_to(bodyb);
        if let Some(e) = key {
            self.bind_range_var(e, v, define, pos)?;
        }
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: Some(head),
        });
        self.block(body)?;
        self.targets.pop();
        self.poll(pos);
        self.jump(head);
        self.switch_to(done);
        Ok(())
    }

    /// A preemption check on a loop back-edge.
    pub fn poll(&mut self, pos: Pos) {
        let v = self.void();
        self.emit(v, Inst::Poll, pos);
    }

    /// `select { ... }`: fills a case array, lets the runtime choose, then runs the chosen
    /// clause (binding received values).
    fn select_stmt(
        &mut self,
        body: &[ast::CommClause],
        label: Option<String>,
        pos: Pos,
    ) -> BResult<()> {
        let u = self.uintptr_ty();
        let it = self.int_ty();
        let boolt = self.bool_ty();
        let has_default = body.iter().any(|c| c.comm.is_none());
        let n = body.iter().filter(|c| c.comm.is_some()).count();
        if n == 0 && !has_default {
            let v = self.void();
            self.rt_call("rgo_block", vec![], v, pos);
            self.terminate(Terminator::Unreachable);
            return Ok(());
        }
        // Case record: { chan, elem pointer, is_send }.
        let case_t = self.b.intern(Type::Array(3, u));
        let arr_t = self.b.intern(Type::Array(n.max(1) as u64, case_t));
        let pa = self.b.ptr_to(arr_t);
        let cases = self.emit(pa, Inst::StackAlloc, pos);
        let pu = self.b.ptr_to(u);
        let base = self.emit(pu, Inst::Retype(cases), pos);
        // Per case: the receive temporary (for binding after the select).
        let mut recv_tmp: Vec<Option<ValueId>> = Vec::new();
        let mut k = 0i64;
        for c in body {
            let comm = match &c.comm {
                Some(s) => s,
                None => {
                    recv_tmp.push(None);
                    continue;
                }
            };
            let slot = |fb: &mut Self, field: i64| {
                let idx = fb.const_int(k * 3 + field, pos);
                fb.emit(
                    pu,
                    Inst::ElemAddr {
                        ptr: base,
                        index: idx,
                    },
                    pos,
                )
            };
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ch = self.expr(chan)?;
                    let elem = self.chan_elem(self.vty(ch));
                    let v = self.expr(value)?;
                    let v = self.convert_for_assign(v, elem, pos)?;
                    let p = self.spill(v, pos);
                    let chu = self.emit(u, Inst::Retype(ch), pos);
                    let s0 = slot(self, 0);
                    self.store(s0, chu, pos);
                    let s1 = slot(self, 1);
                    self.store(s1, p, pos);
                    let one = self.const_of(u, 1, pos);
                    let s2 = slot(self, 2);
                    self.store(s2, one, pos);
                    recv_tmp.push(None);
                }
                _ => {
                    let rx = match recv_operand(comm) {
                        Some(x) => x,
                        None => {
                            return self
                                .err(comm.pos, "select case must be receive, send or assign recv")
                        }
                    };
                    let ch = self.expr(rx)?;
                    let elem = self.chan_elem(self.vty(ch));
                    let pe = self.b.ptr_to(elem);
                    let tmp = self.emit(pe, Inst::StackAlloc, pos);
                    let tp = self.emit(u, Inst::Retype(tmp), pos);
                    let chu = self.emit(u, Inst::Retype(ch), pos);
                    let s0 = slot(self, 0);
                    self.store(s0, chu, pos);
                    let s1 = slot(self, 1);
                    self.store(s1, tp, pos);
                    recv_tmp.push(Some(tmp));
                }
            }
            k += 1;
        }
        let cp = self.emit(u, Inst::Retype(cases), pos);
        let nv = self.const_int(n as i64, pos);
        let hd = self.const_bool(has_default, pos);
        let rt = self.b.tuple(vec![it, boolt]);
        let r = self.rt_call("rgo_select", vec![cp, nv, hd], rt, pos);
        let chosen = self.emit(it, Inst::Extract { tuple: r, index: 0 }, pos);
        let recv_ok = self.emit(boolt, Inst::Extract { tuple: r, index: 1 }, pos);
        let done = self.new_block();
        self.targets.push(LoopTarget {
            label,
            brk: done,
            cont: None,
        });
        let mut k = 0i64;
        for (ci, c) in body.iter().enumerate() {
            let want = if c.comm.is_some() {
                k += 1;
                k - 1
            } else {
                -1
            };
            let this = self.new_block();
            let next = self.new_block();
            let wv = self.const_int(want, pos);
            let is = self.emit(boolt, Inst::Bin(crate::ssa::ir::BinOp::Eq, chosen, wv), pos);
            self.branch(is, this, next);
            self.switch_to(this);
            if let (Some(tmp), Some(comm)) = (recv_tmp[ci], &c.comm) {
                if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
                    let v = self.load(tmp, pos);
                    let vals = [v, recv_ok];
                    for (i, l) in lhs.iter().enumerate() {
                        let val = vals[i];
                        if *op == AssignOp::Define {
                            if let ExprKind::Ident(id) = &l.kind {
                                if let Some(o) = self.def_of(id) {
                                    let ty = self.obj_ty(o);
                                    let val = self.convert_for_assign(val, ty, pos)?;
                                    self.declare_var(o, Some(val), pos);
                                }
                                continue;
                            }
                        }
                        let p = self.place(l)?;
                        self.write_place(p, val, pos)?;
                    }
                }
            }
            self.stmts(&c.body)?;
            self.jump(done);
            self.switch_to(next);
        }
        self.terminate(Terminator::Unreachable);
        self.targets.pop();
        self.switch_to(done);
        Ok(())
    }
}

/// The channel operand of a receive comm clause (`<-c`, `v := <-c`, `v, ok = <-c`).
fn recv_operand(s: &Stmt) -> Option<&Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
        _ => return None,
    };
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    match &e.kind {
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            x,
        } => Some(x),
        _ => None,
    }
}
