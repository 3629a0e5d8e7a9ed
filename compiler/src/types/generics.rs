//! Generics: substitution of type parameters, instantiation of generic named types
//! (memoised), type parameter declarations, constraint satisfaction and function
//! argument type inference (unification plus core-type constraint inference).

use super::check::*;
use super::exprstr::{end_pos, expr_string};
use super::lookup::is_exported;
use super::repr::*;
use super::Program;
use crate::syntax::ast::{self, Expr, ExprKind};

impl Program {
    /// Replaces the type parameters `from[i]` in `t` by `to[i]`, recursively through all
    /// type constructors; generic named types met on the way are instantiated (instances
    /// are memoised, so `List[int]` is a single type). Used by the back end to
    /// monomorphise: `subst(t, &func_type_params, &type_args)`.
    pub fn subst(&mut self, t: TypeId, from: &[TypeId], to: &[TypeId]) -> TypeId {
        if from.is_empty() || from.len() != to.len() || from == to {
            return t;
        }
        self.subst_rec(t, from, to, 0)
    }

    fn subst_list(&mut self, ts: &[TypeId], from: &[TypeId], to: &[TypeId], d: u32) -> Vec<TypeId> {
        ts.iter().map(|&x| self.subst_rec(x, from, to, d)).collect()
    }

    fn subst_rec(&mut self, t: TypeId, from: &[TypeId], to: &[TypeId], d: u32) -> TypeId {
        if d > 64 {
            return t;
        }
        let d = d + 1;
        match self.types.get(t).clone() {
            Type::TypeParam(_) => match from.iter().position(|&f| f == t) {
                Some(i) => to[i],
                None => t,
            },
            Type::Basic(_) => t,
            Type::Pointer(e) => {
                let e2 = self.subst_rec(e, from, to, d);
                if e2 == e {
                    t
                } else {
                    self.types.pointer(e2)
                }
            }
            Type::Slice(e) => {
                let e2 = self.subst_rec(e, from, to, d);
                if e2 == e {
                    t
                } else {
                    self.types.slice(e2)
                }
            }
            Type::Array(n, e) => {
                let e2 = self.subst_rec(e, from, to, d);
                if e2 == e {
                    t
                } else {
                    self.types.intern(Type::Array(n, e2))
                }
            }
            Type::Chan(dir, e) => {
                let e2 = self.subst_rec(e, from, to, d);
                if e2 == e {
                    t
                } else {
                    self.types.intern(Type::Chan(dir, e2))
                }
            }
            Type::Map(k, v) => {
                let k2 = self.subst_rec(k, from, to, d);
                let v2 = self.subst_rec(v, from, to, d);
                if k2 == k && v2 == v {
                    t
                } else {
                    self.types.intern(Type::Map(k2, v2))
                }
            }
            Type::Tuple(ts) => {
                let ts2 = self.subst_list(&ts, from, to, d);
                if ts2 == ts {
                    t
                } else {
                    self.types.tuple(ts2)
                }
            }
            Type::Func(sig) => {
                let params = self.subst_list(&sig.params, from, to, d);
                let results = self.subst_list(&sig.results, from, to, d);
                if params == sig.params && results == sig.results {
                    t
                } else {
                    self.types.intern(Type::Func(Signature {
                        params,
                        results,
                        variadic: sig.variadic,
                    }))
                }
            }
            Type::Struct(fs) => {
                let mut changed = false;
                let mut nfs = fs.clone();
                for f in nfs.iter_mut() {
                    let nt = self.subst_rec(f.ty, from, to, d);
                    changed |= nt != f.ty;
                    f.ty = nt;
                }
                if !changed {
                    return t;
                }
                let nt = self.new_struct(nfs);
                // field objects keep the positions of the generic struct's fields
                for i in 0..fs.len() {
                    if let (Some(&a), Some(&b)) =
                        (self.field_objs.get(&(t, i)), self.field_objs.get(&(nt, i)))
                    {
                        let (pos, file) = (self.obj(a).pos, self.obj(a).file);
                        let ob = &mut self.objects[b.0 as usize];
                        if ob.file.is_none() {
                            ob.pos = pos;
                            ob.file = file;
                        }
                    }
                }
                nt
            }
            Type::Interface(it) => {
                let mut changed = false;
                let mut nit = it.clone();
                for m in nit.methods.iter_mut() {
                    let nt = self.subst_rec(m.sig, from, to, d);
                    changed |= nt != m.sig;
                    m.sig = nt;
                }
                for u in nit.unions.iter_mut() {
                    for term in u.iter_mut() {
                        let nt = self.subst_rec(term.1, from, to, d);
                        changed |= nt != term.1;
                        term.1 = nt;
                    }
                }
                if !changed {
                    return t;
                }
                let implicit = self.types.implicit_ifaces.contains(&t);
                let nt = self.new_interface(nit);
                if implicit {
                    self.types.implicit_ifaces.insert(nt);
                }
                nt
            }
            Type::Named(n) => {
                let info = self.types.named[n.0 as usize].clone();
                if let Some((o, args)) = info.origin {
                    let nargs = self.subst_list(&args, from, to, d);
                    if nargs == args {
                        return t;
                    }
                    let ot = self.types.intern(Type::Named(o));
                    self.instantiate_named(ot, nargs)
                } else if !info.type_params.is_empty() {
                    let nargs = self.subst_list(&info.type_params, from, to, d);
                    if nargs == info.type_params {
                        return t;
                    }
                    self.instantiate_named(t, nargs)
                } else {
                    t
                }
            }
        }
    }

