package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/text"
)

// maxCueDateGap is how many tokens may separate a cue from the date tied to it after it:
// `said in a statement on Monday`, `told reporters at the White House on Tuesday`.
const maxCueDateGap = 8

// maxCueDateBefore is how many tokens before its cue a date may open the clause: `In June last
// year, in a speech to the party congress in Leipzig, the chancellor said`.
const maxCueDateBefore = 40

// dateStatement decides when statement si was made, in its SaidOn: the date expression tied
// to its cue (in the cue's clause, outside the content and any quotation: `said on Monday`,
// `Speaking on 9 January, the governor said`, `In June, he said that …`); else the date a
// statement of the same paragraph carries; else the article's dateline; else the publication
// date. It writes the date in place: most statements take the document's, and a SaidOn
// returned through each step cost a copy at each.
func (c *docContext) dateStatement(si int) {
	s := &c.stmts[si]
	if s.Cue.Lemma != "" && len(c.timexes) > 0 && c.cueDate(si, &s.SaidOn) {
		c.explicit = true
		return
	}
	// Only a statement dated by its cue, or one that took such a date, can lend its date: until
	// a cue dates one, which in most documents none does, there is none to inherit.
	if c.explicit {
		if j := c.inherited(si); j >= 0 {
			s.SaidOn = c.stmts[j].SaidOn
			return
		}
	}
	if !c.docDateDone {
		c.documentDate()
	}
	s.SaidOn = c.docDate
}

// documentDate decides the date of the statements that neither their cue nor the statements
// before them date, once per document: the dateline's, else the publication date.
func (c *docContext) documentDate() {
	c.docDate, c.docDateDone = c.datelineDate(), true
	if c.docDate.Value == "" {
		c.docDate = c.publicationDate()
	}
}

// cueDate sets on to the date expression tied to the cue of statement si, which has a cue, in
// a document with temporal expressions, and reports whether there is one.
func (c *docContext) cueDate(si int, on *SaidOn) bool {
	if !c.datedDone {
		c.dateSentences()
	}
	if !c.anyDated {
		return false // no expression the loop below could take, in the whole text
	}
	s := &c.stmts[si]
	d := c.d
	cue := d.TokenAt(s.Cue.Span.Start)
	if cue >= len(d.Tokens) || !c.dated[d.SentenceOf(cue)] {
		return false // most cues: no expression the loop below could take is in their sentence
	}
	cueEnd := d.TokenAt(s.Cue.Span.End - 1)
	sent := d.Sentences[d.SentenceOf(cue)]
	// The cue's clause, at most: a date far back in a run-on sentence is not the cue's.
	from := d.Tokens[max(sent.First, cue-maxCueDateBefore)].Start
	to := d.Tokens[min(sent.Last, cueEnd+maxCueDateGap+1)-1].End
	best, bestDist := -1, 0
	// The first expression that ends after from, as sort.Search finds it, without a call for
	// each probe.
	lo, hi := 0, len(c.timexes)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); c.timexes[m].Span.End > from {
			hi = m
		} else {
			lo = m + 1
		}
	}
	for ti := lo; ti < len(c.timexes) && c.timexes[ti].Span.Start < to; ti++ {
		t := &c.timexes[ti]
		// The dateline is asked for here, where few cues have a date expression near them.
		if !datable(t) || c.inQuote(t.Span.Start) || inParts(s.Parts, t.Span) || t.Span == c.datelineDate().Span {
			continue // a dateline dates the article, not the statement after it
		}
		first, last := d.TokenAt(t.Span.Start), d.TokenAt(t.Span.End-1)
		var dist int
		switch {
		case first > cueEnd:
			dist = first - cueEnd
			if dist > maxCueDateGap || c.contentBetween(s, cueEnd, first) {
				continue // `said that the plant would close on Monday`: inside what was said
			}
		case last < cue:
			if c.inRelativeClause(first, sent.First) {
				continue // `The striker, who turns 30 in May, said`: the date is the clause's
			}
			dist = cue - last
		default:
			continue
		}
		if best < 0 || dist < bestDist {
			best, bestDist = ti, dist
		}
	}
	if best < 0 {
		return false
	}
	if !c.rangeOf(best, on) {
		t := &c.timexes[best]
		*on = SaidOn{Value: dayOf(t.Value), Source: Explicit, Span: t.Span}
	}
	return true
}

// dateSentences marks the sentences that an expression cueDate may take overlaps: datable,
// outside quotations, not the dateline's. The cue's window lies in its sentence, so a cue whose
// sentence has none has no date, and most cues are turned away before the window is built.
// A text with no such expression (anyDated false) has no sentence marked: then the marks are
// not even cleared.
func (c *docContext) dateSentences() {
	sents := c.d.Sentences
	c.datedDone = true
	dateline := c.datelineDate().Span
	var dated []bool
	si, prev := 0, 0
	for ti := range c.timexes {
		t := &c.timexes[ti]
		if !datable(t) || c.inQuote(t.Span.Start) || t.Span == dateline {
			continue
		}
		if !c.anyDated {
			dated = zeroed(c.dated, len(sents))
			c.dated, c.anyDated = dated, true
		}
		if t.Span.Start < prev {
			si = 0 // out of text order: walk the sentences again
		}
		prev = t.Span.Start
		// The sentences whose spans overlap t's, found in one walk over the sentences for all.
		for si < len(sents) && sents[si].End <= t.Span.Start {
			si++
		}
		for k := si; k < len(sents) && sents[k].Start < t.Span.End; k++ {
			dated[k] = true
		}
	}
}

