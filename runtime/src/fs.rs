//! File-system hooks for the Go-source `os` package (compiler/std/os/file.go): each is a
//! bodyless Go function exported under `os.<name>`. Paths arrive as Go strings; errors come
//! back as positive errno values (0 = success). Calls that may block are bracketed by
//! `rgo_entersyscall`/`rgo_exitsyscall`.
//!
//! - `os.sysOpen`, `os.sysClose`, `os.sysSeek`, `os.sysPread`, `os.sysPwrite`
//! - `os.sysUnlink`, `os.sysRmdir`, `os.sysMkdir`, `os.sysRename`, `os.sysChdir`
//! - `os.sysStat` (stat/lstat/fstat into a Go `statBuf`), `os.sysTruncate`
//! - `os.sysGetcwd`, `os.sysGetdents` (raw getdents64 records, parsed in Go)
//! - `os.runtime_environ` (the environment as a `[]string`)

use rustix::fd::{BorrowedFd, IntoRawFd};
use rustix::fs::{AtFlags, Mode, OFlags, CWD};
use rustix::io::Errno;

use crate::fmt::bytes;
use crate::stdhooks::TwoInts;
use crate::typedesc::{GoSlice, GoString};

/// Runs `f` bracketed by entersyscall/exitsyscall, retrying on EINTR.
fn blocking<T>(mut f: impl FnMut() -> Result<T, Errno>) -> Result<T, Errno> {
    crate::sched::rgo_entersyscall();
    let r = loop {
        match f() {
            Err(Errno::INTR) => continue,
            r => break r,
        }
    };
    crate::sched::rgo_exitsyscall();
    r
}

fn errno_of(e: Errno) -> i64 {
    e.raw_os_error() as i64
}

fn unit(r: Result<(), Errno>) -> i64 {
    match r {
        Ok(()) => 0,
        Err(e) => errno_of(e),
    }
}

/// A path argument: the bytes of a Go string; interior NULs are rejected (EINVAL).
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
unsafe fn path<'a>(ptr: *const u8, len: usize) -> Result<&'a [u8], Errno> {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { bytes(ptr, len) };
    if p.contains(&0) {
        return Err(Errno::INVAL);
    }
    if p.is_empty() {
        return Err(Errno::NOENT);
    }
    Ok(p)
}

/// Borrows a descriptor number for one call (an invalid one yields EBADF from the kernel).
fn fd_of(fd: i64) -> Result<BorrowedFd<'static>, Errno> {
    if fd < 0 || fd > i32::MAX as i64 {
        return Err(Errno::BADF);
    }
    // SAFETY: the number is only used for the duration of one system call; Go code owns
    // the descriptor's lifetime.
    Ok(unsafe { BorrowedFd::borrow_raw(fd as i32) })
}

fn two(r: Result<i64, Errno>) -> TwoInts {
    match r {
        Ok(n) => TwoInts { a: n, b: 0 },
        Err(e) => TwoInts {
            a: -1,
            b: errno_of(e),
        },
    }
}

/// Go: `func sysOpen(path string, flag int, perm uint32) (fd int, errno int)`: open(2)
/// relative to the working directory, always with O_CLOEXEC.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "os.sysOpen"]
pub unsafe extern "C" fn go_os_open(ptr: *const u8, len: usize, flag: i64, perm: u32) -> TwoInts {
    // SAFETY: guaranteed by the caller.
    let r = unsafe { path(ptr, len) }.and_then(|p| {
        let flags = OFlags::from_bits_retain(flag as u32) | OFlags::CLOEXEC;
        let mode = Mode::from_bits_retain(perm & 0o7777);
        blocking(|| rustix::fs::openat(CWD, p, flags, mode)).map(|fd| fd.into_raw_fd() as i64)
    });
    two(r)
}

/// Go: `func sysClose(fd int) int`.
#[export_name = "os.sysClose"]
pub extern "C" fn go_os_close(fd: i64) -> i64 {
    match fd_of(fd) {
        // SAFETY: Go code closes each descriptor it opened once (File.Close guards this).
        Ok(_) => unsafe {
            rustix::io::close(fd as i32);
            0
        },
        Err(e) => errno_of(e),
    }
}

/// Go: `func sysSeek(fd int, off int64, whence int) (int64, int)`.
#[export_name = "os.sysSeek"]
pub extern "C" fn go_os_seek(fd: i64, off: i64, whence: i64) -> TwoInts {
    use rustix::fs::SeekFrom;
    let r = fd_of(fd).and_then(|fd| {
        let pos = match whence {
            0 if off >= 0 => SeekFrom::Start(off as u64),
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => return Err(Errno::INVAL),
        };
        rustix::fs::seek(fd, pos).map(|n| n as i64)
    });
    two(r)
}