    /// The instance `origin[args]` of a generic named type (memoised). With the origin's
    /// own type parameters as arguments this is the origin itself.
    pub fn instantiate_named(&mut self, origin: TypeId, args: Vec<TypeId>) -> TypeId {
        let Type::Named(on) = *self.types.get(origin) else {
            return origin;
        };
        let info = self.types.named[on.0 as usize].clone();
        if info.type_params.is_empty() || args == info.type_params {
            return origin;
        }
        if args.len() != info.type_params.len() {
            return TypeTable::INVALID;
        }
        if let Some(&t) = self.types.inst_memo.get(&(on, args.clone())) {
            return t;
        }
        let inst = self.types.new_named(info.obj);
        let Type::Named(inn) = *self.types.get(inst) else {
            return origin;
        };
        {
            let ni = &mut self.types.named[inn.0 as usize];
            ni.origin = Some((on, args.clone()));
            ni.methods = info.methods.clone();
        }
        self.types.inst_memo.insert((on, args.clone()), inst);
        match info.underlying {
            Some(u) => {
                let nu = if self.inst_depth > 48 {
                    TypeTable::INVALID
                } else {
                    self.inst_depth += 1;
                    let nu = self.subst(u, &info.type_params, &args);
                    self.inst_depth -= 1;
                    nu
                };
                self.types.named[inn.0 as usize].underlying = Some(nu);
            }
            None => self.types.pending_insts.push(inst),
        }
        inst
    }

    /// Computes the underlying types of instances created while their origin was still
    /// being declared.
    pub fn complete_pending_instances(&mut self) {
        loop {
            let pending = std::mem::take(&mut self.types.pending_insts);
            if pending.is_empty() {
                return;
            }
            let mut progress = false;
            let mut still = vec![];
            for inst in pending {
                let Type::Named(n) = *self.types.get(inst) else {
                    continue;
                };
                let Some((o, args)) = self.types.named[n.0 as usize].origin.clone() else {
                    continue;
                };
                let oi = self.types.named[o.0 as usize].clone();
                match oi.underlying {
                    Some(u) => {
                        self.inst_depth += 1;
                        let nu = if self.inst_depth > 48 {
                            TypeTable::INVALID
                        } else {
                            self.subst(u, &oi.type_params, &args)
                        };
                        self.inst_depth -= 1;
                        self.types.named[n.0 as usize].underlying = Some(nu);
                        progress = true;
                    }
                    None => still.push(inst),
                }
            }
            self.types.pending_insts.extend(still);
            if !progress {
                return;
            }
        }
    }

    /// Copies the (now attached) methods of generic origins to their instances.
    pub fn sync_instance_methods(&mut self) {
        for i in 0..self.types.named.len() {
            if let Some((o, _)) = &self.types.named[i].origin {
                let ms = self.types.named[o.0 as usize].methods.clone();
                self.types.named[i].methods = ms;
            }
        }
    }

    /// For a method object found in the (possibly instantiated) named type `recv_named`,
    /// the method's signature with the receiver type parameters replaced by the
    /// instance's type arguments.
    pub fn method_sig_in(&mut self, m: ObjId, recv_named: TypeId) -> TypeId {
        let mt = self.obj(m).ty;
        let tps = match &self.obj(m).kind {
            ObjKind::Func { recv: Some(_), .. } => self.recv_type_params(m),
            _ => return mt,
        };
        let base = self.types.pointer_elem(recv_named).unwrap_or(recv_named);
        let args = match self.types.named_info(base) {
            Some(NamedInfo {
                origin: Some((_, args)),
                ..
            }) => args.clone(),
            Some(NamedInfo { type_params, .. }) if !type_params.is_empty() => type_params.clone(),
            _ => return mt,
        };
        self.subst(mt, &tps, &args)
    }

    /// Like [`Program::method_sig_in`] without creating types: when the substituted
    /// signature does not exist yet, the generic one (it then matches no existing type).
    pub fn method_sig_lookup(&self, m: ObjId, recv_named: TypeId) -> TypeId {
        let mt = self.obj(m).ty;
        let tps = match &self.obj(m).kind {
            ObjKind::Func { recv: Some(_), .. } => self.recv_type_params(m),
            _ => return mt,
        };
        if tps.is_empty() {
            return mt;
        }
        let base = self.types.pointer_elem(recv_named).unwrap_or(recv_named);
        let args = match self.types.named_info(base) {
            Some(NamedInfo {
                origin: Some((_, args)),
                ..
            }) => args.clone(),
            _ => return mt,
        };
        self.subst_existing(mt, &tps, &args, 0).unwrap_or(mt)
    }

