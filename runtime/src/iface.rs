//! Interfaces: itab construction and caching (`rgo_getitab`), failed type assertions
//! (`rgo_panicdottype`) and boxing values into interface data words (`rgo_convT`).
//! Itabs built here live in persistent memory; failed lookups are cached as itabs whose
//! `fun[0]` is null.

use crate::heap::{alloc, persistent_alloc, zerobase};
use crate::sync::{Global, Lock};
use crate::typedesc::{GoString, Itab, Kind, MethodDesc, TypeDesc};

struct Cache {
    /// Open-addressed table of itab pointers (null = free).
    entries: *mut *mut Itab,
    /// Capacity (power of two) and occupancy.
    cap: usize,
    len: usize,
}

static CACHE: Global<Cache> = Global::new(Cache {
    entries: core::ptr::null_mut(),
    cap: 0,
    len: 0,
});
static CACHE_LOCK: Lock = Lock::new();

fn pair_hash(inter: *const TypeDesc, typ: *const TypeDesc) -> usize {
    crate::alg::hash64(inter as u64 ^ (typ as u64).rotate_left(29), 0x9e37_79b9) as usize
}

impl Cache {
    fn find(&self, inter: *const TypeDesc, typ: *const TypeDesc) -> *mut Itab {
        if self.cap == 0 {
            return core::ptr::null_mut();
        }
        let mut i = pair_hash(inter, typ) & (self.cap - 1);
        loop {
            // SAFETY: i < cap.
            let e = unsafe { *self.entries.add(i) };
            // SAFETY: non-null entries are itabs.
            if e.is_null() || unsafe { (*e).inter == inter && (*e).typ == typ } {
                return e;
            }
            i = (i + 1) & (self.cap - 1);
        }
    }

    fn insert(&mut self, itab: *mut Itab) {
        if (self.len + 1) * 4 > self.cap * 3 {
            let old = (self.entries, self.cap);
            self.cap = (self.cap * 2).max(64);
            self.entries = persistent_alloc(self.cap * 8, 8).cast();
            self.len = 0;
            for i in 0..old.1 {
                // SAFETY: i < old capacity.
                let e = unsafe { *old.0.add(i) };
                if !e.is_null() {
                    self.insert(e);
                }
            }
        }
        // SAFETY: itab is a valid itab.
        let (inter, typ) = unsafe { ((*itab).inter, (*itab).typ) };
        let mut i = pair_hash(inter, typ) & (self.cap - 1);
        // SAFETY: i < cap; the table has a free slot (load < 3/4).
        unsafe {
            while !(*self.entries.add(i)).is_null() {
                i = (i + 1) & (self.cap - 1);
            }
            *self.entries.add(i) = itab;
        }
        self.len += 1;
    }
}

fn is_exported(name: &[u8]) -> bool {
    // Go exports identifiers starting with an upper-case letter (non-ASCII ones are
    // treated as unexported here).
    matches!(name.first(), Some(b'A'..=b'Z'))
}

/// Whether concrete method `tm` implements interface method `im`.
fn method_matches(im: &MethodDesc, tm: &MethodDesc) -> bool {
    im.name.as_bytes() == tm.name.as_bytes()
        && im.mtyp == tm.mtyp
        && (is_exported(im.name.as_bytes()) || im.pkg_path.as_bytes() == tm.pkg_path.as_bytes())
}

/// Fills `fun` for `inter` implemented by `typ`; on failure returns the missing method.
fn build(inter: &TypeDesc, typ: &TypeDesc, fun: *mut *const u8) -> Result<(), GoString> {
    let tms = typ.methods();
    let mut j = 0;
    for (k, im) in inter.methods().iter().enumerate() {
        while j < tms.len() && tms[j].name.as_bytes() < im.name.as_bytes() {
            j += 1;
        }
        let mut found = None;
        let mut x = j;
        while x < tms.len() && tms[x].name.as_bytes() == im.name.as_bytes() {
            if method_matches(im, &tms[x]) {
                found = Some(tms[x].ifn);
                break;
            }
            x += 1;
        }
        match found {
            // SAFETY: fun has one entry per interface method.
            Some(f) => unsafe { *fun.add(k) = f },
            None => return Err(im.name),
        }
    }
    Ok(())
}

