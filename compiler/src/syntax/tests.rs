//! Tests of the lexer, the parser on tricky constructs, gc's error messages (a table of
//! snippets recorded with gc), literal decoding, and robustness on truncated input.

use super::ast::*;
use super::lexer::Lexer;
use super::token::Tok;
use super::*;

fn parse(src: &str) -> Result<File, String> {
    let f = SourceFile::new("x.go".into(), src.to_string());
    let ids = NodeIdGen::new();
    parse_file(&f, &ids).map_err(|e| format_error(&f, &e[0]))
}

fn parse_ok(src: &str) -> File {
    match parse(src) {
        Ok(f) => f,
        Err(e) => panic!("unexpected error {e} for:\n{src}"),
    }
}

/// Tokens (with inserted semicolons shown as `;`/`\n`) of a source text.
fn toks(src: &str) -> Vec<(Tok, String)> {
    Lexer::new(src)
        .map(|r| {
            let (lo, t, hi) = r.expect("the lexer records errors instead");
            let text = if lo == hi {
                "\\n".to_string()
            } else {
                src[lo..hi].to_string()
            };
            (t, text)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Lexer

#[test]
fn lex_literals() {
    let cases: &[(&str, Tok)] = &[
        ("0", Tok::Int),
        ("42", Tok::Int),
        ("1_000_000", Tok::Int),
        ("0x_1F", Tok::Int),
        ("0XBEEF", Tok::Int),
        ("0o17", Tok::Int),
        ("0O17", Tok::Int),
        ("0b1010", Tok::Int),
        ("0777", Tok::Int),
        ("1.5", Tok::Float),
        ("1.", Tok::Float),
        (".5", Tok::Float),
        ("1e10", Tok::Float),
        ("1E-3", Tok::Float),
        ("089.5", Tok::Float),
        ("0x1p-2", Tok::Float),
        ("0x1.8p+3", Tok::Float),
        ("0x_1.fP1", Tok::Float),
        ("1i", Tok::Imag),
        ("0x1i", Tok::Imag),
        ("1.5e3i", Tok::Imag),
        ("089i", Tok::Imag),
        ("'a'", Tok::Char),
        ("'\\n'", Tok::Char),
        ("'\\''", Tok::Char),
        ("'\\x41'", Tok::Char),
        ("'\\u12e4'", Tok::Char),
        ("'\\U00101234'", Tok::Char),
        ("'\\377'", Tok::Char),
        ("'本'", Tok::Char),
        ("\"abc\"", Tok::Str),
        ("\"\\\"\\\\\\a\\b\\f\\n\\r\\t\\v\"", Tok::Str),
        ("\"\\xff\\000\"", Tok::Str),
        ("`raw\nstring\\n`", Tok::Str),
        ("αβ", Tok::Ident),
        ("_x9", Tok::Ident),
    ];
    for (src, want) in cases {
        let t = toks(src);
        assert_eq!(t[0].0, *want, "{src}: {t:?}");
        assert_eq!(t[0].1, *src, "{src}: {t:?}");
    }
    // `0x1e+2` is `0x1e + 2`, not a float.
    let t = toks("0x1e+2");
    assert_eq!(t[0], (Tok::Int, "0x1e".into()));
    assert_eq!(t[1].0, Tok::Add);
}

#[test]
fn lex_operators() {
    let src = "&^= <<= >>= ... <- := && || &^ ++ -- != <= >= == ~";
    let kinds: Vec<Tok> = toks(src).into_iter().map(|t| t.0).collect();
    use Tok::*;
    assert_eq!(
        kinds,
        vec![
            AndNotAssign,
            ShlAssign,
            ShrAssign,
            Ellipsis,
            Arrow,
            Define,
            LAnd,
            LOr,
            AndNot,
            Inc,
            Dec,
            Neq,
            Leq,
            Geq,
            Eql,
            Tilde
        ]
    );
}

#[test]
fn semicolon_insertion() {
    let show = |src: &str| -> String {
        toks(src)
            .into_iter()
            .map(|(_, s)| s)
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(show("x\ny"), "x \\n y \\n");
    assert_eq!(show("x++\nreturn\n}"), "x ++ \\n return \\n } \\n");
    // No semicolon after an operator or an opening bracket.
    assert_eq!(show("a +\nb"), "a + b \\n");
    assert_eq!(show("f(\na,\n)"), "f ( a , ) \\n");
    // Comments: a line comment keeps the newline; a block comment with a newline counts
    // as one; one without does not.
    assert_eq!(show("x // c\ny"), "x \\n y \\n");
    assert_eq!(show("x /* a\nb */ y"), "x \\n y \\n");
    assert_eq!(show("x /* a */ y"), "x y \\n");
    // Explicit semicolons are kept; at EOF one is inserted after a name.
    assert_eq!(show("a; b"), "a ; b \\n");
    assert_eq!(show("break"), "break \\n");
    // A BOM is skipped.
    assert_eq!(show("\u{FEFF}x"), "x \\n");
}

#[test]
fn lex_errors() {
    let err = |src: &str| -> String {
        let mut lx = Lexer::new(src);
        for _ in lx.by_ref() {}
        lx.errors
            .first()
            .map(|e| format!("{}: {}", e.pos, e.msg))
            .unwrap_or_default()
    };
    assert_eq!(err("a @"), "2: invalid character U+0040 '@'");
    assert_eq!(err("1__2"), "2: '_' must separate successive digits");
    assert_eq!(err("0x_"), "3: hexadecimal literal has no digits");
    assert_eq!(err("0x1_"), "3: '_' must separate successive digits");
    assert_eq!(err("0x"), "2: hexadecimal literal has no digits");
    assert_eq!(err("0b12"), "3: invalid digit '2' in binary literal");
    assert_eq!(err("078"), "2: invalid digit '8' in octal literal");
    assert_eq!(err("1e"), "2: exponent has no digits");
    assert_eq!(
        err("0x1.5"),
        "5: hexadecimal mantissa requires a 'p' exponent"
    );
    assert_eq!(err("0b1.0"), "3: invalid radix point in binary literal");
    assert_eq!(err("\"\\q\""), "2: unknown escape");
    assert_eq!(err("'ab'"), "0: more than one character in rune literal");
    assert_eq!(err("\"ab\ncd\""), "3: newline in string");
    assert_eq!(err("`ab"), "0: string not terminated");
    assert_eq!(err("/* x"), "0: comment not terminated");
    assert_eq!(err("'\\400'"), "5: octal escape value 256 > 255");
}

// ---------------------------------------------------------------------------------------
// Parser: tricky constructs

const TRICKY: &str = r#"package p

import (
	"fmt"
	m "math"
	. "strings"
	_ "unsafe"
)

type (
	A1 [N]T
	A2[P any] T
	A3[P *C] T
	A4[P *C,] T
	A5[P *[]int | ~string] struct{}
	A6[P interface{ ~int }, Q any] []P
	A7 = map[string][]func() int
	A8[K comparable, V any] = map[K]V
	A9[N] int
	A10[P ~int | ~uint] int
	A11[P []E, E any] P
	A12 []func()
	A13 [N * M]T
	A14[P (C)] T
)

type S struct {
	a, b int `json:"a"`
	*Embedded
	pkg.Other
	G[int]
	arr [N]T
	f func() (int, error)
}

type I interface {
	M(x int) (y int)
	fmt.Stringer
	~int | ~string
	N() func()
}

var (
	c1 <-chan <-chan int
	c2 chan<- chan int
	c3 chan (<-chan int)
	fs = []func(){f, g}
	fm = map[string]func() int{"a": nil}
	ff = [...]int{1, 2, 3}
	pt = (*[]int)(nil)
	cv = []byte("abc")
	rc = make(<-chan int)
	fn func(a, b int, c string) (d, e bool)
)

const (
	K0 = iota
	K1
	K2 int = 5
)

func (r *T[K, V]) Method[P any](x P) {}

func (T) m2() {}

func Gen[T any, U interface{ ~int }](xs ...T) (r T) { return }

func noBody(int) int

func f() {
	if x := (T{}); x == (T{}) {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	for i := 0; i < 10; i++ {
	}
	for range ch {
	}
	for {
		break
	}
	switch x := y.(type) {
	case nil, int:
	case []int, func():
	default:
	}
	switch t := 1; t {
	case 1, 2:
		fallthrough
	case 3:
	}
	switch {
	}
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	case <-ch:
	default:
	}
L:
	for {
		continue L
	}
	goto L
	x, y = y, x
	x <<= 2
	a[i], b.c = 1, 2
	go func() {}()
	defer fn()
	p := &T{a: 1, b: []int{1}}
	q := struct{ x int }{1}
	_ = [][]int{{1}, {2}}
	_ = map[K]V{{1, 2}: {3}}
	_ = f.(interface{ M() })
	_ = s[1:2:3]
	_ = s[:]
	_ = G[int, string](1)
	_ = func(x int) int { return x }(1)
	_ = <-chan int(nil)
	_ = x.(*T).y
	var z [2]int
	type local struct {
		f int `json:"fé"`
	}
	_ = "héllo, 世界\xff" + `raw é` // comment ☃
	_ = '本' /* é */
	v++
	{
	}
	;
}
"#;

#[test]
fn tricky_constructs_parse() {
    let f = parse_ok(TRICKY);
    assert_eq!(f.imports.len(), 4);
    assert_eq!(
        f.imports[1].name.as_ref().map(|n| n.name.as_str()),
        Some("m")
    );
    assert_eq!(
        f.imports[2].name.as_ref().map(|n| n.name.as_str()),
        Some(".")
    );
    assert_eq!(f.imports[0].path, "fmt");
}

fn type_specs(f: &File) -> Vec<&TypeSpec> {
    f.decls
        .iter()
        .filter_map(|d| match d {
            Decl::Type(v) => Some(v.iter()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn type_decl_array_or_generic() {
    let f = parse_ok(TRICKY);
    let specs = type_specs(&f);
    let by_name = |n: &str| *specs.iter().find(|s| s.name.name == n).unwrap();
    let is_array = |s: &TypeSpec| {
        s.type_params.is_empty() && matches!(s.ty.kind, ExprKind::ArrayType { len: Some(_), .. })
    };
    assert!(is_array(by_name("A1")));
    assert!(!is_array(by_name("A2")));
    assert_eq!(by_name("A2").type_params.len(), 1);
    // `P *C` alone: an array of length P*C, as gc decides.
    assert!(is_array(by_name("A3")));
    // With a comma it is a type parameter list.
    assert_eq!(by_name("A4").type_params.len(), 1);
    assert!(matches!(
        by_name("A4").type_params[0].ty.kind,
        ExprKind::Star(_)
    ));
    assert_eq!(by_name("A5").type_params.len(), 1);
    assert_eq!(by_name("A6").type_params.len(), 2);
    assert!(by_name("A7").alias);
    assert!(by_name("A8").alias && by_name("A8").type_params.len() == 2);
    assert!(is_array(by_name("A9")));
    assert_eq!(by_name("A10").type_params.len(), 1);
    assert_eq!(by_name("A11").type_params.len(), 2);
    assert!(matches!(
        by_name("A12").ty.kind,
        ExprKind::ArrayType { len: None, .. }
    ));
    assert!(is_array(by_name("A13")));
    assert!(is_array(by_name("A14")));
}

#[test]
fn channel_types() {
    let f = parse_ok(TRICKY);
    let var_ty = |name: &str| -> Expr {
        for d in &f.decls {
            if let Decl::Var(v) = d {
                for s in v {
                    if s.names[0].name == name {
                        return s.ty.clone().or_else(|| s.values.first().cloned()).unwrap();
                    }
                }
            }
        }
        panic!("no var {name}")
    };
    let dirs = |mut e: Expr| {
        let mut v = vec![];
        loop {
            match e.kind {
                ExprKind::ChanType { dir, elem } => {
                    v.push(dir);
                    e = *elem;
                }
                ExprKind::Paren(x) => e = *x,
                _ => return v,
            }
        }
    };
    use ChanDir::*;
    assert_eq!(dirs(var_ty("c1")), vec![Recv, Recv]);
    assert_eq!(dirs(var_ty("c2")), vec![Send, Both]);
    assert_eq!(dirs(var_ty("c3")), vec![Both, Recv]);
    // make(<-chan int): the argument is a receive-only channel type.
    let ExprKind::Call { args, .. } = var_ty("rc").kind else {
        panic!()
    };
    assert_eq!(dirs(args[0].clone()), vec![Recv]);
}

#[test]
fn params_grouping_and_methods() {
    let f = parse_ok(TRICKY);
    let fd = |n: &str| -> &FuncDecl {
        f.decls
            .iter()
            .find_map(|d| match d {
                Decl::Func(fd) if fd.name.name == n => Some(fd),
                _ => None,
            })
            .unwrap()
    };
    let m = fd("Method");
    assert!(m.recv.is_some());
    assert_eq!(m.ty.type_params.len(), 1);
    assert!(fd("noBody").body.is_none());
    assert_eq!(fd("noBody").ty.params[0].names.len(), 0);
    let g = fd("Gen");
    assert_eq!(g.ty.type_params.len(), 2);
    assert!(g.ty.params[0].variadic);
    assert_eq!(g.ty.results[0].names[0].name, "r");
    // `fn func(a, b int, c string) (d, e bool)`
    let v = f
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Var(v) => v.iter().find(|s| s.names[0].name == "fn"),
            _ => None,
        })
        .unwrap();
    let Some(ExprKind::FuncType(ft)) = v.ty.as_ref().map(|t| &t.kind) else {
        panic!()
    };
    assert_eq!(ft.params.len(), 2);
    assert_eq!(ft.params[0].names.len(), 2);
    assert_eq!(ft.results.len(), 1);
    assert_eq!(ft.results[0].names.len(), 2);
}

#[test]
fn const_iota_and_implicit() {
    let f = parse_ok(TRICKY);
    let Some(Decl::Const(v)) = f.decls.iter().find(|d| matches!(d, Decl::Const(_))) else {
        panic!()
    };
    assert_eq!(v.len(), 3);
    assert_eq!((v[1].iota, v[1].implicit), (1, true));
    assert_eq!((v[2].iota, v[2].implicit), (2, false));
}

#[test]
fn statements_shape() {
    let f = parse_ok(
        "package p\nfunc f() {\n\tswitch x := y.(type) {\n\t}\n\tfor k, v := range m {\n\t}\n\tL: x()\n\tif a {} else if b {} else {}\n}\n",
    );
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let body = &fd.body.as_ref().unwrap().stmts;
    assert!(matches!(&body[0].kind, StmtKind::TypeSwitch { bind: Some(b), .. } if b.name == "x"));
    assert!(matches!(
        &body[1].kind,
        StmtKind::Range {
            key: Some(_),
            value: Some(_),
            define: true,
            ..
        }
    ));
    assert!(matches!(&body[2].kind, StmtKind::Labeled { label, .. } if label.name == "L"));
    let StmtKind::If { els: Some(e), .. } = &body[3].kind else {
        panic!()
    };
    assert!(matches!(e.kind, StmtKind::If { els: Some(_), .. }));
}

#[test]
fn node_ids_unique_across_files() {
    let ids = NodeIdGen::new();
    let mut all = Vec::new();
    for src in [TRICKY, "package q\nvar x = a + b*c\n"] {
        let f = SourceFile::new("x.go".into(), src.into());
        let file = parse_file(&f, &ids).unwrap();
        let dbg = format!("{file:?}");
        for part in dbg.split("NodeId(").skip(1) {
            let n: u32 = part[..part.find(')').unwrap()].parse().unwrap();
            all.push(n);
        }
    }
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count, "duplicate node ids");
    assert!(count > 300);
}

#[test]
fn positions() {
    let f = SourceFile::new("x.go".into(), "ab\ncd\n\nx".into());
    assert_eq!(f.position(0), (1, 1));
    assert_eq!(f.position(2), (1, 3));
    assert_eq!(f.position(3), (2, 1));
    assert_eq!(f.position(7), (4, 1));
    assert_eq!(f.position(8), (4, 2));
}

// ---------------------------------------------------------------------------------------
// Error messages recorded with gc

#[test]
fn gc_error_table() {
    let data = include_str!("testdata/syntax_errors.txt");
    let mut n = 0;
    let mut failures = vec![];
    for case in data.split("\n=== ").skip(1) {
        let (name, rest) = case.split_once('\n').unwrap();
        let (src, want) = rest.rsplit_once("--- ").unwrap();
        let want = want.trim_end();
        let got = match parse(src) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.trim_start_matches("x.go:").to_string(),
        };
        if got != want {
            failures.push(format!("{name}:\n  want {want}\n  got  {got}"));
        }
        n += 1;
    }
    assert!(n >= 20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Literal helpers

#[test]
fn literal_values() {
    assert_eq!(unquote_string("\"a\\x41\\n\"").unwrap(), b"aA\n");
    assert_eq!(unquote_string("\"\\xff\\377\"").unwrap(), vec![0xff, 0xff]);
    assert_eq!(unquote_string("\"\\u00e9\"").unwrap(), "é".as_bytes());
    assert_eq!(unquote_string("\"\\U0001F600\"").unwrap(), "😀".as_bytes());
    assert_eq!(unquote_string("`a\\n\r\nb`").unwrap(), b"a\\n\nb");
    assert_eq!(unquote_string("\"本\"").unwrap(), "本".as_bytes());
    assert_eq!(unquote_char("'a'"), 97);
    assert_eq!(unquote_char("'\\n'"), 10);
    assert_eq!(unquote_char("'\\''"), 39);
    assert_eq!(unquote_char("'\\x7f'"), 127);
    assert_eq!(unquote_char("'\\u12e4'"), 0x12e4);
    assert_eq!(unquote_char("'本'"), 0x672c);
    assert!(unquote_string("\"\u{e9}").is_err());
    assert!(unquote_string("`").is_err());
    assert_eq!(unquote_char("'"), 0);
    let v = |s: &str| int_literal_value(s).map(|b| b.to_string());
    assert_eq!(v("1_000").as_deref(), Some("1000"));
    assert_eq!(v("0x_FF").as_deref(), Some("255"));
    assert_eq!(v("0o17").as_deref(), Some("15"));
    assert_eq!(v("017").as_deref(), Some("15"));
    assert_eq!(v("0b101").as_deref(), Some("5"));
    assert_eq!(v("0").as_deref(), Some("0"));
    assert_eq!(
        v("0xFFFFFFFFFFFFFFFFFFFF").as_deref(),
        Some("1208925819614629174706175")
    );
}

// ---------------------------------------------------------------------------------------
// Robustness

/// Every prefix of the sources, and every source with one byte removed, gives a result
/// (usually an error), never a panic.
#[test]
fn no_panic_on_truncated_input() {
    let data = include_str!("testdata/syntax_errors.txt");
    let mut srcs: Vec<&str> = vec![TRICKY];
    srcs.extend(
        data.split("\n=== ")
            .skip(1)
            .map(|c| c.split_once('\n').unwrap().1),
    );
    for src in srcs {
        for i in 0..=src.len() {
            if src.is_char_boundary(i) {
                let _ = parse(&src[..i]);
                if i < src.len() {
                    let j = (i + 1..=src.len())
                        .find(|&j| src.is_char_boundary(j))
                        .unwrap();
                    let _ = parse(&format!("{}{}", &src[..i], &src[j..]));
                }
            }
        }
    }
}

/// Parses the Go files of the repository's `testdata/` directory when there is one:
/// programs under `run/` must parse; under `errors/` our first error, when we report
/// one, must be gc's first line, and gc must report a syntax error only if we do.
#[test]
fn repository_testdata() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let Ok(rd) = std::fs::read_dir(&root) else {
        return;
    };
    let mut failures = vec![];
    for dir in rd.flatten() {
        let Ok(files) = std::fs::read_dir(dir.path()) else {
            continue;
        };
        for e in files.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "go") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap_or_default();
            let name = format!("./{}", p.file_name().unwrap().to_string_lossy());
            let f = SourceFile::new(name, src);
            let ids = NodeIdGen::new();
            let got = parse_file(&f, &ids).err().map(|e| format_error(&f, &e[0]));
            let gc_err = std::fs::read_to_string(p.with_extension("err")).ok();
            let in_errors = dir.file_name() == "errors";
            match (got, in_errors, gc_err) {
                (None, false, _) => {}
                (Some(g), false, _) => failures.push(format!("{}: {g}", p.display())),
                (Some(g), true, Some(want)) => {
                    let first = want.lines().find(|l| !l.starts_with('#')).unwrap_or("");
                    if g != first {
                        failures.push(format!("{}: got {g}, gc {first}", p.display()));
                    }
                }
                (None, true, Some(want)) if want.contains("syntax error") => {
                    failures.push(format!("{}: missed {want}", p.display()));
                }
                _ => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A compact rendering of an expression's tree, for checking precedence and shapes.
fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::BasicLit { raw, .. } => raw.clone(),
        ExprKind::Binary { op, x, y, .. } => format!("({} {} {})", op.as_str(), sx(x), sx(y)),
        ExprKind::Unary { op, x } => format!("({} {})", op.as_str(), sx(x)),
        ExprKind::Star(x) => format!("(* {})", sx(x)),
        ExprKind::Paren(x) => format!("(paren {})", sx(x)),
        ExprKind::Selector { x, sel } => format!("(. {} {})", sx(x), sel.name),
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => format!(
            "(call {}{}{})",
            sx(fun),
            args.iter()
                .map(|a| format!(" {}", sx(a)))
                .collect::<String>(),
            if ellipsis.is_some() { " ..." } else { "" }
        ),
        ExprKind::Index { x, indices, .. } => format!(
            "(index {}{})",
            sx(x),
            indices
                .iter()
                .map(|a| format!(" {}", sx(a)))
                .collect::<String>()
        ),
        ExprKind::Slice { x, lo, hi, max, .. } => {
            let o = |v: &Option<Box<Expr>>| v.as_ref().map_or("_".to_string(), |e| sx(e));
            format!("(slice {} {} {} {})", sx(x), o(lo), o(hi), o(max))
        }
        ExprKind::TypeAssert { x, ty } => format!(
            "(assert {} {})",
            sx(x),
            ty.as_ref().map_or("type".to_string(), |t| sx(t))
        ),
        ExprKind::CompositeLit { ty, elts, .. } => format!(
            "(lit {}{})",
            ty.as_ref().map_or("_".to_string(), |t| sx(t)),
            elts.iter()
                .map(|a| format!(" {}", sx(a)))
                .collect::<String>()
        ),
        ExprKind::KeyValue { key, value } => format!("(: {} {})", sx(key), sx(value)),
        ExprKind::ArrayType { len, elem } => format!(
            "([{}] {})",
            len.as_ref().map_or(String::new(), |l| sx(l)),
            sx(elem)
        ),
        ExprKind::MapType { key, value } => format!("(map {} {})", sx(key), sx(value)),
        ExprKind::ChanType { dir, elem } => format!("(chan{:?} {})", dir, sx(elem)),
        ExprKind::FuncType(f) => format!("(func {} {})", f.params.len(), f.results.len()),
        ExprKind::FuncLit { .. } => "funclit".into(),
        ExprKind::StructType(_) => "struct".into(),
        ExprKind::InterfaceType(_) => "interface".into(),
        ExprKind::Ellipsis => "...".into(),
    }
}

#[test]
fn expression_shapes() {
    let cases = [
        ("a + b*c", "(+ a (* b c))"),
        ("a*b + c", "(+ (* a b) c)"),
        ("a || b && c == d", "(|| a (&& b (== c d)))"),
        ("a - b - c", "(- (- a b) c)"),
        ("-x.y", "(- (. x y))"),
        ("*p.f", "(* (. p f))"),
        ("<-ch + 1", "(+ (<- ch) 1)"),
        ("&T{1}", "(& (lit T 1))"),
        ("f(a, b...)", "(call f a b ...)"),
        ("s[1:]", "(slice s 1 _ _)"),
        ("s[:2:3]", "(slice s _ 2 3)"),
        ("m[k].x", "(. (index m k) x)"),
        ("G[int, string]", "(index G int string)"),
        ("x.(T).y", "(. (assert x T) y)"),
        ("[]int{1, 2}", "(lit ([] int) 1 2)"),
        ("[...]T{}", "(lit ([...] T))"),
        ("map[K]V{k: {1}}", "(lit (map K V) (: k (lit _ 1)))"),
        ("[]byte(s)", "(call ([] byte) s)"),
        ("(*T)(p)", "(call (paren (* T)) p)"),
        ("<-chan int(nil)", "(<- (call (chanBoth int) nil))"),
        ("a << 1 | b &^ c", "(| (<< a 1) (&^ b c))"),
        ("x > 0 != y", "(!= (> x 0) y)"),
        ("^x", "(^ x)"),
        ("func() {}", "funclit"),
        ("1.5i", "1.5i"),
    ];
    for (src, want) in cases {
        let f = parse_ok(&format!("package p\nvar _ = {src}\n"));
        let Decl::Var(v) = &f.decls[0] else { panic!() };
        assert_eq!(sx(&v[0].values[0]), want, "{src}");
    }
}
