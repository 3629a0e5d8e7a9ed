//! Textual form of the SSA IR (`rgo tool ssa`), used by snapshot tests.

use std::fmt::Write;

use super::ir::{Callee, Func, Inst, Program, Terminator};
use crate::types::TypeId;

/// Names types in the dump.
pub type TypeNamer<'a> = &'a dyn Fn(TypeId) -> String;

pub fn program(p: &Program, filter: Option<&str>, tn: TypeNamer) -> String {
    let mut s = String::new();
    for f in &p.funcs {
        if !f.has_body {
            continue;
        }
        if let Some(flt) = filter {
            if !f.name.contains(flt) {
                continue;
            }
        }
        s.push_str(&func(f, tn, &|id| p.funcs[id.0 as usize].name.clone()));
        s.push('\n');
    }
    s
}

/// Names functions in the dump.
pub type FuncNamer<'a> = &'a dyn Fn(super::ir::FuncId) -> String;

pub fn func(f: &Func, tn: TypeNamer, fnm: FuncNamer) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "func {}({}) -> ({})",
        f.name,
        f.params
            .iter()
            .map(|t| tn(*t))
            .collect::<Vec<_>>()
            .join(", "),
        f.results
            .iter()
            .map(|t| tn(*t))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for (i, l) in f.locals.iter().enumerate() {
        let _ = writeln!(s, "  local l{i} {} {}", l.name, tn(l.ty));
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        let _ = writeln!(s, "b{bi}:");
        for v in &b.insts {
            let vd = f.value(*v);
            let _ = writeln!(s, "  v{}: {} = {}", v.0, tn(vd.ty), inst(&vd.inst, tn, fnm));
        }
        let t = match &b.term {
            Some(Terminator::Jump(b)) => format!("jump b{}", b.0),
            Some(Terminator::Branch { cond, then, els }) => {
                format!("branch v{} b{} b{}", cond.0, then.0, els.0)
            }
            Some(Terminator::Return(vs)) => format!(
                "return {}",
                vs.iter()
                    .map(|v| format!("v{}", v.0))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(Terminator::Panic(v)) => format!("panic v{}", v.0),
            Some(Terminator::Unreachable) | None => "unreachable".into(),
        };
        let _ = writeln!(s, "  {t}");
    }
    s
}

fn vs(v: &[super::ir::ValueId]) -> String {
    v.iter()
        .map(|v| format!("v{}", v.0))
        .collect::<Vec<_>>()
        .join(", ")
}

fn inst(i: &Inst, tn: TypeNamer, fnm: FuncNamer) -> String {
    match i {
        Inst::Param(n) => format!("param {n}"),
        Inst::Ctx => "ctx".into(),
        Inst::Const(c) => format!("const {c:?}"),
        Inst::Zero => "zero".into(),
        Inst::FuncAddr(f) => format!("funcaddr {}", fnm(*f)),
        Inst::StaticClosure(f) => format!("staticclosure {}", fnm(*f)),
        Inst::Global(g) => format!("global g{}", g.0),
        Inst::TypeDesc(t) => format!("typedesc {}", tn(*t)),
        Inst::Itab(a, b) => format!("itab {}, {}", tn(*a), tn(*b)),
        Inst::GetLocal(l) => format!("get l{}", l.0),
        Inst::SetLocal(l, v) => format!("set l{} v{}", l.0, v.0),
        Inst::StackAlloc => "stackalloc".into(),
        Inst::New => "new".into(),
        Inst::Load(p) => format!("load v{}", p.0),
        Inst::Store { ptr, val } => format!("store v{} <- v{}", ptr.0, val.0),
        Inst::FieldAddr { ptr, index } => format!("fieldaddr v{} .{index}", ptr.0),
        Inst::ElemAddr { ptr, index } => format!("elemaddr v{} [v{}]", ptr.0, index.0),
        Inst::Field { agg, index } => format!("field v{} .{index}", agg.0),
        Inst::Extract { tuple, index } => format!("extract v{} #{index}", tuple.0),
        Inst::MakeAggregate(v) => format!("aggregate {}", vs(v)),
        Inst::Part { val, index } => format!("part v{} #{index}", val.0),
        Inst::MakeParts(v) => format!("parts {}", vs(v)),
        Inst::Bin(op, a, b) => format!("{op:?} v{}, v{}", a.0, b.0),
        Inst::Un(op, a) => format!("{op:?} v{}", a.0),
        Inst::Convert(a) => format!("convert v{}", a.0),
        Inst::Retype(a) => format!("retype v{}", a.0),
        Inst::Call { callee, args } => {
            let c = match callee {
                Callee::Direct(f) => fnm(*f),
                Callee::Indirect { code, ctx } => format!("*v{} ctx v{}", code.0, ctx.0),
                Callee::Runtime(n) => n.clone(),
            };
            format!("call {c}({})", vs(args))
        }
        Inst::BoundsCheck { index, len, kind } => {
            format!("boundscheck v{} < v{} {kind:?}", index.0, len.0)
        }
        Inst::NilCheck(p) => format!("nilcheck v{}", p.0),
        Inst::Select { cond, a, b } => format!("select v{} ? v{} : v{}", cond.0, a.0, b.0),
        Inst::Defer(c) => format!("defer v{}", c.0),
        Inst::RunDefers => "rundefers".into(),
        Inst::DeferRangeFunc => "deferrangefunc".into(),
        Inst::Poll => "poll".into(),
    }
}
