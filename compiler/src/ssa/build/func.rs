//! The per-function builder: blocks, emission helpers, Go variables (register locals vs
//! memory cells), closures and the program entry function.

use std::collections::{HashMap, HashSet};

use crate::ssa::ir::{self, BlockId, FuncId, Inst, LocalId, Terminator, ValueId};
use crate::syntax::ast::{self, Pos};
use crate::syntax::visit::any_stmt;
use crate::types::{self, BasicKind, ConstValue, FileId, Info, ObjId, Type, TypeId};

use super::escape;
use super::{BResult, BuildError, Builder};

/// Where a Go variable lives.
#[derive(Clone, Copy, Debug)]
pub enum VarLoc {
    /// In a register-promoted local.
    Reg(LocalId),
    /// In memory; the local holds the cell's address (it can change per loop iteration).
    Cell(LocalId),
}

pub struct LoopTarget {
    pub label: Option<String>,
    pub brk: BlockId,
    pub cont: Option<BlockId>,
}

pub struct FnBuilder<'b, 'a> {
    pub b: &'b mut Builder<'a>,
    pub f: ir::Func,
    pub cur: BlockId,
    pub file: FileId,
    pub info: &'a Info,
    pub vars: HashMap<ObjId, VarLoc>,
    pub addressed: HashSet<ObjId>,
    pub targets: Vec<LoopTarget>,
    pub labels: HashMap<String, BlockId>,
    /// Named (or synthesized) result variables.
    pub results: Vec<VarLoc>,
    /// Label attached to the statement being built next (for labeled loops/switches).
    pub pending_label: Option<String>,
    /// The current switch clause's fallthrough target.
    pub fallthrough_to: Option<BlockId>,
    /// Position of the closing brace (for the implicit return).
    pub end_pos: Pos,
    /// Monomorphisation: the type parameters being replaced and their arguments.
    pub subst: Option<(Vec<TypeId>, Vec<TypeId>)>,
    /// Substituted types of the expressions and objects of the body being built.
    pub tmap: HashMap<ast::NodeId, TypeId>,
    pub omap: HashMap<ObjId, TypeId>,
    /// Set while building the body of a range-over-func loop (the yield closure).
    pub rf: Option<RangeFuncCtx>,
    /// Labels declared in the body being built (a `goto` elsewhere leaves a range-over-func
    /// body).
    pub own_labels: HashSet<String>,
}

/// What a range-over-func body (the yield closure being built) shares with the code
/// around the loop: see `rangefunc.rs`.
#[derive(Clone)]
pub struct RangeFuncCtx {
    /// Local holding the address of the loop's state cell.
    pub state: LocalId,
    /// The enclosing function's result variables (cells), as locals of the closure.
    pub results: Vec<VarLoc>,
    pub result_tys: Vec<TypeId>,
    /// Label of the range-over-func loop itself.
    pub label: Option<String>,
    /// Destinations outside the body that it branches to, in state-code order.
    pub exits: Vec<RangeFuncExit>,
    /// Local holding the range-func defer record token, when the body defers calls.
    pub defer_token: Option<LocalId>,
}

/// A destination outside a range-over-func body that a statement of the body leaves to.
#[derive(Clone, PartialEq)]
pub enum RangeFuncExit {
    Return,
    Break(String),
    Continue(String),
    Goto(String),
}

impl<'b, 'a> FnBuilder<'b, 'a> {
    pub fn new(b: &'b mut Builder<'a>, f: ir::Func, file: FileId, info: &'a Info) -> Self {
        let mut fb = FnBuilder {
            b,
            f,
            cur: BlockId(0),
            file,
            info,
            vars: HashMap::new(),
            addressed: HashSet::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            results: Vec::new(),
            pending_label: None,
            fallthrough_to: None,
            end_pos: 0,
            subst: None,
            tmap: HashMap::new(),
            omap: HashMap::new(),
            rf: None,
            own_labels: HashSet::new(),
        };
        fb.f.file = Some(file);
        let entry = fb.new_block();
        fb.cur = entry;
        fb
    }

    pub fn err<T>(&self, pos: Pos, msg: impl Into<String>) -> BResult<T> {
        Err(BuildError {
            file: Some(self.file),
            pos,
            msg: msg.into(),
        })
    }

    pub fn unsupported<T>(&self, pos: Pos, what: &str) -> BResult<T> {
        self.err(pos, format!("rgo: {what} not supported yet"))
    }

