// Package log implements a simple logging package (rgo's implementation, written from
// the package documentation). Limitation: Lshortfile/Llongfile print "???:0" (no caller
// information).
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Flags selecting the header of each log line.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123 (assumes Ltime)
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23
	LUTC                          // use UTC rather than the local time zone
	Lmsgprefix                    // put the prefix before the message instead of the line start
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes lines of output to an io.Writer; it serializes access to the Writer.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New creates a new Logger writing to out, with the given line prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// appendInt appends i zero-padded to wid digits.
func appendInt(b []byte, i int, wid int) []byte {
	var tmp [20]byte
	p := len(tmp)
	for i >= 10 || wid > 1 {
		p--
		tmp[p] = byte('0' + i%10)
		i /= 10
		wid--
	}
	p--
	tmp[p] = byte('0' + i)
	return append(b, tmp[p:]...)
}

// header appends the line header selected by the flags.
func (l *Logger) header(b []byte, now time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			now = now.UTC()
		}
		if l.flag&Ldate != 0 {
			y, m, d := now.Date()
			b = appendInt(b, y, 4)
			b = append(b, '/')
			b = appendInt(b, int(m), 2)
			b = append(b, '/')
			b = appendInt(b, d, 2)
			b = append(b, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, sec := now.Clock()
			b = appendInt(b, h, 2)
			b = append(b, ':')
			b = appendInt(b, mi, 2)
			b = append(b, ':')
			b = appendInt(b, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = appendInt(b, now.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		b = append(b, "???:0: "...)
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// Output writes the output for a logging event: the header, then s, then a newline if
// s does not end in one. calldepth is accepted for compatibility (no caller
// information in rgo).
func (l *Logger) Output(calldepth int, s string) error {
	var now time.Time
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		now = time.Now()
	}
	b := l.header(l.buf[:0], now)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	l.buf = b
	_, err := l.out.Write(b)
	return err
}

// Print calls l.Output to print to the logger; arguments are handled as by fmt.Print.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf calls l.Output to print to the logger; arguments are handled as by fmt.Printf.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println calls l.Output to print to the logger; arguments are handled as by
// fmt.Println.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to l.Print() followed by a call to os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to l.Printf() followed by a call to os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to l.Println() followed by a call to os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to l.Print() followed by a call to panic().
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is equivalent to l.Printf() followed by a call to panic().
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is equivalent to l.Println() followed by a call to panic().
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print calls Output to print to the standard logger (as fmt.Print).
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf calls Output to print to the standard logger (as fmt.Printf).
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println calls Output to print to the standard logger (as fmt.Println).
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to Print() followed by a call to os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to Printf() followed by a call to os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to Println() followed by a call to os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to Print() followed by a call to panic().
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is equivalent to Printf() followed by a call to panic().
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is equivalent to Println() followed by a call to panic().
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes the output for a logging event to the standard logger.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
