//! `tail`-convention thunks for runtime (C ABI) functions. Calls in functions with defers
//! must unwind to a landing pad, and Cranelift's landing pads assume a `tail` callee (no
//! callee-saved registers survive). A thunk is `ctx, args... -> results` in the Go
//! convention and simply calls the C function.

use cranelift_codegen::ir::{self, types as clt, AbiParam, InstBuilder, MemFlagsData};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};

use super::abi;
use super::Ctx;

pub fn runtime_thunk(
    cx: &mut Ctx,
    name: &str,
    args: &[ir::Type],
    rets: &[ir::Type],
) -> Result<FuncId, String> {
    if let Some(id) = cx.thunks.get(name) {
        return Ok(*id);
    }
    let (csig, sret) = abi::c_signature_flat(args, rets);
    let target = match cx.runtime_func(name, &csig) {
        Ok(id) => id,
        Err(e) => match cx.rt_funcs.get(name) {
            Some(id) => *id,
            None => return Err(e),
        },
    };
    let mut sig = ir::Signature::new(CallConv::Tail);
    sig.params.push(AbiParam::new(clt::I64));
    sig.params.extend(args.iter().map(|t| AbiParam::new(*t)));
    sig.returns.extend(rets.iter().map(|t| AbiParam::new(*t)));
    let id = cx
        .module
        .declare_function(&format!("{name}·tail"), Linkage::Local, &sig)
        .map_err(|e| e.to_string())?;
    cx.thunks.insert(name.to_string(), id);

    let mut ctx = cx.module.make_context();
    ctx.func.signature = sig;
    let mut fctx = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry)[1..].to_vec();
        let fref = cx.module.declare_func_in_func(target, b.func);
        b.func.dfg.ext_funcs[fref].colocated = true;
        let results = if sret {
            let size: u32 = rets.iter().map(|t| t.bytes().max(8)).sum();
            let ss = b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                size,
                3,
            ));
            let p = b.ins().stack_addr(clt::I64, ss, 0);
            let mut all = vec![p];
            all.extend(params);
            b.ins().call(fref, &all);
            let mut out = Vec::new();
            let mut off: u32 = 0;
            for t in rets {
                let a = t.bytes().max(1);
                off = off.div_ceil(a) * a;
                out.push(b.ins().load(*t, MemFlagsData::trusted(), p, off as i32));
                off += t.bytes();
            }
            out
        } else {
            let call = b.ins().call(fref, &params);
            b.inst_results(call).to_vec()
        };
        b.ins().return_(&results);
        b.seal_all_blocks();
        b.finalize(cx.module.isa().frontend_config());
    }
    cx.module
        .define_function(id, &mut ctx)
        .map_err(|e| format!("thunk {name}: {e:?}"))?;
    Ok(id)
}
