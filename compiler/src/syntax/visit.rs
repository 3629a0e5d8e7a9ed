//! Minimal AST walkers used by later passes (e.g. finding the identifiers a function
//! literal refers to).

use super::ast::*;

/// Calls `f` on every identifier used or declared in expressions and statements of `b`,
/// including nested function literals.
pub fn walk_block(b: &Block, f: &mut dyn FnMut(&Ident)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

fn walk_opt_stmt(s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Ident)) {
    if let Some(s) = s {
        walk_stmt(s, f);
    }
}

pub fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Ident)) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(d) => match d {
            Decl::Var(specs) | Decl::Const(specs) => {
                for sp in specs {
                    for v in &sp.values {
                        walk_expr(v, f);
                    }
                }
            }
            _ => {}
        },
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Send { chan, value } => {
            walk_expr(chan, f);
            walk_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => walk_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs.iter()) {
                walk_expr(e, f);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                walk_expr(e, f);
            }
        }
        StmtKind::Block(b) => walk_block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            walk_opt_stmt(init, f);
            walk_expr(cond, f);
            walk_block(then, f);
            walk_opt_stmt(els, f);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            walk_opt_stmt(init, f);
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in body {
                for e in &c.list {
                    walk_expr(e, f);
                }
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            walk_opt_stmt(init, f);
            walk_expr(x, f);
            for c in body {
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                walk_opt_stmt(&c.comm, f);
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            walk_opt_stmt(init, f);
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            walk_opt_stmt(post, f);
            walk_block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                walk_expr(e, f);
            }
            walk_expr(x, f);
            walk_block(body, f);
        }
    }
}

pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Ident)) {
    match &e.kind {
        ExprKind::Ident(id) => f(id),
        ExprKind::BasicLit { .. } | ExprKind::Ellipsis => {}
        ExprKind::CompositeLit { elts, .. } => {
            for x in elts {
                walk_expr(x, f);
            }
        }
        ExprKind::KeyValue { key, value } => {
            walk_expr(key, f);
            walk_expr(value, f);
        }
        ExprKind::FuncLit { body, .. } => walk_block(body, f),
        ExprKind::Paren(x) | ExprKind::Star(x) => walk_expr(x, f),
        ExprKind::Selector { x, .. } => walk_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            walk_expr(x, f);
            for i in indices {
                walk_expr(i, f);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(x, f);
            for y in [lo, hi, max].into_iter().flatten() {
                walk_expr(y, f);
            }
        }
        ExprKind::TypeAssert { x, .. } => walk_expr(x, f),
        ExprKind::Call { fun, args, .. } => {
            walk_expr(fun, f);
            for a in args {
                walk_expr(a, f);
            }
        }
        ExprKind::Unary { x, .. } => walk_expr(x, f),
        ExprKind::Binary { x, y, .. } => {
            walk_expr(x, f);
            walk_expr(y, f);
        }
        _ => {}
    }
}

/// Whether `f` holds for one of `stmts` or a statement nested in them (in blocks, branches,
/// loop bodies, switch and select clauses, labeled statements; not in function literals).
/// Visits in source order and stops at the first match.
pub fn any_stmt(stmts: &[Stmt], f: &mut dyn FnMut(&Stmt) -> bool) -> bool {
    stmts.iter().any(|s| {
        f(s) || match &s.kind {
            StmtKind::Labeled { stmt, .. } => any_stmt(std::slice::from_ref(stmt), f),
            StmtKind::Block(b) => any_stmt(&b.stmts, f),
            StmtKind::If { then, els, .. } => {
                any_stmt(&then.stmts, f)
                    || els
                        .as_ref()
                        .is_some_and(|e| any_stmt(std::slice::from_ref(e), f))
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => any_stmt(&body.stmts, f),
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| any_stmt(&c.body, f))
            }
            StmtKind::Select { body, .. } => body.iter().any(|c| any_stmt(&c.body, f)),
            _ => false,
        }
    })
}
