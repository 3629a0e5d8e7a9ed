package main

import (
	"fmt"
	"runtime"
	"sync"
)

type msg struct {
	id   int
	data []int
	next *msg
}

func producer(id int, out chan<- *msg, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 2000; i++ {
		m := &msg{id: id*100000 + i, data: make([]int, 64)}
		for j := range m.data {
			m.data[j] = i + j
		}
		m.next = &msg{id: -1, data: make([]int, 8)}
		out <- m
	}
}

func main() {
	ch := make(chan *msg, 64)
	var wg sync.WaitGroup
	for p := 0; p < 8; p++ {
		wg.Add(1)
		go producer(p, ch, &wg)
	}
	go func() { wg.Wait(); close(ch) }()
	kept := map[int]*msg{}
	count, sum := 0, 0
	for m := range ch {
		count++
		s := 0
		for _, v := range m.data {
			s += v
		}
		if s != 64*(m.id%100000)+2016 || m.next.id != -1 || len(m.next.data) != 8 {
			fmt.Println("corrupted message", m.id)
			return
		}
		sum += s
		if m.id%1000 == 0 {
			kept[m.id] = m
		}
		if count%4000 == 0 {
			runtime.GC()
		}
	}
	ok := true
	for id, m := range kept {
		if m.id != id || m.data[5] != id%100000+5 {
			ok = false
		}
	}
	fmt.Println(count, sum, len(kept), ok)
}
