package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	dir := "/tmp/rgo-test-std-os-file"
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir+"/a/b/c", 0755); err != nil {
		fmt.Println("mkdirall:", err)
	}
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	err := os.Mkdir(dir+"/a", 0755)
	fmt.Println(err, errors.Is(err, os.ErrExist), errors.Is(err, fs.ErrExist), os.IsExist(err))

	// WriteFile / ReadFile
	name := dir + "/hello.txt"
	fmt.Println(os.WriteFile(name, []byte("hello, world\nsecond line\n"), 0644))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)

	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}

	// Stat
	fi, err := os.Stat(name)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode(), fi.Mode().IsRegular(), err)
	di, err := os.Stat(dir + "/a")
	fmt.Println(di.Name(), di.IsDir(), di.Mode(), di.Mode().Perm(), err)
	_, err = os.Stat(dir + "/nope")
	fmt.Println(err)

	// OpenFile flags
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	n, err := f.WriteString("appended\n")
	fmt.Println(n, err)
	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(err, os.IsExist(err))

	f, _ = os.Open(name)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	off, err := f.Seek(7, io.SeekStart)
	fmt.Println(off, err)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	off, _ = f.Seek(-9, io.SeekEnd)
	rest, _ := io.ReadAll(f)
	fmt.Printf("%d %q\n", off, rest)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 13)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 40)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size())
	_, err = f.Write([]byte("no"))
	fmt.Println(err)
	f.Close()

	// Create truncates
	f, err = os.Create(name)
	fmt.Println(err)
	fmt.Fprintf(f, "%d-%s\n", 42, "x")
	f.WriteAt([]byte("Z"), 0)
	f.Close()
	b, _ = os.ReadFile(name)
	fmt.Printf("%q\n", b)

	// ReadDir
	os.WriteFile(dir+"/z.txt", nil, 0644)
	os.WriteFile(dir+"/m.txt", []byte("m"), 0644)
	ents, err := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println(err)
	_, err = os.ReadDir(dir + "/zz")
	fmt.Println(err)

	// Rename / Remove
	fmt.Println(os.Rename(dir+"/z.txt", dir+"/y.txt"))
	fmt.Println(os.Rename(dir+"/nope", dir+"/y.txt"))
	fmt.Println(os.Remove(dir + "/y.txt"))
	fmt.Println(os.Remove(dir + "/y.txt"))
	fmt.Println(os.Remove(dir + "/a"))
	fmt.Println(os.RemoveAll(dir + "/a"))
	fmt.Println(os.RemoveAll(dir + "/a"))
	_, err = os.Stat(dir + "/a")
	fmt.Println(os.IsNotExist(err))
	err = os.MkdirAll(name+"/sub", 0755)
	fmt.Println(err)
	_, err = os.Open(name + "/sub")
	fmt.Println(err)
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))

	// Getwd / Chdir
	wd, _ := os.Getwd()
	os.Chdir("/tmp")
	wd2, err := os.Getwd()
	fmt.Println(wd2, err)
	os.Chdir(wd)
	fmt.Println(os.Chdir("/nonexistent-dir-xyz"))

	fmt.Println(fs.ModeDir|0755, fs.FileMode(0644), os.ModeSymlink|os.ModeSetuid|0777)
}
