package attribution

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// docContext is what the sieves share about one document.
type docContext struct {
	d      *text.Doc
	doc    Document
	quotes []quote.Quote
	quoted []Span // the quotations in running text, marks included, in order
	ents   *entity.Analysis
	stmts  []Statement
	from   []int // statement index -> quote index

	timexes      []timex.Timex // the document's temporal expressions, in text order
	dateline     SaidOn        // the date of the article's dateline, once looked for
	datelineDone bool          // dateline is set
	lastBy       []int         // entity -> its last statement dated so far, or -1
	speakers     []Speaker     // room for the statements' speakers, handed out in order
	pubDate      SaidOn        // the publication date, once formatted
	pubDone      bool          // pubDate is set

	mentionBuf []int  // scratch of mentionsIn
	turnBuf    []turn // scratch of turns, and the turns' statements
	turnStmts  []int

	dialogueText bool  // the text is dialogue or fiction, as a novel is (set before the sieves run)
	breaks       []int // the starts of the scene breaks, in order (set before the sieves run)
}

// contexts holds released docContexts: their quotations and indexes, which the Result does
// not keep, serve the next document.
var contexts = sync.Pool{New: func() any { return new(docContext) }}

// maxPooledQuotes bounds the docContexts kept for reuse, so that one long document does not
// hold its tables for the short ones after it.
const maxPooledQuotes = 1 << 12

// newContext returns an empty context for doc, analysed as d, reusing a released one's memory.
func newContext(d *text.Doc, doc Document) *docContext {
	c := contexts.Get().(*docContext)
	c.d, c.doc = d, doc
	return c
}

// release keeps c's buffers for the next document and lets go of everything else: the
// statements and speakers belong to the Result.
func (c *docContext) release() {
	if cap(c.quotes) > maxPooledQuotes || cap(c.lastBy) > maxPooledQuotes {
		return
	}
	clear(c.quotes) // they point into the results
	clear(c.turnBuf)
	*c = docContext{quotes: c.quotes[:0], quoted: c.quoted[:0], from: c.from[:0], lastBy: c.lastBy[:0],
		mentionBuf: c.mentionBuf[:0], turnBuf: c.turnBuf[:0], turnStmts: c.turnStmts[:0]}
	contexts.Put(c)
}

// inQuote reports whether byte offset off lies inside a quotation.
func (c *docContext) inQuote(off int) bool {
	i := sort.Search(len(c.quoted), func(i int) bool { return c.quoted[i].End > off })
	return i < len(c.quoted) && c.quoted[i].Start <= off
}

// mentionBefore returns the index of the last mention that starts before byte offset off, or -1.
func (c *docContext) mentionBefore(off int) int {
	ms := c.ents.Mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= off }) - 1
}

// mentionAtOrAfter returns the index of the first mention that starts at or after off, or -1.
func (c *docContext) mentionAtOrAfter(off int) int {
	i := c.mentionBefore(off) + 1
	if i >= len(c.ents.Mentions) {
		return -1
	}
	return i
}

