package slices

import "cmp"

// Sorting: pattern-defeating quicksort (insertion sort for short runs, median-of-three
// or ninther pivots, detection of sorted and reverse-sorted inputs, a separate pass for
// runs of elements equal to an earlier pivot, heapsort after too many unbalanced
// partitions) for Sort and SortFunc; merge sort with a buffer for SortStableFunc.
// The *Ordered functions below are generated from the same template as the *Func ones,
// with < in place of cmp(a, b) < 0.

const (
	smallSort        = 16 // slices this short are insertion sorted
	nintherThreshold = 50 // slices this long use Tukey's ninther as pivot
	stableBlock      = 20 // SortStableFunc insertion sorts blocks this long

	hintUnknown    = 0
	hintIncreasing = 1
	hintDecreasing = 2
)

// maxSwaps is the number of swaps choosePivot counts on strictly decreasing samples.
func maxSwaps(n int) int {
	if n >= nintherThreshold {
		return 12
	}
	return 3
}

// bitsLen is the number of bits needed to represent n.
func bitsLen(n int) int {
	k := 0
	for u := uint(n); u != 0; u >>= 1 {
		k++
	}
	return k
}

// Sort sorts x in ascending order; NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	// Move the NaNs (x[i] != x[i], never true for non-floats) to the front.
	k := 0
	for i := 0; i < n; i++ {
		if x[i] != x[i] {
			x[i], x[k] = x[k], x[i]
			k++
		}
	}
	var zero E
	y := []E(x[k:])
	pdqsortOrdered(y, false, zero, bitsLen(len(y)))
}

// SortFunc sorts x in ascending order by cmp (not stable).
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	var zero E
	pdqsortFunc([]E(x), false, zero, bitsLen(len(x)), cmp)
}

// SortStableFunc sorts x by cmp, keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n <= stableBlock {
		insertionSortFunc([]E(x), cmp)
		return
	}
	buf := make([]E, n/2)
	mergeSortFunc([]E(x), buf, cmp)
}

// mergeSortFunc stably sorts x by cmp, using buf (len(buf) >= len(x)/2) as scratch.
func mergeSortFunc[E any](x, buf []E, cmp func(a, b E) int) {
	n := len(x)
	if n <= stableBlock {
		insertionSortFunc(x, cmp)
		return
	}
	m := n / 2
	mergeSortFunc[E](x[:m], buf, cmp) // rgo: compiler-bugs/generic_recursive_infer.go
	mergeSortFunc[E](x[m:], buf, cmp)
	if cmp(x[m], x[m-1]) >= 0 {
		return // already in order
	}
	a := buf[:m]
	copy(a, x[:m])
	i, j, k := 0, m, 0
	for i < m && j < n {
		if cmp(x[j], a[i]) < 0 {
			x[k] = x[j]
			j++
		} else {
			x[k] = a[i]
			i++
		}
		k++
	}
	copy(x[k:], a[i:])
	clear(a)
}

// IsSorted reports whether x is sorted in ascending order (NaNs first).
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// insertionSortOrdered sorts x by insertion (stable).
func insertionSortOrdered[E cmp.Ordered](x []E) {
	for i := 1; i < len(x); i++ {
		v := x[i]
		j := i
		for j > 0 && v < x[j-1] {
			x[j] = x[j-1]
			j--
		}
		x[j] = v
	}
}

// siftDownOrdered restores the max-heap property of x[:n] below root.
func siftDownOrdered[E cmp.Ordered](x []E, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x[child] < x[child+1] {
			child++
		}
		if !(x[root] < x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

func heapSortOrdered[E cmp.Ordered](x []E) {
	n := len(x)
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownOrdered(x, i, n)
	}
	for i := n - 1; i > 0; i-- {
		x[0], x[i] = x[i], x[0]
		siftDownOrdered(x, 0, i)
	}
}

// breakPatternsOrdered swaps a few elements near the middle of x with pseudo-random ones,
// to defeat inputs that make the pivot choice unbalanced.
func breakPatternsOrdered[E cmp.Ordered](x []E) {
	n := len(x)
	r := uint64(n)
	mask := uint(1)
	for mask < uint(n) {
		mask <<= 1
	}
	mask--
	mid := n / 4 * 2
	for k := -1; k <= 1; k++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		x[mid+k], x[other] = x[other], x[mid+k]
	}
}

