package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.Count) }

func main() {
	data := []struct {
		key string
		val float64
	}{{"a", 1}, {"b", 10}, {"a", 3}, {"c", 7}, {"b", 20}, {"a", 5}}
	stats := map[string]Stats{}
	for _, d := range data {
		s := stats[d.key]
		s.Count++
		s.Sum += d.val
		stats[d.key] = s
	}
	keys := make([]string, 0)
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: n=%d mean=%.2f\n", k, stats[k].Count, stats[k].Mean())
	}
	fmt.Println(stats)
	sets := map[string]map[int]struct{}{}
	sets["x"] = map[int]struct{}{1: {}, 2: {}}
	_, has := sets["x"][2]
	fmt.Println(len(sets["x"]), has, len(sets["y"]))
	type key struct{ a, b string }
	pairs := map[key]int{{"x", "y"}: 1}
	pairs[key{"x", "y"}]++
	fmt.Println(pairs)
}
