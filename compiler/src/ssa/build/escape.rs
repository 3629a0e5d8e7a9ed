//! Which variables of a function must live on the heap: those whose address may outlive
//! the statement that takes it (`&x`, `x[:]` on arrays, pointer-receiver method calls on
//! `x`) and those captured by a closure.
//!
//! A slice of a local array (or of an array field of a local struct) used only where
//! the operation copies the elements — `string(a[i:j])`, `append(dst, a[i:]...)`,
//! `copy`, `len`/`cap`, and as a range expression — does not make the array escape:
//! such arrays stay on the stack (as every struct and array variable does otherwise).
//! Everything else that takes an address still sends the variable to the heap; a
//! fuller escape analysis (following pointers into calls) is future work.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::types::{BasicKind, Builtin, Info, Mode, ObjId, ObjKind, SelectionKind, Type};

use super::Builder;

/// Which arguments of a call are only copied from.
enum Copying {
    All,
    Spread,
}

pub struct EscapeInfo {
    /// Variables that need a memory location.
    pub addressed: HashSet<ObjId>,
}

struct Walker<'x, 'a> {
    b: &'x Builder<'a>,
    info: &'a Info,
    /// Current closure nesting: 0 = the function itself.
    depth: u32,
    lit_stack: Vec<u32>,
    next_lit: u32,
    def_lit: HashMap<ObjId, u32>,
    out: HashSet<ObjId>,
}

pub fn analyze(b: &Builder, info: &Info, params: &[ast::Field], body: &ast::Block) -> EscapeInfo {
    let mut w = Walker {
        b,
        info,
        depth: 0,
        lit_stack: vec![0],
        next_lit: 1,
        def_lit: HashMap::new(),
        out: HashSet::new(),
    };
    for p in params {
        for n in &p.names {
            w.def(n);
        }
    }
    w.block(body);
    EscapeInfo { addressed: w.out }
}

impl<'x, 'a> Walker<'x, 'a> {
    fn cur_lit(&self) -> u32 {
        *self.lit_stack.last().unwrap_or(&0)
    }

    fn def(&mut self, id: &ast::Ident) {
        if let Some(o) = self.info.defs.get(&id.id) {
            let l = self.cur_lit();
            self.def_lit.insert(*o, l);
        }
    }

    fn use_ident(&mut self, id: &ast::Ident) {
        if let Some(o) = self.info.uses.get(&id.id) {
            if let Some(l) = self.def_lit.get(o) {
                if *l != self.cur_lit() {
                    self.out.insert(*o);
                }
            }
        }
    }

