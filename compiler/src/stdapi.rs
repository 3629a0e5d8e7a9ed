//! `rgo tool stdapi`: the exported API of the embedded std packages (docs/std-api.md).
//!
//! For each package it lists what rgo provides, read from the Go source in compiler/std
//! (constants, variables, functions with their signatures as written, types with their
//! exported fields and methods), then what gc's package has that rgo's lacks (from
//! compiler/std/gc-api.txt, see tools/gcstdapi). The test compiler/tests/std_api.rs keeps
//! docs/std-api.md equal to this output.

use std::collections::{BTreeMap, BTreeSet};

use crate::stdlib;
use crate::syntax::{self, ast};
use crate::types::exprstr::expr_string;

/// One package's exported API.
/// The exported fields of a struct type or the methods (and embedded interfaces) of an
/// interface type: ("fields" or "methods", names).
type Members = (&'static str, Vec<String>);

#[derive(Default)]
struct Api {
    consts: Vec<String>,
    vars: Vec<String>,
    /// name -> signature
    funcs: BTreeMap<String, String>,
    /// name -> (declaration summary, "fields"/"methods" and their exported names)
    types: BTreeMap<String, (String, Members)>,
    /// receiver type name -> method name -> signature
    methods: BTreeMap<String, BTreeMap<String, String>>,
}

impl Api {
    /// The names gc-api.txt spells: `Name` and `Type.Method`.
    fn names(&self) -> BTreeSet<String> {
        let mut n: BTreeSet<String> = self.consts.iter().chain(&self.vars).cloned().collect();
        n.extend(self.funcs.keys().cloned());
        n.extend(self.types.keys().cloned());
        for (t, ms) in &self.methods {
            n.extend(ms.keys().map(|m| format!("{t}.{m}")));
        }
        n
    }
}

fn exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
}

/// The source text from `from` up to `to`, on one line with single spaces.
fn one_line(src: &str, from: ast::Pos, to: usize) -> String {
    let text = src[from as usize..to]
        .split_whitespace()
        .collect::<Vec<_>>();
    text.join(" ")
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(",)", ")")
}

/// A function declaration's header as written: `func (b *Builder) Len() int`.
fn signature(src: &str, fd: &ast::FuncDecl) -> String {
    let end = match &fd.body {
        Some(b) => b.lbrace as usize,
        None => src[fd.pos as usize..]
            .find('\n')
            .map_or(src.len(), |i| fd.pos as usize + i),
    };
    one_line(src, fd.pos, end)
}

/// The base type name of a method receiver (`*List[T]` -> `List`).
fn receiver_base(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Ident(i) => Some(&i.name),
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => receiver_base(x),
        ast::ExprKind::Index { x, .. } => receiver_base(x),
        _ => None,
    }
}

fn type_params(fields: &[ast::Field]) -> String {
    if fields.is_empty() {
        return String::new();
    }
    let ps: Vec<String> = fields
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            format!("{} {}", names.join(", "), expr_string(&f.ty))
        })
        .collect();
    format!("[{}]", ps.join(", "))
}

/// `type Name[P any] T` (struct and interface types without their bodies), and the
/// exported fields or interface methods.
fn type_summary(ts: &ast::TypeSpec) -> (String, Members) {
    let head = format!("type {}{}", ts.name.name, type_params(&ts.type_params));
    if ts.alias {
        return (
            format!("{head} = {}", expr_string(&ts.ty)),
            ("", Vec::new()),
        );
    }
    match &ts.ty.kind {
        ast::ExprKind::StructType(st) => {
            let fields = st
                .fields
                .iter()
                .flat_map(|f| {
                    if f.names.is_empty() {
                        // An embedded field is named after its type.
                        let t = expr_string(&f.ty);
                        let name = t.trim_start_matches('*').rsplit('.').next().unwrap_or("");
                        vec![name.to_string()]
                    } else {
                        f.names.iter().map(|n| n.name.clone()).collect()
                    }
                })
                .filter(|n| exported(n))
                .collect();
            (format!("{head} struct"), ("fields", fields))
        }
        ast::ExprKind::InterfaceType(it) => {
            let elems = it
                .elems
                .iter()
                .filter_map(|e| match e {
                    ast::InterfaceElem::Method { name, .. } if exported(&name.name) => {
                        Some(name.name.clone())
                    }
                    ast::InterfaceElem::Union(ts) if ts.len() == 1 => Some(expr_string(&ts[0])),
                    _ => None,
                })
                .collect();
            (format!("{head} interface"), ("methods", elems))
        }
        _ => (format!("{head} {}", expr_string(&ts.ty)), ("", Vec::new())),
    }
}

