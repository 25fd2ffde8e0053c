package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// reportedly reads a clause with an adverb of report between its subject and its verb: the
// subject and the rest of the clause are the parts of a statement with no source.
func (e *Extractor) reportedly(d *text.Doc, s *text.Segment, i int, cover []int32) (Quote, int, bool) {
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
	if start < s.Last && isComma(d, start) {
		start++ // `Trump, reportedly, …`
	}
	if start >= s.Last {
		return Quote{}, 0, false // `Ann reportedly,` at the text's end: nothing is reported
	}
	stop := e.contentEnd(d, s, start, cover, isParticiple(d.Key(start))) // a participle ends at its comma
	if stop-start < minContent {
		return Quote{}, 0, false
	}
	f := newCueForm(d.Key(i), Speaking)
	q := e.newReported(d, i, i+1, f, tokenSpan(d, i, i), "reported-adverb")
	q.Parts = []Span{tokenSpan(d, subj, i), tokenSpan(d, start, stop)}
	return q, stop, true
}

// askOrTell reports whether f is a cue of asking or telling, the cues askedBefore reads.
func askOrTell(f cueForm) bool { return f.lemma == "ask" || f.lemma == "tell" }

// askedBefore reads the question of a participle that opens a sentence: `Asked whether he
// would run, Mr. Biden said …`, `When asked by a reporter about the wall, …`. The question runs
// to the comma; who asked is the agent after "by", or no one named. The caller has checked
// [askOrTell].
func (e *Extractor) askedBefore(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) (int, bool) {
	switch {
	case f.lemma == "ask" && d.Key(i) == "asked":
	case f.lemma == "tell" && d.Key(i) == "told" && i > s.First && (d.Key(i-1) == "when" || d.Key(i-1) == "after" || d.Key(i-1) == "once"):
		// `When told the senator was in the cabinet, Bush paused`: what he was told
	default:
		return 0, false
	}
	if i > s.First && d.Key(i-1) != "when" && d.Key(i-1) != "if" && d.Key(i-1) != "after" && d.Key(i-1) != "before" {
		return 0, false // `Asked whether …`, `…, when asked whether …`
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
		return 0, false
	}
	switch k := d.Key(j); {
	case f.lemma == "tell":
		if k != "that" && !clauseStart(d, j, e.cues.determiners) {
			return 0, false
		}
	case !complementizers.Has(k) && k != "about" && k != "to":
		return 0, false // but `Asked to respond to the criticism, …`
	}
	stop := commaAfter(d, j, s.Last)
	if i == s.First || i == s.First+1 {
		if stop >= s.Last {
			return 0, false // no main clause after it: not the question of a participle
		}
	} else {
		stop = min(stop, lastWordless(d, s)) // `…, when asked whether he would run.`
	}
	if stop-j < minContent || coveredAny(cover, j, stop) {
		return 0, false
	}
	q := e.newReported(d, i, end, *f, source, "reported-asked")
	q.Parts = []Span{tokenSpan(d, j, stop)}
	*out = q

	return stop, true
}

// participleAfter reports whether the cue word at token i, after the first token at first, has
// the form of a past participle, as a cue in the passive has.
func participleAfter(d *text.Doc, i, first int) bool {
	key := d.Key(i)
	return i > first && (strings.HasSuffix(key, "ed") || pastParticiple(key))
}

