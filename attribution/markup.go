package attribution

import "github.com/whosaid/whosaid/internal/text"

// mapMarkup moves every span of r from the plain text m stripped to the caller's text. It
// gives each statement new slices of parts, trail and evidence and a new Speaker rather than
// rewriting them in place, as they may share memory with one another; only documents with
// markup pay for it.
func mapMarkup(r *Result, m *text.Markup) {
	for i := range r.Statements {
		s := &r.Statements[i]
		s.Parts = mapSpans(s.Parts, m)
		s.Cue.Span = m.Span(s.Cue.Span)
		if s.Speaker != nil {
			sp := *s.Speaker
			sp.Mention = m.Span(sp.Mention)
			s.Speaker = &sp
		}
		s.SaidOn.Span = m.Span(s.SaidOn.Span)
		if len(s.Topics) > 0 {
			topics := make([]Topic, len(s.Topics))
			for j, t := range s.Topics {
				t.Evidence = mapSpans(t.Evidence, m)
				topics[j] = t
			}
			s.Topics = topics
		}
		if s.Trail != nil {
			trail := make([]Decision, len(s.Trail))
			for j, d := range s.Trail {
				d.Evidence = m.Span(d.Evidence)
				trail[j] = d
			}
			s.Trail = trail
		}
	}
	for i := range r.Mentions {
		mn := &r.Mentions[i]
		mn.Span, mn.Head, mn.Title = m.Span(mn.Span), m.Span(mn.Head), m.Span(mn.Title)
	}
	for i := range r.Timexes {
		r.Timexes[i].Span = m.Span(r.Timexes[i].Span)
	}
}

// mapSpans returns a new slice of spans, each of ss mapped by m; nil for nil.
func mapSpans(ss []Span, m *text.Markup) []Span {
	if ss == nil {
		return nil
	}
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = m.Span(s)
	}
	return out
}
