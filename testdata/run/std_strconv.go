package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("日本"), strconv.QuoteToASCII("日本"))
	fmt.Println(strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.5e10, 'e', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(2, 'f', -1, 64), strconv.FormatFloat(1234567.0, 'g', 4, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatBool(false))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
