package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Runtime hooks (runtime/src/fs.rs); errno results are 0 on success.
func sysOpen(path string, flag int, perm uint32) (fd int, errno int)
func sysClose(fd int) int
func sysSeek(fd int, off int64, whence int) (int64, int)
func sysPread(fd int, p []byte, off int64) (int, int)
func sysPwrite(fd int, p []byte, off int64) (int, int)
func sysUnlink(path string) int
func sysRmdir(path string) int
func sysMkdir(path string, perm uint32) int
func sysRename(from, to string) int
func sysChdir(path string) int
func sysTruncate(fd int, size int64) int
func sysStat(path string, fd int, follow bool, st *statBuf) int
func sysGetcwd(buf []byte) (int, int)
func sysGetdents(fd int, buf []byte) (int, int)

type statBuf struct {
	mode      int64
	size      int64
	mtimeSec  int64
	mtimeNsec int64
}

// syscallMode converts permission bits of a FileMode to the open(2)/mkdir(2) mode.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 0o4000
	}
	if m&ModeSetgid != 0 {
		o |= 0o2000
	}
	if m&ModeSticky != 0 {
		o |= 0o1000
	}
	return o
}

// OpenFile is the generalized open call; most users will use Open or Create instead. It
// opens the named file with specified flag (O_RDONLY etc.). If the file does not exist,
// and the O_CREATE flag is passed, it is created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.append = flag&O_APPEND != 0
	return f, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns the contents. A successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	var st statBuf
	if sysStat("", f.fd, true, &st) == 0 && st.size > 0 && st.size < 1<<30 {
		size = int(st.size) + 1
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If the file does
// not exist, WriteFile creates it with permissions perm (before umask); otherwise
// WriteFile truncates it before writing, without changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted
// according to whence: 0 means relative to the origin of the file, 1 means relative to
// the current offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errnoErr(e)}
	}
	f.dirbuf, f.dirpos, f.dirlen, f.dirdone = nil, 0, 0, false
	return r, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. ReadAt always
// returns a non-nil error when n < len(b); at end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = &PathError{Op: "read", Path: f.name, Err: errnoErr(e)}
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.append {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = &PathError{Op: "write", Path: f.name, Err: errnoErr(e)}
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysTruncate(f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage (a no-op check in rgo).
func (f *File) Sync() error {
	return f.checkValid("sync")
}

// ReadFrom implements io.ReaderFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	buf := make([]byte, 32*1024)
	for {
		m, rerr := r.Read(buf)
		if m > 0 {
			w, werr := f.Write(buf[:m])
			n += int64(w)
			if werr != nil {
				return n, werr
			}
		}
		if rerr != nil {
			if rerr == io.EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func modeFromUnix(m int64) FileMode {
	mode := FileMode(m & 0o777)
	switch m & 0o170000 {
	case 0o060000:
		mode |= ModeDevice
	case 0o020000:
		mode |= ModeDevice | ModeCharDevice
	case 0o040000:
		mode |= ModeDir
	case 0o010000:
		mode |= ModeNamedPipe
	case 0o120000:
		mode |= ModeSymlink
	case 0o140000:
		mode |= ModeSocket
	}
	if m&0o4000 != 0 {
		mode |= ModeSetuid
	}
	if m&0o2000 != 0 {
		mode |= ModeSetgid
	}
	if m&0o1000 != 0 {
		mode |= ModeSticky
	}
	return mode
}

func newFileStat(name string, st *statBuf) *fileStat {
	return &fileStat{
		name:    basename(name),
		size:    st.size,
		mode:    modeFromUnix(st.mode),
		modTime: time.Unix(st.mtimeSec, st.mtimeNsec),
	}
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	var st statBuf
	if e := sysStat(name, -1, true, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(e)}
	}
	return newFileStat(name, &st), nil
}

// Lstat returns a FileInfo describing the named file, without following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st statBuf
	if e := sysStat(name, -1, false, &st); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errnoErr(e)}
	}
	return newFileStat(name, &st), nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	var st statBuf
	if e := sysStat("", f.fd, true, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errnoErr(e)}
	}
	return newFileStat(f.name, &st), nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// rmdir of a non-directory reports ENOTDIR: then unlink's error is the real one.
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// RemoveAll removes path and any children it contains. It removes everything it can but
// returns the first error it encounters. If the path does not exist, RemoveAll returns
// nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	e := sysUnlink(path)
	if e == 0 || e == int(syscall.ENOENT) {
		return nil
	}
	var st statBuf
	if se := sysStat(path, -1, false, &st); se != 0 {
		if se == int(syscall.ENOENT) {
			return nil
		}
		return &PathError{Op: "lstat", Path: path, Err: errnoErr(se)}
	}
	if !modeFromUnix(st.mode).IsDir() {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(e)}
	}
	var first error
	names, err := readDirNames(path)
	if err != nil {
		first = err
	}
	for _, n := range names {
		if err := RemoveAll(path + "/" + n); err != nil && first == nil {
			first = err
		}
	}
	if e := sysRmdir(path); e != 0 && e != int(syscall.ENOENT) {
		if first == nil {
			first = &PathError{Op: "unlinkat", Path: path, Err: errnoErr(e)}
		}
	}
	return first
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents, and
// returns nil, or else returns an error. If path is already a directory, MkdirAll does
// nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errnoErr(e)}
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system call and the
// paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	buf := make([]byte, 256)
	for {
		n, e := sysGetcwd(buf)
		if e == 0 {
			return string(buf[:n]), nil
		}
		if e != int(syscall.ERANGE) || len(buf) > 1<<16 {
			return "", &SyscallError{Syscall: "getwd", Err: errnoErr(e)}
		}
		buf = make([]byte, 2*len(buf))
	}
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether the error is known to report that a file or directory
// already exists.
func IsExist(err error) bool { return underlyingIs(err, fs.ErrExist) }

