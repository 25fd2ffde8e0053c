package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// antecedent returns the person mention that a relative "who" at byte offset off stands for:
// the last mention before it, across the comma and an apposition (`Ann Lee, who`, `Dianne
// Feinstein of California, the ranking Democrat, who`), or -1.
func (c *docContext) antecedent(off int) int {
	sent := c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(off))]
	last, named := -1, -1
	from := max(sent.Start, off-maxAntecedentBytes)
	for mi := c.mentionAtOrAfter(from); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
		m := &c.ents.Mentions[mi]
		if m.Span.End > off {
			break
		}
		if m.Kind == entity.Pronoun || m.Possessive || m.Entity < 0 || c.inQuote(m.Span.Start) {
			continue
		}
		e := &c.ents.Entities[m.Entity]
		if !personLike(e.Kind) {
			continue
		}
		last = mi
		if m.Kind == entity.Name && strings.Contains(e.Name, " ") {
			named = mi // a person named in full, before any apposition of a role after it
		}
	}
	if named >= 0 {
		return named
	}
	return last
}

// maxAntecedentBytes bounds how far before a relative "who" its antecedent is looked for, so
// that a run-on sentence of many relatives costs time linear in its length.
const maxAntecedentBytes = 1000

// sentenceSubject returns the first mention of a person (or a subject pronoun) in the
// sentence that holds byte offset off, before off and outside quotations, or -1: the subject
// of a second verb whose own window names no one (`Miss Bartlett, in reply, opened her mouth
// as little as possible, and said "…"`).
//
// That is the sentence's first such mention when it ends by off. Which mention is first does
// not depend on off, so c.subject keeps it for the sentence, and how far its search read: a
// run-on sentence of many statements asked it for each, reading from its start every time.
func (c *docContext) sentenceSubject(off int) int {
	sent := c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(off))]
	w, ms, m := Span{Start: sent.Start, End: off}, c.ents.Mentions, &c.subject
	if !m.set || m.start != sent.Start {
		*m = subjectScan{set: true, start: sent.Start, next: c.mentionFrom(sent.Start), found: -1}
	}
	for ; m.found < 0 && m.next < len(ms) && ms[m.next].Span.Start < off; m.next++ {
		if c.personSubject(w, m.next) {
			m.found = m.next
		}
	}
	switch {
	case m.found < 0 || ms[m.found].Span.Start >= off:
		return -1
	case ms[m.found].Span.End <= off:
		return m.found
	}
	// off falls inside the first one: a mention inside it may be the answer.
	for i := m.found + 1; i < len(ms) && ms[i].Span.Start < off; i++ {
		if ms[i].Span.End <= off && c.personSubject(w, i) {
			return i
		}
	}
	return -1
}

// personSubject reports whether mention i, which starts in window w, is a candidate of
// mentionsIn and a person or subject pronoun outside quotations: whatever w's end.
func (c *docContext) personSubject(w Span, i int) bool {
	m := &c.ents.Mentions[i]
	return !c.inQuote(m.Span.Start) && c.candidate(w, i) &&
		(m.Kind == entity.Pronoun || m.Entity >= 0 && personLike(c.ents.Entities[m.Entity].Kind))
}

// A subjectScan is what sentenceSubject read of the sentence starting at byte start: the
// mentions before next, the first of which that may be its subject is found (-1: none yet).
type subjectScan struct {
	set         bool
	start, next int
	found       int
}

// openingActor returns the mention that opens the sentence holding byte offset off, before
// off and outside quotations, when it names an organisation or a group rather than a place,
// or -1: the subject of a clause whose verb phrase names no one.
func (c *docContext) openingActor(off int) int {
	sent := c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(off))]
	cands := c.mentionsIn(Span{Start: sent.Start, End: off})
	if len(cands) == 0 {
		return -1
	}
	m := &c.ents.Mentions[cands[0]]
	if c.inQuote(m.Span.Start) || m.Kind != entity.Pronoun && (m.Entity < 0 || c.ents.Entities[m.Entity].Kind == entity.Place) {
		return -1
	}
	if !c.opensPhrase(sent.First, cands[0]) {
		return -1 // `After the vote, …`: the mention does not open the sentence's noun phrase
	}
	return cands[0]
}

// opensPhrase reports whether mention mi heads the noun phrase that starts at token k: only an
// article or capitalised words (a title, `RNC Chairman`) stand before it.
func (c *docContext) opensPhrase(k, mi int) bool {
	d := c.d
	for ; k < len(d.Tokens) && d.Tokens[k].Start < c.ents.Mentions[mi].Span.Start; k++ {
		if d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower != 0 && !articles.Has(d.Key(k)) {
			return false
		}
	}
	return true
}

