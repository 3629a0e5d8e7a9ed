// Package debug contains facilities for programs to debug themselves while they are
// running. rgo provides the garbage-collector controls; they are implemented in the Rust
// runtime (runtime/src/gc/api.rs).
package debug

// SetGCPercent sets the garbage collection target percentage (GOGC) and returns the
// previous setting. A negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// SetMemoryLimit sets a soft memory limit for the runtime (GOMEMLIMIT) and returns the
// previous limit. A negative input only reads the current limit.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to return as much
// memory to the operating system as possible.
func FreeOSMemory()