// quotedSpans returns the spans of the quotations in running text, marks included, in order,
// in out's memory.
//
// A split quote gives one span per part, so that its cue between them (`"A," she said, "B."`)
// is narration, not quotation.
func quotedSpans(qs []quote.Quote, out []Span) []Span {
	out = out[:0]
	for i := range qs {
		q := &qs[i]
		if q.Depth > 0 || len(q.Marks) == 0 {
			continue
		}
		if len(q.Parts) < 2 {
			out = append(out, text.Hull(q.Marks[0], q.Marks[len(q.Marks)-1]))
			continue
		}
		for _, p := range q.Parts {
			out = append(out, withMarks(p, q.Marks))
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}

// maxMarkGap is how many bytes may separate a part from the marks that open and close it.
const maxMarkGap = 3

// withMarks returns part p widened to the quotation marks right before and after it.
func withMarks(p Span, marks []Span) Span {
	out := p
	for _, m := range marks {
		switch {
		case m.End <= p.Start && p.Start-m.End <= maxMarkGap:
			out.Start = m.Start
		case m.Start >= p.End && m.Start-p.End <= maxMarkGap && out.End == p.End:
			out.End = m.End
		}
	}
	return out
}

// A choice is a sieve's answer: the speaker's local mention and how sure the sieve is.
type choice struct {
	mention    Span
	entity     int    // -1 when the mention names no entity
	name       string // used when entity is -1
	kind       entity.Kind
	confidence float64
	evidence   Span
}

// A sieve decides the speaker of statement si, or passes.
type sieve struct {
	name string
	run  func(c *docContext, si int) (choice, bool)
}

// The sieves run in this order; the first that decides wins. The local ones look at the
// statement and its paragraph; the dialogue pass (dialogue.go) then looks at the turns of a
// conversation, and the fallbacks at what is left.
var (
	localSieves = []sieve{
		{"cue", (*docContext).cueSpeaker},
		{"cue", (*docContext).trailingCue},
		{"signature", (*docContext).signatureSpeaker},
		{"label", (*docContext).labelSpeaker},
		{"colon", (*docContext).colonSpeaker},
		{"sentence", (*docContext).sentenceSpeaker},
		{"cue", (*docContext).cueSentenceSubject},
		{"narrative", (*docContext).narrativeBefore},
		{"paragraph", (*docContext).paragraphSpeaker},
		{"narrative", (*docContext).narrativeAfter},
	}
	fallbackSieves = []sieve{
		{"paragraph", (*docContext).paragraphSpeaker},
		{"narrative", (*docContext).narrativeParagraphBefore},
	}
)

// trailCap is the room each statement's Trail gets in the document's shared allocation: the
// quote decision and one speaker decision, which most statements end with.
const trailCap = 2

// statements makes a statement of every quotation that is one and finds its speaker.
func (c *docContext) statements(opts *Options) []Statement {
	n := 0
	for qi := range c.quotes {
		if isStatement(&c.quotes[qi], opts) {
			n++
		}
	}
	if n == 0 {
		return []Statement{}
	}
	c.stmts, c.from = make([]Statement, 0, n), slices.Grow(c.from[:0], n)
	c.speakers = make([]Speaker, 0, n)
	trails := make([]Decision, n*trailCap)
	for qi := range c.quotes {
		q := &c.quotes[qi]
		if !isStatement(q, opts) {
			continue
		}
		k := len(c.stmts) * trailCap
		s := Statement{
			Within: c.enclosing(q),
			Kind:   q.Kind,
			Parts:  q.Parts,
			Cue:    q.Cue,
			Topics: []Topic{},
			// A later decision appends in place; a third one moves this trail out.
			Trail: append(trails[k:k:k+trailCap],
				Decision{Stage: "quote", Rule: q.Rule, Evidence: q.Span(), Confidence: quoteConfidence(q)}),
		}
		if q.Rule == "reported-raising" || q.Rule == "reported-adverb" ||
			(q.Rule == "reported-asked" || q.Rule == "reported-passive") && q.Source.Len() == 0 ||
			c.passiveCue(q) || c.expletiveSubject(q) {
			// `The figures appear to be wrong`: the writer's assessment; `Asked whether …,`:
			// a question no one named put. No sieve should find a speaker.
			s.Trail = append(s.Trail, Decision{Stage: "speaker", Rule: "impersonal", Evidence: q.Cue.Span, Confidence: 1})
		}
		c.stmts = append(c.stmts, s)
		c.from = append(c.from, qi)
	}
	// Fiction has conversations even where its paragraphs seldom answer one another.
	c.dialogueText = c.d.IsDialogue() || c.d.IsFiction()
	c.breaks = sceneBreaks(c.d, c.breaks[:0])
	c.runSieves(localSieves, opts.MinConfidence)
	c.dialogue(opts.MinConfidence)
	c.resolveNarrator()
	c.runSieves(fallbackSieves, opts.MinConfidence)
	c.cataphora(opts.MinConfidence)
	c.lastOfGender(opts.MinConfidence)
	c.lastBy = slices.Grow(c.lastBy[:0], len(c.ents.Entities))[:len(c.ents.Entities)]
	for i := range c.lastBy {
		c.lastBy[i] = -1
	}
	for si := range c.stmts {
		c.stmts[si].SaidOn = c.saidOn(si)
		if sp := c.stmts[si].Speaker; sp != nil && sp.Entity >= 0 {
			c.lastBy[sp.Entity] = si
		}
	}
	return c.stmts
}

// passiveCue reports whether q's cue is a passive with no agent after it, its subject before
// it (`voters were asked whether …`, `the walk-off is considered …`): the subject is whom it
// was said to or about, not who said it.
func (c *docContext) passiveCue(q *quote.Quote) bool {
	return c.passiveForm(q) && c.passiveAgent(q) < 0 // `Lee was asked by the host whether …`: the host asked
}

// passiveForm reports whether q's cue is a passive participle after a form of be, with its
// subject before it.
func (c *docContext) passiveForm(q *quote.Quote) bool {
	if q.Kind == quote.Direct || q.Cue.Lemma == "" || q.Source.Len() == 0 || q.Source.End > q.Cue.Span.Start || c.inQuote(q.Cue.Span.Start) ||
		stateParticiples.Has(q.Cue.Lemma) {
		return false
	}
	d := c.d
	i := d.TokenAt(q.Cue.Span.Start)
	if k := d.Key(i); !strings.HasSuffix(k, "ed") && !irregularParticiples.Has(k) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		k := d.Key(j)
		switch {
		case beForms.Has(k):
			return true
		case k == "not" || k == "n't" || k == "also" || k == "never" || strings.HasSuffix(k, "ly") && len(k) > 4:
			continue // `was not asked`, `is widely considered`
		}
		return false
	}
	return false
}

// passiveAgent returns the mention that names the agent of reported speech's passive cue,
// after "by" and before the content (`Lee was asked by host Tom Reed whether …`), or -1.
func (c *docContext) passiveAgent(q *quote.Quote) int {
	d := c.d
	j := d.TokenAt(q.Cue.Span.End)
	if q.Kind == quote.Direct || j+1 >= len(d.Tokens) || d.Key(j) != "by" || len(q.Parts) == 0 {
		return -1
	}
	mi := c.mentionAtOrAfter(d.Tokens[j+1].Start)
	if mi < 0 || c.ents.Mentions[mi].Span.End > q.Parts[0].Start || c.ents.Mentions[mi].Kind == entity.Pronoun {
		return -1
	}
	for k := j + 1; k < len(d.Tokens) && d.Tokens[k].Start < c.ents.Mentions[mi].Span.Start; k++ {
		if d.Tokens[k].Kind != text.Word || k > j+maxAgentTitle || complementizers.Has(d.Key(k)) {
			return -1 // `by the time Lee …`: words that are not the agent's title
		}
	}
	return mi
}

// maxAgentTitle bounds the words before a passive agent's name (`by debate host John Reed`).
const maxAgentTitle = 3

// stateParticiples are the cues whose participle after be is a state of the subject, not a
// passive: `The council is worried that …` is the council's worry (the quote stage's
// notPassive reads them so too).
var stateParticiples = lexicon.NewSet(map[string]bool{
	"worry": true, "worry about": true, "convinced": true, "concerned": true, "frustrated": true,
	"surprised": true, "shocked": true, "mystified": true, "incensed": true,
	// words of feeling: `voters were angered by the deal` is the voters' anger
	"alarmed": true, "angered": true, "disappointed": true, "disturbed": true, "enamored": true,
	"excited": true, "impressed": true, "interested": true, "offended": true, "outraged": true,
	"pleased": true, "troubled": true, "upset": true,
})

// expletiveSubject reports whether the source of reported speech before its cue opens with an
// "it" that stands for no one (`It is important to note that …`, `it's hard not to wonder
// whether …`), or a there before a cue noun (`There is broad agreement that …`): the writer's
// judgement, or a view held in common, with no speaker.
func (c *docContext) expletiveSubject(q *quote.Quote) bool {
	if q.Kind == quote.Direct || q.Cue.Lemma == "" || q.Source.Len() == 0 || q.Source.End > q.Cue.Span.Start ||
		strings.HasPrefix(q.Rule, "reported-participle") || strings.HasPrefix(q.Rule, "reported-coordinated") {
		return false // `It's a big if, but Ann Lee was there, emphasizing`: a later clause's subject speaks
	}
	d := c.d
	k := d.TokenAt(q.Source.Start)
	if k+1 >= len(d.Tokens) || d.Key(k) != "it" && !(d.Key(k) == "there" && q.Rule == "reported-nominal") || d.Tokens[k+1].Start >= q.Cue.Span.Start {
		return false
	}
	next := d.Key(k + 1)
	return beForms.Has(next) || next == "'s"
}

// beForms make a passive of the participle after them.
var beForms = lexicon.NewSet(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true,
})

