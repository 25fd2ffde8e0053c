package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// infinitive reports a cue of thought, judgement, will or evidence in the infinitive (`a
// chance to defend the merger`, `needed to claim the nomination`, `tried to show`) or after a
// modal (`she would consider legislation`): a purpose, a plan or a possibility, not something
// held or said. After a verb of continuing (`continued to criticize`) the act is real.
func infinitive(d *text.Doc, i, first int, f cueForm) bool {
	if f.class().reports() || i-1 <= first {
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
func (e *Extractor) relativeObject(d *text.Doc, s *text.Segment, i int, f *cueForm, cover []int32) int {
	if isParticiple(d.Key(i)) {
		return -1
	}
	for r := i - 2; r >= s.First && r >= i-1-maxRelativeSubject; r-- {
		t := &d.Tokens[r]
		if t.Kind != text.Word || cover[r] >= 0 {
			return -1
		}
		k := d.Key(r)
		if !relativeObjectWord(k) {
			continue
		}
		if auxiliaries.Has(d.Key(r+1)) || !e.subjectLike(d, r+1, i) {
			return -1 // `which has been called`, `who was asked`: the pronoun is the subject
		}
		if r > s.First && (prepositions.Has(d.Key(r-1)) || adverbialStarts.Has(d.Key(r-1)) || isNounMarker(d.Key(r-1))) {
			return -1 // `in which he says …`: an adverbial, not the object
		}
		return r
	}
	return -1
}

// relativeObjectWord reports whether k is a pronoun that may stand for a cue's object: `which
// he called …`, `what she said the plan would cost`. Who and that are left out: they are more
// often the subject of the cue. What counts only before content of the cue's own: alone, it is
// often an object without being what the cue reports (`denounced what it calls …`). A switch,
// not a set: relativeObject asks it of every word before a cue, and three words are found in
// fewer tests than a look-up costs.
func relativeObjectWord(k string) bool {
	switch k {
	case "what", "which", "whom":
		return true
	}
	return false
}

// raisingCue reports whether f is a verb of seeming or expecting, the cues raising reads.
func raisingCue(f cueForm) bool {
	return f.lemma == "seem" || f.lemma == "appear" || f.lemma == "expect"
}

// raising reads a verb of seeming or expecting with its subject and an infinitive: `The
// figures appear to be wrong`, `The bank is widely expected to act`, `the field seemed poised
// to narrow`. The subject and the infinitive are the two parts of what is reported, and no one
// in the sentence says it: the statement's source is empty, its speaker the writer's. The
// caller has checked [raisingCue].
func (e *Extractor) raising(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) (int, bool) {
	k := i // the end of the subject
	switch f.lemma {
	case "seem", "appear":
		if isParticiple(d.Key(i)) {
			return 0, false
		}
	case "expect":
		if d.Key(i) != "expected" {
			return 0, false
		}
		for k > s.First && (d.Key(k-1) == "not" || strings.HasSuffix(d.Key(k-1), "ly") && d.Tokens[k-1].Flags&text.Lower != 0) {
			k-- // `is widely expected`, `is not expected`
		}
		if k == s.First || !passiveBe.Has(d.Key(k-1)) {
			return 0, false // `Analysts expect the bank to act`: the analysts say so
		}
		k--
		if d.Key(k) == "be" && k > s.First && modals.Has(d.Key(k-1)) {
			k-- // `could be expected`: the modal is no part of the subject
		}
	default:
		return 0, false
	}
	if f.lemma != "expect" && k > s.First && d.Key(k-1) == "it" && end+1 < s.Last && cover[end] < 0 &&
		(d.Key(end) == "that" || clauseStart(d, end, e.cues.determiners) && bareClause(d, end, s.Last)) {
		// `it seems the party has too many delegates`, `it appeared that Trump was unable`: an
		// empty it and the clause the writer judges likely.
		stop := e.contentEnd(d, s, end, cover, false)
		if stop-end < minContent+1 {
			return 0, false
		}
		q := e.newReported(d, i, end, *f, tokenSpan(d, k-1, k-1), "reported-raising")
		q.Parts = []Span{tokenSpan(d, end, stop)}
		*out = q

		return stop, true
	}
	to := end
	if to+1 < s.Last && d.Key(to) != "to" && predicative(d, to, e.cues.determiners) {
		to++ // `seemed poised to`, `appears likely to`
	}
	switch {
	case to+1 < s.Last && d.Key(to) == "to" && d.Tokens[to+1].Kind == text.Word:
		if v := to + 1; e.isCue(d, v, s.Last) || d.Key(v) == "be" && v+1 < s.Last && e.isCue(d, v+1, s.Last) {
			return 0, false // `seems to feel that …`, `did not seem to be worried about`: the subject's own view
		}
	case f.lemma != "expect" && to == end+1:
		// `the fallout appears significant`, `seemed impervious to shocks`: an adjective
	default:
		return 0, false
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
		return 0, false // `there seems to be`: no subject to report
	}
	if subj > s.First && (d.Key(subj-1) == "if" || d.Key(subj-1) == "unless") {
		return 0, false // `if the reasons seem weak`: a condition, not an assessment
	}
	stop := e.contentEnd(d, s, end, cover, false)
	if embeddedSubject(d, subj, s.First) {
		// `the Fed move, which is widely expected to come in May, presents …`, `While the topic
		// is not expected to surface, China …`: the clause ends at its comma.
		stop = min(stop, commaAfter(d, end, stop))
	}
	if stop-end < minContent && !(stop-end == 1 && to == end+1) {
		return 0, false // but `the fallout appears significant`
	}
	q := e.newReported(d, i, end, *f, tokenSpan(d, subj, subj), "reported-raising")
	q.Parts = []Span{tokenSpan(d, subj, k), tokenSpan(d, end, stop)}
	*out = q

	return stop, true
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
	return k == "who" || k == "which" || k == "whom" || k == "that" || subordinator(k)
}

// predicative reports whether token j may be an adjective or participle after a verb of
// seeming: a lower-case word that is no determiner, preposition, conjunction or adverbial
// (`appears likely`, `seemed poised`, not `appeared in court` or `seems to`).
func predicative(d *text.Doc, j int, determiners *lexicon.Set) bool {
	t := &d.Tokens[j]
	k := d.Key(j)
	return t.Kind == text.Word && t.Flags&text.Lower != 0 && !determiners.Has(k) && !prepositions.Has(k) &&
		!adverbialStarts.Has(k) && !coordinators.Has(k) && !isNounMarker(k) && !complementizers.Has(k) && k != "to" &&
		k != "that" && k != "as" && k != "like" && !auxiliaries.Has(k)
}

// reportAdverb reports whether key is an adverb that attributes a clause to reports no one
// names: `Bloomberg reportedly considered a run`, `the money allegedly went to …`. The
// reported-speech scan asks it only of words as long as "according" (nextCandidate): an adverb
// added here must be as long, or that test must change.
func reportAdverb(key string) bool {
	// Its length first: it is asked at nearly every word, and most words are shorter.
	return len(key) >= len("allegedly") && (key == "reportedly" || key == "allegedly" || key == "purportedly")
}
