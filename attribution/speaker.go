package attribution

import (
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// docContext is what the sieves share about one document.
type docContext struct {
	d      *text.Doc
	doc    Document
	quotes []quote.Quote
	ents   *entity.Analysis
	stmts  []Statement
	from   []int // statement index -> quote index
}

func newContext(d *text.Doc, qs []quote.Quote, ents *entity.Analysis, doc Document) *docContext {
	return &docContext{d: d, doc: doc, quotes: qs, ents: ents}
}

// quotedSpans returns the spans of the quotations in running text, marks included, in order.
func quotedSpans(qs []quote.Quote) []Span {
	var out []Span
	for i := range qs {
		q := &qs[i]
		if q.Depth > 0 || len(q.Marks) == 0 {
			continue
		}
		out = append(out, text.Hull(q.Marks[0], q.Marks[len(q.Marks)-1]))
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}

// A choice is a sieve's answer: the speaker's local mention and how sure the sieve is.
type choice struct {
	mention    Span
	entity     int    // -1 when the mention names no entity
	name       string // used when entity is -1
	kind       entity.Kind
	confidence float64
	evidence   Span
}

// A sieve decides the speaker of statement si, or passes.
type sieve struct {
	name string
	run  func(c *docContext, si int) (choice, bool)
}

// sieves run in this order; the first that decides wins.
var sieves = []sieve{
	{"cue", (*docContext).cueSpeaker},
	{"colon", (*docContext).colonSpeaker},
	{"paragraph", (*docContext).paragraphSpeaker},
	{"continuation", (*docContext).continuationSpeaker},
}

// statements makes a statement of every quotation that is one and finds its speaker.
func (c *docContext) statements(opts *Options) []Statement {
	for qi := range c.quotes {
		q := &c.quotes[qi]
		if !q.IsStatement() || q.Depth > 0 && !opts.Nested {
			continue
		}
		s := Statement{
			Within: c.enclosing(q),
			Kind:   q.Kind,
			Parts:  q.Parts,
			Cue:    q.Cue,
			Topics: []Topic{},
			Trail:  []Decision{{Stage: "quote", Rule: q.Rule, Evidence: q.Span(), Confidence: quoteConfidence(q)}},
		}
		c.stmts = append(c.stmts, s)
		c.from = append(c.from, qi)
	}
	for si := range c.stmts {
		s := &c.stmts[si]
		for _, sv := range sieves {
			ch, ok := sv.run(c, si)
			if !ok {
				continue
			}
			s.Trail = append(s.Trail, Decision{Stage: "speaker", Rule: sv.name, Evidence: ch.evidence, Confidence: ch.confidence})
			if ch.confidence < opts.MinConfidence {
				break
			}
			s.Speaker = c.speaker(ch)
			s.Rule, s.Confidence = sv.name, ch.confidence
			break
		}
		s.SaidOn = c.publicationDate()
	}
	if c.stmts == nil {
		return []Statement{}
	}
	return c.stmts
}

// enclosing returns the index of the statement whose quotation holds q, or -1.
func (c *docContext) enclosing(q *quote.Quote) int {
	if q.Depth == 0 {
		return -1
	}
	for si := len(c.stmts) - 1; si >= 0; si-- {
		o := &c.quotes[c.from[si]]
		if o.Depth < q.Depth && o.Span().Contains(q.Span()) {
			return si
		}
	}
	return -1
}

func quoteConfidence(q *quote.Quote) float64 {
	switch q.Rule {
	case "cue-after", "cue-before":
		return 0.95
	case "standalone":
		return 0.8
	}
	return 0.6
}

func (c *docContext) speaker(ch choice) *Speaker {
	sp := &Speaker{Mention: ch.mention, Entity: ch.entity, Name: ch.name, Kind: ch.kind}
	if ch.entity >= 0 {
		e := &c.ents.Entities[ch.entity]
		sp.Name, sp.Kind = e.Name, e.Kind
	}
	return sp
}

func (c *docContext) publicationDate() SaidOn {
	if c.doc.Published.IsZero() {
		return SaidOn{}
	}
	return SaidOn{Value: c.doc.Published.Format("2006-01-02"), Source: Published}
}

// cueSpeaker takes the subject of the statement's cue: the mention in the quote's source
// window nearest the cue, or, after an apposition (`Mukasey, the attorney general under
// President Bush, said`), the first one.
func (c *docContext) cueSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	w := q.Source
	if q.Cue.Lemma == "" || w.Len() == 0 {
		return choice{}, false
	}
	before := w.End <= q.Cue.Span.Start
	cands := c.mentionsIn(w)
	if len(cands) == 0 {
		return c.windowSpeaker(w, before)
	}
	pick := cands[0]
	if before && !c.appositionBefore(q.Cue.Span) {
		pick = cands[len(cands)-1]
	}
	return c.fromMention(pick, 0.9, q.Cue.Span)
}

// colonSpeaker takes the first mention of the clause that introduces a quotation with a colon
// and no cue: `Macron: "…"`, `Sanders stood up for the federal workforce: "…"`.
func (c *docContext) colonSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Rule != "colon" || q.Source.Len() == 0 {
		return choice{}, false
	}
	cands := c.mentionsIn(q.Source)
	if len(cands) == 0 {
		return c.windowSpeaker(q.Source, true)
	}
	return c.fromMention(cands[0], 0.7, q.Source)
}

