package main

import (
	"fmt"
	"strings"
	"unicode"
)

type upper string

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	*u = upper(strings.ToUpper(string(tok)))
	return nil
}

type point struct{ x, y int }

func (p *point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.x, &p.y)
	return err
}

type plain struct{ a int }

func main() {
	var u upper
	var n int
	var f float64
	var s string
	c, err := fmt.Sscan("  hello123", &u, &n)
	fmt.Println(c, err, u, n)
	var p point
	c, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(c, err, p)
	c, err = fmt.Sscan("abc", &f)
	fmt.Println(c, err)
	c, err = fmt.Sscan("1e500", &f)
	fmt.Println(c, err)
	c, err = fmt.Sscan("-Inf nan", &f, &f)
	fmt.Println(c, err, f)
	c, err = fmt.Sscanf("48656c6c6f", "%x", &s)
	fmt.Println(c, err, s)
	var pl plain
	c, err = fmt.Sscan("1", &pl)
	fmt.Println(c, err)
	c, err = fmt.Sscan("1", pl)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("   42", "%5d", &n)
	fmt.Println(c, err, n)
	c, err = fmt.Sscanf("a b", "%s%s", &s, &s)
	fmt.Println(c, err, s)
	c, err = fmt.Sscanf("`raw\\n` rest", "%q %s", &s, &s)
	fmt.Println(c, err, s)
	c, err = fmt.Sscanf("\"unterminated", "%q", &s)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("x", "%q", &s)
	fmt.Println(c, err)
	c, err = fmt.Sscanf("5 apples", "%d apples", &n)
	fmt.Println(c, err, n)
	c, err = fmt.Sscanf("5 pears", "%d apples", &n)
	fmt.Println(c, err, n)
	var r1, r2 rune
	c, err = fmt.Sscanf("ab", "%c %c", &r1, &r2)
	fmt.Println(c, err, string(r1), string(r2))
	var b byte
	c, err = fmt.Sscan("255 256", &b, &b)
	fmt.Println(c, err, b)
	c, err = fmt.Sscanln("word  ", &s)
	fmt.Println(c, err, s)
	c, err = fmt.Sscanf("1 \n", "%d \n", &n)
	fmt.Println(c, err, n)
	c, err = fmt.Sscanf("7\n", "%d", &n)
	fmt.Println(c, err, n)
	c, err = fmt.Sscanf("7 8", "%d%d", &n, &n)
	fmt.Println(c, err, n)
}
