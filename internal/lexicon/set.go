package lexicon

// A Set is a fixed set of words: the small word classes (auxiliaries, prepositions, days) that
// the stages test at nearly every token. Most words of a text are in none of them, so a Set
// first tests the word's length and first byte against those of its words, a few loads, and
// hashes only a word that passes: a test costs a fraction of a Go map's look-up, which hashes
// every word. A Set is read-only once built and safe for concurrent use.
type Set struct {
	lens   uint64    // bit n set if a word of n bytes is in the set; bit 63 for 63 or more
	firsts [4]uint64 // bit b set if a word starting with byte b is in the set
	tab    *Table[struct{}]
}

// NewSet returns the Set of the words that m maps to true. It takes a map so that the lists
// read as the map literals they were.
func NewSet(m map[string]bool) *Set {
	s := &Set{}
	words := map[string]struct{}{}
	for w, in := range m {
		if !in {
			continue
		}
		words[w] = struct{}{}
		s.lens |= 1 << min(len(w), 63)
		if w != "" {
			s.firsts[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	s.tab = NewTable(words)
	return s
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	if s.lens&(1<<min(len(w), 63)) == 0 {
		return false
	}
	if w != "" && s.firsts[w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return false
	}
	_, ok := s.tab.Get(w)
	return ok
}
