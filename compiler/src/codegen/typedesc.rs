//! Emission of type descriptors and itabs.
//!
//! The layout is the ABI shared with `runtime/src/typedesc.rs`:
//! TypeDesc (128 bytes): size@0 ptrdata@8 hash@16(u32) align@20 field_align@21 kind@22
//! flags@23 gcdata@24 name@32(ptr,len) pkg_path@48(ptr,len) elem@64 key@72 len@80
//! fields@88 nfields@96 methods@104 nmethods@112 ptr_to_this@120.
//! FieldDesc (40 bytes): name@0 typ@16 offset@24 flags@32.
//! MethodDesc (48 bytes): name@0 pkg_path@16 mtyp@32 ifn@40.
//! Itab: inter@0 typ@8 hash@16 fun[i]@24+8i.

use cranelift_module::{DataDescription, DataId, Linkage, Module};

use super::Ctx;
use crate::types::{BasicKind, Type, TypeId};

const DESC_SIZE: usize = 128;
const FLAG_DIRECT_IFACE: u8 = 1;
const FLAG_COMPARABLE: u8 = 2;
const FLAG_NAMED: u8 = 4;
const FLAG_REGULAR_MEMORY: u8 = 8;

/// Declares the descriptor of `t` (defined later by [`flush`]).
pub fn type_desc(cx: &mut Ctx, t: TypeId) -> Result<DataId, String> {
    if let Some(d) = cx.type_descs.get(&t) {
        return Ok(*d);
    }
    // Types of the Go-source runtime package are referenced by the Rust runtime by name.
    let (name, linkage) = if named_pkg_path(cx, t) == "runtime" {
        (format!("type:{}", type_name(cx, t)), Linkage::Export)
    } else {
        (format!("type:{}#{}", type_name(cx, t), t.0), Linkage::Local)
    };
    let id = cx
        .module
        .declare_data(&name, linkage, false, false)
        .map_err(|e| e.to_string())?;
    cx.type_descs.insert(t, id);
    cx.pending_types.push(t);
    Ok(id)
}

pub fn itab(cx: &mut Ctx, iface: TypeId, t: TypeId) -> Result<DataId, String> {
    if let Some(d) = cx.itabs.get(&(iface, t)) {
        return Ok(*d);
    }
    let name = format!("go:itab.{}.{}", iface.0, t.0);
    let id = cx
        .module
        .declare_data(&name, Linkage::Local, false, false)
        .map_err(|e| e.to_string())?;
    cx.itabs.insert((iface, t), id);
    cx.pending_itabs.push((iface, t));
    Ok(id)
}

/// Defines every declared descriptor and itab (transitively).
pub fn flush(cx: &mut Ctx) -> Result<(), String> {
    loop {
        if let Some(t) = cx.pending_types.pop() {
            define_type(cx, t)?;
            continue;
        }
        if let Some((i, t)) = cx.pending_itabs.pop() {
            define_itab(cx, i, t)?;
            continue;
        }
        break;
    }
    Ok(())
}

