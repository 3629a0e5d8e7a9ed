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
    "runtime" => ["error.go", "proc.go"],
    "sync/atomic" => ["atomic.go", "type.go"],
    "sync" => ["mutex.go", "waitgroup.go", "once.go", "map.go"],
    "time" => ["time.go", "sleep.go"],
    "errors" => ["errors.go"],
    "fmt" => ["fmt.go"],
    "io" => ["io.go"],
    "os" => ["os.go"],
    "unicode/utf8" => ["utf8.go"],
    "unicode" => ["unicode.go"],
    "strings" => ["strings.go", "builder.go"],
    "bytes" => ["bytes.go"],
    "math" => ["const.go", "elem.go"],
    "strconv" => ["strconv.go"],
    "sort" => ["sort.go"],
    "bufio" => ["bufio.go", "scan.go"],
}

/// The files of an embedded std package.
pub fn package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    STD.iter().find(|(p, _)| *p == path).map(|(_, f)| *f)
}
