//! Checks the engine against gc's output recorded in `testdata/expect.out` (produced by
//! `testdata/expect.go`; see there to regenerate). The value table below mirrors the Go
//! program's `values` list, built from hand-made type descriptors.
#![allow(clippy::approx_constant)]

use std::collections::HashMap;
use std::string::String;
use std::vec::Vec;

use super::testutil::*;
use crate::typedesc::*;

/// Undoes Go's `strconv.Quote`.
fn unquote(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    assert!(b[0] == b'"' && b[b.len() - 1] == b'"', "bad quoted {s}");
    let b = &b[1..b.len() - 1];
    let mut out = Vec::new();
    let mut i = 0;
    let hex = |s: &[u8]| u32::from_str_radix(std::str::from_utf8(s).unwrap(), 16).unwrap();
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let c = b[i + 1];
        i += 2;
        match c {
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'x' => {
                out.push(hex(&b[i..i + 2]) as u8);
                i += 2;
            }
            b'u' | b'U' => {
                let n = if c == b'u' { 4 } else { 8 };
                let r = char::from_u32(hex(&b[i..i + n])).unwrap();
                out.extend_from_slice(r.to_string().as_bytes());
                i += n;
            }
            other => out.push(other),
        }
    }
    out
}

fn expectations() -> HashMap<String, Vec<u8>> {
    let text = include_str!("testdata/expect.out");
    text.lines()
        .map(|l| {
            let (k, v) = l.split_once('\t').unwrap();
            (k.to_string(), unquote(v))
        })
        .collect()
}

fn formats() -> Vec<&'static str> {
    include_str!("testdata/formats.txt").lines().collect()
}

fn go(s: GoString) -> Vec<u8> {
    s.as_bytes().to_vec()
}

fn sprintf(f: &str, args: &[Eface]) -> Vec<u8> {
    // SAFETY: valid format and operands.
    go(unsafe { super::rgo_fmt_sprintf(f.as_ptr(), f.len(), args.as_ptr(), args.len()) })
}

fn errorf(f: &str, args: &[Eface]) -> Vec<u8> {
    // SAFETY: valid format and operands.
    go(unsafe { super::rgo_fmt_errorf(f.as_ptr(), f.len(), args.as_ptr(), args.len()) })
}

fn sprint(args: &[Eface]) -> Vec<u8> {
    // SAFETY: valid operands.
    go(unsafe { super::rgo_fmt_sprint(args.as_ptr(), args.len()) })
}

fn sprintln(args: &[Eface]) -> Vec<u8> {
    // SAFETY: valid operands.
    go(unsafe { super::rgo_fmt_sprintln(args.as_ptr(), args.len()) })
}

/// The descriptors and methods of the Go test program's types.
struct Types {
    int: Td,
    int8: Td,
    int16: Td,
    int32: Td,
    uint: Td,
    uint8: Td,
    uint16: Td,
    uint32: Td,
    uint64: Td,
    int64: Td,
    uintptr: Td,
    float32: Td,
    float64: Td,
    complex64: Td,
    complex128: Td,
    string: Td,
    bool: Td,
    any: Td,
    error: Td,
    t: Td,
    pt: Td,
    s: Td,
    e: Td,
    g: Td,
    n: Td,
    w: Td,
}

extern "C" fn s_string(recv: *mut u8) -> GoString {
    // SAFETY: S is not pointer-shaped: the receiver points at a GoString.
    let s = unsafe { *(recv as *const GoString) };
    let mut out = b"S<".to_vec();
    out.extend_from_slice(s.as_bytes());
    out.push(b'>');
    super::finish(out)
}

extern "C" fn p_string(_recv: *mut u8) -> GoString {
    gs("P!")
}

extern "C" fn e_error(recv: *mut u8) -> GoString {
    // SAFETY: E is struct{code int}: the receiver points at it.
    let code = unsafe { *(recv as *const i64) };
    gs(&format!("E{code}"))
}

extern "C" fn g_gostring(_recv: *mut u8) -> GoString {
    gs("G!")
}

impl Types {
    fn new() -> Types {
        let int = basic(Kind::Int, 8, "int");
        let string = basic(Kind::String, 16, "string");
        let t = structt("main.T", true, &[("A", int, true), ("B", string, true)]);
        let s = named(string, "main.S", &[("String", s_string)]);
        let e = named(
            structt("struct { code int }", false, &[("code", int, false)]),
            "main.E",
            &[("Error", e_error)],
        );
        let any = iface("interface {}", &[]);
        let error = iface("error", &["Error"]);
        let w = structt(
            "main.W",
            true,
            &[
                ("X", s, true),
                ("y", s, false),
                ("Z", any, true),
                ("E", error, true),
            ],
        );
        Types {
            int,
            int8: basic(Kind::Int8, 1, "int8"),
            int16: basic(Kind::Int16, 2, "int16"),
            int32: basic(Kind::Int32, 4, "int32"),
            uint: basic(Kind::Uint, 8, "uint"),
            uint8: basic(Kind::Uint8, 1, "uint8"),
            uint16: basic(Kind::Uint16, 2, "uint16"),
            uint32: basic(Kind::Uint32, 4, "uint32"),
            uint64: basic(Kind::Uint64, 8, "uint64"),
            int64: basic(Kind::Int64, 8, "int64"),
            uintptr: basic(Kind::Uintptr, 8, "uintptr"),
            float32: basic(Kind::Float32, 4, "float32"),
            float64: basic(Kind::Float64, 8, "float64"),
            complex64: basic(Kind::Complex64, 8, "complex64"),
            complex128: basic(Kind::Complex128, 16, "complex128"),
            string,
            bool: basic(Kind::Bool, 1, "bool"),
            any,
            error,
            t,
            pt: ptr(t, "*main.T"),
            s,
            e,
            g: named(
                structt("struct { A int }", false, &[("A", int, true)]),
                "main.G",
                &[("GoString", g_gostring)],
            ),
            n: named(int, "main.N", &[]),
            w,
        }
    }

