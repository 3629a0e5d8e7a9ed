//! The process environment as Go code sees it after `os.Setenv`/`Unsetenv`/`Clearenv`.
//!
//! Package os keeps its own `[]string` copy of the environment, but other std packages that
//! cannot import os (package time reads `TZ` and `ZONEINFO`, like gc's `syscall.Getenv`)
//! must see its changes too. So os reports every change here (`os.runtime_setenv`,
//! `os.runtime_unsetenv`, `os.runtime_clearenv`), and [`getenv`] answers from this
//! overlay once the environment has changed, from the kernel's `envp` before.
//!
//! Entries live outside the Go heap and are never freed: a Go string handed out by
//! [`getenv`] may still be in use after its variable is changed (changes are rare).

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::rt0::GoStringOk;
use crate::sync::{Global, Mutex};
use crate::typedesc::GoString;

/// The environment's (key, value) pairs, in order.
type EnvList = Vec<(&'static [u8], &'static [u8])>;

/// The environment; `None` until the first change.
static ENV: Global<Option<EnvList>> = Global::new(None);
static ENV_LOCK: Mutex = Mutex::new();

fn leak(b: &[u8]) -> &'static [u8] {
    Box::leak(Box::from(b))
}

/// Runs `f` on the overlay (made from `envp` on first use) under the lock.
fn with_overlay<R>(f: impl FnOnce(&mut EnvList) -> R) -> R {
    ENV_LOCK.lock();
    // SAFETY: the lock is held.
    let env = unsafe { ENV.get() };
    let list = env.get_or_insert_with(|| {
        crate::rt0::environ()
            .map(|kv| {
                let eq = kv.iter().position(|&c| c == b'=').unwrap_or(kv.len());
                (&kv[..eq], kv.get(eq + 1..).unwrap_or(&[]))
            })
            .collect()
    });
    let r = f(list);
    ENV_LOCK.unlock();
    r
}

/// Looks up `key` in the current environment.
pub fn getenv(key: &[u8]) -> Option<GoString> {
    ENV_LOCK.lock();
    // SAFETY: the lock is held.
    let changed = unsafe { ENV.get() }.is_some();
    ENV_LOCK.unlock();
    if !changed {
        return crate::rt0::getenv(key);
    }
    with_overlay(|list| {
        list.iter().find(|(k, _)| *k == key).map(|(_, v)| GoString {
            ptr: v.as_ptr(),
            len: v.len(),
        })
    })
}

/// `getenv` as a Go `(string, bool)` result.
pub fn getenv_ok(ptr: *const u8, len: usize) -> GoStringOk {
    let key = GoString { ptr, len };
    match getenv(key.as_bytes()) {
        Some(v) => GoStringOk {
            ptr: v.ptr,
            len: v.len,
            ok: 1,
        },
        None => GoStringOk {
            ptr: core::ptr::null(),
            len: 0,
            ok: 0,
        },
    }
}

/// Go: `func runtime_setenv(key, value string)` in package os.
#[export_name = "os.runtime_setenv"]
pub extern "C" fn go_os_setenv(kptr: *const u8, klen: usize, vptr: *const u8, vlen: usize) {
    let key = GoString {
        ptr: kptr,
        len: klen,
    };
    let value = leak(
        GoString {
            ptr: vptr,
            len: vlen,
        }
        .as_bytes(),
    );
    with_overlay(
        |list| match list.iter_mut().find(|(k, _)| *k == key.as_bytes()) {
            Some(entry) => entry.1 = value,
            None => list.push((leak(key.as_bytes()), value)),
        },
    );
}

/// Go: `func runtime_unsetenv(key string)` in package os.
#[export_name = "os.runtime_unsetenv"]
pub extern "C" fn go_os_unsetenv(kptr: *const u8, klen: usize) {
    let key = GoString {
        ptr: kptr,
        len: klen,
    };
    with_overlay(|list| list.retain(|(k, _)| *k != key.as_bytes()));
}

/// Go: `func runtime_clearenv()` in package os.
#[export_name = "os.runtime_clearenv"]
pub extern "C" fn go_os_clearenv() {
    with_overlay(|list| list.clear());
}

/// Go: `func runtime_getenv(key string) (string, bool)` in package time.
#[export_name = "time.runtime_getenv"]
pub extern "C" fn go_time_getenv(ptr: *const u8, len: usize) -> GoStringOk {
    getenv_ok(ptr, len)
}
