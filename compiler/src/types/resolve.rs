//! Package-level declarations: imports, collection of objects, lazy resolution with
//! cycle detection, type expressions (struct, interface, func, ...), constant and
//! variable declarations (also used for local declarations), and the final checks
//! (unused variables/imports, `main`).

use std::collections::HashMap;

use super::check::*;
use super::constant;
use super::exprstr::{expr_string, start_pos};
use super::lookup::is_exported;
use super::repr::*;
use crate::syntax::ast::{self, Decl, Expr, ExprKind, InterfaceElem};

impl<'p> Checker<'p> {
    pub fn check_all(&mut self) {
        let files = self.files.clone();
        // imports
        let mut imports: Vec<(usize, ObjId, String, Option<String>, ast::Pos)> = vec![];
        for (fi, (_, f)) in files.iter().enumerate() {
            self.cur_file = fi;
            let mut fs: HashMap<String, ObjId> = HashMap::new();
            for imp in &f.imports {
                let pid = if imp.path == "unsafe" {
                    Some(self.prog.unsafe_package())
                } else {
                    self.prog.package_by_path(&imp.path)
                };
                let Some(pid) = pid else {
                    self.error(imp.path_pos, format!("package {} is not in std", imp.path));
                    continue;
                };
                let pname = self.prog.packages[pid.0 as usize].name.clone();
                match &imp.name {
                    Some(n) if n.name == "_" => {}
                    Some(n) if n.name == "." => {
                        let scope: Vec<(String, ObjId)> = self.prog.packages[pid.0 as usize]
                            .scope
                            .iter()
                            .map(|(k, v)| (k.clone(), *v))
                            .collect();
                        for (k, v) in scope {
                            if is_exported(&k) {
                                fs.insert(k, v);
                            }
                        }
                    }
                    _ => {
                        let local = imp
                            .name
                            .as_ref()
                            .map(|n| n.name.clone())
                            .unwrap_or(pname.clone());
                        let o = self.prog.new_object(
                            &local,
                            ObjKind::PkgName(pid),
                            TypeTable::INVALID,
                            Some(self.pkg),
                        );
                        let fid = self.file_id();
                        self.prog.objects[o.0 as usize].pos = imp.pos;
                        self.prog.objects[o.0 as usize].file = Some(fid);
                        if let Some(n) = &imp.name {
                            self.info.defs.insert(n.id, o);
                        }
                        if let Some(&prev) = fs.get(&local) {
                            let po = self.prog.obj(prev);
                            let other = self.pos_string(po.file, po.pos);
                            self.error(
                                imp.name.as_ref().map(|n| n.pos).unwrap_or(imp.path_pos),
                                format!("{local} redeclared in this block\n\t{other}: other declaration of {local}"),
                            );
                            continue;
                        }
                        fs.insert(local.clone(), o);
                        let alias = imp
                            .name
                            .as_ref()
                            .map(|_| local.clone())
                            .filter(|l| *l != pname);
                        let pos = imp.name.as_ref().map(|n| n.pos).unwrap_or(imp.path_pos);
                        imports.push((fi, o, imp.path.clone(), alias, pos));
                    }
                }
            }
            self.file_scopes.push(fs);
        }

        self.collect(&files);
        // resolve types first, then attach methods, then everything else
        let objs = self.pkg_objs.clone();
        for &o in &objs {
            if matches!(self.prog.obj(o).kind, ObjKind::TypeName) {
                self.resolve_obj(o);
            }
        }
        self.attach_methods();
        self.prog.sync_instance_methods();
        // method signatures before anything that may check interface satisfaction
        let mut methods: Vec<ObjId> = self.methods_by_base.values().flatten().copied().collect();
        methods.sort();
        for o in methods {
            self.resolve_obj(o);
        }
        for &o in &objs {
            self.resolve_obj(o);
        }
        let fdecls = self.func_decls.clone();
        for &(o, _, _) in &fdecls {
            self.resolve_obj(o);
        }
        // function bodies
        for (o, fi, di) in fdecls {
            self.cur_file = fi;
            if let Decl::Func(fd) = &files[fi].1.decls[di] {
                self.func_decl_body(o, fd);
            }
        }
        self.report_unused_vars();
        self.check_delayed_map_keys();
        self.report_leftover_inst_failures();
        self.check_instantiation_cycles();
        // bodies of generic functions are not checked yet: their uses are unknown
        let generic = self
            .errors
            .iter()
            .any(|e| e.msg.starts_with("rgo: generic"));
        for (fi, o, path, alias, pos) in imports {
            if !self.used.contains(&o) && !generic {
                self.cur_file = fi;
                match alias {
                    Some(a) => self.error(pos, format!("\"{path}\" imported as {a} and not used")),
                    None => self.error(pos, format!("\"{path}\" imported and not used")),
                }
            }
        }
        if self.prog.packages[self.pkg.0 as usize].name == "main" && !files.is_empty() {
            let has_main = self.prog.packages[self.pkg.0 as usize]
                .scope
                .get("main")
                .is_some_and(|&o| matches!(self.prog.obj(o).kind, ObjKind::Func { .. }));
            if !has_main {
                self.cur_file = 0;
                self.error(
                    files[0].1.package_pos,
                    "function main is undeclared in the main package",
                );
            }
        }
        self.compute_init_order();
    }

    /// Map key types that are type parameters must be comparable.
    fn check_delayed_map_keys(&mut self) {
        for ((file, pos), k) in std::mem::take(&mut self.delayed_key_checks) {
            if !self.tt().comparable(k) {
                let cf = std::mem::replace(&mut self.cur_file, file);
                let s = self.tstr(k);
                self.error(
                    pos,
                    format!("invalid map key type {s} (missing comparable constraint)"),
                );
                self.cur_file = cf;
            }
        }
    }

    pub fn report_unused_vars(&mut self) {
        let vars = std::mem::take(&mut self.local_vars);
        for v in vars {
            if !self.used.contains(&v) {
                let o = self.prog.obj(v);
                if o.name == "_" {
                    continue;
                }
                let (file, pos, name) = (o.file, o.pos, o.name.clone());
                let fid = file.unwrap_or(FileId(0));
                self.errors.push(super::TypeError {
                    file: fid,
                    pos,
                    msg: format!("declared and not used: {name}"),
                });
            }
        }
    }

