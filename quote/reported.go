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
	cover := coverage(d, qs, sc.cover[:0])
	sc.cover = cover
	out := sc.rep[:0]
	var held Span   // the content of the latest statement that reaches furthest
	var outer Quote // the statement whose content held is
	for _, s := range d.Sentences {
		if s.First+1 < s.Last && d.TokenText(s.First) == "(" {
			s.First++ // `(Trump writes that …)`: a sentence in brackets is a sentence
		}
		for i := s.First; i < s.Last; i++ {
			if cover[i] >= 0 {
				continue
			}
			var q Quote
			var next int
			ok := false
			if i == s.First && d.Tokens[i].Flags&text.ParaStart != 0 {
				q, next, ok = e.label(d, s, i, cover, qs) // `Rubio: I'm not interested`, `A: I felt …`
			}
			key := d.Key(i)
			if ok {
			} else if i > s.First && i+1 < s.Last && reportAdverb(key) {
				q, next, ok = e.reportedly(d, s, i, cover) // `Bloomberg reportedly considered a run`
			} else if key == "in" && i == s.First {
				q, next, ok = e.inSurvey(d, s, i, cover) // `In the new Post-ABC poll, Trump leads …`
			} else if key == "according" && i+1 < s.Last && d.Key(i+1) == "to" {
				q, next, ok = e.according(d, s, i, cover, qs)
			} else if f, end, isCue := e.cues.reportedCueAt(d, i, s.Last); isCue && f.class != Manner && !e.objectOfCue(d, i, s.First) && !e.nounBeforeVerb(d, i, end, s.Last) && !thingSubject(d, i, s.First, f) && !infinitive(d, i, s.First, f) {
				// `"…," said Mr. Smith` after a quotation that is speech is its cue, and fronts
				// nothing: leave it before reading the subject.
				quoted := cover[i] == quotedCue && (i == 0 || !isComma(d, i-1))
				if !quoted && inverted(d, s, i, end, f, e.cues.determiners) { // `…, said Mr. Smith.`
					q, next, ok = e.fronted(d, s, i, end, f, cover, qs)
				}
				if !ok {
					q, next, ok = e.raising(d, s, i, end, f, cover)
				}
				if !ok {
					q, next, ok = e.askedBefore(d, s, i, end, f, cover)
				}
				if !ok {
					q, next, ok = e.passive(d, s, i, end, f, cover)
				}
				if !ok {
					q, next, ok = e.knownAs(d, s, i, end, cover) // `ISIS, also known as ISIL`
				}
				if !ok {
					q, next, ok = e.asClause(d, s, i, end, f, cover)
				}
				if !ok && e.betweenCommas(d, s, i, end, f, cover) {
					q, next, ok = e.fronted(d, s, i, end, f, cover, qs) // `There is a risk, he said, that …`
				}
				if !ok {
					q, next, ok = e.complement(d, s, i, end, f, cover, qs)
				}
				if !ok {
					q, next, ok = e.fronted(d, s, i, end, f, cover, qs)
				}
				if r := e.relativeObject(d, s, i, f, cover); r >= 0 {
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
					q, next, ok = e.nominal(d, s, i, end, f, cover)
				}
			}
			if ok {
				if heldIn(d, held, outer, q, s.Last) {
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
				out = append(dropInner(d, out, q, s.Last), q)
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
	dst = dst[:base+len(e.joinFragments(d, dst[base:]))]
	e.quotedPart(d, dst[base:])
	e.fragmentObject(d, dst[base:], cover)
	return dst
}

// heldIn reports whether statement q, whose cue stands inside hull, the span of statement
// outer, is part of outer's content rather than a statement of its own ([partOf],
// [firmReport], [ownEvent]).
func heldIn(d *text.Doc, hull Span, outer, q Quote, limit int) bool {
	return hull.Contains(q.Cue.Span) && (partOf(d, q, limit) || firmReport(outer) && !ownEvent(d, q))
}

// partOf reports whether statement q, whose cue stands inside what another cue reports, is
// part of that statement rather than one of its own: a thought, judgement, plan or promise
// (`She said she expects the bill to pass`), a cue in the passive (`said the plan was
// criticized for its cost`), or a cue of speech with only a noun phrase after it. PolNeAR
// annotates only the outer statement; speech and writing with a clause after them are
// statements of their own (`The paper wrote Sato said …`) unless the outer cue is a firm
// report ([firmReport]).
func partOf(d *text.Doc, q Quote, limit int) bool {
	return !q.Cue.Class.reports() || q.Rule == "reported-passive" || q.Rule == "reported" && objectOnly(d, q, limit)
}

// firmReport reports whether q is a statement whose content holds whatever cues stand inside
// it: a say-verb, a that-clause, a participle, according to or a speaker's label (`She said
// aides told her the plan had failed`, `according to the memo, staff argued …`). PolNeAR
// annotates the outer statement there; after other cues the inner one is as often the
// statement (`He mocked reports saying …`).
func firmReport(q Quote) bool {
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
func ownEvent(d *text.Doc, q Quote) bool {
	j := d.TokenAt(q.Parts[0].Start)
	return q.Rule == "reported-asked" || j >= 0 && j < len(d.Tokens) && d.Tokens[j].Kind == text.Mark
}

// dropInner removes from the end of out the statements that are part of the content of outer,
// which comes before its cue: `The bill, which he expects to pass, is flawed, the senator
// said`, `Aides told donors it would pass, the senator said` ([firmReport]).
func dropInner(d *text.Doc, out []Quote, outer Quote, limit int) []Quote {
	hull := outer.Span()
	k := len(out)
	for k > 0 && out[k-1].Span().End > hull.Start {
		k--
	}
	n := k
	for _, r := range out[k:] {
		if heldIn(d, hull, outer, r, limit) {
			continue
		}
		out[n] = r
		n++
	}
	return out[:n]
}

// objectOnly reports whether the content of q is a noun phrase, not a clause or a quotation:
// `mention ISIS`, `claim the nomination`, not `said the plan failed` or `argued that …`.
func objectOnly(d *text.Doc, q Quote, limit int) bool {
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
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	w := 0
	for _, q := range out {
		if w > 0 && out[w-1].Parts[0].Start == q.Parts[0].Start {
			if q.Parts[0].End > out[w-1].Parts[0].End {
				out[w-1] = q
			}
			continue
		}
		out[w] = q
		w++
	}
	clear(out[w:])
	return out[:w]
}

// infinitive reports a cue of thought, judgement, will or evidence in the infinitive (`a
// chance to defend the merger`, `needed to claim the nomination`, `tried to show`) or after a
// modal (`she would consider legislation`): a purpose, a plan or a possibility, not something
// held or said. After a verb of continuing (`continued to criticize`) the act is real.
func infinitive(d *text.Doc, i, first int, f cueForm) bool {
	if f.class.reports() || i-1 <= first {
		return false
	}
	p := i - 1
	if k := d.Key(p); (k == "be" || k == "have") && i-2 > first {
		if k == "be" && d.Key(i) == "expected" && i+1 < len(d.Tokens) && d.Key(i+1) == "to" {
			return false // `could be expected to appeal`: an expectation, hedged
		}
		p = i - 2 // `must be approved`, `to be seen`, `would have backed`
	}
	prev := d.Key(p)
	switch prev {
	case "would", "will", "could", "should", "might", "may", "must", "can", "'ll", "'d":
		// `she would consider legislation`: not yet held; but a capital inside the sentence
		// makes a name (`Instead, Will believes`)
		t := &d.Tokens[p]
		return t.Flags&text.Upper == 0 || t.Flags&text.SentStart != 0
	case "to":
	default:
		return false
	}
	switch d.Key(i - 2) {
	case "continue", "continues", "continued", "continuing", "began", "begun", "begin", "begins",
		"started", "start", "starts", "used":
		return false
	}
	return true
}

// relativeObject returns the relative pronoun that stands for what the cue at token i
// reports, with the cue's subject between them (`which he called "a cartel"`, `whom aides
// have praised`), or -1.
func (e *Extractor) relativeObject(d *text.Doc, s text.Segment, i int, f cueForm, cover []int32) int {
	if isParticiple(d.Key(i)) {
		return -1
	}
	for r := i - 2; r >= s.First && r >= i-1-maxRelativeSubject; r-- {
		t := &d.Tokens[r]
		if t.Kind != text.Word || cover[r] >= 0 {
			return -1
		}
		k := d.Key(r)
		if !relativeObjects.Has(k) {
			continue
		}
		if auxiliaries.Has(d.Key(r+1)) || !e.subjectLike(d, r+1, i) {
			return -1 // `which has been called`, `who was asked`: the pronoun is the subject
		}
		if r > s.First && (prepositions.Has(d.Key(r-1)) || adverbialStarts.Has(d.Key(r-1)) || nounMarkers[d.Key(r-1)]) {
			return -1 // `in which he says …`: an adverbial, not the object
		}
		return r
	}
	return -1
}

// relativeObjects are the pronouns that may stand for a cue's object: `which he called …`,
// `what she said the plan would cost`. Who and that are left out: they are more often the
// subject of the cue. What counts only before content of the cue's own: alone, it is often an
// object without being what the cue reports (`denounced what it calls …`).
var relativeObjects = lexicon.NewSet(map[string]bool{"what": true, "which": true, "whom": true})

// raising reads a verb of seeming or expecting with its subject and an infinitive: `The
// figures appear to be wrong`, `The bank is widely expected to act`, `the field seemed poised
// to narrow`. The subject and the infinitive are the two parts of what is reported, and no one
// in the sentence says it: the statement's source is empty, its speaker the writer's.
func (e *Extractor) raising(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	k := i // the end of the subject
	switch f.lemma {
	case "seem", "appear":
		if isParticiple(d.Key(i)) {
			return Quote{}, 0, false
		}
	case "expect":
		if d.Key(i) != "expected" {
			return Quote{}, 0, false
		}
		for k > s.First && (d.Key(k-1) == "not" || strings.HasSuffix(d.Key(k-1), "ly") && d.Tokens[k-1].Flags&text.Lower != 0) {
			k-- // `is widely expected`, `is not expected`
		}
		if k == s.First || !passiveBe.Has(d.Key(k-1)) {
			return Quote{}, 0, false // `Analysts expect the bank to act`: the analysts say so
		}
		k--
		if d.Key(k) == "be" && k > s.First && modals.Has(d.Key(k-1)) {
			k-- // `could be expected`: the modal is no part of the subject
		}
	default:
		return Quote{}, 0, false
	}
	if f.lemma != "expect" && k > s.First && d.Key(k-1) == "it" && end+1 < s.Last && cover[end] < 0 &&
		(d.Key(end) == "that" || clauseStart(d, end, e.cues.determiners) && bareClause(d, end, s.Last)) {
		// `it seems the party has too many delegates`, `it appeared that Trump was unable`: an
		// empty it and the clause the writer judges likely.
		stop := e.contentEnd(d, s, end, cover, false)
		if stop-end < minContent+1 {
			return Quote{}, 0, false
		}
		q := e.newReported(d, i, end, f, tokenSpan(d, k-1, k-1), "reported-raising")
		q.Parts = []Span{tokenSpan(d, end, stop)}
		return q, stop, true
	}
	to := end
	if to+1 < s.Last && d.Key(to) != "to" && predicative(d, to, e.cues.determiners) {
		to++ // `seemed poised to`, `appears likely to`
	}
	switch {
	case to+1 < s.Last && d.Key(to) == "to" && d.Tokens[to+1].Kind == text.Word:
		if v := to + 1; e.isCue(d, v, s.Last) || d.Key(v) == "be" && v+1 < s.Last && e.isCue(d, v+1, s.Last) {
			return Quote{}, 0, false // `seems to feel that …`, `did not seem to be worried about`: the subject's own view
		}
	case f.lemma != "expect" && to == end+1:
		// `the fallout appears significant`, `seemed impervious to shocks`: an adjective
	default:
		return Quote{}, 0, false
	}
	if k-1 > s.First && isComma(d, k-1) {
		if c := firstComma(d, s.First, k-1); c > s.First {
			k = c // `Clinton, casting herself as a champion, appeared`: the subject before its aside
		}
	}
	subj := frontedSubject(d, subjectBefore(d, k, s.First), k)
	for c := firstComma(d, subj, k); c >= 0; c = firstComma(d, c+1, k) {
		subj = c + 1 // `Along the way, he seems`: the subject after the adverbial
	}
	switch {
	case k-1 > s.First && (d.Key(k-1) == "who" || d.Key(k-1) == "which" || d.Key(k-1) == "that"):
		subj = k - 1 // `a voter who seemed to be confused`: the pronoun stands for the voter
	case subj+1 < k && coordinators.Has(d.Key(subj)):
		subj++ // `But she appears to …`
	}
	if subj >= k || coveredAny(cover, subj, k) || subj+1 == k && d.Key(subj) == "there" {
		return Quote{}, 0, false // `there seems to be`: no subject to report
	}
	if subj > s.First && (d.Key(subj-1) == "if" || d.Key(subj-1) == "unless") {
		return Quote{}, 0, false // `if the reasons seem weak`: a condition, not an assessment
	}
	stop := e.contentEnd(d, s, end, cover, false)
	if embeddedSubject(d, subj, s.First) {
		// `the Fed move, which is widely expected to come in May, presents …`, `While the topic
		// is not expected to surface, China …`: the clause ends at its comma.
		stop = min(stop, commaAfter(d, end, stop))
	}
	if stop-end < minContent && !(stop-end == 1 && to == end+1) {
		return Quote{}, 0, false // but `the fallout appears significant`
	}
	q := e.newReported(d, i, end, f, tokenSpan(d, subj, subj), "reported-raising")
	q.Parts = []Span{tokenSpan(d, subj, k), tokenSpan(d, end, stop)}
	return q, stop, true
}

// modals are the modal verbs before a bare be: `could be expected`.
var modals = lexicon.NewSet(map[string]bool{
	"would": true, "will": true, "could": true, "should": true, "might": true, "may": true,
	"must": true, "can": true, "'ll": true, "'d": true,
})

// embeddedSubject reports whether the subject at token subj opens a relative or subordinate
// clause: it is a relative pronoun, or one or a subordinator stands before it.
func embeddedSubject(d *text.Doc, subj, first int) bool {
	if k := d.Key(subj); k == "who" || k == "which" || k == "that" {
		return true
	}
	if subj == first {
		return false
	}
	k := d.Key(subj - 1)
	return k == "who" || k == "which" || k == "whom" || k == "that" || subordinators.Has(k)
}

// predicative reports whether token j may be an adjective or participle after a verb of
// seeming: a lower-case word that is no determiner, preposition, conjunction or adverbial
// (`appears likely`, `seemed poised`, not `appeared in court` or `seems to`).
func predicative(d *text.Doc, j int, determiners *lexicon.Set) bool {
	t := &d.Tokens[j]
	k := d.Key(j)
	return t.Kind == text.Word && t.Flags&text.Lower != 0 && !determiners.Has(k) && !prepositions.Has(k) &&
		!adverbialStarts.Has(k) && !coordinators.Has(k) && !nounMarkers[k] && !complementizers.Has(k) && k != "to" &&
		k != "that" && k != "as" && k != "like" && !auxiliaries.Has(k)
}

// reportAdverb reports whether key is an adverb that attributes a clause to reports no one
// names: `Bloomberg reportedly considered a run`, `the money allegedly went to …`.
func reportAdverb(key string) bool {
	switch key {
	case "reportedly", "allegedly", "purportedly":
		return true
	}
	return false
}

// reportedly reads a clause with an adverb of report between its subject and its verb: the
// subject and the rest of the clause are the parts of a statement with no source.
func (e *Extractor) reportedly(d *text.Doc, s text.Segment, i int, cover []int32) (Quote, int, bool) {
	k := i
	for k > s.First && auxiliaries.Has(d.Key(k-1)) {
		k-- // `has reportedly been`
	}
	subj := frontedSubject(d, subjectBefore(d, k, s.First), k)
	for c := firstComma(d, subj, k); c >= 0; c = firstComma(d, c+1, k) {
		subj = c + 1
	}
	if subj < k && (coordinators.Has(d.Key(subj)) || d.Key(subj) == "with" || prepositions.Has(d.Key(subj))) {
		subj++ // `With Bloomberg reportedly considering a run, …`
	}
	if subj >= k || coveredAny(cover, subj, k) || !e.subjectLike(d, subj, k) && !pluralNoun(d, k-1) {
		return Quote{}, 0, false
	}
	start := i + 1
	if isComma(d, start) {
		start++ // `Trump, reportedly, …`
	}
	stop := e.contentEnd(d, s, start, cover, isParticiple(d.Key(start))) // a participle ends at its comma
	if stop-start < minContent {
		return Quote{}, 0, false
	}
	f := cueForm{lemma: d.Key(i), class: Speaking}
	q := e.newReported(d, i, i+1, f, tokenSpan(d, i, i), "reported-adverb")
	q.Parts = []Span{tokenSpan(d, subj, i), tokenSpan(d, start, stop)}
	return q, stop, true
}

// askedBefore reads the question of a participle that opens a sentence: `Asked whether he
// would run, Mr. Biden said …`, `When asked by a reporter about the wall, …`. The question runs
// to the comma; who asked is the agent after "by", or no one named.
func (e *Extractor) askedBefore(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	switch {
	case f.lemma == "ask" && d.Key(i) == "asked":
	case f.lemma == "tell" && d.Key(i) == "told" && i > s.First && (d.Key(i-1) == "when" || d.Key(i-1) == "after" || d.Key(i-1) == "once"):
		// `When told the senator was in the cabinet, Bush paused`: what he was told
	default:
		return Quote{}, 0, false
	}
	if i > s.First && d.Key(i-1) != "when" && d.Key(i-1) != "if" && d.Key(i-1) != "after" && d.Key(i-1) != "before" {
		return Quote{}, 0, false // `Asked whether …`, `…, when asked whether …`
	}
	j := end
	source := tokenSpan(d, i, i)
	if j < s.Last && d.Key(j) == "by" {
		k := j + 1
		for k < s.Last && k <= j+maxFrontedSubject && d.Tokens[k].Kind == text.Word && !complementizers.Has(d.Key(k)) && d.Key(k) != "about" && d.Key(k) != "to" {
			k++
		}
		source, j = tokenSpan(d, j+1, k), k
	}
	for j < s.Last && (adverbialStarts.Has(d.Key(j)) && d.Key(j) != "about" || timeWords.Has(d.Key(j))) {
		j = skipAdverbial(d, j, s.Last) // `Asked during a debate why …`
	}
	if j+1 >= s.Last || cover[j] >= 0 {
		return Quote{}, 0, false
	}
	switch k := d.Key(j); {
	case f.lemma == "tell":
		if k != "that" && !clauseStart(d, j, e.cues.determiners) {
			return Quote{}, 0, false
		}
	case !complementizers.Has(k) && k != "about" && k != "to":
		return Quote{}, 0, false // but `Asked to respond to the criticism, …`
	}
	stop := commaAfter(d, j, s.Last)
	if i == s.First || i == s.First+1 {
		if stop >= s.Last {
			return Quote{}, 0, false // no main clause after it: not the question of a participle
		}
	} else {
		stop = min(stop, lastWordless(d, s)) // `…, when asked whether he would run.`
	}
	if stop-j < minContent || coveredAny(cover, j, stop) {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, end, f, source, "reported-asked")
	q.Parts = []Span{tokenSpan(d, j, stop)}
	return q, stop, true
}

// passive reads a cue in the passive: `Trump has been criticized by his rivals for skipping
// the debate`, `It was reported that …`, `The plan was widely seen as a retreat`. The subject
// (unless it is an empty it or there) and what follows the cue are the parts of what is
// reported; the agent after by is the source, else no one named.
func (e *Extractor) passive(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	key := d.Key(i)
	if i == s.First || !strings.HasSuffix(key, "ed") && !pastParticiples.Has(key) {
		return Quote{}, 0, false
	}
	judged := judgedAs.Has(f.lemma) && end+1 < s.Last && cover[end] < 0 && article(d.Key(end))
	if f.class == Commitment || f.class == Intention || f.class == Evidence || notPassive.Has(f.lemma) && !judged {
		return Quote{}, 0, false // `is determined to`, `was charged with`: no report
	}
	k, be, has := i, false, false
chain:
	for k > s.First {
		switch p := d.Key(k - 1); {
		case passiveBe.Has(p):
			if !be {
				// `He's said he will run`: 's right before a participle with no agent, no that
				// and no preposition after it is has (but `he's been told`).
				has = p == "'s" && !(end < s.Last && (d.Key(end) == "by" || passiveRest.Has(d.Key(end))))
			}
			be = true
		case p == "would", p == "will", p == "could", p == "should", p == "might", p == "may",
			p == "must", p == "can", p == "'ll", p == "'d", p == "to":
			if !f.class.reports() {
				return Quote{}, 0, false // `must be approved by parliament`: not yet judged
			}
		case auxiliaries.Has(p), p == "not", p == "n't", p == "also", p == "never", p == "being", p == "first", p == "since", p == "already", p == "long",
			strings.HasSuffix(p, "ly") && d.Tokens[k-1].Flags&text.Lower != 0:
		default:
			break chain
		}
		k--
	}
	if !be || has || k == s.First || relatives.Has(d.Key(k-1)) || d.Key(k-1) == "that" {
		return Quote{}, 0, false // not a passive, or one whose subject is a relative pronoun
	}
	subj := frontedSubject(d, subjectBefore(d, k, s.First), k)
	if subj >= k || coveredAny(cover, subj, k) || k-subj > maxFrontedSubject {
		return Quote{}, 0, false
	}
	var parts []Span
	if key := d.Key(subj); !(subj+1 == k && (key == "it" || key == "there")) && !objectVerbs.Has(f.lemma) {
		// but `he was asked whether …`, `the FBI was warned`: the subject of tell-like verbs in
		// the passive is whom they address, not what they report.
		parts = append(parts, tokenSpan(d, subj, k))
	}
	j := end
	source := tokenSpan(d, i, i)
	if j+1 < s.Last && d.Key(j) == "by" {
		a := agentEnd(d, j+1, s.Last)
		source, j = tokenSpan(d, j+1, a), a
	}
	if j < s.Last && cover[j] < 0 && passiveRest.Has(d.Key(j)) {
		np := d.Key(j) != "that" && !complementizers.Has(d.Key(j))
		if stop := e.contentEnd(d, s, j, cover, np); stop-j >= minContent {
			next := stop
			if b := agentBy(d, j, stop); np && b > j+1 && source.Len() == 0 {
				// `was appointed to the court by President Lee`: the agent is the source, not content
				a := agentEnd(d, b+1, s.Last)
				source, stop, next = tokenSpan(d, b+1, a), b, a
			}
			parts = append(parts, tokenSpan(d, j, stop))
			j = next
		}
	}
	if judged && j == end {
		// `was declared the winner`, `is considered a threat`: the subject and what it is
		// judged to be are the two parts.
		stop := e.contentEnd(d, s, j, cover, true)
		next := stop
		if b := agentBy(d, j, stop); b > j+1 && source.Len() == 0 {
			a := agentEnd(d, b+1, s.Last)
			source, stop, next = tokenSpan(d, b+1, a), b, a // `has been called a charlatan by fellow doctors`
		}
		if stop > j {
			parts = append(parts, tokenSpan(d, j, stop))
			j = next
		}
	}
	if source.Len() == 0 && j < s.Last {
		// `Lee was declared the winner in three primaries by news organizations`: the agent
		// may follow the passive's complement, within its clause.
		lim := min(s.Last, j+maxAgentGap)
		for k := j; k < lim; k++ {
			if t := d.TokenText(k); stopsClause(t) || t == ";" || d.Tokens[k].Kind == text.Mark || cover[k] >= 0 {
				lim = k
			}
		}
		if b := agentBy(d, j, lim); b >= 0 {
			if a := agentEnd(d, b+1, s.Last); a > b+1 {
				source = tokenSpan(d, b+1, a)
			}
		}
	}
	if len(parts) == 0 || len(parts) == 1 && parts[0].Start < d.Tokens[i].Start && source.Len() == 0 && f.class != Speaking && f.class != Writing {
		return Quote{}, 0, false // `The bill was supported.`: the subject alone says nothing
	}
	q := e.newReported(d, i, end, f, source, "reported-passive")
	q.Parts = parts
	return q, j, true
}

// maxAgentGap bounds the words between a passive cue and an agent that follows its complement.
const maxAgentGap = 12

// judgedAs are the cues whose passive names what its subject is judged or named to be, a noun
// phrase right after it: `was declared the winner`, `is considered a threat`.
var judgedAs = lexicon.NewSet(map[string]bool{
	"consider": true, "deem": true, "declare": true, "dub": true, "label": true, "brand": true,
	"name": true, "call": true,
})

// agentEnd returns the end of the agent of a passive that starts at token j after by: a few
// words, up to a preposition or that.
func agentEnd(d *text.Doc, j, limit int) int {
	a := j
	for a < limit && a <= j-1+maxFrontedSubject && (d.Tokens[a].Kind == text.Word || d.Tokens[a].Kind == text.Number) && d.Key(a) != "that" &&
		!prepositions.Has(d.Key(a)) && !adverbialStarts.Has(d.Key(a)) && d.Key(a) != "for" && d.Key(a) != "as" {
		a++
	}
	return a
}

// agentBy returns the first "by" among tokens [from, to) that names the agent of a passive,
// before a name or a determiner (`by President Lee`, `by the committee`), or -1; not `by
// 5 percent` or `by cutting taxes`.
func agentBy(d *text.Doc, from, to int) int {
	for k := from; k+1 < to; k++ {
		if d.Key(k) != "by" || d.Tokens[k].Flags&text.Lower == 0 {
			continue
		}
		n := &d.Tokens[k+1]
		if n.Kind == text.Word && (n.Flags&text.Upper != 0 || article(d.Key(k+1)) || agentDeterminers.Has(d.Key(k+1))) {
			return k
		}
	}
	return -1
}

// agentDeterminers open the agent of a passive after by: `by his aides`, `by fellow doctors`.
var agentDeterminers = lexicon.NewSet(map[string]bool{"his": true, "her": true, "their": true, "its": true, "fellow": true, "some": true, "many": true})

// notPassive are cues whose passive reports nothing: `was charged with fraud`, `was honored`,
// `is focused on`, `is supposed to` (an obligation, not a belief), `is allowed to` (a
// permission), `was added`, `was pressed on`, `were assured`, `is called` (a name).
var notPassive = lexicon.NewSet(map[string]bool{
	"charge": true, "focus on": true, "command": true, "suppose": true,
	"allow": true, "add": true, "press": true, "assure": true, "call": true,
	"worry": true, "worry about": true, // `is worried that`: the subject's state, its own worry
	"convinced": true, "concerned": true, "frustrated": true, "surprised": true, "shocked": true,
	"mystified": true, "incensed": true, // `are convinced that`, `were incensed that`: the same
})

// pastParticiples are past participles of cues without -ed.
var pastParticiples = lexicon.NewSet(map[string]bool{
	"told": true, "said": true, "seen": true, "shown": true, "written": true, "thought": true,
	"known": true, "found": true, "taught": true, "understood": true,
})

// passiveRest open what follows a passive cue as part of what it reports: `criticized for
// skipping the debate`, `seen as a retreat`, `told that …`, `asked whether …`.
var passiveRest = lexicon.NewSet(map[string]bool{
	"that": true, "as": true, "for": true, "to": true, "of": true, "about": true, "with": true,
	"whether": true, "if": true, "how": true, "what": true, "why": true, "when": true,
})

// passiveBe are the forms of be before a passive cue: `is expected`.
var passiveBe = lexicon.NewSet(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "'re": true,
})

// coverage maps every token to the index of the quotation in running text that holds it,
// marks included, or to a negative number: quotedCue for the first word of the cue of a
// quotation that is speech, -1 for the rest.
func coverage(d *text.Doc, qs []Quote, cover []int32) []int32 {
	cover = slices.Grow(cover[:0], len(d.Tokens))[:len(d.Tokens)]
	for i := range cover {
		cover[i] = -1
	}
	for qi := range qs {
		q := &qs[qi]
		if q.Depth > 0 || len(q.Marks) == 0 {
			continue
		}
		if q.Role == Speech && q.Cue.Span.Len() > 0 {
			if k := d.TokenAt(q.Cue.Span.Start); k >= 0 && k < len(cover) && cover[k] < 0 {
				cover[k] = quotedCue
			}
		}
		for _, p := range q.Parts {
			lo := d.TokenAt(p.Start) - 1 // the opening mark
			hi := d.TokenAt(p.End)       // the closing mark, if any
			for k := max(lo, 0); k <= hi && k < len(cover); k++ {
				if k == lo && d.Tokens[k].Kind != text.Mark || k == hi && d.Tokens[k].Kind != text.Mark {
					continue
				}
				cover[k] = int32(qi)
			}
		}
	}
	return cover
}

// complement reads `X said (that) …`: a subject before the cue and the rest of the clause after
// it, past adverbials (`in a statement`, `on Monday`) and, for verbs like tell, an object
// (`told reporters that`). A participle after a comma (`…, saying that …`) takes the subject of
// its sentence.
func (e *Extractor) complement(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32, qs []Quote) (Quote, int, bool) {
	// `While saying that he respects her, the senator …`, `Noting that …, the mayor …`: a
	// participle that opens the sentence, after a subordinator (perhaps after a connective: `But
	// while …`) or not, whose subject is the main clause's.
	opening := isParticiple(d.Key(i)) && (i == s.First+1 && openingSubordinators.Has(d.Key(s.First)) || i == s.First || i > s.First && openingGerund(d, i) ||
		i == s.First+2 && leadConnectives.Has(d.Key(s.First)) && openingSubordinators.Has(d.Key(s.First+1)))
	participle := opening || isParticiple(d.Key(i)) && (afterComma(d, i, s.First) || i > s.First && byGerund(d, i))
	start := e.contentStart(d, s, end, f, cover, qs, participle)
	if start < 0 || d.Key(start) == "by" || start == end && verbParticle(d, start) {
		// `a bill opposed by Democrats`, `responded by leaving`: the agent of a passive or
		// the manner of the act, not what was said; `showed up at the rally`, `backed
		// down`: a phrasal verb, whose sense is not the cue's.
		return Quote{}, 0, false
	}
	subj := frontedSubject(d, subjectBefore(d, i, s.First), i)
	if subj+1 < i && leadConnectives.Has(d.Key(subj)) && (subj == s.First || isComma(d, subj-1) || d.TokenText(subj-1) == ";") &&
		e.subjectLike(d, subj+1, i) {
		subj++ // `So he suggested …`, `but he denied that …`: the connective opens the clause
	}
	if auxiliaries.Has(d.Key(start)) && start == end {
		if g := gapSubject(d, end-1, s.First); g > subj && g < i {
			subj = g // `an inquiry the council said was overdue`: the subject of the relative clause
		}
	}
	if c := lastComma(d, subj, i); c >= 0 && c+1 < i {
		// `In Scranton, where Biden grew up, the vice president said`: a clause or aside
		// before the subject, which follows its last comma; `…, but party elders fear`: a
		// clause of its own after a conjunction.
		n := c + 1
		if n+1 < i && (coordinators.Has(d.Key(n)) || d.Key(n) == "though" || d.Key(n) == "although" || d.Key(n) == "while") {
			n++
		}
		if (e.subjectLike(d, n, i) || n > c+1 && pluralNoun(d, i-1)) && !timePhrase(d, n, i) {
			subj = n
		}
	}
	np := d.Key(start) != "that" && d.Key(start) != "to" && d.TokenText(start) != ":" &&
		!complementizers.Has(d.Key(start)) && !subjectPronouns.Has(d.Key(start)) &&
		(!f.class.reports() || !bareClause(d, start, s.Last))
	thing := np || subjectPronouns.Has(d.Key(start)) && !bareClause(d, start, s.Last)
	if thing && objectNotStated.Has(f.lemma) && !castVote(d, i, start, f) && d.Tokens[start].Kind != text.Mark && !(factive(f.lemma) && bareClause(d, start, s.Last)) && !studyFinds(d, f, subj, i) && !(f.class == Cognition && e.objectThenTo(d, start, s.Last)) && !findsAs(d, f, start, s.Last, e.cues.determiners) {
		// `added 300 jobs`, `felt the pressure`, `voted against it`: a thing, not a
		// statement; but `added "a tax on the rich"` quotes words.
		return Quote{}, 0, false
	}
	stop := e.contentEnd(d, s, start, cover, np)
	stop = e.thatAside(d, s, start, stop, cover)
	if f.class == Evidence && stop+2 < s.Last && d.TokenText(stop) == "," && d.Key(stop+1) == "while" && !isParticiple(d.Key(stop+2)) {
		// `the poll found that 40 percent back the plan, while 30 percent oppose it`: a finding
		// sets its figures side by side.
		stop = max(stop, e.contentEnd(d, s, stop+2, cover, false))
	}
	if d.TokenText(start) == ":" && !speechAfter(cover, qs, start, lastWordless(d, s)) {
		stop = max(stop, lastWordless(d, s)) // a colon introduces the rest of its sentence, a list and all
	}
	block, isBlock := e.blockAfter(d, s, start, cover, qs)
	if subj > s.First && subordinators.Has(d.Key(subj-1)) || d.Key(subj) == "who" {
		// `As the mayor demands a bridge, the council …`; `Mr. Trump, who said last week that
		// …, issued a statement`: the clause ends at its comma. One later in the sentence
		// (`…, when she claimed that the Green Party, or GP, has …`) ends there only if a main
		// clause follows.
		if c := commaAfter(d, start, stop); subj-1 <= s.First+2 || d.Key(subj) == "who" || mainClauseAt(d, c+1, stop) {
			stop = min(stop, c)
		}
	}
	// `the gunman who pledged allegiance to the group shot …`, `hackers backing the regime took
	// …`: a cue in a relative clause or participle phrase inside the subject; its object or
	// infinitive ends at the main verb. A cue that takes a clause may
	// own the first verb (`those who said the plan was wrong`), so only an object is cut.
	if (d.Key(start) == "to" || np && (!bareClause(d, start, s.Last) || !f.class.reports() && f.class != Cognition)) && (restrictiveRelative(d, i, s.First) || participleSubject(d, i, s.First)) {
		stop = min(stop, e.mainVerb(d, start, stop))
	}
	if opening {
		stop = min(stop, commaAfter(d, start, stop))
		if stop+1 >= lastWordless(d, s) || !isComma(d, stop) {
			return Quote{}, 0, false // no main clause after it
		}
	}
	if stop-start < minContent && !(stop-start == 1 && oneWordObject(d, f, start)) && !isBlock {
		return Quote{}, 0, false
	}
	name := start
	if d.Key(name) == "the" {
		name++ // `called the Miracle Run`
	}
	if np && f.lemma == "call" && nameOnly(d, name, stop) {
		// `a stream called Miracle Run`, `Obama called Sanders`: a name given, or a telephone
		// call; calling someone something takes two phrases.
		return Quote{}, 0, false
	}
	if np && f.lemma == "quote" && speechAfter(cover, qs, stop, s.Last) {
		return Quote{}, 0, false // `Le Monde quoted the mayor: « … »`: whom it quoted, not what
	}
	refusal := noComment(d, f, i, start, stop)
	if cover[i] == quotedCue && (np || !opensComplement(d, start, e.cues.determiners)) {
		// `"…," Ms. Lee told the council on Monday`: the quotation is what the cue reports;
		// the words after it are its circumstances.
		return Quote{}, 0, false
	}
	if a := lastAnd(d, subj, i); a >= 0 && e.subjectAndCue(d, a+1, end) && e.subjectLike(d, a+1, i) {
		subj = a + 1 // `said the bill would pass and others have said …`: a clause of its own
	}
	rule := "reported"
	var source Span
	switch {
	case opening:
		rule = "reported-participle"
		source = e.openingSource(d, stop, lastWordless(d, s))
	case participle:
		rule = "reported-participle"
		from := s.First
		if c := firstComma(d, s.First, i-1); c > s.First && adverbialOnly(d, s.First, c) {
			from = c + 1 // `On the Democratic side, Mrs. Clinton … has derided it, suggesting`
		}
		for k := i - 1; k > from; k-- {
			if cover[k] >= 0 {
				from = k + 1 // `"…," a spokesman said, adding that …`: not the quotation
				break
			}
		}
		source = tokenSpan(d, from, i-1)
	case coordinated(d, i, s.First) && subj < i:
		// `Comey called it careless, but said she should face no charges`: the subject of
		// the first verb.
		if f.class == Evidence {
			// `checked the records and found …`, `and shows …`: the second verb of an act
			// is what the subject did or met, seldom what it reports.
			return Quote{}, 0, false
		}
		rule = "reported-coordinated"
		source = tokenSpan(d, mainClause(d, s, i), i)
	// A thing can show, find, suggest or seek (`the survey shows`, `the bill seeks`); praise and
	// blame need a person (not `the council approved the budget`).
	case subj < i && (e.subjectLike(d, subj, i) || pluralNoun(d, i-1) &&
		!(subj > s.First && timeSubordinators.Has(d.Key(subj-1)))) && !coveredAny(cover, subj, i) &&
		(f.class != Evaluation || personLike(d, subj, i)):
		to := i
		if o := dashAsideBefore(d, i, subj); o > subj {
			to = o // `Ann Lee - who runs the fund - said`: the aside names others, not the speaker
		}
		source = tokenSpan(d, subj, adverbialBefore(d, subj, to))
	case relativeCue(d, i, s.First) && !coveredAny(cover, i-1, i):
		// `Monsanto, which opposed the bill`, `a law that allows towns to …`: the relative
		// pronoun stands for the subject.
		source = tokenSpan(d, i-1, i)
	case i == s.First && d.Tokens[i].Flags&text.Upper != 0 && end < s.Last:
		return Quote{}, 0, false // "Said …" opening a sentence: inverted, handled by fronted
	case i-1 > s.First && (isComma(d, i-1) || closedAfterComma(d, i-1, s.First)) && f.class.reports():
		// `Mike Morrell, a veteran of the CIA who retired as acting director in 2013, said`:
		// the subject opens the clause, before its apposition, which may quote a name.
		first := frontedSubject(d, s.First, i)
		c := firstComma(d, first, i-1)
		if c <= first || c-first > maxFrontedSubject || !e.subjectLike(d, first, c) || !personLike(d, first, c) ||
			coveredAny(cover, first, c) {
			return Quote{}, 0, false
		}
		source = tokenSpan(d, first, i)
	default:
		return Quote{}, 0, false
	}
	if isBlock {
		q := e.newReported(d, i, end, f, source, "reported-block")
		q.Parts = []Span{block}
		return q, stop, true
	}
	if d.TokenText(start) == ":" {
		start++
		rule = "reported-colon"
	}
	if d.Key(start) == "that" && start+1 < stop {
		rule += "-that"
	}
	q := e.newReported(d, i, end, f, source, rule)
	if refusal {
		q.Cue.Negated = true // `declined to comment on the talks`: said not to have been said, marked
	}
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, stop, true
}

// verbParticle reports whether token j is a particle that makes a phrasal verb of the verb
// before it (`show up`, `back down`, `back away`, `lay off`); `up to` opens a number.
func verbParticle(d *text.Doc, j int) bool {
	switch d.Key(j) {
	case "down", "away", "off":
		return true
	case "up":
		return j+1 >= len(d.Tokens) || d.Key(j+1) != "to"
	}
	return false
}

// relativeCue reports whether the cue at token i follows a relative pronoun that is its
// subject: `Monsanto, which opposed the bill`, `a law that allows towns to …`.
func relativeCue(d *text.Doc, i, first int) bool {
	if i-2 <= first {
		return false
	}
	k := d.Key(i - 1)
	return k == "which" || k == "that" && zeroRelative(d, i-2)
}

// factive reports whether lemma is a verb of knowing, whose object is mostly a thing known
// (`knew Meles well`) but which takes a clause without that as often (`know Americans are
// impatient`): a clause after it is what is held true.
func factive(lemma string) bool { return lemma == "know" || lemma == "learn" || lemma == "understand" }

// blockAfter returns the paragraph that a colon at token start, the last of its paragraph,
// introduces: `The governor added:` and what he added set off below it without quotation
// marks, as a block quotation is. A paragraph that opens with a quotation mark is the
// direct-quote stage's; one that holds speech of its own is not the colon's.
func (e *Extractor) blockAfter(d *text.Doc, s text.Segment, start int, cover []int32, qs []Quote) (Span, bool) {
	if start < 0 || d.TokenText(start) != ":" || start+1 != d.Paragraphs[s.Para].Last || s.Para+1 >= len(d.Paragraphs) {
		return Span{}, false
	}
	p := d.Paragraphs[s.Para+1]
	stop := p.Last
	for stop > p.First && (d.Tokens[stop-1].Kind == text.Punct || d.Tokens[stop-1].Kind == text.Mark) {
		stop--
	}
	if stop-p.First < minContent || d.Tokens[p.First].Kind == text.Mark || speechAfter(cover, qs, p.First, stop) {
		return Span{}, false
	}
	return tokenSpan(d, p.First, stop), true
}

// closedAfterComma reports whether token k is a closing quotation mark after a comma: an
// apposition that ends in a quoted name (`the hacker known as "Guccifer," stated`).
func closedAfterComma(d *text.Doc, k, first int) bool {
	return k-1 > first && d.Tokens[k].Kind == text.Mark && isComma(d, k-1)
}

// timeSubordinators open a clause of time, which tells of an event (`after news outlets
// declared him the victor`), where other subordinate clauses may report (`as polls show`).
var timeSubordinators = lexicon.NewSet(map[string]bool{
	"after": true, "before": true, "once": true, "since": true, "until": true, "when": true, "whenever": true,
})

// leadConnectives join a clause to what comes before it; the subject follows them.
var leadConnectives = lexicon.NewSet(map[string]bool{"and": true, "but": true, "so": true, "then": true, "yet": true})

// verbAfter reports whether token j, past an adverb, is a verb in a finite form: the verb of a
// clause whose subject an aside has interrupted.
func verbAfter(d *text.Doc, j, limit int) bool {
	for j+1 < limit && (d.Tokens[j].Kind == text.Mark || d.Key(j) == "still" || d.Key(j) == "also" || d.Key(j) == "now" ||
		d.Key(j) == "never" || len(d.Key(j)) > 4 && strings.HasSuffix(d.Key(j), "ly")) {
		j++ // `the senator, who has raised the most, still faces`
	}
	k := d.Key(j)
	lower := d.Tokens[j].Kind == text.Word && d.Tokens[j].Flags&text.Lower != 0
	return auxiliaries.Has(k) || k == "be" || finiteVerb(d, j) || lower && (irregularPast.Has(k) ||
		len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us"))
}

// objectNotStated are cues whose noun-phrase object is mostly a thing acted on, not what is
// said or held (`added 300 jobs`, `maintained a lead`, `answered questions`, `felt the
// pressure`, `plans a rally`, `knows the area`, `expects a ruling`, `wrote a book`, `found a
// way`): only a clause after them is reported. On PolNeAR dev their noun-phrase readings
// were right about one time in four.
var objectNotStated = lexicon.NewSet(map[string]bool{
	"add": true, "maintain": true, "answer": true, "feel": true, "plan": true, "understand": true,
	"know": true, "expect": true, "focus on": true, "reflect": true, "charge": true,
	"vote": true, "vote for": true, "vote against": true, "favor": true,
	// A text written or posted (`wrote a book`, `posted a photo`), a thing found, learned,
	// allowed, aimed at or welcomed.
	"write": true, "publish": true, "post": true, "find": true, "learn": true, "allow": true,
	"aim": true, "welcome": true, "appear": true, "project": true,
})

// castVote reports a vote cast for or against someone or something named (`voted against
// the bill`, `voted for Obama`): a stance on record, which reports the choice; but a vote to
// come (`will vote for her`) is a plan, and `voted against it` names nothing.
func castVote(d *text.Doc, i, start int, f cueForm) bool {
	return d.Key(i) == "voted" && (f.lemma == "vote for" || f.lemma == "vote against") &&
		!smallClauseObjects.Has(d.Key(start)) && !subjectPronouns.Has(d.Key(start))
}

// findsAs reports `find` with a pronoun and a judgement after it, a clause without its verb:
// `found it difficult to win`, `finds them reluctant`, `found it to be a mistake`. What was
// found is then an opinion held, not a thing come upon (`found it in a drawer`).
func findsAs(d *text.Doc, f cueForm, start, limit int, determiners *lexicon.Set) bool {
	if f.lemma != "find" || start+2 >= limit {
		return false
	}
	if !smallClauseObjects.Has(d.Key(start)) {
		return determiners.Has(d.Key(start)) && phraseThenJudgement(d, start, limit)
	}
	k := start + 1
	if d.Key(k) == "to" {
		return d.Key(k+1) == "be"
	}
	if d.Key(k) == "very" || d.Key(k) == "so" || d.Key(k) == "too" || d.Key(k) == "quite" {
		k++
	}
	return k < limit && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 && judgementWord(d.Key(k)) &&
		!adverbialStarts.Has(d.Key(k)) && !prepositions.Has(d.Key(k)) && !tailPrepositions.Has(d.Key(k))
}

// phraseThenJudgement reports a short noun phrase from the determiner at start whose last word
// is a judgement that ends the clause: `found the area welcoming.`, `find his message
// chilling`. The judgement cannot follow the determiner at once (`found the posting,` is a
// thing).
func phraseThenJudgement(d *text.Doc, start, limit int) bool {
	for k := start + 2; k < limit && k <= start+4 && d.Tokens[k].Kind == text.Word; k++ {
		if d.Tokens[k].Flags&text.Lower != 0 && judgementWord(d.Key(k)) && !prepositions.Has(d.Key(k)) &&
			!adverbialStarts.Has(d.Key(k)) && !tailPrepositions.Has(d.Key(k)) {
			return k+1 == limit || d.Tokens[k+1].Kind == text.Punct || d.Key(k+1) == "to"
		}
	}
	return false
}

// smallClauseObjects are the pronouns that `find` takes before a judgement of them.
var smallClauseObjects = lexicon.NewSet(map[string]bool{"it": true, "him": true, "her": true, "them": true})

// judgementSuffixes end most adjectives of judgement (`unlikable`, `offensive`, `compelling`,
// `reluctant`, `difficult`, `hard`, `easy`); a place or time word after the pronoun (`found
// it there`) ends in none of them, and prepositions that do (`found them during …`) are not
// judgements.
var judgementSuffixes = []string{"ble", "ful", "ous", "ive", "ing", "ant", "ent", "ult", "ard", "asy"}

// judgementWord reports whether key ends like an adjective of judgement.
func judgementWord(key string) bool {
	for _, suf := range judgementSuffixes {
		if len(key) >= len(suf)+1 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// objectThenTo reports a noun phrase at start followed by an infinitive, the subject and
// predicate of what a cue of thought holds: `expects the senator to run`.
func (e *Extractor) objectThenTo(d *text.Doc, start, limit int) bool {
	k := skipObject(d, start, limit, e.cues.determiners)
	return k > start && k+1 < limit && d.Key(k) == "to" && d.Tokens[k+1].Flags&text.Lower != 0
}

// studyFinds reports a cue of evidence whose subject, tokens [subj, i), names a study, a
// poll or a report: what `a 2014 study found` is a finding, not a thing come upon.
func studyFinds(d *text.Doc, f cueForm, subj, i int) bool {
	if f.class != Evidence {
		return false
	}
	for k := max(subj, i-maxFrontedSubject); k < i; k++ {
		if studyNouns.Has(d.Key(k)) {
			return true
		}
	}
	return false
}

// studyNouns name the works whose findings are reported like statements.
var studyNouns = lexicon.NewSet(map[string]bool{
	"analysis": true, "audit": true, "paper": true, "poll": true, "polls": true, "report": true,
	"research": true, "review": true, "studies": true, "study": true, "survey": true, "surveys": true,
})

// openingSubordinators open a sentence with a participle whose subject is the main clause's:
// `While saying …, he`, `After warning …, the engineers`.
var openingSubordinators = lexicon.NewSet(map[string]bool{
	"while": true, "after": true, "before": true, "since": true, "when": true, "despite": true,
})

// adverbialBefore returns where an adverbial that runs up to the cue at token i starts inside
// the subject [subj, i) (`Jeb Bush in a blog post said`), or i if there is none.
func adverbialBefore(d *text.Doc, subj, i int) int {
	for k := subj + 1; k+1 < i; k++ {
		switch d.Key(k) {
		case "in", "on", "at", "during":
			if d.Tokens[k+1].Kind == text.Word && skipAdverbial(d, k, i) == i {
				return k // but `4 in 10 said`: a share
			}
		}
	}
	return i
}

// opensComplement reports whether token j opens a clause or a question after a cue: that, to,
// a colon, whether and the like, or a clause start (`said the plan failed`), not a phrase of
// circumstance (`said of the plan`, `said aboard his plane`).
func opensComplement(d *text.Doc, j int, determiners *lexicon.Set) bool {
	k := d.Key(j)
	return k == "that" || k == "to" || k == ":" || complementizers.Has(k) || clauseStart(d, j, determiners)
}

// speechAfter reports whether a quotation that is speech of its own stands among tokens
// [from, to).
func speechAfter(cover []int32, qs []Quote, from, to int) bool {
	for k := from; k < to; k++ {
		if q := cover[k]; q >= 0 && qs[q].Role == Speech {
			return true
		}
	}
	return false
}

// cueBetween reports whether a cue opens a clause after a comma or a conjunction among tokens
// [from, to): `said, adding that`, `called it reckless and warned that` (but not `denied
// reports that`).
func (e *Extractor) cueBetween(d *text.Doc, from, to int) bool {
	for k := max(from, 1); k < to; k++ {
		if (isComma(d, k-1) || coordinators.Has(d.Key(k-1))) && e.isCue(d, k, to) {
			return true // `calling it reckless and warning that`: the that is warning's
		}
	}
	return false
}

func (e *Extractor) isCue(d *text.Doc, j, limit int) bool {
	_, _, ok := e.cues.cueAt(d, j, limit)
	return ok
}

// objectOfCue reports whether the cue word at token i is the object of a cue just before it
// (`denied reports that`, `rejected claims that`): a noun, not a cue of its own.
func (e *Extractor) objectOfCue(d *text.Doc, i, first int) bool {
	if i == first {
		return false
	}
	switch d.Key(i) {
	case "said", "says", "told", "tells":
		return false // never a noun: `in a Medium post said`, `the experts I interviewed said`
	}
	if prev := d.Key(i - 1); strings.HasSuffix(prev, "s") && !strings.HasSuffix(d.Key(i), "s") && d.Tokens[i-1].Flags&text.Lower != 0 {
		return false // `campaign documents show`: a plural noun and its verb, not a verb and its object
	}
	_, end, ok := e.cues.cueAt(d, i-1, i)
	return ok && end == i
}

// nounBeforeVerb reports whether the cue word at token i, ending at end, is a plural noun
// followed by its verb, another cue (`advocates say`, `documents show`): a subject, not a cue.
func (e *Extractor) nounBeforeVerb(d *text.Doc, i, end, limit int) bool {
	switch d.Key(i) {
	case "says", "tells", "asks", "adds":
		return false // never nouns
	}
	return end == i+1 && end < limit && strings.HasSuffix(d.Key(i), "s") && !strings.HasSuffix(d.Key(end), "s") &&
		!isParticiple(d.Key(end)) && d.Tokens[i].Flags&text.Lower != 0 && e.isCue(d, end, limit)
}

// afterComma reports whether token i follows a comma, or a closing mark after a comma
// (`”a disgrace,” blaming Bloomberg`).
func afterComma(d *text.Doc, i, first int) bool {
	if i <= first {
		return false
	}
	if d.TokenText(i-1) == "," {
		return true
	}
	return i-2 >= first && d.Tokens[i-1].Kind == text.Mark && d.TokenText(i-2) == ","
}

// coordinated reports whether the cue at token i is the second verb of its subject, after
// "and", "but" or "or" and perhaps an adverb (`…, but later said`).
func coordinated(d *text.Doc, i, first int) bool {
	for k := i - 1; k >= first && k >= i-2; k-- {
		switch d.Key(k) {
		case "and", "but", "or":
			return true
		}
		if d.Tokens[k].Kind != text.Word {
			return false
		}
		if newSubject(d, k) || k == i-1 && (pluralNoun(d, k) || groupSubjects.Has(d.Key(k))) {
			// `…, and Trump vowed`, `and he railed`, `but analysts agreed`, `and most
			// said`: a subject of its own, not an adverb (`but later said`); but a sentence that
			// opens `But Ramos said` keeps the whole sentence as its speaker's window.
			return k-1 == first && (d.Key(k-1) == "and" || d.Key(k-1) == "but" || d.Key(k-1) == "or")
		}
	}
	return false
}

// thatWithin returns the index of a "that" among the next n words from j, before any other
// punctuation but commas, or 0. Numbers do not count as words: `said on March 3, 2024 that`.
func thatWithin(d *text.Doc, j, limit, n int) int {
	for k := j; k < limit && n > 0; k++ {
		switch t := &d.Tokens[k]; {
		case d.Key(k) == "that":
			return k
		case t.Kind == text.Word:
			n--
		case possessiveMark(d, k):
			// `wrote to Sanders’ Senate office that`
		case t.Kind != text.Number && d.TokenText(k) != ",":
			return 0
		}
	}
	return 0
}

// possessiveMark reports whether token k is the apostrophe of a plural possessive, between a
// word in -s and the next word: `Sanders’ office`.
func possessiveMark(d *text.Doc, k int) bool {
	if k == 0 || k+1 >= len(d.Tokens) || d.Tokens[k].Kind != text.Mark || d.Tokens[k].Flags&text.SpaceBefore != 0 {
		return false
	}
	if s := d.TokenText(k); s != "’" && s != "'" {
		return false
	}
	return d.Tokens[k-1].Kind == text.Word && strings.HasSuffix(d.Key(k-1), "s") && d.Tokens[k+1].Kind == text.Word
}

// inverted reports whether a speech cue after a comma is followed by its subject and then the
// end of the sentence: `The vote was rigged, said Mr. Smith, a spokesman.`
func inverted(d *text.Doc, s text.Segment, i, end int, f cueForm, determiners *lexicon.Set) bool {
	if !inverting.Has(f.lemma) || i == s.First || !isComma(d, i-1) && !afterComma(d, i, s.First) || end >= s.Last || isParticiple(d.Key(i)) {
		return false
	}
	if t := &d.Tokens[end]; t.Kind != text.Word || t.Flags&text.Upper == 0 && !determiners.Has(d.Key(end)) {
		return false
	}
	if subjectPronouns.Has(d.Key(end)) && end+1 < lastWordless(d, s) {
		return false // `Ann Lee, a nurse, says she backs the plan`: a pronoun with words after it opens a clause
	}
	after := subjectAfter(d, end, s.Last)
	head := end // the subject before its apposition: `said the company's chief executive, John J. Ferriola`
	for head < after && (d.Tokens[head].Kind == text.Word || d.Tokens[head].Kind == text.Number) {
		head++
	}
	stop := lastWordless(d, s)
	for k := end + 1; k < stop && k <= end+maxInvertedSubject && d.Tokens[k].Kind == text.Word; k++ {
		if (d.Key(k) == "who" || d.Key(k) == "whose") && !auxiliaryWithin(d, end, k, k-end) && !pastVerbWithin(d, end+1, k) {
			return true // `…, said a handful of Democrats who point to …`: the subject and its relative clause
		}
	}
	if after > end && after+1 < stop && head-end <= maxInvertedSubject && d.TokenText(after) == "," {
		switch d.Key(after + 1) {
		case "who", "whose":
			return true // `…, said Alderman Jason Ervin, who thinks …`: a clause about the speaker
		case "a", "an", "another", "the":
			// `…, said Matt Latimer, another veteran speechwriter who worked in the White
			// House`: an apposition of any length.
			if t := &d.Tokens[end]; t.Flags&text.Upper != 0 {
				return true
			}
		default:
			if roleApposition(d, end, after+1, stop) {
				return true // `…, said Dan Gerstein, director of Gotham Ghostwriters`
			}
		}
	}
	if after == end || head-end > maxInvertedSubject || after < stop && d.Tokens[after].Kind != text.Punct ||
		stop-after > maxFrontedTail || auxiliaryBesidesPossessive(d, end, after) || pastVerbWithin(d, end+1, after) {
		return false // `, said Mrs. Clinton had avoided …`, `, said the wards were full`, `, said the family deserved better`: a complement
	}
	for k := after; k < stop; k++ { // an apposition may follow: `said Mr. Smith, a spokesman.`
		if t := &d.Tokens[k]; t.Kind == text.Mark || d.Key(k) == "that" || complementizers.Has(d.Key(k)) {
			return false
		}
	}
	return true
}

// roleApposition reports whether token j, after the comma that follows a name beginning at
// token name, opens a role without an article: `Dan Gerstein, director of …`, `Ann Lee,
// executive director of …`. A lower-case word that is no function word, verb or participle
// opens one; it names the speaker's post, not the content.
func roleApposition(d *text.Doc, name, j, stop int) bool {
	if j+1 >= stop || d.Tokens[name].Flags&text.Upper == 0 || d.Tokens[j].Kind != text.Word || d.Tokens[j].Flags&text.Lower == 0 {
		return false
	}
	k := d.Key(j)
	if clauseOpeners.Has(k) || prepositions.Has(k) || adverbialStarts.Has(k) || auxiliaries.Has(k) || subjectPronouns.Has(k) || isParticiple(k) ||
		strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ly") {
		return false
	}
	for n := j + 1; n < stop && n <= j+3; n++ { // `director of`, `senior fellow at`, `executive director of`
		if d.Key(n) == "of" || d.Key(n) == "at" || d.Key(n) == "for" {
			return true
		}
		if d.Tokens[n].Kind != text.Word || d.Tokens[n].Flags&text.Lower == 0 {
			return false
		}
	}
	return false
}

// auxiliaryBesidesPossessive reports whether an auxiliary stands among tokens [from, to),
// the 's of a possessive (`the company's chief`) aside.
func auxiliaryBesidesPossessive(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if key := d.Key(k); auxiliaries.Has(key) && (key != "'s" || pronounIs(d, k)) {
			return true
		}
	}
	return false
}

// dateRest returns the end of the date that may follow a weekday's comma from token j, a day
// with its month and year if given (`Oct. 26`, `April 6, 2000`, `26`), or j when none does: a
// month alone is no date.
func dateRest(d *text.Doc, j, limit int) int {
	k := j
	if k < limit && monthNames.Has(d.Key(k)) {
		k++
		if k < limit && d.TokenText(k) == "." {
			k++
		}
	}
	if k >= limit || d.Tokens[k].Kind != text.Number {
		return j
	}
	k++
	if k+1 < limit && isComma(d, k) && d.Tokens[k+1].Kind == text.Number {
		k += 2 // the year
	}
	return k
}

// ownAuxiliaries returns where the auxiliaries that end a subject [from, to) begin when they are
// the cue's own, as they are when the cue ends its sentence (`…, federal officials have
// said.`); otherwise to: `Since then, Russia has responded by …` is a clause of its own.
func ownAuxiliaries(d *text.Doc, s text.Segment, from, to, cueEnd int) int {
	if cueEnd < lastWordless(d, s) {
		return to
	}
	for to > from && auxiliaries.Has(d.Key(to-1)) {
		to--
	}
	return to
}

// pastVerbWithin reports whether a lower-case verb in the past stands among tokens [from, to):
// `the Khan family deserved better`.
func pastVerbWithin(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		t := &d.Tokens[k]
		key := d.Key(k)
		if t.Kind == text.Word && t.Flags&text.Lower != 0 && (len(key) > 4 && strings.HasSuffix(key, "ed") || irregularPast.Has(key)) {
			return true
		}
	}
	return false
}

// inverting are the cues English puts before their subject: `…, said Mr. Smith`, not
// `…, welcomed the vote`.
var inverting = lexicon.NewSet(map[string]bool{
	"say": true, "add": true, "tell": true, "ask": true, "write": true, "reply": true,
	"answer": true, "continue": true, "explain": true, "note": true, "insist": true,
	"argue": true, "warn": true, "declare": true, "announce": true, "observe": true,
	"remark": true, "recall": true, "cry": true, "exclaim": true, "conclude": true,
	"respond": true, "retort": true, "reason": true, "admit": true, "acknowledge": true,
	"predict": true, "contend": true, "caution": true, "claim": true, "agree": true, "complain": true,
	"concede": true, "counter": true, "emphasize": true, "stress": true, "maintain": true, "state": true,
	"confirm": true, "assert": true, "point out": true, "suggest": true,
})

// pluralNoun reports whether token k reads as a plural noun in lower case, the subject of a
// cue of speech without a determiner: `hacking specialists say`, `local organizers said`.
func pluralNoun(d *text.Doc, k int) bool {
	t := &d.Tokens[k]
	key := d.Key(k)
	if t.Kind != text.Word || t.Flags&text.Lower == 0 || len(key) < 5 || !strings.HasSuffix(key, "s") ||
		strings.HasSuffix(key, "ss") || strings.HasSuffix(key, "ous") || strings.HasSuffix(key, "ics") {
		return false
	}
	return !auxiliaries.Has(key) && !nounMarkers[key] && !adverbialStarts.Has(key)
}

// personLike reports whether tokens [i, k) may name someone who thinks, wants or judges: a
// capitalised word or a personal pronoun ("Republicans", "she"), not "any peace deal". The
// relative who stands for a person: `Trump, who wants to simplify the tax code`.
func personLike(d *text.Doc, i, k int) bool {
	if d.Key(i) == "who" {
		return true
	}
	for j := i; j < k; j++ {
		t := &d.Tokens[j]
		if t.Kind != text.Word {
			continue
		}
		if t.Flags&text.Upper != 0 {
			return true
		}
		if groupSubjects.Has(d.Key(j)) {
			return true
		}
	}
	return false
}

// unanswered reports a reply not given to what follows to at token j (`did not respond to
// questions about the plane`, `has not replied to our emails`): a refusal to comment, which
// PolNeAR annotates with what was asked as its content. A reply given (`responded to the
// critics by …`) reports what was said, not what it answered.
func unanswered(d *text.Doc, f cueForm, end, j, limit int) bool {
	if f.lemma != "respond" && f.lemma != "reply" || j+1 >= limit || d.Tokens[j+1].Kind != text.Word {
		return false
	}
	negated, _ := polarity(d, cueHead(end, f))
	return negated
}

// noComment reports a refusal to comment, a statement said not to have been made: "declined to comment", "did not
// respond to requests for comment".
func noComment(d *text.Doc, f cueForm, i, start, stop int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch d.Key(k) {
		case "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing":
			return true // `declined to comment on the talks`
		}
	}
	switch f.lemma {
	case "decline", "refuse", "respond", "reply", "answer", "return":
	default:
		return false
	}
	for k := start; k < stop && k < start+5; k++ {
		switch d.Key(k) {
		case "comment", "comments", "elaborate", "speculate", "discuss":
			return true
		}
	}
	return false
}

// contentStart returns the first token of a cue's complement, or -1: "that", a clause start, a
// colon, an embedded question (whether, how, what), or "to" after a verb of commitment or
// intention; adverbials and the object of tell-like verbs are passed over.
func (e *Extractor) contentStart(d *text.Doc, s text.Segment, end int, f cueForm, cover []int32, qs []Quote, participle bool) int {
	if k := thatWithin(d, end, s.Last, 5); k > 0 && !e.cueBetween(d, end, k) {
		return k // `voiced confidence that`, `said, however, that`, `told reporters that`
	}
	if end < s.Last && d.Key(end) == "to" && f.class.reports() {
		if k := thatWithin(d, end, s.Last, maxAddressee); k > 0 && !e.cueBetween(d, end, k) {
			return k // `complained to CBS News' Charlie Rose that`: whom it was said to, however long
		}
	}
	j := end
	for skipped := 0; j < s.Last && skipped <= maxAdverbials; skipped++ {
		t := &d.Tokens[j]
		key := d.Key(j)
		switch {
		case t.Kind == text.Mark:
			if q := cover[j]; q >= 0 && qs[q].Role == Fragment && skipped == 0 {
				return j // `said ''there could be'' a line …`: a quoted fragment in reported content
			}
			if k := titleEnd(d, cover, qs, j); k > j {
				j = k // `said on "Meet the Press" that …`: the show is where it was said
				continue
			}
			return -1 // a quotation: the direct-quote stage has it
		case (key == "when" || key == "if") && j+1 < s.Last && d.Tokens[j+1].Flags&text.Lower != 0 &&
			(strings.HasSuffix(d.Key(j+1), "ed") || isParticiple(d.Key(j+1))):
			return -1 // `said when asked about it`, `said if elected`: a clause of time or condition
		case key == "that" || key == ":" || complementizers.Has(key):
			return j
		case (key == "yes" || key == "no" || key == "so") && skipped == 0 && j+1 < s.Last && d.Tokens[j+1].Kind == text.Punct:
			return j // `46 percent said yes.`, `I think so.`: the answer is the content
		case key == "as" && skipped == 0 && j+1 < s.Last && d.Key(j+1) == "much":
			return j // `said as much`: what was said before
		case key == "to" && skipped == 0 && unanswered(d, f, end, j, s.Last):
			return j + 1 // `did not respond to a request for comment`: what went unanswered
		case key == "to" && (f.class == Commitment || f.class == Intention || f.class == Evaluation ||
			willVerbs.Has(f.lemma) || objectVerbs.Has(f.lemma) && skipped > 0):
			return j // `pledged to broker a deal`, `asked them to host events`
		case t.Kind == text.Punct:
			if key == "," && skipped > 0 {
				if k := thatWithin(d, j+1, s.Last, 4); k > 0 && !e.cueBetween(d, j+1, k) {
					return k // `said on Monday, that` and the like
				}
				if k := dateRest(d, j+1, s.Last); k > j+1 {
					j = k // `said in an editorial on Monday, Oct. 26: …`: the rest of a date
					continue
				}
				return -1 // `…, the AP declared on Thursday, two days after the vote`: the writer's frame
			}
			if key == "," {
				if k := thatWithin(d, j+1, s.Last, 4); k > 0 && !e.cueBetween(d, j+1, k) {
					return k // `said, however, that`, but not `said, adding that`
				}
			}
			return -1
		case adverbialStarts.Has(key):
			j = skipAdverbial(d, j, s.Last)
			continue
		case timeWords.Has(key) && (j+1 >= s.Last || d.Key(j+1) != "'s"):
			j++ // `said Monday that`, but not `condemned Friday's test`
			continue
		case (key == "last" || key == "this" || key == "next") && j+1 < s.Last && timeNouns.Has(d.Key(j+1)):
			j += 2 // said last week that
			continue
		case key == "not" && j+1 < s.Last && d.Key(j+1) == "to" && (f.class == Commitment || f.class == Intention || willVerbs.Has(f.lemma)):
			return j // `vowed not to buy the cookies`, `promised not to raise taxes`
		case objectVerbs.Has(f.lemma) && skipped == 0 && (key == "not" || key == "never"):
			return -1 // `who asked not to be named`: a request for anonymity
		case objectVerbs.Has(f.lemma) && skipped == 0:
			k := skipObject(d, j, s.Last, e.cues.determiners)
			if k > j && k < s.Last && d.Key(k) == "to" && f.lemma != "promise" {
				return j // `asked the department to investigate`: the object is the infinitive's subject
			}
			if k > j && k < s.Last && d.Tokens[k].Kind == text.Mark && cover[k] >= 0 && qs[cover[k]].Role == Fragment {
				return j // `asked them "pray hard"`: the object and the quoted words it is to say or do
			}
			j = k
			continue
		case e.isCue(d, j, s.Last) && verbForm(d.Key(j)):
			return -1 // `who asked not to be named, said …`: the next verb is another cue's
		case clauseStart(d, j, e.cues.determiners) || t.Kind == text.Word && auxiliaryWithin(d, j+1, s.Last, auxReach(f)):
			return j // `said inflation would fall`
		case skipped == 0 && auxiliaries.Has(key) && relativeGap(d, end-1, s.First):
			return j // `policies, which he said had harmed the economy`: which is the content's subject
		case coordinators.Has(key):
			return -1 // `feel and …`: no complement
		case f.class == Evaluation || f.class == Intention || f.class == Evidence || participle:
			return j // "criticized the plan", "wants a deal", "found no evidence", ", citing low growth"
		case (f.lemma == "say" || f.class == Cognition) && t.Kind == text.Word && bareClause(d, j, s.Last):
			return j // `said inevitable economic changes cost …`, `says expanding the monument will …`
		case f.lemma != "say" && skipped == 0 && t.Kind == text.Word && t.Flags&text.Lower != 0 && isParticiple(key) &&
			!e.isCue(d, j, s.Last) && (verbForm(d.Key(cueHead(end, f))) || strings.HasSuffix(d.Key(cueHead(end, f)), "s") ||
			end-1 > cueHead(end, f)): // `worry about losing their jobs`: after the cue's preposition
			return j // `reported spending $6 million`, `admitted using the server`: a gerund is the object
		case f.lemma != "say" && t.Kind == text.Word && t.Flags&text.Lower != 0 && bareObject(d, j, s.Last) &&
			(verbForm(d.Key(cueHead(end, f))) || isParticiple(d.Key(cueHead(end, f))) || skipped > 0 || f.class == Cognition && asWithin(d, j, min(j+4, s.Last))):
			return j // `referred to undocumented immigrants as "rapists"`, `claiming victory`
		default:
			return -1
		}
	}
	return -1
}

// titleEnd returns the token after the closing mark of the title whose opening mark is token
// j, if it follows a preposition or a possessive (`on "Meet the Press"`, `on NBC's "Today"`),
// or j.
func titleEnd(d *text.Doc, cover []int32, qs []Quote, j int) int {
	q := cover[j]
	if q < 0 || qs[q].Role != Title || len(qs[q].Marks) < 2 || j == 0 || !adverbialStarts.Has(d.Key(j-1)) && !possessiveBefore(d, j-1) {
		return j
	}
	k := d.TokenAt(qs[q].Marks[len(qs[q].Marks)-1].Start)
	if k <= j || cover[k] != q {
		return j
	}
	return k + 1
}

// contentEnd returns the token after a complement that starts at token start: the end of the
// sentence (its final punctuation excluded), a semicolon, or a comma that opens another clause
// (`, but`, `, while`, `, saying …`), or a lone dash that adds the writer's comment. An aside
// between two dashes sits inside the content. An object noun phrase (np) ends at its first
// comma or relative pronoun: `criticized Clinton's email use, which …`.
func (e *Extractor) contentEnd(d *text.Doc, s text.Segment, start int, cover []int32, np bool) int {
	stop := min(lastWordless(d, s), start+maxContent)
	for k := start; k < stop; k++ {
		key := d.Key(k)
		if key == ";" || key == ":" && k > start && k+1 < len(d.Tokens) && cover[k+1] >= 0 {
			stop = k // `said he was too busy: "I have a lot going on."`: the quotation is a statement of its own
			break
		}
		if k == start {
			continue
		}
		if (key == "in" || key == "during" || key == "at" || key == "on" || key == "via") && speechEvent(d, k+1, stop) {
			stop = k // `said he would win in an interview with CNN`: where it was said, not what
			break
		}
		if np && (key == "in" || key == "during" || key == "at" || key == "on") && wordWithin(d, k+1, stop, 5, occasionNouns) && !eventIn(d, start, k) {
			// `criticized him in an article`, `praised it at a rally in Ohio`: where, not what;
			// but `her speech at a rally` is one event placed.
			stop = k
			break
		}
		if key == "through" && (speechEvent(d, k+1, stop) || wordWithin(d, k+1, stop, 3, mouthpieces)) {
			stop = k // `denied the charges through his lawyer`: who carried it, not what was said
			break
		}
		if d.Tokens[k].Kind == text.Punct && asideDash(d, k) {
			if c := nextDash(d, k+1, stop); c > 0 {
				k = c // `that the plan – in his view – failed`: an aside between dashes
				continue
			}
			if !np && !dashGoesOn(d, k+1, stop) {
				stop = k // `… predicted a victory - a landslide by any measure`: a lone dash adds the writer's comment
				break
			}
		}
		if np && key == "," && k > start+1 && k+1 < stop && !coordinators.Has(d.Key(k-1)) && !coordinators.Has(d.Key(k+1)) && d.Key(k-1) != "that" && closedAside(d, k+1, stop) {
			// `hoped the meeting, set for May, would help`: an aside closed by a comma and a verb
			// shows the object was a clause's subject, and the clause goes on.
			k = firstComma(d, k+1, min(stop, k+1+maxAside))
			continue
		}
		if np && (isComma(d, k) && !listGoesOn(d, k+1, stop) && !(key == "," && k+1 < stop && (examples(d.Key(k+1)) || lastItem(d, k+1, stop) || parallelItems(d, k+1, stop) || e.withFigures(d, k+1, stop) || thatAgain(d, k+1, stop) || orAlternative(d, k+1, stop) || d.Key(k+1) == "as" && asPredicate(d, k+2, stop))) || key == "because" || key == "and" && k+1 < stop && finiteVerb(d, k+1)) {
			stop = k // `criticized the plan, …`, `denied the claim and left`: the object ends
			break
		}
		if np && k > start && !isComma(d, k-1) && (trailingFrame(d, k, stop) || trailingTime(d, k, stop)) {
			stop = k // `… backed gay marriage after his son came out`: the writer's frame
			break
		}
		if k > start+2 && !isComma(d, k-1) && e.subordinateCue(d, k, stop) {
			stop = k // `… will not be charged after prosecutors determined …`: a statement of its own
			if key == "as" {
				stop-- // `even as`
			}
			break
		}
		if np && key == "but" && k > start && !isComma(d, k-1) && butClause(d, k+1, stop) {
			stop = k // `… was meeting with officials but would not say who`: the writer goes on
			break
		}
		if (key == "and" || key == "but") && k+1 < stop && (e.coordinatedCue(d, k+1, stop) && !bareInfinitive(d, start, k) || e.subjectAndCue(d, k+1, stop) ||
			isParticiple(d.Key(k+1)) && e.isCue(d, k+1, stop)) {
			stop = k // `said she regretted her remarks and promised to stay out of it`, `… and saying`
			break
		}
		if key == "," && k+1 < stop {
			n := k + 1 // the word after the comma, past a closing mark: `"non-entities," but he …`
			if d.Tokens[n].Kind == text.Mark && d.Tokens[n].Flags&text.SpaceBefore == 0 && n+1 < stop {
				n++
			}
			next := d.Key(n)
			// A relative clause closed by a comma sits inside the content
			// (`the plan, which passed in May, will fail`), and so does one of place (`moved to
			// Ohio, where wages are lower`); one of time is the writer's (`…, when he spoke`).
			if relatives.Has(next) && next != "because" && !closedRelative(d, n, stop) || next == "when" && firstComma(d, n, stop) < 0 {
				stop = k // `… a call from her niece, who had grown up abroad.`: about the niece
				break
			}
			// A concession with no subject of its own qualifies the content (`possible, though
			// not likely`); one with a subject is the writer's (`…, though he left`).
			if clauseBreakers.Has(next) && !((next == "though" || next == "although") && n+1 < stop && !newSubject(d, n+1) && !opensSubject(d, n+1)) && !((next == "but" || next == "yet") && n+1 < stop && sameSubject(d, n+1) && !e.isCue(d, n+1, stop)) ||
				next == "and" && n+1 < stop && (newSubject(d, n+1) && !(np && lastName(d, k, stop)) || (opensSubject(d, n+1) || bareSubject(d, n+1)) && clauseAhead(d, n+1, stop) ||
					(d.Key(n+1) == "when" || d.Key(n+1) == "after") && n+2 < stop && d.Tokens[n+2].Flags&text.Lower != 0 && strings.HasSuffix(d.Key(n+2), "ed")) {
				stop = k // `…, but critics disagreed`, `…, and he reiterated his claim`
				break
			}
			if (next == "a" || next == "an" || next == "the" && trailingApposition(d, start, k, stop, np)) && !listGoesOn(d, n, stop) && !closedAside(d, n, stop) {
				stop = k // `…, a move that could split the party`: the writer's apposition to the content
				break
			}
			if (next == "despite" || next == "after" || next == "as" && !asWellAs(d, n, stop) && !asPredicate(d, n+1, stop) || next == "compared" || next == "even" && n+1 < stop && subordinators.Has(d.Key(n+1)) && d.Key(n+1) != "if") && !closedAside(d, n, stop) {
				// `…, even if the vote fails` is a condition of the content, not the writer's frame.
				stop = k // `…, despite a drop in the polls`, `…, as critics object`, `…, compared with`: the writer's frame
				break
			}
			if p := n; p+1 < stop && strings.HasSuffix(next, "ly") && d.Tokens[p].Flags&text.Lower != 0 {
				next = d.Key(p + 1) // `, implicitly putting`
			}
			if d.Tokens[n].Flags&text.Lower != 0 && isParticiple(next) && next != "including" && !closedAside(d, n, stop) {
				stop = k // `…, implicitly putting his name on the line`: the writer's aside, not the content
				break
			}
			if f, _, ok := e.cues.cueAt(d, n, stop); ok && f.class != Manner {
				stop = k // `…, saying that …`, `who asked not to be named, said …`: another statement
				break
			}
			if e.subjectAndCue(d, n, stop) && firstComma(d, n, stop) < 0 && verbBetween(d, start, k) && !andWithin(d, n, stop) {
				stop = k // `…, 39 have said they back Sanders`: a second statement with a subject of its own
				break
			}
			if resumesPredicate(d, n, stop) && firstComma(d, start, k) < 0 && nextDash(d, start, k) < 0 {
				stop = k // `the judge, who declined to comment, was born in Ohio`: the comma closes the aside that holds the cue
				break
			}
			if e.closingCue(d, n, stop) {
				stop = k // `agreed to sell it in 2010, records show.`: a source fronts the content
				break
			}
		}
	}
	for stop > start && d.Tokens[stop-1].Kind == text.Punct {
		stop-- // a trailing comma or dash
	}
	return stop
}

// maxClosingSubject is how many words may name the source of a closing cue: `, a spokesman
// for the council said.`
const maxClosingSubject = 6

// closingCue reports whether the words from token n to stop, the end of the sentence's words,
// are a short subject and a cue that close the sentence: `…, records show.`, `…, aides said.`.
func (e *Extractor) closingCue(d *text.Doc, n, stop int) bool {
	for j := n + 1; j < stop && j <= n+maxClosingSubject; j++ {
		if d.Tokens[j].Kind != text.Word {
			return false
		}
		if f, end, ok := e.cues.cueAt(d, j, stop); ok {
			return end == stop && f.class != Manner && d.Tokens[n].Kind == text.Word
		}
	}
	return false
}

// butClause reports whether the words from token j, after a "but" with no comma, open a
// second predicate or clause: a finite verb, `not`, `also`, or a subject and verb of their own.
func butClause(d *text.Doc, j, limit int) bool {
	if j >= limit || d.Tokens[j].Kind != text.Word {
		return false
	}
	k := d.Key(j)
	if d.Tokens[j].Flags&text.Lower != 0 && (finiteVerb(d, j) || irregularPast.Has(k) || k == "not" || k == "also") {
		return true
	}
	return (opensSubject(d, j) || bareSubject(d, j)) && clauseAhead(d, j, limit)
}

// nameAndVerb reports whether a name of a few capitalised words at token j is followed by a
// finite verb: `and Mr. Trump has disparaged …`, `and Emanuel fired …`.
func nameAndVerb(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k < j+4; k++ {
		t := &d.Tokens[k]
		if t.Flags&text.Upper != 0 || t.Kind == text.Punct && d.TokenText(k) == "." {
			continue
		}
		return k > j && t.Kind == text.Word && t.Flags&text.Lower != 0 && (auxiliaries.Has(d.Key(k)) || finiteVerb(d, k) || irregularPast.Has(d.Key(k)))
	}
	return false
}

// trailingFrame reports whether token k, after an object noun phrase, opens the writer's frame
// of the report, a clause of time (`after his son came out`, `when the poll was taken`), or a
// clause of its own after and or but (`and she left`, `and Mr. Lee signed …`).
func trailingFrame(d *text.Doc, k, limit int) bool {
	switch d.Key(k) {
	case "and", "but":
		// `it` may be a second object: `praised the plan and it alone`.
		return k+2 < limit && (subjectPronouns.Has(d.Key(k+1)) && d.Key(k+1) != "it" && d.Tokens[k+2].Kind == text.Word || nameAndVerb(d, k+1, limit))
	case "after", "when", "before":
		j := k + 1
		return j < limit && (opensSubject(d, j) || bareSubject(d, j)) && clauseAhead(d, j, limit)
	}
	return false
}

// andWithin reports whether "and" or "or" stands among the maxCoordinatedSubject words from
// j: `…, Bash and Blitzer had mentioned`, the last items of a list that is one subject.
func andWithin(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k <= j+maxCoordinatedSubject; k++ {
		if key := d.Key(k); key == "and" || key == "or" {
			return true
		}
	}
	return false
}

// maxSubordinateSubject is how many words the subject of a cue after a subordinator may have:
// `after leaked emails showed`, `while doctors and medical experts warned`.
const maxSubordinateSubject = 5

// subordinateCue reports whether token k opens a subordinate clause of time or contrast with a
// subject and a cue of speech or evidence of its own (`… after prosecutors determined there was no case`,
// `… while doctors warned of an outbreak`): that clause reports another statement, not more
// content. A pronoun subject is most often the one the content is about (`dropped the mayor
// after he suggested a curfew`), and a because-clause gives the content's reason: on PolNeAR
// dev both belonged to the content more often than not.
func (e *Extractor) subordinateCue(d *text.Doc, k, limit int) bool {
	switch d.Key(k) {
	case "after", "while", "when", "since", "before":
	case "as":
		if d.Key(k-1) != "even" {
			return false // `sees the vote as a test`, `as well as`: no clause
		}
	default:
		return false
	}
	j := k + 1
	if j >= limit || subjectPronouns.Has(d.Key(j)) || !opensSubject(d, j) && !bareSubject(d, j) {
		return false
	}
	for m := j + 1; m < limit && m <= j+maxSubordinateSubject; m++ {
		key := d.Key(m)
		if d.Tokens[m].Kind != text.Word && d.Tokens[m].Kind != text.Number || relatives.Has(key) || key == "that" {
			return false
		}
		if f, end, ok := e.cues.cueAt(d, m, limit); ok {
			// `when late-night calls came in`: a noun of the subject, and its verb after it
			return (f.class.reports() || f.class == Evidence) && !isParticiple(key) && !(end < limit && (auxiliaries.Has(d.Key(end)) || finiteVerb(d, end) || irregularPast.Has(d.Key(end))))
		}
	}
	return false
}

// timePhrase reports whether tokens [j, k) are a phrase of time only, not a subject: `on
// Sunday`, `in May`, `on Tuesday night` between an apposition's comma and its cue.
func timePhrase(d *text.Doc, j, k int) bool {
	switch d.Key(j) {
	case "on", "in", "at", "during", "last", "early", "late", "earlier", "later":
	default:
		return false
	}
	for m := j + 1; m < k; m++ {
		if d.Tokens[m].Kind == text.Word && d.Tokens[m].Flags&text.Upper != 0 && !timeWords.Has(d.Key(m)) && !monthNames.Has(d.Key(m)) {
			return false // `in Washington`, `at the White House`: a place may hold a subject after it
		}
	}
	return true
}

// oneWordObject reports whether token k alone is what the cue f reports: what a cue of
// judgement or intent is about (`opposes abortion`, `endorsed Clinton`), or a name or a
// pronoun that any other cue but say takes as its object (`thanked Trump`, `criticized him`),
// or an answer (`said yes`, `thinks so`); not the one told (`told Trump`).
func oneWordObject(d *text.Doc, f cueForm, k int) bool {
	if f.lemma == "tell" || d.Tokens[k].Kind != text.Word {
		return false
	}
	if key := d.Key(k); key == "yes" || key == "no" || key == "so" {
		return true // an answer: `said yes`, `thinks so`
	}
	if f.class == Evaluation || f.class == Intention {
		return true
	}
	if f.lemma == "say" {
		return false
	}
	switch d.Key(k) {
	case "him", "her", "them", "it", "this", "that", "me", "us", "you":
		return true
	}
	return d.Tokens[k].Flags&text.Upper != 0
}

// trailingTime reports whether token k, after an object noun phrase, opens an adverbial of
// time that ends the clause: `endorsed Clinton in early June.`, `praised him last week.`,
// `backed it Tuesday.`.
// One that more words follow may belong to the object (`his visit on Monday to Ohio`), unless
// they tell the occasion (`praised it Friday afternoon on his show`).
func trailingTime(d *text.Doc, k, limit int) bool {
	j := k + 1 // the time word
	switch d.Key(k) {
	case "last", "this", "next":
		if j >= limit || !timeNouns.Has(d.Key(j)) {
			return false
		}
	case "in", "on":
		if j < limit && (d.Key(j) == "early" || d.Key(j) == "late") {
			j++
		}
		if j >= limit || !(timeWords.Has(d.Key(j)) || monthNames.Has(d.Key(j)) && d.Tokens[j].Flags&text.Upper != 0) {
			return false
		}
	default:
		if !timeWords.Has(d.Key(k)) {
			return false
		}
		j = k // `praised the plan Tuesday.`
	}
	if j+1 < limit && timeNouns.Has(d.Key(j+1)) {
		j++ // `Friday afternoon`
	}
	// The clause ends there, or goes on with more of where or when: `praised it this week on
	// his radio show`.
	return j+1 >= limit || d.Tokens[j+1].Kind == text.Punct || occasionStarts.Has(d.Key(j+1)) && d.Tokens[j+1].Flags&text.Lower != 0
}

// occasionStarts open a phrase of the occasion that may follow a time after an object (`on
// his radio show`, `at a forum`, `during a debate`); in and over may open more of the object
// (`victories Tuesday in Texas`, `on Monday over his stance`).
var occasionStarts = lexicon.NewSet(map[string]bool{"on": true, "at": true, "during": true, "via": true})

// monthNames are the months, which a time adverbial may name: `in early June`.
var monthNames = lexicon.NewSet(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, // as news abbreviates them
})

// trailingApposition reports whether ", the" at token comma, in content from token start,
// adds the writer's apposition to the last noun and ends the sentence (`… in partnership with
// NATO, the existing alliance.`): the words before it are an object or a clause with a verb
// of its own (not `that by the end of May, the plan …`), and the apposition holds no comma or
// "and" outside a relative clause, as a list or an aside would.
func trailingApposition(d *text.Doc, start, comma, limit int, np bool) bool {
	first := start
	if d.Key(first) == "that" {
		first++
	}
	if first >= comma || subordinators.Has(d.Key(first)) || prepositions.Has(d.Key(first)) || adverbialStarts.Has(d.Key(first)) ||
		!np && !verbBetween(d, first, comma) {
		return false
	}
	relative := false
	for k := comma + 1; k < limit; k++ {
		key := d.Key(k)
		if isComma(d, k) {
			return false
		}
		if key == "that" || key == "who" || key == "which" {
			relative = true // `, the alliance that includes Ohio and Iowa`: the and is the relative clause's
		}
		// An and after a relative may still add an item to a list: `…, the end of loopholes
		// that favour the rich and for relief …`.
		if (key == "and" || key == "or") && (!relative || k+1 < limit && prepositions.Has(d.Key(k+1))) {
			return false
		}
	}
	return true
}

// verbBetween reports whether a finite verb stands among tokens [from, to): an auxiliary or a
// past form in lower case.
func verbBetween(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if auxiliaries.Has(d.Key(k)) && d.Tokens[k].Flags&text.Lower != 0 {
			return true
		}
	}
	return pastVerbWithin(d, from, to)
}

