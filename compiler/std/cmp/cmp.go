// Package cmp provides types and functions related to comparing ordered values
// (rgo's implementation, written from the package documentation).
package cmp

// Ordered is a constraint that permits any ordered type: any type that supports the
// operators < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// isNaN reports whether x is a floating-point NaN (always false for other types).
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Less reports whether x is less than y. A NaN is less than any non-NaN, and -0.0 is not
// less than 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1 if x < y, 0 if x == y and +1 if x > y, where a NaN is less than any
// non-NaN, a NaN equals a NaN and -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	if x == y {
		return 0
	}
	// At least one NaN.
	xn, yn := isNaN(x), isNaN(y)
	if xn && yn {
		return 0
	}
	if xn {
		return -1
	}
	return +1
}

// Or returns the first of its arguments that is not the zero value, or the zero value
// when there is none.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
