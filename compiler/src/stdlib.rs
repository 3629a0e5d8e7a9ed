//! The Go-source std packages embedded in rgo (compiler/std/<path>/*.go): written for rgo
//! from the packages' documented behaviour, compiled like user code. Functions declared
//! without a body are implemented in the Rust runtime under the symbol `<path>.<Name>`.

macro_rules! std_files {
    ($($path:literal => [$($file:literal),* $(,)?]),* $(,)?) => {
        /// (import path, [(file name, source)])
        static STD: &[(&str, &[(&str, &str)])] = &[
            $(($path, &[$(($file, include_str!(concat!("../std/", $path, "/", $file)))),*])),*
        ];
    };
}

std_files! {
    "runtime" => ["error.go", "proc.go", "mem.go"],
    "runtime/debug" => ["debug.go"],
    "sync/atomic" => ["atomic.go", "type.go"],
    "sync" => ["mutex.go", "waitgroup.go", "once.go", "map.go"],
    "time" => ["time.go", "duration.go", "format.go", "zoneinfo.go", "tzfile.go", "sleep.go"],
    "errors" => ["errors.go"],
    "fmt" => ["fmt.go", "scan.go"],
    "io" => ["io.go", "copy.go"],
    "os" => ["os.go", "file.go", "env.go"],
    "io/fs" => ["fs.go"],
    "path" => ["path.go"],
    "path/filepath" => ["filepath.go"],
    "syscall" => ["syscall.go"],
    "unicode/utf8" => ["utf8.go"],
    "unicode" => ["unicode.go"],
    "strings" => ["strings.go", "builder.go", "iter.go"],
    "bytes" => ["bytes.go", "reader.go"],
    "math" => ["const.go", "elem.go"],
    "strconv" => ["strconv.go"],
    "sort" => ["sort.go"],
    "bufio" => ["bufio.go", "scan.go"],
    "cmp" => ["cmp.go"],
    "iter" => ["iter.go"],
    "slices" => ["slices.go", "sort.go", "iter.go"],
    "maps" => ["maps.go"],
    "container/list" => ["list.go"],
    "container/heap" => ["heap.go"],
    "math/bits" => ["bits.go"],
    "math/rand/v2" => ["rand.go", "pcg.go"],
    "log" => ["log.go"],
    "unicode/utf16" => ["utf16.go"],
}

/// The import paths of the embedded std packages.
pub fn paths() -> Vec<&'static str> {
    STD.iter().map(|(p, _)| *p).collect()
}

/// The exported names of gc's versions of the embedded packages: "PATH NAME" and
/// "PATH TYPE.METHOD" lines, generated with gc by tools/gcstdapi.
pub static GC_API: &str = include_str!("../std/gc-api.txt");

/// Whether gc's package `path` exports `name` (`Name` or `Type.Method`): a name rgo's
/// package lacks is then "not supported yet" rather than undefined.
pub fn in_gc_api(path: &str, name: &str) -> bool {
    GC_API
        .lines()
        .any(|l| l.split_once(' ') == Some((path, name)))
}

/// The files of an embedded std package.
///
/// For developing std packages without rebuilding rgo: when `RGO_STD_DIR` is set and
/// `$RGO_STD_DIR/<path>` is a directory, its `*.go` files are used instead.
pub fn package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    if let Some(files) = dev_package_files(path) {
        return Some(files);
    }
    STD.iter().find(|(p, _)| *p == path).map(|(_, f)| *f)
}

/// The `*.go` files of `$RGO_STD_DIR/<path>`, sorted by name (leaked: read once per build).
fn dev_package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    let dir = std::path::Path::new(&std::env::var_os("RGO_STD_DIR")?).join(path);
    let mut files: Vec<(&'static str, &'static str)> = Vec::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let p = entry.ok()?.path();
        if p.extension().is_some_and(|e| e == "go") {
            let name = p.file_name()?.to_str()?.to_string();
            let src = std::fs::read_to_string(&p).ok()?;
            files.push((
                Box::leak(name.into_boxed_str()),
                Box::leak(src.into_boxed_str()),
            ));
        }
    }
    if files.is_empty() {
        return None;
    }
    files.sort();
    Some(Box::leak(files.into_boxed_slice()))
}
