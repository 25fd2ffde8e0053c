package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// knownAs reads a participle of naming or reputation after its noun, without be: `the Islamic
// State, also known as ISIS`, `the contests known as Super Tuesday`. What follows as is what
// people call the noun; no one in the sentence says it, so the statement has no source, as a
// passive without an agent. (With be, `is known as`, [Extractor.passive] reads it.)
func (e *Extractor) knownAs(out *Quote, d *text.Doc, s *text.Segment, i, end int, cover []int32) (int, bool) {
	if d.Key(i) != "known" || end+1 >= s.Last || d.Key(end) != "as" || cover[end+1] >= 0 || i == s.First {
		return 0, false
	}
	k := i - 1
	for k > s.First && namingAdverb(d, k) {
		k-- // `also known as`, `now known as`, `derisively known as`
	}
	if passiveBe.Has(d.Key(k)) || auxiliaries.Has(d.Key(k)) || namingAdverb(d, k) {
		return 0, false // `is known as`: a passive; `he has known as much`
	}
	start := end + 1
	stop := e.contentEnd(d, s, start, cover, true)
	if stop <= start {
		return 0, false
	}
	if d.Tokens[start].Flags&text.Upper != 0 {
		// `the states known as Super Tuesday went to the polls`; the whole name, though
		// contentEnd would end an object before a day's name (`endorsed Lee Tuesday`).
		stop = nameEnd(d, start, lastWordless(d, s))
	}
	q := e.newReported(d, i, end, newCueForm("know", Cognition), tokenSpan(d, i, i), "reported-passive")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	*out = q

	return stop, true
}

// namingAdverb reports whether token k is an adverb that may stand between a noun and the
// participle known: also, now, once, better, widely, commonly.
func namingAdverb(d *text.Doc, k int) bool {
	switch key := d.Key(k); key {
	case "also", "now", "once", "better", "best", "still", "formerly":
		return true
	default:
		return d.Tokens[k].Flags&text.Lower != 0 && len(key) > 4 && strings.HasSuffix(key, "ly")
	}
}

// nameEnd returns the token after the name that opens at token start and ends by stop: its
// capitalised words, with of, the, and, or or a hyphen between them (`the Department of State`).
func nameEnd(d *text.Doc, start, stop int) int {
	end := start + 1
	for k := start + 1; k < stop; k++ {
		switch {
		case d.Tokens[k].Flags&text.Upper != 0:
			end = k + 1
		case d.Key(k) == "of" || d.Key(k) == "the" || d.Key(k) == "and" || d.Key(k) == "or" || d.Key(k) == "-":
		default:
			return end
		}
	}
	return end
}
