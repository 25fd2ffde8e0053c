package attribution

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

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
	buf    *Buffer // the memory of the Result
	quotes []quote.Quote
	quoted []Span // the quotations in running text, marks included, in order
	ents   *entity.Analysis
	stmts  []Statement
	from   []int // statement index -> quote index

	timexes      []timex.Timex // the document's temporal expressions, in text order
	dateline     SaidOn        // the date of the article's dateline, once looked for
	datelineDone bool          // dateline is set
	lastBy       []int         // entity -> its last statement dated so far, or -1
	dated        []bool        // sentence -> whether an expression cueDate may take lies in it (see dateSentences)
	datedDone    bool          // dated is set, if anyDated
	anyDated     bool          // an expression cueDate may take lies in some sentence
	rooms        []stmtRoom    // room for the statements' speakers and trails (see stmtRoom)
	speakers     int           // the speakers handed out of rooms so far, in order
	spare        *Speaker      // a replaced speaker, for the next one (see replace)
	pubDate      SaidOn        // the publication date, once formatted
	pubDone      bool          // pubDate is set
	docDate      SaidOn        // the date of statements that nothing else dates (see documentDate)
	docDateDone  bool          // docDate is set
	explicit     bool          // a statement dated so far has an Explicit date (see dateStatement)
	// The last publication time formatted with this context, kept across documents: the
	// documents of a feed mostly share one, and formatting it allocated for each.
	lastPub      time.Time
	lastPubValue string

	mentionBuf []int        // scratch of mentionsIn
	parens     [2]parenScan // what inParens read of the last two windows
	lastParens int          // which of parens inParens read last
	subject    subjectScan  // what sentenceSubject read of the last sentence
	turnBuf    []turn       // scratch of turns, and the turns' statements
	turnStmts  []int
	memo       []stmtMemo // statement -> what the sieves asked of it (see stmtMemo)

	dialogueText bool  // the text is dialogue or fiction, as a novel is (set before the sieves run)
	breaks       []int // the starts of the scene breaks, in order, once looked for
	breaksDone   bool  // breaks is set

	// By block of indexStride bytes of the text, where quotedEndingAfter and mentionFrom start
	// (see indexSpans).
	quotedAt, mentionAt []int32
}

// A stmtMemo keeps what the sieves ask of a statement more than once: the paragraph of its
// first part, whether its cue is a passive, genericPerson of its speaker's mention, until the
// mention changes, and its vocative.
type stmtMemo struct {
	para                int32 // the paragraph of its first part (see paragraphOf)
	passive             bool  // passiveForm of its quotation
	mention             Span  // the speaker mention genericPerson was asked of
	gender              entity.Gender
	generic, genericSet bool
	vocative            int32 // vocative's answer
	vocativeSet         bool
}

// contexts holds released docContexts: their quotations and indexes, which the Result does
// not keep, serve the next document.
var contexts = sync.Pool{New: func() any { return new(docContext) }}

// maxPooledQuotes bounds the docContexts kept for reuse, so that one long document does not
// hold its tables for the short ones after it.
const maxPooledQuotes = 1 << 12

// newContext returns an empty context for doc, analysed as d, reusing a released one's memory.
func newContext(d *text.Doc, doc Document, buf *Buffer) *docContext {
	c := contexts.Get().(*docContext)
	c.d, c.doc, c.buf = d, doc, buf
	return c
}

// release keeps c's buffers for the next document and lets go of everything else: the
// statements and speakers belong to the Result.
func (c *docContext) release() {
	if cap(c.quotes) > maxPooledQuotes || cap(c.lastBy) > maxPooledQuotes || cap(c.breaks) > maxPooledQuotes ||
		cap(c.mentionAt) > maxPooledBlocks || cap(c.dated) > maxPooledBlocks {
		return
	}
	clear(c.quotes) // they point into the results
	c.reset()
	contexts.Put(c)
}

