package main

func safe(x []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return x[i], true
}

func main() {
	v, ok := safe([]int{1}, 3)
	println(v, ok)
}
