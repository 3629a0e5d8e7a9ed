package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish. Add sets the number of
// goroutines to wait for, each calls Done when finished, and Wait blocks until all have.
//
// state: the counter in the high 32 bits, the number of waiters in the low 32 bits.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter
// becomes zero, all goroutines blocked on Wait are released. If the counter goes
// negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	s := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(s >> 32)
	w := uint32(s)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter reached zero with waiters: reset and wake them all.
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		s := atomic.LoadUint64(&wg.state)
		if s>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, s, s+1) {
			runtime_Semacquire(&wg.sema)
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
