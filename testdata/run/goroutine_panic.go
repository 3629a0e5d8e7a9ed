package main

import (
	"fmt"
	"time"
)

type Job struct{ ID int }

func work(j Job, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("job ", j.ID, " recovered: ", r)
		}
	}()
	if j.ID%2 == 0 {
		var m map[string]int
		m["x"] = j.ID
	}
	out <- fmt.Sprint("job ", j.ID, " ok")
}

func main() {
	out := make(chan string)
	for i := 1; i <= 4; i++ {
		go work(Job{i}, out)
	}
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-out] = true
	}
	for i := 1; i <= 4; i++ {
		fmt.Println(got[fmt.Sprint("job ", i, " ok")], got[fmt.Sprint("job ", i, " recovered: assignment to entry in nil map")])
	}
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in the panicking goroutine")
		time.Sleep(time.Millisecond)
		panic(fmt.Sprintf("worker %d failed", 7))
	}()
	<-done
}
