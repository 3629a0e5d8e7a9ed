//! Hooks for bodyless functions of the Go-source `os` package (compiler/std/os/os.go):
//! `os.write` (write(2) with EINTR retry, bracketed by `rgo_entersyscall`/`rgo_exitsyscall`) and `os.Exit` (forwards to the runtime's
//! `rgo_exit`). `os.runtime_args` is provided by the runtime's program start.

/// Two-word result of `os.write`: returned in rax:rdx.
#[repr(C)]
pub struct WriteResult {
    pub n: i64,
    pub errno: i64,
}

/// Go: `func write(fd int, p []byte) (n int, errno int)` in package os.
///
/// # Safety
/// `p_ptr` must point at `p_len` readable bytes (or `p_len` be 0).
#[export_name = "os.write"]
pub unsafe extern "C" fn go_os_write(
    fd: i64,
    p_ptr: *const u8,
    p_len: usize,
    _p_cap: usize,
) -> WriteResult {
    // SAFETY: guaranteed by the caller.
    let buf = unsafe { super::bytes(p_ptr, p_len) };
    if fd < 0 || fd > i32::MAX as i64 {
        return WriteResult { n: 0, errno: 9 }; // EBADF
    }
    // SAFETY: the descriptor is only borrowed for this call; Go code owns its lifetime.
    let fd = unsafe { rustix::fd::BorrowedFd::borrow_raw(fd as i32) };
    // The write may block (a pipe, a terminal): let the scheduler hand the P to another
    // thread if it takes long.
    crate::sched::rgo_entersyscall();
    let r = write_retry(fd, buf);
    crate::sched::rgo_exitsyscall();
    r
}

fn write_retry(fd: rustix::fd::BorrowedFd<'_>, buf: &[u8]) -> WriteResult {
    loop {
        match rustix::io::write(fd, buf) {
            Ok(n) => {
                return WriteResult {
                    n: n as i64,
                    errno: 0,
                }
            }
            Err(e) if e == rustix::io::Errno::INTR => continue,
            Err(e) => {
                return WriteResult {
                    n: 0,
                    errno: e.raw_os_error() as i64,
                }
            }
        }
    }
}

#[cfg(not(test))]
extern "C" {
    fn rgo_exit(code: i64) -> !;
}

/// Go: `func Exit(code int)` in package os.
#[cfg(not(test))]
#[export_name = "os.Exit"]
pub extern "C" fn go_os_exit(code: i64) -> ! {
    // SAFETY: rgo_exit terminates the process; it has no preconditions.
    unsafe { rgo_exit(code) }
}