// articles may open a subject's noun phrase before the name it holds (`The National Rifle
// Association`).
var articles = lexicon.NewSet(map[string]bool{"the": true, "a": true, "an": true})

// frontedSubject returns, when window w opens its sentence with a participle or an infinitive
// (`Continuing to explain his plan, Lee rejected …`, `To show the cost, the study …`), the
// mention that opens the clause after the comma closing quotation q, or -1: the phrase is
// fronted, and its subject is the main clause's.
func (c *docContext) frontedSubject(w Span, q *quote.Quote) int {
	d := c.d
	k := d.TokenAt(w.Start)
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Word {
		return -1
	}
	si := d.SentenceOf(k)
	sent := d.Sentences[si]
	if k != sent.First {
		return -1
	}
	if key := d.Key(k); key != "to" && !frontedPrepositions.Has(key) && (len(key) < 5 || !strings.HasSuffix(key, "ing") || prepositionParticiples.Has(key)) {
		return -1 // `Following the release of a video threatening …, Lee called`: the video threatens
	}
	e := d.TokenAt(q.Cue.Span.End)
	for e < sent.Last && (d.Key(e) != "," || c.inQuote(d.Tokens[e].Start)) {
		e++ // the phrase's comma: the content may run on past it, into the main clause
	}
	if e+1 >= sent.Last {
		return -1 // no comma, or one that ends the sentence (and perhaps the text): no clause after it
	}
	mi := c.mentionAtOrAfter(d.Tokens[e+1].Start)
	if mi < 0 || !c.opensPhrase(e+1, mi) {
		return -1
	}
	m := &c.ents.Mentions[mi]
	if n := d.TokenAt(m.Span.End); n >= len(d.Tokens) || d.Tokens[n].Kind != text.Word || d.Tokens[n].Flags&text.Lower == 0 {
		return -1 // `To see it, Lee, Hale and Moss …`: not a subject and its verb
	}
	if m.Kind != entity.Pronoun && (m.Entity < 0 || c.ents.Entities[m.Entity].Kind == entity.Place) || m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(d.Text)) {
		return -1
	}
	return mi
}

// frontedPrepositions open a phrase before the main clause whose noun may be the cue (`In
// somber comments, Trump called …`, `In TV interviews and tweets, Lee has argued …`).
var frontedPrepositions = lexicon.NewSet(map[string]bool{"in": true, "during": true, "through": true, "with": true})

// prepositionParticiples are -ing words that work as prepositions: the phrase they open has
// no subject of its own to share with the main clause.
var prepositionParticiples = lexicon.NewSet(map[string]bool{
	"according": true, "concerning": true, "considering": true, "during": true, "excluding": true,
	"following": true, "including": true, "notwithstanding": true, "regarding": true,
})

// cueSentenceSubject takes, for reported speech (mixed or indirect) whose cue window named no
// one, the subject of the sentence the cue stands in, before the cue.
func (c *docContext) cueSentenceSubject(si int, q *quote.Quote) (choice, bool) {
	if q.Kind == quote.Direct || q.Cue.Lemma == "" || q.Depth > 0 || c.dialogueText {
		return choice{}, false
	}
	mi := c.sentenceSubject(q.Cue.Span.Start)
	if mi < 0 || c.ents.Mentions[mi].Span.Start != c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(q.Cue.Span.Start))].Start {
		return choice{}, false // only a subject that opens the sentence
	}
	return c.fromMention(mi, 0.5, q.Cue.Span)
}

// personLike reports whether an entity of kind k is someone: a named person, or one known only
// by a role or a description ("the boy", "a senior official").
func personLike(k entity.Kind) bool {
	return k == entity.Person || k == entity.RoleOnly || k == entity.Anonymous
}

// firstActor returns the first of the mentions cands that names someone who can speak, passing
// over places (a dateline), or the first mention if none does.
func (c *docContext) firstActor(cands []int) int {
	for _, mi := range cands {
		m := &c.ents.Mentions[mi]
		// The kind first: the dateline's walk over the tokens is needed only for a mention that
		// could be taken.
		if (m.Kind == entity.Pronoun || m.Entity >= 0 && c.ents.Entities[m.Entity].Kind != entity.Place) && !c.inDateline(m.Span) {
			return mi
		}
	}
	return cands[0]
}