    fn i(&self, v: i64) -> Eface {
        any(self.int, &raw(v))
    }
    fn f(&self, v: f64) -> Eface {
        any(self.float64, &raw(v))
    }
    fn str(&self, v: &str) -> Eface {
        any(self.string, &string_bytes(v.as_bytes()))
    }
    fn b(&self, v: bool) -> Eface {
        any(self.bool, &[v as u8])
    }
    fn sv(&self, v: &str) -> Eface {
        any(self.s, &string_bytes(v.as_bytes()))
    }
    fn ev(&self, code: i64) -> Eface {
        any(self.e, &raw(code))
    }
    fn tv(&self, a: i64, b: &str) -> Vec<u8> {
        let mut v = raw(a);
        v.extend(string_bytes(b.as_bytes()));
        v
    }
    /// An `error` interface value (itab, data) holding E{code}.
    fn err_iface(&self, code: i64) -> Vec<u8> {
        // SAFETY: valid descriptors.
        let itab = unsafe { rgo_getitab(self.error, self.e, false) };
        let mut v = raw(itab as usize);
        v.extend(raw(store(&raw(code)) as usize));
        v
    }
    /// An `any` interface value as stored in memory.
    fn any_mem(&self, e: Eface) -> Vec<u8> {
        raw(e)
    }
}

