// Command expect prints the reference output that runtime/src/fmt/tests.rs checks the
// fmt engine against, as produced by gc's fmt and strconv packages.
//
// Regenerate (from this directory):
//
//	go run expect.go > expect.out
//
// Each line is `key<TAB>quoted output`. Keys: `m/<value>/<format index>` for the value ×
// format matrix (formats.txt), `c/<id>` for special cases, `ff/...` for FormatFloat and
// `pf/<bits>/<quoted input>` for ParseFloat. Outputs that contain machine addresses are written as SKIP.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

type T struct {
	A int
	B string
}

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type P struct{ A int }

func (p *P) String() string { return "P!" }

type E struct{ code int }

func (e E) Error() string { return "E" + strconv.Itoa(e.code) }

type G struct{ A int }

func (G) GoString() string { return "G!" }

type N int

type W struct {
	X S
	y S
	Z any
	E error
}

type Inner struct {
	I []int
	M map[string]int
}

type Outer struct {
	Name string
	In   Inner
	P    *T
	F    float64
	C    complex128
	U    uint8
	B    bool
}

type Emb struct {
	T
	N N
}

// heapPrefix is the leading hex digits of heap addresses in this process: outputs
// containing it print machine addresses and are not reproducible.
var heapPrefix = fmt.Sprintf("%x", new(int))[:5]

func emit(key, out string) {
	if strings.Contains(out, heapPrefix) {
		out = "SKIP"
	}
	fmt.Printf("%s\t%s\n", key, strconv.Quote(out))
}

