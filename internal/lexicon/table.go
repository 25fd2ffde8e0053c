package lexicon

// A Table maps a fixed set of words to values of type V. It is an open-addressing hash table
// for the stages that look up every word of a text. A slot holds a word as the two integers
// words reads of it (of a long one, its first and last eight bytes) and its length, so that a
// probe compares three integers rather than two strings; a long word, rare in a text, is then
// compared byte by byte. Hashing and probing are written out in Get, which calls nothing and
// so checks no stack. A look-up takes about half a Go map's time (BenchmarkTable). A Table is
// read-only once built and safe for concurrent use.
type Table[V any] struct {
	seed     uint64
	mask     uint64
	slots    []tableSlot[V]
	longs    []string // the words longer than maxShortKey
	empty    V        // the value of the empty word
	hasEmpty bool     // whether the table holds the empty word
}

type tableSlot[V any] struct {
	a, b uint64 // the key's words (see words; a long key's first and last eight bytes)
	n    uint64 // len(key), and from bit 32 on a long key's index in longs plus one; 0 marks an empty slot
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
	t := &Table[V]{seed: NewSeed(), mask: uint64(n - 1), slots: make([]tableSlot[V], n)}
	// In the map's order, not sorted: the seed is drawn afresh in every process, so no order
	// gives the same layout twice, and under linear probing the slots taken and the probes
	// of all the words together do not depend on it. Sorting the six thousand words of the
	// entity stage's table took a fifth of its start-up.
	for k, v := range m {
		if k == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		var a, b uint64
		key := uint64(len(k))
		if len(k) > maxShortKey {
			a, b = load64(k), load64(k[len(k)-8:])
			key |= uint64(len(t.longs)+1) << 32
			t.longs = append(t.longs, k)
		} else {
			a, b = words(k)
		}
		i := slotHash(t.seed, a, b, len(k)) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot[V]{a: a, b: b, n: key, val: v}
	}
	return t
}

// Get returns the value of the word s, and whether the table holds it.
func (t *Table[V]) Get(s string) (v V, ok bool) {
	// words' switch, written out: Get is called for nearly every word of a text, and words is
	// too large to be inlined.
	n := len(s)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(s), load64(s[n-8:])
	case n >= 4:
		a, b = load32(s), load32(s[n-4:])
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[(n-1)>>1])<<8 | uint64(s[n-1])
	default:
		return t.empty, t.hasEmpty
	}
	for i := slotHash(t.seed, a, b, n) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return v, false
		}
		if sl.a == a && sl.b == b && (sl.n == uint64(n) || uint32(sl.n) == uint32(n) && t.isLong(sl.n>>32-1, s)) {
			return sl.val, true // a short key by its length alone: a long key's n has bits above 32
		}
	}
}

// isLong reports whether s is the i-th long word. It compares bytes in a loop, not with ==,
// which would call the runtime and cost Get a stack check at every word.
func (t *Table[V]) isLong(i uint64, s string) bool {
	if i >= uint64(len(t.longs)) {
		return false
	}
	k := t.longs[i]
	if len(k) != len(s) {
		return false
	}
	for j := range len(s) {
		if k[j] != s[j] {
			return false
		}
	}
	return true
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int {
	n := 0
	if t.hasEmpty {
		n++
	}
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}