    // ---- blocks -------------------------------------------------------------------

    pub fn new_block(&mut self) -> BlockId {
        let id = BlockId(self.f.blocks.len() as u32);
        self.f.blocks.push(ir::Block {
            insts: Vec::new(),
            term: None,
        });
        id
    }

    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    /// Whether the current block already ended (code after return/panic/branch).
    pub fn terminated(&self) -> bool {
        self.f.blocks[self.cur.0 as usize].term.is_some()
    }

    pub fn terminate(&mut self, t: Terminator) {
        if !self.terminated() {
            self.f.blocks[self.cur.0 as usize].term = Some(t);
        }
    }

    pub fn jump(&mut self, to: BlockId) {
        self.terminate(Terminator::Jump(to));
    }

    pub fn branch(&mut self, cond: ValueId, then: BlockId, els: BlockId) {
        self.terminate(Terminator::Branch { cond, then, els });
    }

    // ---- values -------------------------------------------------------------------

    pub fn emit(&mut self, ty: TypeId, inst: Inst, pos: Pos) -> ValueId {
        let id = ValueId(self.f.values.len() as u32);
        self.f.values.push(ir::ValueData { ty, inst, pos });
        if self.terminated() {
            // Code after a terminator is dead; keep it in a fresh unreachable block.
            let b = self.new_block();
            self.switch_to(b);
        }
        self.f.blocks[self.cur.0 as usize].insts.push(id);
        id
    }

    pub fn vty(&self, v: ValueId) -> TypeId {
        self.f.values[v.0 as usize].ty
    }

    pub fn void(&mut self) -> TypeId {
        self.b.tuple(vec![])
    }

    pub fn int_ty(&mut self) -> TypeId {
        self.b.basic(BasicKind::Int)
    }

    pub fn bool_ty(&mut self) -> TypeId {
        self.b.basic(BasicKind::Bool)
    }

    pub fn uintptr_ty(&mut self) -> TypeId {
        self.b.basic(BasicKind::UnsafePointer)
    }

    pub fn const_int(&mut self, v: i64, pos: Pos) -> ValueId {
        let t = self.int_ty();
        self.emit(t, Inst::Const(ConstValue::Int(v.into())), pos)
    }

    pub fn const_of(&mut self, ty: TypeId, v: i64, pos: Pos) -> ValueId {
        self.emit(ty, Inst::Const(ConstValue::Int(v.into())), pos)
    }

    pub fn const_bool(&mut self, v: bool, pos: Pos) -> ValueId {
        let t = self.bool_ty();
        self.emit(t, Inst::Const(ConstValue::Bool(v)), pos)
    }

    pub fn zero(&mut self, ty: TypeId, pos: Pos) -> ValueId {
        self.emit(ty, Inst::Zero, pos)
    }

    pub fn load(&mut self, ptr: ValueId, pos: Pos) -> ValueId {
        let elem = match self.b.under(self.vty(ptr)) {
            Type::Pointer(e) => e,
            _ => panic!("load from non-pointer"),
        };
        self.emit(elem, Inst::Load(ptr), pos)
    }

    pub fn store(&mut self, ptr: ValueId, val: ValueId, pos: Pos) {
        let v = self.void();
        self.emit(v, Inst::Store { ptr, val }, pos);
    }

    pub fn new_obj(&mut self, elem: TypeId, pos: Pos) -> ValueId {
        let p = self.b.ptr_to(elem);
        self.emit(p, Inst::New, pos)
    }

    /// A runtime call with the C ABI.
    pub fn rt_call(&mut self, name: &str, args: Vec<ValueId>, result: TypeId, pos: Pos) -> ValueId {
        self.emit(
            result,
            Inst::Call {
                callee: ir::Callee::Runtime(name.to_string()),
                args,
            },
            pos,
        )
    }

    pub fn type_desc(&mut self, t: TypeId, pos: Pos) -> ValueId {
        let u = self.uintptr_ty();
        self.emit(u, Inst::TypeDesc(t), pos)
    }

    pub fn part(&mut self, v: ValueId, index: u32, ty: TypeId, pos: Pos) -> ValueId {
        self.emit(ty, Inst::Part { val: v, index }, pos)
    }

    // ---- variables ----------------------------------------------------------------

