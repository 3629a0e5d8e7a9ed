//! Lowering of one SSA function to Cranelift IR.
//!
//! Every SSA value becomes the list of Cranelift values of its flat representation
//! (a memory-class value is one pointer to an immutable temporary). Locals become
//! Cranelift variables, so Cranelift's SSA construction places the phis.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types as clt, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use num_traits::ToPrimitive;

use super::abi;
use super::Ctx;
use crate::ssa::ir::{
    self as sir, BinOp, Callee, FuncId, Inst, LocalId, Terminator, UnOp, ValueId,
};
use crate::types::{BasicKind, ConstValue, Type, TypeId};

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

const TRAP_UNREACHABLE: TrapCode = TrapCode::unwrap_user(1);

struct FnLower<'c, 'a, 'f> {
    cx: &'c mut Ctx<'a>,
    f: &'a sir::Func,
    b: FunctionBuilder<'f>,
    vals: HashMap<ValueId, Vec<ir::Value>>,
    blocks: Vec<ir::Block>,
    locals: Vec<Vec<Variable>>,
    params: Vec<ir::Value>,
    /// Caller-provided result buffer (memory-class results).
    result_buf: Option<ir::Value>,
    fp: Option<ir::Value>,
    /// Landing block of a function with defers: every call becomes a `try_call` to it.
    landing: Option<ir::Block>,
    /// Write-barrier references (see `barrier_refs`).
    barrier: Option<(ir::GlobalValue, ir::FuncRef)>,
}

pub fn lower(
    cx: &mut Ctx,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    fid: FuncId,
) -> Result<(), String> {
    let prog = cx.prog;
    let f = &prog.funcs[fid.0 as usize];
    ctx.clear();
    ctx.func.signature = abi::go_signature(cx, &f.params, &f.results);
    ctx.func.name = ir::UserFuncName::user(0, fid.0);
    {
        let b = FunctionBuilder::new(&mut ctx.func, fctx);
        let mut l = FnLower {
            cx,
            f,
            b,
            vals: HashMap::new(),
            blocks: Vec::new(),
            locals: Vec::new(),
            params: Vec::new(),
            result_buf: None,
            fp: None,
            landing: None,
            barrier: None,
        };
        l.run()?;
        let cfg = l.cx.module.isa().frontend_config();
        l.b.finalize(cfg);
    }
    if cx.opts.keep_clif {
        cx.clif_text
            .push(format!("; {}\n{}", f.name, ctx.func.display()));
    }
    let id = cx.func_ids[fid.0 as usize];
    cx.module
        .define_function(id, ctx)
        .map_err(|e| format!("compiling {}: {e:?}", f.name))?;
    if f.landing.is_some() {
        record_landing_pads(cx, ctx, id);
    }
    Ok(())
}

/// Records the try_call sites of a compiled function in the unwinder's table.
fn record_landing_pads(cx: &mut Ctx, ctx: &Context, id: cranelift_module::FuncId) {
    use cranelift_codegen::FinalizedMachExceptionHandler as H;
    let code = match ctx.compiled_code() {
        Some(c) => c,
        None => return,
    };
    for site in code.buffer.call_sites() {
        let handler = site.exception_handlers.iter().find_map(|h| match h {
            H::Tag(_, off) | H::Default(off) => Some(*off),
            _ => None,
        });
        if let (Some(h), Some(fo)) = (handler, site.frame_offset) {
            cx.extab.push((id, site.ret_addr, h, fo));
        }
    }
}

impl<'c, 'a, 'f> FnLower<'c, 'a, 'f> {
    fn run(&mut self) -> Result<(), String> {
        for _ in &self.f.blocks {
            let b = self.b.create_block();
            self.blocks.push(b);
        }
        let entry = self.blocks[0];
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.params = self.b.block_params(entry).to_vec();
        if let Some(l) = self.f.landing {
            let b = self.blocks[l.0 as usize];
            self.b.set_cold_block(b);
            self.landing = Some(b);
        }
        if abi::results_in_memory(self.cx, &self.f.results) {
            self.result_buf = Some(self.params[1]);
        }
        for l in &self.f.locals {
            let tys = abi::flat_types(self.cx, l.ty);
            let vars = tys.iter().map(|t| self.b.declare_var(*t)).collect();
            self.locals.push(vars);
        }
        self.stack_check();
        for (bi, blk) in self.f.blocks.iter().enumerate() {
            if bi > 0 {
                self.b.switch_to_block(self.blocks[bi]);
            }
            for v in &blk.insts {
                self.inst(*v)?;
            }
            let term = blk.term.clone().unwrap_or(Terminator::Unreachable);
            self.term(&term)?;
        }
        self.b.seal_all_blocks();
        Ok(())
    }

