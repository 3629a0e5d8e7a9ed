//! The SSA builder: turns the type-checked AST of all packages into an [`ir::Program`].
//!
//! Program-level work lives here (declaring every function and global, package
//! initialisation, the entry function); [`func`] holds the per-function builder and its
//! variable handling, [`expr`], [`stmt`], [`call`] and [`conv`] the lowering of
//! expressions, statements, calls/builtins and conversions.

mod call;
mod conv;
mod escape;
mod expr;
mod func;
mod methods;
mod rangefunc;
mod stmt;

use std::collections::HashMap;

use crate::ssa::ir::{self, FuncId, GlobalId};
use crate::syntax::ast::{self, Pos};
use crate::types::{self, FileId, ObjId, ObjKind, Program as TProgram, TypeId};

/// A compile error from the back end: something the checker accepts but rgo cannot
/// compile yet (`file:line:col: rgo: ... not supported yet`).
#[derive(Clone, Debug)]
pub struct BuildError {
    pub file: Option<FileId>,
    pub pos: Pos,
    pub msg: String,
}

pub type BResult<T> = Result<T, BuildError>;

/// Program-wide builder state.
pub struct Builder<'a> {
    /// The checked packages (ASTs and their `Info`), moved out of the program while
    /// building so that the program itself can be mutated.
    pub pkgs: &'a [types::Package],
    /// Objects and types: the builder interns types of its own (pointers, tuples,
    /// instantiations).
    pub prog: &'a mut TProgram,
    pub out: ir::Program,
    /// Functions by (object, type arguments): generic functions are monomorphised.
    pub funcs: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    pub globals: HashMap<ObjId, GlobalId>,
    /// Functions still to be built: (id, object, file of declaration).
    pub pending: Vec<(FuncId, ObjId, Vec<TypeId>)>,
    /// Wrapper functions already created (method value / interface method wrappers).
    pub wrappers: HashMap<String, FuncId>,
    /// Closure counters per enclosing function name.
    pub closure_count: HashMap<String, u32>,
}

impl<'a> Builder<'a> {
    pub fn new(pkgs: &'a [types::Package], prog: &'a mut TProgram) -> Self {
        Builder {
            pkgs,
            prog,
            out: ir::Program::default(),
            funcs: HashMap::new(),
            globals: HashMap::new(),
            pending: Vec::new(),
            wrappers: HashMap::new(),
            closure_count: HashMap::new(),
        }
    }

    pub fn obj(&self, id: ObjId) -> &types::Object {
        &self.prog.objects[id.0 as usize]
    }

    pub fn pkg_path(&self, id: ObjId) -> String {
        match self.obj(id).pkg {
            Some(p) => self.pkgs[p.0 as usize].path.clone(),
            None => String::new(),
        }
    }

    /// Interns a type (the builder's own pointer/tuple/func types).
    pub fn intern(&mut self, t: types::Type) -> TypeId {
        if let Some(id) = self.prog.types.index.get(&t) {
            return *id;
        }
        let id = TypeId(self.prog.types.types.len() as u32);
        self.prog.types.types.push(t.clone());
        self.prog.types.index.insert(t, id);
        id
    }

    pub fn basic(&mut self, k: types::BasicKind) -> TypeId {
        self.intern(types::Type::Basic(k))
    }

