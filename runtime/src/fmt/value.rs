//! Walking Go values through their type descriptors: gc's `printArg`, `printValue`,
//! `handleMethods` (Error/String/GoString) and `badVerb`.

use alloc::vec::Vec;

use super::Printer;
use crate::typedesc::{
    Eface, GoSlice, GoString, Itab, Kind, TypeDesc, FLAG_DIRECT_IFACE, FLAG_NAMED,
};

/// A Go value in memory: its type and the address of its bytes.
#[derive(Clone, Copy)]
pub(crate) struct Val {
    pub td: *const TypeDesc,
    pub ptr: *const u8,
    /// Reached only through exported fields (gc's `CanInterface`): methods may be called.
    pub exported: bool,
}

/// Map iteration state, filled by `rgo_mapiterinit`. Only `key` and `elem` are read here;
/// the rest is private to the map implementation (sized generously: 32 words).
#[repr(C)]
pub(crate) struct MapIter {
    /// Current key, null at the end.
    pub key: *const u8,
    pub elem: *const u8,
    pub private: [usize; 30],
}

#[cfg(not(test))]
extern "C" {
    fn rgo_mapiterinit(maptd: *const TypeDesc, m: *const u8, it: *mut MapIter);
    fn rgo_mapiternext(it: *mut MapIter);
}
#[cfg(test)]
use super::testutil::{rgo_mapiterinit, rgo_mapiternext};

impl Val {
    pub(crate) fn td(&self) -> &'static TypeDesc {
        // SAFETY: `td` always points at a compiler-emitted (static) descriptor.
        unsafe { &*self.td }
    }
    fn kind(&self) -> Kind {
        self.td().kind()
    }
    /// Reads a `T` at the value's address.
    ///
    /// # Safety
    /// The value must have a layout compatible with `T`.
    pub(crate) unsafe fn read<T: Copy>(&self) -> T {
        // SAFETY: guaranteed by the caller; values may be unaligned inside packed arrays
        // of smaller types, so read unaligned.
        unsafe { core::ptr::read_unaligned(self.ptr as *const T) }
    }
    /// The word passed as method receiver: the value itself for pointer-shaped types,
    /// else a pointer to it.
    fn recv_word(&self) -> *mut u8 {
        if self.td().flags & FLAG_DIRECT_IFACE != 0 {
            // SAFETY: pointer-shaped values are one word.
            unsafe { self.read::<*mut u8>() }
        } else {
            self.ptr as *mut u8
        }
    }
}

/// The dynamic value of an interface stored at `ptr` whose static type is `iface`, or
/// None for a nil interface.
///
/// # Safety
/// `ptr` must point at a valid interface value of type `iface`.
pub(crate) unsafe fn iface_elem(iface: &TypeDesc, ptr: *const u8, exported: bool) -> Option<Val> {
    // SAFETY: interface values are Efaces.
    let e = unsafe { &*(ptr as *const Eface) };
    if e.tab.is_null() {
        return None;
    }
    let td = if iface.nmethods == 0 {
        e.tab as *const TypeDesc
    } else {
        // SAFETY: non-empty interfaces hold an itab.
        unsafe { (*(e.tab as *const Itab)).typ }
    };
    Some(eface_val(td, e, exported))
}

/// The value held by an interface whose dynamic type is `td` and which lives at `e`.
fn eface_val(td: *const TypeDesc, e: &Eface, exported: bool) -> Val {
    // SAFETY: `td` is a valid descriptor.
    let direct = unsafe { (*td).flags } & FLAG_DIRECT_IFACE != 0;
    let ptr = if direct {
        &e.data as *const *mut u8 as *const u8
    } else {
        e.data as *const u8
    };
    Val { td, ptr, exported }
}

/// An `any` operand as an int, for `*` widths (any integer kind that fits in an int).
///
/// # Safety
/// `e` must be a valid `any`.
pub(crate) unsafe fn eface_int(e: &Eface) -> (i64, bool) {
    if e.tab.is_null() {
        return (0, false);
    }
    let v = eface_val(e.tab as *const TypeDesc, e, true);
    // SAFETY: reads match the kinds' layouts.
    unsafe {
        match v.kind() {
            Kind::Int | Kind::Int64 => (v.read::<i64>(), true),
            Kind::Int8 => (v.read::<i8>() as i64, true),
            Kind::Int16 => (v.read::<i16>() as i64, true),
            Kind::Int32 => (v.read::<i32>() as i64, true),
            Kind::Uint | Kind::Uint64 | Kind::Uintptr => {
                let u = v.read::<u64>();
                ((u as i64), (u as i64) >= 0)
            }
            Kind::Uint8 => (v.read::<u8>() as i64, true),
            Kind::Uint16 => (v.read::<u16>() as i64, true),
            Kind::Uint32 => (v.read::<u32>() as i64, true),
            _ => (0, false),
        }
    }
}

