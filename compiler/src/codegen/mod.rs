//! The back end: lowers the SSA IR to Cranelift IR and emits one ELF object file with
//! cranelift-object.
//!
//! [`abi`] owns the Go calling convention (Cranelift `tail`, closure context first,
//! flattened arguments and results), [`func`] the lowering of one function,
//! [`typedesc`] the type descriptors and itabs (the layout shared with the runtime's
//! `typedesc.rs`), [`layout`] sizes and register representations of Go types.

pub mod abi;
pub mod func;
pub mod layout;
pub mod thunk;
pub mod typedesc;

use std::collections::HashMap;

use cranelift_codegen::ir;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::ssa::ir::{self as sir, FuncId};
use crate::types::{self, TypeId};

/// Options for code generation.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Run Cranelift's IR verifier (tests).
    pub verify: bool,
    /// Keep the textual CLIF of every function (for `rgo tool clif`).
    pub keep_clif: bool,
    /// Omit loop back-edge preemption checks (`RGO_NOPOLL=1`; for measuring their cost).
    pub no_poll: bool,
}

pub fn make_isa(verify: bool) -> Result<OwnedTargetIsa, String> {
    let mut b = settings::builder();
    let set = |b: &mut settings::Builder, k: &str, v: &str| {
        b.set(k, v)
            .map_err(|e| format!("cranelift setting {k}: {e}"))
    };
    set(&mut b, "opt_level", "speed")?;
    set(&mut b, "preserve_frame_pointers", "true")?;
    set(&mut b, "enable_pinned_reg", "true")?;
    set(&mut b, "enable_multi_ret_implicit_sret", "true")?;
    set(&mut b, "log2_min_function_alignment", "4")?;
    // Every prologue of a frame of 256 bytes or more calls the runtime's
    // `__cranelift_probestack`, which clears the new frame: the collector scans stacks
    // conservatively, and stale words from returned calls kept dead objects alive
    // (runtime/src/gc/frame_zero.rs). Smaller frames are not: the cost showed on strconv (5% with 128).
    set(&mut b, "enable_probestack", "true")?;
    set(&mut b, "probestack_strategy", "outline")?;
    set(&mut b, "probestack_size_log2", "8")?;
    set(
        &mut b,
        "enable_verifier",
        if verify { "true" } else { "false" },
    )?;
    set(&mut b, "is_pic", "false")?;
    let flags = settings::Flags::new(b);
    let isa = cranelift_codegen::isa::lookup_by_name("x86_64-unknown-linux-gnu")
        .map_err(|e| e.to_string())?
        .finish(flags)
        .map_err(|e| e.to_string())?;
    Ok(isa)
}

/// Module-level state shared by all function lowerings.
pub struct Ctx<'a> {
    pub module: ObjectModule,
    pub prog: &'a sir::Program,
    pub tt: &'a types::TypeTable,
    pub tp: &'a types::Program,
    pub layouts: layout::Layouts<'a>,
    pub func_ids: Vec<ClFuncId>,
    /// Runtime (C ABI) imports by name.
    pub rt_funcs: HashMap<String, ClFuncId>,
    pub strings: HashMap<Vec<u8>, DataId>,
    pub globals: Vec<DataId>,
    pub type_descs: HashMap<TypeId, DataId>,
    pub itabs: HashMap<(TypeId, TypeId), DataId>,
    pub static_closures: HashMap<FuncId, DataId>,
    /// Descriptors declared but not yet defined.
    pub pending_types: Vec<TypeId>,
    pub pending_itabs: Vec<(TypeId, TypeId)>,
    pub clif_text: Vec<String>,
    pub opts: Options,
    /// Landing-pad table: (function, return-address offset, handler offset, frame offset).
    pub extab: Vec<(ClFuncId, u32, u32, u32)>,
    /// Tail-convention thunks of runtime functions (for calls that may unwind).
    pub thunks: HashMap<String, ClFuncId>,
    pub marking_flag: Option<DataId>,
}

