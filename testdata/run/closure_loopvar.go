package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// Modifying the per-iteration copy inside the body affects the next iteration's start.
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	j := 0
	var ks []func() int
	for j < 3 {
		ks = append(ks, func() int { return j })
		j++
	}
	fmt.Println(ks[0](), ks[2]())
}
