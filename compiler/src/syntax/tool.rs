//! `rgo tool syntax FILE...`: parses files and prints syntax errors in gc's form.

use super::{format_error, parse_file, NodeIdGen, SourceFile};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The name gc prints for a file: relative paths get a `./` prefix.
fn display_name(p: &Path) -> String {
    let s = p.to_string_lossy();
    if p.is_absolute() || s.starts_with("./") || s.starts_with("../") {
        s.into_owned()
    } else {
        format!("./{s}")
    }
}

/// Parses every file; prints errors to stderr. Returns the exit status (1 on any error).
pub fn tool_syntax(paths: &[PathBuf]) -> i32 {
    tool_syntax_with(paths, false)
}

/// [`tool_syntax`], and with `stats` a line with files/bytes/time on stderr.
pub fn tool_syntax_with(paths: &[PathBuf], stats: bool) -> i32 {
    let ids = NodeIdGen::new();
    let start = Instant::now();
    let (mut bytes, mut bad) = (0usize, 0usize);
    for p in paths {
        let src = match std::fs::read(p) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                bad += 1;
                continue;
            }
        };
        bytes += src.len();
        let name = display_name(p);
        let src = match String::from_utf8(src) {
            Ok(s) => s,
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let f = SourceFile::new(name, s);
                let err = super::SyntaxError {
                    pos: pos as u32,
                    msg: "invalid UTF-8 encoding".into(),
                };
                eprintln!("{}", format_error(&f, &err));
                bad += 1;
                continue;
            }
        };
        let file = SourceFile::new(name, src);
        if let Err(errs) = parse_file(&file, &ids) {
            bad += 1;
            for e in &errs {
                eprintln!("{}", format_error(&file, e));
            }
        }
    }
    if stats {
        let t = start.elapsed().as_secs_f64();
        eprintln!(
            "{} files, {} parsed, {} with errors, {} bytes, {:.3} s, {:.1} MB/s",
            paths.len(),
            paths.len() - bad,
            bad,
            bytes,
            t,
            bytes as f64 / t / 1e6
        );
    }
    i32::from(bad > 0)
}