/// Compiles the program into an ELF object file.
pub fn compile(
    prog: &sir::Program,
    tt: &types::TypeTable,
    tp: &types::Program,
    opts: &Options,
) -> Result<(Vec<u8>, Vec<String>), String> {
    let isa = make_isa(opts.verify)?;
    let mut ob = ObjectBuilder::new(isa, "go", cranelift_module::default_libcall_names())
        .map_err(|e| e.to_string())?;
    ob.per_function_section(true);
    let module = ObjectModule::new(ob);
    let mut cx = Ctx {
        module,
        prog,
        tt,
        tp,
        layouts: layout::Layouts::new(tt),
        func_ids: Vec::new(),
        rt_funcs: HashMap::new(),
        strings: HashMap::new(),
        globals: Vec::new(),
        type_descs: HashMap::new(),
        itabs: HashMap::new(),
        static_closures: HashMap::new(),
        pending_types: Vec::new(),
        pending_itabs: Vec::new(),
        clif_text: Vec::new(),
        opts: opts.clone(),
        extab: Vec::new(),
        thunks: HashMap::new(),
        marking_flag: None,
    };
    // Declare every function.
    for f in &prog.funcs {
        let id = if f.has_body {
            let sig = abi::go_signature(&cx, &f.params, &f.results);
            let linkage = if f.exported {
                Linkage::Export
            } else {
                Linkage::Local
            };
            cx.module
                .declare_function(&f.name, linkage, &sig)
                .map_err(|e| format!("declaring {}: {e}", f.name))?
        } else {
            let sig = abi::c_signature(&cx, &f.params, &f.results);
            cx.module
                .declare_function(&f.name, Linkage::Import, &sig)
                .map_err(|e| format!("declaring {}: {e}", f.name))?
        };
        cx.func_ids.push(id);
    }
    // Globals (zero-initialised; initialisers run in the package init functions).
    for (i, g) in prog.globals.iter().enumerate() {
        let id = cx
            .module
            .declare_data(&format!("{}·{}", g.name, i), Linkage::Local, true, false)
            .map_err(|e| e.to_string())?;
        let l = cx.layouts.get(g.ty);
        let mut d = DataDescription::new();
        d.define_zeroinit(l.size.max(1) as usize);
        d.set_align(l.align.max(8));
        cx.module.define_data(id, &d).map_err(|e| e.to_string())?;
        cx.globals.push(id);
    }
    for t in &prog.extra_types {
        typedesc::type_desc(&mut cx, *t)?;
    }
    // Functions.
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    let mut ctx = cx.module.make_context();
    for (i, f) in prog.funcs.iter().enumerate() {
        if !f.has_body {
            continue;
        }
        func::lower(&mut cx, &mut ctx, &mut fctx, FuncId(i as u32))?;
    }
    typedesc::flush(&mut cx)?;
    emit_extab(&mut cx)?;
    let product = cx.module.finish();
    let bytes = product.emit().map_err(|e| e.to_string())?;
    Ok((bytes, cx.clif_text))
}

impl Ctx<'_> {
    /// A string constant's data object.
    pub fn string_data(&mut self, s: &[u8]) -> Result<DataId, String> {
        if let Some(d) = self.strings.get(s) {
            return Ok(*d);
        }
        let name = format!("go:str.{}", self.strings.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(s.to_vec().into_boxed_slice());
        self.module.define_data(id, &d).map_err(|e| e.to_string())?;
        self.strings.insert(s.to_vec(), id);
        Ok(id)
    }

    /// The static closure object of a top-level function (func values).
    pub fn static_closure(&mut self, f: FuncId) -> Result<DataId, String> {
        if let Some(d) = self.static_closures.get(&f) {
            return Ok(*d);
        }
        let name = format!("{}·f", self.prog.funcs[f.0 as usize].name);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(vec![0u8; 8].into_boxed_slice());
        d.set_align(8);
        let fref = self
            .module
            .declare_func_in_data(self.func_ids[f.0 as usize], &mut d);
        d.write_function_addr(0, fref);
        self.module.define_data(id, &d).map_err(|e| e.to_string())?;
        self.static_closures.insert(f, id);
        Ok(id)
    }

    /// The runtime's write-barrier flag (`RGO_GC_MARKING`, runtime/src/gc/barrier.rs).
    pub fn marking_flag(&mut self) -> Result<DataId, String> {
        if let Some(id) = self.marking_flag {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data("RGO_GC_MARKING", Linkage::Import, true, false)
            .map_err(|e| format!("declaring RGO_GC_MARKING: {e}"))?;
        self.marking_flag = Some(id);
        Ok(id)
    }

    /// Declares (once) a runtime function with the C ABI.
    pub fn runtime_func(&mut self, name: &str, sig: &ir::Signature) -> Result<ClFuncId, String> {
        if let Some(id) = self.rt_funcs.get(name) {
            return Ok(*id);
        }
        let id = self
            .module
            .declare_function(name, Linkage::Import, sig)
            .map_err(|e| format!("declaring runtime function {name}: {e}"))?;
        self.rt_funcs.insert(name.to_string(), id);
        Ok(id)
    }
}

/// Emits the landing-pad table into section `rgo_extab` (the runtime finds it through the
/// linker-defined `__start_rgo_extab` / `__stop_rgo_extab`). Entry: code address of the
/// function (u64), return-address offset, handler offset, frame offset (u32 each), pad.
fn emit_extab(cx: &mut Ctx) -> Result<(), String> {
    if cx.extab.is_empty() {
        return Ok(());
    }
    let entries = std::mem::take(&mut cx.extab);
    let id = cx
        .module
        .declare_data("go:extab", Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    let mut bytes = vec![0u8; 24 * entries.len()];
    let mut d = DataDescription::new();
    for (i, (_, ra, h, fo)) in entries.iter().enumerate() {
        let o = 24 * i;
        bytes[o + 8..o + 12].copy_from_slice(&ra.to_le_bytes());
        bytes[o + 12..o + 16].copy_from_slice(&h.to_le_bytes());
        bytes[o + 16..o + 20].copy_from_slice(&fo.to_le_bytes());
    }
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    d.set_custom_section("rgo_extab");
    d.set_used(true);
    for (i, (f, ..)) in entries.iter().enumerate() {
        let fref = cx.module.declare_func_in_data(*f, &mut d);
        d.write_function_addr((24 * i) as u32, fref);
    }
    cx.module.define_data(id, &d).map_err(|e| e.to_string())
}
