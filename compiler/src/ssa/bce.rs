//! Bounds- and nil-check elimination on the SSA IR.
//!
//! Runs after inlining (`RGO_NOBCE=1` turns it off, a measurement knob). A `BoundsCheck`
//! or `NilCheck` is removed when facts that hold wherever it executes prove it passes:
//!
//! * **Value numbering.** Values get numbers such that equal numbers mean equal values:
//!   reads of a Go local (`GetLocal`) are followed to the value set last (an SSA
//!   construction over the locals, in the manner of Braun et al., with phis where
//!   definitions merge; a phi whose inputs are all one value is that value), `Retype`s
//!   are transparent, and constants, slice/string parts and additions/subtractions are
//!   hashed by their operands.
//! * **Facts.** A block entered only through one branch edge knows the branch's signed
//!   integer comparison (`i < len(s)` in a loop body), and every check that executed
//!   knows it passed (`0 <= i < len`, `p != nil`). A block sees the facts of the blocks
//!   dominating it.
//! * **Proofs.** `0 <= i < n` follows from a fact, from constants, from `x - c` of a
//!   non-negative `x <= n`, and by induction for loop phis (`i` is non-negative when it
//!   starts non-negative and only grows by 1 while it is below something; `j < n` when
//!   every input is below a loop-invariant `n`). Lengths and capacities are
//!   non-negative; fresh allocations are not nil.
//!
//! So `for i := 0; i < len(s); i++ { s[i] }`, `for i := range s { s[i] }`, repeated
//! `s[i]` and repeated field accesses through one pointer lose their checks.

use std::collections::HashMap;

use num_traits::ToPrimitive;

use crate::codegen::layout::underlying;
use crate::ssa::cfg;
use crate::ssa::ir::{
    BinOp, BlockId, BoundsKind, Func, Inst, LocalId, Program, Terminator, UnOp, ValueId,
};
use crate::types::{BasicKind, ConstValue, Type, TypeTable};

/// Bounds recursion in proofs and in following locals through blocks.
const MAX_PROOF_DEPTH: u32 = 8;
const MAX_LOCAL_DEPTH: u32 = 400;

/// Removes the provably passing checks of every function.
pub fn run(prog: &mut Program, tt: &TypeTable) {
    for f in &mut prog.funcs {
        if f.has_body && !f.blocks.is_empty() {
            eliminate(f, tt);
        }
    }
}

fn eliminate(f: &mut Func, tt: &TypeTable) {
    let has_checks = f.blocks.iter().flat_map(|b| &b.insts).any(|v| {
        matches!(
            f.value(*v).inst,
            Inst::BoundsCheck { .. } | Inst::NilCheck(_)
        )
    });
    // The landing pad is entered by unwinding from any call, an edge the CFG does not
    // show: it must be a leaf (it returns), so that no other block is reached that way.
    let landing_is_leaf = f
        .landing
        .is_none_or(|l| matches!(f.blocks[l.0 as usize].term, Some(Terminator::Return(_))));
    if !has_checks || !landing_is_leaf {
        return;
    }
    let preds = cfg::predecessors(f);
    // Reads at the entry block are the initial values only if nothing jumps back there.
    if !preds[0].is_empty() {
        return;
    }
    let idom = cfg::immediate_dominators(f, &preds);
    let locals = LocalSsa::build(f, &preds);
    let mut p = Prover::new(f, tt, &preds, idom, locals);
    let removed = p.removable_checks();
    for b in &mut f.blocks {
        b.insts.retain(|v| !removed.contains(v));
    }
}

// ---- the value of a local at a point ---------------------------------------------

/// What a read of a local yields: the value of a `SetLocal`, the initial zero, or a
/// merge of several (a phi at the start of a block).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum LocalVal {
    Def(ValueId),
    Entry(LocalId),
    Phi(u32),
}

struct Phi {
    block: BlockId,
    /// Incoming values by predecessor (empty for an unknown value).
    inputs: Vec<(BlockId, LocalVal)>,
    /// Set when every input is one value (or the phi itself).
    same_as: Option<LocalVal>,
}

