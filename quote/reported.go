package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// Limits of the reported-speech patterns, in tokens.
const (
	maxAdverbials      = 8   // between a cue and its complement: `said in a statement on Monday that`
	maxFrontedTail     = 12  // after the cue of fronted content: `…, the ministry said in a statement.`
	maxFrontedSubject  = 12  // the subject of fronted content: `…, a spokesman for the company said.`
	minContent         = 2   // a complement shorter than this is no statement
	maxContent         = 200 // a reported content ends by then: it keeps the cost linear in run-on text
	maxInvertedSubject = 6   // `, said Sen. Chris Coons.`
	maxAddressee       = 9   // `complained to the host of a Sunday show that`
)

// reported finds the statements made without quotation marks, in text order: `X said (that)
// …`, `…, X said`, `according to X, …`, `…, according to X`, `X said: …`, `X's claim that …`,
// and a parenthetical `… is, he said, …`. A quoted fragment inside the content makes the
// statement mixed and is not reported on its own; content that a direct quotation already
// holds is left to it.
func (e *Extractor) reported(dst []Quote, d *text.Doc, qs []Quote, sc *scratch) []Quote {
	cover := coverage(d, qs, sc.regions, sc.of, sc.cover[:0])
	sc.cover = cover
	out := sc.rep[:0]
	var held Span   // the content of the latest statement that reaches furthest
	var outer Quote // the statement whose content held is
	// The statement found at a token and where the scan goes on; read only when one is found
	// (ok), and declared once, not cleared at every token.
	var q Quote
	var next int
	var acc accordingMemo
	for si := range d.Sentences {
		s := &d.Sentences[si] // not a copy of each sentence: the doc's own, read only
		if s.First+1 < s.Last && d.Key(s.First) == "(" {
			inner := *s
			inner.First++ // `(Trump writes that …)`: a sentence in brackets is a sentence
			s = &inner
		}
		for i := s.First; i < s.Last; i++ {
			var mayCue bool // whether token i has the shape of a cue's first word
			if i > s.First {
				// Past the sentence's first token only a word can open a statement: skip the
				// others, and the words no pattern starts at, in a tight loop.
				if i, mayCue = e.nextCandidate(d, cover, i, s.Last); i >= s.Last {
					break
				}
			} else if qi := cover[i]; qi >= 0 {
				if cover[s.Last-1] == qi && len(qs[qi].Parts) == 1 {
					// A third of the sentences of dialogue: one quotation holds them whole, its
					// tokens unbroken, and none of them opens a statement.
					break
				}
				continue
			} else {
				mayCue = e.cues.mayStart(d, i)
			}
			ok := false
			if i == s.First && d.Tokens[i].Flags&text.ParaStart != 0 {
				// `Rubio: I'm not interested`, `A: I felt …`; the colon is looked for first, as
				// most paragraphs have none.
				if colon, isLabel := e.labelColon(d, i, s.Last); isLabel {
					q, next, ok = e.label(d, s, i, colon, cover, qs)
				}
			}
			key := d.Key(i)
			if ok {
			} else if i > s.First && i+1 < s.Last && reportAdverb(key) {
				q, next, ok = e.reportedly(d, s, i, cover) // `Bloomberg reportedly considered a run`
			} else if key == "in" && i == s.First {
				q, next, ok = e.inSurvey(d, s, i, cover) // `In the new Post-ABC poll, Trump leads …`
			} else if key == "according" && i+1 < s.Last && d.Key(i+1) == "to" {
				q, next, ok = e.according(d, s, i, cover, qs, &acc)
			} else if !mayCue || !e.cues.firsts.mayHave(key) {
				// Most words: no cue's first word has their shape, or their second shape (asked
				// here, not in nextCandidate's loop, where it cost more than it saved).
			} else if f, end, isCue := e.cues.matchShaped(d, i, s.Last, true); !isCue {
			} else if !f.class().reports() && held.Contains(tokenSpan(d, i, end)) && !(i+1 < s.Last && nounFollower(d.Key(i+1))) {
				// A thought, wish or finding inside what a statement before reports is part of
				// that statement (heldIn, partOf) whatever pattern reads it here, and no cue noun
				// can follow: none is tried.
			} else if f.class() != Manner && !e.objectOfCue(d, i, s.First) && !e.nounBeforeVerb(d, i, end, s.Last) && !thingSubject(d, i, s.First, f) && !infinitive(d, i, s.First, f) {
				next, ok = e.cueStatement(&q, d, s, i, end, &f, cover, qs, &sc.spans)
				if r := e.relativeObject(d, s, i, &f, cover); r >= 0 {
					// `which he called a cartel`, `whom aides praised`: the relative pronoun
					// stands for (part of) what the cue reports.
					switch {
					case ok && q.Rule == "reported" && q.Parts[0].Start >= d.Tokens[end-1].End:
						q.Parts = append([]Span{tokenSpan(d, r, r+1)}, q.Parts...)
					case !ok && d.Key(r) != "what":
						src := i
						for src > r+2 && (auxiliaries.Has(d.Key(src-1)) || d.Key(src-1) == "not" || adverbialStarts.Has(d.Key(src-1))) {
							src-- // `which the mayor had praised`: the subject is the mayor
						}
						q = e.newReported(d, i, end, f, tokenSpan(d, r+1, src), "reported-relative")
						q.Parts = []Span{tokenSpan(d, r, r+1)}
						ok, next = true, end
					}
				}
			}
			if !ok && i+1 < s.Last && d.Tokens[i].Kind == text.Word && nounFollower(d.Key(i+1)) {
				// A cue noun reports a that-clause or, listed with its preposition, a noun
				// phrase: look it up only before one of them.
				if f, end, isNoun := e.cues.nouns.Match(d.Keys(), i, s.Last); isNoun {
					q, next, ok = e.nominal(d, s, i, end, &f, cover)
				}
			}
			if ok {
				if heldIn(d, held, &outer, &q, s.Last) {
					// `She said she expects the bill to pass`: a thought inside what another cue
					// reports is part of that statement.
					continue
				}
				if h := q.Span(); h.End > held.End {
					held, outer = h, q
				}
				if n := len(out); n > 0 && slices.Equal(out[n-1].Parts, q.Parts) {
					// Two cues, one content: `denied a report that …` keeps the first, a verb,
					// and `Media reports have said that …` the say-verb.
					if q.Cue.Lemma == "say" && out[n-1].Cue.Lemma != "say" {
						out[n-1] = q
					}
					continue
				}
				out = append(dropInner(d, out, &q, s.Last), q)
				if q.Rule == "according-to" || q.Rule == "reported-survey" || q.Rule == "reported-fronted" || q.Rule == "reported-parenthetical" || q.Rule == "reported-as" {
					i = max(i, next-1)
				} // after a complement, scan on inside it: "The paper wrote that Sato said …"
			}
		}
	}
	out = oneStart(out)
	sc.rep = out
	base := len(dst)
	dst = merge(dst, d, qs, out, sc)
	dst = dst[:base+len(e.joinFragments(d, dst[base:], &sc.spans))]
	e.quotedPart(d, dst[base:])
	e.fragmentObject(d, dst[base:], cover)
	return dst
}

