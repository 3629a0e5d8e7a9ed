package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []int64{0, 1, 9, 10, 11, 42, 99, 100, 101, 999, 1000, 12345, -1, -9, -10, -99, -100, 1<<63 - 1, -1 << 63, 1 << 40, -(1 << 33)}
	for _, v := range vals {
		for _, b := range []int{2, 3, 7, 8, 10, 16, 32, 36} {
			fmt.Print(strconv.FormatInt(v, b), " ", strconv.FormatUint(uint64(v), b), " ", string(strconv.AppendInt([]byte("x"), v, b)), " ", string(strconv.AppendUint(nil, uint64(v), b)), ";")
		}
		fmt.Println(strconv.Itoa(int(v)))
	}
	defer func() { fmt.Println(recover()) }()
	strconv.FormatInt(5, 1)
}
