package topic

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/internal/text"
)

// A cand is one occurrence of a candidate key phrase in a statement.
type cand struct {
	key   [maxPhraseUnits]int32 // the groups of its words, then -1
	first int32                 // unit index of its first word
	n     int32                 // number of units
	// Its span, in 32 bits as the units keep it: the start is set once for the candidates of
	// a start, and the copies of the best one are smaller.
	start, end int32
	context    bool    // in the context, not the content
	imp        float64 // importance of its phrase in the document
}

// noWords is the key of a phrase before its words are set.
var noWords = [maxPhraseUnits]int32{-1, -1, -1, -1}

// A scratch is the working memory of one statement's topics: its chosen phrases (dozens,
// more than a stack array could hold without zeroing kilobytes on every call) and its hits.
// Each Analyzer has one, lent to one caller at a time; concurrent callers take one from
// scratches (see getScratch).
type scratch struct {
	cands []cand
	hits  []hit
}

var scratches = sync.Pool{New: func() any { return &scratch{cands: make([]cand, 0, 64)} }}

// getScratch returns the Analyzer's scratch, unless a concurrent caller holds it, or else one
// of scratches. Taking the Analyzer's costs one atomic swap, where the pool costs a Get and a
// Put for every statement.
func (a *Analyzer) getScratch() *scratch {
	if a.scratchBusy.CompareAndSwap(false, true) {
		return &a.scratch
	}
	return scratches.Get().(*scratch)
}

// putScratch gives back what getScratch returned.
func (a *Analyzer) putScratch(s *scratch) {
	if s == &a.scratch {
		a.scratchBusy.Store(false)
		return
	}
	clear(s.hits[:cap(s.hits)]) // their labels point into a text: do not keep it alive
	scratches.Put(s)
}

// chooseRuns appends the phrase chosen for each run of content words in r to chosen. A run's
// candidates are its sequences of one to four words with no stopword, punctuation or sentence
// boundary between them, which neither start nor end inside a hyphenated word and are not
// wholly inside an entity mention (the entity is a topic of its own). Its phrase is the
// candidate whose importance, raised a quarter for each word after the first, is highest, the
// lowest key on a tie. The candidates are ranked as they are found, not gathered first.
func (a *Analyzer) chooseRuns(r urange, context bool, chosen []cand) []cand {
	units := a.units[:r.hi] // a local: the appends would have a.units reloaded
	run := false
	var best cand
	rank := -1.0 // the rank of best, or -1 while the run has no candidate
	entEnd := 0  // the end of the entity units from the last entity start on (see entityEnd)
	// The candidate being ranked, one for all the starts: its fields are set as it grows.
	c := cand{context: context}
	for i := r.lo; i < len(units); i++ {
		f := units[i].flags
		if f&uContent == 0 {
			run = false
			continue
		}
		if !run || f&uBreak != 0 { // a new run: the last one's phrase is known
			if rank >= 0 {
				chosen = append(chosen, best)
			}
			run, rank = true, -1
		}
		if f&uInner != 0 {
			continue
		}
		ent := i // the candidates from i that end before unit ent lie inside a mention
		if f&uEntity != 0 {
			// The candidates from i that stay inside the mention's units are not phrases: a
			// start there makes none unless a content word of the run follows them closely.
			if entEnd <= i {
				entEnd = entityEnd(units, i)
			}
			if e := entEnd; e-i >= maxPhraseUnits || e >= len(units) || units[e].flags&(uContent|uBreak) != uContent {
				continue
			}
			ent = entEnd
		}
		c.key, c.first, c.start = noWords, int32(i), units[i].start
		for j := i; j < len(units) && j-i < maxPhraseUnits; j++ {
			u := &units[j]
			if u.flags&uContent == 0 || j > i && u.flags&uBreak != 0 {
				break
			}
			c.key[j-i] = u.group
			if u.flags&uCont != 0 || j < ent {
				continue
			}
			c.n, c.end = int32(j-i+1), u.end
			c.imp = a.importance(&c)
			if rc := c.imp * (1 + 0.25*float64(c.n-1)); rc > rank || rc == rank && slices.Compare(c.key[:], best.key[:]) < 0 {
				best, rank = c, rc
			}
		}
	}
	if rank >= 0 {
		chosen = append(chosen, best)
	}
	return chosen
}

