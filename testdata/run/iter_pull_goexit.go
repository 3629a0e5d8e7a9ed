package main

// runtime.Goexit inside a pulled iterator ends the goroutine that called next, after the
// iterator's and that goroutine's deferred calls.

import (
	"fmt"
	"iter"
	"runtime"
	"sync"
)

func quits(yield func(int) bool) {
	defer fmt.Println("quits: cleanup")
	yield(1)
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("worker: deferred")
		next, stop := iter.Pull(quits)
		defer stop()
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println("main done")
}