// IsNotExist reports whether the error is known to report that a file or directory does
// not exist.
func IsNotExist(err error) bool { return underlyingIs(err, fs.ErrNotExist) }

// IsPermission reports whether the error is known to report that permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, fs.ErrPermission) }

// ---- directories ----

type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) {
	return Lstat(d.dir + "/" + d.name)
}
func (d *dirEntry) String() string {
	s := "- "
	if d.IsDir() {
		s = "d "
	} else if d.typ != 0 {
		s = d.typ.String()[:1] + " "
	}
	s += d.name
	if d.IsDir() {
		s += "/"
	}
	return s
}

func direntType(t byte) FileMode {
	switch t {
	case 1:
		return ModeNamedPipe
	case 2:
		return ModeDevice | ModeCharDevice
	case 4:
		return ModeDir
	case 6:
		return ModeDevice
	case 10:
		return ModeSymlink
	case 12:
		return ModeSocket
	}
	return 0
}

// nextDirent returns the next entry (name, d_type) of directory file f; ok false at the end.
func (f *File) nextDirent() (name string, typ byte, ok bool, err error) {
	for {
		if f.dirpos >= f.dirlen {
			if f.dirdone {
				return "", 0, false, nil
			}
			if f.dirbuf == nil {
				f.dirbuf = make([]byte, 8192)
			}
			n, e := sysGetdents(f.fd, f.dirbuf)
			if e != 0 {
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: errnoErr(e)}
			}
			if n <= 0 {
				f.dirdone = true
				return "", 0, false, nil
			}
			f.dirpos, f.dirlen = 0, n
		}
		b := f.dirbuf[f.dirpos:f.dirlen]
		reclen := int(b[16]) | int(b[17])<<8
		ino := uint64(0)
		for i := 0; i < 8; i++ {
			ino |= uint64(b[i]) << (8 * i)
		}
		t := b[18]
		nb := b[19:reclen]
		k := 0
		for k < len(nb) && nb[k] != 0 {
			k++
		}
		f.dirpos += reclen
		nm := string(nb[:k])
		if ino == 0 || nm == "." || nm == ".." {
			continue
		}
		return nm, t, true, nil
	}
}

// ReadDir reads the contents of the directory associated with the file f and returns a
// slice of DirEntry values in directory order. If n > 0, at most n entries are returned
// and io.EOF is returned at the end; if n <= 0, all remaining entries are returned.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	var out []DirEntry
	for n <= 0 || len(out) < n {
		name, t, ok, err := f.nextDirent()
		if err != nil {
			return out, err
		}
		if !ok {
			break
		}
		typ := direntType(t)
		if t == 0 { // DT_UNKNOWN
			if fi, err := Lstat(f.name + "/" + name); err == nil {
				typ = fi.Mode().Type()
			}
		}
		out = append(out, &dirEntry{dir: f.name, name: name, typ: typ})
	}
	if n > 0 && len(out) == 0 {
		return nil, io.EOF
	}
	return out, nil
}

// Readdirnames reads the contents of the directory associated with file and returns a
// slice of names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.ReadDir(n)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names, err
}

func readDirNames(name string) ([]string, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	// insertion sort by name (directories are usually small)
	for i := 1; i < len(dirs); i++ {
		for j := i; j > 0 && dirs[j].Name() < dirs[j-1].Name(); j-- {
			dirs[j], dirs[j-1] = dirs[j-1], dirs[j]
		}
	}
	return dirs, err
}
