// Stress test: 100 000 goroutines doing channel and mutex work; the output must be exact
// under any GOMAXPROCS (compiler/tests/stress.rs runs it 20 times under 1, 2 and 8).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const N = 100000
	var mu sync.Mutex
	total := 0
	counts := make(map[int]int)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v := i % 97
			mu.Lock()
			total += v
			counts[v%7]++
			mu.Unlock()
			results <- v
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, n := 0, 0
	for v := range results {
		sum += v
		n++
	}

	// A ring of unbuffered channels passing a token around.
	const R = 1000
	first := make(chan int)
	in := first
	for i := 0; i < R; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 100; i++ {
			first <- i
		}
		close(first)
	}()
	ring := 0
	for v := range in {
		ring += v
	}

	// Fan-in with select.
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 5000; i++ {
			a <- 1
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 5000; i++ {
			b <- 2
		}
		close(b)
	}()
	sel := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sel += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sel += v
		}
	}
	fmt.Println(total, sum, n, counts, ring, sel)
}
