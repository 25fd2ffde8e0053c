package quote

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// Limits of the local patterns, in tokens.
const (
	maxCueGapAfter  = 20 // from a closing mark to the cue: `," Rep. Jim Jordan (R-Ohio), a member, said`
	maxCueGapBefore = 8  // from the cue to an introducing colon: `said in a statement on Monday:`
	maxCommaGap     = 4  // from the cue to an introducing comma: `said on Tuesday, "…"`
	maxObjectGap    = 8  // the same after a verb like tell: `told Chris Wallace of Fox News, "…"`
	maxCueTail      = 8  // after a cue that ends its sentence: `X said in a statement on Monday.`
	maxSubject      = 25 // from the start of a clause to its cue
	maxPostSubject  = 12 // from an inverted cue to the end of its subject: `said Geoff Garin, …`
	maxScareWords   = 5  // a quoted phrase no cue governs, up to this long, is a scare quote
	maxFragmentGap  = 6  // a cue governs a short quoted phrase up to this many tokens after it
	// maxFragmentReach bounds the walk from a phrase quoted inside a sentence back to its cue
	// (the farthest on the dev corpora is 134 tokens), so that a sentence of many quotations
	// costs time linear in its length.
	maxFragmentReach = 256
)

// classify decides the role of every region and finds its cue, then joins split quotes.
func (e *Extractor) classify(d *text.Doc, regs []region, sc *scratch) []Quote {
	qs := slices.Grow(sc.qs[:0], len(regs))
	// Every slot classify may write is release's to clear, even if a panic cuts the loop
	// short: the slots are written a field at a time, over memory they find clear.
	sc.qs = qs[:len(regs)]
	of := slices.Grow(sc.of[:0], len(regs))[:len(regs)] // region index -> quote index
	clear(of)
	sc.of = of
	lastTop := -1 // region index of the last quotation in running text
	sc.cueSent = 0
	for ri := range regs {
		r := &regs[ri]
		inSpeech := r.parent >= 0 && qs[of[r.parent]].Role == Speech
		// The quote is decided in its place in qs, which has room for every region: a Quote
		// is large to copy. That room is clear (see release): only the region's fields are set.
		qs = qs[:len(qs)+1]
		q := &qs[len(qs)-1]
		q.Parts, q.Marks, q.Depth, q.Unclosed = r.parts, r.marks, r.depth, r.unclosed
		e.decide(d, r, q, r.parent >= 0, sc)
		if r.parent >= 0 && (!inSpeech || q.Role != Speech || q.Cue.Lemma == "") {
			// Quoted words inside a quotation are speech of their own only with their own cue.
			q.Role, q.Kind, q.Rule, q.Cue, q.Source = Embedded, 0, "embedded", Cue{}, Span{}
		}
		if r.parent < 0 {
			if lastTop >= 0 {
				p := &qs[of[lastTop]]
				switch {
				case (q.Cue.Lemma == "" || q.Cue.Span == p.Cue.Span) && continuesSplit(d, &regs[lastTop], p, r) &&
					!e.clauseBetween(d, regs[lastTop].last+1, r.first):
					q.Role, q.Kind, q.Rule, q.Cue, q.Source = Speech, Direct, "cue-before", p.Cue, p.Source
				case q.Cue.Lemma != "" && p.Cue.Lemma != "" && q.Source.Contains(p.Cue.Span):
					// `"A," he said, adding, "B."`: the subject of adding is the subject of said.
					q.Source = p.Source
				}
			}
			lastTop = ri
		}
		of[ri] = len(qs) - 1
	}
	sc.qs = qs
	return joinSplit(qs, sc)
}