fn kind_of(cx: &Ctx, t: TypeId) -> u8 {
    use BasicKind::*;
    match super::layout::underlying(cx.tt, t) {
        Type::Basic(k) => match k {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UnsafePointer | UntypedNil => 26,
            Invalid => 0,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Func(_) => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

fn comparable(cx: &Ctx, t: TypeId, depth: u32) -> bool {
    if depth > 20 {
        return true;
    }
    match super::layout::underlying(cx.tt, t) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Array(_, e) => comparable(cx, *e, depth + 1),
        Type::Struct(fs) => fs.iter().all(|f| comparable(cx, f.ty, depth + 1)),
        _ => true,
    }
}

/// Whether `==` and hashing on `t` may compare its raw bytes: integers, booleans,
/// pointers and channels, and arrays and structs of them without padding or blank
/// fields (floats have ±0 and NaN, strings and interfaces compare what they point to).
fn regular_memory(cx: &Ctx, t: TypeId, depth: u32) -> bool {
    if depth > 20 {
        return false;
    }
    match super::layout::underlying(cx.tt, t) {
        Type::Basic(k) => k.is_integer() || matches!(k, BasicKind::Bool | BasicKind::UnsafePointer),
        Type::Pointer(_) | Type::Chan(..) => true,
        Type::Array(_, e) => regular_memory(cx, *e, depth + 1),
        Type::Struct(fs) => {
            let offsets = cx.layouts.field_offsets(t);
            let mut end = 0;
            for (f, off) in fs.iter().zip(offsets) {
                if f.name == "_" || off != end || !regular_memory(cx, f.ty, depth + 1) {
                    return false;
                }
                end = off + cx.layouts.size(f.ty);
            }
            end == cx.layouts.size(t)
        }
        _ => false,
    }
}

struct Writer {
    bytes: Vec<u8>,
    /// (offset, data target)
    data_relocs: Vec<(u32, DataId)>,
    func_relocs: Vec<(u32, crate::ssa::ir::FuncId)>,
}

impl Writer {
    fn new(size: usize) -> Self {
        Writer {
            bytes: vec![0; size],
            data_relocs: Vec::new(),
            func_relocs: Vec::new(),
        }
    }
    fn u64(&mut self, off: usize, v: u64) {
        self.bytes[off..off + 8].copy_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, off: usize, v: u32) {
        self.bytes[off..off + 4].copy_from_slice(&v.to_le_bytes());
    }
    fn u8(&mut self, off: usize, v: u8) {
        self.bytes[off] = v;
    }
    fn ptr(&mut self, off: usize, d: DataId) {
        self.data_relocs.push((off as u32, d));
    }
    fn string(&mut self, cx: &mut Ctx, off: usize, s: &str) -> Result<(), String> {
        if !s.is_empty() {
            let d = cx.string_data(s.as_bytes())?;
            self.ptr(off, d);
            self.u64(off + 8, s.len() as u64);
        }
        Ok(())
    }
    fn define(self, cx: &mut Ctx, id: DataId) -> Result<(), String> {
        let mut d = DataDescription::new();
        d.define(self.bytes.into_boxed_slice());
        d.set_align(8);
        for (off, target) in self.data_relocs {
            let gv = cx.module.declare_data_in_data(target, &mut d);
            d.write_data_addr(off, gv, 0);
        }
        for (off, f) in self.func_relocs {
            let fref = cx
                .module
                .declare_func_in_data(cx.func_ids[f.0 as usize], &mut d);
            d.write_function_addr(off, fref);
        }
        cx.module.define_data(id, &d).map_err(|e| e.to_string())
    }
}

fn fnv(s: &str) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}

fn define_type(cx: &mut Ctx, t: TypeId) -> Result<(), String> {
    let id = cx.type_descs[&t];
    let layout = cx.layouts.get(t);
    let name = type_name(cx, t);
    let mut w = Writer::new(DESC_SIZE);
    w.u64(0, layout.size);
    let ptrdata = layout.ptr_words.iter().map(|o| o + 8).max().unwrap_or(0);
    w.u64(8, ptrdata);
    w.u32(16, fnv(&name) ^ t.0);
    w.u8(20, layout.align as u8);
    w.u8(21, layout.align as u8);
    w.u8(22, kind_of(cx, t));
    let under = super::layout::underlying(cx.tt, t).clone();
    let mut flags = 0;
    if matches!(
        under,
        Type::Pointer(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Basic(BasicKind::UnsafePointer)
    ) {
        flags |= FLAG_DIRECT_IFACE;
    }
    if comparable(cx, t, 0) {
        flags |= FLAG_COMPARABLE;
    }
    if regular_memory(cx, t, 0) {
        flags |= FLAG_REGULAR_MEMORY;
    }
    let named = matches!(cx.tt.types[t.0 as usize], Type::Named(_));
    if named {
        flags |= FLAG_NAMED;
    }
    w.u8(23, flags);
    if ptrdata > 0 {
        let words = (ptrdata / 8) as usize;
        let mut bm = vec![0u8; words.div_ceil(8)];
        for o in &layout.ptr_words {
            let wi = (o / 8) as usize;
            bm[wi / 8] |= 1 << (wi % 8);
        }
        let gid = cx
            .module
            .declare_data(&format!("go:gcbits.{}", t.0), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(bm.into_boxed_slice());
        cx.module.define_data(gid, &d).map_err(|e| e.to_string())?;
        w.ptr(24, gid);
    }
    w.string(cx, 32, &name)?;
    if named {
        let path = named_pkg_path(cx, t);
        w.string(cx, 48, &path)?;
    }
    match &under {
        Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => {
            let d = type_desc(cx, *e)?;
            w.ptr(64, d);
        }
        Type::Array(n, e) => {
            let d = type_desc(cx, *e)?;
            w.ptr(64, d);
            w.u64(80, *n);
        }
        Type::Map(k, v) => {
            let dv = type_desc(cx, *v)?;
            let dk = type_desc(cx, *k)?;
            w.ptr(64, dv);
            w.ptr(72, dk);
        }
        _ => {}
    }
    if let Type::Chan(dir, _) = &under {
        use crate::syntax::ast::ChanDir;
        w.u64(
            80,
            match dir {
                ChanDir::Both => 3,
                ChanDir::Recv => 1,
                ChanDir::Send => 2,
            },
        );
    }
    if let Type::Struct(fs) = &under {
        if !fs.is_empty() {
            let offs = cx.layouts.field_offsets(t);
            let mut fw = Writer::new(40 * fs.len());
            for (i, f) in fs.iter().enumerate() {
                fw.string(cx, 40 * i, &f.name)?;
                let d = type_desc(cx, f.ty)?;
                fw.ptr(40 * i + 16, d);
                fw.u64(40 * i + 24, offs[i]);
                let exported = f.name.starts_with(|c: char| c.is_uppercase());
                fw.u64(40 * i + 32, f.embedded as u64 | (exported as u64) << 1);
            }
            let fid = cx
                .module
                .declare_data(&format!("go:fields.{}", t.0), Linkage::Local, false, false)
                .map_err(|e| e.to_string())?;
            fw.define(cx, fid)?;
            w.ptr(88, fid);
            w.u64(96, fs.len() as u64);
        }
    }
    // Methods: the interface's own methods, or the concrete method table.
    let mut mw: Option<(Writer, usize)> = None;
    if let Type::Interface(it) = &under {
        if !it.methods.is_empty() {
            let mut m = Writer::new(48 * it.methods.len());
            for (i, me) in it.methods.iter().enumerate() {
                m.string(cx, 48 * i, &me.name)?;
                if let Some(p) = me.pkg {
                    let path = cx.tp.packages[p.0 as usize].path.clone();
                    m.string(cx, 48 * i + 16, &path)?;
                }
                let d = type_desc(cx, me.sig)?;
                m.ptr(48 * i + 32, d);
            }
            mw = Some((m, it.methods.len()));
        }
    } else if let Some(table) = cx.prog.method_tables.get(&t) {
        let table = table.clone();
        let mut m = Writer::new(48 * table.len());
        for (i, me) in table.iter().enumerate() {
            m.string(cx, 48 * i, &me.name)?;
            m.string(cx, 48 * i + 16, &me.pkg_path)?;
            let d = type_desc(cx, me.sig)?;
            m.ptr(48 * i + 32, d);
            m.func_relocs.push(((48 * i + 40) as u32, me.ifn));
        }
        mw = Some((m, table.len()));
    }
    if let Some((m, n)) = mw {
        let mid = cx
            .module
            .declare_data(&format!("go:methods.{}", t.0), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        m.define(cx, mid)?;
        w.ptr(104, mid);
        w.u64(112, n as u64);
    }
    w.define(cx, id)
}

fn define_itab(cx: &mut Ctx, iface: TypeId, t: TypeId) -> Result<(), String> {
    let id = cx.itabs[&(iface, t)];
    let methods = match super::layout::underlying(cx.tt, iface) {
        Type::Interface(it) => it.methods.clone(),
        _ => vec![],
    };
    let mut w = Writer::new(24 + 8 * methods.len().max(1));
    let di = type_desc(cx, iface)?;
    let dt = type_desc(cx, t)?;
    w.ptr(0, di);
    w.ptr(8, dt);
    w.u32(16, fnv(&type_name(cx, t)) ^ t.0);
    let table = cx.prog.method_tables.get(&t).cloned().unwrap_or_default();
    for (i, m) in methods.iter().enumerate() {
        match table.iter().find(|e| e.name == m.name) {
            Some(e) => w.func_relocs.push(((24 + 8 * i) as u32, e.ifn)),
            None => {
                return Err(format!(
                    "internal: {} has no method {} for itab",
                    type_name(cx, t),
                    m.name
                ))
            }
        }
    }
    w.define(cx, id)
}

fn named_pkg_path(cx: &Ctx, t: TypeId) -> String {
    if let Type::Named(n) = &cx.tt.types[t.0 as usize] {
        let o = &cx.tp.objects[cx.tt.named[n.0 as usize].obj.0 as usize];
        if let Some(p) = o.pkg {
            return cx.tp.packages[p.0 as usize].path.clone();
        }
    }
    String::new()
}

/// The type as `%T` prints it.
pub fn type_name(cx: &Ctx, t: TypeId) -> String {
    type_name_depth(cx, t, 0)
}

fn type_name_depth(cx: &Ctx, t: TypeId, depth: u32) -> String {
    if depth > 30 {
        return "...".into();
    }
    let n = |x: TypeId| type_name_depth(cx, x, depth + 1);
    match &cx.tt.types[t.0 as usize] {
        Type::Basic(k) => basic_name(*k).to_string(),
        Type::Pointer(e) => format!("*{}", n(*e)),
        Type::Slice(e) => format!("[]{}", n(*e)),
        Type::Array(len, e) => format!("[{len}]{}", n(*e)),
        Type::Map(k, v) => format!("map[{}]{}", n(*k), n(*v)),
        Type::Chan(d, e) => {
            use crate::syntax::ast::ChanDir;
            match d {
                ChanDir::Both => format!("chan {}", n(*e)),
                ChanDir::Send => format!("chan<- {}", n(*e)),
                ChanDir::Recv => format!("<-chan {}", n(*e)),
            }
        }
        Type::Func(sig) => format!("func{}", sig_string(cx, sig, depth)),
        Type::Struct(fs) => {
            if fs.is_empty() {
                return "struct {}".into();
            }
            let parts: Vec<String> = fs
                .iter()
                .map(|f| {
                    let mut s = if f.embedded {
                        n(f.ty)
                    } else {
                        format!("{} {}", f.name, n(f.ty))
                    };
                    if let Some(tag) = &f.tag {
                        s.push_str(&format!(" {:?}", tag));
                    }
                    s
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        Type::Interface(it) => {
            if it.methods.is_empty() {
                return "interface {}".into();
            }
            let parts: Vec<String> = it
                .methods
                .iter()
                .map(|m| match &cx.tt.types[m.sig.0 as usize] {
                    Type::Func(s) => format!("{}{}", m.name, sig_string(cx, s, depth)),
                    _ => m.name.clone(),
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        Type::Tuple(es) => {
            let parts: Vec<String> = es.iter().map(|e| n(*e)).collect();
            format!("({})", parts.join(", "))
        }
        Type::Named(id) => {
            let info = &cx.tt.named[id.0 as usize];
            let o = &cx.tp.objects[info.obj.0 as usize];
            let base = match o.pkg {
                Some(p) => format!("{}.{}", cx.tp.packages[p.0 as usize].name, o.name),
                None => o.name.clone(),
            };
            match &info.origin {
                Some((_, args)) => {
                    let a: Vec<String> = args.iter().map(|x| n(*x)).collect();
                    format!("{base}[{}]", a.join(","))
                }
                None => base,
            }
        }
        Type::TypeParam(i) => format!("T{i}"),
    }
}

fn sig_string(cx: &Ctx, sig: &crate::types::Signature, depth: u32) -> String {
    let n = |x: TypeId| type_name_depth(cx, x, depth + 1);
    let mut ps: Vec<String> = sig.params.iter().map(|p| n(*p)).collect();
    if sig.variadic {
        if let Some(last) = ps.last_mut() {
            if let Some(stripped) = last.strip_prefix("[]") {
                *last = format!("...{stripped}");
            }
        }
    }
    let mut s = format!("({})", ps.join(", "));
    match sig.results.len() {
        0 => {}
        1 => s.push_str(&format!(" {}", n(sig.results[0]))),
        _ => {
            let rs: Vec<String> = sig.results.iter().map(|r| n(*r)).collect();
            s.push_str(&format!(" ({})", rs.join(", ")));
        }
    }
    s
}

fn basic_name(k: BasicKind) -> &'static str {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => "bool",
        Int | UntypedInt => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 | UntypedRune => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 | UntypedFloat => "float64",
        Complex64 => "complex64",
        Complex128 | UntypedComplex => "complex128",
        String | UntypedString => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedNil => "nil",
        Invalid => "invalid type",
    }
}
