// Package slices defines various functions useful with slices of any type (rgo's
// implementation, written from the package documentation).
package slices

import (
	"cmp"
)

// Equal reports whether two slices have the same length and equal elements (NaNs are
// not equal; nil and empty slices are equal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether two slices are equal using eq on each pair of elements.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare; a shorter slice that
// is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return lenCompare(len(s1), len(s2))
}

func lenCompare(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return +1
	}
	return 0
}

// CompareFunc is like Compare with a custom comparison function.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return lenCompare(len(s1), len(s2))
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether some element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v... at index i of s and returns the modified slice; it
// panics if i > len(s).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		r := make(S, n+m, growCap(cap(s), n+m))
		copy(r, s[:i])
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	// In place: v may alias s, so take a copy before shifting.
	tmp := make([]E, m)
	copy(tmp, v)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], tmp)
	return s
}

// growCap is the capacity Insert and Replace allocate for `need` elements: room to grow,
// like append.
func growCap(old, need int) int {
	c := old * 2
	if old >= 256 {
		c = old + old/4 + 192
	}
	if c < need {
		c = need
	}
	return c
}

// Delete removes s[i:j] from s, zeroes the vacated tail and returns the modified slice;
// it panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], []E(s[j:])...) // rgo: compiler-bugs/generic_core_type_slice.go
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements e of s for which del(e) is true, zeroes the vacated
// tail and returns the modified slice.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i < 0 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v and returns the modified slice; it panics if s[i:j] is
// not a valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			clear(s[len(s2):])
		}
		return s2
	}
	n := len(s)
	m := len(v)
	newLen := n - (j - i) + m
	if newLen > cap(s) {
		r := make(S, newLen, growCap(cap(s), newLen))
		copy(r, s[:i])
		copy(r[i:], v)
		copy(r[i+m:], s[j:])
		return r
	}
	tmp := make([]E, m)
	copy(tmp, v)
	r := s[:newLen]
	copy(r[i+m:], s[j:n])
	copy(r[i:], tmp)
	if newLen < n {
		clear(s[newLen:n])
	}
	return r
}

// Clone returns a shallow copy of s, preserving nilness.
func Clone[S ~[]E, E any](s S) S {
	if []E(s) == nil { // rgo: compiler-bugs/generic_core_type_slice.go
		var z S
		return z
	}
	return append(S([]E{}), []E(s)...)
}

// Compact replaces consecutive runs of equal elements by one copy, zeroes the vacated
// tail and returns the modified slice.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// CompactFunc is like Compact with an equality function; of a run of equal elements it
// keeps the first.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[i-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Grow makes room for n more elements without another allocation; it panics if n < 0.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes unused capacity from s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice concatenating the given slices (nil if empty).
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	if size == 0 {
		var z S // rgo: compiler-bugs/generic_core_type_slice.go
		return z
	}
	r := make(S, 0, size)
	for _, s := range slices {
		r = append(r, []E(s)...)
	}
	return r
}

// Repeat returns a new slice repeating x count times; it panics if count < 0 or the
// length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	n := len(x) * count
	r := make(S, n)
	if n == 0 {
		return r
	}
	k := copy(r, x)
	for k < n {
		k += copy(r[k:], r[:k])
	}
	return r
}

// Max returns the maximal value in x (NaN if any element is NaN); it panics if x is
// empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// Min returns the minimal value in x (NaN if any element is NaN); it panics if x is
// empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MaxFunc returns the first maximal value in x by cmp; it panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// MinFunc returns the first minimal value in x by cmp; it panics if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// BinarySearch searches for target in the sorted slice x: it returns the earliest
// position where target is or would be, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp.Less(x[h], target) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp.Compare(x[lo], target) == 0
}

// BinarySearchFunc is like BinarySearch with a comparison function cmp(element, target).
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}