// asideDash reports whether token k is a dash that sets off a phrase: an em or en dash, or a
// hyphen or double hyphen with a space before it (not the hyphen of `fourth- and fifth-grade`).
func asideDash(d *text.Doc, k int) bool {
	switch d.TokenText(k) {
	case "—", "―", "–":
		return true
	case "-", "--":
		return d.Tokens[k].Flags&text.SpaceBefore != 0
	}
	return false
}

// dashGoesOn reports whether the words after a lone dash from token j go on with the content:
// an example or a list (`— including Bush`, `— like the tax`) or a clause of the same report (`—
// and that the vote was rigged`, `— that the plan failed`).
func dashGoesOn(d *text.Doc, j, limit int) bool {
	if j >= limit {
		return false
	}
	switch k := d.Key(j); k {
	case "including", "like", "especially", "particularly", "such", "that", "notably":
		return true
	case "and", "or":
		return j+1 < limit && d.Key(j+1) == "that"
	}
	return false
}

// nextDash returns the first dash that sets off a phrase among tokens [from, to), or -1.
func nextDash(d *text.Doc, from, to int) int {
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind == text.Punct && asideDash(d, k) {
			return k
		}
	}
	return -1
}

// closedAside reports whether the phrase from token j closes with a comma within a few words
// and the clause goes on with a verb: `the plan, costing $5 billion, would fail`.
func closedAside(d *text.Doc, j, limit int) bool {
	c := firstComma(d, j, min(limit, j+maxAside))
	return c > 0 && c+1 < limit && (auxiliaries.Has(d.Key(c+1)) || finiteVerb(d, c+1) ||
		irregularPast.Has(d.Key(c+1)) && d.Tokens[c+1].Flags&text.Lower != 0 || // `the gunman, a guard, held`
		asComplement(d, c+1, limit)) // `singled out the aide, a veteran, as the culprit`
}

