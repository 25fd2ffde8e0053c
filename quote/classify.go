package quote

import (
	"github.com/whosaid/whosaid/internal/text"
)

// Limits of the local patterns, in tokens.
const (
	maxCueGapAfter  = 12 // from a closing mark to the cue: `," the Ukrainian president told reporters`
	maxCueGapBefore = 8  // from the cue to an introducing colon: `said in a statement on Monday:`
	maxSubject      = 25 // from the start of a clause to its cue
	maxPostSubject  = 12 // from an inverted cue to the end of its subject: `said Geoff Garin, …`
)

// classify decides the role of every region and finds its cue, then joins split quotes.
func (e *Extractor) classify(d *text.Doc, regs []region) []Quote {
	qs := make([]Quote, 0, len(regs))
	of := make([]int, len(regs)) // region index -> quote index
	for ri := range regs {
		r := &regs[ri]
		q := Quote{Parts: r.parts, Marks: r.marks, Depth: r.depth, Unclosed: r.unclosed}
		inSpeech := r.parent >= 0 && qs[of[r.parent]].Role == Speech
		e.decide(d, r, &q, r.parent >= 0)
		if r.parent >= 0 && (!inSpeech || q.Role != Speech || q.Cue.Lemma == "") {
			// Quoted words inside a quotation are speech of their own only with their own cue.
			q.Role, q.Kind, q.Rule, q.Cue, q.Source = Embedded, 0, "embedded", Cue{}, Span{}
		}
		of[ri] = len(qs)
		qs = append(qs, q)
	}
	return joinSplit(qs)
}

// decide sets the role, kind, cue, source and rule of q, the quote of region r.
func (e *Extractor) decide(d *text.Doc, r *region, q *Quote, nested bool) {
	first := r.first
	para := d.Paragraphs[d.ParagraphOf(first)]
	prev := first - 1
	if prev < para.First {
		prev = -1
	}
	next := -1
	if !r.unclosed {
		lastPara := d.Paragraphs[d.ParagraphOf(r.last)]
		if r.last+1 < lastPara.Last {
			next = r.last + 1
		}
	}
	shape := e.shapeOf(d, r)

	leftOpen := prev < 0 || d.Tokens[first].Flags&text.SentStart != 0 || introPunct(d, prev) ||
		d.Tokens[prev].Kind == text.Mark
	rightOpen := r.unclosed || next < 0 || shape.endsPunct || d.Tokens[next].Flags&text.SentStart != 0 ||
		closingPunct(d, next) || d.Tokens[next].Kind == text.Mark

	after, afterOK := e.cueAfter(d, next, para.Last)
	before, intro, beforeOK := e.cueBefore(d, prev, first)

	switch {
	case afterOK && leftOpen:
		q.setSpeech(after, "cue-after")
	case beforeOK && intro != 0:
		q.setSpeech(before, "cue-before")
	case beforeOK && (shape.upperStart || shape.words >= 6):
		q.setSpeech(before, "cue-before")
	case beforeOK:
		q.setFragment(before, "fragment-cue")
	case afterOK:
		q.setFragment(after, "fragment-cue")
	case nested:
		q.Role = Embedded
	case shape.titleLike:
		q.Role, q.Rule = Title, "title"
	case leftOpen && rightOpen:
		q.Role, q.Kind, q.Rule = Speech, Direct, "standalone"
	case shape.words <= 3 && !e.sentenceHasCue(d, first):
		q.Role, q.Rule = Scare, "scare"
	default:
		q.Role, q.Kind, q.Rule = Fragment, Mixed, "fragment"
	}
}

// A cueMatch is a cue found next to a quote and the stretch where its subject stands.
type cueMatch struct {
	cue    Cue
	source Span
}

func (q *Quote) setSpeech(m cueMatch, rule string) {
	q.Role, q.Kind, q.Rule, q.Cue, q.Source = Speech, Direct, rule, m.cue, m.source
}

