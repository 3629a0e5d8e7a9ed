//! The rgo test corpus (`testdata/`), run against the `rgo` binary.
//!
//! One libtest-mimic trial per program, named after it (`run/basic_hello_fmt`,
//! `errors/unused_var`), plus `corpus_well_formed`, which checks the corpus itself.
//!
//! * `testdata/run/NAME.go`: `rgo build -o TMP/NAME NAME.go` (run in `testdata/run`), then the
//!   binary runs with stdin from /dev/null and a 10 s timeout. Its stdout must equal `NAME.out`;
//!   its exit status must be the number in `NAME.exit` (0 when absent); when `NAME.err` exists,
//!   stderr must start with it (a crash: the `panic: ...` head) or, for exit status 0, equal it.
//!   The program runs with `TZ=UTC` (so that local time does not depend on the machine) plus
//!   the `KEY=VALUE` lines of `NAME.env`, if any.
//! * `testdata/errors/NAME.go`: `rgo build -o TMP/x NAME.go` (run in `testdata/errors`) must exit
//!   with status 1 and print exactly `NAME.err` on stderr.
//!
//! Set `RGO_TESTDATA_COMPILER` to run another compiler with the same command line instead of
//! `rgo` (a wrapper around gc's `go` should pass everything).
//!
//! Programs listed in `testdata/pending.txt` are ignored; run them anyway with
//! `cargo test --release -p rgo-compiler --test testdata -- --include-ignored FILTER`.
//! See `testdata/README.md`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const RUN_TIMEOUT: Duration = Duration::from_secs(10);
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

fn testdata_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("testdata")
}

/// The compiler under test: `rgo`, unless `RGO_TESTDATA_COMPILER` names another command that takes
/// `build -o OUT FILE.go` (e.g. a wrapper around `go`, to check the harness and the goldens).
fn rgo() -> String {
    std::env::var("RGO_TESTDATA_COMPILER").unwrap_or_else(|_| env!("CARGO_BIN_EXE_rgo").to_string())
}

/// The lock that serialises the runs of one program's trials.
fn program_lock(name: &str) -> std::sync::Arc<std::sync::Mutex<()>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static LOCKS: OnceLock<Mutex<HashMap<String, Arc<Mutex<()>>>>> = OnceLock::new();
    let mut m = LOCKS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    m.entry(name.to_string()).or_default().clone()
}

/// A fresh scratch directory for one trial.
fn scratch_dir(kind: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("testdata")
        .join(format!("{kind}-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

struct Output {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs `cmd` with stdin from /dev/null, capturing stdout and stderr, killing it after `timeout`.
fn run_with_timeout(mut cmd: Command, timeout: Duration, what: &str) -> Result<Output, Failed> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| Failed::from(format!("cannot start {what}: {e}")))?;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{what} timed out after {} s", timeout.as_secs()).into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {what}: {e}").into()),
        }
    };
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

fn describe_status(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => format!("exit status {c}"),
        (None, Some(s)) => format!("killed by signal {s}"),
        _ => "unknown status".to_string(),
    }
}

/// A readable account of how `actual` differs from `expected`: the first differing line with
/// a little context.
fn diff(label: &str, expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let first = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    let from = first.saturating_sub(2);
    let show = |lines: &[&str]| -> String {
        let mut s = String::new();
        for (i, l) in lines.iter().enumerate().skip(from).take(first - from + 4) {
            let mark = if i == first { ">" } else { " " };
            s.push_str(&format!("  {mark}{:4} | {:?}\n", i + 1, l));
        }
        if lines.len() <= first {
            s.push_str(&format!("  >{:4} | <end of output>\n", first + 1));
        }
        s
    };
    format!(
        "{label} differs at line {} (expected {} lines, got {}):\n expected:\n{} actual:\n{}",
        first + 1,
        e.len(),
        a.len(),
        show(&e),
        show(&a)
    )
}

fn read_opt(path: &Path) -> Option<Vec<u8>> {
    fs::read(path).ok()
}

fn expected_exit(dir: &Path, name: &str) -> Result<i32, Failed> {
    match fs::read_to_string(dir.join(format!("{name}.exit"))) {
        Ok(s) => s
            .trim()
            .parse()
            .map_err(|_| Failed::from(format!("{name}.exit does not hold a number: {s:?}"))),
        Err(_) => Ok(0),
    }
}

/// The environment every `run/` program gets on top of the inherited one: a fixed local
/// time zone. testdata/regen.sh sets the same.
const RUN_ENV: &[(&str, &str)] = &[("TZ", "UTC")];

