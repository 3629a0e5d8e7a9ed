//! Printing expressions as gc's messages quote them (`x + y`, `f(a, b)`, `[]int{…}`,
//! `func() {…}`), and start positions of expressions (gc reports errors there).

use crate::syntax::ast::*;

/// The leftmost position of an expression (errors about an expression are reported at
/// its start, as gc does).
pub fn start_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Binary { x, .. } => start_pos(x).min(e.pos),
        ExprKind::Call { fun, .. } => start_pos(fun).min(e.pos),
        ExprKind::Selector { x, .. } => start_pos(x).min(e.pos),
        ExprKind::Index { x, .. } => start_pos(x).min(e.pos),
        ExprKind::Slice { x, .. } => start_pos(x).min(e.pos),
        ExprKind::TypeAssert { x, .. } => start_pos(x).min(e.pos),
        ExprKind::KeyValue { key, .. } => start_pos(key).min(e.pos),
        ExprKind::CompositeLit { ty: Some(t), .. } => start_pos(t).min(e.pos),
        _ => e.pos,
    }
}

/// The position just after an expression, where cheaply known (else its start).
pub fn end_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Ident(i) => i.pos + i.name.len() as Pos,
        ExprKind::Index { rbrack, .. } | ExprKind::Slice { rbrack, .. } => rbrack + 1,
        ExprKind::Call { rparen, .. } => rparen + 1,
        ExprKind::Selector { sel, .. } => sel.pos + sel.name.len() as Pos,
        ExprKind::CompositeLit { rbrace, .. } => rbrace + 1,
        _ => start_pos(e),
    }
}

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_fields(s: &mut String, fs: &[Field], sep: &str) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_expr(s, &f.ty);
    }
}

fn write_sig(s: &mut String, ft: &FuncType) {
    s.push('(');
    write_fields(s, &ft.params, ", ");
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    if ft.results.len() == 1 && ft.results[0].names.is_empty() {
        write_expr(s, &ft.results[0].ty);
    } else {
        s.push('(');
        write_fields(s, &ft.results, ", ");
        s.push(')');
    }
}

pub fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key);
            s.push_str(": ");
            write_expr(s, value);
        }
        ExprKind::FuncLit { ty, .. } => {
            s.push_str("func");
            write_sig(s, ty);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(s, x);
            s.push('[');
            write_list(s, indices);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            slice3,
            ..
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h);
            }
            if *slice3 {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType(st) => {
            s.push_str("struct{");
            write_fields(s, &st.fields, "; ");
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft);
        }
        ExprKind::InterfaceType(it) => {
            s.push_str("interface{");
            for (i, el) in it.elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        write_sig(s, ty);
                    }
                    InterfaceElem::Union(ts) => {
                        for (j, t) in ts.iter().enumerate() {
                            if j > 0 {
                                s.push_str(" | ");
                            }
                            write_expr(s, t);
                        }
                    }
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem);
        }
    }
}
