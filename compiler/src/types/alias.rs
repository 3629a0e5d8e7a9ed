//! Generic type aliases (`type Entry[V any] = Pair[string, V]`, go1.24) and the checks
//! that keep uninstantiated generic types (defined or alias) out of value and receiver
//! positions.
//!
//! Aliases are transparent in rgo: `Entry[int]` denotes `Pair[string, int]` itself (an
//! alias adds no type of its own), so messages print the aliased type where gc prints
//! the alias name.

use super::check::*;
use super::exprstr::{expr_string, start_pos};
use super::repr::*;
use super::GenericAlias;
use crate::syntax::ast::{self, Expr};

impl<'p> Checker<'p> {
    /// `type A[P C] = RHS`: declares the type parameters and evaluates the right-hand side
    /// in their scope.
    pub fn generic_alias_decl(&mut self, o: ObjId, s: &ast::TypeSpec) {
        self.prog.objects[o.0 as usize].ty = TypeTable::INVALID;
        self.open_scope();
        let tps = self.declare_type_params(&s.type_params);
        let mut rhs = self.type_expr(&s.ty);
        self.close_scope();
        if self.tt().is_type_param(rhs) {
            self.error_at(
                &s.ty,
                "cannot use type parameter declared in alias declaration as RHS",
            );
            rhs = TypeTable::INVALID;
        }
        self.prog.generic_aliases.insert(
            o,
            GenericAlias {
                type_params: tps,
                rhs,
            },
        );
        self.prog.objects[o.0 as usize].ty = rhs;
    }

    /// The generic alias a (possibly qualified) type name denotes.
    pub fn generic_alias_of(&self, e: &Expr) -> Option<(ObjId, GenericAlias)> {
        let id = super::generics::ident_id(e)?;
        let o = *self.info.uses.get(&id)?;
        self.prog.generic_aliases.get(&o).map(|a| (o, a.clone()))
    }

    /// `A[T1, T2]` for a generic alias `A`: its right-hand side with the type arguments
    /// substituted (after checking their number and constraints).
    pub fn instantiate_alias(
        &mut self,
        e: &Expr,
        base: &Expr,
        indices: &[Expr],
        alias: &GenericAlias,
    ) -> TypeId {
        let Some(args) = self.type_args(indices) else {
            return TypeTable::INVALID;
        };
        let tps = &alias.type_params;
        if args.len() != tps.len() {
            let q = if args.len() < tps.len() {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                start_pos(e),
                format!(
                    "{q} type arguments for type {}: have {}, want {}",
                    expr_string(base),
                    args.len(),
                    tps.len()
                ),
            );
            return TypeTable::INVALID;
        }
        let starts: Vec<ast::Pos> = indices.iter().map(start_pos).collect();
        if !self.verify_type_args(tps, &args, &|i| starts[i], "") {
            return TypeTable::INVALID;
        }
        self.mono_record(tps, &args, indices, start_pos(e));
        let t = self.prog.subst(alias.rhs, tps, &args);
        if let Some(id) = super::generics::ident_id(base) {
            self.info.instances.insert(
                id,
                Instance {
                    type_args: args,
                    ty: t,
                },
            );
        }
        t
    }

    /// `List[T any]` / `Entry[V any]` if type expression `e` (of type `t`) names a
    /// generic type without instantiating it.
    pub fn uninstantiated_generic(&self, e: &Expr, t: TypeId) -> Option<String> {
        if let Some((o, a)) = self.generic_alias_of(e) {
            let name = self.prog.obj(o).name.clone();
            return Some(self.tparams_desc(&name, &a.type_params));
        }
        let generic = self
            .tt()
            .named_info(t)
            .is_some_and(|i| i.origin.is_none() && !i.type_params.is_empty())
            && !self.implicit_generic.contains(&t);
        generic.then(|| self.generic_type_desc(t))
    }

    /// A generic type used as a value-like operand (conversion `List(x)`, `new(List)`,
    /// method expression `List.M`): gc's error, naming it as written.
    pub fn reject_generic_type(&mut self, x: &mut Operand) -> bool {
        if x.mode != OpMode::TypeExpr || self.uninstantiated_generic(x.e, x.ty).is_none() {
            return false;
        }
        let s = expr_string(x.e);
        self.error_at(
            x.e,
            format!("cannot use generic type {s} without instantiation"),
        );
        x.mode = OpMode::Invalid;
        true
    }

    /// A use of type name `o` while it is being resolved: when `o` is an alias, the
    /// aliases from it on form a cycle (gc's "invalid recursive type").
    pub fn alias_cycle(&mut self, o: ObjId) {
        let Some(at) = self.alias_stack.iter().position(|&a| a == o) else {
            return;
        };
        let mut cycle = self.alias_stack[at..].to_vec();
        // reported from the alias declared first
        let first = (0..cycle.len())
            .min_by_key(|&i| {
                let ob = self.prog.obj(cycle[i]);
                (ob.file, ob.pos)
            })
            .unwrap_or(0);
        cycle.rotate_left(first);
        let (pos, file, name) = {
            let ob = self.prog.obj(cycle[0]);
            (ob.pos, ob.file, ob.name.clone())
        };
        let msg = if cycle.len() == 1 {
            format!("invalid recursive type: {name} refers to itself")
        } else {
            let mut m = format!("invalid recursive type {name}");
            for (i, &a) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                let ob = self.prog.obj(a);
                let at = self.pos_string(ob.file, ob.pos);
                let nn = &self.prog.obj(next).name;
                m.push_str(&format!("\n\t{at}: {} refers to {nn}", ob.name));
            }
            m
        };
        let cf = self.cur_file;
        self.cur_file = self
            .files
            .iter()
            .position(|f| Some(f.0) == file)
            .unwrap_or(0);
        self.error(pos, msg);
        self.cur_file = cf;
    }
}