/// The `KEY=VALUE` lines of `run/NAME.env` (none when absent); `#` lines and blank lines
/// are skipped.
fn program_env(dir: &Path, name: &str) -> Result<Vec<(String, String)>, String> {
    let Ok(text) = fs::read_to_string(dir.join(format!("{name}.env"))) else {
        return Ok(Vec::new());
    };
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(format!("run/{name}.env: not a KEY=VALUE line: {l:?}")),
        })
        .collect()
}

/// Builds and runs `run/NAME.go`, comparing with its golden files. `gcstress`: run it
/// with the collector's stress mode (`RGODEBUG=gcstress=1`: a cycle every hundred
/// allocations, freed memory poisoned).
fn run_program(name: &str, gcstress: bool) -> Result<(), Failed> {
    let dir = testdata_dir().join("run");
    let tmp = scratch_dir(if gcstress { "gcstress" } else { "run" }, name);
    let bin = tmp.join(name);
    let mut build = Command::new(rgo());
    build
        .current_dir(&dir)
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(format!("{name}.go"));
    let b = run_with_timeout(build, BUILD_TIMEOUT, "rgo build")?;
    if !b.status.success() || !bin.exists() {
        let why = if b.status.success() {
            "exited 0 but wrote no executable".to_string()
        } else {
            describe_status(b.status)
        };
        return Err(format!(
            "rgo build failed ({why}):\n{}{}",
            String::from_utf8_lossy(&b.stdout),
            String::from_utf8_lossy(&b.stderr)
        )
        .into());
    }
    let mut cmd = Command::new(&bin);
    cmd.current_dir(&dir);
    cmd.envs(RUN_ENV.iter().copied());
    cmd.envs(program_env(&dir, name)?);
    if gcstress {
        cmd.env("RGODEBUG", "gcstress=1");
    }
    let out = {
        // The run/ and gcstress/ trials of a program must not run at once: some
        // programs work in a fixed scratch path (e.g. /tmp/rgo-test-std-os-file).
        let lock = program_lock(name);
        let _held = lock.lock().unwrap_or_else(|e| e.into_inner());
        run_with_timeout(cmd, RUN_TIMEOUT, "the compiled program")?
    };
    let _ = fs::remove_dir_all(&tmp);

    let want_stdout = read_opt(&dir.join(format!("{name}.out"))).unwrap_or_default();
    let want_exit = expected_exit(&dir, name)?;
    let want_stderr = read_opt(&dir.join(format!("{name}.err")));

    let mut problems = Vec::new();
    if out.stdout != want_stdout {
        problems.push(diff("stdout", &want_stdout, &out.stdout));
    }
    if out.status.code() != Some(want_exit) {
        problems.push(format!(
            "exit status differs: expected {want_exit}, got {}",
            describe_status(out.status)
        ));
    }
    if let Some(want) = want_stderr {
        let ok = if want_exit == 0 {
            out.stderr == want
        } else {
            out.stderr.starts_with(&want)
        };
        if !ok {
            let shown = if want_exit == 0 {
                &out.stderr[..]
            } else {
                &out.stderr[..out.stderr.len().min(want.len())]
            };
            let how = if want_exit == 0 {
                "stderr"
            } else {
                "stderr (prefix)"
            };
            problems.push(diff(how, &want, shown));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        if !out.stderr.is_empty() && problems.iter().all(|p| !p.starts_with("stderr")) {
            problems.push(format!(
                "(stderr was:\n{})",
                String::from_utf8_lossy(&out.stderr[..out.stderr.len().min(2000)])
            ));
        }
        Err(problems.join("\n").into())
    }
}

fn error_program(name: &str) -> Result<(), Failed> {
    let dir = testdata_dir().join("errors");
    let tmp = scratch_dir("errors", name);
    let mut build = Command::new(rgo());
    build
        .current_dir(&dir)
        .arg("build")
        .arg("-o")
        .arg(tmp.join("x"))
        .arg(format!("{name}.go"));
    let out = run_with_timeout(build, BUILD_TIMEOUT, "rgo build")?;
    let _ = fs::remove_dir_all(&tmp);
    let want = read_opt(&dir.join(format!("{name}.err"))).unwrap_or_default();
    let mut problems = Vec::new();
    if out.status.code() != Some(1) {
        problems.push(format!(
            "exit status differs: expected 1, got {}",
            describe_status(out.status)
        ));
    }
    if out.stderr != want {
        problems.push(diff("stderr", &want, &out.stderr));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// Names (without `.go`) of the programs in `testdata/SUB`, sorted.
fn programs(sub: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(testdata_dir().join(sub))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|f| f.strip_suffix(".go").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Entries of `testdata/pending.txt`: one `run/NAME` or `errors/NAME` a line; `#` starts a comment.
fn pending() -> Vec<String> {
    list_file("pending.txt")
}

/// The entries of a testdata list file: one `run/NAME` or `errors/NAME` a line, `#`
/// comments.
fn list_file(file: &str) -> Vec<String> {
    let text = fs::read_to_string(testdata_dir().join(file)).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Programs too allocation-heavy for the stress mode (`gcstress-skip.txt`).
fn gcstress_skip() -> Vec<String> {
    list_file("gcstress-skip.txt")
}

fn check_corpus() -> Result<(), Failed> {
    let root = testdata_dir();
    let mut problems = Vec::new();
    let run = programs("run");
    let errors = programs("errors");
    if run.is_empty() || errors.is_empty() {
        problems.push(format!("no programs found under {}", root.display()));
    }
    for name in &run {
        let dir = root.join("run");
        if !dir.join(format!("{name}.out")).is_file() {
            problems.push(format!("run/{name}.go has no run/{name}.out"));
        }
        if let Err(e) = program_env(&dir, name) {
            problems.push(e);
        }
        let exit = dir.join(format!("{name}.exit"));
        if exit.exists() {
            match fs::read_to_string(&exit)
                .ok()
                .and_then(|s| s.trim().parse::<i32>().ok())
            {
                Some(0) | None => {
                    problems.push(format!("run/{name}.exit must hold a non-zero number"))
                }
                Some(_) => {
                    if !dir.join(format!("{name}.err")).is_file() {
                        problems.push(format!("run/{name}.exit without run/{name}.err"));
                    }
                }
            }
        }
    }
    for name in &errors {
        match fs::read_to_string(root.join("errors").join(format!("{name}.err"))) {
            Ok(s) if s.starts_with("# command-line-arguments\n") => {}
            Ok(_) => problems.push(format!(
                "errors/{name}.err does not start with `# command-line-arguments`"
            )),
            Err(_) => problems.push(format!("errors/{name}.go has no errors/{name}.err")),
        }
    }
    // Golden files without a program.
    for (sub, exts, names) in [
        ("run", &["out", "err", "exit", "env"][..], &run),
        ("errors", &["err"][..], &errors),
    ] {
        for entry in fs::read_dir(root.join(sub)).into_iter().flatten().flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let Some((stem, ext)) = file.rsplit_once('.') else {
                problems.push(format!("{sub}/{file}: unexpected file"));
                continue;
            };
            if ext == "go" {
                continue;
            }
            if !exts.contains(&ext) {
                problems.push(format!("{sub}/{file}: unexpected file"));
            } else if !names.iter().any(|n| n == stem) {
                problems.push(format!("{sub}/{file} has no {sub}/{stem}.go"));
            }
        }
    }
    for entry in gcstress_skip() {
        if !matches!(entry.split_once('/'), Some(("run", n)) if run.iter().any(|r| r == n)) {
            problems.push(format!(
                "gcstress-skip.txt lists {entry}, which is no run program"
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for entry in pending() {
        if !seen.insert(entry.clone()) {
            problems.push(format!("pending.txt lists {entry} twice"));
        }
        let exists = match entry.split_once('/') {
            Some(("run", n)) => run.iter().any(|r| r == n),
            Some(("errors", n)) => errors.iter().any(|r| r == n),
            _ => false,
        };
        if !exists {
            problems.push(format!("pending.txt lists {entry}, which is no program"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let pending = pending();
    let is_pending = |t: &str| pending.iter().any(|p| p == t);
    let mut trials = vec![Trial::test("corpus_well_formed", check_corpus)];
    let skip = gcstress_skip();
    for name in programs("run") {
        let t = format!("run/{name}");
        let ignored = is_pending(&t);
        let stress_ignored = ignored || skip.iter().any(|s| *s == t);
        let n = name.clone();
        trials.push(Trial::test(t, move || run_program(&n, false)).with_ignored_flag(ignored));
        trials.push(
            Trial::test(format!("gcstress/{name}"), move || run_program(&name, true))
                .with_ignored_flag(stress_ignored),
        );
    }
    for name in programs("errors") {
        let t = format!("errors/{name}");
        let ignored = is_pending(&t);
        trials.push(Trial::test(t, move || error_program(&name)).with_ignored_flag(ignored));
    }
    libtest_mimic::run(&args, trials).exit();
}