// reset empties c field by field, keeping its buffers and the last publication time: a
// docContext literal assigned was built on the stack and copied, 800 bytes, for each document
// (TestReset, and TestFieldByFieldWrites, which counts the fields).
func (c *docContext) reset() {
	c.d, c.doc, c.buf, c.ents = nil, Document{}, nil, nil
	c.quotes, c.quoted, c.stmts, c.from = c.quotes[:0], c.quoted[:0], nil, c.from[:0]
	c.timexes, c.dateline, c.datelineDone, c.lastBy = nil, SaidOn{}, false, c.lastBy[:0]
	c.dated, c.datedDone, c.anyDated = c.dated[:0], false, false
	c.rooms, c.speakers, c.spare = nil, 0, nil
	c.pubDate, c.pubDone, c.docDate, c.docDateDone, c.explicit = SaidOn{}, false, SaidOn{}, false, false
	c.mentionBuf, c.turnBuf, c.turnStmts, c.memo = c.mentionBuf[:0], c.turnBuf[:0], c.turnStmts[:0], c.memo[:0]
	c.dialogueText, c.breaks, c.breaksDone = false, c.breaks[:0], false
	c.quotedAt, c.mentionAt = c.quotedAt[:0], c.mentionAt[:0]
	c.parens, c.lastParens, c.subject = [2]parenScan{}, 0, subjectScan{}
}

// maxPooledBlocks bounds the indexes by block a pooled docContext keeps (see indexSpans): those
// of a text of 2 MB.
const maxPooledBlocks = 1 << 16

// indexStride is the stride, in bytes, of the indexes by block: a few mentions start within
// one. A stride of 32 cost as much to build as it saved the walks; 128 walked too far.
const indexStride = 64

// indexSpans indexes the quoted spans and the mentions by block of the text, for
// quotedEndingAfter and mentionFrom: the sieves ask them for most tokens and mentions they
// test, and a binary search cost a branch the processor guessed wrong at each halving.
func (c *docContext) indexSpans() {
	nb := len(c.d.Text)/indexStride + 1
	c.quotedAt = slices.Grow(c.quotedAt[:0], nb)[:nb]
	c.mentionAt = slices.Grow(c.mentionAt[:0], nb)[:nb]
	// Block b starts at the first span that ends after its start, and at the first mention
	// that starts at or after it: a pass over the spans fills the blocks up to each.
	at, b := c.quotedAt, 0
	for i, q := range c.quoted {
		for ; b < len(at) && b*indexStride < q.End; b++ {
			at[b] = int32(i)
		}
	}
	for ; b < len(at); b++ {
		at[b] = int32(len(c.quoted))
	}
	at, b = c.mentionAt, 0
	ms := c.ents.Mentions
	for i := range ms {
		for start := ms[i].Span.Start; b < len(at) && b*indexStride <= start; b++ {
			at[b] = int32(i)
		}
	}
	for ; b < len(at); b++ {
		at[b] = int32(len(ms))
	}
}

// inQuote reports whether byte offset off lies inside a quotation.
func (c *docContext) inQuote(off int) bool {
	i := c.quotedEndingAfter(off)
	return i < len(c.quoted) && c.quoted[i].Start <= off
}

// quotedEndingAfter returns the index of the first quoted span that ends after byte offset off,
// or len(c.quoted), walking from where the index gives for off's block (see indexSpans), or
// from the first span when there is no index.
func (c *docContext) quotedEndingAfter(off int) int {
	qs, i := c.quoted, 0
	if n := len(c.quotedAt); off > 0 && n > 0 {
		i = int(c.quotedAt[min(off/indexStride, n-1)])
	}
	for i < len(qs) && qs[i].End <= off {
		i++
	}
	return i
}

// mentionBefore returns the index of the last mention that starts before byte offset off, or -1.
func (c *docContext) mentionBefore(off int) int {
	return c.mentionFrom(off) - 1
}