// inDateline reports whether mention span m lies in a dateline: the words that open a line up
// to a dash, with no word in lower case (`MYRTLE BEACH, S.C. -`, `ORLANDO, Fla. (Reuters) -`).
func (c *docContext) inDateline(m Span) bool {
	d := c.d
	k := d.TokenAt(m.Start)
	for n := 0; ; n++ {
		if k < 0 || n > 8 || d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 {
			return false
		}
		if d.Tokens[k].Flags&text.LineStart != 0 {
			break
		}
		k--
	}
	after := d.TokenAt(m.End) // looked up once: the loop's bound asked for it at every token
	for k = after; k < len(d.Tokens) && k < after+8; k++ {
		switch {
		case d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0:
			return false // asked first, as it needs no look-up: a dash is no word
		case datelineDashes.Has(d.TokenText(k)):
			return true
		}
	}
	return false
}

// datelineDashes close a dateline.
var datelineDashes = lexicon.NewSet(map[string]bool{"-": true, "--": true, "—": true, "–": true})

// mentionsIn returns the subject-like mentions wholly inside w, in a buffer that the next call
// reuses.
func (c *docContext) mentionsIn(w Span) []int {
	ms := c.ents.Mentions
	i := c.mentionFrom(w.Start)
	out := c.mentionBuf[:0]
	for ; i < len(ms) && ms[i].Span.Start < w.End; i++ {
		if w.Contains(ms[i].Span) && c.candidate(w, i) {
			out = append(out, i)
		}
	}
	c.mentionBuf = out
	return out
}

// candidate reports whether mention i, inside window w, is subject-like for mentionsIn.
func (c *docContext) candidate(w Span, i int) bool {
	m := &c.ents.Mentions[i]
	if m.Possessive || m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
		return false
	}
	// Most mentions open their window: no token of it comes before them (the one before
	// ends at or before m.Span.Start, so starts before w.Start), and no parenthesis.
	if m.Span.Start > w.Start && c.objectOrAside(w, m.Span) {
		return false
	}
	if c.isPlace(i) && c.placeQualifier(i) { // isPlace inlined: most mentions are no place
		return false // `in Green Bay, Wis.,`: the state of the place before it
	}
	// `"All leaders must act," said Lee, who has backed`: the quotation's words
	return !c.inQuote(m.Span.Start) || c.inQuote(w.Start) && c.inQuote(w.End-1)
}

// objectOrAside reports whether mention span m, inside window w after its start, follows a
// preposition of w that makes it an object (`walking close up to Oliver, said`, `glancing over
// it, said`) or stands in parentheses (`Sen. Rand Paul (R-Ky.) said`: an aside).
func (c *docContext) objectOrAside(w, m Span) bool {
	if k := c.d.TokenAt(m.Start) - 1; k >= 0 && c.d.Tokens[k].Start >= w.Start && objectPrepositions.Has(c.d.Key(k)) &&
		!c.absoluteWith(k, m) && !c.partOf(k) {
		return true
	}
	return c.inParens(w, m.Start)
}

// placeQualifier reports whether mention mi, a place, is set after a comma that follows
// another place: the state or country that places the one before it (`San Bernardino,
// Calif.`), not a government that speaks.
func (c *docContext) placeQualifier(mi int) bool {
	if mi == 0 {
		return false
	}
	k := c.d.TokenAt(c.ents.Mentions[mi].Span.Start) - 1
	if k < 1 || c.d.Key(k) != "," || !c.isPlace(mi-1) {
		return false
	}
	return c.d.TokenAt(c.ents.Mentions[mi-1].Span.End) == k
}

// absoluteWith reports whether the preposition at token k is a with that opens an absolute
// phrase, whose mention span m is the subject of the participle after it (`with Ann Hale
// tweeting that … and asking`).
func (c *docContext) absoluteWith(k int, m Span) bool {
	e := c.d.TokenAt(m.End)
	return c.d.Key(k) == "with" && e < len(c.d.Tokens) && c.d.Tokens[e].Flags&text.Lower != 0 &&
		strings.HasSuffix(c.d.Key(e), "ing")
}

// partOf reports whether the preposition at token k is an of after a quantity (`all of the
// mayors`, `49 percent of voters`): the mention after it is the head of the subject, not an
// object as in `Of Carson, Levine said` or `a meeting of senators`.
func (c *docContext) partOf(k int) bool {
	if c.d.Key(k) != "of" || k == 0 {
		return false
	}
	p := k - 1
	return quantityWords.Has(c.d.Key(p)) || c.d.Tokens[p].Kind == text.Number
}

// quantityWords name a part or a share of a group.
var quantityWords = lexicon.NewSet(map[string]bool{
	"all": true, "any": true, "both": true, "each": true, "few": true, "half": true,
	"majority": true, "many": true, "most": true, "none": true, "percent": true,
	"several": true, "some": true, "share": true, "minority": true,
})

