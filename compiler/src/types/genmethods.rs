//! Generic methods (go1.27): methods with type parameters of their own,
//! `func (l List[T]) Map[U any](f func(T) U) List[U]`.
//!
//! A method object's `type_params` are its receiver's followed by its own
//! (`own_type_params` of them). Selecting the method (`l.Map`, `List[int].Map`)
//! substitutes the receiver's type arguments; the own ones are given explicitly
//! (`l.Map[string]`) or inferred as for generic functions (in calls, from an assignment's
//! function type, or as an argument of a generic call). The instance recorded for the
//! method name's identifier holds the own type arguments only; the back end prepends the
//! receiver's. Generic methods do not count for interfaces, as in gc.
//!
//! Explicit instantiation (`F[T1]`, `x.M[T1]`) is shared with generic functions.

use super::check::*;
use super::exprstr::end_pos;
use super::repr::*;
use super::Program;
use crate::syntax::ast::{self, Expr, ExprKind};

impl Program {
    /// The type parameters of method (or function) `m` that come from its receiver.
    pub fn recv_type_params(&self, m: ObjId) -> Vec<TypeId> {
        match &self.obj(m).kind {
            ObjKind::Func {
                type_params,
                own_type_params,
                ..
            } => type_params[..type_params.len() - own_type_params].to_vec(),
            _ => vec![],
        }
    }

    /// A method's own type parameters (empty unless it is a generic method).
    pub fn own_type_params(&self, m: ObjId) -> Vec<TypeId> {
        match &self.obj(m).kind {
            ObjKind::Func {
                type_params,
                own_type_params,
                ..
            } => type_params[type_params.len() - own_type_params..].to_vec(),
            _ => vec![],
        }
    }

    /// `[U any]` for a generic method (as gc prints it in `have Map[U any](...)`), else
    /// nothing.
    pub fn own_type_params_desc(&self, m: ObjId, cur: Option<PkgId>) -> String {
        let own = self.own_type_params(m);
        if own.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = own
            .iter()
            .map(|&tp| {
                let c = match self.types.get(tp) {
                    Type::TypeParam(i) => self.types.type_params[*i as usize].constraint,
                    _ => TypeTable::INVALID,
                };
                let cs = match self.types.implicit_src.get(&c) {
                    Some(src) => src.clone(),
                    None => self.type_string_err(c, cur),
                };
                format!("{} {cs}", self.type_string_err(tp, cur))
            })
            .collect();
        format!("[{}]", parts.join(", "))
    }
}

impl<'p> Checker<'p> {
    /// The generic method (with its own type parameters) that a selector operand `x`
    /// (`l.Map`, `List[int].Map`) selects without instantiating it, and the identifier
    /// naming the method.
    pub fn uninstantiated_method(&self, x: &Operand) -> Option<(ObjId, ast::NodeId, Vec<TypeId>)> {
        let ExprKind::Selector { sel, .. } = &x.e.kind else {
            return None;
        };
        let s = self.info.selections.get(&x.e.id)?;
        if s.kind == SelectionKind::FieldVal || self.info.instances.contains_key(&sel.id) {
            return None;
        }
        let own = self.prog.own_type_params(s.obj);
        (!own.is_empty()).then_some((s.obj, sel.id, own))
    }

    /// `F[T1]`, `l.Map[T1]`, `List[int].Map[T1]` (`base` evaluated to the generic
    /// function or method with type parameters `tps`, named at `id`): instantiates it
    /// with explicit type arguments (the missing ones inferred from the constraints). In
    /// a call (`call_fun`), type arguments left unknown are inferred from the call's
    /// arguments: they are kept in `partial_targs` and the method stays uninstantiated.
    pub fn instantiate_explicit<'a>(
        &mut self,
        e: &'a Expr,
        base: Operand<'a>,
        indices: &'a [Expr],
        id: ast::NodeId,
        tps: Vec<TypeId>,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        let Some(args) = self.type_args(indices) else {
            return x;
        };
        if args.len() > tps.len() {
            self.error_at(
                &indices[tps.len()],
                format!("got {} type arguments but want {}", args.len(), tps.len()),
            );
            return x;
        }
        let mut targs: Vec<Option<TypeId>> = args.iter().map(|&a| Some(a)).collect();
        targs.resize(tps.len(), None);
        // (no inference at all when every type argument is explicit)
        if args.len() < tps.len() {
            if let Err(msg) = self.infer_from_constraints(&tps, &mut targs) {
                self.error(end_pos(base.e), msg);
                return x;
            }
        }
        if targs.iter().any(|t| t.is_none()) {
            if self.call_fun == Some(e.id) {
                self.partial_targs = Some((e.id, args));
                x.mode = OpMode::Value;
                x.ty = base.ty;
                return x;
            }
            let j = targs.iter().position(|t| t.is_none()).unwrap_or(0);
            let msg = self.cannot_infer(tps[j]);
            self.error(end_pos(base.e), msg);
            return x;
        }
        let targs: Vec<TypeId> = targs.into_iter().flatten().collect();
        let starts: Vec<ast::Pos> = indices.iter().map(super::exprstr::start_pos).collect();
        let lp = end_pos(base.e);
        let pos = move |i: usize| starts.get(i).copied().unwrap_or(lp);
        if !self.verify_type_args(&tps, &targs, &pos, "") {
            return x;
        }
        self.mono_record(&tps, &targs, indices, lp);
        x.ty = self.record_instance(base.e, id, &tps, targs, base.ty);
        x.mode = OpMode::Value;
        x
    }

    /// Instantiates the generic function (or method) value `e` of type `generic` (named at
    /// `id`) with `targs` for `tps`: records the instance and the instantiated type.
    pub fn record_instance(
        &mut self,
        e: &Expr,
        id: ast::NodeId,
        tps: &[TypeId],
        targs: Vec<TypeId>,
        generic: TypeId,
    ) -> TypeId {
        let it = self.prog.subst(generic, tps, &targs);
        self.info.instances.insert(
            id,
            Instance {
                type_args: targs,
                ty: it,
            },
        );
        self.retype(e, it);
        it
    }
}
