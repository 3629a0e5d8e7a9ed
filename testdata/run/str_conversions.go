package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(0x263A)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Println(string([]byte{0x67, 0x6f}), string([]rune{0x47, 0x6f, 0x2764}))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	bs := []byte("abc")
	t := string(bs)
	bs[0] = 'z'
	fmt.Println(t, string(bs))
	x := 'A' + 2
	fmt.Println(string(rune(x)))
	fmt.Printf("%q\n", string([]byte{0xff, 'a'}))
	fmt.Println([]byte("€"))
	type MyBytes []byte
	mb := MyBytes("typed")
	fmt.Println(mb, string(mb))
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
}
