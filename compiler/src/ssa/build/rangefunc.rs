//! Range over functions (`for k, v := range seq`): the loop body becomes the yield
//! closure passed to `seq`. `continue` returns true from it; `break`, `return`, `goto` and
//! branches to enclosing loops record where they go in the loop's shared state cell and
//! return false; after `seq` returns, the code around the loop acts on the state (a body
//! nested in another range-over-func body passes branches further out the same way).
//!
//! The state cell also implements gc's checks on misbehaving iterators: calling yield
//! again after it returned false, after the loop ended, or after the body panicked, and
//! returning normally after recovering a panic of the body, are run-time errors.
//!
//! `defer` in the body belongs to the enclosing function: the outermost loop pushes a
//! range-func defer record for the function's frame (`Inst::DeferRangeFunc`) and the body
//! registers its calls on it (`rgo_deferprocat`, see runtime/src/defer.rs).

use crate::ssa::ir::{self, BinOp, Inst, Terminator, ValueId};
use crate::syntax::ast::{self, BranchKind, Expr, Pos};
use crate::types::{ObjId, TypeId};

use super::func::{
    contains_defer, declared_labels, FnBuilder, RangeFuncCtx, RangeFuncExit, VarLoc,
};
use super::BResult;

// Loop states (the negative ones are shared with the runtime's `rgo_panic_rangefunc`).
/// The iterator may call yield (before the first iteration and between iterations).
const READY: i64 = 0;
/// The body broke out of this loop.
const BREAK: i64 = 1;
/// The body left through `exits[i]` of its context: state `FIRST_EXIT + i`.
const FIRST_EXIT: i64 = 2;
/// The body is running; still set after seq returns, the body panicked and seq recovered.
const IN_BODY: i64 = -1;
/// seq returned: the loop is over.
const EXHAUSTED: i64 = -2;
/// (Run-time error code only) seq recovered a panic of the body and returned.
const MISSING_PANIC: i64 = -3;

