//! Generic functions passed uninstantiated as arguments of a generic call
//! (`Map(xs, Identity)`): their type arguments are inferred together with the call's.
//!
//! Each such argument gets renamed copies of its type parameters (a function may be
//! passed to itself, or twice), which `unify` may bind on the argument side. The
//! arguments are unified after the typed arguments and untyped defaults, against the
//! parameter type with the call's known type arguments substituted; bindings between
//! the call's and the argument's type parameters are then resolved by substitution.

use super::check::*;
use super::exprstr::expr_string;
use super::repr::*;
use crate::syntax::ast::{self, ExprKind};

/// One uninstantiated generic function argument.
pub(crate) struct GenericArg {
    /// Index of the argument operand.
    pub op: usize,
    /// The identifier naming the function (its instance is recorded there).
    pub id: ast::NodeId,
    /// The function's type parameters and their renamed copies.
    pub tps: Vec<TypeId>,
    pub fresh: Vec<TypeId>,
    /// The function's type in terms of `fresh`.
    pub ty: TypeId,
    /// Inferred type arguments (for `fresh`).
    pub targs: Vec<Option<TypeId>>,
}

impl<'p> Checker<'p> {
    /// The generic function object (with the type parameters to instantiate) that
    /// operand `x` names without instantiation (also a generic method selected by `x`),
    /// and the identifier naming it.
    pub fn uninstantiated_func(&self, x: &Operand) -> Option<(ObjId, ast::NodeId, Vec<TypeId>)> {
        if x.mode != OpMode::Value {
            return None;
        }
        if let Some(m) = self.uninstantiated_method(x) {
            return Some(m);
        }
        let id = match &x.e.kind {
            ExprKind::Ident(i) => i.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return None,
        };
        if self.info.instances.contains_key(&id) {
            return None;
        }
        let o = *self.info.uses.get(&id)?;
        match &self.prog.obj(o).kind {
            ObjKind::Func {
                recv: None,
                type_params,
                ..
            } if !type_params.is_empty() => Some((o, id, type_params.clone())),
            _ => None,
        }
    }

    /// Renamed copies of type parameters (same names and constraints, in terms of the
    /// copies).
    pub fn fresh_type_params(&mut self, tps: &[TypeId]) -> Vec<TypeId> {
        let mut fresh = vec![];
        for &tp in tps {
            let Type::TypeParam(i) = *self.tt().get(tp) else {
                fresh.push(tp);
                continue;
            };
            let info = self.tt().type_params[i as usize].clone();
            let n = self.tt().type_params.len() as u32;
            self.prog.types.type_params.push(info);
            fresh.push(self.prog.types.intern(Type::TypeParam(n)));
        }
        for &f in &fresh {
            let c = self.constraint_of(f);
            let c = self.prog.subst(c, tps, &fresh);
            self.set_constraint(f, c);
        }
        fresh
    }

    /// The uninstantiated generic function arguments among `ops`.
    pub fn generic_args(&mut self, ops: &[Operand]) -> Vec<GenericArg> {
        let mut out = vec![];
        for (i, op) in ops.iter().enumerate() {
            let Some((_, id, tps)) = self.uninstantiated_func(op) else {
                continue;
            };
            let fresh = self.fresh_type_params(&tps);
            let ty = self.prog.subst(op.ty, &tps, &fresh);
            out.push(GenericArg {
                op: i,
                id,
                targs: vec![None; tps.len()],
                tps,
                fresh,
                ty,
            });
        }
        out
    }

    /// Unifies the generic function arguments with their parameter types `pts[op]`,
    /// completing the call's type arguments `targs` (for `tps`) and the arguments' own.
    /// Reports a mismatch (and returns false) in gc's words.
    pub fn infer_generic_args(
        &mut self,
        fname: &str,
        ops: &[Operand],
        pts: &[Option<TypeId>],
        tps: &[TypeId],
        targs: &mut [Option<TypeId>],
        gargs: &mut [GenericArg],
    ) -> bool {
        let n = tps.len();
        for _round in 0..3 {
            for g in gargs.iter_mut() {
                let Some(p) = pts[g.op] else { continue };
                let known = super::generics::with_defaults(targs, tps);
                let p = self.prog.subst(p, tps, &known);
                let mut all_tps = tps.to_vec();
                all_tps.extend(&g.fresh);
                let mut all: Vec<Option<TypeId>> = targs.to_vec();
                all.extend(g.targs.iter().copied());
                self.infer_fresh = g.fresh.clone();
                let ok = self.unify(p, g.ty, &all_tps, &mut all, 0);
                self.infer_fresh.clear();
                if !ok {
                    let op = &ops[g.op];
                    let p = pts[g.op].unwrap_or(p);
                    let msg = self.infer_mismatch(op, p, &all_tps, &all);
                    self.error_at(op.e, format!("in call to {fname}, {msg}"));
                    return false;
                }
                targs.copy_from_slice(&all[..n]);
                g.targs.copy_from_slice(&all[n..]);
                let _ = self.infer_from_constraints(&g.fresh, &mut g.targs);
                resolve_bindings(self, tps, targs, &g.fresh, &mut g.targs);
            }
            let _ = self.infer_from_constraints(tps, targs);
        }
        true
    }

