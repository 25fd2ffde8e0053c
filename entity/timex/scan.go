package timex

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// tagging is the state of one TagDoc call: the document, the creation date, the sentence
// being scanned and the times already found, which anchor expressions such as "a year
// earlier" and "the following day".
type tagging struct {
	d      *text.Doc
	lx     *lexicons
	dct    date
	hasDCT bool
	lo, hi int     // the tokens [lo, hi) of the current sentence
	ids    []int32 // 1 + the lexicon entry of each token looked up (0 for none), 0 if not yet
	out    []Timex

	anchor     date // the last day, month or year the text named
	anchorGran unit // uDay, uMonth or uYear; noUnit when nothing was named yet
	quarter    int  // the last quarter the text named, as y*4 + q-1; -1 when none
	quarterAt  int  // the sentence that named it
	sent       int  // the current sentence

	brk     breakMemo    // see lastBreak
	lastQty quantityRead // see quantity
	num     numTok       // the reading of number token numAt-1; see number
	numAt   int
}

// A match is an expression found at a token: where it ends and what it means.
type match struct {
	end int // the token after the expression
	typ Type
	val string
	mod string

	day    date // the day it names, when valued and day-sized
	dayish bool // it names a single day (Tuesday, yesterday, Sept. 30), valued or not
	shift  bool // it is valued from an anchor (a year earlier), so it anchors nothing
}

// scan finds the expressions of every sentence, left to right, taking the longest at each
// token.
func (t *tagging) scan() {
	toks, keys, shapes, alone := t.d.Tokens, t.d.Keys(), &t.lx.shapes, &t.lx.alone
	for si := range t.d.Sentences {
		first, last := t.d.Sentences[si].First, t.d.Sentences[si].Last
		t.lo, t.hi, t.sent = first, last, si
		// The tokens up to the sentence's end, a length the compiler sees: no bounds checks,
		// and two registers fewer held in the loop, whose tests then spill nothing.
		toks, keys := toks[:last], keys[:last]
		for i := first; i < last; {
			// The cheap test of whether an expression may start at token i: a number, an
			// apostrophe ('90s), a hyphenated word or a word whose shape a starting word has.
			// Each test on a line of its own, which the compiler turns into a branch.
			switch tok := &toks[i]; tok.Kind {
			case text.Word:
				if tok.Flags&text.Hyphen != 0 {
					break
				}
				// A key tested for emptiness here, as no word of the lexicon is empty, spares
				// each MayHave its own test: 4% of the stage's instructions.
				k := keys[i]
				if k == "" || !shapes.MayHave(k) {
					i++
					continue
				}
				// Most words that pass open an expression only before a word of time
				// ("the", "a"): the word after them turns most away before they are looked up.
				// Nor can that word open one: ofTime lets through every word that may.
				if !alone.MayHave(k) && !t.ofTime(i+1) {
					i += 2
					continue
				}
				if !t.wordMayStart(i) {
					i++
					continue
				}
			case text.Number:
			case text.Mark:
				if i+1 >= last || toks[i+1].Kind != text.Number {
					i++ // quotation marks, far more common, open nothing
					continue
				}
			default:
				i++
				continue
			}
			m, ok := t.at(i)
			if !ok || m.end <= i {
				i++
				continue
			}
			t.emit(i, m)
			i = m.end
		}
	}
}

// wordMayStart is the scan's test for a word without a hyphen whose shape a starting word has:
// whether its entry may open an expression here.
func (t *tagging) wordMayStart(i int) bool {
	w, _ := t.word(i)
	switch {
	case w.flags&fStart == 0:
		return false
	case w.flags&fNeedsNext == 0:
		return true
	case w.flags&fLinkOnly != 0:
		// "at the", "that the": wordExpr tries a phrase (at least) or an anaphor (that year,
		// that same day) only before these next words, every one of which ofTime lets through.
		nw, _ := t.word(i + 1)
		return w.flags&fPhrase != 0 && nw.flags&fPhraseNext != 0 ||
			w.flags&fAnaphor != 0 && (nw.unit != noUnit || t.key(i+1) == "same")
	}
	return t.ofTime(i + 1)
}

