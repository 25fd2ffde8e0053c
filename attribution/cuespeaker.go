package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// cueSpeaker takes the subject of the statement's cue: the mention in the quote's source
// window nearest the cue, or, after an apposition (`Mukasey, the attorney general under
// President Bush, said`), the first one.
func (c *docContext) cueSpeaker(si int, q *quote.Quote) (choice, bool) {
	// q is the statement's quotation, as runSieves found it for every sieve.
	w := q.Source
	if q.Cue.Lemma == "" || w.Len() == 0 {
		return choice{}, false
	}
	// The cue's first token, found once for the tests below that read the words before it.
	cue := c.d.TokenAt(q.Cue.Span.Start)
	if q.Kind == quote.Direct {
		if j, last := c.accordingTo(q.Cue.Span); j >= 0 {
			if ch, ok := c.accordingSource(j+2, last, q.Cue.Span); ok {
				return ch, ok
			}
		}
	}
	if q.Rule == "cue-previous" {
		if ch, ok := c.previousQuoteSpeaker(si); ok {
			return ch, ok
		}
	}
	if q.Rule == "cue-after" && c.cueInNextSentence(q) {
		if ch, ok := c.continuedSpeaker(si); ok {
			return ch, ok
		}
	}
	if c.passive(si) {
		if mi := c.passiveAgent(q); mi >= 0 {
			return c.fromMention(mi, 0.8, q.Cue.Span) // `Lee was asked by host Tom Reed whether …`
		}
	}
	before := w.End <= q.Cue.Span.Start
	if before && cue > 0 && strings.HasSuffix(c.d.Key(cue), "ing") { // asked by reducedRelative first: no call for most cues
		if np, ok := c.reducedRelative(w, cue); ok {
			return c.nounSpeaker(np, q.Cue.Span)
		}
	}
	if !before && q.Kind == quote.Direct && c.participleCue(cue) && q.Cue.Span.Start >= q.Span().End {
		// `Rubio fired back: "…," referencing the Cuban voters of Miami`: a participle has no
		// subject after it; the words there are its object. The speaker is the sentence's.
		if mi := c.sentenceSubject(q.Span().Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
		return choice{}, false
	}
	if q.Kind == quote.Direct && before && cue >= 1 && c.d.Key(cue-1) == "," { // participleClause asks it first
		w = c.participleClause(w, cue)
	}
	if before && !c.dialogueText {
		if ch, ok := c.relativeBefore(w, q.Cue.Span, cue); ok {
			return ch, ok
		}
	}
	cands := c.mentionsIn(w)
	if len(cands) == 0 {
		if mi := c.possessorWindow(w); mi >= 0 {
			return c.fromMention(mi, 0.8, q.Cue.Span) // `Lee stepped up her attacks on Hale`: her stands for Lee
		}
	}
	if len(cands) == 0 && before {
		if who, ok := c.relativeSubject(w); ok {
			if mi := c.antecedent(who.Start); mi >= 0 {
				ch, ok := c.fromMention(mi, 0.8, q.Cue.Span)
				ch.mention = who // the local mention is who; the speaker is the person it stands for
				return ch, ok
			}
		}
	}
	if len(cands) == 0 && before && q.Kind == quote.Direct {
		if mi := c.sentenceSubject(w.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
	}
	if len(cands) == 0 && before && !c.dialogueText && verbFirst(c.d, w) {
		// `Chris Carr, the director, released a statement confirming …`: the window is the
		// verb phrase the cue hangs on; its subject is the sentence's.
		if mi := c.openingActor(w.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span) // `The Rifle Association, which backs Lee, used the comments to urge`
		}
		if mi := c.sentenceSubject(w.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
		return choice{}, false
	}
	if len(cands) == 0 && before && !c.dialogueText && !c.nounPhrase(w) && (strings.HasPrefix(q.Rule, "reported-participle") || c.clauseTail(w)) {
		// `The mayor praised the deal "…" in talks over the budget, applauding`: the window is
		// the end of the clause the participle goes on from; its subject is the sentence's.
		if mi := c.sentenceSubject(w.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
	}
	if len(cands) == 0 && before && q.Kind != quote.Direct && !c.dialogueText {
		if mi := c.frontedSubject(w, q); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
	}
	if len(cands) == 0 && before {
		if mi := c.beforeDashes(w); mi >= 0 {
			return c.fromMention(mi, 0.8, q.Cue.Span)
		}
	}
	if len(cands) == 0 {
		return c.windowSpeaker(w, before)
	}
	if before && q.Kind != quote.Direct && !strings.HasPrefix(q.Rule, "reported-participle") && !strings.HasPrefix(q.Rule, "reported-coordinated") {
		if s, ok := c.interruptedSubject(w, cue); ok {
			return c.subjectIn(s, cands, q.Cue.Span)
		}
	}
	var pick int
	noRelative := false // no who or which from the window to the cue, as far as case 2 looked
	switch {
	case strings.HasPrefix(q.Rule, "reported-participle"), strings.HasPrefix(q.Rule, "reported-coordinated"),
		before && (c.coordinatedBefore(cue) || c.participleCue(cue) || c.infinitiveCue(cue)):
		if before {
			cands = c.dropObjects(w, cands)
			if len(cands) == 0 {
				if mi := c.sentenceSubject(w.Start); mi >= 0 {
					return c.fromMention(mi, 0.6, q.Cue.Span)
				}
				return c.windowSpeaker(w, before)
			}
		}
		pick = c.firstActor(cands) // "BRUSSELS — The chancellor ruled it out, saying …", "X said … and said:"
		if mi := c.afterExpletive(w, cands, pick); mi >= 0 {
			pick = mi
		} else if mi := c.lastClauseSubject(w, cands, strings.HasPrefix(q.Rule, "reported-participle")); mi >= 0 {
			pick = mi
		} else if mi := c.verbSubject(cands); mi >= 0 {
			pick = mi
		} else if np, ok := c.openingSubject(w, c.ents.Mentions[pick].Span); ok {
			return c.windowSpeaker(np, before) // `His campaign sued the DNC on Friday, seeking`: the DNC is an object
		} else if mi := c.sentenceSubject(w.Start); before && c.isPlace(pick) && mi >= 0 {
			pick = mi // `Lee canceled a rally in Green Bay, Wis., citing`: a place does not speak
		}
	case before && !c.appositionBefore(cue) && !c.dashAsideBefore(w, cue):
		pick = cands[len(cands)-1]
		// The three tests of a relative clause below read only tokens from the window's start
		// to the cue, where most windows have no relative at all: one look for it serves them.
		noRelative = !c.relativeBetween(c.d.TokenAt(w.Start), cue)
		if noRelative {
			break
		}
		if mi := c.relativeAntecedent(cands, q.Cue.Span.Start); mi >= 0 {
			pick = mi
		} else if r, ok := c.unnamedAntecedent(w, cands, q.Cue.Span.Start); ok {
			return c.windowSpeaker(r, before)
		}
	case before:
		pick = c.namedApposition(cands, c.firstActor(cands))
	default:
		// Looked for only here: the cases above choose their own. It passes over a place: a
		// dateline (`WASHINGTON -- President Obama, …, said`).
		pick = c.firstActor(cands)
	}
	ch, ok := c.fromMention(pick, 0.9, q.Cue.Span)
	if before && !noRelative { // pick lies in the window
		if r, found := c.relativeAfter(c.ents.Mentions[pick].Span.End, q.Cue.Span.Start); found {
			ch.mention = r // `bankers who concluded`: who is the cue's subject; it stands for the bankers
		}
	}
	if c.dialogueText && q.Depth == 0 && c.ents.Mentions[pick].Kind == entity.Pronoun {
		ch = c.conversationPronoun(si, ch)
	}
	return ch, ok
}

// dropObjects returns the mentions of cands in window w that no preposition and determiner
// stand before (`on his Facebook page, writing`, `brought up the Oklahoma City bombing and
// later said`): the object of a phrase is not the subject a participle or a second verb goes
// on from. It filters cands in place.
func (c *docContext) dropObjects(w Span, cands []int) []int {
	d := c.d
	out := cands[:0]
	for _, mi := range cands {
		m := &c.ents.Mentions[mi]
		k := d.TokenAt(m.Span.Start) - 1
		if m.Kind == entity.Name && k > 0 && d.Tokens[k-1].Start >= w.Start && clauseDeterminers.Has(d.Key(k)) &&
			objectPrepositions.Has(d.Key(k-1)) && !c.partOf(k-1) {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// previousQuoteSpeaker returns, for a quotation whose cue ends the sentence before it, the
// speaker of the quotation that sentence holds when that quotation's own cue comes first:
// `"A," Lee said, as the crowd cheered. "B."` goes on with Lee's words; the later verb (cheered)
// is a clause's aside, not B's cue.
func (c *docContext) previousQuoteSpeaker(si int) (choice, bool) {
	if si == 0 {
		return choice{}, false
	}
	q, p := &c.quotes[c.from[si]], &c.quotes[c.from[si-1]]
	sp := c.stmts[si-1].Speaker
	if sp == nil || p.Kind != quote.Direct || p.Cue.Lemma == "" || p.Rule != "cue-after" && p.Rule != "cue-before" ||
		p.Cue.Span.End > q.Cue.Span.Start || p.Cue.Span == q.Cue.Span {
		return choice{}, false
	}
	d := c.d
	if d.SentenceOf(d.TokenAt(p.Cue.Span.Start)) != d.SentenceOf(d.TokenAt(q.Cue.Span.Start)) {
		return choice{}, false
	}
	return speakerChoice(sp, 0.8, p.Cue.Span), true
}

// cueInNextSentence reports whether the cue after direct quotation q opens a sentence of its own:
// the quotation ends in a full stop inside its marks and a capital follows them (`"…
// fault." He added: "…"`).
func (c *docContext) cueInNextSentence(q *quote.Quote) bool {
	if q.Kind != quote.Direct || len(q.Marks) == 0 || len(q.Parts) == 0 {
		return false
	}
	// The last part ends in a full stop before any spaces: strings.TrimRight, a call, cost more
	// than this loop.
	t := q.Parts[len(q.Parts)-1].Of(c.d.Text)
	n := len(t)
	for n > 0 && t[n-1] == ' ' {
		n--
	}
	if n == 0 || t[n-1] != '.' {
		return false
	}
	k := c.d.TokenAt(q.Marks[len(q.Marks)-1].End)
	return k < len(c.d.Tokens) && c.d.Tokens[k].Kind == text.Word && c.d.Tokens[k].Flags&text.Lower == 0 &&
		c.d.Tokens[k].Start < q.Cue.Span.Start
}

// continuedSpeaker returns the speaker of the direct quotation before statement si when its cue
// stands between the two, in the sentence before si's: `"A," he said. "B." He added: "C."`:
// B goes on with A's words; the cue after B opens the next sentence and introduces C.
func (c *docContext) continuedSpeaker(si int) (choice, bool) {
	if si == 0 {
		return choice{}, false
	}
	q, p := &c.quotes[c.from[si]], &c.quotes[c.from[si-1]]
	sp := c.stmts[si-1].Speaker
	if sp == nil || p.Kind != quote.Direct || p.Cue.Lemma == "" || p.Rule != "cue-after" ||
		p.Cue.Span.Start < p.Span().End || p.Cue.Span.End > q.Span().Start {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(q.Marks[0].Start)
	if d.ParagraphOf(first) != d.ParagraphOf(d.TokenAt(p.Cue.Span.Start)) || d.SentenceOf(first) != d.SentenceOf(d.TokenAt(p.Cue.Span.Start))+1 {
		return choice{}, false
	}
	return speakerChoice(sp, 0.8, p.Cue.Span), true
}

// isPlace reports whether mention mi names a place.
func (c *docContext) isPlace(mi int) bool {
	m := &c.ents.Mentions[mi]
	return m.Kind != entity.Pronoun && m.Entity >= 0 && c.ents.Entities[m.Entity].Kind == entity.Place
}

// maxTailWords bounds the lower-case words between the comma that closes an interruption and
// the cue (`will not`, `has long`).
const maxTailWords = 3

// interruptedSubject returns the subject phrase of window w, before the cue at token cue, when a
// phrase set off by commas stands between it and the cue, with at most a few lower-case words after
// the closing comma (`The survey, released by the Policy Institute, showed`, `Tom Reed, who calls
// Ann Hale a liar, will say`): the mentions in the phrase are its own objects. Adjuncts before the
// subject (`In a speech, Ann Hale, a Democrat, said`) are passed over; a name that opens the phrase
// is the subject's name (`One pastor, Tom Reed, said`): that is namedApposition's case.
func (c *docContext) interruptedSubject(w Span, cue int) (Span, bool) {
	d := c.d
	first, end := d.TokenAt(w.Start), cue
	var commas [8]int
	n := 0
	for k := first; k < end && k < len(d.Tokens); k++ {
		if d.Tokens[k].Kind != text.Punct {
			continue // a comma and the breaks are punctuation: the look-up need not hash a word
		}
		t := d.TokenText(k)
		if t != "," && !interruptionBreaks.Has(t) || c.inQuote(d.Tokens[k].Start) && !c.closingComma(k) || c.inParens(w, d.Tokens[k].Start) {
			continue
		}
		if t != "," {
			return Span{}, false // a dateline's dash, a colon: the commas may not pair up
		}
		if n == len(commas) {
			return Span{}, false
		}
		commas[n] = k
		n++
	}
	if n < 2 || end-commas[n-1]-1 > maxTailWords {
		return Span{}, false
	}
	for k := commas[n-1] + 1; k < end; k++ {
		key := d.Key(k)
		if d.Tokens[k].Kind == text.Mark && k == commas[n-1]+1 {
			continue // the mark after a closing comma
		}
		if d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower == 0 ||
			!clauseWords.Has(key) && !tailAdverbs.Has(key) && !strings.HasSuffix(key, "ly") {
			return Span{}, false // `Ann Hale, Tom Reed, and Bill Moss said`: a clause of its own
		}
	}
	from := first
	for i := 0; i < n-1; i++ {
		if commas[i] == from {
			return Span{}, false // `, ,` or a comma that opens the window: no phrase between
		}
		s := Span{Start: d.Tokens[from].Start, End: d.Tokens[commas[i]-1].End}
		for j := commas[i] - 2; j >= from; j-- {
			if complementizers.Has(d.Key(j)) {
				s.Start = d.Tokens[j+1].Start // `It is unclear whether Tom Reed, who …, will`
				break
			}
		}
		if c.adjunct(s) {
			from = commas[i] + 1 // `In a speech,`, `where it costs more,`, `However,`
			continue
		}
		if !c.subjectPhrase(s) {
			return Span{}, false // a clause: its commas are a list's or another clause's
		}
		for j := i; j < n-1; j++ {
			if c.personNameAt(commas[j] + 1) {
				return Span{}, false // `The chief, Ann Hale, said`: the name is the subject's
			}
		}
		return s, true
	}
	return Span{}, false
}

// adjunct reports whether the words of s, between commas, open a sentence without being its
// subject: a phrase that a preposition, a conjunction, a relative or a participle opens, or a
// single word that names no one (`However`, `Overall`).
func (c *docContext) adjunct(s Span) bool {
	d := c.d
	k, e := d.TokenAt(s.Start), d.TokenAt(s.End-1)
	if k == e {
		mi := c.mentionAtOrAfter(s.Start)
		return mi < 0 || c.ents.Mentions[mi].Span.Start >= s.End
	}
	key := d.Key(k)
	return relativeOpeners.Has(key) || d.Tokens[k].Kind == text.Word &&
		(nonOpeners.Has(key) || strings.HasSuffix(key, "ly") || strings.HasSuffix(key, "ing"))
}

// closingComma reports whether the comma at token k ends a quotation, before its closing mark:
// the comma of the sentence around it (`who calls Reed a “crook,” said`).
func (c *docContext) closingComma(k int) bool {
	d := c.d
	return k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Mark && d.Tokens[k+1].Flags&text.SpaceAfter != 0
}

// subjectPhrase reports whether the words of s, between commas, can be a cue's subject: a noun
// phrase with no clause in it.
func (c *docContext) subjectPhrase(s Span) bool {
	d := c.d
	k, e := d.TokenAt(s.Start), d.TokenAt(s.End-1)
	if !c.nounPhrase(s) {
		return false
	}
	for ; k <= e; k++ {
		if clauseOpeners.Has(d.Key(k)) || relativeOpeners.Has(d.Key(k)) {
			return false
		}
	}
	return true
}

// interruptionBreaks end a window's commas' pairing: dashes, colons and semicolons.
var interruptionBreaks = lexicon.NewSet(map[string]bool{
	"-": true, "--": true, "—": true, "–": true, ":": true, ";": true,
})

// complementizers open a clause whose subject follows them.
var complementizers = lexicon.NewSet(map[string]bool{
	"whether": true, "that": true, "if": true, "because": true, "although": true, "though": true,
	"while": true, "when": true, "since": true, "as": true, "after": true, "before": true, "once": true,
})

// tailAdverbs may stand between the comma that closes an interruption and the cue.
var tailAdverbs = lexicon.NewSet(map[string]bool{
	"also": true, "long": true, "never": true, "ever": true, "still": true, "now": true,
	"later": true, "first": true, "often": true, "again": true, "already": true, "even": true,
	"once": true, "too": true, "since": true, "soon": true,
})

// relativeOpeners open a clause that cannot be a cue's subject.
var relativeOpeners = lexicon.NewSet(map[string]bool{
	"where": true, "who": true, "whom": true, "whose": true, "which": true, "that": true,
})

// personNameAt reports whether a mention that names a person starts at token k.
func (c *docContext) personNameAt(k int) bool {
	if k >= len(c.d.Tokens) {
		return false
	}
	mi := c.mentionAtOrAfter(c.d.Tokens[k].Start)
	if mi < 0 {
		return false
	}
	m := &c.ents.Mentions[mi]
	return m.Span.Start == c.d.Tokens[k].Start && m.Kind == entity.Name && m.Entity >= 0 && c.ents.Entities[m.Entity].Kind == entity.Person
}

// subjectIn takes the first actor among the mentions cands inside subject phrase s, or, when it
// holds none, the phrase's words themselves (`The survey`).
func (c *docContext) subjectIn(s Span, cands []int, cue Span) (choice, bool) {
	in := cands[:0:0]
	for _, mi := range cands {
		if s.Contains(c.ents.Mentions[mi].Span) {
			in = append(in, mi)
		}
	}
	if len(in) == 0 {
		return c.windowSpeaker(s, true)
	}
	return c.fromMention(c.firstActor(in), 0.9, cue)
}

// participleClause widens window w, before a participle cue at token i after a comma (`Reed
// shared a syllabus on his page, writing "…"`), to the clause the participle goes on from, back
// to the start of its sentence or the quotation before it: the window the quote stage gives is
// the clause's tail, whose mentions are objects.
func (c *docContext) participleClause(w Span, i int) Span {
	d := c.d
	if i < 1 || d.Key(i-1) != "," || !c.participleCue(i) {
		return w
	}
	sent := d.Sentences[d.SentenceOf(i)]
	k := d.TokenAt(w.Start)
	for k > sent.First && !c.inQuote(d.Tokens[k-1].Start) {
		k--
	}
	return Span{Start: d.Tokens[k].Start, End: w.End}
}

// relativeSubject returns the relative "who" that is the subject of window w's cue: w itself,
// or the who right before it when the quote stage gave only the words between the relative and
// the cue (`Reed, who in the past has voiced`, `who has both endorsed`).
func (c *docContext) relativeSubject(w Span) (Span, bool) {
	d := c.d
	k := d.TokenAt(w.Start)
	if k < len(d.Tokens) && d.Key(k) == "who" {
		return w, true
	}
	if k > 0 && k < len(d.Tokens) && d.Key(k-1) == "who" && d.Tokens[k].Flags&text.Lower != 0 {
		return Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k-1].End}, true
	}
	return Span{}, false
}

// relativeBefore takes, when window w is the verb phrase right after a relative pronoun
// (`Clarke, who recently wrote a paper outlining`, `the headline, which mirrors a tweet`), the
// pronoun as the cue's subject, standing for the person before it when there is one: the
// mentions in the window are its objects. cueTok is the first token of the cue, span cue.
func (c *docContext) relativeBefore(w, cue Span, cueTok int) (choice, bool) {
	d := c.d
	k := d.TokenAt(w.Start)
	// The relative first: most windows follow none, and the verb's test looks words up.
	if k < 2 {
		return choice{}, false
	}
	if key := d.Key(k - 1); key != "who" && key != "which" {
		return choice{}, false
	}
	if !relativeVerb(d, k, w.End) {
		return choice{}, false // `which he said`, `which even critics say`: the relative is an object
	}
	if d.Tokens[k-2].Kind == text.Word && nonOpeners.Has(d.Key(k-2)) {
		return choice{}, false // `at which all the guests agreed`: the relative is no subject
	}
	if c.coordinatedBefore(cueTok) {
		return choice{}, false // `He praised those who left but said`: the main clause goes on
	}
	rel := Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k-1].End}
	mi := c.antecedent(rel.Start)
	if d.Key(k-1) == "which" {
		mi = c.mentionBefore(rel.Start) // `the ACLU of Oregon, which released`: the name right before it
		if mi >= 0 && (c.ents.Mentions[mi].Kind == entity.Pronoun || c.ents.Mentions[mi].Span.End < d.Tokens[k-2].Start) {
			mi = -1
		}
	}
	if mi >= 0 {
		ch, ok := c.fromMention(mi, 0.8, cue)
		ch.mention = rel
		return ch, ok
	}
	return choice{mention: rel, entity: -1, name: rel.Of(d.Text), confidence: 0.5, evidence: cue}, true
}

// relativeVerb reports whether token k, before byte offset end, opens a verb phrase in the
// past, past any adverbs (`recently co-authored`, `has both endorsed`): a relative before it is
// the verb's subject. A present in -s is left out: it reads as a plural noun (`which critics
// say`).
func relativeVerb(d *text.Doc, k, end int) bool {
	for ; k < len(d.Tokens) && d.Tokens[k].Start < end; k++ {
		if d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower == 0 {
			return false
		}
		key := d.Key(k)
		if tailAdverbs.Has(key) || len(key) > 4 && strings.HasSuffix(key, "ly") {
			continue
		}
		if key == "is" || key == "was" {
			return k+1 < len(d.Tokens) && !whWords.Has(d.Key(k+1)) // `which is why officials say`
		}
		return clauseWords.Has(key) && key != "not" || pastVerbs.Has(key) || irregularParticiples.Has(key) ||
			len(key) > 3 && strings.HasSuffix(key, "ed")
	}
	return false
}

// whWords open a clause of their own after a copula (`which is why`, `is what some call`).
var whWords = lexicon.NewSet(map[string]bool{"why": true, "what": true, "how": true, "where": true, "when": true})

// openingSubject returns the noun phrase that opens window w and its sentence, up to its verb,
// when mention span m, the first actor in w, stands after that verb: the clause's subject names
// no one the entity stage knows (`His campaign sued the DNC`, `The poll finds Trump ahead`), and
// m is an object.
func (c *docContext) openingSubject(w, m Span) (Span, bool) {
	d := c.d
	k := d.TokenAt(w.Start)
	if k >= len(d.Tokens) || k != d.Sentences[d.SentenceOf(k)].First || !npOpeners.Has(d.Key(k)) || m.Start <= d.Tokens[k].Start {
		return Span{}, false
	}
	if n := d.TokenAt(m.End); verbNext(d, n) || n < len(d.Tokens) && pastVerbs.Has(d.Key(n)) {
		return Span{}, false // `a letter the campaign sent`, `cheered Democrats hoping`: m is a subject too
	}
	p := d.TokenAt(m.Start) - 1
	for p > k && clauseDeterminers.Has(d.Key(p)) {
		p--
	}
	if complementizers.Has(d.Key(p)) {
		return Span{}, false // `The rejection was complete when Trump called`: m opens a clause of its own
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+maxSubjectWords && d.Tokens[j].Start < m.Start; j++ {
		t := &d.Tokens[j]
		if t.Kind != text.Word {
			return Span{}, false // a comma, a dash: an apposition or a clause before the verb
		}
		key := d.Key(j)
		if t.Flags&text.Lower == 0 || j == k+1 {
			continue
		}
		verb := clauseWords.Has(key) || pastVerbs.Has(key) || len(key) > 3 && strings.HasSuffix(key, "ed") ||
			len(key) > 3 && strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && !clauseDeterminers.Has(d.Key(j-1)) && !npOpeners.Has(d.Key(j-1))
		if verb {
			e := j - 1
			for e > k && (tailAdverbs.Has(d.Key(e)) || strings.HasSuffix(d.Key(e), "ly")) {
				e-- // `Her campaign also announced`
			}
			return Span{Start: d.Tokens[k].Start, End: d.Tokens[e].End}, true
		}
	}
	return Span{}, false
}

// maxSubjectWords bounds the words of a subject's noun phrase before its verb.
const maxSubjectWords = 6

// npOpeners open a noun phrase that is a clause's subject.
var npOpeners = lexicon.NewSet(map[string]bool{
	"the": true, "his": true, "her": true, "its": true, "their": true, "each": true, "a": true, "an": true, "this": true,
})

// maxSourceGap bounds the tokens between a cue and the "according to" that names the source
// it was reported in (`said in a statement on Monday, according to`).
const maxSourceGap = 12

// maxSourceWords bounds the words of that source when no mention names it.
const maxSourceWords = 10

// accordingTo returns the token of the "according to" after the cue of a direct quotation
// (`"…," the mayor said, according to the Ledger`), which names the outlet or document news
// attributes the quotation to, and the end of its sentence; or -1. It finds no choice itself:
// most cues have no "according to", and a choice returned empty cost a copy.
func (c *docContext) accordingTo(cue Span) (j, last int) {
	d := c.d
	k := d.TokenAt(cue.End - 1)
	if k >= len(d.Tokens) {
		return -1, 0
	}
	last = d.Sentences[d.SentenceOf(k)].Last
	for j := k + 1; j+2 < last && j <= k+maxSourceGap; j++ {
		if d.Tokens[j].Kind == text.Mark {
			return -1, 0 // the quotation goes on
		}
		if d.Key(j) != "according" || d.Key(j+1) != "to" || d.Key(j-1) != "," {
			continue
		}
		return j, last
	}
	return -1, 0
}

// accordingSource makes a choice of the source that "according to" names from token from, up
// to the punctuation that ends it or token last: the mention it holds, else its words.
func (c *docContext) accordingSource(from, last int, evidence Span) (choice, bool) {
	d := c.d
	to := from
	for to < last && to-from < maxSourceWords && d.Tokens[to].Kind != text.Punct && d.Tokens[to].Kind != text.Mark {
		to++
	}
	if to == from {
		return choice{}, false
	}
	src := Span{Start: d.Tokens[from].Start, End: d.Tokens[to-1].End}
	if mi := c.mentionAtOrAfter(src.Start); mi >= 0 && src.Contains(c.ents.Mentions[mi].Span) &&
		c.ents.Mentions[mi].Kind != entity.Pronoun {
		return c.fromMention(mi, 0.8, evidence)
	}
	return c.windowSpeaker(src, false)
}

// beforeDashes returns, when window w ends a phrase set off by dashes, the mention that stands
// right before the opening dash, or -1: the subject the phrase interrupts (`Murphy — after a
// pause — told`).
func (c *docContext) beforeDashes(w Span) int {
	d := c.d
	e := d.TokenAt(w.End - 1)
	if e >= len(d.Tokens) || !signatureDashes.Has(d.TokenText(e)) && d.Key(e) != "--" {
		return -1
	}
	sent := d.Sentences[d.SentenceOf(e)]
	for k := e - 1; k > sent.First; k-- {
		t := d.TokenText(k)
		if !signatureDashes.Has(t) && t != "--" {
			continue
		}
		mi := c.mentionBefore(d.Tokens[k].Start)
		if mi < 0 || d.TokenAt(c.ents.Mentions[mi].Span.End) != k {
			return -1
		}
		m := &c.ents.Mentions[mi]
		if m.Kind != entity.Pronoun && (m.Entity < 0 || !personLike(c.ents.Entities[m.Entity].Kind)) {
			return -1
		}
		return mi
	}
	return -1
}

// namedApposition returns, when mention pick names no person, the first later mention of cands
// that does, if a comma opens it and no other mention stands between the two (`Dashing into a
// meeting of senators, Senator Ann Hale, a Democrat, said`: Ann Hale); else pick itself.
func (c *docContext) namedApposition(cands []int, pick int) int {
	m := &c.ents.Mentions[pick]
	if m.Kind != entity.Name && m.Kind != entity.Pronoun {
		if mi := c.closingName(cands, pick); mi >= 0 {
			return mi
		}
	}
	if m.Kind == entity.Pronoun || m.Entity >= 0 && c.ents.Entities[m.Entity].Kind == entity.Person {
		return pick
	}
	for _, mi := range cands {
		n := &c.ents.Mentions[mi]
		if n.Span.Start <= m.Span.Start || n.Entity < 0 || c.ents.Entities[n.Entity].Kind != entity.Person {
			continue
		}
		k := c.d.TokenAt(n.Span.Start) - 1
		if k >= 0 && c.d.Key(k) == "," && c.mentionBefore(c.d.Tokens[k].Start) == pick {
			return mi
		}
		return pick
	}
	return pick
}

// closingName returns the last mention of cands after pick when it names a person and a comma
// opens it, or -1: the name a long role phrase ends in (`One pastor backing Ann Hale, Tom Reed
// of Ohio, said`: Tom Reed, not the pastor or Ann Hale).
func (c *docContext) closingName(cands []int, pick int) int {
	for i := len(cands) - 1; i >= 0 && cands[i] > pick; i-- {
		n := &c.ents.Mentions[cands[i]]
		if n.Kind != entity.Name || n.Entity < 0 || c.ents.Entities[n.Entity].Kind != entity.Person {
			continue
		}
		if k := c.d.TokenAt(n.Span.Start) - 1; k >= 0 && c.d.Key(k) == "," {
			return cands[i]
		}
		return -1
	}
	return -1
}

// relativeBetween reports whether a relative who or which stands among tokens [from, to].
func (c *docContext) relativeBetween(from, to int) bool {
	d := c.d
	for k := from; k <= to && k < len(d.Tokens); k++ {
		if key := d.Key(k); key == "who" || key == "which" {
			return true
		}
	}
	return false
}

// relativeAntecedent returns the mention of cands that a relative clause still open at byte
// offset cue follows (`People who know Ann Hale say`: People), or -1 if there is none: the
// mentions inside the clause are its objects, and the cue is the main verb of its antecedent.
func (c *docContext) relativeAntecedent(cands []int, cue int) int {
	d := c.d
	for _, mi := range cands {
		m := &c.ents.Mentions[mi]
		k := d.TokenAt(m.Span.End)
		if k >= len(d.Tokens) || d.Key(k) != "who" || !verbAfterWho(d, k+1) {
			continue
		}
		open := true
		for j := k + 1; j < len(d.Tokens) && d.Tokens[j].Start < cue; j++ {
			switch d.Key(j) {
			case ",", "—", "–", "--", ")", "(", ";", ":":
				open = false
			}
		}
		if open {
			return mi
		}
	}
	return -1
}

// unnamedAntecedent returns the words from the start of window w to a relative who that
// opens it, when they hold none of the mentions cands and the clause is still open at byte
// offset cue (`Voters who know Ann Hale say`: Voters).
func (c *docContext) unnamedAntecedent(w Span, cands []int, cue int) (Span, bool) {
	d := c.d
	for k := d.TokenAt(w.Start); k < len(d.Tokens) && d.Tokens[k].Start < cue; k++ {
		if d.Key(k) != "who" {
			continue
		}
		r := Span{Start: w.Start, End: d.Tokens[k].Start}
		if k == d.TokenAt(w.Start) || isCommaText(d.TokenText(k-1)) || !verbAfterWho(d, k+1) || !c.nounPhrase(r) {
			return Span{}, false
		}
		for _, mi := range cands {
			if c.ents.Mentions[mi].Span.Start < r.End {
				return Span{}, false
			}
		}
		for j := k + 1; j < len(d.Tokens) && d.Tokens[j].Start < cue; j++ {
			switch d.Key(j) {
			case ",", "—", "–", "--", ")", "(", ";", ":":
				return Span{}, false
			}
		}
		r.End = d.Tokens[k-1].End
		return r, true
	}
	return Span{}, false
}

// verbAfterWho reports whether token k, after a relative who, is a verb in lower case: the
// clause has its own verb before the cue (`who know`, `who made enemies`).
func verbAfterWho(d *text.Doc, k int) bool {
	return k < len(d.Tokens) && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 &&
		!clauseDeterminers.Has(d.Key(k)) && !quantifiers.Has(d.Key(k))
}

// quantifiers open a noun phrase, the subject of a relative clause (`who many in the party`).
var quantifiers = lexicon.NewSet(map[string]bool{
	"many": true, "some": true, "most": true, "all": true, "few": true, "several": true,
	"both": true, "these": true, "those": true,
})

// relativeAfter returns the span of the relative pronoun (who, which) between byte offsets from
// and to, with no closing comma or dash after it: the subject of a cue at to that stands for
// the mention before it (`bankers who concluded`). A name after it in the clause is its object
// (`Lee, who has backed Reed and denounced`): the sieve did not take it for the subject.
func (c *docContext) relativeAfter(from, to int) (Span, bool) {
	d := c.d
	var r Span
	found := false
	for k := d.TokenAt(from); k < len(d.Tokens) && d.Tokens[k].Start < to; k++ {
		switch d.Key(k) {
		case "who", "which":
			r, found = Span{Start: d.Tokens[k].Start, End: d.Tokens[k].End}, true
		case ",", "—", "–", "--", ")":
			found = false // `Ann Lee, who won in May, said`: the clause closed; the cue is the main verb
		}
	}
	if !found {
		return Span{}, false
	}
	return r, true
}