// mentionFrom returns the index of the first mention that starts at or after byte offset off,
// or len(c.ents.Mentions), found as quotedEndingAfter finds its span.
func (c *docContext) mentionFrom(off int) int {
	ms, i := c.ents.Mentions, 0
	if n := len(c.mentionAt); off > 0 && n > 0 {
		i = int(c.mentionAt[min(off/indexStride, n-1)])
	}
	for i < len(ms) && ms[i].Span.Start < off {
		i++
	}
	return i
}

// mentionAtOrAfter returns the index of the first mention that starts at or after off, or -1.
func (c *docContext) mentionAtOrAfter(off int) int {
	i := c.mentionFrom(off)
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
		ordered := inOrder(q.Marks)
		for _, p := range q.Parts {
			marks := q.Marks
			if ordered {
				marks = marksNear(marks, p) // a quotation of many paragraphs has a part and marks for each
			}
			out = append(out, withMarks(p, marks))
		}
	}
	// The quotations come in text order, and their spans with them but for a nested or
	// split quotation's: most documents need no sort.
	for i := 1; i < len(out); i++ {
		if out[i].Start <= out[i-1].Start {
			slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
			break
		}
	}
	return out
}

// maxMarkGap is how many bytes may separate a part from the marks that open and close it.
const maxMarkGap = 3

// inOrder reports whether marks are in text order, none overlapping the next.
func inOrder(marks []Span) bool {
	for i := 1; i < len(marks); i++ {
		if marks[i].Start < marks[i-1].End {
			return false
		}
	}
	return true
}

// marksNear returns the marks, in text order, that may open or close part p for withMarks,
// found by binary search: all of them for each part was quadratic in a quotation's paragraphs.
func marksNear(marks []Span, p Span) []Span {
	lo := sort.Search(len(marks), func(k int) bool { return marks[k].End >= p.Start-maxMarkGap })
	hi := sort.Search(len(marks), func(k int) bool { return marks[k].Start > p.End+maxMarkGap })
	return marks[lo:max(lo, hi)]
}

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

// A choice is a sieve's answer: the speaker's local mention and how sure the sieve is. It has
// no kind: a speaker has its entity's, and none when it names no entity. It fits, with the
// sieve's bool, in the registers a function returns its results in.
type choice struct {
	mention    Span
	entity     int    // -1 when the mention names no entity
	name       string // used when entity is -1
	confidence float64
	evidence   Span
}

// A sieve decides the speaker of statement si, whose quotation is q, or passes. It is handed q:
// most sieves read it first, and each looking it up again cost a dozen instructions.
type sieve struct {
	name string
	run  func(c *docContext, si int, q *quote.Quote) (choice, bool)
	// passes is the statements the sieve passes by its first test: those whose quotation has
	// a cue (passesCued), or has none (passesUncued). runSieves does not call it for them, which
	// cost a call and a choice returned empty each (TestSievePasses checks every such sieve).
	passes cueState
	// rule, if set, is the one rule of the quotations ruleClasses names that the sieve may
	// decide: it passes every other at its first test, and runSieves does not call it for the
	// statements with no cue whose quotation has another rule (TestSievePasses checks it too).
	rule string
}

// A sieveList is an order of sieves split by the statements they may decide: the sieves for
// statements whose quotation has a cue, and those for statements whose quotation has none, by
// the class of its rule (uncuedClass), each without the sieves that pass all of them.
type sieveList struct {
	cued   []sieve
	uncued [len(ruleClasses)][]sieve
}

// ruleClasses are the quotation rules a sieve may be confined to (sieve.rule), at their
// uncuedClass; the first, "", stands for every other rule.
var ruleClasses = [...]string{"", "fragment", "colon"}

// uncuedClass returns the index in ruleClasses of q's rule, or 0 when it names none.
func uncuedClass(q *quote.Quote) int {
	switch q.Rule {
	case "fragment":
		return 1
	case "colon":
		return 2
	}
	return 0
}

