//! Method sets of the types that get run-time descriptors, with their interface-call
//! entry points (`ifn`): code called with an interface's data word as receiver. Promoted
//! methods of embedded fields and value methods called through pointers get small
//! wrapper functions.

use std::collections::{HashMap, HashSet};

use crate::ssa::ir::{self, Callee, FuncId, Inst, MethodEntry, Terminator};
use crate::types::{ObjId, ObjKind, Type, TypeId};

use super::func::FnBuilder;
use super::{BResult, Builder};

/// A method reachable from a type: the path of embedded fields to the receiver.
#[derive(Clone, Debug)]
struct Found {
    name: String,
    obj: ObjId,
    path: Vec<usize>,
    /// Some embedded field on the path is a pointer (or the method is on an embedded
    /// interface).
    through_ptr: bool,
    /// The method belongs to an embedded interface field.
    iface: bool,
    /// The type declaring the method (an instance of a generic type gives the type
    /// arguments of the method).
    owner: TypeId,
}

impl Builder<'_> {
    fn named_methods(&self, t: TypeId) -> Vec<ObjId> {
        match self.ty(t) {
            Type::Named(n) => self.prog.types.named[n.0 as usize].methods.clone(),
            _ => vec![],
        }
    }

    /// All methods reachable from `t` (a named or struct type, not a pointer), shallowest
    /// depth first; ambiguous names at the same depth are dropped.
    fn collect_methods(&self, t: TypeId) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut seen_names: HashSet<String> = HashSet::new();
        // (type, path, through_ptr)
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(t, vec![], false)];
        let mut visited: HashSet<TypeId> = HashSet::new();
        for _depth in 0..8 {
            if level.is_empty() {
                break;
            }
            let mut found_here: HashMap<String, Vec<Found>> = HashMap::new();
            let mut next = Vec::new();
            for (ty, path, ptr) in &level {
                if !visited.insert(*ty) {
                    continue;
                }
                for m in self.named_methods(*ty) {
                    let name = self.obj(m).name.clone();
                    found_here.entry(name.clone()).or_default().push(Found {
                        name,
                        obj: m,
                        path: path.clone(),
                        through_ptr: *ptr,
                        iface: false,
                        owner: *ty,
                    });
                }
                match self.under(*ty) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if !f.embedded {
                                continue;
                            }
                            let mut p = path.clone();
                            p.push(i);
                            match self.under(f.ty) {
                                Type::Pointer(inner) => next.push((inner, p, true)),
                                _ => next.push((f.ty, p, *ptr)),
                            }
                        }
                    }
                    Type::Interface(it) if !path.is_empty() => {
                        for m in &it.methods {
                            found_here.entry(m.name.clone()).or_default().push(Found {
                                name: m.name.clone(),
                                obj: ObjId(u32::MAX),
                                path: path.clone(),
                                through_ptr: true,
                                iface: true,
                                owner: *ty,
                            });
                        }
                    }
                    _ => {}
                }
            }
            let mut names: Vec<String> = found_here.keys().cloned().collect();
            names.sort();
            for n in names {
                if seen_names.contains(&n) {
                    continue;
                }
                seen_names.insert(n.clone());
                let v = &found_here[&n];
                if v.len() == 1 {
                    out.push(v[0].clone());
                }
            }
            level = next;
        }
        out
    }

    /// Finds method `name` of a (non-interface) type: (method object, embedded-field path,
    /// whether a pointer was followed).
    pub fn find_method(&self, t: TypeId, name: &str) -> Option<(ObjId, Vec<usize>, bool)> {
        self.collect_methods(t)
            .into_iter()
            .find(|f| f.name == name && !f.iface)
            .map(|f| (f.obj, f.path, f.through_ptr))
    }

    fn ptr_recv(&self, m: ObjId) -> bool {
        matches!(&self.obj(m).kind, ObjKind::Func { recv: Some(r), .. } if matches!(self.ty(*r), Type::Pointer(_)))
    }
}

