//! The build pipeline: load and parse the package's files and their (embedded) std
//! imports, type-check them in dependency order, build SSA, generate code and link.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::stdlib;
use crate::syntax::{self, ast, SourceFile};
use crate::types::{self, FileId, PkgId};

/// A failed build: the text to print on stderr (already in gc's format) and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub msg: String,
    pub code: i32,
}

impl Failure {
    fn new(msg: impl Into<String>) -> Self {
        Failure {
            msg: msg.into(),
            code: 1,
        }
    }
}

/// What `rgo build` was asked to compile.
pub struct Inputs {
    /// Files of the main package.
    pub files: Vec<PathBuf>,
    /// Name printed in the error header (`command-line-arguments` or the directory).
    pub header: String,
    /// Default executable name.
    pub default_output: String,
}

/// Resolves the command-line arguments of `rgo build` into the package's files.
pub fn resolve_inputs(args: &[String]) -> Result<Inputs, Failure> {
    if args.is_empty() || (args.len() == 1 && Path::new(&args[0]).is_dir()) {
        let dir = PathBuf::from(args.first().map(|s| s.as_str()).unwrap_or("."));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| Failure::new(format!("rgo: {}: {e}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                n.ends_with(".go")
                    && !n.ends_with("_test.go")
                    && !n.starts_with('.')
                    && !n.starts_with('_')
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Failure::new(format!(
                "no Go files in {}",
                std::fs::canonicalize(&dir).unwrap_or(dir.clone()).display()
            )));
        }
        let abs = std::fs::canonicalize(&dir).unwrap_or(dir.clone());
        let name = abs
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("main")
            .to_string();
        return Ok(Inputs {
            files,
            header: name.clone(),
            default_output: name,
        });
    }
    let mut files = Vec::new();
    for a in args {
        if !a.ends_with(".go") {
            return Err(Failure::new(format!(
                "rgo: cannot build {a}: only .go files or a package directory are supported"
            )));
        }
        let p = PathBuf::from(a);
        if !p.exists() {
            return Err(Failure::new(format!("stat {a}: no such file or directory")));
        }
        files.push(p);
    }
    let first = files[0]
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("main")
        .to_string();
    Ok(Inputs {
        files,
        header: "command-line-arguments".into(),
        default_output: first,
    })
}

/// How a file's name appears in diagnostics (gc prints `./x.go` for files in the
/// current directory).
fn display_name(p: &Path) -> String {
    let s = p.to_string_lossy().to_string();
    if p.is_absolute() || s.starts_with("./") || s.starts_with("../") {
        s
    } else {
        format!("./{s}")
    }
}

/// The front end's result: a checked program.
pub struct Checked {
    pub prog: types::Program,
    /// The package is `package main` (else there is nothing to link).
    pub is_main: bool,
}

struct Loader {
    prog: types::Program,
    ids: syntax::NodeIdGen,
    loaded: HashMap<String, PkgId>,
}

impl Loader {
    fn parse(&mut self, name: String, src: String) -> Result<(FileId, ast::File), Vec<String>> {
        let fid = FileId(self.prog.sources.len() as u32);
        self.prog.sources.push(SourceFile::new(name, src));
        let sf = &self.prog.sources[fid.0 as usize];
        match syntax::parse_file(sf, &self.ids) {
            Ok(f) => Ok((fid, f)),
            Err(errs) => Err(errs.iter().map(|e| syntax::format_error(sf, e)).collect()),
        }
    }

    /// Loads (parses, loads imports of, checks) an embedded std package.
    fn load_std(&mut self, path: &str, stack: &mut Vec<String>) -> Result<PkgId, Failure> {
        if let Some(p) = self.loaded.get(path) {
            return Ok(*p);
        }
        if stack.iter().any(|s| s == path) {
            return Err(Failure::new(format!("rgo: import cycle through {path}")));
        }
        let files = match stdlib::package_files(path) {
            Some(f) => f,
            None => {
                return Err(Failure::new(format!(
                    "rgo: package {path} is not supported yet"
                )))
            }
        };
        stack.push(path.to_string());
        let mut parsed = Vec::new();
        for (name, src) in files {
            let pf = self
                .parse(format!("$GOROOT/src/{path}/{name}"), src.to_string())
                .map_err(|e| Failure::new(format!("# {path}\n{}", e.join("\n"))))?;
            parsed.push(pf);
        }
        for (_, f) in &parsed {
            for imp in &f.imports {
                self.load_std(&imp.path, stack)?;
            }
        }
        stack.pop();
        let id = types::add_package(&mut self.prog, path, parsed);
        if let Err(errs) = types::check_package(&mut self.prog, id) {
            let lines: Vec<String> = errs.iter().map(|e| self.prog.format_error(e)).collect();
            return Err(Failure::new(format!("# {path}\n{}", lines.join("\n"))));
        }
        self.loaded.insert(path.to_string(), id);
        Ok(id)
    }
}

