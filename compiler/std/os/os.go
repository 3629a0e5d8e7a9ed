// Package os provides rgo's minimal operating-system interface: the standard files,
// writing to them, Exit and Args.
//
// Bodyless functions link to runtime symbols "os.<name>": os.Exit and os.write are in
// runtime/src/fmt/os_hooks.rs; os.runtime_args comes from the runtime's program start.
package os

import (
	"errors"
	"io"
)

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// write writes p to fd, returning the number of bytes written and an errno (0 = ok).
func write(fd int, p []byte) (n int, errno int)

// Exit causes the current program to exit with the given status code.
func Exit(code int)

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any; n < len(b) only with an error.
func (f *File) Write(b []byte) (n int, err error) {
	for n < len(b) {
		m, errno := write(f.fd, b[n:])
		if errno != 0 {
			return n, errors.New("write " + f.name + ": I/O error")
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// read reads up to len(p) bytes from fd, returning the count and an errno (0 = ok);
// n == 0 with errno 0 means end of file.
func read(fd int, p []byte) (n int, errno int)

// Read reads up to len(b) bytes from the File and stores them in b. It returns the
// number of bytes read and any error encountered. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, errors.New("read " + f.name + ": I/O error")
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Close closes the File (the standard files stay open in rgo).
func (f *File) Close() error { return nil }