// irregularParticiples are past participles of cues that do not end in -ed.
var irregularParticiples = lexicon.NewSet(map[string]bool{
	"told": true, "shown": true, "seen": true, "known": true, "thought": true, "said": true,
	"heard": true, "given": true, "written": true, "taken": true, "held": true, "sought": true,
})

// isStatement reports whether quotation q makes a statement.
func isStatement(q *quote.Quote, opts *Options) bool {
	return q.IsStatement() && (q.Depth == 0 || opts.Nested)
}

// runSieves gives each statement still without a speaker the answer of the first sieve that
// decides, in text order, so that later statements can lean on earlier ones.
func (c *docContext) runSieves(sieves []sieve, minConf float64) {
	for si := range c.stmts {
		if c.stmts[si].Speaker != nil || c.decided(si) {
			continue
		}
		for _, sv := range sieves {
			if ch, ok := sv.run(c, si); ok {
				c.apply(si, sv.name, ch, minConf)
				break
			}
		}
	}
}

// decided reports whether a sieve already ruled on statement si, even if only to leave it
// without a speaker.
func (c *docContext) decided(si int) bool {
	for _, d := range c.stmts[si].Trail {
		if d.Stage == "speaker" {
			return true
		}
	}
	return false
}

// apply records a sieve's choice for statement si; below minConf the speaker stays nil.
func (c *docContext) apply(si int, rule string, ch choice, minConf float64) {
	s := &c.stmts[si]
	s.Trail = append(s.Trail, Decision{Stage: "speaker", Rule: rule, Evidence: ch.evidence, Confidence: ch.confidence})
	if ch.confidence < minConf {
		return
	}
	s.Speaker = c.speaker(ch)
	s.Rule, s.Confidence = rule, ch.confidence
}

// enclosing returns the index of the statement whose quotation holds q, or -1.
func (c *docContext) enclosing(q *quote.Quote) int {
	if q.Depth == 0 {
		return -1
	}
	for si := len(c.stmts) - 1; si >= 0; si-- {
		o := &c.quotes[c.from[si]]
		if o.Depth < q.Depth && o.Span().Contains(q.Span()) {
			return si
		}
	}
	return -1
}

func quoteConfidence(q *quote.Quote) float64 {
	switch q.Rule {
	case "cue-after", "cue-before":
		return 0.95
	case "standalone":
		return 0.8
	}
	return 0.6
}

func (c *docContext) speaker(ch choice) *Speaker {
	var sp *Speaker
	if n := len(c.speakers); n < cap(c.speakers) { // one allocation for most of the document's speakers
		c.speakers = c.speakers[:n+1]
		sp = &c.speakers[n]
	} else {
		sp = new(Speaker)
	}
	*sp = Speaker{Mention: ch.mention, Entity: ch.entity, Name: ch.name, Kind: ch.kind}
	if ch.entity >= 0 {
		e := &c.ents.Entities[ch.entity]
		sp.Name, sp.Kind = e.Name, e.Kind
	}
	return sp
}

// publicationDate returns the document's publication date, formatted once per document.
func (c *docContext) publicationDate() SaidOn {
	if !c.pubDone && !c.doc.Published.IsZero() {
		c.pubDate = SaidOn{Value: c.doc.Published.Format("2006-01-02"), Source: Published}
	}
	c.pubDone = true
	return c.pubDate
}