/// Parses and type-checks the main package and everything it imports.
pub fn check(inputs: &Inputs) -> Result<Checked, Failure> {
    let mut l = Loader {
        prog: types::Program::new(),
        ids: syntax::NodeIdGen::new(),
        loaded: HashMap::new(),
    };
    // The runtime's Go part is always linked (runtime error types).
    l.load_std("runtime", &mut Vec::new())?;
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for p in &inputs.files {
        let src =
            std::fs::read(p).map_err(|e| Failure::new(format!("rgo: {}: {e}", p.display())))?;
        let src = String::from_utf8_lossy(&src).to_string();
        match l.parse(display_name(p), src) {
            Ok(f) => parsed.push(f),
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        errors.truncate(10);
        return Err(Failure::new(format!(
            "# {}\n{}",
            inputs.header,
            errors.join("\n")
        )));
    }
    // All files must belong to one package.
    let pkg_name = parsed[0].1.name.name.clone();
    for (fid, f) in &parsed[1..] {
        if f.name.name != pkg_name {
            let name = &l.prog.sources[fid.0 as usize].name;
            return Err(Failure::new(format!(
                "found packages {pkg_name} ({}) and {} ({})",
                l.prog.sources[parsed[0].0 .0 as usize].name, f.name.name, name
            )));
        }
    }
    for (_, f) in &parsed {
        for imp in &f.imports {
            l.load_std(&imp.path, &mut Vec::new())?;
        }
    }
    let id = types::add_package(&mut l.prog, "main", parsed);
    if let Err(errs) = types::check_package(&mut l.prog, id) {
        let mut lines: Vec<String> = errs
            .iter()
            .take(10)
            .map(|e| l.prog.format_error(e))
            .collect();
        // gc gives up at the 10th error
        if errs.len() >= 10 {
            let e = &errs[9];
            let f = &l.prog.sources[e.file.0 as usize];
            let (line, col) = f.position(e.pos);
            lines.push(format!("{}:{}:{}: too many errors", f.name, line, col));
        }
        return Err(Failure::new(format!(
            "# {}\n{}",
            inputs.header,
            lines.join("\n")
        )));
    }
    Ok(Checked {
        prog: l.prog,
        is_main: pkg_name == "main",
    })
}

/// Builds SSA for a checked program.
pub fn build_ssa(c: &mut Checked, header: &str) -> Result<crate::ssa::ir::Program, Failure> {
    // The packages' ASTs and Info are read while the program (types, objects) is
    // extended with the builder's own types and instantiations.
    let pkgs = std::mem::take(&mut c.prog.packages);
    let r = crate::ssa::build::build_program(&pkgs, &mut c.prog);
    c.prog.packages = pkgs;
    let r = r.map(|mut ssa| {
        // RGO_NOINLINE=1 and RGO_NOBCE=1 (measurement knobs) turn the passes off.
        let off = |knob: &str| std::env::var_os(knob).is_some_and(|v| v == "1");
        if !off("RGO_NOINLINE") {
            crate::ssa::inline::run(&mut ssa, &mut c.prog.types);
        }
        if !off("RGO_NOBCE") {
            crate::ssa::bce::run(&mut ssa, &c.prog.types);
        }
        ssa
    });
    r.map_err(|e| {
        let loc = match e.file {
            Some(f) => {
                let sf = &c.prog.sources[f.0 as usize];
                let (line, col) = sf.position(e.pos);
                format!("{}:{}:{}: ", sf.name, line, col)
            }
            None => String::new(),
        };
        Failure::new(format!("# {header}\n{loc}{}", e.msg))
    })
}

/// Builds an executable.
pub fn build(
    inputs: &Inputs,
    output: &Path,
    link_opts: &rgo_linker::Options,
) -> Result<(), Failure> {
    let mut c = check(inputs)?;
    if !c.is_main {
        // As go build: a non-main package is compiled (checked) and nothing is written.
        return Ok(());
    }
    let ssa = build_ssa(&mut c, &inputs.header)?;
    let (obj, _) = crate::codegen::compile(&ssa, &c.prog.types, &c.prog, &codegen_options())
        .map_err(|e| {
            Failure::new(format!(
                "# {}\nrgo: code generation failed: {e}",
                inputs.header
            ))
        })?;
    let work = tempdir()?;
    let obj_path = work.join("go.o");
    std::fs::write(&obj_path, obj).map_err(|e| Failure::new(format!("rgo: {e}")))?;
    let r = rgo_linker::link(&[obj_path], output, &work, link_opts).map_err(Failure::new);
    let _ = std::fs::remove_dir_all(&work);
    r
}

/// A fresh scratch directory.
pub fn tempdir() -> Result<PathBuf, Failure> {
    let base = std::env::temp_dir();
    for i in 0..1000u32 {
        let p = base.join(format!("rgo-{}-{}", std::process::id(), i));
        if std::fs::create_dir(&p).is_ok() {
            return Ok(p);
        }
    }
    Err(Failure::new("rgo: cannot create a temporary directory"))
}

/// Code generation options from the environment (measurement knobs).
fn codegen_options() -> crate::codegen::Options {
    crate::codegen::Options {
        no_poll: std::env::var_os("RGO_NOPOLL").is_some_and(|v| v == "1"),
        ..Default::default()
    }
}
