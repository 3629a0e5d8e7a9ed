//! `rgo`: the command-line driver of the rgo Go compiler.

mod syntax;
mod types;

fn main() {
    println!("rgo");
}