    pub fn new_local(&mut self, name: &str, ty: TypeId) -> LocalId {
        let id = LocalId(self.f.locals.len() as u32);
        self.f.locals.push(ir::Local {
            name: name.to_string(),
            ty,
        });
        id
    }

    fn is_memory_class(&self, ty: TypeId) -> bool {
        let l = crate::codegen::layout::Layouts::new(&self.b.prog.types);
        l.get(ty).flat.is_none()
    }

    /// Declares a Go variable and gives it its initial value (None = zero value).
    pub fn declare_var(&mut self, obj: ObjId, init: Option<ValueId>, pos: Pos) -> VarLoc {
        let o = self.b.obj(obj).clone();
        let ty = self.obj_ty(obj);
        // Structs and arrays live in memory so that fields and elements can be assigned
        // in place (non-escaping ones on the stack).
        let aggregate = matches!(self.b.under(ty), Type::Struct(_) | Type::Array(..));
        if self.addressed.contains(&obj) || aggregate || self.is_memory_class(ty) {
            let pty = self.b.ptr_to(ty);
            let l = self.new_local(&o.name, pty);
            let cell = if self.addressed.contains(&obj) {
                self.emit(pty, Inst::New, pos)
            } else {
                self.emit(pty, Inst::StackAlloc, pos)
            };
            let v = self.void();
            self.emit(v, Inst::SetLocal(l, cell), pos);
            if let Some(i) = init {
                self.store(cell, i, pos);
            }
            let loc = VarLoc::Cell(l);
            self.vars.insert(obj, loc);
            loc
        } else {
            let l = self.new_local(&o.name, ty);
            let val = match init {
                Some(i) => i,
                None => self.zero(ty, pos),
            };
            let v = self.void();
            self.emit(v, Inst::SetLocal(l, val), pos);
            let loc = VarLoc::Reg(l);
            self.vars.insert(obj, loc);
            loc
        }
    }

    pub fn get_local(&mut self, l: LocalId, pos: Pos) -> ValueId {
        let ty = self.f.locals[l.0 as usize].ty;
        self.emit(ty, Inst::GetLocal(l), pos)
    }

    pub fn set_local(&mut self, l: LocalId, v: ValueId, pos: Pos) {
        let t = self.void();
        self.emit(t, Inst::SetLocal(l, v), pos);
    }

    pub fn read_var(&mut self, loc: VarLoc, pos: Pos) -> ValueId {
        match loc {
            VarLoc::Reg(l) => self.get_local(l, pos),
            VarLoc::Cell(l) => {
                let p = self.get_local(l, pos);
                self.load(p, pos)
            }
        }
    }

    pub fn write_var(&mut self, loc: VarLoc, v: ValueId, pos: Pos) {
        match loc {
            VarLoc::Reg(l) => self.set_local(l, v, pos),
            VarLoc::Cell(l) => {
                let p = self.get_local(l, pos);
                self.store(p, v, pos)
            }
        }
    }

    /// Gives a memory-resident variable a fresh cell holding its current value (Go 1.22
    /// per-iteration loop variables).
    pub fn fresh_cell(&mut self, obj: ObjId, pos: Pos) {
        if let Some(VarLoc::Cell(l)) = self.vars.get(&obj).copied() {
            if !self.addressed.contains(&obj) {
                return;
            }
            let old = self.get_local(l, pos);
            let val = self.load(old, pos);
            let pty = self.f.locals[l.0 as usize].ty;
            let cell = self.emit(pty, Inst::New, pos);
            self.store(cell, val, pos);
            self.set_local(l, cell, pos);
        }
    }

    /// The Go-level object an identifier refers to.
    pub fn use_of(&self, id: &ast::Ident) -> Option<ObjId> {
        self.info.uses.get(&id.id).copied()
    }

    pub fn def_of(&self, id: &ast::Ident) -> Option<ObjId> {
        self.info.defs.get(&id.id).copied()
    }

    /// The struct type of a closure object: the code pointer, then `fields`.
    pub fn closure_env_type(&mut self, fields: &[TypeId]) -> TypeId {
        let u = self.uintptr_ty();
        let all = std::iter::once(u).chain(fields.iter().copied());
        let fs = all
            .enumerate()
            .map(|(i, t)| types::StructField {
                name: format!("f{i}"),
                ty: t,
                embedded: false,
                tag: None,
                pkg: None,
            })
            .collect();
        self.b.intern(Type::Struct(fs))
    }

