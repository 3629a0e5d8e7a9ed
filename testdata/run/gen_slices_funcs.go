package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type emp struct {
	name string
	dept string
	age  int
}

func main() {
	es := []emp{{"ann", "eng", 31}, {"bob", "ops", 25}, {"cy", "eng", 25}, {"dee", "ops", 40}}
	slices.SortFunc(es, func(a, b emp) int {
		return cmp.Or(cmp.Compare(a.dept, b.dept), cmp.Compare(b.age, a.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(es)
	slices.SortStableFunc(es, func(a, b emp) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(es)
	i := slices.IndexFunc(es, func(e emp) bool { return e.dept == "ops" })
	fmt.Println(i, es[i].name)
	oldest := slices.MaxFunc(es, func(a, b emp) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest)
	names := []string{"dee", "ann", "cy", "bob"}
	slices.Sort(names)
	j, found := slices.BinarySearchFunc(es, 31, func(e emp, age int) int { return cmp.Compare(e.age, age) })
	fmt.Println(names, j, found)
	xs := []int{1, 1, 2, 3, 3, 3, 4, 1}
	fmt.Println(slices.Compact(slices.Clone(xs)), slices.Max(xs), slices.Min(xs))
	fmt.Println(slices.Equal(xs[:2], []int{1, 1}), slices.Contains(xs, 5), slices.Index(xs, 3))
	ys := slices.DeleteFunc(slices.Clone(xs), func(x int) bool { return x%2 == 1 })
	zs := slices.Clone(ys)
	slices.Reverse(zs)
	fmt.Println(ys, zs, slices.Repeat([]string{"ab"}, 3))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 7))
}
