package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func count(args ...interface{}) int { return len(args) }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	fmt.Println(count(1, "two", 3.0, nil))
	fmt.Println(count(nil), count())
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	fmt.Println(count([]interface{}{1, 2}...), count([]interface{}{1, 2}))
}
