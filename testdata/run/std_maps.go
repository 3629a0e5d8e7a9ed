package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type M map[string]int

func main() {
	m := M{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	c := maps.Clone(m)
	fmt.Printf("%T %v %v\n", c, c, maps.Equal(c, m))
	var nm M
	fmt.Println(maps.Clone(nm) == nil, maps.Clone(M{}) == nil)
	c["d"] = 4
	fmt.Println(maps.Equal(c, m), len(m))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	maps.Copy(c, map[string]int{"a": 10, "z": 26})
	fmt.Println(c)
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "x": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	col := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(col)
	maps.Insert(col, slices.All([]string{"p"}))
	fmt.Println(col)
	sum := 0
	maps.All(m)(func(k string, v int) bool {
		sum += v * len(k)
		return true
	})
	fmt.Println(sum)
	n := 0
	maps.Keys(m)(func(k string) bool {
		n++
		return false
	})
	fmt.Println(n)
	up := map[string]string{}
	maps.All(m)(func(k string, v int) bool {
		up[strings.ToUpper(k)] = fmt.Sprint(v)
		return true
	})
	fmt.Println(up)
}
