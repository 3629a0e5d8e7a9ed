package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	// Ping-pong on unbuffered channels.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong:", v, ok)

	// Mutex contention.
	c := &Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.Inc([]string{"a", "b", "c"}[(g+i)%3])
			}
		}()
	}
	wg.Wait()
	fmt.Println("counts:", c.m["a"], c.m["b"], c.m["c"])

	// RWMutex with readers and writers.
	var rw sync.RWMutex
	shared := map[int]int{}
	var reads atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				shared[i%10] += w
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				_ = shared[i%10]
				rw.RUnlock()
				reads.Add(1)
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, x := range shared {
		total += x
	}
	fmt.Println("rw total:", total, "reads:", reads.Load())

	// Cond: a bounded queue.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	consumed := make(chan int, 100)
	for i := 0; i < 3; i++ {
		go func() {
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				x := queue[0]
				queue = queue[1:]
				mu.Unlock()
				consumed <- x
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		cond.Signal()
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-consumed
	}
	fmt.Println("cond sum:", sum)

	// Once from many goroutines, sync.Map.
	var once sync.Once
	var inits atomic.Int32
	var sm sync.Map
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits.Add(1) })
			sm.Store(i%5, i%5*i%5)
		}()
	}
	wg.Wait()
	var keys []int
	sm.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("once:", inits.Load(), "map keys:", keys)

	// Timers: After in select, Timer Stop/Reset, AfterFunc, Ticker.
	slow := make(chan int)
	select {
	case <-slow:
		fmt.Println("unexpected")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after fired")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired; stop now:", t.Stop())
	fired := make(chan string)
	time.AfterFunc(3*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	start := time.Now()
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n, "elapsed >= 8ms:", time.Since(start) >= 8*time.Millisecond)

	// Goexit runs deferred calls.
	exited := make(chan string, 2)
	go func() {
		defer func() { exited <- "deferred ran" }()
		runtime.Goexit()
		exited <- "not reached"
	}()
	fmt.Println(<-exited)

	// Select fairness and default.
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println("both chosen:", na > 20 && nb > 20, na+nb)
	var nilc chan int
	select {
	case nilc <- 1:
	default:
		fmt.Println("default taken")
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("goroutines left > 0:", runtime.NumGoroutine() > 0)
}