// asComplement reports whether token j opens an `as` phrase that completes the verb's object
// (`as the culprit`, `as saying`) rather than a clause of the writer's (`as the vote began`).
func asComplement(d *text.Doc, j, limit int) bool {
	if d.Key(j) != "as" || j+1 >= limit {
		return false
	}
	if isParticiple(d.Key(j + 1)) {
		return true
	}
	if d.Key(j+1) != "the" && d.Key(j+1) != "a" && d.Key(j+1) != "an" {
		return false
	}
	for k := j + 2; k < limit && k < j+2+maxBareClause; k++ {
		if d.Tokens[k].Kind == text.Punct {
			break
		}
		if finiteVerb(d, k) {
			return false
		}
	}
	return true
}

// closedRelative reports whether the relative clause from token j closes with a comma before
// the verb of the clause around it: `the plan, which passed in May, will fail`, not `the plan,
// which passed in May, according to the mayor`.
func closedRelative(d *text.Doc, j, limit int) bool {
	for c := firstComma(d, j, min(limit, j+maxRelativeAside)); c > 0 && c+1 < limit; c = firstComma(d, c+1, min(limit, j+maxRelativeAside)) {
		if verbAfter(d, c+1, limit) {
			return true
		}
	}
	return false
}

// maxAside bounds an aside between commas inside reported content.
const maxAside = 12