// entityEnd returns the first unit after i, itself inside an entity mention, that is not: one
// outside the mentions, outside the run of content words, or starting a new run.
func entityEnd(units []unit, i int) int {
	j := i + 1
	for j < len(units) && units[j].flags&(uEntity|uContent|uBreak) == uEntity|uContent {
		j++
	}
	return j
}

// phraseTF returns the number of times the phrase of c occurs in the document as a
// candidate: at least once, since c is one, and at most as often as its rarest word, whose
// occurrences are the ones counted.
func (a *Analyzer) phraseTF(c *cand) int {
	g := &a.groups[c.key[0]]
	if c.n == 1 {
		return int(g.tf)
	}
	m, tf := 0, g.tf // the rarest word and its tf
	for k := 1; k < int(c.n); k++ {
		if t := a.groups[c.key[k]].tf; t < tf {
			m, tf = k, t
		}
	}
	if tf == 1 { // most phrases hold a word that occurs once: they are not counted
		return 1
	}
	if tf <= maxUncachedTF {
		return a.countPhrase(c, m)
	}
	// A phrase is counted once per document: counting it again for every statement would make
	// a document that repeats a word cost the square of its length.
	a.tfMu.Lock() // unlocked by hand: a deferred call costs more than the lookup
	s := a.tfCache.slot(c.key)
	if v := a.tfCache.slots[s]; v != 0 {
		n := int(a.tfCache.counts[v-1])
		a.tfMu.Unlock()
		return n
	}
	n := a.countPhrase(c, m)
	a.tfCache.add(s, c.key, n)
	a.tfMu.Unlock()
	return n
}

// maxUncachedTF is the number of occurrences of a phrase's first word up to which counting the
// phrase costs less than the lock and look-up of tfCache: most phrases of a document are new.
const maxUncachedTF = 8

// A phraseCounts maps phrases (the groups of their words) to their number of occurrences. It
// is an open-addressing table, at most half full, that keeps its memory from one document to
// the next: a Go map keyed by arrays cost more to fill than counting the phrases did.
type phraseCounts struct {
	slots  []int32 // index + 1 into keys and counts, or 0
	keys   [][maxPhraseUnits]int32
	counts []int32
}

// slot returns the slot of key: the one that holds it, or the empty one where it would go.
func (t *phraseCounts) slot(key [maxPhraseUnits]int32) int {
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for s := phraseHash(key) & mask; ; s = (s + 1) & mask {
		if v := t.slots[s]; v == 0 || t.keys[v-1] == key {
			return s
		}
	}
}

func phraseHash(key [maxPhraseUnits]int32) int {
	h := uint64(0)
	for _, g := range key {
		h = (h ^ uint64(uint32(g))) * 0x9e3779b97f4a7c15
	}
	return int(h >> 32)
}

// add puts key, of count n, in the empty slot s that slot returned for it.
func (t *phraseCounts) add(s int, key [maxPhraseUnits]int32, n int) {
	t.keys = append(t.keys, key)
	t.counts = append(t.counts, int32(n))
	t.slots[s] = int32(len(t.keys))
}

// grow doubles the slots of t.
func (t *phraseCounts) grow() {
	t.slots = make([]int32, max(64, 2*len(t.slots)))
	mask := len(t.slots) - 1
	for i, k := range t.keys {
		s := phraseHash(k) & mask
		for t.slots[s] != 0 {
			s = (s + 1) & mask
		}
		t.slots[s] = int32(i + 1)
	}
}

