package attribution

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/text"
)

// maxCueDateGap is how many tokens may separate a cue from the date tied to it after it:
// `said in a statement on Monday`, `told reporters at the White House on Tuesday`.
const maxCueDateGap = 8

// saidOn decides when statement si was made: the date expression tied to its cue (in the
// cue's clause, outside the content and any quotation: `said on Monday`, `Speaking on 9
// January, the governor said`, `In June, he said that …`); else the date a statement of the
// same paragraph carries; else the article's dateline; else the publication date.
func (c *docContext) saidOn(si int) SaidOn {
	if on, ok := c.cueDate(si); ok {
		return on
	}
	if on, ok := c.inherited(si); ok {
		return on
	}
	if on := c.datelineDate(); on.Value != "" {
		return on
	}
	return c.publicationDate()
}

// cueDate returns the date expression tied to the cue of statement si.
func (c *docContext) cueDate(si int) (SaidOn, bool) {
	s := &c.stmts[si]
	if s.Cue.Lemma == "" || len(c.timexes) == 0 {
		return SaidOn{}, false
	}
	d := c.d
	cue := d.TokenAt(s.Cue.Span.Start)
	cueEnd := d.TokenAt(s.Cue.Span.End - 1)
	sent := d.Sentences[d.SentenceOf(cue)]
	best, bestDist := -1, 0
	lo := sort.Search(len(c.timexes), func(i int) bool { return c.timexes[i].Span.End > sent.Start })
	for ti := lo; ti < len(c.timexes) && c.timexes[ti].Span.Start < sent.End; ti++ {
		t := &c.timexes[ti]
		if !datable(t) || c.inQuote(t.Span.Start) || inParts(s.Parts, t.Span) {
			continue
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
			dist = cue - last
		default:
			continue
		}
		if best < 0 || dist < bestDist {
			best, bestDist = ti, dist
		}
	}
	if best < 0 {
		return SaidOn{}, false
	}
	t := &c.timexes[best]
	return SaidOn{Value: dayOf(t.Value), Source: Explicit, Span: t.Span}, true
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

// inherited returns the date of the statement before si in the same paragraph when si took its
// speaker from it: `"…," Trump said on 9 January. "And more."`
func (c *docContext) inherited(si int) (SaidOn, bool) {
	s := &c.stmts[si]
	if s.Rule != "paragraph" && s.Rule != "continuation" || si == 0 {
		return SaidOn{}, false
	}
	prev := &c.stmts[si-1]
	if prev.SaidOn.Source != Explicit {
		return SaidOn{}, false
	}
	return prev.SaidOn, true
}

// datelineDate returns the date of the article's dateline ("CLEVELAND, July 19 (UPI) —"), or
// a zero SaidOn. The dateline is looked for once per document.
func (c *docContext) datelineDate() SaidOn {
	if c.dateline != nil {
		return *c.dateline
	}
	c.dateline = &SaidOn{}
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
					*c.dateline = SaidOn{Value: dayOf(t.Value), Source: Dateline, Span: t.Span}
					return *c.dateline
				}
			}
			return *c.dateline
		}
	}
	return *c.dateline
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
