//! The `errors.As` assignability hook: stores `err` into `*target` when the error's
//! dynamic type fits the pointed-to type.

use crate::typedesc::{Eface, Itab, Kind, TypeDesc, FLAG_DIRECT_IFACE};

#[cfg(not(test))]
extern "C" {
    fn rgo_getitab(inter: *const TypeDesc, typ: *const TypeDesc, canfail: bool) -> *const Itab;
}
#[cfg(test)]
use super::testutil::rgo_getitab;

/// `err` (an `error`: itab + data) and `target` (an `any` holding a non-nil pointer): if
/// err's dynamic type is `*target`'s type, or `*target` is an interface type it
/// implements, sets `*target = err` and returns true. Anything else (nil err, target not a
/// non-nil pointer) returns false; gc's panics for bad targets are left to the Go side.
///
/// # Safety
/// Arguments must be valid Go interface words.
#[no_mangle]
pub unsafe extern "C" fn rgo_errors_as(
    err_tab: *const u8,
    err_data: *mut u8,
    target_tab: *const u8,
    target_data: *mut u8,
) -> bool {
    if err_tab.is_null() || target_tab.is_null() || target_data.is_null() {
        return false;
    }
    // SAFETY: non-nil `error` values hold an itab; `any` holds a type descriptor.
    let (dyn_td, ptr_td) = unsafe {
        (
            (*(err_tab as *const Itab)).typ,
            &*(target_tab as *const TypeDesc),
        )
    };
    if ptr_td.kind() != Kind::Pointer || ptr_td.elem.is_null() {
        return false;
    }
    // SAFETY: pointer descriptors have an element type.
    let want = unsafe { &*ptr_td.elem };
    if core::ptr::eq(want, dyn_td) {
        // SAFETY: `target_data` points at a `want` value; `err_data` holds one (directly
        // for pointer-shaped types, else by pointer).
        unsafe {
            crate::gc::barrier::range(target_data, want.size as usize);
            if want.flags & FLAG_DIRECT_IFACE != 0 {
                *(target_data as *mut *mut u8) = err_data;
            } else {
                core::ptr::copy(err_data as *const u8, target_data, want.size as usize);
            }
        }
        return true;
    }
    if want.kind() == Kind::Interface {
        let tab: *const u8 = if want.nmethods == 0 {
            dyn_td as *const u8
        } else {
            // SAFETY: both descriptors are valid; canfail avoids a panic.
            let itab = unsafe { rgo_getitab(want, dyn_td, true) };
            if itab.is_null() {
                return false;
            }
            itab as *const u8
        };
        // SAFETY: `target_data` points at an interface value.
        unsafe {
            crate::gc::barrier::range(target_data, 16);
            *(target_data as *mut Eface) = Eface {
                tab,
                data: err_data,
            }
        };
        return true;
    }
    false
}

/// Go: `func asTarget(err error, target any) bool` in package errors.
///
/// # Safety
/// As [`rgo_errors_as`].
#[export_name = "errors.asTarget"]
pub unsafe extern "C" fn go_errors_as_target(
    err_tab: *const u8,
    err_data: *mut u8,
    target_tab: *const u8,
    target_data: *mut u8,
) -> bool {
    // SAFETY: forwarded.
    unsafe { rgo_errors_as(err_tab, err_data, target_tab, target_data) }
}
