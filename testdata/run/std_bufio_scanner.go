package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("hé!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), ".")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("first\nsecond\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	br := bufio.NewReader(strings.NewReader("ab€"))
	b, _ := br.ReadByte()
	c, size, _ := br.ReadRune()
	d, size2, _ := br.ReadRune()
	_, _, err := br.ReadRune()
	fmt.Println(b, c, size, d, size2, err)
	in := bufio.NewScanner(os.Stdin)
	cnt := 0
	for in.Scan() {
		cnt++
	}
	fmt.Println("stdin lines:", cnt, in.Err())
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "%s=%d\n", "x", 42)
	w.WriteString("a long string that exceeds the buffer size\n")
	w.WriteByte('z')
	w.WriteRune('é')
	fmt.Println("buffered before flush?", w.Buffered(), w.Available())
	w.Flush()
	fmt.Println()
}
