// Package fmt implements formatted I/O: rgo's subset of Go's fmt (Print, Println,
// Printf, the S- and F- variants, and Errorf with %w wrapping).
//
// The formatting engine lives in the runtime (runtime/src/fmt). The bodyless functions
// below link to Rust functions exported under the symbol "fmt.<name>": Go strings are
// passed as (ptr, len), slices as (ptr, len, cap), and a string result returns in rax:rdx.
//
//	fmt.sprintf(format, a)     Sprintf
//	fmt.errorf(format, a)      Sprintf that prints error operands of %w like %v
//	fmt.sprint(a)              Sprint
//	fmt.sprintln(a)            Sprintln
//	fmt.wrappedArg(format, nargs, k)  operand index of the k-th %w verb, or -1
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

func sprintf(format string, a []any) string
func errorf(format string, a []any) string
func sprint(a []any) string
func sprintln(a []any) string
func wrappedArg(format string, nargs int, k int) int

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	return sprintf(format, a)
}

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	return sprint(a)
}

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	return sprintln(a)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(sprintf(format, a)))
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a)))
}

// Fprintln formats using the default formats for its operands and writes to w, with
// spaces between operands and a trailing newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprintln(a)))
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Println formats using the default formats for its operands and writes to standard
// output, with spaces between operands and a trailing newline.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Errorf formats according to a format specifier and returns the string as an error.
// A %w verb with an error operand makes the result wrap it (Unwrap() error); several %w
// verbs make it wrap all of them (Unwrap() []error), in operand order.
func Errorf(format string, a ...any) error {
	s := errorf(format, a)
	var idx []int
	for k := 0; ; k++ {
		i := wrappedArg(format, len(a), k)
		if i < 0 {
			break
		}
		idx = append(idx, i)
	}
	switch len(idx) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[idx[0]].(error)
		return w
	}
	// Operand order, without duplicates (explicit indexes may reorder or repeat them).
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && idx[j] < idx[j-1]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	var errs []error
	for i, n := range idx {
		if i > 0 && idx[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg: s, errs: errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
