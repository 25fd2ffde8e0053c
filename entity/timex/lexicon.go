package timex

import (
	_ "embed"
	"iter"
	"strconv"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// The embedded lists; each file's header says where its entries came from.
var (
	//go:embed words.txt
	wordsList string
	//go:embed holidays.txt
	holidaysList string
	//go:embed cues.txt
	cuesList string
)

// A unit is a calendar or clock unit.
type unit uint8

const (
	noUnit unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

var unitCodes = map[string]unit{
	"S": uSecond, "MIN": uMinute, "H": uHour, "D": uDay, "WE": uWeekend, "W": uWeek,
	"FN": uFortnight, "M": uMonth, "Q": uQuarter, "Y": uYear, "DE": uDecade, "CE": uCentury,
	"ML": uMillennium,
}

// A rel is the direction word of a relative expression: last week, this month, next year.
type rel uint8

const (
	noRel     rel = iota
	relLast       // last, previous: the one before
	relPast       // past: the one before, or the stretch up to now (the past two years)
	relThis       // this, current
	relNext       // next, coming: the one after
	relFollow     // following: the one after a time already mentioned
	relRecent     // recent: recent years
)

var relCodes = map[string]rel{"last": relLast, "past": relPast, "this": relThis, "next": relNext, "following": relFollow, "recent": relRecent}

// wordFlags are the conditions and roles of a word that carry no value.
type wordFlags uint32

const (
	fCap        wordFlags = 1 << iota // only when capitalised
	fAbbr                             // only with its abbreviation dot or before a number
	fCue                              // only after a temporal preposition or before a day or year
	fPlural                           // a plural form: weeks, Mondays
	fDet                              // the
	fFiscal                           // fiscal
	fEvery                            // every, each
	fFuzzy                            // several, few: a vague quantity
	fTZ                               // a time zone
	fPhrase                           // the first word of a phrase of several words
	fDay                              // today, yesterday, tomorrow, tonight: day holds the offset
	fPrep                             // a preposition or modifier of time: in, since, by, early
	fGlue                             // a function word that may follow an adverb of frequency
	fPron                             // a determiner or pronoun
	fTimes                            // once, twice: a frequency
	fHalf                             // half
	fAnaphor                          // that: that year, that day
	fAdverb                           // a recurrence word only as an adverb
	fHead                             // full, latest: a word of expressions after "the"
	fPhraseOne                        // a phrase of one word: nearly, Christmas
	fPhraseNext                       // the second word of a phrase
	fStart                            // a word that may open an expression
	fNeedsNext                        // it opens one only before a word of time (the, a, that)
	fUnitMod                          // a word between a number and its unit: 20 more years
	fLinkOnly                         // it opens only phrases of several words or an anaphor: at least, that year
)

// A word is what the lexicon knows of one folded form. A form may play several roles: "second"
// is an ordinal and a unit, "may" a month (when capitalised) and a modal verb.
type word struct {
	flags   wordFlags
	month   int8 // 1-12
	weekday int8 // 1 (Monday) - 7 (Sunday)
	season  int8 // 1 spring, 2 summer, 3 fall, 4 winter
	pod     int8 // part of day, an index into podCodes
	day     int8 // offset in days from the creation date, with fDay
	ord     int8 // ordinal number word
	quarter int8 // Q1-Q4
	unit    unit
	rel     rel
	rules   ruleSet // the rules wordExpr tries at it, from the fields and flags below
	num     int32   // cardinal number word
	ref     string  // PRESENT_REF, PAST_REF, FUTURE_REF
	set     string  // the value of a recurrence word: daily is P1D
	pos     string  // START, MID, END: early, mid, late
	edge    string  // START, MID, END: the beginning, middle or end of a period
	decade  int8    // the decade of the 1900s a word names: nineties is 9
	clock   int16   // minutes after midnight of a clock word: noon is 720
}

// The parts of the day, in TIMEX3's codes; index 0 is none.
var podCodes = [...]string{"", "MO", "AF", "EV", "NI"}

// The seasons, in TIMEX3's codes; index 0 is none.
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// A phraseInfo is a phrase of the lexicon: an approximator, a holiday, a reference to the
// present, past or future, or the end of the year.
type phraseInfo struct {
	approx    string  // the TIMEX3 mod of an approximator: more than is MORE_THAN
	timeOnly  bool    // an approximator of clock times only: around 7:15 p.m.
	ref       string  // PRESENT_REF …: these days, the near future
	holiday   holiday // a named day, with isHoliday
	isHoliday bool
	yearEnd   bool // year-end, year's end
}

// A holiday finds a named day in a given year: a fixed date, the nth weekday of a month, or an
// offset from Easter Sunday.
type holiday struct {
	month, day int8 // a fixed date, or with nth the month
	nth        int8 // 1-5, or -1 for the last
	weekday    int8
	easter     bool
	offset     int16 // days after Easter Sunday, or after the nth weekday
}

// A cue is a word that tells a clause's tense.
type cue struct {
	t      tense
	needTo bool // only when "to" follows
}

type lexicons struct {
	entries []word                       // entries[0] is the empty entry
	forms   []string                     // the folded form of each entry, "" for entries[0]
	ids     *lexicon.TableBuilder[int32] // folded form to index in entries, while loading
	table   *lexicon.Table[int32]        // the same, for the scan
	shapes  lexicon.ShapeSet             // the shapes of the words that may open an expression
	// alone holds the shapes of those that may open one whatever follows: not "the", "a",
	// "that" (fNeedsNext), which the scan first checks against the word after them.
	alone lexicon.ShapeSet
	// conts holds the shapes of the words that may go on with one (see tagging.ofTime), so
	// that the word after "the" or "a" is looked up only when it may be a word of time.
	conts   lexicon.ShapeSet
	phrases *lexicon.Phrases[phraseInfo]
	cues    *lexicon.Table[cue] // the tense cues, looked up around every expression
}

// loadLexicons parses the embedded lists once. They are part of the binary, so a malformed
// line is a programming error, reported as an error by NewTagger and caught by the tests.
var loadLexicons = sync.OnceValues(func() (*lexicons, error) {
	l := newLexicons()
	// Built a word at a time, not through a map handed to NewTable; a line per word at most.
	cues := lexicon.NewTableBuilder[cue](strings.Count(cuesList, "\n"))
	for n, f := range lexicon.Entries(wordsList) {
		if err := l.addWord(f); err != "" {
			return nil, &lexicon.Error{List: "words.txt", Line: n, Msg: err}
		}
	}
	for n, f := range lexicon.Entries(holidaysList) {
		h, ok := parseHoliday(f)
		if !ok {
			return nil, &lexicon.Error{List: "holidays.txt", Line: n, Msg: "want a holiday and its rule"}
		}
		l.addPhrase(f[0], phraseInfo{holiday: h, isHoliday: true})
	}
	for n, f := range lexicon.Entries(cuesList) {
		if len(f) < 2 {
			return nil, &lexicon.Error{List: "cues.txt", Line: n, Msg: "want a word and its tense"}
		}
		var c cue
		switch f[1] {
		case "future":
			c.t = future
		case "past":
			c.t = past
		case "present":
			c.t = present
		case "none":
			c.t = none
		default:
			return nil, &lexicon.Error{List: "cues.txt", Line: n, Msg: "unknown tense " + f[1]}
		}
		c.needTo = len(f) > 2 && f[2] == "to"
		*cues.Value(f[0]) = c
	}
	for i := range l.entries {
		w := &l.entries[i]
		if w.startsExpr() {
			w.flags |= fStart
		}
		if w.flags&fStart != 0 && w.onlyBeforeTime() {
			w.flags |= fNeedsNext
			// The roles left to it are fDet, fPhrase and fAnaphor (onlyBeforeTime).
			if w.flags&fDet == 0 {
				w.flags |= fLinkOnly
			}
		}
	}
	for i := range l.entries {
		l.entries[i].rules = l.entries[i].ruleSet()
	}
	l.table, l.ids = l.ids.Table(), nil
	l.cues = cues.Table()
	for form, id := range l.all() {
		if l.entries[id].flags&fStart != 0 {
			l.shapes.Add(form)
			if l.entries[id].flags&fNeedsNext == 0 {
				l.alone.Add(form)
			}
		}
		if l.entries[id].continues() {
			l.conts.Add(form)
		}
	}
	return l, nil
})

// newLexicons returns lexicons with no word yet.
func newLexicons() *lexicons {
	// Built a word at a time, not through a map handed to NewTable: a word at most per line.
	n := strings.Count(wordsList, "\n") + strings.Count(holidaysList, "\n")
	return &lexicons{entries: []word{{}}, forms: []string{""}, ids: lexicon.NewTableBuilder[int32](n),
		phrases: &lexicon.Phrases[phraseInfo]{}}
}

// all returns an iterator over the folded forms of the words and the indexes of their entries.
func (l *lexicons) all() iter.Seq2[string, int32] {
	return func(yield func(string, int32) bool) {
		for id, form := range l.forms[1:] {
			if !yield(form, int32(id+1)) {
				return
			}
		}
	}
}

// addWord adds one line of words.txt and returns a message if it is malformed.
func (l *lexicons) addWord(f []string) string {
	if len(f) < 2 {
		return "want a form and a role"
	}
	form, role, arg := f[0], f[1], ""
	if len(f) > 2 {
		arg = f[2]
	}
	if strings.Contains(form, " ") || role == "yearend" {
		switch role {
		case "approx":
			l.addPhrase(form, phraseInfo{approx: arg})
		case "ref":
			l.addPhrase(form, phraseInfo{ref: arg})
		case "yearend":
			l.addPhrase(form, phraseInfo{yearEnd: true})
		default:
			return "only approximators, references and year ends may have several words"
		}
		return ""
	}
	w := l.entry(form)
	num := func() (int, bool) { n, err := strconv.Atoi(arg); return n, err == nil }
	switch role {
	case "month", "weekday", "num", "ord", "day", "quarter", "decade":
		n, ok := num()
		if !ok {
			return "want a number"
		}
		switch role {
		case "month":
			w.month = int8(n)
		case "weekday":
			w.weekday = int8(n)
		case "num":
			w.num = int32(n)
		case "ord":
			w.ord = int8(n)
		case "quarter":
			w.quarter = int8(n)
		case "decade":
			w.decade = int8(n)
		case "day":
			w.day = int8(n)
			w.flags |= fDay
			if len(f) > 3 {
				w.pod = int8(index(podCodes[:], f[3]))
			}
		}
	case "season":
		w.season = int8(index(seasonCodes[:], arg))
	case "pod":
		w.pod = int8(index(podCodes[:], arg))
	case "unit":
		w.unit = unitCodes[arg]
	case "rel":
		w.rel = relCodes[arg]
	case "ref":
		w.ref = arg
	case "set":
		w.set = arg
	case "pos":
		w.pos = arg
	case "edge":
		w.edge = arg
	case "head":
		w.flags |= fHead
	case "unitmod":
		w.flags |= fUnitMod
	case "clock":
		h, m, ok := strings.Cut(arg, ":")
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if !ok || err1 != nil || err2 != nil {
			return "want hh:mm"
		}
		w.clock = int16(hh*60 + mm)
	case "approx":
		l.addPhrase(form, phraseInfo{approx: arg, timeOnly: len(f) > 3 && f[3] == "time"})
		return ""
	case "det":
		w.flags |= fDet
	case "fiscal":
		w.flags |= fFiscal
	case "every":
		w.flags |= fEvery
	case "fuzzy":
		w.flags |= fFuzzy
	case "tz":
		w.flags |= fTZ
	case "prep":
		w.flags |= fPrep
	case "glue":
		w.flags |= fGlue
	case "pron":
		w.flags |= fPron
	case "times":
		w.flags |= fTimes
	case "half":
		w.flags |= fHalf
	case "anaphor":
		w.flags |= fAnaphor
	default:
		return "unknown role " + role
	}
	if w.season < 0 || w.pod < 0 || (role == "unit" && w.unit == noUnit) || (role == "rel" && w.rel == noRel) {
		return "unknown value " + arg
	}
	for _, c := range f[min(3, len(f)):] {
		switch c {
		case "cap":
			w.flags |= fCap
		case "abbr":
			w.flags |= fAbbr
		case "cue":
			w.flags |= fCue
		case "pl":
			w.flags |= fPlural
		case "adv":
			w.flags |= fAdverb
		case "next":
			w.flags |= fNeedsNext
		}
	}
	return ""
}

// entry returns the entry of form, adding an empty one if there is none.
func (l *lexicons) entry(form string) *word {
	id := l.ids.Value(form)
	if *id == 0 { // a new form: no entry but the empty one has index 0
		*id = int32(len(l.entries))
		l.entries = append(l.entries, word{})
		l.forms = append(l.forms, form)
	}
	return &l.entries[*id]
}

// lookup returns the entry of a folded form, or the empty entry.
func (l *lexicons) lookup(form string) *word {
	id, _ := l.table.Get(form) // 0, the empty entry, for a form not held
	return &l.entries[id]
}

// addPhrase adds a phrase under the keys the text layer gives its words, and marks its first
// word so that the scan looks phrases up only where one may start.
func (l *lexicons) addPhrase(form string, v phraseInfo) {
	d := text.Analyze(form)
	keys := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		keys[i] = d.Key(i)
	}
	if len(keys) == 0 {
		return
	}
	l.phrases.Add(keys, v)
	if len(keys) == 1 {
		l.entry(keys[0]).flags |= fPhraseOne
		return
	}
	l.entry(keys[0]).flags |= fPhrase
	l.entry(keys[1]).flags |= fPhraseNext
}

// parseHoliday parses a line of holidays.txt.
func parseHoliday(f []string) (holiday, bool) {
	if len(f) != 2 {
		return holiday{}, false
	}
	rule := strings.Fields(f[1])
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return -999
		}
		return n
	}
	switch {
	case len(rule) == 2 && rule[0] == "easter":
		off := atoi(rule[1])
		return holiday{easter: true, offset: int16(off)}, off > -100 && off < 100
	case len(rule) == 1:
		m, d, ok := strings.Cut(rule[0], "-")
		mm, dd := atoi(m), atoi(d)
		return holiday{month: int8(mm), day: int8(dd)}, ok && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31
	case len(rule) == 3 || len(rule) == 4:
		mm, n, wd, off := atoi(rule[0]), atoi(rule[1]), atoi(rule[2]), 0
		if len(rule) == 4 {
			off = atoi(rule[3])
		}
		ok := mm >= 1 && mm <= 12 && (n == -1 || n >= 1 && n <= 5) && wd >= 1 && wd <= 7 && off > -7 && off < 7
		return holiday{month: int8(mm), nth: int8(n), weekday: int8(wd), offset: int16(off)}, ok
	}
	return holiday{}, false
}

