package timex

import "github.com/whosaid/whosaid/internal/text"

// A tense is the time a clause speaks of, as its verbs tell it.
type tense uint8

const (
	noTense tense = iota // no verb found
	present
	past
	future
	none // a word ending in -ed that is not a past tense (hundred, need)
)

// How far the tense search looks from an expression, in tokens.
const (
	tenseBack    = 14
	tenseForward = 8
)

// tenseAround returns the tense of the clause around the tokens [i, j): that of the nearest
// verb cue before it, else after it. Future cues are modal and auxiliary verbs (will, would,
// is to, set to); past cues are said, was, irregular past tenses and regular ones in -ed.
//
// The search stays in the clause: it stops at a comma, except that an expression in the opening
// phrase of its sentence ("On the night of Tuesday, the striker said") looks on into the main
// clause.
func (t *tagging) tenseAround(i, j int) tense {
	b := t.lastBreak(i - 1)
	for k := i - 1; k >= max(b, t.lo, i-tenseBack); k-- {
		if c := t.cueAt(k); c != noTense {
			return c
		}
	}
	opening := b < t.lo // no comma between the sentence start and the expression
	commas := 0
	if opening {
		commas = 1
	}
	for k := j; k < t.hi && k < j+tenseForward; k++ {
		if c := t.cueAt(k); c != noTense {
			return c
		}
		if t.clauseEnd(k) {
			break
		}
		if t.comma(k) {
			if commas == 0 {
				break
			}
			commas--
		}
	}
	return noTense
}

// A breakMemo is where the last search for a clause break stopped: the last break at or
// before token to in the sentence starting at token lo is at (lo-1 for none).
type breakMemo struct {
	ok         bool
	lo, to, at int
}

// lastBreak returns the last comma or clause end at or before token k in the current
// sentence, or t.lo-1 if there is none. Expressions are tagged left to right, so each search
// resumes where the last one stopped instead of walking back to the sentence's start: in a
// sentence of many dates and no comma, that walk made tagging quadratic.
func (t *tagging) lastBreak(k int) int {
	m := &t.brk
	if !m.ok || m.lo != t.lo {
		*m = breakMemo{ok: true, lo: t.lo, to: t.lo - 1, at: t.lo - 1}
	}
	switch {
	case k <= m.to && k >= m.at:
		return m.at
	case k <= m.to:
		return t.breakBack(k, t.lo) // before the last break found: rare
	}
	if b := t.breakBack(k, m.to+1); b > m.to {
		m.at = b
	}
	m.to = k
	return m.at
}

// breakBack returns the last comma or clause end among the tokens [from, k], or from-1.
func (t *tagging) breakBack(k, from int) int {
	for ; k >= from; k-- {
		if t.clauseEnd(k) || t.comma(k) {
			break
		}
	}
	return k
}

// clauseEnd reports whether token k is punctuation that closes a clause for the tense search.
func (t *tagging) clauseEnd(k int) bool {
	tok := &t.d.Tokens[k]
	if tok.Kind != text.Punct && tok.Kind != text.Mark {
		return false
	}
	switch t.d.TokenText(k) {
	case ";", ":", "(", ")", "—", "--", "–":
		return true
	}
	return tok.Kind == text.Mark
}

// cueAt returns the tense token k tells, or noTense.
func (t *tagging) cueAt(k int) tense {
	tok := &t.d.Tokens[k]
	if tok.Kind != text.Word || tok.Flags&text.Upper != 0 && tok.Flags&text.SentStart == 0 {
		return noTense
	}
	key := t.d.Key(k)
	next := t.key(k + 1)
	c, listed := t.lx.cues.Get(key)
	switch {
	case listed && c.needTo && next != "to":
		return noTense
	case listed && c.t == present && next == "to":
		return future // is to resume, are to meet
	case listed && c.t == none:
		return noTense
	case !listed && !t.pastForm(k, key):
		return noTense
	case !listed:
		c.t = past
	}
	if c.t == future {
		// Was due to, had been scheduled to: a plan seen from the past.
		switch t.key(k - 1) {
		case "was", "were", "been":
			return past
		}
	}
	if c.t == past && tok.Flags&text.Clitic == 0 {
		// A participle after "be" takes its tense from the auxiliary: will be paid, to be
		// completed; one after a determiner is an adjective: the increased dividend.
		switch t.key(k - 1) {
		case "be", "being":
			return noTense
		case "a", "an", "the", "its", "his", "her", "their", "our", "still":
			if !listed {
				return noTense
			}
		}
	}
	return c.t
}

// pastForm reports whether word k, with key key, looks like a regular past tense: a
// lower-case word of five letters or more ending in -ed, not hyphenated.
func (t *tagging) pastForm(k int, key string) bool {
	n := len(key)
	return n >= 5 && key[n-2] == 'e' && key[n-1] == 'd' && !t.is(k, text.Hyphen)
}