// mentionsIn returns the subject-like mentions wholly inside w.
func (c *docContext) mentionsIn(w Span) []int {
	ms := c.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= w.Start })
	var out []int
	for ; i < len(ms) && ms[i].Span.Start < w.End; i++ {
		m := &ms[i]
		if !w.Contains(m.Span) || m.Possessive || m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// appositionBefore reports whether a comma stands right before the cue: the subject then
// comes before the apposition.
func (c *docContext) appositionBefore(cue Span) bool {
	i := c.d.TokenAt(cue.Start)
	return i > 0 && c.d.TokenText(i-1) == ","
}

// windowSpeaker is the fallback when the source window holds no mention the entity stage
// knows: the window's words themselves ("a source close to the campaign").
func (c *docContext) windowSpeaker(w Span, before bool) (choice, bool) {
	t := strings.TrimSpace(w.Of(c.d.Text))
	if t == "" || len(t) > 80 {
		return choice{}, false
	}
	return choice{mention: w, entity: -1, name: t, confidence: 0.5, evidence: w}, true
}

// fromMention makes a choice of mention mi, resolving a pronoun to the person it stands for.
func (c *docContext) fromMention(mi int, conf float64, evidence Span) (choice, bool) {
	m := &c.ents.Mentions[mi]
	ch := choice{mention: m.Span, entity: m.Entity, confidence: conf, evidence: evidence}
	if m.Kind == entity.Pronoun && m.Entity < 0 {
		ch.name = m.Head.Of(c.d.Text)
		ch.confidence = conf * 0.6
	}
	if ch.entity < 0 && ch.name == "" {
		ch.name = m.Head.Of(c.d.Text)
	}
	return ch, true
}

// paragraphSpeaker gives a quotation without a cue the speaker of the statement before it in
// the same paragraph.
func (c *docContext) paragraphSpeaker(si int) (choice, bool) {
	pi := c.previousTop(si)
	if pi < 0 {
		return choice{}, false
	}
	cur := c.d.ParagraphOf(c.d.TokenAt(c.stmts[si].Parts[0].Start))
	prev := &c.stmts[pi]
	if prev.Speaker == nil || c.d.ParagraphOf(c.d.TokenAt(prev.Parts[len(prev.Parts)-1].Start)) != cur {
		return choice{}, false
	}
	return c.reuse(prev, 0.75)
}

// previousTop returns the index of the last statement before si that is not nested in a
// quotation, or -1.
func (c *docContext) previousTop(si int) int {
	for pi := si - 1; pi >= 0; pi-- {
		if c.quotes[c.from[pi]].Depth == 0 {
			return pi
		}
	}
	return -1
}

// continuationSpeaker gives a paragraph that opens with a quotation without a cue the speaker
// of the statement that ended the paragraph before: news carries a speaker over paragraphs.
func (c *docContext) continuationSpeaker(si int) (choice, bool) {
	if si == 0 || c.stmts[si].Kind != quote.Direct {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(c.stmts[si].Parts[0].Start)
	pi := d.ParagraphOf(first)
	if pi == 0 || first-1 != d.Paragraphs[pi].First {
		return choice{}, false
	}
	pj := c.previousTop(si)
	if pj < 0 {
		return choice{}, false
	}
	prev := &c.stmts[pj]
	last := d.TokenAt(prev.Parts[len(prev.Parts)-1].Start)
	if prev.Speaker == nil || d.ParagraphOf(last) != pi-1 {
		return choice{}, false
	}
	return c.reuse(prev, 0.5)
}

func (c *docContext) reuse(prev *Statement, conf float64) (choice, bool) {
	sp := prev.Speaker
	return choice{mention: sp.Mention, entity: sp.Entity, name: sp.Name, kind: sp.Kind,
		confidence: conf, evidence: sp.Mention}, true
}

func isSubjectPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "i", "we", "it":
		return true
	}
	return false
}