    /// Substitution that only finds already existing types (`None` if one is missing).
    pub fn subst_existing(
        &self,
        t: TypeId,
        from: &[TypeId],
        to: &[TypeId],
        d: u32,
    ) -> Option<TypeId> {
        if d > 64 {
            return Some(t);
        }
        let d = d + 1;
        let r = |x: TypeId| self.subst_existing(x, from, to, d);
        let ty = self.types.get(t).clone();
        let nt = match &ty {
            Type::TypeParam(_) => {
                return Some(match from.iter().position(|&f| f == t) {
                    Some(i) => to[i],
                    None => t,
                })
            }
            Type::Basic(_) => return Some(t),
            Type::Pointer(e) => Type::Pointer(r(*e)?),
            Type::Slice(e) => Type::Slice(r(*e)?),
            Type::Array(n, e) => Type::Array(*n, r(*e)?),
            Type::Chan(dir, e) => Type::Chan(*dir, r(*e)?),
            Type::Map(k, v) => Type::Map(r(*k)?, r(*v)?),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|&x| r(x)).collect::<Option<_>>()?),
            Type::Func(sig) => Type::Func(Signature {
                params: sig.params.iter().map(|&x| r(x)).collect::<Option<_>>()?,
                results: sig.results.iter().map(|&x| r(x)).collect::<Option<_>>()?,
                variadic: sig.variadic,
            }),
            Type::Struct(fs) => {
                let mut nfs = fs.clone();
                for f in nfs.iter_mut() {
                    f.ty = r(f.ty)?;
                }
                Type::Struct(nfs)
            }
            Type::Interface(it) => {
                let mut nit = it.clone();
                for m in nit.methods.iter_mut() {
                    m.sig = r(m.sig)?;
                }
                for u in nit.unions.iter_mut() {
                    for term in u.iter_mut() {
                        term.1 = r(term.1)?;
                    }
                }
                Type::Interface(nit)
            }
            Type::Named(n) => {
                let info = &self.types.named[n.0 as usize];
                let (on, args) = match &info.origin {
                    Some((o, args)) => (*o, args.clone()),
                    None if !info.type_params.is_empty() => (*n, info.type_params.clone()),
                    None => return Some(t),
                };
                let nargs: Vec<TypeId> = args.iter().map(|&x| r(x)).collect::<Option<_>>()?;
                if nargs == args {
                    return Some(t);
                }
                if nargs == self.types.named[on.0 as usize].type_params {
                    return self.types.index.get(&Type::Named(on)).copied();
                }
                return self.types.inst_memo.get(&(on, nargs)).copied();
            }
        };
        if nt == ty {
            return Some(t);
        }
        self.types.index.get(&nt).copied()
    }

    /// The type in which a method found by `lookup(t, ...)` with embedding path `index`
    /// is declared (following the embedded fields).
    pub fn embedded_type_at(&self, t: TypeId, index: &[usize]) -> TypeId {
        let mut cur = t;
        for &i in index {
            let base = match self.types.get(cur) {
                Type::Pointer(e) => *e,
                _ => cur,
            };
            match self.types.struct_fields(base).and_then(|fs| fs.get(i)) {
                Some(f) => cur = f.ty,
                None => return cur,
            }
        }
        match self.types.get(cur) {
            Type::Pointer(e) => *e,
            _ => cur,
        }
    }
}

impl<'p> Checker<'p> {
    /// The `any` interface type.
    pub fn any_type(&self) -> TypeId {
        self.prog
            .universe
            .get("any")
            .map(|&o| self.prog.obj(o).ty)
            .unwrap_or(TypeTable::INVALID)
    }

    /// Creates a fresh type parameter (constraint `any` until set).
    pub fn new_type_param(&mut self, id: &ast::Ident, index: u32) -> TypeId {
        let n = self.prog.types.type_params.len() as u32;
        let t = self.prog.types.intern(Type::TypeParam(n));
        let o = self.new_obj(id, ObjKind::TypeName, t);
        let any = self.any_type();
        self.prog.types.type_params.push(TypeParamInfo {
            obj: o,
            index,
            constraint: any,
        });
        self.declare(id, o);
        t
    }

    pub fn set_constraint(&mut self, tp: TypeId, c: TypeId) {
        if let Type::TypeParam(i) = *self.tt().get(tp) {
            if let Some(info) = self.prog.types.type_params.get_mut(i as usize) {
                info.constraint = c;
            }
        }
    }

    pub fn constraint_of(&self, tp: TypeId) -> TypeId {
        match *self.tt().get(tp) {
            Type::TypeParam(i) => self
                .tt()
                .type_params
                .get(i as usize)
                .map(|x| x.constraint)
                .unwrap_or(TypeTable::INVALID),
            _ => TypeTable::INVALID,
        }
    }

    /// Declares a type parameter list in the current scope and evaluates the constraints.
    pub fn declare_type_params(&mut self, fields: &[ast::Field]) -> Vec<TypeId> {
        let mut tps = vec![];
        for f in fields {
            for n in &f.names {
                let t = self.new_type_param(n, tps.len() as u32);
                tps.push(t);
            }
        }
        let mut i = 0;
        for f in fields {
            let c = self.constraint_type(&f.ty);
            for _ in &f.names {
                if let Some(&tp) = tps.get(i) {
                    self.set_constraint(tp, c);
                }
                i += 1;
            }
        }
        tps
    }

