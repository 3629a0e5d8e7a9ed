//! Calls (functions, methods, interface methods, function values), method values and
//! expressions, and the builtin functions.

use crate::ssa::ir::{self, BinOp, Callee, Inst, Terminator, ValueId};
use crate::syntax::ast::{self, Expr, ExprKind, Pos};
use crate::types::{BasicKind, Builtin, Mode, ObjKind, Selection, SelectionKind, Type, TypeId};

use super::func::FnBuilder;
use super::BResult;

impl FnBuilder<'_, '_> {
    /// Lowers a call expression; returns its result values.
    pub fn call_expr(&mut self, e: &Expr) -> BResult<Vec<ValueId>> {
        let (fun, args, ellipsis) = match &e.kind {
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => (&**fun, args, ellipsis.is_some()),
            _ => unreachable!(),
        };
        let pos = e.pos;
        let fun_tv_mode = self.tv(fun).map(|t| t.mode);
        // Conversion T(x).
        if fun_tv_mode == Some(Mode::TypeExpr) {
            let to = self.type_of(e);
            let v = self.expr(&args[0])?;
            return Ok(vec![self.convert(v, to, pos)?]);
        }
        if let ObjKind::Builtin(bi) = self.obj_kind_of(strip_paren(fun)) {
            return self.builtin(e, bi, args, ellipsis);
        }
        // Method call? (`x.M[T1](...)` calls generic method `M`)
        let fun = strip_paren(fun);
        let mfun = self.generic_method_sel(fun).unwrap_or(fun);
        if let ExprKind::Selector { x, sel: name } = &mfun.kind {
            if let Some(sel) = self.info.selections.get(&mfun.id).cloned() {
                if sel.kind == SelectionKind::MethodVal {
                    return self.method_call(e, x, &sel, name.id, args, ellipsis);
                }
            }
        }
        let fty = self.type_of(fun);
        let sig = self.b.signature(fty);
        // Static call of a declared function?
        if let ObjKind::Func { .. } = self.obj_kind_of(fun) {
            let obj = match &fun.kind {
                ExprKind::Ident(id) => self.use_of(id),
                ExprKind::Selector { sel, .. } => self.use_of(sel),
                _ => None,
            };
            if let Some(obj) = obj {
                let argv = self.call_args(args, &sig, ellipsis, pos)?;
                let targs = self.instance_targs(fun, obj);
                let fid = self.b.func_for_inst(obj, targs);
                return Ok(self.emit_call(Callee::Direct(fid), argv, &sig.results, pos));
            }
        }
        // Function value.
        let fv = self.expr(fun)?;
        let argv = self.call_args(args, &sig, ellipsis, pos)?;
        Ok(self.call_func_value(fv, argv, &sig.results, pos))
    }

