package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.NewPCG(1, 2)
	for i := 0; i < 3; i++ {
		fmt.Println(p.Uint64())
	}
	var z rand.PCG
	fmt.Println(z.Uint64())
	p.Seed(3, 4)
	fmt.Println(p.Uint64())
	b, err := p.MarshalBinary()
	fmt.Println(b, err)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(b), q.Uint64() == p.Uint64(), q.UnmarshalBinary([]byte("x")))

	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(10), " ", r.Uint32N(1000), " ", r.Int64N(1<<40+3), " ", r.Float64(), " ", r.Int32N(7), " ", r.UintN(5), "\n")
	}
	fmt.Println(r.Perm(10))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Int(), r.Int32(), r.Int64(), r.Uint32(), r.Uint64(), r.Uint(), r.Float32())
	fmt.Println(r.Uint32N(1<<31+5), r.Uint32N(3), r.Uint64N(1<<63+5), r.IntN(1<<62+1))
	sum := uint64(0)
	ns := []uint32{1, 2, 3, 5, 7, 100, 1000, 1 << 20, 1<<31 + 1, 1<<32 - 1, 3000000000}
	for i := 0; i < 20000; i++ {
		n := ns[i%len(ns)]
		sum = sum*31 + uint64(r.Uint32N(n))
		sum = sum*31 + uint64(r.Int32N(int32(n>>1)|1))
		sum = sum*31 + r.Uint64N(uint64(n)*uint64(n)+7)
		sum = sum*31 + uint64(r.IntN(int(n)))
	}
	fmt.Println(sum)
	fmt.Println(rand.N[int64](100) < 100, rand.IntN(5) < 5, rand.Float64() < 1, len(rand.Perm(5)))
	r2 := rand.New(rand.NewPCG(42, 54))
	fmt.Println(r2.Perm(20))
	fmt.Println(r2.Float64(), r2.Float32())
	for _, f := range []func(){
		func() { r.IntN(0) }, func() { r.Int64N(-1) }, func() { r.Uint64N(0) }, func() { r.Shuffle(-1, nil) }, func() { rand.N(0) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