    /// Allocates a closure object of type `env_ty` for function `code` holding `vals`;
    /// returns it as a uintptr.
    pub fn make_closure(
        &mut self,
        env_ty: TypeId,
        code: FuncId,
        vals: &[ValueId],
        pos: Pos,
    ) -> BResult<ValueId> {
        let u = self.uintptr_ty();
        let obj = self.new_obj(env_ty, pos);
        let c = self.emit(u, Inst::FuncAddr(code), pos);
        let f0 = self.field_addr(obj, 0, pos)?;
        self.store(f0, c, pos);
        for (i, v) in vals.iter().enumerate() {
            let fa = self.field_addr(obj, i as u32 + 1, pos)?;
            self.store(fa, *v, pos);
        }
        Ok(self.emit(u, Inst::Retype(obj), pos))
    }

    /// The checked type of an expression (with type parameters substituted).
    pub fn type_of(&self, e: &ast::Expr) -> TypeId {
        if let Some(t) = self.tmap.get(&e.id) {
            return *t;
        }
        self.info
            .types
            .get(&e.id)
            .map(|tv| tv.ty)
            .unwrap_or(TypeId(0))
    }

    pub fn tv(&self, e: &ast::Expr) -> Option<types::TypeAndValue> {
        let mut tv = self.info.types.get(&e.id)?.clone();
        if let Some(t) = self.tmap.get(&e.id) {
            tv.ty = *t;
        }
        Some(tv)
    }

    /// The type of an object (with type parameters substituted).
    pub fn obj_ty(&self, o: ObjId) -> TypeId {
        match self.omap.get(&o) {
            Some(t) => *t,
            None => self.b.obj(o).ty,
        }
    }

    /// Substitutes the current instantiation's type parameters in `t`.
    pub fn st(&mut self, t: TypeId) -> TypeId {
        match &self.subst {
            Some((from, to)) => {
                let (from, to) = (from.clone(), to.clone());
                self.b.prog.subst(t, &from, &to)
            }
            None => t,
        }
    }

    /// Prepares the substituted types of every node and object of a generic body. Each
    /// generic declaration has type parameters of its own, so only its own nodes (and
    /// objects) change under the substitution: scanning the package's tables is exact.
    pub fn prepare_subst(&mut self, from: Vec<TypeId>, to: Vec<TypeId>) {
        self.subst = Some((from.clone(), to.clone()));
        let info = self.info;
        for (id, tv) in &info.types {
            let t = self.b.prog.subst(tv.ty, &from, &to);
            if t != tv.ty {
                self.tmap.insert(*id, t);
            }
        }
        let mut objs: Vec<ObjId> = Vec::new();
        objs.extend(info.defs.values().copied());
        objs.extend(info.implicits.values().copied());
        for o in objs {
            let t0 = self.b.obj(o).ty;
            let t = self.b.prog.subst(t0, &from, &to);
            if t != t0 {
                self.omap.insert(o, t);
            }
        }
    }

    /// Sets up parameters (and named results) of a function body.
    pub fn bind_params(
        &mut self,
        recv: Option<&ast::Field>,
        ty: &ast::FuncType,
        body: &ast::Block,
    ) -> BResult<()> {
        let mut all: Vec<ast::Field> = Vec::new();
        if let Some(r) = recv {
            all.push(r.clone());
        }
        all.extend(ty.params.iter().cloned());
        let mut with_results = all.clone();
        with_results.extend(ty.results.iter().cloned());
        self.addressed = escape::analyze(self.b, self.info, &with_results, body).addressed;
        self.f.has_defer = contains_defer(&body.stmts);
        self.own_labels = declared_labels(&body.stmts);
        let results_in_memory = contains_range_func(&body.stmts, self.info, self.b);
        self.end_pos = body.rbrace;
        let mut idx = 0u32;
        for field in &all {
            let n = field.names.len().max(1);
            for k in 0..n {
                let pty = self.f.params[idx as usize];
                let p = self.emit(pty, Inst::Param(idx), field.pos);
                idx += 1;
                if let Some(name) = field.names.get(k) {
                    if let Some(obj) = self.def_of(name) {
                        self.declare_var(obj, Some(p), name.pos);
                    }
                }
            }
        }
        // Result variables (named or not): Go's `return` assigns them before defers run.
        let mut ri = 0;
        for field in &ty.results {
            let n = field.names.len().max(1);
            for k in 0..n {
                let rty = self.f.results[ri];
                ri += 1;
                let obj = field.names.get(k).and_then(|nm| self.def_of(nm));
                if let Some(o) = obj {
                    if results_in_memory {
                        self.addressed.insert(o);
                    }
                }
                let loc = match obj {
                    Some(o) => self.declare_var(o, None, field.pos),
                    None if results_in_memory => {
                        let pty = self.b.ptr_to(rty);
                        let l = self.new_local("~r", pty);
                        let cell = self.emit(pty, Inst::New, field.pos);
                        self.set_local(l, cell, field.pos);
                        VarLoc::Cell(l)
                    }
                    None => {
                        let l = self.new_local("~r", rty);
                        let z = self.zero(rty, field.pos);
                        self.set_local(l, z, field.pos);
                        VarLoc::Reg(l)
                    }
                };
                self.results.push(loc);
            }
        }
        if self.f.has_defer {
            let landing = self.new_block();
            let cur = self.cur;
            self.switch_to(landing);
            self.emit_return(self.end_pos);
            self.switch_to(cur);
            self.f.landing = Some(landing);
        }
        Ok(())
    }

