package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	var bs []byte
	prev = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	prev = -1
	for i := 0; i < 100; i++ {
		ss = append(ss, "x")
		if cap(ss) != prev {
			fmt.Print(cap(ss), " ")
			prev = cap(ss)
		}
	}
	fmt.Println()
	t := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(t), cap(t))
	u := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(u), cap(u))
	type big struct{ a, b, c, d, e int64 }
	var bg []big
	prev = -1
	for i := 0; i < 40; i++ {
		bg = append(bg, big{})
		if cap(bg) != prev {
			fmt.Print(cap(bg), " ")
			prev = cap(bg)
		}
	}
	fmt.Println()
}