    /// `x.M` in `x.M[T1]` when `M` is a generic method (instantiated explicitly).
    pub fn generic_method_sel<'e>(&self, e: &'e Expr) -> Option<&'e Expr> {
        let ExprKind::Index { x, .. } = &strip_paren(e).kind else {
            return None;
        };
        let x = strip_paren(x);
        let s = self.info.selections.get(&x.id)?;
        (s.kind != SelectionKind::FieldVal && !self.b.prog.own_type_params(s.obj).is_empty())
            .then_some(x)
    }

    /// The type arguments of the instance of method `mobj` selected by the identifier
    /// `name`: its receiver's (from `recv`, the receiver type, an instance of a generic
    /// type) followed by a generic method's own (recorded at `name`).
    pub fn method_targs(
        &mut self,
        mobj: crate::types::ObjId,
        recv: TypeId,
        name: ast::NodeId,
    ) -> Vec<TypeId> {
        let mut targs = Vec::new();
        if !self.b.prog.recv_type_params(mobj).is_empty() {
            targs = self.b.instance_args(recv);
        }
        if !self.b.prog.own_type_params(mobj).is_empty() {
            let own = match self.info.instances.get(&name) {
                Some(inst) => inst.type_args.clone(),
                None => Vec::new(),
            };
            targs.extend(own.into_iter().map(|t| self.st(t)));
        }
        targs
    }

    /// The (substituted) type arguments of a use of a generic function (empty if the
    /// function is not generic).
    pub fn instance_targs(&mut self, fun: &Expr, obj: crate::types::ObjId) -> Vec<TypeId> {
        if self.b.func_type_params(obj).is_empty() {
            return Vec::new();
        }
        let ident = match &strip_paren(fun).kind {
            ExprKind::Ident(id) => id.id,
            ExprKind::Selector { sel, .. } => sel.id,
            ExprKind::Index { x, .. } => match &strip_paren(x).kind {
                ExprKind::Ident(id) => id.id,
                ExprKind::Selector { sel, .. } => sel.id,
                _ => return Vec::new(),
            },
            _ => return Vec::new(),
        };
        let targs = match self.info.instances.get(&ident) {
            Some(inst) => inst.type_args.clone(),
            None => return Vec::new(),
        };
        targs.into_iter().map(|t| self.st(t)).collect()
    }

    pub fn call_func_value(
        &mut self,
        fv: ValueId,
        args: Vec<ValueId>,
        results: &[TypeId],
        pos: Pos,
    ) -> Vec<ValueId> {
        self.emit_nil_check(fv, pos);
        let u = self.uintptr_ty();
        let pu = self.b.ptr_to(u);
        let p = self.emit(pu, Inst::Retype(fv), pos);
        let code = self.load(p, pos);
        let ctx = self.emit(u, Inst::Retype(fv), pos);
        self.emit_call(Callee::Indirect { code, ctx }, args, results, pos)
    }

    /// Emits a call and splits its results.
    pub fn emit_call(
        &mut self,
        callee: Callee,
        args: Vec<ValueId>,
        results: &[TypeId],
        pos: Pos,
    ) -> Vec<ValueId> {
        let rt = self.b.tuple(results.to_vec());
        let r = self.emit(rt, Inst::Call { callee, args }, pos);
        match results.len() {
            0 => vec![],
            1 => vec![r],
            _ => (0..results.len())
                .map(|i| {
                    self.emit(
                        results[i],
                        Inst::Extract {
                            tuple: r,
                            index: i as u32,
                        },
                        pos,
                    )
                })
                .collect(),
        }
    }

    /// Evaluates call arguments against a signature (multi-value forwarding, variadic
    /// packing, implicit conversions).
    pub fn call_args(
        &mut self,
        args: &[Expr],
        sig: &crate::types::Signature,
        ellipsis: bool,
        pos: Pos,
    ) -> BResult<Vec<ValueId>> {
        let mut vals = Vec::new();
        if args.len() == 1 && sig.params.len() > 1 {
            vals = self.expr_multi(&args[0])?;
        } else if args.len() == 1 && sig.params.len() == 1 && !ellipsis && sig.variadic {
            // f(g()) where g returns several values into a variadic parameter.
            let vs = self.expr_multi(&args[0])?;
            vals = vs;
        } else {
            for a in args {
                vals.push(self.expr(a)?);
            }
        }
        let np = sig.params.len();
        let mut out = Vec::new();
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, v) in vals.iter().take(fixed).enumerate() {
                out.push(self.convert_for_assign(*v, sig.params[i], pos)?);
            }
            let st = sig.params[np - 1];
            let elem = match self.b.under(st) {
                Type::Slice(e) => e,
                _ => return self.err(pos, "rgo: internal: variadic parameter is not a slice"),
            };
            let extra: Vec<ValueId> = vals.iter().skip(fixed).copied().collect();
            if extra.is_empty() {
                out.push(self.zero(st, pos));
            } else {
                let n = extra.len();
                let arr_t = self.b.intern(Type::Array(n as u64, elem));
                let cell = self.new_obj(arr_t, pos);
                let pe = self.b.ptr_to(elem);
                let base = self.emit(pe, Inst::Retype(cell), pos);
                for (i, v) in extra.into_iter().enumerate() {
                    let v = self.convert_for_assign(v, elem, pos)?;
                    let idx = self.const_int(i as i64, pos);
                    let a = self.emit(
                        pe,
                        Inst::ElemAddr {
                            ptr: base,
                            index: idx,
                        },
                        pos,
                    );
                    self.store(a, v, pos);
                }
                let u = self.uintptr_ty();
                let p = self.emit(u, Inst::Retype(base), pos);
                let l = self.const_int(n as i64, pos);
                out.push(self.emit(st, Inst::MakeParts(vec![p, l, l]), pos));
            }
        } else {
            for (i, v) in vals.into_iter().enumerate() {
                let pt = match sig.params.get(i) {
                    Some(t) => *t,
                    None => return self.err(pos, "rgo: internal: too many arguments"),
                };
                out.push(self.convert_for_assign(v, pt, pos)?);
            }
        }
        Ok(out)
    }

    /// Computes the receiver for a method whose receiver type is `want` (T or *T),
    /// following the embedded-field path of the selection.
    fn receiver(&mut self, x: &Expr, sel: &Selection, want_ptr: bool) -> BResult<ValueId> {
        let pos = x.pos;
        // For methods the selection's index is the path of embedded fields only.
        let path = &sel.index[..];
        let xt = self.type_of(x);
        let x_is_ptr = matches!(self.b.under(xt), Type::Pointer(_));
        if path.is_empty() {
            return if want_ptr {
                if x_is_ptr {
                    self.expr(x)
                } else {
                    self.addr(x)
                }
            } else if x_is_ptr {
                let p = self.expr(x)?;
                self.emit_nil_check(p, pos);
                Ok(self.load(p, pos))
            } else {
                self.expr(x)
            };
        }
        // Through embedded fields: work with addresses when possible.
        let mut cur = if x_is_ptr {
            self.expr(x)?
        } else if self.is_addressable(x) || want_ptr {
            self.addr(x)?
        } else {
            let v = self.expr(x)?;
            let t = self.vty(v);
            let pt = self.b.ptr_to(t);
            let cell = self.emit(pt, Inst::StackAlloc, pos);
            self.store(cell, v, pos);
            cell
        };
        for &i in path {
            self.emit_nil_check(cur, pos);
            let fa = self.field_addr(cur, i as u32, pos)?;
            let ft = match self.b.under(self.vty(fa)) {
                Type::Pointer(t) => t,
                _ => unreachable!(),
            };
            cur = if matches!(self.b.under(ft), Type::Pointer(_)) {
                self.load(fa, pos)
            } else {
                fa
            };
        }
        if want_ptr {
            Ok(cur)
        } else {
            self.emit_nil_check(cur, pos);
            Ok(self.load(cur, pos))
        }
    }

    fn method_call(
        &mut self,
        e: &Expr,
        x: &Expr,
        sel: &Selection,
        name: ast::NodeId,
        args: &[Expr],
        ellipsis: bool,
    ) -> BResult<Vec<ValueId>> {
        let pos = e.pos;
        let sel = match self.concrete_selection(x, sel) {
            Some(s) => s,
            None => sel.clone(),
        };
        let mobj = sel.obj;
        let recv_t0 = match &self.b.obj(mobj).kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => return self.err(pos, "rgo: internal: method without receiver"),
        };
        if self.is_interface(recv_t0) {
            // Interface method call through the itab.
            let mty = self.b.obj(mobj).ty;
            let mty = self.st(mty);
            let sig = self.b.signature(mty);
            let iv = self.receiver_iface(x, &sel)?;
            let argv = self.call_args(args, &sig, ellipsis, pos)?;
            return self.iface_call(iv, &self.b.obj(mobj).name.clone(), argv, &sig, pos);
        }
        let want_ptr = matches!(self.b.ty(recv_t0), Type::Pointer(_));
        let r = self.receiver(x, &sel, want_ptr)?;
        // Methods of generic types are instantiated with the receiver's type arguments.
        let rt = self.vty(r);
        let targs = self.method_targs(mobj, rt, name);
        let recv_t = self.b.subst_for(mobj, &targs, recv_t0);
        let mty = self.b.obj(mobj).ty;
        let mty = self.b.subst_for(mobj, &targs, mty);
        let sig = self.b.signature(mty);
        let r = self.emit(recv_t, Inst::Retype(r), pos);
        let mut argv = vec![r];
        argv.extend(self.call_args(args, &sig, ellipsis, pos)?);
        let fid = self.b.func_for_inst(mobj, targs);
        Ok(self.emit_call(Callee::Direct(fid), argv, &sig.results, pos))
    }

    /// A method selected through a type parameter's constraint names an interface method;
    /// after substitution the receiver may be concrete: find the concrete method.
    pub fn concrete_selection(&mut self, x: &Expr, sel: &Selection) -> Option<Selection> {
        self.subst.as_ref()?;
        let recv_t0 = match &self.b.obj(sel.obj).kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => return None,
        };
        if !self.is_interface(recv_t0) {
            return None;
        }
        let xt = self.type_of(x);
        if self.is_interface(xt) {
            return None;
        }
        let (base, is_ptr) = match self.b.under(xt) {
            Type::Pointer(b) if !matches!(self.b.ty(xt), Type::Named(_)) => (b, true),
            _ => (xt, false),
        };
        let name = self.b.obj(sel.obj).name.clone();
        let found = self.b.find_method(base, &name)?;
        Some(Selection {
            kind: SelectionKind::MethodVal,
            recv: xt,
            obj: found.0,
            index: found.1,
            indirect: is_ptr || found.2,
        })
    }

    /// The interface value whose method is selected (through embedded fields).
    fn receiver_iface(&mut self, x: &Expr, sel: &Selection) -> BResult<ValueId> {
        if sel.index.is_empty() {
            let v = self.expr(x)?;
            if matches!(self.b.under(self.vty(v)), Type::Pointer(_)) {
                self.emit_nil_check(v, x.pos);
                return Ok(self.load(v, x.pos));
            }
            return Ok(v);
        }
        // Embedded interface field: load it.
        let path = &sel.index[..];
        let xt = self.type_of(x);
        let mut cur = if matches!(self.b.under(xt), Type::Pointer(_)) {
            self.expr(x)?
        } else {
            self.addr(x)?
        };
        for &i in path {
            self.emit_nil_check(cur, x.pos);
            let fa = self.field_addr(cur, i as u32, x.pos)?;
            let ft = match self.b.under(self.vty(fa)) {
                Type::Pointer(t) => t,
                _ => unreachable!(),
            };
            cur = if matches!(self.b.under(ft), Type::Pointer(_)) {
                self.load(fa, x.pos)
            } else {
                fa
            };
        }
        Ok(self.load(cur, x.pos))
    }

    /// Calls method `name` of interface value `iv`.
    pub fn iface_call(
        &mut self,
        iv: ValueId,
        name: &str,
        args: Vec<ValueId>,
        sig: &crate::types::Signature,
        pos: Pos,
    ) -> BResult<Vec<ValueId>> {
        let it = self.vty(iv);
        let idx = match self.b.under(it) {
            Type::Interface(i) => i.methods.iter().position(|m| m.name == name),
            _ => None,
        };
        let idx = match idx {
            Some(i) => i,
            None => return self.err(pos, format!("rgo: internal: no method {name}")),
        };
        let u = self.uintptr_ty();
        let tab = self.part(iv, 0, u, pos);
        let data = self.part(iv, 1, u, pos);
        self.emit_nil_check(tab, pos);
        let code = if self.is_empty_interface(it) {
            return self.err(pos, "rgo: internal: method call on empty interface");
        } else {
            let off = self.const_int(3 + idx as i64, pos);
            let pu = self.b.ptr_to(u);
            let tp = self.emit(pu, Inst::Retype(tab), pos);
            let slot = self.emit(
                pu,
                Inst::ElemAddr {
                    ptr: tp,
                    index: off,
                },
                pos,
            );
            self.load(slot, pos)
        };
        let zero = self.const_of(u, 0, pos);
        let mut argv = vec![data];
        argv.extend(args);
        Ok(self.emit_call(
            Callee::Indirect { code, ctx: zero },
            argv,
            &sig.results,
            pos,
        ))
    }

    /// `x.M` used as a value: a closure binding the receiver.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, sel: &Selection) -> BResult<ValueId> {
        let pos = e.pos;
        let name = match &e.kind {
            ExprKind::Selector { sel, .. } => sel.id,
            _ => e.id,
        };
        let sel = &match self.concrete_selection(x, sel) {
            Some(s) => s,
            None => sel.clone(),
        };
        let mobj = sel.obj;
        let fty = self.type_of(e);
        let sig = self.b.signature(fty);
        let recv_t = match &self.b.obj(mobj).kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => return self.err(pos, "rgo: internal: method without receiver"),
        };
        let (recv_val, is_iface) = if self.is_interface(recv_t) {
            (self.receiver_iface(x, sel)?, true)
        } else {
            let want_ptr = matches!(self.b.ty(recv_t), Type::Pointer(_));
            let r = self.receiver(x, sel, want_ptr)?;
            // Methods of generic types: instantiate with the receiver's type arguments.
            let t = self.vty(r);
            let targs = self.method_targs(mobj, t, name);
            let recv_t = self.b.subst_for(mobj, &targs, recv_t);
            (self.emit(recv_t, Inst::Retype(r), pos), false)
        };
        let rt = self.vty(recv_val);
        let mtargs = if is_iface {
            Vec::new()
        } else {
            self.method_targs(mobj, rt, name)
        };
        let mname = self.b.obj(mobj).name.clone();
        // Wrapper: func(ctx *{code, recv}, args...) { return M(ctx.recv, args...) }
        let wname = format!(
            "{}-fm{}",
            self.b.func_name(mobj),
            if mtargs.is_empty() {
                String::new()
            } else {
                let ids: Vec<String> = mtargs.iter().map(|t| t.0.to_string()).collect();
                format!("#{}[{}]", rt.0, ids.join(","))
            }
        );
        let key = if is_iface {
            format!("{wname}#{}", rt.0)
        } else {
            wname.clone()
        };
        let env_ty = self.closure_env_type(&[rt]);
        let wid = match self.b.wrappers.get(&key) {
            Some(w) => *w,
            None => {
                let mut wf = ir::Func::new(key.clone(), sig.params.clone(), sig.results.clone());
                wf.name = key.clone();
                let wid = self.b.add_func(wf.clone());
                self.b.wrappers.insert(key.clone(), wid);
                let info = self.info;
                let file = self.file;
                let mut w = FnBuilder::new(self.b, wf, file, info);
                let ep = w.b.ptr_to(env_ty);
                let ctx = w.emit(ep, Inst::Ctx, pos);
                let ra = w.field_addr(ctx, 1, pos)?;
                let recv = w.load(ra, pos);
                let mut args = Vec::new();
                for (i, p) in sig.params.iter().enumerate() {
                    args.push(w.emit(*p, Inst::Param(i as u32), pos));
                }
                let res = if is_iface {
                    w.iface_call(recv, &mname, args, &sig, pos)?
                } else {
                    let fid = w.b.func_for_inst(mobj, mtargs.clone());
                    let mut argv = vec![recv];
                    argv.extend(args);
                    w.emit_call(Callee::Direct(fid), argv, &sig.results, pos)
                };
                w.terminate(Terminator::Return(res));
                let built = w.finish();
                self.b.out.funcs[wid.0 as usize] = built;
                wid
            }
        };
        let obj = self.make_closure(env_ty, wid, &[recv_val], pos)?;
        Ok(self.emit(fty, Inst::Retype(obj), pos))
    }

    /// `T.M` / `(*T).M` / `I.M` used as a function value: the method itself when the
    /// receiver matches exactly, else a wrapper `func(recv T, args...)`.
    pub fn method_expr(&mut self, e: &Expr, sel: &Selection) -> BResult<ValueId> {
        let pos = e.pos;
        let fty = self.type_of(e);
        let mobj = sel.obj;
        let recv_t = match &self.b.obj(mobj).kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => return self.err(pos, "rgo: internal: method without receiver"),
        };
        let iface = self.is_interface(recv_t);
        let sel_recv = self.st(sel.recv);
        // methods of generic types and generic methods: the instance for the receiver
        let targs = if iface {
            Vec::new()
        } else {
            let name = match &e.kind {
                ExprKind::Selector { sel, .. } => sel.id,
                _ => e.id,
            };
            let owner = self.b.prog.embedded_type_at(sel_recv, &sel.index);
            self.method_targs(mobj, owner, name)
        };
        let recv_t = self.b.subst_for(mobj, &targs, recv_t);
        if !iface && sel_recv == recv_t && sel.index.is_empty() {
            let fid = self.b.func_for_inst(mobj, targs);
            return Ok(self.emit(fty, Inst::StaticClosure(fid), pos));
        }
        let key = format!("mexpr:{}:{}{:?}", sel_recv.0, self.b.func_name(mobj), targs);
        let wid = match self.b.wrappers.get(&key) {
            Some(w) => *w,
            None => {
                let fsig = self.b.signature(fty);
                let mty = self.b.obj(mobj).ty;
                let mty = self.b.subst_for(mobj, &targs, mty);
                let msig = self.b.signature(mty);
                let mname = self.b.obj(mobj).name.clone();
                let name = format!("{}-mexpr{}", self.b.func_name(mobj), sel_recv.0);
                let wf = ir::Func::new(name, fsig.params.clone(), fsig.results.clone());
                let wid = self.b.add_func(wf.clone());
                self.b.wrappers.insert(key, wid);
                let (info, file) = (self.info, self.file);
                let mut w = FnBuilder::new(self.b, wf, file, info);
                let r0 = w.emit(fsig.params[0], Inst::Param(0), pos);
                let mut args = Vec::new();
                for (i, p) in fsig.params.iter().enumerate().skip(1) {
                    args.push(w.emit(*p, Inst::Param(i as u32), pos));
                }
                // Walk embedded fields from the receiver parameter (kept in memory).
                let rt = fsig.params[0];
                let mut cur = if matches!(w.b.under(rt), Type::Pointer(_)) {
                    r0
                } else {
                    let pt = w.b.ptr_to(rt);
                    let cell = w.emit(pt, Inst::StackAlloc, pos);
                    w.store(cell, r0, pos);
                    cell
                };
                for &i in &sel.index {
                    w.emit_nil_check(cur, pos);
                    let fa = w.field_addr(cur, i as u32, pos)?;
                    let ft = match w.b.under(w.vty(fa)) {
                        Type::Pointer(t) => t,
                        _ => unreachable!(),
                    };
                    cur = if matches!(w.b.under(ft), Type::Pointer(_)) {
                        w.load(fa, pos)
                    } else {
                        fa
                    };
                }
                let res = if iface {
                    let iv = if w.is_interface(w.vty(cur)) {
                        cur
                    } else {
                        w.load(cur, pos)
                    };
                    w.iface_call(iv, &mname, args, &msig, pos)?
                } else {
                    let recv = if matches!(w.b.ty(recv_t), Type::Pointer(_)) {
                        w.emit(recv_t, Inst::Retype(cur), pos)
                    } else {
                        w.emit_nil_check(cur, pos);
                        let v = w.load(cur, pos);
                        w.emit(recv_t, Inst::Retype(v), pos)
                    };
                    let fid = w.b.func_for_inst(mobj, targs.clone());
                    let mut argv = vec![recv];
                    argv.extend(args);
                    w.emit_call(Callee::Direct(fid), argv, &msig.results, pos)
                };
                w.terminate(Terminator::Return(res));
                let built = w.finish();
                self.b.out.funcs[wid.0 as usize] = built;
                wid
            }
        };
        Ok(self.emit(fty, Inst::StaticClosure(wid), pos))
    }

    // ---- builtins -------------------------------------------------------------------

    fn builtin(
        &mut self,
        e: &Expr,
        bi: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> BResult<Vec<ValueId>> {
        let pos = e.pos;
        let rt = self.type_of(e);
        let u = self.uintptr_ty();
        let it = self.int_ty();
        // Constant results (len of arrays, unsafe.Sizeof, min/max of constants...).
        if let Some(tv) = self.tv(e) {
            if let (Some(c), Mode::Constant) = (&tv.value, tv.mode) {
                let c = c.clone();
                return Ok(vec![self.emit(tv.ty, Inst::Const(c), pos)]);
            }
        }
        match bi {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                let xt = self.type_of(x);
                let v = self.expr(x)?;
                let r = match self.b.under(xt) {
                    Type::Basic(_) => self.part(v, 1, it, pos),
                    Type::Slice(_) => self.part(v, if bi == Builtin::Len { 1 } else { 2 }, it, pos),
                    Type::Map(..) => self.rt_call("rgo_maplen", vec![v], it, pos),
                    Type::Array(n, _) => self.const_int(n as i64, pos),
                    Type::Pointer(a) => match self.b.under(a) {
                        Type::Array(n, _) => self.const_int(n as i64, pos),
                        _ => return self.unsupported(pos, "len of this type"),
                    },
                    Type::Chan(..) => {
                        let f = if bi == Builtin::Len {
                            "rgo_chanlen"
                        } else {
                            "rgo_chancap"
                        };
                        self.rt_call(f, vec![v], it, pos)
                    }
                    _ => return self.unsupported(pos, "len of this type"),
                };
                Ok(vec![self.emit(rt, Inst::Retype(r), pos)])
            }
            Builtin::New => {
                let t = match self.b.under(rt) {
                    Type::Pointer(t) => t,
                    _ => return self.err(pos, "rgo: internal: new"),
                };
                Ok(vec![self.new_obj(t, pos)])
            }
            Builtin::Make => {
                let t = self.type_of(&args[0]);
                match self.b.under(t) {
                    Type::Slice(elem) => {
                        let len = self.expr(&args[1])?;
                        let len = self.index_int(len, pos);
                        let cap = match args.get(2) {
                            Some(c) => {
                                let c = self.expr(c)?;
                                self.index_int(c, pos)
                            }
                            None => len,
                        };
                        let td = self.type_desc(elem, pos);
                        Ok(vec![self.rt_call(
                            "rgo_makeslice",
                            vec![td, len, cap],
                            t,
                            pos,
                        )])
                    }
                    Type::Map(..) => {
                        let hint = match args.get(1) {
                            Some(h) => {
                                let h = self.expr(h)?;
                                self.index_int(h, pos)
                            }
                            None => self.const_int(0, pos),
                        };
                        let td = self.type_desc(t, pos);
                        Ok(vec![self.rt_call("rgo_makemap", vec![td, hint], t, pos)])
                    }
                    Type::Chan(..) => {
                        let size = match args.get(1) {
                            Some(h) => {
                                let h = self.expr(h)?;
                                self.index_int(h, pos)
                            }
                            None => self.const_int(0, pos),
                        };
                        let td = self.type_desc(t, pos);
                        Ok(vec![self.rt_call("rgo_makechan", vec![td, size], t, pos)])
                    }
                    _ => self.unsupported(pos, "make of this type"),
                }
            }
            Builtin::Append => self.append(e, args, ellipsis).map(|v| vec![v]),
            Builtin::Copy => {
                let d = self.expr(&args[0])?;
                let s = self.expr(&args[1])?;
                let elem = match self.b.under(self.vty(d)) {
                    Type::Slice(e) => e,
                    _ => return self.err(pos, "rgo: internal: copy"),
                };
                let size = crate::codegen::layout::Layouts::new(&self.b.prog.types).size(elem);
                let (dp, dl) = (self.part(d, 0, u, pos), self.part(d, 1, it, pos));
                let (sp, sl) = (self.part(s, 0, u, pos), self.part(s, 1, it, pos));
                let sz = self.const_int(size as i64, pos);
                Ok(vec![self.rt_call(
                    "rgo_slicecopy",
                    vec![dp, dl, sp, sl, sz],
                    it,
                    pos,
                )])
            }
            Builtin::Delete => {
                let m = self.expr(&args[0])?;
                let mt = self.vty(m);
                let kt = match self.b.under(mt) {
                    Type::Map(k, _) => k,
                    _ => return self.err(pos, "rgo: internal: delete"),
                };
                let k = self.expr(&args[1])?;
                let k = self.convert_for_assign(k, kt, pos)?;
                let kp = self.spill(k, pos);
                let td = self.type_desc(mt, pos);
                let v = self.void();
                self.rt_call("rgo_mapdelete", vec![td, m, kp], v, pos);
                Ok(vec![])
            }
            Builtin::Clear => {
                let x = self.expr(&args[0])?;
                let xt = self.vty(x);
                let v = self.void();
                match self.b.under(xt) {
                    Type::Map(..) => {
                        let td = self.type_desc(xt, pos);
                        self.rt_call("rgo_mapclear", vec![td, x], v, pos);
                    }
                    Type::Slice(elem) => {
                        let size =
                            crate::codegen::layout::Layouts::new(&self.b.prog.types).size(elem);
                        let p = self.part(x, 0, u, pos);
                        let l = self.part(x, 1, it, pos);
                        let sz = self.const_int(size as i64, pos);
                        let n = self.emit(it, Inst::Bin(BinOp::Mul, l, sz), pos);
                        self.rt_call("rgo_memclr", vec![p, n], v, pos);
                    }
                    _ => return self.unsupported(pos, "clear of this type"),
                }
                Ok(vec![])
            }
            Builtin::Panic => {
                let v = self.expr(&args[0])?;
                let any = self.any_type();
                let v = self.convert_for_assign(v, any, pos)?;
                self.terminate(Terminator::Panic(v));
                Ok(vec![])
            }
            Builtin::Recover => {
                let any = self.any_type();
                Ok(vec![self.rt_call("rgo_gorecover", vec![], any, pos)])
            }
            Builtin::Print | Builtin::Println => {
                let v = self.void();
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && bi == Builtin::Println {
                        self.rt_call("rgo_printsp", vec![], v, pos);
                    }
                    let x = self.expr(a)?;
                    self.print_value(x, pos)?;
                }
                if bi == Builtin::Println {
                    self.rt_call("rgo_printnl", vec![], v, pos);
                }
                Ok(vec![])
            }
            Builtin::Min | Builtin::Max => {
                let mut acc = self.expr(&args[0])?;
                acc = self.convert_for_assign(acc, rt, pos)?;
                for a in &args[1..] {
                    let x = self.expr(a)?;
                    let x = self.convert_for_assign(x, rt, pos)?;
                    acc = self.min_max(bi == Builtin::Min, acc, x, rt, pos)?;
                }
                Ok(vec![acc])
            }
            Builtin::Complex => {
                let r = self.expr(&args[0])?;
                let i = self.expr(&args[1])?;
                let ft = if matches!(self.basic_kind(rt), Some(BasicKind::Complex64)) {
                    self.b.basic(BasicKind::Float32)
                } else {
                    self.b.basic(BasicKind::Float64)
                };
                let r = self.convert_for_assign(r, ft, pos)?;
                let i = self.convert_for_assign(i, ft, pos)?;
                Ok(vec![self.emit(rt, Inst::MakeParts(vec![r, i]), pos)])
            }
            Builtin::Real | Builtin::Imag => {
                let c = self.expr(&args[0])?;
                let idx = if bi == Builtin::Real { 0 } else { 1 };
                Ok(vec![self.part(c, idx, rt, pos)])
            }
            Builtin::Close => {
                let c = self.expr(&args[0])?;
                let v = self.void();
                self.rt_call("rgo_chanclose", vec![c], v, pos);
                Ok(vec![])
            }
            _ => self.unsupported(pos, "this unsafe builtin"),
        }
    }

    pub fn any_type(&mut self) -> TypeId {
        self.b.intern(Type::Interface(crate::types::Interface {
            methods: vec![],
            unions: vec![],
            comparable: false,
        }))
    }

    fn min_max(
        &mut self,
        is_min: bool,
        a: ValueId,
        b: ValueId,
        rt: TypeId,
        pos: Pos,
    ) -> BResult<ValueId> {
        if self.is_float(rt) {
            let f = if is_min { "rgo_fmin" } else { "rgo_fmax" };
            let f64t = self.b.basic(BasicKind::Float64);
            let a64 = self.emit(f64t, Inst::Convert(a), pos);
            let b64 = self.emit(f64t, Inst::Convert(b), pos);
            let r = self.rt_call(f, vec![a64, b64], f64t, pos);
            return Ok(self.emit(rt, Inst::Convert(r), pos));
        }
        let boolt = self.bool_ty();
        let op = if is_min {
            ast::BinaryOp::Lss
        } else {
            ast::BinaryOp::Gtr
        };
        let c = self.compare(op, b, a, boolt, pos)?;
        if self.is_string(rt) {
            let res = self.new_local("~mm", rt);
            self.set_local(res, a, pos);
            let tb = self.new_block();
            let done = self.new_block();
            self.branch(c, tb, done);
            self.switch_to(tb);
            self.set_local(res, b, pos);
            self.jump(done);
            self.switch_to(done);
            return Ok(self.get_local(res, pos));
        }
        Ok(self.emit(
            rt,
            Inst::Select {
                cond: c,
                a: b,
                b: a,
            },
            pos,
        ))
    }

    pub fn print_value(&mut self, x: ValueId, pos: Pos) -> BResult<()> {
        let t = self.vty(x);
        let v = self.void();
        let u = self.uintptr_ty();
        let it = self.int_ty();
        use BasicKind::*;
        match self.b.under(t) {
            Type::Basic(k) => match k {
                Bool | UntypedBool => {
                    self.rt_call("rgo_printbool", vec![x], v, pos);
                }
                Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => {
                    let i64t = self.b.basic(Int64);
                    let w = self.emit(i64t, Inst::Convert(x), pos);
                    self.rt_call("rgo_printint", vec![w], v, pos);
                }
                Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => {
                    let u64t = self.b.basic(Uint64);
                    let w = self.emit(u64t, Inst::Convert(x), pos);
                    self.rt_call("rgo_printuint", vec![w], v, pos);
                }
                Float32 | Float64 | UntypedFloat => {
                    let f = self.b.basic(Float64);
                    let w = self.emit(f, Inst::Convert(x), pos);
                    self.rt_call("rgo_printfloat", vec![w], v, pos);
                }
                Complex64 | Complex128 | UntypedComplex => {
                    let c = self.b.basic(Complex128);
                    let w = self.emit(c, Inst::Convert(x), pos);
                    let f = self.b.basic(Float64);
                    let re = self.part(w, 0, f, pos);
                    let im = self.part(w, 1, f, pos);
                    self.rt_call("rgo_printcomplex", vec![re, im], v, pos);
                }
                String | UntypedString => {
                    let p = self.part(x, 0, u, pos);
                    let l = self.part(x, 1, it, pos);
                    self.rt_call("rgo_printstring", vec![p, l], v, pos);
                }
                UnsafePointer | UntypedNil => {
                    self.rt_call("rgo_printpointer", vec![x], v, pos);
                }
                Invalid => {}
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                let w = self.emit(u, Inst::Retype(x), pos);
                self.rt_call("rgo_printpointer", vec![w], v, pos);
            }
            Type::Slice(_) => {
                let p = self.part(x, 0, u, pos);
                let l = self.part(x, 1, it, pos);
                let c = self.part(x, 2, it, pos);
                self.rt_call("rgo_printslice", vec![p, l, c], v, pos);
            }
            Type::Interface(_) => {
                let a = self.part(x, 0, u, pos);
                let d = self.part(x, 1, u, pos);
                let f = if self.is_empty_interface(t) {
                    "rgo_printeface"
                } else {
                    "rgo_printiface"
                };
                self.rt_call(f, vec![a, d], v, pos);
            }
            _ => return self.unsupported(pos, "printing this type with print/println"),
        }
        Ok(())
    }

    fn append(&mut self, e: &Expr, args: &[Expr], ellipsis: bool) -> BResult<ValueId> {
        let pos = e.pos;
        let st = self.type_of(e);
        let elem = match self.b.under(st) {
            Type::Slice(el) => el,
            _ => return self.err(pos, "rgo: internal: append to non-slice"),
        };
        let s = self.expr(&args[0])?;
        let s = self.convert_for_assign(s, st, pos)?;
        let u = self.uintptr_ty();
        let it = self.int_ty();
        let esize = crate::codegen::layout::Layouts::new(&self.b.prog.types).size(elem);
        let pe = self.b.ptr_to(elem);
        // Values to append: either individual elements or (ptr, len) of a slice/string.
        let (extra_n, src): (ValueId, Option<(ValueId, ValueId)>) = if ellipsis {
            let t = self.expr(&args[1])?;
            let p = self.part(t, 0, u, pos);
            let l = self.part(t, 1, it, pos);
            (l, Some((p, l)))
        } else {
            (self.const_int(args.len() as i64 - 1, pos), None)
        };
        let mut elems = Vec::new();
        if !ellipsis {
            for a in &args[1..] {
                let v = self.expr(a)?;
                elems.push(self.convert_for_assign(v, elem, pos)?);
            }
        }
        if !ellipsis && elems.is_empty() {
            return Ok(s);
        }
        let ptr = self.part(s, 0, u, pos);
        let len = self.part(s, 1, it, pos);
        let cap = self.part(s, 2, it, pos);
        let newlen = self.emit(it, Inst::Bin(BinOp::Add, len, extra_n), pos);
        let boolt = self.bool_ty();
        let grow = self.emit(boolt, Inst::Bin(BinOp::Gt, newlen, cap), pos);
        // Unsigned compare guards against overflow as well.
        let res = self.new_local("~append", st);
        let growb = self.new_block();
        let fitb = self.new_block();
        let done = self.new_block();
        self.branch(grow, growb, fitb);
        self.switch_to(growb);
        let td = self.type_desc(elem, pos);
        let g = self.rt_call("rgo_growslice", vec![ptr, len, cap, newlen, td], st, pos);
        self.set_local(res, g, pos);
        self.jump(done);
        self.switch_to(fitb);
        let f = self.emit(st, Inst::MakeParts(vec![ptr, newlen, cap]), pos);
        self.set_local(res, f, pos);
        self.jump(done);
        self.switch_to(done);
        let out = self.get_local(res, pos);
        let base = self.part(out, 0, pe, pos);
        if let Some((sp, sl)) = src {
            let dst = self.emit(
                pe,
                Inst::ElemAddr {
                    ptr: base,
                    index: len,
                },
                pos,
            );
            let dst = self.emit(u, Inst::Retype(dst), pos);
            let sz = self.const_int(esize as i64, pos);
            let n = self.emit(it, Inst::Bin(BinOp::Mul, sl, sz), pos);
            let v = self.void();
            self.rt_call("rgo_memmove", vec![dst, sp, n], v, pos);
        } else {
            for (i, v) in elems.into_iter().enumerate() {
                let off = self.const_int(i as i64, pos);
                let idx = self.emit(it, Inst::Bin(BinOp::Add, len, off), pos);
                let a = self.emit(
                    pe,
                    Inst::ElemAddr {
                        ptr: base,
                        index: idx,
                    },
                    pos,
                );
                self.store(a, v, pos);
            }
        }
        Ok(out)
    }
}

pub fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
