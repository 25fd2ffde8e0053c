package text

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/lexicon"
)

// TestMayBeAbbrev checks that the abbreviations' table holds every one of them, and that their
// shape filter lets every one through, in any case, and turns down ordinary words.
func TestMayBeAbbrev(t *testing.T) {
	l := lex()
	for _, f := range lexicon.Entries(abbrevList) {
		w := f[0]
		if info, ok := l.abbrevs.Get(w); !ok || info.mayEnd != (f[1] == "end") {
			t.Errorf("abbrevs.Get(%q) = %+v, %v", w, info, ok)
		}
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

// TestMayBeAbbrevShape checks mayBeAbbrev, written out for inlining, against abbrevShape's
// test: the same answer for every word of up to three bytes over letters, digits and
// punctuation, and for generated longer ones.
func TestMayBeAbbrevShape(t *testing.T) {
	l := lex()
	ref := func(w string) bool {
		b, ok := abbrevShape(w)
		return !ok || l.abbrevShapes[b/64]&(1<<(b%64)) != 0
	}
	const alphabet = "abcdeiklmnoprstuvxyzABCDEIJMNPRSTUVZ019.'-_@`{[\x80\xff"
	check := func(w string) {
		if got, want := l.mayBeAbbrev(w), ref(w); got != want {
			t.Errorf("mayBeAbbrev(%q) = %v, abbrevShape's test says %v", w, got, want)
		}
	}
	check("")
	for i := 0; i < len(alphabet); i++ {
		check(alphabet[i : i+1])
		for j := 0; j < len(alphabet); j++ {
			check(string([]byte{alphabet[i], alphabet[j]}))
			for k := 0; k < len(alphabet); k++ {
				check(string([]byte{alphabet[i], alphabet[j], alphabet[k]}))
			}
		}
	}
	seed := uint32(1)
	for range 200000 {
		w := make([]byte, 4+seed%5) // 4 to 8 bytes
		for i := range w {
			seed = seed*1664525 + 1013904223
			w[i] = alphabet[seed>>8%uint32(len(alphabet))]
		}
		check(string(w))
		check(string(w[:len(w)-3])) // 1 to 5 bytes
	}
}
