package lexicon

import (
	"maps"
	"slices"
)

// A Set is a fixed set of words: the small word classes (auxiliaries, prepositions, days) that
// the stages test at nearly every token. It is an open-addressing table keyed by a word's
// length and its first and last bytes, a hash of a few instructions where a Go map hashes every
// byte: most words of a text are in no class and stop at an empty slot. The words are fixed,
// so no text can lengthen a probe: the longest run of full slots bounds it. A Set is read-only
// once built and safe for concurrent use.
type Set struct {
	slots []string // the words, each in its slot or after it; "" marks an empty slot
	shift uint     // 32 minus the bits of a slot's index
	empty bool     // whether the empty word is in the set
}

// NewSet returns the Set of the words that m maps to true. It takes a map so that the lists
// read as the map literals they were.
func NewSet(m map[string]bool) *Set {
	n, bits := 16, uint(4)
	for n < 4*len(m) { // at most a quarter full: the probe for a word not held stops at once
		n, bits = 2*n, bits+1
	}
	s := &Set{slots: make([]string, n), shift: 32 - bits}
	for _, w := range slices.Sorted(maps.Keys(m)) { // sorted: the same layout every run
		switch {
		case !m[w]:
		case w == "":
			s.empty = true
		default:
			i := s.slot(w)
			for s.slots[i] != "" {
				i = (i + 1) & uint32(n-1)
			}
			s.slots[i] = w
		}
	}
	return s
}

// slot returns the first slot to probe for the non-empty word w.
func (s *Set) slot(w string) uint32 {
	k := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16
	// Fibonacci hashing: the top bits of the product. The shift is below 32 (a Set has 16
	// slots or more); saying so spares the test for a shift of 32 or more at every call.
	return k * 0x9e3779b1 >> (s.shift & 31)
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	if w == "" {
		return s.empty
	}
	mask := uint32(len(s.slots) - 1)
	for i := s.slot(w); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}