// splitSieves returns the sieveList of order all.
func splitSieves(all []sieve) sieveList {
	var l sieveList
	for _, s := range all {
		if s.passes != passesCued {
			l.cued = append(l.cued, s)
		}
		if s.passes == passesUncued {
			continue
		}
		for k, rule := range ruleClasses {
			if s.rule == "" || s.rule == rule {
				l.uncued[k] = append(l.uncued[k], s)
			}
		}
	}
	return l
}

// A cueState tells statements whose quotation has a cue from those whose quotation has none.
type cueState uint8

const (
	passesNone cueState = iota
	passesCued
	passesUncued
)

// The sieves run in this order; the first that decides wins. The local ones look at the
// statement and its paragraph; the dialogue pass (dialogue.go) then looks at the turns of a
// conversation, and the fallbacks at what is left.
var (
	localSieves = []sieve{
		{"cue", (*docContext).cueSpeaker, passesUncued, ""},
		{"cue", (*docContext).trailingCue, passesCued, "fragment"},
		{"signature", (*docContext).signatureSpeaker, passesCued, ""},
		{"cue", (*docContext).closerSpeaker, passesCued, ""}, // a trailing read, else an "according to"
		{"label", (*docContext).labelSpeaker, passesNone, ""},
		{"colon", (*docContext).colonSpeaker, passesNone, "colon"},
		{"sentence", (*docContext).sentenceSpeaker, passesCued, ""},
		{"cue", (*docContext).cueSentenceSubject, passesUncued, ""},
		{"narrative", (*docContext).narrativeBefore, passesCued, ""},
		{"paragraph", (*docContext).paragraphSpeaker, passesNone, ""},
		{"narrative", (*docContext).narrativeAfter, passesCued, ""},
	}
	fallbackSieves = []sieve{
		{"paragraph", (*docContext).paragraphSpeaker, passesNone, ""},
		{"narrative", (*docContext).narrativeParagraphBefore, passesCued, ""},
	}
	localList, fallbackList = splitSieves(localSieves), splitSieves(fallbackSieves)
)

// A stmtRoom is what each statement of a document gets in one allocation besides the statement
// itself: the room of its Trail, and a Speaker, handed out in order to the statements that
// get one (a statement given a second speaker takes a second).
type stmtRoom struct {
	trail   [trailCap]Decision
	speaker Speaker
}