// cueSpeaker takes the subject of the statement's cue: the mention in the quote's source
// window nearest the cue, or, after an apposition (`Mukasey, the attorney general under
// President Bush, said`), the first one.
func (c *docContext) cueSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	w := q.Source
	if q.Cue.Lemma == "" || w.Len() == 0 {
		return choice{}, false
	}
	if q.Kind == quote.Direct {
		if ch, ok := c.accordingTo(q.Cue.Span); ok {
			return ch, ok
		}
	}
	if c.passiveForm(q) {
		if mi := c.passiveAgent(q); mi >= 0 {
			return c.fromMention(mi, 0.8, q.Cue.Span) // `Lee was asked by host Tom Reed whether …`
		}
	}
	before := w.End <= q.Cue.Span.Start
	if before {
		if np, ok := c.reducedRelative(w, q.Cue.Span); ok {
			return c.nounSpeaker(np, q.Cue.Span)
		}
	}
	if !before && q.Kind == quote.Direct && c.participleCue(q.Cue.Span) && q.Cue.Span.Start >= q.Span().End {
		// `Rubio fired back: "…," referencing the Cuban voters of Miami`: a participle has no
		// subject after it; the words there are its object. The speaker is the sentence's.
		if mi := c.sentenceSubject(q.Span().Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Cue.Span)
		}
		return choice{}, false
	}
	if q.Kind == quote.Direct && before {
		w = c.participleClause(w, q.Cue.Span)
	}
	if before && !c.dialogueText {
		if ch, ok := c.relativeBefore(w, q.Cue.Span); ok {
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
	pick := c.firstActor(cands) // passing over a place: a dateline (`WASHINGTON -- President Obama, …, said`)
	if before && q.Kind != quote.Direct && !strings.HasPrefix(q.Rule, "reported-participle") && !strings.HasPrefix(q.Rule, "reported-coordinated") {
		if s, ok := c.interruptedSubject(w, q.Cue.Span.Start); ok {
			return c.subjectIn(s, cands, q.Cue.Span)
		}
	}
	switch {
	case strings.HasPrefix(q.Rule, "reported-participle"), strings.HasPrefix(q.Rule, "reported-coordinated"),
		before && (c.coordinatedBefore(q.Cue.Span) || c.participleCue(q.Cue.Span) || c.infinitiveCue(q.Cue.Span)):
		pick = c.firstActor(cands) // "BRUSSELS — The chancellor ruled it out, saying …", "X said … and said:"
		if mi := c.afterExpletive(w, cands, pick); mi >= 0 {
			pick = mi
		} else if mi := c.lastClauseSubject(w, cands, strings.HasPrefix(q.Rule, "reported-participle")); mi >= 0 {
			pick = mi
		} else if mi := c.verbSubject(cands); mi >= 0 {
			pick = mi
		} else if np, ok := c.openingSubject(w, c.ents.Mentions[pick].Span); ok {
			return c.windowSpeaker(np, before) // `His campaign sued the DNC on Friday, seeking`: the DNC is an object
		}
	case before && !c.appositionBefore(q.Cue.Span) && !c.dashAsideBefore(w, q.Cue.Span):
		pick = cands[len(cands)-1]
		if mi := c.relativeAntecedent(cands, q.Cue.Span.Start); mi >= 0 {
			pick = mi
		} else if r, ok := c.unnamedAntecedent(w, cands, q.Cue.Span.Start); ok {
			return c.windowSpeaker(r, before)
		}
	case before:
		pick = c.namedApposition(cands, pick)
	}
	ch, ok := c.fromMention(pick, 0.9, q.Cue.Span)
	if before {
		if r, found := c.relativeAfter(c.ents.Mentions[pick].Span.End, q.Cue.Span.Start); found {
			ch.mention = r // `bankers who concluded`: who is the cue's subject; it stands for the bankers
		}
	}
	if c.dialogueText && q.Depth == 0 && c.ents.Mentions[pick].Kind == entity.Pronoun {
		ch = c.conversationPronoun(si, ch)
	}
	return ch, ok
}

// maxTailWords bounds the lower-case words between the comma that closes an interruption and
// the cue (`will not`, `has long`).
const maxTailWords = 3

// interruptedSubject returns the subject phrase of window w, before the cue at byte offset cue,
// when a phrase set off by commas stands between it and the cue, with at most a few lower-case
// words after the closing comma (`The survey, released by the Policy Institute, showed`, `Tom
// Reed, who calls Ann Hale a liar, will say`): the mentions in the phrase are its own objects.
// Adjuncts before the subject (`In a speech, Ann Hale, a Democrat, said`) are passed over; a
// name that opens the phrase is the subject's name (`One pastor, Tom Reed, said`): that is
// namedApposition's case.
func (c *docContext) interruptedSubject(w Span, cue int) (Span, bool) {
	d := c.d
	first, end := d.TokenAt(w.Start), d.TokenAt(cue)
	var commas [8]int
	n := 0
	for k := first; k < end && k < len(d.Tokens); k++ {
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

// participleClause widens window w, before a participle cue after a comma (`Reed shared a
// syllabus on his page, writing "…"`), to the clause the participle goes on from, back to the
// start of its sentence or the quotation before it: the window the quote stage gives is the
// clause's tail, whose mentions are objects.
func (c *docContext) participleClause(w, cue Span) Span {
	d := c.d
	i := d.TokenAt(cue.Start)
	if i < 1 || d.TokenText(i-1) != "," || !c.participleCue(cue) {
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
// mentions in the window are its objects.
func (c *docContext) relativeBefore(w, cue Span) (choice, bool) {
	d := c.d
	k := d.TokenAt(w.Start)
	if k < 2 || !relativeVerb(d, k, w.End) {
		return choice{}, false // `which he said`, `which even critics say`: the relative is an object
	}
	if key := d.Key(k - 1); key != "who" && key != "which" || d.Tokens[k-2].Kind == text.Word && nonOpeners.Has(d.Key(k-2)) {
		return choice{}, false // `at which all the guests agreed`: the relative is no subject
	}
	if c.coordinatedBefore(cue) {
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
const maxSourceGap = 8

// maxSourceWords bounds the words of that source when no mention names it.
const maxSourceWords = 10

// accordingTo returns the source that "according to" names after the cue of a direct
// quotation (`"…," the mayor said, according to the Ledger`): news attributes the quotation
// to the outlet or document that reported it.
func (c *docContext) accordingTo(cue Span) (choice, bool) {
	d := c.d
	k := d.TokenAt(cue.End - 1)
	if k >= len(d.Tokens) {
		return choice{}, false
	}
	last := d.Sentences[d.SentenceOf(k)].Last
	for j := k + 1; j+2 < last && j <= k+maxSourceGap; j++ {
		if d.Tokens[j].Kind == text.Mark {
			return choice{}, false // the quotation goes on
		}
		if d.Key(j) != "according" || d.Key(j+1) != "to" || d.TokenText(j-1) != "," {
			continue
		}
		from := j + 2
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
			return c.fromMention(mi, 0.8, cue)
		}
		return c.windowSpeaker(src, false)
	}
	return choice{}, false
}

// beforeDashes returns, when window w ends a phrase set off by dashes, the mention that stands
// right before the opening dash, or -1: the subject the phrase interrupts (`Murphy — after a
// pause — told`).
func (c *docContext) beforeDashes(w Span) int {
	d := c.d
	e := d.TokenAt(w.End - 1)
	if e >= len(d.Tokens) || !signatureDashes.Has(d.TokenText(e)) && d.TokenText(e) != "--" {
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
		if k >= 0 && c.d.TokenText(k) == "," && c.mentionBefore(c.d.Tokens[k].Start) == pick {
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
		if k := c.d.TokenAt(n.Span.Start) - 1; k >= 0 && c.d.TokenText(k) == "," {
			return cands[i]
		}
		return -1
	}
	return -1
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

// trailingCue takes, for a quoted fragment with no cue that runs on after its closing mark,
// the subject of the speech verb right after it, past a comma: `"Thank you all" for the
// victory, Lee said.`, `"…" that is plainly wrong, county lawyer Ann Hale wrote`.
func (c *docContext) trailingCue(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Rule != "fragment" || q.Cue.Lemma != "" || len(q.Parts) == 0 {
		return choice{}, false
	}
	d := c.d
	end := q.Span().End
	t := strings.TrimRight(d.Text[q.Span().Start:end], "\"'”’ ")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return choice{}, false // `a memo titled "The Facts." In it, he says`: the fragment ended its sentence
	}
	k := d.TokenAt(end)
	if k >= len(d.Tokens) || d.ParagraphOf(k) != d.ParagraphOf(d.TokenAt(end-1)) {
		return choice{}, false
	}
	if strings.HasSuffix(t, ",") {
		for k < len(d.Tokens) && d.Tokens[k].Kind == text.Mark {
			k++ // `… as, 'He is the ringleader,'" Tom Sexton said`: the comma stands inside the marks
		}
	} else {
		for n := 0; k < len(d.Tokens) && d.TokenText(k) != ","; k++ {
			// the closing mark and words that run on after it (`" that is plainly wrong,`)
			if n++; n > maxRunOn || d.Tokens[k].Kind == text.Punct {
				return choice{}, false // `…" for the victory. Lee said`: a sentence of its own
			}
		}
		k++ // past the comma
	}
	for v := k; v < len(d.Tokens) && v < k+maxTrailingSubject; v++ {
		if d.Tokens[v].Kind != text.Word {
			return choice{}, false
		}
		if !trailingVerbs.Has(d.Key(v)) || v == k {
			continue
		}
		mi := c.mentionBefore(d.Tokens[v].Start)
		if mi < 0 || c.ents.Mentions[mi].Span.End != d.Tokens[v-1].End || c.ents.Mentions[mi].Span.Start < d.Tokens[k].Start {
			return choice{}, false
		}
		return c.fromMention(mi, 0.7, Span{Start: d.Tokens[v].Start, End: d.Tokens[v].End})
	}
	return choice{}, false
}

// maxRunOn bounds the tokens between a fragment's end and the comma before its trailing cue.
const maxRunOn = 12

// maxTrailingSubject bounds the words of the subject before a trailing speech verb
// (`Justice Department senior trial counsel Ann Hale wrote`).
const maxTrailingSubject = 8

// trailingVerbs are the speech verbs that, after a quoted fragment and its run-on words, name
// its speaker before them.
var trailingVerbs = lexicon.NewSet(map[string]bool{
	"added": true, "argued": true, "explained": true, "noted": true, "said": true, "says": true,
	"told": true, "tweeted": true, "wrote": true, "writes": true,
})

// colonSpeaker takes the first mention of the clause that introduces a quotation with a colon
// and no cue: `Macron: "…"`, `Sanders stood up for the federal workforce: "…"`.
func (c *docContext) colonSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Rule != "colon" || q.Source.Len() == 0 {
		return choice{}, false
	}
	cands := c.mentionsIn(q.Source)
	if len(cands) == 0 && !c.dialogueText {
		// `Trump gestured, then leaned in and boomed: "…"`: the clause goes on from the
		// sentence's subject.
		if mi := c.sentenceSubject(q.Source.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, q.Source)
		}
	}
	if len(cands) == 0 {
		return c.windowSpeaker(q.Source, true)
	}
	pick := c.firstActor(cands) // past a place (`At a meeting in Aspen, Colo., the mayor ended:`)
	if mi := c.verbSubject(cands); mi >= 0 {
		pick = mi // past the phrase before the subject (`With voters worried, Lee is rolling out:`)
	}
	return c.fromMention(pick, 0.7, q.Source)
}

// sentenceSpeaker takes, for a quotation in news that no cue introduces, the subject of the
// sentence it stands in: `The senator, for her part, is calling the plan "a disgrace."`.
// In fiction a quotation without a cue is a turn of the conversation, which the dialogue
// pass decides.
func (c *docContext) sentenceSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if c.dialogueText || q.Kind == quote.Indirect || !uncued(q) {
		return choice{}, false
	}
	if mi := c.sentenceSubject(q.Marks[0].Start); mi >= 0 {
		return c.fromMention(mi, 0.6, q.Marks[0])
	}
	return choice{}, false
}

// uncued reports whether q is a top-level quotation in marks that no cue introduces: what the
// sieves that read the text around the marks (sentence, signature, narrative paragraph) serve.
func uncued(q *quote.Quote) bool {
	return q.Cue.Lemma == "" && q.Depth == 0 && len(q.Marks) > 0
}

// signatureSpeaker takes the name a dash signs a quotation with, right after its closing
// mark: `"We will win." ― Ana Ruiz`, as epigraphs and collected comments are signed.
func (c *docContext) signatureSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if !uncued(q) {
		return choice{}, false
	}
	d := c.d
	end := q.Marks[len(q.Marks)-1].End
	k := d.TokenAt(end)
	if k+1 >= len(d.Tokens) || !signatureDashes.Has(d.TokenText(k)) && d.TokenText(k) != "-" {
		return choice{}, false
	}
	next := d.ParagraphOf(k) != d.ParagraphOf(d.TokenAt(end-1))
	if next && d.ParagraphOf(k) != d.ParagraphOf(d.TokenAt(end-1))+1 || !next && d.TokenText(k) == "-" || d.ParagraphOf(k+1) != d.ParagraphOf(k) {
		return choice{}, false
	}
	mi := c.mentionAtOrAfter(d.Tokens[k].End)
	if mi < 0 {
		return choice{}, false
	}
	m := &c.ents.Mentions[mi]
	if m.Span.Start != d.Tokens[k+1].Start || m.Kind != entity.Name || m.Entity < 0 || c.ents.Entities[m.Entity].Kind == entity.Place {
		return choice{}, false
	}
	if next {
		// `"We will win."¶- Ana Ruiz.`: a paragraph of its own signs the quotation that ends the
		// one before, when it holds only the name (and perhaps an aside after a comma), not a
		// bulleted sentence about the person (`- Ana Ruiz leads in Ohio.`).
		if n := d.TokenAt(m.Span.End); n >= len(d.Tokens) || d.ParagraphOf(n) != d.ParagraphOf(k) ||
			d.TokenText(n) != "," && (d.TokenText(n) != "." || n+1 < len(d.Tokens) && d.ParagraphOf(n+1) == d.ParagraphOf(k)) {
			return choice{}, false
		}
	}
	return c.fromMention(mi, 0.8, Span{Start: d.Tokens[k].Start, End: m.Span.End})
}

// maxLabelWords bounds the words of a transcript's speaker label ("SEN. WARREN:").
const maxLabelWords = 3

// labelSpeaker takes the capitalised label a transcript opens a quotation with: `"PENCE:
// Well, look, …"`.
func (c *docContext) labelSpeaker(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Kind != quote.Direct || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	p := q.Parts[0]
	k := d.TokenAt(p.Start)
	for k < len(d.Tokens) && d.Tokens[k].Start < p.End && d.Tokens[k].Kind == text.Mark {
		k++
	}
	first := k
	for k < len(d.Tokens) && k-first < maxLabelWords && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.AllUpper != 0 {
		k++
	}
	if k == first || k >= len(d.Tokens) || d.TokenText(k) != ":" || d.Tokens[k].End >= p.End {
		return choice{}, false
	}
	label := Span{Start: d.Tokens[first].Start, End: d.Tokens[k-1].End}
	if mi := c.mentionAtOrAfter(label.Start); mi >= 0 && c.ents.Mentions[mi].Span.End <= label.End {
		return c.fromMention(mi, 0.8, label)
	}
	return choice{mention: label, entity: -1, name: label.Of(d.Text), confidence: 0.8, evidence: label}, true
}

// signatureDashes sign a quotation with the name after them.
var signatureDashes = lexicon.NewSet(map[string]bool{"―": true, "—": true, "–": true})

// antecedent returns the person mention that a relative "who" at byte offset off stands for:
// the last mention before it, across the comma and an apposition (`Ann Lee, who`, `Dianne
// Feinstein of California, the ranking Democrat, who`), or -1.
func (c *docContext) antecedent(off int) int {
	sent := c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(off))]
	last, named := -1, -1
	for mi := c.mentionAtOrAfter(sent.Start); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
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

// sentenceSubject returns the first mention of a person (or a subject pronoun) in the
// sentence that holds byte offset off, before off and outside quotations, or -1: the subject
// of a second verb whose own window names no one (`Miss Bartlett, in reply, opened her mouth
// as little as possible, and said "…"`).
func (c *docContext) sentenceSubject(off int) int {
	sent := c.d.Sentences[c.d.SentenceOf(c.d.TokenAt(off))]
	for _, mi := range c.mentionsIn(Span{Start: sent.Start, End: off}) {
		m := &c.ents.Mentions[mi]
		if c.inQuote(m.Span.Start) {
			continue
		}
		if m.Kind == entity.Pronoun || m.Entity >= 0 && personLike(c.ents.Entities[m.Entity].Kind) {
			return mi
		}
	}
	return -1
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
	for e < sent.Last && (d.TokenText(e) != "," || c.inQuote(d.Tokens[e].Start)) {
		e++ // the phrase's comma: the content may run on past it, into the main clause
	}
	if e >= sent.Last {
		return -1
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
func (c *docContext) cueSentenceSubject(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
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
		if c.inDateline(m.Span) {
			continue
		}
		if m.Kind == entity.Pronoun || m.Entity >= 0 && c.ents.Entities[m.Entity].Kind != entity.Place {
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
	for k = d.TokenAt(m.End); k < len(d.Tokens) && k < d.TokenAt(m.End)+8; k++ {
		switch {
		case datelineDashes.Has(d.TokenText(k)):
			return true
		case d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0:
			return false
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
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= w.Start })
	out := c.mentionBuf[:0]
	for ; i < len(ms) && ms[i].Span.Start < w.End; i++ {
		m := &ms[i]
		if !w.Contains(m.Span) || m.Possessive || m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
			continue
		}
		if k := c.d.TokenAt(m.Span.Start) - 1; k >= 0 && c.d.Tokens[k].Start >= w.Start && objectPrepositions.Has(c.d.Key(k)) &&
			!c.absoluteWith(k, m.Span) && !c.partOf(k) {
			continue // `walking close up to Oliver, said`, `glancing over it, said`: an object
		}
		if c.inParens(w, m.Span.Start) {
			continue // `Sen. Rand Paul (R-Ky.) said`: an aside
		}
		if c.inQuote(m.Span.Start) && !(c.inQuote(w.Start) && c.inQuote(w.End-1)) {
			continue // `"All leaders must act," said Lee, who has backed`: the quotation's words
		}
		out = append(out, i)
	}
	c.mentionBuf = out
	return out
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
func (c *docContext) inParens(w Span, off int) bool {
	depth := 0
	for k := c.d.TokenAt(w.Start); k < len(c.d.Tokens) && c.d.Tokens[k].Start < off; k++ {
		switch c.d.TokenText(k) {
		case "(":
			depth++
		case ")":
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}

// objectPrepositions make the mention after them, inside a speaker's window, an object rather
// than the subject.
var objectPrepositions = lexicon.NewSet(map[string]bool{
	"to": true, "at": true, "with": true, "from": true, "over": true, "into": true, "upon": true,
	"towards": true, "toward": true, "beside": true, "behind": true, "near": true, "like": true,
	"for": true, "on": true, "by": true, "about": true, "against": true, "between": true,
	"among": true, "in": true, "through": true, "across": true, "during": true, "of": true,
})

// coordinatedBefore reports whether "and" or "but" stands right before the cue: the second verb
// of the sentence's subject (`De Blasio said the move was Bratton's and said: "…"`).
func (c *docContext) coordinatedBefore(cue Span) bool {
	i := c.d.TokenAt(cue.Start)
	if i == 0 {
		return false
	}
	k := c.d.Key(i - 1)
	return k == "and" || k == "but"
}

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

// infinitiveCue reports whether "to" stands right before the cue (`pushed his colleagues to
// reject`, `seemed to blame`): the subject is the clause's, not the object nearest the cue.
func (c *docContext) infinitiveCue(cue Span) bool {
	i := c.d.TokenAt(cue.Start)
	return i > 0 && c.d.Key(i-1) == "to"
}

// participleCue reports whether the cue is a participle (`emailed supporters saying:`): its
// subject is the subject of the clause, not the object nearest the cue.
func (c *docContext) participleCue(cue Span) bool {
	i := c.d.TokenAt(cue.Start)
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
	if m.Kind != entity.Pronoun || m.Entity < 0 || m.Span != c.trimmed(w) || !possessivePronouns.Has(strings.ToLower(m.Span.Of(c.d.Text))) {
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

// reducedRelative returns the noun phrase of window w that a participle cue right after it,
// with no comma between, goes on from when that phrase's head names a group or a poll (`gave
// $2 million to a group backing Lee`, `with recent polls showing`): a reduced relative clause
// whose subject is the noun, not the clause's (`Lee spent the day attacking`).
func (c *docContext) reducedRelative(w, cue Span) (Span, bool) {
	d := c.d
	i := d.TokenAt(cue.Start)
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

// appositionBefore reports whether a comma stands right before the cue: the subject then
// comes before the apposition.
func (c *docContext) appositionBefore(cue Span) bool {
	i := c.d.TokenAt(cue.Start)
	return i > 0 && c.d.TokenText(i-1) == ","
}

// dashAsideBefore reports whether a dash closes an aside right before the cue that window w
// stops short of (`Ann Lee, director of the Vote Fund - which backs Hale - said`): the quote
// stage ended the subject before the aside, which then reads as an apposition closed by a comma.
func (c *docContext) dashAsideBefore(w, cue Span) bool {
	i := c.d.TokenAt(cue.Start)
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
	if t == "" || len(t) > 80 || c.dialogueText && !c.nounPhrase(w) {
		return choice{}, false // in a novel, a window of words that names no one is seldom a speaker
	}
	return choice{mention: w, entity: -1, name: t, confidence: 0.5, evidence: w}, true
}

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
	if m.Kind == entity.Pronoun && m.Entity < 0 {
		ch.name = m.Head.Of(c.d.Text)
		ch.confidence = conf * 0.6
	}
	if ch.entity < 0 && ch.name == "" {
		ch.name = m.Head.Of(c.d.Text)
	}
	return ch, true
}

// paragraphSpeaker gives a quotation without a cue the speaker of the statement before it in
// the same paragraph.
func (c *docContext) paragraphSpeaker(si int) (choice, bool) {
	pi := c.previousTop(si)
	if pi < 0 {
		return choice{}, false
	}
	cur := c.d.ParagraphOf(c.d.TokenAt(c.stmts[si].Parts[0].Start))
	for pi >= 0 && (c.subordinate(pi) || c.asideFragment(pi)) {
		pi = c.previousTop(pi) // `…,” Lee told the paper, after Kim stated an interest. “…”`: Lee goes on
	}
	if pi < 0 {
		return choice{}, false
	}
	prev := &c.stmts[pi]
	if prev.Speaker == nil || c.d.ParagraphOf(c.d.TokenAt(prev.Parts[len(prev.Parts)-1].Start)) != cur {
		return choice{}, false
	}
	return c.reuse(prev, 0.75)
}

// subordinate reports whether statement si is reported speech whose source opens a clause of
// time or reason (`after Kim stated an interest`): an aside in the sentence of another
// statement, not the voice of the paragraph.
func (c *docContext) subordinate(si int) bool {
	q := &c.quotes[c.from[si]]
	if q.Kind != quote.Indirect || q.Source.Len() == 0 {
		return false
	}
	k := c.d.TokenAt(q.Source.Start)
	for j := k - 1; j >= 0 && j >= k-2 && c.d.Tokens[j].Kind == text.Word; j-- {
		switch c.d.Key(j) {
		case "after", "before", "since", "because", "when", "while", "as", "until":
			return true // `after the mayor stated`, `after de Vries stated`
		}
	}
	return false
}

// asideFragment reports whether statement si is a short quoted fragment (`a host on the show
// "Farm Talk."`) that follows a direct quotation in the same sentence: a name or a phrase in
// the sentence of the quotation before, not the voice of the paragraph.
func (c *docContext) asideFragment(si int) bool {
	q := &c.quotes[c.from[si]]
	if q.Kind != quote.Mixed || len(q.Parts) != 1 || si == 0 {
		return false
	}
	words := 0
	for k := c.d.TokenAt(q.Parts[0].Start); k < len(c.d.Tokens) && c.d.Tokens[k].Start < q.Parts[0].End; k++ {
		if c.d.Tokens[k].Kind == text.Word {
			words++
		}
	}
	prev := &c.quotes[c.from[si-1]]
	return words <= 4 && prev.Kind == quote.Direct &&
		c.d.SentenceOf(c.d.TokenAt(prev.Span().Start)) == c.d.SentenceOf(c.d.TokenAt(q.Parts[0].Start))
}

// previousTop returns the index of the last statement before si that is not nested in a
// quotation and has a speaker to give, or -1: an impersonal statement (`when asked whether
// …`) is passed over.
func (c *docContext) previousTop(si int) int {
	for pi := si - 1; pi >= 0; pi-- {
		if c.quotes[c.from[pi]].Depth == 0 && !c.impersonal(pi) {
			return pi
		}
	}
	return -1
}

// impersonal reports whether statement si was ruled to have no speaker in the text.
func (c *docContext) impersonal(si int) bool {
	for _, d := range c.stmts[si].Trail {
		if d.Stage == "speaker" && d.Rule == "impersonal" {
			return true
		}
	}
	return false
}

// narrativeBefore takes the person a narrative sentence of the quotation's own paragraph, between
// it and any quotation before, is about: `She looked at her watch. "Oh dear, I must fly."`.
func (c *docContext) narrativeBefore(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Cue.Lemma != "" || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(q.Marks[0].Start)
	para := d.ParagraphOf(first)
	for s := d.SentenceOf(first) - 1; s >= 0 && d.Sentences[s].Para == para; s-- {
		if mi, ok := c.narrativeSubject(d.Sentences[s]); ok {
			return c.fromMention(mi, 0.6, d.Sentences[s].Span)
		}
		if c.hasQuote(d.Sentences[s]) {
			break
		}
	}
	return choice{}, false
}

// narrativeParagraphBefore takes, for a quotation that opens its paragraph and that nothing
// else attributed, the person the last sentence of the paragraph before is about, when that
// paragraph is narration only: `He was driven to use the prerogatives of his profession.` and
// then his words.
func (c *docContext) narrativeParagraphBefore(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if !uncued(q) {
		return choice{}, false
	}
	d := c.d
	first := d.TokenAt(q.Marks[0].Start)
	para := d.ParagraphOf(first)
	if first != d.Paragraphs[para].First || para == 0 {
		return choice{}, false
	}
	prev := d.Paragraphs[para-1]
	if c.hasQuote(prev) {
		return choice{}, false
	}
	last := d.Sentences[d.SentenceOf(prev.Last-1)]
	if mi, ok := c.narrativeSubject(last); ok {
		return c.fromMention(mi, 0.4, last.Span)
	}
	return choice{}, false
}

// narrativeAfter takes the person the narrative sentence right after the quotation, in its
// paragraph, is about: `"…" And then, sitting down again, she forgot them.`
func (c *docContext) narrativeAfter(si int) (choice, bool) {
	q := &c.quotes[c.from[si]]
	if q.Cue.Lemma != "" || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	last := d.TokenAt(q.Marks[len(q.Marks)-1].Start)
	s := d.SentenceOf(last) + 1
	if s >= len(d.Sentences) || d.Sentences[s].Para != d.ParagraphOf(last) {
		return choice{}, false
	}
	if mi, ok := c.narrativeSubject(d.Sentences[s]); ok {
		return c.fromMention(mi, 0.55, d.Sentences[s].Span)
	}
	return choice{}, false
}

// narrativeSubject returns the first person mention of a sentence, if the sentence is narrative
// (it holds no quotation). A possessive counts: in "Polly's strident tones rang", Polly speaks.
func (c *docContext) narrativeSubject(s text.Segment) (int, bool) {
	if c.hasQuote(s) {
		return -1, false
	}
	for mi := c.mentionAtOrAfter(s.Start); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
		m := &c.ents.Mentions[mi]
		if m.Span.Start >= s.End {
			break
		}
		if m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
			continue // "his", "her": the possessor of the subject is often the speaker, but not through them
		}
		if m.Entity >= 0 {
			switch c.ents.Entities[m.Entity].Kind {
			case entity.Person, entity.RoleOnly, entity.Anonymous:
				return mi, true
			}
		}
		return -1, false // the first mention is not a person: no subject to take
	}
	return -1, false
}

// hasQuote reports whether sentence s overlaps a quotation.
func (c *docContext) hasQuote(s text.Segment) bool {
	i := sort.Search(len(c.quoted), func(i int) bool { return c.quoted[i].End > s.Start })
	return i < len(c.quoted) && c.quoted[i].Start < s.End
}

func (c *docContext) reuse(prev *Statement, conf float64) (choice, bool) {
	sp := prev.Speaker
	return choice{mention: sp.Mention, entity: sp.Entity, name: sp.Name, kind: sp.Kind,
		confidence: conf, evidence: sp.Mention}, true
}

func isSubjectPronoun(s string) bool {
	switch asPronoun(s) {
	case "he", "she", "they", "i", "we", "it":
		return true
	}
	return false
}

// asPronoun returns strings.ToLower(s) where it may be a personal pronoun, which has four
// letters or fewer, and "" for an ASCII s too long to be one: a capitalised pronoun or name
// then costs no allocation.
func asPronoun(s string) string {
	switch s {
	case "He", "HE":
		return "he"
	case "She", "SHE":
		return "she"
	case "They", "THEY":
		return "they"
	case "I":
		return "i"
	case "We", "WE":
		return "we"
	case "It", "IT":
		return "it"
	}
	if len(s) > 4 && isASCII(s) {
		return "" // lower-casing ASCII keeps the length
	}
	return strings.ToLower(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Reach of cataphora: how many mentions and paragraphs after the pronoun it looks, and how
// sure it is.
const (
	cataphoraConfidence    = 0.35
	maxCataphoraMentions   = 12
	maxCataphoraParagraphs = 2
)

// cataphora names a he or she that nothing before it resolves, as at the start of an excerpt
// ("'Good night,' he said. … Tony locked the door"): the first person named after it, outside
// quotations and within maxCataphoraParagraphs, whose gender fits.
func (c *docContext) cataphora(minConf float64) {
	if cataphoraConfidence < minConf {
		return // below the caller's threshold the pronoun stays its own speaker
	}
	for si := range c.stmts {
		g := c.unresolvedPronoun(si)
		if g == entity.Unknown {
			continue
		}
		sp := c.stmts[si].Speaker
		para := c.d.ParagraphOf(c.d.TokenAt(sp.Mention.Start))
		for mi, n := c.mentionAtOrAfter(sp.Mention.End), 0; mi >= 0 && mi < len(c.ents.Mentions) && n < maxCataphoraMentions; mi, n = mi+1, n+1 {
			m := &c.ents.Mentions[mi]
			if c.d.ParagraphOf(c.d.TokenAt(m.Span.Start)) > para+maxCataphoraParagraphs {
				break
			}
			if m.Kind != entity.Name || m.Entity < 0 || c.inQuote(m.Span.Start) {
				continue
			}
			e := &c.ents.Entities[m.Entity]
			if e.Kind != entity.Person || e.Gender != g {
				continue
			}
			c.renamePronoun(si, "cataphora", m.Entity, cataphoraConfidence, m.Span, minConf)
			break
		}
	}
}

// lastOfGenderConfidence is how sure lastOfGender is: a guess from the scene.
const lastOfGenderConfidence = 0.3

// lastOfGender names a he or she that neither the entity stage nor the conversation resolved:
// the last speaker before it in the scene (within maxParticipantAt statements) whom the
// pronoun fits, a person the scene has already heard.
func (c *docContext) lastOfGender(minConf float64) {
	if !c.dialogueText || lastOfGenderConfidence < minConf {
		return // below the caller's threshold the pronoun stays its own speaker
	}
	for si := range c.stmts {
		g := c.unresolvedPronoun(si)
		if g == entity.Unknown {
			continue
		}
		scene := c.sceneStart(c.stmts[si].Parts[0].Start)
		for k := si - 1; k >= 0 && k >= si-maxParticipantAt && c.stmts[k].Parts[0].Start >= scene; k-- {
			w := c.stmts[k].Speaker
			if w == nil || w.Entity < 0 || c.ents.Entities[w.Entity].Kind != entity.Person || c.ents.Entities[w.Entity].Gender != g {
				continue
			}
			c.renamePronoun(si, "last-of-gender", w.Entity, lastOfGenderConfidence, w.Mention, minConf)
			break
		}
	}
}

// unresolvedPronoun returns the gender of statement si's speaker when it is a he or she that
// names no entity, else Unknown.
func (c *docContext) unresolvedPronoun(si int) entity.Gender {
	sp := c.stmts[si].Speaker
	if sp == nil || sp.Entity >= 0 {
		return entity.Unknown
	}
	return pronounGender(sp.Name)
}

// renamePronoun gives statement si, whose speaker is a pronoun that names no entity, entity e
// by rule; the pronoun stays its local mention.
func (c *docContext) renamePronoun(si int, rule string, e int, conf float64, evidence Span, minConf float64) {
	mention := c.stmts[si].Speaker.Mention
	c.stmts[si].Speaker = nil
	c.apply(si, rule, choice{mention: mention, entity: e, confidence: conf, evidence: evidence}, minConf)
}