// passive reads a cue in the passive: `Trump has been criticized by his rivals for skipping
// the debate`, `It was reported that …`, `The plan was widely seen as a retreat`. The subject
// (unless it is an empty it or there) and what follows the cue are the parts of what is
// reported; the agent after by is the source, else no one named. The caller has checked
// [participleAfter].
func (e *Extractor) passive(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) (int, bool) {
	// The chain of auxiliaries before the cue is read first: most cues have none and are no
	// passive, whatever the cue.
	k, be, has := i, false, false
chain:
	for k > s.First {
		if t := d.Tokens[k-1].Kind; t == text.Punct || t == text.Mark {
			break // `"…," said Ann Lee`: no word of the chain, at the cost of two loads
		}
		p := d.Key(k - 1)
		inSets := beOrAuxiliary.Has(p) // most words before a cue are in neither set: one look-up
		switch {
		case inSets && passiveBe.Has(p):
			if !be {
				// `He's said he will run`: 's right before a participle with no agent, no that
				// and no preposition after it is has (but `he's been told`).
				has = p == "'s" && !(end < s.Last && (d.Key(end) == "by" || passiveRest.Has(d.Key(end))))
			}
			be = true
		case modalOrTo(p):
			if !f.class().reports() {
				return 0, false // `must be approved by parliament`: not yet judged
			}
		case inSets && auxiliaries.Has(p), chainAdverb(p), strings.HasSuffix(p, "ly") && d.Tokens[k-1].Flags&text.Lower != 0:
		default:
			break chain
		}
		k--
	}
	if !be || has || k == s.First || relatives.Has(d.Key(k-1)) || d.Key(k-1) == "that" {
		return 0, false // not a passive, or one whose subject is a relative pronoun
	}
	judged := judgedAs.Has(f.lemma) && end+1 < s.Last && cover[end] < 0 && article(d.Key(end))
	if f.class() == Commitment || f.class() == Intention || f.class() == Evidence || notPassive.Has(f.lemma) && !judged {
		return 0, false // `is determined to`, `was charged with`: no report
	}
	subj := frontedSubject(d, subjectBefore(d, k, s.First), k)
	if subj >= k || coveredAny(cover, subj, k) || k-subj > maxFrontedSubject {
		return 0, false
	}
	var parts []Span
	if key := d.Key(subj); !(subj+1 == k && (key == "it" || key == "there")) && !f.is(objectVerb) {
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
	if len(parts) == 0 || len(parts) == 1 && parts[0].Start < d.Tokens[i].Start && source.Len() == 0 && f.class() != Speaking && f.class() != Writing {
		return 0, false // `The bill was supported.`: the subject alone says nothing
	}
	q := e.newReported(d, i, end, *f, source, "reported-passive")
	q.Parts = parts
	*out = q

	return j, true
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

// pastParticiple reports whether key is the past participle of a cue without -ed. A switch, not
// a set: it is asked at nearly every cue, most of them said, and a switch finds a word in fewer
// tests than a look-up costs.
func pastParticiple(key string) bool {
	switch key {
	case "told", "said", "seen", "shown", "written", "thought", "known", "found", "taught", "understood":
		return true
	}
	return false
}

// passiveRest open what follows a passive cue as part of what it reports: `criticized for
// skipping the debate`, `seen as a retreat`, `told that …`, `asked whether …`.
var passiveRest = lexicon.NewSet(map[string]bool{
	"that": true, "as": true, "for": true, "to": true, "of": true, "about": true, "with": true,
	"whether": true, "if": true, "how": true, "what": true, "why": true, "when": true,
})

// modalOrTo reports whether p is a modal or to, before the be of a passive: `must be approved`.
// (A switch on p finds it in a few tests, where a test per word took many.)
func modalOrTo(p string) bool {
	switch p {
	case "would", "will", "could", "should", "might", "may", "must", "can", "'ll", "'d", "to":
		return true
	}
	return false
}

// chainAdverb reports whether p is one of the other words that may stand in the chain of
// auxiliaries before a cue in the passive: `has not been`, `was first reported`.
func chainAdverb(p string) bool {
	switch p {
	case "not", "n't", "also", "never", "being", "first", "since", "already", "long":
		return true
	}
	return false
}

// beOrAuxiliary are passiveBe and the auxiliaries in one set, which the chain of a passive asks
// before either.
var beOrAuxiliary = unionSet(passiveBeList, auxiliariesList)

// passiveBe are the forms of be that make a cue passive: `was criticized`, `has been told`.
var passiveBe = lexicon.NewSet(passiveBeList)

var passiveBeList = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true, "'re": true,
}