/// Builds method tables for every type whose descriptor the program references, until no
/// new types appear.
pub fn build_method_tables(b: &mut Builder) -> BResult<()> {
    let mut done: HashSet<TypeId> = HashSet::new();
    let mut scanned_funcs = 0usize;
    let mut work: Vec<TypeId> = b.out.extra_types.clone();
    loop {
        // Types referenced by code built so far.
        while scanned_funcs < b.out.funcs.len() {
            for v in &b.out.funcs[scanned_funcs].values {
                match &v.inst {
                    Inst::TypeDesc(t) => work.push(*t),
                    Inst::Itab(_, t) => work.push(*t),
                    _ => {}
                }
            }
            scanned_funcs += 1;
        }
        let t = match work.pop() {
            Some(t) => t,
            None => break,
        };
        if !done.insert(t) {
            continue;
        }
        // Descriptors reference element, key and field types: follow them.
        match b.under(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                work.push(e)
            }
            Type::Map(k, v) => {
                work.push(k);
                work.push(v);
            }
            Type::Struct(fs) => work.extend(fs.iter().map(|f| f.ty)),
            _ => {}
        }
        if let Type::Named(_) = b.ty(t) {
            let p = b.ptr_to(t);
            work.push(p);
        }
        let table = method_table(b, t)?;
        if !table.is_empty() {
            b.out.method_tables.insert(t, table);
        }
    }
    Ok(())
}

