//! `rgo`: the command-line driver of the rgo Go compiler.

mod codegen;
mod driver;
mod ssa;
mod stdapi;
mod stdlib;
mod syntax;
mod types;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "rgo",
    about = "rgo is an ahead-of-time compiler for Go",
    version
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a main package into a statically linked executable.
    Build {
        /// Output file (default: the first file's name without .go, or the directory's name).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Linker flags: "-s" omits the symbol table, "-w" omits DWARF.
        #[arg(long = "ldflags", allow_hyphen_values = true)]
        ldflags: Option<String>,
        /// .go files of one package, or a package directory (default: .).
        inputs: Vec<String>,
    },
    /// Compile and run a program: rgo run FILE.go... [--] [ARGS...]
    Run {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        args: Vec<String>,
    },
    /// Print rgo's version.
    Version,
    /// Tools for inspecting the compiler's work.
    Tool {
        #[command(subcommand)]
        tool: ToolCmd,
    },
}

#[derive(Subcommand)]
enum ToolCmd {
    /// Parse files only; report syntax errors (exit status 1 on any error).
    Syntax {
        /// Print file count, bytes and time.
        #[arg(long)]
        stats: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the SSA IR of a program.
    Ssa {
        /// Only functions whose name contains this string.
        #[arg(long)]
        func: Option<String>,
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print the exported API of the embedded std packages (docs/std-api.md).
    Stdapi {
        /// Print only the packages' import paths.
        #[arg(long)]
        paths: bool,
    },
    /// Print the Cranelift IR of a program.
    Clif {
        #[arg(long)]
        func: Option<String>,
        #[arg(required = true)]
        files: Vec<String>,
    },
}

fn fail(f: driver::Failure) -> ExitCode {
    eprintln!("{}", f.msg);
    ExitCode::from(f.code as u8)
}

fn link_options(ldflags: &Option<String>) -> Result<rgo_linker::Options, driver::Failure> {
    let mut o = rgo_linker::Options::default();
    if let Some(fl) = ldflags {
        for f in fl.split_whitespace() {
            match f {
                "-s" => o.strip_symbols = true,
                "-w" => o.strip_dwarf = true,
                other => {
                    return Err(driver::Failure {
                        msg: format!("rgo: unsupported linker flag {other}"),
                        code: 2,
                    })
                }
            }
        }
    }
    Ok(o)
}

/// Go's tools spell long flags with one dash (`-ldflags "-s -w"`); clap wants two.
fn go_style_args() -> Vec<String> {
    std::env::args()
        .map(|a| {
            if a == "-ldflags" || a.starts_with("-ldflags=") {
                format!("-{a}")
            } else {
                a
            }
        })
        .collect()
}

fn main() -> ExitCode {
    // Deeply nested input (a 100k-term `a+b+...` chain) makes the tree walks recurse
    // deeply; run on a thread with a large stack (reserved, committed only when used).
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(run)
        .expect("cannot start the compiler thread");
    worker.join().unwrap_or(ExitCode::from(101))
}

fn run() -> ExitCode {
    let cli = Cli::parse_from(go_style_args());
    match cli.cmd {
        Cmd::Version => {
            println!(
                "rgo version {} linux/amd64 (go1.27 language)",
                env!("CARGO_PKG_VERSION")
            );
            ExitCode::SUCCESS
        }
        Cmd::Build {
            output,
            ldflags,
            inputs,
        } => {
            let lo = match link_options(&ldflags) {
                Ok(o) => o,
                Err(f) => return fail(f),
            };
            let inp = match driver::resolve_inputs(&inputs) {
                Ok(i) => i,
                Err(f) => return fail(f),
            };
            let out = output.unwrap_or_else(|| PathBuf::from(&inp.default_output));
            match driver::build(&inp, &out, &lo) {
                Ok(()) => ExitCode::SUCCESS,
                Err(f) => fail(f),
            }
        }
        Cmd::Run { args } => {
            let mut files = Vec::new();
            let mut rest = args.into_iter();
            let mut prog_args = Vec::new();
            for a in rest.by_ref() {
                if a == "--" {
                    break;
                }
                if a.ends_with(".go") {
                    files.push(a);
                } else {
                    prog_args.push(a);
                    break;
                }
            }
            prog_args.extend(rest);
            let inp = match driver::resolve_inputs(&files) {
                Ok(i) => i,
                Err(f) => return fail(f),
            };
            match driver::check(&inp) {
                Ok(c) if !c.is_main => {
                    eprintln!("package {} is not a main package", inp.header);
                    return ExitCode::from(1);
                }
                Ok(_) => {}
                Err(f) => return fail(f),
            }
            let dir = match driver::tempdir() {
                Ok(d) => d,
                Err(f) => return fail(f),
            };
            let exe = dir.join(&inp.default_output);
            if let Err(f) = driver::build(&inp, &exe, &Default::default()) {
                let _ = std::fs::remove_dir_all(&dir);
                return fail(f);
            }
            let status = std::process::Command::new(&exe).args(&prog_args).status();
            let _ = std::fs::remove_dir_all(&dir);
            match status {
                Ok(s) => {
                    use std::os::unix::process::ExitStatusExt;
                    match s.code() {
                        Some(c) => ExitCode::from(c as u8),
                        None => ExitCode::from(128 + s.signal().unwrap_or(0) as u8),
                    }
                }
                Err(e) => {
                    eprintln!("rgo: running {}: {e}", exe.display());
                    ExitCode::from(1)
                }
            }
        }
        Cmd::Tool { tool } => match tool {
            ToolCmd::Syntax { stats, files } => ExitCode::from(if stats {
                syntax::tool_syntax_with(&files, true)
            } else {
                syntax::tool_syntax(&files)
            } as u8),
            ToolCmd::Stdapi { paths } => {
                if paths {
                    let mut p = stdlib::paths();
                    p.sort();
                    println!("{}", p.join(" "));
                    return ExitCode::SUCCESS;
                }
                match stdapi::markdown() {
                    Ok(md) => {
                        print!("{md}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("rgo: {e}");
                        ExitCode::from(1)
                    }
                }
            }
            ToolCmd::Ssa { func, files } => {
                let inp = match driver::resolve_inputs(&files) {
                    Ok(i) => i,
                    Err(f) => return fail(f),
                };
                let mut c = match driver::check(&inp) {
                    Ok(c) => c,
                    Err(f) => return fail(f),
                };
                match driver::build_ssa(&mut c, &inp.header) {
                    Ok(p) => {
                        let namer = |t| c.prog.type_string(t);
                        print!("{}", ssa::print::program(&p, func.as_deref(), &namer));
                        ExitCode::SUCCESS
                    }
                    Err(f) => fail(f),
                }
            }
            ToolCmd::Clif { func, files } => {
                let inp = match driver::resolve_inputs(&files) {
                    Ok(i) => i,
                    Err(f) => return fail(f),
                };
                let mut c = match driver::check(&inp) {
                    Ok(c) => c,
                    Err(f) => return fail(f),
                };
                let p = match driver::build_ssa(&mut c, &inp.header) {
                    Ok(x) => x,
                    Err(f) => return fail(f),
                };
                let opts = codegen::Options {
                    verify: true,
                    keep_clif: true,
                    no_poll: false,
                };
                match codegen::compile(&p, &c.prog.types, &c.prog, &opts) {
                    Ok((_, text)) => {
                        for t in text {
                            if func.as_deref().map(|f| t.contains(f)).unwrap_or(true) {
                                println!("{t}");
                            }
                        }
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("rgo: {e}");
                        ExitCode::from(1)
                    }
                }
            }
        },
    }
}
