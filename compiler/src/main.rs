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
    let cli = Cli::parse();
    let code = match cli.cmd {
        Cmd::Tool {
            tool: Tool::Syntax { stats, files },
        } if stats => syntax::tool_syntax_with(&files, true),
        Cmd::Tool {
            tool: Tool::Syntax { files, .. },
        } => syntax::tool_syntax(&files),
    };
    std::process::exit(code);
}
