package main

import "fmt"

// Small functions the inliner copies into their callers: multiple and named results,
// struct results larger than the register classes, loops inside inlined bodies, locals
// that must start at zero on every inlined execution.

type big struct{ a, b, c, d, e, f, g, h int }

func mkBig(i int) big { return big{i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7} }

func sumBig(b big) int { return b.a + b.b + b.c + b.d + b.e + b.f + b.g + b.h }

func same(b big) big { return b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func early(x int) (res int) {
	if x < 0 {
		return -1
	}
	res = x * 2
	if res > 10 {
		res = 10
	}
	return
}

func count(n int) int {
	var c int
	for i := 0; i < n; i++ {
		c += i
	}
	return c
}

func lastNonZero(xs []int) (v int, found bool) {
	for _, x := range xs {
		if x != 0 {
			v, found = x, true
		}
	}
	return
}

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }
func (p *point) scale(k int)      { p.x *= k; p.y *= k }
func (p point) String() string    { return fmt.Sprintf("(%d,%d)", p.x, p.y) }
func first[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func main() {
	var bs []big
	total := 0
	for i := 0; i < 4; i++ {
		b := mkBig(i)
		c := same(b)
		bs = append(bs, c)
		total += sumBig(c)
	}
	fmt.Println(total, bs[0], bs[3])
	for i := 1; i < 5; i++ {
		q, r := divmod(17, i)
		fmt.Print(q, " ", r, "; ")
	}
	fmt.Println()
	x, y := swap("a", "b")
	fmt.Println(x, y)
	for _, v := range []int{-3, 2, 7} {
		fmt.Print(early(v), " ")
	}
	fmt.Println()
	s := 0
	for i := 0; i < 5; i++ {
		s += count(i)
	}
	fmt.Println(s)
	for _, xs := range [][]int{{1, 0, 3, 0}, {0, 0}, nil} {
		v, ok := lastNonZero(xs)
		fmt.Println(v, ok)
	}
	p := point{1, 2}
	p = p.add(point{3, 4})
	p.scale(2)
	fmt.Println(p, p.String())
	f, ok := first([]string{"go", "rgo"})
	fmt.Println(f, ok)
	n, ok := first[float64](nil)
	fmt.Println(n, ok)
}