// inParens reports whether byte offset off of window w lies inside parentheses opened in w.
// The sieves ask it of each mention and comma of a window in turn, so what it read of the
// windows is kept in c.parens and not read again: a window of a whole run-on sentence read from
// its start for each made the sieves quadratic.
func (c *docContext) inParens(w Span, off int) bool {
	// Two windows are kept, as sentenceSubject asks of its sentence's between the mentions of a
	// statement's window: a new one takes the place of the one asked less recently.
	from := max(w.Start, 0)
	p := &c.parens[c.lastParens]
	if !p.set || p.start != from {
		c.lastParens ^= 1
		if p = &c.parens[c.lastParens]; !p.set || p.start != from {
			*p = parenScan{set: true, start: from, to: from, open: -1, first: -1}
		}
	}
	if off <= len(c.d.Text) {
		if p.open < 0 && off > p.to {
			if i := strings.IndexByte(c.d.Text[p.to:off], '('); i >= 0 {
				p.open = p.to + i
			}
			p.to = off
		}
		if p.open < 0 || p.open >= off {
			// No parenthesis opens before off (a one-byte token "(" that ends after w.Start
			// starts at or after it), which is most windows: no need to walk their tokens.
			return false
		}
	}
	if p.first < 0 {
		p.first = c.d.TokenAt(w.Start) // looked up only for the few windows with a "(" to walk
		p.k = p.first
	}
	if p.k > p.first && c.d.Tokens[p.k-1].Start >= off {
		p.k, p.depth = p.first, 0 // asked of an earlier offset: read again from the start
	}
	for ; p.k < len(c.d.Tokens) && c.d.Tokens[p.k].Start < off; p.k++ {
		switch c.d.TokenText(p.k) {
		case "(":
			p.depth++
		case ")":
			p.depth = max(0, p.depth-1)
		}
	}
	return p.depth > 0
}

// A parenScan is what inParens read of the window starting at byte start: the first "(" of
// the bytes [start, to), at byte open (-1 for none), and the parentheses left open by the
// window's tokens from token first (-1 until it is looked up) to token k.
type parenScan struct {
	set             bool
	start, to, open int
	first, k, depth int
}

// objectPrepositions make the mention after them, inside a speaker's window, an object rather
// than the subject.
var objectPrepositions = lexicon.NewSet(map[string]bool{
	"to": true, "at": true, "with": true, "from": true, "over": true, "into": true, "upon": true,
	"towards": true, "toward": true, "beside": true, "behind": true, "near": true, "like": true,
	"for": true, "on": true, "by": true, "about": true, "against": true, "between": true,
	"among": true, "in": true, "through": true, "across": true, "during": true, "of": true,
})

// coordinatedBefore reports whether "and" or "but" stands right before the cue at token i, or
// before an adverb or two before it: the second verb of the sentence's subject (`De Blasio said the
// move was Bratton's and said: "…"`, `Lee brought up the vote and later said`).
func (c *docContext) coordinatedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxCueAdverbs-1; j-- {
		k := c.d.Key(j)
		switch {
		case k == "and" || k == "but":
			return true
		case c.d.Tokens[j].Kind != text.Word || c.d.Tokens[j].Flags&text.Lower == 0 ||
			!tailAdverbs.Has(k) && k != "then" && !(len(k) > 4 && strings.HasSuffix(k, "ly")):
			return false
		}
	}
	return false
}

// maxCueAdverbs bounds the adverbs between a coordinating and and its cue (`and then quickly said`).
const maxCueAdverbs = 2

// lastClauseSubject returns, of the mentions cands of window w, the last that opens a clause
// (`When Mr. Rubio did take him on, he did it sideways, acknowledging`: he), or -1 if only the
// first does: the subject of the clause a participle or a second verb goes on from. A
// participle passes over the subject of a subordinate clause (`Lee apologized after they came
// out, saying`: Lee), which a second verb may share (`when he came and said`).
func (c *docContext) lastClauseSubject(w Span, cands []int, participle bool) int {
	first := c.firstActor(cands)
	out := -1
	for _, mi := range cands {
		if mi == first {
			out = -1
			continue
		}
		m := &c.ents.Mentions[mi]
		if m.Kind != entity.Pronoun && (m.Entity < 0 || !personLike(c.ents.Entities[m.Entity].Kind)) {
			continue
		}
		if c.opensClause(w, m.Span) && !(participle && c.subordinateSubject(w, m.Span)) {
			out = mi
		}
	}
	return out
}