    /// Instantiates each generic function argument with its inferred type arguments
    /// (checking its constraints); false after reporting an error.
    pub fn instantiate_generic_args(
        &mut self,
        fname: &str,
        lparen: ast::Pos,
        ops: &mut [Operand],
        gargs: &[GenericArg],
    ) -> bool {
        for g in gargs {
            let op = &ops[g.op];
            let Some(targs) = g
                .targs
                .iter()
                .map(|t| t.filter(|&t| !self.mentions_any(t, &g.fresh)))
                .collect::<Option<Vec<TypeId>>>()
            else {
                let j = g.targs.iter().position(|t| t.is_none()).unwrap_or(0);
                let msg = self.cannot_infer(g.tps[j]);
                self.error(lparen, format!("in call to {fname}, {msg}"));
                return false;
            };
            if !self.verify_type_args(&g.tps, &targs, &|_| lparen, "") {
                return false;
            }
            self.mono_record(&g.tps, &targs, &[], lparen);
            let (e, ty) = (op.e, op.ty);
            ops[g.op].ty = self.record_instance(e, g.id, &g.tps, targs, ty);
        }
        true
    }

    /// Whether `t` mentions one of `tps`.
    pub fn mentions_any(&self, t: TypeId, tps: &[TypeId]) -> bool {
        let unknown = vec![None; tps.len()];
        super::generics::mentions_unknown(self.tt(), t, tps, &unknown, 0)
    }
}

/// Resolves the bindings between the call's type parameters and an argument's renamed
/// ones: a call type argument bound to (a type mentioning) argument type parameters
/// with known values gets them substituted, and the other way round.
fn resolve_bindings(
    c: &mut Checker,
    tps: &[TypeId],
    targs: &mut [Option<TypeId>],
    fresh: &[TypeId],
    ftargs: &mut [Option<TypeId>],
) {
    for _ in 0..4 {
        let mut changed = false;
        for slot in targs.iter_mut() {
            let Some(t) = *slot else { continue };
            if !c.mentions_any(t, fresh) {
                continue;
            }
            let known: Vec<TypeId> = ftargs
                .iter()
                .zip(fresh)
                .map(|(v, &f)| v.filter(|&v| !c.mentions_any(v, fresh)).unwrap_or(f))
                .collect();
            let nt = c.prog.subst(t, fresh, &known);
            if nt != t {
                *slot = Some(nt);
                changed = true;
            }
        }
        for j in 0..ftargs.len() {
            let Some(t) = ftargs[j] else { continue };
            // bound to another argument type parameter that is known
            if let Some(k) = fresh.iter().position(|&f| f == t) {
                if let Some(v) = ftargs[k].filter(|&v| v != t) {
                    ftargs[j] = Some(v);
                    changed = true;
                }
                continue;
            }
            // bound to a type mentioning the call's type parameters that are now known
            let known: Vec<TypeId> = targs
                .iter()
                .zip(tps)
                .map(|(a, &t)| a.filter(|&a| !c.mentions_any(a, fresh)).unwrap_or(t))
                .collect();
            if tps.iter().any(|&tp| c.mentions_any(t, &[tp])) {
                let nt = c.prog.subst(t, tps, &known);
                if nt != t {
                    ftargs[j] = Some(nt);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

impl<'p> Checker<'p> {
    /// Reports a generic function value `x` that could not be instantiated from the
    /// function type `t` it is assigned to (see `inst_failures`), describing the target
    /// as gc does for the assignment `context`; false if `x` is no such value.
    pub fn report_inst_failure(&mut self, x: &mut Operand, t: TypeId, context: &str) -> bool {
        let Some((inferred, ..)) = self.inst_failures.remove(&x.e.id) else {
            return false;
        };
        let func = self.uninstantiated_func(x);
        x.mode = OpMode::Invalid;
        if let Some(callee) = context.strip_prefix("argument to ") {
            let ts = self.tstr(t);
            let (gs, es) = (self.op_type_string(x), expr_string(x.e));
            self.error_at(
                x.e,
                format!("in call to {callee}, type {gs} of {es} does not match {ts}"),
            );
            return true;
        }
        let of = match context {
            "variable declaration" | "assignment" => self.assign_lhs.clone().unwrap_or_default(),
            "return statement" => "result variable".into(),
            c => c.to_string(),
        };
        let names = func
            .as_ref()
            .and_then(|(o, _, _)| self.prog.param_names.get(o).cloned());
        let fstr = |c: &Self, f: TypeId| match &names {
            Some(n) => c.prog.func_string_err(f, Some(c.pkg), n),
            None => c.tstr(f),
        };
        let gs = fstr(self, x.ty);
        // inferred from the target's underlying function type
        let ts = self.tstr(self.tt().underlying(t));
        let msg = match inferred {
            Some(inf) => {
                let is = fstr(self, inf);
                format!("inferred type {is} for {gs} does not match type {ts} of {of}")
            }
            None => {
                let tps = func.map(|(_, _, tps)| tps).unwrap_or_default();
                let list = self.tparam_list(&tps);
                format!("type {ts} of {of} does not match {gs} (cannot infer {list})")
            }
        };
        self.error_at(x.e, msg);
        true
    }

    /// Generic function values whose failed instantiation no assignment reported.
    pub fn report_leftover_inst_failures(&mut self) {
        let mut left: Vec<_> = self.inst_failures.drain().map(|(_, v)| v).collect();
        left.sort_by_key(|(_, at, _)| *at);
        for (_, (file, pos), s) in left {
            let cf = std::mem::replace(&mut self.cur_file, file);
            self.error(
                pos,
                format!("cannot use generic function {s} without instantiation"),
            );
            self.cur_file = cf;
        }
    }
}
