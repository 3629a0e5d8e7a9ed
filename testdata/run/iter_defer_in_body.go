package main

import (
	"fmt"
	"slices"
)

func process(items []string) (log []string) {
	defer func() { log = append(log, "process done") }()
	for i, it := range slices.All(items) {
		// defers inside a range-over-func body run when process returns
		defer func() { log = append(log, fmt.Sprint("cleanup ", i, it)) }()
		log = append(log, "use "+it)
	}
	log = append(log, "loop done")
	return log
}

func main() {
	for _, l := range process([]string{"a", "b", "c"}) {
		fmt.Println(l)
	}
}
