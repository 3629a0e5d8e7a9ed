//! The checker state shared by all phases: scopes, error reporting, operands, recording
//! into `Info`, and the package-level driver ([`check_package`]).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::constant::format_value;
use super::exprstr::{expr_string, start_pos};
use super::repr::*;
use super::{Program, TypeError};
use crate::syntax::ast::{self, Expr, Pos};

/// Operand modes (go/types' `operandMode`), a superset of [`Mode`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
    Nil,
}

/// A generic function value not instantiable from its target type: the inferred type
/// (if any), where it is ((file index, position)) and how it is written.
pub(crate) type InstFailure = (Option<TypeId>, (usize, Pos), String);

/// An evaluated expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    pub e: &'a Expr,
}

impl<'a> Operand<'a> {
    pub fn invalid(e: &'a Expr) -> Self {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeTable::INVALID,
            val: None,
            e,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
}

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclRef {
    Const {
        file: usize,
        decl: usize,
        spec: usize,
        idx: usize,
    },
    Var {
        file: usize,
        decl: usize,
        spec: usize,
    },
    Type {
        file: usize,
        decl: usize,
        spec: usize,
    },
    Func {
        file: usize,
        decl: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Breakable {
    Loop,
    Switch,
    Select,
}

/// Per-function-body state.
#[derive(Default)]
pub(crate) struct FuncCtx {
    /// The function's signature type.
    pub sig: Option<TypeId>,
    /// Named result objects (empty if unnamed).
    pub named_results: Vec<ObjId>,
    /// Labels: name -> (object, used).
    pub labels: HashMap<String, (ObjId, bool)>,
    /// Enclosing break/continue targets with their label.
    pub targets: Vec<(Breakable, Option<String>)>,
}

pub(crate) struct Checker<'p> {
    pub prog: &'p mut Program,
    pub pkg: PkgId,
    pub files: Rc<Vec<(FileId, ast::File)>>,
    pub info: Info,
    pub errors: Vec<TypeError>,
    /// Index into `files` of the file being checked.
    pub cur_file: usize,
    /// Per file: imported package names -> PkgName objects.
    pub file_scopes: Vec<HashMap<String, ObjId>>,
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub decls: HashMap<ObjId, DeclRef>,
    /// 1 = being resolved, 2 = done.
    pub state: HashMap<ObjId, u8>,
    pub fctx: FuncCtx,
    pub local_vars: Vec<ObjId>,
    pub used: HashSet<ObjId>,
    /// Value of `iota` inside a constant declaration.
    pub iota: Option<u64>,
    /// Dependencies (package-level vars, funcs, methods) of the declaration being checked.
    pub cur_deps: Option<ObjId>,
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// Package-level objects in declaration order (for init order).
    pub pkg_objs: Vec<ObjId>,
    /// Type declarations of this package in order (for recursive-type checks).
    pub named_types: Vec<(ObjId, TypeId)>,
    /// Methods declared per receiver base type name.
    pub methods_by_base: HashMap<String, Vec<ObjId>>,
    pub func_decls: Vec<(ObjId, usize, usize)>,
    /// A `fallthrough` is valid at this point (last statement of a non-final clause).
    pub fallthrough_ok: bool,
    /// The current statement is the last of the final switch clause.
    pub fallthrough_final: bool,
    /// While checking against a declared type written `byte` / `rune`: print it so.
    pub type_display: Option<(TypeId, String)>,
    /// The rhs of a one-to-one assignment (a multi-value call there is an
    /// `assignment mismatch`).
    pub single_assign_rhs: Option<ast::NodeId>,
    /// Type parameters of the generic function whose body is being checked.
    pub cur_tparams: Vec<TypeId>,
    /// Local types declared in generic functions: implicitly parameterised by the
    /// function's type parameters (their `NamedInfo::type_params`), used uninstantiated.
    pub implicit_generic: HashSet<TypeId>,
    /// Arguments of the generic call being checked that may be uninstantiated generic
    /// functions (their type arguments are inferred with the call's).
    pub generic_arg_ids: HashSet<ast::NodeId>,
    /// Renamed type parameters of generic function arguments: `unify` may bind them on
    /// the argument side too.
    pub infer_fresh: Vec<TypeId>,
    /// The function expression of the call being checked (`l.Map[int]` in
    /// `l.Map[int](f)`), where a generic method may be partially instantiated.
    pub call_fun: Option<ast::NodeId>,
    /// A partial instantiation of a generic method at `call_fun`: the explicit type
    /// arguments, the others to be inferred from the call's arguments.
    pub partial_targs: Option<(ast::NodeId, Vec<TypeId>)>,
    /// Type aliases being resolved (innermost last): a use of one of them is a cycle of
    /// aliases; defined types met meanwhile are only declared (see `resolve_obj`).
    pub alias_stack: Vec<ObjId>,
    /// Map key types that are type parameters, checked for comparability once all
    /// constraints are known: ((file index, position), key type).
    pub delayed_key_checks: Vec<((usize, Pos), TypeId)>,
    /// Instantiations seen so far, for instantiation cycles.
    pub mono: super::mono::MonoGraph,
    /// Generic function values whose instantiation from the target function type failed:
    /// the inferred (mismatching) type, or `None` when the types do not unify. The
    /// assignment reports it (it knows the target's description); with where the value
    /// is ((file index, position), expression) should no assignment report it.
    pub inst_failures: HashMap<ast::NodeId, InstFailure>,
    /// The variable being assigned (`g` in `g = Id`), for messages.
    pub assign_lhs: Option<String>,
}

impl<'p> Checker<'p> {
    pub fn file_id(&self) -> FileId {
        self.files
            .get(self.cur_file)
            .map(|f| f.0)
            .unwrap_or(FileId(0))
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let file = self.file_id();
        self.errors.push(TypeError {
            file,
            pos,
            msg: msg.into(),
        });
    }

    pub fn error_at(&mut self, e: &Expr, msg: impl Into<String>) {
        self.error(start_pos(e), msg)
    }

    /// `./main.go:2:19` for a position in the current file.
    pub fn pos_string(&self, file: Option<FileId>, pos: Pos) -> String {
        let f = file.unwrap_or(self.file_id());
        match self.prog.sources.get(f.0 as usize) {
            Some(src) => {
                let (l, c) = src.position(pos);
                format!("{}:{}:{}", src.name, l, c)
            }
            None => format!("?:{pos}"),
        }
    }

    pub fn tstr(&self, t: TypeId) -> String {
        if let Some((ot, name)) = &self.type_display {
            if *ot == t {
                return name.clone();
            }
        }
        self.prog.type_string_err(t, Some(self.pkg))
    }

    /// The type of an operand naming a declared function, with its parameter names.
    /// (A declared function, a method value `x.M`, or an instance of either `F[int]`; an
    /// uninstantiated generic function prints its type parameters: `func[T any](x T) T`.)
    fn func_type_string(&self, x: &Operand) -> Option<String> {
        // the function object, and whether it is a method expression `T.M`
        let named = |e: &Expr| -> Option<(ObjId, bool)> {
            match &e.kind {
                ast::ExprKind::Ident(i) => self.info.uses.get(&i.id).map(|&o| (o, false)),
                ast::ExprKind::Selector { sel, .. } => match self.info.selections.get(&e.id) {
                    Some(s) if s.kind == SelectionKind::FieldVal => None,
                    Some(s) => Some((s.obj, s.kind == SelectionKind::MethodExpr)),
                    None => self.info.uses.get(&sel.id).map(|&o| (o, false)),
                },
                _ => None,
            }
        };
        let (o, mexpr) = match &x.e.kind {
            ast::ExprKind::Index { x: base, .. } => named(base)?,
            _ => named(x.e)?,
        };
        let mut names = self.prog.param_names.get(&o)?.clone();
        if mexpr {
            // the receiver is the first parameter
            let r = self.prog.recv_names.get(&o).cloned().unwrap_or_default();
            names.0.insert(0, r);
        }
        let sig = self.tt().signature(x.ty)?;
        if !matches!(self.tt().get(x.ty), Type::Func(_))
            || sig.params.len() != names.0.len()
            || sig.results.len() != names.1.len()
        {
            return None;
        }
        let s = self.prog.func_string_err(x.ty, Some(self.pkg), &names);
        let generic = match &self.prog.obj(o).kind {
            ObjKind::Func { recv: None, .. } => self.func_type_params(o),
            _ => self.prog.own_type_params(o),
        };
        let uninstantiated = match &x.e.kind {
            ast::ExprKind::Index { .. } => false,
            ast::ExprKind::Ident(i) => !self.info.instances.contains_key(&i.id),
            ast::ExprKind::Selector { sel, .. } => !self.info.instances.contains_key(&sel.id),
            _ => false,
        };
        if generic.is_empty() || !uninstantiated {
            return Some(s);
        }
        let tps = self.tparams_desc("", &generic);
        Some(format!("func{tps}{}", s.trim_start_matches("func")))
    }

    /// The type of operand `x` as gc prints it (functions with parameter names).
    pub fn op_type_string(&self, x: &Operand) -> String {
        self.func_type_string(x).unwrap_or_else(|| self.tstr(x.ty))
    }

    pub fn tt(&self) -> &TypeTable {
        &self.prog.types
    }

    /// gc's operand description: `x (variable of type int)`, `1 (untyped int constant)`,
    /// `c (constant 5 of type T)`, `nil`.
    pub fn op_string(&self, x: &Operand) -> String {
        let expr = expr_string(x.e);
        self.op_string_with(x, &expr)
    }

    pub fn op_string_with(&self, x: &Operand, expr: &str) -> String {
        if x.mode == OpMode::Nil {
            return "nil".into();
        }
        let mut s = format!("{expr} (");
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if self.tt().is_untyped(x.ty) {
                    if let Type::Basic(k) = self.tt().get(x.ty) {
                        s.push_str(k.name());
                        s.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value | OpMode::Nil => "value",
            OpMode::CommaOk => "comma, ok expression",
        });
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let vs = format_value(v);
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            s.push_str(" of ");
            let t = x.ty;
            if let Type::Named(_) = self.tt().get(t) {
                let u = self.tt().underlying(t);
                let what = match self.tt().get(u) {
                    Type::Basic(k) => k.name(),
                    Type::Array(..) => "array",
                    Type::Slice(_) => "slice",
                    Type::Struct(_) => "struct",
                    Type::Pointer(_) => "pointer",
                    Type::Func(_) => "func",
                    Type::Interface(_) => "interface",
                    Type::Map(..) => "map",
                    Type::Chan(..) => "chan",
                    Type::Tuple(_) => "tuple",
                    _ => "",
                };
                if !what.is_empty() {
                    s.push_str(what);
                    s.push(' ');
                }
            }
            s.push_str("type ");
            s.push_str(&self.func_type_string(x).unwrap_or_else(|| self.tstr(t)));
            if let Type::TypeParam(i) = self.tt().get(t) {
                if let Some(info) = self.tt().type_params.get(*i as usize) {
                    let c = self.constraint_string(info.constraint);
                    s.push_str(" constrained by ");
                    s.push_str(&c);
                }
            }
        }
        s.push(')');
        s
    }

    /// Records the type (and value) of an expression in `Info::types`.
    pub fn record(&mut self, x: &Operand) {
        let mode = match x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil | OpMode::CommaOk => Mode::Value,
        };
        self.info.types.insert(
            x.e.id,
            TypeAndValue {
                mode,
                ty: x.ty,
                value: x.val.clone(),
            },
        );
    }