    /// A constraint expression: an interface, or a union / `~T` / type (implicit
    /// interface).
    pub fn constraint_type(&mut self, e: &Expr) -> TypeId {
        let is_union = matches!(
            &e.kind,
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            } | ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                ..
            }
        );
        if !is_union {
            let t = self.type_expr(e);
            if t == TypeTable::INVALID {
                return self.any_type();
            }
            if self.tt().is_interface(t) {
                return t;
            }
            if self.tt().is_type_param(t) {
                self.error_at(e, "cannot use a type parameter as constraint");
                return self.any_type();
            }
        }
        let mut flat = vec![];
        flatten_union(e, &mut flat);
        let terms = self.union_terms(&flat);
        let it = self.prog.new_interface(Interface {
            methods: vec![],
            unions: vec![terms],
            comparable: false,
        });
        self.prog.types.implicit_ifaces.insert(it);
        let src = expr_string(e);
        self.prog.types.implicit_src.entry(it).or_insert(src);
        self.record_type(e, it);
        it
    }

    /// The terms of a union `A | ~B | C`; interface terms contribute their own terms.
    pub fn union_terms(&mut self, terms: &[&Expr]) -> Vec<(bool, TypeId)> {
        let mut u = vec![];
        for term in terms {
            let (tilde, te) = match &term.kind {
                ExprKind::Unary {
                    op: ast::UnaryOp::Tilde,
                    x,
                } => (true, &**x),
                _ => (false, *term),
            };
            let t = self.type_expr(te);
            if t == TypeTable::INVALID {
                continue;
            }
            if let Some(it) = self.tt().interface(t).cloned() {
                if it.unions.len() == 1 && it.methods.is_empty() {
                    u.extend(it.unions[0].iter().copied());
                    continue;
                }
            }
            if tilde && self.tt().underlying(t) != t {
                let s = self.tstr(t);
                self.error_at(
                    term,
                    format!("invalid use of ~ ({s} is not the underlying type of {s})"),
                );
                let _ = self.tt().underlying(t);
                continue;
            }
            if self.tt().is_type_param(t) {
                let s = expr_string(te);
                self.error_at(te, format!("term cannot be a type parameter: {s}"));
                continue;
            }
            u.push((tilde, t));
        }
        u
    }

    /// `S[T any]`-style description of a generic type for messages.
    pub fn generic_type_desc(&self, t: TypeId) -> String {
        let Some(info) = self.tt().named_info(t) else {
            return self.tstr(t);
        };
        self.tparams_desc(&self.tstr(t), &info.type_params)
    }

    /// `name[T any, U comparable]`; consecutive type parameters with the same
    /// constraint share it (`[A, B any]`).
    pub fn tparams_desc(&self, name: &str, tps: &[TypeId]) -> String {
        let mut s = name.to_string();
        s.push('[');
        for (i, &tp) in tps.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.tstr(tp));
            let c = self.constraint_of(tp);
            if tps.get(i + 1).is_some_and(|&n| self.constraint_of(n) == c) {
                continue;
            }
            s.push(' ');
            s.push_str(&self.constraint_string(c));
        }
        s.push(']');
        s
    }

    /// A constraint as gc prints it (implicit interfaces as their union).
    pub fn constraint_string(&self, c: TypeId) -> String {
        if let Some(src) = self.tt().implicit_src.get(&c) {
            return src.clone();
        }
        if self.tt().implicit_ifaces.contains(&c) {
            if let Some(it) = self.tt().interface(c) {
                if let Some(u) = it.unions.first() {
                    return self.union_string(u);
                }
            }
        }
        self.tstr(c)
    }

    pub fn union_string(&self, u: &[(bool, TypeId)]) -> String {
        u.iter()
            .map(|(tl, t)| format!("{}{}", if *tl { "~" } else { "" }, self.tstr(*t)))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// Whether type argument `a` satisfies constraint `c` (already substituted);
    /// `Err(message)` in gc's words.
    pub fn satisfies(&mut self, a: TypeId, c: TypeId) -> Result<(), String> {
        let Some(it) = self.tt().interface(c).cloned() else {
            return Ok(());
        };
        let as_ = self.tstr(a);
        let cs = self.constraint_string(c);
        if it.comparable && !self.tt().comparable(a) {
            return Err(format!("{as_} does not satisfy comparable"));
        }
        for u in &it.unions {
            if self.tt().is_type_param(a) {
                let ok = self.tt().tparam_terms(a).is_some_and(|ts| {
                    !ts.is_empty()
                        && ts.iter().all(|(tl, ty)| {
                            u.iter().any(|(tl2, ty2)| {
                                (*tl2 && self.tt().underlying(*ty) == self.tt().underlying(*ty2))
                                    || (!*tl && !*tl2 && ty == ty2)
                            })
                        })
                });
                if !ok {
                    let us = self.union_string(u);
                    return Err(format!(
                        "{as_} does not satisfy {cs} ({as_} missing in {us})"
                    ));
                }
                continue;
            }
            let ua = self.tt().underlying(a);
            let ok = u.iter().any(|(tl, ty)| {
                if *tl {
                    ua == self.tt().underlying(*ty)
                } else {
                    a == *ty
                }
            });
            if !ok {
                let us = self.union_string(u);
                if let Some((_, ty)) = u
                    .iter()
                    .find(|(tl, ty)| !*tl && self.tt().underlying(*ty) == ua)
                {
                    let ts = self.tstr(*ty);
                    return Err(format!(
                        "{as_} does not satisfy {cs} (possibly missing ~ for {ts} in {cs})"
                    ));
                }
                return Err(format!(
                    "{as_} does not satisfy {cs} ({as_} missing in {us})"
                ));
            }
        }
        if !it.methods.is_empty() {
            let methods_only = self.prog.new_interface(Interface {
                methods: it.methods.clone(),
                unions: vec![],
                comparable: false,
            });
            if let Err(reason) = self.prog.implements(a, methods_only, Some(self.pkg)) {
                return Err(format!("{as_} does not satisfy {cs} {reason}"));
            }
        }
        Ok(())
    }

    /// The generic function object an expression denotes (`F`, `pkg.F`), with the id of
    /// the identifier naming it.
    pub fn generic_func_of(&mut self, e: &Expr) -> Option<(ObjId, ast::NodeId)> {
        let (o, id) = match &e.kind {
            ExprKind::Ident(i) => (self.lookup_name(&i.name)?, i.id),
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pid) = &x.kind else {
                    return None;
                };
                let po = self.lookup_name(&pid.name)?;
                let ObjKind::PkgName(p) = self.prog.obj(po).kind else {
                    return None;
                };
                let o = *self.prog.packages[p.0 as usize].scope.get(&sel.name)?;
                if !is_exported(&sel.name) {
                    return None;
                }
                (o, sel.id)
            }
            _ => return None,
        };
        if !matches!(self.prog.obj(o).kind, ObjKind::Func { recv: None, .. }) {
            return None;
        }
        self.resolve_obj(o);
        match &self.prog.obj(o).kind {
            ObjKind::Func {
                recv: None,
                type_params,
                ..
            } if !type_params.is_empty() => Some((o, id)),
            _ => None,
        }
    }

    pub fn func_type_params(&self, o: ObjId) -> Vec<TypeId> {
        match &self.prog.obj(o).kind {
            ObjKind::Func { type_params, .. } => type_params.clone(),
            _ => vec![],
        }
    }

    /// Whether operand `x` is an uninstantiated generic function (reports the error).
    pub fn reject_generic_value(&mut self, x: &mut Operand) -> bool {
        if self.generic_arg_ids.contains(&x.e.id)
            || self.inst_failures.contains_key(&x.e.id)
            || self.uninstantiated_func(x).is_none()
        {
            return false;
        }
        let s = expr_string(x.e);
        self.error_at(
            x.e,
            format!("cannot use generic function {s} without instantiation"),
        );
        x.mode = OpMode::Invalid;
        true
    }

    /// Evaluates explicit type arguments (None for invalid ones).
    pub fn type_args(&mut self, indices: &[Expr]) -> Option<Vec<TypeId>> {
        let mut out = vec![];
        let mut ok = true;
        for i in indices {
            let t = self.type_expr(i);
            if t == TypeTable::INVALID {
                ok = false;
            }
            out.push(t);
        }
        ok.then_some(out)
    }

    /// Checks type arguments against the type parameters' constraints; reports at `pos_of(i)`.
    pub fn verify_type_args(
        &mut self,
        tps: &[TypeId],
        args: &[TypeId],
        pos: &dyn Fn(usize) -> ast::Pos,
        prefix: &str,
    ) -> bool {
        for (i, (&tp, &a)) in tps.iter().zip(args).enumerate() {
            let c = self.constraint_of(tp);
            let c = self.prog.subst(c, tps, args);
            if let Err(msg) = self.satisfies(a, c) {
                self.error(pos(i), format!("{prefix}{msg}"));
                return false;
            }
        }
        true
    }

    /// `G[T1, T2]` as a type: instantiates a generic named type.
    pub fn instantiate_type_expr(&mut self, e: &Expr, base: &Expr, indices: &[Expr]) -> TypeId {
        let x = self.expr_or_type(base);
        if x.is_invalid() {
            for i in indices {
                self.type_expr(i);
            }
            return TypeTable::INVALID;
        }
        if x.mode != OpMode::TypeExpr {
            let s = expr_string(base);
            self.error_at(base, format!("{s} is not a type"));
            return TypeTable::INVALID;
        }
        self.instantiate_type_expr_from(e, base, indices, x.ty)
    }

    /// `G[T1, T2]` where `G` evaluated to type `gt`.
    pub fn instantiate_type_expr_from(
        &mut self,
        e: &Expr,
        base: &Expr,
        indices: &[Expr],
        gt: TypeId,
    ) -> TypeId {
        if let Some((_, alias)) = self.generic_alias_of(base) {
            return self.instantiate_alias(e, base, indices, &alias);
        }
        let tps = match self.tt().named_info(gt) {
            Some(NamedInfo {
                type_params,
                origin: None,
                ..
            }) if !type_params.is_empty() && !self.implicit_generic.contains(&gt) => {
                type_params.clone()
            }
            _ => {
                let s = expr_string(base);
                self.error_at(base, format!("{s} is not a generic type"));
                for i in indices {
                    self.type_expr(i);
                }
                return TypeTable::INVALID;
            }
        };
        let Some(args) = self.type_args(indices) else {
            return TypeTable::INVALID;
        };
        if args.len() != tps.len() {
            let s = expr_string(base);
            let q = if args.len() < tps.len() {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                super::exprstr::start_pos(e),
                format!(
                    "{q} type arguments for type {s}: have {}, want {}",
                    args.len(),
                    tps.len()
                ),
            );
            return TypeTable::INVALID;
        }
        let inst = self.prog.instantiate_named(gt, args.clone());
        self.mono_record(&tps, &args, indices, super::exprstr::start_pos(e));
        let starts: Vec<ast::Pos> = indices.iter().map(super::exprstr::start_pos).collect();
        self.verify_type_args(&tps, &args, &|i| starts[i], "");
        if let Some(id) = ident_id(base) {
            self.info.instances.insert(
                id,
                Instance {
                    type_args: args,
                    ty: inst,
                },
            );
        }
        inst
    }

    /// The position of the `(` of a call whose function expression is `fun`.
    pub fn lparen_pos(&self, fun: &Expr) -> ast::Pos {
        let p = end_pos(fun);
        let src = self
            .prog
            .sources
            .get(self.file_id().0 as usize)
            .map(|s| s.src.as_bytes());
        if let Some(b) = src {
            let mut i = p as usize;
            while i < b.len() && b[i] != b'(' {
                i += 1;
            }
            if i < b.len() {
                return i as ast::Pos;
            }
        }
        p
    }

    /// Unifies parameter type `p` (mentioning type parameters `tps`) with argument type
    /// `a`, recording inferred type arguments; false on a mismatch.
    /// Whether `t` refers to any of `tps`.
    fn mentions_type_params(&self, t: TypeId, tps: &[TypeId], depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        if tps.contains(&t) {
            return true;
        }
        let d = depth + 1;
        match self.tt().get(t).clone() {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                self.mentions_type_params(e, tps, d)
            }
            Type::Map(k, v) => {
                self.mentions_type_params(k, tps, d) || self.mentions_type_params(v, tps, d)
            }
            Type::Func(sig) => sig
                .params
                .iter()
                .chain(sig.results.iter())
                .any(|x| self.mentions_type_params(*x, tps, d)),
            Type::Tuple(es) => es.iter().any(|x| self.mentions_type_params(*x, tps, d)),
            Type::Struct(fs) => fs.iter().any(|f| self.mentions_type_params(f.ty, tps, d)),
            Type::Named(n) => self.tt().named[n.0 as usize]
                .origin
                .as_ref()
                .map(|(_, args)| args.iter().any(|x| self.mentions_type_params(*x, tps, d)))
                .unwrap_or(false),
            _ => false,
        }
    }

    pub fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tps: &[TypeId],
        targs: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        if depth > 32 {
            return true;
        }
        if let Some(i) = tps.iter().position(|&t| t == p) {
            return match targs[i] {
                None => {
                    targs[i] = Some(a);
                    true
                }
                Some(prev) => {
                    if prev == a {
                        return true;
                    }
                    if self.infer_fresh.contains(&a) {
                        return self.bind_fresh(a, prev, tps, targs, depth + 1);
                    }
                    if self.infer_fresh.contains(&prev) {
                        return self.bind_fresh(prev, a, tps, targs, depth + 1);
                    }
                    // inexact: a defined type and its underlying literal type unify
                    let tt = self.tt();
                    if tt.underlying(prev) == tt.underlying(a)
                        && (!tt.is_named(prev) || !tt.is_named(a))
                    {
                        if !tt.is_named(prev) {
                            targs[i] = Some(a);
                        }
                        return true;
                    }
                    false
                }
            };
        }
        if self.infer_fresh.contains(&a) {
            return self.bind_fresh(a, p, tps, targs, depth + 1);
        }
        // Identical types unify, but in a recursive call (`f(x[1:])` inside `f[T]`) the
        // argument's type mentions the very parameters being inferred: descend so they
        // get bound (to themselves).
        if p == a && !self.mentions_type_params(p, tps, 0) {
            return true;
        }
        let tt = self.tt();
        let d = depth + 1;
        match (tt.get(p).clone(), tt.get(a).clone()) {
            (Type::Named(pn), Type::Named(an)) => {
                let (pi, ai) = (&tt.named[pn.0 as usize], &tt.named[an.0 as usize]);
                let po = pi.origin.clone().map(|o| o.0).unwrap_or(pn);
                let ao = ai.origin.clone().map(|o| o.0).unwrap_or(an);
                if po != ao {
                    return false;
                }
                let pargs = pi
                    .origin
                    .clone()
                    .map(|o| o.1)
                    .unwrap_or(pi.type_params.clone());
                let aargs = ai
                    .origin
                    .clone()
                    .map(|o| o.1)
                    .unwrap_or(ai.type_params.clone());
                pargs.len() == aargs.len()
                    && pargs
                        .iter()
                        .zip(&aargs)
                        .all(|(&x, &y)| self.unify(x, y, tps, targs, d))
            }
            // Inexact unification: a defined parameter type (`Seq[V]`) against an unnamed
            // argument type unifies through its underlying type.
            (Type::Named(_), _) => {
                let u = tt.underlying(p);
                u != p && self.unify(u, a, tps, targs, d)
            }
            (_, Type::Named(_)) => {
                let u = tt.underlying(a);
                u != a && self.unify(p, u, tps, targs, d)
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tps, targs, d)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tps, targs, d),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tps, targs, d),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tps, targs, d) && self.unify(v1, v2, tps, targs, d)
            }
            // parameters first, then results (bindings of a failed unification show
            // in messages, as gc's)
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .all(|(&x, &y)| self.unify(x, y, tps, targs, d))
                    && s1.results.len() == s2.results.len()
                    && s1
                        .results
                        .iter()
                        .zip(&s2.results)
                        .all(|(&x, &y)| self.unify(x, y, tps, targs, d))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(&f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && self.unify(x.ty, y.ty, tps, targs, d)
                    })
            }
            (Type::Interface(_), _) => true,
            _ => false,
        }
    }

    /// Binds `fresh`, a renamed type parameter of a generic function argument (see
    /// [`Checker::infer_fresh`]), to `t`, or unifies its binding with `t`.
    fn bind_fresh(
        &self,
        fresh: TypeId,
        t: TypeId,
        tps: &[TypeId],
        targs: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        let Some(j) = tps.iter().position(|&x| x == fresh) else {
            return false;
        };
        match targs[j] {
            None => {
                targs[j] = Some(t);
                true
            }
            Some(v) if v == t => true,
            Some(v) => self.unify(v, t, tps, targs, depth),
        }
    }

    /// Core-type constraint inference: `[S ~[]E, E any]` infers E from S, and `[P *T]`
    /// (a single term without tilde) gives P once T is known.
    /// A known argument that does not unify with its parameter's core type fails:
    /// `Err("T (type string) does not satisfy ~int")`.
    pub fn infer_from_constraints(
        &mut self,
        tps: &[TypeId],
        targs: &mut [Option<TypeId>],
    ) -> Result<(), String> {
        for _round in 0..4 {
            let mut changed = false;
            for (j, &tp) in tps.iter().enumerate() {
                let c = self.constraint_of(tp);
                let Some(it) = self.tt().interface(c).cloned() else {
                    continue;
                };
                if it.unions.len() != 1 || it.unions[0].len() != 1 {
                    // no core type: a known argument must have the constraint's methods
                    if let Some(a) = targs[j].filter(|_| !it.methods.is_empty()) {
                        self.check_constraint_methods(tp, a, c, tps, targs)?;
                    }
                    continue;
                }
                let (tilde, core) = it.unions[0][0];
                match targs[j] {
                    Some(a) => {
                        let before: Vec<Option<TypeId>> = targs.to_vec();
                        // a type-parameter argument unifies through its own core type
                        let a2 = if tilde || self.tt().is_type_param(a) {
                            self.tt().core_or_under(a)
                        } else {
                            a
                        };
                        if !self.unify(core, a2, tps, targs, 0) {
                            let (ts, xs) = (self.tstr(tp), self.tstr(a));
                            let cs = self.constraint_string(c);
                            return Err(format!("{ts} (type {xs}) does not satisfy {cs}"));
                        }
                        if before.as_slice() != &*targs {
                            changed = true;
                        }
                    }
                    // only a single specific type (no tilde) determines the argument
                    None if !tilde && !mentions_unknown(self.tt(), core, tps, targs, 0) => {
                        let known = with_defaults(targs, tps);
                        targs[j] = Some(self.prog.subst(core, tps, &known));
                        changed = true;
                    }
                    None => {}
                }
            }
            if !changed {
                break;
            }
        }
        Ok(())
    }

    /// Whether the known argument `a` of `tp` has the methods of its constraint `c`
    /// (with the known arguments substituted): `Err("T (type X) does not satisfy C
    /// (missing method M)")`.
    fn check_constraint_methods(
        &mut self,
        tp: TypeId,
        a: TypeId,
        c: TypeId,
        tps: &[TypeId],
        targs: &[Option<TypeId>],
    ) -> Result<(), String> {
        if mentions_unknown(self.tt(), a, tps, targs, 0) {
            return Ok(());
        }
        let known = with_defaults(targs, tps);
        let c = self.prog.subst(c, tps, &known);
        let Some(it) = self.tt().interface(c).cloned() else {
            return Ok(());
        };
        if it
            .methods
            .iter()
            .any(|m| mentions_unknown(self.tt(), m.sig, tps, targs, 0))
        {
            return Ok(());
        }
        let methods_only = self.prog.new_interface(Interface {
            methods: it.methods.clone(),
            unions: vec![],
            comparable: false,
        });
        match self.prog.implements(a, methods_only, Some(self.pkg)) {
            Ok(()) => Ok(()),
            Err(reason) => {
                let (ts, xs) = (self.tstr(tp), self.tstr(a));
                let cs = self.constraint_string(c);
                Err(format!("{ts} (type {xs}) does not satisfy {cs} {reason}"))
            }
        }
    }

    /// Why argument `op` does not unify with parameter type `p` (gc's words, with the
    /// type arguments `targs` for `tps` inferred so far, the failed unification's
    /// included).
    pub fn infer_mismatch(
        &mut self,
        op: &Operand,
        p: TypeId,
        tps: &[TypeId],
        targs: &[Option<TypeId>],
    ) -> String {
        let (ats, es, ps) = (self.op_type_string(op), expr_string(op.e), self.tstr(p));
        if targs.iter().all(|t| t.is_none()) {
            let list = self.tparam_list(tps);
            return format!("type {ats} of {es} does not match {ps} (cannot infer {list})");
        }
        let inferred = self.prog.subst(p, tps, &with_defaults(targs, tps));
        if inferred != p {
            let is = self.tstr(inferred);
            format!("type {ats} of {es} does not match inferred type {is} for {ps}")
        } else {
            format!("type {ats} of {es} does not match {ps}")
        }
    }

    /// `T`, `T and U`, `T, U, and V`.
    pub fn tparam_list(&self, tps: &[TypeId]) -> String {
        let names: Vec<String> = tps.iter().map(|&t| self.tstr(t)).collect();
        match names.len() {
            0 => String::new(),
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        }
    }

    /// `in call to F, cannot infer T (declared at ./main.go:2:8)`.
    pub fn cannot_infer(&self, tp: TypeId) -> String {
        let o = match self.tt().get(tp) {
            Type::TypeParam(i) => self.tt().type_params.get(*i as usize).map(|x| x.obj),
            _ => None,
        };
        match o {
            Some(o) => {
                let ob = self.prog.obj(o);
                format!(
                    "cannot infer {} (declared at {})",
                    ob.name,
                    self.pos_string(ob.file, ob.pos)
                )
            }
            None => "cannot infer type".into(),
        }
    }

    /// Re-records the type of a function expression after instantiation.
    pub fn retype(&mut self, e: &Expr, t: TypeId) {
        if let Some(tv) = self.info.types.get_mut(&e.id) {
            tv.ty = t;
        }
        if let ExprKind::Paren(x) = &e.kind {
            self.retype(x, t);
        }
    }
}

