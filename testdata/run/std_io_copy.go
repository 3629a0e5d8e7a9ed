package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, nil
	}
	w.n -= len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copy me"))
	fmt.Println(n, err, sb.String())

	var buf bytes.Buffer
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 4)
	fmt.Println(n, err, buf.String())

	b := make([]byte, 4)
	k, err := io.ReadFull(&slowReader{"abcdef"}, b)
	fmt.Println(k, err, string(b[:k]))
	k, err = io.ReadFull(&slowReader{"ab"}, b)
	fmt.Println(k, err, string(b[:k]))
	k, err = io.ReadFull(&slowReader{""}, b)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&slowReader{"xyz"}, b, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&slowReader{"xyz"}, b, 5)
	fmt.Println(k, err)

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(mw, "hi %d", 7)
	io.WriteString(mw, "!")
	fmt.Println(b1.String(), b2.String())
	k, err = io.MultiWriter(&b1, &failWriter{2}).Write([]byte("abcd"))
	fmt.Println(k, err)
	k, err = io.MultiWriter(&failWriter{0}).Write([]byte("abcd"))
	fmt.Println(k, err)

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	k, err = mr.Read(b)
	fmt.Println(k, err)

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), "|", tee.String())

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", all)

	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Printf("%q %d\n", all, sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	k, err = sr.Read(b)
	fmt.Printf("%d %q %v\n", k, b[:k], err)
	k, err = sr.ReadAt(b, 3)
	fmt.Printf("%d %q %v\n", k, b[:k], err)

	// copy error paths
	n, err = io.Copy(&failWriter{3}, strings.NewReader("abcdef"))
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, &slowReader{"12345"})
	fmt.Println(n, err)

	// Pipe
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	all, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", all, err)
	k, err = pw.Write([]byte("x"))
	fmt.Println(k, err)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("boom"))
	}()
	small := make([]byte, 3)
	for {
		k, err := pr.Read(small)
		fmt.Printf("%d %q %v\n", k, small[:k], err)
		if err != nil {
			break
		}
	}

	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		k, err := pw.Write([]byte("never read"))
		fmt.Println("writer:", k, err)
		done <- true
	}()
	pr.Close()
	<-done
	k, err = pr.Read(b)
	fmt.Println(k, err)

	var rw io.ReadWriteCloser
	fmt.Println(rw == nil)
	var _ io.ReadSeeker = strings.NewReader("")
	var _ io.RuneScanner = strings.NewReader("")
}
