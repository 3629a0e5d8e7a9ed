//! Range over functions (`for k, v := range seq`): the loop body becomes the yield
//! closure passed to `seq`. `continue` returns true from it, `break` and `return` (and
//! branches to enclosing loops) record their effect in a shared state cell and return
//! false; after `seq` returns, the enclosing function acts on the state.

use crate::ssa::ir::{self, BinOp, Inst, Terminator, ValueId};
use crate::syntax::ast::{self, BranchKind, Expr, Pos};
use crate::types::{ObjId, TypeId};

use super::func::{FnBuilder, RangeFuncCtx, VarLoc};
use super::BResult;

const STATE_BREAK: i64 = 1;
const STATE_RETURN: i64 = 2;
/// Break / continue of the enclosing range-over-func loop (from a nested one).
const STATE_PARENT_BREAK: i64 = -1;
const STATE_PARENT_CONTINUE: i64 = -2;

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
        if let Some(what) = unsupported_in_body(&body.stmts) {
            return self.unsupported(pos, &format!("{what} inside a range-over-func loop body"));
        }
        let seq_t = self.type_of(x);
        let seq_sig = self.b.signature(seq_t);
        let yield_t = match seq_sig.params.first() {
            Some(t) => *t,
            None => return self.err(pos, "rgo: internal: range function without yield"),
        };
        let ysig = self.b.signature(yield_t);
        let seq = self.expr(x)?;
        let it = self.int_ty();
        let boolt = self.bool_ty();

        // Shared state cell.
        let state_cell = self.new_obj(it, pos);
        let pit = self.b.ptr_to(it);
        let state_local = self.new_local("~rfstate", pit);
        self.set_local(state_local, state_cell, pos);

        // Everything the closure shares with this function: variables used in the body
        // (memory-resident: the escape pass marks them), the state cell, the results.
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
        for o in &captured {
            if let Some(VarLoc::Cell(l)) = self.vars.get(o) {
                shared.push(*l);
            }
        }
        let ftys: Vec<TypeId> = shared
            .iter()
            .map(|l| self.f.locals[l.0 as usize].ty)
            .collect();
        let env_ty = self.closure_env_type(&ftys);

        // The yield closure.
        let n = {
            let c = self.b.closure_count.entry(self.f.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let name = format!("{}.range{}", self.f.name, n);
        let yf = ir::Func::new(name, ysig.params.clone(), ysig.results.clone());
        let yid = self.b.add_func(yf.clone());
        let outer_labels: Vec<(Option<String>, bool)> = self
            .targets
            .iter()
            .map(|t| (t.label.clone(), t.cont.is_some()))
            .collect();
        let (info, file) = (self.info, self.file);
        let (subst, tmap, omap) = (self.subst.clone(), self.tmap.clone(), self.omap.clone());
        let addressed = self.addressed.clone();
        let locals_ty: Vec<TypeId> = shared
            .iter()
            .map(|l| self.f.locals[l.0 as usize].ty)
            .collect();
        {
            let mut w = FnBuilder::new(self.b, yf, file, info);
            w.subst = subst;
            w.tmap = tmap;
            w.omap = omap;
            w.addressed = addressed;
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
            let inner_state = inner_locals[0];
            // Calling yield again after the loop body ended the loop is a run-time error.
            {
                let cell = w.get_local(inner_state, pos);
                let st = w.load(cell, pos);
                let zero = w.const_int(0, pos);
                let bt = w.bool_ty();
                let bad = w.emit(bt, Inst::Bin(BinOp::Ne, st, zero), pos);
                let badb = w.new_block();
                let okb = w.new_block();
                w.branch(bad, badb, okb);
                w.switch_to(badb);
                let v = w.void();
                w.rt_call("rgo_panic_rangefunc", vec![], v, pos);
                w.terminate(Terminator::Unreachable);
                w.switch_to(okb);
            }
            let inner_results: Vec<VarLoc> = inner_locals[1..1 + result_cells.len()]
                .iter()
                .map(|l| VarLoc::Cell(*l))
                .collect();
            for (k, o) in captured.iter().enumerate() {
                w.vars
                    .insert(*o, VarLoc::Cell(inner_locals[1 + result_cells.len() + k]));
            }
            w.rf = Some(RangeFuncCtx {
                state: inner_state,
                results: inner_results,
                result_tys,
                outer: outer_labels,
                label: label.clone(),
                parent_label: self.rf.as_ref().map(|p| p.label.clone()),
            });
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
                let t = w.const_bool(true, body.rbrace);
                w.terminate(Terminator::Return(vec![t]));
            }
            let built = w.finish();
            self.b.out.funcs[yid.0 as usize] = built;
        }

        // Build the closure object and call seq(yield).
        let vals: Vec<ValueId> = shared.iter().map(|l| self.get_local(*l, pos)).collect();
        let obj = self.make_closure(env_ty, yid, &vals, pos)?;
        let yv = self.emit(yield_t, Inst::Retype(obj), pos);
        self.call_func_value(seq, vec![yv], &seq_sig.results, pos);

        // Act on the state.
        let sc = self.get_local(state_local, pos);
        let st = self.load(sc, pos);
        let ret = self.const_int(STATE_RETURN, pos);
        let is_ret = self.emit(boolt, Inst::Bin(BinOp::Eq, st, ret), pos);
        let retb = self.new_block();
        let next = self.new_block();
        self.branch(is_ret, retb, next);
        self.switch_to(retb);
        match self.rf.clone() {
            // Nested: pass the return on to the enclosing range-over-func body.
            Some(rf) => {
                self.set_rf_state(&rf, STATE_RETURN, pos);
                let f = self.const_bool(false, pos);
                self.terminate(Terminator::Return(vec![f]));
            }
            None => self.emit_return(pos),
        }
        self.switch_to(next);
        if let Some(rf) = self.rf.clone() {
            // A nested body branched to this (enclosing) range-over-func loop.
            for (code, is_continue) in [(STATE_PARENT_BREAK, false), (STATE_PARENT_CONTINUE, true)]
            {
                let c = self.const_int(code, pos);
                let is = self.emit(boolt, Inst::Bin(BinOp::Eq, st, c), pos);
                let yes = self.new_block();
                let no = self.new_block();
                self.branch(is, yes, no);
                self.switch_to(yes);
                if is_continue {
                    let t = self.const_bool(true, pos);
                    self.terminate(Terminator::Return(vec![t]));
                } else {
                    self.set_rf_state(&rf, STATE_BREAK, pos);
                    let f = self.const_bool(false, pos);
                    self.terminate(Terminator::Return(vec![f]));
                }
                self.switch_to(no);
            }
        }
        let targets: Vec<(ir::BlockId, Option<ir::BlockId>)> =
            self.targets.iter().map(|t| (t.brk, t.cont)).collect();
        for (i, (brk, cont)) in targets.into_iter().enumerate() {
            for (code, dest) in [(3 + 2 * i as i64, Some(brk)), (4 + 2 * i as i64, cont)] {
                let dest = match dest {
                    Some(d) => d,
                    None => continue,
                };
                let c = self.const_int(code, pos);
                let is = self.emit(boolt, Inst::Bin(BinOp::Eq, st, c), pos);
                let nb = self.new_block();
                self.branch(is, dest, nb);
                self.switch_to(nb);
            }
        }
        Ok(())
    }

    /// `break`/`continue` inside a range-over-func body that leaves the closure; returns
    /// false when the branch was not for this mechanism.
    pub fn range_func_branch(
        &mut self,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        pos: Pos,
    ) -> BResult<bool> {
        let rf = match &self.rf {
            Some(rf) => rf.clone(),
            None => return Ok(false),
        };
        let this_loop = match label {
            None => true,
            Some(l) => rf.label.as_deref() == Some(l.name.as_str()),
        };
        let code = if this_loop {
            if kind == BranchKind::Continue {
                let t = self.const_bool(true, pos);
                self.terminate(Terminator::Return(vec![t]));
                return Ok(true);
            }
            STATE_BREAK
        } else {
            let name = label.map(|l| l.name.clone());
            match rf.outer.iter().rposition(|(l, _)| *l == name) {
                Some(i) => 3 + 2 * i as i64 + (kind == BranchKind::Continue) as i64,
                None if name.is_some() && rf.parent_label == Some(name.clone()) => {
                    if kind == BranchKind::Continue {
                        STATE_PARENT_CONTINUE
                    } else {
                        STATE_PARENT_BREAK
                    }
                }
                None => return self.unsupported(pos, "this branch out of a range-over-func loop"),
            }
        };
        self.set_rf_state(&rf, code, pos);
        let f = self.const_bool(false, pos);
        self.terminate(Terminator::Return(vec![f]));
        Ok(true)
    }

    fn set_rf_state(&mut self, rf: &RangeFuncCtx, code: i64, pos: Pos) {
        let cell = self.get_local(rf.state, pos);
        let it = self.int_ty();
        let c = self.const_of(it, code, pos);
        self.store(cell, c, pos);
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
        self.set_rf_state(&rf, STATE_RETURN, pos);
        let f = self.const_bool(false, pos);
        self.terminate(Terminator::Return(vec![f]));
        Ok(true)
    }
}

/// Statements the range-over-func lowering cannot handle yet (outside nested function
/// literals): they are compile errors rather than miscompiles.
fn unsupported_in_body(stmts: &[ast::Stmt]) -> Option<&'static str> {
    use ast::StmtKind::*;
    for s in stmts {
        let r = match &s.kind {
            Defer(_) => Some("defer"),
            Branch {
                kind: BranchKind::Goto,
                ..
            } => Some("goto"),
            Labeled { stmt, .. } => unsupported_in_body(std::slice::from_ref(stmt)),
            Block(b) => unsupported_in_body(&b.stmts),
            If { then, els, .. } => unsupported_in_body(&then.stmts).or_else(|| {
                els.as_ref()
                    .and_then(|e| unsupported_in_body(std::slice::from_ref(e)))
            }),
            For { body, .. } | Range { body, .. } => unsupported_in_body(&body.stmts),
            Switch { body, .. } | TypeSwitch { body, .. } => {
                body.iter().find_map(|c| unsupported_in_body(&c.body))
            }
            Select { body, .. } => body.iter().find_map(|c| unsupported_in_body(&c.body)),
            _ => None,
        };
        if r.is_some() {
            return r;
        }
    }
    None
}
