package attribution

import (
	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// paragraphSpeaker gives a quotation without a cue the speaker of the statement before it in
// the same paragraph.
func (c *docContext) paragraphSpeaker(si int, _ *quote.Quote) (choice, bool) {
	pi := c.previousTop(si)
	if pi < 0 {
		return choice{}, false
	}
	cur := c.paragraphOf(si)
	for pi >= 0 && c.quotes[c.from[pi]].Kind != quote.Direct && (c.subordinate(pi) || c.asideFragment(pi)) {
		pi = c.previousTop(pi) // `…,” Lee told the paper, after Kim stated an interest. “…”`: Lee goes on
	}
	if pi < 0 {
		return choice{}, false
	}
	prev := &c.stmts[pi]
	if prev.Speaker == nil || c.d.ParagraphOf(c.d.TokenAt(prev.Parts[len(prev.Parts)-1].Start)) != cur {
		return choice{}, false
	}
	return c.reuse(prev, 0.75)
}

// subordinate reports whether statement si is reported speech whose source opens a clause of
// time or reason (`after Kim stated an interest`): an aside in the sentence of another
// statement, not the voice of the paragraph.
func (c *docContext) subordinate(si int) bool {
	q := &c.quotes[c.from[si]]
	if q.Kind != quote.Indirect || q.Source.Len() == 0 {
		return false
	}
	k := c.d.TokenAt(q.Source.Start)
	for j := k - 1; j >= 0 && j >= k-2 && c.d.Tokens[j].Kind == text.Word; j-- {
		switch c.d.Key(j) {
		case "after", "before", "since", "because", "when", "while", "as", "until":
			return true // `after the mayor stated`, `after de Vries stated`
		}
	}
	return false
}

// asideFragment reports whether statement si is a short quoted fragment (`a host on the show
// "Farm Talk."`) that follows a direct quotation in the same sentence: a name or a phrase in
// the sentence of the quotation before, not the voice of the paragraph.
func (c *docContext) asideFragment(si int) bool {
	q := &c.quotes[c.from[si]]
	if q.Kind != quote.Mixed || len(q.Parts) != 1 || si == 0 {
		return false
	}
	words := 0
	for k := c.d.TokenAt(q.Parts[0].Start); k < len(c.d.Tokens) && c.d.Tokens[k].Start < q.Parts[0].End; k++ {
		if c.d.Tokens[k].Kind == text.Word {
			words++
		}
	}
	prev := &c.quotes[c.from[si-1]]
	return words <= 4 && prev.Kind == quote.Direct &&
		c.d.SentenceOf(c.d.TokenAt(prev.Span().Start)) == c.d.SentenceOf(c.d.TokenAt(q.Parts[0].Start))
}

// previousTop returns the index of the last statement before si that is not nested in a
// quotation and has a speaker to give, or -1: an impersonal statement (`when asked whether
// …`) is passed over.
func (c *docContext) previousTop(si int) int {
	for pi := si - 1; pi >= 0; pi-- {
		if c.quotes[c.from[pi]].Depth == 0 && !c.impersonal(pi) {
			return pi
		}
	}
	return -1
}

// impersonal reports whether statement si was ruled to have no speaker in the text. Only
// statements makes that ruling, before any sieve runs: it is the trail's second decision.
func (c *docContext) impersonal(si int) bool {
	t := c.stmts[si].Trail
	return len(t) > 1 && t[1].Rule == "impersonal" && t[1].Stage == "speaker"
}

// narrativeBefore takes the person a narrative sentence of the quotation's own paragraph, between
// it and any quotation before, is about: `She looked at her watch. "Oh dear, I must fly."`.
func (c *docContext) narrativeBefore(si int, q *quote.Quote) (choice, bool) {
	if q.Cue.Lemma != "" || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(q.Marks[0].Start)
	para := d.ParagraphOf(first)
	for s := d.SentenceOf(first) - 1; s >= 0 && d.Sentences[s].Para == para; s-- {
		if mi, ok := c.narrativeSubject(d.Sentences[s]); ok {
			return c.fromMention(mi, 0.6, d.Sentences[s].Span)
		}
		if c.hasQuote(d.Sentences[s]) {
			break
		}
	}
	return choice{}, false
}

// narrativeParagraphBefore takes, for a quotation that opens its paragraph and that nothing
// else attributed, the person the last sentence of the paragraph before is about, when that
// paragraph is narration only: `He was driven to use the prerogatives of his profession.` and
// then his words.
func (c *docContext) narrativeParagraphBefore(si int, q *quote.Quote) (choice, bool) {
	if !uncued(q) {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(q.Marks[0].Start)
	para := d.ParagraphOf(first)
	if first != d.Paragraphs[para].First || para == 0 {
		return choice{}, false
	}
	prev := d.Paragraphs[para-1]
	if c.hasQuote(prev) {
		return choice{}, false
	}
	last := d.Sentences[d.SentenceOf(prev.Last-1)]
	if mi, ok := c.narrativeSubject(last); ok {
		return c.fromMention(mi, 0.4, last.Span)
	}
	return choice{}, false
}

// narrativeAfter takes the person the narrative sentence right after the quotation, in its
// paragraph, is about: `"…" And then, sitting down again, she forgot them.`
func (c *docContext) narrativeAfter(si int, q *quote.Quote) (choice, bool) {
	if q.Cue.Lemma != "" || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	last := d.TokenAt(q.Marks[len(q.Marks)-1].Start)
	s := d.SentenceOf(last) + 1
	if s >= len(d.Sentences) || d.Sentences[s].Para != d.ParagraphOf(last) {
		return choice{}, false
	}
	if mi, ok := c.narrativeSubject(d.Sentences[s]); ok {
		return c.fromMention(mi, 0.55, d.Sentences[s].Span)
	}
	return choice{}, false
}

// narrativeSubject returns the first person mention of a sentence, if the sentence is narrative
// (it holds no quotation). A possessive counts: in "Polly's strident tones rang", Polly speaks.
func (c *docContext) narrativeSubject(s text.Segment) (int, bool) {
	if c.hasQuote(s) {
		return -1, false
	}
	for mi := c.mentionAtOrAfter(s.Start); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
		m := &c.ents.Mentions[mi]
		if m.Span.Start >= s.End {
			break
		}
		if m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
			continue // "his", "her": the possessor of the subject is often the speaker, but not through them
		}
		if m.Entity >= 0 {
			switch c.ents.Entities[m.Entity].Kind {
			case entity.Person, entity.RoleOnly, entity.Anonymous:
				return mi, true
			}
		}
		return -1, false // the first mention is not a person: no subject to take
	}
	return -1, false
}

// hasQuote reports whether sentence s overlaps a quotation.
func (c *docContext) hasQuote(s text.Segment) bool {
	i := c.quotedEndingAfter(s.Start)
	return i < len(c.quoted) && c.quoted[i].Start < s.End
}

func (c *docContext) reuse(prev *Statement, conf float64) (choice, bool) {
	return speakerChoice(prev.Speaker, conf, prev.Speaker.Mention), true
}

// speakerChoice is the choice of speaker sp, decided again for another statement on evidence.
func speakerChoice(sp *Speaker, conf float64, evidence Span) choice {
	return choice{mention: sp.Mention, entity: sp.Entity, name: sp.Name,
		confidence: conf, evidence: evidence}
}
