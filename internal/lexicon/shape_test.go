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
	var ss ShapeSet
	for _, w := range shapeWords {
		ss.Add(w)
	}
	for _, w := range shapeWords {
		if !ss.MayHave(w) {
			t.Errorf("MayHave(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"company", "weeks", "sad", "prim"} {
		if ss.MayHave(w) {
			t.Errorf("MayHave(%q) = true, want a shape no word of the set has", w)
		}
	}
}

// FuzzShapeSet checks that a ShapeSet never turns away a word added to it, whatever the
// bytes, next to the words of shapeWords.
func FuzzShapeSet(f *testing.F) {
	for _, w := range shapeWords {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var ss ShapeSet
		for _, o := range shapeWords {
			ss.Add(o)
		}
		ss.Add(w)
		if !ss.MayHave(w) {
			t.Fatalf("MayHave(%q) = false after add", w)
		}
		for _, o := range shapeWords {
			if !ss.MayHave(o) {
				t.Fatalf("MayHave(%q) = false after adding %q", o, w)
			}
		}
	})
}
