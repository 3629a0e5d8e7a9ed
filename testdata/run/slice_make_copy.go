package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	t := make([]string, 2)
	fmt.Printf("%q %d %d\n", t, len(t), cap(t))
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 5)
	n = copy(b, "hello world")
	fmt.Println(n, string(b))
	big := make([]int, 10)
	n = copy(big, []int{7, 8})
	fmt.Println(n, big)
	var empty []int
	fmt.Println(copy(empty, src))
	clone := append([]int(nil), src...)
	clone[0] = 42
	fmt.Println(src[0], clone[0])
}
