// Package iter provides basic definitions related to iterators over sequences
// (rgo's implementation: the Seq and Seq2 types; Pull and Pull2 are not provided yet).
package iter

// Seq is an iterator over sequences of individual values: seq(yield) calls yield with
// successive elements, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
