//! Calls: function and method calls (variadic, `f(g())` forwarding), conversions, and
//! the built-in functions.

use super::check::*;
use super::constant::{self, ReprError};
use super::exprstr::expr_string;
use super::repr::*;
use crate::syntax::ast::{self, Expr, ExprKind};

impl<'p> Checker<'p> {
    pub fn call<'a>(&mut self, e: &'a Expr) -> Operand<'a> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            rparen,
        } = &e.kind
        else {
            return Operand::invalid(e);
        };
        let mut x = Operand::invalid(e);
        let gbase = match &fun.kind {
            ExprKind::Index { x, .. } => x,
            _ => fun,
        };
        let call = CallParts {
            e,
            fun,
            args,
            ellipsis: *ellipsis,
            rparen: *rparen,
        };
        if let Some((o, id)) = self.generic_func_of(gbase) {
            let f = self.raw(gbase, None);
            let tps = self.func_type_params(o);
            return self.generic_call(&call, f, tps, id, None);
        }
        let outer = self.call_fun.replace(fun.id);
        let mut f = self.raw(fun, None);
        self.call_fun = outer;
        // a generic method, uninstantiated or partially instantiated
        if let Some((_, id, tps)) = self.uninstantiated_func(&f) {
            return self.generic_call(&call, f, tps, id, None);
        }
        if let Some((_, given)) = self.partial_targs.take_if(|p| p.0 == fun.id) {
            let bf = Operand {
                mode: OpMode::Value,
                ty: f.ty,
                val: None,
                e: gbase,
            };
            if let Some((_, id, tps)) = self.uninstantiated_method(&bf) {
                return self.generic_call(&call, bf, tps, id, Some(given));
            }
        }
        self.reject_generic_type(&mut f);
        let f = match f.mode {
            OpMode::TypeExpr | OpMode::Builtin(_) => f,
            _ => self.single_value(f),
        };
        match f.mode {
            OpMode::Invalid => {
                for a in args {
                    self.raw(a, None);
                }
                return x;
            }
            OpMode::TypeExpr => {
                let t = f.ty;
                if args.len() != 1 || ellipsis.is_some() {
                    let ts = self.type_name_src(fun, t);
                    if args.is_empty() {
                        self.error(*rparen, format!("missing argument in conversion to {ts}"));
                    } else if args.len() > 1 {
                        self.error_at(
                            &args[1],
                            format!("too many arguments in conversion to {ts}"),
                        );
                    } else {
                        self.error_at(e, format!("invalid use of ... in conversion to {ts}"));
                    }
                    for a in args {
                        self.raw(a, None);
                    }
                    return x;
                }
                let a = self.expr_hint(&args[0], Some(t));
                return self.conversion(e, fun, a, t);
            }
            OpMode::Builtin(b) => return self.builtin(e, b, fun, args, *ellipsis, *rparen),
            _ => {}
        }
        let Some(sig) = self.tt().signature(f.ty).cloned() else {
            let d = self.op_string(&f);
            let ts = self.tstr(f.ty);
            self.error_at(
                e,
                format!("invalid operation: cannot call {d}: {ts} is not a function"),
            );
            for a in args {
                self.raw(a, None);
            }
            return x;
        };
        let fname = expr_string(fun);
        self.call_args(&sig, args, *ellipsis, *rparen, &fname);
        match sig.results.len() {
            0 => {
                x.mode = OpMode::NoValue;
                x.ty = TypeTable::INVALID;
            }
            1 => {
                x.mode = OpMode::Value;
                x.ty = sig.results[0];
            }
            _ => {
                x.mode = OpMode::Value;
                x.ty = self.prog.types.tuple(sig.results.clone());
            }
        }
        x
    }

    /// Evaluates call arguments (handling `f(g())` with a multi-value g) into operands;
    /// `None` entries for invalid ones. Tuple elements share the call's expression.
    pub fn eval_args<'a>(
        &mut self,
        args: &'a [Expr],
        hints: &[TypeId],
    ) -> (Vec<Operand<'a>>, bool) {
        if args.len() == 1 {
            let x = self.raw(&args[0], hints.first().copied());
            if let Some(ts) = self.tt().tuple_elems(x.ty).map(|t| t.to_vec()) {
                if x.mode == OpMode::Value {
                    let ops = ts
                        .iter()
                        .map(|&t| Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            e: &args[0],
                        })
                        .collect();
                    return (ops, true);
                }
            }
            let x = self.single_value(x);
            return (vec![x], false);
        }
        let mut ops = vec![];
        for (i, a) in args.iter().enumerate() {
            let x = self.raw(a, hints.get(i).copied());
            ops.push(self.single_value(x));
        }
        (ops, false)
    }

    /// "number" for untyped numeric, etc.: the `have (...)` summary.
    fn types_summary(&self, ops: &[Operand]) -> String {
        let v: Vec<String> = ops
            .iter()
            .map(|o| {
                if o.is_invalid() {
                    return "invalid type".to_string();
                }
                if o.mode == OpMode::Nil {
                    return "nil".into();
                }
                let tt = self.tt();
                if tt.is_untyped(o.ty) {
                    if tt.is_numeric(o.ty) {
                        return "number".into();
                    }
                    if let Type::Basic(k) = tt.get(o.ty) {
                        return k.name().trim_start_matches("untyped ").to_string();
                    }
                }
                self.tstr(o.ty)
            })
            .collect();
        format!("({})", v.join(", "))
    }

    fn params_summary(&self, sig: &Signature) -> String {
        let mut v: Vec<String> = vec![];
        for (i, &p) in sig.params.iter().enumerate() {
            if sig.variadic && i + 1 == sig.params.len() {
                let el = match self.tt().get(p) {
                    Type::Slice(e) => *e,
                    _ => p,
                };
                v.push(format!("...{}", self.tstr(el)));
            } else {
                v.push(self.tstr(p));
            }
        }
        format!("({})", v.join(", "))
    }

    /// The parameter type each argument is checked against (for hints).
    fn arg_hints(&self, sig: &Signature, n: usize, ellipsis: Option<ast::Pos>) -> Vec<TypeId> {
        let np = sig.params.len();
        (0..n)
            .map(|i| {
                if sig.variadic && i + 1 >= np {
                    match self.tt().get(sig.params[np - 1]) {
                        Type::Slice(e) if ellipsis.is_none() => *e,
                        _ => sig.params[np - 1],
                    }
                } else {
                    sig.params.get(i).copied().unwrap_or(TypeTable::INVALID)
                }
            })
            .collect()
    }

    pub fn call_args(
        &mut self,
        sig: &Signature,
        args: &[Expr],
        ellipsis: Option<ast::Pos>,
        rparen: ast::Pos,
        fname: &str,
    ) {
        let hints = self.arg_hints(sig, args.len(), ellipsis);
        let (ops, forwarded) = self.eval_args(args, &hints);
        self.check_call_ops(sig, args, ops, forwarded, ellipsis, rparen, fname);
    }

    /// Checks evaluated call arguments against a signature.
    #[allow(clippy::too_many_arguments)]
    pub fn check_call_ops(
        &mut self,
        sig: &Signature,
        args: &[Expr],
        mut ops: Vec<Operand>,
        forwarded: bool,
        ellipsis: Option<ast::Pos>,
        rparen: ast::Pos,
        fname: &str,
    ) {
        let np = sig.params.len();
        if ops.iter().any(|o| o.is_invalid()) {
            // still check counts? gc stops here to avoid follow-on errors
            return;
        }
        if ellipsis.is_some() {
            if !sig.variadic {
                let pos = ellipsis.unwrap_or(rparen);
                self.error(
                    pos,
                    format!("have (...) but function is not variadic: {fname}"),
                );
                let _ = pos;
                return;
            }
            if forwarded {
                self.error_at(
                    &args[0],
                    format!("cannot use ... with multi-valued {}", expr_string(&args[0])),
                );
                return;
            }
        }
        let nargs = ops.len();
        let count_ok = if sig.variadic && ellipsis.is_none() {
            nargs + 1 >= np
        } else {
            nargs == np
        };
        if !count_ok {
            let have = self.types_summary(&ops);
            let want = self.params_summary(sig);
            let too_many = nargs > np;
            let q = if too_many { "too many" } else { "not enough" };
            let msg = format!("{q} arguments in call to {fname}\n\thave {have}\n\twant {want}");
            if too_many {
                if forwarded {
                    self.error_at(&args[0], msg);
                } else {
                    let e = ops[np].e;
                    self.error_at(e, msg);
                }
            } else if nargs > 0 {
                let e = ops[nargs - 1].e;
                self.error_at(e, msg);
            } else {
                self.error(rparen, msg);
            }
            return;
        }
        let ctx = format!("argument to {fname}");
        for (i, x) in ops.iter_mut().enumerate() {
            let t = if sig.variadic && i + 1 >= np {
                if ellipsis.is_some() {
                    sig.params[np - 1]
                } else {
                    match self.tt().get(sig.params[np - 1]) {
                        Type::Slice(e) => *e,
                        _ => TypeTable::INVALID,
                    }
                }
            } else {
                sig.params[i]
            };
            self.assignment(x, t, &ctx);
        }
    }

    /// The name of a type as written at a conversion (`byte`, `rune` are kept).
    fn type_name_src(&self, e: &Expr, t: TypeId) -> String {
        if let ExprKind::Ident(id) = &e.kind {
            if (id.name == "byte" || id.name == "rune")
                && self.lookup_name(&id.name) == self.prog.universe.get(&id.name).copied()
            {
                return id.name.clone();
            }
        }
        self.tstr(t)
    }

    /// `T(x)`.
    pub fn conversion<'a>(
        &mut self,
        e: &'a Expr,
        fun: &Expr,
        mut a: Operand<'a>,
        t: TypeId,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        if a.is_invalid()
            || t == TypeTable::INVALID
            || self.report_inst_failure(&mut a, t, "conversion")
        {
            return x;
        }
        let ts = self.type_name_src(fun, t);
        let tt = &self.prog.types;
        let const_target = tt.is_const_type(t);
        if a.mode == OpMode::Constant && const_target {
            let v = a.val.clone().unwrap_or(ConstValue::Bool(false));
            let k = tt.basic_kind(t).unwrap_or(BasicKind::Invalid);
            // int -> string
            if tt.is_string(t) && tt.is_integer(a.ty) {
                let i = constant::to_int(&v)
                    .and_then(|i| u32::try_from(&i).ok())
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                x.mode = OpMode::Constant;
                x.ty = t;
                x.val = Some(ConstValue::String(
                    i.encode_utf8(&mut buf).as_bytes().to_vec(),
                ));
                if self.tt().is_untyped(a.ty) {
                    self.set_default(&mut a);
                }
                return x;
            }
            let kind_ok = (tt.is_numeric(a.ty) && k.is_numeric())
                || (tt.is_string(a.ty) && k.is_string())
                || (tt.is_boolean(a.ty) && k.is_boolean());
            if kind_ok {
                // float -> int truncation is an error for constants
                match constant::representable(&v, k) {
                    Ok(nv) => {
                        let nv = constant::normalize(nv);
                        if tt.is_untyped(a.ty) {
                            let target = t;
                            a.val = Some(nv.clone());
                            self.update_conv(&a, target);
                        }
                        x.mode = OpMode::Constant;
                        x.ty = t;
                        x.val = Some(nv);
                        return x;
                    }
                    Err(ReprError::Overflows)
                        if tt.is_integer(a.ty) || !tt.is_untyped(a.ty) || k.is_integer() =>
                    {
                        let vs = constant::format_value(&v);
                        self.error_at(a.e, format!("constant {vs} overflows {ts}"));
                        return x;
                    }
                    Err(ReprError::Truncated) => {
                        let d = self.op_string(&a);
                        self.error_at(a.e, format!("cannot convert {d} to type {ts} (truncated)"));
                        return x;
                    }
                    Err(_) => {
                        let vs = constant::format_value(&v);
                        self.error_at(a.e, format!("constant {vs} overflows {ts}"));
                        return x;
                    }
                }
            }
        }
        // non-constant conversion
        if self.tt().is_untyped(a.ty) {
            if a.mode == OpMode::Nil {
                if self.tt().has_nil(t) {
                    x.mode = OpMode::Value;
                    x.ty = t;
                    return x;
                }
                self.error_at(a.e, format!("cannot convert nil to type {ts}"));
                return x;
            }
            // untyped constant to non-constant type (e.g. interface, []byte("x"))
            let target = if self.tt().is_interface(t) || !self.tt().is_const_type(t) {
                self.tt().default_type(a.ty)
            } else {
                t
            };
            let saved = a.clone();
            if !self.convert_untyped_quiet(&mut a, target) {
                let d = self.op_string(&saved);
                self.error_at(a.e, format!("cannot convert {d} to type {ts}"));
                return x;
            }
        }
        if !self.prog.convertible(a.ty, t) {
            let d = self.op_string(&a);
            self.error_at(a.e, format!("cannot convert {d} to type {ts}"));
            return x;
        }
        x.mode = OpMode::Value;
        x.ty = t;
        x
    }

    fn update_conv(&mut self, a: &Operand, target: TypeId) {
        // A constant converted explicitly: its untyped operand takes the target type
        // only if representable (always true here).
        self.update_expr_type(a.e, target);
    }

    fn set_default(&mut self, a: &mut Operand) {
        let t = self.tt().default_type(a.ty);
        self.update_expr_type(a.e, t);
        a.ty = t;
    }

    fn convert_untyped_quiet(&mut self, x: &mut Operand, t: TypeId) -> bool {
        let n = self.errors.len();
        let ok = self.convert_untyped(x, t);
        self.errors.truncate(n);
        ok
    }

    // ---- built-ins ---------------------------------------------------------------------

    fn builtin<'a>(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<ast::Pos>,
        rparen: ast::Pos,
    ) -> Operand<'a> {
        let mut x = Operand::invalid(e);
        let name = expr_string(fun);
        let nargs = args.len();
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            Builtin::Sizeof
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::SliceData
            | Builtin::StringData => (1, Some(1)),
            Builtin::Add | Builtin::Slice | Builtin::String => (2, Some(2)),
        };
        if ellipsis.is_some() && b != Builtin::Append {
            self.error_at(
                e,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in args {
                self.raw(a, None);
            }
            return x;
        }
        if nargs < min || max.is_some_and(|m| nargs > m) {
            for a in args {
                self.raw(a, None);
            }
            let q = if nargs < min {
                "not enough"
            } else {
                "too many"
            };
            let msg = format!(
                "{q} arguments for {}(",
                expr_string(e)
                    .trim_end_matches(')')
                    .split('(')
                    .next()
                    .unwrap_or(&name)
            );
            let _ = msg;
            let call = expr_string(e);
            if nargs < min {
                self.error(
                    rparen,
                    format!("not enough arguments for {call} (expected {min}, found {nargs})"),
                );
            } else {
                let m = max.unwrap_or(0);
                self.error_at(
                    &args[m],
                    format!("too many arguments for {call} (expected {m}, found {nargs})"),
                );
            }
            return x;
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let a = self.expr(&args[0]);
                if a.is_invalid() {
                    return x;
                }
                let u = self.tt().core_or_under(a.ty);
                let mut t = u;
                if let Type::Pointer(p) = self.tt().get(u) {
                    if let Type::Array(..) = self.tt().get(self.tt().core_or_under(*p)) {
                        t = self.tt().core_or_under(*p);
                    }
                }
                let ok = match self.tt().get(t).clone() {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let (OpMode::Constant, Some(ConstValue::String(s))) = (a.mode, &a.val) {
                            x.mode = OpMode::Constant;
                            x.val = Some(ConstValue::Int(s.len().into()));
                        }
                        true
                    }
                    Type::Array(n, _) => {
                        if !self.contains_call_or_recv(&args[0]) {
                            x.mode = OpMode::Constant;
                            x.val = Some(ConstValue::Int(n.into()));
                        }
                        true
                    }
                    Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    Type::TypeParam(_) => {
                        // no core type: every type of the type set must allow it
                        self.tt().tparam_terms(a.ty).is_some_and(|ts| {
                            !ts.is_empty()
                                && ts.iter().all(|&(_, ty)| {
                                    let tt = self.tt();
                                    match tt.get(tt.underlying(ty)) {
                                        Type::Basic(k) => k.is_string() && b == Builtin::Len,
                                        Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                                        Type::Pointer(p) => {
                                            matches!(tt.get(tt.underlying(*p)), Type::Array(..))
                                        }
                                        Type::Map(..) => b == Builtin::Len,
                                        _ => false,
                                    }
                                })
                        })
                    }
                    _ => false,
                };
                if self.tt().is_type_param(a.ty) {
                    // len/cap of a type parameter value is never constant
                    x.mode = OpMode::Invalid;
                    x.val = None;
                }
                if !ok {
                    let d = self.op_string(&a);
                    self.error_at(
                        &args[0],
                        format!("invalid argument: {d} for built-in {name}"),
                    );
                    return x;
                }
                if x.mode != OpMode::Constant {
                    x.mode = OpMode::Value;
                }
                if self.tt().is_untyped(a.ty) {
                    let mut a = a;
                    self.default_operand(&mut a);
                }
                x.ty = TypeTable::INT;
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.raw(a, None);
                    }
                    return x;
                }
                let el = match self.tt().get(self.tt().core_or_under(s.ty)) {
                    Type::Slice(el) => *el,
                    _ => {
                        if let Some((a, b)) = self.mismatched_slice_elems(s.ty) {
                            let (a, b, d) = (self.tstr(a), self.tstr(b), self.op_string(&s));
                            self.error_at(
                                &args[0],
                                format!("invalid append: mismatched slice element types {a} and {b} in {d}"),
                            );
                        } else if s.mode == OpMode::Nil {
                            self.error_at(
                                &args[0],
                                "first argument to append must be a typed slice; found untyped nil",
                            );
                        } else {
                            let d = self.op_string(&s);
                            self.error_at(
                                &args[0],
                                format!("invalid append: argument must be a slice; have {d}"),
                            );
                        }
                        for a in &args[1..] {
                            self.raw(a, None);
                        }
                        return x;
                    }
                };
                x.mode = OpMode::Value;
                x.ty = s.ty;
                if ellipsis.is_some() {
                    if nargs != 2 {
                        for a in &args[1..] {
                            self.raw(a, None);
                        }
                        self.error_at(e, "can only use ... with final argument in list");
                        return x;
                    }
                    let mut a = self.expr(&args[1]);
                    if a.is_invalid() {
                        return x;
                    }
                    // append([]byte, string...), also of a `~string | ~[]byte` parameter
                    if self.tt().basic_kind(el) == Some(BasicKind::Uint8)
                        && (self.tt().is_string(a.ty) || self.tt().is_bytestring_tparam(a.ty))
                    {
                        self.default_operand(&mut a);
                        return x;
                    }
                    let st = self.tt().core_or_under(s.ty);
                    self.assignment(&mut a, st, "argument to append");
                    return x;
                }
                let sig = Signature {
                    params: vec![s.ty, self.prog.types.slice(el)],
                    results: vec![s.ty],
                    variadic: true,
                };
                let _ = sig;
                for a in &args[1..] {
                    let mut v = self.expr_hint(a, Some(el));
                    self.assignment(&mut v, el, "argument to append");
                }
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if t == TypeTable::INVALID {
                    for a in &args[1..] {
                        self.raw(a, None);
                    }
                    return x;
                }
                let (minargs, ok) = match self.tt().get(self.tt().core_or_under(t)) {
                    Type::Slice(_) => (2, true),
                    Type::Map(..) | Type::Chan(..) => (1, true),
                    _ => (1, false),
                };
                if !ok {
                    let s = expr_string(&args[0]);
                    let why = self
                        .no_core_cause(t)
                        .unwrap_or_else(|| "type must be slice, map, or channel".into());
                    self.error_at(
                        &args[0],
                        format!("invalid argument: cannot make {s}: {why}"),
                    );
                    for a in &args[1..] {
                        self.raw(a, None);
                    }
                    return x;
                }
                if nargs < minargs {
                    let ts = self.tstr(t);
                    self.error_at(
                        e,
                        format!(
                            "invalid operation: {} expects {} or {} arguments; found {}",
                            expr_string(e),
                            minargs,
                            minargs + 1,
                            nargs
                        ),
                    );
                    let _ = ts;
                    return x;
                }
                if nargs > 3 || (minargs == 1 && nargs > 2) {
                    self.error_at(
                        e,
                        format!(
                            "invalid operation: {} expects {} or {} arguments; found {}",
                            expr_string(e),
                            minargs,
                            minargs + 1,
                            nargs
                        ),
                    );
                    return x;
                }
                let mut consts = vec![];
                for a in &args[1..] {
                    let mut v = self.expr(a);
                    if v.is_invalid() {
                        continue;
                    }
                    if self.tt().is_untyped(v.ty) && !self.convert_untyped(&mut v, TypeTable::INT) {
                        continue;
                    }
                    let int_const = v.mode == OpMode::Constant
                        && v.val.as_ref().and_then(constant::to_int).is_some();
                    if !self.tt().is_integer(v.ty) && !int_const {
                        let d = self.op_string(&v);
                        self.error_at(a, format!("cannot convert {d} to type int"));
                        continue;
                    }
                    if let (OpMode::Constant, Some(val)) = (v.mode, &v.val) {
                        if let Some(i) = constant::to_int(val) {
                            if i < 0.into() {
                                let d = self.op_string(&v);
                                self.error_at(
                                    a,
                                    format!("invalid argument: index {d} must not be negative"),
                                );
                            }
                            consts.push(i);
                        }
                    }
                }
                if consts.len() == 2 && consts[0] > consts[1] {
                    self.error_at(&args[1], "invalid argument: length and capacity swapped");
                }
                x.mode = OpMode::Value;
                x.ty = t;
            }
            Builtin::New => {
                // Go 1.26: new(T) or new(expr)
                let mut a = self.expr_or_type(&args[0]);
                if a.is_invalid() || self.reject_generic_type(&mut a) {
                    return x;
                }
                if a.mode != OpMode::TypeExpr {
                    if a.mode == OpMode::Nil {
                        self.error_at(&args[0], "use of untyped nil in argument to built-in new");
                        return x;
                    }
                    self.default_operand(&mut a);
                }
                let t = a.ty;
                x.mode = OpMode::Value;
                x.ty = self.prog.types.pointer(t);
            }
            Builtin::Panic => {
                let mut a = self.expr(&args[0]);
                let any = self.prog.obj(self.prog.universe["any"]).ty;
                self.assignment(&mut a, any, "argument to panic");
                x.mode = OpMode::NoValue;
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut v = self.expr(a);
                    if v.mode == OpMode::Nil {
                        self.error_at(a, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    self.default_operand(&mut v);
                }
                x.mode = OpMode::NoValue;
            }
            Builtin::Recover => {
                x.mode = OpMode::Value;
                x.ty = self.prog.obj(self.prog.universe["any"]).ty;
            }
            Builtin::Close => {
                let a = self.expr(&args[0]);
                if a.is_invalid() {
                    return x;
                }
                match self.tt().all_chans(a.ty) {
                    Some(true) => {
                        let d = self.op_string(&a);
                        self.error_at(
                            &args[0],
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                    }
                    Some(false) => {}
                    None => {
                        let d = self.op_string(&a);
                        self.error_at(
                            &args[0],
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                    }
                }
                x.mode = OpMode::NoValue;
            }
            Builtin::Clear => {
                let a = self.expr(&args[0]);
                if a.is_invalid() {
                    return x;
                }
                if !matches!(
                    self.tt().get(self.tt().core_or_under(a.ty)),
                    Type::Map(..) | Type::Slice(_)
                ) {
                    let d = self.op_string(&a);
                    self.error_at(
                        &args[0],
                        format!("invalid argument: {d} must be a map or slice"),
                    );
                }
                x.mode = OpMode::NoValue;
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                if m.is_invalid() {
                    self.raw(&args[1], None);
                    return x;
                }
                let Type::Map(k, _) = self.tt().get(self.tt().core_or_under(m.ty)).clone() else {
                    let d = self.op_string(&m);
                    self.error_at(&args[0], format!("invalid argument: {d} is not a map"));
                    self.raw(&args[1], None);
                    return x;
                };
                let mut kx = self.expr(&args[1]);
                self.assignment(&mut kx, k, "argument to delete");
                x.mode = OpMode::NoValue;
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let mut s = self.expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return x;
                }
                let del = match self.tt().get(self.tt().core_or_under(d.ty)) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let Some(del) = del else {
                    if let Some((a, b)) = self.mismatched_slice_elems(d.ty) {
                        let (a, b, ds) = (self.tstr(a), self.tstr(b), self.op_string(&d));
                        self.error_at(
                            &args[0],
                            format!(
                                "invalid copy: mismatched slice element types {a} and {b} in {ds}"
                            ),
                        );
                        return x;
                    }
                    let ds = self.op_string(&d);
                    self.error_at(
                        e,
                        format!(
                            "invalid argument: copy expects slice arguments; found {ds} and {}",
                            self.op_string(&s)
                        ),
                    );
                    return x;
                };
                let sel = match self.tt().get(self.tt().core_or_under(s.ty)) {
                    Type::Slice(e) => Some(*e),
                    Type::Basic(k) if k.is_string() => Some(TypeTable::UINT8),
                    _ if self.tt().is_bytestring_tparam(s.ty) => Some(TypeTable::UINT8),
                    _ => None,
                };
                if self.tt().is_untyped(s.ty) {
                    self.default_operand(&mut s);
                }
                match sel {
                    Some(se) if se == del => {}
                    Some(se) => {
                        let (a, b) = (self.op_string(&d), self.op_string(&s));
                        let (ta, tb) = (self.tstr(del), self.tstr(se));
                        self.error_at(&args[0], format!("invalid copy: arguments {a} and {b} have different element types {ta} and {tb}"));
                    }
                    None => {
                        let (a, b) = (self.op_string(&d), self.op_string(&s));
                        self.error_at(
                            e,
                            format!(
                                "invalid argument: copy expects slice arguments; found {a} and {b}"
                            ),
                        );
                    }
                }
                x.mode = OpMode::Value;
                x.ty = TypeTable::INT;
            }
            Builtin::Complex => {
                let mut re = self.expr(&args[0]);
                let mut im = self.expr(&args[1]);
                if re.is_invalid() || im.is_invalid() {
                    return x;
                }
                let (ru, iu) = (self.tt().is_untyped(re.ty), self.tt().is_untyped(im.ty));
                if ru && !iu {
                    self.convert_untyped(&mut re, im.ty);
                } else if iu && !ru {
                    self.convert_untyped(&mut im, re.ty);
                }
                if re.is_invalid() || im.is_invalid() {
                    return x;
                }
                if ru && iu {
                    if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) =
                        (re.mode, im.mode, &re.val, &im.val)
                    {
                        if let (Some(a), Some(b)) = (constant::to_float(a), constant::to_float(b)) {
                            x.mode = OpMode::Constant;
                            x.ty = TypeTable::UNTYPED_COMPLEX;
                            x.val = Some(ConstValue::Complex(a, b));
                            return x;
                        }
                    }
                    self.convert_untyped(&mut re, TypeTable::FLOAT64);
                    self.convert_untyped(&mut im, TypeTable::FLOAT64);
                }
                if re.ty != im.ty {
                    let (a, b) = (self.tstr(re.ty), self.tstr(im.ty));
                    self.error_at(
                        e,
                        format!(
                            "invalid operation: {} (mismatched types {a} and {b})",
                            expr_string(e)
                        ),
                    );
                    return x;
                }
                let t = match self.tt().basic_kind(re.ty) {
                    Some(BasicKind::Float32) => TypeTable::COMPLEX64,
                    Some(BasicKind::Float64) => TypeTable::COMPLEX128,
                    _ => {
                        let d = self.op_string(&re);
                        self.error_at(
                            &args[0],
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.tstr(re.ty)
                            ),
                        );
                        let _ = d;
                        return x;
                    }
                };
                x.mode = OpMode::Value;
                x.ty = t;
                if let (OpMode::Constant, OpMode::Constant, Some(a), Some(b)) =
                    (re.mode, im.mode, &re.val, &im.val)
                {
                    if let (Some(a), Some(b)) = (constant::to_float(a), constant::to_float(b)) {
                        x.mode = OpMode::Constant;
                        x.val = Some(ConstValue::Complex(a, b));
                    }
                }
            }
            Builtin::Real | Builtin::Imag => {
                let a = self.expr(&args[0]);
                if a.is_invalid() {
                    return x;
                }
                if self.tt().is_untyped(a.ty) && a.mode == OpMode::Constant {
                    if let Some((r, i)) = a.val.as_ref().and_then(constant::to_complex) {
                        x.mode = OpMode::Constant;
                        x.ty = TypeTable::UNTYPED_FLOAT;
                        x.val = Some(constant::normalize(ConstValue::Float(
                            if b == Builtin::Real { r } else { i },
                        )));
                        if let Some(ConstValue::Int(i)) = &x.val {
                            x.val = Some(ConstValue::Float(
                                num_rational::BigRational::from_integer(i.clone()),
                            ));
                        }
                        return x;
                    }
                }
                let t = match self.tt().basic_kind(a.ty) {
                    Some(BasicKind::Complex64) => TypeTable::FLOAT32,
                    Some(BasicKind::Complex128) => TypeTable::FLOAT64,
                    _ => {
                        let d = self.op_string(&a);
                        self.error_at(
                            &args[0],
                            format!("invalid argument: {d} must be of complex type"),
                        );
                        return x;
                    }
                };
                x.mode = OpMode::Value;
                x.ty = t;
                if let (OpMode::Constant, Some(ConstValue::Complex(r, i))) = (a.mode, &a.val) {
                    x.mode = OpMode::Constant;
                    x.val = Some(ConstValue::Float(if b == Builtin::Real {
                        r.clone()
                    } else {
                        i.clone()
                    }));
                }
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = vec![];
                for a in args {
                    let v = self.expr(a);
                    if v.is_invalid() {
                        return x;
                    }
                    if !self.tt().is_ordered(v.ty) {
                        let d = self.op_string(&v);
                        self.error_at(a, format!("invalid argument: {d} cannot be ordered"));
                        return x;
                    }
                    ops.push(v);
                }
                // common type: first typed operand's type, else untyped max rank
                let typed = ops
                    .iter()
                    .find(|o| !self.tt().is_untyped(o.ty))
                    .map(|o| o.ty);
                if let Some(t) = typed {
                    for o in ops.iter_mut() {
                        if self.tt().is_untyped(o.ty) {
                            if !self.convert_untyped(o, t) {
                                return x;
                            }
                        } else if o.ty != t {
                            let (a, b) = (self.tstr(t), self.tstr(o.ty));
                            self.error_at(o.e, format!("invalid argument: mismatched types {a} (previous argument) and {b} (type of {})", expr_string(o.e)));
                            return x;
                        }
                    }
                }
                let t = typed.unwrap_or_else(|| {
                    let mut best = ops[0].ty;
                    for o in &ops {
                        if self.untyped_rank_pub(o.ty) > self.untyped_rank_pub(best) {
                            best = o.ty;
                        }
                    }
                    best
                });
                x.mode = OpMode::Value;
                x.ty = t;
                if ops.iter().all(|o| o.mode == OpMode::Constant) {
                    let mut best = ops[0].val.clone();
                    for o in &ops[1..] {
                        if let (Some(bv), Some(ov)) = (&best, &o.val) {
                            let op = if b == Builtin::Max {
                                ast::BinaryOp::Gtr
                            } else {
                                ast::BinaryOp::Lss
                            };
                            if let Ok(ConstValue::Bool(true)) =
                                constant::binary_op(op, ov, bv, false)
                            {
                                best = Some(ov.clone());
                            }
                        }
                    }
                    x.mode = OpMode::Constant;
                    x.val = best;
                } else if typed.is_none() {
                    for o in ops.iter_mut() {
                        self.default_operand(o);
                    }
                    x.ty = self.tt().default_type(t);
                }
            }
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                let mut a = self.expr(&args[0]);
                self.default_operand(&mut a);
                x.mode = OpMode::Value;
                x.ty = TypeTable::UINTPTR;
            }
            Builtin::Add => {
                let p = self.expr(&args[0]);
                let mut n = self.expr(&args[1]);
                self.convert_untyped(&mut n, TypeTable::INT);
                x.mode = OpMode::Value;
                x.ty = if p.is_invalid() {
                    TypeTable::INVALID
                } else {
                    TypeTable::UNSAFE_POINTER
                };
            }
            Builtin::Slice => {
                let p = self.expr(&args[0]);
                let mut n = self.expr(&args[1]);
                self.convert_untyped(&mut n, TypeTable::INT);
                match self.tt().pointer_elem(p.ty) {
                    Some(el) => {
                        x.mode = OpMode::Value;
                        x.ty = self.prog.types.slice(el);
                    }
                    None => {
                        if !p.is_invalid() {
                            let d = self.op_string(&p);
                            self.error_at(
                                &args[0],
                                format!("invalid argument: {d} is not a pointer"),
                            );
                        }
                    }
                }
            }
            Builtin::SliceData => {
                let s = self.expr(&args[0]);
                if let Type::Slice(el) = self.tt().get(self.tt().core_or_under(s.ty)).clone() {
                    x.mode = OpMode::Value;
                    x.ty = self.prog.types.pointer(el);
                }
            }
            Builtin::String => {
                self.expr(&args[0]);
                let mut n = self.expr(&args[1]);
                self.convert_untyped(&mut n, TypeTable::INT);
                x.mode = OpMode::Value;
                x.ty = TypeTable::STRING;
            }
            Builtin::StringData => {
                let mut s = self.expr(&args[0]);
                self.convert_untyped(&mut s, TypeTable::STRING);
                x.mode = OpMode::Value;
                x.ty = self.prog.types.pointer(TypeTable::UINT8);
            }
        }
        x
    }

    pub fn untyped_rank_pub(&self, t: TypeId) -> u8 {
        match self.tt().basic_kind(t) {
            Some(BasicKind::UntypedInt) => 1,
            Some(BasicKind::UntypedRune) => 2,
            Some(BasicKind::UntypedFloat) => 3,
            Some(BasicKind::UntypedComplex) => 4,
            _ => 0,
        }
    }

    /// Whether an expression contains a (non-constant) function call or channel receive
    /// (then `len(array)` is not constant).
    fn contains_call_or_recv(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                // conversions and len/cap of constants are fine
                let is_type = self
                    .info
                    .types
                    .get(&fun.id)
                    .is_some_and(|t| t.mode == Mode::TypeExpr);
                !is_type || args.iter().any(|a| self.contains_call_or_recv(a))
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            } => true,
            ExprKind::Unary { x, .. } | ExprKind::Paren(x) | ExprKind::Star(x) => {
                self.contains_call_or_recv(x)
            }
            ExprKind::Selector { x, .. } => self.contains_call_or_recv(x),
            ExprKind::Index { x, indices, .. } => {
                self.contains_call_or_recv(x)
                    || indices.iter().any(|i| self.contains_call_or_recv(i))
            }
            ExprKind::Binary { x, y, .. } => {
                self.contains_call_or_recv(x) || self.contains_call_or_recv(y)
            }
            _ => false,
        }
    }
}

