package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// minLeadIn is the fewest words before a quotation that make them the start of its sentence's
// statement rather than a connective (`But, "…," he said`).
const minLeadIn = 3

// quotedPart widens a direct quotation that is only part of its sentence's statement into one
// mixed statement (issue #4: reported speech that holds a quoted fragment is one statement):
// the sentence opens with the speaker's own words and the quotation finishes it, its cue after
// (`With many farms in the region, "there is no buyer," Lee said`). qs is merged output in
// text order.
func (e *Extractor) quotedPart(d *text.Doc, qs []Quote) {
	for n := range qs {
		q := &qs[n]
		if q.Kind != Direct || q.Role != Speech || q.Depth != 0 || len(q.Parts) != 1 || len(q.Marks) == 0 ||
			q.Rule != "cue-after" && q.Rule != "cue-before" {
			continue
		}
		// Only a quotation whose cue comes after it takes the words before it: leadIn is not
		// read for the others.
		if q.Rule == "cue-after" {
			if first, ok := e.leadIn(d, q); ok {
				lo := d.Tokens[first].Start
				if n > 0 && qs[n-1].Span().End > lo {
					continue // the words before belong to another statement
				}
				q.Parts[0].Start, q.Kind = lo, Mixed
				continue
			}
		}
		if last, ok := goesOn(d, q); ok {
			hi := d.Tokens[last-1].End
			if n+1 < len(qs) && qs[n+1].Span().Start < hi {
				continue
			}
			q.Parts[0].End, q.Kind = hi, Mixed
			if last+1 < len(d.Tokens) && q.Source.Start < hi && q.Source.End > d.Tokens[last+1].Start {
				q.Source.Start = d.Tokens[last+1].Start // the subject after the comma
			}
		}
	}
}

// goesOn returns the end of the words that finish q's sentence after its closing mark, if the
// quotation opens the sentence and its words run straight on, no punctuation before the mark,
// into words of the writer's (`"A big truck" drove through the gate, she said`): the end of the
// sentence, or of the words before the cue that stands after them.
func goesOn(d *text.Doc, q *Quote) (int, bool) {
	om, cm := d.TokenAt(q.Marks[0].Start), d.TokenAt(q.Marks[len(q.Marks)-1].Start)
	if om < 0 || cm <= om+1 || d.Tokens[cm].Kind != text.Mark {
		return 0, false
	}
	// Most quotations end in punctuation: asked before the sentence is read.
	if k := d.Tokens[cm-1].Kind; k != text.Word && k != text.Number {
		return 0, false // `"We lost," she said`, `"We lost." She left`
	}
	s := &d.Sentences[d.SentenceOf(om)]
	// The quotation opens its sentence, or follows its cue (`Lee said, "…" to the crowd`).
	opens := om == s.First || q.Cue.Span.Len() > 0 && q.Cue.Span.End <= q.Marks[0].Start
	if !opens || d.SentenceOf(cm) != d.SentenceOf(om) || cm+2 >= s.Last {
		return 0, false
	}
	next := cm + 1
	if d.Tokens[next].Kind != text.Word || upperFirst(d.TokenText(next)) {
		return 0, false
	}
	end := lastWordless(d, s)
	if c := q.Cue.Span; c.Len() > 0 && c.Start > q.Marks[len(q.Marks)-1].Start {
		// The words run on to the last comma before the cue: its subject stands after it.
		stop := d.TokenAt(c.Start)
		for stop > next && !isComma(d, stop-1) {
			stop--
		}
		end = min(end, stop-1)
	}
	if end <= next {
		return 0, false // `"…" she said`: the words after the mark are the cue's
	}
	for k := next; k < end; k++ {
		if d.Tokens[k].Kind == text.Mark {
			return 0, false
		}
	}
	return end, true
}

