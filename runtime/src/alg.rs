//! Type-driven hashing and equality (map keys, `==` on interfaces, arrays and structs):
//! integers, pointers and channels by value; strings by content; floats with +0 == -0 and
//! NaN != NaN (each NaN hashes randomly); interfaces by dynamic type and value (panicking
//! on unhashable / uncomparable dynamic types); arrays and structs element by element,
//! skipping blank (`_`) fields. Hashing is a wyhash-style multiply-mix.

use crate::typedesc::{
    GoString, Itab, Kind, TypeDesc, FLAG_COMPARABLE, FLAG_DIRECT_IFACE, FLAG_REGULAR_MEMORY,
};

const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
const P3: u64 = 0x5899_65cc_7537_4cc3;

#[inline(always)]
fn mum(a: u64, b: u64) -> u64 {
    let r = (a as u128) * (b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// Hash of one 64-bit word.
#[inline(always)]
pub fn hash64(v: u64, seed: u64) -> u64 {
    mum(mum(v ^ seed ^ P0, P1 ^ seed), P2)
}

/// Hash of a byte string.
#[inline]
pub fn memhash(s: &[u8], seed: u64) -> u64 {
    let n = s.len();
    let mut h = seed ^ P0 ^ (n as u64).wrapping_mul(P3);
    let mut i = 0;
    while i + 16 <= n {
        let a = u64::from_le_bytes(s[i..i + 8].try_into().unwrap());
        let b = u64::from_le_bytes(s[i + 8..i + 16].try_into().unwrap());
        h = mum(a ^ P1 ^ h, b ^ P2);
        i += 16;
    }
    if i + 8 <= n {
        let a = u64::from_le_bytes(s[i..i + 8].try_into().unwrap());
        h = mum(a ^ P1, h ^ P2);
        i += 8;
    }
    if i < n {
        // The last 1–7 bytes in two overlapping loads (a copy into a zeroed word went
        // through memcpy: 8% of the maps benchmark).
        let t = &s[i..];
        let r = t.len();
        let w = if r >= 4 {
            (u32::from_le_bytes(t[..4].try_into().unwrap()) as u64) << 32
                | u32::from_le_bytes(t[r - 4..].try_into().unwrap()) as u64
        } else {
            (t[0] as u64) << 16 | (t[r >> 1] as u64) << 8 | t[r - 1] as u64
        };
        h = mum(w ^ P3, h ^ P1);
    }
    mum(h ^ P0, (n as u64) ^ P2)
}

/// A fresh random hash for NaN keys.
fn nan_hash() -> u64 {
    crate::syscall::cputicks().wrapping_mul(P1) ^ P2
}

/// Bytes of memory at `p`.
///
/// # Safety
/// `p` must be valid for `n` bytes.
unsafe fn mem<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if n == 0 {
        return &[];
    }
    // SAFETY: per the contract.
    unsafe { core::slice::from_raw_parts(p, n) }
}

/// The dynamic type in an interface value's first word (`tab`): for an empty interface
/// type `it` that is the type itself, otherwise an itab.
///
/// # Safety
/// `tab` must be null or a valid type / itab pointer for interface type `it`.
pub unsafe fn dynamic_type(it: &TypeDesc, tab: *const u8) -> *const TypeDesc {
    if tab.is_null() || it.nmethods == 0 {
        tab.cast()
    } else {
        // SAFETY: non-empty interfaces hold itabs.
        unsafe { (*(tab as *const Itab)).typ }
    }
}

fn is_blank(f: &crate::typedesc::FieldDesc) -> bool {
    f.name.as_bytes() == b"_"
}

fn panic_with_type(prefix: &str, t: &TypeDesc) -> ! {
    let p = GoString {
        ptr: prefix.as_ptr(),
        len: prefix.len(),
    };
    let msg = crate::strings::rgo_concatstrings([p, t.name].as_ptr(), 2);
    crate::panic::panic_runtime_error_bytes(msg.as_bytes())
}

/// Hash of the value of type `t` at `p`.
///
/// # Safety
/// `p` points at a valid value of type `t`.
pub unsafe fn typehash(t: &TypeDesc, p: *const u8, seed: u64) -> u64 {
    let size = t.size as usize;
    // SAFETY (whole body): p points at a value of type t, so every read is in bounds.
    unsafe {
        match t.kind() {
            Kind::String => {
                let s = *(p as *const GoString);
                return memhash(s.as_bytes(), seed);
            }
            Kind::Float32 => {
                let v = *(p as *const f32);
                return if v.is_nan() {
                    nan_hash()
                } else {
                    hash64(if v == 0.0 { 0 } else { v.to_bits() as u64 }, seed)
                };
            }
            Kind::Float64 => {
                let v = *(p as *const f64);
                return if v.is_nan() {
                    nan_hash()
                } else {
                    hash64(if v == 0.0 { 0 } else { v.to_bits() }, seed)
                };
            }
            Kind::Complex64 => {
                let f = crate::alg::F32;
                let h = typehash(&f, p, seed);
                return typehash(&f, p.add(4), h);
            }
            Kind::Complex128 => {
                let f = crate::alg::F64;
                let h = typehash(&f, p, seed);
                return typehash(&f, p.add(8), h);
            }
            Kind::Interface => {
                let tab = *(p as *const *const u8);
                let data = *(p.add(8) as *const *mut u8);
                let dt = dynamic_type(t, tab);
                if dt.is_null() {
                    return hash64(0, seed);
                }
                let dt = &*dt;
                if dt.flags & FLAG_COMPARABLE == 0 {
                    panic_with_type("hash of unhashable type ", dt);
                }
                let seed = seed ^ dt.hash as u64;
                return if dt.flags & FLAG_DIRECT_IFACE != 0 {
                    hash64(data as u64, seed)
                } else {
                    typehash(dt, data, seed)
                };
            }
            Kind::Array if t.flags & FLAG_REGULAR_MEMORY == 0 => {
                let et = &*t.elem;
                let mut h = seed;
                for i in 0..t.len as usize {
                    h = typehash(et, p.add(i * et.size as usize), h);
                }
                return h;
            }
            Kind::Struct if t.flags & FLAG_REGULAR_MEMORY == 0 => {
                let mut h = seed;
                for f in t.fields() {
                    if !is_blank(f) {
                        h = typehash(&*f.typ, p.add(f.offset as usize), h);
                    }
                }
                return h;
            }
            Kind::Slice | Kind::Map | Kind::Func => panic_with_type("hash of unhashable type ", t),
            _ => {}
        }
        match size {
            8 => hash64(*(p as *const u64), seed),
            4 => hash64(*(p as *const u32) as u64, seed),
            _ => memhash(mem(p, size), seed),
        }
    }
}

/// Whether the values of type `t` at `a` and `b` are equal (`==`).
///
/// # Safety
/// `a` and `b` point at valid values of type `t`.
pub unsafe fn typeequal(t: &TypeDesc, a: *const u8, b: *const u8) -> bool {
    let size = t.size as usize;
    // SAFETY (whole body): a and b point at values of type t.
    unsafe {
        match t.kind() {
            Kind::String => {
                let (x, y) = (*(a as *const GoString), *(b as *const GoString));
                x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())
            }
            Kind::Float32 => *(a as *const f32) == *(b as *const f32),
            Kind::Float64 => *(a as *const f64) == *(b as *const f64),
            Kind::Complex64 => {
                let (x, y) = (a as *const f32, b as *const f32);
                *x == *y && *x.add(1) == *y.add(1)
            }
            Kind::Complex128 => {
                let (x, y) = (a as *const f64, b as *const f64);
                *x == *y && *x.add(1) == *y.add(1)
            }
            Kind::Interface => {
                let (ta, tb) = (*(a as *const *const u8), *(b as *const *const u8));
                let (da, db) = (*(a.add(8) as *const *mut u8), *(b.add(8) as *const *mut u8));
                let (xa, xb) = (dynamic_type(t, ta), dynamic_type(t, tb));
                if xa != xb {
                    return false;
                }
                if xa.is_null() {
                    return true;
                }
                efaceeq(&*xa, da, db)
            }
            Kind::Array if t.flags & FLAG_REGULAR_MEMORY == 0 => {
                let et = &*t.elem;
                let es = et.size as usize;
                (0..t.len as usize).all(|i| typeequal(et, a.add(i * es), b.add(i * es)))
            }
            Kind::Struct if t.flags & FLAG_REGULAR_MEMORY == 0 => t.fields().iter().all(|f| {
                is_blank(f)
                    || typeequal(&*f.typ, a.add(f.offset as usize), b.add(f.offset as usize))
            }),
            Kind::Slice | Kind::Map | Kind::Func => {
                panic_with_type("comparing uncomparable type ", t)
            }
            _ => match size {
                8 => *(a as *const u64) == *(b as *const u64),
                4 => *(a as *const u32) == *(b as *const u32),
                1 => *a == *b,
                _ => mem(a, size) == mem(b, size),
            },
        }
    }
}

