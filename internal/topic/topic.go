package topic

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/enum"
	"github.com/whosaid/whosaid/internal/text"
)

// Source says where a topic comes from.
type Source uint8

// The sources of topics, in the order [Analyzer.Topics] lists them.
const (
	FromTaxonomy  Source = iota + 1 // a label of the caller's Taxonomy
	FromEntity                      // a named entity the statement mentions
	FromKeyphrase                   // a key phrase of the statement, ranked by document statistics
)

var sourceNames = enum.Names{Pkg: "topic", Type: "source", Names: []string{"", "taxonomy", "entity", "keyphrase"}}

// String returns "taxonomy", "entity" or "keyphrase".
func (s Source) String() string { return sourceNames.Name(int(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s Source) MarshalText() ([]byte, error) { return sourceNames.Marshal(int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Source) UnmarshalText(b []byte) error {
	i, err := sourceNames.Unmarshal(b)
	*s = Source(i)
	return err
}

// A Topic is something a statement is about.
type Topic struct {
	// Label is the taxonomy label, the entity's canonical name or the key phrase.
	Label string `json:"label"`
	// Score is how strongly the statement is about the topic, in [0, 1]. Scores of one source
	// are comparable across the statements of a document; scores of different sources are not.
	Score  float64 `json:"score"`
	Source Source  `json:"source"` // taxonomy, entity or key phrase
	// Evidence holds the spans of every occurrence that supports the topic (matched terms,
	// entity mentions, phrase occurrences) in the content and the context, in text order.
	Evidence []text.Span `json:"evidence"`
}

// A Mention is what [NewAnalyzer] needs to know about one mention of an entity.
type Mention struct {
	Span    text.Span `json:"span"`              // where it stands in the text
	Name    string    `json:"name"`              // the entity's canonical name: the topic's label
	Kind    string    `json:"kind"`              // "person", "place" …; "role" and "anonymous" make no topic
	Pronoun bool      `json:"pronoun,omitempty"` // a pronoun: it makes no topic
}

// A named is what an Analyzer keeps of a mention that makes a topic: where it is and the name
// it gives, half the size of a Mention.
type named struct {
	Span text.Span
	Name string
}

// skipKind reports the kinds of mention that make no entity topic: they name no one in
// particular. (A switch: it is asked for every mention of every document.)
func skipKind(kind string) bool {
	switch kind {
	case "pronoun", "role", "anonymous":
		return true
	}
	return false
}

// A Statement is what [Analyzer.Topics] needs to know about one statement.
type Statement struct {
	// Content holds the spans of the statement's words: one per part of a split quotation, in
	// any order; overlapping parts are merged.
	Content []text.Span
	// Context is the span of the sentence of the statement's cue, or zero. Topics found in it
	// and not in Content count with a lower weight.
	Context text.Span
	// Speaker is the canonical name of the speaker, or "". The speaker is not a topic of their
	// own statement.
	Speaker string
}

// DefaultMax is the number of topics [Analyzer.Topics] returns when asked for 0 or fewer.
const DefaultMax = 8

// Weights and limits of the scores.
const (
	contextWeight  = 0.35 // an occurrence in the context weighs this much of one in the content
	maxPhraseUnits = 4    // the most words of a key phrase
)

// An Analyzer computes the topics of the statements of one document. [NewAnalyzer] gathers the
// document's statistics once; [Analyzer.Topics] is then cheap. An Analyzer is read-only after
// construction and safe for concurrent use; [Analyzer.Release] hands its memory on to the
// Analyzer of a later document.
type Analyzer struct {
	d        *text.Doc
	tax      *Taxonomy
	units    []unit
	words    []word
	keys     []string // the folded key of each word, or of each token (see unit.word)
	groups   []group
	mentions []named // the mentions that make topics, sorted by span
	// The mean and standard deviation of the groups' tf, and the number of sentences (at
	// least 1), for the groups' scores.
	meanTF, sdTF, sents float64

	tfMu sync.Mutex // guards tfCache
	// The working memory of AppendTopicsSpans, lent to one caller at a time (see getScratch).
	scratchBusy atomic.Bool
	scratch     scratch
	tfCache     phraseCounts // phrase (its groups) -> occurrences, filled on demand

	// Scratch of NewAnalyzer, kept for reuse: the interners of keys and light stems, and the
	// keys of a lean Analyzer's parts of hyphenated words (see unit.word).
	keyTab, stemTab interner
	unitKeys        []string
	lex             *lexTable // the lists
	verbal          bool      // the token being scanned is a verb or an adverb
	prev            role      // the role of the word before it, adverbs looked through
	// Whether only content units are kept, as when there is no Taxonomy, whose terms alone
	// read the others; and whether a unit was left out since the last one kept, which then
	// takes uBreak in its place.
	lean, gap bool
}

// analyzers holds released Analyzers: the tables of a document are about the size of those of
// the next, so reusing them saves most of NewAnalyzer's allocations.
var analyzers = sync.Pool{New: func() any { return new(Analyzer) }}

// maxPooledUnits bounds the Analyzers kept for reuse, so that one long document does not hold
// its tables for the short ones after it.
const maxPooledUnits = 1 << 16

// Release gives a's memory back for the Analyzers of later documents. Neither a nor anything
// it holds may be used afterwards; the topics it returned stay valid, as they share no memory
// with it.
func (a *Analyzer) Release() {
	if cap(a.units) > maxPooledUnits {
		return
	}
	clear(a.keyTab.strs) // keys and mentions point into the text: do not keep it alive
	clear(a.stemTab.strs)
	clear(a.unitKeys)
	// A lean Analyzer does not reset keyTab: emptied, it is not cleared again for nothing.
	a.keyTab.strs, a.unitKeys = a.keyTab.strs[:0], a.unitKeys[:0]
	clear(a.mentions)
	clear(a.scratch.hits[:cap(a.scratch.hits)])
	a.tfCache.reset()
	a.d, a.tax = nil, nil
	a.units, a.words, a.keys, a.groups = a.units[:0], a.words[:0], nil, a.groups[:0]
	a.mentions = a.mentions[:0]
	analyzers.Put(a)
}

// A unit is a word or number, or a part of a hyphenated word (see scanUnits).
type unit struct {
	start, end int32 // byte offsets
	// The index of the unit's key in Analyzer.keys and, with a Taxonomy, of its word in
	// Analyzer.words. A lean Analyzer has no words: its keys are the document's, one for each
	// token, and a part of a hyphenated word has its key at word-len(keys) in unitKeys.
	word  int32
	group int32 // the group of its word (see word.group), read here by the key phrases
	// For a content unit, the content unit before it of its group, or -1: each group's
	// content units are a list from its occ, latest first. (Kept here rather than in a list
	// of their own, a second append for every content word.)
	prev  int32
	flags unitFlags
}

// A word is a distinct folded key of the document (the key itself is in Analyzer.keys).
type word struct {
	keyID, stemID int32 // the Taxonomy's ids of the key and its stem, or -1
	group         int32 // index into Analyzer.groups; -1 for a stopword
	role          role  // from chunk.txt
	stop          bool  // a stopword
	adverb        bool  // ends in -ly
	ed, en        bool  // ends in -ed, -en
}

// newWord returns the word of key, without its Taxonomy ids and group.
func newWord(key string, lex lexEntry) word {
	w := word{keyID: -1, stemID: -1, group: -1, role: lex.role, stop: lex.stop}
	if n := len(key); n >= 5 && w.role != roleNoun {
		// The last two letters, compared at once: this is asked for every new word.
		switch string([]byte{key[n-2], key[n-1]}) {
		case "ly":
			w.adverb = true
		case "ed":
			w.ed = true
		case "en":
			w.en = true
		}
	}
	return w
}

// verbal reports whether an occurrence of w, a lower-case content word, is a verb or an
// adverb rather than part of a noun phrase, prev being the role of the word before it
// (looking through adverbs) and hyphenated whether it is the first part of a hyphenated word.
func (w *word) verbal(prev role, hyphenated bool) bool {
	switch {
	case prev == roleVerb:
		return true
	case hyphenated:
		return false
	case w.adverb:
		return true
	case prev == roleAux:
		return w.ed || w.en
	}
	return w.ed && prev != roleDet
}

// A group gathers the words that share a light stem ("talk", "talks"; see lightStem) and their
// statistics as content words, for key phrases.
type group struct {
	tf, upper, acro, lower, sf int32
	lastSent                   int32 // last sentence counted in sf, plus one
	sentSum                    int32
	// The first occurrence in title case (not sentence-initial) and in capitals, and the last of
	// the group's content units (see unit.prev), each plus one, or 0: a new group is all zeros,
	// which costs less to append than a literal of other values.
	title, allCaps, occ int32
	// The bits of the YAKE-like word score (lower is more important) and of the importance of
	// the group's words as phrases of one word, or 0 until a statement asks for them (see
	// Analyzer.score): about half the words of a document are in none.
	s, imp atomic.Uint64
}

// name returns, for a name, the unit whose form labels it ("NATO"); else -1.
func (g *group) name() int32 {
	switch { // capitalised more often than not, sentence starts aside: a name
	case g.upper+g.acro <= g.lower:
		return -1
	case g.upper >= g.acro:
		return g.title - 1 // "Moscow", though a dateline has MOSCOW
	default:
		return g.allCaps - 1 // "NATO"
	}
}

// NewAnalyzer gathers the statistics of d for the topics of its statements. mentions are the
// entity mentions of d, in any order; pronouns, mentions with no name or out of d's bounds, and
// mentions of kind "role" or "anonymous" are ignored. tax may be nil: statements then have
// entity and key-phrase topics only. A text of 2 GiB or more has no topics.
func NewAnalyzer(d *text.Doc, mentions []Mention, tax *Taxonomy) *Analyzer {
	a := analyzers.Get().(*Analyzer)
	a.d, a.tax = d, tax
	if len(d.Text) > math.MaxInt32 {
		return a // offsets are kept in 32 bits; such a text has no topics
	}
	n := len(d.Tokens)
	a.units = slices.Grow(a.units[:0], n)
	a.groups = slices.Grow(a.groups[:0], n/3+8)
	a.stemTab.reset(n/3 + 8)
	// The scan's state is held by a, which add reads.
	a.lex, a.verbal, a.prev = lexEntries(), false, roleNone
	a.lean, a.gap = tax == nil, false
	if a.lean {
		a.keys = d.Keys() // the key of a unit that is a whole token is the token's
		a.scanLean(d)
	} else {
		a.words = slices.Grow(a.words[:0], n/2+8)
		a.keyTab.reset(n/2 + 8)
		scanUnits(d, func(sent int, span text.Span, key string, f unitFlags) {
			a.add(sent, span, key, f, hashString(key))
		})
		a.keys = a.keyTab.strs
	}
	a.scoreWords()
	a.setMentions(mentions)
	return a
}

// scanLean is scanUnits adding the units, for an Analyzer with no Taxonomy. A stopword, which is
// most of the words, is looked up before its flags are made: it only says what the word after
// it is and breaks a key phrase, so that no unit is kept for it (see stopword).
func (a *Analyzer) scanLean(d *text.Doc) {
	s := newUnitScan()
	toks, keys, lex := d.Tokens, d.Keys(), a.lex
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word && t.Kind != text.Number {
			// Any other token breaks a key phrase (see skip); the barriers to terms, which
			// need the token's text, are not read without a Taxonomy.
			s.brk = true
			continue
		}
		key := keys[i]
		if t.Kind == text.Number || t.Flags&text.Hyphen == 0 {
			e, _ := lex.byWord.Get(key) // the zero entry for a word not in the lists
			if e.stop {
				f := uTokStart
				if s.pass(t, d.SentenceOf(i)) {
					f |= uBreak
				}
				a.stopword(e, f)
				continue
			}
			f, sent := s.open(d, i)
			if isContent(t, key) {
				f |= uContent
			}
			a.addLean(sent, t.Span, key, f|wholeShape(t), e, int32(i))
			continue
		}
		f, sent := s.open(d, i)
		if isContent(t, key) {
			f |= uContent
		}
		splitToken(d, i, key, sent, f, a.leanPart)
	}
}

// leanPart adds the unit of key, a part of a hyphenated word, in sentence sent, at span, with
// flags f, for scanLean: a stopword is left out, as there.
func (a *Analyzer) leanPart(sent int, span text.Span, key string, f unitFlags) {
	e, _ := a.lex.byWord.Get(key)
	if e.stop {
		a.stopword(e, f)
		return
	}
	a.addLean(sent, span, key, f, e, -1)
}

// stopword notes a unit of the stopword e, with flags f, that is left out: it says whether the
// next word is verbal and breaks a key phrase.
func (a *Analyzer) stopword(e lexEntry, f unitFlags) {
	if f&uTokStart != 0 {
		if f&uBreak != 0 {
			a.prev = roleNone
		}
		a.verbal = false
		if e.setsPrev {
			a.prev = e.role
		}
	}
	a.gap = true
}

// add adds the unit of key, of hash h, in sentence sent, at span, with flags f, for an
// Analyzer with a Taxonomy.
func (a *Analyzer) add(sent int, span text.Span, key string, f unitFlags, h uint64) {
	wi, added := a.keyTab.internHash(key, h)
	if added {
		w := newWord(key, a.lex.get(key, h))
		if !w.stop {
			w.group = a.group(key, h)
		}
		a.setTaxonomyIDs(&w, key, h)
		a.words = append(a.words, w)
	}
	w := &a.words[wi]
	if w.stop {
		f &^= uContent
	}
	a.addUnit(sent, span, key, w, wi, w.group, f)
}

// addLean adds the unit of key, of entry lex in the lists, in sentence sent,
// at span, with flags f, the whole of token tok or (tok -1) a part of a hyphenated word, for a
// lean Analyzer: key is no stopword (see scanLean), and the unit is kept only if it is a content
// word. Its word is not interned, as add does: the lists and the last letters of key say all
// that a lean Analyzer asks of it, and most words of a document occur once. Nor is its key kept
// unless it is a part: the token's key serves, and only the labels read it.
func (a *Analyzer) addLean(sent int, span text.Span, key string, f unitFlags, lex lexEntry, tok int32) {
	w := newWord(key, lex)
	// Every word has its group, kept or not, so that the groups are numbered as add numbers
	// them: the numbers break ties between phrases.
	a.addUnit(sent, span, key, &w, tok, a.group(key, 0), f)
}

// group returns the group of key, a word of hash h that is no stopword, adding it if it is new.
// An h of 0 is computed here, if need be: a lean Analyzer does not hash a key whose stem is
// shorter, such as "talks", for nothing. (A key whose hash is 0 is hashed again, to 0.)
func (a *Analyzer) group(key string, h uint64) int32 {
	// lightStem's first test, written out: most words end in neither s nor y, and are saved
	// the call.
	st, sh := key, h
	if n := len(key); n >= 4 && (key[n-1] == 's' || key[n-1] == 'y') {
		st = lightStem(key)
	}
	if len(st) < len(key) || sh == 0 { // a prefix of key; most words are their own stem
		sh = hashString(st)
	}
	gi, added := a.stemTab.internHash(st, sh)
	if added {
		a.groups = append(a.groups, group{})
	}
	return gi
}

// addUnit adds the unit of key, of word w (wi in Analyzer.words; for a lean Analyzer, its
// token, or -1 for a part of a hyphenated word) and group gi, in sentence sentIdx, at span, with flags f, unless it is left out as lean; it
// counts a content unit in its group's statistics.
func (a *Analyzer) addUnit(sentIdx int, span text.Span, key string, w *word, wi, gi int32, f unitFlags) {
	if f&uTokStart != 0 { // the first part of a token: is it nominal?
		if f&uBreak != 0 {
			a.prev = roleNone
		}
		a.verbal = f&uContent != 0 && f&uUpper == 0 && w.verbal(a.prev, f&uCont != 0)
		if w.role != roleAdv && !w.adverb {
			a.prev = w.role
		}
	}
	if a.verbal {
		f &^= uContent
	}
	if a.lean {
		// Key phrases run over content units only: a unit that is not one only breaks
		// them, as uBreak on the next content unit does.
		if f&uContent == 0 {
			a.gap = true
			return
		}
		if a.gap {
			f |= uBreak
			a.gap = false
		}
		if wi < 0 { // a part of a hyphenated word: its key is kept apart (see unit.word)
			a.unitKeys = append(a.unitKeys, key)
			wi = int32(len(a.keys) + len(a.unitKeys) - 1)
		}
	}
	ui := int32(len(a.units))
	sent := int32(sentIdx)
	if f&uContent == 0 {
		a.units = append(a.units, unit{start: int32(span.Start), end: int32(span.End), word: wi, group: gi, prev: -1, flags: f})
		return
	}
	g := &a.groups[gi]
	a.units = append(a.units, unit{start: int32(span.Start), end: int32(span.End), word: wi, group: gi, prev: g.occ - 1, flags: f})
	g.occ = ui + 1
	g.tf++
	switch {
	case f&uAllUpper != 0:
		g.acro++
		if g.allCaps == 0 {
			g.allCaps = ui + 1
		}
	case f&uUpper == 0:
		g.lower++
	case f&uInitial == 0:
		g.upper++
		if g.title == 0 {
			g.title = ui + 1
		}
	}
	if g.lastSent != sent+1 {
		g.sf++
		g.lastSent = sent + 1
	}
	g.sentSum += sent
}

// setTaxonomyIDs sets the Taxonomy's ids of w, the word of key of hash h.
func (a *Analyzer) setTaxonomyIDs(w *word, key string, h uint64) {
	tax := a.tax
	// The vocabulary is hashed as the keys are: a key's hash serves for it and, most often,
	// for its stem, which is the key itself.
	if tax.keyTerms {
		w.keyID = tax.vocab.lookup(key, h)
	}
	if tax.prefixes.may(key) {
		st, sh := Stem(key), h
		if st != key {
			sh = hashString(st)
		}
		w.stemID = tax.vocab.lookup(st, sh)
	}
}

// scoreWords gathers what the content words' scores need of the whole document (see score).
func (a *Analyzer) scoreWords() {
	var sum, sumSq, n float64
	for i := range a.groups {
		if tf := float64(a.groups[i].tf); tf > 0 {
			sum += tf
			sumSq += tf * tf
			n++
		}
	}
	a.meanTF, a.sdTF = 0, 0
	if n > 0 {
		a.meanTF = sum / n
		a.sdTF = math.Sqrt(max(0, sumSq/n-a.meanTF*a.meanTF))
	}
	a.sents = float64(max(1, len(a.d.Sentences)))
}

// score computes and keeps the score of group gi, a group of content words, after YAKE (Campos
// et al., "YAKE! Keyword extraction from single documents using multiple local features",
// Information Sciences 509, 2020): a word matters more when it is capitalised, frequent, spread
// over many sentences and early in the text. The score is lower for more important words.
// YAKE's relatedness to context is left out: the stopword list does its work. A score is
// computed when a statement first asks for it (see importance); callers that race compute the
// same.
func (a *Analyzer) score(gi int32) float64 {
	g := &a.groups[gi]
	tf := float64(g.tf)
	var pos float64
	if g.tf == 1 && uint32(g.sentSum) < uint32(len(logLogs3)) {
		pos = logLogs3[g.sentSum] // most words occur once: no call, and no division
	} else {
		pos = logLog3Mean(g.sentSum, g.tf)
	}
	casing := float64(max(g.upper, g.acro)) / (1 + logCount(g.tf))
	freq := tf / (a.meanTF + a.sdTF)
	spread := float64(g.sf) / a.sents
	s := pos / (casing + freq + spread) // above 0: pos is, and freq
	// importance's formula for one word, whose tf is the phrase's: a phrase of one word is
	// asked for most often.
	g.imp.Store(math.Float64bits(1 / (1 + s/(tf*(1+s)))))
	g.s.Store(math.Float64bits(s))
	return s
}

// logCount returns math.Log(float64(n)), from a table for the small counts most words have.
func logCount(n int32) float64 {
	if n >= 0 && int(n) < len(logCounts) {
		return logCounts[n]
	}
	return math.Log(float64(n))
}

// logLog3Mean returns math.Log(math.Log(3 + x)) of the mean x = sum/n, n > 0, from a table
// when x is a small whole number: a word seen once has the sentence index of its occurrence as
// x. (Whole is asked of the integers: a float's Trunc and compare cost more than a remainder.)
func logLog3Mean(sum, n int32) float64 {
	if sum >= 0 && sum%n == 0 && sum/n < int32(len(logLogs3)) {
		return logLogs3[sum/n]
	}
	return math.Log(math.Log(3 + float64(sum)/float64(n)))
}

// logLogs3 holds logLog3Mean of 0 to 1023, computed once.
var logLogs3 = func() (t [1024]float64) {
	for i := range t {
		t[i] = math.Log(math.Log(3 + float64(i)))
	}
	return t
}()

// logCounts holds math.Log of 0 to 255, computed once.
var logCounts = func() (t [256]float64) {
	for i := range t {
		t[i] = math.Log(float64(i))
	}
	return t
}()

// setMentions keeps the mentions that make topics, sorted, and marks the units inside them.
func (a *Analyzer) setMentions(mentions []Mention) {
	n := len(a.d.Text)
	for i := range mentions { // by index: a range would copy each mention
		m := &mentions[i]
		if m.Pronoun || m.Span.Start < 0 || m.Span.Start >= m.Span.End || m.Span.End > n ||
			skipKind(m.Kind) || blank(m.Name) {
			continue
		}
		a.mentions = append(a.mentions, named{m.Span, m.Name})
	}
	if !mentionsSorted(a.mentions) {
		slices.SortFunc(a.mentions, func(x, y named) int { return compareMentions(&x, &y) })
	}
	// The units wholly inside each mention, as unitRange gives them: the mentions are sorted,
	// so the first unit at or after a mention's start only moves forward.
	lo, units := 0, a.units // a local: the stores would have a.units reloaded
	for i := range a.mentions {
		// The bounds in locals, as int32s: the stores to units would have them reloaded.
		start, end := int32(a.mentions[i].Span.Start), int32(a.mentions[i].Span.End)
		for lo < len(units) && units[lo].start < start {
			lo++
		}
		for i := lo; i < len(units) && units[i].end <= end; i++ {
			units[i].flags |= uEntity
		}
	}
}

// mentionsSorted reports whether ms are sorted by compareMentions, as the entity stage gives
// them: a loop that compares the starts first, where slices.IsSortedFunc called the comparison,
// by value, for every pair.
func mentionsSorted(ms []named) bool {
	for i := 1; i < len(ms); i++ {
		// Mentions seldom share a start: the names are compared only for those that do.
		if ms[i-1].Span.Start >= ms[i].Span.Start && compareMentions(&ms[i-1], &ms[i]) > 0 {
			return false
		}
	}
	return true
}

// compareMentions orders mentions by span, then name; the names are compared only for mentions
// of one span. (Mentions of one span and name make the same hits, whatever their kinds.)
func compareMentions(x, y *named) int {
	if c := compareSpans(x.Span, y.Span); c != 0 {
		return c
	}
	return strings.Compare(x.Name, y.Name)
}

// blank reports whether s is empty or all white space; a name that starts with a printable
// ASCII character is answered without trimming it.
func blank(s string) bool {
	if s != "" && s[0] > ' ' && s[0] < utf8.RuneSelf {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// A urange is a half-open range of unit indexes.
type urange struct{ lo, hi int }

// unitRange returns the units that lie wholly inside s, looked for among units[lo:n]: lo
// must be at most the first unit that starts at or after s.Start, and the unit at n, if any,
// must end after s.End (those of a span that holds s are such bounds, see scope).
func (a *Analyzer) unitRange(s text.Span, lo, n int) urange {
	// Two binary searches, as sort.Search would do them, written out: topics ask for the
	// units of every part and context. The units are a local and the offsets 32 bits, as the
	// units keep them, so that a step loads one field; and as the answer's end is at least lo,
	// the second search starts there.
	units := a.units[:n]
	start, end := int32(s.Start), int32(s.End) // s is clamped to the text, under 2 GiB
	for lo < n {
		if m := int(uint(lo+n) >> 1); units[m].start < start {
			lo = m + 1
		} else {
			n = m
		}
	}
	// A part of a statement holds a few units: they are stepped over before the search.
	hi, n := lo, len(units)
	for k := min(lo+8, n); hi < k && units[hi].end <= end; hi++ {
	}
	if hi < lo+8 {
		return urange{lo, hi}
	}
	for hi < n {
		if m := int(uint(hi+n) >> 1); units[m].end <= end {
			hi = m + 1
		} else {
			n = m
		}
	}
	return urange{lo, hi}
}

// scope is where one statement's topics are looked for.
type scope struct {
	parts   []text.Span // the content, sorted, disjoint, in bounds
	context text.Span   // the context, in bounds, or zero
	content []urange    // the units of each part
	around  []urange    // the units of the context outside the content
	outside bool        // some part is not inside the context
}

// scope returns the scope of st, its slices appended to parts, content and around: buffers on
// the caller's stack (a scope built through a pointer would escape to the heap).
func (a *Analyzer) scope(st *Statement, parts []text.Span, content, around []urange) (sc scope) {
	n := len(a.d.Text)
	sc.parts, sc.content, sc.around = parts, content, around // in the result: it is not copied out
	for _, p := range st.Content {
		if p = clamp(p, n); p.Len() > 0 {
			sc.parts = append(sc.parts, p)
		}
	}
	if ps := sc.parts; len(ps) > maxInsertion {
		slices.SortFunc(ps, compareSpans)
	} else {
		for i := 1; i < len(ps); i++ { // see sortTopics
			for j := i; j > 0 && lessSpan(&ps[j], &ps[j-1]); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	merged := sc.parts[:0]
	for _, p := range sc.parts {
		if k := len(merged) - 1; k >= 0 && p.Start <= merged[k].End {
			merged[k].End = max(merged[k].End, p.End)
			continue
		}
		merged = append(merged, p)
	}
	sc.parts = merged
	// The context most often holds the content: its units, found first, bound the search for
	// those of the parts it holds.
	c, all := clamp(st.Context, n), len(a.units)
	var r urange
	if c.Len() > 0 {
		r = a.unitRange(c, 0, all)
	}
	for _, p := range sc.parts {
		// (A part, not empty, is never inside an empty context.) The units from r.hi on end
		// after the context, which holds p: none of them is inside p.
		lo, hi := 0, all
		if c.Contains(p) {
			lo, hi = r.lo, r.hi
		} else {
			sc.outside = true
		}
		sc.content = append(sc.content, a.unitRange(p, lo, hi))
	}
	if c.Len() > 0 {
		sc.context = c
		sc.around = appendAround(sc.around, sc.content, r)
	}
	return sc
}

// appendAround appends to around the runs of r, the context's units, that none of content, the
// parts' units in order, covers.
func appendAround(around, content []urange, r urange) []urange {
	for _, cr := range content {
		if cr.hi <= r.lo || cr.lo >= r.hi {
			continue
		}
		if cr.lo > r.lo {
			around = append(around, urange{r.lo, cr.lo})
		}
		r.lo = max(r.lo, cr.hi)
	}
	if r.lo < r.hi {
		around = append(around, r)
	}
	return around
}

// lessSpan is compareSpans(*x, *y) < 0, cheap enough to be inlined.
func lessSpan(x, y *text.Span) bool {
	return x.Start < y.Start || x.Start == y.Start && x.End < y.End
}

func compareSpans(x, y text.Span) int {
	return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
}

func clamp(s text.Span, n int) text.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// Topics returns the topics of one statement: those of its own words first, then with a lower
// weight those of the rest of its context. It returns taxonomy topics, then entity topics,
// then key phrases, each best first and ties by label, at most limit in all ([DefaultMax] when
// limit is 0 or less). Spans outside the document are clipped; a statement with no content and no
// context has no topics.
func (a *Analyzer) Topics(st Statement, limit int) []Topic {
	if limit <= 0 {
		limit = DefaultMax
	}
	return a.AppendTopics(make([]Topic, 0, limit), st, limit)
}

// AppendTopics is [Analyzer.Topics] appending to dst, for a caller that copies the topics out
// and can reuse one buffer for every statement.
func (a *Analyzer) AppendTopics(dst []Topic, st Statement, limit int) []Topic {
	dst, _ = a.AppendTopicsSpans(dst, nil, &st, limit)
	return dst
}

// AppendTopicsSpans is [Analyzer.AppendTopics] with the evidence of the topics appended to
// spans, which it returns: the topics' Evidence are slices of it (or of the memory it had
// before it grew), so that a caller that copies the topics out, evidence and all, can reuse one
// buffer of spans for every statement and document.
func (a *Analyzer) AppendTopicsSpans(dst []Topic, spans []text.Span, st *Statement, limit int) ([]Topic, []text.Span) {
	if limit <= 0 {
		limit = DefaultMax
	}
	var partsBuf [4]text.Span
	var contentBuf, aroundBuf [4]urange
	sc := a.scope(st, partsBuf[:0], contentBuf[:0], aroundBuf[:0])
	tmp := a.getScratch() // apart from sc: the buffers of sc would escape with it
	base := len(dst)
	out, ev := dst, spans
	if a.tax != nil {
		out, ev = a.taxonomyTopics(&sc, tmp, out, ev)
	}
	out, ev = a.entityTopics(&sc, tmp, st.Speaker, out, ev)
	if n := len(out) - base; n < limit {
		out, ev = a.keyphraseTopics(&sc, tmp, limit-n, out, ev)
	}
	if len(out)-base > limit {
		out = out[:base+limit]
	}
	a.putScratch(tmp)
	return out, ev
}

// firstMention returns the index of the first of ms, sorted, that starts at or after start, as
// sort.Search finds it.
func firstMention(ms []named, start int) int {
	i, n := 0, len(ms)
	for i < n {
		if m := int(uint(i+n) >> 1); ms[m].Span.Start < start {
			i = m + 1
		} else {
			n = m
		}
	}
	return i
}

// A hit is one occurrence supporting a label, with its weight.
type hit struct {
	label string
	w     float64
	span  text.Span
}

// appendTopics turns the hits of one source into topics, best first: the weights w of a
// label's hits give the score 1 - 2^-w, so one occurrence in the content scores 0.5 and each
// further one halves the rest. The evidence of the topics is appended to ev.
func appendTopics(out []Topic, ev []text.Span, hits []hit, src Source) ([]Topic, []text.Span) {
	if len(hits) == 0 {
		return out, ev
	}
	if len(hits) > maxInsertion {
		slices.SortFunc(hits, compareHits)
	} else {
		for i := 1; i < len(hits); i++ { // see sortTopics
			for j := i; j > 0 && lessHit(&hits[j], &hits[j-1]); j-- {
				hits[j], hits[j-1] = hits[j-1], hits[j]
			}
		}
	}
	start := len(out)
	spans := slices.Grow(ev, len(hits))
	for i := 0; i < len(hits); {
		first, w := len(spans), 0.0
		j := i
		for ; j < len(hits) && hits[j].label == hits[i].label; j++ {
			w += hits[j].w
			if k := len(spans); k == first || spans[k-1] != hits[j].span {
				spans = append(spans, hits[j].span)
			}
		}
		out = append(out, Topic{Label: hits[i].label, Score: hitScore(w), Source: src,
			Evidence: spans[first:len(spans):len(spans)]})
		i = j
	}
	sortTopics(out[start:])
	return out, spans
}

// hitScore returns the score of a label whose hits weigh w in all, round(1 - 2^-w), from
// commonScores for the weights that most labels have.
func hitScore(w float64) float64 {
	for i := range commonWeights {
		if w == commonWeights[i] {
			return commonScores[i]
		}
	}
	return round(1 - math.Exp2(-w))
}

// commonWeights are the weights of one hit in the content or in the context, of two in the
// content and of one in each, summed in float64 as appendTopics sums them (a constant
// expression would be summed exactly, then rounded).
var commonWeights = func() [4]float64 {
	one, ctx := 1.0, float64(contextWeight)
	return [...]float64{0 + one, 0 + ctx, 0 + one + one, 0 + one + ctx}
}()

// commonScores holds the scores of commonWeights, computed as hitScore computes the others.
var commonScores = func() (t [len(commonWeights)]float64) {
	for i, w := range commonWeights {
		t[i] = round(1 - math.Exp2(-w))
	}
	return t
}()

// lessHit is compareHits(*x, *y) < 0, cheap enough to be inlined.
func lessHit(x, y *hit) bool {
	if x.label != y.label {
		return x.label < y.label
	}
	return lessSpan(&x.span, &y.span)
}

func compareHits(x, y hit) int {
	return cmp.Or(strings.Compare(x.label, y.label),
		cmp.Compare(x.span.Start, y.span.Start), cmp.Compare(x.span.End, y.span.End))
}

// sortTopics sorts topics of one source by score, best first, and ties by label.
func sortTopics(ts []Topic) {
	if len(ts) > maxInsertion {
		slices.SortFunc(ts, compareTopics)
		return
	}
	// A statement has a handful of topics: sort them by insertion, with the comparison inlined.
	// slices.SortFunc sorts so up to maxInsertion elements, so the order is the same.
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && lessTopic(&ts[j], &ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// maxInsertion is the length up to which slices.SortFunc sorts by insertion.
const maxInsertion = 12

// lessTopic is compareTopics(*x, *y) < 0 for scores that are not NaN, cheap enough to be
// inlined.
func lessTopic(x, y *Topic) bool {
	if x.Score != y.Score {
		return x.Score > y.Score
	}
	return x.Label < y.Label
}

// compareTopics orders topics by score, best first, then by label; the labels are compared
// only for equal scores (cmp.Or would compare them for every pair).
func compareTopics(x, y Topic) int {
	if c := cmp.Compare(y.Score, x.Score); c != 0 {
		return c
	}
	return strings.Compare(x.Label, y.Label)
}

// round keeps four decimals, so that scores print briefly and compare exactly in tests.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// termWeight is the weight of one occurrence of a term of n words: longer terms are more
// specific.
func termWeight(n int) float64 { return min(1.5, 1+0.25*float64(n-1)) }

func (a *Analyzer) taxonomyTopics(sc *scope, tmp *scratch, out []Topic, ev []text.Span) ([]Topic, []text.Span) {
	hits := tmp.hits[:0]
	var labels []int32
	match := func(r urange, weight float64) {
		for i := r.lo; i < r.hi; {
			var n int
			n, labels = a.tax.longest(a, i, r.hi, labels[:0])
			if n == 0 {
				i++
				continue
			}
			s := text.Span{Start: int(a.units[i].start), End: int(a.units[i+n-1].end)}
			for _, l := range labels {
				hits = append(hits, hit{a.tax.labels[l], weight * termWeight(n), s})
			}
			i += n
		}
	}
	for _, r := range sc.content {
		match(r, 1)
	}
	for _, r := range sc.around {
		match(r, contextWeight)
	}
	tmp.hits = hits[:0]
	return appendTopics(out, ev, hits, FromTaxonomy)
}

// longest finds the longest terms that match the units from i on, below hi. It returns their
// number of units and appends their labels, distinct and sorted, to labels.
func (t *Taxonomy) longest(a *Analyzer, i, hi int, labels []int32) (int, []int32) {
	w := &a.words[a.units[i].word]
	best := 0
	for pass := range 2 {
		var cands []int32
		switch {
		case pass == 0 && w.stemID >= 0:
			cands = t.firstStem[w.stemID]
		case pass == 1 && w.keyID >= 0:
			cands = t.firstKey[w.keyID]
		}
		for _, ti := range cands {
			tm := &t.terms[ti]
			n := len(tm.words)
			if n < best || i+n > hi || !a.matches(tm, i) {
				continue
			}
			if n > best {
				best, labels = n, labels[:0]
			}
			labels = append(labels, tm.labels...)
		}
	}
	slices.Sort(labels)
	return best, slices.Compact(labels)
}

// matches reports whether term tm matches the units from i on.
func (a *Analyzer) matches(tm *term, i int) bool {
	for k, tw := range tm.words {
		u := &a.units[i+k]
		if k > 0 && u.flags&uBarrier != 0 || tw.caps && u.flags&uUpper == 0 {
			return false
		}
		w := &a.words[u.word]
		id := w.keyID
		if tw.stem {
			id = w.stemID
		}
		if id != tw.id {
			return false
		}
	}
	return true
}

func (a *Analyzer) entityTopics(sc *scope, tmp *scratch, speaker string, out []Topic, ev []text.Span) ([]Topic, []text.Span) {
	hits := tmp.hits[:0]
	ms := a.mentions // a local, so that the loops do not reload it
	ctx := sc.context
	// The context holds the content, most often: one pass over its mentions finds those of
	// both, where a pass for each part would look the parts' mentions up a second time.
	if ctx.Len() > 0 {
		for i := firstMention(ms, ctx.Start); i < len(ms) && ms[i].Span.Start < ctx.End; i++ {
			m := &ms[i]
			if !ctx.Contains(m.Span) || m.Name == speaker {
				continue
			}
			w := contextWeight
			for _, p := range sc.parts {
				if p.Contains(m.Span) {
					w = 1
					break
				}
				if p.Overlaps(m.Span) {
					w = 0 // partly in the content: no topic
				}
			}
			if w > 0 {
				hits = append(hits, hit{m.Name, w, m.Span})
			}
		}
	}
	if sc.outside { // else the context's mentions are those of every part
		for _, p := range sc.parts {
			if ctx.Len() > 0 && ctx.Contains(p) {
				continue // its mentions were found above
			}
			for i := firstMention(ms, p.Start); i < len(ms) && ms[i].Span.Start < p.End; i++ {
				m := &ms[i]
				if !p.Contains(m.Span) || m.Name == speaker || ctx.Len() > 0 && ctx.Contains(m.Span) {
					continue
				}
				hits = append(hits, hit{m.Name, 1, m.Span})
			}
		}
	}
	tmp.hits = hits[:0]
	return appendTopics(out, ev, hits, FromEntity)
}
