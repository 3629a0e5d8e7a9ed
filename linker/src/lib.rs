//! rgo's linker: turns the compiler's object files and the embedded runtime archive into
//! one statically linked executable.
//!
//! Today it drives the system `cc` (GNU ld) with `-static -nostdlib -nostartfiles`: the
//! runtime is `no_std` and brings its own `_start`, so no libc is linked. A later version
//! writes the ELF file itself; keeping the runtime free of libc makes that possible.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime staticlib, built by build.rs.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/librgo_runtime.a"));

/// Link options (`-ldflags "-s -w"`).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `-s`: omit the symbol table.
    pub strip_symbols: bool,
    /// `-w`: omit DWARF debug information.
    pub strip_dwarf: bool,
}

/// Links `objects` with the runtime into the executable `output`.
/// `work_dir` is a scratch directory owned by the caller.
pub fn link(
    objects: &[PathBuf],
    output: &Path,
    work_dir: &Path,
    opts: &Options,
) -> Result<(), String> {
    let rt = runtime_archive_path(work_dir)?;
    // Never let the system linker replace a device or other special file (`-o /dev/null`
    // means "discard", as with go build): link into the work directory instead.
    let special = output
        .symlink_metadata()
        .map(|m| !m.file_type().is_file())
        .unwrap_or(false);
    let final_out = output;
    let tmp_out = work_dir.join("a.out");
    let output: &Path = if special { &tmp_out } else { final_out };
    let mut cmd = Command::new("cc");
    cmd.args(["-static", "-nostdlib", "-nostartfiles", "-Wl,--gc-sections"]);
    cmd.arg("-Wl,--build-id=none");
    if opts.strip_symbols {
        cmd.arg("-s");
    } else if opts.strip_dwarf {
        cmd.arg("-Wl,--strip-debug");
    }
    cmd.arg("-o").arg(output);
    cmd.args(objects);
    cmd.arg(&rt);
    let out = cmd
        .output()
        .map_err(|e| format!("rgo: running the system linker (cc): {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rgo: link failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if special && final_out != Path::new("/dev/null") {
        std::fs::copy(output, final_out)
            .map_err(|e| format!("rgo: {}: {e}", final_out.display()))?;
    }
    Ok(())
}

/// Writes the embedded runtime archive into `work_dir` (once) and returns its path.
fn runtime_archive_path(work_dir: &Path) -> Result<PathBuf, String> {
    let p = work_dir.join("librgo_runtime.a");
    if !p.exists() {
        let mut f = std::fs::File::create(&p).map_err(|e| format!("rgo: {}: {e}", p.display()))?;
        f.write_all(RUNTIME_ARCHIVE)
            .map_err(|e| format!("rgo: {}: {e}", p.display()))?;
    }
    Ok(p)
}
