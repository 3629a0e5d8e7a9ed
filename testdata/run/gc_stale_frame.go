// A map dead after build returns must not survive a collection in the next function
// called at the same stack depth (conservative stack scan: frames of 256 bytes or more
// are cleared on entry, runtime/src/gc/frame_zero.rs).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func build(n int) (int, uint64) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	var sum uint64
	for i := 0; i < n; i++ {
		v, ok := m[i*7919]
		if !ok {
			panic("lost")
		}
		sum += uint64(v)
	}
	for i := 0; i < n; i += 3 {
		delete(m, i*7919)
	}
	for k, v := range m {
		sum += uint64(k) ^ uint64(v)
	}
	return len(m), sum
}

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func after(n int) (int, uint64) {
	runtime.GC()
	live := heapMB()
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i)
	}
	m := make(map[string]int)
	for i, k := range keys {
		m[k] += i
	}
	var sum uint64
	for k, v := range m {
		sum += uint64(len(k)) * uint64(v)
	}
	buckets := make(map[string][]int)
	for k, v := range m {
		b := k[:2]
		buckets[b] = append(buckets[b], v)
	}
	fmt.Println("dead map collected:", live < 8)
	return len(m) + len(buckets), sum
}

func main() {
	s1, c1 := build(500000)
	s2, c2 := after(1000)
	fmt.Println(s1, s2, c1*31+c2)
}
