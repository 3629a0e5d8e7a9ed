//! Resuming a function after `recover`: the compiler emits, for every call site in a
//! function with defers, an entry in the `rgo_extab` section (code address of the
//! function, return-address offset, landing-pad offset, frame offset). To resume frame
//! `fp`, the unwinder walks the frame-pointer chain to the frame whose caller is `fp`,
//! looks up that return address, and jumps to the landing pad with the stack pointer
//! restored from the frame offset. Landing pads use the `tail` convention's "everything
//! clobbered" assumption, so only rsp, rbp and rip need restoring.

/// One landing-pad table entry (layout shared with compiler/src/codegen/mod.rs).
#[repr(C)]
struct Entry {
    func: usize,
    ret_off: u32,
    handler_off: u32,
    frame_offset: u32,
    _pad: u32,
}

// An empty entry keeps the section (and the linker's start/stop symbols) defined even in
// programs without defers.
#[used]
#[link_section = "rgo_extab"]
static EMPTY_ENTRY: Entry = Entry {
    func: 0,
    ret_off: 0,
    handler_off: 0,
    frame_offset: 0,
    _pad: 0,
};

#[cfg(not(test))]
extern "C" {
    static __start_rgo_extab: Entry;
    static __stop_rgo_extab: Entry;
}

#[cfg(not(test))]
fn table() -> &'static [Entry] {
    // SAFETY: the linker places all rgo_extab entries between the start and stop symbols.
    unsafe {
        let start = &raw const __start_rgo_extab;
        let stop = &raw const __stop_rgo_extab;
        let n = (stop as usize - start as usize) / core::mem::size_of::<Entry>();
        core::slice::from_raw_parts(start, n)
    }
}

#[cfg(test)]
fn table() -> &'static [Entry] {
    core::slice::from_ref(&EMPTY_ENTRY)
}

/// The landing pad for return address `ra`: (handler address, frame offset).
fn lookup(ra: usize) -> Option<(usize, usize)> {
    table()
        .iter()
        .find(|e| e.func != 0 && e.func + e.ret_off as usize == ra)
        .map(|e| (e.func + e.handler_off as usize, e.frame_offset as usize))
}

/// Transfers control to the landing pad of the function whose frame pointer is `fp`.
/// Never returns; the Rust frames between here and `fp` are discarded (they hold no
/// locks or owned resources).
#[inline(never)]
pub fn resume(fp: usize) -> ! {
    let mut frame: usize;
    // SAFETY: reads this function's frame pointer (the runtime keeps frame pointers).
    unsafe { core::arch::asm!("mov {}, rbp", out(reg) frame) };
    for _ in 0..1_000_000 {
        if frame == 0 {
            break;
        }
        // SAFETY: every frame on the chain stores the caller's rbp at [rbp] and the
        // return address at [rbp+8].
        let (caller, ra) = unsafe { (*(frame as *const usize), *((frame + 8) as *const usize)) };
        if caller == fp {
            if let Some((handler, frame_offset)) = lookup(ra) {
                let sp = fp - frame_offset;
                // SAFETY: sp/fp/handler describe the live frame of the deferring function
                // at one of its call sites, as recorded by the compiler.
                unsafe {
                    core::arch::asm!(
                        "mov rsp, {sp}",
                        "mov rbp, {fp}",
                        "jmp {h}",
                        sp = in(reg) sp,
                        fp = in(reg) fp,
                        h = in(reg) handler,
                        options(noreturn)
                    )
                }
            }
            break;
        }
        if caller <= frame {
            break;
        }
        frame = caller;
    }
    crate::panic::fatal("rgo: cannot resume after recover (no landing pad)")
}
