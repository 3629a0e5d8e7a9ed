// Package runtime is the Go-source part of rgo's runtime: the error values that runtime
// panics carry. The Rust runtime builds these values (their type descriptors are
// referenced as type:runtime.errorString / type:runtime.plainError).
package runtime

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// errorString is a runtime error whose message gets the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a runtime error printed without the prefix (e.g. "assignment to entry in
// nil map").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}