// afterExpletive returns, when mention first of window w is an it that only opens the sentence
// (`It was two weeks ago that Lee stood up and offered`, `It is astounding that Lee demands …
// yet refuses`), the first of the mentions cands after the clause's complementizer: the
// subject a second verb or a participle goes on from; or -1.
func (c *docContext) afterExpletive(w Span, cands []int, first int) int {
	d := c.d
	m := &c.ents.Mentions[first]
	k := d.TokenAt(m.Span.Start)
	if m.Kind != entity.Pronoun || d.Key(k) != "it" || k+1 >= len(d.Tokens) || !expletiveVerbs.Has(d.Key(k+1)) {
		return -1
	}
	for j := k + 2; j < len(d.Tokens) && d.Tokens[j].Start < w.End; j++ {
		if !expletiveClauses.Has(d.Key(j)) {
			continue
		}
		for _, mi := range cands {
			n := &c.ents.Mentions[mi]
			if n.Span.Start <= d.Tokens[j].Start || n.Kind != entity.Pronoun && (n.Entity < 0 || c.ents.Entities[n.Entity].Kind == entity.Place) {
				continue
			}
			p := d.TokenAt(n.Span.Start) - 1
			for p > j && clauseDeterminers.Has(d.Key(p)) {
				p--
			}
			if p == j || d.Key(p) == "," {
				return mi // `that Lee`, `that, standing at the Civic Center, Lee`; not `at the Civic Center`
			}
		}
		return -1
	}
	return -1
}

// expletiveVerbs follow an it that holds a place for the clause after them (`it is clear
// that`, `it's because`).
var expletiveVerbs = lexicon.NewSet(map[string]bool{"is": true, "was": true, "'s": true})

// expletiveClauses open the clause an expletive it stands for.
var expletiveClauses = lexicon.NewSet(map[string]bool{"that": true, "because": true, "as": true})

// subordinateSubject reports whether mention span m of window w follows a subordinator (`after
// they came out`, `while he was away`): the subject of a clause that hangs on another, not of
// the one a participle goes on from.
func (c *docContext) subordinateSubject(w Span, m Span) bool {
	d := c.d
	k := d.TokenAt(m.Start) - 1
	for k >= 0 && d.Tokens[k].Start >= w.Start && clauseDeterminers.Has(d.Key(k)) {
		k--
	}
	return k >= 0 && d.Tokens[k].Start >= w.Start && subordinators.Has(d.Key(k))
}

// subordinators open a clause that hangs on another.
var subordinators = lexicon.NewSet(map[string]bool{
	"after": true, "although": true, "as": true, "because": true, "before": true, "since": true,
	"though": true, "when": true, "whereas": true, "while": true,
})

// verbSubject returns the first of the mentions cands that a finite verb follows (`Facing
// criticism from Democrats and Republicans, Mr. Trump released`, `Spain had long blocked`):
// the clause's subject, which the mentions before it only lead up to; or -1 if none is.
func (c *docContext) verbSubject(cands []int) int {
	for i, mi := range cands {
		m := &c.ents.Mentions[mi]
		if m.Kind != entity.Pronoun && m.Entity < 0 {
			continue
		}
		if p := c.d.TokenAt(m.Span.Start) - 1; i > 0 && (p < 0 || c.d.Key(p) != ",") {
			continue // `insists the GOP must`: a later mention is a subject only after a comma
		}
		k := c.d.TokenAt(m.Span.End)
		if verbNext(c.d, k) && !strings.HasSuffix(c.d.Key(k), "ing") {
			return mi
		}
	}
	return -1
}

// opensClause reports whether mention span m of window w stands where a clause's subject does:
// after a comma that no apposition closes, a conjunction or a subordinator, past a determiner.
func (c *docContext) opensClause(w Span, m Span) bool {
	d := c.d
	k := d.TokenAt(m.Start) - 1
	bare := true // no determiner between the opening and the mention
	for k >= 0 && d.Tokens[k].Start >= w.Start && clauseDeterminers.Has(d.Key(k)) {
		k--
		bare = false
	}
	if k < 0 || d.Tokens[k].Start < w.Start {
		return false
	}
	switch key := d.Key(k); {
	case key == ",":
		if mi := c.mentionBefore(d.Tokens[k].Start); mi >= 0 && c.ents.Mentions[mi].Span.End == d.Tokens[k].Start {
			return false // `Ann Lee, the mayor`: an apposition to the mention before the comma
		}
		e := d.TokenAt(m.End)
		return e < len(d.Tokens) && d.Key(e) != "," // `, Ann Lee,`: an apposition
	case key == "and" || key == "or":
		// `Trump and Democratic front-runner Hillary Clinton`, `Senate and House
		// candidates`: and between two nouns joins them; after a comma, or before a
		// pronoun, it opens a clause.
		return k > 0 && d.Tokens[k-1].Start >= w.Start && isCommaText(d.TokenText(k-1)) || c.isPronounAt(m) ||
			verbNext(d, d.TokenAt(m.End)) // `and Emanuel fired his police chief`
	case clauseOpeners.Has(key):
		return true
	case prepositionOpeners.Has(key):
		return bare && c.isPronounAt(m) // `as he did`, not `as a candidate` or `after Christmas`
	}
	return false
}

