package errors

func New(text string) error { return &errorString{text} }

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func Is(err, target error) bool         { return err == target }
func As(err error, target any) bool     { return false }
func Unwrap(err error) error            { return nil }
func Join(errs ...error) error          { return nil }
