package main

import (
	"fmt"
	"math"
	"sort"
)

type pair struct{ a, b int32 }
type padded struct {
	a int8
	b int64
}
type withBlank struct {
	a int
	_ int
	b int
}
type fl struct {
	x float64
	n int
}

func keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	m1 := map[pair]int{{1, 2}: 1, {2, 1}: 2}
	m1[pair{1, 2}] += 10
	fmt.Println(m1[pair{1, 2}], m1[pair{2, 1}], len(m1))

	m2 := map[padded]string{}
	m2[padded{1, 2}] = "x"
	m2[padded{1, 2}] = "y"
	fmt.Println(len(m2), m2[padded{1, 2}])

	m3 := map[withBlank]int{}
	m3[withBlank{a: 1, b: 2}] = 5
	fmt.Println(m3[withBlank{a: 1, b: 2}], len(m3))

	m4 := map[fl]int{}
	m4[fl{0.0, 1}] = 1
	m4[fl{math.Copysign(0, -1), 1}] += 1
	m4[fl{math.NaN(), 1}] = 3
	m4[fl{math.NaN(), 1}] = 4
	fmt.Println(len(m4), m4[fl{0, 1}])

	m5 := map[[3]uint16]bool{{1, 2, 3}: true}
	fmt.Println(m5[[3]uint16{1, 2, 3}], m5[[3]uint16{3, 2, 1}])

	x, y := 1, 2
	m6 := map[*int]int{&x: 1, &y: 2}
	fmt.Println(m6[&x], m6[&y], len(m6))

	m7 := map[bool]int{true: 1, false: 0}
	m7[true]++
	fmt.Println(m7[true], m7[false])

	m8 := map[any]int{pair{1, 2}: 1, int64(5): 2, 5: 3, [2]int{1, 2}: 4}
	fmt.Println(m8[pair{1, 2}], m8[int64(5)], m8[5], m8[[2]int{1, 2}], len(m8))

	m9 := map[uint8]int{}
	for i := 0; i < 1000; i++ {
		m9[uint8(i)]++
	}
	ks := []int{}
	for k, v := range m9 {
		if v == 4 {
			ks = append(ks, int(k))
		}
	}
	sort.Ints(ks)
	fmt.Println(len(m9), ks[:3], keys(m1), keys(m5))

	m10 := map[[2]float64]int{}
	m10[[2]float64{0, 1}] = 1
	m10[[2]float64{math.Copysign(0, -1), 1}]++
	fmt.Println(len(m10), m10[[2]float64{0, 1}])
}
