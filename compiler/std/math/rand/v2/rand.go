// Package rand implements pseudo-random number generators suitable for tasks such as
// simulation, but not for security-sensitive work (rgo's implementation of
// math/rand/v2, written from the package documentation: PCG, Rand and the top-level
// functions; ChaCha8, Zipf, NormFloat64 and ExpFloat64 are not provided yet. The
// top-level functions use a PCG seeded from the operating system.)
package rand

import "math/bits"

// A Source is a source of uniformly-distributed pseudo-random uint64 values in
// [0, 1<<64).
type Source interface {
	Uint64() uint64
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src to generate other random
// values.
func New(src Source) *Rand {
	return &Rand{src: src}
}

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a pseudo-random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n is Uint64N without the check: multiply-and-shift with rejection of the
// biased low products (Lemire's method).
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 { // power of two
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns a pseudo-random number in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns a pseudo-random number in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns a pseudo-random number in [0.0, 1.0).
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns a pseudo-random permutation of the integers [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of n elements with swap (Fisher-Yates); it
// panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// ---- top-level functions ----

// runtimeSeed returns 64 random bits from the operating system (runtime hook).
func runtimeSeed() uint64

var globalRand = newGlobal()

func newGlobal() *Rand {
	return New(NewPCG(runtimeSeed(), runtimeSeed()))
}

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative pseudo-random int.
func Int() int { return globalRand.Int() }

// Uint returns a pseudo-random uint.
func Uint() uint { return globalRand.Uint() }

// Int64N returns a pseudo-random number in [0, n); it panics if n <= 0.
func Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return globalRand.Int64N(n)
}

// Uint64N returns a pseudo-random number in [0, n); it panics if n == 0.
func Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return globalRand.Uint64N(n)
}

// Int32N returns a pseudo-random number in [0, n); it panics if n <= 0.
func Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return globalRand.Int32N(n)
}

// Uint32N returns a pseudo-random number in [0, n); it panics if n == 0.
func Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return globalRand.Uint32N(n)
}

// IntN returns a pseudo-random number in [0, n); it panics if n <= 0.
func IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return globalRand.IntN(n)
}

// UintN returns a pseudo-random number in [0, n); it panics if n == 0.
func UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return globalRand.UintN(n)
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N returns a pseudo-random number in [0, n) from the default source; it panics if
// n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

// Float64 returns a pseudo-random number in [0.0, 1.0).
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a pseudo-random number in [0.0, 1.0).
func Float32() float32 { return globalRand.Float32() }

// Perm returns a pseudo-random permutation of the integers [0, n).
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of n elements with swap; it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