// cueHead returns the index of the first word of a cue that ends before token end: `referred`
// in `referred to`.
func cueHead(end int, f cueForm) int { return end - 1 - strings.Count(f.lemma, " ") }

// asWithin reports an as among tokens (j, limit) after a bare noun phrase: `see golf courses
// as wasted space`, the judgement a cue of thought reports.
func asWithin(d *text.Doc, j, limit int) bool {
	for k := j + 1; k < limit; k++ {
		if d.Tokens[k].Kind != text.Word {
			return false
		}
		if d.Key(k) == "as" {
			return true
		}
	}
	return false
}

// bareObject reports whether a noun phrase without a determiner may start at token j: a word
// that is no preposition, conjunction, adverb, auxiliary or participle (`claimed victory`,
// `referred to undocumented immigrants as …`).
func bareObject(d *text.Doc, j, limit int) bool {
	key := d.Key(j)
	if prepositions.Has(key) || adverbialStarts.Has(key) || coordinators.Has(key) || relatives.Has(key) || subordinators.Has(key) ||
		auxiliaries.Has(key) || nounMarkers[key] || key == "to" || key == "not" || key == "so" || key == "up" ||
		key == "out" || key == "back" || key == "off" || key == "down" || strings.HasSuffix(key, "ly") ||
		isParticiple(key) {
		return false
	}
	return true
}

