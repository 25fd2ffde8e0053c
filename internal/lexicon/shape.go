package lexicon

// A ShapeSet holds the shapes of a set of words: their length with their first, middle and
// last bytes, hashed to one bit of a small table. Testing a word's shape costs a few loads and
// a multiplication, inlined where the phrase lexicons and the stages ask it at nearly every
// token (a Phrases keeps one of its first words; the dates keep their own), and
// rejects most words of a text that are not in the set (of, company, weeks) and never one
// that is. This one test turns away more words than the two it replaced (length with the
// first and last letters, then with the second and second-to-last), which were too large
// to be inlined.
type ShapeSet struct {
	bits [1 << shapeBits / 64]uint64
}

// shapeBits is the number of bits of a shape's hash: a table of 8 KB, in which the two
// thousand first words of the cues set some 3% of the bits, so that it turns away 97 words
// in 100 of a text that are not among them. Of 2 KB (14 bits), one in ten passed, and each
// cost a look-up: 0.014M instructions per BenchmarkAttribute operation more, in the quote
// and time stages; 16 KB saves little more.
const shapeBits = 16

// Add adds the shape of w.
func (ss *ShapeSet) Add(w string) {
	if w != "" {
		b := shapeBit(w)
		ss.bits[b/64] |= 1 << (b % 64)
	}
}

// MayHave reports whether w may be in the set.
func (ss *ShapeSet) MayHave(w string) bool {
	if w == "" {
		return true // not covered
	}
	b := shapeBit(w)
	return ss.bits[b/64]&(1<<(b%64)) != 0
}

// shapeBit returns the bit of the shape of w, which is not empty: its length and its first,
// middle and last bytes in one word, hashed by a multiplication whose top bits are the bit's
// index (Fibonacci hashing).
func shapeBit(w string) uint64 {
	n := len(w)
	// (n-1)>>1 rather than n>>1: the compiler sees it is in bounds and tests nothing.
	k := uint64(w[0]) | uint64(w[(n-1)>>1])<<8 | uint64(w[n-1])<<16 | uint64(n)<<24
	return k * 0x9e3779b97f4a7c15 >> (64 - shapeBits)
}
