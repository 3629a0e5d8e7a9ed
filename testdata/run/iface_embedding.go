package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(msg string) { l.Write(l.prefix + msg) }

func main() {
	buf := &Buffer{}
	var rw ReadWriter = buf
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	w := Writer(rw)
	w.Write("c")
	l := Logger{buf, "log: "}
	l.Log("hello")
	for s := r.Read(); s != ""; s = r.Read() {
		fmt.Println(s)
	}
	_, isRW := r.(ReadWriter)
	fmt.Println(isRW)
}
