package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func round(workers int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := work(200000)
			mu.Lock()
			total += r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

func main() {
	start := runtime.GOMAXPROCS(0)
	fmt.Println("query does not change:", runtime.GOMAXPROCS(0) == start)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous returned:", prev == start)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("round at 1:", round(16))
	// A spinning goroutine cannot starve main with one P (preemption).
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				return
			default:
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	close(done)
	fmt.Println("set 4, previous:", runtime.GOMAXPROCS(4))
	fmt.Println("round at 4:", round(64))
	fmt.Println("set 3, previous:", runtime.GOMAXPROCS(3))
	ch := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) {
			runtime.GOMAXPROCS(1 + i%4)
			ch <- work(10000 * (i + 1))
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-ch
	}
	fmt.Println("concurrent resizes:", sum)
	runtime.GOMAXPROCS(2)
	fmt.Println("final:", runtime.GOMAXPROCS(0), round(8))
}
