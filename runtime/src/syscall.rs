//! Thin system-call layer: write, exit, memory mapping and clocks, via `rustix` (linux_raw
//! backend). `exit_group` is a raw `syscall` instruction because rustix only offers it in
//! its unstable runtime module.

use crate::typedesc::GoString;
use rustix::fd::BorrowedFd;

/// Writes all of `buf` to `fd`, retrying on short writes and EINTR. Returns the number of
/// bytes written or `-errno`.
pub fn write_all(fd: i32, buf: &[u8]) -> i64 {
    let mut done = 0usize;
    while done < buf.len() {
        // SAFETY: the fd number is only borrowed for this call; an invalid fd yields EBADF.
        let bfd = unsafe { BorrowedFd::borrow_raw(fd) };
        match rustix::io::write(bfd, &buf[done..]) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return -(e.raw_os_error() as i64),
        }
    }
    done as i64
}

/// Ends the process with `code` (all threads).
pub fn exit(code: i32) -> ! {
    #[cfg(test)]
    {
        std::process::exit(code)
    }
    #[cfg(not(test))]
    // SAFETY: exit_group(231) takes one integer argument and never returns.
    unsafe {
        core::arch::asm!("syscall", in("rax") 231usize, in("rdi") code as isize as usize,
                         options(noreturn, nostack));
    }
}

/// Reserves `len` bytes of address space (PROT_NONE, not committed). Null on failure.
pub fn reserve(len: usize) -> *mut u8 {
    use rustix::mm::{MapFlags, ProtFlags};
    // SAFETY: a fresh anonymous mapping at a kernel-chosen address aliases nothing.
    unsafe {
        rustix::mm::mmap_anonymous(
            core::ptr::null_mut(),
            len,
            ProtFlags::empty(),
            MapFlags::PRIVATE | MapFlags::NORESERVE,
        )
    }
    .map(|p| p as *mut u8)
    .unwrap_or(core::ptr::null_mut())
}

/// Maps `len` bytes of zeroed read-write memory that is committed lazily by the kernel.
pub fn map_rw(len: usize) -> *mut u8 {
    use rustix::mm::{MapFlags, ProtFlags};
    // SAFETY: a fresh anonymous mapping at a kernel-chosen address aliases nothing.
    unsafe {
        rustix::mm::mmap_anonymous(
            core::ptr::null_mut(),
            len,
            ProtFlags::READ | ProtFlags::WRITE,
            MapFlags::PRIVATE | MapFlags::NORESERVE,
        )
    }
    .map(|p| p as *mut u8)
    .unwrap_or(core::ptr::null_mut())
}

/// Makes `[p, p+len)` (inside a reservation) readable and writable. False on failure.
pub fn commit(p: *mut u8, len: usize) -> bool {
    use rustix::mm::MprotectFlags;
    // SAFETY: p..p+len lies inside a reservation owned by the heap; nothing references it yet.
    unsafe { rustix::mm::mprotect(p.cast(), len, MprotectFlags::READ | MprotectFlags::WRITE) }
        .is_ok()
}

/// Gives up the CPU to another runnable thread (`sched_yield`).
pub fn yield_cpu() {
    rustix::thread::sched_yield();
}

/// Monotonic clock in nanoseconds.
pub fn nanotime() -> i64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

/// Wall clock (seconds, nanoseconds) since the Unix epoch.
pub fn walltime() -> (i64, i64) {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Realtime);
    (t.tv_sec, t.tv_nsec)
}

/// A cheap entropy source for hash seeds and map iteration order.
pub fn cputicks() -> u64 {
    // SAFETY: rdtsc has no memory effects.
    unsafe { core::arch::x86_64::_rdtsc() }
}

/// `write(fd, p, n)`: bytes written or -errno. Loops on short writes and EINTR.
#[no_mangle]
pub extern "C" fn rgo_write(fd: i64, ptr: *const u8, len: i64) -> i64 {
    let s = GoString {
        ptr,
        len: len.max(0) as usize,
    };
    write_all(fd as i32, s.as_bytes())
}

/// Exits the process.
#[no_mangle]
pub extern "C" fn rgo_exit(code: i64) -> ! {
    exit(code as i32)
}

/// Monotonic nanoseconds.
#[no_mangle]
pub extern "C" fn rgo_nanotime() -> i64 {
    nanotime()
}

/// Wall-clock time as (seconds, nanoseconds), returned in rax:rdx.
#[repr(C)]
pub struct SecNsec {
    pub sec: i64,
    pub nsec: i64,
}

#[no_mangle]
pub extern "C" fn rgo_walltime() -> SecNsec {
    let (sec, nsec) = walltime();
    SecNsec { sec, nsec }
}