/// Go: `func sysPread(fd int, p []byte, off int64) (int, int)`.
///
/// # Safety
/// `p_ptr` must point at `p_len` writable bytes (or `p_len` be 0).
#[export_name = "os.sysPread"]
pub unsafe extern "C" fn go_os_pread(
    fd: i64,
    p_ptr: *mut u8,
    p_len: usize,
    _p_cap: usize,
    off: i64,
) -> TwoInts {
    if p_len == 0 {
        return TwoInts { a: 0, b: 0 };
    }
    // SAFETY: guaranteed by the caller.
    let buf = unsafe { core::slice::from_raw_parts_mut(p_ptr, p_len) };
    let r = fd_of(fd)
        .and_then(|fd| blocking(|| rustix::io::pread(fd, &mut *buf, off as u64)).map(|n| n as i64));
    two(r)
}

/// Go: `func sysPwrite(fd int, p []byte, off int64) (int, int)`.
///
/// # Safety
/// `p_ptr` must point at `p_len` readable bytes (or `p_len` be 0).
#[export_name = "os.sysPwrite"]
pub unsafe extern "C" fn go_os_pwrite(
    fd: i64,
    p_ptr: *const u8,
    p_len: usize,
    _p_cap: usize,
    off: i64,
) -> TwoInts {
    // SAFETY: guaranteed by the caller.
    let buf = unsafe { bytes(p_ptr, p_len) };
    let r = fd_of(fd)
        .and_then(|fd| blocking(|| rustix::io::pwrite(fd, buf, off as u64)).map(|n| n as i64));
    two(r)
}

/// Go: `func sysUnlink(path string) int`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "os.sysUnlink"]
pub unsafe extern "C" fn go_os_unlink(ptr: *const u8, len: usize) -> i64 {
    // SAFETY: guaranteed by the caller.
    unit(
        unsafe { path(ptr, len) }
            .and_then(|p| blocking(|| rustix::fs::unlinkat(CWD, p, AtFlags::empty()))),
    )
}

/// Go: `func sysRmdir(path string) int`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "os.sysRmdir"]
pub unsafe extern "C" fn go_os_rmdir(ptr: *const u8, len: usize) -> i64 {
    // SAFETY: guaranteed by the caller.
    unit(
        unsafe { path(ptr, len) }
            .and_then(|p| blocking(|| rustix::fs::unlinkat(CWD, p, AtFlags::REMOVEDIR))),
    )
}

/// Go: `func sysMkdir(path string, perm uint32) int`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "os.sysMkdir"]
pub unsafe extern "C" fn go_os_mkdir(ptr: *const u8, len: usize, perm: u32) -> i64 {
    let mode = Mode::from_bits_retain(perm & 0o7777);
    // SAFETY: guaranteed by the caller.
    unit(unsafe { path(ptr, len) }.and_then(|p| blocking(|| rustix::fs::mkdirat(CWD, p, mode))))
}

/// Go: `func sysRename(from, to string) int`.
///
/// # Safety
/// Both (ptr, len) pairs must point at readable bytes (or have len 0).
#[export_name = "os.sysRename"]
pub unsafe extern "C" fn go_os_rename(
    fptr: *const u8,
    flen: usize,
    tptr: *const u8,
    tlen: usize,
) -> i64 {
    // SAFETY: guaranteed by the caller.
    let r = unsafe { path(fptr, flen) }.and_then(|f| {
        // SAFETY: guaranteed by the caller.
        let t = unsafe { path(tptr, tlen) }?;
        blocking(|| rustix::fs::renameat(CWD, f, CWD, t))
    });
    unit(r)
}

/// Go: `func sysChdir(path string) int`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` be 0).
#[export_name = "os.sysChdir"]
pub unsafe extern "C" fn go_os_chdir(ptr: *const u8, len: usize) -> i64 {
    // SAFETY: guaranteed by the caller.
    unit(unsafe { path(ptr, len) }.and_then(rustix::process::chdir))
}

/// Go: `func sysTruncate(fd int, size int64) int`.
#[export_name = "os.sysTruncate"]
pub extern "C" fn go_os_truncate(fd: i64, size: i64) -> i64 {
    if size < 0 {
        return errno_of(Errno::INVAL);
    }
    unit(fd_of(fd).and_then(|fd| blocking(|| rustix::fs::ftruncate(fd, size as u64))))
}

/// The Go `statBuf` struct of package os (all int64 fields).
#[repr(C)]
pub struct StatBuf {
    pub mode: i64,
    pub size: i64,
    pub mtime_sec: i64,
    pub mtime_nsec: i64,
}