    fn declare_pkg(&mut self, id: &ast::Ident, o: ObjId, d: DeclRef) {
        self.decls.insert(o, d);
        if id.name == "_" {
            self.pkg_objs.push(o);
            return;
        }
        let pkg = self.pkg.0 as usize;
        if let Some(&prev) = self.prog.packages[pkg].scope.get(&id.name) {
            let po = self.prog.obj(prev);
            let other = self.pos_string(po.file, po.pos);
            self.error(
                id.pos,
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    id.name, other, id.name
                ),
            );
            self.pkg_objs.push(o);
            return;
        }
        if let Some(imp) = self
            .file_scopes
            .get(self.cur_file)
            .and_then(|f| f.get(&id.name))
            .copied()
        {
            let po = self.prog.obj(imp);
            let other = self.pos_string(po.file, po.pos);
            self.error(
                id.pos,
                format!(
                    "{} already declared through import of package\n\t{}: other declaration of {}",
                    id.name, other, id.name
                ),
            );
        }
        self.prog.packages[pkg].scope.insert(id.name.clone(), o);
        self.pkg_objs.push(o);
    }

    fn collect(&mut self, files: &[(FileId, ast::File)]) {
        for (fi, (_, f)) in files.iter().enumerate() {
            self.cur_file = fi;
            for (di, d) in f.decls.iter().enumerate() {
                match d {
                    Decl::Const(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            for (ni, n) in s.names.iter().enumerate() {
                                let o = self.new_obj(
                                    n,
                                    ObjKind::Const(ConstValue::Bool(false)),
                                    TypeTable::INVALID,
                                );
                                self.declare_pkg(
                                    n,
                                    o,
                                    DeclRef::Const {
                                        file: fi,
                                        decl: di,
                                        spec: si,
                                        idx: ni,
                                    },
                                );
                            }
                        }
                    }
                    Decl::Var(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            for n in &s.names {
                                let o = self.new_obj(
                                    n,
                                    ObjKind::Var {
                                        global: true,
                                        field: false,
                                        embedded: false,
                                        param: false,
                                    },
                                    TypeTable::INVALID,
                                );
                                self.declare_pkg(
                                    n,
                                    o,
                                    DeclRef::Var {
                                        file: fi,
                                        decl: di,
                                        spec: si,
                                    },
                                );
                            }
                        }
                    }
                    Decl::Type(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            let o = self.new_obj(&s.name, ObjKind::TypeName, TypeTable::INVALID);
                            self.declare_pkg(
                                &s.name,
                                o,
                                DeclRef::Type {
                                    file: fi,
                                    decl: di,
                                    spec: si,
                                },
                            );
                        }
                    }
                    Decl::Func(fd) => {
                        let fid = self.file_id();
                        let o = self.new_obj(
                            &fd.name,
                            ObjKind::Func {
                                recv: None,
                                decl: Some((fid, di)),
                                type_params: Vec::new(),
                                own_type_params: 0,
                            },
                            TypeTable::INVALID,
                        );
                        self.decls.insert(o, DeclRef::Func { file: fi, decl: di });
                        self.func_decls.push((o, fi, di));
                        if let Some(r) = &fd.recv {
                            let base = recv_base_name(&r.ty);
                            if let Some(b) = base {
                                self.methods_by_base.entry(b).or_default().push(o);
                            }
                            continue;
                        }
                        if fd.name.name == "init" {
                            if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                                self.error(
                                    fd.name.pos,
                                    "func init must have no arguments and no return values",
                                );
                            }
                            if !fd.ty.type_params.is_empty() {
                                self.error(fd.name.pos, "func init must have no type parameters");
                            }
                            self.prog.packages[self.pkg.0 as usize].inits.push(o);
                            continue;
                        }
                        if fd.name.name == "main"
                            && self.prog.packages[self.pkg.0 as usize].name == "main"
                        {
                            if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                                self.error(
                                    fd.name.pos,
                                    "func main must have no arguments and no return values",
                                );
                            }
                            if !fd.ty.type_params.is_empty() {
                                self.error(fd.name.pos, "func main must have no type parameters");
                            }
                        }
                        if fd.body.is_none() {
                            // declared without body: fine (runtime / assembly)
                        }
                        self.declare_pkg(&fd.name, o, DeclRef::Func { file: fi, decl: di });
                    }
                }
            }
        }
    }

    fn attach_methods(&mut self) {
        let bases: Vec<(String, Vec<ObjId>)> = self
            .methods_by_base
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut bases = bases;
        bases.sort_by_key(|(_, v)| v.first().copied());
        for (base, ms) in bases {
            let Some(&tobj) = self.prog.packages[self.pkg.0 as usize].scope.get(&base) else {
                continue;
            };
            if !matches!(self.prog.obj(tobj).kind, ObjKind::TypeName) {
                continue;
            }
            let t = self.prog.obj(tobj).ty;
            let Type::Named(n) = self.tt().get(t).clone() else {
                continue;
            };
            if self.tt().named[n.0 as usize].origin.is_some() {
                // an alias of an instance: the receivers are rejected
                continue;
            }
            let fields: Vec<(String, ast::Pos, Option<FileId>)> = match self.tt().struct_fields(t) {
                Some(fs) => {
                    let u = self.tt().underlying(t);
                    fs.iter()
                        .enumerate()
                        .map(|(i, f)| {
                            let fo = self
                                .prog
                                .field_objs
                                .get(&(u, i))
                                .map(|o| (self.prog.obj(*o).pos, self.prog.obj(*o).file));
                            (
                                f.name.clone(),
                                fo.map(|x| x.0).unwrap_or(0),
                                fo.and_then(|x| x.1),
                            )
                        })
                        .collect()
                }
                None => vec![],
            };
            for m in ms {
                let (name, pos, file) = {
                    let o = self.prog.obj(m);
                    (o.name.clone(), o.pos, o.file)
                };
                if name == "_" {
                    continue;
                }
                let fi = self
                    .files
                    .iter()
                    .position(|f| Some(f.0) == file)
                    .unwrap_or(0);
                let existing: Vec<ObjId> = self.prog.types.named[n.0 as usize].methods.clone();
                if let Some(prev) = existing.iter().find(|&&p| self.prog.obj(p).name == name) {
                    let po = self.prog.obj(*prev);
                    let other = self.pos_string(po.file, po.pos);
                    let tn = self.prog.obj(tobj).name.clone();
                    let cf = self.cur_file;
                    self.cur_file = fi;
                    self.error(
                        pos,
                        format!("method {tn}.{name} already declared at {other}"),
                    );
                    self.cur_file = cf;
                    continue;
                }
                if let Some((_, fpos, ffile)) = fields.iter().find(|f| f.0 == name) {
                    let other = self.pos_string(*ffile, *fpos);
                    let cf = self.cur_file;
                    self.cur_file = fi;
                    self.error(pos, format!("field and method with the same name {name}\n\t{other}: other declaration of {name}"));
                    self.cur_file = cf;
                    continue;
                }
                self.prog.types.named[n.0 as usize].methods.push(m);
            }
        }
    }

    /// Resolves a package-level object's type (and value), lazily and at most once.
    ///
    /// While a type alias is being resolved, a defined type it refers to is only declared
    /// (its `Named` type and type parameters; state 3), its underlying type is computed
    /// later: the defined type may refer back to the alias (`type A = *D; type D struct{
    /// a A }`).
    pub fn resolve_obj(&mut self, o: ObjId) {
        let Some(&d) = self.decls.get(&o) else { return };
        match self.state.get(&o) {
            Some(2) => return,
            Some(3) if !self.alias_stack.is_empty() => return,
            Some(1) => {
                match self.prog.obj(o).kind {
                    ObjKind::TypeName => self.alias_cycle(o),
                    ObjKind::Func { .. } => {}
                    _ => {
                        let (pos, name, file) = {
                            let ob = self.prog.obj(o);
                            (ob.pos, ob.name.clone(), ob.file)
                        };
                        let fi = self
                            .files
                            .iter()
                            .position(|f| Some(f.0) == file)
                            .unwrap_or(0);
                        let cf = self.cur_file;
                        self.cur_file = fi;
                        self.error(
                            pos,
                            format!("initialization cycle: {name} refers to itself"),
                        );
                        self.cur_file = cf;
                        self.state.insert(o, 2);
                    }
                }
                return;
            }
            _ => {}
        }
        let declared = self.state.get(&o) == Some(&3);
        self.state.insert(o, 1);
        let files = self.files.clone();
        match d {
            DeclRef::Type { file, decl, spec } => {
                let Decl::Type(specs) = &files[file].1.decls[decl] else {
                    return;
                };
                let s = &specs[spec];
                if s.alias {
                    self.alias_stack.push(o);
                    self.with_fresh_ctx(file, |c| c.type_decl(o, s));
                    self.alias_stack.pop();
                } else if declared {
                    self.with_fresh_ctx(file, |c| c.type_decl_body(o, s));
                } else if !self.alias_stack.is_empty() {
                    self.with_fresh_ctx(file, |c| c.type_decl_header(o, s));
                    self.state.insert(o, 3);
                    return;
                } else {
                    self.with_fresh_ctx(file, |c| {
                        c.type_decl_header(o, s);
                        c.type_decl_body(o, s);
                    });
                }
            }
            DeclRef::Const {
                file,
                decl,
                spec,
                idx,
            } => {
                if let Decl::Const(specs) = &files[file].1.decls[decl] {
                    let (ty, values) = inherited(specs, spec);
                    let s = &specs[spec];
                    self.with_fresh_ctx(file, |c| {
                        c.const_obj(o, ty, values, idx, s.iota, s.names.len())
                    });
                }
            }
            DeclRef::Var { file, decl, spec } => {
                if let Decl::Var(specs) = &files[file].1.decls[decl] {
                    let s = &specs[spec];
                    let objs: Vec<ObjId> = s
                        .names
                        .iter()
                        .filter_map(|n| self.info.defs.get(&n.id).copied())
                        .collect();
                    for &x in &objs {
                        self.state.insert(x, 1);
                    }
                    let prev_deps = self.cur_deps.replace(o);
                    self.with_fresh_ctx(file, |c| c.var_spec(&objs, s, true));
                    self.cur_deps = prev_deps;
                    for &x in &objs {
                        if x != o {
                            self.deps
                                .insert(x, self.deps.get(&o).cloned().unwrap_or_default());
                        }
                        self.state.insert(x, 2);
                    }
                }
            }
            DeclRef::Func { file, decl } => {
                if let Decl::Func(fd) = &files[file].1.decls[decl] {
                    self.with_fresh_ctx(file, |c| c.func_decl_sig(o, fd));
                }
            }
        }
        self.state.insert(o, 2);
    }

    /// A type alias declaration (defined types: `type_decl_header`, `type_decl_body`).
    fn type_decl(&mut self, o: ObjId, s: &ast::TypeSpec) {
        if !s.type_params.is_empty() && s.alias {
            self.generic_alias_decl(o, s);
            return;
        }
        if s.alias {
            self.prog.objects[o.0 as usize].ty = TypeTable::INVALID;
            let t = self.type_expr(&s.ty);
            self.prog.objects[o.0 as usize].ty = t;
        }
    }

    /// Declares a defined type: its `Named` type and type parameters.
    fn type_decl_header(&mut self, o: ObjId, s: &ast::TypeSpec) {
        let named = self.prog.types.new_named(o);
        self.prog.objects[o.0 as usize].ty = named;
        if !s.type_params.is_empty() {
            self.open_scope();
            let tps = self.declare_type_params(&s.type_params);
            self.close_scope();
            if let Type::Named(n) = self.tt().get(named).clone() {
                self.prog.types.named[n.0 as usize].type_params = tps;
            }
        }
    }

    /// The underlying type of a declared defined type (see `type_decl_header`).
    fn type_decl_body(&mut self, o: ObjId, s: &ast::TypeSpec) {
        let named = self.prog.obj(o).ty;
        let generic = !s.type_params.is_empty();
        if generic {
            // the type parameters are in scope again
            self.open_scope();
            let tps = self.tt().named_info(named).map(|i| i.type_params.clone());
            let names = s.type_params.iter().flat_map(|f| f.names.iter());
            for (id, tp) in names.zip(tps.unwrap_or_default()) {
                if let Type::TypeParam(i) = *self.tt().get(tp) {
                    let tobj = self.tt().type_params[i as usize].obj;
                    self.declare(id, tobj);
                }
            }
        }
        let rhs = self.type_expr(&s.ty);
        if generic {
            self.close_scope();
        }
        let mut u = self.tt().underlying(rhs);
        if let Type::Named(_) = self.tt().get(rhs) {
            if self
                .tt()
                .named_info(rhs)
                .and_then(|i| i.underlying)
                .is_none()
            {
                // the rhs is still being declared: a cycle through names
                self.error(
                    s.name.pos,
                    format!("invalid recursive type {}", s.name.name),
                );
                u = TypeTable::INVALID;
            }
        }
        if self.tt().is_type_param(rhs) {
            self.error_at(
                &s.ty,
                "cannot use a type parameter as RHS in type declaration",
            );
            u = TypeTable::INVALID;
        }
        if let Type::Named(n) = self.tt().get(named).clone() {
            self.prog.types.named[n.0 as usize].underlying = Some(u);
        }
        self.prog.complete_pending_instances();
        self.named_types.push((o, named));
        if self.contains_by_value(u, named, 0) {
            // generic types: gc reports at the offending field type
            let mut at = (s.name.pos, s.name.name.clone());
            if let (true, ExprKind::StructType(st)) = (generic, &s.ty.kind) {
                for f in &st.fields {
                    if let Some(r) = self.self_ref(&f.ty, named, 0) {
                        at = (start_pos(r), expr_string(r));
                        break;
                    }
                }
            }
            self.error(
                at.0,
                format!("invalid recursive type: {} refers to itself", at.1),
            );
            if let Type::Named(n) = self.tt().get(named).clone() {
                self.prog.types.named[n.0 as usize].underlying = Some(TypeTable::INVALID);
            }
        }
    }

    /// The sub-expression of type expression `e` that denotes `target` (or an instance
    /// of it) by value.
    fn self_ref<'e>(&self, e: &'e Expr, target: TypeId, d: u32) -> Option<&'e Expr> {
        if d > 16 {
            return None;
        }
        let t = self.info.types.get(&e.id).map(|tv| tv.ty)?;
        if !self.contains_by_value(t, target, 0) {
            return None;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.self_ref(x, target, d + 1),
            ExprKind::ArrayType { elem, .. } => self.self_ref(elem, target, d + 1),
            ExprKind::StructType(st) => st
                .fields
                .iter()
                .find_map(|f| self.self_ref(&f.ty, target, d + 1)),
            _ => Some(e),
        }
    }

    /// Whether type `t` contains `target` by value (through arrays and struct fields).
    fn contains_by_value(&self, t: TypeId, target: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return false;
        }
        if t == target {
            return true;
        }
        // an instance of the generic type being declared
        if let (Some(ti), Type::Named(tn)) = (self.tt().named_info(t), self.tt().get(target)) {
            if ti.origin.as_ref().is_some_and(|o| o.0 == *tn) {
                return true;
            }
        }
        match self.tt().get(t) {
            Type::Array(_, e) => self.contains_by_value(*e, target, depth + 1),
            Type::Struct(fs) => fs
                .iter()
                .any(|f| self.contains_by_value(f.ty, target, depth + 1)),
            Type::Named(_) => {
                let u = self.tt().underlying(t);
                u != t && self.contains_by_value(u, target, depth + 1)
            }
            _ => false,
        }
    }

    // ---- type expressions ------------------------------------------------------------

    /// Evaluates a type expression; reports an error and returns Invalid if it's not a type.
    pub fn type_expr(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        self.record_type(e, t);
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::TypeExpr => {
                        if let Some(d) = self.uninstantiated_generic(e, x.ty) {
                            self.error_at(
                                e,
                                format!("cannot use generic type {d} without instantiation"),
                            );
                            return TypeTable::INVALID;
                        }
                        x.ty
                    }
                    OpMode::Invalid => TypeTable::INVALID,
                    _ => {
                        let s = expr_string(e);
                        let what = self.obj_description(e);
                        self.error_at(e, format!("{s}{what} is not a type"));
                        TypeTable::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if t == TypeTable::INVALID {
                    return t;
                }
                self.prog.types.pointer(t)
            }
            ExprKind::ArrayType { len, elem } => match len {
                None => {
                    let t = self.type_expr(elem);
                    self.prog.types.slice(t)
                }
                Some(l) => {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        self.error_at(
                            l,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        self.type_expr(elem);
                        return TypeTable::INVALID;
                    }
                    let n = self.array_len(l);
                    let t = self.type_expr(elem);
                    match n {
                        Some(n) if t != TypeTable::INVALID => {
                            self.prog.types.intern(Type::Array(n, t))
                        }
                        _ => TypeTable::INVALID,
                    }
                }
            },
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if k == TypeTable::INVALID || v == TypeTable::INVALID {
                    return TypeTable::INVALID;
                }
                let ku = self.tt().underlying(k);
                if self.tt().is_type_param(k) {
                    // its constraint may not be known yet (`[M ~map[K]V, K comparable]`)
                    let at = (self.cur_file, start_pos(key));
                    self.delayed_key_checks.push((at, k));
                } else if ku != TypeTable::INVALID && !self.tt().comparable(k) {
                    let s = self.tstr(k);
                    self.error_at(key, format!("invalid map key type {s}"));
                    return TypeTable::INVALID;
                }
                self.prog.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                if t == TypeTable::INVALID {
                    return t;
                }
                self.prog.types.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => self.signature(ft, None).0,
            ExprKind::StructType(st) => self.struct_type(st),
            ExprKind::InterfaceType(it) => self.interface_type(it),
            ExprKind::Index { x, indices, .. } => self.instantiate_type_expr(e, x, indices),
            _ => {
                let x = self.expr_or_type(e);
                if x.mode != OpMode::Invalid && x.mode != OpMode::TypeExpr {
                    let s = expr_string(e);
                    self.error_at(e, format!("{s} is not a type"));
                }
                if x.mode == OpMode::TypeExpr {
                    x.ty
                } else {
                    TypeTable::INVALID
                }
            }
        }
    }

    /// ` (local variable)`, ` (constant)`, ... for an identifier used as a type.
    fn obj_description(&self, e: &Expr) -> String {
        let id = match &e.kind {
            ExprKind::Ident(i) => i.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return String::new(),
        };
        let Some(o) = self.info.uses.get(&id) else {
            return String::new();
        };
        match self.prog.obj(*o).kind {
            ObjKind::Var { global: true, .. } => " (package-level variable)".into(),
            ObjKind::Var { .. } => " (local variable)".into(),
            ObjKind::Const(_) => " (constant)".into(),
            ObjKind::Func { .. } => " (function)".into(),
            ObjKind::Builtin(_) => " (built-in function)".into(),
            _ => String::new(),
        }
    }

    fn array_len(&mut self, l: &Expr) -> Option<u64> {
        if let ExprKind::Ident(id) = &l.kind {
            if let Some(o) = self.lookup_name(&id.name) {
                if !matches!(self.prog.obj(o).kind, ObjKind::Const(_)) {
                    self.info.uses.insert(id.id, o);
                    self.error(id.pos, format!("invalid array length {}", id.name));
                    return None;
                }
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != OpMode::Constant {
            let s = expr_string(l);
            if x.mode == OpMode::TypeExpr {
                self.error_at(l, format!("invalid array length {s}"));
            } else {
                self.error_at(
                    l,
                    format!(
                        "array length {s} (value of type {}) must be constant",
                        self.tstr(x.ty)
                    ),
                );
            }
            return None;
        }
        let v = x.val.clone().unwrap_or(ConstValue::Bool(false));
        if self.tt().is_untyped(x.ty) || self.tt().is_integer(x.ty) {
            if let Some(i) = constant::to_int(&v) {
                if let Ok(n) = u64::try_from(&i) {
                    if n < (1u64 << 62) {
                        return Some(n);
                    }
                }
                let d = self.op_string(&x);
                self.error_at(l, format!("invalid array length {d}"));
                return None;
            }
        }
        let d = self.op_string(&x);
        self.error_at(l, format!("array length {d} must be integer"));
        None
    }

    /// A struct type expression.
    pub fn struct_type(&mut self, st: &ast::StructType) -> TypeId {
        let mut fields: Vec<StructField> = vec![];
        let mut seen: HashMap<String, ast::Pos> = HashMap::new();
        let mut bad = false;
        for f in &st.fields {
            let t = self.type_expr(&f.ty);
            self.check_var_type(&f.ty, t);
            if t == TypeTable::INVALID {
                bad = true;
            }
            let mut add = |c: &mut Self, name: &str, pos: ast::Pos, embedded: bool| {
                if name != "_" {
                    if let Some(prev) = seen.get(name) {
                        let other = c.pos_string(None, *prev);
                        c.error(
                            pos,
                            format!("{name} redeclared\n\t{other}: other declaration of {name}"),
                        );
                    } else {
                        seen.insert(name.to_string(), pos);
                    }
                }
                let pkg = if is_exported(name) { None } else { Some(c.pkg) };
                fields.push(StructField {
                    name: name.to_string(),
                    ty: t,
                    embedded,
                    tag: f.tag.clone(),
                    pkg,
                });
            };
            if f.names.is_empty() {
                let name = embedded_name(&f.ty).unwrap_or_else(|| "?".into());
                // embedded type must be a type name T or *T, T not a pointer / interface pointer
                if t != TypeTable::INVALID {
                    if let Type::Pointer(e) = self.tt().get(t).clone() {
                        if self.tt().is_interface(e)
                            || matches!(self.tt().get(self.tt().underlying(e)), Type::Pointer(_))
                        {
                            self.error_at(
                                &f.ty,
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    } else if matches!(self.tt().get(self.tt().underlying(t)), Type::Pointer(_))
                        && matches!(self.tt().get(t), Type::Named(_))
                    {
                        self.error_at(&f.ty, "embedded field type cannot be a pointer");
                    }
                }
                if self.tt().is_type_param(t)
                    || self
                        .tt()
                        .pointer_elem(t)
                        .is_some_and(|e| self.tt().is_type_param(e))
                        && matches!(self.tt().get(t), Type::Pointer(_))
                {
                    self.error_at(
                        &f.ty,
                        "embedded field type cannot be a (pointer to a) type parameter",
                    );
                }
                add(self, &name, f.ty.pos, true);
            } else {
                for n in &f.names {
                    add(self, &n.name, n.pos, false);
                }
            }
        }
        if bad {
            // keep a well-formed struct anyway (invalid field types stay Invalid)
        }
        let t = self.prog.new_struct(fields.clone());
        // field objects get the declaration positions of this (first) occurrence
        let mut i = 0;
        let fid = self.file_id();
        for f in &st.fields {
            let names: Vec<(ast::Pos, Option<ast::NodeId>)> = if f.names.is_empty() {
                vec![(f.ty.pos, None)]
            } else {
                f.names.iter().map(|n| (n.pos, Some(n.id))).collect()
            };
            for (pos, id) in names {
                if let Some(&o) = self.prog.field_objs.get(&(t, i)) {
                    let ob = &mut self.prog.objects[o.0 as usize];
                    if ob.file.is_none() {
                        ob.pos = pos;
                        ob.file = Some(fid);
                    }
                    if let Some(id) = id {
                        self.info.defs.insert(id, o);
                    }
                }
                i += 1;
            }
        }
        t
    }

    /// An interface type expression.
    pub fn interface_type(&mut self, it: &ast::InterfaceType) -> TypeId {
        let mut iface = Interface {
            methods: vec![],
            unions: vec![],
            comparable: false,
        };
        let mut seen: HashMap<String, ast::Pos> = HashMap::new();
        for el in &it.elems {
            match el {
                InterfaceElem::Method { name, ty } => {
                    let (sig, _, _) = self.signature(ty, None);
                    if let Some(prev) = seen.get(&name.name) {
                        let other = self.pos_string(None, *prev);
                        self.error(
                            name.pos,
                            format!(
                                "duplicate method {}\n\t{}: other declaration of method {}",
                                name.name, other, name.name
                            ),
                        );
                        continue;
                    }
                    seen.insert(name.name.clone(), name.pos);
                    let pkg = if is_exported(&name.name) {
                        None
                    } else {
                        Some(self.pkg)
                    };
                    iface.methods.push(IfaceMethod {
                        name: name.name.clone(),
                        pkg,
                        sig,
                    });
                }
                InterfaceElem::Union(terms) => {
                    if terms.len() == 1
                        && !matches!(
                            terms[0].kind,
                            ExprKind::Unary {
                                op: ast::UnaryOp::Tilde,
                                ..
                            }
                        )
                    {
                        let t = self.type_expr(&terms[0]);
                        if t == TypeTable::INVALID {
                            continue;
                        }
                        if let Some(emb) = self.tt().interface(t).cloned() {
                            for m in emb.methods {
                                if let Some(x) = iface.methods.iter().find(|x| x.name == m.name) {
                                    if x.sig != m.sig {
                                        self.error_at(
                                            &terms[0],
                                            format!("duplicate method {}", m.name),
                                        );
                                    }
                                    continue;
                                }
                                iface.methods.push(m);
                            }
                            iface.unions.extend(emb.unions);
                            iface.comparable |= emb.comparable;
                            continue;
                        }
                        if matches!(self.tt().get(t), Type::Named(_))
                            && self.tt().underlying(t) == TypeTable::INVALID
                        {
                            continue;
                        }
                        iface.unions.push(vec![(false, t)]);
                        continue;
                    }
                    let refs: Vec<&Expr> = terms.iter().collect();
                    let u = self.union_terms(&refs);
                    iface.unions.push(u);
                }
            }
        }
        self.prog.new_interface(iface)
    }

    /// A function signature; returns the Signature type and the (names, types) of the
    /// parameters and results (names None for unnamed ones). A receiver is not part of
    /// the signature.
    pub fn signature(&mut self, ft: &ast::FuncType, _recv: Option<&ast::Field>) -> SigParts {
        let mut params = vec![];
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&f.ty);
            self.check_var_type(&f.ty, t);
            if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.ty.pos, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.prog.types.slice(t);
            }
            if f.names.is_empty() {
                params.push((None, t));
            } else {
                for n in &f.names {
                    params.push((Some(n.clone()), t));
                }
            }
        }
        let mut results = vec![];
        for f in &ft.results {
            let t = self.type_expr(&f.ty);
            self.check_var_type(&f.ty, t);
            if f.names.is_empty() {
                results.push((None, t));
            } else {
                for n in &f.names {
                    results.push((Some(n.clone()), t));
                }
            }
        }
        let sig = self.prog.types.intern(Type::Func(Signature {
            params: params.iter().map(|p| p.1).collect(),
            results: results.iter().map(|p| p.1).collect(),
            variadic,
        }));
        (sig, params, results)
    }

    fn func_decl_sig(&mut self, o: ObjId, fd: &ast::FuncDecl) {
        self.open_scope();
        let mut tps = vec![];
        let mut recv_ty = None;
        if let Some(r) = &fd.recv {
            let (rt, rtps) = self.recv_type(r);
            recv_ty = Some(rt);
            tps = rtps;
        }
        // a method's own type parameters follow its receiver's
        let own = self.declare_type_params(&fd.ty.type_params);
        let own_count = own.len();
        tps.extend(own);
        let (sig, params, results) = self.signature(&fd.ty, fd.recv.as_ref());
        self.close_scope();
        let names = |v: &[(Option<ast::Ident>, TypeId)]| -> Vec<String> {
            v.iter()
                .map(|(n, _)| n.as_ref().map(|n| n.name.clone()).unwrap_or_default())
                .collect()
        };
        let names = (names(&params), names(&results));
        if names.0.iter().chain(&names.1).any(|n| !n.is_empty()) {
            self.prog.param_names.insert(o, names);
        }
        if let Some(r) = &fd.recv {
            let name = r.names.first().map_or("_", |n| n.name.as_str());
            self.prog.recv_names.insert(o, name.to_string());
        }
        let ob = &mut self.prog.objects[o.0 as usize];
        ob.ty = sig;
        if let ObjKind::Func {
            recv,
            type_params,
            own_type_params,
            ..
        } = &mut ob.kind
        {
            *recv = recv_ty;
            *type_params = tps;
            *own_type_params = if recv_ty.is_some() { own_count } else { 0 };
        }
    }

    /// Declares the receiver type parameters `func (l *List[T, U])`; returns the
    /// instantiated receiver base type and the new type parameters.
    fn recv_type_params(
        &mut self,
        base: &Expr,
        bx: &Expr,
        indices: &[Expr],
    ) -> (TypeId, Vec<TypeId>) {
        let gt = match &bx.kind {
            ExprKind::Ident(_) => {
                let x = self.expr_or_type(bx);
                if x.is_invalid() {
                    return (TypeTable::INVALID, vec![]);
                }
                if x.mode != OpMode::TypeExpr {
                    let s = expr_string(bx);
                    self.error_at(bx, format!("{s} is not a type"));
                    return (TypeTable::INVALID, vec![]);
                }
                x.ty
            }
            _ => {
                self.error_at(base, "invalid receiver type");
                return (TypeTable::INVALID, vec![]);
            }
        };
        let otps = match self.tt().named_info(gt) {
            _ if self.generic_alias_of(bx).is_some() => {
                let d = self.uninstantiated_generic(bx, gt).unwrap_or_default();
                self.error_at(
                    bx,
                    format!("cannot define new methods on generic alias type {d}"),
                );
                self.declare_bad_recv_type_params(indices);
                return (TypeTable::INVALID, vec![]);
            }
            Some(i) if i.origin.is_none() && !i.type_params.is_empty() => i.type_params.clone(),
            _ => {
                let s = self.tstr(gt);
                self.error_at(bx, format!("{s} is not a generic type"));
                self.declare_bad_recv_type_params(indices);
                return (TypeTable::INVALID, vec![]);
            }
        };
        let mut ntps = vec![];
        for (i, ix) in indices.iter().enumerate() {
            match &ix.kind {
                ExprKind::Ident(id) => {
                    let t = self.new_type_param(id, i as u32);
                    ntps.push(t);
                }
                _ => {
                    let s = expr_string(ix);
                    self.error_at(
                        ix,
                        format!("receiver type parameter {s} must be an identifier"),
                    );
                    return (TypeTable::INVALID, vec![]);
                }
            }
        }
        if ntps.len() != otps.len() {
            let (a, b) = (ntps.len(), otps.len());
            let pl = |n: usize| if n == 1 { "" } else { "s" };
            self.error_at(
                bx,
                format!(
                    "receiver declares {a} type parameter{}, but receiver base type declares {b}",
                    pl(a)
                ),
            );
            return (TypeTable::INVALID, vec![]);
        }
        self.mono_canon(&ntps, &otps);
        for (&nt, &ot) in ntps.iter().zip(&otps) {
            let c = self.constraint_of(ot);
            let c = self.prog.subst(c, &otps, &ntps);
            self.set_constraint(nt, c);
        }
        let inst = self.prog.instantiate_named(gt, ntps.clone());
        if let Some(id) = super::generics::ident_id(bx) {
            self.info.instances.insert(
                id,
                Instance {
                    type_args: ntps.clone(),
                    ty: inst,
                },
            );
        }
        self.record_type(base, inst);
        (inst, ntps)
    }

    /// Declares the type parameters of an invalid generic receiver, so that the
    /// signature and body see them (and report no follow-up `undefined: T`).
    fn declare_bad_recv_type_params(&mut self, indices: &[Expr]) {
        for (i, ix) in indices.iter().enumerate() {
            if let ExprKind::Ident(id) = &ix.kind {
                self.new_type_param(id, i as u32);
            }
        }
    }

    /// Checks a receiver type: `T` or `*T` with T a defined type of this package.
    fn recv_type(&mut self, r: &ast::Field) -> (TypeId, Vec<TypeId>) {
        let (ptr, base) = match &r.ty.kind {
            ExprKind::Star(x) => (true, &**x),
            ExprKind::Paren(x) => match &x.kind {
                ExprKind::Star(y) => (true, &**y),
                _ => (false, &**x),
            },
            _ => (false, &r.ty),
        };
        let mut tps = vec![];
        let t = if let ExprKind::Index { x, indices, .. } = &base.kind {
            let (t, ntps) = self.recv_type_params(base, x, indices);
            tps = ntps;
            t
        } else {
            self.type_expr(base)
        };
        if t == TypeTable::INVALID {
            return (t, tps);
        }
        let ok = match self.tt().get(t) {
            Type::Named(_) => {
                let obj = self.tt().named_info(t).map(|i| i.obj);
                obj.is_some_and(|o| self.prog.obj(o).pkg == Some(self.pkg))
            }
            _ => false,
        };
        let u = self.tt().underlying(t);
        let s = self.tstr(t);
        let instance = self.tt().named_info(t).is_some_and(|i| i.origin.is_some());
        if ok && instance && tps.is_empty() {
            // `type IntPair = Pair[int, int]; func (p IntPair) M()`
            self.error_at(
                base,
                format!("cannot define new methods on instantiated type {s}"),
            );
        } else if !ok {
            if matches!(self.tt().get(t), Type::Basic(_)) || self.tt().named_info(t).is_some() {
                self.error_at(
                    base,
                    format!("cannot define new methods on non-local type {s}"),
                );
            } else {
                self.error_at(base, format!("invalid receiver type {s}"));
            }
        } else if matches!(self.tt().get(u), Type::Pointer(_) | Type::Interface(_)) {
            let what = if self.tt().is_interface(u) {
                "an interface"
            } else {
                "a pointer"
            };
            self.error_at(
                base,
                format!("invalid receiver type {s} (pointer or interface type)"),
            );
            let _ = what;
        }
        let rt = if ptr { self.prog.types.pointer(t) } else { t };
        self.record_type(&r.ty, rt);
        (rt, tps)
    }

    fn func_decl_body(&mut self, o: ObjId, fd: &ast::FuncDecl) {
        let Some(body) = &fd.body else { return };
        // the type parameters are in scope in the body
        let tps = self.func_type_params(o);
        let mut scope = std::collections::HashMap::new();
        for tp in tps {
            if let Type::TypeParam(i) = *self.tt().get(tp) {
                if let Some(info) = self.tt().type_params.get(i as usize) {
                    let name = self.prog.obj(info.obj).name.clone();
                    if name != "_" {
                        scope.insert(name, info.obj);
                    }
                }
            }
        }
        let pushed = !scope.is_empty();
        if pushed {
            self.scopes.push(scope);
        }
        let ftps = self.func_type_params(o);
        let saved_tps = std::mem::replace(&mut self.cur_tparams, ftps);
        let sig = self.prog.obj(o).ty;
        let recv = match &self.prog.obj(o).kind {
            ObjKind::Func { recv, .. } => *recv,
            _ => None,
        };
        let recv_param = match (&fd.recv, recv) {
            (Some(r), Some(rt)) => r.names.first().map(|n| (n.clone(), rt)),
            _ => None,
        };
        self.cur_deps = Some(o);
        self.func_body(sig, &fd.ty, recv_param, body);
        self.cur_deps = None;
        self.cur_tparams = saved_tps;
        if pushed {
            self.scopes.pop();
        }
    }

    /// Checks a function body (declaration or literal) against its signature.
    pub fn func_body(
        &mut self,
        sig: TypeId,
        ft: &ast::FuncType,
        recv: Option<(ast::Ident, TypeId)>,
        body: &ast::Block,
    ) {
        let Some(s) = self.tt().signature(sig).cloned() else {
            return;
        };
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_iota = self.iota.take();
        // keep enclosing scopes visible for closures
        self.scopes = saved_scopes.clone();
        self.open_scope();
        self.fctx.sig = Some(sig);
        let pvar = ObjKind::Var {
            global: false,
            field: false,
            embedded: false,
            param: true,
        };
        if let Some((id, t)) = recv {
            let o = self.new_obj(&id, pvar.clone(), t);
            self.declare(&id, o);
        }
        let mut i = 0;
        for f in &ft.params {
            for n in &f.names {
                let t = s.params.get(i).copied().unwrap_or(TypeTable::INVALID);
                let o = self.new_obj(n, pvar.clone(), t);
                self.declare(n, o);
                i += 1;
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        let mut i = 0;
        for f in &ft.results {
            for n in &f.names {
                let t = s.results.get(i).copied().unwrap_or(TypeTable::INVALID);
                let o = self.new_obj(n, pvar.clone(), t);
                self.declare(n, o);
                self.fctx.named_results.push(o);
                i += 1;
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        self.collect_labels(&body.stmts);
        self.stmt_list(&body.stmts);
        self.report_unused_labels();
        if !s.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.fctx = saved_fctx;
        self.scopes = saved_scopes;
        self.iota = saved_iota;
    }

    // ---- constants and variables -------------------------------------------------------

    /// Resolves package-level constant `o` (the `idx`-th name of its spec).
    fn const_obj(
        &mut self,
        o: ObjId,
        ty: Option<&Expr>,
        values: &[Expr],
        idx: usize,
        iota: u32,
        nnames: usize,
    ) {
        if idx == values.len() {
            let (pos, name) = {
                let ob = self.prog.obj(o);
                (ob.pos, ob.name.clone())
            };
            self.error(pos, format!("missing init expr for {name}"));
        } else if idx + 1 == nnames && values.len() > nnames {
            self.error_at(&values[nnames], "extra init expr");
        }
        let (t, v) = self.const_value(ty, values, idx, iota, nnames, self.prog.obj(o).pos);
        let ob = &mut self.prog.objects[o.0 as usize];
        ob.ty = t;
        ob.kind = ObjKind::Const(v.unwrap_or(ConstValue::Int(0.into())));
        if t == TypeTable::INVALID {
            ob.kind = ObjKind::Const(ConstValue::Int(0.into()));
        }
    }

    /// Evaluates the `idx`-th constant of a spec: its type and value (Invalid/None on error).
    pub fn const_value(
        &mut self,
        ty: Option<&Expr>,
        values: &[Expr],
        idx: usize,
        iota: u32,
        _nnames: usize,
        name_pos: ast::Pos,
    ) -> (TypeId, Option<ConstValue>) {
        let saved = self.iota.replace(iota as u64);
        let r = (|| {
            let typ = ty.map(|t| self.type_expr(t));
            if let Some(t) = typ {
                if t != TypeTable::INVALID && !self.tt().is_const_type(t) {
                    let s = self.tstr(t);
                    self.error_at(
                        ty.unwrap_or(&values[0]),
                        format!("invalid constant type {s}"),
                    );
                    return (TypeTable::INVALID, None);
                }
            }
            let Some(e) = values.get(idx) else {
                return (TypeTable::INVALID, None);
            };
            let mut x = self.expr(e);
            if x.is_invalid() {
                return (TypeTable::INVALID, None);
            }
            if x.mode != OpMode::Constant {
                let d = self.op_string(&x);
                self.error_at(e, format!("{d} is not constant"));
                return (TypeTable::INVALID, None);
            }
            if let Some(t) = typ {
                if t == TypeTable::INVALID {
                    return (t, None);
                }
                self.type_display = ty.and_then(|te| self.src_type_name(te, t));
                let ok = self.assignment(&mut x, t, "constant declaration");
                self.type_display = None;
                if !ok {
                    return (TypeTable::INVALID, None);
                }
            }
            (x.ty, x.val)
        })();
        let _ = name_pos;
        self.iota = saved;
        r
    }

    /// `byte`/`rune` as written, for messages.
    pub fn src_type_name(&self, te: &Expr, t: TypeId) -> Option<(TypeId, String)> {
        if let ExprKind::Ident(id) = &te.kind {
            if (id.name == "byte" || id.name == "rune")
                && self.lookup_name(&id.name) == self.prog.universe.get(&id.name).copied()
            {
                return Some((t, id.name.clone()));
            }
        }
        None
    }

    /// Checks a `var` spec (package-level or local) for the given objects.
    pub fn var_spec(&mut self, objs: &[ObjId], s: &ast::ValueSpec, _global: bool) {
        let typ = s.ty.as_ref().map(|t| self.type_expr(t));
        if let (Some(te), Some(t)) = (&s.ty, typ) {
            self.check_var_type(te, t);
        }
        self.type_display = match (&s.ty, typ) {
            (Some(te), Some(t)) => self.src_type_name(te, t),
            _ => None,
        };
        self.var_spec_inner(objs, s, typ);
        self.type_display = None;
    }

    fn var_spec_inner(&mut self, objs: &[ObjId], s: &ast::ValueSpec, typ: Option<TypeId>) {
        if s.values.is_empty() {
            let t = typ.unwrap_or(TypeTable::INVALID);
            for &o in objs {
                self.prog.objects[o.0 as usize].ty = t;
            }
            return;
        }
        let lhs: Vec<Option<ObjId>> = objs.iter().map(|&o| Some(o)).collect();
        self.init_vars(&lhs, typ, &s.values, start_pos(&s.values[0]));
    }
}

/// A signature type with its parameters and results as (name, type).
pub(crate) type SigParts = (
    TypeId,
    Vec<(Option<ast::Ident>, TypeId)>,
    Vec<(Option<ast::Ident>, TypeId)>,
);

/// For constant spec `i`, the (type, values) it uses (the previous explicit spec's for
/// implicit repetition).
pub(crate) fn inherited(specs: &[ast::ValueSpec], i: usize) -> (Option<&Expr>, &[Expr]) {
    let mut j = i;
    loop {
        let s = &specs[j];
        if !s.implicit || j == 0 {
            return (s.ty.as_ref(), &s.values);
        }
        j -= 1;
    }
}

/// The base type name of a receiver type expression (`T`, `*T`, `T[P]`).
fn recv_base_name(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(i) => Some(i.name.clone()),
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_base_name(x),
        ExprKind::Index { x, .. } => recv_base_name(x),
        _ => None,
    }
}

/// The implicit field name of an embedded field type (`T`, `*T`, `pkg.T`).
fn embedded_name(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(i) => Some(i.name.clone()),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => Some(sel.name.clone()),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}
