package entity

import (
	"maps"
	"math/bits"
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// A wordTable maps the words of the lexicons to their wordBits. It is lexicon.Table made for
// lookUp, which probes it for every word of a text: the probe is written out in lookUp's loop,
// where a call per word, through Table's generic dictionary and with the loop's state saved
// and reloaded around it, cost as much as the probe itself.
type wordTable struct {
	seed  uint64
	mask  uint64
	slots []wordSlot
	long  map[string]wordBits // words longer than maxShortWord, rare in a text
}

type wordSlot struct {
	a, b uint64 // the word's bytes, as wordKey reads them
	n    uint64 // the word's length plus one; 0 marks an empty slot
	bits wordBits
}

// maxShortWord is the longest word whose bytes wordKey reads whole.
const maxShortWord = 16

// newWordTable returns the wordTable of m.
func newWordTable(m map[string]wordBits) *wordTable {
	n := 16
	for n < 4*len(m) { // at most a quarter full: the probe for a word not held stops at once
		n <<= 1
	}
	t := &wordTable{seed: lexicon.NewSeed(), mask: uint64(n - 1), slots: make([]wordSlot, n), long: map[string]wordBits{}}
	for _, w := range slices.Sorted(maps.Keys(m)) { // sorted: the same layout for a seed
		if len(w) > maxShortWord {
			t.long[w] = m[w]
			continue
		}
		a, b := wordKey(w)
		i := wordHash(t.seed, a, b, len(w)) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{a: a, b: b, n: uint64(len(w)) + 1, bits: m[w]}
	}
	return t
}

// get returns the bits of word w, or 0. lookUp has the same probe written out.
func (t *wordTable) get(w string) wordBits {
	if len(w) > maxShortWord {
		return t.long[w]
	}
	a, b := wordKey(w)
	for i := wordHash(t.seed, a, b, len(w)) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return 0
		}
		if sl.a == a && sl.b == b && sl.n == uint64(len(w))+1 {
			return sl.bits
		}
	}
}

// lookUp returns the lexicons that hold each token of d, and the tokens that may open a
// mention (see mentions), in w and opens, emptied first.
func (l *lexicons) lookUp(d *text.Doc, w []wordBits, opens []int32) ([]wordBits, []int32) {
	// Locals and slices of the final length, so that the loop reloads nothing through l or d
	// and checks no capacity: it runs for every token of a text.
	toks, keys, odd, t := d.Tokens, d.Keys(), l.oddKeys, l.holders
	seed, mask, slots := t.seed, t.mask, t.slots
	out := room(w, len(toks))[:len(toks)]
	opens = room(opens, len(toks))[:len(toks)]
	nOpens := 0
	for i := range toks {
		var b wordBits
		if k := keys[i]; toks[i].Kind == text.Word || odd {
			var a, c uint64
			switch n := len(k); { // wordKey, written out: a call would cost the loop as much
			case n > maxShortWord:
				out[i] = t.long[k]
				if opener(&toks[i], out[i]) {
					opens[nOpens] = int32(i)
					nOpens++
				}
				continue
			case n >= 8:
				a, c = load64(k), load64(k[n-8:])
			case n >= 4:
				a, c = load32(k), load32(k[n-4:])
			case n > 0:
				a = uint64(k[0])<<16 | uint64(k[n>>1])<<8 | uint64(k[n-1])
			}
			for j := wordHash(seed, a, c, len(k)) & mask; ; j = (j + 1) & mask {
				sl := &slots[j]
				if sl.n == 0 {
					break
				}
				if sl.a == a && sl.b == c && sl.n == uint64(len(k))+1 {
					b = sl.bits
					break
				}
			}
			if opener(&toks[i], b) {
				opens[nOpens] = int32(i)
				nOpens++
			}
		}
		out[i] = b
	}
	return out, opens[:nOpens]
}

// opener reports whether a token of bits b may open a mention: a word of a capital or that
// opens a nominal, name or pronoun. The rest, most tokens, open none, and the scan for mentions
// passes them over unread.
func opener(t *text.Token, b wordBits) bool {
	return t.Kind == text.Word && (b&startsMask != 0 || t.Flags&(text.Upper|text.AllUpper) != 0)
}

// wordKey returns the bytes of a word of at most maxShortWord bytes as two integers: the first
// and last eight or four, or the first, middle and last of a shorter one. For a given length
// they are all of its bytes, so two words of a length are equal if and only if their keys are.
func wordKey(s string) (a, b uint64) {
	switch n := len(s); {
	case n >= 8:
		return load64(s), load64(s[n-8:])
	case n >= 4:
		return load32(s), load32(s[n-4:])
	case n > 0:
		return uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1]), 0
	}
	return 0, 0
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// wordHash mixes a word's key and length with the seed in two wide multiplications, after
// wyhash, as lexicon.Hash does.
func wordHash(seed, a, b uint64, n int) uint64 {
	hi, lo := bits.Mul64(a^0xa0761d6478bd642f, b^seed)
	hi, lo = bits.Mul64(lo^0xe7037ed1a0b428db^uint64(n), hi^seed)
	return hi ^ lo
}
