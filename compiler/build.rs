//! Generates the LALR(1) Go parser from `src/syntax/go.lalrpop` into OUT_DIR.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_whitespace(false)
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed");
}
