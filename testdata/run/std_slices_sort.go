package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

type kv struct {
	k, v int
}

func pattern(r *rng, kind, n int) []int {
	a := make([]int, n)
	for i := range a {
		switch kind {
		case 0:
			a[i] = int(r.next() >> 1)
		case 1:
			a[i] = i
		case 2:
			a[i] = n - i
		case 3:
			a[i] = int(r.next() % 4)
		case 4:
			a[i] = 7
		case 5: // sawtooth
			a[i] = i % 17
		case 6: // organ pipe
			if i < n/2 {
				a[i] = i
			} else {
				a[i] = n - i
			}
		case 7: // sorted with a few swaps
			a[i] = i
		}
	}
	if kind == 7 && n > 1 {
		for k := 0; k < 3; k++ {
			i, j := int(r.next()%uint64(n)), int(r.next()%uint64(n))
			a[i], a[j] = a[j], a[i]
		}
	}
	return a
}

func sum(a []int) (s uint64) {
	for _, v := range a {
		s += uint64(v) * 0x9E3779B97F4A7C15
		s ^= s >> 29
	}
	return
}

func multiset(a []int) uint64 {
	var s uint64
	for _, v := range a {
		x := uint64(v) * 0x9E3779B97F4A7C15
		s += x ^ (x >> 31)
	}
	return s
}

func main() {
	r := &rng{s: 88172645463325252}
	sizes := []int{0, 1, 2, 3, 5, 12, 13, 17, 31, 49, 50, 51, 100, 257, 1000, 4099, 30000}
	for kind := 0; kind < 8; kind++ {
		for _, n := range sizes {
			a := pattern(r, kind, n)
			b := slices.Clone(a)
			c := slices.Clone(a)
			ms := multiset(a)
			slices.Sort(a)
			slices.SortFunc(b, func(x, y int) int { return cmp.Compare(y, x) })
			slices.SortStableFunc(c, func(x, y int) int { return cmp.Compare(x, y) })
			okA := slices.IsSorted(a) && multiset(a) == ms
			slices.Reverse(b)
			okB := slices.Equal(a, b)
			okC := slices.Equal(a, c)
			if !okA || !okB || !okC {
				fmt.Println("FAIL", kind, n, okA, okB, okC)
			}
		}
		fmt.Println("kind", kind, "ok")
	}
	// stability
	for _, n := range []int{10, 100, 1000, 10000} {
		kvs := make([]kv, n)
		for i := range kvs {
			kvs[i] = kv{int(r.next() % 10), i}
		}
		slices.SortStableFunc(kvs, func(a, b kv) int { return a.k - b.k })
		ok := true
		for i := 1; i < n; i++ {
			if kvs[i-1].k > kvs[i].k || (kvs[i-1].k == kvs[i].k && kvs[i-1].v > kvs[i].v) {
				ok = false
			}
		}
		fmt.Println("stable", n, ok, kvs[0], kvs[n-1])
	}
	// strings and floats
	strs := make([]string, 5000)
	for i := range strs {
		strs[i] = strconv.Itoa(int(r.next() % 100000))
	}
	slices.Sort(strs)
	fmt.Println(slices.IsSorted(strs), strs[0], strs[len(strs)-1], strs[2500])
	fl := make([]float64, 5000)
	for i := range fl {
		fl[i] = float64(r.next()>>11) / (1 << 53)
	}
	slices.Sort(fl)
	fmt.Println(slices.IsSorted(fl), fl[0] < fl[1], sum([]int{len(fl)}))
	x := []int{5, 2, 8, 1, 9, 3}
	y := slices.Sorted(slices.Values(x))
	fmt.Println(y, x)
}
