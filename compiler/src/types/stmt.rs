//! Statements: assignments and short variable declarations, control flow (if, for,
//! range, switch, type switch, select), labels and branches, return, go/defer, local
//! declarations, and the spec's terminating-statement analysis (`missing return`).

use std::collections::HashMap;

use super::check::*;
use super::constant;
use super::exprstr::{expr_string, start_pos};
use super::repr::*;
use crate::syntax::ast::{
    self, AssignOp, BranchKind, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind,
};

impl<'p> Checker<'p> {
    /// The yield function's signature of an iterator `func(yield func(K[, V]) bool)`,
    /// or why `sig` is not one (gc's words).
    fn range_func_yield(&self, sig: &Signature) -> Result<Signature, &'static str> {
        if sig.params.len() != 1 {
            return Err("wrong argument count");
        }
        if !sig.results.is_empty() {
            return Err("unexpected results");
        }
        let Some(ys) = self.tt().signature(sig.params[0]).cloned() else {
            return Err("argument is not func");
        };
        if ys.params.len() > 2 {
            return Err("yield func has too many parameters");
        }
        match ys.results[..] {
            [TypeTable::BOOL] => Ok(ys),
            [r] if self.tt().is_boolean(r) => {
                Err("yield func returns user-defined boolean, not bool")
            }
            _ => Err("yield func does not return bool"),
        }
    }
}