// ofTime reports whether token j may continue an expression: a number, a mark before a number
// (an apostrophe), a hyphenated word, or a word of time (the third quarter, a year, that day).
func (t *tagging) ofTime(j int) bool {
	if j < t.lo || j >= t.hi {
		return false
	}
	switch tok := &t.d.Tokens[j]; tok.Kind {
	case text.Number:
		return true
	case text.Mark:
		// A mark goes on with an expression only as the apostrophe of the '90s; a quotation
		// mark after "the" or "a" is far more common.
		return j+1 < t.hi && t.d.Tokens[j+1].Kind == text.Number
	case text.Word:
		if tok.Flags&text.Hyphen != 0 {
			return true
		}
		// Most words after "the" or "a" are turned away here, without a look-up; an empty
		// key, no word of the lexicon, before MayHave's own test (see scan).
		if k := t.d.Key(j); k == "" || !t.lx.conts.MayHave(k) {
			return false
		}
		w, _ := t.word(j)
		return w.continues()
	}
	return false
}

// emit records the expression of tokens [i, m.end) and lets it anchor later ones.
func (t *tagging) emit(i int, m match) {
	toks := t.d.Tokens
	t.out = append(t.out, Timex{
		Span: Span{Start: toks[i].Start, End: toks[m.end-1].End},
		Type: m.typ, Value: m.val, Mod: m.mod,
	})
	if m.typ != Date && m.typ != Time || m.shift {
		return
	}
	v := m.val
	if len(v) < 4 || !isDigits(v[:4]) {
		return
	}
	y := digitsValue(v[:4])
	switch {
	case len(v) == 4:
		t.anchor, t.anchorGran = date{y, 1, 1}, uYear
	case len(v) == 7 && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4':
		t.quarter, t.quarterAt = y*4+int(v[6]-'1'), t.sent
	case len(v) == 7 && isDigits(v[5:7]):
		t.anchor, t.anchorGran = date{y, digitsValue(v[5:7]), 1}, uMonth
	case len(v) >= 10 && isDigits(v[5:7]) && isDigits(v[8:10]):
		t.anchor, t.anchorGran = date{y, digitsValue(v[5:7]), digitsValue(v[8:10])}, uDay
	}
}

// digitsValue returns the value of s, which isDigits: what strconv.Atoi gives, without its
// checks, for the values emit reads back.
func digitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Token access, bounded by the current sentence.

// key returns the folded key of token j, or "" past the sentence.
func (t *tagging) key(j int) string {
	if j < t.lo || j >= t.hi {
		return ""
	}
	return t.d.Key(j)
}

// is reports whether token j exists in the sentence and has all of flags f.
func (t *tagging) is(j int, f text.Flags) bool {
	return j >= t.lo && j < t.hi && t.d.Tokens[j].Flags&f == f
}

// kind returns the kind of token j, or 0 past the sentence.
func (t *tagging) kind(j int) text.Kind {
	if j < t.lo || j >= t.hi {
		return 0
	}
	return t.d.Tokens[j].Kind
}

// word returns the lexicon entry of word j, or the empty entry and false. Entries are looked
// up once per token, when first asked for.
func (t *tagging) word(j int) (*word, bool) {
	if j < t.lo || j >= t.hi {
		return &t.lx.entries[0], false
	}
	id := t.ids[j]
	if id == 0 {
		id = 1
		if t.d.Tokens[j].Kind == text.Word {
			e, _ := t.lx.table.Get(t.d.Key(j))
			id += e
		}
		t.ids[j] = id
	}
	return &t.lx.entries[id-1], id > 1
}

// number returns the reading of number token j. It keeps its last answer: the rules tried at
// a number (a duration, a day of the month, a year) each ask for it.
func (t *tagging) number(j int) numTok {
	if t.kind(j) != text.Number {
		return numTok{}
	}
	if t.numAt != j+1 {
		t.num, t.numAt = t.lx.parseNumber(t.d.Key(j)), j+1
	}
	return t.num
}

// capOK reports whether word j meets the capitalisation and abbreviation conditions of w.
func (t *tagging) capOK(j int, w *word) bool {
	if w.flags&fCap != 0 && !t.is(j, text.Upper) {
		return false
	}
	if w.flags&fAbbr != 0 && !t.is(j, text.Abbrev) && t.kind(j+1) != text.Number {
		return false
	}
	return true
}

// month returns the month named by word j, or 0.
func (t *tagging) month(j int) int {
	w, ok := t.word(j)
	if !ok || w.month == 0 || !t.capOK(j, w) {
		return 0
	}
	return int(w.month)
}

// unitAt returns the unit named by word j.
func (t *tagging) unitAt(j int) (unit, bool) {
	w, ok := t.word(j)
	if !ok {
		return noUnit, false
	}
	return w.unit, w.flags&fPlural != 0
}