func main() {
	data, err := os.ReadFile("formats.txt")
	if err != nil {
		panic(err)
	}
	formats := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	nan := math.NaN()
	values := []struct {
		name string
		v    any
	}{
		{"int42", 42},
		{"intneg", -7},
		{"int0", 0},
		{"int8min", int8(-128)},
		{"uint8", uint8(200)},
		{"uint64max", uint64(math.MaxUint64)},
		{"rune", 'x'},
		{"emoji", int32(0x1F600)},
		{"int16", int16(-300)},
		{"uint32", uint32(70000)},
		{"f64pi", 3.14159},
		{"f64zero", 0.0},
		{"f64negzero", math.Copysign(0, -1)},
		{"f64big", 1e21},
		{"f64small", 1e-7},
		{"f64mid", 123456789.0},
		{"f64one", 1.0},
		{"f64half", -2.5},
		{"f64nan", nan},
		{"f64inf", math.Inf(1)},
		{"f64ninf", math.Inf(-1)},
		{"f32", float32(0.1)},
		{"f32big", float32(16777216.0)},
		{"c128", complex(1, 2)},
		{"c64", complex64(complex(-1.5, 0.5))},
		{"str", "hello"},
		{"strempty", ""},
		{"strutf8", "日本語"},
		{"strctl", "a\"b\n\x01\xff"},
		{"strbq", "`raw`"},
		{"strnbsp", "x\u00a0\u200by"},
		{"true", true},
		{"false", false},
		{"bytes", []byte("hi\x00")},
		{"ints", []int{1, -2, 3}},
		{"strs", []string{"a", "b c"}},
		{"nilints", []int(nil)},
		{"arr", [3]int{1, 2, 3}},
		{"bytearr", [2]byte{'o', 'k'}},
		{"anys", []any{1, "a", nil, 2.5}},
		{"mapsi", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"mapis", map[int]string{3: "c", -1: "z", 2: "b"}},
		{"nilmap", map[string]int(nil)},
		{"mapfloat", map[float64]string{2: "two", nan: "nan", -1: "neg"}},
		{"mapbool", map[bool]int{true: 1, false: 0}},
		{"T", T{1, "x"}},
		{"pT", &T{2, "y"}},
		{"nilpT", (*T)(nil)},
		{"S", S("s")},
		{"Ss", []S{"q", "r"}},
		{"mapS", map[S]int{"k": 1}},
		{"P", P{3}},
		{"pP", &P{4}},
		{"E", E{5}},
		{"G", G{6}},
		{"N", N(7)},
		{"W", W{"a", "b", S("c"), E{9}}},
		{"Wzero", W{}},
		{"Outer", Outer{"o", Inner{[]int{1}, map[string]int{"k": 2}}, nil, 1.5, complex(0, -1), 255, true}},
		{"Emb", Emb{T{1, "e"}, 2}},
		{"ppT", &[]int{5}},
		{"pmap", &map[string]int{"a": 1}},
		{"nil", nil},
		{"errs", []error{E{1}, nil}},
		{"anon", struct {
			A int
			b []string
		}{1, []string{"x"}}},
		{"narr", [0]int{}},
		{"bools", []bool{true, false}},
		{"f64s", []float64{0.5, 1e6, 1e-5}},
		{"pstr", S("")},
	}
	for _, v := range values {
		for j, f := range formats {
			emit(fmt.Sprintf("m/%s/%d", v.name, j), fmt.Sprintf(f, v.v))
		}
	}

	c := func(id, format string, a ...any) { emit("c/"+id, fmt.Sprintf(format, a...)) }
	c("idx", "%[2]d %[1]d %d %[3]*.[2]*[1]f", 12.0, 2, 6)
	c("idx2", "%[1]d %[1]x %[1]o", 64)
	c("badidx", "%[0]d %[5]d %[x]d %[1", 1, 2)
	c("star", "[%*d] [%-*d] [%.*f] [%*.*f]", 5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828)
	c("negstar", "[%*d]", -6, 3)
	c("badstar", "%*d %.*d", "w", 1, 2.0, 2)
	c("bigstar", "%*d|", 10000000, 1)
	c("missing", "%d %s %v")
	c("extra", "%d", 1, "two", 3.0, nil, S("s"))
	c("noverb", "abc%")
	c("noverb2", "%-5", 1)
	c("percent", "100%% %5%|")
	c("badw", "%w", E{1})
	c("utf8verb", "%é", 1)
	c("prec0", "[%.0d] [%5.0d] [%.d]", 0, 0, 0)
	c("zeroneg", "[%08d] [%+08d] [% 08d] [%-08d]", -42, 42, 42, 42)
	c("sharpzero", "[%#08x] [%#8x] [%08.3x]", 255, 255, 255)
	c("hexstr", "[%10x] [%-10X] [%010x] [%.1x]", "hi", "hi", "hi", "hi")
	c("hexbytes", "[% X] [%# x] [%#x]", []byte{1, 171}, []byte{1, 171}, []byte{})
	c("qrune", "%q %q %q %+q %q", 'a', '\'', '"', '日', 0x10FFFF+1)
	c("unicode", "%U %#U %.6U %#U %-10U|", 0x1F600, 0x1F600, 'a', 7, 'x')
	c("width_utf8", "[%5s] [%-5s] [%.1s]", "日本", "日本", "日本")
	c("floatflags", "[%+.2f] [% .2f] [%+ .2f] [%08.2f] [%-08.2f] [%+08.2f] [% 08.2f]", 1.5, 1.5, 1.5, -1.5, -1.5, 1.5, 1.5)
	c("floatinf", "[%08.2f] [%+f] [% f] [%-8f] [%08v] [%+v] [% v]", math.Inf(1), math.Inf(1), math.Inf(-1), nan, nan, nan, nan)
	c("sharpg", "%#g %#.3g %#.4g %#e %#.0e %#x %#.2x %#v", 1.0, 100.0, 0.0001, 2.0, 2.0, 1.0, 3.0, 2.0)
	c("gprec", "%.0g %.1g %.2g %.5g %.10g %g %g", 123.456, 123.456, 123.456, 123.456, 123.456, 1e-4, 1e-5)
	c("ge", "%g %g %g %G %v %v %v", 100000.0, 1000000.0, 1e20, 1e-7, 1e20, float32(1e20), 0.000012345)
	c("floatx", "%x %X %.3x %x %x", 1.5, -0.1, 3.14159, 0.0, float32(0.1))
	c("floatb", "%b %b", 1.0, float32(1.0))
	c("complex", "%v %.2f %+v %e %8.2f %d", complex(1.5, -2), complex(1, 1), complex(0, 0), complex(1, 0), complex(3, 4), complex(1, 1))
	c("boolverbs", "%t %v %d %s", true, false, true, false)
	c("ptrnil", "%v %p %#v %d", (*int)(nil), (*int)(nil), (*int)(nil), (*T)(nil))
	c("nilany", "%v %d %s %T %#v %x", nil, nil, nil, nil, nil, nil)
	c("Tverbs", "%v %+v %#v %T", T{-1, "a b"}, T{}, T{2, "\n"}, T{})
	c("pTsharp", "%#v %+v", &T{1, "q"}, &T{1, "q"})
	c("nested", "%v %+v", []T{{1, "a"}, {2, "b"}}, map[string]T{"k": {3, "c"}})
	c("nestedsharp", "%#v", map[string][]int{"z": {1}, "a": nil})
	c("anysharp", "%#v %#v", []any{1, "a", nil, 2.5, true}, []error{nil})
	c("mapints", "%v %d %x", map[int]int{10: 1, -5: 2, 3: 3}, map[int8]int{-1: 1, 1: 2}, map[uint]string{255: "f", 16: "g"})
	c("mapany", "%v", map[any]int{"b": 1, 2: 2, "a": 3, 1: 4})
	c("mapstruct", "%v", map[T]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	c("maparr", "%v", map[[2]int]bool{{2, 1}: true, {1, 2}: false})
	c("sprint1", "%s", fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	c("sprint2", "%s", fmt.Sprint(1, 2))
	c("sprint3", "%s", fmt.Sprint("a", "b"))
	c("sprint4", "%s", fmt.Sprint(S("x"), S("y"), E{1}))
	c("sprintln", "%s", fmt.Sprintln("a", 1, "b", nil, []int{1}))
	c("sprintln0", "%s", fmt.Sprintln())
	c("errorf", "%s", fmt.Errorf("wrap %w and %d", E{1}, 2).Error())
	c("errorfbad", "%s", fmt.Errorf("x %w", 3).Error())
	c("errorfmulti", "%s", fmt.Errorf("%w|%w|%v", E{1}, E{2}, E{3}).Error())
	c("joined", "%v", errors.Join(E{1}, E{2}))
	c("bytesverbs", "%s|%q|%x|%X|%v|%d|%c|%#v", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte(nil))
	c("runes", "%c|%q|%U|%v", []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"))
	c("strverbs", "%5.1q|%-6q|%x|% X|%#q|%+q", "abc", "ab", "", "xyz", "a\tb", "\u263a")
	c("intc", "%c %c %c %q", 65, -1, 0x110000, 0xD800)
	c("uintsharpv", "%#v %#v %#v %#v", uint(5), uint8(255), uintptr(16), []uint16{1, 2})
	c("Nsharp", "%#v %v %x", N(-3), []N{1, 2}, N(255))
	c("G", "%v %#v %+v %#v", G{1}, G{1}, []G{{2}}, []G{{2}})
	c("Werr", "%s %d", W{S("a"), S("b"), 7, nil}, W{S("a"), S("b"), 7, nil})
	c("Sbad", "%d %x %5s %-6v|", S("q"), S("q"), S("q"), S("q"))
	c("Ebad", "%d %x %q", E{2}, E{2}, E{2})
	c("emptystruct", "%v %+v %#v", struct{}{}, struct{}{}, struct{}{})
	c("nilelems", "[%5v] [%-6v] [%d] [%#v]", []any{nil}, []any{nil, 1}, []any{nil}, []any{nil})
	c("strslices", "%x %X %q %5s %.1s", []string{"ab", "c"}, []string{"hi"}, []string{"a", "\n"}, []string{"a"}, []string{"xyz"})
	c("mapwidth", "%5v|%-4d|%x", map[string]int{"a": 1}, map[int]int{2: 3}, map[string]string{"k": "v"})
	c("ptrverbs", "%s %d %x", &T{1, "a"}, &[]int{1}, &map[string]int{"a": 10})
	c("nilslicesharp", "%#v %#v %v %#v", []string(nil), []T{}, [][]int{nil, {1}}, map[int]bool{})
	c("flagsv", "%+v %#v %+d %+x %+q %+s", 5, -5, 5, -255, "日", "x")
	c("spacev", "% v|% d|% x|% X", 5, -5, "ab", []int{10, 11})
	c("precstr", "%.0s|%.10s|%5.2s|%-5.2s|%.3q", "abc", "abc", "abc", "abc", "abcdef")
	c("precint", "%.5d|%8.5d|%-8.5d|%+.5d|%.5x|%#.5x|%#.5o|%.2b", 42, 42, 42, 42, 255, 255, 8, 5)
	c("bigint", "%d %x %o %b", int64(math.MinInt64), uint64(math.MaxUint64), int64(-8), int8(-1))
	c("charverbs", "%c|%5c|%-5c|%q|%#q|%U", 'é', 'x', 'y', '\n', 'a', -1)
	c("float32s", "%v %v %v %g %.3f %e", float32(1e-7), float32(3.4e38), float32(1.0/3), float32(100), float32(2.5), float32(1e10))
	c("floatround", "%.0f %.0f %.0f %.1f %.2f %.3e %.0e", 0.5, 1.5, 2.5, 0.05, 2.675, 1.0005, 15.0)
	c("floatwide", "%20.10f|%-20e|%020.3g|%+020.3e", math.Pi, math.E, 1e9, -1e-9)
	c("gshort", "%g %g %g %g %g %g", 1e-4, 1e-5, 12345678.0, 0.1+0.2, 5e-324, math.MaxFloat64)
	c("complexflags", "%+.1f|% .1f|%08.2f|%#v|%v", complex(1, -1), complex(-1, 1), complex(1, 1), complex(2, 3), complex64(complex(0.1, 0.2)))
	c("hexfloatprec", "%.0x %.1x %.20x %#.0x %X", 1.0, 1.96875, 1.0, 1.5, 1e300)
	c("typenames", "%T %T %T %T %T %T", []any{}, map[string][]int{}, &T{}, struct{ A int }{}, [2]bool{}, E{})
	c("Sprint_err", "%v|%s|%q|%x|%+v|%#v", E{7}, E{7}, E{7}, E{7}, E{7}, E{7})
	c("Swidth", "[%6s] [%-6v] [%.2s] [%x] [%q]", S("ab"), S("ab"), S("ab"), S("ab"), S("ab"))
	c("arrnest", "%v %#v", [2][2]int{{1, 2}, {3, 4}}, [2][]string{{"a"}, nil})

	for _, v := range []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5e-8, 123456789, 1e21, 1e23, 5e-324, math.MaxFloat64, 0.000001, 100, 1.5, 2.675} {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 3, 6, 17} {
				for _, bits := range []int{32, 64} {
					emit(fmt.Sprintf("ff/%v/%c/%d/%d", v, f, prec, bits), strconv.FormatFloat(v, f, prec, bits))
				}
			}
		}
	}
	for _, s := range parseInputs {
		for _, bits := range []int{32, 64} {
			f, err := strconv.ParseFloat(s, bits)
			code := 0
			if err != nil {
				if errors.Is(err, strconv.ErrRange) {
					code = 2
				} else {
					code = 1
				}
			}
			emit(fmt.Sprintf("pf/%d/%s", bits, strconv.Quote(s)), fmt.Sprintf("%d %016x", code, math.Float64bits(f)))
		}
	}
}

var parseInputs = []string{
	"0", "1", "-1", "+1.5", "1e10", "1E-10", ".5", "5.", "1_000", "1_0.5", "0_1", "_1",
	"1__0", "1_", "0x1p-2", "0X1.8P+1", "0x1_0p0", "0x.8p1", "0x1", "0x1p", "0xp1",
	"inf", "+Inf", "-INFINITY", "nan", "NaN", "+nan", "-nan", "infx", "", "-", ".", "e5",
	"1e", "1e+", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
	"2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308",
	"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7e-46",
	"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075",
	"0x1.8p-1075", "0x1.000000000000080000000001p0", "0x1.00000000000008p0",
	"0x1.00000000000018p0", "0x1.000001p0", "0x1.0000008p0", "0x1.0000018p0",
	"123456789012345678901234567890", "0.1", "0.30000000000000004", "1 ", " 1", "1x",
	"0b101", "0o17", "1.5e3_0", "0x_1p0", "0x1p1_0", "9007199254740993",
}
