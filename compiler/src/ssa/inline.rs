//! Inlining: copies the bodies of small functions into their callers, on the SSA IR.
//!
//! Runs once over the whole program between the builder and codegen (`RGO_NOINLINE=1`
//! turns it off, a measurement knob). Functions are visited bottom-up over the call graph
//! (strongly connected components, callees first), so a callee has already received its
//! own inlined calls when its cost is measured and its body copied. Recursive functions
//! (those in a cycle) are never inlined, as in gc.
//!
//! Inlined call sites: `Callee::Direct` calls of functions with a Go body, and calls of
//! func values whose code is known: a closure object or method value built in the caller,
//! or the static closure of a top-level function, followed through `Retype`s and locals
//! set once. `go` and `defer` statements call through thunks that load the function from
//! their environment, so those calls are never inlined.
//!
//! Never inlined: bodyless functions (Rust runtime), functions with defers (their defer
//! records and landing pad belong to their frame), functions calling `recover`, and
//! functions above the cost budget.
//!
//! Costs count roughly like gc's nodes (one per operation, variable access or constant,
//! [`CALL_COST`] per call that stays). The budget depends on the site: [`BUDGET`] (gc's
//! 80) inside loops or when the call passes a known func value (the callee's calls of it
//! become direct and inlinable: iterator functions and range-over-func bodies flatten
//! into loops), [`OUTSIDE_LOOP_BUDGET`] elsewhere, [`LOOP_BUDGET`] for callees with loops,
//! [`BIG_CALLER_BUDGET`] in very big callers; calls on the way to a panic stay calls.
//!
//! A call is replaced by splitting its block at the call and placing the callee's blocks
//! in between, with fresh value ids; the callee's locals are appended to the caller's
//! (those not set before use in its entry block start at zero, as in a fresh frame) and
//! its parameters become the arguments. Each `return` sets fresh result locals and jumps
//! to the continuation, where the call value (or its `Extract`s) reads them. Blocks stay
//! in an order where definitions come before uses, as codegen lowers them in index order.
//! Copied values keep their source positions; runtime checks keep their own panics (whose
//! messages do not depend on the frame). The inlined body loses its prologue stack check
//! but keeps its loop polls. In a caller with defers every copied call becomes a
//! `try_call` to the caller's landing pad, like the caller's own calls: codegen decides
//! that per function.
//!
//! Finally, functions no longer referenced from the entry, exported functions or method
//! tables are dropped.

use std::collections::HashMap;

use crate::ssa::cfg;
use crate::ssa::ir::{
    Block, BlockId, Callee, Func, FuncId, Inst, Local, LocalId, Program, Terminator, ValueData,
    ValueId,
};
use crate::types::{Type, TypeId, TypeTable};

/// Largest cost of an inlinable function.
const BUDGET: u32 = 80;
/// Cost of a call that stays a call (as gc: calls make a function much less attractive).
const CALL_COST: u32 = 57;
/// Cost of a runtime call (one Go operation such as a map access or a conversion).
const RUNTIME_CALL_COST: u32 = 4;
/// Largest cost of an inlinable function containing a loop. Such a call is amortised by
/// the loop, and merging the loop into a caller that keeps its own values live across it
/// makes Cranelift's register allocator spill in the loop (fannkuch's `countFlips`: 10%
/// slower inlined).
const LOOP_BUDGET: u32 = 40;
/// Largest cost of a function inlined at a call outside loops: there a call costs little
/// time, and copies of bigger bodies mostly cost compile time and code size.
const OUTSIDE_LOOP_BUDGET: u32 = 30;
/// Callers above this cost only receive callees of at most [`BIG_CALLER_BUDGET`].
const BIG_CALLER: u32 = 5000;
const BIG_CALLER_BUDGET: u32 = 20;
/// Rounds of inlining into one function: later rounds inline calls whose target became
/// known by an earlier round (a closure passed to an inlined function).
const MAX_ROUNDS: u32 = 4;

