package main

// Allocates ~10 GB in total while keeping ~50 MB live; the resident set must stay small.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func rssMB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.Atoi(f[1])
			return kb / 1024
		}
	}
	return -1
}

func main() {
	const live = 50 << 20
	const chunk = 4 << 10
	ring := make([][]byte, live/chunk)
	total := 0
	check := 0
	for i := 0; total < 10<<30; i++ {
		b := make([]byte, chunk)
		for j := 0; j < chunk; j += 512 {
			b[j] = byte(i + j)
		}
		b[chunk-1] = byte(i >> 8)
		old := ring[i%len(ring)]
		if old != nil {
			check += int(old[0]) + int(old[chunk-1])
		}
		ring[i%len(ring)] = b
		total += chunk
	}
	peak := rssMB()
	fmt.Println("allocated GB:", total>>30, "checksum:", check)
	fmt.Println("peak RSS under 200 MB:", peak > 0 && peak < 200)
}
