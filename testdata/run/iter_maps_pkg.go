package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40, "dee": 25}
	fmt.Println(slices.Sorted(maps.Keys(ages)))
	fmt.Println(slices.Sorted(maps.Values(ages)))
	total := 0
	for _, v := range maps.All(ages) {
		total += v
	}
	fmt.Println(total)
	keys := slices.Collect(maps.Keys(ages))
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Print(k, "=", ages[k], " ")
	}
	fmt.Println()
	cp := maps.Collect(maps.All(ages))
	cp["eve"] = 22
	fmt.Println(len(ages), len(cp), maps.Equal(ages, cp))
	inv := map[int][]string{}
	for k, v := range maps.All(ages) {
		inv[v] = append(inv[v], k)
	}
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		slices.Sort(inv[k])
		fmt.Println(k, inv[k])
	}
	m2 := map[string]int{"z": 1}
	maps.Insert(m2, maps.All(map[string]int{"y": 2, "z": 3}))
	fmt.Println(m2)
	n := 0
	for range maps.Keys(ages) {
		n++
		break
	}
	fmt.Println(n)
}
