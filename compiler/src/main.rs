//! `rgo`: the command-line driver of the rgo Go compiler.

mod syntax;

fn main() {
    println!("rgo");
}
