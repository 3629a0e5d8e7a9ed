package runtime

// Goroutine scheduling. These functions are implemented in the Rust runtime
// (runtime/src/sched/mod.rs) under the symbols "runtime.<Name>".

// Gosched yields the processor, allowing other goroutines to run. It does not suspend
// the current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting. The
// default comes from the GOMAXPROCS environment variable or the CPU count.
func GOMAXPROCS(n int) int

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "rgo"