    pub fn ptr_to(&mut self, t: TypeId) -> TypeId {
        self.intern(types::Type::Pointer(t))
    }

    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        if ts.len() == 1 {
            return ts[0];
        }
        self.intern(types::Type::Tuple(ts))
    }

    pub fn ty(&self, t: TypeId) -> &types::Type {
        &self.prog.types.types[t.0 as usize]
    }

    /// The underlying type.
    pub fn under(&self, t: TypeId) -> types::Type {
        crate::codegen::layout::underlying(&self.prog.types, t).clone()
    }

    /// Link name of a function or method object.
    pub fn func_name(&self, id: ObjId) -> String {
        let o = self.obj(id);
        let pkg = self.pkg_path(id);
        if let ObjKind::Func { recv: Some(r), .. } = &o.kind {
            let (ptr, base) = match self.ty(*r) {
                types::Type::Pointer(b) => (true, *b),
                _ => (false, *r),
            };
            let tname = match self.ty(base) {
                types::Type::Named(n) => {
                    let info = &self.prog.types.named[n.0 as usize];
                    self.obj(info.obj).name.clone()
                }
                _ => "?".to_string(),
            };
            if ptr {
                return format!("{pkg}.(*{tname}).{}", o.name);
            }
            return format!("{pkg}.{tname}.{}", o.name);
        }
        if o.name == "init" {
            // Several init functions may exist: number them by declaration order.
            if let Some(p) = o.pkg {
                let inits = &self.pkgs[p.0 as usize].inits;
                if let Some(i) = inits.iter().position(|x| *x == id) {
                    return format!("{pkg}.init.{i}");
                }
            }
        }
        format!("{pkg}.{}", o.name)
    }

    /// The signature (params, results, variadic) of a func type.
    pub fn signature(&self, t: TypeId) -> types::Signature {
        match self.under(t) {
            types::Type::Func(s) => s,
            _ => types::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            },
        }
    }

    /// Declares (or returns) the IR function for a function/method object.
    pub fn func_for(&mut self, id: ObjId) -> FuncId {
        self.func_for_inst(id, Vec::new())
    }

    /// The type parameters of a function object (its own, or its receiver's).
    pub fn func_type_params(&self, id: ObjId) -> Vec<TypeId> {
        match &self.obj(id).kind {
            ObjKind::Func { type_params, .. } => type_params.clone(),
            _ => Vec::new(),
        }
    }

    /// Substitutes a function's type parameters by type arguments in `t`.
    pub fn subst_for(&mut self, id: ObjId, targs: &[TypeId], t: TypeId) -> TypeId {
        if targs.is_empty() {
            return t;
        }
        let tps = self.func_type_params(id);
        self.prog.subst(t, &tps, targs)
    }

    /// Declares (or returns) the IR function for a function/method object instantiated
    /// with `targs` (empty for non-generic functions).
    pub fn func_for_inst(&mut self, id: ObjId, targs: Vec<TypeId>) -> FuncId {
        if let Some(f) = self.funcs.get(&(id, targs.clone())) {
            return *f;
        }
        let o = self.obj(id).clone();
        let fty = self.subst_for(id, &targs, o.ty);
        let sig = self.signature(fty);
        let mut params = Vec::new();
        if let ObjKind::Func { recv: Some(r), .. } = &o.kind {
            let r = self.subst_for(id, &targs, *r);
            params.push(r);
        }
        params.extend(sig.params.iter().copied());
        let mut name = self.func_name(id);
        if !targs.is_empty() {
            let names: Vec<String> = targs.iter().map(|t| self.type_label(*t)).collect();
            name = format!("{name}[{}]", names.join(","));
        }
        let mut f = ir::Func::new(name, params, sig.results.clone());
        f.has_body = self
            .func_decl(id)
            .map(|d| d.body.is_some())
            .unwrap_or(false);
        let fid = FuncId(self.out.funcs.len() as u32);
        self.out.funcs.push(f);
        self.funcs.insert((id, targs.clone()), fid);
        self.pending.push((fid, id, targs));
        fid
    }

    /// A type as it appears in symbol names (`%T` style, package paths for named types).
    pub fn type_label(&self, t: TypeId) -> String {
        self.type_label_depth(t, 0)
    }

    fn type_label_depth(&self, t: TypeId, d: u32) -> String {
        use types::Type as T;
        if d > 20 {
            return "...".into();
        }
        let n = |x: TypeId| self.type_label_depth(x, d + 1);
        match self.ty(t) {
            T::Basic(k) => format!("{k:?}").to_lowercase(),
            T::Pointer(e) => format!("*{}", n(*e)),
            T::Slice(e) => format!("[]{}", n(*e)),
            T::Array(len, e) => format!("[{len}]{}", n(*e)),
            T::Map(k, v) => format!("map[{}]{}", n(*k), n(*v)),
            T::Chan(_, e) => format!("chan {}", n(*e)),
            T::Func(sig) => {
                let p: Vec<String> = sig.params.iter().map(|x| n(*x)).collect();
                let r: Vec<String> = sig.results.iter().map(|x| n(*x)).collect();
                format!("func({}) ({})", p.join(","), r.join(","))
            }
            T::Struct(fs) => {
                let f: Vec<String> = fs
                    .iter()
                    .map(|f| format!("{} {}", f.name, n(f.ty)))
                    .collect();
                format!("struct{{{}}}", f.join(";"))
            }
            T::Interface(it) => {
                let m: Vec<String> = it.methods.iter().map(|m| m.name.clone()).collect();
                format!("interface{{{}}}", m.join(";"))
            }
            T::Tuple(es) => {
                let e: Vec<String> = es.iter().map(|x| n(*x)).collect();
                format!("({})", e.join(","))
            }
            T::Named(id) => {
                let info = &self.prog.types.named[id.0 as usize];
                let o = self.obj(info.obj);
                let base = format!("{}.{}", self.pkg_path(info.obj), o.name);
                match &info.origin {
                    Some((_, args)) => {
                        let a: Vec<String> = args.iter().map(|x| n(*x)).collect();
                        format!("{base}[{}]", a.join(","))
                    }
                    None => base,
                }
            }
            T::TypeParam(i) => format!("P{i}"),
        }
    }

    /// A function callable with the Go ABI: the function itself, or for a bodyless
    /// function implemented in the runtime (C ABI) a Go-ABI wrapper that calls it. Func
    /// values (and `defer`/`go` of such functions) must use this.
    pub fn go_abi_func(&mut self, fid: FuncId) -> FuncId {
        if self.out.funcs[fid.0 as usize].has_body {
            return fid;
        }
        let key = format!("goabi:{}", fid.0);
        if let Some(w) = self.wrappers.get(&key) {
            return *w;
        }
        let target = self.out.funcs[fid.0 as usize].clone();
        let mut w = ir::Func::new(
            format!("{}·goabi", target.name),
            target.params.clone(),
            target.results.clone(),
        );
        let mut vals = Vec::new();
        w.blocks.push(ir::Block {
            insts: Vec::new(),
            term: None,
        });
        for (i, p) in target.params.iter().enumerate() {
            let v = ir::ValueId(w.values.len() as u32);
            w.values.push(ir::ValueData {
                ty: *p,
                inst: ir::Inst::Param(i as u32),
                pos: 0,
            });
            w.blocks[0].insts.push(v);
            vals.push(v);
        }
        let rt = self.tuple(target.results.clone());
        let call = ir::ValueId(w.values.len() as u32);
        w.values.push(ir::ValueData {
            ty: rt,
            inst: ir::Inst::Call {
                callee: ir::Callee::Direct(fid),
                args: vals,
            },
            pos: 0,
        });
        w.blocks[0].insts.push(call);
        let mut results = Vec::new();
        if target.results.len() == 1 {
            results.push(call);
        } else {
            for (i, r) in target.results.iter().enumerate() {
                let v = ir::ValueId(w.values.len() as u32);
                w.values.push(ir::ValueData {
                    ty: *r,
                    inst: ir::Inst::Extract {
                        tuple: call,
                        index: i as u32,
                    },
                    pos: 0,
                });
                w.blocks[0].insts.push(v);
                results.push(v);
            }
        }
        w.blocks[0].term = Some(ir::Terminator::Return(results));
        let id = self.add_func(w);
        self.wrappers.insert(key, id);
        id
    }

    /// The type arguments of an instantiated generic named type (through a pointer).
    pub fn instance_args(&self, t: TypeId) -> Vec<TypeId> {
        let base = match self.ty(t) {
            types::Type::Pointer(b) => *b,
            _ => t,
        };
        match self.ty(base) {
            types::Type::Named(n) => self.prog.types.named[n.0 as usize]
                .origin
                .as_ref()
                .map(|(_, a)| a.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The declaration of a function object.
    pub fn func_decl(&self, id: ObjId) -> Option<&'a ast::FuncDecl> {
        let o = &self.prog.objects[id.0 as usize];
        let (file, idx) = match &o.kind {
            ObjKind::Func { decl: Some(d), .. } => *d,
            _ => return None,
        };
        let pkg = o.pkg?;
        let pkgs: &'a [types::Package] = self.pkgs;
        let (_, f) = pkgs[pkg.0 as usize]
            .files
            .iter()
            .find(|(fid, _)| *fid == file)?;
        match f.decls.get(idx)? {
            ast::Decl::Func(fd) => Some(fd),
            _ => None,
        }
    }

    pub fn global_for(&mut self, id: ObjId) -> GlobalId {
        if let Some(g) = self.globals.get(&id) {
            return *g;
        }
        let o = self.obj(id);
        let name = format!("{}.{}", self.pkg_path(id), o.name);
        let ty = o.ty;
        let gid = GlobalId(self.out.globals.len() as u32);
        self.out.globals.push(ir::Global { name, ty });
        self.globals.insert(id, gid);
        gid
    }

    /// Adds a new function (closures, wrappers) and returns its id.
    pub fn add_func(&mut self, f: ir::Func) -> FuncId {
        let id = FuncId(self.out.funcs.len() as u32);
        self.out.funcs.push(f);
        id
    }
}

/// Builds the whole program: every package's functions reachable from main and the
/// initialisation of every package.
pub fn build_program(pkgs: &[types::Package], prog: &mut TProgram) -> BResult<ir::Program> {
    let mut b = Builder::new(pkgs, prog);
    let entry = func::build_entry(&mut b)?;
    b.out.entry = Some(entry);
    // The Rust runtime builds values of these runtime-package types (runtime errors).
    if let Some(rt) = pkgs.iter().find(|p| p.path == "runtime") {
        for name in ["errorString", "plainError"] {
            if let Some(o) = rt.scope.get(name) {
                let t = b.prog.objects[o.0 as usize].ty;
                b.out.extra_types.push(t);
            }
        }
    }
    loop {
        while let Some((fid, obj, targs)) = b.pending.pop() {
            func::build_decl(&mut b, fid, obj, targs)?;
        }
        methods::build_method_tables(&mut b)?;
        if b.pending.is_empty() {
            break;
        }
    }
    Ok(b.out)
}
