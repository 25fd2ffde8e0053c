package topic

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/text"
)

// unitFlags describe a unit: its shape and what may join it to the unit before.
type unitFlags uint16

const (
	uBarrier unitFlags = 1 << iota // a term may not run into it from the unit before
	uBreak                         // a key phrase may not run into it from the unit before
	uInner                         // a part of a hyphenated word other than the first
	uCont                          // a part of a hyphenated word other than the last
	uContent                       // a content word, which may be part of a key phrase

	uUpper    // starts with a capital letter
	uAllUpper // at least two letters, all capitals
	uInitial  // the first word of a sentence, after any quotation mark
	uEntity   // inside an entity mention that makes topics
	uTokStart // the first unit of its token (of a hyphenated word, the first part not empty)
)

// scanUnits calls fn for each unit of d, in text order. A unit is a word or number token, or
// one part of a hyphenated word ("US-Russia" gives US and Russia), with its sentence and its
// folded key. Terms
// and documents are both cut into units by this function, so that they always agree.
//
// Sentence boundaries and punctuation other than hyphens, en dashes and slashes are barriers
// to terms ("US–Russia relations" is one term); any punctuation, quotation mark or symbol
// breaks a key phrase. scanUnits marks every word of two letters or more as content; the
// analyser takes the mark off stopwords and verbs.
func scanUnits(d *text.Doc, fn func(sent int, span text.Span, key string, f unitFlags)) {
	s := newUnitScan()
	toks := d.Tokens // a local: fn could change d.Tokens, as far as the compiler knows
	for i := range toks {
		if s.skip(d, i) {
			continue
		}
		t := &toks[i]
		key := d.Key(i)
		f, sent := s.open(d, i)
		if isContent(t, key) {
			f |= uContent
		}
		if t.Kind == text.Number || t.Flags&text.Hyphen == 0 {
			fn(sent, t.Span, key, f|wholeShape(t))
			continue
		}
		splitToken(d, i, key, sent, f, fn)
	}
}

// A unitScan is what scanUnits carries from one token to the next.
type unitScan struct {
	barrier, brk bool // a barrier or a break since the last unit
	lastSent     int  // the sentence of the last unit
}

func newUnitScan() unitScan { return unitScan{barrier: true, brk: true, lastSent: -1} }

// skip reports whether token i is no unit (it is punctuation, a quotation mark or a symbol), and
// notes the barrier and break that it makes.
func (s *unitScan) skip(d *text.Doc, i int) bool {
	switch d.Tokens[i].Kind {
	case text.Word, text.Number:
		return false
	case text.Punct:
		s.brk = true
		if !isJoiner(d.TokenText(i)) {
			s.barrier = true
		}
	default:
		s.barrier, s.brk = true, true
	}
	return true
}

// open returns the flags that token i, a word or number, gives its units, shape and uContent
// aside (see isContent), and its sentence; the scan moves past it.
func (s *unitScan) open(d *text.Doc, i int) (unitFlags, int) {
	t := &d.Tokens[i]
	f := uTokStart
	if s.barrier || t.Flags&text.SentStart != 0 {
		f |= uBarrier
	}
	if s.brk || t.Flags&(text.SentStart|text.ParaStart) != 0 {
		f |= uBreak
	}
	sent := d.SentenceOf(i)
	if sent != s.lastSent { // the first word, after any quotation mark
		f |= uInitial
		s.lastSent = sent
	}
	s.barrier, s.brk = false, false
	return f, sent
}

// isContent reports whether t, of folded key key, may be a content word: a word of two
// letters or more, not a clitic or an initial.
func isContent(t *text.Token, key string) bool {
	return t.Kind == text.Word && t.Flags&(text.Clitic|text.Initial) == 0 && twoLetters(key)
}

// twoLetters reports whether key counts as two letters or more: it has more than two bytes
// (uncounted), or two that are not one two-byte UTF-8 character (an invalid byte counts as one,
// as utf8.RuneCountInString counts it). Written out, with no call, so that it is inlined.
func twoLetters(key string) bool {
	return len(key) > 2 || len(key) == 2 && (key[0] < 0xC2 || key[0] > 0xDF || key[1] < 0x80 || key[1] > 0xBF)
}

// pass moves the scan past t, a word or number in sentence sent, as open does, and reports
// whether t is at a break (it would have uBreak), for a token whose other flags are not needed.
func (s *unitScan) pass(t *text.Token, sent int) bool {
	brk := s.brk || t.Flags&(text.SentStart|text.ParaStart) != 0
	s.lastSent = sent
	s.barrier, s.brk = false, false
	return brk
}

// wholeShape returns uUpper and uAllUpper as they apply to t, a token that is one unit.
func wholeShape(t *text.Token) unitFlags {
	var f unitFlags
	if t.Flags&text.Upper != 0 {
		f |= uUpper
	}
	if t.Flags&text.AllUpper != 0 {
		f |= uAllUpper
	}
	return f
}

// splitToken calls fn for each part of token i, a hyphenated word of folded key key in sentence
// sent, whose flags as a whole are f.
func splitToken(d *text.Doc, i int, key string, sent int, f unitFlags, fn func(sent int, span text.Span, key string, f unitFlags)) {
	t := &d.Tokens[i]
	nonASCII := t.Flags&text.NonASCII != 0
	started := false // a part has been given
	splitHyphens(d.TokenText(i), key, t.Start, nonASCII, func(span text.Span, part string, shape unitFlags, first, last bool) {
		pf := f&^(uBarrier|uBreak|uInitial|uTokStart) | shape
		if !started {
			pf |= uTokStart
			started = true
		}
		if first {
			pf |= f & (uBarrier | uBreak | uInitial)
		} else {
			pf |= uInner
		}
		if !last {
			pf |= uCont
		}
		fn(sent, span, part, pf)
	})
}

// isJoiner reports whether a punctuation token may sit inside a term: a hyphen, an en dash or a
// slash ("US–Russia", "Trump-Putin", "and/or").
func isJoiner(s string) bool {
	switch s {
	case "-", "‐", "‑", "–", "/":
		return true
	}
	return false
}

// splitHyphens calls fn for each part of the hyphenated word w at byte offset off, whose folded
// key is key. An ASCII word is split in step with its key; any other is split at its hyphens
// and each part folded on its own.
func splitHyphens(w, key string, off int, nonASCII bool,
	fn func(span text.Span, part string, shape unitFlags, first, last bool)) {
	if !nonASCII && len(w) == len(key) {
		start := 0
		for i := 0; i <= len(w); i++ {
			if i < len(w) && w[i] != '-' {
				continue
			}
			if i > start {
				fn(text.Span{Start: off + start, End: off + i}, key[start:i], shapeOf(w[start:i]), start == 0, i == len(w))
			}
			start = i + 1
		}
		return
	}
	start := 0
	for i := 0; i <= len(w); {
		r, n := utf8.RuneError, 1
		if i < len(w) {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		if i < len(w) && r != '-' && r != '‐' && r != '‑' {
			i += n
			continue
		}
		if i > start {
			part := w[start:i]
			fn(text.Span{Start: off + start, End: off + i}, text.Fold(part), shapeOf(part), start == 0, i == len(w))
		}
		i += n
		start = i
	}
}

// shapeOf returns uUpper and uAllUpper as they apply to the word w.
func shapeOf(w string) unitFlags {
	letters, uppers := 0, 0
	var f unitFlags
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			uppers++
			if letters == 1 {
				f |= uUpper
			}
		}
	}
	if letters >= 2 && uppers == letters {
		f |= uAllUpper
	}
	return f
}