/// The Go program's `values` table.
fn values(ty: &Types) -> Vec<(&'static str, Eface)> {
    let nan = f64::NAN;
    let bytes_t = slice(ty.uint8, "[]uint8");
    let ints_t = slice(ty.int, "[]int");
    let strs_t = slice(ty.string, "[]string");
    let anys_t = slice(ty.any, "[]interface {}");
    let mapsi_t = map(ty.string, ty.int, "map[string]int");
    let elems = |items: &[Vec<u8>]| -> Vec<u8> { items.concat() };
    let mk_slice = |items: &[Vec<u8>]| slice_bytes(&elems(items), items.len());
    let p_t = structt("main.P", true, &[("A", ty.int, true)]);
    let pp_t = named(ptr(p_t, "*main.P"), "*main.P", &[("String", p_string)]);
    // *main.P is not a defined type; it only carries the method set.
    let pp_t: Td = {
        let d: &TypeDesc = pp_t;
        // SAFETY: freshly leaked descriptor, only used by this test.
        unsafe { (*(d as *const TypeDesc as *mut TypeDesc)).flags &= !FLAG_NAMED };
        d
    };
    let inner_t = structt(
        "main.Inner",
        true,
        &[("I", ints_t, true), ("M", mapsi_t, true)],
    );
    let outer_t = structt(
        "main.Outer",
        true,
        &[
            ("Name", ty.string, true),
            ("In", inner_t, true),
            ("P", ty.pt, true),
            ("F", ty.float64, true),
            ("C", ty.complex128, true),
            ("U", ty.uint8, true),
            ("B", ty.bool, true),
        ],
    );
    let emb_t = structt("main.Emb", true, &[("T", ty.t, true), ("N", ty.n, true)]);
    let outer = {
        let mut v = Vec::new();
        v.extend(string_bytes(b"o"));
        v.extend(mk_slice(&[raw(1i64)]));
        v.extend(map_bytes(&[(string_bytes(b"k"), raw(2i64))]));
        v.extend(raw(0usize));
        v.extend(raw(1.5f64));
        v.extend(raw([0.0f64, -1.0]));
        v.extend([255u8, 1, 0, 0, 0, 0, 0, 0]);
        v
    };
    let store_word = |b: Vec<u8>| raw(store(&b) as usize);
    let w_val = |x: &str, y: &str, z: Option<Eface>, e: Option<i64>| {
        let mut v = string_bytes(x.as_bytes());
        v.extend(string_bytes(y.as_bytes()));
        v.extend(ty.any_mem(z.unwrap_or(NIL)));
        v.extend(match e {
            Some(c) => ty.err_iface(c),
            None => alloc::vec![0u8; 16],
        });
        v
    };
    let anon_t = structt(
        "struct { A int; b []string }",
        false,
        &[("A", ty.int, true), ("b", strs_t, false)],
    );
    vec![
        ("int42", ty.i(42)),
        ("intneg", ty.i(-7)),
        ("int0", ty.i(0)),
        ("int8min", any(ty.int8, &raw(-128i8))),
        ("uint8", any(ty.uint8, &raw(200u8))),
        ("uint64max", any(ty.uint64, &raw(u64::MAX))),
        ("rune", any(ty.int32, &raw('x' as i32))),
        ("emoji", any(ty.int32, &raw(0x1F600i32))),
        ("int16", any(ty.int16, &raw(-300i16))),
        ("uint32", any(ty.uint32, &raw(70000u32))),
        ("f64pi", ty.f(3.14159)),
        ("f64zero", ty.f(0.0)),
        ("f64negzero", ty.f(-0.0)),
        ("f64big", ty.f(1e21)),
        ("f64small", ty.f(1e-7)),
        ("f64mid", ty.f(123456789.0)),
        ("f64one", ty.f(1.0)),
        ("f64half", ty.f(-2.5)),
        ("f64nan", ty.f(nan)),
        ("f64inf", ty.f(f64::INFINITY)),
        ("f64ninf", ty.f(f64::NEG_INFINITY)),
        ("f32", any(ty.float32, &raw(0.1f32))),
        ("f32big", any(ty.float32, &raw(16777216.0f32))),
        ("c128", any(ty.complex128, &raw([1.0f64, 2.0]))),
        ("c64", any(ty.complex64, &raw([-1.5f32, 0.5]))),
        ("str", ty.str("hello")),
        ("strempty", ty.str("")),
        ("strutf8", ty.str("日本語")),
        ("strctl", any(ty.string, &string_bytes(b"a\"b\n\x01\xff"))),
        ("strbq", ty.str("`raw`")),
        ("strnbsp", ty.str("x\u{a0}\u{200b}y")),
        ("true", ty.b(true)),
        ("false", ty.b(false)),
        ("bytes", any(bytes_t, &slice_bytes(b"hi\0", 3))),
        (
            "ints",
            any(ints_t, &mk_slice(&[raw(1i64), raw(-2i64), raw(3i64)])),
        ),
        (
            "strs",
            any(
                strs_t,
                &mk_slice(&[string_bytes(b"a"), string_bytes(b"b c")]),
            ),
        ),
        ("nilints", any(ints_t, &slice_bytes(&[], 0))),
        (
            "arr",
            any(
                array(ty.int, 3, "[3]int"),
                &elems(&[raw(1i64), raw(2i64), raw(3i64)]),
            ),
        ),
        ("bytearr", any(array(ty.uint8, 2, "[2]uint8"), b"ok")),
        (
            "anys",
            any(
                anys_t,
                &mk_slice(&[raw(ty.i(1)), raw(ty.str("a")), raw(NIL), raw(ty.f(2.5))]),
            ),
        ),
        (
            "mapsi",
            any(
                mapsi_t,
                &map_bytes(&[
                    (string_bytes(b"b"), raw(2i64)),
                    (string_bytes(b"a"), raw(1i64)),
                    (string_bytes(b"c"), raw(3i64)),
                ]),
            ),
        ),
        (
            "mapis",
            any(
                map(ty.int, ty.string, "map[int]string"),
                &map_bytes(&[
                    (raw(3i64), string_bytes(b"c")),
                    (raw(-1i64), string_bytes(b"z")),
                    (raw(2i64), string_bytes(b"b")),
                ]),
            ),
        ),
        ("nilmap", any(mapsi_t, &NIL_WORD)),
        (
            "mapfloat",
            any(
                map(ty.float64, ty.string, "map[float64]string"),
                &map_bytes(&[
                    (raw(2.0f64), string_bytes(b"two")),
                    (raw(-1.0f64), string_bytes(b"neg")),
                    (raw(nan), string_bytes(b"nan")),
                ]),
            ),
        ),
        (
            "mapbool",
            any(
                map(ty.bool, ty.int, "map[bool]int"),
                &map_bytes(&[(alloc::vec![1u8], raw(1i64)), (alloc::vec![0u8], raw(0i64))]),
            ),
        ),
        ("T", any(ty.t, &ty.tv(1, "x"))),
        ("pT", any(ty.pt, &store_word(ty.tv(2, "y")))),
        ("nilpT", any(ty.pt, &NIL_WORD)),
        ("S", ty.sv("s")),
        (
            "Ss",
            any(
                slice(ty.s, "[]main.S"),
                &mk_slice(&[string_bytes(b"q"), string_bytes(b"r")]),
            ),
        ),
        (
            "mapS",
            any(
                map(ty.s, ty.int, "map[main.S]int"),
                &map_bytes(&[(string_bytes(b"k"), raw(1i64))]),
            ),
        ),
        ("P", any(p_t, &raw(3i64))),
        ("pP", any(pp_t, &store_word(raw(4i64)))),
        ("E", ty.ev(5)),
        ("G", any(ty.g, &raw(6i64))),
        ("N", any(ty.n, &raw(7i64))),
        ("W", any(ty.w, &w_val("a", "b", Some(ty.sv("c")), Some(9)))),
        ("Wzero", any(ty.w, &w_val("", "", None, None))),
        ("Outer", any(outer_t, &outer)),
        ("Emb", any(emb_t, &[ty.tv(1, "e"), raw(2i64)].concat())),
        (
            "ppT",
            any(ptr(ints_t, "*[]int"), &store_word(mk_slice(&[raw(5i64)]))),
        ),
        (
            "pmap",
            any(
                ptr(mapsi_t, "*map[string]int"),
                &store_word(map_bytes(&[(string_bytes(b"a"), raw(1i64))])),
            ),
        ),
        ("nil", NIL),
        (
            "errs",
            any(
                slice(ty.error, "[]error"),
                &mk_slice(&[ty.err_iface(1), alloc::vec![0u8; 16]]),
            ),
        ),
        (
            "anon",
            any(
                anon_t,
                &[raw(1i64), mk_slice(&[string_bytes(b"x")])].concat(),
            ),
        ),
        ("narr", any(array(ty.int, 0, "[0]int"), &[])),
        (
            "bools",
            any(slice(ty.bool, "[]bool"), &slice_bytes(&[1, 0], 2)),
        ),
        (
            "f64s",
            any(
                slice(ty.float64, "[]float64"),
                &mk_slice(&[raw(0.5f64), raw(1e6f64), raw(1e-5f64)]),
            ),
        ),
        ("pstr", ty.sv("")),
    ]
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn fmt_value_format_matrix() {
    let exp = expectations();
    let ty = Types::new();
    let fs = formats();
    let mut fails = Vec::new();
    let mut n = 0;
    for (name, v) in values(&ty) {
        for (j, f) in fs.iter().enumerate() {
            let key = format!("m/{name}/{j}");
            let want = exp
                .get(&key)
                .unwrap_or_else(|| panic!("no expectation {key}"));
            if want == b"SKIP" {
                continue;
            }
            let got = sprintf(f, &[v]);
            n += 1;
            if &got != want {
                fails.push(format!(
                    "{key} {f:?}: got {:?} want {:?}",
                    show(&got),
                    show(want)
                ));
            }
        }
    }
    assert!(n > 1000);
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

/// Checks `c/<id>`.
fn check(exp: &HashMap<String, Vec<u8>>, fails: &mut Vec<String>, id: &str, got: Vec<u8>) {
    let want = exp
        .get(&format!("c/{id}"))
        .unwrap_or_else(|| panic!("no case {id}"));
    if &got != want {
        fails.push(format!("{id}: got {:?} want {:?}", show(&got), show(want)));
    }
}

#[test]
fn fmt_special_cases() {
    let exp = expectations();
    let ty = Types::new();
    let mut fails = Vec::new();
    let i = |v: i64| ty.i(v);
    let f = |v: f64| ty.f(v);
    let s = |v: &str| ty.str(v);
    let mut c = |id: &str, format: &str, args: &[Eface]| {
        let got = sprintf(format, args);
        check(&exp, &mut fails, id, got);
    };
    c(
        "idx",
        "%[2]d %[1]d %d %[3]*.[2]*[1]f",
        &[f(12.0), i(2), i(6)],
    );
    c("idx2", "%[1]d %[1]x %[1]o", &[i(64)]);
    c("badidx", "%[0]d %[5]d %[x]d %[1", &[i(1), i(2)]);
    c(
        "star",
        "[%*d] [%-*d] [%.*f] [%*.*f]",
        &[
            i(5),
            i(1),
            i(5),
            i(2),
            i(2),
            f(3.14159),
            i(8),
            i(3),
            f(2.71828),
        ],
    );
    c("negstar", "[%*d]", &[i(-6), i(3)]);
    c("badstar", "%*d %.*d", &[s("w"), i(1), f(2.0), i(2)]);
    c("bigstar", "%*d|", &[i(10000000), i(1)]);
    c("missing", "%d %s %v", &[]);
    c("extra", "%d", &[i(1), s("two"), f(3.0), NIL, ty.sv("s")]);
    c("noverb", "abc%", &[]);
    c("noverb2", "%-5", &[i(1)]);
    c("percent", "100%% %5%|", &[]);
    c("badw", "%w", &[ty.ev(1)]);
    c("utf8verb", "%é", &[i(1)]);
    c("prec0", "[%.0d] [%5.0d] [%.d]", &[i(0), i(0), i(0)]);
    c(
        "zeroneg",
        "[%08d] [%+08d] [% 08d] [%-08d]",
        &[i(-42), i(42), i(42), i(42)],
    );
    c(
        "sharpzero",
        "[%#08x] [%#8x] [%08.3x]",
        &[i(255), i(255), i(255)],
    );
    c(
        "hexstr",
        "[%10x] [%-10X] [%010x] [%.1x]",
        &[s("hi"), s("hi"), s("hi"), s("hi")],
    );
    let bytes_t = slice(ty.uint8, "[]uint8");
    let by = |b: &[u8]| any(bytes_t, &slice_bytes(b, b.len()));
    c(
        "hexbytes",
        "[% X] [%# x] [%#x]",
        &[by(&[1, 171]), by(&[1, 171]), by(&[])],
    );
    let r = |v: i32| any(ty.int32, &raw(v));
    c(
        "qrune",
        "%q %q %q %+q %q",
        &[
            r('a' as i32),
            r('\'' as i32),
            r('"' as i32),
            r('日' as i32),
            i(0x110000),
        ],
    );
    c(
        "unicode",
        "%U %#U %.6U %#U %-10U|",
        &[i(0x1F600), i(0x1F600), r('a' as i32), i(7), r('x' as i32)],
    );
    c(
        "width_utf8",
        "[%5s] [%-5s] [%.1s]",
        &[s("日本"), s("日本"), s("日本")],
    );
    c(
        "floatflags",
        "[%+.2f] [% .2f] [%+ .2f] [%08.2f] [%-08.2f] [%+08.2f] [% 08.2f]",
        &[f(1.5), f(1.5), f(1.5), f(-1.5), f(-1.5), f(1.5), f(1.5)],
    );
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    c(
        "floatinf",
        "[%08.2f] [%+f] [% f] [%-8f] [%08v] [%+v] [% v]",
        &[f(inf), f(inf), f(-inf), f(nan), f(nan), f(nan), f(nan)],
    );
    c(
        "sharpg",
        "%#g %#.3g %#.4g %#e %#.0e %#x %#.2x %#v",
        &[
            f(1.0),
            f(100.0),
            f(0.0001),
            f(2.0),
            f(2.0),
            f(1.0),
            f(3.0),
            f(2.0),
        ],
    );
    c(
        "gprec",
        "%.0g %.1g %.2g %.5g %.10g %g %g",
        &[
            f(123.456),
            f(123.456),
            f(123.456),
            f(123.456),
            f(123.456),
            f(1e-4),
            f(1e-5),
        ],
    );
    let f32v = |v: f32| any(ty.float32, &raw(v));
    c(
        "ge",
        "%g %g %g %G %v %v %v",
        &[
            f(100000.0),
            f(1000000.0),
            f(1e20),
            f(1e-7),
            f(1e20),
            f32v(1e20),
            f(0.000012345),
        ],
    );
    c(
        "floatx",
        "%x %X %.3x %x %x",
        &[f(1.5), f(-0.1), f(3.14159), f(0.0), f32v(0.1)],
    );
    c("floatb", "%b %b", &[f(1.0), f32v(1.0)]);
    let cx = |re: f64, im: f64| any(ty.complex128, &raw([re, im]));
    c(
        "complex",
        "%v %.2f %+v %e %8.2f %d",
        &[
            cx(1.5, -2.0),
            cx(1.0, 1.0),
            cx(0.0, 0.0),
            cx(1.0, 0.0),
            cx(3.0, 4.0),
            cx(1.0, 1.0),
        ],
    );
    c(
        "boolverbs",
        "%t %v %d %s",
        &[ty.b(true), ty.b(false), ty.b(true), ty.b(false)],
    );
    let pint = ptr(ty.int, "*int");
    let nilp = any(pint, &NIL_WORD);
    c(
        "ptrnil",
        "%v %p %#v %d",
        &[nilp, nilp, nilp, any(ty.pt, &NIL_WORD)],
    );
    c(
        "nilany",
        "%v %d %s %T %#v %x",
        &[NIL, NIL, NIL, NIL, NIL, NIL],
    );
    let t = |a: i64, b: &str| any(ty.t, &ty.tv(a, b));
    c(
        "Tverbs",
        "%v %+v %#v %T",
        &[t(-1, "a b"), t(0, ""), t(2, "\n"), t(0, "")],
    );
    let pt = || any(ty.pt, &raw(store(&ty.tv(1, "q")) as usize));
    c("pTsharp", "%#v %+v", &[pt(), pt()]);
    let ts = slice(ty.t, "[]main.T");
    let mst = map(ty.string, ty.t, "map[string]main.T");
    c(
        "nested",
        "%v %+v",
        &[
            any(
                ts,
                &slice_bytes(&[ty.tv(1, "a"), ty.tv(2, "b")].concat(), 2),
            ),
            any(mst, &map_bytes(&[(string_bytes(b"k"), ty.tv(3, "c"))])),
        ],
    );
    let ints_t = slice(ty.int, "[]int");
    let strs_t0 = slice(ty.string, "[]string");
    let strs_t = strs_t0;
    c(
        "nestedsharp",
        "%#v",
        &[any(
            map(ty.string, ints_t, "map[string][]int"),
            &map_bytes(&[
                (string_bytes(b"z"), slice_bytes(&raw(1i64), 1)),
                (string_bytes(b"a"), slice_bytes(&[], 0)),
            ]),
        )],
    );
    let anys_t = slice(ty.any, "[]interface {}");
    let anys = [
        raw(i(1)),
        raw(s("a")),
        raw(NIL),
        raw(f(2.5)),
        raw(ty.b(true)),
    ]
    .concat();
    c(
        "anysharp",
        "%#v %#v",
        &[
            any(anys_t, &slice_bytes(&anys, 5)),
            any(slice(ty.error, "[]error"), &slice_bytes(&[0u8; 16], 1)),
        ],
    );
    c(
        "mapints",
        "%v %d %x",
        &[
            any(
                map(ty.int, ty.int, "map[int]int"),
                &map_bytes(&[
                    (raw(10i64), raw(1i64)),
                    (raw(-5i64), raw(2i64)),
                    (raw(3i64), raw(3i64)),
                ]),
            ),
            any(
                map(ty.int8, ty.int, "map[int8]int"),
                &map_bytes(&[(raw(1i8), raw(2i64)), (raw(-1i8), raw(1i64))]),
            ),
            any(
                map(ty.uint, ty.string, "map[uint]string"),
                &map_bytes(&[
                    (raw(16u64), string_bytes(b"g")),
                    (raw(255u64), string_bytes(b"f")),
                ]),
            ),
        ],
    );
    // Interface keys order by type first, and gc's binary had string's descriptor before
    // int's: check the order only when that holds here too.
    let mapany_t = map(ty.any, ty.int, "map[interface {}]int");
    let mapany = any(
        mapany_t,
        &map_bytes(&[
            (raw(s("b")), raw(1i64)),
            (raw(i(2)), raw(2i64)),
            (raw(s("a")), raw(3i64)),
            (raw(i(1)), raw(4i64)),
        ]),
    );
    if (ty.string as *const TypeDesc as usize) < (ty.int as *const TypeDesc as usize) {
        c("mapany", "%v", &[mapany]);
    }
    c(
        "mapstruct",
        "%v",
        &[any(
            map(ty.t, ty.int, "map[main.T]int"),
            &map_bytes(&[
                (ty.tv(2, "a"), raw(1i64)),
                (ty.tv(1, "b"), raw(2i64)),
                (ty.tv(1, "a"), raw(3i64)),
            ]),
        )],
    );
    let a2 = array(ty.int, 2, "[2]int");
    c(
        "maparr",
        "%v",
        &[any(
            map(a2, ty.bool, "map[[2]int]bool"),
            &map_bytes(&[
                ([raw(2i64), raw(1i64)].concat(), alloc::vec![1u8]),
                ([raw(1i64), raw(2i64)].concat(), alloc::vec![0u8]),
            ]),
        )],
    );
    let mut c2 = |id: &str, got: Vec<u8>| check(&exp, &mut fails, id, got);
    c2(
        "sprint1",
        sprint(&[s("a"), i(1), i(2), s("b"), s("c"), f(3.5), NIL, ty.b(true)]),
    );
    c2("sprint2", sprint(&[i(1), i(2)]));
    c2("sprint3", sprint(&[s("a"), s("b")]));
    c2("sprint4", sprint(&[ty.sv("x"), ty.sv("y"), ty.ev(1)]));
    c2(
        "sprintln",
        sprintln(&[
            s("a"),
            i(1),
            s("b"),
            NIL,
            any(ints_t, &slice_bytes(&raw(1i64), 1)),
        ]),
    );
    c2("sprintln0", sprintln(&[]));
    c2("errorf", errorf("wrap %w and %d", &[ty.ev(1), i(2)]));
    c2("errorfbad", errorf("x %w", &[i(3)]));
    c2(
        "errorfmulti",
        errorf("%w|%w|%v", &[ty.ev(1), ty.ev(2), ty.ev(3)]),
    );
    let mut c = |id: &str, format: &str, args: &[Eface]| {
        let got = sprintf(format, args);
        check(&exp, &mut fails, id, got);
    };
    let ab = || by(b"ab");
    let nilbytes = any(bytes_t, &slice_bytes(&[], 0));
    c(
        "bytesverbs",
        "%s|%q|%x|%X|%v|%d|%c|%#v",
        &[ab(), ab(), ab(), ab(), ab(), ab(), ab(), nilbytes],
    );
    let runes_t = slice(ty.int32, "[]int32");
    let runes = || {
        any(
            runes_t,
            &slice_bytes(&[raw('h' as i32), raw('é' as i32)].concat(), 2),
        )
    };
    c(
        "runes",
        "%c|%q|%U|%v",
        &[runes(), runes(), runes(), runes()],
    );
    c(
        "strverbs",
        "%5.1q|%-6q|%x|% X|%#q|%+q",
        &[s("abc"), s("ab"), s(""), s("xyz"), s("a\tb"), s("\u{263a}")],
    );
    c(
        "intc",
        "%c %c %c %q",
        &[i(65), i(-1), i(0x110000), i(0xD800)],
    );
    c(
        "uintsharpv",
        "%#v %#v %#v %#v",
        &[
            any(ty.uint, &raw(5u64)),
            any(ty.uint8, &raw(255u8)),
            any(ty.uintptr, &raw(16u64)),
            any(
                slice(ty.uint16, "[]uint16"),
                &slice_bytes(&[raw(1u16), raw(2u16)].concat(), 2),
            ),
        ],
    );
    let nv = |v: i64| any(ty.n, &raw(v));
    c(
        "Nsharp",
        "%#v %v %x",
        &[
            nv(-3),
            any(
                slice(ty.n, "[]main.N"),
                &slice_bytes(&[raw(1i64), raw(2i64)].concat(), 2),
            ),
            nv(255),
        ],
    );
    let g = || any(ty.g, &raw(1i64));
    let gs_t = slice(ty.g, "[]main.G");
    let gs2 = || any(gs_t, &slice_bytes(&raw(2i64), 1));
    c("G", "%v %#v %+v %#v", &[g(), g(), gs2(), gs2()]);
    let werr = || {
        let mut v = string_bytes(b"a");
        v.extend(string_bytes(b"b"));
        v.extend(raw(i(7)));
        v.extend([0u8; 16]);
        any(ty.w, &v)
    };
    c("Werr", "%s %d", &[werr(), werr()]);
    let q = || ty.sv("q");
    c("Sbad", "%d %x %5s %-6v|", &[q(), q(), q(), q()]);
    c("Ebad", "%d %x %q", &[ty.ev(2), ty.ev(2), ty.ev(2)]);
    let empty = structt("struct {}", false, &[]);
    let ev = || any(empty, &[]);
    c("emptystruct", "%v %+v %#v", &[ev(), ev(), ev()]);
    let anys_of = |items: &[Eface]| {
        let b: Vec<u8> = items.iter().flat_map(|e| raw(*e)).collect();
        any(anys_t, &slice_bytes(&b, items.len()))
    };
    c(
        "nilelems",
        "[%5v] [%-6v] [%d] [%#v]",
        &[
            anys_of(&[NIL]),
            anys_of(&[NIL, i(1)]),
            anys_of(&[NIL]),
            anys_of(&[NIL]),
        ],
    );
    let strs = |items: &[&str]| {
        let b: Vec<u8> = items
            .iter()
            .flat_map(|x| string_bytes(x.as_bytes()))
            .collect();
        any(strs_t0, &slice_bytes(&b, items.len()))
    };
    c(
        "strslices",
        "%x %X %q %5s %.1s",
        &[
            strs(&["ab", "c"]),
            strs(&["hi"]),
            strs(&["a", "\n"]),
            strs(&["a"]),
            strs(&["xyz"]),
        ],
    );
    c(
        "mapwidth",
        "%5v|%-4d|%x",
        &[
            any(
                map(ty.string, ty.int, "map[string]int"),
                &map_bytes(&[(string_bytes(b"a"), raw(1i64))]),
            ),
            any(
                map(ty.int, ty.int, "map[int]int"),
                &map_bytes(&[(raw(2i64), raw(3i64))]),
            ),
            any(
                map(ty.string, ty.string, "map[string]string"),
                &map_bytes(&[(string_bytes(b"k"), string_bytes(b"v"))]),
            ),
        ],
    );
    c(
        "ptrverbs",
        "%s %d %x",
        &[
            any(ty.pt, &raw(store(&ty.tv(1, "a")) as usize)),
            any(
                ptr(ints_t, "*[]int"),
                &raw(store(&slice_bytes(&raw(1i64), 1)) as usize),
            ),
            any(
                ptr(map(ty.string, ty.int, "map[string]int"), "*map[string]int"),
                &raw(store(&map_bytes(&[(string_bytes(b"a"), raw(10i64))])) as usize),
            ),
        ],
    );
    let intss = slice(ints_t, "[][]int");
    c(
        "nilslicesharp",
        "%#v %#v %v %#v",
        &[
            any(strs_t0, &slice_bytes(&[], 0)),
            any(
                ts,
                &raw(GoSlice {
                    ptr: store(&[0; 8]),
                    len: 0,
                    cap: 0,
                }),
            ),
            any(
                intss,
                &slice_bytes(
                    &[slice_bytes(&[], 0), slice_bytes(&raw(1i64), 1)].concat(),
                    2,
                ),
            ),
            any(map(ty.int, ty.bool, "map[int]bool"), &map_bytes(&[])),
        ],
    );
    c(
        "flagsv",
        "%+v %#v %+d %+x %+q %+s",
        &[i(5), i(-5), i(5), i(-255), s("日"), s("x")],
    );
    c(
        "spacev",
        "% v|% d|% x|% X",
        &[
            i(5),
            i(-5),
            s("ab"),
            any(ints_t, &slice_bytes(&[raw(10i64), raw(11i64)].concat(), 2)),
        ],
    );
    c(
        "precstr",
        "%.0s|%.10s|%5.2s|%-5.2s|%.3q",
        &[s("abc"), s("abc"), s("abc"), s("abc"), s("abcdef")],
    );
    c(
        "precint",
        "%.5d|%8.5d|%-8.5d|%+.5d|%.5x|%#.5x|%#.5o|%.2b",
        &[i(42), i(42), i(42), i(42), i(255), i(255), i(8), i(5)],
    );
    c(
        "bigint",
        "%d %x %o %b",
        &[
            any(ty.int64, &raw(i64::MIN)),
            any(ty.uint64, &raw(u64::MAX)),
            any(ty.int64, &raw(-8i64)),
            any(ty.int8, &raw(-1i8)),
        ],
    );
    c(
        "charverbs",
        "%c|%5c|%-5c|%q|%#q|%U",
        &[
            r('é' as i32),
            r('x' as i32),
            r('y' as i32),
            r('\n' as i32),
            r('a' as i32),
            i(-1),
        ],
    );
    c(
        "float32s",
        "%v %v %v %g %.3f %e",
        &[
            f32v(1e-7),
            f32v(3.4e38),
            f32v(1.0 / 3.0),
            f32v(100.0),
            f32v(2.5),
            f32v(1e10),
        ],
    );
    c(
        "floatround",
        "%.0f %.0f %.0f %.1f %.2f %.3e %.0e",
        &[
            f(0.5),
            f(1.5),
            f(2.5),
            f(0.05),
            f(2.675),
            f(1.0005),
            f(15.0),
        ],
    );
    c(
        "floatwide",
        "%20.10f|%-20e|%020.3g|%+020.3e",
        &[
            f(std::f64::consts::PI),
            f(std::f64::consts::E),
            f(1e9),
            f(-1e-9),
        ],
    );
    c(
        "gshort",
        "%g %g %g %g %g %g",
        &[
            f(1e-4),
            f(1e-5),
            f(12345678.0),
            f(0.3),
            f(5e-324),
            f(f64::MAX),
        ],
    );
    let c64 = |re: f32, im: f32| any(ty.complex64, &raw([re, im]));
    c(
        "complexflags",
        "%+.1f|% .1f|%08.2f|%#v|%v",
        &[
            cx(1.0, -1.0),
            cx(-1.0, 1.0),
            cx(1.0, 1.0),
            cx(2.0, 3.0),
            c64(0.1, 0.2),
        ],
    );
    c(
        "hexfloatprec",
        "%.0x %.1x %.20x %#.0x %X",
        &[f(1.0), f(1.96875), f(1.0), f(1.5), f(1e300)],
    );
    let anon_a = structt("struct { A int }", false, &[("A", ty.int, true)]);
    c(
        "typenames",
        "%T %T %T %T %T %T",
        &[
            any(anys_t, &slice_bytes(&[], 0)),
            any(map(ty.string, ints_t, "map[string][]int"), &map_bytes(&[])),
            any(ty.pt, &raw(store(&ty.tv(0, "")) as usize)),
            any(anon_a, &raw(0i64)),
            any(array(ty.bool, 2, "[2]bool"), &[0, 0]),
            ty.ev(0),
        ],
    );
    c(
        "Sprint_err",
        "%v|%s|%q|%x|%+v|%#v",
        &[ty.ev(7), ty.ev(7), ty.ev(7), ty.ev(7), ty.ev(7), ty.ev(7)],
    );
    let ab2 = || ty.sv("ab");
    c(
        "Swidth",
        "[%6s] [%-6v] [%.2s] [%x] [%q]",
        &[ab2(), ab2(), ab2(), ab2(), ab2()],
    );
    let a22 = array(a2, 2, "[2][2]int");
    let a2s = array(strs_t, 2, "[2][]string");
    c(
        "arrnest",
        "%v %#v",
        &[
            any(a22, &[raw(1i64), raw(2i64), raw(3i64), raw(4i64)].concat()),
            any(
                a2s,
                &[slice_bytes(&string_bytes(b"a"), 1), slice_bytes(&[], 0)].concat(),
            ),
        ],
    );
    assert!(
        fails.is_empty(),
        "{} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn fmt_wrapped_indexes() {
    let f = "%w %[3]w %d %w";
    // SAFETY: valid format.
    let first = unsafe { super::rgo_fmt_wrapped_index(f.as_ptr(), f.len(), 4) };
    assert_eq!(first, 0);
    assert_eq!(super::wrapped_indexes(f.as_bytes(), 4), vec![0, 2]);
    assert_eq!(super::wrapped_indexes(b"%w %[3]w %w", 4), vec![0, 2, 3]);
    assert_eq!(super::wrapped_indexes(b"%v %*w", 3), vec![2]);
    assert_eq!(super::wrapped_indexes(b"%d", 1), Vec::<usize>::new());
    // SAFETY: valid format.
    let none = unsafe { super::rgo_fmt_wrapped_index(b"%w".as_ptr(), 2, 0) };
    assert_eq!(none, -1);
}

#[test]
fn fmt_pointer_addresses() {
    let ty = Types::new();
    let pint = ptr(ty.int, "*int");
    let p = any(pint, &raw(0x1234usize));
    assert_eq!(
        sprintf("%p %v %#p %x %d", &[p, p, p, p, p]),
        b"0x1234 0x1234 1234 1234 4660"
    );
    assert_eq!(sprintf("%#v", &[p]), b"(*int)(0x1234)");
    // Nested pointers print as addresses.
    let pp = structt("main.PP", true, &[("P", pint, true)]);
    assert_eq!(
        sprintf("%v %+v", &[any(pp, &raw(0x10usize)), any(pp, &raw(0usize))]),
        b"{0x10} {P:<nil>}"
    );
}

#[test]
fn strconv_formatfloat() {
    let exp = expectations();
    let mut fails = Vec::new();
    let mut n = 0;
    for (k, want) in &exp {
        let Some(rest) = k.strip_prefix("ff/") else {
            continue;
        };
        let parts: Vec<&str> = rest.split('/').collect();
        let v: f64 = parts[0].parse().unwrap();
        let fmtc = parts[1].as_bytes()[0];
        let prec: i64 = parts[2].parse().unwrap();
        let bits: i64 = parts[3].parse().unwrap();
        let got = go(super::rgo_strconv_formatfloat(v, fmtc, prec, bits));
        n += 1;
        if &got != want {
            fails.push(format!("{k}: got {:?} want {:?}", show(&got), show(want)));
        }
    }
    fails.sort();
    assert!(n > 1000);
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn strconv_parsefloat() {
    let exp = expectations();
    let mut fails = Vec::new();
    let mut n = 0;
    for (k, want) in &exp {
        let Some(rest) = k.strip_prefix("pf/") else {
            continue;
        };
        let (bits, q) = rest.split_once('/').unwrap();
        let input = unquote(q);
        let bits: i64 = bits.parse().unwrap();
        // SAFETY: valid bytes.
        let r = unsafe { super::rgo_strconv_parsefloat(input.as_ptr(), input.len(), bits) };
        let want = show(want);
        let (code, hex) = want.split_once(' ').unwrap();
        let wbits = u64::from_str_radix(hex, 16).unwrap();
        let ok = r.err.to_string() == code
            && (r.value.to_bits() == wbits || (f64::from_bits(wbits).is_nan() && r.value.is_nan()));
        n += 1;
        if !ok {
            fails.push(format!(
                "{k}: got {} {:016x} want {want}",
                r.err,
                r.value.to_bits()
            ));
        }
    }
    fails.sort();
    assert!(n > 100);
    assert!(
        fails.is_empty(),
        "{} of {n} failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn errors_as_hook() {
    let ty = Types::new();
    let e = ty.err_iface(4);
    let (tab, data): (usize, usize) = (
        usize::from_ne_bytes(e[..8].try_into().unwrap()),
        usize::from_ne_bytes(e[8..].try_into().unwrap()),
    );
    // var target main.E; errors.As(err, &target)
    let target = store(&[0u8; 8]);
    let pe = ptr(ty.e, "*main.E");
    // SAFETY: valid interface words.
    let ok = unsafe {
        super::errors_as::rgo_errors_as(
            tab as *const u8,
            data as *mut u8,
            pe as *const TypeDesc as *const u8,
            target,
        )
    };
    assert!(ok);
    // SAFETY: target holds a main.E.
    assert_eq!(unsafe { *(target as *const i64) }, 4);
    // var t2 main.T: no.
    let t2 = store(&[0u8; 24]);
    // SAFETY: valid interface words.
    let ok = unsafe {
        super::errors_as::rgo_errors_as(
            tab as *const u8,
            data as *mut u8,
            ty.pt as *const TypeDesc as *const u8,
            t2,
        )
    };
    assert!(!ok);
    // var x interface{ Error() string }: yes, with an itab.
    let perr = ptr(ty.error, "*error");
    let x = store(&[0u8; 16]);
    // SAFETY: valid interface words.
    let ok = unsafe {
        super::errors_as::rgo_errors_as(
            tab as *const u8,
            data as *mut u8,
            perr as *const TypeDesc as *const u8,
            x,
        )
    };
    assert!(ok);
    // SAFETY: x holds an interface.
    let got = unsafe { *(x as *const Eface) };
    assert_eq!(got.data as usize, data);
    // SAFETY: the stored tab is an itab.
    let typ = unsafe { (*(got.tab as *const Itab)).typ };
    assert!(core::ptr::eq(typ, ty.e));
}