impl<'p> Checker<'p> {
    pub fn stmt_list(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            self.stmt(s, last);
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.open_scope();
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    if let Some(&(prev, _)) = self.fctx.labels.get(&label.name) {
                        let po = self.prog.obj(prev);
                        let other = self.pos_string(po.file, po.pos);
                        self.error(
                            label.pos,
                            format!(
                                "label {} already defined\n\t{}: previous definition",
                                label.name, other
                            ),
                        );
                    } else {
                        let o = self.new_obj(label, ObjKind::Label, TypeTable::INVALID);
                        self.fctx.labels.insert(label.name.clone(), (o, false));
                    }
                }
                self.collect_labels_stmt(stmt);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            _ => {}
        }
    }

    pub fn report_unused_labels(&mut self) {
        let mut v: Vec<(ObjId, bool)> = self.fctx.labels.values().copied().collect();
        v.sort();
        for (o, used) in v {
            if !used {
                let (pos, name) = {
                    let ob = self.prog.obj(o);
                    (ob.pos, ob.name.clone())
                };
                self.error(pos, format!("label {name} defined and not used"));
            }
        }
    }

    fn stmt(&mut self, s: &Stmt, last_in_list: bool) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let is_loop = matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                let _ = is_loop;
                if let Some(&(o, _)) = self.fctx.labels.get(&label.name) {
                    self.info.defs.insert(label.id, o);
                }
                self.labeled_stmt(stmt, Some(label.name.clone()), last_in_list);
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                let c = self.expr(chan);
                let mut v = self.expr(value);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                match self.tt().chan_of(c.ty) {
                    Some((dir, el)) => {
                        if dir == ast::ChanDir::Recv {
                            let d = self.op_string(&c);
                            let ts = self.tstr(c.ty);
                            let msg = match self.chan_typeset_cause(c.ty, true) {
                                Some(why) => format!("invalid operation: cannot send to {d}: {why}"),
                                None => format!(
                                    "invalid operation: cannot send to receive-only channel {ts} {d}"
                                ),
                            };
                            self.error(s.pos, msg);
                            return;
                        }
                        self.assignment(&mut v, el, "send");
                    }
                    None => {
                        let d = self.op_string(&c);
                        let msg = match self.chan_typeset_cause(c.ty, true) {
                            Some(why) => format!("invalid operation: cannot send to {d}: {why}"),
                            None => format!("invalid operation: cannot send to non-channel {d}"),
                        };
                        self.error(s.pos, msg);
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let op = if *inc {
                    ast::BinaryOp::Add
                } else {
                    ast::BinaryOp::Sub
                };
                let v = self.expr(x);
                if v.is_invalid() {
                    return;
                }
                if !self.tt().is_numeric(v.ty) {
                    let s2 = expr_string(x);
                    let ts = self.tstr(v.ty);
                    let o = if *inc { "++" } else { "--" };
                    self.error_at(
                        x,
                        format!("invalid operation: {s2}{o} (non-numeric type {ts})"),
                    );
                    return;
                }
                let _ = op;
                self.check_assignable_lhs(x, &v);
            }
            StmtKind::Assign {
                lhs,
                op,
                op_pos,
                rhs,
            } => match op {
                AssignOp::Define => self.short_var_decl(lhs, rhs, *op_pos),
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *op_pos,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let tmp = Expr {
                        id: NodeId(u32::MAX),
                        pos: lhs[0].pos,
                        kind: ExprKind::Binary {
                            op: *bop,
                            op_pos: *op_pos,
                            x: Box::new(lhs[0].clone()),
                            y: Box::new(rhs[0].clone()),
                        },
                    };
                    let mut r = self.expr(&tmp);
                    self.info.types.remove(&NodeId(u32::MAX));
                    if r.is_invalid() {
                        return;
                    }
                    // re-record the operands of the real tree
                    self.copy_records(&tmp, &lhs[0], &rhs[0]);
                    let l = self.lhs_operand(&lhs[0]);
                    if let Some(l) = l {
                        r.e = &rhs[0];
                        self.assignment(&mut r, l.ty, "assignment");
                    }
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let mut inner = e;
                while let ExprKind::Paren(i) = &inner.kind {
                    inner = i;
                }
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.error_at(e, format!("expression in {what} must be function call"));
                    self.raw(e, None);
                    return;
                }
                let x = self.raw(e, None);
                if x.is_invalid() {
                    return;
                }
                if let ExprKind::Call { fun, .. } = &inner.kind {
                    let fm = self.info.types.get(&fun.id).map(|t| t.mode);
                    if fm == Some(Mode::TypeExpr) {
                        self.error_at(e, format!("{what} requires function call, not conversion"));
                        return;
                    }
                    if fm == Some(Mode::Builtin)
                        && !matches!(x.mode, OpMode::NoValue)
                        && !self.builtin_stmt_ok(fun)
                    {
                        let d = self.op_string(&x);
                        self.error_at(e, format!("{what} discards result of {d}"));
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref(), last_in_list),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                let mut c = self.expr(cond);
                if !c.is_invalid() {
                    if !self.tt().is_boolean(c.ty) {
                        self.error_at(cond, "non-boolean condition in if statement");
                    } else {
                        self.default_operand(&mut c);
                    }
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, false);
                }
                self.close_scope();
            }
            _ => self.labeled_stmt(s, None, last_in_list),
        }
    }

    /// Copies the records of operands checked through a temporary op-assign tree.
    fn copy_records(&mut self, _tmp: &Expr, _l: &Expr, _r: &Expr) {}

    fn builtin_stmt_ok(&self, fun: &Expr) -> bool {
        let name = match &fun.kind {
            ExprKind::Ident(i) => i.name.as_str(),
            ExprKind::Paren(x) => return self.builtin_stmt_ok(x),
            _ => return false,
        };
        matches!(
            name,
            "clear" | "close" | "copy" | "delete" | "panic" | "print" | "println" | "recover"
        )
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let x = self.raw(e, None);
        if x.is_invalid() {
            return;
        }
        let mut inner = e;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let msg_unused = |c: &mut Self, x: &Operand| {
            let d = c.op_string(x);
            c.error_at(x.e, format!("{d} is not used"));
        };
        match &inner.kind {
            ExprKind::Call { fun, .. } => {
                let fm = self.info.types.get(&fun.id).map(|t| t.mode);
                let builtin_value = fm == Some(Mode::Builtin) && !self.builtin_stmt_ok(fun);
                if fm == Some(Mode::TypeExpr) || builtin_value {
                    msg_unused(self, &x);
                }
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Recv,
                ..
            } => {}
            _ => {
                if x.mode == OpMode::TypeExpr {
                    let s = expr_string(e);
                    self.error_at(e, format!("{s} (type) is not an expression"));
                } else {
                    msg_unused(self, &x);
                }
            }
        }
    }

    // ---- assignments ---------------------------------------------------------------------

    /// Evaluates an assignment's left-hand side; a bare identifier is not a "use".
    fn lhs_operand<'a>(&mut self, e: &'a Expr) -> Option<Operand<'a>> {
        let mut inner = e;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        if let ExprKind::Ident(id) = &inner.kind {
            if id.name == "_" {
                self.info.types.remove(&e.id);
                return None;
            }
            if let Some(o) = self.lookup_name(&id.name) {
                if let ObjKind::Var { global, .. } = self.prog.obj(o).kind {
                    self.info.uses.insert(id.id, o);
                    self.resolve_obj(o);
                    if global {
                        self.add_dep(o);
                    }
                    let was_used = self.used.contains(&o);
                    let mut x = Operand::invalid(e);
                    self.use_obj(&mut x, o, id.pos);
                    if !was_used {
                        self.used.remove(&o);
                    }
                    self.record(&x);
                    if x.is_invalid() {
                        return None;
                    }
                    return Some(x);
                }
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        if self.check_assignable_lhs(e, &x) {
            Some(x)
        } else {
            None
        }
    }

    fn check_assignable_lhs(&mut self, e: &Expr, x: &Operand) -> bool {
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => true,
            _ => {
                let s = expr_string(e);
                // a field of a map element
                if let ExprKind::Selector { x: b, .. } = &e.kind {
                    if self
                        .info
                        .types
                        .get(&b.id)
                        .is_some_and(|t| t.mode == Mode::MapIndex)
                    {
                        self.error_at(e, format!("cannot assign to struct field {s} in map"));
                        return false;
                    }
                }
                if x.mode == OpMode::Constant || x.mode == OpMode::Nil {
                    let d = self.op_string(x);
                    self.error_at(
                        e,
                        format!(
                            "cannot assign to {s} (neither addressable nor a map index expression)"
                        ),
                    );
                    let _ = d;
                } else {
                    self.error_at(
                        e,
                        format!(
                            "cannot assign to {s} (neither addressable nor a map index expression)"
                        ),
                    );
                }
                false
            }
        }
    }

    fn assign_blank(&mut self, x: &mut Operand) {
        if x.mode == OpMode::Nil {
            self.error_at(x.e, "use of untyped nil in assignment");
            return;
        }
        self.default_operand(x);
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let lops: Vec<Option<Operand>> = lhs.iter().map(|l| self.lhs_operand(l)).collect();
        if lhs.len() == rhs.len() {
            for (i, r) in rhs.iter().enumerate() {
                let hint = lops[i].as_ref().map(|l| l.ty);
                self.single_assign_rhs = (rhs.len() == 1).then_some(r.id);
                let mut x = self.expr_hint(r, hint);
                self.single_assign_rhs = None;
                match &lops[i] {
                    Some(l) => {
                        self.assign_lhs = Some(expr_string(&lhs[i]));
                        self.assignment(&mut x, l.ty, "assignment");
                        self.assign_lhs = None;
                    }
                    None => {
                        if is_blank(&lhs[i]) {
                            self.assign_blank(&mut x);
                        }
                    }
                }
            }
            return;
        }
        let types = self.multi_rhs(lhs.len(), rhs, start_pos(&rhs[0]));
        if let Some(types) = types {
            for (i, l) in lops.iter().enumerate() {
                if let Some(l) = l {
                    let mut x = Operand {
                        mode: OpMode::Value,
                        ty: types[i],
                        val: None,
                        e: &rhs[0],
                    };
                    self.assignment(&mut x, l.ty, "assignment");
                }
            }
        }
    }

    /// Evaluates a single rhs for several lhs (multi-value call or comma-ok); returns the
    /// value types or None after reporting `assignment mismatch`.
    pub fn multi_rhs(&mut self, nl: usize, rhs: &[Expr], pos: ast::Pos) -> Option<Vec<TypeId>> {
        if rhs.len() != 1 {
            for r in rhs {
                self.raw(r, None);
            }
            let vs = if nl == 1 { "variable" } else { "variables" };
            let rs = if rhs.len() == 1 { "value" } else { "values" };
            self.error(
                pos,
                format!("assignment mismatch: {nl} {vs} but {} {rs}", rhs.len()),
            );
            return None;
        }
        let x = self.multi_expr(&rhs[0]);
        if x.is_invalid() {
            return None;
        }
        if let Some(ts) = self.tt().tuple_elems(x.ty).map(|t| t.to_vec()) {
            if ts.len() == nl {
                return Some(ts);
            }
            let fname = match &rhs[0].kind {
                ExprKind::Call { fun, .. } => expr_string(fun),
                _ => expr_string(&rhs[0]),
            };
            let vs = if nl == 1 { "variable" } else { "variables" };
            let rs = if ts.len() == 1 { "value" } else { "values" };
            self.error(
                pos,
                format!(
                    "assignment mismatch: {nl} {vs} but {fname} returns {} {rs}",
                    ts.len()
                ),
            );
            return None;
        }
        if nl == 2 && matches!(x.mode, OpMode::CommaOk | OpMode::MapIndex) {
            let tup = self.prog.types.tuple(vec![x.ty, TypeTable::BOOL]);
            self.info.types.insert(
                rhs[0].id,
                TypeAndValue {
                    mode: Mode::CommaOk,
                    ty: tup,
                    value: None,
                },
            );
            return Some(vec![x.ty, TypeTable::UNTYPED_BOOL]);
        }
        let vs = if nl == 1 { "variable" } else { "variables" };
        if let ExprKind::Call { fun, .. } = &rhs[0].kind {
            if x.mode == OpMode::Value || x.mode == OpMode::NoValue {
                let fname = expr_string(fun);
                self.error(
                    pos,
                    format!("assignment mismatch: {nl} {vs} but {fname} returns 1 value"),
                );
                return None;
            }
        }
        self.error(pos, format!("assignment mismatch: {nl} {vs} but 1 value"));
        None
    }

    fn short_var_decl(&mut self, lhs: &[Expr], rhs: &[Expr], op_pos: ast::Pos) {
        let mut idents: Vec<Option<&ast::Ident>> = vec![];
        let mut any_new = false;
        let mut bad = false;
        let mut seen: Vec<String> = vec![];
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(id) => {
                    if id.name != "_" {
                        if seen.contains(&id.name) {
                            self.error(id.pos, format!("{} repeated on left side of :=", id.name));
                            bad = true;
                        }
                        seen.push(id.name.clone());
                        if !self.scopes.last().is_some_and(|s| s.contains_key(&id.name)) {
                            any_new = true;
                        }
                    }
                    idents.push(Some(id));
                }
                _ => {
                    let s = expr_string(l);
                    self.error_at(l, format!("non-name {s} on left side of :="));
                    bad = true;
                    idents.push(None);
                }
            }
        }
        // evaluate rhs first (new variables are not in scope in rhs)
        let mut types: Vec<Option<TypeId>> = vec![None; lhs.len()];
        if lhs.len() == rhs.len() {
            for (i, r) in rhs.iter().enumerate() {
                // an existing variable gives a hint/target type
                let existing = idents[i]
                    .and_then(|id| self.scopes.last().and_then(|s| s.get(&id.name).copied()));
                self.single_assign_rhs = (rhs.len() == 1).then_some(r.id);
                let mut x = self.expr(r);
                self.single_assign_rhs = None;
                if x.is_invalid() {
                    continue;
                }
                if let Some(o) = existing {
                    let t = self.prog.obj(o).ty;
                    if self.assignment(&mut x, t, "assignment") {
                        types[i] = Some(t);
                    }
                    continue;
                }
                if x.mode == OpMode::Nil {
                    self.error_at(r, "use of untyped nil in assignment");
                    continue;
                }
                if self.tt().is_untyped(x.ty) {
                    let d = self.tt().default_type(x.ty);
                    self.assignment(&mut x, d, "assignment");
                }
                if !x.is_invalid() {
                    types[i] = Some(x.ty);
                }
            }
        } else if let Some(ts) = self.multi_rhs(lhs.len(), rhs, start_pos(&rhs[0])) {
            for (i, t) in ts.into_iter().enumerate() {
                types[i] = Some(self.tt().default_type(t));
            }
        }
        if !any_new && !bad {
            self.error(op_pos, "no new variables on left side of :=");
        }
        for (i, id) in idents.into_iter().enumerate() {
            let Some(id) = id else { continue };
            let existing = self.scopes.last().and_then(|s| s.get(&id.name).copied());
            if let (Some(o), true) = (existing, id.name != "_") {
                self.info.uses.insert(id.id, o);
                let ot = self.prog.obj(o).ty;
                if let Some(t) = types[i] {
                    if lhs.len() != rhs.len() {
                        let mut x = Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            e: &rhs[0],
                        };
                        self.assignment(&mut x, ot, "assignment");
                    }
                }
                continue;
            }
            let t = types[i].unwrap_or(TypeTable::INVALID);
            let o = self.new_obj(
                id,
                ObjKind::Var {
                    global: false,
                    field: false,
                    embedded: false,
                    param: false,
                },
                t,
            );
            self.declare(id, o);
            self.local_vars.push(o);
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(sig) = self.fctx.sig.and_then(|t| self.tt().signature(t).cloned()) else {
            return;
        };
        let want = &sig.results;
        if results.is_empty() {
            if !want.is_empty() && self.fctx.named_results.is_empty() {
                let ws = self.results_summary(want);
                self.error(
                    s.pos,
                    format!("not enough return values\n\thave ()\n\twant {ws}"),
                );
            }
            if !self.fctx.named_results.is_empty() {
                // a result shadowed in an inner scope makes a bare return invalid
                for &r in &self.fctx.named_results.clone() {
                    let name = self.prog.obj(r).name.clone();
                    if let Some(o) = self.lookup_name(&name) {
                        if o != r {
                            let po = self.prog.obj(o);
                            let other = self.pos_string(po.file, po.pos);
                            self.error(s.pos, format!("result parameter {name} not in scope at return\n\t{other}: inner declaration of {name}"));
                        }
                    }
                }
            }
            return;
        }
        let hints: Vec<TypeId> = want.clone();
        let (mut ops, forwarded) = self.eval_args(results, &hints);
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        if ops.len() != want.len() {
            let have = self.types_summary_pub(&ops);
            let ws = self.results_summary(want);
            if ops.len() > want.len() {
                let at = if forwarded {
                    &results[0]
                } else {
                    ops[want.len()].e
                };
                if want.is_empty() {
                    self.error_at(
                        at,
                        format!("too many return values\n\thave {have}\n\twant ()"),
                    );
                } else {
                    self.error_at(
                        at,
                        format!("too many return values\n\thave {have}\n\twant {ws}"),
                    );
                }
            } else {
                let at = ops.last().map(|o| o.e).unwrap_or(&results[0]);
                self.error_at(
                    at,
                    format!("not enough return values\n\thave {have}\n\twant {ws}"),
                );
            }
            return;
        }
        for (i, x) in ops.iter_mut().enumerate() {
            self.assignment(x, want[i], "return statement");
        }
    }

    fn results_summary(&self, ts: &[TypeId]) -> String {
        let v: Vec<String> = ts.iter().map(|&t| self.tstr(t)).collect();
        format!("({})", v.join(", "))
    }

    pub fn types_summary_pub(&self, ops: &[Operand]) -> String {
        let v: Vec<String> = ops
            .iter()
            .map(|o| {
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

    fn branch(
        &mut self,
        s: &Stmt,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        last_in_list: bool,
    ) {
        match kind {
            BranchKind::Goto => {
                let Some(l) = label else { return };
                match self.fctx.labels.get_mut(&l.name) {
                    Some(e) => {
                        e.1 = true;
                        let o = e.0;
                        self.info.uses.insert(l.id, o);
                    }
                    None => self.error(l.pos, format!("label {} not defined", l.name)),
                }
            }
            BranchKind::Fallthrough => {
                if !last_in_list || !self.fallthrough_ok {
                    if self.fallthrough_final {
                        self.error(s.pos, "cannot fallthrough final case in switch");
                    } else {
                        self.error(s.pos, "fallthrough statement out of place");
                    }
                }
            }
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                if let Some(l) = label {
                    let Some(e) = self.fctx.labels.get_mut(&l.name) else {
                        let w = if is_break { "break" } else { "continue" };
                        self.error(l.pos, format!("{w} label not defined: {}", l.name));
                        return;
                    };
                    e.1 = true;
                    let o = e.0;
                    self.info.uses.insert(l.id, o);
                    let target = self
                        .fctx
                        .targets
                        .iter()
                        .rev()
                        .find(|t| t.1.as_deref() == Some(l.name.as_str()))
                        .map(|t| t.0);
                    match target {
                        None => {
                            let w = if is_break { "break" } else { "continue" };
                            self.error(l.pos, format!("invalid {w} label {}", l.name));
                        }
                        Some(k) if !is_break && k != Breakable::Loop => {
                            self.error(l.pos, format!("invalid continue label {}", l.name));
                        }
                        _ => {}
                    }
                    return;
                }
                if is_break {
                    if self.fctx.targets.is_empty() {
                        self.error(s.pos, "break is not in a loop, switch, or select");
                    }
                } else if !self.fctx.targets.iter().any(|t| t.0 == Breakable::Loop) {
                    self.error(s.pos, "continue is not in a loop");
                }
            }
        }
    }

    /// Statements that can be the target of a labeled break/continue.
    fn labeled_stmt(&mut self, s: &Stmt, label: Option<String>, last_in_list: bool) {
        match &s.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                if let Some(c) = cond {
                    let mut x = self.expr(c);
                    if !x.is_invalid() {
                        if !self.tt().is_boolean(x.ty) {
                            self.error_at(c, "non-boolean condition in for statement");
                        } else {
                            self.default_operand(&mut x);
                        }
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        op_pos,
                        ..
                    } = &p.kind
                    {
                        self.error(*op_pos, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, false);
                    }
                }
                self.fctx.targets.push((Breakable::Loop, label));
                self.block(body);
                self.fctx.targets.pop();
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.open_scope();
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x);
                self.fctx.targets.push((Breakable::Loop, label));
                self.block(body);
                self.fctx.targets.pop();
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                self.fctx.targets.push((Breakable::Switch, label));
                self.switch_stmt(tag.as_ref(), body);
                self.fctx.targets.pop();
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                self.fctx.targets.push((Breakable::Switch, label));
                self.type_switch(bind.as_ref(), x, body);
                self.fctx.targets.pop();
                self.close_scope();
            }
            StmtKind::Select { body, .. } => {
                self.fctx.targets.push((Breakable::Select, label));
                for c in body {
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        let ok = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, op, .. } => {
                                rhs.len() == 1
                                    && is_recv(&rhs[0])
                                    && matches!(op, AssignOp::Assign | AssignOp::Define)
                            }
                            _ => false,
                        };
                        if !ok {
                            self.error(
                                comm.pos,
                                "select case must be receive, send or assign recv",
                            );
                        }
                        self.stmt(comm, false);
                    }
                    self.stmt_list(&c.body);
                    self.close_scope();
                }
                self.fctx.targets.pop();
            }
            _ => self.stmt(s, last_in_list),
        }
    }

    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        xe: &Expr,
    ) {
        let mut x = self.expr(xe);
        if x.is_invalid() {
            self.range_vars(key, value, define, [None, None]);
            return;
        }
        let u = self.tt().core_or_under(x.ty);
        let xdesc = self.op_string(&x);
        let mut max_vars = 2;
        let (kt, vt): (Option<TypeId>, Option<TypeId>) = match self.tt().get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                if self.tt().is_untyped(x.ty) {
                    self.default_operand(&mut x);
                }
                (Some(TypeTable::INT), Some(TypeTable::INT32))
            }
            Type::Basic(k) if k.is_integer() => {
                max_vars = 1;
                let t = if self.tt().is_untyped(x.ty) {
                    // the key gets the type it is assigned to (or int)
                    let kt = match (key, define) {
                        (Some(k), false) if !is_blank(k) => {
                            let kx = self.expr(k);
                            if kx.is_invalid() {
                                TypeTable::INT
                            } else {
                                kx.ty
                            }
                        }
                        _ => TypeTable::INT,
                    };
                    self.convert_untyped(&mut x, kt);
                    kt
                } else {
                    x.ty
                };
                (Some(t), None)
            }
            Type::Array(_, e) => (Some(TypeTable::INT), Some(e)),
            Type::Slice(e) => (Some(TypeTable::INT), Some(e)),
            Type::Pointer(p) => match self.tt().get(self.tt().underlying(p)).clone() {
                Type::Array(_, e) => (Some(TypeTable::INT), Some(e)),
                _ => {
                    let d = self.op_string(&x);
                    self.error_at(xe, format!("cannot range over {d}"));
                    self.range_vars(key, value, define, [None, None]);
                    return;
                }
            },
            Type::Map(k, v) => (Some(k), Some(v)),
            Type::Chan(dir, e) => {
                if dir == ast::ChanDir::Send {
                    let d = self.op_string(&x);
                    self.error_at(
                        xe,
                        format!(
                            "invalid operation: range {} receive from send-only channel {d}",
                            expr_string(xe)
                        ),
                    );
                }
                max_vars = 1;
                (Some(e), None)
            }
            Type::Func(sig) => {
                // range-over-func: func(yield func(K[, V]) bool)
                match self.range_func_yield(&sig) {
                    Ok(ys) => {
                        max_vars = ys.params.len();
                        (ys.params.first().copied(), ys.params.get(1).copied())
                    }
                    Err(why) => {
                        let d = self.op_string(&x);
                        self.error_at(
                            xe,
                            format!(
                                "cannot range over {d}: func must be func(yield func(...) bool): {why}"
                            ),
                        );
                        self.range_vars(key, value, define, [None, None]);
                        return;
                    }
                }
            }
            _ => {
                let d = self.op_string(&x);
                let why = self.core_cause_suffix(x.ty);
                self.error_at(xe, format!("cannot range over {d}{why}"));
                self.range_vars(key, value, define, [None, None]);
                return;
            }
        };
        let nvars = if value.is_some() {
            2
        } else if key.is_some() {
            1
        } else {
            0
        };
        if nvars > max_vars {
            let d = xdesc;
            let extra = if max_vars == 0 { key } else { value };
            let at = extra.map(start_pos).unwrap_or(s.pos);
            if max_vars == 0 {
                self.error(at, format!("range over {d} permits no iteration variables"));
            } else {
                self.error(
                    at,
                    format!("range over {d} permits only one iteration variable"),
                );
            }
            self.range_vars(key, None, define, [kt, None]);
            return;
        }
        self.range_vars(key, value, define, [kt, vt]);
    }

    fn range_vars(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        ts: [Option<TypeId>; 2],
    ) {
        for (i, e) in [key, value].into_iter().enumerate() {
            let Some(e) = e else { continue };
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    let s = expr_string(e);
                    self.error_at(e, format!("non-name {s} on left side of :="));
                    continue;
                };
                let t = ts[i].unwrap_or(TypeTable::INVALID);
                let o = self.new_obj(
                    id,
                    ObjKind::Var {
                        global: false,
                        field: false,
                        embedded: false,
                        param: false,
                    },
                    t,
                );
                self.declare(id, o);
                self.local_vars.push(o);
            } else {
                if is_blank(e) {
                    continue;
                }
                if let Some(l) = self.lhs_operand(e) {
                    if let Some(t) = ts[i] {
                        let mut x = Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            e,
                        };
                        self.assignment(&mut x, l.ty, "range");
                    }
                }
            }
        }
    }

    fn switch_stmt(&mut self, tag: Option<&Expr>, body: &[ast::CaseClause]) {
        let mut tagx = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if !x.is_invalid() {
                    if x.mode == OpMode::Nil {
                        self.error_at(t, "use of untyped nil in switch expression");
                        x.mode = OpMode::Invalid;
                    } else {
                        self.default_operand(&mut x);
                        if !x.is_invalid()
                            && !self.tt().comparable(x.ty)
                            && !self.tt().has_nil(x.ty)
                        {
                            let d = self.op_string(&x);
                            self.error_at(t, format!("cannot switch on {d}"));
                            x.mode = OpMode::Invalid;
                        }
                    }
                }
                Some(x)
            }
            None => None,
        };
        let mut seen: Vec<(ConstValue, TypeId, ast::Pos)> = vec![];
        let mut default_seen: Option<ast::Pos> = None;
        let n = body.len();
        for (ci, c) in body.iter().enumerate() {
            if c.is_default {
                if let Some(p) = default_seen {
                    let other = self.pos_string(None, p);
                    self.error(
                        c.pos,
                        format!("multiple defaults in switch\n\t{other}: previous default"),
                    );
                }
                default_seen = Some(c.pos);
            }
            for e in &c.list {
                let mut v = self.expr(e);
                if v.is_invalid() {
                    continue;
                }
                match &mut tagx {
                    Some(t) if t.is_invalid() => {}
                    Some(t) => {
                        // compare v == tag
                        let tt = t.ty;
                        if self.tt().is_untyped(v.ty) {
                            if !self.convert_untyped_soft(&mut v, tt) {
                                let (a, b) = (expr_string(e), expr_string(t.e));
                                let (ta, tb) = (self.tstr(v.ty), self.tstr(tt));
                                self.error_at(e, format!("invalid case {a} in switch on {b} (mismatched types {ta} and {tb})"));
                                continue;
                            }
                        } else if !self.prog.assignable_type(v.ty, tt)
                            && !self.prog.assignable_type(tt, v.ty)
                        {
                            let (a, b) = (expr_string(e), expr_string(t.e));
                            let (ta, tb) = (self.tstr(v.ty), self.tstr(tt));
                            self.error_at(e, format!("invalid case {a} in switch on {b} (mismatched types {ta} and {tb})"));
                            continue;
                        }
                    }
                    None => {
                        if !self.tt().is_boolean(v.ty) {
                            let d = self.op_string(&v);
                            self.error_at(
                                e,
                                format!(
                                    "invalid case {} in switch (mismatched types {} and bool)",
                                    expr_string(e),
                                    self.tstr(v.ty)
                                ),
                            );
                            let _ = d;
                            continue;
                        }
                        self.default_operand(&mut v);
                    }
                }
                if let (OpMode::Constant, Some(val)) = (v.mode, &v.val) {
                    if let Some((_, _, p)) = seen
                        .iter()
                        .find(|(s, t, _)| *t == v.ty && constant::const_eq(s, val))
                    {
                        let other = self.pos_string(None, *p);
                        let d = self.op_string(&v);
                        self.error_at(
                            e,
                            format!(
                                "duplicate case {d} in expression switch\n\t{other}: previous case"
                            ),
                        );
                    } else {
                        seen.push((val.clone(), v.ty, start_pos(e)));
                    }
                }
            }
            self.open_scope();
            let saved = (self.fallthrough_ok, self.fallthrough_final);
            self.fallthrough_ok = ci + 1 < n;
            self.fallthrough_final = ci + 1 == n;
            self.stmt_list_ft(&c.body);
            (self.fallthrough_ok, self.fallthrough_final) = saved;
            self.close_scope();
        }
    }

    /// A statement list in a switch clause where a final `fallthrough` may be valid.
    fn stmt_list_ft(&mut self, stmts: &[Stmt]) {
        let ok = self.fallthrough_ok;
        let fin = self.fallthrough_final;
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            self.fallthrough_ok = ok && last;
            self.fallthrough_final = fin && last;
            if !last
                && matches!(
                    s.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                )
            {
                self.error(s.pos, "fallthrough statement out of place");
                continue;
            }
            self.stmt(s, last);
            self.fallthrough_ok = false;
            self.fallthrough_final = false;
        }
    }

    fn convert_untyped_soft(&mut self, x: &mut Operand, t: TypeId) -> bool {
        let n = self.errors.len();
        let ok = self.convert_untyped(x, t);
        if !ok {
            self.errors.truncate(n);
        }
        ok
    }

    fn type_switch(&mut self, bind: Option<&ast::Ident>, xe: &Expr, body: &[ast::CaseClause]) {
        let x = self.expr(xe);
        let mut xt = TypeTable::INVALID;
        if !x.is_invalid() {
            if self.tt().is_type_param(x.ty) {
                let d = self.op_string(&x);
                self.error_at(
                    xe,
                    format!("cannot use type switch on type parameter value {d}"),
                );
            } else if !self.tt().is_interface(x.ty) {
                let d = self.op_string(&x);
                self.error_at(xe, format!("{d} is not an interface"));
            } else {
                xt = x.ty;
            }
        }
        let mut bind_objs = vec![];
        let mut seen: Vec<(TypeId, ast::Pos)> = vec![];
        let mut nil_seen = false;
        for (ci, c) in body.iter().enumerate() {
            let mut single: Option<TypeId> = None;
            for e in &c.list {
                let t = self.expr_or_type(e);
                if t.mode == OpMode::Nil {
                    if nil_seen {
                        self.error_at(e, "multiple nil cases in type switch (first at ?)");
                    }
                    nil_seen = true;
                    single = if c.list.len() == 1 { Some(xt) } else { None };
                    continue;
                }
                if t.is_invalid() {
                    continue;
                }
                if t.mode != OpMode::TypeExpr {
                    let s = expr_string(e);
                    self.error_at(e, format!("{s} is not a type"));
                    continue;
                }
                if xt != TypeTable::INVALID && !self.tt().is_interface(t.ty) {
                    if let Err(reason) = self.prog.implements(t.ty, xt, Some(self.pkg)) {
                        let d = self.op_string(&x);
                        let ts = self.tstr(t.ty);
                        self.error_at(e, format!("impossible type switch case: {d} cannot have dynamic type {ts} {reason}"));
                        continue;
                    }
                }
                if let Some((_, p)) = seen.iter().find(|(s, _)| *s == t.ty) {
                    let other = self.pos_string(None, *p);
                    let ts = self.tstr(t.ty);
                    self.error_at(
                        e,
                        format!("duplicate case {ts} in type switch\n\t{other}: previous case"),
                    );
                } else {
                    seen.push((t.ty, start_pos(e)));
                }
                if c.list.len() == 1 {
                    single = Some(t.ty);
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let t = single.unwrap_or(xt);
                let o = self.new_obj(
                    b,
                    ObjKind::Var {
                        global: false,
                        field: false,
                        embedded: false,
                        param: false,
                    },
                    t,
                );
                self.info.defs.remove(&b.id);
                self.info.implicits.insert((b.id, ci), o);
                self.declare(b, o);
                bind_objs.push(o);
            }
            let saved = (self.fallthrough_ok, self.fallthrough_final);
            self.fallthrough_ok = false;
            self.fallthrough_final = false;
            self.stmt_list(&c.body);
            (self.fallthrough_ok, self.fallthrough_final) = saved;
            self.close_scope();
        }
        if let Some(b) = bind {
            if b.name != "_" && !bind_objs.iter().any(|o| self.used.contains(o)) {
                self.error(b.pos, format!("{} declared and not used", b.name));
            }
            if b.name == "_" {
                self.error(b.pos, "no new variable on left side of :=");
            }
        }
    }

    // ---- local declarations ------------------------------------------------------------

    fn local_decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs) => {
                for (i, s) in specs.iter().enumerate() {
                    let (ty, values) = super::resolve::inherited(specs, i);
                    let mut objs = vec![];
                    for (idx, n) in s.names.iter().enumerate() {
                        let (t, v) =
                            self.const_value(ty, values, idx, s.iota, s.names.len(), n.pos);
                        let o = self.new_obj(
                            n,
                            ObjKind::Const(v.unwrap_or(ConstValue::Int(0.into()))),
                            t,
                        );
                        objs.push((n, o));
                    }
                    self.const_count_check(s, values);
                    for (n, o) in objs {
                        self.declare(n, o);
                        self.used.insert(o);
                    }
                }
            }
            Decl::Var(specs) => {
                for s in specs {
                    let objs: Vec<ObjId> = s
                        .names
                        .iter()
                        .map(|n| {
                            self.new_obj(
                                n,
                                ObjKind::Var {
                                    global: false,
                                    field: false,
                                    embedded: false,
                                    param: false,
                                },
                                TypeTable::INVALID,
                            )
                        })
                        .collect();
                    self.var_spec(&objs, s, false);
                    for (n, &o) in s.names.iter().zip(&objs) {
                        if self.declare(n, o) {
                            self.local_vars.push(o);
                        }
                    }
                }
            }
            Decl::Type(specs) => {
                for s in specs {
                    let o = self.new_obj(&s.name, ObjKind::TypeName, TypeTable::INVALID);
                    self.declare(&s.name, o);
                    self.local_type_decl(o, s);
                }
            }
            Decl::Func(_) => {}
        }
    }

    fn const_count_check(&mut self, s: &ast::ValueSpec, values: &[Expr]) {
        if s.names.len() > values.len() {
            if let Some(n) = s.names.get(values.len()) {
                let msg = format!("missing init expr for {}", n.name);
                self.error(n.pos, msg);
            }
        } else if values.len() > s.names.len() && !s.implicit {
            self.error_at(&values[s.names.len()], "extra init expr");
        }
    }

    fn local_type_decl(&mut self, o: ObjId, s: &ast::TypeSpec) {
        if !s.type_params.is_empty() {
            self.error(s.name.pos, "rgo: generic types not supported yet");
            return;
        }
        if s.alias {
            let t = self.type_expr(&s.ty);
            self.prog.objects[o.0 as usize].ty = t;
            return;
        }
        let named = self.prog.types.new_named(o);
        self.prog.objects[o.0 as usize].ty = named;
        if !self.cur_tparams.is_empty() {
            // implicitly parameterised by the enclosing function's type parameters
            if let Type::Named(n) = self.tt().get(named).clone() {
                self.prog.types.named[n.0 as usize].type_params = self.cur_tparams.clone();
            }
            self.implicit_generic.insert(named);
        }
        let rhs = self.type_expr(&s.ty);
        let u = self.tt().underlying(rhs);
        if let Type::Named(n) = self.tt().get(named).clone() {
            self.prog.types.named[n.0 as usize].underlying = Some(u);
        }
        self.prog.complete_pending_instances();
    }

    /// Initialises variables `lhs` (None = blank) of optional type `typ` from `values`.
    pub fn init_vars(
        &mut self,
        lhs: &[Option<ObjId>],
        typ: Option<TypeId>,
        values: &[Expr],
        pos: ast::Pos,
    ) {
        let set = |c: &mut Self, o: Option<ObjId>, t: TypeId| {
            if let Some(o) = o {
                c.prog.objects[o.0 as usize].ty = t;
            }
        };
        if lhs.len() == values.len() {
            for (i, v) in values.iter().enumerate() {
                let mut x = self.expr_hint(v, typ);
                match typ {
                    Some(t) => {
                        self.assign_lhs = lhs[i].map(|o| self.prog.obj(o).name.clone());
                        self.assignment(&mut x, t, "variable declaration");
                        self.assign_lhs = None;
                        set(self, lhs[i], t);
                    }
                    None => {
                        if x.mode == OpMode::Nil {
                            self.error_at(v, "use of untyped nil in variable declaration");
                            continue;
                        }
                        if self.tt().is_untyped(x.ty) {
                            let d = self.tt().default_type(x.ty);
                            self.assignment(&mut x, d, "variable declaration");
                        }
                        if !x.is_invalid() {
                            set(self, lhs[i], x.ty);
                        }
                    }
                }
            }
            return;
        }
        if let Some(ts) = self.multi_rhs(lhs.len(), values, pos) {
            for (i, t) in ts.into_iter().enumerate() {
                match typ {
                    Some(tt) => {
                        let mut x = Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            e: &values[0],
                        };
                        self.assignment(&mut x, tt, "variable declaration");
                        set(self, lhs[i], tt);
                    }
                    None => {
                        let d = self.tt().default_type(t);
                        set(self, lhs[i], d);
                    }
                }
            }
        } else if let Some(t) = typ {
            for &o in lhs {
                set(self, o, t);
            }
        }
    }

    // ---- terminating statements ----------------------------------------------------------

    pub fn is_terminating_list(&self, stmts: &[Stmt], label: &str) -> bool {
        // trailing empty statements are ignored
        let mut i = stmts.len();
        while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
            i -= 1;
        }
        i > 0 && self.is_terminating(&stmts[i - 1], label)
    }

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch {
                kind: BranchKind::Goto | BranchKind::Fallthrough,
                ..
            } => true,
            StmtKind::Expr(e) => {
                let mut e = e;
                while let ExprKind::Paren(i) = &e.kind {
                    e = i;
                }
                if let ExprKind::Call { fun, .. } = &e.kind {
                    if let ExprKind::Ident(id) = &fun.kind {
                        return id.name == "panic"
                            && self
                                .info
                                .types
                                .get(&fun.id)
                                .is_some_and(|t| t.mode == Mode::Builtin);
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If {
                els: Some(e), then, ..
            } => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, &label.name),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, "")
                                || c.body.last().is_some_and(|l| {
                                    matches!(
                                        l.kind,
                                        StmtKind::Branch {
                                            kind: BranchKind::Fallthrough,
                                            ..
                                        }
                                    )
                                }))
                    })
            }
            StmtKind::Select { body, .. } => body
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, "")),
            _ => false,
        }
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(i) if i.name == "_")
}

fn is_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary {
            op: ast::UnaryOp::Recv,
            ..
        } => true,
        ExprKind::Paren(x) => is_recv(x),
        _ => false,
    }
}

/// Whether `stmts` contain a break referring to the enclosing statement (unlabeled at the
/// top nesting level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => !label.is_empty() && l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Labeled { stmt, .. } => has_break_stmt(stmt, label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

#[allow(dead_code)]
fn unused(_: HashMap<(), ()>) {}
