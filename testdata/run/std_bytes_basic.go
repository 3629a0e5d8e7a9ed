package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('☺')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Println(n, string(b), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Equal(a, []byte("Hello, Gophers")), bytes.Compare(a, []byte("Hello")), bytes.Contains(a, []byte("Go")))
	fmt.Println(bytes.Index(a, []byte("o")), bytes.HasPrefix(a, []byte("He")), bytes.HasSuffix(a, []byte("rs")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%s %s %q\n", bytes.ToUpper(a), bytes.ToLower(a), bytes.TrimSpace([]byte("\t pad \n")))
	fmt.Println(bytes.NewBufferString("init").String())
}