// rangeOf sets on to the interval that timex ti bounds, as a TIMEX3-style "start/end" value
// (`between 2019 and 2021`, `from March to May`), and reports whether ti bounds one.
func (c *docContext) rangeOf(ti int, on *SaidOn) bool {
	d := c.d
	for _, pair := range [...][2]int{{ti, ti + 1}, {ti - 1, ti}} {
		a, b := pair[0], pair[1]
		if a < 0 || b >= len(c.timexes) || !datable(&c.timexes[a]) || !datable(&c.timexes[b]) {
			continue
		}
		ta, tb := &c.timexes[a], &c.timexes[b]
		first, mid, last := d.TokenAt(ta.Span.Start), d.TokenAt(ta.Span.End-1)+1, d.TokenAt(tb.Span.Start)
		if first == 0 || last != mid+1 {
			continue
		}
		open, join := d.Key(first-1), d.Key(mid)
		if open == "between" && join == "and" || open == "from" && (join == "to" || join == "until" || join == "through") {
			*on = SaidOn{Value: dayOf(ta.Value) + "/" + dayOf(tb.Value), Source: Explicit,
				Span: Span{Start: d.Tokens[first-1].Start, End: tb.Span.End}}
			return true
		}
	}
	return false
}

// inRelativeClause reports whether token k sits in a relative clause: walking back from k, a
// relative pronoun comes before any comma or the sentence start.
func (c *docContext) inRelativeClause(k, first int) bool {
	for j := k - 1; j >= first; j-- {
		switch c.d.Key(j) {
		case ",", ";", "—", "–":
			return false
		case "who", "which", "whose", "whom":
			return true
		}
	}
	return false
}

// contentBetween reports whether a part of statement s begins between tokens a and b: a date
// after the start of the content belongs to the content.
func (c *docContext) contentBetween(s *Statement, a, b int) bool {
	for _, p := range s.Parts {
		if k := c.d.TokenAt(p.Start); k > a && k < b {
			return true
		}
	}
	return false
}

// maxInheritParagraphs is how far, in paragraphs, a date carries from its expression to later
// statements of the same speaker: news tells one event over a few paragraphs.
const maxInheritParagraphs = 3

// inherited returns the earlier statement whose date si continues, or -1: the statement before
// it in the same paragraph when si took its speaker from it (`"…," Trump said on 9 January.
// "And more."`), or the last statement of the same speaker when that one was dated explicitly
// a few paragraphs back (`Putin on Monday welcomed … "We see statements …," he said.`).
func (c *docContext) inherited(si int) int {
	s := &c.stmts[si]
	if si == 0 {
		return -1
	}
	if s.Rule == "paragraph" || s.Rule == "continuation" {
		if c.stmts[si-1].SaidOn.Source == Explicit {
			return si - 1
		}
		return -1
	}
	if s.Speaker == nil || s.Speaker.Entity < 0 || len(s.Parts) == 0 {
		return -1
	}
	j := c.lastBy[s.Speaker.Entity] // statements are dated in order: the speaker's last one
	if j < 0 || c.stmts[j].SaidOn.Source != Explicit {
		return -1
	}
	d, p := c.d, &c.stmts[j]
	if c.paragraphOf(si)-d.ParagraphOf(d.TokenAt(p.SaidOn.Span.Start)) > maxInheritParagraphs {
		return -1
	}
	return j
}

// datelineDate returns the date of the article's dateline ("CLEVELAND, July 19 (UPI) —"), or
// a zero SaidOn. The dateline is looked for once per document.
func (c *docContext) datelineDate() SaidOn {
	if c.datelineDone {
		return c.dateline
	}
	c.datelineDone = true
	d := c.d
	for pi, p := range d.Paragraphs {
		if pi > 2 {
			break
		}
		// A dateline opens its paragraph with a place in capitals and ends with a dash, within
		// a dozen tokens.
		if t := &d.Tokens[p.First]; t.Kind != text.Word || t.Flags&text.AllUpper == 0 {
			continue
		}
		for k := p.First + 1; k < p.Last && k < p.First+12; k++ {
			if s := d.TokenText(k); s != "—" && s != "–" && s != "-" && s != "--" {
				continue
			}
			span := text.Span{Start: p.Span.Start, End: d.Tokens[k].Start}
			for ti := range c.timexes {
				t := &c.timexes[ti]
				if span.Contains(t.Span) && datable(t) {
					c.dateline = SaidOn{Value: dayOf(t.Value), Source: Dateline, Span: t.Span}
					return c.dateline
				}
			}
			return c.dateline
		}
	}
	return c.dateline
}

// datable reports whether a temporal expression can say when something was said: a date or a
// time with a calendar value (not PRESENT_REF, not a duration).
func datable(t *timex.Timex) bool {
	if t.Type != timex.Date && t.Type != timex.Time || t.Value == "" {
		return false
	}
	return t.Value[0] >= '0' && t.Value[0] <= '9'
}

// dayOf drops the time of day from a TIMEX3 value: "2025-01-21TNI" -> "2025-01-21".
func dayOf(v string) string {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		return v[:i]
	}
	return v
}

func inParts(parts []Span, s Span) bool {
	for _, p := range parts {
		if p.Overlaps(s) {
			return true
		}
	}
	return false
}
