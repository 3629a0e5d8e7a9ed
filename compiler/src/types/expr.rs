//! Expressions: identifiers, literals, composite and function literals, selectors,
//! index/slice expressions, type assertions, unary/binary operators (with untyped
//! constant rules and shifts), implicit conversion of untyped operands, assignability.

use std::collections::HashMap;

use super::check::*;
use super::constant::{self, ReprError};
use super::exprstr::{expr_string, start_pos};
use super::lookup::{is_exported, Lookup};
use super::repr::*;
use crate::syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};

fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Eql | Neq | Lss | Leq | Gtr | Geq)
}

impl<'p> Checker<'p> {
    /// A single value (not a type, not a tuple, not "no value").
    pub fn expr<'a>(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw(e, None);
        self.single_value(x)
    }

    /// Like `expr`, with a type hint for an elided composite literal type.
    pub fn expr_hint<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.raw(e, hint);
        self.single_value(x)
    }

    pub fn single_value<'a>(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        match x.mode {
            OpMode::NoValue => {
                let s = expr_string(x.e);
                self.error_at(x.e, format!("{s} (no value) used as value"));
                x.mode = OpMode::Invalid;
            }
            OpMode::TypeExpr => {
                let s = expr_string(x.e);
                self.error_at(x.e, format!("{s} (type) is not an expression"));
                x.mode = OpMode::Invalid;
            }
            OpMode::Builtin(_) => {
                let s = expr_string(x.e);
                self.error_at(x.e, format!("{s} (built-in function) must be called"));
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.tt().get(x.ty) {
                    let n = ts.len();
                    if let (Some(id), ExprKind::Call { fun, .. }) =
                        (self.single_assign_rhs, &x.e.kind)
                    {
                        if id == x.e.id {
                            let f = expr_string(fun);
                            self.error_at(
                                x.e,
                                format!(
                                    "assignment mismatch: 1 variable but {f} returns {n} values"
                                ),
                            );
                            x.mode = OpMode::Invalid;
                            return x;
                        }
                    }
                    let d = self.op_string(&x);
                    self.error_at(x.e, format!("multiple-value {d} in single-value context"));
                    x.mode = OpMode::Invalid;
                } else {
                    self.reject_generic_value(&mut x);
                }
            }
        }
        x
    }

    /// A value or a type.
    pub fn expr_or_type<'a>(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw(e, None);
        match x.mode {
            OpMode::TypeExpr => x,
            _ => self.single_value(x),
        }
    }

    /// A value, possibly a tuple (multi-value call) or "no value".
    pub fn multi_expr<'a>(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw(e, None);
        match x.mode {
            OpMode::TypeExpr | OpMode::Builtin(_) => self.single_value(x),
            OpMode::NoValue => {
                let s = expr_string(x.e);
                self.error_at(x.e, format!("{s} (no value) used as value"));
                x.mode = OpMode::Invalid;
                x
            }
            _ => {
                self.reject_generic_value(&mut x);
                x
            }
        }
    }

    /// Evaluates an expression of any kind and records it.
    pub fn raw<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_inner(e, hint);
        if let Some(h) = hint {
            // a generic function used where a function type is expected
            self.instantiate_from_target(&mut x, h);
        }
        // an operand of invalid type (after an earlier error) is invalid
        if x.ty == TypeTable::INVALID && !matches!(x.mode, OpMode::NoValue | OpMode::Builtin(_)) {
            x.mode = OpMode::Invalid;
        }
        self.record(&x);
        x
    }

    fn raw_inner<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        match &e.kind {
            ExprKind::Ident(id) => return self.ident(e, id),
            ExprKind::BasicLit { kind, raw } => match constant::from_literal(*kind, raw) {
                Some(v) => {
                    x.mode = OpMode::Constant;
                    x.ty = match kind {
                        ast::LitKind::Int => TypeTable::UNTYPED_INT,
                        ast::LitKind::Float => TypeTable::UNTYPED_FLOAT,
                        ast::LitKind::Imag => TypeTable::UNTYPED_COMPLEX,
                        ast::LitKind::Char => TypeTable::UNTYPED_RUNE,
                        ast::LitKind::String => TypeTable::UNTYPED_STRING,
                    };
                    x.val = Some(v);
                }
                None => self.error(e.pos, format!("malformed constant: {raw}")),
            },
            ExprKind::Paren(inner) => {
                // as gc: no instantiation or inference through parentheses (names take
                // no other hint)
                let named = matches!(inner.kind, ExprKind::Ident(_) | ExprKind::Selector { .. });
                let mut y = self.raw(inner, if named { None } else { hint });
                self.reject_generic_value(&mut y);
                x.mode = y.mode;
                x.ty = y.ty;
                x.val = y.val;
            }
            ExprKind::CompositeLit {
                ty, elts, rbrace, ..
            } => return self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit { ty, body } => {
                if !ty.type_params.is_empty() {
                    self.error(e.pos, "function literal cannot have type parameters");
                }
                let (sig, _, _) = self.signature(ty, None);
                self.func_body(sig, ty, None, body);
                x.mode = OpMode::Value;
                x.ty = sig;
            }
            ExprKind::Selector { x: base, sel } => return self.selector(e, base, sel),
            ExprKind::Index {
                x: base, indices, ..
            } => return self.index_expr(e, base, indices),
            ExprKind::Slice {
                x: base,
                lo,
                hi,
                max,
                slice3,
                ..
            } => {
                return self.slice_expr(
                    e,
                    base,
                    [lo.as_deref(), hi.as_deref(), max.as_deref()],
                    *slice3,
                )
            }
            ExprKind::TypeAssert { x: base, ty } => {
                let v = self.expr(base);
                if v.is_invalid() {
                    if let Some(t) = ty {
                        self.type_expr(t);
                    }
                    return x;
                }
                let Some(t) = ty else {
                    self.error_at(e, "invalid syntax tree: use of .(type) outside type switch");
                    return x;
                };
                if self.tt().is_type_param(v.ty) {
                    let d = self.op_string(&v);
                    self.error_at(
                        base,
                        format!("invalid operation: cannot use type assertion on type parameter value {d}"),
                    );
                    self.type_expr(t);
                    return x;
                }
                if !self.tt().is_interface(v.ty) {
                    let d = self.op_string(&v);
                    self.error_at(base, format!("invalid operation: {d} is not an interface"));
                    self.type_expr(t);
                    return x;
                }
                let tt = self.type_expr(t);
                if tt == TypeTable::INVALID {
                    return x;
                }
                self.check_assertable(e, v.ty, tt);
                x.mode = OpMode::CommaOk;
                x.ty = tt;
            }
            ExprKind::Call { .. } => return self.call(e),
            ExprKind::Star(inner) => {
                let v = self.expr_or_type(inner);
                match v.mode {
                    OpMode::Invalid => {}
                    OpMode::TypeExpr => {
                        x.mode = OpMode::TypeExpr;
                        x.ty = self.prog.types.pointer(v.ty);
                    }
                    OpMode::Nil => self.error_at(inner, "invalid operation: cannot indirect nil"),
                    _ => match self.tt().pointer_elem(v.ty) {
                        Some(t) => {
                            x.mode = OpMode::Variable;
                            x.ty = t;
                        }
                        None => {
                            let d = self.op_string(&v);
                            self.error_at(inner, format!("invalid operation: cannot indirect {d}"));
                        }
                    },
                }
            }
            ExprKind::Unary { op, x: inner } => return self.unary(e, *op, inner, hint),
            ExprKind::Binary {
                op,
                x: l,
                y: r,
                op_pos,
            } => return self.binary(e, *op, l, r, *op_pos),
            ExprKind::KeyValue { .. } => self.error_at(e, "unexpected key:value expression"),
            ExprKind::Ellipsis => self.error(e.pos, "invalid use of ..."),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if t != TypeTable::INVALID {
                    x.mode = OpMode::TypeExpr;
                    x.ty = t;
                }
            }
        }
        x
    }

    fn ident<'a>(&mut self, e: &'a Expr, id: &ast::Ident) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        if id.name == "_" {
            self.error(id.pos, "cannot use _ as value");
            return x;
        }
        let Some(o) = self.lookup_name(&id.name) else {
            self.error(id.pos, format!("undefined: {}", id.name));
            return x;
        };
        self.info.uses.insert(id.id, o);
        self.use_obj(&mut x, o, id.pos);
        x
    }

    /// Fills operand `x` for a use of object `o`.
    pub fn use_obj(&mut self, x: &mut Operand, o: ObjId, pos: ast::Pos) {
        self.resolve_obj(o);
        self.used.insert(o);
        let ob = self.prog.obj(o).clone();
        match &ob.kind {
            ObjKind::Var { global, .. } => {
                if *global {
                    self.add_dep(o);
                }
                if ob.ty == TypeTable::INVALID {
                    return;
                }
                x.mode = OpMode::Variable;
                x.ty = ob.ty;
            }
            ObjKind::Const(v) => {
                if self.prog.universe.get("iota") == Some(&o) {
                    match self.iota {
                        Some(i) => {
                            x.mode = OpMode::Constant;
                            x.ty = TypeTable::UNTYPED_INT;
                            x.val = Some(ConstValue::Int(i.into()));
                        }
                        None => self.error(pos, "cannot use iota outside constant declaration"),
                    }
                    return;
                }
                if ob.ty == TypeTable::INVALID {
                    return;
                }
                x.mode = OpMode::Constant;
                x.ty = ob.ty;
                x.val = Some(v.clone());
            }
            ObjKind::TypeName => {
                if ob.ty == TypeTable::INVALID {
                    return;
                }
                x.mode = OpMode::TypeExpr;
                x.ty = ob.ty;
            }
            ObjKind::Func { recv, .. } => {
                if recv.is_none() {
                    self.add_dep(o);
                }
                if ob.ty == TypeTable::INVALID {
                    return;
                }
                x.mode = OpMode::Value;
                x.ty = ob.ty;
            }
            ObjKind::PkgName(_) => {
                self.error(pos, format!("use of package {} without selector", ob.name));
            }
            ObjKind::Builtin(b) => {
                x.mode = OpMode::Builtin(*b);
            }
            ObjKind::Label => {}
            ObjKind::Nil => {
                x.mode = OpMode::Nil;
                x.ty = TypeTable::UNTYPED_NIL;
            }
        }
    }

    // ---- untyped conversion and assignability -------------------------------------------

    /// After `e` (untyped) got its final type `t`, updates the recorded types of `e` and its
    /// untyped sub-expressions.
    pub fn update_expr_type(&mut self, e: &Expr, t: TypeId) {
        let Some(old) = self.info.types.get(&e.id).cloned() else {
            return;
        };
        if !self.tt().is_untyped(old.ty) {
            return;
        }
        let was_const = old.mode == Mode::Constant;
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary { op, x } if *op != UnaryOp::Recv && *op != UnaryOp::Addr => {
                self.update_expr_type(x, t)
            }
            ExprKind::Binary { op, x, y, .. } => {
                if is_comparison(*op) {
                    // the operands' types are independent of the result
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.update_expr_type(x, t);
                    if !was_const
                        && !self.tt().is_integer(t)
                        && !self.tt().is_interface(t)
                        && t != TypeTable::INVALID
                    {
                        let xs = expr_string(x);
                        let ts = self.tstr(t);
                        self.error_at(e, format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"));
                    }
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        let mut rec_t = t;
        if self.tt().is_interface(t) {
            rec_t = self.tt().default_type(old.ty);
        }
        let value = if was_const {
            let v = old.value.clone();
            match (v, self.tt().basic_kind(rec_t)) {
                (Some(v), Some(k)) => constant::representable(&v, k)
                    .ok()
                    .map(constant::normalize)
                    .or(Some(v)),
                (v, _) => v,
            }
        } else {
            None
        };
        if let Some(tv) = self.info.types.get_mut(&e.id) {
            tv.ty = rec_t;
            if was_const {
                tv.value = value;
            }
        }
    }

    /// The type an untyped operand assumes when used as a `target` (interfaces: the default
    /// type), or an error reason.
    fn implicit_type(&self, x: &Operand, target: TypeId) -> Result<TypeId, ReprError> {
        let tt = self.tt();
        if x.mode == OpMode::Nil {
            return if tt.has_nil(target) {
                Ok(TypeTable::UNTYPED_NIL)
            } else {
                Err(ReprError::Mismatch)
            };
        }
        if tt.is_interface(target) && !tt.is_type_param(target) {
            let d = tt.default_type(x.ty);
            if let (OpMode::Constant, Some(v), Some(k)) = (x.mode, &x.val, tt.basic_kind(d)) {
                if !tt.is_untyped(d) {
                    constant::representable(v, k)?;
                }
            }
            return Ok(d);
        }
        if tt.is_type_param(target) {
            // representable in every type of the type set
            let Some(terms) = tt.tparam_terms(target).filter(|t| !t.is_empty()) else {
                return Err(ReprError::Mismatch);
            };
            for (_, ty) in terms {
                if tt.is_type_param(ty) {
                    return Err(ReprError::Mismatch);
                }
                self.implicit_type(x, ty).map_err(|_| ReprError::Mismatch)?;
            }
            return Ok(target);
        }
        let Some(k) = tt.basic_kind(target) else {
            return Err(ReprError::Mismatch);
        };
        if tt.is_untyped(target) {
            return Ok(target);
        }
        if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
            constant::representable(v, k)?;
            return Ok(target);
        }
        // untyped non-constant: bool (comparisons) or numeric (shifts)
        let xk = tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        if xk == BasicKind::UntypedBool {
            return if k.is_boolean() {
                Ok(target)
            } else {
                Err(ReprError::Mismatch)
            };
        }
        if xk.is_numeric() {
            return if k.is_numeric() {
                Ok(target)
            } else {
                Err(ReprError::Mismatch)
            };
        }
        if xk == BasicKind::UntypedString {
            return if k.is_string() {
                Ok(target)
            } else {
                Err(ReprError::Mismatch)
            };
        }
        Err(ReprError::Mismatch)
    }

    /// Applies the conversion of untyped `x` to `t` (after a successful `implicit_type`).
    fn set_untyped_type(&mut self, x: &mut Operand, t: TypeId) {
        if t == x.ty {
            return;
        }
        if let (Some(v), Some(k)) = (&x.val, self.tt().basic_kind(t)) {
            if !self.tt().is_untyped(t) {
                if let Ok(nv) = constant::representable(v, k) {
                    x.val = Some(constant::normalize(nv));
                }
            }
        }
        x.ty = t;
        self.update_expr_type(x.e, t);
    }

    /// Converts untyped `x` to `target` in an operand context (binary operands, index...),
    /// reporting `X overflows T` / `X truncated to T` / `cannot convert X to type T`.
    pub fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) -> bool {
        if x.is_invalid() || !self.tt().is_untyped(x.ty) || target == TypeTable::INVALID {
            return true;
        }
        match self.implicit_type(x, target) {
            Ok(t) => {
                self.set_untyped_type(x, t);
                true
            }
            Err(r) => {
                let d = self.op_string(x);
                let ts = self.tstr(target);
                let msg = match r {
                    ReprError::Overflows if x.mode == OpMode::Constant => {
                        format!("{d} overflows {ts}")
                    }
                    ReprError::Truncated if x.mode == OpMode::Constant => {
                        format!("{d} truncated to {ts}")
                    }
                    _ => format!("cannot convert {d} to type {ts}"),
                };
                self.error_at(x.e, msg);
                x.mode = OpMode::Invalid;
                false
            }
        }
    }

    /// Checks that `x` can be assigned to a variable of type `t` (converting untyped
    /// values) and reports `cannot use X as T value in CONTEXT[: reason]`.
    pub fn assignment(&mut self, x: &mut Operand, t: TypeId, context: &str) -> bool {
        if x.is_invalid() || self.report_inst_failure(x, t, context) {
            return false;
        }
        if t == TypeTable::INVALID
            || self.tt().is_invalid(t) && !matches!(self.tt().get(t), Type::Basic(_))
        {
            return true;
        }
        if self.tt().is_untyped(x.ty) {
            match self.implicit_type(x, t) {
                Ok(nt) => {
                    if x.mode == OpMode::Nil {
                        x.ty = TypeTable::UNTYPED_NIL;
                        return true;
                    }
                    self.set_untyped_type(x, nt);
                }
                Err(r) => {
                    let mut ts = self.tstr(t);
                    if self.tt().is_interface(t) && !self.tt().is_type_param(t) {
                        // the constant did not fit its default type
                        ts = self.tstr(self.tt().default_type(x.ty));
                    }
                    if x.mode == OpMode::Nil {
                        self.error_at(x.e, format!("cannot use nil as {ts} value in {context}"));
                        x.mode = OpMode::Invalid;
                        return false;
                    }
                    let d = self.op_string(x);
                    let suffix = match r {
                        ReprError::Overflows => " (overflows)",
                        ReprError::Truncated => " (truncated)",
                        ReprError::Mismatch => "",
                    };
                    self.error_at(
                        x.e,
                        format!("cannot use {d} as {ts} value in {context}{suffix}"),
                    );
                    x.mode = OpMode::Invalid;
                    return false;
                }
            }
            if x.mode == OpMode::Nil || self.tt().is_untyped(x.ty) {
                return true;
            }
        }
        if self.prog.assignable_type(x.ty, t) {
            return true;
        }
        let d = self.op_string(x);
        let ts = self.tstr(t);
        let mut msg = format!("cannot use {d} as {ts} value in {context}");
        if self.tt().is_interface(t) && !self.tt().is_type_param(t) {
            if let Err(reason) = self.prog.implements(x.ty, t, Some(self.pkg)) {
                let vs = self.tstr(x.ty);
                msg.push_str(&format!(": {vs} does not implement {ts} {reason}"));
            }
        } else if self.tt().is_interface(x.ty)
            && self.prog.implements(t, x.ty, Some(self.pkg)).is_ok()
        {
            msg.push_str(": need type assertion");
        }
        self.error_at(x.e, msg);
        x.mode = OpMode::Invalid;
        false
    }

    /// Gives an untyped operand its default type (for `x := 1`, interface arguments, ...).
    pub fn default_operand(&mut self, x: &mut Operand) {
        if x.is_invalid() || !self.tt().is_untyped(x.ty) || x.mode == OpMode::Nil {
            return;
        }
        let t = self.tt().default_type(x.ty);
        self.convert_untyped(x, t);
    }

    fn check_assertable(&mut self, e: &Expr, iface: TypeId, t: TypeId) {
        if self.tt().is_interface(t) {
            return;
        }
        if let Err(reason) = self.prog.implements(t, iface, Some(self.pkg)) {
            let s = expr_string(e);
            let ts = self.tstr(t);
            let is = self.tstr(iface);
            self.error_at(
                e,
                format!("impossible type assertion: {s}\n\t{ts} does not implement {is} {reason}"),
            );
        }
    }

    // ---- selectors ---------------------------------------------------------------------------

    fn selector<'a>(&mut self, e: &'a Expr, base: &'a Expr, sel: &ast::Ident) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        // qualified identifier
        if let ExprKind::Ident(pid) = &base.kind {
            if let Some(po) = self.lookup_name(&pid.name) {
                if let ObjKind::PkgName(p) = self.prog.obj(po).kind {
                    self.used.insert(po);
                    self.info.uses.insert(pid.id, po);
                    let target = self.prog.packages[p.0 as usize]
                        .scope
                        .get(&sel.name)
                        .copied();
                    match target {
                        Some(o) if is_exported(&sel.name) => {
                            self.info.uses.insert(sel.id, o);
                            self.use_obj(&mut x, o, sel.pos);
                        }
                        _ => {
                            let alt = self.prog.packages[p.0 as usize]
                                .scope
                                .keys()
                                .find(|k| is_exported(k) && k.eq_ignore_ascii_case(&sel.name))
                                .cloned();
                            match alt {
                                Some(a) => self.error(
                                    sel.pos,
                                    format!(
                                        "undefined: {}.{} (but have {})",
                                        pid.name, sel.name, a
                                    ),
                                ),
                                None if target.is_some() => self.error(
                                    sel.pos,
                                    format!(
                                        "name {} not exported by package {}",
                                        sel.name, pid.name
                                    ),
                                ),
                                // A name of gc's package that rgo's lacks.
                                None if crate::stdlib::in_gc_api(
                                    &self.prog.packages[p.0 as usize].path,
                                    &sel.name,
                                ) =>
                                {
                                    self.error(
                                        sel.pos,
                                        format!(
                                            "rgo: {}.{} is not supported yet",
                                            pid.name, sel.name
                                        ),
                                    )
                                }
                                None => self.error(
                                    sel.pos,
                                    format!("undefined: {}.{}", pid.name, sel.name),
                                ),
                            }
                        }
                    }
                    return x;
                }
            }
        }
        let mut v = self.expr_or_type(base);
        if v.is_invalid() || v.ty == TypeTable::INVALID || self.reject_generic_type(&mut v) {
            return x;
        }
        if v.mode == OpMode::Nil {
            self.error_at(
                e,
                format!(
                    "{}.{} undefined (type untyped nil has no field or method {})",
                    "nil", sel.name, sel.name
                ),
            );
            return x;
        }
        let res = self.prog.lookup(v.ty, &sel.name, Some(self.pkg));
        match res {
            Lookup::Found {
                obj,
                index,
                indirect,
                is_field,
            } => {
                self.info.uses.insert(sel.id, obj);
                self.resolve_method(obj);
                if v.mode == OpMode::TypeExpr {
                    // method expression
                    if is_field {
                        let s = expr_string(e);
                        let ts = self.tstr(v.ty);
                        self.error(
                            sel.pos,
                            format!("{s} undefined (type {ts} has no method {})", sel.name),
                        );
                        return x;
                    }
                    let is_ptr = matches!(self.tt().get(v.ty), Type::Pointer(_));
                    if self.prog.has_pointer_recv(obj)
                        && !is_ptr
                        && !indirect
                        && !self.tt().is_interface(v.ty)
                    {
                        let s = expr_string(e);
                        let ts = self.tstr(v.ty);
                        self.error_at(
                            e,
                            format!(
                                "invalid method expression {s} (needs pointer receiver (*{ts}).{})",
                                sel.name
                            ),
                        );
                        return x;
                    }
                    let rn = self.prog.embedded_type_at(v.ty, &index);
                    let mt = self.prog.method_sig_in(obj, rn);
                    let Some(sig) = self.tt().signature(mt).cloned() else {
                        return x;
                    };
                    let mut params = vec![v.ty];
                    params.extend(sig.params);
                    x.ty = self.prog.types.intern(Type::Func(Signature {
                        params,
                        results: sig.results,
                        variadic: sig.variadic,
                    }));
                    x.mode = OpMode::Value;
                    self.add_dep(obj);
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodExpr,
                            recv: v.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                    return x;
                }
                if is_field {
                    x.mode = if v.mode == OpMode::Variable || indirect {
                        OpMode::Variable
                    } else {
                        OpMode::Value
                    };
                    x.ty = self.prog.obj(obj).ty;
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::FieldVal,
                            recv: v.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                } else {
                    let is_ptr = matches!(self.tt().get(v.ty), Type::Pointer(_));
                    if self.prog.has_pointer_recv(obj)
                        && !is_ptr
                        && !indirect
                        && v.mode != OpMode::Variable
                    {
                        let ts = self.tstr(v.ty);
                        let d = self.op_string(&v);
                        let _ = d;
                        self.error_at(
                            e,
                            format!("cannot call pointer method {} on {ts}", sel.name),
                        );
                        return x;
                    }
                    if !self.tt().is_interface(v.ty) {
                        self.add_dep(obj);
                    }
                    x.mode = OpMode::Value;
                    let rn = self.prog.embedded_type_at(v.ty, &index);
                    x.ty = self.prog.method_sig_in(obj, rn);
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            recv: v.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                }
                x
            }
            Lookup::Ambiguous => {
                let s = expr_string(e);
                self.error(sel.pos, format!("ambiguous selector {s}"));
                x
            }
            Lookup::NotFound => {
                let s = expr_string(e);
                let ts = self.tstr(v.ty);
                if v.mode == OpMode::TypeExpr {
                    self.error(
                        sel.pos,
                        format!("{s} undefined (type {ts} has no method {})", sel.name),
                    );
                    return x;
                }
                if let Some(pe) = self.tt().pointer_elem(v.ty) {
                    if self.tt().is_interface(pe) && !self.tt().is_type_param(pe) {
                        self.error(
                            sel.pos,
                            format!(
                                "{s} undefined (type {ts} is pointer to interface, not interface)"
                            ),
                        );
                        return x;
                    }
                }
                // a different capitalisation?
                let mut hint = String::new();
                let alt: Vec<String> = {
                    let mut names = vec![];
                    let t = self.tt().pointer_elem(v.ty).unwrap_or(v.ty);
                    if let Some(fs) = self.tt().struct_fields(t) {
                        names.extend(fs.iter().map(|f| f.name.clone()));
                    }
                    names
                };
                let alt_name = if is_exported(&sel.name) {
                    None
                } else {
                    let mut up = sel.name.clone();
                    if let Some(first) = up.get(0..1) {
                        up = first.to_uppercase() + &up[1..];
                    }
                    Some(up)
                };
                if let Some(up) = alt_name {
                    if alt.contains(&up) {
                        hint = format!(", but does have field {up}");
                    } else if let Lookup::Found {
                        is_field: false, ..
                    } = self.prog.lookup(v.ty, &up, Some(self.pkg))
                    {
                        hint = format!(", but does have method {up}");
                    }
                } else {
                    let mut low = sel.name.clone();
                    if let Some(first) = low.get(0..1) {
                        low = first.to_lowercase() + &low[1..];
                    }
                    if alt.contains(&low) {
                        hint = format!(", but does have field {low}");
                    } else if let Lookup::Found {
                        is_field: false, ..
                    } = self.prog.lookup(v.ty, &low, Some(self.pkg))
                    {
                        hint = format!(", but does have method {low}");
                    }
                }
                if let Some(m) = self.missing_std_method(v.ty, &sel.name) {
                    self.error(sel.pos, format!("rgo: {m} is not supported yet"));
                    return x;
                }
                self.error(
                    sel.pos,
                    format!(
                        "{s} undefined (type {ts} has no field or method {}{hint})",
                        sel.name
                    ),
                );
                x
            }
        }
    }

    /// `pkg.Type.name` when `t` is (a pointer to) a named std type whose gc version has
    /// the method `name` that rgo's lacks.
    fn missing_std_method(&self, t: TypeId, name: &str) -> Option<String> {
        let t = self.tt().pointer_elem(t).unwrap_or(t);
        let obj = self.prog.obj(self.tt().named_info(t)?.obj);
        let pkg = &self.prog.packages[obj.pkg?.0 as usize];
        let method = format!("{}.{name}", obj.name);
        crate::stdlib::in_gc_api(&pkg.path, &method).then(|| format!("{}.{method}", pkg.name))
    }

    /// Makes sure a method object's signature is resolved.
    pub fn resolve_method(&mut self, o: ObjId) {
        if self.decls.contains_key(&o) {
            self.resolve_obj(o);
        }
    }

    // ---- index and slice -----------------------------------------------------------------

    /// Checks an index operand; returns its constant value if any. `len` bounds constants.
    pub fn index_value(&mut self, e: &Expr, len: Option<u64>) -> Option<i128> {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if self.tt().is_untyped(x.ty) && x.mode == OpMode::Constant {
            if !self.convert_untyped(&mut x, TypeTable::INT) {
                return None;
            }
        } else if self.tt().is_untyped(x.ty) {
            self.convert_untyped(&mut x, TypeTable::INT);
        }
        if !self.tt().is_integer(x.ty) {
            let d = self.op_string(&x);
            self.error_at(e, format!("invalid argument: index {d} must be integer"));
            return None;
        }
        if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
            let i = constant::to_int(v)
                .and_then(|i| i128::try_from(&i).ok())
                .unwrap_or(i128::MAX);
            if i < 0 {
                let d = self.op_string(&x);
                self.error_at(
                    e,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            if let Some(n) = len {
                if i >= n as i128 {
                    let s = expr_string(e);
                    self.error_at(
                        e,
                        format!("invalid argument: index {s} out of bounds [0:{n}]"),
                    );
                    return None;
                }
            }
            return Some(i);
        }
        None
    }

    fn index_expr<'a>(&mut self, e: &'a Expr, base: &'a Expr, indices: &'a [Expr]) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        if let Some((o, id)) = self.generic_func_of(base) {
            return self.instantiate_func_expr(e, base, indices, o, id);
        }
        let v = self.raw(base, None);
        if v.mode == OpMode::TypeExpr {
            let t = self.instantiate_type_expr_from(e, base, indices, v.ty);
            if t != TypeTable::INVALID {
                x.mode = OpMode::TypeExpr;
                x.ty = t;
            }
            return x;
        }
        if let Some((_, id, tps)) = self.uninstantiated_method(&v) {
            return self.instantiate_explicit(e, v, indices, id, tps);
        }
        let v = self.single_value(v);
        if v.is_invalid() {
            for i in indices {
                self.raw(i, None);
            }
            return x;
        }
        if indices.len() != 1 {
            self.error_at(e, "unexpected comma; expecting ]");
            return x;
        }
        let idx = &indices[0];
        let u = self.tt().core_or_under(v.ty);
        let typeset = self
            .tt()
            .is_type_param(u)
            .then(|| self.tt().typeset_index(u, v.mode == OpMode::Variable));
        if let Some(Some((key, el, value_only))) = typeset {
            // indexable without a core type: all types of the set agree
            match key {
                Some(k) => {
                    let mut kx = self.expr_hint(idx, Some(k));
                    self.assignment(&mut kx, k, "map index");
                    x.mode = OpMode::MapIndex;
                }
                None => {
                    self.index_value(idx, None);
                    x.mode = if value_only {
                        OpMode::Value
                    } else {
                        OpMode::Variable
                    };
                }
            }
            x.ty = el;
            return x;
        }
        match self.tt().get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                let len = match (&v.mode, &v.val) {
                    (OpMode::Constant, Some(ConstValue::String(s))) => Some(s.len() as u64),
                    _ => None,
                };
                let i = self.index_value(idx, len);
                x.mode = OpMode::Value;
                x.ty = TypeTable::UINT8;
                if let (Some(i), Some(ConstValue::String(s))) = (i, &v.val) {
                    if v.mode == OpMode::Constant {
                        x.mode = OpMode::Constant;
                        x.val = Some(ConstValue::Int((s[i as usize] as u32).into()));
                    }
                }
            }
            Type::Array(n, el) => {
                self.index_value(idx, Some(n));
                x.mode = if v.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                x.ty = el;
            }
            Type::Pointer(p) => match self.tt().get(self.tt().underlying(p)).clone() {
                Type::Array(n, el) => {
                    self.index_value(idx, Some(n));
                    x.mode = OpMode::Variable;
                    x.ty = el;
                }
                _ => {
                    let d = self.op_string(&v);
                    self.error_at(e, format!("invalid operation: cannot index {d}"));
                }
            },
            Type::Slice(el) => {
                self.index_value(idx, None);
                x.mode = OpMode::Variable;
                x.ty = el;
            }
            Type::Map(k, val) => {
                let mut kx = self.expr_hint(idx, Some(k));
                self.assignment(&mut kx, k, "map index");
                x.mode = OpMode::MapIndex;
                x.ty = val;
            }
            _ => {
                let d = self.op_string(&v);
                self.error(super::exprstr::end_pos(base), format!("cannot index {d}"));
                self.raw(idx, None);
            }
        }
        x
    }

    fn slice_expr<'a>(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        idx: [Option<&'a Expr>; 3],
        slice3: bool,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        let v = self.expr(base);
        if v.is_invalid() {
            for i in idx.iter().flatten() {
                self.raw(i, None);
            }
            return x;
        }
        let u = self.tt().core_or_under(v.ty);
        let mut len: Option<u64> = None;
        if self.tt().is_bytestring_tparam(u) {
            if slice3 {
                self.error_at(e, "invalid operation: 3-index slice of string");
                return x;
            }
            x.ty = v.ty;
            x.mode = OpMode::Value;
            for i in idx.iter().flatten() {
                self.index_value(i, None);
            }
            return x;
        }
        match self.tt().get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                if slice3 {
                    self.error_at(e, "invalid operation: 3-index slice of string");
                    return x;
                }
                if let (OpMode::Constant, Some(ConstValue::String(s))) = (&v.mode, &v.val) {
                    len = Some(s.len() as u64);
                }
                x.ty = if self.tt().is_untyped(v.ty) {
                    TypeTable::STRING
                } else {
                    v.ty
                };
            }
            Type::Array(n, el) => {
                if v.mode != OpMode::Variable {
                    let s = expr_string(e);
                    self.error_at(
                        e,
                        format!("invalid operation: {s} (slice of unaddressable value)"),
                    );
                    return x;
                }
                len = Some(n);
                x.ty = self.prog.types.slice(el);
            }
            Type::Pointer(p) => match self.tt().get(self.tt().underlying(p)).clone() {
                Type::Array(n, el) => {
                    len = Some(n);
                    x.ty = self.prog.types.slice(el);
                }
                _ => {
                    let d = self.op_string(&v);
                    self.error_at(e, format!("cannot slice {d}"));
                    return x;
                }
            },
            Type::Slice(_) => x.ty = v.ty,
            _ => {
                let d = self.op_string(&v);
                let why = match self.no_core_cause(v.ty) {
                    Some(c) if c == "no specific type" => format!(": {c} in {}", self.tstr(v.ty)),
                    Some(c) => format!(": {c}"),
                    None => String::new(),
                };
                self.error_at(e, format!("cannot slice {d}{why}"));
                return x;
            }
        }
        x.mode = OpMode::Value;
        let cap = len.map(|n| n + 1);
        let mut vals = vec![];
        for i in idx.iter().flatten() {
            vals.push(self.index_value(i, cap));
        }
        let consts: Vec<i128> = vals.iter().flatten().copied().collect();
        for w in consts.windows(2) {
            if w[0] > w[1] {
                self.error_at(e, format!("invalid slice indices: {} < {}", w[1], w[0]));
                break;
            }
        }
        x
    }

    // ---- composite literals ------------------------------------------------------------

    fn composite_lit<'a>(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [Expr],
        rbrace: ast::Pos,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        let (typ, base, ptr) = match ty {
            Some(t) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &t.kind {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        let el = self.type_expr(elem);
                        if el == TypeTable::INVALID {
                            for x in elts {
                                self.raw(x, None);
                            }
                            return x;
                        }
                        let n = self.indexed_elts(elts, el, None);
                        let at = self.prog.types.intern(Type::Array(n, el));
                        self.record_type(t, at);
                        x.mode = OpMode::Value;
                        x.ty = at;
                        return x;
                    }
                }
                let t = self.type_expr(t);
                (t, t, false)
            }
            None => match hint {
                Some(h) => match self.tt().pointer_elem(h) {
                    Some(b) if !matches!(self.tt().get(h), Type::Named(_)) => (h, b, true),
                    _ => (h, h, false),
                },
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return x;
                }
            },
        };
        if base == TypeTable::INVALID {
            for el in elts {
                let v = match &el.kind {
                    ExprKind::KeyValue { value, .. } => value,
                    _ => el,
                };
                self.raw(v, None);
            }
            return x;
        }
        let u = self.tt().core_or_under(base);
        match self.tt().get(u).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if matches!(elts[0].kind, ExprKind::KeyValue { .. }) {
                    let mut seen: HashMap<String, ()> = HashMap::new();
                    for el in elts {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error_at(
                                el,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.raw(el, None);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &key.kind else {
                            let s = expr_string(key);
                            self.error_at(key, format!("invalid field name {s} in struct literal"));
                            self.raw(value, None);
                            continue;
                        };
                        let fi = fields.iter().position(|f| {
                            self.prog
                                .name_matches(&f.name, f.pkg, &kid.name, Some(self.pkg))
                        });
                        let Some(fi) = fi else {
                            let ts = self.tstr(base);
                            self.error(
                                kid.pos,
                                format!(
                                    "unknown field {} in struct literal of type {ts}",
                                    kid.name
                                ),
                            );
                            self.raw(value, None);
                            continue;
                        };
                        if let Some(&fo) = self.prog.field_objs.get(&(u, fi)) {
                            self.info.uses.insert(kid.id, fo);
                        }
                        if seen.insert(kid.name.clone(), ()).is_some() {
                            self.error(
                                kid.pos,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                            self.raw(value, None);
                            continue;
                        }
                        let ft = fields[fi].ty;
                        let mut v = self.expr_hint(value, Some(ft));
                        self.assignment(&mut v, ft, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error_at(
                                el,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.raw(value, None);
                            continue;
                        }
                        if i >= fields.len() {
                            let ts = self.tstr(base);
                            self.error_at(
                                el,
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        }
                        let f = &fields[i];
                        let mut v = self.expr_hint(el, Some(f.ty));
                        if f.pkg.is_some() && f.pkg != Some(self.pkg) {
                            let ts = self.tstr(base);
                            self.error_at(el, format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name));
                            continue;
                        }
                        self.assignment(&mut v, f.ty, "struct literal");
                    }
                    if elts.len() < fields.len()
                        && !elts
                            .iter()
                            .any(|e| matches!(e.kind, ExprKind::KeyValue { .. }))
                    {
                        let ts = self.tstr(base);
                        self.error(
                            rbrace,
                            format!("too few values in struct literal of type {ts}"),
                        );
                    }
                }
            }
            Type::Array(n, el) => {
                self.indexed_elts(elts, el, Some(n));
            }
            Type::Slice(el) => {
                self.indexed_elts(elts, el, None);
            }
            Type::Map(k, v) => {
                let mut seen: Vec<(ConstValue, TypeId)> = vec![];
                for el in elts {
                    let ExprKind::KeyValue { key, value } = &el.kind else {
                        self.error_at(el, "missing key in map literal");
                        self.raw(el, None);
                        continue;
                    };
                    let mut kx = self.expr_hint(key, Some(k));
                    if self.assignment(&mut kx, k, "map literal") {
                        if let (OpMode::Constant, Some(val)) = (kx.mode, &kx.val) {
                            if seen
                                .iter()
                                .any(|(s, t)| *t == kx.ty && constant::const_eq(s, val))
                            {
                                let s = expr_string(key);
                                self.error_at(key, format!("duplicate key {s} in map literal"));
                            } else {
                                seen.push((val.clone(), kx.ty));
                            }
                        }
                    }
                    let mut vx = self.expr_hint(value, Some(v));
                    self.assignment(&mut vx, v, "map literal");
                }
            }
            _ => {
                let ts = self.tstr(base);
                self.error_at(e, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.raw(el, None);
                }
                return x;
            }
        }
        if let Some(t) = ty {
            let _ = t;
        }
        x.mode = OpMode::Value;
        x.ty = if ptr { typ } else { base };
        x
    }

    /// Array/slice literal elements; returns the length (max index + 1).
    fn indexed_elts(&mut self, elts: &[Expr], el: TypeId, len: Option<u64>) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: std::collections::HashSet<u64> = Default::default();
        for e in elts {
            let value = match &e.kind {
                ExprKind::KeyValue { key, value } => {
                    let mut k = self.expr(key);
                    if !k.is_invalid() {
                        if k.mode == OpMode::Constant {
                            if self.tt().is_untyped(k.ty) {
                                self.convert_untyped(&mut k, TypeTable::INT);
                            }
                            match k
                                .val
                                .as_ref()
                                .and_then(constant::to_int)
                                .and_then(|i| u64::try_from(&i).ok())
                            {
                                Some(i) if !k.is_invalid() && self.tt().is_integer(k.ty) => idx = i,
                                _ => {
                                    let s = expr_string(key);
                                    self.error_at(
                                        key,
                                        format!("index {s} must be integer constant"),
                                    );
                                }
                            }
                        } else {
                            let s = expr_string(key);
                            self.error_at(key, format!("index {s} must be integer constant"));
                        }
                    }
                    &**value
                }
                _ => e,
            };
            if let Some(n) = len {
                if idx >= n {
                    self.error_at(value, format!("index {idx} out of bounds [0:{n}]"));
                }
            }
            if !seen.insert(idx) {
                self.error_at(
                    e,
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            let mut v = self.expr_hint(value, Some(el));
            self.assignment(&mut v, el, "array or slice literal");
            idx += 1;
            max = max.max(idx);
        }
        max
    }

    // ---- operators -------------------------------------------------------------------------

    fn unary<'a>(
        &mut self,
        e: &'a Expr,
        op: UnaryOp,
        inner: &'a Expr,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        match op {
            UnaryOp::Addr => {
                let mut under = inner;
                while let ExprKind::Paren(i) = &under.kind {
                    under = i;
                }
                let is_lit = matches!(under.kind, ExprKind::CompositeLit { .. });
                let h = hint.and_then(|h| self.tt().pointer_elem(h));
                let v = self.expr_hint(inner, h);
                if v.is_invalid() {
                    return x;
                }
                if v.mode != OpMode::Variable && !is_lit {
                    let d = self.op_string(&v);
                    self.error_at(
                        inner,
                        format!("invalid operation: cannot take address of {d}"),
                    );
                    return x;
                }
                x.mode = OpMode::Value;
                x.ty = self.prog.types.pointer(v.ty);
                x
            }
            UnaryOp::Recv => {
                let v = self.expr(inner);
                if v.is_invalid() {
                    return x;
                }
                match self.tt().chan_of(v.ty) {
                    Some((dir, el)) => {
                        if let (ast::ChanDir::Send, Some(why)) =
                            (dir, self.chan_typeset_cause(v.ty, false))
                        {
                            let d = self.op_string(&v);
                            self.error_at(
                                inner,
                                format!("invalid operation: cannot receive from {d}: {why}"),
                            );
                            return x;
                        }
                        if dir == ast::ChanDir::Send {
                            let d = format!("{} {}", self.tstr(v.ty), self.op_string(&v));
                            self.error_at(
                                inner,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {d}"
                                ),
                            );
                            return x;
                        }
                        x.mode = OpMode::CommaOk;
                        x.ty = el;
                    }
                    None => {
                        let d = self.op_string(&v);
                        match self.chan_typeset_cause(v.ty, false) {
                            Some(why) => self.error_at(
                                inner,
                                format!("invalid operation: cannot receive from {d}: {why}"),
                            ),
                            None => self.error_at(
                                e,
                                format!("invalid operation: cannot receive from non-channel {d}"),
                            ),
                        }
                    }
                }
                x
            }
            UnaryOp::Tilde => {
                self.error_at(e, "cannot use ~ outside of interface or type constraint");
                self.raw(inner, None);
                x
            }
            _ => {
                let v = self.expr(inner);
                if v.is_invalid() {
                    return x;
                }
                let ok = match op {
                    UnaryOp::Pos | UnaryOp::Neg => self.tt().is_numeric(v.ty),
                    UnaryOp::Xor => self.tt().is_integer(v.ty),
                    UnaryOp::Not => self.tt().is_boolean(v.ty),
                    _ => false,
                };
                if !ok {
                    let d = self.op_string(&v);
                    self.error_at(
                        inner,
                        format!(
                            "invalid operation: operator {} not defined on {d}",
                            op.as_str()
                        ),
                    );
                    return x;
                }
                x.ty = v.ty;
                x.mode = OpMode::Value;
                if let (OpMode::Constant, Some(val)) = (v.mode, &v.val) {
                    let bits = if self.tt().is_unsigned(v.ty) {
                        self.tt().basic_kind(v.ty).map(|k| k.bits())
                    } else {
                        None
                    };
                    if let Some(r) = constant::unary_op(op, val, bits) {
                        x.mode = OpMode::Constant;
                        x.val = Some(r);
                        self.check_const_overflow(&mut x);
                    }
                }
                x
            }
        }
    }

    /// A typed constant result must be representable in its type.
    fn check_const_overflow(&mut self, x: &mut Operand) {
        if x.mode != OpMode::Constant || self.tt().is_untyped(x.ty) {
            return;
        }
        let (Some(v), Some(k)) = (&x.val, self.tt().basic_kind(x.ty)) else {
            return;
        };
        match constant::representable(v, k) {
            Ok(nv) => x.val = Some(constant::normalize(nv)),
            Err(_) => {
                let d = self.op_string(x);
                let ts = self.tstr(x.ty);
                self.error_at(x.e, format!("{d} overflows {ts}"));
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Rank of an untyped kind for "larger kind wins".
    fn untyped_rank(&self, t: TypeId) -> u8 {
        match self.tt().basic_kind(t) {
            Some(BasicKind::UntypedInt) => 1,
            Some(BasicKind::UntypedRune) => 2,
            Some(BasicKind::UntypedFloat) => 3,
            Some(BasicKind::UntypedComplex) => 4,
            _ => 0,
        }
    }

    /// Brings the operands of a binary operation to a common type; false (with an error
    /// reported) on mismatch.
    fn match_types(&mut self, e: &Expr, x: &mut Operand, y: &mut Operand, cmp: bool) -> bool {
        let (xu, yu) = (self.tt().is_untyped(x.ty), self.tt().is_untyped(y.ty));
        let mismatch = |c: &mut Self, x: &Operand, y: &Operand| {
            let s = expr_string(e);
            let (a, b) = (c.tstr(x.ty), c.tstr(y.ty));
            c.error_at(
                if cmp { y.e } else { e },
                format!("invalid operation: {s} (mismatched types {a} and {b})"),
            );
        };
        if xu && yu {
            if x.mode == OpMode::Nil || y.mode == OpMode::Nil {
                return true;
            }
            let (rx, ry) = (self.untyped_rank(x.ty), self.untyped_rank(y.ty));
            if rx > 0 && ry > 0 {
                if rx < ry {
                    self.set_untyped_type(x, y.ty);
                } else if ry < rx {
                    self.set_untyped_type(y, x.ty);
                }
                return true;
            }
            if x.ty != y.ty {
                mismatch(self, x, y);
                return false;
            }
            return true;
        }
        if xu {
            if self.implicit_type(x, y.ty).is_err() && self.kinds_incompatible(x, y.ty) {
                mismatch(self, x, y);
                return false;
            }
            return self.convert_untyped(x, y.ty);
        }
        if yu {
            if self.implicit_type(y, x.ty).is_err() && self.kinds_incompatible(y, x.ty) {
                mismatch(self, x, y);
                return false;
            }
            return self.convert_untyped(y, x.ty);
        }
        true
    }

    /// An untyped operand whose kind can never become `t` (as opposed to a value that
    /// merely overflows).
    fn kinds_incompatible(&self, x: &Operand, t: TypeId) -> bool {
        let tt = self.tt();
        if x.mode == OpMode::Nil {
            return !tt.has_nil(t);
        }
        let xk = tt.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        if tt.is_interface(t) {
            return false;
        }
        let Some(k) = tt.basic_kind(t) else {
            return true;
        };
        if xk.is_numeric() {
            !k.is_numeric()
        } else if xk.is_string() {
            !k.is_string()
        } else if xk.is_boolean() {
            !k.is_boolean()
        } else {
            true
        }
    }

    fn binary<'a>(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        l: &'a Expr,
        r: &'a Expr,
        _op_pos: ast::Pos,
    ) -> Operand<'a> {
        let mut x = self.expr(l);
        let mut y = self.expr(r);
        let mut res = Operand::invalid(e);
        if x.is_invalid() || y.is_invalid() {
            return res;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, y);
        }
        if !self.match_types(e, &mut x, &mut y, is_comparison(op)) {
            return res;
        }
        if x.is_invalid() || y.is_invalid() {
            return res;
        }
        if is_comparison(op) {
            return self.comparison(e, op, x, y);
        }
        if x.ty != y.ty && !(self.tt().is_untyped(x.ty) && self.tt().is_untyped(y.ty)) {
            let s = expr_string(e);
            let (a, b) = (self.tstr(x.ty), self.tstr(y.ty));
            self.error_at(
                e,
                format!("invalid operation: {s} (mismatched types {a} and {b})"),
            );
            return res;
        }
        let t = x.ty;
        let ok = match op {
            BinaryOp::Add => self.tt().is_addable(t),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => self.tt().is_numeric(t),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.tt().is_integer(t)
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.tt().is_boolean(t),
            _ => false,
        };
        if !ok {
            let d = if x.mode == OpMode::Nil {
                "nil".to_string()
            } else {
                self.op_string(&x)
            };
            self.error_at(
                e,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return res;
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || self.tt().is_integer(x.ty))
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(constant::is_zero)
        {
            self.error_at(y.e, "invalid operation: division by zero");
            return res;
        }
        res.ty = t;
        res.mode = OpMode::Value;
        if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) =
            (x.mode, y.mode, &x.val, &y.val)
        {
            let int_div = self.tt().is_integer(t);
            match constant::binary_op(op, a, b, int_div) {
                Ok(v) => {
                    res.mode = OpMode::Constant;
                    res.val = Some(if self.tt().is_untyped(t) {
                        v
                    } else {
                        constant::normalize(v)
                    });
                    if self.tt().is_untyped(t) {
                        res.val = res.val.map(|v| match (self.tt().basic_kind(t), v) {
                            (Some(BasicKind::UntypedFloat), ConstValue::Int(i)) => {
                                ConstValue::Float(num_rational::BigRational::from_integer(i))
                            }
                            (_, v) => v,
                        });
                    }
                    self.check_const_overflow(&mut res);
                }
                Err(constant::OpError::DivByZero) => {
                    self.error_at(y.e, "invalid operation: division by zero");
                    res.mode = OpMode::Invalid;
                }
                Err(_) => {}
            }
        }
        res
    }

    fn comparison<'a>(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        x: Operand<'a>,
        y: Operand<'a>,
    ) -> Operand<'a> {
        let mut res = Operand::invalid(e);
        let s = expr_string(e);
        let ordered = !matches!(op, BinaryOp::Eql | BinaryOp::Neq);
        let (xn, yn) = (x.mode == OpMode::Nil, y.mode == OpMode::Nil);
        let mut err: Option<String> = None;
        let mut at: &Expr = x.e;
        if xn || yn {
            let other = if xn { &y } else { &x };
            if xn && yn {
                err = Some(format!(
                    "invalid operation: {s} (operator {} not defined on nil)",
                    op.as_str()
                ));
            } else if !self.tt().has_nil(other.ty) {
                let (a, b) = (self.tstr(x.ty), self.tstr(y.ty));
                err = Some(format!(
                    "invalid operation: {s} (mismatched types {a} and {b})"
                ));
                at = y.e;
            } else if ordered {
                err = Some(format!(
                    "invalid operation: {s} (operator {} not defined on nil)",
                    op.as_str()
                ));
            }
        } else if !self.prog.assignable_type(x.ty, y.ty) && !self.prog.assignable_type(y.ty, x.ty) {
            let (a, b) = (self.tstr(x.ty), self.tstr(y.ty));
            err = Some(format!(
                "invalid operation: {s} (mismatched types {a} and {b})"
            ));
            at = y.e;
        } else if ordered {
            for o in [&x, &y] {
                if !self.tt().is_ordered(o.ty) && self.tt().is_type_param(o.ty) {
                    let ts = self.tstr(o.ty);
                    err = Some(format!(
                        "invalid operation: {s} (type parameter {ts} cannot use operator {})",
                        op.as_str()
                    ));
                    at = o.e;
                    break;
                }
                if !self.tt().is_ordered(o.ty) {
                    let what = self.type_kind_word(o.ty);
                    err = Some(format!(
                        "invalid operation: {s} (operator {} not defined on {what})",
                        op.as_str()
                    ));
                    at = o.e;
                    break;
                }
            }
        } else {
            for o in [&x, &y] {
                if !self.tt().comparable(o.ty) {
                    let u = self.tt().underlying(o.ty);
                    let what = match self.tt().get(u) {
                        Type::Slice(_) => Some("slice"),
                        Type::Map(..) => Some("map"),
                        Type::Func(_) => Some("func"),
                        _ => None,
                    };
                    err = Some(match what {
                        Some(w) => {
                            format!("invalid operation: {s} ({w} can only be compared to nil)")
                        }
                        None => {
                            let cause = self.incomparable_cause(o.ty);
                            format!("invalid operation: {s} ({cause})")
                        }
                    });
                    at = o.e;
                    break;
                }
            }
        }
        if let Some(m) = err {
            self.error_at(at, m);
            return res;
        }
        res.mode = OpMode::Value;
        res.ty = TypeTable::UNTYPED_BOOL;
        if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) =
            (x.mode, y.mode, &x.val, &y.val)
        {
            if let Ok(v) = constant::binary_op(op, a, b, false) {
                res.mode = OpMode::Constant;
                res.val = Some(v);
            }
        } else {
            // untyped operands of a non-constant comparison get their default types
            let mut x = x;
            let mut y = y;
            self.default_operand(&mut x);
            self.default_operand(&mut y);
        }
        res
    }

    /// gc's reason why a type is not comparable: `struct containing []int cannot be compared`.
    fn incomparable_cause(&self, t: TypeId) -> String {
        if self.tt().is_type_param(t) {
            return "incomparable types in type set".into();
        }
        let u = self.tt().underlying(t);
        match self.tt().get(u) {
            Type::Struct(fs) => {
                for f in fs {
                    if !self.tt().comparable(f.ty) {
                        let fu = self.tt().underlying(f.ty);
                        let inner =
                            if matches!(self.tt().get(fu), Type::Struct(_) | Type::Array(..)) {
                                return self.incomparable_cause(f.ty);
                            } else {
                                self.tstr(f.ty)
                            };
                        return format!("struct containing {inner} cannot be compared");
                    }
                }
                format!("{} cannot be compared", self.tstr(t))
            }
            Type::Array(_, e) => {
                let e = *e;
                if matches!(
                    self.tt().get(self.tt().underlying(e)),
                    Type::Struct(_) | Type::Array(..)
                ) {
                    return self.incomparable_cause(e);
                }
                format!("{} cannot be compared", self.tstr(t))
            }
            _ => format!("{} cannot be compared", self.tstr(t)),
        }
    }

    fn type_kind_word(&self, t: TypeId) -> String {
        match self.tt().get(self.tt().underlying(t)) {
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Interface(_) => "interface".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map(..) => "map".into(),
            Type::Func(_) => "func".into(),
            Type::Chan(..) => "chan".into(),
            Type::Array(..) => "array".into(),
            Type::Basic(k) => k.name().into(),
            _ => self.tstr(t),
        }
    }

    fn shift<'a>(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        let mut res = Operand::invalid(e);
        // the shift count
        if self.tt().is_untyped(y.ty) && y.mode == OpMode::Constant {
            let v = y.val.clone().unwrap_or(ConstValue::Bool(false));
            match constant::to_int(&v) {
                Some(i)
                    if matches!(
                        v,
                        ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
                    ) =>
                {
                    if i < 0.into() {
                        let d = self.op_string(&y);
                        self.error_at(y.e, format!("invalid operation: negative shift count {d}"));
                        return res;
                    }
                    if self.tt().is_untyped(y.ty) {
                        self.set_untyped_type(&mut y, TypeTable::UNTYPED_INT);
                        y.val = Some(ConstValue::Int(i));
                        if x.mode != OpMode::Constant {
                            self.convert_untyped(&mut y, self.tt().basic(BasicKind::Uint));
                        }
                    }
                }
                _ => {
                    let d = self.op_string(&y);
                    self.error_at(
                        y.e,
                        format!("invalid operation: shift count {d} must be integer"),
                    );
                    return res;
                }
            }
        } else if self.tt().is_untyped(y.ty) {
            self.convert_untyped(&mut y, self.tt().basic(BasicKind::Uint));
        } else if !self.tt().is_integer(y.ty) {
            let d = self.op_string(&y);
            self.error_at(
                y.e,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return res;
        } else if y.mode == OpMode::Constant {
            if let Some(ConstValue::Int(i)) = &y.val {
                if *i < 0.into() {
                    let d = self.op_string(&y);
                    self.error_at(y.e, format!("invalid operation: negative shift count {d}"));
                    return res;
                }
            }
        }
        if y.is_invalid() {
            return res;
        }
        // the shifted operand
        if x.mode == OpMode::Constant && self.tt().is_untyped(x.ty) {
            let v = x.val.clone().unwrap_or(ConstValue::Bool(false));
            let Some(xi) = constant::to_int(&v)
                .filter(|_| !matches!(v, ConstValue::Bool(_) | ConstValue::String(_)))
            else {
                let d = self.op_string(&x);
                self.error_at(
                    x.e,
                    format!("invalid operation: shifted operand {d} must be integer"),
                );
                return res;
            };
            if y.mode == OpMode::Constant {
                let s = y
                    .val
                    .as_ref()
                    .and_then(constant::to_int)
                    .and_then(|i| u64::try_from(&i).ok())
                    .unwrap_or(u64::MAX);
                if s > 10000 {
                    let d = self.op_string(&y);
                    self.error_at(y.e, format!("invalid shift count {d}"));
                    return res;
                }
                let Some(r) = constant::shift(op, &xi, s) else {
                    return res;
                };
                res.mode = OpMode::Constant;
                res.ty = if self.untyped_rank(x.ty) == 2 {
                    TypeTable::UNTYPED_RUNE
                } else {
                    TypeTable::UNTYPED_INT
                };
                res.val = Some(ConstValue::Int(r));
                // the lhs constant is now an integer constant
                if let Some(tv) = self.info.types.get_mut(&x.e.id) {
                    tv.ty = res.ty;
                }
                return res;
            }
            // non-constant shift of an untyped constant: the type comes from context
            res.mode = OpMode::Value;
            res.ty = if self.untyped_rank(x.ty) == 2 {
                TypeTable::UNTYPED_RUNE
            } else {
                TypeTable::UNTYPED_INT
            };
            if let Some(tv) = self.info.types.get_mut(&x.e.id) {
                tv.ty = res.ty;
            }
            return res;
        }
        if !self.tt().is_integer(x.ty) {
            let d = self.op_string(&x);
            self.error_at(
                x.e,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return res;
        }
        res.mode = OpMode::Value;
        res.ty = x.ty;
        if let (OpMode::Constant, OpMode::Constant, Some(ConstValue::Int(xi)), Some(yv)) =
            (x.mode, y.mode, &x.val, &y.val)
        {
            let s = constant::to_int(yv)
                .and_then(|i| u64::try_from(&i).ok())
                .unwrap_or(u64::MAX);
            if let Some(r) = constant::shift(op, xi, s) {
                res.mode = OpMode::Constant;
                res.val = Some(ConstValue::Int(r));
                self.check_const_overflow(&mut res);
            }
        }
        let _ = &mut x;
        res
    }
}

/// Start position helper re-exported for other modules.
pub(crate) fn pos_of(e: &Expr) -> ast::Pos {
    start_pos(e)
}