    pub fn record_type(&mut self, e: &Expr, t: TypeId) {
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode: Mode::TypeExpr,
                ty: t,
                value: None,
            },
        );
    }

    // ---- scopes ---------------------------------------------------------------------

    pub fn open_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }
    pub fn close_scope(&mut self) {
        self.scopes.pop();
    }

    pub fn new_obj(&mut self, id: &ast::Ident, kind: ObjKind, ty: TypeId) -> ObjId {
        let o = self.prog.new_object(&id.name, kind, ty, Some(self.pkg));
        let file = self.file_id();
        let ob = &mut self.prog.objects[o.0 as usize];
        ob.pos = id.pos;
        ob.file = Some(file);
        self.info.defs.insert(id.id, o);
        o
    }

    /// Declares `obj` in the innermost local scope (reporting redeclarations); false if
    /// it was a redeclaration.
    pub fn declare(&mut self, id: &ast::Ident, obj: ObjId) -> bool {
        if id.name == "_" {
            return true;
        }
        if let Some(&prev) = self.scopes.last().and_then(|s| s.get(&id.name)) {
            let po = self.prog.obj(prev);
            let other = self.pos_string(po.file, po.pos);
            self.error(
                id.pos,
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    id.name, other, id.name
                ),
            );
            return false;
        }
        if let Some(s) = self.scopes.last_mut() {
            s.insert(id.name.clone(), obj);
        }
        true
    }

    /// Looks a name up: local scopes, file scope (imports), package scope, universe.
    pub fn lookup_name(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.get(name) {
                return Some(o);
            }
        }
        if let Some(&o) = self
            .file_scopes
            .get(self.cur_file)
            .and_then(|f| f.get(name))
        {
            return Some(o);
        }
        if let Some(&o) = self.prog.packages[self.pkg.0 as usize].scope.get(name) {
            return Some(o);
        }
        self.prog.universe.get(name).copied()
    }

    pub fn add_dep(&mut self, o: ObjId) {
        if let Some(cur) = self.cur_deps {
            if self.decls.contains_key(&o) || self.prog.obj(o).pkg == Some(self.pkg) {
                let d = self.deps.entry(cur).or_default();
                if !d.contains(&o) {
                    d.push(o);
                }
            }
        }
    }

    /// Runs `f` with a fresh function context and scope stack (for package-level
    /// declarations resolved lazily from inside another declaration).
    pub fn with_fresh_ctx<R>(&mut self, file: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        let scopes = std::mem::take(&mut self.scopes);
        let fctx = std::mem::take(&mut self.fctx);
        let iota = self.iota.take();
        let cf = self.cur_file;
        self.cur_file = file;
        let r = f(self);
        self.scopes = scopes;
        self.fctx = fctx;
        self.iota = iota;
        self.cur_file = cf;
        r
    }
}

