package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)                             {}
func Stable(data Interface)                           {}
func Strings(x []string)                              {}
func Ints(x []int)                                    {}
func Float64s(x []float64)                            {}
func Slice(x any, less func(i, j int) bool)           {}
func SliceStable(x any, less func(i, j int) bool)     {}
func Search(n int, f func(int) bool) int              { return 0 }
func SearchInts(a []int, x int) int                   { return 0 }
func SearchStrings(a []string, x string) int          { return 0 }
func IntsAreSorted(x []int) bool                      { return true }
func SliceIsSorted(x any, less func(i, j int) bool) bool { return true }
func Reverse(data Interface) Interface                { return data }

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
