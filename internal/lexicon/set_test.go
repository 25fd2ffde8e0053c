package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// TestSet checks that a Set answers as the map it was built from: for its words, for words
// that share a length or a first byte with them, for the empty word, and for long words.
func TestSet(t *testing.T) {
	long := strings.Repeat("x", 70)
	m := map[string]bool{"said": true, "told": true, "à": true, long: true, "": true, "not": false}
	s := NewSet(m)
	probes := []string{"said", "told", "sad", "tolD", "saiD", "sail", "à", "á", long, long + "y", "", "not", "n", "x"}
	for i := range 20 {
		probes = append(probes, fmt.Sprintf("w%d", i))
	}
	for _, w := range probes {
		if got, want := s.Has(w), m[w]; got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	if NewSet(nil).Has("") || NewSet(nil).Has("a") {
		t.Error("an empty Set has a word")
	}
}

// FuzzSet checks that a Set answers as its map for any two words, one in the set and one
// probed, whatever their bytes.
func FuzzSet(f *testing.F) {
	f.Add("said", "sad")
	f.Add("", "é")
	f.Fuzz(func(t *testing.T, in, probe string) {
		m := map[string]bool{in: true, "told": true}
		s := NewSet(m)
		for _, w := range []string{in, probe, "told"} {
			if got, want := s.Has(w), m[w]; got != want {
				t.Fatalf("Has(%q) = %v, want %v (set of %q)", w, got, want, in)
			}
		}
	})
}