/// Inlines small functions program-wide, then drops functions no longer referenced.
pub fn run(prog: &mut Program, tt: &mut TypeTable) {
    let unit = tt.intern(Type::Tuple(Vec::new()));
    let debug = std::env::var_os("RGO_INLINE_DEBUG").is_some();
    let mut inl = Inliner {
        candidates: vec![None; prog.funcs.len()],
        unit,
        debug,
    };
    for c in &components(prog) {
        for &f in c {
            // The entry runs once: inlining into it gains nothing (and would hide
            // `main.main` in dumps).
            if prog.funcs[f.0 as usize].has_body && Some(f) != prog.entry {
                inl.inline_into(prog, f);
            }
        }
        // A recursive function is never inlined (as gc): copies would unroll it.
        let recursive = c.len() > 1 || {
            let mut self_ref = false;
            references(&prog.funcs[c[0].0 as usize], |g| self_ref |= g == c[0]);
            self_ref
        };
        for &f in c {
            let func = &prog.funcs[f.0 as usize];
            if !recursive {
                inl.candidates[f.0 as usize] = candidate(prog, func);
            }
            if debug && func.has_body {
                let cost = function_cost(prog, func);
                eprintln!("inline: {} cost {cost} recursive {recursive}", func.name);
            }
        }
    }
    drop_unreferenced(prog);
}

/// Functions a function refers to: calls, closures and func values.
fn references(f: &Func, mut out: impl FnMut(FuncId)) {
    for b in &f.blocks {
        for v in &b.insts {
            match &f.value(*v).inst {
                Inst::Call {
                    callee: Callee::Direct(g),
                    ..
                }
                | Inst::FuncAddr(g)
                | Inst::StaticClosure(g) => out(*g),
                _ => {}
            }
        }
    }
}

