package lexicon

import "slices"

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
	// The slots of the first words put past their own, and how many there are.
	var moved [32]uint32
	nMoved := 0
	for w, in := range m {
		switch {
		case !in:
		case w == "":
			s.empty = true
		default:
			if i, ok := s.put(w); ok {
				if nMoved < len(moved) {
					moved[nMoved] = i
				}
				nMoved++
			}
		}
	}
	// With every word of a run of full slots in its own slot, no two share one, and putting
	// them in any order, sorted too, lays them out alike: only the runs of the words moved are
	// sorted, found from their slots, or all runs when many words moved.
	if nMoved > len(moved) {
		s.sortRuns()
		return s
	}
	var sorted [len(moved)]int // the first slots of the runs sorted
	for n, i := range moved[:nMoved] {
		start := s.runStart(i)
		if !slices.Contains(sorted[:n], start) {
			s.sortRun(start, s.runEnd(i))
		}
		sorted[n] = start
	}
	return s
}

// put puts w in the first empty slot from its own, and returns that slot and whether it is
// another.
func (s *Set) put(w string) (uint32, bool) {
	i := s.slot(w)
	moved := false
	for s.slots[i] != "" {
		i, moved = (i+1)&uint32(len(s.slots)-1), true
	}
	s.slots[i] = w
	return i, moved
}

// sortRuns lays the words out as putting them in sorted order would, so that a Set has the
// same layout in every run, whatever the map's order: sorting each run of full slots is
// enough, and costs a fraction of sorting all the words. A probe never crosses an empty
// slot, so the words of a run are those whose first slot is in it, in any order of putting,
// and their places depend only on their order among themselves.
func (s *Set) sortRuns() {
	mask := len(s.slots) - 1
	e := 0
	for s.slots[e] != "" { // an empty slot: at most a quarter are full
		e++
	}
	start := e + 1 // of the run
	for k := e + 1; k <= e+len(s.slots); k++ {
		if s.slots[k&mask] != "" {
			continue
		}
		if k-start > 1 { // a run of two words or more
			s.sortRun(start, k)
		}
		start = k + 1
	}
}

// runStart and runEnd return the first slot of the run of full slots that holds slot i, and
// the slot after its last, unreduced modulo the slots (which are at most a quarter full).
func (s *Set) runStart(i uint32) int {
	start, mask := int(i), len(s.slots)-1
	for s.slots[(start-1)&mask] != "" {
		start--
	}
	return start
}

func (s *Set) runEnd(i uint32) int {
	k, mask := int(i)+1, len(s.slots)-1
	for s.slots[k&mask] != "" {
		k++
	}
	return k
}

// sortRun puts the words of slots [start, k), taken modulo the slots, back in sorted order.
func (s *Set) sortRun(start, k int) {
	mask := len(s.slots) - 1
	var buf [16]string // room for most runs, with no allocation
	run := buf[:0]
	for j := start; j < k; j++ {
		run = append(run, s.slots[j&mask])
		s.slots[j&mask] = ""
	}
	slices.Sort(run)
	for _, w := range run {
		s.put(w)
	}
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
