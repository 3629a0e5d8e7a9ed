package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 5000; i++ {
		m[i] = fmt.Sprint(i)
	}
	fmt.Println(len(m), m[4999], m[0])
	for i := 0; i < 5000; i++ {
		if i%3 != 0 {
			delete(m, i)
		}
	}
	fmt.Println(len(m), m[3], m[4] == "")
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	for i := 0; i < 5000; i++ {
		m[i] = "again"
	}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	strs := map[string]int{}
	for i := 0; i < 1000; i++ {
		strs[fmt.Sprintf("key-%03d", i%250)] += i
	}
	fmt.Println(len(strs), strs["key-000"], strs["key-249"])
}
