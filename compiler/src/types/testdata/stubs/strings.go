package strings

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error             { b.buf = append(b.buf, c); return nil }
func (b *Builder) WriteRune(r rune) (int, error)      { return 0, nil }
func (b *Builder) Write(p []byte) (int, error)        { return len(p), nil }
func (b *Builder) String() string                     { return string(b.buf) }
func (b *Builder) Len() int                           { return len(b.buf) }
func (b *Builder) Reset()                             {}
func (b *Builder) Grow(n int)                         {}

type Reader struct{ s string }

func NewReader(s string) *Reader                   { return &Reader{s} }
func (r *Reader) Read(p []byte) (n int, err error) { return 0, nil }

func Join(elems []string, sep string) string           { return "" }
func TrimSpace(s string) string                        { return s }
func Fields(s string) []string                         { return nil }
func Split(s, sep string) []string                     { return nil }
func SplitN(s, sep string, n int) []string             { return nil }
func ToLower(s string) string                          { return s }
func ToUpper(s string) string                          { return s }
func Repeat(s string, count int) string                { return s }
func Index(s, substr string) int                       { return 0 }
func IndexByte(s string, c byte) int                   { return 0 }
func IndexRune(s string, r rune) int                   { return 0 }
func LastIndex(s, substr string) int                   { return 0 }
func Compare(a, b string) int                          { return 0 }
func Contains(s, substr string) bool                   { return false }
func ContainsRune(s string, r rune) bool               { return false }
func ContainsAny(s, chars string) bool                 { return false }
func HasPrefix(s, prefix string) bool                  { return false }
func HasSuffix(s, suffix string) bool                  { return false }
func TrimPrefix(s, prefix string) string               { return s }
func TrimSuffix(s, suffix string) string               { return s }
func Trim(s, cutset string) string                     { return s }
func TrimLeft(s, cutset string) string                 { return s }
func TrimRight(s, cutset string) string                { return s }
func TrimFunc(s string, f func(rune) bool) string      { return s }
func Replace(s, old, new string, n int) string         { return s }
func ReplaceAll(s, old, new string) string             { return s }
func Count(s, substr string) int                       { return 0 }
func EqualFold(s, t string) bool                       { return false }
func Map(mapping func(rune) rune, s string) string     { return s }
func Title(s string) string                            { return s }
func Cut(s, sep string) (before, after string, found bool) { return s, "", false }
func FieldsFunc(s string, f func(rune) bool) []string  { return nil }