// nextCandidate returns the first token from i on, below last, that the scan of reported must
// read: a word outside the quotations that may be a cue's first word (mayCue), has the shape
// of a cue noun's first word before its follower, or is according or a report adverb; or last
// if there is none. It tests a superset of what the scan's branches test past a sentence's
// first token, so skipping the others changes nothing but the cost.
func (e *Extractor) nextCandidate(d *text.Doc, cover []int32, i, last int) (next int, mayCue bool) {
	// The slices cut at last, so that the loop tests few indexes against their lengths.
	toks := d.Tokens[:last]
	keys, cover := d.Keys()[:len(toks)], cover[:len(toks)]
	// The lexicons in locals: loaded once, not at every word.
	forms, nouns := e.cues.forms, e.cues.nouns
	for ; i < len(toks); i++ {
		if cover[i] >= 0 || toks[i].Kind != text.Word {
			continue
		}
		key := keys[i]
		if forms.MayStart(key) {
			return i, true
		}
		// The shape of a cue noun before the follower: few words have it, and its hash is the
		// one forms.MayStart computed.
		if nouns.MayStart(key) && i+1 < len(keys) && nounFollower(keys[i+1]) || len(key) >= len("according") && (key == "according" || reportAdverb(key)) {
			return i, false
		}
	}
	return last, false
}