fn method_table(b: &mut Builder, t: TypeId) -> BResult<Vec<MethodEntry>> {
    let (base, is_ptr) = match b.ty(t) {
        Type::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    if !matches!(b.ty(base), Type::Named(_)) && !matches!(b.under(base), Type::Struct(_)) {
        return Ok(vec![]);
    }
    if is_ptr && !matches!(b.ty(base), Type::Named(_)) {
        return Ok(vec![]);
    }
    if matches!(b.under(base), Type::Interface(_)) {
        return Ok(vec![]);
    }
    let found = b.collect_methods(base);
    let mut out = Vec::new();
    for f in found {
        // Value method sets exclude pointer-receiver methods not reached through a
        // pointer.
        if !is_ptr && !f.iface && b.ptr_recv(f.obj) && !f.through_ptr {
            continue;
        }
        // Generic methods (own type parameters) are not in method sets.
        if !f.iface && !b.prog.own_type_params(f.obj).is_empty() {
            continue;
        }
        let (sig, pkg) = if f.iface {
            match iface_method_sig(b, base, &f) {
                Some(s) => s,
                None => continue,
            }
        } else {
            let pkg = if f.name.starts_with(|c: char| c.is_uppercase()) {
                String::new()
            } else {
                b.pkg_path(f.obj)
            };
            let targs = b.instance_args(f.owner);
            let oty = b.obj(f.obj).ty;
            (b.subst_for(f.obj, &targs, oty), pkg)
        };
        let ifn = ifn_for(b, t, &f)?;
        out.push(MethodEntry {
            name: f.name.clone(),
            pkg_path: pkg,
            sig,
            ifn,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

fn iface_method_sig(b: &Builder, base: TypeId, f: &Found) -> Option<(TypeId, String)> {
    let mut t = base;
    for &i in &f.path {
        let fs = match b.under(t) {
            Type::Struct(fs) => fs,
            _ => return None,
        };
        t = fs.get(i)?.ty;
        if let Type::Pointer(e) = b.under(t) {
            t = e;
        }
    }
    match b.under(t) {
        Type::Interface(it) => it.methods.iter().find(|m| m.name == f.name).map(|m| {
            (
                m.sig,
                m.pkg
                    .map(|p| b.pkgs[p.0 as usize].path.clone())
                    .unwrap_or_default(),
            )
        }),
        _ => None,
    }
}

/// The function an itab calls for method `f` of type `t`.
fn ifn_for(b: &mut Builder, t: TypeId, f: &Found) -> BResult<FuncId> {
    let is_ptr = matches!(b.ty(t), Type::Pointer(_));
    let targs = if f.iface {
        Vec::new()
    } else {
        b.instance_args(f.owner)
    };
    if !f.iface && f.path.is_empty() && is_ptr && b.ptr_recv(f.obj) {
        return Ok(b.func_for_inst(f.obj, targs));
    }
    let direct = matches!(
        b.under(t),
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_)
    );
    if !f.iface && f.path.is_empty() && direct && !is_ptr {
        return Ok(b.func_for_inst(f.obj, targs));
    }
    let key = format!("ifn:{}:{}", t.0, f.name);
    if let Some(id) = b.wrappers.get(&key) {
        return Ok(*id);
    }
    // Wrapper: (recv word, args...) -> method(receiver, args...).
    let (sig_ty, mname) = if f.iface {
        let base = match b.ty(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        (
            iface_method_sig(b, base, f).map(|s| s.0).unwrap_or(t),
            f.name.clone(),
        )
    } else {
        let oty = b.obj(f.obj).ty;
        (b.subst_for(f.obj, &targs, oty), f.name.clone())
    };
    let sig = b.signature(sig_ty);
    let u = b.basic(crate::types::BasicKind::UnsafePointer);
    let mut params = vec![u];
    params.extend(sig.params.iter().copied());
    let name = format!("{}·ifn·{}", type_label(b, t), mname);
    let wf = ir::Func::new(name, params, sig.results.clone());
    let wid = b.add_func(wf.clone());
    b.wrappers.insert(key, wid);
    let pkgs = b.pkgs;
    let pkg = pkgs.first();
    let (file, info) = match pkg {
        Some(p) => (
            p.files
                .first()
                .map(|(id, _)| *id)
                .unwrap_or(crate::types::FileId(0)),
            &p.info,
        ),
        None => return Ok(wid),
    };
    let mut w = FnBuilder::new(b, wf, file, info);
    let recv_word = w.emit(u, Inst::Param(0), 0);
    // The receiver's base pointer: *S for pointer types, the boxed value otherwise.
    let base_t = match w.b.ty(t) {
        Type::Pointer(e) => *e,
        _ => t,
    };
    let pt = w.b.ptr_to(base_t);
    let mut cur = w.emit(pt, Inst::Retype(recv_word), 0);
    for &i in &f.path {
        w.emit_nil_check(cur, 0);
        let fa = w.field_addr(cur, i as u32, 0)?;
        let ft = match w.b.under(w.vty(fa)) {
            Type::Pointer(x) => x,
            _ => unreachable!(),
        };
        cur = if matches!(w.b.under(ft), Type::Pointer(_)) {
            w.load(fa, 0)
        } else {
            fa
        };
    }
    let mut args = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        args.push(w.emit(*p, Inst::Param(i as u32 + 1), 0));
    }
    let res = if f.iface {
        w.emit_nil_check(cur, 0);
        let iv = w.load(cur, 0);
        w.iface_call(iv, &mname, args, &sig, 0)?
    } else {
        let recv_t = match &w.b.obj(f.obj).kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => unreachable!(),
        };
        let recv_t = w.b.subst_for(f.obj, &targs, recv_t);
        let recv = if matches!(w.b.ty(recv_t), Type::Pointer(_)) {
            w.emit(recv_t, Inst::Retype(cur), 0)
        } else {
            w.emit_nil_check(cur, 0);
            let v = w.load(cur, 0);
            w.emit(recv_t, Inst::Retype(v), 0)
        };
        let fid = w.b.func_for_inst(f.obj, targs.clone());
        let mut argv = vec![recv];
        argv.extend(args);
        w.emit_call(Callee::Direct(fid), argv, &sig.results, 0)
    };
    w.terminate(Terminator::Return(res));
    let built = w.finish();
    b.out.funcs[wid.0 as usize] = built;
    Ok(wid)
}

fn type_label(b: &Builder, t: TypeId) -> String {
    b.type_label(t)
}