// bareClause reports whether a clause with no complementizer starts at token j after a verb of
// saying or thinking: a word that is no preposition, conjunction or relative, and, within the
// next dozen words, a finite verb form the clause can hang on (an auxiliary, or a word in -ed
// or -s after a noun).
func bareClause(d *text.Doc, j, limit int) bool {
	key := d.Key(j)
	if prepositions.Has(key) || adverbialStarts.Has(key) || coordinators.Has(key) || relatives.Has(key) || subordinators.Has(key) || key == "according" {
		return false // `said Monday, according to audio provided by …`: no clause of its own
	}
	reach := j + maxBareClause
	for k := j + 1; k < limit && k <= reach; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Punct && d.TokenText(k) == "," {
			far := reach // `the bridge, at 40 million euros, was`: a short aside between commas
			if k+1 < limit && (d.Key(k+1) == "which" || d.Key(k+1) == "who" || d.Key(k+1) == "whose") {
				far = k + maxRelativeAside // `the group, which has been the target of …, is`
			}
			if c := firstComma(d, k+1, min(limit, far)); c > 0 {
				reach += c - k
				k = c
				continue
			}
		}
		if t.Kind == text.Punct && (isComma(d, k) || stopsClause(d.TokenText(k))) {
			return false
		}
		if t.Kind != text.Word {
			continue
		}
		kk := d.Key(k)
		if auxiliaries.Has(kk) && t.Flags&text.Lower != 0 {
			return true // but `in May`, `Will Smith`: a capital inside a sentence names something
		}
		if k > 0 && (k > j+1 || pluralNoun(d, j)) && t.Flags&text.Lower != 0 && irregularPast.Has(kk) && (d.Tokens[k-1].Kind == text.Word && !nounMarkers[d.Key(k-1)] || isComma(d, k-1)) {
			return true // `Omar Mateen, the man who took …, held two licenses`
		}
		if (k > j+1 || pluralNoun(d, j) && strings.HasSuffix(kk, "ed")) && len(kk) > 3 && !nounMarkers[kk] && (strings.HasSuffix(kk, "ed") || strings.HasSuffix(kk, "s") && !strings.HasSuffix(kk, "ss")) &&
			d.Tokens[k-1].Kind == text.Word && !prepositions.Has(d.Key(k-1)) && !nounMarkers[d.Key(k-1)] && !coordinators.Has(d.Key(k-1)) {
			return true // `the program expanded`, `Clinton puts`: a past or present verb after a noun (not `and boycotted`)
		}
	}
	return false
}

// listGoesOn reports whether the comma before token j separates the items of a list that ends
// with and or or within a few words (an item of up to four): `called Oz a quack, fake and charlatan`, `a kind, loving
// and admirable person`.
func listGoesOn(d *text.Doc, j, limit int) bool {
	for j < limit && d.Tokens[j].Kind == text.Mark {
		j++ // `a “nasty guy,” an “anchor baby” and …`: the closing mark of the item before
	}
	for k, n := j, 0; k < limit && n < 5 && k < j+maxListReach; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Mark {
			continue // `a “loser,” a “liar” and a “whiner”`: the marks of quoted items
		}
		if k > j && (t.Kind == text.Word && t.Flags&text.Upper != 0 && d.Tokens[k-1].Flags&text.Upper != 0 ||
			d.TokenText(k) == "." && d.Tokens[k-1].Flags&text.Upper != 0) {
			continue // `Ohio Gov. Ann Lee and …`: the words of one name count as one
		}
		n++
		switch {
		case d.Key(k) == "and" || d.Key(k) == "or":
			// An item that opens with its article has a partner that does too (`a “loser,” a
			// “liar” and a “whiner”`); `a banker and former official` is one phrase.
			return k > j && (!article(d.Key(j)) || k+1 < limit && article(d.Key(k+1)))
		case isComma(d, k) && d.TokenText(k) == ",":
		case k == j && article(d.Key(k)):
		case t.Kind != text.Word || t.Flags&(text.Lower|text.Upper) == 0 || auxiliaries.Has(d.Key(k)) || relatives.Has(d.Key(k)) ||
			prepositions.Has(d.Key(k)) || adverbialStarts.Has(d.Key(k)) || nounMarkers[d.Key(k)]:
			return false
		}
	}
	return false
}

// orAlternative reports whether "or" and a preposition or to at token j open an alternative
// to the phrase before the comma: `want the attacks to stick, or to appear weak`.
func orAlternative(d *text.Doc, j, limit int) bool {
	if j+1 >= limit || d.Key(j) != "or" {
		return false
	}
	switch d.Key(j + 1) {
	case "to", "from", "of", "in", "on", "with", "for", "about", "by":
		return true
	}
	return false
}

// asPredicate reports whether the words from token j, after ", as", are no clause but what the
// object is taken as (`pointed to the vote, as a sign of …`, `painted the mayor, Ann Lee, as a
// spendthrift`): no subject and verb, and no verb first (`, as have others`).
func asPredicate(d *text.Doc, j, limit int) bool {
	if j >= limit {
		return false
	}
	k := d.Key(j)
	return d.Tokens[j].Kind != text.Punct && !auxiliaries.Has(k) && !finiteVerb(d, j) && !strings.HasSuffix(k, "ed") && k != "that" && !mainClauseAt(d, j, limit)
}

// thatAgain reports whether the words from token j, after a comma, are "and that" or "but
// that" and a clause: a second that-clause of the same cue (`believe there are no good options,
// but that the lesser evil will do`), not that as a determiner (`but that report …`).
func thatAgain(d *text.Doc, j, limit int) bool {
	if j+2 >= limit || d.Key(j) != "and" && d.Key(j) != "but" || d.Key(j+1) != "that" {
		return false
	}
	k := d.Key(j + 2)
	return opensSubject(d, j+2) || k == "there" || k == "it" || k == "sometimes" || strings.HasSuffix(k, "ly") && d.Tokens[j+2].Flags&text.Lower != 0
}

// withFigures reports whether the phrase from token j is `with` and the figures that detail a
// finding, a number within a few words before any comma: `showed Lee ahead, with 40 percent
// behind her`, or `followed by` the next place of a ranking and its figure (`showed Lee at 40
// percent, followed by Kim at 30 percent`). On PolNeAR dev such a phrase belonged to the
// finding far more often than not; not one with a cue of its own (`, with a second poll
// showing …`), nor `with whom`.
func (e *Extractor) withFigures(d *text.Doc, j, limit int) bool {
	if j+2 < limit && d.Key(j) == "followed" {
		j++ // `, followed by the governor at 20 percent`: the next place in a ranking
		if strings.HasSuffix(d.Key(j), "ly") {
			j++
		}
		if d.Key(j) != "by" {
			return false
		}
	} else if j+1 >= limit || d.Key(j) != "with" || relatives.Has(d.Key(j+1)) {
		return false
	}
	for k := j + 1; k < limit && k <= j+maxAside; k++ {
		if isComma(d, k) || e.isCue(d, k, limit) {
			return false
		}
		if d.Tokens[k].Kind == text.Number {
			return true
		}
	}
	return false
}

// maxListReach bounds how far listGoesOn looks for the and of a list.
const maxListReach = 16

// examples reports whether key opens examples of the noun phrase before its comma: `several
// factors, including new voting laws`.
func examples(key string) bool {
	switch key {
	case "including", "especially", "particularly", "notably":
		return true
	}
	return false
}

// lastItem reports whether "and" or "or" at token j, after a comma, opens the last item of a
// list of noun phrases (`supported Cruz, Rubio, and Fiorina`), not a clause or a second verb
// (`…, and the mayor left`, `…, and was acquitted`).
func lastItem(d *text.Doc, j, limit int) bool {
	if j+1 >= limit || d.Key(j) != "and" && d.Key(j) != "or" {
		return false
	}
	return d.Tokens[j+1].Kind == text.Word && !finiteVerb(d, j+1) && !subjectPronouns.Has(d.Key(j+1)) && !clauseAhead(d, j+1, limit)
}

func article(key string) bool { return key == "a" || key == "an" || key == "the" }

// finiteVerb reports whether token j reads as a verb that needs a subject of its own: an
// auxiliary or a lower-case word in -ed (`and was acquitted`, `and made`, `and praised`).
func finiteVerb(d *text.Doc, j int) bool {
	k := d.Key(j)
	if auxiliaries.Has(k) {
		return true
	}
	return d.Tokens[j].Kind == text.Word && d.Tokens[j].Flags&text.Lower != 0 && len(k) > 4 && strings.HasSuffix(k, "ed")
}

// maxBareClause bounds how far bareClause looks for the clause's verb; maxRelativeAside, how
// long a relative clause between commas inside it may be.
const (
	maxBareClause    = 12
	maxRelativeAside = 30
)

// restrictiveRelative reports whether the cue at token i stands in a relative clause with no
// comma before its pronoun, whose pronoun is the cue's subject: `the gunman who had pledged
// …`, `anyone that wants …`. The clause sits inside the subject of a main clause.
func restrictiveRelative(d *text.Doc, i, first int) bool {
	k := i - 1
	for k > first && (auxiliaries.Has(d.Key(k)) || d.Key(k) == "also" || d.Key(k) == "not") {
		k-- // `who had pledged`, `who also wants`
	}
	if k <= first || d.Key(k) != "who" && d.Key(k) != "that" {
		return false
	}
	p := &d.Tokens[k-1]
	return p.Kind == text.Word && !prepositions.Has(d.Key(k-1)) && !auxiliaries.Has(d.Key(k-1)) && !strings.HasSuffix(d.Key(k-1), "ed") && !verbForm(d.Key(k-1))
}