// verbNext reports whether token k reads as the verb of a clause: an auxiliary, or a word in
// lower case in -ed or -ing.
func verbNext(d *text.Doc, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower == 0 {
		return false
	}
	key := d.Key(k)
	return clauseWords.Has(key) && key != "not" || strings.HasSuffix(key, "ed") || strings.HasSuffix(key, "ing")
}

// isCommaText reports whether punctuation t separates clauses as a comma does.
func isCommaText(t string) bool { return t == "," || t == ";" }

// isPronounAt reports whether mention span m is a subject pronoun.
func (c *docContext) isPronounAt(m Span) bool {
	return isSubjectPronoun(m.Of(c.d.Text))
}

// clauseOpeners open a clause whose subject follows them.
var clauseOpeners = lexicon.NewSet(map[string]bool{
	"and": true, "but": true, "while": true, "when": true, "though": true, "although": true,
	"because": true, "so": true, "whereas": true,
})

// prepositionOpeners open a clause or a prepositional phrase: only a pronoun after them is
// surely a subject.
var prepositionOpeners = lexicon.NewSet(map[string]bool{"as": true, "after": true, "before": true, "since": true})

// clauseDeterminers may stand between a clause's opening and its subject's name.
var clauseDeterminers = lexicon.NewSet(map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true})

// infinitiveCue reports whether "to" stands right before the cue at token i (`pushed his colleagues
// to reject`, `seemed to blame`): the subject is the clause's, not the object nearest the cue.
func (c *docContext) infinitiveCue(i int) bool {
	return i > 0 && c.d.Key(i-1) == "to"
}

// participleCue reports whether the cue at token i is a participle (`emailed supporters saying:`):
// its subject is the subject of the clause, not the object nearest the cue.
func (c *docContext) participleCue(i int) bool {
	return strings.HasSuffix(c.d.Key(i), "ing") || i > 0 && c.d.Key(i-1) == "having" // `having called`
}

// possessorWindow returns the mention that is the whole of window w when it is a possessive
// pronoun the entity stage resolved (`her` of `her attacks on`), or -1: the speaker is the one
// it stands for, its mention the pronoun.
func (c *docContext) possessorWindow(w Span) int {
	mi := c.mentionBefore(w.End)
	if mi < 0 {
		return -1
	}
	m := &c.ents.Mentions[mi]
	if m.Kind != entity.Pronoun || m.Entity < 0 || m.Span != c.trimmed(w) || !possessivePronouns.Has(c.d.Key(c.d.TokenAt(m.Span.Start))) {
		return -1
	}
	return mi
}

// trimmed returns span w without the spaces at its ends.
func (c *docContext) trimmed(w Span) Span {
	t := w.Of(c.d.Text)
	l := len(t) - len(strings.TrimLeft(t, " \t\n"))
	r := len(t) - len(strings.TrimRight(t, " \t\n"))
	if l == len(t) {
		return Span{Start: w.Start, End: w.Start}
	}
	return Span{Start: w.Start + l, End: w.End - r}
}

// possessivePronouns stand for the one who owns the noun after them.
var possessivePronouns = lexicon.NewSet(map[string]bool{"his": true, "her": true, "its": true, "their": true})

// reducedRelative returns the noun phrase of window w that a participle cue at token i right after
// it, with no comma between, goes on from when that phrase's head names a group or a poll (`gave $2
// million to a group backing Lee`, `with recent polls showing`): a reduced relative clause whose
// subject is the noun, not the clause's (`Lee spent the day attacking`).
func (c *docContext) reducedRelative(w Span, i int) (Span, bool) {
	d := c.d
	if i <= 0 || !strings.HasSuffix(d.Key(i), "ing") || d.Tokens[i].Flags&text.Lower == 0 {
		return Span{}, false
	}
	h := i - 1
	if d.Tokens[h].Start < w.Start || d.Tokens[h].End > w.End || !groupHeads.Has(d.Key(h)) {
		return Span{}, false
	}
	k := h
	for n := 0; n < 4 && k > 0 && d.Tokens[k-1].Start >= w.Start; n++ {
		p := k - 1
		key := d.Key(p)
		if d.Tokens[p].Kind != text.Word && d.Tokens[p].Kind != text.Number || nonOpeners.Has(key) ||
			objectPrepositions.Has(key) || clauseWords.Has(key) || pastVerbs.Has(key) || strings.HasSuffix(key, "ed") {
			break
		}
		k = p
		if clauseDeterminers.Has(key) {
			break
		}
	}
	return Span{Start: d.Tokens[k].Start, End: d.Tokens[h].End}, true
}

