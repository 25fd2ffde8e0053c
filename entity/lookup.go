package entity

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// lookUp returns the lexicons that hold each token of d, the tokens that may open a mention
// (see mentions) and those of them capitalised inside a sentence (see midCapitals), in w,
// opens and mid, emptied first.
func (l *lexicons) lookUp(d *text.Doc, w []wordBits, opens, mid []int32) ([]wordBits, []int32, []int32) {
	toks := d.Tokens
	w = room(w, len(toks))[:len(toks)]
	opens = room(opens, len(toks))[:len(toks)]
	mid = room(mid, len(toks))[:len(toks)]
	n, m := lookUpWords(l.holders, toks, d.Keys(), w, opens, mid)
	opens, mid = opens[:n], mid[:m]
	if l.oddKeys {
		// The keys of the other tokens, which open no mention.
		for i, k := range d.Keys()[:len(toks)] {
			if toks[i].Kind != text.Word {
				w[i], _ = l.holders.Get(k)
			}
		}
	}
	return w, opens, mid
}

// lookUpWords sets out[i] to the bits of each word i of toks, whose keys are keys, and 0 for
// the other tokens, lists in opens the words that may open a mention and in mid those of them
// capitalised inside a sentence, and returns how many of each. out, opens and mid are as long
// as toks. It is lookUp's loop, which runs for every token of a text, apart: with only the
// values it needs, it reloads fewer around each look-up.
func lookUpWords(t *lexicon.Table[wordBits], toks []text.Token, keys []string, out []wordBits, opens, mid []int32) (n, m int) {
	keys, out = keys[:len(toks)], out[:len(toks)] // lengths the compiler sees: no bounds checks
	for i := range toks {
		var b wordBits
		if toks[i].Kind == text.Word {
			b, _ = t.Get(keys[i])
			if f := toks[i].Flags; opener(b, f) {
				opens[n] = int32(i)
				n++
				// Here rather than in a walk over opens later: the flags are at hand.
				if f&(text.Upper|text.SentStart|text.LineStart) == text.Upper && i > 0 {
					if k := toks[i-1].Kind; k != text.Mark && k != text.Punct {
						mid[m] = int32(i)
						m++
					}
				}
			}
		}
		out[i] = b
	}
	return n, m
}

// opener reports whether a word of bits b and flags f may open a mention: a word of a capital
// or that opens a nominal, name or pronoun. The other words, most, and the other tokens open
// none, and the scan for mentions passes them over unread.
func opener(b wordBits, f text.Flags) bool {
	return b&startsMask != 0 || f&(text.Upper|text.AllUpper) != 0
}
