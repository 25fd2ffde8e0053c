package topic

import (
	"testing"
	"unicode/utf8"
)

// TestTwoLetters checks twoLetters against the test it stands for, which counts the characters
// of a two-byte key, for every key of up to two bytes and a few longer ones.
func TestTwoLetters(t *testing.T) {
	want := func(k string) bool {
		return len(k) > 2 || len(k) == 2 && (k[0] < utf8.RuneSelf || utf8.RuneCountInString(k) >= 2)
	}
	check := func(k string) {
		if got := twoLetters(k); got != want(k) {
			t.Errorf("twoLetters(%q) = %v, want %v", k, got, want(k))
		}
	}
	check("")
	for b0 := range 256 {
		check(string([]byte{byte(b0)}))
		for b1 := range 256 {
			check(string([]byte{byte(b0), byte(b1)}))
		}
	}
	for _, k := range []string{"war", "ab", "é", "éé", "日", "\xe2\x80"} {
		check(k)
	}
}
