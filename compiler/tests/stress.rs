//! Scheduler stress: testdata/stress/goroutines_100k.go (100 000 goroutines doing channel
//! and mutex work, a ring of 1000 goroutines, a select fan-in) must print exactly the
//! gc-generated golden output 20 times in a row under GOMAXPROCS=1, 2 and 8.

use std::path::Path;
use std::process::Command;

#[test]
fn goroutines_100k_exact_under_gomaxprocs_1_2_8() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/stress");
    let work = std::env::temp_dir().join(format!("rgo-stress-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("temp dir");
    let exe = work.join("goroutines_100k");
    let out = Command::new(env!("CARGO_BIN_EXE_rgo"))
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg("goroutines_100k.go")
        .current_dir(&dir)
        .output()
        .expect("running rgo");
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = std::fs::read_to_string(dir.join("goroutines_100k.out")).expect("golden");
    for procs in ["1", "2", "8"] {
        for run in 0..20 {
            let r = Command::new(&exe)
                .env("GOMAXPROCS", procs)
                .output()
                .expect("running the stress program");
            let got = String::from_utf8_lossy(&r.stdout);
            assert!(
                r.status.success() && got == want,
                "GOMAXPROCS={procs} run {run}: exit {:?}\ngot:  {got}want: {want}stderr: {}",
                r.status.code(),
                String::from_utf8_lossy(&r.stderr)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&work);
}
