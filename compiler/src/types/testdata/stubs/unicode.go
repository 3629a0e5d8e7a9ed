package unicode

func IsUpper(r rune) bool  { return false }
func IsLower(r rune) bool  { return false }
func IsLetter(r rune) bool { return false }
func IsDigit(r rune) bool  { return false }
func IsSpace(r rune) bool  { return false }
func IsPunct(r rune) bool  { return false }
func ToUpper(r rune) rune  { return r }
func ToLower(r rune) rune  { return r }