func (q *Quote) setFragment(m cueMatch, rule string) {
	q.Role, q.Kind, q.Rule, q.Cue, q.Source = Fragment, Mixed, rule, m.cue, m.source
}

// shape is what the extractor looks at inside a quote.
type shape struct {
	words      int  // word and number tokens
	upperStart bool // the first word is capitalised
	endsPunct  bool // the content ends with , . ! ? … inside the marks
	titleLike  bool // a few capitalised words and no sentence punctuation: a title or a name
}

// minorWords may stay lower-case inside a title.
var minorWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true,
	"from": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true,
	"with": true, "'s": true,
}

func (e *Extractor) shapeOf(d *text.Doc, r *region) shape {
	var s shape
	startTok := d.TokenAt(r.parts[0].Start)
	endTok := d.TokenAt(r.parts[len(r.parts)-1].End - 1)
	if endTok >= len(d.Tokens) {
		endTok = len(d.Tokens) - 1
	}
	title := true
	punct := false
	for i := startTok; i <= endTok && i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		switch t.Kind {
		case text.Word, text.Number:
			s.words++
			if s.words == 1 {
				s.upperStart = t.Flags&text.Upper != 0
			}
			if t.Flags&text.Upper == 0 && !minorWords[d.Key(i)] && t.Kind == text.Word {
				title = false
			}
		case text.Punct:
			if isSentencePunct(d.TokenText(i)) || d.TokenText(i) == "," || d.TokenText(i) == ";" {
				punct = true
			}
		}
		if s.words > 6 {
			title = false
		}
	}
	if endTok >= startTok && d.Tokens[endTok].Kind == text.Punct {
		p := d.TokenText(endTok)
		s.endsPunct = isSentencePunct(p) || p == ","
	}
	s.titleLike = title && s.upperStart && !punct && s.words > 0 && s.words <= 6
	return s
}

// cueAfter looks for `, X said` or `, said X` right after a closing mark at token next.
func (e *Extractor) cueAfter(d *text.Doc, next, paraEnd int) (cueMatch, bool) {
	if next < 0 {
		return cueMatch{}, false
	}
	j := next
	if isDash(d.TokenText(j)) || d.TokenText(j) == "," {
		j++
	}
	for k := j; k < paraEnd && k < j+maxCueGapAfter; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Mark || t.Kind == text.Punct && stopsClause(d.TokenText(k)) {
			break
		}
		f, end, ok := e.cues.cueAt(d, k, paraEnd)
		if !ok {
			continue
		}
		m := cueMatch{cue: Cue{Span: text.Span{Start: t.Start, End: d.Tokens[end-1].End}, Lemma: f.lemma, Class: f.class}}
		if k > j {
			if !e.subjectStart(d, j) {
				return cueMatch{}, false
			}
			m.source = text.Span{Start: d.Tokens[j].Start, End: d.Tokens[k-1].End}
			return m, true
		}
		// Inverted: `said Mr. Smith, a spokesman.` The subject runs to the next comma.
		s := end
		for s < paraEnd && s < end+maxPostSubject {
			if tt := &d.Tokens[s]; tt.Kind == text.Mark || tt.Kind == text.Punct {
				break
			}
			s++
		}
		if s == end {
			return cueMatch{}, false
		}
		m.source = text.Span{Start: d.Tokens[end].Start, End: d.Tokens[s-1].End}
		return m, true
	}
	return cueMatch{}, false
}