/// Finds a `func() string` method named `name` in `td`'s method set.
fn find_string_method(td: &TypeDesc, name: &[u8]) -> Option<*const u8> {
    td.methods()
        .iter()
        .find(|m| {
            m.name.as_bytes() == name
                && !m.ifn.is_null()
                // SAFETY: method signature descriptors are valid.
                && !m.mtyp.is_null() && unsafe { (*m.mtyp).name() } == b"func() string"
        })
        .map(|m| m.ifn)
}

fn call(ifn: *const u8, v: &Val) -> GoString {
    // SAFETY: `ifn` is a `func() string` method of `v`'s type and the receiver word is
    // built as the method wrappers expect.
    unsafe { crate::gocall::call_string_method(ifn, v.recv_word()) }
}

/// Byte view of a `[]T`/`[N]T` with 1-byte elements.
fn byte_view(v: &Val) -> (&'static [u8], bool) {
    if v.kind() == Kind::Slice {
        // SAFETY: slice values are GoSlice headers.
        let s = unsafe { v.read::<GoSlice>() };
        if s.len == 0 {
            return (&[], s.ptr.is_null());
        }
        // SAFETY: a slice header describes `len` readable elements.
        (unsafe { core::slice::from_raw_parts(s.ptr, s.len) }, false)
    } else {
        let n = v.td().len as usize;
        if n == 0 {
            return (&[], false);
        }
        // SAFETY: an array of `n` bytes lives at the value's address.
        (unsafe { core::slice::from_raw_parts(v.ptr, n) }, false)
    }
}

fn is_byte_slice_type(td: &TypeDesc) -> bool {
    td.kind() == Kind::Slice && td.flags & FLAG_NAMED == 0 && {
        // SAFETY: slice descriptors have an element type.
        let et = unsafe { &*td.elem };
        et.kind() == Kind::Uint8 && et.flags & FLAG_NAMED == 0
    }
}

