package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct {
	data []byte
	next *blob
}

var sink *blob

func makeChain(n, size int) *blob {
	var head *blob
	for i := 0; i < n; i++ {
		head = &blob{data: make([]byte, size), next: head}
		head.data[0] = byte(i)
	}
	return head
}

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	sink = makeChain(1000, 10000) // ~10 MB live
	var mid runtime.MemStats
	runtime.ReadMemStats(&mid)
	fmt.Println("heap grew:", mid.HeapAlloc > before.HeapAlloc+9_000_000)

	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("heap shrank after GC:", after.HeapAlloc < mid.HeapAlloc-9_000_000)
	fmt.Println("cycles counted:", after.NumGC >= before.NumGC+1)
	fmt.Println("forced cycles counted:", after.NumForcedGC >= 2)
	fmt.Println("mallocs >= frees:", after.Mallocs >= after.Frees)
	fmt.Println("frees counted:", after.Frees > mid.Frees)
	fmt.Println("pause recorded:", after.PauseTotalNs > 0 && after.PauseNs[(after.NumGC+255)%256] > 0)
	fmt.Println("last GC time set:", after.LastGC > 0)
	fmt.Println("sys >= heap:", after.HeapSys >= after.HeapAlloc)
	fmt.Println("enabled:", after.EnableGC)

	fmt.Println("SetGCPercent:", debug.SetGCPercent(50))
	fmt.Println("SetGCPercent:", debug.SetGCPercent(-1))
	var off1, off2 runtime.MemStats
	runtime.ReadMemStats(&off1)
	for i := 0; i < 100; i++ {
		sink = makeChain(10, 100000)
	}
	runtime.ReadMemStats(&off2)
	fmt.Println("no automatic cycle with GOGC off:", off2.NumGC == off1.NumGC)
	fmt.Println("SetGCPercent:", debug.SetGCPercent(100))

	old := debug.SetMemoryLimit(-1)
	fmt.Println("default memory limit is max:", old == 1<<63-1)
	fmt.Println("SetMemoryLimit:", debug.SetMemoryLimit(1<<30) == 1<<63-1, debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(old)

	sink = nil
	debug.FreeOSMemory()
	var freed runtime.MemStats
	runtime.ReadMemStats(&freed)
	fmt.Println("released after FreeOSMemory:", freed.HeapReleased > 0)
}
