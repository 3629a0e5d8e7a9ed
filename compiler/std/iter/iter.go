// Package iter provides basic definitions related to iterators over sequences
// (rgo's implementation: Pull and Pull2 run the iterator on a goroutine and hand control
// back and forth through channels, where gc uses coroutines; only one side runs at a
// time, and a panic or Goexit in the iterator is carried over to the caller of next or
// stop).
package iter

import "runtime"

// Seq is an iterator over sequences of individual values: seq(yield) calls yield with
// successive elements, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator seq into a pull-style iterator: next returns the
// next value and true, or the zero value and false at the end; stop ends the iteration.
// Calling next after stop or after the end returns the zero value and false; stop may be
// called any number of times. A panic in seq reaches the caller of next (or stop).
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v       V
		ok      bool
		started bool
		// done: stop was called or seq ended; yield returns false from then on.
		done bool
		// How seq ended, when it did not return: carried over to the caller once.
		panicValue any
		panicked   bool
		goexited   bool
		resume     = make(chan struct{})
		suspend    = make(chan struct{})
	)
	yield := func(v1 V) bool {
		if done {
			return false
		}
		v, ok = v1, true
		suspend <- struct{}{}
		<-resume
		return !done
	}
	run := func() {
		returned := false
		defer func() {
			if r := recover(); r != nil {
				panicValue, panicked = r, true
			} else if !returned {
				goexited = true
			}
			done = true
			suspend <- struct{}{}
		}()
		seq(yield)
		var zero V
		v, ok = zero, false
		returned = true
	}
	// switchTo runs the iterator until it yields or ends, then passes on its failure.
	switchTo := func() {
		if started {
			resume <- struct{}{}
		} else {
			started = true
			go run()
		}
		<-suspend
		if panicked {
			panicked = false
			panic(panicValue)
		}
		if goexited {
			goexited = false
			runtime.Goexit()
		}
	}
	next = func() (V, bool) {
		if done {
			var zero V
			return zero, false
		}
		switchTo()
		return v, ok
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if started {
			switchTo()
		}
	}
	return next, stop
}

// Pull2 is Pull for sequences of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	type pair struct {
		k K
		v V
	}
	n, s := Pull(func(yield func(pair) bool) {
		seq(func(k K, v V) bool { return yield(pair{k, v}) })
	})
	next = func() (K, V, bool) {
		p, ok := n()
		return p.k, p.v, ok
	}
	return next, s
}