/// SSA construction over a function's locals (reads only; the IR keeps its locals).
struct LocalSsa {
    /// For each `GetLocal` preceded by a `SetLocal` of its local in its block: that
    /// value.
    in_block: HashMap<ValueId, ValueId>,
    /// The value of each local set in a block, at the block's end.
    exit_defs: Vec<HashMap<LocalId, ValueId>>,
    /// The value of a local at the start of a block.
    at_entry: HashMap<(BlockId, LocalId), LocalVal>,
    phis: Vec<Phi>,
}

impl LocalSsa {
    fn build(f: &Func, preds: &[Vec<BlockId>]) -> LocalSsa {
        let mut s = LocalSsa {
            in_block: HashMap::new(),
            exit_defs: vec![HashMap::new(); f.blocks.len()],
            at_entry: HashMap::new(),
            phis: Vec::new(),
        };
        let mut reads = Vec::new();
        for (bi, b) in f.blocks.iter().enumerate() {
            let mut cur: HashMap<LocalId, ValueId> = HashMap::new();
            for &v in &b.insts {
                match f.value(v).inst {
                    Inst::SetLocal(l, x) => {
                        cur.insert(l, x);
                    }
                    Inst::GetLocal(l) => match cur.get(&l) {
                        Some(x) => {
                            s.in_block.insert(v, *x);
                        }
                        None => reads.push((BlockId(bi as u32), l)),
                    },
                    _ => {}
                }
            }
            s.exit_defs[bi] = cur;
        }
        for (b, l) in reads {
            s.read_entry(preds, b, l, 0);
        }
        s.remove_trivial_phis();
        s
    }

    fn new_phi(&mut self, block: BlockId) -> LocalVal {
        self.phis.push(Phi {
            block,
            inputs: Vec::new(),
            same_as: None,
        });
        LocalVal::Phi(self.phis.len() as u32 - 1)
    }

    fn read_entry(
        &mut self,
        preds: &[Vec<BlockId>],
        b: BlockId,
        l: LocalId,
        depth: u32,
    ) -> LocalVal {
        if let Some(v) = self.at_entry.get(&(b, l)) {
            return *v;
        }
        let ps = &preds[b.0 as usize];
        let v = if b.0 == 0 {
            LocalVal::Entry(l)
        } else if ps.is_empty() || depth > MAX_LOCAL_DEPTH {
            // Unreachable, or too far to follow: an unknown value.
            self.new_phi(b)
        } else if ps.len() == 1 {
            let p = ps[0];
            self.read_exit(preds, p, l, depth + 1)
        } else {
            let phi = self.new_phi(b);
            self.at_entry.insert((b, l), phi);
            let mut inputs = Vec::with_capacity(ps.len());
            for p in preds[b.0 as usize].clone() {
                inputs.push((p, self.read_exit(preds, p, l, depth + 1)));
            }
            if let LocalVal::Phi(i) = phi {
                self.phis[i as usize].inputs = inputs;
            }
            phi
        };
        self.at_entry.insert((b, l), v);
        v
    }

    fn read_exit(
        &mut self,
        preds: &[Vec<BlockId>],
        b: BlockId,
        l: LocalId,
        depth: u32,
    ) -> LocalVal {
        match self.exit_defs[b.0 as usize].get(&l) {
            Some(x) => LocalVal::Def(*x),
            None => self.read_entry(preds, b, l, depth),
        }
    }