// groupHeads are head nouns of a group of people or of a poll, which a participle right after
// them describes.
var groupHeads = lexicon.NewSet(map[string]bool{
	"coalition": true, "coalitions": true, "group": true, "groups": true, "members": true,
	"organization": true, "organizations": true, "pac": true, "pacs": true, "poll": true,
	"polls": true, "population": true, "survey": true, "surveys": true,
})

// nounSpeaker makes a choice of noun phrase np: the mention that ends it when the entity stage
// knows one, else its words.
func (c *docContext) nounSpeaker(np, cue Span) (choice, bool) {
	if mi := c.mentionBefore(np.End); mi >= 0 {
		if m := &c.ents.Mentions[mi]; m.Span.End == np.End && m.Span.Start >= np.Start && !m.Possessive {
			return c.fromMention(mi, 0.8, cue)
		}
	}
	return c.windowSpeaker(np, true)
}

// appositionBefore reports whether a comma stands right before the cue at token i: the subject then
// comes before the apposition.
func (c *docContext) appositionBefore(i int) bool {
	return i > 0 && c.d.Key(i-1) == ","
}

// dashAsideBefore reports whether a dash closes an aside right before the cue at token i that
// window w stops short of (`Ann Lee, director of the Vote Fund - which backs Hale - said`): the
// quote stage ended the subject before the aside, which then reads as an apposition closed by a
// comma.
func (c *docContext) dashAsideBefore(w Span, i int) bool {
	if i <= 0 || c.d.Tokens[i-1].Start < w.End {
		return false
	}
	switch c.d.TokenText(i - 1) {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}

// verbFirst reports whether window w opens with a verb in the past: the rest of a clause
// (`released a statement`, `used the comments to`), not a noun phrase that names a speaker.
func verbFirst(d *text.Doc, w Span) bool {
	k := d.TokenAt(w.Start)
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower == 0 {
		return false
	}
	if k > 0 && (d.Key(k-1) == "who" || d.Key(k-1) == "that") {
		return false // `advisers who have run the numbers argue`: the relative clause's
	}
	if e := d.TokenAt(w.End - 1); e < len(d.Tokens) && windowEnds.Has(d.Key(e)) {
		return false // `compared with 64 percent who say`: the window ends in its speaker
	}
	key := d.Key(k)
	for (tailAdverbs.Has(key) || len(key) > 4 && strings.HasSuffix(key, "ly")) && k+1 < len(d.Tokens) && d.Tokens[k+1].Start < w.End {
		k++ // `even went on CNN to`, `immediately sent`
		key = d.Key(k)
	}
	if d.Tokens[k].Kind != text.Word || d.Tokens[k].Flags&text.Lower == 0 {
		return false
	}
	return len(key) > 4 && strings.HasSuffix(key, "ed") && !clauseWords.Has(key) || pastVerbs.Has(key)
}

// pastVerbs are irregular (or short) past forms that open the verb phrase a cue hangs on
// (`wrote an op-ed urging`, `used the comments to urge`).
var pastVerbs = lexicon.NewSet(map[string]bool{
	"began": true, "brought": true, "came": true, "gave": true, "got": true, "held": true,
	"kept": true, "left": true, "made": true, "put": true, "ran": true, "sent": true, "set": true,
	"spent": true, "took": true, "used": true, "went": true, "wrote": true,
})

// clauseTail reports whether window w opens with a word that goes on from a clause before it
// rather than naming a speaker: a phrase of time or place (`on Twitter before`, `in an
// opinion article`) or an auxiliary (`has always`, `is one of the first to`).
func (c *docContext) clauseTail(w Span) bool {
	k := c.d.TokenAt(w.Start)
	if k >= len(c.d.Tokens) || c.d.Tokens[k].Kind != text.Word || c.d.Tokens[k].Flags&text.Lower == 0 {
		return false
	}
	if e := c.d.TokenAt(w.End - 1); e < len(c.d.Tokens) && windowEnds.Has(c.d.Key(e)) {
		return false // `by a gunman who`: the window ends in its speaker
	}
	for j := k; j < len(c.d.Tokens) && c.d.Tokens[j].Start < w.End; j++ {
		if c.d.Key(j) == "what" {
			return false // `is what some call`: a clause of its own, with its own subject
		}
	}
	key := c.d.Key(k)
	return tailOpeners.Has(key) || clauseWords.Has(key) && key != "not"
}

// tailOpeners open a phrase of time or place that ends a clause.
var tailOpeners = lexicon.NewSet(map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "after": true, "before": true,
	"when": true, "while": true, "only": true,
})