// trailCap is the room each statement's Trail gets in the document's shared allocation: the
// quote decision and one speaker decision, which most statements end with, and a second
// speaker decision, by which the dialogue pass, the narrator or a fallback revises the first,
// which about one in ten takes; a trail that outgrows it moves out.
const trailCap = 3

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
	c.indexSpans()
	c.stmts, c.from = zeroed(c.buf.stmts, n), slices.Grow(c.from[:0], n)
	c.rooms, c.speakers = zeroed(c.buf.rooms, n), 0
	c.buf.stmts, c.buf.rooms = c.stmts, c.rooms
	c.memo = zeroed(c.memo, n)
	si := 0
	for qi := range c.quotes {
		q := &c.quotes[qi]
		if !isStatement(q, opts) {
			continue
		}
		// Written in place, field by field: the statement and its room are fresh, zeroed
		// memory, and a Statement built aside cost a copy of all of it.
		s := &c.stmts[si]
		s.Within = c.enclosing(q)
		s.Kind, s.Parts, s.Cue, s.Topics = q.Kind, q.Parts, q.Cue, []Topic{}
		// Later decisions append in place, up to trailCap; one more moves this trail out.
		s.Trail = c.rooms[si].trail[:1]
		d := &s.Trail[0] // in place too: a Decision literal, holding pointers, is built aside and copied
		d.Stage, d.Rule, d.Evidence, d.Confidence = "quote", q.Rule, q.Span(), quoteConfidence(q)
		// Both tests below need reported speech with its source before its cue: asked here
		// first, most statements (quotations) cost no call.
		sourceFirst := q.Kind != quote.Direct && q.Cue.Lemma != "" && q.Source.Len() != 0 && q.Source.End <= q.Cue.Span.Start
		passive := sourceFirst && c.passiveForm(q)
		c.memo[si].passive = passive // for cueSpeaker
		if len(q.Parts) > 0 {
			c.memo[si].para = int32(c.d.ParagraphOf(c.d.TokenAt(q.Parts[0].Start)))
		}
		if q.Rule == "reported-raising" || q.Rule == "reported-adverb" ||
			(q.Rule == "reported-asked" || q.Rule == "reported-passive") && q.Source.Len() == 0 ||
			passive && c.passiveAgent(q) < 0 || sourceFirst && c.expletiveSubject(q) {
			// `The figures appear to be wrong`: the writer's assessment; `Asked whether …,`:
			// a question no one named put; `voters were asked whether …`, `the walk-off is
			// considered …`: a passive with no agent after it, whose subject is whom it was
			// said to or about (`Lee was asked by the host whether …`: the host asked). No
			// sieve should find a speaker.
			s.Trail = append(s.Trail, Decision{Stage: "speaker", Rule: "impersonal", Evidence: q.Cue.Span, Confidence: 1})
		}
		c.from = append(c.from, qi)
		si++
	}
	// Fiction has conversations even where its paragraphs seldom answer one another.
	c.dialogueText = c.d.IsDialogue() || c.d.IsFiction()
	c.runSieves(localList, opts.MinConfidence)
	c.dialogue(opts.MinConfidence)
	c.resolveNarrator()
	c.runSieves(fallbackList, opts.MinConfidence)
	c.cataphora(opts.MinConfidence)
	c.lastOfGender(opts.MinConfidence)
	// inherited reads lastBy only once a statement is dated explicitly, and takes only a
	// statement dated explicitly, none of which comes before the first: most documents, which
	// have none, need no table.
	lastBySet := false
	for si := range c.stmts {
		c.dateStatement(si)
		if !c.explicit {
			continue
		}
		if !lastBySet {
			c.lastBy, lastBySet = slices.Grow(c.lastBy[:0], len(c.ents.Entities))[:len(c.ents.Entities)], true
			for i := range c.lastBy {
				c.lastBy[i] = -1
			}
		}
		if sp := c.stmts[si].Speaker; sp != nil && sp.Entity >= 0 {
			c.lastBy[sp.Entity] = si
		}
	}
	return c.stmts
}

// passive returns passiveForm of statement si's quotation, as statements found it.
func (c *docContext) passive(si int) bool {
	if si >= len(c.memo) {
		return c.passiveForm(&c.quotes[c.from[si]])
	}
	return c.memo[si].passive
}

// paragraphOf returns the paragraph of the first part of statement si, as statements found it
// for every statement before any sieve runs: the dialogue pass, the paragraph sieve and the
// conversation's pronouns ask it of most statements, some many times. It is inlined, so it
// has no way of its own to find the paragraph.
func (c *docContext) paragraphOf(si int) int {
	return int(c.memo[si].para)
}