// cueStatement tries the patterns of reported speech in turn at the cue f, tokens [i, end),
// and sets q to the statement of the first that reads one. (Each pattern writes the statement
// into q itself, and only when it has one: a Quote is large to return and copy, and most cues
// meet only the last patterns, in vain.) The patterns take the sentence s and the cue f by
// pointer, for the same reason: their words, copied at every call, cost more than the loads.
func (e *Extractor) cueStatement(q *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32, qs []Quote, spans *spanArena) (int, bool) {
	// `"…," said Mr. Smith` after a quotation that is speech is its cue, and fronts nothing:
	// leave it before reading the subject.
	quoted := cover[i] == quotedCue && (i == 0 || !isComma(d, i-1))
	if quoted && speakerAfterCue(d, cover, qs, i, end) {
		// `"…," says Walter Stone, co-author of …`: the name after the cue is the quotation's
		// speaker, not what the cue reports, and no pattern reads a statement there.
		return end, false
	}
	if !quoted && inverted(d, s, i, end, f, e.cues.determiners) { // `…, said Mr. Smith.`
		if next, ok := e.fronted(q, d, s, i, end, f, cover, qs); ok {
			return next, true
		}
	}
	// The patterns that read only some cue words are called for those alone.
	if raisingCue(*f) {
		if next, ok := e.raising(q, d, s, i, end, f, cover); ok {
			return next, true
		}
	}
	if askOrTell(*f) {
		if next, ok := e.askedBefore(q, d, s, i, end, f, cover); ok {
			return next, true
		}
	}
	if participleAfter(d, i, s.First) {
		if next, ok := e.passive(q, d, s, i, end, f, cover); ok {
			return next, true
		}
	}
	if d.Key(i) == "known" {
		if next, ok := e.knownAs(q, d, s, i, end, cover); ok { // `ISIS, also known as ISIL`
			return next, true
		}
	}
	if as := asBefore(d, s, i, f); as >= 0 {
		if next, ok := e.asClause(q, d, s, i, as, end, f, cover); ok {
			return next, true
		}
	}
	if e.betweenCommas(d, s, i, end, f, cover) {
		if next, ok := e.fronted(q, d, s, i, end, f, cover, qs); ok { // `There is a risk, he said, that …`
			return next, true
		}
	}
	if next, ok := e.complement(q, d, s, i, end, f, cover, qs, spans); ok {
		return next, true
	}
	return e.fronted(q, d, s, i, end, f, cover, qs)
}

// speakerAfterCue reports whether the cue at tokens [i, end) is that of the quotation just
// before it and the quotation's speaker follows the cue, opening with a capital at token end:
// `"…," said Walter Stone, co-author of the study.` The quotation and its cue were read
// together; what comes after the cue names who spoke.
func speakerAfterCue(d *text.Doc, cover []int32, qs []Quote, i, end int) bool {
	if i == 0 || end >= len(d.Tokens) || d.Tokens[end].Flags&text.Upper == 0 {
		return false
	}
	qi := cover[i-1] // the closing mark of the quotation, if one ends just before the cue
	if qi < 0 || int(qi) >= len(qs) {
		return false
	}
	q := &qs[qi]
	return q.Cue.Span.Start == d.Tokens[i].Start && q.Source.Len() > 0 && q.Source.Start == d.Tokens[end].Start
}

// heldIn reports whether statement q, whose cue stands inside hull, the span of statement
// outer, is part of outer's content rather than a statement of its own ([partOf],
// [firmReport], [ownEvent]). One whose content lies inside hull too is held whatever the
// cues (`He mocked reports saying the bridge would close`): PolNeAR annotates the outer
// statement there (dev: 115 such inner statements matched gold, 197 did not, and 62 outer
// ones match once they go), unless it is an event of its own ([ownEvent]).
func heldIn(d *text.Doc, hull Span, outer, q *Quote, limit int) bool {
	return hull.Contains(q.Cue.Span) && (partOf(d, q, limit) || (firmReport(outer) || hull.Contains(q.Span())) && !ownEvent(d, q))
}

// partOf reports whether statement q, whose cue stands inside what another cue reports, is
// part of that statement rather than one of its own: a thought, judgement, plan or promise
// (`She said she expects the bill to pass`), a cue in the passive (`said the plan was
// criticized for its cost`), or a cue of speech with only a noun phrase after it. PolNeAR
// annotates only the outer statement; speech and writing with a clause after them are
// statements of their own (`The paper wrote Sato said …`) unless the outer cue is a firm
// report ([firmReport]).
func partOf(d *text.Doc, q *Quote, limit int) bool {
	return !q.Cue.Class.reports() || q.Rule == "reported-passive" || q.Rule == "reported" && objectOnly(d, q, limit)
}

// firmReport reports whether q is a statement whose content holds whatever cues stand inside
// it: a say-verb, a that-clause, a participle, according to or a speaker's label (`She said
// aides told her the plan had failed`, `according to the memo, staff argued …`). PolNeAR
// annotates the outer statement there; after other cues the inner one is as often the
// statement (`He mocked reports saying …`).
func firmReport(q *Quote) bool {
	switch q.Rule {
	case "reported-that", "according-to", "reported-participle", "reported-participle-that",
		"reported-label", "reported-block", "reported-coordinated-that":
		return true
	}
	return q.Cue.Lemma == "say"
}

