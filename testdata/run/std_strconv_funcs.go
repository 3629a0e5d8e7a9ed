package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000", "0x1F", "abc", ""} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "_1", "0x_1F", "-0x80"} {
		i, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(i, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<64-1, 36), strconv.Itoa(-99))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendQuote([]byte("q="), "hi\n")))
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "NaN", "1e400", "0x1p-2", "1_0.5", "abc", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, _ = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 64), strconv.FormatFloat(2.5, 'f', -1, 32))
	fmt.Println(strconv.Quote("héllo \"world\"\n\t\x00\xff☺"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101"`, `"bad`, `'ab'`, `"\q"`, `"☺"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(v, mb, tail, err)
}
