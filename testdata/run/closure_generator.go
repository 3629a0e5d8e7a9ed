package main

import "fmt"

func iterate(xs []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(xs) {
			return "", false
		}
		i++
		return xs[i-1], true
	}
}

func accumulate() (add func(int), snapshot func() []int) {
	var hist []int
	add = func(v int) { hist = append(hist, v) }
	snapshot = func() []int { return append([]int(nil), hist...) }
	return
}

func main() {
	next := iterate([]string{"x", "y", "z"})
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	add, snap := accumulate()
	add(1)
	s1 := snap()
	add(2)
	add(3)
	fmt.Println(s1, snap())
	var steps []func()
	acc := 0
	for _, d := range []int{1, 10, 100} {
		steps = append(steps, func() { acc += d })
	}
	for _, s := range steps {
		s()
		s()
	}
	fmt.Println(acc)
}
