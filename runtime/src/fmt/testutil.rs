//! Test-only helpers: hand-built type descriptors and values, plus shims for the map
//! iteration and itab functions that other parts of the runtime provide.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::typedesc::*;

pub fn gs(s: &str) -> GoString {
    let b: &'static [u8] = Box::leak(s.as_bytes().to_vec().into_boxed_slice());
    GoString {
        ptr: b.as_ptr(),
        len: b.len(),
    }
}

pub type Td = &'static TypeDesc;

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

pub fn desc(kind: Kind, size: u64, name: &str, flags: u8) -> TypeDesc {
    TypeDesc {
        size,
        ptrdata: 0,
        hash: 0,
        align: size.clamp(1, 8) as u8,
        field_align: size.clamp(1, 8) as u8,
        kind: kind as u8,
        flags: flags | FLAG_COMPARABLE,
        gcdata: core::ptr::null(),
        name: gs(name),
        pkg_path: GoString::EMPTY,
        elem: core::ptr::null(),
        key: core::ptr::null(),
        len: 0,
        fields: core::ptr::null(),
        nfields: 0,
        methods: core::ptr::null(),
        nmethods: 0,
        ptr_to_this: core::ptr::null(),
    }
}

pub fn basic(kind: Kind, size: u64, name: &str) -> Td {
    leak(desc(kind, size, name, 0))
}

pub fn slice(elem: Td, name: &str) -> Td {
    let mut d = desc(Kind::Slice, 24, name, 0);
    d.elem = elem;
    leak(d)
}

pub fn array(elem: Td, n: u64, name: &str) -> Td {
    let mut d = desc(Kind::Array, elem.size * n, name, 0);
    d.elem = elem;
    d.len = n;
    leak(d)
}

pub fn ptr(elem: Td, name: &str) -> Td {
    let mut d = desc(Kind::Pointer, 8, name, FLAG_DIRECT_IFACE);
    d.elem = elem;
    leak(d)
}

pub fn map(key: Td, elem: Td, name: &str) -> Td {
    let mut d = desc(Kind::Map, 8, name, FLAG_DIRECT_IFACE);
    d.key = key;
    d.elem = elem;
    leak(d)
}

/// An interface type with the given method names (`func() string` each).
pub fn iface(name: &str, methods: &[&str]) -> Td {
    let mut d = desc(Kind::Interface, 16, name, 0);
    let ms: Vec<MethodDesc> = methods
        .iter()
        .map(|m| MethodDesc {
            name: gs(m),
            pkg_path: GoString::EMPTY,
            mtyp: func_string(),
            ifn: core::ptr::null(),
        })
        .collect();
    d.nmethods = ms.len() as u64;
    d.methods = Box::leak(ms.into_boxed_slice()).as_ptr();
    leak(d)
}

pub fn func_string() -> Td {
    basic(Kind::Func, 8, "func() string")
}

/// A struct type: fields (name, type, exported); offsets are laid out naturally.
pub fn structt(name: &str, named: bool, fields: &[(&str, Td, bool)]) -> Td {
    let mut off = 0u64;
    let mut fs = Vec::new();
    let mut align = 1;
    for &(n, t, exported) in fields {
        let a = t.align.max(1) as u64;
        align = align.max(a);
        off = off.next_multiple_of(a);
        fs.push(FieldDesc {
            name: gs(n),
            typ: t,
            offset: off,
            flags: if exported { 2 } else { 0 },
        });
        off += t.size;
    }
    let size = off.next_multiple_of(align);
    let mut d = desc(Kind::Struct, size, name, if named { FLAG_NAMED } else { 0 });
    d.align = align as u8;
    d.nfields = fs.len() as u64;
    d.fields = Box::leak(fs.into_boxed_slice()).as_ptr();
    leak(d)
}

pub type StrMethod = extern "C" fn(*mut u8) -> GoString;

/// A copy of `base` renamed as defined type `name` with `func() string` methods.
pub fn named(base: Td, name: &str, methods: &[(&str, StrMethod)]) -> Td {
    let mut d = desc(base.kind(), base.size, name, base.flags | FLAG_NAMED);
    d.elem = base.elem;
    d.key = base.key;
    d.len = base.len;
    d.fields = base.fields;
    d.nfields = base.nfields;
    d.align = base.align;
    let mut ms: Vec<MethodDesc> = methods
        .iter()
        .map(|&(m, f)| MethodDesc {
            name: gs(m),
            pkg_path: GoString::EMPTY,
            mtyp: func_string(),
            ifn: f as *const u8,
        })
        .collect();
    ms.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    d.nmethods = ms.len() as u64;
    d.methods = Box::leak(ms.into_boxed_slice()).as_ptr();
    leak(d)
}

