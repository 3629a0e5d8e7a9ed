package main

import "fmt"

func removeIf(xs []int, bad func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if !bad(x) {
			out = append(out, x)
		}
	}
	return out
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	odd := removeIf(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(odd, len(odd), cap(odd))
	fmt.Println(xs)
	fmt.Println(dedupe([]string{"a", "b", "a", "c", "b"}))
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], s[4:]...)
	fmt.Println(s)
	stack := []int{}
	for i := 0; i < 4; i++ {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []string{"a", "b", "c"}
	queue = queue[1:]
	queue = append(queue, "d")
	fmt.Println(queue, len(queue))
}