// median3Ordered returns the index among a, b, c holding the median, counting in *swaps the
// out-of-order pairs seen.
func median3Ordered[E cmp.Ordered](x []E, a, b, c int, swaps *int) int {
	if x[b] < x[a] {
		*swaps++
		a, b = b, a
	}
	if x[c] < x[b] {
		*swaps++
		b = c
		if x[b] < x[a] {
			*swaps++
			b = a
		}
	}
	return b
}

// choosePivotOrdered picks a pivot index of x (len(x) > smallSort) by the median of three or,
// for long slices, Tukey's ninther; hint reports whether the samples looked sorted
// (hintIncreasing) or reverse sorted (hintDecreasing).
func choosePivotOrdered[E cmp.Ordered](x []E) (pivot int, hint int) {
	n := len(x)
	a, b, c := n/4, n/2, n/4*3
	swaps := 0
	if n >= nintherThreshold {
		a = median3Ordered(x, a-1, a, a+1, &swaps)
		b = median3Ordered(x, b-1, b, b+1, &swaps)
		c = median3Ordered(x, c-1, c, c+1, &swaps)
	}
	b = median3Ordered(x, a, b, c, &swaps)
	switch {
	case swaps == 0:
		return b, hintIncreasing
	case swaps == maxSwaps(n):
		return n - 1 - b, hintDecreasing
	}
	return b, hintUnknown
}

