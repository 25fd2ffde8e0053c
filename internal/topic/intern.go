package topic

import (
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
)

// internSeed seeds the hashes of every interner, so that no text can be written to make its
// words collide; it is set once, at start-up.
var internSeed = lexicon.NewSeed()

// An interner numbers distinct strings in order of arrival: the folded keys of a document, the
// stems of its words. It is an open-addressing table, cheaper to build than a map for the few
// hundred words of an article.
type interner struct {
	slots []int32  // index + 1 of the string in each slot, or 0
	strs  []string // the strings by index
}

// newInterner returns an interner sized for about n strings.
func newInterner(n int) interner {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return interner{slots: make([]int32, size), strs: make([]string, 0, n)}
}

// reset empties t and sizes it for about n strings, reusing its memory.
func (t *interner) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(t.slots) < size {
		t.slots = make([]int32, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.strs = slices.Grow(t.strs[:0], n)
}

// intern returns the index of s, adding it if it is new.
func (t *interner) intern(s string) (idx int32, added bool) {
	return t.internHash(s, hashString(s))
}

// hashString returns the hash of s, a word or stem (see lexicon.Hash).
func hashString(s string) uint64 { return lexicon.Hash(internSeed, s) }

// internHash is intern for s of hash h, hashString(s).
func (t *interner) internHash(s string, h uint64) (idx int32, added bool) {
	if 2*(len(t.strs)+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for h &= mask; ; h = (h + 1) & mask {
		v := t.slots[h]
		if v == 0 {
			t.strs = append(t.strs, s)
			t.slots[h] = int32(len(t.strs))
			return int32(len(t.strs) - 1), true
		}
		if t.strs[v-1] == s {
			return v - 1, false
		}
	}
}

func (t *interner) grow() {
	t.slots = make([]int32, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for i, s := range t.strs {
		h := hashString(s) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = int32(i + 1)
	}
}

// lookup returns the index of s, of hash h, or -1 if it is absent.
func (t *interner) lookup(s string, h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for h &= mask; ; h = (h + 1) & mask {
		v := t.slots[h]
		if v == 0 {
			return -1
		}
		if t.strs[v-1] == s {
			return v - 1
		}
	}
}
