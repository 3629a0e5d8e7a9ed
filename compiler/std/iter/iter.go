// Package iter provides basic definitions related to iterators over sequences
// (rgo's implementation: Pull and Pull2 run the iterator on a goroutine and hand values
// over through channels, where gc uses coroutines; a panic inside the iterator ends the
// program instead of propagating to the caller of next).
package iter

// Seq is an iterator over sequences of individual values: seq(yield) calls yield with
// successive elements, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator seq into a pull-style iterator: next returns the
// next value and true, or the zero value and false at the end; stop ends the iteration.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	req := make(chan bool)
	resp := make(chan V)
	fin := make(chan struct{})
	started, finished := false, false
	start := func() {
		started = true
		go func() {
			defer close(fin)
			if !<-req {
				return
			}
			seq(func(v V) bool {
				resp <- v
				return <-req
			})
		}()
	}
	next = func() (V, bool) {
		var zero V
		if finished {
			return zero, false
		}
		if !started {
			start()
		}
		select {
		case req <- true:
		case <-fin:
			finished = true
			return zero, false
		}
		select {
		case v := <-resp:
			return v, true
		case <-fin:
			finished = true
			return zero, false
		}
	}
	stop = func() {
		if finished {
			return
		}
		finished = true
		if !started {
			return
		}
		select {
		case req <- false:
		case <-fin:
		}
		<-fin
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