impl FnBuilder<'_, '_> {
    #[allow(clippy::too_many_arguments)]
    pub fn range_func(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
        pos: Pos,
    ) -> BResult<()> {
        let seq_t = self.type_of(x);
        let seq_sig = self.b.signature(seq_t);
        let yield_t = match seq_sig.params.first() {
            Some(t) => *t,
            None => return self.err(pos, "rgo: internal: range function without yield"),
        };
        let ysig = self.b.signature(yield_t);
        let seq = self.expr(x)?;
        let it = self.int_ty();

        // Shared state cell (starts READY).
        let state_cell = self.new_obj(it, pos);
        let pit = self.b.ptr_to(it);
        let state_local = self.new_local("~rfstate", pit);
        self.set_local(state_local, state_cell, pos);

        // The body's defers attach to the enclosing function's range-func record: the
        // outermost loop creates it, nested bodies share it.
        let defer_token = if contains_defer(&body.stmts) {
            match self.rf.as_ref().and_then(|rf| rf.defer_token) {
                Some(l) => Some(l),
                None => {
                    let ut = self.uintptr_ty();
                    let token = self.emit(ut, Inst::DeferRangeFunc, pos);
                    let l = self.new_local("~rfdefers", ut);
                    self.set_local(l, token, pos);
                    Some(l)
                }
            }
        } else {
            None
        };

        // Everything the closure shares with this function: the state cell, the results,
        // the defer token, variables used in the body (memory-resident: the escape pass
        // marks them).
        let mut captured: Vec<ObjId> = Vec::new();
        super::func::collect_captures(self, body, &mut captured);
        captured.retain(|o| matches!(self.vars.get(o), Some(VarLoc::Cell(_))));
        // Inside another range-over-func body, `return` targets the enclosing function,
        // whose result cells that body already shares.
        let (outer_results, result_tys) = match &self.rf {
            Some(rf) => (rf.results.clone(), rf.result_tys.clone()),
            None => (self.results.clone(), self.f.results.clone()),
        };
        let result_cells: Vec<ir::LocalId> = outer_results
            .iter()
            .filter_map(|r| match r {
                VarLoc::Cell(l) => Some(*l),
                VarLoc::Reg(_) => None,
            })
            .collect();
        if result_cells.len() != outer_results.len() {
            return self.err(
                pos,
                "rgo: internal: results of a range-over-func function not in memory",
            );
        }
        let mut shared: Vec<ir::LocalId> = vec![state_local];
        shared.extend(result_cells.iter().copied());
        shared.extend(defer_token);
        for o in &captured {
            if let Some(VarLoc::Cell(l)) = self.vars.get(o) {
                shared.push(*l);
            }
        }
        let locals_ty: Vec<TypeId> = shared
            .iter()
            .map(|l| self.f.locals[l.0 as usize].ty)
            .collect();
        let env_ty = self.closure_env_type(&locals_ty);

        // The yield closure.
        let n = {
            let c = self.b.closure_count.entry(self.f.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let name = format!("{}.range{}", self.f.name, n);
        let yf = ir::Func::new(name, ysig.params.clone(), ysig.results.clone());
        let yid = self.b.add_func(yf.clone());
        let (info, file) = (self.info, self.file);
        let (subst, tmap, omap) = (self.subst.clone(), self.tmap.clone(), self.omap.clone());
        let addressed = self.addressed.clone();
        let exits = {
            let mut w = FnBuilder::new(self.b, yf, file, info);
            w.subst = subst;
            w.tmap = tmap;
            w.omap = omap;
            w.addressed = addressed;
            w.own_labels = declared_labels(&body.stmts);
            let ep = w.b.ptr_to(env_ty);
            let ctx = w.emit(ep, Inst::Ctx, pos);
            let mut inner_locals = Vec::new();
            for (i, lt) in locals_ty.iter().enumerate() {
                let fa = w.field_addr(ctx, i as u32 + 1, pos)?;
                let v = w.load(fa, pos);
                let l = w.new_local("~shared", *lt);
                w.set_local(l, v, pos);
                inner_locals.push(l);
            }
            let mut rest = inner_locals.into_iter();
            let inner_state = rest.next().expect("state cell");
            let inner_results: Vec<VarLoc> = rest
                .by_ref()
                .take(result_cells.len())
                .map(VarLoc::Cell)
                .collect();
            let inner_token = defer_token.and_then(|_| rest.next());
            for (o, l) in captured.iter().zip(rest) {
                w.vars.insert(*o, VarLoc::Cell(l));
            }
            w.rf = Some(RangeFuncCtx {
                state: inner_state,
                results: inner_results,
                result_tys,
                label: label.clone(),
                exits: Vec::new(),
                defer_token: inner_token,
            });
            w.check_yield_allowed(pos);
            // Iteration variables are the closure's parameters.
            let params: Vec<ValueId> = ysig
                .params
                .iter()
                .enumerate()
                .map(|(i, t)| w.emit(*t, Inst::Param(i as u32), pos))
                .collect();
            for (e, p) in [key, value].into_iter().zip(params) {
                if let Some(e) = e {
                    w.bind_range_var(e, p, define, pos)?;
                }
            }
            w.block(body)?;
            if !w.terminated() {
                w.next_iteration(body.rbrace);
            }
            let exits = w.rf.take().map(|rf| rf.exits).unwrap_or_default();
            let built = w.finish();
            self.b.out.funcs[yid.0 as usize] = built;
            exits
        };

        // Build the closure object and call seq(yield).
        let vals: Vec<ValueId> = shared.iter().map(|l| self.get_local(*l, pos)).collect();
        let obj = self.make_closure(env_ty, yid, &vals, pos)?;
        let yv = self.emit(yield_t, Inst::Retype(obj), pos);
        self.call_func_value(seq, vec![yv], &seq_sig.results, pos);

        // seq returned: the loop is over (unless seq swallowed a panic of the body).
        let sc = self.get_local(state_local, pos);
        let st = self.load(sc, pos);
        let code = self.const_of(it, MISSING_PANIC, pos);
        self.rangefunc_check(st, IN_BODY, true, code, pos);
        let exhausted = self.const_of(it, EXHAUSTED, pos);
        self.store(sc, exhausted, pos);
        // Go where the body left to.
        for (i, exit) in exits.into_iter().enumerate() {
            let code = self.const_of(it, FIRST_EXIT + i as i64, pos);
            let is = self.cmp_eq(st, code, pos);
            let yes = self.new_block();
            let no = self.new_block();
            self.branch(is, yes, no);
            self.switch_to(yes);
            self.branch_out(exit, pos)?;
            self.switch_to(no);
        }
        Ok(())
    }

    /// At the start of the yield closure: panics if the iterator may not call yield now,
    /// then marks the body as running.
    fn check_yield_allowed(&mut self, pos: Pos) {
        let rf = self.rf.clone().expect("range-over-func body");
        let cell = self.get_local(rf.state, pos);
        let st = self.load(cell, pos);
        self.rangefunc_check(st, READY, false, st, pos);
        self.set_rf_state(IN_BODY, pos);
    }

    /// Raises the run-time error `rgo_panic_rangefunc(code)` when the state `st` is
    /// `value` (`fail_if_equal`) or is not.
    fn rangefunc_check(
        &mut self,
        st: ValueId,
        value: i64,
        fail_if_equal: bool,
        code: ValueId,
        pos: Pos,
    ) {
        let it = self.int_ty();
        let v = self.const_of(it, value, pos);
        let eq = self.cmp_eq(st, v, pos);
        let fail = self.new_block();
        let ok = self.new_block();
        if fail_if_equal {
            self.branch(eq, fail, ok);
        } else {
            self.branch(eq, ok, fail);
        }
        self.switch_to(fail);
        let void = self.void();
        self.rt_call("rgo_panic_rangefunc", vec![code], void, pos);
        self.terminate(Terminator::Unreachable);
        self.switch_to(ok);
    }

    fn cmp_eq(&mut self, a: ValueId, b: ValueId, pos: Pos) -> ValueId {
        let bt = self.bool_ty();
        self.emit(bt, Inst::Bin(BinOp::Eq, a, b), pos)
    }

    /// Ends this iteration of the body (`continue`): yield returns true.
    fn next_iteration(&mut self, pos: Pos) {
        self.set_rf_state(READY, pos);
        let t = self.const_bool(true, pos);
        self.terminate(Terminator::Return(vec![t]));
    }

    /// Ends the loop with `state` (break or an exit): yield returns false.
    fn end_loop(&mut self, state: i64, pos: Pos) {
        self.set_rf_state(state, pos);
        let f = self.const_bool(false, pos);
        self.terminate(Terminator::Return(vec![f]));
    }

    fn set_rf_state(&mut self, code: i64, pos: Pos) {
        let rf = self.rf.as_ref().expect("range-over-func body");
        let cell = self.get_local(rf.state, pos);
        let it = self.int_ty();
        let c = self.const_of(it, code, pos);
        self.store(cell, c, pos);
    }

    /// Leaves the range-over-func body being built for `exit`, outside it.
    fn leave_body(&mut self, exit: RangeFuncExit, pos: Pos) {
        let rf = self.rf.as_mut().expect("range-over-func body");
        let i = match rf.exits.iter().position(|e| *e == exit) {
            Some(i) => i,
            None => {
                rf.exits.push(exit);
                rf.exits.len() - 1
            }
        };
        self.end_loop(FIRST_EXIT + i as i64, pos);
    }

    /// Continues at `exit` (which a nested range-over-func body left to) from here: a
    /// target of this function, this range-over-func loop, or further out.
    fn branch_out(&mut self, exit: RangeFuncExit, pos: Pos) -> BResult<()> {
        use RangeFuncExit::*;
        match &exit {
            Return if self.rf.is_none() => {
                // The body stored the results.
                self.emit_return(pos);
                Ok(())
            }
            Return => {
                self.leave_body(exit, pos);
                Ok(())
            }
            Break(l) | Continue(l) => {
                let is_break = matches!(exit, Break(_));
                let local = self.targets.iter().rev().find_map(|t| {
                    (t.label.as_deref() == Some(l.as_str())).then_some(if is_break {
                        Some(t.brk)
                    } else {
                        t.cont
                    })
                });
                match local {
                    Some(Some(b)) => {
                        self.jump(b);
                        Ok(())
                    }
                    Some(None) => self.err(pos, "rgo: internal: continue of a non-loop"),
                    None => {
                        let kind = if is_break {
                            BranchKind::Break
                        } else {
                            BranchKind::Continue
                        };
                        if self.range_func_branch(kind, Some(l), pos)? {
                            return Ok(());
                        }
                        self.err(pos, "rgo: internal: branch target not found")
                    }
                }
            }
            Goto(l) => {
                if !self.range_func_goto(l, pos) {
                    let b = self.label_block(l);
                    self.jump(b);
                }
                Ok(())
            }
        }
    }

    /// `break`/`continue` inside a range-over-func body without a target in the body;
    /// returns false when not in such a body.
    pub fn range_func_branch(
        &mut self,
        kind: BranchKind,
        label: Option<&str>,
        pos: Pos,
    ) -> BResult<bool> {
        let rf = match &self.rf {
            Some(rf) => rf,
            None => return Ok(false),
        };
        let this_loop = label.is_none() || rf.label.as_deref() == label;
        match (this_loop, kind, label) {
            (true, BranchKind::Continue, _) => self.next_iteration(pos),
            (true, _, _) => self.end_loop(BREAK, pos),
            (false, BranchKind::Continue, Some(l)) => {
                self.leave_body(RangeFuncExit::Continue(l.to_string()), pos)
            }
            (false, _, Some(l)) => self.leave_body(RangeFuncExit::Break(l.to_string()), pos),
            (false, _, None) => unreachable!("unlabelled branches target this loop"),
        }
        Ok(true)
    }

    /// `goto` inside a range-over-func body to a label outside it; returns false when the
    /// label is local.
    pub fn range_func_goto(&mut self, label: &str, pos: Pos) -> bool {
        if self.rf.is_none() || self.own_labels.contains(label) {
            return false;
        }
        self.leave_body(RangeFuncExit::Goto(label.to_string()), pos);
        true
    }

    /// `return` inside a range-over-func body: stores the enclosing function's results.
    pub fn range_func_return(&mut self, es: &[Expr], pos: Pos) -> BResult<bool> {
        let rf = match &self.rf {
            Some(rf) => rf.clone(),
            None => return Ok(false),
        };
        if !es.is_empty() {
            let vals = if es.len() == 1 && rf.results.len() > 1 {
                self.expr_multi(&es[0])?
            } else {
                let mut v = Vec::new();
                for e in es {
                    v.push(self.expr(e)?);
                }
                v
            };
            for (i, v) in vals.into_iter().enumerate() {
                let v = self.convert_for_assign(v, rf.result_tys[i], pos)?;
                self.write_var(rf.results[i], v, pos);
            }
        }
        self.leave_body(RangeFuncExit::Return, pos);
        Ok(true)
    }

    /// `defer` inside a range-over-func body: the call belongs to the enclosing function;
    /// returns false when not in such a body.
    pub fn range_func_defer(&mut self, thunk: ValueId, pos: Pos) -> BResult<bool> {
        let token = match &self.rf {
            Some(rf) => match rf.defer_token {
                Some(t) => t,
                None => return self.err(pos, "rgo: internal: defer without a defer record"),
            },
            None => return Ok(false),
        };
        let t = self.get_local(token, pos);
        let v = self.void();
        self.rt_call("rgo_deferprocat", vec![thunk, t], v, pos);
        Ok(true)
    }
}