    /// Emits a return of the current result variables.
    pub fn return_results(&mut self, pos: Pos) {
        let locs = self.results.clone();
        let vals: Vec<ValueId> = locs.iter().map(|l| self.read_var(*l, pos)).collect();
        self.terminate(Terminator::Return(vals));
    }

    /// Finishes the function: a missing final return is unreachable (the checker has
    /// proven that functions with results end in terminating statements).
    pub fn finish(mut self) -> ir::Func {
        if !self.terminated() {
            if self.f.results.is_empty() {
                let end = self.end_pos;
                self.emit_return(end);
            } else {
                self.terminate(Terminator::Unreachable);
            }
        }
        for blk in &mut self.f.blocks {
            if blk.term.is_none() {
                blk.term = Some(Terminator::Unreachable);
            }
        }
        self.f
    }
}

/// The package (index) a function object belongs to.
fn pkg_info<'a>(b: &Builder<'a>, obj: ObjId) -> Option<&'a Info> {
    let p = b.prog.objects[obj.0 as usize].pkg?;
    let pkgs: &'a [types::Package] = b.pkgs;
    Some(&pkgs[p.0 as usize].info)
}

/// Builds the body of a declared function or method.
pub fn build_decl(b: &mut Builder, fid: FuncId, obj: ObjId, targs: Vec<TypeId>) -> BResult<()> {
    let decl = match b.func_decl(obj) {
        Some(d) => d,
        None => return Ok(()),
    };
    let body = match &decl.body {
        Some(body) => body,
        None => return Ok(()),
    };
    let tparams = b.func_type_params(obj);
    if tparams.len() != targs.len() {
        return Err(BuildError {
            file: b.obj(obj).file,
            pos: decl.pos,
            msg: "rgo: internal: generic function without type arguments".into(),
        });
    }
    let info = pkg_info(b, obj).expect("function without package");
    let file = b.obj(obj).file.unwrap_or(FileId(0));
    let f = std::mem::replace(
        &mut b.out.funcs[fid.0 as usize],
        ir::Func::new(String::new(), vec![], vec![]),
    );
    let mut fb = FnBuilder::new(b, f, file, info);
    if !targs.is_empty() {
        fb.prepare_subst(tparams, targs);
    }
    fb.bind_params(decl.recv.as_ref(), &decl.ty, body)?;
    fb.block(body)?;
    let f = fb.finish();
    b.out.funcs[fid.0 as usize] = f;
    Ok(())
}