// partialInsertionSortOrdered tries to finish sorting a nearly sorted x by moving a few
// misplaced elements; it reports whether x is sorted.
func partialInsertionSortOrdered[E cmp.Ordered](x []E) bool {
	const (
		maxSteps = 5
		shortest = 50
	)
	n := len(x)
	i := 1
	for step := 0; step < maxSteps; step++ {
		for i < n && !(x[i] < x[i-1]) {
			i++
		}
		if i == n {
			return true
		}
		if n < shortest {
			return false
		}
		x[i], x[i-1] = x[i-1], x[i]
		// Move the smaller element left to its place...
		for j := i - 1; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
		// ...and the greater one right.
		for j := i + 1; j < n && x[j] < x[j-1]; j++ {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
	return false
}

// partitionOrdered partitions x around the pivot x[p]: it returns m with x[:m] < pivot,
// x[m] == pivot and x[m+1:] >= pivot, and whether x was already partitioned.
func partitionOrdered[E cmp.Ordered](x []E, p int) (int, bool) {
	x[0], x[p] = x[p], x[0]
	pivot := x[0]
	i, j := 1, len(x)-1
	for i <= j && x[i] < pivot {
		i++
	}
	for i <= j && !(x[j] < pivot) {
		j--
	}
	if i > j {
		x[0], x[j] = x[j], x[0]
		return j, true
	}
	x[i], x[j] = x[j], x[i]
	i++
	j--
	// Now x[i-1] < pivot and x[j+1] >= pivot stop the scans (the *Func variant keeps the i <= j
	// tests: cmp may not be a strict weak ordering).
	for {
		for x[i] < pivot {
			i++
		}
		for !(x[j] < pivot) {
			j--
		}
		if i > j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[0], x[j] = x[j], x[0]
	return j, false
}

// partitionEqualOrdered moves the elements equal to the pivot x[p] (no element of x is less
// than it) to the front and returns their count.
func partitionEqualOrdered[E cmp.Ordered](x []E, p int) int {
	x[0], x[p] = x[p], x[0]
	pivot := x[0]
	i, j := 1, len(x)-1
	for {
		for i <= j && !(pivot < x[i]) {
			i++
		}
		for i <= j && pivot < x[j] {
			j--
		}
		if i > j {
			return i
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
}

// pdqsortOrdered sorts x (pattern-defeating quicksort). When hasPred, pred is a value no
// greater than any element of x (the pivot of an enclosing partition); bad is the number
// of unbalanced partitions still allowed before falling back to heapsort.
func pdqsortOrdered[E cmp.Ordered](x []E, hasPred bool, pred E, bad int) {
	balanced, partitioned := true, true
	for {
		n := len(x)
		if n <= smallSort {
			insertionSortOrdered(x)
			return
		}
		if bad == 0 {
			heapSortOrdered(x)
			return
		}
		if !balanced {
			breakPatternsOrdered(x)
			bad--
		}
		p, hint := choosePivotOrdered(x)
		if hint == hintDecreasing {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				x[i], x[j] = x[j], x[i]
			}
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSortOrdered(x) {
				return
			}
		}
		if hasPred && !(pred < x[p]) {
			x = x[partitionEqualOrdered(x, p):]
			continue
		}
		m, already := partitionOrdered(x, p)
		partitioned = already
		l, r := m, n-m-1
		limit := n / 8
		balanced = l >= limit && r >= limit
		pivot := x[m]
		if l < r {
			pdqsortOrdered(x[:m], hasPred, pred, bad)
			x = x[m+1:]
			hasPred, pred = true, pivot
		} else {
			pdqsortOrdered(x[m+1:], true, pivot, bad)
			x = x[:m]
		}
	}
}

// insertionSortFunc sorts x by insertion (stable).
func insertionSortFunc[E any](x []E, cmp func(a, b E) int) {
	for i := 1; i < len(x); i++ {
		v := x[i]
		j := i
		for j > 0 && cmp(v, x[j-1]) < 0 {
			x[j] = x[j-1]
			j--
		}
		x[j] = v
	}
}

// siftDownFunc restores the max-heap property of x[:n] below root.
func siftDownFunc[E any](x []E, root, n int, cmp func(a, b E) int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(x[child], x[child+1]) < 0 {
			child++
		}
		if cmp(x[root], x[child]) >= 0 {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

func heapSortFunc[E any](x []E, cmp func(a, b E) int) {
	n := len(x)
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDownFunc(x, i, n, cmp)
	}
	for i := n - 1; i > 0; i-- {
		x[0], x[i] = x[i], x[0]
		siftDownFunc(x, 0, i, cmp)
	}
}

// breakPatternsFunc swaps a few elements near the middle of x with pseudo-random ones,
// to defeat inputs that make the pivot choice unbalanced.
func breakPatternsFunc[E any](x []E) {
	n := len(x)
	r := uint64(n)
	mask := uint(1)
	for mask < uint(n) {
		mask <<= 1
	}
	mask--
	mid := n / 4 * 2
	for k := -1; k <= 1; k++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		x[mid+k], x[other] = x[other], x[mid+k]
	}
}

// median3Func returns the index among a, b, c holding the median, counting in *swaps the
// out-of-order pairs seen.
func median3Func[E any](x []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	if cmp(x[b], x[a]) < 0 {
		*swaps++
		a, b = b, a
	}
	if cmp(x[c], x[b]) < 0 {
		*swaps++
		b = c
		if cmp(x[b], x[a]) < 0 {
			*swaps++
			b = a
		}
	}
	return b
}

// choosePivotFunc picks a pivot index of x (len(x) > smallSort) by the median of three or,
// for long slices, Tukey's ninther; hint reports whether the samples looked sorted
// (hintIncreasing) or reverse sorted (hintDecreasing).
func choosePivotFunc[E any](x []E, cmp func(a, b E) int) (pivot int, hint int) {
	n := len(x)
	a, b, c := n/4, n/2, n/4*3
	swaps := 0
	if n >= nintherThreshold {
		a = median3Func(x, a-1, a, a+1, &swaps, cmp)
		b = median3Func(x, b-1, b, b+1, &swaps, cmp)
		c = median3Func(x, c-1, c, c+1, &swaps, cmp)
	}
	b = median3Func(x, a, b, c, &swaps, cmp)
	switch {
	case swaps == 0:
		return b, hintIncreasing
	case swaps == maxSwaps(n):
		return n - 1 - b, hintDecreasing
	}
	return b, hintUnknown
}

// partialInsertionSortFunc tries to finish sorting a nearly sorted x by moving a few
// misplaced elements; it reports whether x is sorted.
func partialInsertionSortFunc[E any](x []E, cmp func(a, b E) int) bool {
	const (
		maxSteps = 5
		shortest = 50
	)
	n := len(x)
	i := 1
	for step := 0; step < maxSteps; step++ {
		for i < n && cmp(x[i], x[i-1]) >= 0 {
			i++
		}
		if i == n {
			return true
		}
		if n < shortest {
			return false
		}
		x[i], x[i-1] = x[i-1], x[i]
		// Move the smaller element left to its place...
		for j := i - 1; j > 0 && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
		// ...and the greater one right.
		for j := i + 1; j < n && cmp(x[j], x[j-1]) < 0; j++ {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
	return false
}

// partitionFunc partitions x around the pivot x[p]: it returns m with x[:m] < pivot,
// x[m] == pivot and x[m+1:] >= pivot, and whether x was already partitioned.
func partitionFunc[E any](x []E, p int, cmp func(a, b E) int) (int, bool) {
	x[0], x[p] = x[p], x[0]
	pivot := x[0]
	i, j := 1, len(x)-1
	for i <= j && cmp(x[i], pivot) < 0 {
		i++
	}
	for i <= j && cmp(x[j], pivot) >= 0 {
		j--
	}
	if i > j {
		x[0], x[j] = x[j], x[0]
		return j, true
	}
	x[i], x[j] = x[j], x[i]
	i++
	j--
	// Now x[i-1] < pivot and x[j+1] >= pivot stop the scans (the *Func variant keeps the i <= j
	// tests: cmp may not be a strict weak ordering).
	for {
		for i <= j && cmp(x[i], pivot) < 0 {
			i++
		}
		for i <= j && cmp(x[j], pivot) >= 0 {
			j--
		}
		if i > j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[0], x[j] = x[j], x[0]
	return j, false
}

// partitionEqualFunc moves the elements equal to the pivot x[p] (no element of x is less
// than it) to the front and returns their count.
func partitionEqualFunc[E any](x []E, p int, cmp func(a, b E) int) int {
	x[0], x[p] = x[p], x[0]
	pivot := x[0]
	i, j := 1, len(x)-1
	for {
		for i <= j && cmp(pivot, x[i]) >= 0 {
			i++
		}
		for i <= j && cmp(pivot, x[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
}

// pdqsortFunc sorts x (pattern-defeating quicksort). When hasPred, pred is a value no
// greater than any element of x (the pivot of an enclosing partition); bad is the number
// of unbalanced partitions still allowed before falling back to heapsort.
func pdqsortFunc[E any](x []E, hasPred bool, pred E, bad int, cmp func(a, b E) int) {
	balanced, partitioned := true, true
	for {
		n := len(x)
		if n <= smallSort {
			insertionSortFunc(x, cmp)
			return
		}
		if bad == 0 {
			heapSortFunc(x, cmp)
			return
		}
		if !balanced {
			breakPatternsFunc(x)
			bad--
		}
		p, hint := choosePivotFunc(x, cmp)
		if hint == hintDecreasing {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				x[i], x[j] = x[j], x[i]
			}
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing {
			if partialInsertionSortFunc(x, cmp) {
				return
			}
		}
		if hasPred && cmp(pred, x[p]) >= 0 {
			x = x[partitionEqualFunc(x, p, cmp):]
			continue
		}
		m, already := partitionFunc(x, p, cmp)
		partitioned = already
		l, r := m, n-m-1
		limit := n / 8
		balanced = l >= limit && r >= limit
		pivot := x[m]
		if l < r {
			pdqsortFunc(x[:m], hasPred, pred, bad, cmp)
			x = x[m+1:]
			hasPred, pred = true, pivot
		} else {
			pdqsortFunc(x[m+1:], true, pivot, bad, cmp)
			x = x[:m]
		}
	}
}
