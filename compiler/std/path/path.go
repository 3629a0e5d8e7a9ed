// Package path implements utility routines for manipulating slash-separated paths
// (written for rgo from the documented behaviour of Go's package path).
package path

import (
	"errors"
	"unicode/utf8"
)

// Clean returns the shortest path name equivalent to path by purely lexical processing:
// multiple slashes become one, "." elements are removed, ".." elements remove the
// preceding non-".." element, and a rooted path's leading ".." elements are dropped.
// The result ends in a slash only if it is the root "/"; an empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := make([]byte, 0, n)
	r, dotdot := 0, 0
	if rooted {
		out = append(out, '/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2
			switch {
			case len(out) > dotdot:
				// back up to the previous slash
				w := len(out) - 1
				for w > dotdot && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out = append(out, path[r])
			}
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path immediately following the final slash, separating it into a
// directory and file name component.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Join joins any number of path elements into a single path, separating them with
// slashes. Empty elements are ignored. The result is Cleaned. An all-empty argument list
// yields "".
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path: the suffix beginning at the final
// dot in the final slash-separated element; empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed before extracting
// the last element. If the path is empty, Base returns ".". If the path consists
// entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's directory. The
// path is Cleaned and trailing slashes are removed.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' matches any sequence of
// non-'/' characters, '?' any single non-'/' character, '[' ['^'] { range } ']' a
// character class, and '\\' escapes. The only possible error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	return matchSep(pattern, name, '/')
}

// matchSep is Match with the given separator (shared with path/filepath).
func matchSep(pattern, name string, sep byte) (bool, error) {
	m, ok := matchHere(pattern, name, sep)
	if !ok {
		return false, ErrBadPattern
	}
	if !m {
		// A malformed pattern is reported even when the match fails early.
		if !validPattern(pattern, sep) {
			return false, ErrBadPattern
		}
	}
	return m, nil
}

// matchHere matches pattern against all of name (backtracking on '*'); ok is false for
// a malformed pattern encountered during matching.
func matchHere(p, s string, sep byte) (matched, ok bool) {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if len(p) == 0 {
				return indexByte(s, sep) < 0, true
			}
			for i := 0; i <= len(s); i++ {
				m, ok := matchHere(p, s[i:], sep)
				if !ok {
					return false, false
				}
				if m {
					return true, true
				}
				if i < len(s) && s[i] == sep {
					break
				}
			}
			return false, true
		case '?':
			if len(s) == 0 || s[0] == sep {
				return false, true
			}
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			p = p[1:]
		case '[':
			if len(s) == 0 || s[0] == sep {
				if _, _, ok := parseClass(p, 0); !ok {
					return false, false
				}
				return false, true
			}
			r, n := utf8.DecodeRuneInString(s)
			m, rest, ok := parseClass(p, r)
			if !ok {
				return false, false
			}
			if !m {
				return false, true
			}
			s = s[n:]
			p = rest
		case '\\':
			if len(p) < 2 {
				return false, false
			}
			if len(s) == 0 || s[0] != p[1] {
				return false, true
			}
			s = s[1:]
			p = p[2:]
		default:
			if len(s) == 0 || s[0] != p[0] {
				return false, true
			}
			s = s[1:]
			p = p[1:]
		}
	}
	return len(s) == 0, true
}

// parseClass matches r against the character class at the start of p ("[...]"),
// returning the rest of the pattern after the class.
func parseClass(p string, r rune) (matched bool, rest string, ok bool) {
	p = p[1:]
	negated := false
	if len(p) > 0 && p[0] == '^' {
		negated = true
		p = p[1:]
	}
	nrange := 0
	for {
		if len(p) > 0 && p[0] == ']' && nrange > 0 {
			p = p[1:]
			break
		}
		lo, np, ok := classChar(p)
		if !ok {
			return false, "", false
		}
		p = np
		hi := lo
		if len(p) > 0 && p[0] == '-' {
			hi, np, ok = classChar(p[1:])
			if !ok {
				return false, "", false
			}
			p = np
		}
		if lo <= r && r <= hi {
			matched = true
		}
		nrange++
	}
	return matched != negated, p, true
}

func classChar(p string) (r rune, rest string, ok bool) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, "", false
	}
	if p[0] == '\\' {
		p = p[1:]
		if len(p) == 0 {
			return 0, "", false
		}
	}
	r, n := utf8.DecodeRuneInString(p)
	if r == utf8.RuneError && n == 1 {
		return 0, "", false
	}
	return r, p[n:], true
}

// validPattern reports whether pattern is well formed.
func validPattern(p string, sep byte) bool {
	for len(p) > 0 {
		switch p[0] {
		case '\\':
			if len(p) < 2 {
				return false
			}
			p = p[2:]
		case '[':
			_, rest, ok := parseClass(p, 0)
			if !ok {
				return false
			}
			p = rest
		default:
			p = p[1:]
		}
	}
	return true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