// leadIn returns the first token of the words that open q's sentence before its opening mark,
// if they are the start of the statement: a few words, no other quotation and no cue among
// them, running straight or after a comma into the mark.
func (e *Extractor) leadIn(d *text.Doc, q *Quote) (int, bool) {
	om := d.TokenAt(q.Marks[0].Start)
	if om <= 0 || d.Tokens[om].Kind != text.Mark {
		return 0, false
	}
	s := d.Sentences[d.SentenceOf(om)]
	first := s.First
	if om-first < minLeadIn {
		return 0, false
	}
	words := 0
	for k := first; k < om; k++ {
		switch d.Tokens[k].Kind {
		case text.Mark:
			return 0, false
		case text.Word, text.Number:
			words++
		}
	}
	if words < minLeadIn || d.Tokens[first].Kind != text.Word || !upperFirst(d.TokenText(first)) {
		return 0, false
	}
	if prev := d.TokenText(om - 1); prev != "," && d.Tokens[om-1].Kind != text.Word {
		return 0, false // `He had one word:` introduces the quotation
	}
	if e.cueWithin(d, first, om) {
		return 0, false
	}
	return first, true
}

func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// quotedInside reports whether quotation q, speech that no cue of its own introduces or whose
// cue stands inside r (innerCue), stands inside reported content r: words quoted within what
// r's cue reports (`argues that as trade grows, "its power will grow," too`), one mixed
// statement.
func quotedInside(d *text.Doc, q *Quote, r Quote) bool {
	return (q.Cue.Lemma == "" || innerCue(d, q, r)) && len(q.Parts) == 1 && len(r.Parts) == 1 && q.Parts[0].Start > r.Parts[0].Start
}

// innerCue reports whether q's cue stands inside reported content r and runs straight into
// q's opening mark: words quoted as the object of a verb within what r reports (`says he
// would be waving at people saying "Buy my corn"`); after a comma the cue and quotation are
// a statement of their own (`…, Lee said, "…"`).
func innerCue(d *text.Doc, q *Quote, r Quote) bool {
	c := q.Cue.Span
	if c.Len() == 0 || c.Start <= r.Parts[0].Start || len(q.Marks) == 0 || c.End > q.Marks[0].Start {
		return false
	}
	om := d.TokenAt(q.Marks[0].Start)
	return om > 0 && d.Tokens[om-1].End == c.End
}

// clauseBetween reports whether a cue's that-clause stands among tokens [from, to), between
// two quotations: `"A," she said, adding that if …, "B."` is no split quotation, for B
// finishes the clause that adding reports.
func (e *Extractor) clauseBetween(d *text.Doc, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if d.Key(k) != "that" {
			continue
		}
		if f, end, ok := e.cues.reportedCueAt(d, k-1, to); ok && end == k && f.class().reports() {
			return true // said or written, not `seeing that`
		}
	}
	return false
}

// thatAside returns the end of a that-clause whose first comma, right after that, opens an
// aside (`argue that, while the tax may cut premiums, workers will …`): the clause runs on
// past it, where contentEnd stopped at the bare that. Other ends, stop, stand.
func (e *Extractor) thatAside(d *text.Doc, s *text.Segment, start, stop int, cover []int32) int {
	if stop != start+1 || d.Key(start) != "that" || stop+1 >= s.Last || !isComma(d, stop) {
		return stop
	}
	return max(stop, e.contentEnd(d, s, stop+1, cover, false))
}

// joinFragments joins a quoted fragment to the reported content of its own cue that stopped
// short of it in the same sentence (`confided that his parents had panicked because, as
// farmers, they were "the first family in the valley."`): the content runs on to the
// fragment, one mixed statement. qs is merged output in text order; the result is qs less the
// fragments joined.
func (e *Extractor) joinFragments(d *text.Doc, qs []Quote, spans *spanArena) []Quote {
	out := qs[:0]
	for i := range qs {
		q := &qs[i]
		if n := len(out); n > 0 && q.Role == Fragment && len(q.Parts) == 1 && q.Cue.Span.Len() > 0 {
			r := &out[n-1]
			if r.Role == Speech && r.Kind != Direct && r.Rule != "reported-relative" && r.Cue.Span == q.Cue.Span &&
				len(r.Parts) > 0 && e.stoppedShort(d, r.Span().End, q) {
				r.Parts[len(r.Parts)-1].End = q.Parts[0].End
				r.Kind = Mixed
				r.Marks = spans.join(r.Marks, q.Marks)
				continue
			}
		}
		out = keep(out, qs, i)
	}
	return out
}

