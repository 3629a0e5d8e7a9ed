//! Builds the runtime staticlib (crate `rgo-runtime`) with a nested cargo invocation and
//! places it in OUT_DIR, so that `rgo` embeds it and works from any directory.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let runtime = manifest.join("../runtime");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        manifest.join("../Cargo.lock").display()
    );

    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // A separate target dir: the outer cargo holds the lock on its own.
    let target_dir = out.join("rt-target");
    let status = Command::new(cargo)
        .args(["build", "--release", "--lib", "-p", "rgo-runtime"])
        .arg("--manifest-path")
        .arg(runtime.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        // Frame pointers let tracebacks and the unwinder walk through runtime frames.
        .env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes")
        .status()
        .expect("running cargo for the runtime");
    assert!(status.success(), "building rgo-runtime failed");
    let lib = target_dir.join("release/librgo_runtime.a");
    let dst = out.join("librgo_runtime.a");
    std::fs::copy(&lib, &dst).expect("copying runtime archive");
    // The prebuilt core/alloc objects carry DWARF that is of no use in Go programs (rgo
    // emits no DWARF yet); dropping it keeps executables small. Optional: without
    // objcopy the archive is used as is.
    let _ = Command::new("objcopy")
        .arg("--strip-debug")
        .arg(&dst)
        .status();
}