/// Equality of two interface data words holding dynamic type `t`.
///
/// # Safety
/// `x` and `y` are data words of interfaces whose dynamic type is `t`.
pub unsafe fn efaceeq(t: &TypeDesc, x: *mut u8, y: *mut u8) -> bool {
    if t.flags & FLAG_COMPARABLE == 0 {
        panic_with_type("comparing uncomparable type ", t);
    }
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        return x == y;
    }
    // SAFETY: indirect data words point at values of type t.
    unsafe { typeequal(t, x, y) }
}

const fn scalar(kind: Kind, size: u64) -> TypeDesc {
    TypeDesc {
        size,
        ptrdata: 0,
        hash: 0,
        align: size as u8,
        field_align: size as u8,
        kind: kind as u8,
        flags: FLAG_COMPARABLE | FLAG_REGULAR_MEMORY,
        gcdata: core::ptr::null(),
        name: GoString::EMPTY,
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
const F32: TypeDesc = scalar(Kind::Float32, 4);
const F64: TypeDesc = scalar(Kind::Float64, 8);

/// `a == b` for two interfaces with the same dynamic type `t` (data words `x`, `y`).
#[no_mangle]
pub extern "C" fn rgo_efaceeq(t: *const TypeDesc, x: *mut u8, y: *mut u8) -> bool {
    // SAFETY: compiled code passes the common dynamic type and the two data words.
    unsafe { efaceeq(&*t, x, y) }
}

/// `*a == *b` for values of type `td`.
#[no_mangle]
pub extern "C" fn rgo_typeequal(td: *const TypeDesc, a: *const u8, b: *const u8) -> bool {
    // SAFETY: compiled code passes a descriptor and two values of that type.
    unsafe { typeequal(&*td, a, b) }
}

/// Hash of the value of type `td` at `p`.
#[no_mangle]
pub extern "C" fn rgo_typehash(td: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: compiled code passes a descriptor and a value of that type.
    unsafe { typehash(&*td, p, seed) }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::typedesc::{Eface, FieldDesc};

    /// A minimal descriptor for a basic kind.
    pub fn basic(kind: Kind, size: u64) -> TypeDesc {
        let mut t = scalar(kind, size);
        match kind {
            Kind::String => {
                t.flags = FLAG_COMPARABLE;
                t.ptrdata = 8;
                t.name = GoString {
                    ptr: "string".as_ptr(),
                    len: 6,
                };
            }
            Kind::Float32
            | Kind::Float64
            | Kind::Complex64
            | Kind::Complex128
            | Kind::Interface => {
                t.flags = FLAG_COMPARABLE;
            }
            Kind::Slice => {
                t.flags = 0;
                t.name = GoString {
                    ptr: "[]int".as_ptr(),
                    len: 5,
                };
            }
            _ => {}
        }
        if kind == Kind::Interface {
            t.ptrdata = 16;
            t.name = GoString {
                ptr: "interface {}".as_ptr(),
                len: 12,
            };
        }
        t
    }

    fn leak<T>(v: T) -> &'static T {
        std::boxed::Box::leak(std::boxed::Box::new(v))
    }

    #[test]
    fn floats_strings_ifaces() {
        let f = basic(Kind::Float64, 8);
        let (z, nz, nan) = (0.0f64, -0.0f64, f64::NAN);
        // SAFETY: pointers to local f64 values.
        unsafe {
            let p = |v: &f64| v as *const f64 as *const u8;
            assert!(typeequal(&f, p(&z), p(&nz)));
            assert_eq!(typehash(&f, p(&z), 1), typehash(&f, p(&nz), 1));
            assert!(!typeequal(&f, p(&nan), p(&nan)));
        }
        let s = basic(Kind::String, 16);
        let a = GoString {
            ptr: b"hello".as_ptr(),
            len: 5,
        };
        let v = b"hello".to_vec();
        let b = GoString {
            ptr: v.as_ptr(),
            len: 5,
        };
        // SAFETY: pointers to local GoStrings.
        unsafe {
            let p = |v: &GoString| v as *const GoString as *const u8;
            assert!(typeequal(&s, p(&a), p(&b)));
            assert_eq!(typehash(&s, p(&a), 7), typehash(&s, p(&b), 7));
            assert_ne!(typehash(&s, p(&a), 7), typehash(&s, p(&a), 8));
        }
        // Interfaces: int 5 boxed twice compare equal; a []int dynamic type panics (tested
        // by message only, as panics exit).
        let it = basic(Kind::Interface, 16);
        let int = leak(basic(Kind::Int, 8));
        let (x, y) = (leak(5i64), leak(5i64));
        let e1 = Eface {
            tab: int as *const TypeDesc as *const u8,
            data: x as *const i64 as *mut u8,
        };
        let e2 = Eface {
            tab: int as *const TypeDesc as *const u8,
            data: y as *const i64 as *mut u8,
        };
        let nil = Eface {
            tab: core::ptr::null(),
            data: core::ptr::null_mut(),
        };
        // SAFETY: pointers to local Efaces.
        unsafe {
            let p = |v: &Eface| v as *const Eface as *const u8;
            assert!(typeequal(&it, p(&e1), p(&e2)));
            assert_eq!(typehash(&it, p(&e1), 3), typehash(&it, p(&e2), 3));
            assert!(!typeequal(&it, p(&e1), p(&nil)));
            assert!(typeequal(&it, p(&nil), p(&nil)));
        }
    }

    #[test]
    fn structs_skip_blank_fields() {
        let int = leak(basic(Kind::Int, 8));
        let s = leak(basic(Kind::String, 16));
        let fields = leak([
            FieldDesc {
                name: GoString {
                    ptr: "a".as_ptr(),
                    len: 1,
                },
                typ: int,
                offset: 0,
                flags: 0,
            },
            FieldDesc {
                name: GoString {
                    ptr: "_".as_ptr(),
                    len: 1,
                },
                typ: int,
                offset: 8,
                flags: 0,
            },
            FieldDesc {
                name: GoString {
                    ptr: "s".as_ptr(),
                    len: 1,
                },
                typ: s,
                offset: 16,
                flags: 0,
            },
        ]);
        let mut st = basic(Kind::Struct, 32);
        st.flags = FLAG_COMPARABLE;
        st.fields = fields.as_ptr();
        st.nfields = 3;
        #[repr(C)]
        struct V(i64, i64, GoString);
        let a = V(
            1,
            2,
            GoString {
                ptr: b"x".as_ptr(),
                len: 1,
            },
        );
        let b = V(
            1,
            3,
            GoString {
                ptr: b"x".to_vec().leak().as_ptr(),
                len: 1,
            },
        );
        let c = V(
            1,
            2,
            GoString {
                ptr: b"y".as_ptr(),
                len: 1,
            },
        );
        // SAFETY: pointers to local values of the described layout.
        unsafe {
            let p = |v: &V| v as *const V as *const u8;
            assert!(typeequal(&st, p(&a), p(&b)));
            assert_eq!(typehash(&st, p(&a), 0), typehash(&st, p(&b), 0));
            assert!(!typeequal(&st, p(&a), p(&c)));
        }
    }
}