// participleSubject reports whether the cue at token i is a participle that follows a noun
// at the head of its sentence, with no verb before it: `Hackers backing the regime …`, `A
// petition calling for …`. The participle's phrase is part of the subject.
func participleSubject(d *text.Doc, i, first int) bool {
	if !isParticiple(d.Key(i)) || i <= first {
		return false
	}
	p := d.Key(i - 1)
	if d.Tokens[i-1].Kind != text.Word || prepositions.Has(p) || coordinators.Has(p) || subordinators.Has(p) || auxiliaries.Has(p) || nounMarkers[p] || p == "not" || strings.HasSuffix(p, "ly") {
		return false
	}
	for k := first; k < i; k++ {
		if t := &d.Tokens[k]; t.Kind == text.Punct || finiteVerb(d, k) || irregularPast.Has(d.Key(k)) && t.Flags&text.Lower != 0 {
			return false
		}
	}
	return true
}

// mainVerb returns where the main clause's verb, after an object or infinitive in a relative
// clause that starts at token start, ends that clause (`… allegiance to the group shot three
// guards`, `… to leave said …`), or stop if none does: an auxiliary, an irregular past or a cue
// after a word. A clause opened inside the content first may own that verb (`a study that the
// agency found was flawed`): then none ends it.
func (e *Extractor) mainVerb(d *text.Doc, start, stop int) int {
	for k := start + 1; k < stop; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word || t.Flags&text.Lower == 0 {
			continue
		}
		key := d.Key(k)
		if relatives.Has(key) || complementizers.Has(key) || key == "that" || key == "what" || subjectPronouns.Has(key) {
			return stop
		}
		if !auxiliaries.Has(key) && !irregularPast.Has(key) && !(verbForm(key) && e.isCue(d, k, stop)) {
			continue
		}
		if d.Tokens[k-1].Kind != text.Word || d.Key(k-1) == "to" {
			return stop
		}
		if coordinators.Has(d.Key(k - 1)) {
			return k - 1 // `who thanked Ms. Lee but left early`: a second verb of the relative clause
		}
		return k
	}
	return stop
}

// relativeGap reports whether a relative pronoun stands shortly before the cue ending at token
// cueLast, with the cue's subject between them (`which he said`, `which Democrats say`), or the
// subject follows a noun with no pronoun (`a probe the agency said`): the reported clause then
// has no subject of its own.
func relativeGap(d *text.Doc, cueLast, first int) bool { return gapSubject(d, cueLast, first) >= 0 }

// gapSubject returns where the subject of the cue ending at token cueLast starts when
// relativeGap holds, or -1.
func gapSubject(d *text.Doc, cueLast, first int) int {
	for k := cueLast - 1; k > first && k >= cueLast-maxRelativeSubject-2; k-- {
		key := d.Key(k)
		switch key {
		case "which", "that", "who", "what":
			if k < cueLast-1 {
				return k + 1 // a subject between them
			}
			return -1
		}
		if d.Tokens[k].Kind != text.Word {
			return -1
		}
		if (subjectPronouns.Has(key) || key == "the") && zeroRelative(d, k-1) {
			return k // `a probe the agency said was ongoing`, `a gift he knew would help`
		}
	}
	return -1
}

// zeroRelative reports whether token k is a noun that a relative clause without a pronoun
// may follow: a lower-case word that is no verb, preposition, conjunction or determiner.
func zeroRelative(d *text.Doc, k int) bool {
	t := &d.Tokens[k]
	key := d.Key(k)
	if t.Kind != text.Word || t.Flags&text.Lower == 0 || prepositions.Has(key) || adverbialStarts.Has(key) ||
		coordinators.Has(key) || subordinators.Has(key) || auxiliaries.Has(key) || nounMarkers[key] ||
		complementizers.Has(key) || subjectPronouns.Has(key) || key == "that" || key == "to" || key == "not" {
		return false
	}
	return !strings.HasSuffix(key, "ed") && !strings.HasSuffix(key, "ly") && !isParticiple(key) && !irregularPast.Has(key)
}

// verbForm reports whether a cue word reads as a verb in the past (asked, said, told) rather
// than as a noun or a gerund that may open content ("praise from Putin", "seeing so many
// officers was welcome").
func verbForm(key string) bool {
	switch key {
	case "said", "told", "says", "wrote", "thought", "felt", "knew", "saw", "found", "spoke":
		return true
	}
	return strings.HasSuffix(key, "ed")
}

// coordinatedCue reports whether a cue stands at token j, or after one adverb: the second verb
// of `said … and promised …`, `said … and then suggested …`.
func (e *Extractor) coordinatedCue(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k <= j+2; k++ {
		if f, _, ok := e.cues.cueAt(d, k, limit); ok && f.class != Manner && !isParticiple(d.Key(k)) {
			return true
		}
		if !auxiliaries.Has(d.Key(k)) && !adverbialStarts.Has(d.Key(k)) {
			return false // `and promised`, `but has also emphasised`
		}
	}
	return false
}

// maxCoordinatedSubject is how many words the subject of a second attribution after "and" may
// have: `and other GOP leaders said`, `and more than 4 in 10 said`.
const maxCoordinatedSubject = 5

// subjectAndCue reports whether a clause of its own attribution starts at token j: a short
// subject of words and numbers, then a cue of speech in the past, present or perfect tense
// (`…, and other party leaders said …`, `and critics say`, `and others have said`). Content
// ends before it.
func (e *Extractor) subjectAndCue(d *text.Doc, j, limit int) bool {
	if !opensSubject(d, j) && !groupSubjects.Has(d.Key(j)) {
		return false // `and that the alliance should agree`: more content
	}
	for k := j + 1; k < limit && k <= j+maxCoordinatedSubject; k++ {
		switch d.Tokens[k].Kind {
		case text.Word, text.Number:
		default:
			return false
		}
		if f, _, ok := e.cues.cueAt(d, k, limit); ok {
			return f.class == Speaking && !isParticiple(d.Key(k)) && (!auxiliaries.Has(d.Key(k-1)) || k-1 > j && perfect(d.Key(k-1))) && !relatives.Has(d.Key(k-1)) && d.Key(k-1) != "that"
		}
	}
	return false
}

// perfect reports whether key is an auxiliary of the perfect, which may stand between a
// second subject and its cue (`and others have said`), where a modal makes a coordinated
// subject's plan (`California and Colorado will clarify`).
func perfect(key string) bool { return key == "have" || key == "has" || key == "had" }

// groupSubjects are the pronouns and plural nouns of people that name a cue's subject without
// a determiner: `officials said`, `respondents said`, `aides say`.
var groupSubjects = lexicon.NewSet(map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"officials": true, "critics": true, "experts": true, "analysts": true, "voters": true,
	"people": true, "supporters": true, "opponents": true, "republicans": true, "democrats": true,
	"respondents": true, "aides": true, "advisers": true, "advisors": true, "lawmakers": true,
	"investigators": true, "prosecutors": true, "economists": true, "researchers": true,
	"scientists": true, "residents": true, "witnesses": true, "organizers": true,
	"strategists": true, "sources": true, "observers": true, "activists": true, "leaders": true,
	"diplomats": true, "doctors": true, "police": true, "authorities": true, "employees": true,
	"workers": true, "staffers": true, "members": true, "students": true, "parents": true,
	"teachers": true, "delegates": true, "donors": true, "allies": true, "friends": true,
	"colleagues": true, "neighbors": true, "neighbours": true, "executives": true,
	"historians": true, "scholars": true, "pollsters": true, "insiders": true, "americans": true,
	"conservatives": true, "liberals": true, "progressives": true, "moderates": true,
	"independents": true, "evangelicals": true, "forecasters": true, "investors": true,
	"traders": true, "citizens": true, "protesters": true, "demonstrators": true, "others": true,
})

// mainClauseAt reports whether a subject and its finite verb start at token j: `…, he
// looked up`, `…, U.S. forces bombed …`.
func mainClauseAt(d *text.Doc, j, limit int) bool {
	if j+1 < limit && (d.Key(j) == "and" || d.Key(j) == "but") {
		j++ // `…, and Sen. Lee kept asking …`
	}
	return j < limit && (newSubject(d, j) || opensSubject(d, j) || bareSubject(d, j) || d.Key(j) == "this") && clauseAhead(d, j, limit)
}

// clauseAhead reports whether a clause with its own finite verb (an auxiliary, a past form or
// say) starts at token j, the verb within ten words: `…, and an article cited by her campaign
// quoted …`, `…, and engineers say …`, not `…, and a visual vote`.
func clauseAhead(d *text.Doc, j, limit int) bool {
	for k := j + 1; k < limit && k <= j+10; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Punct {
			return false
		}
		if t.Kind == text.Word && t.Flags&text.Lower != 0 && (auxiliaries.Has(d.Key(k)) || sayVerbs.Has(d.Key(k)) || pastVerbWithin(d, k, k+1) && !nounMarkers[d.Key(k-1)]) {
			return true
		}
	}
	return false
}

// bareSubject reports whether token j may open a subject with no determiner after ", and": a
// lower-case word that is no verb, preposition, conjunction or adverb (`…, and aides say …`,
// `…, and none has said …`), not `…, and pushed to …` or `…, and in any event …`.
func bareSubject(d *text.Doc, j int) bool {
	t := &d.Tokens[j]
	k := d.Key(j)
	return t.Kind == text.Word && t.Flags&text.Lower != 0 && !prepositions.Has(k) && !adverbialStarts.Has(k) &&
		!auxiliaries.Has(k) && !coordinators.Has(k) && !relatives.Has(k) && !complementizers.Has(k) && !nounMarkers[k] &&
		k != "to" && k != "that" && k != "not" && !isParticiple(k) && !strings.HasSuffix(k, "ed") &&
		!strings.HasSuffix(k, "ly") && !irregularPast.Has(k)
}

// sayVerbs are the finite forms of say and tell, the verbs of a clause that reports anew:
// `…, and three in four said the same`.
var sayVerbs = lexicon.NewSet(map[string]bool{"say": true, "says": true, "said": true, "tell": true, "tells": true, "told": true})

// speechEvent reports whether one of the three tokens from j names the occasion of a
// statement: `an interview`, `a statement`, `Twitter`.
func speechEvent(d *text.Doc, j, limit int) bool { return wordWithin(d, j, limit, 3, eventNouns) }

// wordWithin reports whether one of the n tokens from j, words all until it, is in set.
func wordWithin(d *text.Doc, j, limit, n int, set *lexicon.Set) bool {
	for k := j; k < limit && k < j+n; k++ {
		if set.Has(d.Key(k)) {
			return true
		}
		if d.Tokens[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// eventNouns name the occasions of statements.
var eventNouns = lexicon.NewSet(map[string]bool{
	"interview": true, "interviews": true, "statement": true, "speech": true, "rally": true,
	"debate": true, "conference": true, "briefing": true, "tweet": true, "twitter": true,
	"facebook": true, "op-ed": true, "hearing": true, "testimony": true, "podcast": true,
	"appearance": true, "remarks": true, "email": true, "letter": true,
	"appearances": true, "broadcast": true, "speeches": true, "tweets": true, "blog": true,
})

// eventIn reports whether a word of eventNouns stands in tokens [from, to).
func eventIn(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if eventNouns.Has(d.Key(k)) {
			return true
		}
	}
	return false
}

// occasionNouns name the occasions and media of statements, which an object's prepositional
// phrase names as where it was said: `on the campaign trail`, `in a column`.
var occasionNouns = lexicon.NewSet(map[string]bool{
	"rally": true, "rallies": true, "tweet": true, "tweets": true, "article": true, "column": true,
	"editorial": true, "essay": true, "blog": true, "diatribe": true, "show": true, "broadcast": true,
	"trail": true, "hall": true, "interview": true, "briefing": true, "op-ed": true, "podcast": true,
})

// mouthpieces are those through whom someone speaks: `through a spokeswoman`.
var mouthpieces = lexicon.NewSet(map[string]bool{
	"aide": true, "aides": true, "attorney": true, "attorneys": true, "lawyer": true, "lawyers": true,
	"publicist": true, "representative": true, "representatives": true, "spokesman": true,
	"spokesmen": true, "spokesperson": true, "spokeswoman": true, "spokeswomen": true,
})

// sameSubject reports whether the words after ", but" at token j go on with the clause before
// it: a verb, a modal, an adverb or a second that-clause (`the process was fair, but required
// an effort`, `…, but that the blocking was wrong`), not a new subject.
func sameSubject(d *text.Doc, j int) bool {
	k := d.Key(j)
	if d.Tokens[j].Kind != text.Word || d.Tokens[j].Flags&text.Lower == 0 {
		return false
	}
	return k == "that" || auxiliaries.Has(k) || k == "not" || k == "never" || k == "also" || k == "still" || k == "rather" ||
		strings.HasSuffix(k, "ed") && len(k) > 4 || strings.HasSuffix(k, "ly")
}

// asWellAs reports whether tokens from j read "as well as", which adds to a list: `…, as well
// as the tax`.
func asWellAs(d *text.Doc, j, limit int) bool {
	return j+2 < limit && d.Key(j) == "as" && d.Key(j+1) == "well" && d.Key(j+2) == "as"
}

// newSubject reports whether token j opens a new clause's subject: a personal pronoun or a
// capitalised word.
func newSubject(d *text.Doc, j int) bool {
	switch d.Key(j) {
	case "he", "she", "they", "we", "i", "it":
		return true
	}
	return d.Tokens[j].Flags&text.Upper != 0
}

// clauseBreakers open, after a comma, a clause that is not part of the reported content.
var clauseBreakers = lexicon.NewSet(map[string]bool{
	"but": true, "while": true, "although": true, "though": true, "whereas": true, "yet": true,
})

// relatives end an object noun phrase reported by a verb of judgement or thought.
var relatives = lexicon.NewSet(map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "because": true})

// lastWordless returns the index of the first token of the punctuation (and closing marks) that
// ends sentence s.
func lastWordless(d *text.Doc, s text.Segment) int {
	k := s.Last
	for k > s.First && (d.Tokens[k-1].Kind == text.Punct || d.Tokens[k-1].Kind == text.Mark) {
		k--
	}
	return k
}

// fronted reads content before its cue: `The plant will close, the ministry said (on Monday).`,
// the inverted `…, said Mr. Smith.`, and the parenthetical `The plant is, he said, closing.`
func (e *Extractor) fronted(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32, qs []Quote) (Quote, int, bool) {
	if !f.class.reports() && f.class != Commitment && !(f.class == Cognition && opinionVerbs.Has(f.lemma)) && !(f.class == Evidence && (f.lemma == "show" || f.lemma == "find")) {
		return Quote{}, 0, false // `…, critics say`, `…, records show`, but not `…, she doesn't remember`
	}
	subj := wordsBefore(d, s, i, cover)
	subjEnd := i
	if subj == i && i-1 > s.First && d.TokenText(i-1) == "," {
		// `…, Anna White, a company spokeswoman, said`: a subject and its apposition, each
		// between commas.
		a := e.appositiveSubject(d, s, i-1, cover)
		if a < i-1 && d.Tokens[a].Flags&text.Lower != 0 && !e.cues.determiners.Has(d.Key(a)) && !isParticiple(d.Key(a)) &&
			end < s.Last && d.Tokens[end].Flags&text.Upper != 0 && inverted(d, s, i, end, f, e.cues.determiners) {
			// `…, candidates have more room, said Ann Lee, an operative`: a clause in lower case
			// before the comma is content, and the subject follows the cue.
			a = i
		}
		subj, subjEnd = a, i-1
	}
	comma := subj - 1
	if comma-1 > s.First && d.Tokens[comma].Kind == text.Mark && isComma(d, comma-1) {
		comma-- // `The failure was "heartbreaking," she said`: the comma inside the closing mark
	}
	if comma <= s.First || !isComma(d, comma) || d.TokenText(s.Last-1) == ":" {
		return Quote{}, 0, false // `In a speech last July, he said:` introduces what follows
	}
	var source Span
	tail := end
	if subj < subjEnd {
		if !e.subjectLike(d, subj, subjEnd) && !(subjEnd-subj <= 3 && pluralNoun(d, subjEnd-1)) ||
			d.Key(subj) == "who" || e.cueWithin(d, subj, nounBeforeCue(d, subj, subjEnd)) || clauseWithin(d, subj, subjEnd) ||
			auxiliaryBesidesPossessive(d, subj, ownAuxiliaries(d, s, subj, subjEnd, end)) { // `…, the agency has been using media references, …`: a clause, not a subject
			return Quote{}, 0, false // `…, Ann Lee, who said …`, `…, said she hadn't thought`: a complement, not fronted content
		}
		source = tokenSpan(d, subj, subjEnd)
	} else {
		if !inverted(d, s, i, end, f, e.cues.determiners) {
			return Quote{}, 0, false
		}
		stop := lastWordless(d, s) // the subject and any apposition: `said Mr. Smith, a spokesman`
		after := subjectAfter(d, end, s.Last)
		tail = stop
		if r := resumes(d, after, stop); r > 0 {
			stop, tail = r, r // `Any reading, said Kofman, an expert, would …`: the content goes on
		}
		if after+1 < stop && d.TokenText(after) == "," && (d.Key(after+1) == "who" || d.Key(after+1) == "whose") {
			stop = after // not the clause about the speaker: `said Jo Ervin, who thinks …`
		}
		source = tokenSpan(d, end, stop)
	}
	// After the cue: adverbials to the end of the sentence, or a comma and the rest of a
	// parenthetical.
	k := tail
	for k < s.Last && k-tail < maxFrontedTail && (d.Tokens[k].Kind == text.Word || d.Tokens[k].Kind == text.Number) && cover[k] < 0 {
		k++ // `Politico reported in 2014`
	}
	first := s.First
	for first < comma && d.Tokens[first].Kind == text.Mark {
		first++
	}
	if comma-first > maxContent {
		return Quote{}, 0, false // no one reports a run-on sentence back to its start
	}
	if speechAfter(cover, qs, first, comma) || cover[first] >= 0 {
		return Quote{}, 0, false // the content is (partly) a direct quotation; a fragment inside makes it mixed
	}
	// `In August last year, she told …`: a time or place, not content; but `In any case, Mr.
	// DiPietro said, the industry was over-supplied` has its content after the cue.
	adverbial := adverbialOnly(d, first, comma)
	if c := leadFrame(d, first, comma); c > 0 && !adverbial {
		first = c + 1 // `Emerging from the talks, the minister looked tired, an aide said`: the writer's frame
	}
	if c := lastColon(d, first, comma); c >= 0 && comma-c > minContent {
		first = c + 1 // `The board ruled: the pier must close, the mayor said`: the writer's lead-in
	}
	parts := []Span{}
	if comma-first >= minContent && !adverbial {
		parts = append(parts, tokenSpan(d, first, comma))
	}
	rule := "reported-fronted"
	next := k
	switch {
	case k >= lastWordless(d, s) || d.TokenText(k) == ";" || // `…, his aides argued; rather, …`: a semicolon ends the clause too
		isComma(d, k) && k+1 < s.Last && isParticiple(d.Key(k+1)) && e.isCue(d, k+1, s.Last): // `…, he said, adding …`: a statement of its own
		if k > tail && !adverbialAfter(d, tail) && !objectVerbs.Has(f.lemma) && tail == end {
			return Quote{}, 0, false // `…, Trump and his allies criticized the plan.`: an object, not fronted content
		}
	case isComma(d, k) && k+1 < s.Last && cover[k+1] >= 0 && qs[cover[k+1]].Role == Speech && (k == tail || adverbialAfter(d, tail)):
		// `It is time, he said, "for a new start."`: the quotation finishes the sentence the
		// cue interrupts; what stands before the cue is reported, however short.
		if circumstance(d, first, comma) || e.cueWithin(d, first, comma) ||
			nameOnly(d, first, comma) && !leadConnectives.Has(d.Key(first)) {
			// `When asked about it, he said, "…"`: the circumstance of the quotation; `Ann
			// Lee, a spokeswoman, said, "…"`: the speaker's name.
			return Quote{}, 0, false
		}
		if len(parts) == 0 && comma > first && d.Tokens[first].Kind == text.Word {
			parts = append(parts, tokenSpan(d, first, comma))
		}
		rule = "reported-before-quote"
	case isComma(d, k) && k+1 < s.Last && (k == tail || adverbialAfter(d, tail) || objectVerbs.Has(f.lemma)):
		// `The plant is, he said on Monday, closing`; but in `…, including some it deemed
		// terrorists, for …` the cue has an object and interrupts nothing.
		stop := lastWordless(d, s) // the rest of the sentence; scan on from where a clause of its own may start
		if scan := e.contentEnd(d, s, k+1, cover, false); scan-(k+1) >= minContent {
			if len(parts) == 0 && comma > first && d.Tokens[first].Kind == text.Word {
				// `Within marriages, they said, women …`, `But, he said, …`: what stands
				// before the cue is part of the content, however short.
				parts = append(parts, tokenSpan(d, first, comma))
			}
			parts = append(parts, tokenSpan(d, k+1, stop))
			rule, next = "reported-parenthetical", scan
		}
	default:
		return Quote{}, 0, false
	}
	// An adverbial frames the saying, but one word before a quotation begins the statement
	// (`But, he said, "…"`).
	if len(parts) == 0 || adverbial && rule != "reported-parenthetical" && !(rule == "reported-before-quote" && comma-first == 1) {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, end, f, source, rule)
	q.Parts = parts
	return q, next, true
}

// nounBeforeCue returns the end of the subject [subj, end) of the cue at token end, less its
// last word when that ends in -s (`campaign documents show`, `new reports say`): a cue form
// there is a plural noun, since no verb stands right before the cue.
func nounBeforeCue(d *text.Doc, subj, end int) int {
	if end-1 > subj && strings.HasSuffix(d.Key(end-1), "s") && d.Tokens[end-1].Flags&text.Lower != 0 {
		return end - 1
	}
	return end
}

// circumstance reports whether the words [first, comma) before a cue and its quotation frame
// the quotation rather than begin what was said: `When asked about it`, `Speaking to
// reporters`; but `If the talks fail` is a condition the speaker set.
func circumstance(d *text.Doc, first, comma int) bool {
	fk := d.Key(first)
	if subordinators.Has(fk) {
		next := d.Key(first + 1)
		return first+1 >= comma || isParticiple(next) || strings.HasSuffix(next, "ed")
	}
	return isParticiple(fk) || fk == "asked"
}

// nameOnly reports whether tokens [from, to) are all capitalised words: a name.
func nameOnly(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Upper == 0 {
			return false
		}
	}
	return true
}