// reset empties t, keeping its memory.
func (t *phraseCounts) reset() {
	clear(t.slots)
	t.keys, t.counts = t.keys[:0], t.counts[:0]
}

// countPhrase counts the occurrences of the phrase of c from those of its word m.
func (a *Analyzer) countPhrase(c *cand, m int) int {
	units, n := a.units, 0
outer:
	for k := a.groups[c.key[m]].occ - 1; k >= 0; k = units[k].prev {
		p := int(k) - m
		end := p + int(c.n)
		if p < 0 || end > len(units) || units[p].flags&uInner != 0 || units[end-1].flags&uCont != 0 {
			continue
		}
		for j := range int(c.n) {
			u := &units[p+j]
			if u.flags&uContent == 0 || j > 0 && u.flags&uBreak != 0 || u.group != c.key[j] {
				continue outer
			}
		}
		n++
	}
	return max(n, 1)
}

// keyphraseTopics appends up to limit key phrases of the statement.
//
// A phrase's importance in the document follows YAKE: the product of its words' scores over
// its frequency times one plus their sum, mapped into (0, 1]. Each run of content words gives
// one phrase: the one whose importance, raised a quarter for each word after the first, is
// highest, so that "third world war" is preferred to "war" and "third". A phrase's score in
// the statement is its importance, a little higher when it occurs more than once, or lower
// when it occurs only in the context.
func (a *Analyzer) keyphraseTopics(sc *scope, tmp *scratch, limit int, out []Topic, ev []text.Span) ([]Topic, []text.Span) {
	chosen := tmp.cands[:0]
	for _, r := range sc.content {
		if r.lo < r.hi { // a part may hold no content word: no call for nothing
			chosen = a.chooseRuns(r, false, chosen)
		}
	}
	for _, r := range sc.around {
		chosen = a.chooseRuns(r, true, chosen)
	}
	tmp.cands = chosen[:0] // what it grew to serves the next statement
	if len(chosen) == 0 {
		return out, ev
	}
	if len(chosen) > maxInsertion {
		slices.SortFunc(chosen, compareChosen)
	} else {
		for i := 1; i < len(chosen); i++ { // see sortTopics
			for j := i; j > 0 && lessChosen(&chosen[j], &chosen[j-1]); j-- {
				chosen[j], chosen[j-1] = chosen[j-1], chosen[j]
			}
		}
	}
	start := len(out)
	out = slices.Grow(out, len(chosen)) // each topic is set field by field below
	evBase := len(ev)
	ev = slices.Grow(ev, len(chosen))[:evBase+len(chosen)] // the evidence of all the phrases, each set below
	evs := ev[evBase:]
	for i := 0; i < len(chosen); {
		j := i + 1
		for j < len(chosen) && chosen[j].key == chosen[i].key {
			j++
		}
		ev := evs[i:j:j]
		inContent := 0
		for k := range ev {
			c := &chosen[i+k]
			ev[k] = text.Span{Start: int(c.start), End: int(c.end)}
			if !c.context {
				inContent++
			}
		}
		imp := chosen[i].imp
		score := imp * contextWeight
		if inContent > 0 {
			score = min(1, imp*(1+0.1*float64(inContent-1)))
		}
		if len(ev) > maxInsertion {
			slices.SortFunc(ev, func(x, y text.Span) int { return cmp.Compare(x.Start, y.Start) })
		} else {
			for i := 1; i < len(ev); i++ { // see sortTopics
				for j := i; j > 0 && ev[j].Start < ev[j-1].Start; j-- {
					ev[j], ev[j-1] = ev[j-1], ev[j]
				}
			}
		}
		// Field by field into out's room: a composite literal is built aside and copied.
		out = out[:len(out)+1]
		t := &out[len(out)-1]
		t.Label, t.Score, t.Source, t.Evidence = a.phraseLabel(&chosen[i]), round(score), FromKeyphrase, ev
		i = j
	}
	sortTopics(out[start:])
	if len(out)-start > limit {
		out = out[:start+limit]
	}
	return out, ev
}

