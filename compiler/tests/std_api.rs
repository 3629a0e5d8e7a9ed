//! docs/std-api.md stays true: it must equal `rgo tool stdapi`, compiler/std/gc-api.txt
//! must cover every embedded package, and a name gc's package has but rgo's lacks must be
//! reported as `rgo: pkg.Name is not supported yet`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `rgo ARGS` with the embedded std (not a development `RGO_STD_DIR`): stdout, stderr.
fn rgo(args: &[&str], dir: &Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rgo"))
        .args(args)
        .current_dir(dir)
        .env_remove("RGO_STD_DIR")
        .output()
        .expect("cannot run rgo");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn std_api_doc() -> String {
    std::fs::read_to_string(repo().join("docs/std-api.md")).expect("docs/std-api.md")
}

#[test]
fn std_api_doc_is_up_to_date() {
    let (ok, out, err) = rgo(&["tool", "stdapi"], &repo());
    assert!(ok, "rgo tool stdapi failed: {err}");
    if out != std_api_doc() {
        let line = out
            .lines()
            .zip(std_api_doc().lines())
            .position(|(a, b)| a != b)
            .map_or(
                out.lines().count().min(std_api_doc().lines().count()),
                |i| i,
            )
            + 1;
        panic!(
            "docs/std-api.md is out of date (first difference at line {line}); regenerate it:\n\
             target/release/rgo tool stdapi > docs/std-api.md"
        );
    }
}

#[test]
fn gc_api_lists_every_embedded_package() {
    let (ok, paths, err) = rgo(&["tool", "stdapi", "--paths"], &repo());
    assert!(ok, "{err}");
    let gc = std::fs::read_to_string(repo().join("compiler/std/gc-api.txt")).unwrap();
    let mut prev = "";
    for line in gc.lines() {
        assert!(
            line.split(' ').count() == 2 && prev < line,
            "compiler/std/gc-api.txt: want sorted \"PATH NAME\" lines, got {line:?}"
        );
        prev = line;
    }
    for p in paths.split_whitespace() {
        assert!(
            gc.lines().any(|l| l.starts_with(&format!("{p} "))),
            "compiler/std/gc-api.txt has nothing for {p}: regenerate it (see tools/gcstdapi)"
        );
    }
}

/// The names docs/std-api.md lists as missing from package `path`.
fn missing(path: &str) -> Vec<String> {
    let doc = std_api_doc();
    let section = doc
        .split(&format!("\n## {path}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no section for {path}"));
    let line = section
        .lines()
        .find(|l| l.starts_with("Not yet: "))
        .expect("a Not yet line");
    line.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn missing_std_names_are_not_supported_yet() {
    // A package-level name and a method that gc has and rgo lacks (taken from the doc, so
    // the test follows as std grows), and names nobody has.
    let func = missing("fmt")
        .into_iter()
        .find(|n| !n.contains('.'))
        .expect("a missing fmt name");
    let method = missing("time")
        .into_iter()
        .find(|n| n.starts_with("Time."))
        .expect("a missing time.Time method");
    let method = method.trim_start_matches("Time.");
    let dir = std::env::temp_dir().join(format!("rgo-std-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {{\n\t\
         _ = fmt.{func}\n\tvar t time.Time\n\t_ = t.{method}\n\t_ = fmt.Bogus\n\t_ = t.Bogus\n}}\n"
    );
    std::fs::write(dir.join("main.go"), src).unwrap();
    let (ok, _, err) = rgo(&["build", "-o", "main", "main.go"], &dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!ok);
    let want = format!(
        "# command-line-arguments\n\
         ./main.go:9:10: rgo: fmt.{func} is not supported yet\n\
         ./main.go:11:8: rgo: time.Time.{method} is not supported yet\n\
         ./main.go:12:10: undefined: fmt.Bogus\n\
         ./main.go:13:8: t.Bogus undefined (type time.Time has no field or method Bogus)\n"
    );
    assert_eq!(err, want);
}
