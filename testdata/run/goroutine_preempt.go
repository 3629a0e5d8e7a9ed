package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	var n int64
	for i := 0; i < 2; i++ {
		go func() {
			x := int64(0)
			for !stop.Load() {
				x++
			}
			atomic.AddInt64(&n, x)
		}()
	}
	runtime.Gosched()
	time.Sleep(30 * time.Millisecond)
	stop.Store(true)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main ran; workers counted:", atomic.LoadInt64(&n) > 0)
	// tight loop without calls
	done := make(chan bool)
	go func() {
		s := 0
		for i := 0; i < 2000000000; i++ {
			s += i & 3
		}
		done <- s > 0
	}()
	t := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("woke while a call-free loop runs:", time.Since(t) < time.Second)
	fmt.Println(<-done)
}
