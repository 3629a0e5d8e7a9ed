//! Checker tests on Go source (needs the parser): a table of snippets with gc's exact
//! errors (`testdata/errors.txt`, generated with the reference toolchain), positive
//! tests on whole programs, and `Info` contents.

use super::*;
use crate::syntax::{parse_file, NodeIdGen, SourceFile};

/// Minimal stand-ins for std packages used by the snippets.
const STUBS: &[(&str, &str)] = &[
    (
        "fmt",
        "package fmt\n\
         type Stringer interface { String() string }\n\
         func Println(a ...any) (n int, err error) { return 0, nil }\n\
         func Printf(format string, a ...any) (n int, err error) { return 0, nil }\n\
         func Sprintf(format string, a ...any) string { return \"\" }\n\
         func Sprint(a ...any) string { return \"\" }\n\
         func Errorf(format string, a ...any) error { return nil }\n",
    ),
    ("strings", "package strings\nfunc ToUpper(s string) string { return s }\ntype Builder struct{ buf []byte }\nfunc (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }\nfunc (b *Builder) String() string { return string(b.buf) }\n"),
    ("os", "package os\nfunc Exit(code int) {}\n"),
    ("cmp", "package cmp\ntype Ordered interface { ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string }\nfunc Less[T Ordered](x, y T) bool { return x < y }\nfunc Compare[T Ordered](x, y T) int { if x < y { return -1 }; if x > y { return +1 }; return 0 }\n"),
    ("errors", "package errors\nfunc New(text string) error { return &errorString{text}}\ntype errorString struct { s string }\nfunc (e *errorString) Error() string { return e.s }\n"),
];

struct Built {
    prog: Program,
    pkg: Option<PkgId>,
    errors: Vec<String>,
}

fn build(src: &str, with_stubs: bool) -> Built {
    let mut prog = Program::new();
    let ids = NodeIdGen::new();
    let add =
        |prog: &mut Program, path: &str, name: &str, src: &str| -> Result<PkgId, Vec<String>> {
            let fid = FileId(prog.sources.len() as u32);
            prog.sources
                .push(SourceFile::new(name.to_string(), src.to_string()));
            let f = parse_file(&prog.sources[fid.0 as usize], &ids).map_err(|es| {
                es.into_iter()
                    .map(|e| format!("syntax: {}", e.msg))
                    .collect::<Vec<_>>()
            })?;
            let p = add_package(prog, path, vec![(fid, f)]);
            match check_package(prog, p) {
                Ok(()) => Ok(p),
                Err(es) => Err(es.iter().map(|e| prog.format_error(e)).collect()),
            }
        };
    if with_stubs {
        for (path, s) in STUBS {
            if let Err(e) = add(&mut prog, path, &format!("{path}.go"), s) {
                panic!("stub {path}: {e:?}");
            }
        }
    }
    match add(&mut prog, "main", "./main.go", src) {
        Ok(p) => Built {
            prog,
            pkg: Some(p),
            errors: vec![],
        },
        Err(errors) => Built {
            prog,
            pkg: None,
            errors,
        },
    }
}

/// Errors as gc prints them (at most 10, then "too many errors").
fn check_errors(src: &str) -> String {
    let b = build(src, true);
    let mut lines: Vec<String> = b.errors;
    if lines.len() >= 10 {
        lines.truncate(10);
        lines.push("too many errors".into());
    }
    lines.join("\n")
}

fn cases() -> Vec<(String, String, String)> {
    let data = include_str!("testdata/errors.txt");
    let mut out = vec![];
    for chunk in data.split("\n== ").map(|c| c.trim_start_matches("== ")) {
        let (name, rest) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let (src, want) = rest.split_once("-- want\n").unwrap_or((rest, ""));
        out.push((
            name.trim().to_string(),
            src.trim_end().to_string() + "\n",
            want.trim_end().to_string(),
        ));
    }
    out
}