/// Reads the exported API of the embedded package `path`.
fn package_api(path: &str) -> Result<Api, String> {
    let files = stdlib::package_files(path).ok_or_else(|| format!("no package {path}"))?;
    let ids = syntax::NodeIdGen::new();
    let mut api = Api::default();
    for (name, src) in files {
        let sf = syntax::SourceFile::new(format!("{path}/{name}"), src.to_string());
        let file = syntax::parse_file(&sf, &ids).map_err(|errs| {
            errs.iter()
                .map(|e| syntax::format_error(&sf, e))
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        for d in &file.decls {
            match d {
                ast::Decl::Const(specs) | ast::Decl::Var(specs) => {
                    let list = if matches!(d, ast::Decl::Const(_)) {
                        &mut api.consts
                    } else {
                        &mut api.vars
                    };
                    for s in specs {
                        list.extend(
                            s.names
                                .iter()
                                .filter(|n| exported(&n.name))
                                .map(|n| n.name.clone()),
                        );
                    }
                }
                ast::Decl::Type(specs) => {
                    for ts in specs.iter().filter(|ts| exported(&ts.name.name)) {
                        api.types.insert(ts.name.name.clone(), type_summary(ts));
                    }
                }
                ast::Decl::Func(fd) if exported(&fd.name.name) => {
                    let sig = signature(src, fd);
                    match &fd.recv {
                        None => {
                            api.funcs.insert(fd.name.name.clone(), sig);
                        }
                        Some(r) => {
                            if let Some(base) = receiver_base(&r.ty).filter(|b| exported(b)) {
                                api.methods
                                    .entry(base.to_string())
                                    .or_default()
                                    .insert(fd.name.name.clone(), sig);
                            }
                        }
                    }
                }
                ast::Decl::Func(_) => {}
            }
        }
    }
    Ok(api)
}

/// Names gc's package `path` has (compiler/std/gc-api.txt), in order.
fn gc_names(path: &str) -> Vec<&'static str> {
    stdlib::GC_API
        .lines()
        .filter_map(|l| l.split_once(' '))
        .filter(|(p, _)| *p == path)
        .map(|(_, n)| n)
        .collect()
}

fn code_list(names: &[impl AsRef<str>]) -> String {
    names
        .iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Longer lists of missing names (syscall's, unicode's tables) are only counted.
const MAX_MISSING_LISTED: usize = 100;

/// docs/std-api.md.
pub fn markdown() -> Result<String, String> {
    let mut out = String::from(
        "# rgo std API\n\n\
         <!-- Generated by `rgo tool stdapi` (compiler/src/stdapi.rs); do not edit. -->\n\n\
         Every exported name of the std packages rgo embeds (compiler/std), as their Go \
         source declares it, and, per package, the names gc's package has that rgo's does not \
         have yet (from compiler/std/gc-api.txt). Using one of those is a compile error \
         `rgo: strings.Name is not supported yet` (`rgo: time.Time.Method is not supported \
         yet` for a method); a name gc does not have either gets gc's `undefined: strings.Name`. \
         Any other package is `rgo: package X is not supported yet`.\n\n\
         Regenerate after changing a std package: `target/release/rgo tool stdapi > \
         docs/std-api.md` (the test `cargo test --release -p rgo-compiler --test std_api` \
         fails while it is out of date).\n",
    );
    let mut paths = stdlib::paths();
    paths.sort();
    for path in paths {
        let api = package_api(path)?;
        out.push_str(&format!("\n## {path}\n\n"));
        if !api.consts.is_empty() {
            out.push_str(&format!("Constants: {}\n\n", code_list(&api.consts)));
        }
        if !api.vars.is_empty() {
            out.push_str(&format!("Variables: {}\n\n", code_list(&api.vars)));
        }
        for sig in api.funcs.values() {
            out.push_str(&format!("- `{sig}`\n"));
        }
        for (name, (decl, (what, members))) in &api.types {
            out.push_str(&format!("- `{decl}`"));
            if !members.is_empty() {
                out.push_str(&format!(" with {what} {}", code_list(members)));
            }
            out.push('\n');
            for sig in api.methods.get(name).into_iter().flat_map(|m| m.values()) {
                out.push_str(&format!("  - `{sig}`\n"));
            }
        }
        let have = api.names();
        let missing: Vec<&str> = gc_names(path)
            .into_iter()
            .filter(|n| !have.contains(*n))
            .collect();
        if missing.is_empty() {
            out.push_str("\nNot yet: nothing (rgo has every name gc's package exports).\n");
        } else if missing.len() > MAX_MISSING_LISTED {
            out.push_str(&format!(
                "\nNot yet: {} more names of gc's package (compiler/std/gc-api.txt has them all).\n",
                missing.len()
            ));
        } else {
            out.push_str(&format!("\nNot yet: {}\n", code_list(&missing)));
        }
    }
    Ok(out)
}