/// Builds a function literal as a separate IR function; returns the closure value.
pub fn build_closure(
    fb: &mut FnBuilder,
    e: &ast::Expr,
    ty: &ast::FuncType,
    body: &ast::Block,
) -> BResult<ValueId> {
    let fty = fb.type_of(e);
    let sig = fb.b.signature(fty);
    let n = {
        let c = fb.b.closure_count.entry(fb.f.name.clone()).or_insert(0);
        *c += 1;
        *c
    };
    let name = format!("{}.func{}", fb.f.name, n);
    let f = ir::Func::new(name, sig.params.clone(), sig.results.clone());
    let fid = fb.b.add_func(f.clone());

    // Captured variables: every memory-resident variable of the enclosing function that
    // the literal refers to. (Captured variables are always memory-resident: the escape
    // pass marks them.)
    let mut captured: Vec<ObjId> = Vec::new();
    collect_captures(fb, body, &mut captured);
    captured.retain(|o| matches!(fb.vars.get(o), Some(VarLoc::Cell(_))));

    // The closure object: { code, cell pointers... }.
    let mut field_tys = Vec::new();
    for o in &captured {
        if let Some(VarLoc::Cell(l)) = fb.vars.get(o) {
            field_tys.push(fb.f.locals[l.0 as usize].ty);
        }
    }
    let env_ty = fb.closure_env_type(&field_tys);

    // Build the body.
    let info = fb.info;
    let file = fb.file;
    let outer_vars = fb.vars.clone();
    let (subst, tmap, omap) = (fb.subst.clone(), fb.tmap.clone(), fb.omap.clone());
    let mut inner = FnBuilder::new(fb.b, f, file, info);
    inner.subst = subst;
    inner.tmap = tmap;
    inner.omap = omap;
    let env_ptr_ty = inner.b.ptr_to(env_ty);
    let ctx = inner.emit(env_ptr_ty, Inst::Ctx, e.pos);
    for (i, o) in captured.iter().enumerate() {
        if let Some(VarLoc::Cell(l)) = outer_vars.get(o) {
            // The cell's pointer type, as the enclosing function holds it.
            let cty = fb.f.locals[l.0 as usize].ty;
            let pty = inner.b.ptr_to(cty);
            let fa = inner.emit(
                pty,
                Inst::FieldAddr {
                    ptr: ctx,
                    index: i as u32 + 1,
                },
                e.pos,
            );
            let cell = inner.load(fa, e.pos);
            let nl = inner.new_local("~cap", cty);
            inner.set_local(nl, cell, e.pos);
            inner.vars.insert(*o, VarLoc::Cell(nl));
        }
    }
    inner.bind_params(None, ty, body)?;
    // Captured variables stay memory-resident inside the closure too.
    for o in &captured {
        inner.addressed.insert(*o);
    }
    inner.block(body)?;
    let built = inner.finish();
    fb.b.out.funcs[fid.0 as usize] = built;

    // Allocate and fill the closure object.
    let mut cells = Vec::new();
    for o in &captured {
        if let Some(VarLoc::Cell(l)) = fb.vars.get(o).copied() {
            cells.push(fb.get_local(l, e.pos));
        }
    }
    let obj = fb.make_closure(env_ty, fid, &cells, e.pos)?;
    Ok(fb.emit(fty, Inst::Retype(obj), e.pos))
}

/// Variables of enclosing scopes used inside a function literal or range-over-func body.
pub fn collect_captures(fb: &FnBuilder, body: &ast::Block, out: &mut Vec<ObjId>) {
    struct V<'x, 'b, 'a> {
        fb: &'x FnBuilder<'b, 'a>,
        out: &'x mut Vec<ObjId>,
    }
    impl V<'_, '_, '_> {
        fn ident(&mut self, id: &ast::Ident) {
            if let Some(o) = self.fb.use_of(id) {
                if self.fb.vars.contains_key(&o) && !self.out.contains(&o) {
                    self.out.push(o);
                }
            }
        }
    }
    let mut v = V { fb, out };
    crate::syntax::visit::walk_block(body, &mut |id: &ast::Ident| v.ident(id));
}