impl Printer {
    /// gc's `badVerb`: `%!verb(type=value)`.
    pub(crate) fn bad_verb(&mut self, verb: u32) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        super::quote::push_rune(&mut self.buf, verb);
        self.buf.push(b'(');
        match self.cur {
            Some(v) => {
                self.buf.extend_from_slice(v.td().name());
                self.buf.push(b'=');
                self.print_value(v, 'v' as u32, 0);
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    /// gc's `printArg`: prints operand `e` (an `any`) under `verb`.
    pub(crate) fn print_arg(&mut self, e: *const Eface, verb: u32) {
        // SAFETY: operands are valid Efaces that outlive the call.
        let e = unsafe { &*e };
        if e.tab.is_null() {
            self.cur = None;
            if verb == 'T' as u32 || verb == 'v' as u32 {
                self.pad(b"<nil>");
            } else {
                self.bad_verb(verb);
            }
            return;
        }
        let v = eface_val(e.tab as *const TypeDesc, e, true);
        self.cur = Some(v);
        if verb == 'T' as u32 {
            self.fmt_s(v.td().name());
            return;
        }
        if verb == 'p' as u32 {
            self.fmt_pointer(v, verb);
            return;
        }
        if is_byte_slice_type(v.td()) {
            let (b, is_nil) = byte_view(&v);
            self.fmt_bytes(b, is_nil, verb, b"[]byte", &mut |p: &mut Printer| {
                p.print_value(v, verb, 0)
            });
            return;
        }
        if self.handle_methods(v, verb) {
            return;
        }
        self.print_value(v, verb, 0);
    }

    /// gc's `handleMethods`: `%w`, GoString for `%#v`, Error/String for `v s x X q`.
    fn handle_methods(&mut self, v: Val, mut verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        let td = v.td();
        if verb == 'w' as u32 {
            if !self.wrap_errs || find_string_method(td, b"Error").is_none() {
                self.bad_verb(verb);
                return true;
            }
            verb = 'v' as u32;
        }
        if self.f.sharp_v {
            if let Some(ifn) = find_string_method(td, b"GoString") {
                let s = call(ifn, &v);
                self.fmt_s(s.as_bytes());
                return true;
            }
            return false;
        }
        if matches!(char::from_u32(verb), Some('v' | 's' | 'x' | 'X' | 'q')) {
            let m = find_string_method(td, b"Error").or_else(|| find_string_method(td, b"String"));
            if let Some(ifn) = m {
                let s = call(ifn, &v);
                self.fmt_string(s.as_bytes(), verb);
                return true;
            }
        }
        false
    }

    /// gc's `fmtPointer`: pointer-shaped values (and slices) as addresses.
    fn fmt_pointer(&mut self, v: Val, verb: u32) {
        let u: u64 = match v.kind() {
            // SAFETY: these kinds are one word (slices: the data pointer comes first).
            Kind::Chan
            | Kind::Func
            | Kind::Map
            | Kind::Pointer
            | Kind::UnsafePointer
            | Kind::Slice => {
                // SAFETY: these kinds are one word (slices: the data pointer comes first).
                unsafe { v.read::<u64>() }
            }
            _ => {
                self.bad_verb(verb);
                return;
            }
        };
        match char::from_u32(verb).unwrap_or('?') {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(v.td().name());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad_spaces_nil();
                } else {
                    let sharp = self.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb),
            _ => self.bad_verb(verb),
        }
    }

    fn pad_spaces_nil(&mut self) {
        self.pad(b"<nil>");
    }

    /// gc's `printValue`: prints `v` under `verb`; `depth` > 0 inside composites.
    pub(crate) fn print_value(&mut self, v: Val, verb: u32, depth: usize) {
        if depth > 0 && v.exported && self.handle_methods(v, verb) {
            return;
        }
        self.cur = Some(v);
        let td = v.td();
        // SAFETY: (whole match) every read matches the layout of the value's kind.
        unsafe {
            match td.kind() {
                Kind::Invalid => self.buf.extend_from_slice(b"<invalid reflect.Value>"),
                Kind::Bool => self.fmt_bool(v.read::<u8>() != 0, verb),
                Kind::Int | Kind::Int64 => self.fmt_integer(v.read::<i64>() as u64, true, verb),
                Kind::Int8 => self.fmt_integer(v.read::<i8>() as i64 as u64, true, verb),
                Kind::Int16 => self.fmt_integer(v.read::<i16>() as i64 as u64, true, verb),
                Kind::Int32 => self.fmt_integer(v.read::<i32>() as i64 as u64, true, verb),
                Kind::Uint | Kind::Uint64 | Kind::Uintptr => {
                    self.fmt_integer(v.read::<u64>(), false, verb)
                }
                Kind::Uint8 => self.fmt_integer(v.read::<u8>() as u64, false, verb),
                Kind::Uint16 => self.fmt_integer(v.read::<u16>() as u64, false, verb),
                Kind::Uint32 => self.fmt_integer(v.read::<u32>() as u64, false, verb),
                Kind::Float32 => self.fmt_float(v.read::<f32>() as f64, 32, verb),
                Kind::Float64 => self.fmt_float(v.read::<f64>(), 64, verb),
                Kind::Complex64 => {
                    let [re, im] = v.read::<[f32; 2]>();
                    self.fmt_complex(re as f64, im as f64, 64, verb)
                }
                Kind::Complex128 => {
                    let [re, im] = v.read::<[f64; 2]>();
                    self.fmt_complex(re, im, 128, verb)
                }
                Kind::String => {
                    let s = v.read::<GoString>();
                    self.fmt_string(s.as_bytes(), verb)
                }
                Kind::Map => self.print_map(v, verb, depth),
                Kind::Struct => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(td.name());
                    }
                    self.buf.push(b'{');
                    for (i, f) in td.fields().iter().enumerate() {
                        if i > 0 {
                            if self.f.sharp_v {
                                self.buf.extend_from_slice(b", ");
                            } else {
                                self.buf.push(b' ');
                            }
                        }
                        if self.f.plus_v || self.f.sharp_v {
                            self.buf.extend_from_slice(f.name.as_bytes());
                            self.buf.push(b':');
                        }
                        let fv = Val {
                            td: f.typ,
                            ptr: v.ptr.add(f.offset as usize),
                            exported: v.exported && f.flags & 2 != 0,
                        };
                        self.print_value(field_value(fv), verb, depth + 1);
                    }
                    self.buf.push(b'}');
                }
                Kind::Interface => match iface_elem(td, v.ptr, v.exported) {
                    None => {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(td.name());
                            self.buf.extend_from_slice(b"(nil)");
                        } else {
                            self.buf.extend_from_slice(b"<nil>");
                        }
                    }
                    Some(e) => self.print_value(e, verb, depth + 1),
                },
                Kind::Array | Kind::Slice => self.print_list(v, verb, depth),
                Kind::Pointer => {
                    let p = v.read::<*const u8>();
                    if depth == 0 && !p.is_null() {
                        let et = &*td.elem;
                        if matches!(
                            et.kind(),
                            Kind::Array | Kind::Slice | Kind::Struct | Kind::Map
                        ) {
                            self.buf.push(b'&');
                            let ev = Val {
                                td: td.elem,
                                ptr: p,
                                exported: v.exported,
                            };
                            self.print_value(ev, verb, depth + 1);
                            return;
                        }
                    }
                    self.fmt_pointer(v, verb)
                }
                Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, verb),
            }
        }
    }

    fn print_list(&mut self, v: Val, verb: u32, depth: usize) {
        let td = v.td();
        // SAFETY: list descriptors have an element type.
        let et = unsafe { &*td.elem };
        if matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X')) && et.kind() == Kind::Uint8 {
            let (b, _) = byte_view(&v);
            self.fmt_bytes(b, false, verb, td.name(), &mut |_p: &mut Printer| {});
            return;
        }
        let (base, n, is_nil) = if td.kind() == Kind::Slice {
            // SAFETY: slice values are GoSlice headers.
            let s = unsafe { v.read::<GoSlice>() };
            (s.ptr as *const u8, s.len, s.ptr.is_null())
        } else {
            (v.ptr, td.len as usize, false)
        };
        let elem = |i: usize| Val {
            td: td.elem,
            // SAFETY: `i` < the list's length.
            ptr: unsafe { base.add(i * et.size as usize) },
            exported: v.exported,
        };
        if self.f.sharp_v {
            self.buf.extend_from_slice(td.name());
            if is_nil {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for i in 0..n {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(elem(i), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for i in 0..n {
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(elem(i), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    fn print_map(&mut self, v: Val, verb: u32, depth: usize) {
        let td = v.td();
        // SAFETY: map values are one pointer word.
        let m = unsafe { v.read::<*const u8>() };
        if self.f.sharp_v {
            self.buf.extend_from_slice(td.name());
            if m.is_null() {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        let mut entries: Vec<(*const u8, *const u8)> = Vec::new();
        if !m.is_null() {
            let mut it = MapIter {
                key: core::ptr::null(),
                elem: core::ptr::null(),
                private: [0; 30],
            };
            // SAFETY: `m` is a live map of type `td`; `it` is a fresh iterator.
            unsafe { rgo_mapiterinit(td, m, &mut it) };
            while !it.key.is_null() {
                entries.push((it.key, it.elem));
                // SAFETY: `it` was initialised by rgo_mapiterinit.
                unsafe { rgo_mapiternext(&mut it) };
            }
        }
        // SAFETY: map descriptors have key and element types.
        let (kt, et) = unsafe { (&*td.key, &*td.elem) };
        super::sort::sort_keys(kt, &mut entries);
        for (i, &(k, e)) in entries.iter().enumerate() {
            if i > 0 {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            let kv = Val {
                td: kt,
                ptr: k,
                exported: v.exported,
            };
            self.print_value(kv, verb, depth + 1);
            self.buf.push(b':');
            let ev = Val {
                td: et,
                ptr: e,
                exported: v.exported,
            };
            self.print_value(ev, verb, depth + 1);
        }
        self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
    }
}

/// gc's `getField`: a struct field holding a non-nil interface is replaced by its
/// dynamic value.
fn field_value(fv: Val) -> Val {
    if fv.kind() == Kind::Interface {
        // SAFETY: `fv` is an interface value of type `fv.td`.
        if let Some(e) = unsafe { iface_elem(fv.td(), fv.ptr, fv.exported) } {
            return e;
        }
    }
    fv
}
