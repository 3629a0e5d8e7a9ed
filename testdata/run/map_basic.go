package main

import (
	"fmt"
	"sort"
)

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	m["one"] += 10
	m["four"]++
	delete(m, "two")
	delete(m, "not there")
	fmt.Println(len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	lit := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(lit)
	clear(lit)
	fmt.Println(len(lit), lit)
	if _, found := m["three"]; found {
		fmt.Println("has three")
	}
}
