package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Inv struct {
	sync.Mutex
	n int
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("trylock:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock:", mu.TryLock())
	mu.Unlock()
	inv := &Inv{}
	inv.Lock()
	inv.n++
	inv.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("tryLock while reading:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("tryRLock while writing:", rw.TryRLock())
	rw.Unlock()
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var x int64
	atomic.AddInt64(&x, 5)
	fmt.Println(atomic.LoadInt64(&x), atomic.CompareAndSwapInt64(&x, 5, 7), x)
	var c atomic.Int32
	c.Add(3)
	var b atomic.Bool
	b.Store(true)
	var u atomic.Uint64
	u.Add(^uint64(0))
	fmt.Println(c.Load(), b.Load(), u.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load())
	var m sync.Map
	m.Store("a", 1)
	val, ok := m.Load("a")
	fmt.Println(val, ok)
	for _, d := range []time.Duration{0, 1, 1500, 20 * time.Millisecond, 1500 * time.Microsecond, 90 * time.Second, time.Hour, -2*time.Hour - 3*time.Minute - 500*time.Millisecond, 1<<63 - 1} {
		fmt.Println(d, d.String())
	}
	fmt.Println(time.Second.Seconds(), (90 * time.Second).Minutes())
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept:", el >= 20*time.Millisecond, el < time.Second)
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	runtime.Gosched()
	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop())
	tk := time.NewTicker(time.Millisecond)
	tk.Stop()
	fired := false
	time.AfterFunc(time.Hour, func() { fired = true }).Stop()
	fmt.Println(fired)
	var cnt int32
	cond := sync.NewCond(&mu)
	cond.Signal()
	cond.Broadcast()
	fmt.Println(atomic.LoadInt32(&cnt))
}
