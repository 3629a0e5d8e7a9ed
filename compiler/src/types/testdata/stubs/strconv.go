package strconv

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string { return "" }

var ErrRange error
var ErrSyntax error

func Itoa(i int) string                                      { return "" }
func Atoi(s string) (int, error)                             { return 0, nil }
func FormatFloat(f float64, fmt byte, prec, bitSize int) string { return "" }
func FormatInt(i int64, base int) string                     { return "" }
func FormatUint(i uint64, base int) string                   { return "" }
func FormatBool(b bool) string                               { return "" }
func ParseFloat(s string, bitSize int) (float64, error)      { return 0, nil }
func ParseInt(s string, base int, bitSize int) (int64, error) { return 0, nil }
func ParseUint(s string, base int, bitSize int) (uint64, error) { return 0, nil }
func ParseBool(str string) (bool, error)                     { return false, nil }
func Quote(s string) string                                  { return s }
func Unquote(s string) (string, error)                       { return s, nil }
func AppendInt(dst []byte, i int64, base int) []byte         { return dst }
