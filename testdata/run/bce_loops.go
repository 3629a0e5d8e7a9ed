package main

import "fmt"

// Loops whose bounds checks the compiler may drop, next to look-alikes whose checks
// must stay: each panicking case is recovered and printed.

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

type grid struct{ cells [4][4]int }

func main() {
	s := []int{1, 2, 3, 4, 5}
	try("count up", func() {
		t := 0
		for i := 0; i < len(s); i++ {
			t += s[i]
		}
		for i := range s {
			t += s[i] * i
		}
		for i := len(s) - 1; i >= 0; i-- {
			t -= s[i]
		}
		fmt.Println(t)
	})
	try("last", func() {
		if len(s) > 0 {
			fmt.Println(s[len(s)-1], s[0])
		}
		var e []int
		if len(e) > 0 {
			fmt.Println(e[len(e)-1])
		}
		fmt.Println(e[len(e)-1])
	})
	try("shrinking", func() {
		t := s
		for i := 0; i < len(t); i++ {
			t = t[:i]
			fmt.Println(t[i])
		}
	})
	try("from len", func() {
		for i := len(s); i >= 0; i-- {
			fmt.Print(s[i], " ")
		}
	})
	try("step", func() {
		for i := 0; i < len(s); i++ {
			i += 2
			fmt.Print(s[i], " ")
		}
	})
	try("other slice", func() {
		u := s[:2]
		for i := 0; i < len(s); i++ {
			fmt.Print(s[i]+u[i], " ")
		}
	})
	try("insertion", func() {
		a := []int{5, 2, 4, 1, 3}
		for i := 1; i < len(a); i++ {
			v := a[i]
			j := i - 1
			for j >= 0 && a[j] > v {
				a[j+1] = a[j]
				j--
			}
			a[j+1] = v
		}
		fmt.Println(a)
	})
	try("array", func() {
		var g grid
		for i := 0; i < 4; i++ {
			for j := 0; j < len(g.cells[i]); j++ {
				g.cells[i][j] = i * j
			}
		}
		k := 4
		fmt.Println(g.cells[3], g.cells[k-1][k])
	})
	try("strings", func() {
		str := "héllo"
		n := 0
		for i := 0; i < len(str); i++ {
			if str[i] == 'l' {
				n++
			}
		}
		fmt.Println(n, str[1:3] == "\xc3\xa9", str[len(str):])
		fmt.Println(str[:len(str)+n-1])
	})
	try("reslice", func() {
		b := make([]byte, 3, 10)
		for i := 0; i <= len(b); i++ {
			fmt.Print(len(b[i:]), len(b[:i]), " ")
		}
		fmt.Println(len(b[2:cap(b)]))
		m := 11
		fmt.Println(b[:m])
	})
	try("nil pointer", func() {
		type node struct{ v, w int }
		var p *node
		q := &node{1, 2}
		fmt.Println(q.v + q.w)
		fmt.Println(p.v + p.w)
	})
}