/// The itab for `typ` implementing interface `inter`: built once and cached. On failure
/// returns null if `canfail`, else panics `interface conversion: T is not I: missing method M`.
#[no_mangle]
pub extern "C" fn rgo_getitab(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    canfail: bool,
) -> *const Itab {
    if typ.is_null() {
        if canfail {
            return core::ptr::null();
        }
        rgo_panicdottype(core::ptr::null(), inter, inter);
    }
    let itab = {
        let _g = CACHE_LOCK.lock();
        // SAFETY: CACHE_LOCK is held.
        let cache = unsafe { CACHE.get() };
        let mut itab = cache.find(inter, typ);
        if itab.is_null() {
            // SAFETY: compiled code passes valid descriptors.
            let (it, t) = unsafe { (&*inter, &*typ) };
            let n = (it.nmethods as usize).max(1);
            let size = core::mem::size_of::<Itab>() + (n - 1) * 8;
            itab = persistent_alloc(size, 8).cast();
            // SAFETY: itab is fresh zeroed memory of the right size.
            unsafe {
                (*itab).inter = inter;
                (*itab).typ = typ;
                (*itab).hash = t.hash;
                let fun = (&raw mut (*itab).fun).cast::<*const u8>();
                if build(it, t, fun).is_err() {
                    *fun = core::ptr::null();
                }
            }
            cache.insert(itab);
        }
        itab
    };
    // SAFETY: inter and itab are valid; for a non-empty interface fun[0] null marks
    // "does not implement" (every type implements the empty interface).
    if unsafe { (*inter).nmethods != 0 && (*itab).fun[0].is_null() } {
        if canfail {
            return core::ptr::null();
        }
        // SAFETY: valid descriptors (see above).
        let (it, t) = unsafe { (&*inter, &*typ) };
        let mut tmp = [core::ptr::null(); 64];
        let missing = match build(
            it,
            t,
            if it.nmethods as usize <= 64 {
                tmp.as_mut_ptr()
            } else {
                alloc(it.nmethods as usize * 8, core::ptr::null(), true).cast()
            },
        ) {
            Err(m) => m,
            Ok(()) => GoString::EMPTY,
        };
        let parts = [
            gs("interface conversion: "),
            t.name,
            gs(" is not "),
            it.name,
            gs(": missing method "),
            missing,
        ];
        let msg = crate::strings::rgo_concatstrings(parts.as_ptr(), parts.len());
        crate::panic::panic_plain_bytes(msg.as_bytes());
    }
    itab
}

fn gs(s: &'static str) -> GoString {
    GoString {
        ptr: s.as_ptr(),
        len: s.len(),
    }
}

/// The message of a failed assertion `x.(want)` where `x` has static interface type
/// `iface` and dynamic type `have` (null: x is nil).
pub fn dottype_message(have: *const TypeDesc, want: &TypeDesc, iface: &TypeDesc) -> GoString {
    let parts: [GoString; 6] = if have.is_null() {
        if want.kind() == Kind::Interface {
            [
                gs("interface conversion: interface is nil, not "),
                want.name,
                GoString::EMPTY,
                GoString::EMPTY,
                GoString::EMPTY,
                GoString::EMPTY,
            ]
        } else {
            [
                gs("interface conversion: "),
                iface.name,
                gs(" is nil, not "),
                want.name,
                GoString::EMPTY,
                GoString::EMPTY,
            ]
        }
    } else {
        // SAFETY: non-null descriptors from compiled code are valid.
        let h = unsafe { &*have };
        [
            gs("interface conversion: "),
            iface.name,
            gs(" is "),
            h.name,
            gs(", not "),
            want.name,
        ]
    };
    crate::strings::rgo_concatstrings(parts.as_ptr(), parts.len())
}

/// Failed type assertion `x.(want)` (x of static type `iface`, dynamic type `have`).
#[no_mangle]
pub extern "C" fn rgo_panicdottype(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    // SAFETY: compiled code passes valid descriptors for want and iface.
    let msg = unsafe { dottype_message(have, &*want, &*iface) };
    crate::panic::panic_plain_bytes(msg.as_bytes())
}

/// Boxes a copy of the value of type `td` at `src` for an interface data word.
#[no_mangle]
pub extern "C" fn rgo_convT(td: *const TypeDesc, src: *const u8) -> *mut u8 {
    // SAFETY: compiled code passes a valid descriptor and a value of that type.
    let t = unsafe { &*td };
    let size = t.size as usize;
    if size == 0 {
        return zerobase();
    }
    let p = alloc(size, td, t.ptrdata == 0);
    // SAFETY: p has size bytes; src holds a value of size bytes.
    unsafe { core::ptr::copy_nonoverlapping(src, p, size) };
    p
}

/// The dynamic type of a non-empty interface's itab (null for a nil interface).
#[no_mangle]
pub extern "C" fn rgo_itab_type(tab: *const Itab) -> *const TypeDesc {
    if tab.is_null() {
        return core::ptr::null();
    }
    // SAFETY: a non-null tab of a non-empty interface is an Itab.
    unsafe { (*tab).typ }
}

/// Converts to a non-empty interface `inter` a value whose dynamic type is `typ`
/// (statically known to implement it); nil stays nil.
#[no_mangle]
pub extern "C" fn rgo_convI2I(inter: *const TypeDesc, typ: *const TypeDesc) -> *const u8 {
    if typ.is_null() {
        return core::ptr::null();
    }
    rgo_getitab(inter, typ, false).cast()
}

