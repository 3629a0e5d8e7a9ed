//! Package-level variable initialisation order (spec "Package initialization"):
//! dependencies are found through references in initialisers and, transitively, in the
//! bodies of referenced functions and methods.

use std::collections::HashSet;

use super::check::*;
use super::repr::*;
use crate::syntax::ast::{Decl, ExprKind};

impl<'p> Checker<'p> {
    /// The package-level variables `o` depends on (through functions, not through vars).
    fn var_deps(&self, o: ObjId) -> HashSet<ObjId> {
        let mut out = HashSet::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<ObjId> = self.deps.get(&o).cloned().unwrap_or_default();
        while let Some(d) = stack.pop() {
            if !seen.insert(d) {
                continue;
            }
            match self.prog.obj(d).kind {
                ObjKind::Var { global: true, .. } => {
                    out.insert(d);
                }
                ObjKind::Func { .. } => {
                    if let Some(ds) = self.deps.get(&d) {
                        stack.extend(ds.iter().copied());
                    }
                }
                _ => {}
            }
        }
        out
    }

    pub fn compute_init_order(&mut self) {
        let vars: Vec<ObjId> = self
            .pkg_objs
            .iter()
            .copied()
            .filter(|o| matches!(self.prog.obj(*o).kind, ObjKind::Var { global: true, .. }))
            .collect();
        let deps: Vec<HashSet<ObjId>> = vars.iter().map(|&v| self.var_deps(v)).collect();
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut emitted_specs: HashSet<(usize, usize, usize)> = HashSet::new();
        let files = self.files.clone();
        let mut order = vec![];
        while done.len() < vars.len() {
            let mut pick = None;
            for (i, &v) in vars.iter().enumerate() {
                if done.contains(&v) {
                    continue;
                }
                if deps[i]
                    .iter()
                    .all(|d| done.contains(d) || !vars.contains(d))
                {
                    pick = Some(i);
                    break;
                }
            }
            let i = match pick {
                Some(i) => i,
                None => {
                    // a cycle: report it once at the first remaining variable
                    let i = vars.iter().position(|v| !done.contains(v)).unwrap_or(0);
                    let (pos, name, file) = {
                        let o = self.prog.obj(vars[i]);
                        (o.pos, o.name.clone(), o.file)
                    };
                    let fi = files.iter().position(|f| Some(f.0) == file).unwrap_or(0);
                    let already = self
                        .errors
                        .iter()
                        .any(|e| e.msg.starts_with("initialization cycle"));
                    if !already {
                        let cf = self.cur_file;
                        self.cur_file = fi;
                        self.error(
                            pos,
                            format!("initialization cycle or invalid recursive reference: {name}"),
                        );
                        self.cur_file = cf;
                    }
                    i
                }
            };
            let v = vars[i];
            done.insert(v);
            let Some(DeclRef::Var { file, decl, spec }) = self.decls.get(&v).copied() else {
                continue;
            };
            let Decl::Var(specs) = &files[file].1.decls[decl] else {
                continue;
            };
            let s = &specs[spec];
            if s.values.is_empty() {
                continue;
            }
            let fid = files[file].0;
            let obj_of = |c: &Self, n: &crate::syntax::ast::Ident| -> Option<ObjId> {
                if n.name == "_" {
                    None
                } else {
                    c.info.defs.get(&n.id).copied()
                }
            };
            if s.values.len() == 1 && s.names.len() > 1 {
                if emitted_specs.insert((file, decl, spec)) {
                    for n in &s.names {
                        if let Some(o) = self.info.defs.get(&n.id) {
                            done.insert(*o);
                        }
                    }
                    let lhs = s.names.iter().map(|n| obj_of(self, n)).collect();
                    order.push(Initializer {
                        lhs,
                        file: fid,
                        rhs: s.values[0].id,
                    });
                }
                continue;
            }
            let idx = s
                .names
                .iter()
                .position(|n| self.info.defs.get(&n.id) == Some(&v));
            if let Some(idx) = idx {
                if let Some(val) = s.values.get(idx) {
                    let _ = matches!(val.kind, ExprKind::Ident(_));
                    order.push(Initializer {
                        lhs: vec![obj_of(self, &s.names[idx])],
                        file: fid,
                        rhs: val.id,
                    });
                }
            }
        }
        self.info.init_order = order;
    }
}
