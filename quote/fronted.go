package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// fronted reads content before its cue: `The plant will close, the ministry said (on Monday).`,
// the inverted `…, said Mr. Smith.`, and the parenthetical `The plant is, he said, closing.`
func (e *Extractor) fronted(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32, qs []Quote) (int, bool) {
	if !f.class().reports() && f.class() != Commitment && !(f.class() == Cognition && opinionVerbs.Has(f.lemma)) && !(f.class() == Evidence && (f.lemma == "show" || f.lemma == "find")) {
		return 0, false // `…, critics say`, `…, records show`, but not `…, she doesn't remember`
	}
	if quotedLead(d, s, cover) {
		return 0, false // the content would open in a quotation: see the test below
	}
	subj := wordsBefore(d, s, i, cover)
	subjEnd := i
	if subj == i && i-1 > s.First && d.Key(i-1) == "," {
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
	if comma <= s.First || !isComma(d, comma) || d.Key(s.Last-1) == ":" {
		return 0, false // `In a speech last July, he said:` introduces what follows
	}
	// The content is tested first: before the cue of a quotation (`"…," he said`) it is the
	// quotation, and the subject need not be read.
	first := s.First
	for first < comma && d.Tokens[first].Kind == text.Mark {
		first++
	}
	if comma-first > maxContent {
		return 0, false // no one reports a run-on sentence back to its start
	}
	if cover[first] >= 0 || e.speechAfter(cover, qs, first, comma) {
		return 0, false // the content is (partly) a direct quotation; a fragment inside makes it mixed
	}
	var source Span
	tail := end
	if subj < subjEnd {
		if !e.subjectLike(d, subj, subjEnd) && !(subjEnd-subj <= 3 && pluralNoun(d, subjEnd-1)) ||
			d.Key(subj) == "who" || e.cueWithin(d, subj, nounBeforeCue(d, subj, subjEnd)) || clauseWithin(d, subj, subjEnd) ||
			auxiliaryBesidesPossessive(d, subj, ownAuxiliaries(d, s, subj, subjEnd, end)) { // `…, the agency has been using media references, …`: a clause, not a subject
			return 0, false // `…, Ann Lee, who said …`, `…, said she hadn't thought`: a complement, not fronted content
		}
		source = tokenSpan(d, subj, subjEnd)
	} else {
		if !inverted(d, s, i, end, f, e.cues.determiners) {
			return 0, false
		}
		stop := lastWordless(d, s) // the subject and any apposition: `said Mr. Smith, a spokesman`
		after := subjectAfter(d, end, s.Last)
		tail = stop
		if r := resumes(d, after, stop); r > 0 {
			stop, tail = r, r // `Any reading, said Kofman, an expert, would …`: the content goes on
		}
		if after+1 < stop && d.Key(after) == "," && (d.Key(after+1) == "who" || d.Key(after+1) == "whose") {
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
	case k >= lastWordless(d, s) || d.Key(k) == ";" || // `…, his aides argued; rather, …`: a semicolon ends the clause too
		isComma(d, k) && k+1 < s.Last && isParticiple(d.Key(k+1)) && e.isCue(d, k+1, s.Last): // `…, he said, adding …`: a statement of its own
		if k > tail && !adverbialAfter(d, tail) && !f.is(objectVerb) && tail == end {
			return 0, false // `…, Trump and his allies criticized the plan.`: an object, not fronted content
		}
	case isComma(d, k) && k+1 < s.Last && cover[k+1] >= 0 && qs[cover[k+1]].Role == Speech && (k == tail || adverbialAfter(d, tail)):
		// `It is time, he said, "for a new start."`: the quotation finishes the sentence the
		// cue interrupts; what stands before the cue is reported, however short.
		if circumstance(d, first, comma) || e.cueWithin(d, first, comma) ||
			nameOnly(d, first, comma) && !leadConnectives.Has(d.Key(first)) {
			// `When asked about it, he said, "…"`: the circumstance of the quotation; `Ann
			// Lee, a spokeswoman, said, "…"`: the speaker's name.
			return 0, false
		}
		if len(parts) == 0 && comma > first && d.Tokens[first].Kind == text.Word {
			parts = append(parts, tokenSpan(d, first, comma))
		}
		rule = "reported-before-quote"
	case isComma(d, k) && k+1 < s.Last && (k == tail || adverbialAfter(d, tail) || f.is(objectVerb)):
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
		return 0, false
	}
	// An adverbial frames the saying, but one word before a quotation begins the statement
	// (`But, he said, "…"`).
	if len(parts) == 0 || adverbial && rule != "reported-parenthetical" && !(rule == "reported-before-quote" && comma-first == 1) {
		return 0, false
	}
	q := e.newReported(d, i, end, *f, source, rule)
	q.Parts = parts
	*out = q

	return next, true
}

// quotedLead reports whether the first token of sentence s that is no quotation mark lies in
// a quotation (`"We lost," she said.`): fronted content opens there, at the latest at its comma,
// which is no mark, and a quotation there is the content. Asked before the subject is read:
// the cue of nearly every quotation comes to fronted.
func quotedLead(d *text.Doc, s *text.Segment, cover []int32) bool {
	first := s.First
	for first < s.Last && d.Tokens[first].Kind == text.Mark {
		first++
	}
	return first < s.Last && cover[first] >= 0
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
	if subordinator(fk) {
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
func (e *Extractor) betweenCommas(d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) bool {
	c := asideTail(d, end, s.Last, *f)
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
	// Only words are looked up: the cue is most often followed by punctuation, which ends the
	// aside at once.
	k := end
	if k < limit && d.Tokens[k].Kind == text.Word && f.is(objectVerb) && asideObjects.Has(d.Key(k)) {
		k++ // `he told me`
	}
	for n := 0; n < 3 && k < limit && d.Tokens[k].Kind == text.Word; n++ {
		key := d.Key(k)
		inSets := adverbialOrTime.Has(key) // one look-up turns away most words
		switch {
		case inSets && adverbialStarts.Has(key):
			k = skipAdverbial(d, k, limit) // `in an interview`, `on Friday`
		case inSets && timeWords.Has(key):
			k++ // `Monday`
		case (key == "last" || key == "this") && k+1 < limit && timeNouns.Has(d.Key(k+1)):
			k += 2 // `last week`
		default:
			return k
		}
	}
	return k
}

// adverbialOrTime are adverbialStarts and timeWords in one set, which asideTail asks of a word
// before either.
var adverbialOrTime = unionSet(adverbialStartsList, timeWordList)

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
		if d.Key(c) != "," || d.Tokens[c+1].Flags&text.Lower == 0 {
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
		case key == "who" || key == "whom" || key == "which" || key == "whose" || key == "that" || subordinator(key):
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
func mainClause(d *text.Doc, s *text.Segment, i int) int {
	if subordinator(d.Key(s.First)) {
		if c := firstComma(d, s.First, i); c >= 0 && c+1 < i {
			return c + 1
		}
	}
	return s.First
}

// wordsBefore returns the start of the run of words, at most maxFrontedSubject, that ends
// before token i and is not quoted.
func wordsBefore(d *text.Doc, s *text.Segment, i int, cover []int32) int {
	start := i
	if i-1 > s.First && d.Key(i-1) == ")" {
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
func (e *Extractor) appositiveSubject(d *text.Doc, s *text.Segment, comma int, cover []int32) int {
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
var prepositions = lexicon.NewSet(prepositionsList)

var prepositionsList = map[string]bool{
	"ahead": true, "amid": true, "as": true, "by": true, "despite": true, "following": true,
	"for": true, "since": true, "under": true, "until": true, "upon": true, "within": true,
	"without": true, "throughout": true, "against": true, "among": true, "across": true,
}

// maxAdverbialReach bounds the fronted adverbial frontedSubject passes over, in tokens (the
// longest on the dev corpora is 24): asked from the sentence's start for each cue after a
// comma, the search for its comma made a long sentence of many such cues quadratic.
const maxAdverbialReach = 128

// frontedSubject moves the start of a subject found by subjectBefore past a fronted adverbial:
// `In August last year, she told …` has the subject `she`.
func frontedSubject(d *text.Doc, subj, i int) int {
	if subj+1 < i && d.Key(subj) == "(" {
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
	// Only the first comma can end an adverbial that holds none: look no further (reading on
	// made this quadratic in a clause of many commas), nor past maxAdverbialReach.
	for k := subj + 1; k < i-1 && k <= subj+maxAdverbialReach; k++ {
		if isComma(d, k) {
			if adverbialOnly(d, subj, k) {
				return k + 1
			}
			break
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
	if f.class() != Cognition || i == first {
		return false
	}
	k := d.Key(i - 1)
	return k == "that" || k == "which"
}