// index returns the index of s in codes, or -1.
func index(codes []string, s string) int {
	for i, c := range codes {
		if i > 0 && c == s {
			return i
		}
	}
	return -1
}

// onlyBeforeTime reports whether every role by which w may open an expression needs a word of
// time after it: the (the third quarter), that (that year), at (at least a week).
func (w *word) onlyBeforeTime() bool {
	v := *w
	v.flags &^= fDet | fPhrase | fAnaphor | fStart | fNeedsNext
	return !v.startsExpr()
}

// continues reports whether an entry is a word of time that may go on with an expression
// (tagging.ofTime): the third quarter, a year, that day.
func (w *word) continues() bool {
	return w.flags&(fStart|fHead|fPhraseNext) != 0 || w.edge != "" || w.decade > 0
}

// startsExpr reports whether an entry has a role that may open an expression.
func (w *word) startsExpr() bool {
	return w.month > 0 || w.weekday > 0 || w.season > 0 || w.unit != noUnit || w.num > 0 || w.quarter > 0 ||
		w.ord > 0 || w.rel != noRel || w.ref != "" || w.set != "" || w.pos != "" || w.clock > 0 ||
		w.flags&(fDet|fFiscal|fEvery|fFuzzy|fPhrase|fPhraseOne|fDay|fTimes|fHalf|fAnaphor) != 0
}