// stoppedShort reports whether reported content that ends at byte end stopped at a comma
// before fragment q in the same sentence, with no other quotation or cue between them (not
// `…, the crowd chanted "…"`).
func (e *Extractor) stoppedShort(d *text.Doc, end int, q *Quote) bool {
	if len(q.Marks) == 0 || end > q.Marks[0].Start {
		return false
	}
	i, j := d.TokenAt(end-1)+1, d.TokenAt(q.Marks[0].Start)
	if i <= 0 || j < i || !isComma(d, i) || d.SentenceOf(i) != d.SentenceOf(j) {
		return false
	}
	for k := i; k < j; k++ {
		if d.Tokens[k].Kind == text.Mark {
			return false
		}
	}
	return !e.cueWithin(d, i, j)
}

// maxFragmentObject is the most words that may stand between a cue and the fragment it
// governs and still be part of the statement: the cue's object (`urged voters in the state
// to "…"`).
const maxFragmentObject = 8

// fragmentObject widens a quoted fragment whose cue stands before it in its sentence to take
// in the words between them, the cue's object or the start of its clause (`described the
// plan as "a recipe for disaster"`, `urged voters to "send a message"`): reported speech that
// holds the fragment, one mixed statement. A preposition that belongs to the cue (`called on`,
// `boasted of`) stays outside. Words that run on after the closing mark finish the statement
// (`cried "theft" over the water rules`), unless the fragment is an outcry of its own
// (`yelled "Go home!" at him`). qs is merged output in text order.
func (e *Extractor) fragmentObject(d *text.Doc, qs []Quote, cover []int32) {
	for n := range qs {
		q := &qs[n]
		if q.Role == Fragment && q.Rule == "fragment" && len(q.Parts) == 1 && len(q.Marks) > 1 {
			e.runOn(d, qs, n, d.TokenAt(q.Marks[0].Start)+1, cover)
			continue
		}
		if q.Role != Fragment || q.Rule != "fragment-cue" || len(q.Parts) != 1 || len(q.Marks) == 0 ||
			q.Cue.Span.Len() == 0 || q.Cue.Span.End > q.Marks[0].Start {
			continue
		}
		om := d.TokenAt(q.Marks[0].Start)
		c := d.TokenAt(q.Cue.Span.End - 1)
		if c < 0 || om < c+1 || d.SentenceOf(c) != d.SentenceOf(om) {
			continue
		}
		first := c + 1
		if cuePrepositions.Has(d.Key(first)) && first+1 < om {
			first++
		}
		if om-first > maxFragmentObject || !wordsOnly(d, first, om) || e.cueWithin(d, first, om) {
			continue
		}
		lo := d.Tokens[first].Start
		if first == om {
			lo = q.Parts[0].Start
		}
		if n > 0 && qs[n-1].Span().End > lo {
			continue
		}
		q.Parts[0].Start = lo
		e.runOn(d, qs, n, first, cover)
	}
}

// runOn ends fragment qs[n], whose statement starts at token first, where the words that run
// on after its closing mark end, if they do: `cried "theft" over the water rules`. An outcry
// is said whole (`yelled "You lie!" at him`).
func (e *Extractor) runOn(d *text.Doc, qs []Quote, n, first int, cover []int32) {
	q := &qs[n]
	om, cm := d.TokenAt(q.Marks[0].Start), d.TokenAt(q.Marks[len(q.Marks)-1].Start)
	sen := d.Sentences[d.SentenceOf(om)]
	if cm <= om || cm+1 >= sen.Last || d.Tokens[cm].Kind != text.Mark || d.Tokens[cm+1].Kind != text.Word ||
		d.Tokens[cm+1].Flags&text.Lower == 0 || isSentencePunct(d.TokenText(cm-1)) {
		return
	}
	stop := e.contentEnd(d, &sen, first, cover, true)
	if stop > cm+1 && (n+1 >= len(qs) || qs[n+1].Span().Start >= d.Tokens[stop-1].End) {
		q.Parts[0].End = d.Tokens[stop-1].End
	}
}

// cuePrepositions are the prepositions that follow a cue as part of it: `called on`,
// `boasted of`, `talked about`.
var cuePrepositions = lexicon.NewSet(map[string]bool{"about": true, "for": true, "of": true, "on": true, "over": true, "with": true})

// wordsOnly reports whether tokens [from, to) are all words or numbers.
func wordsOnly(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if kd := d.Tokens[k].Kind; kd != text.Word && kd != text.Number {
			return false
		}
	}
	return true
}