/// The type arguments inferred so far, the type parameters themselves where unknown.
pub(crate) fn with_defaults(targs: &[Option<TypeId>], tps: &[TypeId]) -> Vec<TypeId> {
    targs
        .iter()
        .zip(tps)
        .map(|(a, &t)| a.unwrap_or(t))
        .collect()
}

/// Whether `t` mentions a type parameter of `tps` not inferred yet.
pub(crate) fn mentions_unknown(
    tt: &TypeTable,
    t: TypeId,
    tps: &[TypeId],
    targs: &[Option<TypeId>],
    d: u32,
) -> bool {
    if d > 32 {
        return false;
    }
    if let Some(i) = tps.iter().position(|&x| x == t) {
        return targs[i].is_none();
    }
    let m = |x: TypeId| mentions_unknown(tt, x, tps, targs, d + 1);
    match tt.get(t) {
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => m(*e),
        Type::Map(k, v) => m(*k) || m(*v),
        Type::Func(s) => s.params.iter().chain(&s.results).any(|&x| m(x)),
        Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
        Type::Tuple(ts) => ts.iter().any(|&x| m(x)),
        Type::Named(n) => {
            let info = &tt.named[n.0 as usize];
            match &info.origin {
                Some((_, args)) => args.iter().any(|&x| m(x)),
                None => info.type_params.iter().any(|&x| m(x)),
            }
        }
        _ => false,
    }
}

