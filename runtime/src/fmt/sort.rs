//! Map key order for printing, as gc's `internal/fmtsort`: numbers numerically (NaN
//! first), strings bytewise, false < true, pointers/chans by address, structs and arrays
//! element-wise, interfaces nil first then by type (descriptor address) then by value.

use core::cmp::Ordering;

use crate::typedesc::{Eface, GoString, Itab, Kind, TypeDesc};

fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// # Safety
/// `p` must point at a readable `T`.
unsafe fn rd<T: Copy>(p: *const u8) -> T {
    // SAFETY: guaranteed by the caller.
    unsafe { core::ptr::read_unaligned(p as *const T) }
}

/// Compares two values of type `td` stored at `a` and `b`.
///
/// # Safety
/// `a` and `b` must point at valid values of type `td`.
pub(crate) unsafe fn compare(td: &TypeDesc, a: *const u8, b: *const u8) -> Ordering {
    // SAFETY: (whole function) reads follow the kind's layout.
    unsafe {
        match td.kind() {
            Kind::Int | Kind::Int64 => rd::<i64>(a).cmp(&rd::<i64>(b)),
            Kind::Int8 => rd::<i8>(a).cmp(&rd::<i8>(b)),
            Kind::Int16 => rd::<i16>(a).cmp(&rd::<i16>(b)),
            Kind::Int32 => rd::<i32>(a).cmp(&rd::<i32>(b)),
            Kind::Uint | Kind::Uint64 | Kind::Uintptr => rd::<u64>(a).cmp(&rd::<u64>(b)),
            Kind::Uint8 | Kind::Bool => rd::<u8>(a).cmp(&rd::<u8>(b)),
            Kind::Uint16 => rd::<u16>(a).cmp(&rd::<u16>(b)),
            Kind::Uint32 => rd::<u32>(a).cmp(&rd::<u32>(b)),
            Kind::String => rd::<GoString>(a)
                .as_bytes()
                .cmp(rd::<GoString>(b).as_bytes()),
            Kind::Float32 => float_cmp(rd::<f32>(a) as f64, rd::<f32>(b) as f64),
            Kind::Float64 => float_cmp(rd::<f64>(a), rd::<f64>(b)),
            Kind::Complex64 => {
                let (x, y) = (rd::<[f32; 2]>(a), rd::<[f32; 2]>(b));
                float_cmp(x[0] as f64, y[0] as f64).then(float_cmp(x[1] as f64, y[1] as f64))
            }
            Kind::Complex128 => {
                let (x, y) = (rd::<[f64; 2]>(a), rd::<[f64; 2]>(b));
                float_cmp(x[0], y[0]).then(float_cmp(x[1], y[1]))
            }
            Kind::Pointer | Kind::Chan | Kind::UnsafePointer | Kind::Func | Kind::Map => {
                rd::<usize>(a).cmp(&rd::<usize>(b))
            }
            Kind::Struct => {
                for f in td.fields() {
                    let o = f.offset as usize;
                    let c = compare(&*f.typ, a.add(o), b.add(o));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Kind::Array => {
                let et = &*td.elem;
                for i in 0..td.len as usize {
                    let o = i * et.size as usize;
                    let c = compare(et, a.add(o), b.add(o));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Kind::Interface => {
                let (x, y) = (rd::<Eface>(a), rd::<Eface>(b));
                let dyn_type = |e: &Eface| -> *const TypeDesc {
                    if td.nmethods == 0 {
                        e.tab as *const TypeDesc
                    } else {
                        (*(e.tab as *const Itab)).typ
                    }
                };
                match (x.tab.is_null(), y.tab.is_null()) {
                    (true, true) => return Ordering::Equal,
                    (true, false) => return Ordering::Less,
                    (false, true) => return Ordering::Greater,
                    _ => {}
                }
                let (tx, ty) = (dyn_type(&x), dyn_type(&y));
                let c = (tx as usize).cmp(&(ty as usize));
                if c != Ordering::Equal {
                    return c;
                }
                let t = &*tx;
                let addr = |e: &Eface| -> *const u8 {
                    if t.flags & crate::typedesc::FLAG_DIRECT_IFACE != 0 {
                        &e.data as *const *mut u8 as *const u8
                    } else {
                        e.data as *const u8
                    }
                };
                compare(t, addr(&x), addr(&y))
            }
            Kind::Slice | Kind::Invalid => Ordering::Equal,
        }
    }
}

/// Sorts (key, elem) pairs of a map with key type `kt` by key (stable).
pub(crate) fn sort_keys(kt: &TypeDesc, entries: &mut [(*const u8, *const u8)]) {
    // SAFETY: entries point at live keys of type `kt`.
    entries.sort_by(|x, y| unsafe { compare(kt, x.0, y.0) });
}
