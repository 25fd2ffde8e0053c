package text

import (
	"strings"
	"testing"
)

// TestMayBeAbbrev checks that the shape filter of the abbreviations lets every one of them
// through, in any case, and turns down ordinary words.
func TestMayBeAbbrev(t *testing.T) {
	l := lex()
	for w := range l.abbrevList {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !l.mayBeAbbrev(form) {
				t.Errorf("mayBeAbbrev(%q) = false for a listed abbreviation", form)
			}
		}
	}
	for _, w := range []string{"said", "year", "Monday", "week"} {
		if l.mayBeAbbrev(w) {
			t.Errorf("mayBeAbbrev(%q) = true, want false", w)
		}
	}
}
