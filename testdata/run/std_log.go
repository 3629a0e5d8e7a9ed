package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type sb struct{ strings.Builder }

func main() {
	var b strings.Builder
	l := log.New(&b, "pfx: ", 0)
	l.Println("hello", 1, 2)
	l.Printf("x=%d", 5)
	l.Print("a", "b", 3, 4)
	l.Print("ends with newline\n")
	l.SetFlags(log.Lmsgprefix)
	l.Print("msgprefix")
	l.SetPrefix("[p] ")
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &b)
	l.Println()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicln("bad", 8)
	}()
	fmt.Print(b.String())
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	// a timestamped line: check its shape only
	var t strings.Builder
	tl := log.New(&t, "", log.LstdFlags|log.Lmicroseconds)
	tl.Print("x")
	s := t.String()
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', s[19] == '.', s[26:])
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.Default().Print("via default")
	log.SetOutput(os.Stderr)
	log.Print("to stderr")
	log.Fatalf("fatal %s", "error")
	fmt.Println("not reached")
}
