package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	t := []int{10, 20, 30}
	for i := range t {
		t[i] += i
	}
	fmt.Println(t)
	var calls int
	get := func() []int {
		calls++
		return []int{7, 8, 9}
	}
	for range get() {
	}
	fmt.Println("calls", calls)
	u := []string{"a", "b", "c", "d"}
	for i, v := range u {
		if i == 1 {
			u[3] = "changed"
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var nilS []int
	for i := range nilS {
		fmt.Println(i)
	}
	fmt.Println("done")
}