/// Leaks `bytes` as a value's storage (16-byte aligned).
pub fn store(bytes: &[u8]) -> *mut u8 {
    let words = bytes.len().div_ceil(8).max(2);
    let mut v: Vec<u64> = alloc::vec![0; words];
    // SAFETY: `v` holds at least `bytes.len()` bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), v.as_mut_ptr() as *mut u8, bytes.len())
    };
    Box::leak(v.into_boxed_slice()).as_mut_ptr() as *mut u8
}

pub fn raw<T: Copy>(v: T) -> Vec<u8> {
    let mut b = alloc::vec![0u8; core::mem::size_of::<T>()];
    // SAFETY: `b` has room for a `T`.
    unsafe { core::ptr::write_unaligned(b.as_mut_ptr() as *mut T, v) };
    b
}

/// An `any` holding a value of type `td` whose bytes are `bytes`.
pub fn any(td: Td, bytes: &[u8]) -> Eface {
    if td.flags & FLAG_DIRECT_IFACE != 0 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[..8]);
        Eface {
            tab: td as *const TypeDesc as *const u8,
            data: usize::from_ne_bytes(w) as *mut u8,
        }
    } else {
        Eface {
            tab: td as *const TypeDesc as *const u8,
            data: store(bytes),
        }
    }
}

pub const NIL: Eface = Eface {
    tab: core::ptr::null(),
    data: core::ptr::null_mut(),
};

pub fn slice_bytes(elem_bytes: &[u8], n: usize) -> Vec<u8> {
    let p = if n == 0 {
        core::ptr::null_mut()
    } else {
        store(elem_bytes)
    };
    raw(GoSlice {
        ptr: p,
        len: n,
        cap: n,
    })
}

pub fn string_bytes(s: &[u8]) -> Vec<u8> {
    let p: &'static [u8] = Box::leak(s.to_vec().into_boxed_slice());
    raw(GoString {
        ptr: p.as_ptr(),
        len: p.len(),
    })
}

/// Test map: a count then the entries (key, elem pointers) in insertion order.
#[repr(C)]
pub struct TestMap {
    pub count: i64,
    pub entries: Vec<(*const u8, *const u8)>,
}

/// A map value (its word) with the given raw keys and elements.
pub fn map_bytes(entries: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let m = TestMap {
        count: entries.len() as i64,
        entries: entries
            .iter()
            .map(|(k, e)| (store(k) as *const u8, store(e) as *const u8))
            .collect(),
    };
    raw(Box::leak(Box::new(m)) as *const TestMap as usize)
}

pub const NIL_WORD: [u8; 8] = [0; 8];

/// Test shim of the runtime's map iteration start.
///
/// # Safety
/// `m` is a leaked `TestMap`.
pub unsafe fn rgo_mapiterinit(_td: *const TypeDesc, m: *const u8, it: *mut super::value::MapIter) {
    // SAFETY: test maps are TestMaps; `it` is valid.
    unsafe {
        (*it).private[0] = m as usize;
        (*it).private[1] = 0;
        set(it);
    }
}

unsafe fn set(it: *mut super::value::MapIter) {
    // SAFETY: private[0] holds a TestMap pointer.
    unsafe {
        let m = &*((*it).private[0] as *const TestMap);
        let i = (*it).private[1];
        if i < m.entries.len() {
            (*it).key = m.entries[i].0;
            (*it).elem = m.entries[i].1;
        } else {
            (*it).key = core::ptr::null();
            (*it).elem = core::ptr::null();
        }
    }
}

/// Test shim of the runtime's map iteration step.
///
/// # Safety
/// `it` was initialised by [`rgo_mapiterinit`].
pub unsafe fn rgo_mapiternext(it: *mut super::value::MapIter) {
    // SAFETY: as documented.
    unsafe {
        (*it).private[1] += 1;
        set(it);
    }
}

/// Test shim of the runtime's itab lookup (by method names).
///
/// # Safety
/// Valid descriptors.
pub unsafe fn rgo_getitab(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    _canfail: bool,
) -> *const Itab {
    // SAFETY: valid descriptors.
    let (i, t) = unsafe { (&*inter, &*typ) };
    let mut fun = Vec::new();
    for m in i.methods() {
        match t
            .methods()
            .iter()
            .find(|x| x.name.as_bytes() == m.name.as_bytes())
        {
            Some(x) => fun.push(x.ifn),
            None => return core::ptr::null(),
        }
    }
    fun.push(core::ptr::null());
    let words: Vec<usize> = [inter as usize, typ as usize, 0]
        .into_iter()
        .chain(fun.iter().map(|&f| f as usize))
        .collect();
    Box::leak(words.into_boxed_slice()).as_ptr() as *const Itab
}
