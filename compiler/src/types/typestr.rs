//! Printing types: as `%T` / reflect does (`map[string]int`, `*main.T`,
//! `struct { A int; B string }`, `interface {}`) and as gc's error messages do (types of
//! the current package unqualified, `struct{A int}`, `any`).

use super::repr::*;
use super::Program;
use crate::syntax::ast::ChanDir;

#[derive(Clone, Copy)]
struct Style {
    /// gc error style (else reflect `%T` style).
    err: bool,
    /// Package whose names are printed unqualified (error style only).
    cur: Option<PkgId>,
}

impl Program {
    /// The type as `%T` prints it: `[]int`, `map[string]int`, `*main.T`,
    /// `func(int) string`, `struct { A int; B string }`, `interface {}`.
    pub fn type_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(
            &mut s,
            t,
            Style {
                err: false,
                cur: None,
            },
            0,
        );
        s
    }

    /// The type as gc's error messages print it, relative to package `cur` (whose
    /// declared types are printed unqualified): `T`, `fmt.Stringer`, `struct{A int}`.
    pub fn type_string_err(&self, t: TypeId, cur: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Style { err: true, cur }, 0);
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, st: Style, depth: u32) {
        if depth > 32 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.types.get(t) {
            Type::Basic(k) => s.push_str(k.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, st, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, st, d);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(s, *e, st, d);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, st, d);
                s.push(']');
                self.write_type(s, *v, st, d);
            }
            Type::Chan(dir, e) => {
                match dir {
                    ChanDir::Both => s.push_str("chan "),
                    ChanDir::Send => s.push_str("chan<- "),
                    ChanDir::Recv => s.push_str("<-chan "),
                }
                let paren = *dir == ChanDir::Both
                    && matches!(self.types.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, st, d);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) => {
                if fields.is_empty() {
                    s.push_str(if st.err { "struct{}" } else { "struct {}" });
                    return;
                }
                s.push_str(if st.err { "struct{" } else { "struct { " });
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, st, d);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&quote_go(tag.as_bytes()));
                    }
                }
                s.push_str(if st.err { "}" } else { " }" });
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, st, d);
            }
            Type::Interface(it) => {
                if it.methods.is_empty() && it.unions.is_empty() && !it.comparable {
                    s.push_str(if st.err { "any" } else { "interface {}" });
                    return;
                }
                s.push_str(if st.err { "interface{" } else { "interface { " });
                let mut first = true;
                if it.comparable {
                    s.push_str("comparable");
                    first = false;
                }
                for m in &it.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.types.get(m.sig) {
                        self.write_sig(s, sig, st, d);
                    }
                }
                for u in &it.unions {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    for (i, (tilde, ty)) in u.iter().enumerate() {
                        if i > 0 {
                            s.push_str(" | ");
                        }
                        if *tilde {
                            s.push('~');
                        }
                        self.write_type(s, *ty, st, d);
                    }
                }
                s.push_str(if st.err { "}" } else { " }" });
            }
            Type::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *t, st, d);
                }
                s.push(')');
            }
            Type::Named(n) => {
                let info = &self.types.named[n.0 as usize];
                let obj = &self.objects[info.obj.0 as usize];
                if let Some(p) = obj.pkg {
                    if !(st.err && st.cur == Some(p)) {
                        s.push_str(&self.packages[p.0 as usize].name);
                        s.push('.');
                    }
                }
                s.push_str(&obj.name);
                if let Some((_, args)) = &info.origin {
                    s.push('[');
                    for (i, a) in args.iter().enumerate() {
                        // gc's messages separate type arguments with ", ", %T with ","
                        if i > 0 {
                            s.push_str(if st.err { ", " } else { "," });
                        }
                        self.write_type(s, *a, st, d);
                    }
                    s.push(']');
                }
            }
            Type::TypeParam(i) => {
                let info = &self.types.type_params[*i as usize];
                s.push_str(&self.objects[info.obj.0 as usize].name);
            }
        }
    }

    /// A function's signature type as gc's messages print it with the parameter and
    /// result names of its declaration: `func(yield func(int) bool)`, `func(x int) (n int,
    /// err error)`.
    pub fn func_string_err(
        &self,
        t: TypeId,
        cur: Option<PkgId>,
        (params, results): &(Vec<String>, Vec<String>),
    ) -> String {
        let Type::Func(sig) = self.types.get(t) else {
            return self.type_string_err(t, cur);
        };
        let st = Style { err: true, cur };
        let named = |s: &mut String, name: &str, t: TypeId, dots: bool| {
            if !name.is_empty() {
                s.push_str(name);
                s.push(' ');
            }
            match (dots, self.types.get(t)) {
                (true, Type::Slice(e)) => {
                    s.push_str("...");
                    self.write_type(s, *e, st, 1);
                }
                _ => self.write_type(s, t, st, 1),
            }
        };
        let mut s = String::from("func(");
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let dots = sig.variadic && i + 1 == sig.params.len();
            named(&mut s, params.get(i).map_or("", |n| n), p, dots);
        }
        s.push(')');
        let results_named = results.iter().any(|n| !n.is_empty());
        if sig.results.len() == 1 && !results_named {
            s.push(' ');
            self.write_type(&mut s, sig.results[0], st, 1);
        } else if !sig.results.is_empty() {
            s.push_str(" (");
            for (i, &r) in sig.results.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                named(&mut s, results.get(i).map_or("", |n| n), r, false);
            }
            s.push(')');
        }
        s
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, st: Style, d: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.types.get(*p) {
                    self.write_type(s, *e, st, d);
                    continue;
                }
            }
            self.write_type(s, *p, st, d);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], st, d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, st, d);
                }
                s.push(')');
            }
        }
    }
}

/// Quotes bytes as a Go double-quoted string literal (as `strconv.Quote`, approximately).
pub fn quote_go(b: &[u8]) -> String {
    let mut s = String::from("\"");
    let text = String::from_utf8_lossy(b);
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            '\x07' => s.push_str("\\a"),
            '\x08' => s.push_str("\\b"),
            '\x0c' => s.push_str("\\f"),
            '\x0b' => s.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                s.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}
