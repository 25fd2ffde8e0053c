package lexicon

import (
	"maps"
	"slices"
)

// A Table maps a fixed set of words to values of type V. It is an open-addressing hash table
// probed with [Hash], for the stages that look up every word of a text: a look-up costs about
// a third of a Go map's, whose string hashing and group probing are built for any use. A
// Table is read-only once built and safe for concurrent use.
type Table[V any] struct {
	seed  uint64
	mask  uint64
	slots []tableSlot[V]
}

type tableSlot[V any] struct {
	hash uint64 // Hash of key, compared before the key
	key  string
	val  V
	full bool
}

// NewTable returns a Table of the words and values of m.
func NewTable[V any](m map[string]V) *Table[V] {
	// At most a quarter full, so that the probe for a word not in the table, most words of a
	// text, stops at once.
	n := 16
	for n < 4*len(m) {
		n <<= 1
	}
	t := &Table[V]{seed: NewSeed(), mask: uint64(n - 1), slots: make([]tableSlot[V], n)}
	for _, k := range slices.Sorted(maps.Keys(m)) { // sorted: the same layout for a seed
		h := Hash(t.seed, k)
		i := h & t.mask
		for t.slots[i].full {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot[V]{hash: h, key: k, val: m[k], full: true}
	}
	return t
}

// Get returns the value of the word s, and whether the table holds it.
func (t *Table[V]) Get(s string) (v V, ok bool) {
	h := Hash(t.seed, s)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if !sl.full {
			return v, false
		}
		if sl.hash == h && sl.key == s {
			return sl.val, true
		}
	}
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].full {
			n++
		}
	}
	return n
}
