package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

type user struct {
	id   int
	name string
}

func Users() iter.Seq2[int, user] {
	return slices.All([]user{{10, "ann"}, {20, "bob"}, {30, "cy"}})
}

// return with multiple named results from inside the loop body
func find(id int) (u user, idx int, err error) {
	for i, x := range Users() {
		if x.id == id {
			return x, i, nil
		}
		idx = i
	}
	err = errors.New("not found")
	return
}

// a returning loop inside a closure
func firstLong(words []string, n int) string {
	pick := func() string {
		for w := range slices.Values(words) {
			if len(w) >= n {
				return w
			}
		}
		return "-"
	}
	return pick()
}

func main() {
	fmt.Println(find(20))
	fmt.Println(find(99))
	fmt.Println(firstLong([]string{"a", "abc", "abcd"}, 3), firstLong(nil, 1))
	total := 0
	sum := func() int {
		for _, u := range Users() {
			total += u.id
			if total > 25 {
				return total * 2
			}
		}
		return -1
	}()
	fmt.Println(sum, total)
}
