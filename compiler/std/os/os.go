// Package os provides rgo's operating-system interface: the standard files, files and
// directories, the environment, Exit and Args.
//
// Bodyless functions link to runtime symbols "os.<name>": os.Exit and os.write are in
// runtime/src/fmt/os_hooks.rs, os.read in runtime/src/stdhooks.rs, the file-system calls
// (os.sys*) and os.runtime_environ in runtime/src/fs.rs, os.runtime_setenv/unsetenv/clearenv
// in runtime/src/env.rs; os.runtime_args comes from the runtime's program start.
package os

import (
	"io"
	"io/fs"
	"syscall"
)

// File represents an open file descriptor.
type File struct {
	fd      int
	name    string
	closed  bool
	dirbuf  []byte // getdents64 buffer for ReadDir
	dirpos  int
	dirlen  int
	dirdone bool
	append  bool
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// write writes p to fd, returning the number of bytes written and an errno (0 = ok).
func write(fd int, p []byte) (n int, errno int)

// read reads up to len(p) bytes from fd, returning the count and an errno (0 = ok);
// n == 0 with errno 0 means end of file.
func read(fd int, p []byte) (n int, errno int)

// Exit causes the current program to exit with the given status code.
func Exit(code int)

// Errors common to file operations (the io/fs values).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// The file mode bits (see io/fs).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Seek whence values (deprecated in Go; use io.SeekStart etc.).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// PathSeparator and PathListSeparator are the OS-specific separators.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func errnoErr(e int) error { return syscall.Errno(e) }

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any; n < len(b) only with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, errno := write(f.fd, b[n:])
		if errno != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(errno)}
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File and stores them in b. It returns the
// number of bytes read and any error encountered. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr(errno)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Close closes the File, rendering it unusable for I/O. Close returns an error if it
// has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}
