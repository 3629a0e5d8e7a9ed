package time

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	c chan Time
	r uintptr
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := makeTimeChan()
	t := &Timer{C: c, c: c, r: runtimeNewTimer(c, nil, &localLoc)}
	runtimeStartTimer(t.r, when(d), 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped. After Stop returns, no stale
// value will be received from t.C.
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	active := runtimeStopTimer(t.r)
	if t.c != nil {
		drainTimeChan(t.c)
	}
	return active
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	active := runtimeStopTimer(t.r)
	if t.c != nil {
		drainTimeChan(t.c)
	}
	runtimeStartTimer(t.r, when(d), 0)
	return active
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: runtimeNewTimer(nil, f, nil)}
	runtimeStartTimer(t.r, when(d), 0)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
	r uintptr
}

// NewTicker returns a new Ticker containing a channel that will send the current time
// on the channel after each tick. The period of the ticks is specified by the duration
// argument. The ticker drops ticks to make up for slow receivers. The duration d must
// be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := makeTimeChan()
	t := &Ticker{C: c, c: c, r: runtimeNewTimer(c, nil, &localLoc)}
	runtimeStartTimer(t.r, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r == 0 {
		return
	}
	runtimeStopTimer(t.r)
	drainTimeChan(t.c)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	runtimeStopTimer(t.r)
	drainTimeChan(t.c)
	runtimeStartTimer(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