#[test]
fn gc_error_table() {
    let mut failed = vec![];
    let all = cases();
    for (name, src, want) in &all {
        let got = check_errors(src);
        // gc reports the missing main at link time without a position
        let want = want.replace(
            "runtime.main_main·f: function main is undeclared in the main package",
            "./main.go:1:1: function main is undeclared in the main package",
        );
        let want = if want.contains("is not in std") {
            want.lines()
                .map(|l| {
                    let l = l
                        .strip_prefix("main.go")
                        .map(|r| format!("./main.go{r}"))
                        .unwrap_or(l.to_string());
                    match l.find(" (/") {
                        Some(i) => l[..i].to_string(),
                        None => l,
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            want
        };
        if got != want {
            failed.push(format!("--- {name}\n{src}want:\n{want}\ngot:\n{got}\n"));
        }
    }
    if !failed.is_empty() {
        panic!(
            "{} of {} cases failed:\n{}",
            failed.len(),
            all.len(),
            failed.join("\n")
        );
    }
}

#[test]
fn info_records_final_types() {
    let src = "package main\nvar f float64\nfunc main() { x := 1; y := f * 2; _ = x; _ = y; var s uint = 3; _ = 1 << s }\n";
    let b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pkg = &b.prog.packages[b.pkg.unwrap().0 as usize];
    let mut lits: Vec<(u32, String, String)> = vec![];
    for f in &pkg.files {
        let _ = f;
    }
    for (id, tv) in &pkg.info.types {
        if tv.mode == Mode::Constant {
            lits.push((id.0, b.prog.type_string(tv.ty), format!("{:?}", tv.value)));
        }
    }
    // `1` in `x := 1` is int, `2` in `f * 2` is float64
    assert!(lits.iter().any(|l| l.1 == "int"));
    assert!(lits.iter().any(|l| l.1 == "float64"));
}

#[test]
fn init_order_follows_dependencies() {
    let src = "package main\nvar a = c + b\nvar b = f()\nvar c = f()\nvar d = 3\nfunc f() int { d++; return d }\nfunc main() {}\n";
    let b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pkg = &b.prog.packages[b.pkg.unwrap().0 as usize];
    let names: Vec<String> = pkg
        .info
        .init_order
        .iter()
        .map(|i| {
            i.lhs
                .iter()
                .map(|o| o.map(|o| b.prog.obj(o).name.clone()).unwrap_or("_".into()))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    assert_eq!(names, vec!["d", "b", "c", "a"]);
}

#[test]
fn type_strings() {
    let src = "package main\ntype T struct{ A int; B string }\nvar m map[string][]*T\nvar f func(int, ...string) (bool, error)\nvar c <-chan int\nvar i interface{ M() }\nfunc main() {}\n";
    let b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pkg = &b.prog.packages[b.pkg.unwrap().0 as usize];
    let ty = |n: &str| b.prog.obj(pkg.scope[n]).ty;
    assert_eq!(b.prog.type_string(ty("m")), "map[string][]*main.T");
    assert_eq!(
        b.prog.type_string(ty("f")),
        "func(int, ...string) (bool, error)"
    );
    assert_eq!(b.prog.type_string(ty("c")), "<-chan int");
    assert_eq!(b.prog.type_string(ty("i")), "interface { M() }");
    let t = ty("T");
    assert_eq!(
        b.prog.type_string(b.prog.types.underlying(t)),
        "struct { A int; B string }"
    );
    assert_eq!(b.prog.type_string_err(t, b.pkg), "T");
}

#[test]
fn selections_and_method_sets() {
    let src = "package main\ntype In struct{ X int }\nfunc (p *In) Inc() { p.X++ }\nfunc (In) Get() int { return 0 }\ntype Out struct{ *In; Y int }\nfunc main() { o := Out{&In{}, 1}; o.Inc(); _ = o.X + o.Get() }\n";
    let b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pkg = &b.prog.packages[b.pkg.unwrap().0 as usize];
    let out = b.prog.obj(pkg.scope["Out"]).ty;
    let inn = b.prog.obj(pkg.scope["In"]).ty;
    let ms: Vec<String> = b.prog.method_set(out).into_iter().map(|m| m.0).collect();
    assert_eq!(ms, vec!["Get", "Inc"]);
    let ms: Vec<String> = b.prog.method_set(inn).into_iter().map(|m| m.0).collect();
    assert_eq!(ms, vec!["Get"]);
    let (_, path, indirect) = b.prog.lookup_field_or_method(out, "X").unwrap();
    assert_eq!(path, vec![0, 0]);
    assert!(indirect);
    assert!(pkg
        .info
        .selections
        .values()
        .any(|s| s.kind == SelectionKind::MethodVal));
}

/// Go stubs of the std API subset the acceptance programs use (dependency order).
const STD_STUBS: &[(&str, &str)] = &[
    ("errors", include_str!("testdata/stubs/errors.go")),
    ("io", include_str!("testdata/stubs/io.go")),
    ("os", include_str!("testdata/stubs/os.go")),
    ("fmt", include_str!("testdata/stubs/fmt.go")),
    ("strings", include_str!("testdata/stubs/strings.go")),
    ("sort", include_str!("testdata/stubs/sort.go")),
    ("strconv", include_str!("testdata/stubs/strconv.go")),
    ("math", include_str!("testdata/stubs/math.go")),
    ("sync", include_str!("testdata/stubs/sync.go")),
    ("unicode", include_str!("testdata/stubs/unicode.go")),
    ("time", include_str!("testdata/stubs/time.go")),
];

fn check_with_std(src: &str) -> Vec<String> {
    let mut prog = Program::new();
    let ids = NodeIdGen::new();
    for (path, s) in STD_STUBS.iter().copied().chain([("main", src)]) {
        let fid = FileId(prog.sources.len() as u32);
        let name = if path == "main" {
            "./main.go".to_string()
        } else {
            format!("{path}.go")
        };
        prog.sources.push(SourceFile::new(name, s.to_string()));
        let f = match parse_file(&prog.sources[fid.0 as usize], &ids) {
            Ok(f) => f,
            Err(es) => {
                return es
                    .into_iter()
                    .map(|e| format!("{path}: syntax: {}", e.msg))
                    .collect()
            }
        };
        let p = add_package(&mut prog, path, vec![(fid, f)]);
        if let Err(es) = check_package(&mut prog, p) {
            return es.iter().map(|e| prog.format_error(e)).collect();
        }
    }
    vec![]
}

#[test]
fn acceptance_programs_typecheck() {
    let dir = std::path::Path::new("/work/shared/acceptance");
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    let mut failures = vec![];
    let mut ok = 0;
    for p in paths {
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        let errs: Vec<String> = check_with_std(&src)
            .into_iter()
            // gaps in the stubs, not checker bugs
            .filter(|e| {
                !e.contains("is not in std")
                    && !e.contains("undefined: ")
                    && !(e.contains(": rgo: ") && e.ends_with(" is not supported yet"))
                    && !e.contains("rgo: generic")
            })
            .collect();
        if errs.is_empty() {
            ok += 1;
        } else {
            failures.push(format!("{}:\n{}", p.display(), errs.join("\n")));
        }
    }
    eprintln!("{ok} acceptance programs checked cleanly");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn generics_instances_and_subst() {
    let src = "package main
type List[T any] struct { head *node[T]; n int }
type node[T any] struct { v T; next *node[T] }
func (l *List[T]) Push(v T) { l.head = &node[T]{v: v, next: l.head}; l.n++ }
type Num interface{ ~int | ~float64; String() string }
func Show[T Num](x T) string { return x.String() }
func Map[S ~[]E, E any, R any](s S, f func(E) R) []R { var out []R; for _, v := range s { out = append(out, f(v)) }; return out }
func Id[T any](x T) T { return x }
func main() { var l List[int]; l.Push(1); _ = Map([]int{1}, func(i int) string { return \"\" }); _ = Id[string](\"a\"); f := Id[float64]; _ = f; _ = Id(2) }
";
    let mut b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pid = b.pkg.unwrap();
    let (list_obj, push_obj, id_obj) = {
        let pkg = &b.prog.packages[pid.0 as usize];
        let push = pkg
            .info
            .defs
            .values()
            .copied()
            .find(|&o| b.prog.obj(o).name == "Push")
            .unwrap();
        (pkg.scope["List"], push, pkg.scope["Id"])
    };
    // every use of a generic function or type is an instance
    let mut insts: Vec<(String, Vec<String>, String)> = b.prog.packages[pid.0 as usize]
        .info
        .instances
        .iter()
        .map(|(id, inst)| {
            let o = b.prog.packages[pid.0 as usize].info.uses.get(id).copied();
            let name = o.map(|o| b.prog.obj(o).name.clone()).unwrap_or_default();
            (
                name,
                inst.type_args
                    .iter()
                    .map(|&t| b.prog.type_string(t))
                    .collect(),
                b.prog.type_string(inst.ty),
            )
        })
        .collect();
    insts.sort();
    let has = |n: &str, args: &[&str], ty: &str| {
        insts.iter().any(|(a, b, c)| {
            a == n && b.iter().map(|s| s.as_str()).eq(args.iter().copied()) && c == ty
        })
    };
    assert!(has("Id", &["string"], "func(string) string"), "{insts:?}");
    assert!(
        has("Id", &["float64"], "func(float64) float64"),
        "{insts:?}"
    );
    assert!(has("Id", &["int"], "func(int) int"), "{insts:?}");
    assert!(
        has(
            "Map",
            &["[]int", "int", "string"],
            "func([]int, func(int) string) []string"
        ),
        "{insts:?}"
    );
    assert!(has("List", &["int"], "main.List[int]"), "{insts:?}");
    // the generic type's own parameters vs the method's receiver type parameters
    let list = b.prog.obj(list_obj).ty;
    let ltps = b.prog.types.named_info(list).unwrap().type_params.clone();
    assert_eq!(ltps.len(), 1);
    let ObjKind::Func {
        type_params: ptps,
        recv: Some(precv),
        ..
    } = b.prog.obj(push_obj).kind.clone()
    else {
        panic!("Push is not a method")
    };
    assert_eq!(ptps.len(), 1);
    assert_ne!(ptps[0], ltps[0]);
    // subst: memoised instances, substituted signatures and underlying types
    let int = TypeTable::INT;
    let li = b.prog.subst(list, &ltps, &[int]);
    assert_eq!(b.prog.type_string(li), "main.List[int]");
    assert!(has("List", &["int"], "main.List[int]"));
    let li2 = b.prog.subst(precv, &ptps, &[int]);
    assert_eq!(li2, b.prog.types.pointer(li));
    let psig = b.prog.obj(push_obj).ty;
    let ps = b.prog.subst(psig, &ptps, &[int]);
    assert_eq!(b.prog.type_string(ps), "func(int)");
    let info = b.prog.types.named_info(li).unwrap().clone();
    assert_eq!(info.methods, b.prog.types.named_info(list).unwrap().methods);
    assert_eq!(info.origin.as_ref().map(|o| o.1.clone()), Some(vec![int]));
    assert_eq!(
        b.prog.type_string(b.prog.types.underlying(li)),
        "struct { head *main.node[int]; n int }"
    );
    let head = b.prog.types.struct_fields(li).unwrap()[0].ty;
    let node_int = b.prog.types.pointer_elem(head).unwrap();
    let next = b.prog.types.struct_fields(node_int).unwrap()[1].ty;
    assert_eq!(next, head);
    let id_tps = match &b.prog.obj(id_obj).kind {
        ObjKind::Func { type_params, .. } => type_params.clone(),
        _ => vec![],
    };
    assert_eq!(id_tps.len(), 1);
    // selections on type-parameter values are constraint method selections
    let pkg = &b.prog.packages[pid.0 as usize];
    let sel = pkg
        .info
        .selections
        .values()
        .find(|s| b.prog.obj(s.obj).name == "String")
        .unwrap();
    assert!(b.prog.types.is_type_param(sel.recv));
    assert_eq!(sel.kind, SelectionKind::MethodVal);
    assert!(matches!(
        b.prog.obj(sel.obj).kind,
        ObjKind::Func { recv: Some(r), .. } if b.prog.types.is_interface(r)
    ));
}

#[test]
fn generics_rgo_limits_and_no_panics() {
    let src =
        "package main\ntype T struct{}\nfunc (T) m[P any]() {}\nfunc main() { T{}.m[int]() }\n";
    assert_eq!(check_errors(src), "");
    // odd inputs must not panic
    for src in [
        "package main\ntype A[T any] struct{ b *B[T] }\ntype B[T any] struct{ a *A[T] }\nfunc main() { var a A[int]; _ = a.b.a.b }\n",
        "package main\ntype A[T any] A[T]\nfunc main() {}\n",
        "package main\ntype A[T any] T\nfunc main() {}\n",
        "package main\nfunc F[T any, U []T](x U) T { return x[0] }\nfunc main() { _ = F([]int{1}) + 1 }\n",
        "package main\nfunc F[T interface{ *int }](x T) {}\nfunc main() { F(nil); F[int] }\n",
        "package main\ntype L[T any] []L[T]\nfunc main() { var x L[int]; _ = len(x[0]) }\n",
        "package main\nfunc F[](){}\nfunc main() { F[int]() }\n",
        "package main\ntype T[P any] struct{ f *T[[]P] }\nfunc main() { var t T[int]; _ = t.f.f.f }\n",
        "package main\ntype T[P any] struct{ f *T[[]P] }\nfunc F[P any](t T[P]) { F(*t.f) }\nfunc main() { F(T[int]{}) }\n",
        "package main\nfunc F[T any](x ...T) {}\nfunc main() { F(1, 2); F[int](); F(); F([]int{}...) }\n",
        "package main\ntype A[P any] = A[P]\nfunc main() { var a A[int]; _ = a }\n",
        "package main\ntype A[P any] = []A[P]\nfunc main() { var a A[int]; _ = a }\n",
        "package main\ntype A[P any] = B[P]\ntype B[P any] = A[P]\nfunc main() {}\n",
        "package main\ntype A[P any] = int\nfunc (A[P]) M() {}\nfunc (x A) N() {}\nfunc main() {}\n",
        "package main\ntype T[P any] struct{}\nfunc (T[P]) M[Q any, R Q]() {}\nfunc main() { T[int]{}.M[int, int]() }\n",
        "package main\ntype T struct{}\nfunc (T) M[Q any](q Q) {}\nfunc F[X any](f func(X)) {}\nfunc main() { F(T{}.M); F(T.M); _ = T.M[int] }\n",
        "package main\nfunc F[A, B any](f func(A) B) {}\nfunc G[X any](x X) X { return x }\nfunc main() { F(G); F(F[int, int]); F(F) }\n",
    ] {
        let _ = check_errors(src);
    }
}

#[test]
fn generics_local_types_follow_type_params() {
    let src = "package main
func F[T any](x T) T {
	type pair struct{ a, b T }
	p := pair{x, x}
	return p.b
}
func main() { _ = F(1) }
";
    let mut b = build(src, false);
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let pid = b.pkg.unwrap();
    let (pair, ftps) = {
        let pkg = &b.prog.packages[pid.0 as usize];
        let pair = pkg
            .info
            .defs
            .values()
            .copied()
            .find(|&o| b.prog.obj(o).name == "pair")
            .unwrap();
        let f = pkg.scope["F"];
        let ObjKind::Func { type_params, .. } = b.prog.obj(f).kind.clone() else {
            panic!()
        };
        (b.prog.obj(pair).ty, type_params)
    };
    let pi = b.prog.subst(pair, &ftps, &[TypeTable::STRING]);
    assert_ne!(pi, pair);
    assert_eq!(
        b.prog.type_string(b.prog.types.underlying(pi)),
        "struct { a string; b string }"
    );
}