// continuesSplit reports whether region r is the second half of the quotation p split by its
// cue: `"A," said X, rather displeased; "b …"`. Between p's closing mark and r's opening mark
// stand p's cue and its clause, ending in a comma, semicolon, colon or dash, with no sentence
// end and no other quotation.
func continuesSplit(d *text.Doc, pr *region, p *Quote, r *region) bool {
	if p.Rule != "cue-after" || pr.unclosed || r.first <= pr.last+1 ||
		d.ParagraphOf(pr.last) != d.ParagraphOf(r.first) {
		return false
	}
	if !introPunct(d, r.first-1) && d.Key(r.first-1) != ";" {
		return false
	}
	for k := pr.last + 1; k < r.first-1; k++ {
		if t := &d.Tokens[k]; t.Kind == text.Mark || t.Kind == text.Punct && isSentencePunct(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// decide sets the role, kind, cue, source and rule of q, the quote of region r.
func (e *Extractor) decide(d *text.Doc, r *region, q *Quote, nested bool, sc *scratch) {
	first := r.first
	para := d.Paragraphs[d.ParagraphOf(first)]
	prev := first - 1
	if prev < para.First {
		prev = -1
	}
	next := -1
	lastParaEnd := d.Paragraphs[d.ParagraphOf(r.last)].Last // a quote over paragraphs has its cue in the last
	if !r.unclosed && r.last+1 < lastParaEnd {
		next = r.last + 1
	}
	leftOpen := prev < 0 || d.Tokens[first].Flags&text.SentStart != 0 || introPunct(d, prev) ||
		d.Tokens[prev].Kind == text.Mark
	nextStarts := next >= 0 && d.Tokens[next].Flags&text.SentStart != 0

	var after cueMatch
	afterOK := false
	if leftOpen {
		afterOK = e.cueAfter(&after, d, strayClose(d, r.last, next, lastParaEnd), lastParaEnd)
		if afterOK && !nextStarts {
			// `"…," she said`: the cue after takes the quote whatever stands before it (the
			// first case below), so the cue before is not looked for, nor the quote's shape read.
			q.setSpeech(after, "cue-after")
			return
		}
	}
	shape := e.shapeOf(d, r)
	rightOpen := r.unclosed || next < 0 || shape.endsPunct || nextStarts ||
		closingPunct(d, next) || d.Tokens[next].Kind == text.Mark
	glued := shape.endsPunct || next >= 0 && (d.Key(next) == "," || isDash(d.TokenText(next)))
	var in intro
	e.cueBefore(&in, d, prev, first)
	if !leftOpen && !in.ok {
		// A quote with words before it needs the cue after only when none comes before it (the
		// cases below that ask afterOK and not in.ok).
		afterOK = e.cueAfter(&after, d, strayClose(d, r.last, next, lastParaEnd), lastParaEnd)
	}

	switch {
	case afterOK && leftOpen && !(in.ok && in.punct != 0 && nextStarts):
		q.setSpeech(after, "cue-after")
	case shape.named && (possessiveBefore(d, prev) || workBefore(d, prev)):
		// `said on NBC's "Meet the Press."`, `his book, "An American Son."`: capitalised
		// words owned by a name or set beside a book or a show name the work, not words said.
		q.Role, q.Rule = Title, "name"
	case shape.named && prev >= 0 && (d.Key(prev) == "on" || d.Key(prev) == "with"):
		// `said on "Meet the Press"`, `in an interview with "Fox News Sunday"`: capitalised
		// words after on or with name the show the words were said on.
		q.Role, q.Rule = Title, "title"
	case in.ok && in.punct == ':':
		q.setSpeech(in.cue, "cue-before")
	case in.ok && in.punct != 0 && (in.gap <= maxCommaGap || objectVerbs.Has(in.cue.cue.Lemma) && in.gap <= maxObjectGap) &&
		(shape.upperStart || in.gap == 0):
		q.setSpeech(in.cue, "cue-before")
	case in.ok && in.punct == 0 && rightOpen && in.cue.cue.Class.reports() && (shape.upperStart && shape.words >= 2 || shape.words >= 6):
		q.setSpeech(in.cue, "cue-before")
	case in.ok && naming(d, in.cue.cue):
		q.Role, q.Rule = Title, "name" // `were called the "Sub-Apennines"`: a name, not words said
	case in.ok:
		q.setFragment(in.cue, "fragment-cue")
	case afterOK && glued && shape.words <= maxScareWords:
		// `The rule is "dead," Lee said`: a short phrase inside the writer's sentence is
		// seldom what the cue reports (on PolNeAR dev one in five).
		q.Role, q.Rule = Scare, "scare"
	case afterOK && glued:
		q.setFragment(after, "fragment-cue")
	case nested:
		q.Role = Embedded
	case in.punct == ':' && in.clause.Len() > 0 && !(next >= 0 && d.Tokens[next].Kind == text.Word):
		// `Lee: "…"`; but `Lee: ‘No Chance’ the Bridge Opens`, where the sentence goes on
		// after the mark, quotes a fragment of what the label's bearer said.
		q.Role, q.Kind, q.Rule, q.Source = Speech, Direct, "colon", in.clause
	case shape.titleLike:
		q.Role, q.Rule = Title, "title"
	case leftOpen && rightOpen && credited(d, next):
		// `"The old mill will close," by Ann Lee`, `"A shop opens." http://…`: a headline
		// credited to its writer or linked to its story, not words said.
		q.Role, q.Rule = Title, "headline"
	case leftOpen && rightOpen:
		if m, ok := e.cuePrevious(d, first); ok {
			q.setSpeech(m, "cue-previous")
		} else if e.insideLabel(d, first) {
			// `Hacker Lee: Server Unprotected, ‘Like an Open Door.’`: words of the label's
			// bearer quoted inside what the label reports.
			q.Role, q.Kind, q.Rule = Fragment, Mixed, "fragment"
		} else {
			q.Role, q.Kind, q.Rule = Speech, Direct, "standalone"
		}
	case shape.words <= 3 && !e.sentenceHasCue(d, first, sc):
		q.Role, q.Rule = Scare, "scare"
	default:
		if m, ok := e.sentenceCue(d, first); ok && naming(d, m.cue) {
			q.Role, q.Rule = Title, "name"
		} else if ok && shape.words <= maxScareWords && !cueNear(d, m.cue.Span, first) {
			// `Lee said on Monday that the party's "pay-go" rule was dead`: a short phrase far
			// from the cue is held at a distance, not quoted as said (on PolNeAR dev one such
			// phrase in six is a statement).
			q.Role, q.Rule = Scare, "scare"
		} else if ok {
			q.setFragment(m, "fragment-cue") // `Trump called her "weak"`
		} else if shape.words <= maxScareWords {
			q.Role, q.Rule = Scare, "scare" // `Zelenskyy's "peace formula" demanded …`: no cue governs it
		} else if shape.named {
			q.Role, q.Rule = Title, "title" // `a co-author of "Lost Roads: A History of the Valley."`
		} else {
			q.Role, q.Kind, q.Rule = Fragment, Mixed, "fragment"
		}
	}
}

// possessiveBefore reports whether the token at prev, just before an opening mark, is a
// possessive ending: `NBC's "Meet the Press"`, `the party's "Contract With America"`.
func possessiveBefore(d *text.Doc, prev int) bool {
	return prev >= 0 && d.Tokens[prev].Flags&text.Clitic != 0 && (d.Key(prev) == "'s" || d.Key(prev) == "’s" || d.Key(prev) == "'")
}

// workNouns name works and the names they bear: `the reality show "The Apprentice"`.
var workNouns = lexicon.NewSet(map[string]bool{
	"ad": true, "album": true, "book": true, "column": true, "documentary": true, "drama": true,
	"essay": true, "film": true, "memoir": true, "motto": true, "movie": true, "musical": true,
	"nickname": true, "novel": true, "play": true, "podcast": true, "program": true,
	"programme": true, "series": true, "show": true, "sitcom": true, "slogan": true, "song": true,
	"spot": true, "thriller": true, "video": true,
})

// workBefore reports whether a noun of workNouns stands at prev, just before an opening mark,
// or before a comma there: `the show "Morning Joe"`, `her memoir, "Hard Choices"`.
func workBefore(d *text.Doc, prev int) bool {
	if prev >= 1 && d.Key(prev) == "," {
		prev--
	}
	return prev >= 0 && workNouns.Has(d.Key(prev))
}

// credited reports whether a byline (`by` and a name) or a web address follows the closing
// mark, at token next, perhaps after a comma.
func credited(d *text.Doc, next int) bool {
	if next < 0 {
		return false
	}
	if d.Key(next) == "," {
		next++
	}
	if next+1 >= len(d.Tokens) {
		return false
	}
	switch d.Key(next) {
	case "by":
		return d.Tokens[next+1].Flags&text.Upper != 0
	case "http", "https":
		return d.Key(next+1) == ":"
	}
	return false
}

// cueNear reports whether cue, which stands before the quote that opens at token first, ends
// within maxFragmentGap tokens of it: `called her "weak"`, `welcomed his stated intent to "…"`.
func cueNear(d *text.Doc, cue Span, first int) bool {
	return d.TokenAt(cue.End-1) >= first-1-maxFragmentGap
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
	words      int  // word and number tokens, counted up to enoughWords once the span is no title
	upperStart bool // the first word is capitalised
	endsPunct  bool // the content ends with , . ! ? … inside the marks
	titleLike  bool // a few capitalised words and no sentence punctuation: a title or a name
	named      bool // a few capitalised words with at most a comma or period at the end
}

// maxTitleWords is the most words of a title; a title with a subtitle after a colon, the
// way books are named, may have up to maxSubtitledWords.
const (
	maxTitleWords     = 6
	maxSubtitledWords = 12
)

// enoughWords is the most words that decide tells apart (`shape.words >= 6`): past it, the
// words of a long quote are not counted.
const enoughWords = 6

// minorWords may stay lower-case inside a title.
var minorWords = lexicon.NewSet(map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true,
	"from": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true,
	"with": true, "'s": true,
})

func (e *Extractor) shapeOf(d *text.Doc, r *region) shape {
	var s shape
	var startTok, endTok int
	if r.isPair(d) && d.Tokens[r.last-1].End == r.parts[0].End {
		// Most quotes: their content is the tokens between the marks, the last one ending it
		// (not a character the tokens skip, such as a control).
		startTok, endTok = r.first+1, r.last-1
	} else {
		startTok = d.TokenAt(r.parts[0].Start)
		endTok = min(d.TokenAt(r.parts[len(r.parts)-1].End-1), len(d.Tokens)-1)
	}
	title, subtitle := true, false
	punct, innerPunct := false, false
	// The span is read as a title until a word rules that out; the words after it are only
	// counted, by the second loop.
	i := startTok
	toks := d.Tokens[:min(endTok+1, len(d.Tokens))] // the loops' one bound, tested once a token
	for ; i < len(toks) && title; i++ {
		t := &toks[i]
		switch t.Kind {
		case text.Word, text.Number:
			s.words++
			if s.words == 1 {
				// Scripts without case (CJK) count as capitalised.
				s.upperStart = t.Flags&text.Upper != 0 || t.Flags&text.Lower == 0 && t.Kind == text.Word
			}
			if t.Flags&text.Upper == 0 && t.Kind == text.Word && !minorWords.Has(d.Key(i)) {
				title = false
			}
		case text.Punct:
			if !punct {
				p := d.TokenText(i)
				punct = isSentencePunct(p) || p == "," || p == ";"
				innerPunct = punct && i < endTok
			}
		}
		// A subtitle only lets a title run longer.
		if title && d.Key(i) == ":" && i > startTok && i < endTok && d.Tokens[i+1].Flags&text.Upper != 0 {
			subtitle = true // `The Fixers: Eddie Mannix and the MGM Machine`
		}
		if title && s.words > maxTitleWords && !(subtitle && s.words <= maxSubtitledWords) {
			title = false
		}
	}
	// No title: its punctuation decides nothing (titleLike, named), and its words are counted
	// as far as decide needs.
	for ; i < len(toks) && s.words < enoughWords; i++ {
		if k := toks[i].Kind; k == text.Word || k == text.Number {
			s.words++
		}
	}
	if endTok >= startTok && d.Tokens[endTok].Kind == text.Punct {
		p := d.TokenText(endTok)
		s.endsPunct = isSentencePunct(p) || p == ","
	}
	s.titleLike = title && s.upperStart && !punct && s.words > 0
	s.named = title && s.upperStart && !innerPunct && s.words > 0
	return s
}

// cueAfter looks for `, X said` or `, said X` right after a closing mark at token next, and
// reports whether it found one, set in out. (Out, not a result: most quotes find none, and a
// cueMatch is large to return.)
func (e *Extractor) cueAfter(out *cueMatch, d *text.Doc, next, paraEnd int) bool {
	if next < 0 {
		return false
	}
	j := next
	if isDash(d.TokenText(j)) || d.Key(j) == "," {
		j++
	}
	limit := j + maxCueGapAfter
	for k := j; k < paraEnd && k < limit; k++ {
		t, key := &d.Tokens[k], d.Key(k) // for punctuation the key is the text
		if key == "(" && k > j {
			if c := closeParen(d, k, paraEnd); c > 0 {
				limit += c - k + 1 // `Rep. Gwen Moore (D-Wis.) said`: an aside in the subject
				k = c
				continue
			}
		}
		if quoteMark(d, k) || t.Kind == text.Punct && stopsClause(key) {
			break
		}
		// cueAt's test of the shape written out, on the token and key at hand: most words
		// after a quotation are no cue, and then no call is made.
		var f cueForm
		end, ok := 0, false
		if t.Kind == text.Word && e.cues.forms.MayStart(key) {
			f, end, ok = e.cues.matchShaped(d, k, paraEnd, false)
		}
		if !ok && k > j && stateVerb(d, k, paraEnd) {
			f, end, ok = newCueForm("state", Speaking), k+1, true
		}
		if !ok {
			continue
		}
		m := cueMatch{cue: cueOf(d, k, end, f)}
		if k > j && tailBeforeInverted(d, j, k, end) {
			// `"We are pleased" about the vote, said Ann Hale`: the words before the cue end
			// the quotation's sentence; the subject is the name after the cue.
			if s := subjectAfter(d, end, paraEnd); s > end {
				m.source = tokenSpan(d, end, s)
				*out = m
				return true
			}
		}
		if k > j {
			if !e.subjectLike(d, j, k) {
				return false
			}
			m.source = tokenSpan(d, j, k)
			*out = m
			return true
		}
		// Inverted: `said Mr. Smith, a spokesman.` The subject runs to the next punctuation.
		if s := subjectAfter(d, end, paraEnd); s > end {
			m.source = tokenSpan(d, end, s)
			*out = m
			return true
		}
		return false
	}
	return false
}

// strayClose returns the token after next when next is a single closing apostrophe glued to
// the quote's closing mark at token last (three apostrophes after `the word 'old-school,`):
// the close of a quotation inside it that the marks' pairing left over; else next.
func strayClose(d *text.Doc, last, next, paraEnd int) int {
	if next < 0 || d.Tokens[next].Kind != text.Mark {
		return next // most quotes: small enough to be inlined for them
	}
	return strayMark(d, last, next, paraEnd)
}

// strayMark is strayClose for a token next that is a mark.
func strayMark(d *text.Doc, last, next, paraEnd int) int {
	if next+1 >= paraEnd || !quoteMark(d, next) || d.Tokens[next].Start != d.Tokens[last].End {
		return next
	}
	if t := d.TokenText(next); t != "'" && t != "’" {
		return next
	}
	return next + 1
}

// insideLabel reports whether the quotation that opens at token first stands in the sentence
// of a speaker's label (`Rubio: …`, see label) after other words of what the label reports.
func (e *Extractor) insideLabel(d *text.Doc, first int) bool {
	p := d.Paragraphs[d.ParagraphOf(first)]
	if d.Sentences[d.SentenceOf(first)].First != p.First {
		return false
	}
	_, ok := e.labelColon(d, p.First, first)
	return ok
}

// stateVerb reports whether state or states at token k, after the subject that follows a
// quotation (`"…," the report states.`), is the verb: the cue lexicon leaves these forms out,
// as they are far more often the noun (`the state`, `secretary of state`), but a noun would not
// end the clause or take a preposition (`the Saudis state in a paper`) after a subject.
func stateVerb(d *text.Doc, k, paraEnd int) bool {
	if key := d.Key(k); key != "state" && key != "states" || d.Tokens[k].Flags&text.Lower == 0 {
		return false
	}
	switch d.Key(k - 1) {
	case "of", "the", "a", "an", "this", "that", "home":
		return false // `the former secretary of state.`, `a state.`: the noun
	}
	if k+1 >= paraEnd {
		return true
	}
	switch d.TokenText(k + 1) {
	case ".", ",", ";", "in", "on", "at":
		return true
	}
	return false
}

// An intro is what stands before an opening mark: a cue with the punctuation after it
// (`X said: "…"`, `X said, "…"`, `X said "…"`), or a colon with no cue (`Macron: "…"`).
type intro struct {
	punct  byte // ':' ',' '-', or 0 when the cue sits right before the mark
	ok     bool // a cue was found
	cue    cueMatch
	gap    int  // tokens between the cue and the punctuation
	clause Span // the clause before a colon, for a colon with no cue
}

// cueBefore reads into in, which is zero, the intro of the quote whose opening mark is token
// first; prev is the token before it in the paragraph, or -1 at a paragraph start, where a
// colon, comma or dash ending the previous paragraph introduces the quote (`Mrs. Elton,
// speaking louder, said,` and the quotation on a paragraph of its own).
func (e *Extractor) cueBefore(in *intro, d *text.Doc, prev, first int) {
	k := prev
	if k < 0 {
		if first == 0 {
			return
		}
		if s := d.TokenText(first - 1); s != ":" && s != "," && !isDash(s) {
			return
		}
		k = first - 1
	}
	switch s := d.TokenText(k); {
	case s == ":" || s == ",":
		in.punct = s[0]
		k--
	case isDash(s):
		in.punct = '-'
		k--
	}
	if k < 0 {
		return
	}
	lo := d.Paragraphs[d.ParagraphOf(k)].First
	gap := maxCueGapBefore
	if in.punct == 0 {
		gap = 1 // a bare cue sits right before the mark: `X said "…"`, not `X said that "…"`
	}
	for m := k; m >= lo && m > k-gap; m-- {
		t := &d.Tokens[m]
		if quoteMark(d, m) || t.Kind == text.Punct && stopsClause(d.TokenText(m)) {
			break
		}
		if t.Kind != text.Word || !e.cues.forms.MayStart(d.Key(m)) {
			continue // cueAt's test of the shape, without a call at every word
		}
		f, end, ok := e.cues.matchShaped(d, m, k+1, false)
		if !ok || end <= k && in.punct == 0 {
			continue
		}
		in.ok, in.gap = true, k+1-end
		in.cue.cue = cueOf(d, m, end, f)
		if start := subjectBefore(d, m, lo); start < m {
			in.cue.source = tokenSpan(d, start, m)
		} else if end <= k {
			in.cue.source = tokenSpan(d, end, k+1) // `Said Ellis: "…"`
		} else {
			in.ok = false
		}
		return
	}
	if in.punct == ':' {
		if start := subjectBefore(d, k+1, lo); start <= k {
			in.clause = tokenSpan(d, start, k+1)
		}
	}
}

// cuePrevious finds the cue of a quote that opens a sentence after one that ends with a cue
// and no content of its own: `X said in a statement. "…"`.
func (e *Extractor) cuePrevious(d *text.Doc, first int) (cueMatch, bool) {
	si := d.SentenceOf(first)
	if si == 0 || d.Tokens[first].Flags&text.SentStart == 0 {
		return cueMatch{}, false
	}
	s := d.Sentences[si-1]
	if s.Para != d.Sentences[si].Para {
		return cueMatch{}, false
	}
	for m := s.Last - 1; m >= s.First && m >= s.Last-maxCueTail; m-- {
		t, key := &d.Tokens[m], d.Key(m)
		if t.Kind == text.Mark || key == "that" {
			return cueMatch{}, false
		}
		if t.Kind != text.Word || !e.cues.forms.MayStart(key) {
			continue // cueAt's test of the shape, on the token and key at hand
		}
		f, end, ok := e.cues.matchShaped(d, m, s.Last, false)
		if !ok {
			continue
		}
		start := subjectBefore(d, m, s.First)
		if start == m || !e.subjectLike(d, start, m) {
			return cueMatch{}, false
		}
		return cueMatch{cue: cueOf(d, m, end, f), source: tokenSpan(d, start, m)}, true
	}
	return cueMatch{}, false
}

// sentenceCue finds the cue of a fragment quoted inside a sentence: the nearest cue before its
// opening mark in the same sentence, with a subject before it (`Trump called her "weak"`,
// `Clinton said she had "zero support" in New Hampshire`).
func (e *Extractor) sentenceCue(d *text.Doc, first int) (cueMatch, bool) {
	s := d.Sentences[d.SentenceOf(first)]
	for m := first - 1; m >= s.First && m >= first-maxFragmentReach; m-- {
		if d.Tokens[m].Kind != text.Word || !e.cues.forms.MayStart(d.Key(m)) {
			continue // cueAt's test of the shape, without a call at every word
		}
		f, end, ok := e.cues.matchShaped(d, m, first, false)
		if !ok || !f.class().reports() {
			continue
		}
		start := subjectBefore(d, m, s.First)
		if start == m || !e.subjectLike(d, start, m) {
			return cueMatch{}, false
		}
		return cueMatch{cue: cueOf(d, m, end, f), source: tokenSpan(d, start, m)}, true
	}
	return cueMatch{}, false
}

// naming reports whether a cue gives something a name rather than reporting words: a verb of
// naming in the passive or after a modal (`was called`, `would call`, `known as`), so that the
// quoted words after it are a name.
func naming(d *text.Doc, c Cue) bool {
	switch c.Lemma {
	case "call", "dub", "term", "label", "know", "name", "title", "nickname", "brand":
	default:
		return false
	}
	i := d.TokenAt(c.Span.Start)
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch d.Key(k) {
		case "was", "were", "is", "are", "be", "been", "being", "'s", "would", "could", "might",
			"will", "may", "should", "to":
			return true
		}
	}
	end := d.TokenAt(c.Span.End - 1)
	return end+1 < len(d.Tokens) && d.Key(end+1) == "as"
}

// subordinatorsList holds the words that open a subordinate clause, whose subject follows
// them. subordinator, which every caller asks, writes the list out: a word added here goes
// there too (TestSubordinator).
var subordinatorsList = map[string]bool{
	"after": true, "although": true, "as": true, "because": true, "before": true, "if": true,
	"since": true, "though": true, "unless": true, "until": true, "when": true, "whenever": true,
	"whereas": true, "while": true, "once": true,
}

// subordinator reports whether key is in subordinatorsList, by its length and bytes:
// subjectBefore asks it of every word back to the subject's start, where a hashed look-up cost
// more. TestSubordinator keeps it the same as the list.
func subordinator(key string) bool {
	switch len(key) {
	case 2:
		return key == "as" || key == "if"
	case 4:
		return key == "when" || key == "once"
	case 5:
		return key == "after" || key == "since" || key == "until" || key == "while"
	case 6:
		return key == "before" || key == "though" || key == "unless"
	case 7:
		return key == "because" || key == "whereas"
	case 8:
		return key == "although" || key == "whenever"
	}
	return false
}

// subjectBefore returns where the clause that ends before token m starts: at the sentence or
// paragraph start, a quotation mark or clause punctuation, at most maxSubject tokens back.
func subjectBefore(d *text.Doc, m, lo int) int {
	if w := relativeSubject(d, m, lo); w >= 0 {
		return w // `…, Ann Lee, who said`: the relative pronoun is the subject; it stands for Ann Lee
	}
	if r := relativeBefore(d, m, lo); r >= 0 {
		m = r // `Mr. Leenders, who estimated that …, said`: the subject stands before `, who`
	}
	if o := dashAsideBefore(d, m, lo); o >= 0 {
		m = o // `Ms. Ross - whose group backs the bill - said`: the aside's words are not the subject
	} else if loneDashBefore(d, m, lo) {
		return m // `what will you do about it — tell us?`: the words before the dash are not the subject
	}
	start, aside := m, false
	bound := max(lo, m-maxSubject) // the loop's two bounds in one
	for start > bound {
		// The word before start, read once: for punctuation its key is its text.
		p, key := &d.Tokens[start-1], d.Key(start-1)
		if key == ")" {
			if o := openParen(d, start-1, lo); o >= 0 {
				start = o // `Sen. Rand Paul (R-Ky.) said`: an aside in the subject
				continue
			}
		}
		if p.Kind == text.Mark || p.Kind == text.Punct && stopsClause(key) ||
			key == "that" && start < m && p.Flags&text.SentStart == 0 ||
			(key == "which" || key == "who") && start < m && m-start <= maxRelativeSubject {
			break // `X said that Y believes`, `which Democrats say`: the subject follows (but `That person said` opens one)
		}
		if p.Kind == text.Word && subordinator(key) && start < m { // a word: no test for commas
			// `after the Court refused`: the subject follows; but in `If Cruz wins the state,
			// media outlets estimate`, the cue's subject follows the subordinate clause.
			c := firstComma(d, start, m)
			if c >= 0 && c+1 < m && !asideBeforeCue(d, c, m) {
				return c + 1
			}
			if c+1 < m {
				break // `since Clinton, at the debate, cited`: an aside between the subject and the cue
			}
			if c < 0 || start-1 == lo || !commaOpensPhrase(d, start-1, lo) && (!isComma(d, start-2) || isParticiple(d.Key(m))) {
				break // but `Lee, after the rally, wrote`: the phrase after the subject's comma is an aside
			}
			aside = true
			// `Ann Lee, speaking after the vote, said`: a phrase set off by commas before the
			// cue holds the subordinator; the cue's subject stands before the phrase.
		}
		if (key == "and" || key == "but") && start-1 > lo && (d.Key(start-2) == "," || aside) && start < m && opensSubject(d, start) {
			break // `…, and more than 4 in 10 said`: a clause of its own
		}
		if key == "with" && start-1 > lo && d.Key(start-2) == "," && start < m {
			break // `…, with three in 10 saying`: the participle's own subject
		}
		start--
	}
	return start
}

// asideBeforeCue reports whether the tokens between the comma at c and the comma right before
// the cue at m are an aside (`Clinton, at the debate, cited`, `Lee, contradicting Hale, said`):
// a phrase that a preposition, a participle or a subordinator opens.
func asideBeforeCue(d *text.Doc, c, m int) bool {
	if m-1 <= c+1 || d.Key(m-1) != "," || firstComma(d, c+1, m-1) >= 0 {
		return false
	}
	k := d.Key(c + 1)
	return adverbialStarts.Has(k) && d.Tokens[c+1].Flags&text.Lower != 0 || subordinator(k) || isParticiple(k)
}

// commaOpensPhrase reports whether a comma stands a few words before token k, within the
// clause, opening the phrase that holds k (`Ann Lee, speaking after the vote, said`).
func commaOpensPhrase(d *text.Doc, k, lo int) bool {
	for j := k - 1; j > lo && j >= k-maxAside; j-- {
		if t := &d.Tokens[j]; t.Kind == text.Mark || t.Kind == text.Punct && stopsClause(d.TokenText(j)) {
			return false
		}
		if d.Key(j) == "," {
			return j < k-1 && isParticiple(d.Key(j+1))
		}
	}
	return false
}

// loneDashBefore reports whether a dash right before the cue at m, after lo, cuts it from the
// words before the dash: the one dash of its sentence, after words that make a clause of their
// own (an auxiliary among them: `what're you gonna do about it — tell us`), before a cue that
// is not a participle. A noun phrase before the dash may still be the subject (`Residents of
// the town – told the BBC`), a participle (`Rubio changed his mind – saying`) shares the
// subject of the clause before the dash, and so may the words of an aside, opened (`a grumpy
// Trump -- angry at the network --`) or closed (`Ms. Tuttle — a critic: "…" — accuses`) by it.
func loneDashBefore(d *text.Doc, m, lo int) bool {
	if m-1 <= lo || d.Tokens[m-1].Kind != text.Punct || !asideDash(d, m-1) || strings.HasSuffix(d.Key(m), "ing") {
		return false
	}
	s := &d.Sentences[d.SentenceOf(m)]
	if nextDash(d, s.First, m-1) >= 0 || nextDash(d, m+1, s.Last) >= 0 {
		return false
	}
	for k := m - 2; k > lo && k >= m-1-maxSubject; k-- {
		if auxiliaries.Has(d.Key(k)) {
			return true
		}
	}
	return false
}

// dashAsideBefore returns the dash that opens an aside closed by a dash right before token m
// (`Ann Lee - who runs the fund - said`), not before lo, or -1. The aside must have words and
// its opening dash a word before it, so that a lone dash ending a clause is not taken for one.
func dashAsideBefore(d *text.Doc, m, lo int) int {
	if m-1 <= lo || d.Tokens[m-1].Kind != text.Punct || !asideDash(d, m-1) {
		return -1
	}
	for k := m - 2; k > lo && k >= m-2*maxSubject; k-- {
		t := &d.Tokens[k]
		if t.Kind == text.Mark || t.Kind == text.Punct && stopsClause(d.TokenText(k)) {
			return -1
		}
		if t.Kind == text.Punct && asideDash(d, k) {
			if k+1 < m-1 && d.Tokens[k-1].Kind == text.Word {
				return k
			}
			return -1
		}
	}
	return -1
}

// maxParen bounds the asides closeParen and openParen match: (R-Ky.), (D-Wis.), (pictured).
const maxParen = 8

// closeParen returns the ")" that closes the "(" at token k, before limit, or -1.
func closeParen(d *text.Doc, k, limit int) int {
	for c := k + 1; c < limit && c <= k+maxParen; c++ {
		switch d.TokenText(c) {
		case ")":
			return c
		case "(":
			return -1
		}
	}
	return -1
}

// openParen returns the "(" that opens the ")" at token k, not before lo, or -1.
func openParen(d *text.Doc, k, lo int) int {
	for o := k - 1; o >= lo && o >= k-maxParen; o-- {
		switch d.TokenText(o) {
		case "(":
			return o
		case ")":
			return -1
		}
	}
	return -1
}

// firstComma returns the first comma among tokens [from, to), or -1.
func firstComma(d *text.Doc, from, to int) int {
	for k := from; k < to; k++ {
		if d.Key(k) == "," {
			return k
		}
	}
	return -1
}

// maxRelativeSubject is how many words may stand between a relative pronoun and the cue whose
// subject they are (`which Democrats say`, `which the mayor's office said`); further back, the
// relative clause is another verb's.
const maxRelativeSubject = 4

// timeOrAuxiliary are the time words and the auxiliaries in one set, which relativeSubject asks
// before either.
var timeOrAuxiliary = unionSet(timeWordList, auxiliariesList)

// relativeSubject returns the token of "who" when it is the subject of cue token m, right
// before it or before an auxiliary or adverb or two (`who said`, `who has also said`), after
// a comma; else -1.
func relativeSubject(d *text.Doc, m, lo int) int {
	// Only a "who" is returned: where none stands within reach, as before most cues, the words
	// before the cue are not looked up.
	if !whoWithin(d, m, lo) {
		return -1
	}
	for k := m - 1; k > lo && k >= m-3; k-- {
		key := d.Key(k)
		if key == "who" {
			if k > 0 && d.Key(k-1) == "," {
				return k
			}
			return -1
		}
		if d.Tokens[k].Kind == text.Number || key == "in" || key == "on" {
			continue // `who in 2010 said`
		}
		if d.Tokens[k].Kind != text.Word {
			return -1
		}
		// Most words before a cue are in neither set: one look-up turns them away.
		inSets := timeOrAuxiliary.Has(key)
		if inSets && timeWords.Has(key) {
			continue // `who on Monday said`
		}
		if !(inSets && auxiliaries.Has(key)) && !strings.HasSuffix(key, "ly") && key != "also" {
			return -1
		}
	}
	return -1
}

// whoWithin reports whether "who" stands among the tokens relativeSubject reads before cue
// token m: the three before it, after lo.
func whoWithin(d *text.Doc, m, lo int) bool {
	for k := m - 1; k > lo && k >= m-3; k-- {
		if d.Key(k) == "who" {
			return true
		}
	}
	return false
}

// relativeBefore returns the comma that opens a relative clause closing right before cue
// token m (`X, who …, said`), or -1: the clause's own words (`estimated that …`) are not the
// cue's subject.
func relativeBefore(d *text.Doc, m, lo int) int {
	if m-1 <= lo || d.Key(m-1) != "," {
		return -1
	}
	for k := m - 2; k > lo && k >= m-maxSubject; k-- {
		t := &d.Tokens[k]
		if t.Kind == text.Mark || t.Kind == text.Punct && stopsClause(d.TokenText(k)) {
			return -1
		}
		switch d.Key(k) {
		case "who", "which":
			if d.Key(k-1) == "," {
				return k - 1
			}
		case "that":
			continue // the relative clause may report something itself
		}
	}
	return -1
}

// opensSubject reports whether token j can open the subject of a clause of its own after
// `, and`: a name, a number, a personal pronoun or a determiner (`and other leaders said`), not
// an adverbial or a second verb of the same subject (`and then said`, `and with a smile said`).
func opensSubject(d *text.Doc, j int) bool {
	t := &d.Tokens[j]
	if t.Kind == text.Number || t.Flags&text.Upper != 0 {
		return true
	}
	switch d.Key(j) {
	case "he", "she", "they", "we", "i", "the", "a", "an", "some", "many", "most", "more", "other",
		"others", "several", "all", "both", "few", "no", "nearly", "about", "almost",
		"his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// quoteMark reports whether token k is a quotation mark, not the apostrophe of a plural
// possessive (`Sanders' campaign manager said`), which the cue's subject may hold.
func quoteMark(d *text.Doc, k int) bool {
	return d.Tokens[k].Kind == text.Mark && !possessiveMark(d, k)
}

// subjectAfter returns the end of the subject of an inverted cue that ends at token end: the
// words up to the next punctuation or quotation mark, and a name in apposition after a comma
// (`said the club's owner, Dennis Hale.`).
func subjectAfter(d *text.Doc, end, limit int) int {
	s := end
	for s < limit && s < end+maxPostSubject {
		if t := &d.Tokens[s]; quoteMark(d, s) || t.Kind == text.Punct {
			break
		}
		s++
	}
	if s > end && s+1 < limit && d.Key(s) == "," {
		n := s + 1
		for n < limit && n < s+6 && d.Tokens[n].Kind == text.Word && d.Tokens[n].Flags&text.Upper != 0 {
			n++
		}
		if n > s+1 && (n == limit || d.Tokens[n].Kind == text.Punct || d.Tokens[n].Kind == text.Mark) {
			s = n
		}
	}
	return s
}

// tailBeforeInverted reports whether tokens j to k, between a closing mark and a cue, are a
// phrase in lower case closed by a comma (`about the vote,`) and a capitalised name follows
// the cue that ends at token end: the cue is inverted, its subject after it.
func tailBeforeInverted(d *text.Doc, j, k, end int) bool {
	if k-j < 2 || d.Key(k-1) != "," || d.Tokens[j].Flags&text.Lower == 0 || !tailPrepositions.Has(d.Key(j)) {
		return false // `the spokesman, Ann Hale, told Radio Free Europe`: a subject before the cue
	}
	return end < len(d.Tokens) && d.Tokens[end].Kind == text.Word && d.Tokens[end].Flags&text.Upper != 0
}

// tailPrepositions open a phrase or a clause that goes on from a quotation before its cue
// (`about the vote, said`), not a subject.
var tailPrepositions = lexicon.NewSet(map[string]bool{
	"about": true, "after": true, "amid": true, "at": true, "before": true, "during": true,
	"for": true, "from": true, "in": true, "like": true, "of": true, "on": true, "over": true,
	"to": true, "with": true,
	// a clause that finishes the quotation's sentence: `"It seems unlikely" that he can win, said`
	"because": true, "if": true, "that": true, "unless": true, "when": true, "while": true,
})

func cueOf(d *text.Doc, first, end int, f cueForm) Cue {
	return Cue{Span: tokenSpan(d, first, end), Lemma: f.lemma, Class: f.class()}
}

// tokenSpan returns the span of tokens [first, end), or, when that is empty, the empty span
// where token first starts: the text's end when first is past the last token.
func tokenSpan(d *text.Doc, first, end int) Span {
	if end <= first {
		if first >= len(d.Tokens) {
			return Span{Start: len(d.Text), End: len(d.Text)} // past the last token: `… asked by`
		}
		return Span{Start: d.Tokens[first].Start, End: d.Tokens[first].Start} // empty, never inverted
	}
	return Span{Start: d.Tokens[first].Start, End: d.Tokens[end-1].End}
}

// clauseOpeners start a clause, not a subject: `"…"--and I was imagining`.
var clauseOpeners = lexicon.NewSet(map[string]bool{
	"and": true, "but": true, "or": true, "nor": true, "so": true, "yet": true, "then": true,
	"as": true, "if": true, "when": true, "while": true, "because": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true, "though": true,
	"although": true, "after": true, "before": true, "since": true, "until": true,
	"unless": true, "whether": true, "than": true, "for": true,
})

// subjectLike reports whether tokens [i, k) may be the subject of a cue: they start with a
// word and hold a capitalised word, a pronoun or a determiner ("he", "the minister", "super
// PAC spokeswoman Kellyanne Conway").
func (e *Extractor) subjectLike(d *text.Doc, i, k int) bool {
	if d.Key(i) == "who" && relativeSubject(d, k, i-1) == i {
		return true // `…, Ann Lee, who said`
	}
	if d.Tokens[i].Kind != text.Word && d.Tokens[i].Kind != text.Number {
		return false
	}
	if clauseOpeners.Has(d.Key(i)) && !(d.Key(i) == "that" && d.Tokens[i].Flags&text.SentStart != 0) {
		return false // but `That person said …` opens a sentence with a demonstrative
	}
	for j := i; j < k; j++ {
		t := &d.Tokens[j]
		if t.Kind == text.Word && (t.Flags&text.Upper != 0 || e.cues.subjectWords.Has(d.Key(j))) {
			return true
		}
		if t.Kind == text.Number && (j+1 < k && (d.Key(j+1) == "percent" || d.Key(j+1) == "%") ||
			strings.HasSuffix(d.TokenText(j), "%")) {
			return true // `42% say`, `though 32 percent said`
		}
	}
	return false
}

// sentenceHasCue reports whether the sentence of token i holds a cue outside quotation marks.
func (e *Extractor) sentenceHasCue(d *text.Doc, i int, sc *scratch) bool {
	si := d.SentenceOf(i)
	if sc.cueSent == si+1 {
		return sc.cueSentHas // a sentence of many short quotations is read once
	}
	s := d.Sentences[si]
	has := false
	for k := s.First; k < s.Last; k++ {
		if d.Tokens[k].Kind != text.Word || !e.cues.forms.MayStart(d.Key(k)) {
			continue // cueAt's test of the shape, without a call at every word
		}
		if f, _, ok := e.cues.matchShaped(d, k, s.Last, false); ok && f.class().reports() {
			has = true
			break
		}
	}
	sc.cueSent, sc.cueSentHas = si+1, has
	return has
}

// joinSplit merges a quote that continues after its own cue (`"A," he said, "B."`) into one
// statement with two parts. It leaves in sc.of the index in its result of each region's quote,
// for coverage.
func joinSplit(qs []Quote, sc *scratch) []Quote {
	out := qs[:0]
	prevAt := sc.prevAt[:0] // depth -> index in out of the last quote at that depth, or -1
	of := sc.of[:len(qs)]   // quote i is region i's: classify makes one of each
	for i := range qs {
		q := &qs[i] // not a copy: a Quote is large, and most stay where they are
		for len(prevAt) <= q.Depth {
			prevAt = append(prevAt, -1)
		}
		if j := prevAt[q.Depth]; j >= 0 && q.Role == Speech && q.Rule == "cue-before" &&
			out[j].Role == Speech && out[j].Cue.Span == q.Cue.Span {
			out[j].Parts, out[j].Marks = sc.spans.join(out[j].Parts, q.Parts), sc.spans.join(out[j].Marks, q.Marks)
			of[i] = j
			continue
		}
		prevAt[q.Depth] = len(out)
		of[i] = len(out)
		out = keep(out, qs, i)
	}
	sc.prevAt = prevAt
	return out
}

// keep appends qs[i] to out, which is qs's first quotes filtered, not past i: it moves the
// quote only if some before it were dropped.
func keep(out, qs []Quote, i int) []Quote {
	if len(out) == i {
		return qs[:i+1]
	}
	return append(out, qs[i])
}

func introPunct(d *text.Doc, i int) bool {
	s := d.Key(i)
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

// isDash reports whether s is a dash: a hyphen or two, or an en, em or horizontal bar dash,
// whose UTF-8 opens with 0xE2. Most tokens asked are words or commas, which the first byte
// turns away.
func isDash(s string) bool {
	if s == "" || s[0] != '-' && s[0] != 0xE2 {
		return false
	}
	return s == "—" || s == "–" || s == "--" || s == "-" || s == "―"
}