// ownEvent reports whether statement q stays a statement of its own inside content that a
// firm report holds: a question asked (`when asked whether …`) and words given in quotation
// marks (`wrote that Sato said 「…」`) are.
func ownEvent(d *text.Doc, q *Quote) bool {
	j := d.TokenAt(q.Parts[0].Start)
	return q.Rule == "reported-asked" || j >= 0 && j < len(d.Tokens) && d.Tokens[j].Kind == text.Mark
}

// dropInner removes from the end of out the statements that are part of the content of outer,
// which comes before its cue: `The bill, which he expects to pass, is flawed, the senator
// said`, `Aides told donors it would pass, the senator said` ([firmReport]).
func dropInner(d *text.Doc, out []Quote, outer *Quote, limit int) []Quote {
	hull := outer.Span()
	k := len(out)
	for k > 0 && out[k-1].Span().End > hull.Start {
		k--
	}
	n := k
	for j := k; j < len(out); j++ {
		if heldIn(d, hull, outer, &out[j], limit) {
			continue
		}
		if n != j {
			out[n] = out[j]
		}
		n++
	}
	clear(out[n:]) // the scratch out lives in is kept clear beyond its length
	return out[:n]
}

// objectOnly reports whether the content of q is a noun phrase, not a clause or a quotation:
// `mention ISIS`, `claim the nomination`, not `said the plan failed` or `argued that …`.
func objectOnly(d *text.Doc, q *Quote, limit int) bool {
	j := d.TokenAt(q.Parts[0].Start)
	if j < 0 || j >= limit || q.Cue.Lemma == "say" || d.Tokens[j].Kind == text.Mark {
		return false // `wrote that Sato said 「…」 after the vote`: what Sato said, in his words
	}
	k := d.Key(j)
	return k != "that" && k != "to" && k != ":" && !complementizers.Has(k) && !subjectPronouns.Has(k) && !bareClause(d, j, limit)
}

// oneStart sorts the statements of out by where they start, if they are not sorted yet,
// and keeps one statement per start, the longer: `0 is pled "0," A0 said` makes a passive's
// subject and fronted content that open at the same word.
func oneStart(out []Quote) []Quote {
	if !sortedByStart(out) {
		slices.SortStableFunc(out, byStart)
	}
	w := 0
	for i := range out {
		q := &out[i]
		if w > 0 && out[w-1].Parts[0].Start == q.Parts[0].Start {
			if q.Parts[0].End > out[w-1].Parts[0].End {
				out[w-1] = *q
			}
			continue
		}
		if w != i {
			out[w] = *q
		}
		w++
	}
	clear(out[w:])
	return out[:w]
}

// newReported makes the quote of a reported statement with its cue and source.
func (e *Extractor) newReported(d *text.Doc, i, end int, f cueForm, source Span, rule string) Quote {
	c := cueOf(d, i, end, f)
	c.Negated, c.Hedged = polarity(d, i)
	return Quote{Kind: Indirect, Role: Speech, Cue: c, Source: source, Rule: rule}
}

// polarity reports whether the cue at token i is negated (`did not say`, `never said`,
// `denied saying`) or hedged by a modal (`would not say`, `may have said`).
func polarity(d *text.Doc, i int) (negated, hedged bool) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch d.Key(k) {
		case "not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't",
			"hasn't", "haven't", "hadn't", "isn't", "wasn't", "denied", "denies", "deny", "refused":
			negated = true
		case "would", "could", "may", "might", "should", "can", "must":
			hedged = true
		}
	}
	return negated, hedged
}

// absorb makes reported statement r mixed with quotation q inside it: r's content runs at
// least to end, and q's marks are appended to pend, which merge joins to r's marks once for
// all the quotations r takes in (a join for each would copy r's marks again every time, which
// content running over many quotations makes quadratic).
func absorb(r *Quote, q *Quote, end int, pend []Span) []Span {
	r.Kind = Mixed
	last := &r.Parts[len(r.Parts)-1]
	last.End = max(last.End, end)
	return append(pend, q.Marks...)
}