    /// A phi all of whose inputs are one value (or the phi itself) is that value;
    /// repeated until nothing changes, as removing one can make others trivial.
    fn remove_trivial_phis(&mut self) {
        loop {
            let mut changed = false;
            for i in 0..self.phis.len() {
                if self.phis[i].same_as.is_some() || self.phis[i].inputs.is_empty() {
                    continue;
                }
                let me = LocalVal::Phi(i as u32);
                let mut only: Option<LocalVal> = None;
                let mut trivial = true;
                for k in 0..self.phis[i].inputs.len() {
                    let x = self.resolve(self.phis[i].inputs[k].1);
                    if x == me {
                        continue;
                    }
                    match only {
                        None => only = Some(x),
                        Some(o) if o == x => {}
                        Some(_) => {
                            trivial = false;
                            break;
                        }
                    }
                }
                if let (true, Some(o)) = (trivial, only) {
                    self.phis[i].same_as = Some(o);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn resolve(&self, mut v: LocalVal) -> LocalVal {
        for _ in 0..self.phis.len() + 1 {
            match v {
                LocalVal::Phi(i) => match self.phis[i as usize].same_as {
                    Some(x) => v = x,
                    None => return v,
                },
                _ => return v,
            }
        }
        v
    }
}

// ---- value numbers ----------------------------------------------------------------

type Vn = u32;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Key {
    /// The result of one instruction (nothing known about it).
    Opaque(ValueId),
    /// A local's initial value or a phi (after trivial phis are resolved).
    Local(LocalVal),
    Int(i64),
    /// Part `index` of a value; `len` for the length or capacity of a slice or string.
    Part {
        val: Vn,
        index: u32,
        len: bool,
    },
    Add(Vn, Vn),
    Sub(Vn, Vn),
}

#[derive(Clone, Copy, Debug)]
enum Fact {
    /// `a < b` (or `a <= b`) as signed integers.
    Less {
        a: Vn,
        b: Vn,
        strict: bool,
    },
    NonNeg(Vn),
    NonNil(Vn),
}

/// A proof goal, for induction over loop phis.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Goal {
    NonNeg(Vn),
    Less { a: Vn, b: Vn, strict: bool },
}

struct Prover<'a> {
    f: &'a Func,
    tt: &'a TypeTable,
    preds: &'a [Vec<BlockId>],
    idom: Vec<Option<BlockId>>,
    /// Strongly connected component of each block (loops).
    scc: Vec<u32>,
    locals: LocalSsa,
    block_of: HashMap<ValueId, BlockId>,
    keys: Vec<Key>,
    index: HashMap<Key, Vn>,
    value_vn: HashMap<ValueId, Vn>,
    /// Facts from the branch edge entering each block.
    edge_facts: Vec<Vec<Fact>>,
    /// Facts from the checks of each block (they hold at its end).
    check_facts: Vec<Vec<Fact>>,
    /// Goals being proved (assumed, for induction).
    assumed: Vec<Goal>,
}

impl<'a> Prover<'a> {
    fn new(
        f: &'a Func,
        tt: &'a TypeTable,
        preds: &'a [Vec<BlockId>],
        idom: Vec<Option<BlockId>>,
        locals: LocalSsa,
    ) -> Self {
        let succ: Vec<Vec<u32>> = (0..f.blocks.len() as u32)
            .map(|b| cfg::successors(f, BlockId(b)).iter().map(|s| s.0).collect())
            .collect();
        let mut scc = vec![0; f.blocks.len()];
        for (i, c) in cfg::components(&succ).iter().enumerate() {
            for b in c {
                scc[*b as usize] = i as u32;
            }
        }
        let mut block_of = HashMap::new();
        for (bi, b) in f.blocks.iter().enumerate() {
            for v in &b.insts {
                block_of.insert(*v, BlockId(bi as u32));
            }
        }
        let n = f.blocks.len();
        let mut p = Prover {
            f,
            tt,
            preds,
            idom,
            scc,
            locals,
            block_of,
            keys: Vec::new(),
            index: HashMap::new(),
            value_vn: HashMap::new(),
            edge_facts: vec![Vec::new(); n],
            check_facts: vec![Vec::new(); n],
            assumed: Vec::new(),
        };
        for b in 0..n {
            let facts = p.entering_facts(BlockId(b as u32));
            p.edge_facts[b] = facts;
            let mut checks = Vec::new();
            for &v in &f.blocks[b].insts {
                p.check_facts_of(v, &mut checks);
            }
            p.check_facts[b] = checks;
        }
        // Second pass (it reads the facts of other blocks): conditions merged by `&&`
        // and `||`.
        for b in 0..n {
            let facts = p.short_circuit_facts(BlockId(b as u32));
            p.edge_facts[b].extend(facts);
        }
        p
    }

    fn vn_key(&mut self, k: Key) -> Vn {
        if let Some(v) = self.index.get(&k) {
            return *v;
        }
        let v = self.keys.len() as Vn;
        self.keys.push(k);
        self.index.insert(k, v);
        v
    }

    fn key(&self, v: Vn) -> Key {
        self.keys[v as usize]
    }

    fn vn(&mut self, v: ValueId) -> Vn {
        self.vn_depth(v, 0)
    }

    fn vn_depth(&mut self, v: ValueId, depth: u32) -> Vn {
        if let Some(n) = self.value_vn.get(&v) {
            return *n;
        }
        let n = if depth > MAX_LOCAL_DEPTH {
            self.vn_key(Key::Opaque(v))
        } else {
            self.number(v, depth + 1)
        };
        self.value_vn.insert(v, n);
        n
    }

    fn number(&mut self, v: ValueId, depth: u32) -> Vn {
        let vd = self.f.value(v);
        match &vd.inst {
            Inst::GetLocal(l) => {
                if let Some(x) = self.locals.in_block.get(&v).copied() {
                    return self.vn_depth(x, depth);
                }
                let b = match self.block_of.get(&v) {
                    Some(b) => *b,
                    None => return self.vn_key(Key::Opaque(v)),
                };
                match self.locals.at_entry.get(&(b, *l)).copied() {
                    Some(lv) => self.local_vn(lv, depth),
                    None => self.vn_key(Key::Opaque(v)),
                }
            }
            Inst::Retype(x) => self.vn_depth(*x, depth),
            Inst::Const(ConstValue::Int(i)) if self.is_int(vd.ty) => match i.to_i64() {
                Some(i) => self.vn_key(Key::Int(i)),
                None => self.vn_key(Key::Opaque(v)),
            },
            Inst::Part { val, index } => {
                let len = *index > 0 && self.is_slice_or_string(self.f.value(*val).ty);
                let val = self.vn_depth(*val, depth);
                self.vn_key(Key::Part {
                    val,
                    index: *index,
                    len,
                })
            }
            Inst::Bin(op @ (BinOp::Add | BinOp::Sub), a, b) if self.is_int(vd.ty) => {
                let (a, b) = (self.vn_depth(*a, depth), self.vn_depth(*b, depth));
                self.vn_key(if *op == BinOp::Add {
                    Key::Add(a, b)
                } else {
                    Key::Sub(a, b)
                })
            }
            _ => self.vn_key(Key::Opaque(v)),
        }
    }

    fn local_vn(&mut self, lv: LocalVal, depth: u32) -> Vn {
        match self.locals.resolve(lv) {
            LocalVal::Def(x) => self.vn_depth(x, depth),
            other => self.vn_key(Key::Local(other)),
        }
    }

    fn is_slice_or_string(&self, t: crate::types::TypeId) -> bool {
        matches!(
            underlying(self.tt, t),
            Type::Slice(_) | Type::Basic(BasicKind::String | BasicKind::UntypedString)
        )
    }

    fn is_int(&self, t: crate::types::TypeId) -> bool {
        self.tt.is_integer(t)
    }

    fn is_signed_int(&self, t: crate::types::TypeId) -> bool {
        self.tt.is_integer(t) && !self.tt.is_unsigned(t)
    }

    // ---- facts ------------------------------------------------------------------------

    /// When `b` is entered only through one edge of a two-way branch: the branching
    /// block, the condition and the value it has on that edge.
    fn entering_branch(&self, b: BlockId) -> Option<(BlockId, ValueId, bool)> {
        let [p] = self.preds[b.0 as usize][..] else {
            return None;
        };
        match &self.f.blocks[p.0 as usize].term {
            Some(Terminator::Branch { cond, then, els }) if then != els => {
                Some((p, *cond, *then == b))
            }
            _ => None,
        }
    }

    /// Facts of the branch edge that is the only way into `b`.
    fn entering_facts(&mut self, b: BlockId) -> Vec<Fact> {
        let mut out = Vec::new();
        if let Some((_, cond, truth)) = self.entering_branch(b) {
            self.cond_facts(cond, truth, &mut out, 0);
        }
        out
    }

    /// Facts entering `b` through a branch on a boolean local merged from several
    /// blocks (`x && y` and `x || y` set a local on each path): when only one incoming
    /// path can give the branch's value (the others carry a condition just branched
    /// on the other way), that path's facts and its value's hold.
    fn short_circuit_facts(&mut self, b: BlockId) -> Vec<Fact> {
        let Some((p, cond, truth)) = self.entering_branch(b) else {
            return Vec::new();
        };
        let cond = self.vn(cond);
        let Key::Local(LocalVal::Phi(phi)) = self.key(cond) else {
            return Vec::new();
        };
        if self.locals.phis[phi as usize].block != p {
            return Vec::new();
        }
        let mut feasible = Vec::new();
        for (q, lv) in self.locals.phis[phi as usize].inputs.clone() {
            let x = self.locals.resolve(lv);
            if let LocalVal::Def(c) = x {
                if let Inst::Const(ConstValue::Bool(k)) = self.f.value(c).inst {
                    if k != truth {
                        continue;
                    }
                }
                if let Some(Terminator::Branch {
                    cond: qc,
                    then: qt,
                    els: qe,
                }) = &self.f.blocks[q.0 as usize].term
                {
                    // q reaches p only when c is (qt == p).
                    if *qc == c && qt != qe && (*qt == p) != truth {
                        continue;
                    }
                }
            }
            feasible.push((q, x));
        }
        let [(q, x)] = feasible[..] else {
            return Vec::new();
        };
        if q.0 != 0 && self.idom[q.0 as usize].is_none() {
            return Vec::new();
        }
        let mut out = self.facts_at_exit(q);
        if let LocalVal::Def(c) = x {
            self.cond_facts(c, truth, &mut out, 0);
        }
        out
    }

    /// Facts that hold when `cond` is `truth`.
    fn cond_facts(&mut self, cond: ValueId, truth: bool, out: &mut Vec<Fact>, depth: u32) {
        if depth > MAX_PROOF_DEPTH {
            return;
        }
        match self.f.value(cond).inst {
            Inst::Un(UnOp::Not, c) => self.cond_facts(c, !truth, out, depth + 1),
            Inst::Bin(op, x, y) if self.is_signed_int(self.f.value(x).ty) => {
                let (a, b) = (self.vn(x), self.vn(y));
                // x op y, or its negation, as `lo < hi` / `lo <= hi`.
                let fact = match (op, truth) {
                    (BinOp::Lt, true) | (BinOp::Ge, false) => Some((a, b, true)),
                    (BinOp::Le, true) | (BinOp::Gt, false) => Some((a, b, false)),
                    (BinOp::Gt, true) | (BinOp::Le, false) => Some((b, a, true)),
                    (BinOp::Ge, true) | (BinOp::Lt, false) => Some((b, a, false)),
                    _ => None,
                };
                if let Some((a, b, strict)) = fact {
                    out.push(Fact::Less { a, b, strict });
                }
            }
            _ => {}
        }
    }

    /// Facts known after instruction `v` executed.
    fn check_facts_of(&mut self, v: ValueId, out: &mut Vec<Fact>) {
        match self.f.value(v).inst {
            Inst::BoundsCheck { index, len, kind } => {
                let (i, n) = (self.vn(index), self.vn(len));
                // Index: i < len; slicing: i <= len. Both compare unsigned: i >= 0.
                out.push(Fact::Less {
                    a: i,
                    b: n,
                    strict: kind == BoundsKind::Index,
                });
                out.push(Fact::NonNeg(i));
            }
            Inst::NilCheck(p) => {
                let p = self.vn(p);
                out.push(Fact::NonNil(p));
            }
            _ => {}
        }
    }

    /// Facts holding at the end of `b`: its own and its dominators'.
    fn facts_at_exit(&self, b: BlockId) -> Vec<Fact> {
        let mut out = Vec::new();
        let mut cur = Some(b);
        let mut steps = 0;
        while let Some(c) = cur {
            out.extend_from_slice(&self.edge_facts[c.0 as usize]);
            out.extend_from_slice(&self.check_facts[c.0 as usize]);
            cur = self.idom[c.0 as usize];
            steps += 1;
            if steps > self.f.blocks.len() {
                break;
            }
        }
        out
    }

    /// The checks that always pass.
    fn removable_checks(&mut self) -> std::collections::HashSet<ValueId> {
        let mut removed = std::collections::HashSet::new();
        for bi in 0..self.f.blocks.len() {
            let b = BlockId(bi as u32);
            if bi != 0 && self.idom[bi].is_none() {
                continue; // unreachable
            }
            let mut scope = match self.idom[bi] {
                Some(d) => self.facts_at_exit(d),
                None => Vec::new(),
            };
            scope.extend_from_slice(&self.edge_facts[bi]);
            let insts = self.f.blocks[bi].insts.clone();
            for v in insts {
                let proven = match self.f.value(v).inst {
                    Inst::BoundsCheck { index, len, kind } => {
                        let (i, n) = (self.vn(index), self.vn(len));
                        self.nonneg(i, &scope, 0)
                            && self.less(i, n, kind == BoundsKind::Index, &scope, 0)
                    }
                    Inst::NilCheck(p) => {
                        let p = self.vn(p);
                        self.nonnil(p, &scope)
                    }
                    _ => continue,
                };
                if proven {
                    removed.insert(v);
                }
                self.check_facts_of(v, &mut scope);
            }
            let _ = b;
        }
        removed
    }

    // ---- proofs -----------------------------------------------------------------------

    fn nonnil(&self, p: Vn, scope: &[Fact]) -> bool {
        if scope
            .iter()
            .any(|f| matches!(f, Fact::NonNil(x) if *x == p))
        {
            return true;
        }
        match self.key(p) {
            Key::Opaque(v) => matches!(
                self.f.value(v).inst,
                Inst::New
                    | Inst::StackAlloc
                    | Inst::Global(_)
                    | Inst::FuncAddr(_)
                    | Inst::StaticClosure(_)
                    | Inst::TypeDesc(_)
                    | Inst::Itab(..)
            ),
            _ => false,
        }
    }

    fn is_assumed(&self, g: Goal) -> bool {
        self.assumed.iter().any(|a| match (a, g) {
            (Goal::NonNeg(x), Goal::NonNeg(y)) => *x == y,
            (
                Goal::Less { a, b, strict },
                Goal::Less {
                    a: a2,
                    b: b2,
                    strict: s2,
                },
            ) => *a == a2 && *b == b2 && (*strict || !s2),
            _ => false,
        })
    }

    /// `a >= 0`.
    fn nonneg(&mut self, a: Vn, scope: &[Fact], depth: u32) -> bool {
        if depth > MAX_PROOF_DEPTH {
            return false;
        }
        match self.key(a) {
            Key::Int(c) => return c >= 0,
            Key::Part { len: true, .. } => return true,
            _ => {}
        }
        for f in scope {
            match *f {
                Fact::NonNeg(x) if x == a => return true,
                Fact::Less { a: lo, b, .. } if b == a => {
                    if let Key::Int(c) = self.key(lo) {
                        if c >= 0 {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        match self.key(a) {
            Key::Local(LocalVal::Phi(p)) => {
                let goal = Goal::NonNeg(a);
                if self.is_assumed(goal) {
                    return true;
                }
                self.by_induction(p, goal, depth)
            }
            Key::Sub(x, y) => {
                // x - c >= 0 when d < x (or d <= x) for a constant d >= c - 1 (>= c).
                let Key::Int(c) = self.key(y) else {
                    return false;
                };
                c >= 0
                    && scope.iter().any(|f| match *f {
                        Fact::Less { a: d, b, strict } if b == x => match self.key(d) {
                            Key::Int(d) => i128::from(d) + i128::from(strict) >= i128::from(c),
                            _ => false,
                        },
                        _ => false,
                    })
            }
            Key::Add(x, y) => {
                // x + c with x >= 0 and 0 <= c: no overflow when c is 1 and x is below
                // something (x <= MaxInt - 1).
                let c = match self.key(y) {
                    Key::Int(c) => c,
                    _ => return false,
                };
                c == 0 && self.nonneg(x, scope, depth + 1)
                    || c == 1
                        && self.nonneg(x, scope, depth + 1)
                        && scope
                            .iter()
                            .any(|f| matches!(f, Fact::Less { a, strict: true, .. } if *a == x))
            }
            _ => false,
        }
    }

    /// `a < b` (`strict`) or `a <= b`.
    fn less(&mut self, a: Vn, b: Vn, strict: bool, scope: &[Fact], depth: u32) -> bool {
        if depth > MAX_PROOF_DEPTH {
            return false;
        }
        if a == b {
            return !strict;
        }
        let ka = self.key(a);
        for f in scope {
            if let Fact::Less {
                a: x,
                b: y,
                strict: s,
            } = *f
            {
                if y != b {
                    continue;
                }
                if x == a && (s || !strict) {
                    return true;
                }
                // a is a constant c and c <= x (<) b.
                if let (Key::Int(c), Key::Int(d)) = (ka, self.key(x)) {
                    if c < d || c == d && (s || !strict) {
                        return true;
                    }
                }
            }
        }
        if let (Key::Int(c), Key::Int(d)) = (ka, self.key(b)) {
            return c < d || c == d && !strict;
        }
        match ka {
            Key::Sub(x, y) => {
                // x - c < x <= b when x >= 0 (no overflow) and c >= 1.
                let Key::Int(c) = self.key(y) else {
                    return false;
                };
                c >= 0
                    && self.nonneg(x, scope, depth + 1)
                    && self.less(x, b, strict && c == 0, scope, depth + 1)
            }
            Key::Local(LocalVal::Phi(p)) => {
                let goal = Goal::Less { a, b, strict };
                if self.is_assumed(goal) {
                    return true;
                }
                // Induction is only valid against a bound that does not change while
                // the loop runs.
                let phi_block = self.locals.phis[p as usize].block;
                if !self.invariant_at(b, phi_block, 0) {
                    return false;
                }
                self.by_induction(p, goal, depth)
            }
            _ => false,
        }
    }

    /// Proves `goal` about phi `p` from each input, with the facts at the end of its
    /// predecessor, assuming the goal for the phi itself (induction over executions).
    fn by_induction(&mut self, p: u32, goal: Goal, depth: u32) -> bool {
        let inputs = self.locals.phis[p as usize].inputs.clone();
        if inputs.is_empty() {
            return false;
        }
        self.assumed.push(goal);
        let mut ok = true;
        for (pred, lv) in inputs {
            if pred.0 != 0 && self.idom[pred.0 as usize].is_none() {
                continue; // from an unreachable block
            }
            let x = self.local_vn(lv, 0);
            let scope = self.facts_at_exit(pred);
            let proven = match goal {
                Goal::NonNeg(_) => self.nonneg(x, &scope, depth + 1),
                Goal::Less { b, strict, .. } => self.less(x, b, strict, &scope, depth + 1),
            };
            if !proven {
                ok = false;
                break;
            }
        }
        self.assumed.pop();
        ok
    }

    /// Whether value number `v` is computed before, and not again during, every
    /// execution of the loop around `block`: it is made of constants, the initial
    /// locals and instructions of blocks that dominate `block` from outside its loop.
    fn invariant_at(&self, v: Vn, block: BlockId, depth: u32) -> bool {
        if depth > MAX_PROOF_DEPTH {
            return false;
        }
        let outside = |b: BlockId| {
            self.scc[b.0 as usize] != self.scc[block.0 as usize] && self.dominates(b, block)
        };
        match self.key(v) {
            Key::Int(_) | Key::Local(LocalVal::Entry(_)) => true,
            Key::Opaque(x) => self.block_of.get(&x).is_some_and(|b| outside(*b)),
            Key::Local(LocalVal::Phi(p)) => outside(self.locals.phis[p as usize].block),
            Key::Local(LocalVal::Def(_)) => false,
            Key::Part { val, .. } => self.invariant_at(val, block, depth + 1),
            Key::Add(x, y) | Key::Sub(x, y) => {
                self.invariant_at(x, block, depth + 1) && self.invariant_at(y, block, depth + 1)
            }
        }
    }

    fn dominates(&self, a: BlockId, b: BlockId) -> bool {
        let mut cur = Some(b);
        let mut steps = 0;
        while let Some(c) = cur {
            if c == a {
                return true;
            }
            cur = self.idom[c.0 as usize];
            steps += 1;
            if steps > self.f.blocks.len() {
                break;
            }
        }
        false
    }
}
