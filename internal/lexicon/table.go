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
	a, b uint64 // the key's words (see words: a long key's first and last eight bytes)
	n    uint64 // len(key), and from bit 32 on a long key's index in longs plus one; 0 marks an empty slot
	val  V
}

// NewTable returns a Table of the words and values of m.
func NewTable[V any](m map[string]V) *Table[V] {
	// In the map's order, not sorted: the seed is drawn afresh in every process, so no order
	// gives the same layout twice, and under linear probing the slots taken and the probes
	// of all the words together do not depend on it. Sorting the six thousand words of the
	// entity stage's table took a fifth of its start-up.
	t := newTable[V](len(m))
	for k, v := range m {
		if k == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		a, b := words(k)
		i := slotHash(t.seed, a, b, len(k)) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		*t.add(i, k, a, b) = v
	}
	return t
}

// A TableBuilder builds a Table a word at a time, for a caller that would otherwise fill a map
// only to hand it to NewTable: each word is hashed and placed once, where filling the map and
// then the table hashed it twice and walked the map.
type TableBuilder[V any] struct {
	t    *Table[V]
	room int // the words t may hold before it grows
}

// NewTableBuilder returns a builder for a Table of about n words; it grows past n if need be.
func NewTableBuilder[V any](n int) *TableBuilder[V] {
	t := newTable[V](n)
	return &TableBuilder[V]{t: t, room: len(t.slots) / 4}
}

// Value returns the value of the word k, which the caller may set, adding k with the zero
// value if it is not yet in the table. The pointer is good until the next call.
func (b *TableBuilder[V]) Value(k string) *V {
	t := b.t
	if k == "" {
		t.hasEmpty = true
		return &t.empty
	}
	if b.room == 0 {
		t.grow()
		b.room = len(t.slots)/4 - len(t.slots)/8 // half of the slots' quarter is full
	}
	n := len(k)
	x, y := words(k)
	i := slotHash(t.seed, x, y, n) & t.mask
	for ; t.slots[i].n != 0; i = (i + 1) & t.mask {
		// A short key and a long one differ in length, and keys of a length in their words
		// or, for long keys, their bytes.
		sl := &t.slots[i]
		if sl.a == x && sl.b == y && uint32(sl.n) == uint32(n) && (n <= maxShortKey || t.longs[sl.n>>32-1] == k) {
			return &sl.val
		}
	}
	b.room--
	return t.add(i, k, x, y)
}

// Table returns the Table built, which the builder must not change after.
func (b *TableBuilder[V]) Table() *Table[V] { return b.t }

// newTable returns an empty Table with room for n words.
func newTable[V any](n int) *Table[V] {
	// At most a quarter full, so that the probe for a word not in the table, most words of a
	// text, stops at once.
	size := 16
	for size < 4*n {
		size <<= 1
	}
	return &Table[V]{seed: NewSeed(), mask: uint64(size - 1), slots: make([]tableSlot[V], size)}
}

// add puts the word k, whose words are a and b, in the empty slot i, and returns its value.
func (t *Table[V]) add(i uint64, k string, a, b uint64) *V {
	n := uint64(len(k))
	if len(k) > maxShortKey {
		n |= uint64(len(t.longs)+1) << 32
		t.longs = append(t.longs, k)
	}
	t.slots[i] = tableSlot[V]{a: a, b: b, n: n}
	return &t.slots[i].val
}

// grow doubles t's slots, moving each word as its slot holds it.
func (t *Table[V]) grow() {
	old := t.slots
	t.slots, t.mask = make([]tableSlot[V], 2*len(old)), uint64(2*len(old)-1)
	for i := range old {
		if sl := &old[i]; sl.n != 0 {
			j := slotHash(t.seed, sl.a, sl.b, int(uint32(sl.n))) & t.mask
			for t.slots[j].n != 0 {
				j = (j + 1) & t.mask
			}
			t.slots[j] = *sl
		}
	}
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