// passiveForm reports whether q's cue is a passive participle after a form of be, with its
// subject before it.
func (c *docContext) passiveForm(q *quote.Quote) bool {
	if q.Kind == quote.Direct || q.Cue.Lemma == "" || q.Source.Len() == 0 || q.Source.End > q.Cue.Span.Start || c.inQuote(q.Cue.Span.Start) {
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
			// Asked last: few cues come after a form of be, and most are not participles of state.
			return !stateParticiples.Has(q.Cue.Lemma)
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
func (c *docContext) runSieves(list sieveList, minConf float64) {
	stmts := c.stmts // in a local: c's field was loaded again after each sieve
	for si := range stmts {
		if s := &stmts[si]; s.Speaker != nil || len(s.Trail) > 1 { // decided, as decided(si) tells
			continue
		}
		// Found once for all the sieves: none of them changes quotes or from.
		q := &c.quotes[c.from[si]]
		sieves := list.cued
		if q.Cue.Lemma == "" {
			sieves = list.uncued[uncuedClass(q)]
		}
		for i := range sieves { // by index: the loop need not copy each sieve
			if ch, ok := sieves[i].run(c, si, q); ok {
				c.apply(si, sieves[i].name, ch, minConf)
				break
			}
		}
	}
}

// decided reports whether a sieve already ruled on statement si, even if only to leave it
// without a speaker: a trail holds the quote decision and then only speaker decisions.
func (c *docContext) decided(si int) bool {
	return len(c.stmts[si].Trail) > 1
}

// apply records a sieve's choice for statement si; below minConf the speaker stays nil.
func (c *docContext) apply(si int, rule string, ch choice, minConf float64) {
	s := &c.stmts[si]
	d := nextDecision(s)
	d.Stage, d.Rule, d.Evidence, d.Confidence = "speaker", rule, ch.evidence, ch.confidence
	if ch.confidence < minConf {
		return
	}
	// The speaker is written here, not in a function of its own: the choice, passed on, was
	// copied again.
	sp := c.speakerRoom()
	name, kind := ch.name, entity.Kind(0)
	if ch.entity >= 0 {
		e := &c.ents.Entities[ch.entity]
		name, kind = e.Name, e.Kind
	}
	sp.Name, sp.Mention, sp.Entity, sp.Kind = name, ch.mention, ch.entity, kind // every field, in place
	s.Speaker, s.Rule, s.Confidence = sp, rule, ch.confidence
}

// nextDecision appends a decision to s's trail and returns it, for its fields to be written in
// place: a Decision literal appended is built aside and copied. The slot may hold an earlier
// document's decision, so the caller writes every field (TestFieldByFieldWrites counts them).
func nextDecision(s *Statement) *Decision {
	n := len(s.Trail)
	if n < cap(s.Trail) {
		s.Trail = s.Trail[:n+1]
	} else {
		s.Trail = append(s.Trail, Decision{})
	}
	return &s.Trail[n]
}

// replace is apply for statement si, whose speaker the choice replaces: the new speaker takes
// the old one's memory, which nothing else points to.
func (c *docContext) replace(si int, rule string, ch choice, minConf float64) {
	c.spare, c.stmts[si].Speaker = c.stmts[si].Speaker, nil
	c.apply(si, rule, ch, minConf)
	c.spare = nil
}

// enclosing returns the index of the statement whose quotation holds q, or -1. It is inlined:
// most quotations are not nested, and the call cost more than the test.
func (c *docContext) enclosing(q *quote.Quote) int {
	if q.Depth == 0 {
		return -1
	}
	return c.enclosingNested(q)
}

// enclosingNested is enclosing for a nested quotation q.
func (c *docContext) enclosingNested(q *quote.Quote) int {
	for si := len(c.from) - 1; si >= 0; si-- { // the statements made so far
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

// speakerRoom returns memory for a new speaker: a replaced speaker's, else the next room of
// the document's, else its own.
func (c *docContext) speakerRoom() *Speaker {
	switch {
	case c.spare != nil:
		sp := c.spare
		c.spare = nil
		return sp
	case c.speakers < len(c.rooms): // no allocation of its own for most of the document's speakers
		c.speakers++
		return &c.rooms[c.speakers-1].speaker
	}
	return new(Speaker)
}

// publicationDate returns the document's publication date, formatted once per document.
func (c *docContext) publicationDate() SaidOn {
	if !c.pubDone && !c.doc.Published.IsZero() {
		// Equal times have equal dates; unequal ones may too, and are formatted again.
		if c.doc.Published != c.lastPub {
			c.lastPub, c.lastPubValue = c.doc.Published, isoDate(c.doc.Published)
		}
		c.pubDate = SaidOn{Value: c.lastPubValue, Source: Published}
	}
	c.pubDone = true
	return c.pubDate
}

// isoDate returns t.Format("2006-01-02"), written out for the years of four digits: Format
// interprets its layout, at several times the cost, for each document.
func isoDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}
