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
	barrier, brk, lastSent := true, true, -1
	toks := d.Tokens // a local: fn could change d.Tokens, as far as the compiler knows
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case text.Word, text.Number:
		case text.Punct:
			brk = true
			if !isJoiner(d.TokenText(i)) {
				barrier = true
			}
			continue
		default:
			barrier, brk = true, true
			continue
		}
		f := uTokStart
		if barrier || t.Flags&text.SentStart != 0 {
			f |= uBarrier
		}
		if brk || t.Flags&(text.SentStart|text.ParaStart) != 0 {
			f |= uBreak
		}
		sent := d.SentenceOf(i)
		if sent != lastSent { // the first word, after any quotation mark
			f |= uInitial
			lastSent = sent
		}
		barrier, brk = false, false
		key := d.Key(i)
		// Two letters or more; a two-byte key that starts in ASCII has two, uncounted.
		if t.Kind == text.Word && t.Flags&(text.Clitic|text.Initial) == 0 &&
			(len(key) > 2 || len(key) == 2 && (key[0] < utf8.RuneSelf || utf8.RuneCountInString(key) >= 2)) {
			f |= uContent
		}
		if t.Kind == text.Number || t.Flags&text.Hyphen == 0 {
			if t.Flags&text.Upper != 0 {
				f |= uUpper
			}
			if t.Flags&text.AllUpper != 0 {
				f |= uAllUpper
			}
			fn(sent, t.Span, key, f)
			continue
		}
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
