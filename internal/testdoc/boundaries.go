package testdoc

import "unicode/utf8"

// Boundaries marks the character boundaries of s as the module counts them: every rune start,
// each invalid byte counting as a character of its own, and len(s). A span whose ends are not
// marked cuts a character in two.
func Boundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	b[len(s)] = true
	return b
}