// betweenCommas reports whether the cue at token i and its subject stand between commas
// inside their sentence (`There is a risk, some Democrats said, that …`, `The only problem,
// she said, is that …`): the cue interrupts what it reports, which runs on both sides.
func (e *Extractor) betweenCommas(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) bool {
	c := asideTail(d, end, s.Last, f)
	if c+1 >= s.Last || !isComma(d, c) {
		return false
	}
	subj := wordsBefore(d, s, i, cover)
	return subj < i && subj-1 > s.First && isComma(d, subj-1)
}

// asideTail returns the end of what follows a parenthetical cue at end before its closing
// comma: whom it was told to and when (`The difference, he told me on Friday, is …`), a
// pronoun or a time adverbial of a few words; else end.
func asideTail(d *text.Doc, end, limit int, f cueForm) int {
	k := end
	if k < limit && objectVerbs.Has(f.lemma) && asideObjects.Has(d.Key(k)) {
		k++ // `he told me`
	}
	for n := 0; n < 3 && k < limit; n++ {
		switch key := d.Key(k); {
		case adverbialStarts.Has(key):
			k = skipAdverbial(d, k, limit) // `in an interview`, `on Friday`
		case timeWords.Has(key):
			k++ // `Monday`
		case (key == "last" || key == "this") && k+1 < limit && timeNouns.Has(d.Key(k+1)):
			k += 2 // `last week`
		default:
			return k
		}
	}
	return k
}

// asideObjects are whom a parenthetical cue of telling may address: `…, she told reporters, …`.
var asideObjects = lexicon.NewSet(map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "reporters": true,
})

// opinionVerbs are the verbs of thought that stand after or inside what they report (`The
// plan, he believes, will fail`); other thoughts and wishes after a comma have objects of
// their own (`…, he plans`, `…, as she knows`).
var opinionVerbs = lexicon.NewSet(map[string]bool{
	"think": true, "believe": true, "expect": true, "fear": true, "suspect": true, "learn": true,
})

// maxResume bounds how far after an inverted cue's subject its apposition or relative clause
// may run before the interrupted content resumes.
const maxResume = 20

// resumes returns the comma after which the content interrupted by an inverted cue and its
// subject goes on (`Any reading, said Kofman, an expert on Russia, would read this …`,
// `And Trump, said Sunshine, who remains friendly with him, doesn't forgive`), or 0: a comma
// within maxResume tokens from after, followed by a lower-case verb.
func resumes(d *text.Doc, after, stop int) int {
	for c := after; c+1 < stop && c < after+maxResume; c++ {
		if d.Tokens[c].Kind == text.Mark || stopsClause(d.TokenText(c)) {
			return 0
		}
		if d.TokenText(c) != "," || d.Tokens[c+1].Flags&text.Lower == 0 {
			continue
		}
		if k := d.Key(c + 1); auxiliaries.Has(k) || finiteVerb(d, c+1) || k == "not" {
			return c
		}
	}
	return 0
}

// clauseWithin reports whether a relative pronoun, that or a subordinator stands among tokens
// [from, to): `…, a claim that his office disputes`, `…, even if they did not agree`: the words
// before the cue are a clause of their own, not its subject.
func clauseWithin(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		switch key := d.Key(k); {
		case key == "who" || key == "whom" || key == "which" || key == "whose" || key == "that" || subordinators.Has(key):
			return true
		}
	}
	return false
}

// cueWithin reports whether a cue stands among tokens [from, to).
func (e *Extractor) cueWithin(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if e.isCue(d, k, to) {
			return true
		}
	}
	return false
}

// adverbialAfter reports whether token j opens an adverbial after a cue: a preposition, a time
// word, last, this or next, or an adverb in -ly (`said on Monday`, `said Tuesday`, `said last
// week`, `said quietly`).
func adverbialAfter(d *text.Doc, j int) bool {
	k := d.Key(j)
	return adverbialStarts.Has(k) || prepositions.Has(k) || timeWords.Has(k) || k == "last" || k == "this" || k == "next" ||
		len(k) > 4 && strings.HasSuffix(k, "ly") && d.Tokens[j].Flags&text.Lower != 0
}

// mainClause returns where the main clause of sentence s starts, for a cue at token i: after a
// subordinate clause that opens the sentence and closes with a comma (`When terrorists strike,
// Obama and Clinton call them …`), else at the sentence start.
func mainClause(d *text.Doc, s text.Segment, i int) int {
	if subordinators.Has(d.Key(s.First)) {
		if c := firstComma(d, s.First, i); c >= 0 && c+1 < i {
			return c + 1
		}
	}
	return s.First
}

// wordsBefore returns the start of the run of words, at most maxFrontedSubject, that ends
// before token i and is not quoted.
func wordsBefore(d *text.Doc, s text.Segment, i int, cover []int32) int {
	start := i
	if i-1 > s.First && d.TokenText(i-1) == ")" {
		if o := openParen(d, i-1, s.First+1); o > s.First && d.Tokens[o-1].Kind == text.Word && !coveredAny(cover, o, i) {
			start = o // `…, Sen. Lindsey Graham (R-S.C.) said`: an aside in the subject
		}
	}
	for start > s.First && i-start < maxFrontedSubject && d.Tokens[start-1].Kind == text.Word && cover[start-1] < 0 {
		start--
	}
	return start
}

// maxAppositives is how many comma-separated noun phrases a fronted cue's subject may have.
const maxAppositives = 2

// appositiveSubject returns the start of the subject that ends with the comma at token comma
// before a cue: one or two short noun phrases between commas (`Anna White, a spokeswoman,`,
// `a spokeswoman, Anna White,`), or comma+1 when there is none.
func (e *Extractor) appositiveSubject(d *text.Doc, s text.Segment, comma int, cover []int32) int {
	start := comma + 1
	for n := 0; n < maxAppositives; n++ {
		k := wordsBefore(d, s, comma, cover)
		if k == comma || k-1 <= s.First || !isComma(d, k-1) || !e.subjectLike(d, k, comma) {
			break
		}
		start, comma = k, k-1
	}
	return start
}

// adverbialOnly reports whether tokens [first, stop) are one adverbial phrase: they open with a
// preposition or time word and hold no comma.
func adverbialOnly(d *text.Doc, first, stop int) bool {
	k := d.Key(first)
	switch {
	case k == "last" || k == "this" || k == "next":
		if first+1 >= stop || !timeNouns.Has(d.Key(first+1)) {
			return false // `This is not about me`: a subject, not `this week`
		}
	case !adverbialStarts.Has(k) && !prepositions.Has(k) && !timeWords.Has(k):
		return false
	}
	for j := first + 1; j < stop; j++ {
		if isComma(d, j) {
			return false
		}
	}
	return true
}

// prepositions open the adverbials that may stand before a cue's subject.
var prepositions = lexicon.NewSet(map[string]bool{
	"ahead": true, "amid": true, "as": true, "by": true, "despite": true, "following": true,
	"for": true, "since": true, "under": true, "until": true, "upon": true, "within": true,
	"without": true, "throughout": true, "against": true, "among": true, "across": true,
})

// frontedSubject moves the start of a subject found by subjectBefore past a fronted adverbial:
// `In August last year, she told …` has the subject `she`.
func frontedSubject(d *text.Doc, subj, i int) int {
	if subj+1 < i && d.TokenText(subj) == "(" {
		subj++ // `… refugees. (On Monday he said …)`: a sentence in brackets the splitter joined to the last
	}
	switch d.Key(subj) {
	case "but", "and", "yet", "so":
		if subj+1 < i-1 && d.Tokens[subj].Flags&text.SentStart != 0 {
			subj++ // `But in a historic shift, McAuliffe said`: the conjunction links sentences
			if isComma(d, subj) && subj+1 < i-1 {
				subj++ // `And, even in the case of a conviction, experts said`
			}
		}
	}
	for k := subj + 1; k < i-1; k++ {
		if isComma(d, k) && adverbialOnly(d, subj, k) {
			return k + 1
		}
	}
	return subj
}

// lastComma returns the last comma or dash among tokens [from, to), or -1.
func lastComma(d *text.Doc, from, to int) int {
	for k := to - 1; k >= from; k-- {
		if isComma(d, k) {
			return k
		}
	}
	return -1
}

// lastAnd returns the last "and" or "but" in [from, to) no more than maxCoordinatedSubject
// words before to, or -1.
func lastAnd(d *text.Doc, from, to int) int {
	for k := to - 1; k >= from && k >= to-1-maxCoordinatedSubject; k-- {
		if key := d.Key(k); key == "and" || key == "but" {
			return k
		}
	}
	return -1
}

// commaAfter returns the first comma in [start, stop), or stop.
func commaAfter(d *text.Doc, start, stop int) int {
	if k := firstComma(d, start+1, stop); k >= 0 {
		return k
	}
	return stop
}

// thingSubject reports a verb of thought whose subject is the relative pronoun of a thing: `a
// meeting that saw both leaders warm up`. A thing can show, find or seem (`a poll that shows
// …`, `words which appear to have hurt her`): evidence after that or which stays a cue.
func thingSubject(d *text.Doc, i, first int, f cueForm) bool {
	if f.class != Cognition || i == first {
		return false
	}
	k := d.Key(i - 1)
	return k == "that" || k == "which"
}

// asClause reads content announced by an as-clause: `As The Washington Post reported, …`,
// `As she told reporters on Monday, …`. The clause opens its sentence or follows a comma, and
// the content runs from the comma after the cue; an aside inside its sentence (`The plan, as
// she noted, …`) reports the subject before it too, and one closing it (`…, as she noted.`)
// the clause before it.
func (e *Extractor) asClause(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	if !f.class.reports() && f.class != Cognition {
		return Quote{}, 0, false
	}
	as := i - 1
	for as >= s.First && i-as <= maxFrontedSubject && d.Tokens[as].Kind == text.Word && d.Key(as) != "as" {
		as--
	}
	if as < s.First || d.Key(as) != "as" || as > s.First && !isComma(d, as-1) && !(as-1 == s.First && leadConnectives.Has(d.Key(s.First))) {
		return Quote{}, 0, false // but `But as Lee noted, …` opens its sentence too
	}
	if as+1 == i {
		return e.asPassive(d, s, i, end, f, cover) // `As reported by the Post, …`
	}
	if !e.subjectLike(d, as+1, i) {
		return Quote{}, 0, false
	}
	k := end
	if k < s.Last && objectVerbs.Has(f.lemma) {
		k = skipObject(d, k, s.Last, e.cues.determiners) // `told reporters`
	}
	if k < s.Last && k < end+2 && (adverbialStarts.Has(d.Key(k)) || timeWords.Has(d.Key(k))) {
		for k < s.Last && k-end < maxFrontedTail && (d.Tokens[k].Kind == text.Word || d.Tokens[k].Kind == text.Number) {
			k++ // `reported on Monday`; an object instead (`As Trump demands a wall,`) is no cue
		}
	}
	if k >= lastWordless(d, s) && as-1 > s.First && isComma(d, as-1) {
		// `The economy is weak, as the mayor noted.`: the clause before the aside is its content.
		first := s.First
		for first < as-1 && d.Tokens[first].Kind == text.Mark {
			first++
		}
		if as-1-first < minContent || as-1-first > maxContent || coveredAny(cover, first, as-1) {
			return Quote{}, 0, false
		}
		q := e.newReported(d, i, end, f, tokenSpan(d, as+1, i), "reported-as")
		q.Parts = []Span{tokenSpan(d, first, as-1)}
		return q, k, true
	}
	if k+1 >= s.Last || d.TokenText(k) != "," || coveredAny(cover, k+1, k+2) {
		return Quote{}, 0, false
	}
	stop := lastWordless(d, s)
	scan := e.contentEnd(d, s, k+1, cover, false)
	if scan-(k+1) < minContent {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, end, f, tokenSpan(d, as+1, i), "reported-as")
	q.Parts = []Span{tokenSpan(d, k+1, stop)}
	if first := interruptedSubject(d, s, as-1, cover); first >= 0 {
		// `The economy, as the mayor noted, is weak`: the aside interrupts what it reports,
		// which starts before it.
		q.Parts = []Span{tokenSpan(d, first, as-1), tokenSpan(d, k+1, stop)}
	}
	return q, scan, true
}

// interruptedSubject returns where the words before the comma at token comma start when
// they open their sentence, are two to maxFrontedSubject words, not an adverbial alone (`Of
// course`, `After all`: the writer's), and hold no quotation or punctuation; else -1.
func interruptedSubject(d *text.Doc, s text.Segment, comma int, cover []int32) int {
	if comma <= s.First || !isComma(d, comma) {
		return -1
	}
	first := s.First
	for first < comma && d.Tokens[first].Kind == text.Mark {
		first++
	}
	if comma-first < 2 || comma-first > maxFrontedSubject || coveredAny(cover, first, comma) || adverbialOnly(d, first, comma) {
		return -1
	}
	for k := first; k < comma; k++ {
		if d.Tokens[k].Kind != text.Word && d.Tokens[k].Kind != text.Number {
			return -1
		}
	}
	return first
}

// asPassive reads `As reported by X, …`: the source follows "by", the content the comma.
func (e *Extractor) asPassive(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	if end >= s.Last || d.Key(end) != "by" {
		return Quote{}, 0, false
	}
	k := end + 1
	for k < s.Last && k-end <= maxFrontedSubject && d.Tokens[k].Kind == text.Word {
		k++
	}
	if k == end+1 || k+1 >= s.Last || d.TokenText(k) != "," || !e.subjectLike(d, end+1, k) ||
		coveredAny(cover, k+1, k+2) {
		return Quote{}, 0, false
	}
	stop := e.contentEnd(d, s, k+1, cover, false)
	if stop-(k+1) < minContent {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, end, f, tokenSpan(d, end+1, k), "reported-as")
	q.Parts = []Span{tokenSpan(d, k+1, stop)}
	return q, stop, true
}

// maxLabel is how many words a speaker's label before a colon may have: `Former AG Mukasey at
// RNC:`.
const maxLabel = 6

// label reads a paragraph that opens with a speaker's label and a colon: a headline (`Rubio:
// I'm not interested in being vice president`) or a turn of a transcript (`A: I felt
// helpless …`, `BENENSON: Senator Sanders doesn't get to decide …`). The rest of the
// paragraph is what the label's bearer said.
func (e *Extractor) label(d *text.Doc, s text.Segment, i int, cover []int32, qs []Quote) (Quote, int, bool) {
	colon, ok := e.labelColon(d, i, s.Last)
	if !ok {
		return Quote{}, 0, false
	}
	p := d.Paragraphs[s.Para]
	start := colon + 1
	stop := p.Last
	for stop > start && (d.Tokens[stop-1].Kind == text.Punct || d.Tokens[stop-1].Kind == text.Mark) {
		stop--
	}
	if stop-start < minContent || speechAfter(cover, qs, start, stop) {
		return Quote{}, 0, false // but a quoted fragment makes it mixed: `Ryan: The Decision ‘Defies Explanation’`
	}
	q := e.newReported(d, colon, colon+1, cueForm{lemma: ":", class: Speaking}, tokenSpan(d, i, colon), "reported-label")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, start, true
}

// labelColon returns the colon that ends the speaker's label opening at token i, with words
// after it before token limit, if there is one.
func (e *Extractor) labelColon(d *text.Doc, i, limit int) (int, bool) {
	colon := i
	for colon < limit && colon-i < maxLabel && d.Tokens[colon].Kind == text.Word {
		colon++
	}
	if colon == i || colon+1 >= limit || d.TokenText(colon) != ":" {
		return 0, false
	}
	for k := i; k < colon; k++ {
		if d.Tokens[k].Flags&text.Upper == 0 && !labelWords.Has(d.Key(k)) || e.isCue(d, k, colon) && !e.nounLabel(d, k, colon) {
			return 0, false // `In the end: …`, `He said: …`: no label
		}
	}
	if d.Tokens[i].Flags&text.Upper == 0 ||
		notLabels.Has(d.Key(i)) || colon == i+1 && len(d.TokenText(i)) == 1 {
		return 0, false // `The Latest: …`, `UPDATE: …`; `Q:` and `A:` of an interview
	}
	return colon, true
}

// nounLabel reports whether the cue at token k is a label of its own, a noun rather than a
// verb: the whole label, in the cue's base form (`Report: …`, as `Poll: …`; a headline's verb
// is inflected, `Lee Warns: …`).
func (e *Extractor) nounLabel(d *text.Doc, k, colon int) bool {
	f, _, _ := e.cues.cueAt(d, k, colon)
	return colon == k+1 && d.Key(k) == f.lemma
}

// notLabels open the labels of a newsroom, not of a speaker: `The Latest:`, `Contributing:`,
// `UPDATE:`, `BREAKING:`.
var notLabels = lexicon.NewSet(map[string]bool{
	"the": true, "contributing": true, "correction": true, "update": true, "updated": true,
	"breaking": true, "exclusive": true, "byline": true, "twitter": true, "email": true,
	"related": true, "note": true, "editor's": true, "photo": true, "photos": true, "video": true,
	"watch": true, "look": true, "read": true, "wow": true, "boom": true, "busted": true,
	"source": true, "sources": true, "credit": true,
})

// labelWords may stand in lower case inside a speaker's label: `Former AG Mukasey at RNC`.
var labelWords = lexicon.NewSet(map[string]bool{"at": true, "of": true, "in": true, "on": true, "the": true, "and": true, "for": true})