/// The parts of a call expression `fun(args...)`.
#[derive(Clone, Copy)]
pub(crate) struct CallParts<'a> {
    pub e: &'a Expr,
    pub fun: &'a Expr,
    pub args: &'a [Expr],
    pub ellipsis: Option<ast::Pos>,
    pub rparen: ast::Pos,
}

impl<'p> Checker<'p> {
    /// A call of a generic function `F(args)` / `F[T1](args)` (or generic method
    /// `x.M(args)`, `x.M[T1](args)`) whose function expression evaluated to `f`, with
    /// type parameters `tps` to instantiate (recorded at identifier `id`): explicit type
    /// arguments (`given` when already evaluated), inference from the typed arguments,
    /// core-type inference, untyped defaults, generic function arguments, constraint
    /// satisfaction, then the ordinary argument checks.
    fn generic_call<'a>(
        &mut self,
        call: &CallParts<'a>,
        f: Operand<'a>,
        tps: Vec<TypeId>,
        id: ast::NodeId,
        given: Option<Vec<TypeId>>,
    ) -> Operand<'a> {
        let CallParts {
            e,
            fun,
            args,
            ellipsis,
            rparen,
        } = *call;
        let mut x = Operand::invalid(e);
        let (fx, targ_exprs): (&Expr, &[Expr]) = match &fun.kind {
            ExprKind::Index { x, indices, .. } => (x, indices),
            _ => (fun, &[]),
        };
        let sig = self.tt().signature(f.ty).cloned();
        let (true, Some(sig)) = (!f.is_invalid(), sig) else {
            for a in targ_exprs.iter().filter(|_| given.is_none()) {
                self.type_expr(a);
            }
            for a in args {
                self.raw(a, None);
            }
            return x;
        };
        let n = tps.len();
        let mut targs: Vec<Option<TypeId>> = vec![None; n];
        let mut bad = false;
        for (i, te) in targ_exprs.iter().enumerate() {
            let t = match &given {
                Some(g) => g.get(i).copied().unwrap_or(TypeTable::INVALID),
                None => self.type_expr(te),
            };
            if t == TypeTable::INVALID {
                bad = true;
            }
            if i < n {
                targs[i] = Some(t);
            } else if i == n {
                self.error_at(
                    te,
                    format!("got {} type arguments but want {}", targ_exprs.len(), n),
                );
                bad = true;
            }
        }
        let explicit = targ_exprs.len().min(n);
        let lparen = self.lparen_pos(fun);
        let fname = expr_string(fun);
        // argument hints with the explicit type arguments substituted
        let known = super::generics::with_defaults(&targs, &tps);
        let psig_t = self.prog.subst(f.ty, &tps, &known);
        let psig = self.tt().signature(psig_t).cloned().unwrap_or(sig.clone());
        let hints = self.arg_hints(&psig, args.len(), ellipsis);
        // arguments may be generic functions whose type arguments are inferred below
        let ids = args.iter().map(|a| a.id).collect();
        let outer_ids = std::mem::replace(&mut self.generic_arg_ids, ids);
        let (mut ops, forwarded) = self.eval_args(args, &hints);
        self.generic_arg_ids = outer_ids;
        if bad || ops.iter().any(|o| o.is_invalid()) {
            return x;
        }
        let mut gargs = self.generic_args(&ops);
        // unification with the typed arguments
        let np = sig.params.len();
        let param_of = |i: usize| -> Option<TypeId> {
            if sig.variadic && i + 1 >= np {
                let last = *sig.params.last()?;
                if ellipsis.is_some() {
                    Some(last)
                } else {
                    match self.tt().get(last) {
                        Type::Slice(el) => Some(*el),
                        _ => None,
                    }
                }
            } else {
                sig.params.get(i).copied()
            }
        };
        let pts: Vec<Option<TypeId>> = (0..ops.len()).map(param_of).collect();
        for (i, op) in ops.iter().enumerate() {
            let Some(p) = pts[i] else { continue };
            if self.tt().is_untyped(op.ty) || explicit == n || gargs.iter().any(|g| g.op == i) {
                continue;
            }
            if !self.unify(p, op.ty, &tps, &mut targs, 0) {
                let msg = self.infer_mismatch(op, p, &tps, &targs);
                self.error_at(op.e, format!("in call to {fname}, {msg}"));
                return x;
            }
        }
        let from_typed = targs.clone();
        // (no inference at all when every type argument is explicit)
        if let (Err(msg), false) = (self.infer_from_constraints(&tps, &mut targs), explicit == n) {
            self.error(lparen, format!("in call to {fname}, {msg}"));
            return x;
        }
        // untyped constants: the default type of the "largest" kind per type parameter
        let mut untyped: Vec<Option<(TypeId, usize)>> = vec![None; n];
        for (i, op) in ops.iter().enumerate() {
            let Some(p) = pts[i] else { continue };
            if !self.tt().is_untyped(op.ty) || op.mode == OpMode::Nil {
                continue;
            }
            let Some(j) = tps.iter().position(|&t| t == p) else {
                continue;
            };
            if targs[j].is_some() {
                continue;
            }
            match untyped[j] {
                None => untyped[j] = Some((op.ty, i)),
                Some((prev, _)) => {
                    let (a, b) = (self.untyped_rank_pub(prev), self.untyped_rank_pub(op.ty));
                    let numeric = self.tt().is_numeric(prev) && self.tt().is_numeric(op.ty);
                    if !numeric && prev != op.ty {
                        let (ps, os) = (self.tstr(prev), self.tstr(op.ty));
                        let tn = self.tstr(p);
                        self.error_at(
                            op.e,
                            format!("in call to {fname}, mismatched types {ps} and {os} (cannot infer {tn})"),
                        );
                        return x;
                    }
                    if b > a {
                        untyped[j] = Some((op.ty, i));
                    }
                }
            }
        }
        for j in 0..n {
            if let (None, Some((t, _))) = (targs[j], untyped[j]) {
                targs[j] = Some(self.tt().default_type(t));
            }
        }
        let _ = self.infer_from_constraints(&tps, &mut targs);
        if !gargs.is_empty() {
            if !self.infer_generic_args(&fname, &ops, &pts, &tps, &mut targs, &mut gargs) {
                return x;
            }
            // still bound to an argument's unknown type parameter: not inferred
            for t in targs.iter_mut() {
                if t.is_some_and(|t| gargs.iter().any(|g| self.mentions_any(t, &g.fresh))) {
                    *t = None;
                }
            }
        }
        if let Some(j) = targs.iter().position(|t| t.is_none()) {
            let msg = self.cannot_infer(tps[j]);
            self.error(lparen, format!("in call to {fname}, {msg}"));
            return x;
        }
        let targs: Vec<TypeId> = targs
            .into_iter()
            .map(|t| t.unwrap_or(TypeTable::INVALID))
            .collect();
        // constraint satisfaction
        for j in 0..n {
            let c = self.constraint_of(tps[j]);
            let c = self.prog.subst(c, &tps, &targs);
            if let Err(msg) = self.satisfies(targs[j], c) {
                if j < explicit {
                    self.error_at(&targ_exprs[j], msg);
                } else if from_typed[j].is_some()
                    && self
                        .tt()
                        .interface(c)
                        .is_some_and(|it| !it.methods.is_empty())
                {
                    let tn = self.tstr(tps[j]);
                    let ts = self.tstr(targs[j]);
                    let rest = msg
                        .strip_prefix(&format!("{ts} "))
                        .unwrap_or(&msg)
                        .to_string();
                    self.error(
                        lparen,
                        format!("in call to {fname}, {tn} (type {ts}) {rest}"),
                    );
                } else {
                    self.error(lparen, msg);
                }
                return x;
            }
        }
        if !self.instantiate_generic_args(&fname, lparen, &mut ops, &gargs) {
            return x;
        }
        self.mono_record(&tps, &targs, targ_exprs, lparen);
        let isig_t = self.prog.subst(f.ty, &tps, &targs);
        self.info.instances.insert(
            id,
            Instance {
                type_args: targs.clone(),
                ty: isig_t,
            },
        );
        self.retype(fx, isig_t);
        if !std::ptr::eq(fx, fun) {
            self.info.types.insert(
                fun.id,
                TypeAndValue {
                    mode: Mode::Value,
                    ty: isig_t,
                    value: None,
                },
            );
        }
        let Some(isig) = self.tt().signature(isig_t).cloned() else {
            return x;
        };
        self.check_call_ops(&isig, args, ops, forwarded, ellipsis, rparen, &fname);
        match isig.results.len() {
            0 => {
                x.mode = OpMode::NoValue;
                x.ty = TypeTable::INVALID;
            }
            1 => {
                x.mode = OpMode::Value;
                x.ty = isig.results[0];
            }
            _ => {
                x.mode = OpMode::Value;
                x.ty = self.prog.types.tuple(isig.results.clone());
            }
        }
        x
    }
}
