package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this
// instance of Once. No call to Do returns until the one call to f returns; if f panics,
// Do considers it to have returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() {
	atomic.StoreUint32(&o.done, 1)
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() {
		once.Do(f)
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event. L is held while observing or changing the
// condition.
type Cond struct {
	L Locker

	mu      Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after resuming, it
// locks c.L before returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(s)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) == 0 {
		c.mu.Unlock()
		return
	}
	s := c.waiters[0]
	c.waiters = c.waiters[1:]
	c.mu.Unlock()
	runtime_Semrelease(s)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	w := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, s := range w {
		runtime_Semrelease(s)
	}
}