// according reads `according to X, …` and `…, according to X`. What follows the source runs
// to the end of the sentence, which the source stands for as a whole (`According to the report,
// the bridge will open, and the ferry will stop`); the scan for cues goes on where a clause of
// its own may start. asClause and a parenthetical cue do the same.
func (e *Extractor) according(d *text.Doc, s text.Segment, i int, cover []int32, qs []Quote) (Quote, int, bool) {
	f := cueForm{lemma: "according to", class: Speaking}
	srcStart := i + 2
	srcEnd := srcStart
	for srcEnd < s.Last && !isComma(d, srcEnd) && !isSentencePunct(d.TokenText(srcEnd)) && (cover[srcEnd] < 0 || qs[cover[srcEnd]].Role != Speech) {
		srcEnd++ // a title or a quoted word may stand in the source: `according to her "clawback" plan`
	}
	if srcEnd == srcStart {
		return Quote{}, 0, false
	}
	source := tokenSpan(d, srcStart, srcEnd)
	first := s.First
	for first < i && (d.Tokens[first].Kind == text.Mark || d.TokenText(first) == "(") {
		first++ // `(According to the police, …)`
	}
	if first+1 == i && (coordinators.Has(d.Key(first)) || d.Key(first) == "so" || d.Key(first) == "yet") {
		first++ // `But according to reports, …`
	}
	q := e.newReported(d, i, i+2, f, source, "according-to")
	switch {
	case i > first && (isComma(d, i-1) || closedAfterComma(d, i-1, first)):
		// `…, according to X.`, and `…, according to X, …` with a clause on both sides; a
		// quoted fragment may stand in the content, a quotation that is speech may not. The
		// comma may stand inside a closing mark: `… a "root canal," according to X`.
		end := i - 1
		if !isComma(d, end) {
			end = i // the fragment's closing mark ends the content
		}
		// The search back is bounded as the content is: many cues in one run-on sentence
		// stay linear.
		lo := max(first, end-maxContent)
		if k := sourcedFrom(d, lo, end); k > lo {
			first = k
		}
		if end-first >= minContent && cover[first] < 0 && !speechAfter(cover, qs, first, i-1) {
			q.Parts = append(q.Parts, tokenSpan(d, first, end))
		}
		next := srcEnd
		if srcEnd+1 < s.Last && isComma(d, srcEnd) && !coveredAny(cover, srcEnd+1, srcEnd+2) && opensClause(d, srcEnd+1) &&
			!apposition(d, srcEnd+1, s.Last) {
			stop := lastWordless(d, s)
			if scan := e.contentEnd(d, s, srcEnd+1, cover, false); scan-(srcEnd+1) >= minContent {
				q.Parts = append(q.Parts, tokenSpan(d, srcEnd+1, stop))
				next = scan
			}
		}
		return q, next, len(q.Parts) > 0
	case (i == first || d.TokenText(i-1) == "(" || d.TokenText(i-1) == ":") && srcEnd < s.Last && isComma(d, srcEnd):
		// `(According to the police, …)` in mid-paragraph: the bracket opens the sentence, as
		// a colon does (`It has not gone unnoticed: according to polls, …`).
		stop := lastWordless(d, s) // `According to X, …`
		if scan := e.contentEnd(d, s, srcEnd+1, cover, false); scan-(srcEnd+1) >= minContent {
			q.Parts = []Span{tokenSpan(d, srcEnd+1, stop)}
			return q, scan, true
		}
	case i-first > minContent && d.Tokens[i-1].Kind == text.Word && srcEnd >= lastWordless(d, s) &&
		cover[first] < 0 && !speechAfter(cover, qs, first, i):
		// `Clinton now leads Trump by seven points according to a new poll.`: no comma, but
		// the source closes the sentence.
		q.Parts = []Span{tokenSpan(d, first, i)}
		return q, srcEnd, true
	}
	return Quote{}, 0, false
}

// sourcedFrom returns where the words that according to sources begin, for the comma before it
// at token comma: after the last colon of the sentence (`It has not gone unnoticed: London
// was first, according to …`), at a relative clause that ends there (`…, the gap in
// delegates, which stood at 263, according to …`: the clause is what is sourced, the
// sentence around it another statement), else at first.
func sourcedFrom(d *text.Doc, first, comma int) int {
	for k := comma - 1; k > first; k-- {
		switch {
		case d.TokenText(k) == ":" && comma-(k+1) >= minContent:
			return k + 1
		case (d.Key(k) == "which" || d.Key(k) == "who") && isComma(d, k-1) && comma-k >= minContent:
			return k
		}
	}
	return first
}

// apposition reports whether the words from token j, after a source and its comma, describe
// the source rather than resume the content: `according to CrowdTangle, a tool that …`,
// `…, which tracks …`, `according to Craig Bryan, head of the center`.
func apposition(d *text.Doc, j, limit int) bool {
	switch d.Key(j) {
	case "which", "who", "whose", "where", "one", "head", "director", "chief", "author":
		return true
	case "a", "an", "the":
		return !bareClause(d, j, limit) // but `…, according to X, the crews left at ten`
	}
	return false
}

// maxSurveyName is how many words may name a survey after in: `In the new Post-ABC poll`.
const maxSurveyName = 10

// inSurvey reads a sentence that opens with the survey its clause reports, as `According to
// the poll, …` does: `In the new Post-ABC poll, Trump wins one in three voters`. The survey is
// the source.
func (e *Extractor) inSurvey(d *text.Doc, s text.Segment, i int, cover []int32) (Quote, int, bool) {
	if i+2 >= s.Last || d.Tokens[i+1].Kind != text.Word {
		return Quote{}, 0, false
	}
	k := i + 1
	for k < s.Last && k-i <= maxSurveyName && !surveyNouns(d.Key(k)) && (d.Tokens[k].Kind == text.Word ||
		d.Tokens[k].Kind == text.Number || d.Tokens[k].Kind == text.Punct && !isComma(d, k) && !stopsClause(d.TokenText(k))) {
		k++ // `In the most recent YouGov/Economist survey`, `In May's Post-ABC poll`
	}
	if k >= s.Last || !surveyNouns(d.Key(k)) {
		return Quote{}, 0, false
	}
	name := k + 1
	c := name
	for c < s.Last && c-name < maxSurveyTail && (d.Tokens[c].Kind == text.Word || d.Tokens[c].Kind == text.Number) {
		c++ // `poll released Monday,`, `poll conducted by the Times and ABC News,`
	}
	if c+1 >= s.Last || d.TokenText(c) != "," {
		return Quote{}, 0, false
	}
	if c == name && isParticiple(d.Key(c+1)) || c == name && strings.HasSuffix(d.Key(c+1), "ed") && d.Tokens[c+1].Flags&text.Lower != 0 {
		// `In the new poll, conducted March 11-13, …`: an aside about the survey.
		if c2 := firstComma(d, c+1, min(s.Last, c+1+maxSurveyTail+2)); c2 > 0 {
			c = c2
		}
	}
	start := c + 1
	if start >= s.Last || cover[start] >= 0 {
		return Quote{}, 0, false
	}
	stop := e.contentEnd(d, s, start, cover, false)
	if stop-start < minContent {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, i+1, cueForm{lemma: "in", class: Evidence}, tokenSpan(d, i+1, name), "reported-survey")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, stop, true
}

// maxSurveyTail is how many words may follow a survey's name before its comma: `poll released
// last Thursday,`.
const maxSurveyTail = 10

// surveyNouns reports whether key names a survey of opinion.
func surveyNouns(key string) bool {
	switch key {
	case "poll", "polls", "survey", "surveys":
		return true
	}
	return false
}

// opensClause reports whether token j may open the rest of a reported clause after an
// interruption (`…, according to X, two were upgraded`), not a participle or a clause of
// concession or comparison (`…, including one from May`, `…, although few won`).
func opensClause(d *text.Doc, j int) bool {
	k := d.Key(j)
	return !isParticiple(k) && !clauseBreakers.Has(k) && !subordinators.Has(k) && k != "compared" && k != "and" && k != "or"
}

// nominal reads a cue noun with what it reports: a clause opened by "that" (`his claim that
// …`, `concerns that …`) or, for a noun listed with its preposition, the noun phrase after it
// (`Trump's criticism of the judge`, `support for the bill`). The possessor before the noun
// (his, the ministry's) is the source, else the subject of the clause around it.
func (e *Extractor) nominal(d *text.Doc, s text.Segment, i, end int, f cueForm, cover []int32) (Quote, int, bool) {
	if end >= s.Last || cover[end] >= 0 {
		return Quote{}, 0, false
	}
	np := d.Tokens[end-1].Kind == text.Word && end-1 > i && d.Key(end-1) != "that" && nounFollower(d.Key(end-1))
	start := end
	colon := d.TokenText(start) == ":"
	if colon {
		start++ // `The senator's message: taxes must fall`
	}
	switch {
	case colon:
		// Only a possessor names whose the words after the colon are: `an unmistakable
		// message:` or `One conclusion:` may introduce the writer's own account.
		if start+1 >= s.Last || cover[start] >= 0 || !bareClause(d, start, s.Last) || possessor(d, i, s.First).Len() == 0 {
			return Quote{}, 0, false
		}
	case np:
		// `Lee's attacks on the board` reports words; `attacks on the harbour` mostly a deed.
		if d.Tokens[start].Kind != text.Word && d.Tokens[start].Kind != text.Number || possessor(d, i, s.First).Len() == 0 {
			return Quote{}, 0, false
		}
	case d.Key(start) == "that" && start+1 < s.Last && (clauseStart(d, start+1, e.cues.determiners) &&
		bareClause(d, start+1, s.Last) || nounClause(d, start+1, s.Last) || pronounClause(d, start+1, s.Last)):
		// `the claim that Obama founded it`; but `the claims that he made` is a relative clause,
		// whose verb has no object after it.
		if relativeThat(d, start+1, s.Last) {
			return Quote{}, 0, false
		}
	case d.Key(start) == "to" && start+1 < s.Last && (f.class == Commitment || f.lemma == "claim") &&
		d.Tokens[start+1].Kind == text.Word && d.Tokens[start+1].Flags&text.Lower != 0 && !nounMarkers[d.Key(start+1)]:
		// `his promises to stick it to the rich`, `the claim to have brought new voters`: the
		// infinitive, not a destination (`a threat to the party`)
	default:
		return Quote{}, 0, false
	}
	stop := e.contentEnd(d, s, start, cover, np)
	if i > s.First && prepositions.Has(d.Key(s.First)) && firstComma(d, s.First, i) < 0 {
		// `Despite complaints that it is unfair, the party kept the rule`: a phrase that opens
		// the sentence ends at its comma, before the main clause.
		if c := commaAfter(d, start, stop); c < stop && mainClauseAt(d, c+1, s.Last) {
			stop = c
		}
	}
	if np || d.Key(start) == "to" {
		for k := start + 1; k < stop; k++ {
			if key := d.Key(k); auxiliaries.Has(key) && (key != "'s" || pronounIs(d, k)) {
				// `Her criticism of the judge was sharp`: the noun phrase ends at the verb; the
				// 's of `attacks on Lee's record` is a possessive.
				stop = k
				break
			}
		}
	}
	if stop-start < 1 || !np && stop-start < minContent+1 {
		return Quote{}, 0, false
	}
	src := possessor(d, i, s.First)
	if src.Len() == 0 {
		// `Mr. Putin veered close to an admission that …`: the clause's subject.
		src = tokenSpan(d, frontedSubject(d, subjectBefore(d, i, s.First), i), i)
	}
	q := e.newReported(d, i, end, f, src, "reported-nominal")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, stop, true
}

// pronounClause reports whether a clause opens at token j with a subject pronoun and a verb
// after it: `the claim that he lied`, `fears that they will`.
func pronounClause(d *text.Doc, j, limit int) bool {
	return j+1 < limit && subjectPronouns.Has(d.Key(j)) && d.Key(j) != "it" && d.Tokens[j+1].Kind == text.Word &&
		d.Tokens[j+1].Flags&text.Lower != 0
}

// nounClause reports whether a clause opens at token j with a bare noun for its subject and a
// verb after it: `fears that businesses will react`, `concerns that inflation has`; not a
// relative clause (`a claim that is false`, `a message that precedes all rallies`).
func nounClause(d *text.Doc, j, limit int) bool {
	if j+2 >= limit || d.Tokens[j].Kind != text.Word || d.Tokens[j].Flags&text.Lower == 0 {
		return false
	}
	w, next := d.Key(j), d.Key(j+1)
	if auxiliaries.Has(w) || verbForm(w) || irregularPast.Has(w) || strings.HasSuffix(w, "ly") || nounMarkers[w] ||
		prepositions.Has(w) || adverbialStarts.Has(w) || relatives.Has(w) || coordinators.Has(w) {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return pluralNoun(d, j) && (auxiliaries.Has(next) || verbForm(next))
	}
	return auxiliaries.Has(next)
}

// nounFollower reports whether key may follow a cue noun: the that of its clause or one of
// the prepositions after which it reports a noun phrase (a string switch: it runs on every
// word that is no cue).
func nounFollower(key string) bool {
	switch key {
	case "that", "of", "on", "about", "against", "to", "for", "over", ":":
		return true
	}
	return false
}

// relativeThat reports whether the clause after a noun's "that", from token j, is a relative
// clause missing its object: a one-word subject, perhaps an auxiliary, then a verb in the past
// and the end of the clause (`the claims that he made.`, `the promises that Trump has made`).
func relativeThat(d *text.Doc, j, limit int) bool {
	k := j + 1
	if k < limit && auxiliaries.Has(d.Key(k)) {
		k++
	}
	if k >= limit || d.Tokens[k].Kind != text.Word {
		return false
	}
	if key := d.Key(k); !verbForm(key) && !irregularPast.Has(key) {
		return false
	}
	return k+1 >= limit || d.Tokens[k+1].Kind == text.Punct || adverbialStarts.Has(d.Key(k+1)) ||
		prepositions.Has(d.Key(k+1)) || auxiliaries.Has(d.Key(k+1)) // `the promises that Lee made were broken`
}

// irregularPast are common past forms without -ed: `the promises that Lee made`.
var irregularPast = lexicon.NewSet(map[string]bool{
	"made": true, "gave": true, "took": true, "got": true, "put": true, "kept": true, "held": true,
	"sent": true, "brought": true, "heard": true, "did": true, "won": true, "built": true,
	"paid": true, "set": true, "left": true, "broke": true, "drew": true, "came": true,
	"went": true, "rose": true, "fell": true, "grew": true, "became": true, "led": true,
	"lost": true, "spent": true, "began": true, "saw": true, "knew": true, "thought": true,
})

// possessor returns the span of the possessor before a cue noun at token i, past one
// adjective (`his repeated claims`, `the ministry's statement`, `Trump's sharp criticism`), or
// an empty span.
func possessor(d *text.Doc, i, first int) Span {
	k := i - 1
	if k > first && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 && adjectiveLike(d.Key(k)) {
		k--
	}
	if k < first {
		return tokenSpan(d, i, i)
	}
	switch d.Key(k) {
	case "his", "her", "their", "its", "our", "my", "your":
		return tokenSpan(d, k, k+1)
	case "'s":
		start := k
		for start > first && start > k-4 && d.Tokens[start-1].Kind == text.Word &&
			(d.Tokens[start-1].Flags&text.Upper != 0 || d.Key(start-1) == "the") {
			start--
		}
		if start < k {
			return tokenSpan(d, start, k)
		}
	}
	return tokenSpan(d, i, i)
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

// absorb makes reported statement r mixed with quotation q inside it: r takes q's marks and
// its content runs at least to end.
func absorb(r *Quote, q *Quote, end int) {
	r.Kind = Mixed
	r.Marks = append(r.Marks, q.Marks...)
	last := &r.Parts[len(r.Parts)-1]
	last.End = max(last.End, end)
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
	for _, r := range rep {
		hull := r.Span()
		keep := true
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
					absorb(&r, q, q.Parts[len(q.Parts)-1].End)
				}
			case q.Role == Speech && (quotedTail(d, q, r) || quotedInside(d, q, r)):
				// `She said the turmoil was not the banks' fault, "not by a long shot."`: the
				// quotation finishes the reported sentence, one mixed statement; so does one
				// inside it ([quotedInside]).
				drop[qi] = true
				absorb(&r, q, q.Parts[0].End)
			case q.Role == Speech:
				keep = false
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	mid := len(out)
	for qi, q := range qs {
		if !drop[qi] {
			out = append(out, q)
		}
	}
	// Both runs, the reported statements and the quotations, are nearly always in text order
	// already: merge them, and sort only when one is not.
	switch {
	case slices.IsSortedFunc(out[base:mid], byStart) && slices.IsSortedFunc(out[mid:], byStart):
		if mid > base && mid < len(out) && byStart(out[mid-1], out[mid]) > 0 {
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
	return open >= 2 && d.Tokens[open].Kind == text.Mark && d.TokenText(open-1) == "," &&
		!isParticiple(d.Key(open-2)) // but `…, by saying, "…"`: the participle's quotation
}

func byStart(a, b Quote) int { return cmp.Compare(a.Parts[0].Start, b.Parts[0].Start) }

// mergeRuns merges, in place and stably, the sorted runs out[:n] and out[n:], given left, a
// copy of out[:n].
func mergeRuns(out, left []Quote, n int) {
	i, j, k := 0, n, 0
	for i < len(left) && j < len(out) {
		if byStart(out[j], left[i]) < 0 {
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

func isComma(d *text.Doc, i int) bool { s := d.TokenText(i); return s == "," || isDash(s) }

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
		d.Key(k) != "that" && !complementizers.Has(d.Key(k)) && !adverbialStarts.Has(d.Key(k)) &&
		!(k > j+1 && subjectPronouns.Has(d.Key(k))) {
		k++ // but `wrote in both listings he was …` ends the phrase before he
	}
	return k
}

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
		!adverbialStarts.Has(d.Key(k)) && !complementizers.Has(d.Key(k)) && !subordinators.Has(d.Key(k)) { // `told aides as he …`
		if k > j && (determiners.Has(d.Key(k)) || subjectPronouns.Has(d.Key(k))) {
			break
		}
		k++
	}
	return k
}

// subjectPronouns open a clause.
var subjectPronouns = lexicon.NewSet(map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true})

// auxReach is how many words after a cue an auxiliary may come and still show a clause: far for
// say-like cues (`says expanding a national monument off the coast will protect …`).
func auxReach(f cueForm) int {
	if f.class.reports() {
		return 8
	}
	return 3
}

// auxiliaryWithin reports whether one of the n tokens from j is an auxiliary or modal verb:
// the sign of a clause after a cue that takes one without "that".
func auxiliaryWithin(d *text.Doc, j, limit, n int) bool {
	return wordWithin(d, j, limit, n, auxiliaries)
}

var auxiliaries = lexicon.NewSet(map[string]bool{
	"would": true, "will": true, "was": true, "were": true, "is": true, "are": true, "has": true,
	"had": true, "have": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true, "can": true, "'s": true, "'re": true,
	"'ll": true, "'d": true,
	// Their negative contractions, one token each: `he hadn't thought`.
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true, "hasn't": true, "haven't": true,
	"hadn't": true, "doesn't": true, "don't": true, "didn't": true, "won't": true, "wouldn't": true,
	"can't": true, "cannot": true, "couldn't": true, "shouldn't": true, "mustn't": true,
})

// coordinators join what comes before them; a complement does not start with one.
var coordinators = lexicon.NewSet(map[string]bool{"and": true, "or": true, "but": true, "nor": true})

// complementizers open an embedded clause or question after a cue.
var complementizers = lexicon.NewSet(map[string]bool{
	"whether": true, "if": true, "how": true, "what": true, "why": true, "when": true,
	"where": true, "who": true, "which": true,
})

// adverbialStarts open a prepositional phrase that can stand between a cue and its complement.
var adverbialStarts = lexicon.NewSet(map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"with": true, "from": true, "via": true, "through": true, "over": true, "late": true,
	"outside": true, "inside": true, "near": true, "beside": true, "behind": true, "across": true,
	"earlier": true, "later": true, "repeatedly": true,
	"privately": true, "publicly": true, "again": true, "recently": true, "previously": true,
	"also": true, "often": true, "once": true, "then": true, "now": true,
})

// timeWords are days and the like that stand alone between a cue and its complement.
var timeWords = lexicon.NewSet(map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
})

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
	if subordinators.Has(fk) || !(isParticiple(fk) || adverbialStarts.Has(fk) || prepositions.Has(fk)) {
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
		if d.TokenText(k) == ":" {
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
	return k >= limit || d.Tokens[k].Kind == text.Punct || prepositions.Has(d.Key(k)) || adverbialStarts.Has(d.Key(k)) || nounMarkers[d.Key(k)] && !auxiliaries.Has(d.Key(k))
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
		(itemOpeners.Has(d.Key(n+1)) || d.Tokens[n+1].Kind == text.Number || d.TokenText(n+1) == "$")
}
