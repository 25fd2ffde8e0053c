package lexicon

import (
	"strings"
	"testing"
)

var shapeWords = []string{
	"", "a", "of", "say", "said", "prime", "minister", "'s", "u.s", "über", "zürich", "ab-c",
	strings.Repeat("z", 16), strings.Repeat("y", 300), "Said", "x\x00y", "\xff",
}

func TestShapeSet(t *testing.T) {
	var ss shapeSet
	for _, w := range shapeWords {
		ss.add(w)
	}
	for _, w := range shapeWords {
		if !ss.mayHave(w) {
			t.Errorf("mayHave(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"company", "weeks", "sad", "prim"} {
		if ss.mayHave(w) {
			t.Errorf("mayHave(%q) = true, want a shape no word of the set has", w)
		}
	}
}

// FuzzShapeSet checks that a shapeSet never turns away a word added to it, whatever the
// bytes, next to the words of shapeWords.
func FuzzShapeSet(f *testing.F) {
	for _, w := range shapeWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var ss shapeSet
		for _, o := range shapeWords {
			ss.add(o)
		}
		ss.add(w)
		if !ss.mayHave(w) {
			t.Fatalf("mayHave(%q) = false after add", w)
		}
		for _, o := range shapeWords {
			if !ss.mayHave(o) {
				t.Fatalf("mayHave(%q) = false after adding %q", o, w)
			}
		}
	})
}