// merge joins the reported statements with the quotations: a quoted fragment inside reported
// content makes it mixed and is dropped, its marks kept, and so does a quotation that finishes
// the content after a comma (quotedTail); reported content overlapping any other quotation that
// is speech of its own is dropped.
func merge(dst []Quote, d *text.Doc, qs, rep []Quote, sc *scratch) []Quote {
	if len(rep) == 0 {
		return append(dst, qs...)
	}
	// The quotations in running text do not overlap and come in text order: each reported
	// statement finds the ones it touches by binary search, so merging stays linear.
	top := sc.top[:0]
	for qi := range qs {
		if qs[qi].Depth == 0 {
			top = append(top, qi)
		}
	}
	sc.top = top
	drop := slices.Grow(sc.drop[:0], len(qs))[:len(qs)]
	clear(drop)
	sc.drop = drop
	base := len(dst)
	out := slices.Grow(dst, len(qs)+len(rep))
	pend := sc.pend[:0]
	for _, r := range rep {
		hull := r.Span()
		keep := true
		pend = pend[:0]
		k := sort.Search(len(top), func(k int) bool { return qs[top[k]].Span().End > hull.Start })
		for ; k < len(top) && qs[top[k]].Span().Start < hull.End; k++ {
			qi := top[k]
			q := &qs[qi]
			if !overlapsAny(q.Parts, r.Parts) {
				continue
			}
			switch {
			case q.Role == Fragment || q.Role == Scare || q.Role == Title:
				if q.Parts[0].Start >= r.Parts[0].Start {
					// The fragment belongs to the content; the content takes in all of it,
					// up to its closing mark (`respect the "realities on the ground."`).
					drop[qi] = true
					pend = absorb(&r, q, q.Parts[len(q.Parts)-1].End, pend)
				}
			case q.Role == Speech && (quotedTail(d, q, r) || quotedInside(d, q, r)):
				// `She said the turmoil was not the banks' fault, "not by a long shot."`: the
				// quotation finishes the reported sentence, one mixed statement; so does one
				// inside it ([quotedInside]).
				drop[qi] = true
				pend = absorb(&r, q, q.Parts[0].End, pend)
			case q.Role == Speech:
				keep = false
			}
		}
		if keep {
			if len(pend) > 0 {
				r.Marks = sc.spans.join(r.Marks, pend)
			}
			out = append(out, r)
		}
	}
	sc.pend = pend
	mid := len(out)
	for qi := range qs {
		if !drop[qi] {
			out = append(out, qs[qi])
		}
	}
	// Both runs, the reported statements and the quotations, are nearly always in text order
	// already: merge them, and sort only when one is not.
	switch {
	case sortedByStart(out[base:mid]) && sortedByStart(out[mid:]):
		if mid > base && mid < len(out) && out[mid-1].Parts[0].Start > out[mid].Parts[0].Start {
			left := append(rep[:0], out[base:mid]...) // rep is read; its room holds the first run
			mergeRuns(out[base:], left, mid-base)
		}
	default:
		slices.SortStableFunc(out[base:], byStart)
	}
	return out
}

// quotedTail reports whether quotation q finishes reported content r: it opens after a comma
// inside the content, which runs no further than it, and its cue, if any, stands before the
// content (`He said the plan failed, "and we all know why."`), not after it (`…, "We lost,"
// she said`).
func quotedTail(d *text.Doc, q *Quote, r Quote) bool {
	if len(q.Parts) != 1 || q.Parts[0].Start <= r.Parts[0].Start || r.Parts[len(r.Parts)-1].End > q.Parts[0].End+1 {
		return false
	}
	if q.Cue.Span.Len() > 0 && q.Cue.Span.Start >= r.Parts[0].Start {
		return false
	}
	open := d.TokenAt(q.Parts[0].Start) - 1
	return open >= 2 && d.Tokens[open].Kind == text.Mark && d.Key(open-1) == "," &&
		!isParticiple(d.Key(open-2)) // but `…, by saying, "…"`: the participle's quotation
}

func byStart(a, b Quote) int { return cmp.Compare(a.Parts[0].Start, b.Parts[0].Start) }

// sortedByStart is slices.IsSortedFunc(qs, byStart) with the comparison inlined: byStart takes
// two Quotes by value, a copy of each at every step.
func sortedByStart(qs []Quote) bool {
	for i := 1; i < len(qs); i++ {
		if qs[i].Parts[0].Start < qs[i-1].Parts[0].Start {
			return false
		}
	}
	return true
}

// mergeRuns merges, in place and stably, the sorted runs out[:n] and out[n:], given left, a
// copy of out[:n].
func mergeRuns(out, left []Quote, n int) {
	i, j, k := 0, n, 0
	for i < len(left) && j < len(out) {
		if out[j].Parts[0].Start < left[i].Parts[0].Start { // byStart, without copying either
			out[k] = out[j]
			j++
		} else {
			out[k] = left[i]
			i++
		}
		k++
	}
	copy(out[k:], left[i:])
}

