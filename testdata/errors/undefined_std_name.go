package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	fmt.Println(strings.Foo("a"))
	var b strings.Builder
	b.Bogus()
	fmt.Println(time.Bogus, time.NoSuchType(0))
	var t time.Time
	fmt.Println(t.NoSuchMethod())
}
