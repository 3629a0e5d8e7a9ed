//! Snapshot tests of the compiler's intermediate forms: `rgo tool ssa` and `rgo tool clif`
//! of the programs in testdata/snapshots must equal the committed `.ssa` / `.clif` files,
//! so a change in lowering shows up as a reviewable diff. Regenerate with `RGO_BLESS=1`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/snapshots")
}

fn check(tool: &str, ext: &str) {
    let dir = snapshot_dir();
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata/snapshots")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    progs.sort();
    assert!(!progs.is_empty());
    let bless = std::env::var_os("RGO_BLESS").is_some();
    let mut failures = Vec::new();
    for p in progs {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let out = Command::new(env!("CARGO_BIN_EXE_rgo"))
            .args(["tool", tool, "--func", "main."])
            .arg(&name)
            .current_dir(&dir)
            .output()
            .expect("running rgo");
        assert!(
            out.status.success(),
            "rgo tool {tool} {name} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got = String::from_utf8_lossy(&out.stdout).to_string();
        let golden = p.with_extension(ext);
        if bless {
            std::fs::write(&golden, &got).expect("writing snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{name}: {tool} output differs from {} at line {}:\n  got:  {}\n  want: {}",
                golden.display(),
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(run with RGO_BLESS=1 to accept the new output)",
        failures.join("\n")
    );
}

#[test]
fn ssa_snapshots() {
    check("ssa", "ssa");
}

#[test]
fn clif_snapshots() {
    check("clif", "clif");
}