func overlapsAny(a, b []Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

// containedIn reports whether every span of a lies in some span of b.
func containedIn(a, b []Span) bool {
	for _, x := range a {
		in := false
		for _, y := range b {
			in = in || y.Contains(x)
		}
		if !in {
			return false
		}
	}
	return true
}

// quotedCue marks in coverage the first word of the cue of a quotation that is speech.
const quotedCue = -2

func coveredAny(cover []int32, from, to int) bool {
	for k := from; k < to; k++ {
		if cover[k] >= 0 {
			return true
		}
	}
	return false
}

func isComma(d *text.Doc, i int) bool { s := d.Key(i); return s == "," || isDash(s) }

// isParticiple reports whether a cue word is a present participle: "saying", "adding".
func isParticiple(key string) bool { return len(key) > 4 && key[len(key)-3:] == "ing" }

// clauseStart reports whether token j can open a clause: a pronoun or determiner, a capitalised
// word, a number, or there/it.
func clauseStart(d *text.Doc, j int, determiners *lexicon.Set) bool {
	t := &d.Tokens[j]
	switch {
	case t.Kind == text.Number:
		return true
	case t.Kind != text.Word:
		return false
	case t.Flags&text.Upper != 0 || determiners.Has(d.Key(j)):
		return true
	}
	switch d.Key(j) {
	case "there", "it", "its", "all", "both", "nobody", "nothing", "everyone", "everything",
		"someone", "something", "people", "officials":
		return true
	}
	return false
}

// skipAdverbial passes over a prepositional phrase after a cue: the preposition and up to three
// words, stopping at "that", a comma or the next preposition, which the caller passes over in
// turn (`said during a debate in Miami last week`: no content at all).
func skipAdverbial(d *text.Doc, j, limit int) int {
	k := j + 1
	for k < limit && k < j+4 && (d.Tokens[k].Kind == text.Word || d.Tokens[k].Kind == text.Number) &&
		d.Key(k) != "that" && !(adverbialStops.Has(d.Key(k)) && (complementizers.Has(d.Key(k)) || adverbialStarts.Has(d.Key(k)) ||
		k > j+1 && subjectPronouns.Has(d.Key(k)))) {
		k++ // but `wrote in both listings he was …` ends the phrase before he
	}
	return k
}

// adverbialStops are the complementizers, adverbialStarts and subject pronouns in one set, which
// skipAdverbial asks of each word before any of the three.
var adverbialStops = unionSet(complementizersList, adverbialStartsList, subjectPronounsList)

// skipObject passes over the object of a verb like tell: a pronoun, or up to four words ending
// before "that", a preposition, punctuation, or a determiner or pronoun that opens the
// complement (`told parliament the policy had failed`).
func skipObject(d *text.Doc, j, limit int, determiners *lexicon.Set) int {
	switch d.Key(j) {
	case "him", "her", "them", "us", "me", "you", "reporters", "journalists":
		return j + 1
	}
	k := j
	for k < limit && k < j+4 && d.Tokens[k].Kind == text.Word && d.Key(k) != "that" && d.Key(k) != "to" &&
		!adverbialStarts.Has(d.Key(k)) && !complementizers.Has(d.Key(k)) && !subordinator(d.Key(k)) { // `told aides as he …`
		if k > j && (determiners.Has(d.Key(k)) || subjectPronouns.Has(d.Key(k))) {
			break
		}
		k++
	}
	return k
}

// subjectPronouns open a clause.
var subjectPronouns = lexicon.NewSet(subjectPronounsList)

var subjectPronounsList = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true}

// auxReach is how many words after a cue an auxiliary may come and still show a clause: far for
// say-like cues (`says expanding a national monument off the coast will protect …`).
func auxReach(f cueForm) int {
	if f.class().reports() {
		return 8
	}
	return 3
}

// auxiliaryWithin reports whether one of the n tokens from j is an auxiliary or modal verb:
// the sign of a clause after a cue that takes one without "that".
func auxiliaryWithin(d *text.Doc, j, limit, n int) bool {
	return wordWithin(d, j, limit, n, auxiliaries)
}

var auxiliaries = lexicon.NewSet(auxiliariesList)

