package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// inverted reports whether a speech cue after a comma is followed by its subject and then the
// end of the sentence: `The vote was rigged, said Mr. Smith, a spokesman.`
func inverted(d *text.Doc, s *text.Segment, i, end int, f *cueForm, determiners *lexicon.Set) bool {
	if !f.is(invertingVerb) || i == s.First || !isComma(d, i-1) && !afterComma(d, i, s.First) || end >= s.Last || isParticiple(d.Key(i)) {
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
	if after > end && after+1 < stop && head-end <= maxInvertedSubject && d.Key(after) == "," {
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
		if k < limit && d.Key(k) == "." {
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
func ownAuxiliaries(d *text.Doc, s *text.Segment, from, to, cueEnd int) int {
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
	return !auxiliaries.Has(key) && !isNounMarker(key) && !adverbialStarts.Has(key)
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