/// Type assertion to an interface type: returns the new tab (type descriptor for an empty
/// interface, itab otherwise), or null on failure when `canfail`; panics otherwise.
/// `src` is the asserted interface's own type (for the panic message).
#[no_mangle]
pub extern "C" fn rgo_assertI(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    src: *const TypeDesc,
    canfail: bool,
) -> *const u8 {
    // SAFETY: compiled code passes a valid interface descriptor.
    let empty = unsafe { (*inter).nmethods == 0 };
    if typ.is_null() {
        if canfail {
            return core::ptr::null();
        }
        rgo_panicdottype(core::ptr::null(), inter, src);
    }
    if empty {
        return typ.cast();
    }
    rgo_getitab(inter, typ, canfail).cast()
}

/// `==` on interface values: `kind` 0 = empty interfaces (tabs are types), 1 = itabs.
#[no_mangle]
pub extern "C" fn rgo_interequal(
    kind: i64,
    t1: *const u8,
    d1: *mut u8,
    t2: *const u8,
    d2: *mut u8,
) -> bool {
    let (ty1, ty2) = if kind == 0 {
        (t1 as *const TypeDesc, t2 as *const TypeDesc)
    } else {
        (
            rgo_itab_type(t1 as *const Itab),
            rgo_itab_type(t2 as *const Itab),
        )
    };
    if ty1 != ty2 {
        return false;
    }
    if ty1.is_null() {
        return true;
    }
    crate::alg::rgo_efaceeq(ty1, d1, d2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alg::tests::basic;
    use std::boxed::Box;

    fn name(s: &'static str) -> GoString {
        gs(s)
    }
    fn method(n: &'static str, sig: *const TypeDesc, f: usize) -> MethodDesc {
        MethodDesc {
            name: name(n),
            pkg_path: name("main"),
            mtyp: sig,
            ifn: f as *const u8,
        }
    }
    fn leak<T>(v: T) -> &'static T {
        Box::leak(Box::new(v))
    }

    #[test]
    fn itabs_and_messages() {
        let sig = leak(basic(Kind::Func, 8));
        let sig2 = leak(basic(Kind::Func, 8));
        let imeths = leak([method("M", sig, 0), method("N", sig, 0)]);
        let mut j = basic(Kind::Interface, 16);
        j.name = name("main.J");
        j.methods = imeths.as_ptr();
        j.nmethods = 2;
        let j = leak(j);
        let tmeths = leak([
            method("A", sig, 1),
            method("M", sig, 2),
            method("N", sig, 3),
            method("Z", sig, 4),
        ]);
        let mut t = basic(Kind::Struct, 8);
        t.name = name("main.T");
        t.methods = tmeths.as_ptr();
        t.nmethods = 4;
        let t = leak(t);
        let itab = rgo_getitab(j, t, false);
        // SAFETY: a valid itab with 2 methods.
        unsafe {
            assert_eq!((*itab).typ, t as *const TypeDesc);
            let fun = (&raw const (*itab).fun).cast::<*const u8>();
            assert_eq!((*fun as usize, *fun.add(1) as usize), (2, 3));
        }
        assert_eq!(rgo_getitab(j, t, false), itab, "cached");
        // A type whose N has a different signature does not implement J.
        let umeths = leak([method("M", sig, 2), method("N", sig2, 3)]);
        let mut u = basic(Kind::Struct, 8);
        u.name = name("main.U");
        u.methods = umeths.as_ptr();
        u.nmethods = 2;
        let u = leak(u);
        assert!(rgo_getitab(j, u, true).is_null());
        assert!(rgo_getitab(j, u, true).is_null());
        assert_eq!(
            build(j, u, [core::ptr::null(); 2].as_mut_ptr())
                .unwrap_err()
                .as_bytes(),
            b"N"
        );

        let mut e = basic(Kind::Interface, 16);
        e.name = name("interface {}");
        let s = basic(Kind::String, 16);
        let mut f = basic(Kind::Float64, 8);
        f.name = name("float64");
        let msg = |h: *const TypeDesc, w: &TypeDesc, i: &TypeDesc| {
            std::string::String::from_utf8(dottype_message(h, w, i).as_bytes().to_vec()).unwrap()
        };
        assert_eq!(
            msg(&s, &f, &e),
            "interface conversion: interface {} is string, not float64"
        );
        assert_eq!(
            msg(core::ptr::null(), t, &e),
            "interface conversion: interface {} is nil, not main.T"
        );
        assert_eq!(
            msg(core::ptr::null(), j, &e),
            "interface conversion: interface is nil, not main.J"
        );
        assert_eq!(
            msg(core::ptr::null(), t, j),
            "interface conversion: main.J is nil, not main.T"
        );
    }

    #[test]
    fn convt_copies() {
        let t = basic(Kind::Int64, 8);
        let v = 77i64;
        let p = rgo_convT(&t, &v as *const i64 as *const u8);
        // SAFETY: p holds a copy of an i64.
        assert_eq!(unsafe { *(p as *const i64) }, 77);
    }
}