var auxiliariesList = map[string]bool{
	"would": true, "will": true, "was": true, "were": true, "is": true, "are": true, "has": true,
	"had": true, "have": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true, "can": true, "'s": true, "'re": true,
	"'ll": true, "'d": true,
	// Their negative contractions, one token each: `he hadn't thought`.
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true, "hasn't": true, "haven't": true,
	"hadn't": true, "doesn't": true, "don't": true, "didn't": true, "won't": true, "wouldn't": true,
	"can't": true, "cannot": true, "couldn't": true, "shouldn't": true, "mustn't": true,
}

// coordinators join what comes before them; a complement does not start with one.
var coordinators = lexicon.NewSet(coordinatorsList)

var coordinatorsList = map[string]bool{"and": true, "or": true, "but": true, "nor": true}

// complementizers open an embedded clause or question after a cue.
var complementizers = lexicon.NewSet(complementizersList)

var complementizersList = map[string]bool{
	"whether": true, "if": true, "how": true, "what": true, "why": true, "when": true,
	"where": true, "who": true, "which": true,
}

// adverbialStarts open a prepositional phrase that can stand between a cue and its complement.
var adverbialStarts = lexicon.NewSet(adverbialStartsList)

var adverbialStartsList = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"with": true, "from": true, "via": true, "through": true, "over": true, "late": true,
	"outside": true, "inside": true, "near": true, "beside": true, "behind": true, "across": true,
	"earlier": true, "later": true, "repeatedly": true,
	"privately": true, "publicly": true, "again": true, "recently": true, "previously": true,
	"also": true, "often": true, "once": true, "then": true, "now": true,
}

// timeWords are days and the like that stand alone between a cue and its complement.
var timeWords = lexicon.NewSet(timeWordList)

var timeWordList = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
}

// timeNouns follow last, this and next in a time adverbial: last week, this month.
var timeNouns = lexicon.NewSet(map[string]bool{
	"week": true, "month": true, "year": true, "night": true, "weekend": true, "spring": true,
	"summer": true, "fall": true, "autumn": true, "winter": true, "time": true, "morning": true,
	"evening": true, "afternoon": true,
})

// willVerbs are the verbs of wanting, hoping, planning and agreeing whose infinitive is what
// they report: `wants to simplify the tax code`, `hopes to compete in Iowa`, `agreed to pay`.
var willVerbs = lexicon.NewSet(map[string]bool{
	"want": true, "hope": true, "plan": true, "intend": true, "wish": true, "prefer": true,
	"expect": true, "agree": true,
})

// objectVerbs take a person before their complement: told reporters that, warned him that.
var objectVerbs = lexicon.NewSet(map[string]bool{
	"tell": true, "inform": true, "assure": true, "reassure": true, "remind": true,
	"warn": true, "notify": true, "convince": true, "persuade": true, "advise": true,
	"urge": true, "ask": true, "promise": true, "teach": true, "brief": true,
	"caution": true, "alert": true, "call on": true,
})

// maxListItem bounds the words of one item in a list of noun phrases.
const maxListItem = 10

// itemOpeners are the determiners a noun phrase in a list may open with.
var itemOpeners = lexicon.NewSet(map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true})

// parallelItems reports whether the words from token j, after a comma that follows an object,
// are the next items of a list of noun phrases that each open with a determiner and that ends
// with and or or before another determiner (`praised the mayor, her work for the schools and
// her budget`): items longer than listGoesOn's few words. A verb or a relative pronoun on the
// way shows a clause, not an item.
func parallelItems(d *text.Doc, j, limit int) bool {
	if j >= limit || !itemOpeners.Has(d.Key(j)) && !(d.Tokens[j].Kind == text.Number || d.Tokens[j].Kind == text.Word && bareObject(d, j, limit) && !finiteVerb(d, j) && !subjectPronouns.Has(d.Key(j))) {
		return false
	}
	for k := j + 1; k+1 < limit && k <= j+maxListItem; k++ {
		key := d.Key(k)
		switch {
		case d.Tokens[k].Kind == text.Punct && !isComma(d, k) || asideDash(d, k):
			return false
		case auxiliaries.Has(key) || relatives.Has(key) || key == "that":
			return false
		case (key == "and" || key == "or") && (itemOpeners.Has(d.Key(k+1)) || d.Tokens[k+1].Kind == text.Number):
			return true
		}
	}
	return false
}

