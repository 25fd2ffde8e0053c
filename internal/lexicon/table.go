package lexicon

import (
	"maps"
	"slices"
)

// A Table maps a fixed set of words to values of type V. It is an open-addressing hash table
// probed with [Hash], for the stages that look up every word of a text. A slot holds a short
// word as the two words Hash reads of it and its length, so that a probe compares three
// integers rather than two strings, and hashing and probing are written out in Get; the empty
// word and words longer than maxShortKey, rare in a text, are kept in a map. A look-up takes about half a Go
// map's time (BenchmarkTable). A Table is read-only once built and safe for concurrent use.
type Table[V any] struct {
	seed  uint64
	mask  uint64
	slots []tableSlot[V]
	long  map[string]V
}

type tableSlot[V any] struct {
	a, b uint64 // the key's words (see words)
	n    uint64 // len(key), from 1 to maxShortKey; 0 marks an empty slot
	val  V
}

// NewTable returns a Table of the words and values of m.
func NewTable[V any](m map[string]V) *Table[V] {
	// At most a quarter full, so that the probe for a word not in the table, most words of a
	// text, stops at once.
	n := 16
	for n < 4*len(m) {
		n <<= 1
	}
	t := &Table[V]{seed: NewSeed(), mask: uint64(n - 1), slots: make([]tableSlot[V], n), long: map[string]V{}}
	for _, k := range slices.Sorted(maps.Keys(m)) { // sorted: the same layout for a seed
		if len(k) == 0 || len(k) > maxShortKey {
			t.long[k] = m[k]
			continue
		}
		a, b := words(k)
		i := slotHash(t.seed, a, b, len(k)) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot[V]{a: a, b: b, n: uint64(len(k)), val: m[k]}
	}
	return t
}

// Get returns the value of the word s, and whether the table holds it.
func (t *Table[V]) Get(s string) (v V, ok bool) {
	// words' switch, written out: Get is called for nearly every word of a text, and words is
	// too large to be inlined.
	// The empty word goes with the long ones, so that one test sends both away and a slot
	// holds the length itself, not the length plus one.
	n := len(s)
	var a, b uint64
	switch {
	case uint(n-1) >= maxShortKey:
		v, ok = t.long[s]
		return v, ok
	case n >= 8:
		a, b = load64(s), load64(s[n-8:])
	case n >= 4:
		a, b = load32(s), load32(s[n-4:])
	default:
		a = uint64(s[0])<<16 | uint64(s[(n-1)>>1])<<8 | uint64(s[n-1])
	}
	for i := slotHash(t.seed, a, b, n) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return v, false
		}
		if sl.a == a && sl.b == b && sl.n == uint64(n) {
			return sl.val, true
		}
	}
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int {
	n := len(t.long)
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}
