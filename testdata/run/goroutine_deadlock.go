package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * 10
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	wg.Wait()
	fmt.Println("sum:", sum)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
	}()
	wg.Add(1)
	wg.Wait()
}
