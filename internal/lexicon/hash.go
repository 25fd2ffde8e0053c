package lexicon

import (
	"math/bits"
	"math/rand/v2"
)

// NewSeed returns a random seed for [Hash], to draw once at start-up: with it no text can be
// written to make its words collide in a table.
func NewSeed() uint64 { return rand.Uint64() }

// Hash returns the hash of s under seed, for the open-addressing tables of words the stages
// fill and read per token. It reads s eight, four or one bytes at a time and mixes them with
// the seed in one wide multiplication, after wyhash: for the short words of a text it costs
// about half a call to hash/maphash, which goes through three.
func Hash(seed uint64, s string) uint64 {
	// words' switch, written out again: a call here would cost the topic stage's interning,
	// which hashes every word, more than the switch.
	n := len(s)
	var a, b uint64
	switch {
	case n > maxShortKey:
		// Eight bytes at a time, then the last sixteen, which overlap what the loop left: each
		// load is in bounds where the compiler sees it, so Hash calls nothing and needs no frame.
		a = seed
		for r := s; len(r) > 16; r = r[8:] {
			a = mix(a^load64(r[:8]), k1)
		}
		t := s[n-16:]
		a ^= load64(t[:8])
		b = load64(t[8:16])
	case n >= 8:
		a, b = load64(s), load64(s[n-8:])
	case n >= 4:
		a, b = load32(s), load32(s[n-4:])
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[(n-1)>>1])<<8 | uint64(s[n-1])
	}
	return hashWords(seed, a, b, n)
}

// maxShortKey is the longest key that words reads whole.
const maxShortKey = 16

const k0, k1 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db

// words returns the bytes of s, at most maxShortKey long, as Hash reads them: eight, four or
// one at a time, the first and last eight, four or one of them (and the middle one of three).
// The middle one is at (n-1)>>1, which the compiler sees is in bounds, where n>>1 cost a test
// at every short word. For a given length they are all of s's bytes, so that two keys of a
// length are equal if and only if their words are.
func words(s string) (a, b uint64) {
	n := len(s)
	switch {
	case n >= 8:
		return load64(s), load64(s[n-8:])
	case n >= 4:
		return load32(s), load32(s[n-4:])
	case n > 0:
		return uint64(s[0])<<16 | uint64(s[(n-1)>>1])<<8 | uint64(s[n-1]), 0
	}
	return 0, 0
}

// hashWords mixes the words of a key of length n with the seed: the bytes and the seed in one
// multiplication, then the length in a second, so that no two strings of different lengths
// read alike collide whatever the seed.
func hashWords(seed, a, b uint64, n int) uint64 {
	hi, lo := bits.Mul64(a^k0, b^seed)
	return mix(lo^k1^uint64(n), hi^seed)
}

// slotHash is hashWords in one multiplication, for the tables whose words are fixed once
// built (Table, wordIndex): a text adds no word to them, so no collision of its words can
// lengthen a probe (the longest run of full slots bounds it), and a slot only needs the bits
// spread. Get and find hash at nearly every word of a text.
func slotHash(seed, a, b uint64, n int) uint64 {
	return mix(a^seed, b^k0^uint64(n))
}

// mix multiplies a and b to 128 bits and folds the halves together.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
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
