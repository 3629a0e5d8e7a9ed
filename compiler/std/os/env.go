package os

import "sync"

func runtime_environ() []string

// The runtime keeps a copy of the environment for packages that cannot import os
// (package time reads TZ and ZONEINFO); these report each change to it.
func runtime_setenv(key, value string)
func runtime_unsetenv(key string)
func runtime_clearenv()

var (
	envOnce sync.Once
	envMu   sync.Mutex
	envList []string // "KEY=value" entries, in order
)

func loadEnv() {
	envList = runtime_environ()
}

func envIndex(key string) int {
	for i, kv := range envList {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv retrieves the value of the environment variable named by the key. It returns
// the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key. If the
// variable is present in the environment the value (which may be empty) is returned and
// the boolean is true. Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool) {
	envOnce.Do(loadEnv)
	envMu.Lock()
	defer envMu.Unlock()
	if i := envIndex(key); i >= 0 {
		return envList[i][len(key)+1:], true
	}
	return "", false
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", errnoErr(22))
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", errnoErr(22))
		}
	}
	envOnce.Do(loadEnv)
	envMu.Lock()
	defer envMu.Unlock()
	kv := key + "=" + value
	if i := envIndex(key); i >= 0 {
		envList[i] = kv
	} else {
		envList = append(envList, kv)
	}
	runtime_setenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	envOnce.Do(loadEnv)
	envMu.Lock()
	defer envMu.Unlock()
	if i := envIndex(key); i >= 0 {
		envList = append(envList[:i:i], envList[i+1:]...)
	}
	runtime_unsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	envOnce.Do(loadEnv)
	envMu.Lock()
	envList = nil
	runtime_clearenv()
	envMu.Unlock()
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	envOnce.Do(loadEnv)
	envMu.Lock()
	defer envMu.Unlock()
	return append([]string(nil), envList...)
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call
// name and error details. If err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the
// current environment variables. References to undefined variables are replaced by the
// empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// invalid syntax: eat the characters
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlnum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the name after a '$' and the number of bytes it consumed.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // bad syntax: "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // bad syntax: no closing brace
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlnum(s[i]); i++ {
	}
	return s[:i], i
}
