package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	var b strings.Builder
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b.String())
	n, err := b.Write([]byte("xyz"))
	fmt.Println(n, err, b.String())
}
