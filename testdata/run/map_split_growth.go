// Maps large enough to split their tables many times: inserts, lookups, deletes,
// iteration while the map grows and shrinks, clear and reuse, size hints, and keys of
// several kinds. Output is order-independent.
package main

import (
	"fmt"
	"strconv"
)

type point struct{ x, y int32 }

func ints(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*2654435761%1000003] = i
	}
	sum := 0
	for i := 0; i < n; i++ {
		v, ok := m[i*2654435761%1000003]
		if !ok || v != i {
			panic("lost key")
		}
		sum += v
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*2654435761%1000003)
	}
	missing := 0
	for i := 0; i < n; i++ {
		if _, ok := m[i*2654435761%1000003]; !ok {
			missing++
		}
	}
	fmt.Println("ints:", len(m), sum, missing)
}

func iterateWhileGrowing(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := make(map[int]bool)
	next := n
	deleted := 0
	for k, v := range m {
		if k < n {
			if seen[k] {
				panic("key seen twice")
			}
			seen[k] = true
			if v != k && v != -k {
				panic("bad value")
			}
			// Delete a key not yet seen, update another, and add new ones (splits).
			if d := (k*7 + 1) % n; !seen[d] {
				if _, ok := m[d]; ok {
					delete(m, d)
					deleted++
				}
			}
			if u := (k*13 + 5) % n; !seen[u] {
				if _, ok := m[u]; ok {
					m[u] = -u
				}
			}
		}
		for j := 0; j < 3; j++ {
			m[next] = next
			next++
		}
	}
	fmt.Println("iterate:", len(seen)+deleted == n, len(m) == n-deleted+next-n)
}

func strings(n int) {
	m := make(map[string]point, n/2)
	for i := 0; i < n; i++ {
		m["key-"+strconv.Itoa(i)] = point{int32(i), int32(-i)}
	}
	var sx, sy int64
	for k, p := range m {
		if k != "key-"+strconv.Itoa(int(p.x)) {
			panic("mismatch")
		}
		sx += int64(p.x)
		sy += int64(p.y)
	}
	clear(m)
	fmt.Println("strings:", sx, sy, len(m))
	for i := 0; i < 1000; i++ {
		m[strconv.Itoa(i)] = point{1, 1}
	}
	fmt.Println("reused:", len(m), m["999"])
}

func structs(n int) {
	m := map[point][]int{}
	for i := 0; i < n; i++ {
		p := point{int32(i % 1000), int32(i / 1000)}
		m[p] = append(m[p], i)
	}
	total := 0
	for _, l := range m {
		total += len(l)
	}
	fmt.Println("structs:", len(m), total, m[point{7, 7}])
}

func floats() {
	m := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	for i := 0; i < 100000; i++ {
		m[float64(i)/4] = i
	}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("floats:", len(m), m[2.5], m[nan])
	delete(m, nan)
	n := 0
	for k := range m {
		if k != k {
			n++
		}
	}
	fmt.Println("nan keys:", n)
}

func main() {
	ints(300000)
	iterateWhileGrowing(50000)
	strings(200000)
	structs(150000)
	floats()
}