    /// Prologue check against the goroutine's stack limit (G at r15, limit at offset 0):
    /// the hook for stack growth and preemption.
    fn stack_check(&mut self) {
        let sp = self.b.ins().get_stack_pointer(clt::I64);
        let g = self.b.ins().get_pinned_reg(clt::I64);
        let lim = self.b.ins().load(clt::I64, flags(), g, 0);
        let c = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim);
        self.call_morestack_if(c);
    }

    /// Loop back-edge preemption check: only a preemption request (`G.stack_lo` set to
    /// `usize::MAX`, runtime/src/stack.rs) matters here, the stack does not grow inside a
    /// loop. Testing the limit alone keeps the stack pointer out of the loop: compared
    /// with it, Cranelift keeps one copy of SP live across the whole function (a register
    /// or a spill slot in every hot loop).
    fn poll_check(&mut self) {
        let g = self.b.ins().get_pinned_reg(clt::I64);
        let lim = self.b.ins().load(clt::I64, flags(), g, 0);
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, lim, -1);
        self.call_morestack_if(c);
    }

    /// Whether `v` is an address inside this function's own stack frame (a `StackAlloc`
    /// slot, or a field or element of one): stores there need no write barrier.
    fn is_frame_address(&self, mut v: ValueId) -> bool {
        loop {
            match &self.f.value(v).inst {
                Inst::StackAlloc => return true,
                Inst::FieldAddr { ptr, .. } | Inst::ElemAddr { ptr, .. } => v = *ptr,
                _ => return false,
            }
        }
    }

    /// The write barrier before a store of a `t` value at `p` (runtime/src/gc/barrier.rs):
    /// while the collector marks, the old pointer words of the destination are shaded.
    /// Pointer-free types need none.
    fn write_barrier(&mut self, t: TypeId, p: ir::Value) {
        let layout = self.cx.layouts.get(t);
        let (Some(first), Some(last)) = (
            layout.ptr_words.iter().min().copied(),
            layout.ptr_words.iter().max().copied(),
        ) else {
            return;
        };
        let len = last + 8 - first;
        let Some((gv, wb)) = self.barrier_refs() else {
            return;
        };
        let a = self.b.ins().symbol_value(clt::I64, gv);
        let on = self.b.ins().load(clt::I32, flags(), a, 0);
        let slow = self.b.create_block();
        let body = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(on, slow, &[], body, &[]);
        self.b.switch_to_block(slow);
        // Most overwritten pointers are nil (initialising a fresh object): check them here
        // and call the runtime only when one is not.
        if layout.ptr_words.len() <= 4 {
            let mut any = None;
            for off in layout.ptr_words.iter() {
                let w = self.b.ins().load(clt::I64, flags(), p, *off as i32);
                any = Some(match any {
                    None => w,
                    Some(a) => self.b.ins().bor(a, w),
                });
            }
            if let Some(any) = any {
                let call = self.b.create_block();
                self.b.set_cold_block(call);
                self.b.ins().brif(any, call, &[], body, &[]);
                self.b.switch_to_block(call);
            }
        }
        let dst = self.b.ins().iadd_imm_s(p, first as i64);
        let n = self.b.ins().iconst(clt::I64, len as i64);
        self.b.ins().call(wb, &[dst, n]);
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
    }

    /// The barrier flag's address and the `rgo_wb_pa` entry, declared once per function
    /// (both live in the runtime, linked into the same static executable: colocated).
    fn barrier_refs(&mut self) -> Option<(ir::GlobalValue, ir::FuncRef)> {
        if self.barrier.is_none() {
            let flag = self.cx.marking_flag().ok()?;
            let gv = self.cx.module.declare_data_in_func(flag, self.b.func);
            if let ir::GlobalValueData::Symbol { colocated, .. } =
                &mut self.b.func.global_values[gv]
            {
                *colocated = true;
            }
            let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::PreserveAll);
            sig.params.push(ir::AbiParam::new(clt::I64));
            sig.params.push(ir::AbiParam::new(clt::I64));
            let id = self.cx.runtime_func("rgo_wb_pa", &sig).ok()?;
            let fref = self.cx.module.declare_func_in_func(id, self.b.func);
            self.b.func.dfg.ext_funcs[fref].colocated = true;
            self.barrier = Some((gv, fref));
        }
        self.barrier
    }

    /// Calls `rgo_morestack_pa` (cold) when `c` holds.
    fn call_morestack_if(&mut self, c: ir::Value) {
        let slow = self.b.create_block();
        let body = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(c, slow, &[], body, &[]);
        self.b.switch_to_block(slow);
        // The runtime entry preserves all registers: the check costs no spills.
        let sig = ir::Signature::new(cranelift_codegen::isa::CallConv::PreserveAll);
        if let Ok(id) = self.cx.runtime_func("rgo_morestack_pa", &sig) {
            let fref = self.cx.module.declare_func_in_func(id, self.b.func);
            self.b.func.dfg.ext_funcs[fref].colocated = true;
            self.b.ins().call(fref, &[]);
        }
        self.b.ins().jump(body, &[]);
        self.b.switch_to_block(body);
    }

    fn val(&self, v: ValueId) -> Vec<ir::Value> {
        self.vals.get(&v).cloned().unwrap_or_default()
    }

    fn val1(&self, v: ValueId) -> ir::Value {
        self.vals[&v][0]
    }

    fn ty(&self, v: ValueId) -> TypeId {
        self.f.value(v).ty
    }

    fn under(&self, t: TypeId) -> &Type {
        super::layout::underlying(self.cx.tt, t)
    }

    fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    fn is_signed(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic(t),
            Some(Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune)
        )
    }

    fn is_float(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(self.basic(t), Some(Float32 | Float64 | UntypedFloat))
    }

    fn is_complex(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(self.basic(t), Some(Complex64 | Complex128 | UntypedComplex))
    }

    fn mem_class(&self, t: TypeId) -> bool {
        abi::is_memory_class(self.cx, t)
    }

    fn flat(&self, t: TypeId) -> Vec<(u64, ir::Type)> {
        self.cx.layouts.get(t).flat.clone().unwrap_or_default()
    }

    fn new_slot(&mut self, t: TypeId) -> ir::Value {
        let l = self.cx.layouts.get(t);
        let size = l.size.max(1) as u32;
        let align = l.align.max(1).trailing_zeros() as u8;
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            align.max(3),
        ));
        self.b.ins().stack_addr(clt::I64, ss, 0)
    }

    fn zero_mem(&mut self, p: ir::Value, size: u64) {
        if size <= 128 {
            let mut off = 0;
            let z = self.b.ins().iconst(clt::I64, 0);
            while off + 8 <= size {
                self.b.ins().store(flags(), z, p, off as i32);
                off += 8;
            }
            let z8 = self.b.ins().iconst(clt::I8, 0);
            while off < size {
                self.b.ins().store(flags(), z8, p, off as i32);
                off += 1;
            }
        } else {
            let n = self.b.ins().iconst(clt::I64, size as i64);
            self.call_rt("rgo_memclr", &[p, n], &[]);
        }
    }

    fn copy_mem(&mut self, dst: ir::Value, src: ir::Value, size: u64) {
        if size <= 64 {
            let mut off = 0;
            while off + 8 <= size {
                let v = self.b.ins().load(clt::I64, flags(), src, off as i32);
                self.b.ins().store(flags(), v, dst, off as i32);
                off += 8;
            }
            while off < size {
                let v = self.b.ins().load(clt::I8, flags(), src, off as i32);
                self.b.ins().store(flags(), v, dst, off as i32);
                off += 1;
            }
        } else {
            let n = self.b.ins().iconst(clt::I64, size as i64);
            self.call_rt("rgo_memmove", &[dst, src, n], &[]);
        }
    }

    /// Calls a runtime function with the C ABI; `rets` are the flat result types.
    fn call_rt(&mut self, name: &str, args: &[ir::Value], rets: &[ir::Type]) -> Vec<ir::Value> {
        let arg_tys: Vec<ir::Type> = args
            .iter()
            .map(|a| self.b.func.dfg.value_type(*a))
            .collect();
        if self.landing.is_some() && name != "rgo_morestack" {
            // In a function with defers every call must be able to unwind to the landing
            // pad, which requires a `tail`-convention callee: go through a thunk.
            if let Ok(thunk) = super::thunk::runtime_thunk(self.cx, name, &arg_tys, rets) {
                let fref = self.cx.module.declare_func_in_func(thunk, self.b.func);
                let sig = self.b.func.dfg.ext_funcs[fref].signature;
                let sig = self.b.func.dfg.signatures[sig].clone();
                let z = self.b.ins().iconst(clt::I64, 0);
                let mut all = vec![z];
                all.extend_from_slice(args);
                return self.emit_try_call(Some(fref), None, &all, sig);
            }
        }
        let (sig, sret) = abi::c_signature_flat(&arg_tys, rets);
        let id = match self.cx.runtime_func(name, &sig) {
            Ok(id) => id,
            Err(_) => {
                // Declared earlier with another signature (e.g. a bodyless Go function).
                self.cx.rt_funcs[name]
            }
        };
        let fref = self.cx.module.declare_func_in_func(id, self.b.func);
        self.b.func.dfg.ext_funcs[fref].colocated = true;
        if sret {
            let size: u32 = rets.iter().map(|t| t.bytes().max(8)).sum();
            let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size,
                3,
            ));
            let p = self.b.ins().stack_addr(clt::I64, ss, 0);
            let mut all = vec![p];
            all.extend_from_slice(args);
            self.b.ins().call(fref, &all);
            let mut out = Vec::new();
            let mut off: u32 = 0;
            for t in rets {
                let a = t.bytes().max(1);
                off = off.div_ceil(a) * a;
                out.push(self.b.ins().load(*t, flags(), p, off as i32));
                off += t.bytes();
            }
            return out;
        }
        let call = self.b.ins().call(fref, args);
        self.b.inst_results(call).to_vec()
    }

    fn frame_pointer(&mut self) -> ir::Value {
        if let Some(fp) = self.fp {
            return fp;
        }
        // Computed in the entry block would be better; the frame pointer is constant.
        let fp = self.b.ins().get_frame_pointer(clt::I64);
        fp
    }

    fn set(&mut self, v: ValueId, vals: Vec<ir::Value>) {
        self.vals.insert(v, vals);
    }

    fn inst(&mut self, v: ValueId) -> Result<(), String> {
        let vd = &self.f.values[v.0 as usize];
        let ty = vd.ty;
        let inst = vd.inst.clone();
        self.b.set_srcloc(ir::SourceLoc::new(vd.pos));
        match inst {
            Inst::Param(i) => {
                // Flattened params start after ctx (and the result buffer).
                let mut idx = 1 + self.result_buf.is_some() as usize;
                for p in &self.f.params[..i as usize] {
                    idx += abi::flat_types(self.cx, *p).len();
                }
                let n = abi::flat_types(self.cx, ty).len();
                let vals = self.params[idx..idx + n].to_vec();
                self.set(v, vals);
            }
            Inst::Ctx => {
                let c = self.params[0];
                self.set(v, vec![c]);
            }
            Inst::Const(c) => {
                let vals = self.constant(ty, &c)?;
                self.set(v, vals);
            }
            Inst::Zero => {
                if self.mem_class(ty) {
                    let p = self.new_slot(ty);
                    let size = self.cx.layouts.size(ty);
                    self.zero_mem(p, size);
                    self.set(v, vec![p]);
                } else {
                    let vals = self
                        .flat(ty)
                        .iter()
                        .map(|(_, t)| self.zero_of(*t))
                        .collect();
                    self.set(v, vals);
                }
            }
            Inst::FuncAddr(fid) => {
                let id = self.cx.func_ids[fid.0 as usize];
                let fref = self.cx.module.declare_func_in_func(id, self.b.func);
                let a = self.b.ins().func_addr(clt::I64, fref);
                self.set(v, vec![a]);
            }
            Inst::StaticClosure(fid) => {
                let d = self.cx.static_closure(fid)?;
                let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                let a = self.b.ins().symbol_value(clt::I64, gv);
                self.set(v, vec![a]);
            }
            Inst::Global(g) => {
                let d = self.cx.globals[g.0 as usize];
                let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                let a = self.b.ins().symbol_value(clt::I64, gv);
                self.set(v, vec![a]);
            }
            Inst::TypeDesc(t) => {
                let d = super::typedesc::type_desc(self.cx, t)?;
                let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                let a = self.b.ins().symbol_value(clt::I64, gv);
                self.set(v, vec![a]);
            }
            Inst::Itab(i, t) => {
                let d = super::typedesc::itab(self.cx, i, t)?;
                let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                let a = self.b.ins().symbol_value(clt::I64, gv);
                self.set(v, vec![a]);
            }
            Inst::GetLocal(l) => {
                let vars = self.locals[l.0 as usize].clone();
                let vals = vars.iter().map(|var| self.b.use_var(*var)).collect();
                self.set(v, vals);
            }
            Inst::SetLocal(l, x) => {
                self.set_local(l, x);
                self.set(v, vec![]);
            }
            Inst::StackAlloc => {
                let et = self.pointee(ty);
                let p = self.new_slot(et);
                let size = self.cx.layouts.size(et);
                self.zero_mem(p, size);
                self.set(v, vec![p]);
            }
            Inst::New => {
                let et = self.pointee(ty);
                let d = super::typedesc::type_desc(self.cx, et)?;
                let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                let td = self.b.ins().symbol_value(clt::I64, gv);
                let r = self.call_rt("rgo_new", &[td], &[clt::I64]);
                self.set(v, r);
            }
            Inst::Load(p) => {
                let ptr = self.val1(p);
                let vals = self.load_value(ty, ptr);
                self.set(v, vals);
            }
            Inst::Store { ptr, val } => {
                let p = self.val1(ptr);
                let x = self.val(val);
                let vt = self.pointee(self.ty(ptr));
                if !self.is_frame_address(ptr) {
                    self.write_barrier(vt, p);
                }
                self.store_value(vt, p, &x);
                self.set(v, vec![]);
            }
            Inst::FieldAddr { ptr, index } => {
                let st = self.pointee(self.ty(ptr));
                let off = self.cx.layouts.field_offsets(st)[index as usize];
                let p = self.val1(ptr);
                let a = self.b.ins().iadd_imm_s(p, off as i64);
                self.set(v, vec![a]);
            }
            Inst::ElemAddr { ptr, index } => {
                let et = self.pointee(ty);
                let size = self.cx.layouts.size(et) as i64;
                let p = self.val1(ptr);
                let i = self.val1(index);
                let i = self.widen_i64(i, self.is_signed(self.ty(index)));
                let off = self.b.ins().imul_imm_s(i, size);
                let a = self.b.ins().iadd(p, off);
                self.set(v, vec![a]);
            }
            Inst::Field { agg, index } => {
                let at = self.ty(agg);
                let (off, ft) = match self.under(at).clone() {
                    Type::Struct(fs) => (
                        self.cx.layouts.field_offsets(at)[index as usize],
                        fs[index as usize].ty,
                    ),
                    Type::Array(_, e) => (self.cx.layouts.size(e) * index as u64, e),
                    _ => return Err("Field of non-aggregate".into()),
                };
                let vals = if self.mem_class(at) {
                    let p = self.val1(agg);
                    let a = self.b.ins().iadd_imm_s(p, off as i64);
                    self.load_value(ft, a)
                } else {
                    self.sub_flat(at, &self.val(agg), off, ft)
                };
                self.set(v, vals);
            }
            Inst::Extract { tuple, index } => {
                let tt = self.ty(tuple);
                let elems = match self.under(tt) {
                    Type::Tuple(e) => e.clone(),
                    _ => vec![tt],
                };
                let mut start = 0;
                for e in &elems[..index as usize] {
                    start += abi::flat_types(self.cx, *e).len();
                }
                let n = abi::flat_types(self.cx, elems[index as usize]).len();
                let all = self.val(tuple);
                self.set(v, all[start..start + n].to_vec());
            }
            Inst::MakeAggregate(parts) => {
                if self.mem_class(ty) {
                    let p = self.new_slot(ty);
                    let offs = self.agg_offsets(ty);
                    for (i, part) in parts.iter().enumerate() {
                        let pt = self.ty(*part);
                        let a = self.b.ins().iadd_imm_s(p, offs[i] as i64);
                        let x = self.val(*part);
                        self.store_value(pt, a, &x);
                    }
                    self.set(v, vec![p]);
                } else {
                    let vals = parts.iter().flat_map(|p| self.val(*p)).collect();
                    self.set(v, vals);
                }
            }
            Inst::Part { val, index } => {
                let x = self.val(val)[index as usize];
                let want = abi::flat_types(self.cx, ty)[0];
                let x = self.coerce(x, want);
                self.set(v, vec![x]);
            }
            Inst::MakeParts(parts) => {
                let want = abi::flat_types(self.cx, ty);
                let vals: Vec<ir::Value> = parts.iter().map(|p| self.val1(*p)).collect();
                let vals = vals
                    .into_iter()
                    .zip(want)
                    .map(|(x, t)| self.coerce(x, t))
                    .collect();
                self.set(v, vals);
            }
            Inst::Bin(op, a, b) => {
                let r = self.binop(op, a, b, ty)?;
                self.set(v, r);
            }
            Inst::Un(op, a) => {
                let at = self.ty(a);
                let x = self.val(a);
                let r = match op {
                    UnOp::Neg => {
                        if self.is_float(at) || self.is_complex(at) {
                            x.iter().map(|e| self.b.ins().fneg(*e)).collect()
                        } else {
                            vec![self.b.ins().ineg(x[0])]
                        }
                    }
                    UnOp::Not => vec![self.b.ins().bxor_imm_s(x[0], 1)],
                    UnOp::Complement => vec![self.b.ins().bnot(x[0])],
                };
                self.set(v, r);
            }
            Inst::Convert(a) => {
                let r = self.convert(a, ty)?;
                self.set(v, r);
            }
            Inst::Retype(a) => {
                let x = self.val(a);
                let want = abi::flat_types(self.cx, ty);
                if x.len() != want.len() {
                    return Err(format!(
                        "internal: retype between different representations in {}",
                        self.f.name
                    ));
                }
                let vals = x
                    .into_iter()
                    .zip(want)
                    .map(|(x, t)| self.coerce(x, t))
                    .collect();
                self.set(v, vals);
            }
            Inst::Call { callee, args } => {
                let r = self.call(&callee, &args, ty)?;
                self.set(v, r);
            }
            Inst::BoundsCheck { index, len, kind } => {
                let i = self.val1(index);
                let i = self.widen_i64(i, self.is_signed(self.ty(index)));
                let l = self.val1(len);
                let l = self.widen_i64(l, true);
                let cc = if kind == sir::BoundsKind::Index {
                    IntCC::UnsignedGreaterThanOrEqual
                } else {
                    IntCC::UnsignedGreaterThan
                };
                let bad = self.b.ins().icmp(cc, i, l);
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(fail);
                self.b.ins().brif(bad, fail, &[], ok, &[]);
                self.b.switch_to_block(fail);
                if kind == sir::BoundsKind::Index {
                    self.call_rt("rgo_panic_index", &[i, l], &[]);
                } else {
                    let code = self.b.ins().iconst(clt::I64, kind.code() as i64);
                    self.call_rt("rgo_panic_slice", &[code, i, l], &[]);
                }
                self.b.ins().trap(TRAP_UNREACHABLE);
                self.b.switch_to_block(ok);
                self.set(v, vec![]);
            }
            Inst::NilCheck(p) => {
                let x = self.val1(p);
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(fail);
                self.b.ins().brif(x, ok, &[], fail, &[]);
                self.b.switch_to_block(fail);
                self.call_rt("rgo_panic_nil", &[], &[]);
                self.b.ins().trap(TRAP_UNREACHABLE);
                self.b.switch_to_block(ok);
                self.set(v, vec![]);
            }
            Inst::Select { cond, a, b } => {
                let c = self.val1(cond);
                let xa = self.val(a);
                let xb = self.val(b);
                let r = xa
                    .iter()
                    .zip(xb.iter())
                    .map(|(x, y)| self.b.ins().select(c, *x, *y))
                    .collect();
                self.set(v, r);
            }
            Inst::Poll => {
                // RGO_NOPOLL=1 (a measurement knob) drops loop preemption checks.
                if !self.cx.opts.no_poll {
                    self.poll_check();
                }
                self.set(v, vec![]);
            }
            Inst::RunDefers => {
                let fp = self.frame_pointer();
                self.call_rt("rgo_deferreturn_fp", &[fp], &[]);
                self.set(v, vec![]);
            }
            Inst::DeferRangeFunc => {
                let fp = self.frame_pointer();
                let token = self.call_rt("rgo_deferrangefunc", &[fp], &[clt::I64]);
                self.set(v, token);
            }
            Inst::Defer(clo) => {
                let c = self.val1(clo);
                let fp = self.frame_pointer();
                self.call_rt("rgo_deferproc", &[c, fp], &[]);
                self.set(v, vec![]);
            }
        }
        Ok(())
    }

    fn pointee(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Pointer(e) => *e,
            _ => t,
        }
    }

    fn zero_of(&mut self, t: ir::Type) -> ir::Value {
        if t == clt::F64 {
            self.b.ins().f64const(0.0)
        } else if t == clt::F32 {
            self.b.ins().f32const(0.0)
        } else {
            self.b.ins().iconst(t, 0)
        }
    }

    /// Adjusts a scalar to the wanted Cranelift type (same-size reinterpretations only,
    /// plus integer width changes for bool-ish values).
    fn coerce(&mut self, x: ir::Value, want: ir::Type) -> ir::Value {
        let have = self.b.func.dfg.value_type(x);
        if have == want {
            return x;
        }
        if have.is_int() && want.is_int() {
            if have.bits() > want.bits() {
                return self.b.ins().ireduce(want, x);
            }
            return self.b.ins().uextend(want, x);
        }
        if have.bits() == want.bits() {
            return self.b.ins().bitcast(want, MemFlagsData::new(), x);
        }
        x
    }

    fn widen_i64(&mut self, x: ir::Value, signed: bool) -> ir::Value {
        let t = self.b.func.dfg.value_type(x);
        if t == clt::I64 {
            x
        } else if signed {
            self.b.ins().sextend(clt::I64, x)
        } else {
            self.b.ins().uextend(clt::I64, x)
        }
    }

    fn set_local(&mut self, l: LocalId, x: ValueId) {
        let vars = self.locals[l.0 as usize].clone();
        let vals = self.val(x);
        for (var, val) in vars.iter().zip(vals) {
            self.b.def_var(*var, val);
        }
    }

    fn load_value(&mut self, t: TypeId, ptr: ir::Value) -> Vec<ir::Value> {
        if self.mem_class(t) {
            let p = self.new_slot(t);
            let size = self.cx.layouts.size(t);
            self.copy_mem(p, ptr, size);
            return vec![p];
        }
        self.flat(t)
            .iter()
            .map(|(off, ty)| self.b.ins().load(*ty, flags(), ptr, *off as i32))
            .collect()
    }

    /// The single place where values are written to memory (the write-barrier point).
    fn store_value(&mut self, t: TypeId, ptr: ir::Value, x: &[ir::Value]) {
        if self.mem_class(t) {
            let size = self.cx.layouts.size(t);
            self.copy_mem(ptr, x[0], size);
            return;
        }
        for ((off, ty), v) in self.flat(t).iter().zip(x) {
            let v = self.coerce(*v, *ty);
            self.b.ins().store(flags(), v, ptr, *off as i32);
        }
    }

    /// Flat scalars of a field at byte offset `off` within a register-class aggregate.
    fn sub_flat(&self, agg: TypeId, vals: &[ir::Value], off: u64, ft: TypeId) -> Vec<ir::Value> {
        let size = self.cx.layouts.size(ft);
        self.flat(agg)
            .iter()
            .zip(vals)
            .filter(|((o, _), _)| *o >= off && *o < off + size.max(1))
            .map(|(_, v)| *v)
            .collect()
    }

    fn agg_offsets(&self, t: TypeId) -> Vec<u64> {
        match self.under(t).clone() {
            Type::Struct(_) => self.cx.layouts.field_offsets(t),
            Type::Array(n, e) => {
                let s = self.cx.layouts.size(e);
                (0..n).map(|i| i * s).collect()
            }
            Type::Tuple(es) => {
                let mut off = 0;
                let mut v = Vec::new();
                for e in es {
                    let l = self.cx.layouts.get(e);
                    off = super::layout::round_up(off, l.align);
                    v.push(off);
                    off += l.size;
                }
                v
            }
            _ => vec![0],
        }
    }

    fn constant(&mut self, ty: TypeId, c: &ConstValue) -> Result<Vec<ir::Value>, String> {
        let flat = abi::flat_types(self.cx, ty);
        Ok(match c {
            ConstValue::Bool(b) => vec![self.b.ins().iconst(clt::I8, *b as i64)],
            ConstValue::String(s) => {
                if s.is_empty() {
                    let z = self.b.ins().iconst(clt::I64, 0);
                    vec![z, z]
                } else {
                    let d = self.cx.string_data(s)?;
                    let gv = self.cx.module.declare_data_in_func(d, self.b.func);
                    let p = self.b.ins().symbol_value(clt::I64, gv);
                    let l = self.b.ins().iconst(clt::I64, s.len() as i64);
                    vec![p, l]
                }
            }
            ConstValue::Int(i) => {
                let t = flat.first().copied().unwrap_or(clt::I64);
                if t == clt::F64 || t == clt::F32 {
                    let f = i.to_f64().unwrap_or(0.0);
                    let mut v = vec![self.fconst(t, f)];
                    if flat.len() == 2 {
                        v.push(self.fconst(t, 0.0));
                    }
                    v
                } else {
                    let bits = to_bits(i);
                    vec![self.b.ins().iconst(t, bits)]
                }
            }
            ConstValue::Float(r) => {
                let t = flat.first().copied().unwrap_or(clt::F64);
                if t.is_int() {
                    let i = r.to_integer();
                    vec![self.b.ins().iconst(t, to_bits(&i))]
                } else {
                    let f = rat_to_f64(r, t == clt::F32);
                    let mut v = vec![self.fconst(t, f)];
                    if flat.len() == 2 {
                        v.push(self.fconst(t, 0.0));
                    }
                    v
                }
            }
            ConstValue::Complex(re, im) => {
                let t = flat.first().copied().unwrap_or(clt::F64);
                if flat.len() == 2 {
                    let a = self.fconst(t, rat_to_f64(re, t == clt::F32));
                    let b = self.fconst(t, rat_to_f64(im, t == clt::F32));
                    vec![a, b]
                } else if t.is_int() {
                    vec![self.b.ins().iconst(t, to_bits(&re.to_integer()))]
                } else {
                    vec![self.fconst(t, rat_to_f64(re, t == clt::F32))]
                }
            }
        })
    }

    fn fconst(&mut self, t: ir::Type, f: f64) -> ir::Value {
        if t == clt::F32 {
            self.b.ins().f32const(f as f32)
        } else {
            self.b.ins().f64const(f)
        }
    }

    fn binop(
        &mut self,
        op: BinOp,
        a: ValueId,
        bv: ValueId,
        ty: TypeId,
    ) -> Result<Vec<ir::Value>, String> {
        let at = self.ty(a);
        let xa = self.val(a);
        let xb = self.val(bv);
        let cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        if cmp {
            let x = xa[0];
            let y = self.coerce(xb[0], self.b.func.dfg.value_type(x));
            let r = if self.is_float(at) {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, x, y)
            } else {
                let signed = self.is_signed(at);
                let cc = match (op, signed) {
                    (BinOp::Eq, _) => IntCC::Equal,
                    (BinOp::Ne, _) => IntCC::NotEqual,
                    (BinOp::Lt, true) => IntCC::SignedLessThan,
                    (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
                    (BinOp::Gt, true) => IntCC::SignedGreaterThan,
                    (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
                    (BinOp::Lt, false) => IntCC::UnsignedLessThan,
                    (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
                    (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, x, y)
            };
            return Ok(vec![r]);
        }
        if self.is_complex(ty) {
            let r: Vec<ir::Value> = xa
                .iter()
                .zip(xb.iter())
                .map(|(x, y)| match op {
                    BinOp::Add => self.b.ins().fadd(*x, *y),
                    _ => self.b.ins().fsub(*x, *y),
                })
                .collect();
            return Ok(r);
        }
        let x = xa[0];
        if self.is_float(ty) {
            let y = xb[0];
            let r = match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                BinOp::Div => self.b.ins().fdiv(x, y),
                _ => return Err(format!("float op {op:?}")),
            };
            return Ok(vec![r]);
        }
        let t = self.b.func.dfg.value_type(x);
        let signed = self.is_signed(ty);
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let bt = self.ty(bv);
            let y = xb[0];
            let y = self.widen_i64(y, self.is_signed(bt));
            let w = t.bits() as i64;
            let big = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, y, w);
            let yy = if t == clt::I64 {
                y
            } else {
                self.b.ins().ireduce(t, y)
            };
            let r = match op {
                BinOp::Shl => {
                    let s = self.b.ins().ishl(x, yy);
                    let z = self.b.ins().iconst(t, 0);
                    self.b.ins().select(big, z, s)
                }
                _ if signed => {
                    let m = self.b.ins().iconst(t, w - 1);
                    let amt = self.b.ins().select(big, m, yy);
                    self.b.ins().sshr(x, amt)
                }
                _ => {
                    let s = self.b.ins().ushr(x, yy);
                    let z = self.b.ins().iconst(t, 0);
                    self.b.ins().select(big, z, s)
                }
            };
            return Ok(vec![r]);
        }
        let y = self.coerce(xb[0], t);
        let r = match op {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => self.b.ins().imul(x, y),
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::AndNot => self.b.ins().band_not(x, y),
            BinOp::Div | BinOp::Rem if self.const_divisor_is_safe(bv) => match (op, signed) {
                // A constant divisor other than 0 and -1 needs no checks (and Cranelift
                // strength-reduces the division).
                (BinOp::Div, true) => self.b.ins().sdiv(x, y),
                (BinOp::Div, false) => self.b.ins().udiv(x, y),
                (_, true) => self.b.ins().srem(x, y),
                (_, false) => self.b.ins().urem(x, y),
            },
            BinOp::Div | BinOp::Rem => {
                // Division by zero panics; MinInt / -1 wraps (x86 would trap).
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.set_cold_block(fail);
                self.b.ins().brif(y, ok, &[], fail, &[]);
                self.b.switch_to_block(fail);
                self.call_rt("rgo_panic_divide", &[], &[]);
                self.b.ins().trap(TRAP_UNREACHABLE);
                self.b.switch_to_block(ok);
                if signed {
                    let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let one = self.b.ins().iconst(t, 1);
                    let safe_y = self.b.ins().select(m1, one, y);
                    let q = if op == BinOp::Div {
                        self.b.ins().sdiv(x, safe_y)
                    } else {
                        self.b.ins().srem(x, safe_y)
                    };
                    let alt = if op == BinOp::Div {
                        self.b.ins().ineg(x)
                    } else {
                        self.b.ins().iconst(t, 0)
                    };
                    self.b.ins().select(m1, alt, q)
                } else if op == BinOp::Div {
                    self.b.ins().udiv(x, y)
                } else {
                    self.b.ins().urem(x, y)
                }
            }
            _ => return Err(format!("int op {op:?}")),
        };
        Ok(vec![r])
    }

    /// Whether `v` is an integer constant other than 0 and -1.
    fn const_divisor_is_safe(&self, v: ValueId) -> bool {
        match &self.f.value(v).inst {
            Inst::Const(ConstValue::Int(i)) => {
                let bits = to_bits(i);
                bits != 0 && bits != -1 && i.to_i64().is_some()
            }
            _ => false,
        }
    }

    fn convert(&mut self, a: ValueId, to: TypeId) -> Result<Vec<ir::Value>, String> {
        let from = self.ty(a);
        let x = self.val(a);
        let ft = abi::flat_types(self.cx, from);
        let tt = abi::flat_types(self.cx, to);
        if self.is_complex(from) && self.is_complex(to) {
            let r = x.iter().map(|v| self.fconv(*v, tt[0])).collect();
            return Ok(r);
        }
        if self.is_complex(to) {
            // Real number to complex (constant contexts only).
            let re = self.fconv_any(x[0], from, tt[0]);
            let im = self.zero_of(tt[0]);
            return Ok(vec![re, im]);
        }
        let v = x[0];
        let (f, t) = (ft[0], tt[0]);
        let from_signed = self.is_signed(from);
        let r = if f.is_int() && t.is_int() {
            if f.bits() > t.bits() {
                self.b.ins().ireduce(t, v)
            } else if f.bits() < t.bits() {
                if from_signed {
                    self.b.ins().sextend(t, v)
                } else {
                    self.b.ins().uextend(t, v)
                }
            } else {
                v
            }
        } else if f.is_float() && t.is_int() && !self.is_signed(to) {
            // Unsigned targets, as gc on amd64: below 2^63 a signed conversion (negative
            // values wrap), above it an unsigned one.
            let wide = clt::I64;
            let sv = self.b.ins().fcvt_to_sint_sat(wide, v);
            let uv = self.b.ins().fcvt_to_uint_sat(wide, v);
            let two63 = self.fconst(f, 9223372036854775808.0);
            let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, v, two63);
            let r = self.b.ins().select(big, uv, sv);
            if wide != t {
                self.b.ins().ireduce(t, r)
            } else {
                r
            }
        } else {
            self.fconv_any(v, from, t)
        };
        Ok(vec![r])
    }

    fn fconv(&mut self, v: ir::Value, t: ir::Type) -> ir::Value {
        let f = self.b.func.dfg.value_type(v);
        if f == t {
            v
        } else if t == clt::F64 {
            self.b.ins().fpromote(t, v)
        } else {
            self.b.ins().fdemote(t, v)
        }
    }

    fn fconv_any(&mut self, v: ir::Value, from: TypeId, t: ir::Type) -> ir::Value {
        let f = self.b.func.dfg.value_type(v);
        if f.is_int() && t.is_float() {
            if self.is_signed(from) || f.bits() < 64 && self.is_signed(from) {
                let v = self.widen_i64(v, true);
                self.b.ins().fcvt_from_sint(t, v)
            } else {
                let v = self.widen_i64(v, false);
                self.b.ins().fcvt_from_uint(t, v)
            }
        } else if f.is_float() && t.is_int() {
            // Go leaves out-of-range results implementation-defined; saturate.
            let wide = if t.bits() < 64 { clt::I64 } else { t };
            let r = self.b.ins().fcvt_to_sint_sat(wide, v);
            if wide != t {
                self.b.ins().ireduce(t, r)
            } else {
                r
            }
        } else if f.is_float() && t.is_float() {
            self.fconv(v, t)
        } else {
            v
        }
    }

    fn call(
        &mut self,
        callee: &Callee,
        args: &[ValueId],
        ty: TypeId,
    ) -> Result<Vec<ir::Value>, String> {
        let rtys: Vec<TypeId> = match self.under(ty) {
            Type::Tuple(e) => e.clone(),
            _ => vec![ty],
        };
        match callee {
            Callee::Runtime(name) => {
                let flat_args: Vec<ir::Value> = args.iter().flat_map(|a| self.val(*a)).collect();
                let rets: Vec<ir::Type> = rtys
                    .iter()
                    .flat_map(|t| abi::flat_types(self.cx, *t))
                    .collect();
                Ok(self.call_rt(name, &flat_args, &rets))
            }
            Callee::Direct(fid) => {
                let target = &self.cx.prog.funcs[fid.0 as usize];
                if !target.has_body {
                    // Bodyless Go function implemented in Rust: C ABI.
                    let flat_args: Vec<ir::Value> =
                        args.iter().flat_map(|a| self.val(*a)).collect();
                    let rets: Vec<ir::Type> = rtys
                        .iter()
                        .flat_map(|t| abi::flat_types(self.cx, *t))
                        .collect();
                    let name = target.name.clone();
                    let id = self.cx.func_ids[fid.0 as usize];
                    self.cx.rt_funcs.insert(name.clone(), id);
                    return Ok(self.call_rt(&name, &flat_args, &rets));
                }
                let id = self.cx.func_ids[fid.0 as usize];
                let fref = self.cx.module.declare_func_in_func(id, self.b.func);
                let z = self.b.ins().iconst(clt::I64, 0);
                self.go_call(Some(fref), None, z, args, &rtys)
            }
            Callee::Indirect { code, ctx } => {
                let c = self.val1(*code);
                let x = self.val1(*ctx);
                self.go_call(None, Some(c), x, args, &rtys)
            }
        }
    }

    fn go_call(
        &mut self,
        fref: Option<ir::FuncRef>,
        code: Option<ir::Value>,
        ctx: ir::Value,
        args: &[ValueId],
        rtys: &[TypeId],
    ) -> Result<Vec<ir::Value>, String> {
        let arg_tys: Vec<TypeId> = args.iter().map(|a| self.ty(*a)).collect();
        let rtys: Vec<TypeId> = rtys
            .iter()
            .copied()
            .filter(|t| !matches!(self.under(*t), Type::Tuple(e) if e.is_empty()))
            .collect();
        let mut all = vec![ctx];
        let mem_results = abi::results_in_memory(self.cx, &rtys);
        let buf = if mem_results {
            let tuple_size: u64 = rtys
                .iter()
                .map(|t| {
                    let l = self.cx.layouts.get(*t);
                    super::layout::round_up(l.size, 8)
                })
                .sum();
            let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                tuple_size.max(8) as u32,
                3,
            ));
            let p = self.b.ins().stack_addr(clt::I64, ss, 0);
            all.push(p);
            Some(p)
        } else {
            None
        };
        for a in args {
            all.extend(self.val(*a));
        }
        let sig = abi::go_signature(self.cx, &arg_tys, &rtys);
        // Coerce argument scalars to the signature's types.
        let want: Vec<ir::Type> = sig.params.iter().map(|p| p.value_type).collect();
        let all: Vec<ir::Value> = all
            .into_iter()
            .zip(want)
            .map(|(v, t)| self.coerce(v, t))
            .collect();
        let results = if self.landing.is_some() {
            self.emit_try_call(fref, code, &all, sig)
        } else {
            let call = match (fref, code) {
                (Some(f), _) => self.b.ins().call(f, &all),
                (None, Some(c)) => {
                    let sref = self.b.import_signature(sig);
                    self.b.ins().call_indirect(sref, c, &all)
                }
                _ => unreachable!(),
            };
            self.b.inst_results(call).to_vec()
        };
        if let Some(p) = buf {
            let mut out = Vec::new();
            let mut off = 0;
            for t in &rtys {
                let a = self.b.ins().iadd_imm_s(p, off as i64);
                out.extend(self.load_value(*t, a));
                off += super::layout::round_up(self.cx.layouts.size(*t), 8);
            }
            return Ok(out);
        }
        Ok(results)
    }

    /// A call whose unwinding edge goes to the landing pad; returns the results.
    fn emit_try_call(
        &mut self,
        fref: Option<ir::FuncRef>,
        code: Option<ir::Value>,
        args: &[ir::Value],
        sig: ir::Signature,
    ) -> Vec<ir::Value> {
        use cranelift_codegen::ir::{
            BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag,
        };
        let landing = self.landing.expect("landing pad");
        let normal = self.b.create_block();
        let rets: Vec<ir::Type> = sig.returns.iter().map(|r| r.value_type).collect();
        for t in &rets {
            self.b.append_block_param(normal, *t);
        }
        let sref = self.b.import_signature(sig);
        let ret_args: Vec<BlockArg> = (0..rets.len() as u32).map(BlockArg::TryCallRet).collect();
        let pool = &mut self.b.func.dfg.value_lists;
        let normal_call = BlockCall::new(normal, ret_args, pool);
        let exn_call = BlockCall::new(landing, [], pool);
        let et = ExceptionTableData::new(
            sref,
            normal_call,
            [ExceptionTableItem::Tag(ExceptionTag::from_u32(0), exn_call)],
        );
        let et = self.b.func.dfg.exception_tables.push(et);
        match (fref, code) {
            (Some(f), _) => {
                self.b.ins().try_call(f, args, et);
            }
            (None, Some(c)) => {
                self.b.ins().try_call_indirect(c, args, et);
            }
            _ => unreachable!(),
        }
        self.b.switch_to_block(normal);
        self.b.block_params(normal).to_vec()
    }

    fn term(&mut self, t: &Terminator) -> Result<(), String> {
        match t {
            Terminator::Jump(b) => {
                let b = self.blocks[b.0 as usize];
                self.b.ins().jump(b, &[]);
            }
            Terminator::Branch { cond, then, els } => {
                let c = self.val1(*cond);
                let (t, e) = (self.blocks[then.0 as usize], self.blocks[els.0 as usize]);
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            Terminator::Return(vals) => {
                if let Some(buf) = self.result_buf {
                    let mut off = 0;
                    for (i, v) in vals.iter().enumerate() {
                        let rt = self.f.results[i];
                        let a = self.b.ins().iadd_imm_s(buf, off as i64);
                        let x = self.val(*v);
                        self.store_value(rt, a, &x);
                        off += super::layout::round_up(self.cx.layouts.size(rt), 8);
                    }
                    self.b.ins().return_(&[]);
                } else {
                    let mut flat = Vec::new();
                    for (i, v) in vals.iter().enumerate() {
                        let want = abi::flat_types(self.cx, self.f.results[i]);
                        let x = self.val(*v);
                        for (x, t) in x.into_iter().zip(want) {
                            flat.push(self.coerce(x, t));
                        }
                    }
                    self.b.ins().return_(&flat);
                }
            }
            Terminator::Panic(v) => {
                let x = self.val(*v);
                self.call_rt("rgo_gopanic", &x, &[]);
                self.b.ins().trap(TRAP_UNREACHABLE);
            }
            Terminator::Unreachable => {
                self.b.ins().trap(TRAP_UNREACHABLE);
            }
        }
        Ok(())
    }
}

/// Two's-complement bits of a constant integer (wrapping to 64 bits).
fn to_bits(i: &num_bigint::BigInt) -> i64 {
    if let Some(v) = i.to_i64() {
        return v;
    }
    if let Some(v) = i.to_u64() {
        return v as i64;
    }
    let (_, digits) = i.to_u64_digits();
    digits.first().copied().unwrap_or(0) as i64
}

/// Correctly rounded conversion of an exact rational to a float.
fn rat_to_f64(r: &num_rational::BigRational, f32: bool) -> f64 {
    let f = r.to_f64().unwrap_or_else(|| {
        if r > &num_rational::BigRational::from_integer(0.into()) {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        }
    });
    if f32 {
        // Round directly from the rational to f32 would be exact; via f64 can double-round
        // in rare cases.
        (f as f32) as f64
    } else {
        f
    }
}
