package main

import (
	"fmt"
	"maps"
	"slices"
)

func primes(yield func(int) bool) {
	for n := 2; ; n++ {
		isPrime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				isPrime = false
				break
			}
		}
		if isPrime && !yield(n) {
			return
		}
	}
}

func main() {
	targets := []int{10, 15, 28}
	// labeled continue from a range-over-func loop to an outer slice loop
next:
	for _, t := range targets {
		for p := range primes {
			if p*p > t {
				fmt.Println(t, "no small factor pair")
				continue next
			}
			if t%p == 0 {
				fmt.Println(t, "=", p, "*", t/p)
				continue next
			}
		}
	}
	// break to an outer map-keys loop
	m := map[string][]int{"a": {1, 2, 3}, "b": {4, 5}}
	count := 0
keys:
	for _, k := range slices.Sorted(maps.Keys(m)) {
		for i, v := range slices.All(m[k]) {
			count++
			if k == "b" && i == 1 {
				break keys
			}
			fmt.Print(k, v, " ")
		}
	}
	fmt.Println(count)
	// goto out of a range-over-func body
	for p := range primes {
		if p > 20 {
			goto done
		}
		fmt.Print(p, " ")
	}
done:
	fmt.Println("done")
}
