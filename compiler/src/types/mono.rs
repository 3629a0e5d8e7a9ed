//! Instantiation cycles (gc's "instantiation cycle"): a generic function or type that
//! instantiates itself, directly or through others, with ever growing type arguments
//! (`func F[T any]() { F[[]T]() }`) cannot be monomorphised.
//!
//! As go/types does: every instantiation records, for each type parameter of this
//! package, the type parameters its type argument mentions (an edge of weight 0 when the
//! argument is that type parameter itself, 1 when it is a type built from it). A cycle
//! of positive weight is reported, found with a longest-path Bellman-Ford variant. The
//! receiver type parameters of methods are the same vertices as their type's.

use std::collections::HashMap;

use super::check::*;
use super::repr::*;
use crate::syntax::ast::{self, Expr};

#[derive(Default)]
pub(crate) struct MonoGraph {
    vertices: Vec<Vertex>,
    index: HashMap<TypeId, usize>,
    edges: Vec<Edge>,
    /// Receiver type parameter -> the type parameter of the receiver's type.
    canon: HashMap<TypeId, TypeId>,
}

struct Vertex {
    tparam: TypeId,
    weight: i64,
    pre: usize,
    len: usize,
}

struct Edge {
    dst: usize,
    src: usize,
    weight: i64,
    /// Where the instantiation is: (file index, position).
    at: (usize, ast::Pos),
    /// The type argument.
    targ: TypeId,
}

impl MonoGraph {
    fn vertex(&mut self, tp: TypeId) -> usize {
        let tp = self.canon.get(&tp).copied().unwrap_or(tp);
        if let Some(&v) = self.index.get(&tp) {
            return v;
        }
        self.vertices.push(Vertex {
            tparam: tp,
            weight: 0,
            pre: 0,
            len: 0,
        });
        self.index.insert(tp, self.vertices.len() - 1);
        self.vertices.len() - 1
    }
}

impl<'p> Checker<'p> {
    /// Receiver type parameters `func (l List[P]) ...` are the type's own (`List[T]`).
    pub fn mono_canon(&mut self, recv_tps: &[TypeId], type_tps: &[TypeId]) {
        for (&r, &t) in recv_tps.iter().zip(type_tps) {
            self.mono.canon.insert(r, t);
        }
    }

    /// Records the instantiation of `tps` with `targs`, at the type argument
    /// expressions `xlist` where written, else at `pos`.
    pub fn mono_record(&mut self, tps: &[TypeId], targs: &[TypeId], xlist: &[Expr], pos: ast::Pos) {
        for (i, (&tp, &targ)) in tps.iter().zip(targs).enumerate() {
            let pos = xlist.get(i).map(super::exprstr::start_pos).unwrap_or(pos);
            if !self.is_local_tparam(tp) {
                continue;
            }
            let mut found = vec![];
            self.mentioned_tparams(targ, &mut found, 0);
            for src in found {
                let weight = if src == targ { 0 } else { 1 };
                let (dst, src) = (self.mono.vertex(tp), self.mono.vertex(src));
                self.mono.edges.push(Edge {
                    dst,
                    src,
                    weight,
                    at: (self.cur_file, pos),
                    targ,
                });
            }
        }
    }

    /// A type parameter declared in this package.
    fn is_local_tparam(&self, t: TypeId) -> bool {
        match self.tt().get(t) {
            Type::TypeParam(i) => {
                let o = self.tt().type_params[*i as usize].obj;
                self.prog.obj(o).pkg == Some(self.pkg)
            }
            _ => false,
        }
    }

    /// The type parameters of this package that `t` mentions.
    fn mentioned_tparams(&self, t: TypeId, out: &mut Vec<TypeId>, d: u32) {
        if d > 32 {
            return;
        }
        let mut m = |x: TypeId| self.mentioned_tparams(x, out, d + 1);
        match self.tt().get(t) {
            Type::TypeParam(_) => {
                if self.is_local_tparam(t) && !out.contains(&t) {
                    out.push(t);
                }
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => m(*e),
            Type::Map(k, v) => {
                m(*k);
                m(*v);
            }
            Type::Func(s) => s.params.iter().chain(&s.results).for_each(|&x| m(x)),
            Type::Tuple(ts) => ts.iter().for_each(|&x| m(x)),
            Type::Struct(fs) => fs.iter().for_each(|f| m(f.ty)),
            Type::Interface(it) => {
                it.methods.iter().for_each(|x| m(x.sig));
                it.unions.iter().flatten().for_each(|&(_, x)| m(x));
            }
            Type::Named(n) => {
                if let Some((_, args)) = &self.tt().named[n.0 as usize].origin {
                    args.iter().for_each(|&x| m(x));
                }
            }
            Type::Basic(_) => {}
        }
    }

    /// Reports the first instantiation cycle (as gc, only one).
    pub fn check_instantiation_cycles(&mut self) {
        let n = self.mono.vertices.len();
        let mut again = true;
        while again {
            again = false;
            for i in 0..self.mono.edges.len() {
                let (src, dst, w) = {
                    let e = &self.mono.edges[i];
                    (e.src, e.dst, e.weight)
                };
                let w = self.mono.vertices[src].weight + w;
                if w <= self.mono.vertices[dst].weight {
                    continue;
                }
                let len = self.mono.vertices[src].len + 1;
                let dv = &mut self.mono.vertices[dst];
                dv.pre = i;
                dv.len = len;
                if len == n {
                    self.report_instance_loop(dst);
                    return;
                }
                dv.weight = w;
                again = true;
            }
        }
    }

    fn report_instance_loop(&mut self, mut v: usize) {
        let mut stack = vec![];
        let mut seen = vec![false; self.mono.vertices.len()];
        while !seen[v] {
            stack.push(v);
            seen[v] = true;
            v = self.mono.edges[self.mono.vertices[v].pre].src;
        }
        let start = stack.iter().position(|&x| x == v).unwrap_or(0);
        let stack = &stack[start..];
        let name_of = |c: &Self, tp: TypeId| -> (String, ast::Pos, Option<FileId>) {
            match c.tt().get(tp) {
                Type::TypeParam(i) => {
                    let o = c.prog.obj(c.tt().type_params[*i as usize].obj);
                    (o.name.clone(), o.pos, o.file)
                }
                _ => (String::new(), 0, None),
            }
        };
        let (_, pos0, file0) = name_of(self, self.mono.vertices[v].tparam);
        let mut msg = String::from("instantiation cycle:");
        for &x in stack {
            let e = &self.mono.edges[self.mono.vertices[x].pre];
            let (name, _, _) = name_of(self, self.mono.vertices[e.dst].tparam);
            let file = self.files.get(e.at.0).map(|f| f.0);
            let at = self.pos_string(file, e.at.1);
            let ts = self.tstr(e.targ);
            msg.push_str(&format!("\n\t{at}: {name} instantiated as {ts}"));
        }
        let cf = self.cur_file;
        self.cur_file = self
            .files
            .iter()
            .position(|f| Some(f.0) == file0)
            .unwrap_or(0);
        self.error(pos0, msg);
        self.cur_file = cf;
    }
}