// yearAt returns the year of token j when it is a plain four-digit number.
func (t *tagging) yearAt(j int) (int, bool) {
	nt := t.number(j)
	if nt.kind != nkInt || nt.digits != 4 || nt.comma || nt.n < 1000 || nt.n > 2999 {
		return 0, false
	}
	return nt.n, true
}

// dayNumAt returns the day of the month token j gives: 9, 09 or 9th.
func (t *tagging) dayNumAt(j int) (int, bool) {
	nt := t.number(j)
	switch {
	case nt.kind == nkInt && nt.digits <= 2 && !nt.comma:
	case nt.kind == nkOrdinal:
	default:
		return 0, false
	}
	return nt.n, nt.n >= 1 && nt.n <= 31
}

// comma reports whether token j is a comma.
func (t *tagging) comma(j int) bool { return t.kind(j) == text.Punct && t.key(j) == "," }

// tense returns the tense around the tokens [i, j).
func (t *tagging) tense(i, j int) tense { return t.tenseAround(i, j) }

// A best collects candidate matches at one token and keeps the longest.
type best struct {
	m  match
	ok bool
}

func (b *best) try(m match, ok bool) {
	if ok && (!b.ok || m.end > b.m.end) {
		b.m, b.ok = m, true
	}
}

// at returns the longest expression starting at token i.
func (t *tagging) at(i int) (match, bool) {
	switch t.kind(i) {
	case text.Number:
		return t.numberExpr(i)
	case text.Mark:
		return t.apostropheDecade(i)
	case text.Word:
	default:
		return match{}, false
	}
	w, ok := t.word(i)
	if !ok {
		if t.is(i, text.Hyphen) {
			return t.compoundExpr(i)
		}
		return match{}, false
	}
	return t.wordExpr(i, w)
}

// wordExpr returns the longest expression starting at word i, whose lexicon entry is w. It
// tries only the rules w's entry may start (w.rules), in their order, so that a word with one
// rule does not test the fields of twenty.
func (t *tagging) wordExpr(i int, w *word) (match, bool) {
	var b best
	nw, nextOK := t.word(i + 1)
	for r := w.rules; r != 0; r &= r - 1 {
		switch bits.TrailingZeros32(uint32(r)) {
		case rPhrase:
			if w.flags&fPhraseOne != 0 || nw.flags&fPhraseNext != 0 {
				b.try(t.phraseExpr(i))
			}
		case rDet:
			if nextOK || t.kind(i+1) == text.Number || t.kind(i+1) == text.Mark || t.is(i+1, text.Hyphen) {
				b.try(t.theExpr(i))
			}
		case rPos:
			b.try(t.posExpr(i, w))
		case rRel:
			b.try(t.relExpr(i, w))
		case rEvery:
			b.try(t.everyExpr(i))
		case rCount:
			if t.countGoesOn(i+1, nextOK) {
				b.try(t.durationExpr(i))
				b.try(t.yearWords(i))
				b.try(t.timesExpr(i))
			}
		case rMonth:
			b.try(t.monthExpr(i))
		case rWeekday:
			b.try(t.weekdayExpr(i))
		case rDay:
			b.try(t.dayWordExpr(i, w))
		case rSeason:
			b.try(t.seasonExpr(i, w))
		case rRef:
			b.try(match{end: i + 1, typ: Date, val: w.ref}, true)
		case rSet:
			b.try(t.setWord(i, w))
		case rFiscal:
			b.try(t.fiscalExpr(i))
		case rClock:
			b.try(t.clockExpr(i, i+1, int(w.clock), true))
		case rOrd:
			b.try(t.ordExpr(i, int(w.ord)))
		case rTimes:
			b.try(t.timesExpr(i))
		case rQuarter:
			if t.is(i, text.Upper) {
				b.try(t.yearPart(i, i+1, int(w.quarter), "Q"+strconv.Itoa(int(w.quarter))))
			}
		case rHalf:
			b.try(t.durationExpr(i))
		case rAnaphor:
			b.try(t.anaphorExpr(i))
		case rBareUnits:
			b.try(t.bareUnits(i, w))
		}
	}
	return b.m, b.ok
}

// A ruleSet is the set of wordExpr's rules a lexicon entry may start, a bit per rule (1<<rPhrase
// ...), set once the lexicon is built.
type ruleSet uint32

// wordExpr's rules, in the order it tries them: among matches of one length the first tried
// wins.
const (
	rPhrase = iota // a phrase: of one word, or of several when the next word may be its second
	rDet
	rPos
	rRel
	rEvery
	rCount // a number word or a vague quantity: durations, years in words, frequencies
	rMonth
	rWeekday
	rDay
	rSeason
	rRef
	rSet
	rFiscal
	rClock
	rOrd
	rTimes
	rQuarter
	rHalf
	rAnaphor
	rBareUnits
)