/// Strongly connected components of the reference graph, callees before callers.
fn components(prog: &Program) -> Vec<Vec<FuncId>> {
    let succ: Vec<Vec<u32>> = prog
        .funcs
        .iter()
        .map(|f| {
            let mut s = Vec::new();
            references(f, |g| s.push(g.0));
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    cfg::components(&succ)
        .into_iter()
        .map(|c| c.into_iter().map(FuncId).collect())
        .collect()
}

/// The size of a function body in the units of [`BUDGET`]: roughly one per Go operation,
/// variable access and constant, as gc counts nodes.
fn function_cost(prog: &Program, f: &Func) -> u32 {
    let mut cost = 0u32;
    for b in &f.blocks {
        for v in &b.insts {
            cost = cost.saturating_add(inst_cost(prog, &f.value(*v).inst));
        }
        if let Some(Terminator::Branch { .. } | Terminator::Panic(_)) = b.term {
            cost += 1;
        }
    }
    cost
}

fn inst_cost(prog: &Program, i: &Inst) -> u32 {
    match i {
        Inst::Param(_)
        | Inst::Ctx
        | Inst::Zero
        | Inst::Retype(_)
        | Inst::Extract { .. }
        | Inst::Part { .. }
        | Inst::MakeParts(_)
        | Inst::FuncAddr(_)
        | Inst::TypeDesc(_)
        | Inst::Itab(..)
        | Inst::Poll => 0,
        Inst::Call { callee, .. } => match callee {
            Callee::Direct(g) if !prog.funcs[g.0 as usize].has_body => RUNTIME_CALL_COST,
            Callee::Runtime(_) => RUNTIME_CALL_COST,
            _ => CALL_COST,
        },
        _ => 1,
    }
}

/// What the inliner knows about a function it may inline.
#[derive(Clone, Copy)]
struct Candidate {
    cost: u32,
    /// The part of `cost` due to calls of func-value parameters: at a site passing a
    /// known func value they become direct calls (then inlined on their own merits).
    param_call_cost: u32,
    /// The body contains a loop (a back-edge poll).
    has_loop: bool,
}

/// The function as an inline candidate, if it may be inlined at all.
fn candidate(prog: &Program, f: &Func) -> Option<Candidate> {
    if !f.has_body || f.has_defer || f.landing.is_some() || f.blocks.is_empty() {
        return None;
    }
    let insts = || {
        f.blocks
            .iter()
            .flat_map(|b| &b.insts)
            .map(|v| &f.value(*v).inst)
    };
    // Defer records and recover belong to the frame (has_defer should cover the
    // defer instructions; checked anyway, as inlining them would be a silent miscompile).
    let frame_bound = insts().any(|i| match i {
        Inst::Defer(_) | Inst::RunDefers | Inst::DeferRangeFunc => true,
        Inst::Call {
            callee: Callee::Runtime(n),
            ..
        } => n == "rgo_gorecover",
        _ => false,
    });
    if frame_bound {
        return None;
    }
    // The copy zeroes the callee's locals on entry: its entry block must not be a jump
    // target (a `goto` back to the start).
    let entry_is_target = f.blocks.iter().any(|b| {
        let mut t = b.term.clone();
        let mut hit = false;
        if let Some(t) = &mut t {
            t.for_each_target_mut(|x| hit |= x.0 == 0);
        }
        hit
    });
    if entry_is_target {
        return None;
    }
    let cost = function_cost(prog, f);
    let has_loop = insts().any(|i| matches!(i, Inst::Poll));
    let facts = Facts::new(f);
    let param_calls = insts()
        .filter(|i| {
            matches!(i, Inst::Call { callee: Callee::Indirect { code, .. }, .. }
                if facts.calls_param(f, *code))
        })
        .count() as u32;
    let param_call_cost = param_calls * CALL_COST;
    (cost - param_call_cost <= BUDGET).then_some(Candidate {
        cost,
        param_call_cost,
        has_loop,
    })
}

struct Inliner {
    /// Functions already visited that may be inlined (functions of the component being
    /// visited are not candidates yet: calls within it stay calls).
    candidates: Vec<Option<Candidate>>,
    /// The type of instructions without a result (`SetLocal`).
    unit: TypeId,
    debug: bool,
}

/// One call to inline: the callee and, for func values, the closure context argument.
#[derive(Clone, Copy)]
struct Site {
    callee: FuncId,
    ctx: Option<ValueId>,
}

impl Inliner {
    fn inline_into(&self, prog: &mut Program, fid: FuncId) {
        let placeholder = Func::new(String::new(), Vec::new(), Vec::new());
        let mut f = std::mem::replace(&mut prog.funcs[fid.0 as usize], placeholder);
        for _ in 0..MAX_ROUNDS {
            let sites = self.find_sites(prog, &f);
            if sites.is_empty() {
                break;
            }
            if self.debug {
                for s in sites.values() {
                    eprintln!(
                        "inline: {} into {}",
                        prog.funcs[s.callee.0 as usize].name, f.name
                    );
                }
            }
            self.splice(prog, &mut f, &sites);
        }
        prog.funcs[fid.0 as usize] = f;
    }

    /// The calls of `f` to inline in this round.
    fn find_sites(&self, prog: &Program, f: &Func) -> HashMap<ValueId, Site> {
        let facts = Facts::new(f);
        let full_budget = if function_cost(prog, f) > BIG_CALLER {
            BIG_CALLER_BUDGET
        } else {
            BUDGET
        };
        let in_loop = cfg::blocks_in_loops(f);
        let mut sites = HashMap::new();
        for (bi, b) in f.blocks.iter().enumerate() {
            // Calls on the way to a panic are cold.
            if cfg::ends_in_panic(f, BlockId(bi as u32)) {
                continue;
            }
            for &v in &b.insts {
                let Inst::Call { callee, args } = &f.value(v).inst else {
                    continue;
                };
                let site = match callee {
                    Callee::Direct(g) => Site {
                        callee: *g,
                        ctx: None,
                    },
                    Callee::Indirect { code, ctx } => match facts.known_code(f, *code) {
                        Some(g) => Site {
                            callee: g,
                            ctx: Some(*ctx),
                        },
                        None => continue,
                    },
                    Callee::Runtime(_) => continue,
                };
                let Some(cand) = self.candidates[site.callee.0 as usize] else {
                    continue;
                };
                let callee = &prog.funcs[site.callee.0 as usize];
                if callee.params.len() != args.len() {
                    continue;
                }
                // A known func value passed to the callee: once inlined, its calls of the
                // value become direct (and inlinable), the main gain, wherever the site
                // is (iterator functions, higher-order helpers).
                let passes_known_func =
                    args.iter().any(|a| facts.known_func_value(f, *a).is_some());
                let mut budget = full_budget;
                let mut cost = cand.cost;
                if passes_known_func {
                    cost -= cand.param_call_cost;
                } else {
                    if !in_loop[bi] {
                        budget = budget.min(OUTSIDE_LOOP_BUDGET);
                    }
                    if cand.has_loop {
                        budget = budget.min(LOOP_BUDGET);
                    }
                }
                if cost > budget {
                    continue;
                }
                // Several results reach their uses through `Extract`s, which become reads
                // of the result locals; a tuple used whole would need an aggregate.
                if callee.results.len() > 1 && facts.whole_tuple_uses.contains(&v) {
                    continue;
                }
                sites.insert(v, site);
            }
        }
        sites
    }

    /// Replaces every call in `sites` by a copy of its callee's body.
    fn splice(&self, prog: &Program, f: &mut Func, sites: &HashMap<ValueId, Site>) {
        // New block ids: each old block keeps its place; after each inlined call in it
        // come the callee's blocks, then the block continuing after the call.
        let mut block_map = Vec::with_capacity(f.blocks.len());
        let mut next = 0u32;
        for b in &f.blocks {
            block_map.push(BlockId(next));
            next += 1;
            for v in &b.insts {
                if let Some(s) = sites.get(v) {
                    next += prog.funcs[s.callee.0 as usize].blocks.len() as u32 + 1;
                }
            }
        }
        // Extracts of inlined multi-result calls, by call.
        let mut extracts: HashMap<ValueId, Vec<(ValueId, u32)>> = HashMap::new();
        for b in &f.blocks {
            for &v in &b.insts {
                if let Inst::Extract { tuple, index } = f.value(v).inst {
                    if sites.contains_key(&tuple) {
                        extracts.entry(tuple).or_default().push((v, index));
                    }
                }
            }
        }
        let old_blocks = std::mem::take(&mut f.blocks);
        let mut out: Vec<Block> = Vec::with_capacity(next as usize);
        for old in old_blocks {
            let mut cur = Block {
                insts: Vec::new(),
                term: None,
            };
            for v in old.insts {
                let Some(site) = sites.get(&v) else {
                    cur.insts.push(v);
                    continue;
                };
                let callee = &prog.funcs[site.callee.0 as usize];
                let entry = BlockId(out.len() as u32 + 1);
                let cont = BlockId(entry.0 + callee.blocks.len() as u32);
                cur.term = Some(Terminator::Jump(entry));
                out.push(std::mem::replace(
                    &mut cur,
                    Block {
                        insts: Vec::new(),
                        term: None,
                    },
                ));
                let results = self.copy_body(f, v, *site, callee, entry, cont, &mut out);
                // The call value now reads the results.
                match results.len() {
                    0 => f.values[v.0 as usize].inst = Inst::MakeAggregate(Vec::new()),
                    1 => {
                        f.values[v.0 as usize].inst = Inst::GetLocal(results[0]);
                        cur.insts.push(v);
                    }
                    _ => {
                        for &(x, i) in extracts.get(&v).into_iter().flatten() {
                            f.values[x.0 as usize].inst = Inst::GetLocal(results[i as usize]);
                        }
                        // The tuple itself has no uses left.
                        f.values[v.0 as usize].inst = Inst::MakeAggregate(Vec::new());
                    }
                }
            }
            let mut term = old.term.unwrap_or(Terminator::Unreachable);
            term.for_each_target_mut(|b| *b = block_map[b.0 as usize]);
            cur.term = Some(term);
            out.push(cur);
        }
        debug_assert_eq!(out.len() as u32, next);
        f.blocks = out;
        if let Some(l) = f.landing {
            f.landing = Some(block_map[l.0 as usize]);
        }
    }

    /// Appends a copy of `callee`'s blocks (the first gets id `entry`) whose returns set
    /// fresh result locals and jump to `cont`; returns the result locals.
    #[allow(clippy::too_many_arguments)]
    fn copy_body(
        &self,
        f: &mut Func,
        call: ValueId,
        site: Site,
        callee: &Func,
        entry: BlockId,
        cont: BlockId,
        out: &mut Vec<Block>,
    ) -> Vec<LocalId> {
        let call_pos = f.value(call).pos;
        let args: Vec<ValueId> = match &f.value(call).inst {
            Inst::Call { args, .. } => args.clone(),
            _ => unreachable!("inline site is a call"),
        };
        let local_base = f.locals.len() as u32;
        f.locals.extend(callee.locals.iter().cloned());
        let results: Vec<LocalId> = callee
            .results
            .iter()
            .map(|t| {
                f.locals.push(Local {
                    name: "~inl".into(),
                    ty: *t,
                });
                LocalId(f.locals.len() as u32 - 1)
            })
            .collect();
        // Value map: parameters become the arguments (retyped if the types differ, e.g.
        // a named type for its underlying one); everything else gets a fresh id.
        let mut map: Vec<ValueId> = Vec::with_capacity(callee.values.len());
        let mut skip = vec![false; callee.values.len()];
        for (i, vd) in callee.values.iter().enumerate() {
            if let Inst::Param(p) = vd.inst {
                let a = args[p as usize];
                if f.value(a).ty == vd.ty {
                    map.push(a);
                    skip[i] = true;
                    continue;
                }
            }
            map.push(ValueId(f.values.len() as u32));
            f.values.push(vd.clone());
        }
        for (i, vd) in callee.values.iter().enumerate() {
            if skip[i] {
                continue;
            }
            let nv = map[i];
            let mut inst = match &vd.inst {
                Inst::Param(p) => Inst::Retype(args[*p as usize]),
                Inst::Ctx => match site.ctx {
                    Some(c) => Inst::Retype(c),
                    // Direct calls pass a null context.
                    None => Inst::Zero,
                },
                other => other.clone(),
            };
            if !matches!(vd.inst, Inst::Param(_) | Inst::Ctx) {
                inst.for_each_operand_mut(|x| *x = map[x.0 as usize]);
            }
            if let Inst::GetLocal(l) | Inst::SetLocal(l, _) = &mut inst {
                l.0 += local_base;
            }
            f.values[nv.0 as usize].inst = inst;
        }
        // Blocks.
        let zero_init = locals_read_before_set(callee);
        for (bi, b) in callee.blocks.iter().enumerate() {
            let mut insts = Vec::with_capacity(b.insts.len());
            if bi == 0 {
                for &l in &zero_init {
                    let lid = LocalId(l + local_base);
                    let z = push_value(f, callee.locals[l as usize].ty, Inst::Zero, call_pos);
                    insts.push(z);
                    insts.push(push_value(f, self.unit, Inst::SetLocal(lid, z), call_pos));
                }
            }
            for &v in &b.insts {
                if !skip[v.0 as usize] {
                    insts.push(map[v.0 as usize]);
                }
            }
            let term = match b.term.clone().unwrap_or(Terminator::Unreachable) {
                Terminator::Return(vals) => {
                    for (r, x) in results.iter().zip(vals) {
                        let pos = callee.value(x).pos;
                        let s = Inst::SetLocal(*r, map[x.0 as usize]);
                        insts.push(push_value(f, self.unit, s, pos));
                    }
                    Terminator::Jump(cont)
                }
                mut t => {
                    t.for_each_operand_mut(|x| *x = map[x.0 as usize]);
                    t.for_each_target_mut(|t| t.0 += entry.0);
                    t
                }
            };
            out.push(Block {
                insts,
                term: Some(term),
            });
        }
        results
    }
}

fn push_value(f: &mut Func, ty: TypeId, inst: Inst, pos: crate::syntax::ast::Pos) -> ValueId {
    f.values.push(ValueData { ty, inst, pos });
    ValueId(f.values.len() as u32 - 1)
}

/// Locals of `f` that are not set in its entry block before being read there: in a fresh
/// frame they start at zero (codegen's variables do), so an inlined copy sets them to
/// zero on entry (it may run again in a loop of the caller).
fn locals_read_before_set(f: &Func) -> Vec<u32> {
    let mut set = vec![false; f.locals.len()];
    if let Some(b) = f.blocks.first() {
        for v in &b.insts {
            match f.value(*v).inst {
                Inst::SetLocal(l, _) => set[l.0 as usize] = true,
                Inst::GetLocal(l) if !set[l.0 as usize] => break,
                _ => {}
            }
        }
    }
    (0..f.locals.len() as u32)
        .filter(|l| !set[*l as usize])
        .collect()
}

/// Per-function facts for finding inline sites.
struct Facts {
    /// The value of each local set exactly once (None if set several times).
    single_set: HashMap<LocalId, Option<ValueId>>,
    /// Code of closure objects: the function whose address is stored in field 0 (None
    /// if several different values are stored there).
    closure_code: HashMap<ValueId, Option<FuncId>>,
    /// Values used other than through `Extract` (tuples that must stay whole).
    whole_tuple_uses: std::collections::HashSet<ValueId>,
}

impl Facts {
    fn new(f: &Func) -> Facts {
        let mut single_set: HashMap<LocalId, Option<ValueId>> = HashMap::new();
        let mut closure_code: HashMap<ValueId, Option<FuncId>> = HashMap::new();
        let mut whole_tuple_uses = std::collections::HashSet::new();
        for b in &f.blocks {
            for &v in &b.insts {
                let inst = &f.value(v).inst;
                match inst {
                    Inst::SetLocal(l, x) => {
                        single_set
                            .entry(*l)
                            .and_modify(|e| *e = None)
                            .or_insert(Some(*x));
                    }
                    Inst::Store { ptr, val } => {
                        if let Inst::FieldAddr { ptr: obj, index: 0 } = f.value(*ptr).inst {
                            let code = match f.value(*val).inst {
                                Inst::FuncAddr(g) => Some(g),
                                _ => None,
                            };
                            closure_code
                                .entry(obj)
                                .and_modify(|e| {
                                    if *e != code {
                                        *e = None
                                    }
                                })
                                .or_insert(code);
                        }
                    }
                    _ => {}
                }
                if !matches!(inst, Inst::Extract { .. }) {
                    inst.for_each_operand(|x| {
                        whole_tuple_uses.insert(x);
                    });
                }
            }
            if let Some(t) = &b.term {
                t.clone().for_each_operand_mut(|x| {
                    whole_tuple_uses.insert(*x);
                });
            }
        }
        Facts {
            single_set,
            closure_code,
            whole_tuple_uses,
        }
    }

    /// The function a func-value call's code pointer certainly points to. `code` is the
    /// load of word 0 of the closure object; the object is followed back through
    /// retypes and locals set once to its allocation (whose word 0 was set to one known
    /// function) or to a static closure.
    fn known_code(&self, f: &Func, code: ValueId) -> Option<FuncId> {
        match f.value(code).inst {
            Inst::Load(p) => self.known_func_value(f, p),
            _ => None,
        }
    }

    /// The function a func value (or a retyped copy of it) certainly calls.
    fn known_func_value(&self, f: &Func, fv: ValueId) -> Option<FuncId> {
        match self.origin(f, fv) {
            Origin::Func(g) => Some(g),
            _ => None,
        }
    }

    /// Whether a func-value call's code pointer comes from a parameter of `f`.
    fn calls_param(&self, f: &Func, code: ValueId) -> bool {
        match f.value(code).inst {
            Inst::Load(p) => matches!(self.origin(f, p), Origin::Param),
            _ => false,
        }
    }

    /// Where a func value comes from, followed through retypes and locals set once.
    fn origin(&self, f: &Func, fv: ValueId) -> Origin {
        let mut v = fv;
        for _ in 0..16 {
            v = match &f.value(v).inst {
                Inst::Retype(x) => *x,
                Inst::GetLocal(l) => match self.single_set.get(l) {
                    Some(Some(x)) => *x,
                    _ => return Origin::Unknown,
                },
                Inst::StaticClosure(g) => return Origin::Func(*g),
                Inst::New | Inst::StackAlloc => match self.closure_code.get(&v) {
                    Some(Some(g)) => return Origin::Func(*g),
                    _ => return Origin::Unknown,
                },
                Inst::Param(_) => return Origin::Param,
                _ => return Origin::Unknown,
            }
        }
        Origin::Unknown
    }
}

/// Where a func value comes from.
enum Origin {
    /// A closure or static closure of this function.
    Func(FuncId),
    /// A parameter.
    Param,
    Unknown,
}

/// Drops functions that nothing refers to any more (all their calls were inlined),
/// renumbering the rest.
fn drop_unreferenced(prog: &mut Program) {
    let n = prog.funcs.len();
    let mut live = vec![false; n];
    let mut work: Vec<FuncId> = Vec::new();
    let mark = |g: FuncId, live: &mut Vec<bool>, work: &mut Vec<FuncId>| {
        if !live[g.0 as usize] {
            live[g.0 as usize] = true;
            work.push(g);
        }
    };
    if let Some(e) = prog.entry {
        mark(e, &mut live, &mut work);
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.exported {
            mark(FuncId(i as u32), &mut live, &mut work);
        }
    }
    for ms in prog.method_tables.values() {
        for m in ms {
            mark(m.ifn, &mut live, &mut work);
        }
    }
    while let Some(g) = work.pop() {
        let mut refs = Vec::new();
        references(&prog.funcs[g.0 as usize], |r| refs.push(r));
        for r in refs {
            mark(r, &mut live, &mut work);
        }
    }
    if live.iter().all(|l| *l) {
        return;
    }
    let mut new_id = vec![FuncId(u32::MAX); n];
    let mut k = 0u32;
    for i in 0..n {
        if live[i] {
            new_id[i] = FuncId(k);
            k += 1;
        }
    }
    let funcs = std::mem::take(&mut prog.funcs);
    prog.funcs = funcs
        .into_iter()
        .zip(&live)
        .filter(|(_, l)| **l)
        .map(|(f, _)| f)
        .collect();
    let remap = |g: &mut FuncId| *g = new_id[g.0 as usize];
    for f in &mut prog.funcs {
        for vd in &mut f.values {
            match &mut vd.inst {
                Inst::Call {
                    callee: Callee::Direct(g),
                    ..
                }
                | Inst::FuncAddr(g)
                | Inst::StaticClosure(g) => remap(g),
                _ => {}
            }
        }
    }
    for ms in prog.method_tables.values_mut() {
        for m in ms {
            remap(&mut m.ifn);
        }
    }
    if let Some(e) = &mut prog.entry {
        remap(e);
    }
}