fn flatten_union<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Binary {
            op: ast::BinaryOp::Or,
            x,
            y,
            ..
        } => {
            flatten_union(x, out);
            flatten_union(y, out);
        }
        ExprKind::Paren(x) => flatten_union(x, out),
        _ => out.push(e),
    }
}

/// The identifier naming a (possibly qualified) type or function.
pub(crate) fn ident_id(e: &Expr) -> Option<ast::NodeId> {
    match &e.kind {
        ExprKind::Ident(i) => Some(i.id),
        ExprKind::Selector { sel, .. } => Some(sel.id),
        ExprKind::Paren(x) => ident_id(x),
        _ => None,
    }
}

impl<'p> Checker<'p> {
    /// `F[T1, T2]` used as a value (not called): all type arguments must be given.
    pub fn instantiate_func_expr<'a>(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        indices: &'a [Expr],
        o: ObjId,
        id: ast::NodeId,
    ) -> Operand<'a> {
        let f = self.raw(base, None);
        if f.is_invalid() {
            self.type_args(indices);
            return Operand::invalid(e);
        }
        let tps = self.func_type_params(o);
        self.instantiate_explicit(e, f, indices, id, tps)
    }
}

impl<'p> Checker<'p> {
    /// Constraint interfaces cannot be the type of variables, fields, parameters.
    pub fn check_var_type(&mut self, e: &Expr, t: TypeId) {
        if self.tt().is_type_param(t) {
            return;
        }
        let Some(it) = self.tt().interface(t) else {
            return;
        };
        let why = if !it.unions.is_empty() {
            "interface contains type constraints"
        } else if it.comparable {
            "interface is (or embeds) comparable"
        } else {
            return;
        };
        let s = self.tstr(t);
        self.error_at(
            e,
            format!("cannot use type {s} outside a type constraint: {why}"),
        );
    }
}