/// Builds the program entry `rgo_program_main`: initialises every package (variables in
/// dependency order, then `init` functions) in import order, then calls `main.main`.
pub fn build_entry(b: &mut Builder) -> BResult<FuncId> {
    let mut f = ir::Func::new("rgo_program_main".into(), vec![], vec![]);
    f.exported = true;
    let pkgs = b.pkgs;
    let fid = b.add_func(f.clone());
    let main_pkg = pkgs.iter().position(|p| p.path == "main");
    let mut body_fns = Vec::new();
    // Package initialisation: one function per package, `pkg.init` (not the user's init).
    for (pi, pkg) in pkgs.iter().enumerate() {
        let init_name = format!("{}..inittask", pkg.path);
        let mut initf = ir::Func::new(init_name, vec![], vec![]);
        initf.file = pkg.files.first().map(|(id, _)| *id);
        let init_id = b.add_func(initf.clone());
        let file = pkg.files.first().map(|(id, _)| *id).unwrap_or(FileId(0));
        let mut fb = FnBuilder::new(b, initf, file, &pkg.info);
        for ini in &pkg.info.init_order {
            fb.file = ini.file;
            let rhs = find_expr(&pkg.files, ini.file, ini.rhs);
            let rhs = match rhs {
                Some(e) => e,
                None => continue,
            };
            let lhs: Vec<Option<ObjId>> = ini.lhs.clone();
            if lhs.len() == 1 {
                let v = fb.expr(rhs)?;
                if let Some(o) = lhs[0] {
                    let oty = fb.obj_ty(o);
                    let v = fb.convert_for_assign(v, oty, rhs.pos)?;
                    let g = fb.b.global_for(o);
                    let pty = fb.b.ptr_to(oty);
                    let gp = fb.emit(pty, Inst::Global(g), rhs.pos);
                    fb.store(gp, v, rhs.pos);
                }
            } else {
                let vals = fb.expr_multi(rhs)?;
                for (i, o) in lhs.iter().enumerate() {
                    if let (Some(o), Some(v)) = (o, vals.get(i)) {
                        let oty = fb.obj_ty(*o);
                        let v = fb.convert_for_assign(*v, oty, rhs.pos)?;
                        let g = fb.b.global_for(*o);
                        let pty = fb.b.ptr_to(oty);
                        let gp = fb.emit(pty, Inst::Global(g), rhs.pos);
                        fb.store(gp, v, rhs.pos);
                    }
                }
            }
        }
        for init in &pkg.inits {
            let f = fb.b.func_for(*init);
            let t = fb.void();
            fb.emit(
                t,
                Inst::Call {
                    callee: ir::Callee::Direct(f),
                    args: vec![],
                },
                0,
            );
        }
        let built = fb.finish();
        b.out.funcs[init_id.0 as usize] = built;
        body_fns.push((pi, init_id));
    }
    let main_obj = match main_pkg.and_then(|i| pkgs[i].scope.get("main").copied()) {
        Some(m) => m,
        None => {
            return Err(BuildError {
                file: None,
                pos: 0,
                msg: "function main is undeclared in the main package".into(),
            })
        }
    };
    let main_fn = b.func_for(main_obj);
    let file = pkgs[main_pkg.unwrap_or(0)]
        .files
        .first()
        .map(|(id, _)| *id)
        .unwrap_or(FileId(0));
    let info = &pkgs[main_pkg.unwrap_or(0)].info;
    let mut fb = FnBuilder::new(b, f, file, info);
    let t = fb.void();
    for (_, init_id) in &body_fns {
        fb.emit(
            t,
            Inst::Call {
                callee: ir::Callee::Direct(*init_id),
                args: vec![],
            },
            0,
        );
    }
    fb.emit(
        t,
        Inst::Call {
            callee: ir::Callee::Direct(main_fn),
            args: vec![],
        },
        0,
    );
    let built = fb.finish();
    b.out.funcs[fid.0 as usize] = built;
    Ok(fid)
}

/// Finds an expression by NodeId in a package's file.
fn find_expr(files: &[(FileId, ast::File)], file: FileId, id: ast::NodeId) -> Option<&ast::Expr> {
    let (_, f) = files.iter().find(|(fid, _)| *fid == file)?;
    for d in &f.decls {
        if let ast::Decl::Var(specs) = d {
            for s in specs {
                for v in &s.values {
                    if v.id == id {
                        return Some(v);
                    }
                }
            }
        }
    }
    None
}

/// Whether a function body (not counting nested function literals) has a defer statement.
pub fn contains_defer(stmts: &[ast::Stmt]) -> bool {
    any_stmt(stmts, &mut |s| matches!(s.kind, ast::StmtKind::Defer(_)))
}

/// Whether a body (outside nested function literals) ranges over a function.
fn contains_range_func(stmts: &[ast::Stmt], info: &Info, b: &Builder) -> bool {
    any_stmt(stmts, &mut |s| match &s.kind {
        ast::StmtKind::Range { x, .. } => info
            .types
            .get(&x.id)
            .is_some_and(|tv| matches!(b.under(tv.ty), Type::Func(_))),
        _ => false,
    })
}

/// The labels declared in a body (outside nested function literals).
pub fn declared_labels(stmts: &[ast::Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    any_stmt(stmts, &mut |s| {
        if let ast::StmtKind::Labeled { label, .. } = &s.kind {
            out.insert(label.name.clone());
        }
        false
    });
    out
}