    /// Marks the variable at the root of an addressable expression.
    fn address_of(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.uses.get(&id.id) {
                    if matches!(self.b.obj(*o).kind, ObjKind::Var { .. }) {
                        self.out.insert(*o);
                    }
                }
            }
            ExprKind::Paren(x) => self.address_of(x),
            ExprKind::Selector { x, .. } => {
                // x.f addresses x only when x is a struct value (not a pointer).
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::FieldVal && !sel.indirect {
                        self.address_of(x);
                    }
                }
            }
            ExprKind::Index { x, .. } => {
                if let Some(tv) = self.info.types.get(&x.id) {
                    if matches!(self.b.under(tv.ty), Type::Array(..)) {
                        self.address_of(x);
                    }
                }
            }
            ExprKind::CompositeLit { .. } => {}
            _ => {}
        }
    }

    /// Whether the call only copies out of its slice arguments: conversion to a string
    /// type, `copy`, `len`, `cap` (all arguments), `append(dst, s...)` (the spread one).
    fn copying_call(&self, fun: &Expr, nargs: usize, spread: bool) -> Option<Copying> {
        let tv = self.info.types.get(&fun.id)?;
        match tv.mode {
            Mode::TypeExpr
                if nargs == 1
                    && matches!(
                        self.b.under(tv.ty),
                        Type::Basic(BasicKind::String | BasicKind::UntypedString)
                    ) =>
            {
                Some(Copying::All)
            }
            Mode::Builtin => {
                let mut f = fun;
                while let ExprKind::Paren(x) = &f.kind {
                    f = x;
                }
                let ExprKind::Ident(id) = &f.kind else {
                    return None;
                };
                match self.b.obj(*self.info.uses.get(&id.id)?).kind {
                    ObjKind::Builtin(Builtin::Copy | Builtin::Len | Builtin::Cap) => {
                        Some(Copying::All)
                    }
                    ObjKind::Builtin(Builtin::Append) if spread && nargs == 2 => {
                        Some(Copying::Spread)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// An operand whose value is used only for the duration of its operation: a slice
    /// of an array there does not take the array's address for longer.
    fn transient(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.transient(x),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            _ => self.expr(e),
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => self.use_ident(id),
            ExprKind::BasicLit { .. } | ExprKind::Ellipsis => {}
            ExprKind::CompositeLit { elts, .. } => self.exprs(elts),
            ExprKind::KeyValue { key, value } => {
                // Struct field keys are not variable uses.
                if !matches!(key.kind, ExprKind::Ident(_)) {
                    self.expr(key);
                } else if let ExprKind::Ident(id) = &key.kind {
                    self.use_ident(id);
                }
                self.expr(value);
            }
            ExprKind::FuncLit { ty, body } => {
                self.depth += 1;
                let l = self.next_lit;
                self.next_lit += 1;
                self.lit_stack.push(l);
                for p in ty.params.iter().chain(ty.results.iter()) {
                    for n in &p.names {
                        self.def(n);
                    }
                }
                self.block(body);
                self.lit_stack.pop();
                self.depth -= 1;
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector { x, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::MethodVal && !sel.indirect {
                        // Pointer-receiver method on an addressable value: &x is taken.
                        let recv_is_ptr = matches!(
                            self.b.obj(sel.obj).kind,
                            ObjKind::Func { recv: Some(r), .. } if matches!(self.b.ty(r), Type::Pointer(_))
                        );
                        let x_is_ptr = self
                            .info
                            .types
                            .get(&x.id)
                            .map(|tv| matches!(self.b.under(tv.ty), Type::Pointer(_)))
                            .unwrap_or(false);
                        if recv_is_ptr && !x_is_ptr {
                            self.address_of(x);
                        }
                    }
                }
                self.expr(x)
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                self.exprs(indices);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if let Some(tv) = self.info.types.get(&x.id) {
                    if matches!(self.b.under(tv.ty), Type::Array(..)) {
                        self.address_of(x);
                    }
                }
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.expr(fun);
                match self.copying_call(fun, args.len(), ellipsis.is_some()) {
                    Some(Copying::All) => {
                        for a in args {
                            self.transient(a);
                        }
                    }
                    Some(Copying::Spread) => {
                        self.expr(&args[0]);
                        self.transient(&args[1]);
                    }
                    None => self.exprs(args),
                }
            }
            ExprKind::Unary { op, x } => {
                if *op == ast::UnaryOp::Addr {
                    self.address_of(x);
                }
                self.expr(x);
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
        }
    }

    fn block(&mut self, b: &ast::Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => match d {
                ast::Decl::Var(specs) | ast::Decl::Const(specs) => {
                    for sp in specs {
                        self.exprs(&sp.values);
                        for n in &sp.names {
                            self.def(n);
                        }
                    }
                }
                _ => {}
            },
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, op, rhs, .. } => {
                self.exprs(rhs);
                for l in lhs {
                    if *op == ast::AssignOp::Define {
                        if let ExprKind::Ident(id) = &l.kind {
                            if self.info.defs.contains_key(&id.id) {
                                self.def(id);
                                continue;
                            }
                        }
                    }
                    self.expr(l);
                }
            }
            StmtKind::Return(es) => self.exprs(es),
            StmtKind::Branch { .. } => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    self.exprs(&c.list);
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init,
                x,
                body,
                bind,
                ..
            } => {
                self.opt_stmt(init);
                self.expr(x);
                for (i, c) in body.iter().enumerate() {
                    if let Some(bd) = bind {
                        if let Some(o) = self.info.implicits.get(&(bd.id, i)) {
                            let l = self.cur_lit();
                            self.def_lit.insert(*o, l);
                        }
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.opt_stmt(&c.comm);
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.transient(x);
                // The body of a range over a function becomes a closure (the yield
                // function): variables it shares with the enclosing function live in
                // memory, as for function literals.
                let over_func = self
                    .info
                    .types
                    .get(&x.id)
                    .map(|tv| matches!(self.b.under(tv.ty), Type::Func(_)))
                    .unwrap_or(false);
                if over_func {
                    let l = self.next_lit;
                    self.next_lit += 1;
                    self.lit_stack.push(l);
                }
                for e in [key, value].into_iter().flatten() {
                    match (&e.kind, define) {
                        (ExprKind::Ident(id), true) => self.def(id),
                        _ => self.expr(e),
                    }
                }
                self.block(body);
                if over_func {
                    self.lit_stack.pop();
                }
            }
        }
    }
}
