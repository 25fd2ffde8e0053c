package lexicon

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
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

// TestSetLayout checks that NewSet lays the words out as putting them in sorted order did
// before it sorted only its runs of full slots: the same slots, in every process, whatever
// the map's order. The words are drawn from few letters, so that runs of many words form and
// many words move, and from many, so that few move and only their runs are sorted.
func TestSetLayout(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 4000 {
		letters := "abc"
		if n%2 == 1 {
			letters = "abcdefghijklmnopqrstuvwxyz"
		}
		m := map[string]bool{}
		for range r.IntN(200) {
			b := make([]byte, 1+r.IntN(5))
			for i := range b {
				b[i] = letters[r.IntN(len(letters))]
			}
			m[string(b)] = r.IntN(8) != 0
		}
		m[""] = r.IntN(2) == 0
		got, want := NewSet(m), sortedSet(m)
		if !slices.Equal(got.slots, want.slots) || got.shift != want.shift || got.empty != want.empty {
			t.Fatalf("NewSet(%v) slots %q, want %q", m, got.slots, want.slots)
		}
	}
}

// sortedSet is NewSet as it was: every word put in sorted order.
func sortedSet(m map[string]bool) *Set {
	n, bits := 16, uint(4)
	for n < 4*len(m) {
		n, bits = 2*n, bits+1
	}
	s := &Set{slots: make([]string, n), shift: 32 - bits}
	for _, w := range slices.Sorted(maps.Keys(m)) {
		switch {
		case !m[w]:
		case w == "":
			s.empty = true
		default:
			s.put(w)
		}
	}
	return s
}
