package entity

import (
	"github.com/whosaid/whosaid/internal/text"
)

// lookUp returns the lexicons that hold each token of d, and the tokens that may open a
// mention (see mentions), in w and opens, emptied first.
func (l *lexicons) lookUp(d *text.Doc, w []wordBits, opens []int32) ([]wordBits, []int32) {
	// Locals and slices of the final length, so that the loop reloads nothing through l or d
	// and checks no capacity: it runs for every token of a text.
	toks, odd, t := d.Tokens, l.oddKeys, l.holders
	keys := d.Keys()[:len(toks)] // of toks' length where the compiler sees it: no bounds check
	out := room(w, len(toks))[:len(toks)]
	opens = room(opens, len(toks))[:len(toks)]
	nOpens := 0
	for i := range toks {
		var b wordBits
		if toks[i].Kind == text.Word || odd {
			b, _ = t.Get(keys[i])
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