/// Adds a package (files already parsed) and returns its id.
pub fn add_package(prog: &mut Program, path: &str, files: Vec<(FileId, ast::File)>) -> PkgId {
    let id = PkgId(prog.packages.len() as u32);
    let name = files
        .first()
        .map(|f| f.1.name.name.clone())
        .unwrap_or_else(|| path.rsplit('/').next().unwrap_or(path).to_string());
    prog.packages.push(super::Package {
        id,
        path: path.to_string(),
        name,
        files,
        scope: HashMap::new(),
        inits: vec![],
        info: Info::default(),
    });
    id
}

/// Checks one package (its imports must have been added and checked before).
/// Returns all errors sorted by position.
pub fn check_package(prog: &mut Program, pkg: PkgId) -> Result<(), Vec<TypeError>> {
    let files = std::mem::take(&mut prog.packages[pkg.0 as usize].files);
    let files = Rc::new(files);
    let mut c = Checker {
        prog,
        pkg,
        files: files.clone(),
        info: Info::default(),
        errors: vec![],
        cur_file: 0,
        file_scopes: vec![],
        scopes: vec![],
        decls: HashMap::new(),
        state: HashMap::new(),
        fctx: FuncCtx::default(),
        local_vars: vec![],
        used: HashSet::new(),
        iota: None,
        cur_deps: None,
        deps: HashMap::new(),
        pkg_objs: vec![],
        named_types: vec![],
        methods_by_base: HashMap::new(),
        func_decls: vec![],
        fallthrough_ok: false,
        fallthrough_final: false,
        type_display: None,
        single_assign_rhs: None,
        cur_tparams: vec![],
        implicit_generic: HashSet::new(),
        generic_arg_ids: HashSet::new(),
        infer_fresh: vec![],
        call_fun: None,
        partial_targs: None,
        alias_stack: vec![],
        delayed_key_checks: vec![],
        mono: Default::default(),
        inst_failures: HashMap::new(),
        assign_lhs: None,
    };
    c.check_all();
    let mut errors = std::mem::take(&mut c.errors);
    let info = std::mem::take(&mut c.info);
    drop(c);
    let files = Rc::try_unwrap(files).unwrap_or_else(|rc| (*rc).clone());
    let p = &mut prog.packages[pkg.0 as usize];
    p.files = files;
    p.info = info;
    errors.sort_by_key(|e| (e.file, e.pos));
    errors.dedup_by(|a, b| a.file == b.file && a.pos == b.pos && a.msg == b.msg);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

impl Program {
    /// Finds an already added package by import path.
    pub fn package_by_path(&self, path: &str) -> Option<PkgId> {
        self.packages.iter().find(|p| p.path == path).map(|p| p.id)
    }
}
