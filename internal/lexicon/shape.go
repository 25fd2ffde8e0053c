package lexicon

// A shapeSet holds the shapes of a set of words: their length with their first and last
// letters, and with their second and second-to-last. Testing a word's shapes costs a few
// loads, a fraction of a map look-up, and rejects most words of a text that are not in the set
// (of, company, weeks) and never one that is.
type shapeSet struct {
	outer, inner [maxShapeLen * 26 * 26 / 64]uint64
}

// maxShapeLen is the longest word a shapeSet tells apart; longer ones always pass.
const maxShapeLen = 16

func (ss *shapeSet) add(w string) {
	if b, ok := shapeBit(w, 0); ok {
		ss.outer[b/64] |= 1 << (b % 64)
	}
	if b, ok := shapeBit(w, 1); ok {
		ss.inner[b/64] |= 1 << (b % 64)
	}
}

// mayHave reports whether w may be in the set. It is shapeBit's test written out for both
// depths, the length checked once: the phrase lexicons ask it for nearly every token.
func (ss *shapeSet) mayHave(w string) bool {
	n := len(w)
	if n == 0 || n > maxShapeLen {
		return true
	}
	// A byte below 'a' wraps around to 26 or more: bytes other than a to z are not covered.
	if f, e := uint(w[0]-'a'), uint(w[n-1]-'a'); f < 26 && e < 26 {
		if b := (uint(n-1)*26+f)*26 + e; ss.outer[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	if n <= 2 {
		return true
	}
	if f, e := uint(w[1]-'a'), uint(w[n-2]-'a'); f < 26 && e < 26 {
		if b := (uint(n-1)*26+f)*26 + e; ss.inner[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// shapeBit returns the bit of w's shape at depth in (0: first and last byte, 1: second and
// second-to-last), or false for a shape a shapeSet does not cover: bytes other than a to z
// there, words too short or too long.
func shapeBit(w string, in int) (int, bool) {
	n := len(w)
	if n <= 2*in || n > maxShapeLen {
		return 0, false
	}
	f, e := int(w[in])-'a', int(w[n-1-in])-'a'
	if f < 0 || f >= 26 || e < 0 || e >= 26 {
		return 0, false
	}
	return ((n-1)*26+f)*26 + e, true
}
