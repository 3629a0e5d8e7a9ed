package os

type File struct{ fd int }

func (f *File) Write(p []byte) (n int, err error)       { return len(p), nil }
func (f *File) WriteString(s string) (n int, err error) { return len(s), nil }
func (f *File) Read(p []byte) (n int, err error)        { return 0, nil }

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
	Args   []string
)

func Exit(code int) {}
func Getenv(key string) string { return "" }