// bareInfinitive reports whether the word after "and" at token and is a verb's bare form that
// goes on an infinitive or a modal of the content from token start: `decided to sell the house
// and move abroad`, `said he would call and ask for a delay`. A cue of the speaker's own in a
// second predicate agrees with the first and has a tense (`said … and promised …`).
func bareInfinitive(d *text.Doc, start, and int) bool {
	j := and + 1
	if j >= len(d.Tokens) || d.Tokens[j].Flags&text.Lower == 0 {
		return false
	}
	key := d.Key(j)
	if adverbialStarts.Has(key) || key == "then" || key == "also" || strings.HasSuffix(key, "ly") {
		return false // `and then pointed out`: the verb after the adverb may have a tense
	}
	if strings.HasSuffix(key, "ed") || strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") || irregularPast.Has(key) || sayVerbs.Has(key) || isParticiple(key) {
		return false
	}
	for k := start; k < and; k++ {
		if infinitiveMarkers.Has(d.Key(k)) && d.Tokens[k].Flags&text.Lower != 0 {
			return true
		}
	}
	return false
}

// infinitiveMarkers are to and the modals, after which a verb takes its bare form.
var infinitiveMarkers = lexicon.NewSet(map[string]bool{"to": true, "would": true, "will": true, "could": true, "can": true,
	"should": true, "must": true, "might": true, "may": true, "shall": true, "'d": true, "'ll": true})

// leadFrame returns the comma that closes a frame of time or manner opening fronted content
// from token first to comma, a participle or a prepositional phrase, when a clause with a
// subject and a verb of its own follows it (`Emerging from the talks, the minister looked
// tired`, `In the end, the party split`): the writer sets the scene and the source reports the
// clause. A subordinate clause stays (`When the vote came, the party split`): on PolNeAR dev
// it was part of the content. It returns -1 when there is none.
func leadFrame(d *text.Doc, first, comma int) int {
	c := firstComma(d, first+1, comma)
	if c < 0 || c+2 >= comma {
		return -1
	}
	fk := d.Key(first)
	if subordinator(fk) || !(isParticiple(fk) || adverbialStarts.Has(fk) || prepositions.Has(fk)) {
		return -1
	}
	if !(opensSubject(d, c+1) || bareSubject(d, c+1) || d.Tokens[c+1].Flags&text.Upper != 0) || !clauseAhead(d, c+1, comma) {
		return -1
	}
	return c
}

// lastColon returns the last colon among tokens [from, to), or -1. (A semicolon may part the
// items of a list that is all content: `A was paid $5; B, $7; and C, $9, according to …`.)
func lastColon(d *text.Doc, from, to int) int {
	for k := to - 1; k >= from; k-- {
		if d.Key(k) == ":" {
			return k
		}
	}
	return -1
}

// lastName reports whether ", and" at the comma at token comma adds the last name of a list of
// names that is an object (`mocked Lee, Park, and Kim for their votes`), not a clause with a
// subject of its own (`…, and Ohio renames its program`): a name before the comma, and after
// and a name that the sentence's end, punctuation or a preposition follows.
func lastName(d *text.Doc, comma, limit int) bool {
	if comma < 1 || d.Tokens[comma-1].Flags&text.Upper == 0 {
		return false
	}
	j := comma + 2 // the word after and
	if j >= limit || d.Tokens[j].Flags&text.Upper == 0 || subjectPronouns.Has(d.Key(j)) {
		return false
	}
	k := j
	for k < limit && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Upper != 0 {
		k++
	}
	return k >= limit || d.Tokens[k].Kind == text.Punct || prepositions.Has(d.Key(k)) || adverbialStarts.Has(d.Key(k)) || isNounMarker(d.Key(k)) && !auxiliaries.Has(d.Key(k))
}

// resumesPredicate reports whether token n, after a comma, opens the predicate of a clause
// whose subject stood before the cue: an auxiliary, a past form with an object, or an adverb
// and one of those (`…, was born in Ohio`, `…, raised $4 million`, `…, ultimately did not
// run`). Content that held no comma of its own before it cannot go on with a verb there.
func resumesPredicate(d *text.Doc, n, limit int) bool {
	if n < limit && d.Tokens[n].Flags&text.Lower != 0 && strings.HasSuffix(d.Key(n), "ly") {
		n++
	}
	if n >= limit || d.Tokens[n].Kind != text.Word || d.Tokens[n].Flags&text.Lower == 0 {
		return false
	}
	key := d.Key(n)
	if auxiliaries.Has(key) && key != "'s" && key != "should" && key != "had" {
		return true // not `…, should he fail`, nor `…, had started …`, the next verb of a list
	}
	// A past form with an object, not a participle's aside (`the letter, sent from Ohio,
	// arrived`, `the plan, left untouched, …`).
	return (irregularPast.Has(key) || strings.HasSuffix(key, "ed")) && n+1 < limit &&
		(itemOpeners.Has(d.Key(n+1)) || d.Tokens[n+1].Kind == text.Number || d.Key(n+1) == "$")
}
