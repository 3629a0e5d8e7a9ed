package fmt

import "io"

type Stringer interface{ String() string }
type State interface {
	Write(b []byte) (n int, err error)
	Flag(c int) bool
}

func Println(a ...any) (n int, err error)                          { return 0, nil }
func Print(a ...any) (n int, err error)                            { return 0, nil }
func Printf(format string, a ...any) (n int, err error)            { return 0, nil }
func Sprintf(format string, a ...any) string                       { return "" }
func Sprint(a ...any) string                                       { return "" }
func Sprintln(a ...any) string                                     { return "" }
func Errorf(format string, a ...any) error                         { return nil }
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) { return 0, nil }
func Fprintln(w io.Writer, a ...any) (n int, err error)            { return 0, nil }
func Fprint(w io.Writer, a ...any) (n int, err error)              { return 0, nil }
func Sscanf(str string, format string, a ...any) (n int, err error) { return 0, nil }
func Sscan(str string, a ...any) (n int, err error)                { return 0, nil }
