package main

import (
	"fmt"
	"iter"
)

// iter.Pull and Pull2 edge cases: stop before next, next after stop or exhaustion,
// repeated stop, panics in the iterator reaching the caller of next or stop, and
// iterators that ignore yield's result.

func counter(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  counter: cleanup")
		for i := range n {
			fmt.Println("  counter: producing", i)
			if !yield(i) {
				fmt.Println("  counter: stopped at", i)
				return
			}
		}
	}
}

func boom(yield func(int) bool) {
	defer fmt.Println("  boom: cleanup")
	yield(1)
	panic("iterator exploded")
}

// Ignores yield's result: after stop, yield keeps returning false.
func stubborn(yield func(int) bool) {
	for i := range 3 {
		fmt.Println("  stubborn: yield", i, "->", yield(i))
	}
}

// Panics while cleaning up after stop.
func badCleanup(yield func(int) bool) {
	defer func() {
		panic("cleanup failed")
	}()
	for i := 0; yield(i); i++ {
	}
}

func catch(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+": recovered:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println("stop before next")
	_, stop := iter.Pull(counter(3))
	stop()
	stop()

	fmt.Println("next after stop")
	next, stop := iter.Pull(counter(3))
	fmt.Println(next())
	stop()
	fmt.Println(next())
	stop()

	fmt.Println("exhausted")
	next, stop = iter.Pull(counter(1))
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println(next())
	stop()

	fmt.Println("panic in next")
	next, stop = iter.Pull(boom)
	catch("next", func() {
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
	})
	fmt.Println(next())
	stop()

	fmt.Println("panic in stop")
	next, stop = iter.Pull(badCleanup)
	fmt.Println(next())
	fmt.Println(next())
	catch("stop", stop)
	fmt.Println(next())
	stop()

	fmt.Println("ignored false")
	next, stop = iter.Pull(stubborn)
	fmt.Println(next())
	stop()
	fmt.Println(next())

	fmt.Println("pull2")
	n2, s2 := iter.Pull2(func(yield func(string, int) bool) {
		defer fmt.Println("  pull2: cleanup")
		_ = yield("a", 1) && yield("b", 2)
	})
	fmt.Println(n2())
	s2()
	fmt.Println(n2())
	n2, s2 = iter.Pull2(func(yield func(string, int) bool) {
		yield("x", 1)
		panic(fmt.Errorf("pull2 failed"))
	})
	catch("pull2", func() {
		for {
			k, v, ok := n2()
			if !ok {
				break
			}
			fmt.Println(k, v)
		}
	})
	s2()

	fmt.Println("range inside pull")
	next, stop = iter.Pull(func(yield func(int) bool) {
		for x := range counter(5) {
			if !yield(x * x) {
				return
			}
		}
	})
	fmt.Println(next())
	fmt.Println(next())
	stop()
}