// ruleSet returns the rules of wordExpr that w's fields and flags let it start; the conditions
// on the text around it (the next word, capitals) stay in wordExpr.
func (w *word) ruleSet() ruleSet {
	var r ruleSet
	add := func(rule int, ok bool) {
		if ok {
			r |= 1 << rule
		}
	}
	add(rPhrase, w.flags&(fPhraseOne|fPhrase) != 0)
	add(rDet, w.flags&fDet != 0)
	add(rPos, w.pos != "")
	add(rRel, w.rel != noRel)
	add(rEvery, w.flags&fEvery != 0)
	add(rCount, w.num > 0 || w.flags&fFuzzy != 0)
	add(rMonth, w.month > 0)
	add(rWeekday, w.weekday > 0)
	add(rDay, w.flags&fDay != 0)
	add(rSeason, w.season > 0)
	add(rRef, w.ref != "")
	add(rSet, w.set != "")
	add(rFiscal, w.flags&fFiscal != 0)
	add(rClock, w.clock > 0)
	add(rOrd, w.ord > 0)
	add(rTimes, w.flags&fTimes != 0)
	add(rQuarter, w.quarter > 0)
	add(rHalf, w.flags&fHalf != 0)
	add(rAnaphor, w.flags&fAnaphor != 0)
	add(rBareUnits, w.unit != noUnit && w.flags&fPlural != 0)
	return r
}

// countGoesOn reports whether durationExpr, yearWords and timesExpr may find an expression at
// a number word (five, several) before token j, whose lexicon entry is known if ok. Each needs
// after it a word of the lexicon (a unit, a number word, of, and, few, half), "times" or a
// hyphenated number word (nineteen ninety-six); "five newsrooms", `five "years"` and a five
// that ends its sentence fail all three.
func (t *tagging) countGoesOn(j int, ok bool) bool {
	if ok {
		return true
	}
	k := t.key(j)
	return k == "times" || strings.IndexByte(k, '-') >= 0
}

// numberExpr reads expressions starting with a number token.
func (t *tagging) numberExpr(i int) (match, bool) {
	nt := t.number(i)
	switch nt.kind {
	case nkDate:
		return match{end: i + 1, typ: Date, val: fmtDate(nt.date), day: nt.date, dayish: true}, true
	case nkClock:
		return t.clockExpr(i, i+1, nt.clock, nt.ampm != 0)
	case nkUnit:
		if nt.old {
			return match{}, false
		}
		return match{end: i + 1, typ: Duration, val: fmtDuration(nt.n, nt.unit)}, true
	case nkDecade:
		if nt.digits == 4 {
			return match{end: i + 1, typ: Date, val: decadeValue(nt.n)}, true
		}
	case nkOrdinal:
		var b best
		b.try(t.dayMonthExpr(i))
		b.try(t.ordExpr(i, nt.n))
		return b.m, b.ok
	case nkInt, nkHalf:
		if !t.afterNumber(i + 1) {
			// Two numbers in three in news (30 states): none of the rules but the year's
			// reads on past them.
			if nt.kind == nkInt {
				return t.yearExpr(i)
			}
			return match{}, false
		}
		return t.quantityExpr(i, nt)
	}
	return match{}, false
}

// quantityExpr reads the expressions that start with number i, an integer or a half (2.5),
// whose reading is nt.
func (t *tagging) quantityExpr(i int, nt numTok) (match, bool) {
	var b best
	b.try(t.durationExpr(i))
	b.try(t.timesExpr(i))
	if nt.kind == nkInt {
		b.try(t.dayMonthExpr(i))
		b.try(t.clockNumber(i, nt))
		b.try(t.yearExpr(i))
	}
	return b.m, b.ok
}

// afterNumber reports whether token j, after a number, may be one the rules of quantityExpr
// but the year's read there: a number (1/2), a word of the lexicon (a unit, a month, of, in)
// or one of the few others (times, p.m., o'clock).
func (t *tagging) afterNumber(j int) bool {
	if _, ok := t.word(j); ok || t.kind(j) == text.Number {
		return true
	}
	switch t.key(j) {
	case "times", "a.m", "am", "p.m", "pm", "o'clock":
		return true
	}
	return false
}

// prep reports whether token j is a preposition or modifier of time (in, since, by, early),
// after which a bare number may be a year and May a month.
func (t *tagging) prep(j int) bool {
	w, ok := t.word(j)
	return ok && w.flags&fPrep != 0
}