/// Go: `func sysStat(path string, fd int, follow bool, st *statBuf) int`: fstat(fd) when
/// fd >= 0, else stat (follow) or lstat of path. `mode` holds the raw st_mode.
///
/// # Safety
/// (ptr, len) must be readable; `st` must point at a Go statBuf.
#[export_name = "os.sysStat"]
pub unsafe extern "C" fn go_os_stat(
    ptr: *const u8,
    len: usize,
    fd: i64,
    follow: bool,
    st: *mut StatBuf,
) -> i64 {
    let r = if fd >= 0 {
        fd_of(fd).and_then(|fd| blocking(|| rustix::fs::fstat(fd)))
    } else {
        let flags = if follow {
            AtFlags::empty()
        } else {
            AtFlags::SYMLINK_NOFOLLOW
        };
        // SAFETY: guaranteed by the caller.
        unsafe { path(ptr, len) }.and_then(|p| blocking(|| rustix::fs::statat(CWD, p, flags)))
    };
    match r {
        Ok(s) => {
            // SAFETY: st points at a live Go statBuf (guaranteed by the caller).
            unsafe {
                st.write(StatBuf {
                    mode: s.st_mode as i64,
                    size: s.st_size,
                    mtime_sec: s.st_mtime,
                    mtime_nsec: s.st_mtime_nsec as i64,
                })
            };
            0
        }
        Err(e) => errno_of(e),
    }
}

/// A raw three-argument system call; returns the kernel's result (negative errno on error).
///
/// # Safety
/// The arguments must be valid for system call `nr` (pointers to live memory of the sizes
/// the call expects).
unsafe fn syscall3(nr: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret: isize;
    // SAFETY: the Linux x86_64 syscall ABI: rax = nr, args in rdi/rsi/rdx; rcx and r11
    // are clobbered. Memory validity is the caller's contract.
    unsafe {
        core::arch::asm!("syscall", inlateout("rax") nr as isize => ret,
                         in("rdi") a1, in("rsi") a2, in("rdx") a3,
                         lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

fn raw_result(r: isize) -> TwoInts {
    if r < 0 {
        TwoInts {
            a: -1,
            b: -r as i64,
        }
    } else {
        TwoInts { a: r as i64, b: 0 }
    }
}

/// Go: `func sysGetcwd(buf []byte) (n int, errno int)`: the working directory into buf
/// (n excludes the terminating NUL).
///
/// # Safety
/// `p_ptr` must point at `p_len` writable bytes.
#[export_name = "os.sysGetcwd"]
pub unsafe extern "C" fn go_os_getcwd(p_ptr: *mut u8, p_len: usize, _cap: usize) -> TwoInts {
    // SAFETY: getcwd(79) writes at most p_len bytes into the caller's buffer.
    let r = raw_result(unsafe { syscall3(79, p_ptr as usize, p_len, 0) });
    if r.b == 0 && r.a > 0 {
        return TwoInts { a: r.a - 1, b: 0 };
    }
    r
}

/// Go: `func sysGetdents(fd int, buf []byte) (n int, errno int)`: getdents64 records.
///
/// # Safety
/// `p_ptr` must point at `p_len` writable bytes.
#[export_name = "os.sysGetdents"]
pub unsafe extern "C" fn go_os_getdents(
    fd: i64,
    p_ptr: *mut u8,
    p_len: usize,
    _cap: usize,
) -> TwoInts {
    if fd < 0 || fd > i32::MAX as i64 {
        return TwoInts { a: -1, b: 9 };
    }
    crate::sched::rgo_entersyscall();
    // SAFETY: getdents64(217) writes at most p_len bytes into the caller's buffer.
    let r = raw_result(unsafe { syscall3(217, fd as usize, p_ptr as usize, p_len) });
    crate::sched::rgo_exitsyscall();
    r
}

/// Go: `func runtime_environ() []string`: a fresh `[]string` of the "KEY=value" entries.
#[export_name = "os.runtime_environ"]
pub extern "C" fn go_os_environ() -> GoSlice {
    let envp = crate::rt0::envp();
    let mut n = 0;
    // SAFETY: envp (when set) is the kernel's NULL-terminated vector.
    while !envp.is_null() && !unsafe { *envp.add(n) }.is_null() {
        n += 1;
    }
    if n == 0 {
        return GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
    let p = crate::heap::alloc(
        n * core::mem::size_of::<GoString>(),
        core::ptr::null(),
        false,
    ) as *mut GoString;
    for i in 0..n {
        // SAFETY: entry i is a NUL-terminated string; p has room for n GoStrings.
        unsafe {
            let e = *envp.add(i);
            let mut len = 0;
            while *e.add(len) != 0 {
                len += 1;
            }
            p.add(i).write(GoString { ptr: e, len });
        }
    }
    GoSlice {
        ptr: p.cast(),
        len: n,
        cap: n,
    }
}
