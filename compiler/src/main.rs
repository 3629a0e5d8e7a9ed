//! `rgo`: the command-line driver of the rgo Go compiler.

mod syntax;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "rgo", about = "An ahead-of-time compiler for Go")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Developer tools.
    Tool {
        #[command(subcommand)]
        tool: Tool,
    },
}

#[derive(Subcommand)]
enum Tool {
    /// Parse Go files and report syntax errors as gc does.
    Syntax {
        /// Print file count, bytes and time.
        #[arg(long)]
        stats: bool,
        files: Vec<PathBuf>,
    },
}

fn main() {
    // Deeply nested input (a 100k-term `a+b+...` chain) makes the tree walks recurse
    // deeply; run on a thread with a large stack (reserved, committed only when used).
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(run)
        .expect("cannot start the main thread");
    let code = worker.join().unwrap_or(101);
    std::process::exit(code);
}

fn run() -> i32 {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Tool {
            tool: Tool::Syntax { stats, files },
        } if stats => syntax::tool_syntax_with(&files, true),
        Cmd::Tool {
            tool: Tool::Syntax { files, .. },
        } => syntax::tool_syntax(&files),
    }
}