impl<'p> Checker<'p> {
    /// `var f func(int) int = Id`: infers the type arguments of an uninstantiated generic
    /// function value from the function type it is assigned to.
    pub fn instantiate_from_target(&mut self, x: &mut Operand, target: TypeId) {
        let Some((_, id, tps)) = self.uninstantiated_func(x) else {
            return;
        };
        let tu = self.tt().underlying(target);
        if !matches!(self.tt().get(tu), Type::Func(_)) || contains_tparam(self.tt(), tu, 0) {
            return;
        }
        let mut targs = vec![None; tps.len()];
        if !self.unify(x.ty, tu, &tps, &mut targs, 0) {
            // reported by the assignment, with what the failed unification inferred
            let inferred = self.prog.subst(x.ty, &tps, &with_defaults(&targs, &tps));
            let inferred =
                (targs.iter().any(|t| t.is_some()) && inferred != x.ty).then_some(inferred);
            let at = (self.cur_file, super::exprstr::start_pos(x.e));
            self.inst_failures
                .insert(x.e.id, (inferred, at, expr_string(x.e)));
            return;
        }
        if let Err(msg) = self.infer_from_constraints(&tps, &mut targs) {
            self.error_at(x.e, msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if targs.iter().any(|t| t.is_none()) {
            return;
        }
        let targs: Vec<TypeId> = targs
            .into_iter()
            .map(|t| t.unwrap_or(TypeTable::INVALID))
            .collect();
        let p = super::exprstr::start_pos(x.e);
        if !self.verify_type_args(&tps, &targs, &|_| p, "") {
            x.mode = OpMode::Invalid;
            return;
        }
        self.mono_record(&tps, &targs, &[], p);
        x.ty = self.record_instance(x.e, id, &tps, targs, x.ty);
    }
}

/// Whether `t` mentions any type parameter.
fn contains_tparam(tt: &TypeTable, t: TypeId, d: u32) -> bool {
    if d > 32 {
        return false;
    }
    let m = |x: TypeId| contains_tparam(tt, x, d + 1);
    match tt.get(t) {
        Type::TypeParam(_) => true,
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => m(*e),
        Type::Map(k, v) => m(*k) || m(*v),
        Type::Func(s) => s.params.iter().chain(&s.results).any(|&x| m(x)),
        Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
        Type::Tuple(ts) => ts.iter().any(|&x| m(x)),
        Type::Named(n) => {
            let info = &tt.named[n.0 as usize];
            match &info.origin {
                Some((_, args)) => args.iter().any(|&x| m(x)),
                None => !info.type_params.is_empty(),
            }
        }
        _ => false,
    }
}
