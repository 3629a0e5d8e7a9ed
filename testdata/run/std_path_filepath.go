package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "../../x/./y/", "a//b///c/", "/a/b/c/..", "abc/../..", "./a", "a/.", "/./"} {
		fmt.Printf("%q -> clean=%q base=%q dir=%q ext=%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p))
		d, f := path.Split(p)
		fmt.Printf("   split=%q,%q abs=%v\n", d, f, path.IsAbs(p))
	}
	fmt.Printf("%q %q %q %q\n", path.Join("a", "b", "c"), path.Join("", ""), path.Join("/", "x", "../y"), path.Join("a", "", "/b/"))
	fmt.Printf("%q %q\n", filepath.Ext("file.tar.gz"), filepath.Base("/usr/lib/"))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"a?c", "a/c"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[", "a"}, {"a[", "b"}, {"\\*", "*"}, {"*/*.txt", "docs/a.txt"}, {"*", ""}, {"[a-]", "a"}, {"ab[cd]*", "abdxyz"}} {
		ok, err := path.Match(m[0], m[1])
		ok2, err2 := filepath.Match(m[0], m[1])
		fmt.Println(m[0], m[1], ok, err, ok2, err2)
	}
	for _, r := range [][2]string{{"/a", "/a/b/c"}, {"/a/b", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "a/b"}, {"a/b", "a/b"}, {"../a", "b"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("%q %v\n", rel, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), len(filepath.SplitList("")))
	abs, _ := filepath.Abs("/x/../y")
	fmt.Println(abs, filepath.ToSlash("a/b"), filepath.VolumeName("/a"))

	dir := "/tmp/rgo-test-std-filepath"
	os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0755)
	os.MkdirAll(filepath.Join(dir, "skip", "inner"), 0755)
	for _, f := range []string{"b.txt", "a.go", "sub/c.txt", "sub/deep/d.go", "skip/inner/e.txt"} {
		os.WriteFile(filepath.Join(dir, f), []byte(f), 0644)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Println("walkdir", rel, d.IsDir())
		return nil
	})
	filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		sz := info.Size()
		if info.IsDir() {
			sz = -1
		}
		fmt.Println("walk", strings.TrimPrefix(p, dir), info.IsDir(), sz)
		return nil
	})
	err := filepath.WalkDir(dir+"/missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", d == nil, err)
		return err
	})
	fmt.Println(err)
	m, err := filepath.Glob(dir + "/*.txt")
	fmt.Println(len(m), filepath.Base(m[0]), err)
	m, err = filepath.Glob(dir + "/*/*.txt")
	for _, x := range m {
		fmt.Println(strings.TrimPrefix(x, dir))
	}
	_, err = filepath.Glob("[")
	fmt.Println(err)
	os.RemoveAll(dir)
}