// lessChosen is compareChosen(*x, *y) < 0, cheap enough to be inlined.
func lessChosen(x, y *cand) bool {
	for k := range x.key {
		if x.key[k] != y.key[k] {
			return x.key[k] < y.key[k]
		}
	}
	if x.context != y.context {
		return y.context
	}
	return x.first < y.first // the order of their starts
}

// compareChosen orders the chosen phrases of a statement by phrase, those of the content first,
// then by place.
func compareChosen(x, y cand) int {
	if c := slices.Compare(x.key[:], y.key[:]); c != 0 {
		return c
	}
	if x.context != y.context {
		if y.context {
			return -1
		}
		return 1
	}
	return cmp.Compare(x.first, y.first)
}

// importance returns the importance in the document of the phrase of c, in (0, 1].
func (a *Analyzer) importance(c *cand) float64 {
	if c.n == 1 { // kept with the word's score
		g := c.key[0]
		if imp := math.Float64frombits(a.groups[g].imp.Load()); imp != 0 {
			return imp
		}
		a.score(g)
		return math.Float64frombits(a.groups[g].imp.Load())
	}
	prod, sum := 1.0, 0.0
	for _, g := range c.key[:c.n] {
		s := math.Float64frombits(a.groups[g].s.Load()) // 0 until computed
		if s == 0 {
			s = a.score(g)
		}
		prod *= s
		sum += s
	}
	return 1 / (1 + prod/(float64(a.phraseTF(c))*(1+sum)))
}

// phraseLabel returns the label of the phrase of c: its words joined by spaces, or by hyphens
// inside a hyphenated word, names in the form the document gives them ("NATO", "Kremlin") and
// other words in lower case as c has them.
func (a *Analyzer) phraseLabel(c *cand) string {
	if c.n == 1 {
		return a.wordLabel(c.first)
	}
	if l, ok := a.textLabel(c); ok {
		return l
	}
	return a.joinLabel(c)
}

// joinLabel builds the label of the phrase of c, of two words or more, word by word.
func (a *Analyzer) joinLabel(c *cand) string {
	size := int(c.n) - 1
	for k := range c.n {
		size += len(a.wordLabel(c.first + k))
	}
	var b strings.Builder
	b.Grow(size)
	for k := range c.n {
		if k > 0 {
			if a.units[c.first+k].flags&uInner != 0 {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(a.wordLabel(c.first + k))
	}
	return b.String()
}

// textLabel returns the label of the phrase of c as a slice of the text, if the text writes
// the phrase just as its label reads: each word in its label form, one space between words
// and one hyphen inside a hyphenated word. Most phrases are so written, and a slice costs no
// allocation (the labels of one word point into the text already).
func (a *Analyzer) textLabel(c *cand) (string, bool) {
	t := a.d.Text
	for k := range c.n {
		u := &a.units[c.first+k]
		if k > 0 {
			sep := byte(' ')
			if u.flags&uInner != 0 {
				sep = '-'
			}
			if prev := &a.units[c.first+k-1]; u.start != prev.end+1 || t[prev.end] != sep {
				return "", false
			}
		}
		if a.wordLabel(c.first+k) != t[u.start:u.end] {
			return "", false
		}
	}
	return t[a.units[c.first].start:a.units[c.first+c.n-1].end], true
}

// wordLabel returns the label form of unit i.
func (a *Analyzer) wordLabel(i int32) string {
	u := &a.units[i]
	if n := a.groups[u.group].name(); n >= 0 {
		nu := &a.units[n]
		return a.d.Text[nu.start:nu.end]
	}
	if int(u.word) < len(a.keys) {
		return a.keys[u.word]
	}
	return a.partKey(u.word)
}

// partKey returns the key of word w of a lean Analyzer's unit that is a part of a hyphenated
// word (see unit.word).
func (a *Analyzer) partKey(w int32) string { return a.unitKeys[int(w)-len(a.keys)] }
