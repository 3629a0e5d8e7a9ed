//! Calling conventions.
//!
//! Go functions use Cranelift's `tail` convention (needed by `try_call`-based panic
//! unwinding): the closure context pointer comes first (0 for direct calls of top-level
//! functions), then every argument flattened into its scalars; memory-class arguments are
//! passed as a pointer to a caller-owned copy. Results are returned flattened in
//! registers (Cranelift spills extra ones to an implicit return area); if any result is
//! memory-class, all results are written to a caller-provided buffer whose address is the
//! second parameter.
//!
//! Runtime functions and bodyless Go functions implemented in Rust use the System V C ABI
//! with the same flattening; results of more than two scalars come back through an sret
//! pointer, matching a Rust `#[repr(C)]` struct return.

use cranelift_codegen::ir::{self, types as clt, AbiParam, ArgumentPurpose};
use cranelift_codegen::isa::CallConv;

use super::Ctx;
use crate::types::TypeId;

/// The flat scalar types of a type (a pointer for memory-class types).
pub fn flat_types(cx: &Ctx, t: TypeId) -> Vec<ir::Type> {
    match &cx.layouts.get(t).flat {
        Some(f) => f.iter().map(|(_, t)| *t).collect(),
        None => vec![clt::I64],
    }
}

pub fn is_memory_class(cx: &Ctx, t: TypeId) -> bool {
    cx.layouts.get(t).flat.is_none()
}

/// Whether results are returned through a caller buffer.
pub fn results_in_memory(cx: &Ctx, results: &[TypeId]) -> bool {
    results.iter().any(|r| is_memory_class(cx, *r))
}

pub fn go_signature(cx: &Ctx, params: &[TypeId], results: &[TypeId]) -> ir::Signature {
    let mut sig = ir::Signature::new(CallConv::Tail);
    sig.params.push(AbiParam::new(clt::I64)); // closure context
    if results_in_memory(cx, results) {
        sig.params.push(AbiParam::new(clt::I64));
    } else {
        for r in results {
            for t in flat_types(cx, *r) {
                sig.returns.push(AbiParam::new(t));
            }
        }
    }
    for p in params {
        for t in flat_types(cx, *p) {
            sig.params.push(AbiParam::new(t));
        }
    }
    sig
}

fn c_param(t: ir::Type) -> AbiParam {
    if t.is_int() && t.bits() < 32 {
        AbiParam::new(t).uext()
    } else {
        AbiParam::new(t)
    }
}

/// C ABI signature from flattened argument and result scalar types.
pub fn c_signature_flat(args: &[ir::Type], rets: &[ir::Type]) -> (ir::Signature, bool) {
    let mut sig = ir::Signature::new(CallConv::SystemV);
    let sret = rets.len() > 2;
    if sret {
        sig.params
            .push(AbiParam::special(clt::I64, ArgumentPurpose::StructReturn));
    } else {
        for r in rets {
            sig.returns.push(AbiParam::new(*r));
        }
    }
    for a in args {
        sig.params.push(c_param(*a));
    }
    (sig, sret)
}

pub fn c_signature(cx: &Ctx, params: &[TypeId], results: &[TypeId]) -> ir::Signature {
    let args: Vec<ir::Type> = params.iter().flat_map(|p| flat_types(cx, *p)).collect();
    let rets: Vec<ir::Type> = results.iter().flat_map(|r| flat_types(cx, *r)).collect();
    c_signature_flat(&args, &rets).0
}
