package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// nominal reads a cue noun with what it reports: a clause opened by "that" (`his claim that
// …`, `concerns that …`) or, for a noun listed with its preposition, the noun phrase after it
// (`Trump's criticism of the judge`, `support for the bill`). The possessor before the noun
// (his, the ministry's) is the source, else the subject of the clause around it.
func (e *Extractor) nominal(d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) (Quote, int, bool) {
	if end >= s.Last || cover[end] >= 0 {
		return Quote{}, 0, false
	}
	np := d.Tokens[end-1].Kind == text.Word && end-1 > i && d.Key(end-1) != "that" && nounFollower(d.Key(end-1))
	start := end
	colon := d.Key(start) == ":"
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
	case d.Key(start) == "to" && start+1 < s.Last && (f.class() == Commitment || f.lemma == "claim") &&
		d.Tokens[start+1].Kind == text.Word && d.Tokens[start+1].Flags&text.Lower != 0 && !isNounMarker(d.Key(start+1)):
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
	q := e.newReported(d, i, end, *f, src, "reported-nominal")
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
	if auxiliaries.Has(w) || verbForm(w) || irregularPast.Has(w) || strings.HasSuffix(w, "ly") || isNounMarker(w) ||
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
	// By length first: it is asked after nearly every word, and most words are longer.
	switch len(key) {
	case 1:
		return key == ":"
	case 2:
		return key == "of" || key == "on" || key == "to"
	case 3:
		return key == "for"
	case 4:
		return key == "that" || key == "over"
	case 5:
		return key == "about"
	case 7:
		return key == "against"
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
var irregularPast = lexicon.NewSet(irregularPastList)

var irregularPastList = map[string]bool{
	"made": true, "gave": true, "took": true, "got": true, "put": true, "kept": true, "held": true,
	"sent": true, "brought": true, "heard": true, "did": true, "won": true, "built": true,
	"paid": true, "set": true, "left": true, "broke": true, "drew": true, "came": true,
	"went": true, "rose": true, "fell": true, "grew": true, "became": true, "led": true,
	"lost": true, "spent": true, "began": true, "saw": true, "knew": true, "thought": true,
}

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