// cueBefore looks for `X said: "…"`, `X said, "…"` and `X said "…"` before the opening mark at
// token first, whose previous token in the paragraph is prev (-1 at a paragraph start, where a
// colon ending the previous paragraph introduces the quote). intro is the introducing
// punctuation (':' ',' '-'), or 0 for a cue right before the mark.
func (e *Extractor) cueBefore(d *text.Doc, prev, first int) (cueMatch, byte, bool) {
	k := prev
	if k < 0 {
		if first == 0 || d.TokenText(first-1) != ":" {
			return cueMatch{}, 0, false
		}
		k = first - 1
	}
	var intro byte
	switch s := d.TokenText(k); {
	case s == ":" || s == ",":
		intro = s[0]
		k--
	case isDash(s):
		intro = '-'
		k--
	}
	lo := d.Paragraphs[d.ParagraphOf(max(k, 0))].First
	gap := maxCueGapBefore
	if intro == 0 {
		gap = 1 // a bare cue sits right before the mark: `X said "…"`, not `X said that "…"`
	}
	for m := k; m >= lo && m > k-gap; m-- {
		t := &d.Tokens[m]
		if t.Kind == text.Mark || t.Kind == text.Punct && stopsClause(d.TokenText(m)) {
			break
		}
		f, end, ok := e.cues.cueAt(d, m, k+1)
		if !ok {
			continue
		}
		if end <= k && intro == 0 {
			continue
		}
		start := m
		for start > lo && start > m-maxSubject {
			p := &d.Tokens[start-1]
			if p.Kind == text.Mark || p.Kind == text.Punct && stopsClause(d.TokenText(start-1)) {
				break
			}
			start--
		}
		if start == m {
			return cueMatch{}, 0, false
		}
		return cueMatch{
			cue:    Cue{Span: text.Span{Start: t.Start, End: d.Tokens[end-1].End}, Lemma: f.lemma, Class: f.class},
			source: text.Span{Start: d.Tokens[start].Start, End: d.Tokens[m-1].End},
		}, intro, true
	}
	return cueMatch{}, 0, false
}

// subjectStart reports whether token i may open the subject of a cue: a capitalised word or a
// pronoun or determiner ("he", "the minister", "one official").
func (e *Extractor) subjectStart(d *text.Doc, i int) bool {
	t := &d.Tokens[i]
	if t.Kind != text.Word {
		return false
	}
	return t.Flags&text.Upper != 0 || e.cues.determiners[d.Key(i)]
}

// sentenceHasCue reports whether the sentence of token i holds a cue outside quotation marks.
func (e *Extractor) sentenceHasCue(d *text.Doc, i int) bool {
	s := d.Sentences[d.SentenceOf(i)]
	for k := s.First; k < s.Last; k++ {
		if _, _, ok := e.cues.cueAt(d, k, s.Last); ok {
			return true
		}
	}
	return false
}

// joinSplit merges a quote that continues after its own cue (`"A," he said, "B."`) into one
// statement with two parts.
func joinSplit(qs []Quote) []Quote {
	out := qs[:0]
	prevAt := map[int]int{} // depth -> index in out of the last quote at that depth
	for _, q := range qs {
		if j, ok := prevAt[q.Depth]; ok && q.Role == Speech && q.Rule == "cue-before" &&
			out[j].Role == Speech && out[j].Cue.Span == q.Cue.Span {
			out[j].Parts = append(out[j].Parts, q.Parts...)
			out[j].Marks = append(out[j].Marks, q.Marks...)
			continue
		}
		prevAt[q.Depth] = len(out)
		out = append(out, q)
	}
	return out
}

func introPunct(d *text.Doc, i int) bool {
	s := d.TokenText(i)
	return s == ":" || s == "," || s == "(" || isDash(s)
}

func closingPunct(d *text.Doc, i int) bool {
	s := d.TokenText(i)
	return d.Tokens[i].Kind == text.Punct && (isSentencePunct(s) || s == "," || s == ";" || s == ":" || s == ")" || isDash(s))
}

func stopsClause(s string) bool { return isSentencePunct(s) || s == ";" || s == ":" }

func isSentencePunct(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '.', '!', '?':
		return true
	}
	return s == "…" || s == "。" || s == "！" || s == "？"
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "--" || s == "-" || s == "―" }