// windowEnds are the last words of a window that stand for the cue's subject themselves: a
// relative, a possessive or a pronoun (`her remark`, `their smug assurances`).
var windowEnds = lexicon.NewSet(map[string]bool{
	"who": true, "which": true, "that": true, "her": true, "his": true, "their": true, "its": true,
	"some": true, "you": true, "i": true, "we": true, "they": true, "he": true, "she": true, "it": true,
})

// windowSpeaker is the fallback when the source window holds no mention the entity stage
// knows: the window's words themselves ("a source close to the campaign").
func (c *docContext) windowSpeaker(w Span, before bool) (choice, bool) {
	t := strings.TrimSpace(w.Of(c.d.Text))
	if t == "" || len(t) > 80 || c.dialogueText && !c.nounPhrase(w) || c.functionWords(w) {
		return choice{}, false // in a novel, a window of words that names no one is seldom a speaker
	}
	return choice{mention: w, entity: -1, name: t, confidence: 0.5, evidence: w}, true
}

// functionWords reports whether window w holds only words that cannot name anyone:
// conjunctions, prepositions and adverbs (`But`, `Despite`, `because of`, `Rather than`).
func (c *docContext) functionWords(w Span) bool {
	d := c.d
	n := 0
	for k := d.TokenAt(w.Start); k < len(d.Tokens) && d.Tokens[k].Start < w.End; k++ {
		switch d.Tokens[k].Kind {
		case text.Word:
			if key := d.Key(k); !nonOpeners.Has(key) && !emptyWords.Has(key) {
				return false
			}
			n++
		case text.Number:
			return false
		}
	}
	return n > 0
}

// emptyWords, with nonOpeners, are the words a window that names no one may consist of.
var emptyWords = lexicon.NewSet(map[string]bool{
	"amid": true, "besides": true, "despite": true, "given": true, "how": true, "however": true,
	"like": true, "not": true, "rather": true, "than": true, "what": true, "whenever": true, "why": true,
})

// nounPhrase reports whether window w reads as a noun phrase that can name a speaker ("a
// source close to the campaign", "Forty six percent"), not a clause or its fragment ("The
// plan was ultimately", "To", "and turning away again").
func (c *docContext) nounPhrase(w Span) bool {
	d := c.d
	first := true
	for k := d.TokenAt(w.Start); k < len(d.Tokens) && d.Tokens[k].Start < w.End; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word && t.Kind != text.Number {
			continue
		}
		key := d.Key(k)
		if first && t.Kind == text.Word && (nonOpeners.Has(key) || strings.HasSuffix(key, "ly") || strings.HasSuffix(key, "ing")) {
			return false // "and turning away", "then", "slowly", "walking close up"
		}
		first = false
		if clauseWords.Has(key) {
			return false
		}
	}
	return !first
}

// nonOpeners are words a speaker's noun phrase does not open with: conjunctions,
// prepositions and adverbs.
var nonOpeners = lexicon.NewSet(map[string]bool{
	"and": true, "but": true, "or": true, "nor": true, "then": true, "so": true, "yet": true,
	"as": true, "if": true, "when": true, "while": true, "after": true, "before": true,
	"because": true, "although": true, "though": true, "since": true, "with": true,
	"without": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true,
	"of": true, "to": true, "into": true, "upon": true, "possible": true, "still": true,
	"also": true, "even": true, "just": true, "now": true, "here": true, "there": true,
})

// clauseWords show a clause, not a noun phrase: auxiliaries and not.
var clauseWords = lexicon.NewSet(map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "do": true, "does": true, "did": true,
	"not": true,
})

// fromMention makes a choice of mention mi, resolving a pronoun to the person it stands for.
func (c *docContext) fromMention(mi int, conf float64, evidence Span) (choice, bool) {
	m := &c.ents.Mentions[mi]
	ch := choice{mention: m.Span, entity: m.Entity, confidence: conf, evidence: evidence}
	if m.Entity < 0 {
		ch.name = m.Head.Of(c.d.Text)
		if m.Kind == entity.Pronoun {
			ch.confidence = conf * 0.6
		}
	}
	return ch, true
}
