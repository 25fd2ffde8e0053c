package timex

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/text"
)

func TestLexiconsLoad(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"january", "sept", "friday", "summer", "fortnight", "yesterday", "now", "daily", "the"} {
		if id, _ := l.table.Get(k); id == 0 {
			t.Errorf("table has no entry for %q", k)
		}
		if w := l.lookup(k); w.flags&fStart == 0 {
			t.Errorf("%q cannot start an expression", k)
		}
	}
	if id, _ := l.table.Get("company"); id != 0 {
		t.Errorf("table has an entry for %q", "company")
	}
	for _, ph := range []string{"Christmas Eve", "St. Patrick's Day", "at least", "the near future"} {
		d := text.Analyze(ph)
		if _, end, ok := l.phrases.Match(d.Keys(), 0, len(d.Tokens)); !ok || end != len(d.Tokens) {
			t.Errorf("no phrase %q", ph)
		}
	}
}

// TestContsCoverStarts checks what the scan relies on when it passes over the word after "the"
// that ofTime turned away: every word that may open an expression has its shape in conts.
func TestContsCoverStarts(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for form, id := range l.all() {
		if l.entries[id].flags&fStart != 0 && (!l.conts.MayHave(form) || !l.entries[id].continues()) {
			t.Errorf("%q may open an expression, but ofTime would turn it away", form)
		}
	}
}

func TestAddWordErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		line []string
	}{
		{"no role", []string{"june"}},
		{"unknown role", []string{"june", "moon"}},
		{"month not a number", []string{"june", "month", "six"}},
		{"unknown unit", []string{"lustrum", "unit", "L"}},
		{"unknown season", []string{"monsoon", "season", "MO"}},
		{"phrase of a month", []string{"high summer", "month", "7"}},
		{"bad clock", []string{"teatime", "clock", "16h"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLexicons()
			if msg := l.addWord(tc.line); msg == "" {
				t.Errorf("addWord(%q) accepted a malformed line", tc.line)
			}
		})
	}
}

func TestHolidays(t *testing.T) {
	for _, tc := range []struct {
		rule string
		year int
		want date
	}{
		{"12-25", 2024, date{2024, 12, 25}},
		{"11 4 4", 2024, date{2024, 11, 28}},   // Thanksgiving
		{"05 -1 1", 2025, date{2025, 5, 26}},   // Memorial Day
		{"11 1 1 1", 2024, date{2024, 11, 5}},  // Election Day
		{"11 1 1 1", 2022, date{2022, 11, 8}},  // the first Monday is the 7th
		{"easter 0", 2025, date{2025, 4, 20}},  // Easter Sunday
		{"easter 0", 2024, date{2024, 3, 31}},  // Easter Sunday
		{"easter -2", 2000, date{2000, 4, 21}}, // Good Friday
	} {
		h, ok := parseHoliday([]string{"x", tc.rule})
		if !ok {
			t.Errorf("parseHoliday(%q) failed", tc.rule)
			continue
		}
		if got := h.in(tc.year); got != tc.want {
			t.Errorf("%q in %d = %v, want %v", tc.rule, tc.year, got, tc.want)
		}
	}
	for _, bad := range []string{"13-01", "easter x", "11 6 4", "11 4 8", "christmas"} {
		if _, ok := parseHoliday([]string{"x", bad}); ok {
			t.Errorf("parseHoliday(%q) accepted a bad rule", bad)
		}
	}
}

func TestParseNumber(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key  string
		want numTok
	}{
		{"2024", numTok{kind: nkInt, n: 2024, digits: 4}},
		{"1,500", numTok{kind: nkInt, n: 1500, digits: 4, comma: true}},
		{"9th", numTok{kind: nkOrdinal, n: 9}},
		{"22nd", numTok{kind: nkOrdinal, n: 22}},
		{"22th", numTok{}},
		{"1990s", numTok{kind: nkDecade, n: 1990, digits: 4}},
		{"80s", numTok{kind: nkDecade, n: 80, digits: 2}},
		{"2024-11-05", numTok{kind: nkDate, date: date{2024, 11, 5}}},
		{"2024-02-30", numTok{}},
		{"11/05/2024", numTok{kind: nkDate, date: date{2024, 11, 5}}},
		{"20/01/25", numTok{kind: nkDate, date: date{2025, 1, 20}}},
		{"1/2", numTok{kind: nkFraction, n: 1, den: 2}},
		{"10:35", numTok{kind: nkClock, clock: 10*60 + 35}},
		{"7:15pm", numTok{kind: nkClock, clock: 19*60 + 15, ampm: 'p'}},
		{"12am", numTok{kind: nkClock, clock: 0, ampm: 'a'}},
		{"25:00", numTok{}},
		{"30-year", numTok{kind: nkUnit, n: 30, unit: uYear}},
		{"8-month-old", numTok{kind: nkUnit, n: 8, unit: uMonth, old: true}},
		{"3-5", numTok{}},
		{"2.5", numTok{kind: nkHalf, n: 2}},
	} {
		if got := l.parseNumber(tc.key); got != tc.want {
			t.Errorf("parseNumber(%q) = %+v, want %+v", tc.key, got, tc.want)
		}
	}
}

func TestFormat(t *testing.T) {
	got := []string{
		fmtDuration(3, uYear), fmtDuration(2, uHour), fmtDuration(-1, uWeek), fmtDuration(2, uDecade),
		fmtDuration(1, uQuarter), fmtDuration(2, uFortnight), fmtHalfDuration(2, uYear), halfOf(uHour),
		fmtWeek(date{2025, 1, 15}, ""), fmtWeek(date{2024, 12, 30}, ""), fmtWeek(date{2025, 1, 18}, "-WE"),
		fmtTime(date{2025, 1, 21}, 15*60, 0), fmtTime(date{2025, 1, 21}, 0, 4), fmtPart(2024, "SU"),
		fmtMonthIndex(monthIndex(2025, 1) - 1), fmtYear(12000), decadeValue(1990), decadeValue(1800), decadeValue(2000),
	}
	want := []string{
		"P3Y", "PT2H", "PXW", "P20Y",
		"P1Q", "P4W", "P2Y6M", "PT30M",
		"2025-W03", "2025-W01", "2025-W03-WE",
		"2025-01-21T15:00", "2025-01-21TNI", "2024-SU",
		"2024-12", "", "199", "18", "200",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatted values (-want +got):\n%s", diff)
	}
}

// TestCalendar checks the calendar arithmetic against package time over four centuries.
func TestCalendar(t *testing.T) {
	start := time.Date(1850, 1, 1, 12, 0, 0, 0, time.UTC)
	for n := 0; n < 400*366; n += 3 {
		tm := start.AddDate(0, 0, n)
		a := dateOf(tm)
		if got, want := a.days(), floorDiv(int(tm.Unix()), 86400); got != want {
			t.Fatalf("%v.days() = %d, want %d", a, got, want)
		}
		if got := dateFromDays(a.days()); got != a {
			t.Fatalf("dateFromDays(%d) = %v, want %v", a.days(), got, a)
		}
		if got, want := a.weekday(), (int(tm.Weekday())+6)%7+1; got != want {
			t.Fatalf("%v.weekday() = %d, want %d", a, got, want)
		}
		wy, ww := tm.ISOWeek()
		if gy, gw := a.isoWeek(); gy != wy || gw != ww {
			t.Fatalf("%v.isoWeek() = %d-W%d, want %d-W%d", a, gy, gw, wy, ww)
		}
		if got, want := daysIn(a.y, a.m), time.Date(a.y, time.Month(a.m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
			t.Fatalf("daysIn(%d, %d) = %d, want %d", a.y, a.m, got, want)
		}
	}
}

// TestAppendPad checks appendPad's digit-by-digit path against strconv, which pads the rest.
func TestAppendPad(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 59, 99, 100, 999, 1000, 2025, 9999, 10000, 123456, -1, -42} {
		for width := 0; width <= 5; width++ {
			want := strconv.Itoa(n)
			for len(want) < width {
				want = "0" + want
			}
			if got := string(appendPad([]byte("x"), n, width)); got != "x"+want {
				t.Errorf("appendPad(%d, %d) = %q, want %q", n, width, got, "x"+want)
			}
		}
	}
}

// TestAfterNumber checks what numberExpr relies on when afterNumber turns away the token after
// a number: at every number of the texts, the rules of quantityExpr find what numberExpr does.
func TestAfterNumber(t *testing.T) {
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		string(news),
		"In 30 states, 3 p.m. and 3 pm, at 5 o'clock, 4 in the morning, 2 1/2 hours, 2.5 hours.",
		"On 9 of March, 9 March 2024, 20 more years, 3 times a year, 1990 troops, in 1500, 2024.",
	} {
		tg := taggingOf(s, l)
		d := tg.d
		for _, sent := range d.Sentences {
			tg.lo, tg.hi = sent.First, sent.Last
			for i := sent.First; i < sent.Last; i++ {
				nt := tg.number(i)
				if nt.kind != nkInt && nt.kind != nkHalf {
					continue
				}
				m, ok := tg.numberExpr(i)
				wm, wok := tg.quantityExpr(i, nt)
				if ok != wok || m != wm {
					t.Errorf("at %q: numberExpr gives %+v %v, quantityExpr %+v %v", d.Key(i), m, ok, wm, wok)
				}
			}
		}
	}
}

// TestLinkOnlyStart checks the scan's shortcut for a word that opens only phrases of several
// words or an anaphor (at, as, more, that): where wordMayStart turns it away and
// the old test, a word of time after it, would not, no expression starts there; and it lets
// nothing through that the old test turned away. Every such word is tried before every word of
// the lexicon and a few others.
func TestLinkOnlyStart(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	shortcut := func(w *word) bool { return w.flags&fLinkOnly != 0 }
	var firsts, nexts []string
	for form, id := range l.all() {
		if shortcut(&l.entries[id]) {
			firsts = append(firsts, form)
		}
		nexts = append(nexts, form)
	}
	nexts = append(nexts, "Day", "Eve", "1990", "'90s", "year-end", "same year", "same day", "same weeks", "the", ".", "\"")
	var b strings.Builder
	for _, f := range firsts {
		for _, n := range nexts {
			b.WriteString("He left " + f + " " + n + " 2 weeks later. ")
		}
	}
	tg := taggingOf(b.String(), l)
	d := tg.d
	tried, skipped := 0, 0
	for _, sent := range d.Sentences {
		tg.lo, tg.hi = sent.First, sent.Last
		for i := sent.First; i < sent.Last; i++ {
			if w, _ := tg.word(i); !shortcut(w) {
				continue
			}
			tried++
			old, now := tg.ofTime(i+1), tg.wordMayStart(i)
			if now && !old {
				t.Errorf("at %q %q: wordMayStart lets through what ofTime turned away", d.Key(i), d.Key(i+1))
			}
			if old && !now {
				skipped++
				if m, ok := tg.at(i); ok && m.end > i {
					t.Errorf("at %q %q: wordMayStart turns away %+v", d.Key(i), d.Key(i+1), m)
				}
			}
		}
	}
	if tried == 0 || skipped == 0 {
		t.Errorf("tried %d words, skipped %d: the test tests nothing", tried, skipped)
	}
}

// TestMarkOfTime checks what ofTime relies on when it turns away a mark not before a number:
// no expression starts at a word for which the scan asks ofTime before such a mark, so neither
// the scan's pass over both nor wordMayStart's "no" loses one. Every word of the lexicon is
// tried before every mark.
func TestMarkOfTime(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for form := range l.all() {
		for _, mark := range []string{`"`, "'", "’", "‘", "“", "”"} {
			for _, after := range []string{"90s", "1990", "year", "hello", "."} {
				b.WriteString("He left " + form + " " + mark + after + " and " + form + mark + " " + after + " then. ")
			}
		}
	}
	tg := taggingOf(b.String(), l)
	d := tg.d
	turned, kept := 0, 0
	for _, sent := range d.Sentences {
		tg.lo, tg.hi = sent.First, sent.Last
		for i := sent.First; i+1 < sent.Last; i++ {
			// The words for which the scan asks ofTime: those not alone, and "the" and "a" in
			// wordMayStart.
			w, _ := tg.word(i)
			asks := !l.alone.MayHave(d.Key(i)) || w.flags&fNeedsNext != 0 && w.flags&fLinkOnly == 0
			if tg.kind(i) != text.Word || tg.is(i, text.Hyphen) || !asks || tg.kind(i+1) != text.Mark {
				continue
			}
			if tg.ofTime(i + 1) {
				kept++
				continue
			}
			turned++
			if m, ok := tg.at(i); ok && m.end > i {
				t.Errorf("at %q %q: ofTime turns away the mark after %+v", d.Key(i), d.TokenText(i+1), m)
			}
		}
	}
	if turned == 0 || kept == 0 {
		t.Errorf("%d marks turned away, %d kept: the test tests nothing", turned, kept)
	}
}

// TestCountGoesOn checks wordExpr's shortcut at a number word (five, several, a): where
// countGoesOn turns away the token after it, durationExpr, yearWords and timesExpr all fail.
// Every such word is tried before every word of the lexicon, in both cases, and before words,
// numbers, marks and punctuation outside it, each followed by what would make an expression of
// a unit (a week ago, times a year, a year).
func TestCountGoesOn(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var firsts, nexts []string
	for form, id := range l.all() {
		if w := &l.entries[id]; w.num > 0 || w.flags&fFuzzy != 0 {
			firsts = append(firsts, form)
		}
		nexts = append(nexts, form, strings.ToUpper(form[:1])+form[1:])
	}
	nexts = append(nexts, "times", "Times", "per", "newsrooms", "twenty-five", "ninety-six", "five-year",
		"week-long", "-", "--", "—", ".", ",", "1/2", "1990", "3", "'", "\"", "’", "(", "$", "%")
	var b strings.Builder
	for _, f := range firsts {
		for _, n := range nexts {
			for _, after := range []string{"a week ago", "times a year", "years"} {
				b.WriteString("He left " + f + " " + n + " " + after + ". ")
			}
		}
		b.WriteString("He left " + f + ". ") // the sentence's end after it
	}
	tg := taggingOf(b.String(), l)
	d := tg.d
	tried, skipped := 0, 0
	for si, sent := range d.Sentences {
		tg.lo, tg.hi, tg.sent = sent.First, sent.Last, si
		for i := sent.First; i < sent.Last; i++ {
			w, ok := tg.word(i)
			if !ok || w.num <= 0 && w.flags&fFuzzy == 0 {
				continue
			}
			tried++
			if _, nextOK := tg.word(i + 1); tg.countGoesOn(i+1, nextOK) {
				continue
			}
			skipped++
			for name, rule := range map[string]func(int) (match, bool){
				"durationExpr": tg.durationExpr, "yearWords": tg.yearWords, "timesExpr": tg.timesExpr,
			} {
				if m, ok := rule(i); ok {
					t.Errorf("at %q %q: countGoesOn turns away %s's %+v", d.Key(i), d.TokenText(i+1), name, m)
				}
			}
		}
	}
	if tried == 0 || skipped == 0 {
		t.Errorf("tried %d words, skipped %d: the test tests nothing", tried, skipped)
	}
}

// TestCompoundHead checks compoundExpr's shortcut for a hyphenated word whose head has no entry
// (well-known): it answers as the old code did for every word of the lexicon as a head before
// the tails that compounds read, and for common heads before those tails and every word of the
// lexicon.
func TestCompoundHead(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	heads := []string{"post", "pre", "year", "mid", "early", "late", "well", "so", "x", "Post", "YEAR", "three", "a"}
	tails := []string{"1990s", "1996", "1996s", "long", "year-long", "years-long", "quarter", "half", "earlier",
		"ago", "known", "November", "afternoon", "afternoons", "week", "weeks", "day", "x", "", "1990-long"}
	var b strings.Builder
	write := func(h, tl string) {
		for _, after := range []string{"third quarter", "period", "results"} {
			b.WriteString("He saw " + h + "-" + tl + " " + after + ". ")
		}
	}
	for form := range l.all() {
		for _, tl := range tails {
			write(form, tl)
		}
		for _, h := range heads {
			write(h, form)
		}
	}
	for _, h := range heads {
		for _, tl := range tails {
			write(h, tl)
		}
	}
	d := text.Analyze(b.String())
	for _, dct := range []date{{2025, 1, 22}, {}} {
		tg := tagging{d: d, lx: l, hasDCT: dct.y != 0, dct: dct, quarter: -1, ids: make([]int32, len(d.Tokens))}
		tried, found := 0, 0
		for si, sent := range d.Sentences {
			tg.lo, tg.hi, tg.sent = sent.First, sent.Last, si
			for i := sent.First; i < sent.Last; i++ {
				if !tg.is(i, text.Hyphen) || tg.kind(i) != text.Word {
					continue
				}
				tried++
				m, ok := tg.compoundExpr(i)
				om, ook := oldCompoundExpr(&tg, i)
				if ok != ook || m != om {
					t.Errorf("at %q: compoundExpr gives %+v %v, the old code %+v %v", d.Key(i), m, ok, om, ook)
				}
				if ok {
					found++
				}
			}
		}
		if tried == 0 || found == 0 {
			t.Errorf("tried %d compounds, found %d: the test tests nothing", tried, found)
		}
	}
}

// oldCompoundExpr is compoundExpr as it was before it turned away heads with no entry at once,
// for TestCompoundHead.
func oldCompoundExpr(t *tagging, i int) (match, bool) {
	k := t.key(i)
	head, tail, ok := strings.Cut(k, "-")
	if !ok {
		return match{}, false
	}
	hw := t.lx.lookup(head)
	tw := t.lx.lookup(tail)
	m := match{end: i + 1, typ: Date}
	switch {
	case t.lx.numberWord(head) > 0 && head != "a" && head != "an":
		u, rest, _ := strings.Cut(tail, "-")
		uw := t.lx.lookup(u)
		if uw.unit == noUnit || uw.flags&fPlural != 0 || rest != "" && rest != "long" {
			return match{}, false
		}
		m.typ, m.val = Duration, fmtDuration(t.lx.numberWord(head), uw.unit)
		return m, true
	case hw.ord > 0 && hw.ord <= 4 && tail == "quarter", hw.ord > 0 && hw.ord <= 2 && tail == "half":
		part := "Q"
		if tail == "half" {
			part = "H"
		}
		return t.yearPart(i, i+1, int(hw.ord), part+strconv.Itoa(int(hw.ord)))
	case head == "year" && (tail == "earlier" || tail == "ago"):
		j := i + 1
		if ow, _ := t.word(j); ow.ord > 0 && ow.ord <= 4 && t.key(j+1) == "quarter" {
			y := t.dct.y
			if q, ok := t.recentQuarter(); ok {
				y = q / 4
			} else if !t.hasDCT {
				return match{end: j + 2, typ: Date, shift: true}, true
			}
			return match{end: j + 2, typ: Date, val: fmtPart(y-1, "Q"+strconv.Itoa(int(ow.ord))), shift: true}, true
		}
		if u, _ := t.unitAt(j); u == uQuarter || t.key(j) == "period" {
			if _, ok := t.recentQuarter(); ok || u == uQuarter {
				m.end = j + 1
			}
		}
		m.val, m.shift = t.shifted(1, uYear, "earlier", false), true
		return m, true
	case hw.unit != noUnit && hw.flags&fPlural == 0 && tail == "long":
		m.typ, m.val = Duration, fmtDuration(1, hw.unit)
		return m, true
	case hw.pos != "" && (head == "mid" || head == "early" || head == "late"):
		return t.posCompound(i, hw.pos, tail, tw)
	case head == "post" || head == "pre":
		if n, l := digitsAt(tail); l == 4 && l == len(tail) {
			m.val, m.mod = fmtYear(n), "AFTER"
			if head == "pre" {
				m.mod = "BEFORE"
			}
			return m, true
		}
	}
	return match{}, false
}

// TestRuleSet checks wordExpr's rule mask against the tests it replaced, kept here as
// oldWordExpr: every word of the lexicon, lower-case and capitalised, is tried before every
// word of the lexicon and a few other tokens, and both must find the same expression.
func TestRuleSet(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var firsts, nexts []string
	for form := range l.all() {
		firsts = append(firsts, form, strings.ToUpper(form[:1])+form[1:])
		nexts = append(nexts, form)
	}
	nexts = append(nexts, "Day", "Eve", "1990", "3", "'90s", "year-end", "five-year", "times", "newsrooms", ".", "\"")
	if testing.Short() {
		nexts = nexts[len(nexts)-40:]
	}
	var b strings.Builder
	for _, f := range firsts {
		for _, n := range nexts {
			b.WriteString("He left " + f + " " + n + " 2 weeks later. ")
		}
	}
	tg := taggingOf(b.String(), l)
	d := tg.d
	tried, found := 0, 0
	for si, sent := range d.Sentences {
		tg.lo, tg.hi, tg.sent = sent.First, sent.Last, si
		for i := sent.First; i < sent.Last; i++ {
			w, ok := tg.word(i)
			if !ok || d.Tokens[i].Kind != text.Word {
				continue
			}
			tried++
			m, ok := tg.wordExpr(i, w)
			om, ook := tg.oldWordExpr(i, w)
			if ok != ook || m != om {
				t.Errorf("at %q %q: wordExpr gives %+v %v, the old tests %+v %v", d.TokenText(i), d.TokenText(i+1), m, ok, om, ook)
			}
			if ok {
				found++
			}
		}
	}
	if tried == 0 || found == 0 {
		t.Errorf("tried %d words, found %d expressions: the test tests nothing", tried, found)
	}
}

// oldWordExpr is wordExpr as it was before the rule mask, for TestRuleSet.
func (t *tagging) oldWordExpr(i int, w *word) (match, bool) {
	var b best
	nw, nextOK := t.word(i + 1)
	if w.flags&fPhraseOne != 0 || w.flags&fPhrase != 0 && nw.flags&fPhraseNext != 0 {
		b.try(t.phraseExpr(i))
	}
	if w.flags&fDet != 0 && (nextOK || t.kind(i+1) == text.Number || t.kind(i+1) == text.Mark || t.is(i+1, text.Hyphen)) {
		b.try(t.theExpr(i))
	}
	if w.pos != "" {
		b.try(t.posExpr(i, w))
	}
	if w.rel != noRel {
		b.try(t.relExpr(i, w))
	}
	if w.flags&fEvery != 0 {
		b.try(t.everyExpr(i))
	}
	if (w.num > 0 || w.flags&fFuzzy != 0) && t.countGoesOn(i+1, nextOK) {
		b.try(t.durationExpr(i))
		b.try(t.yearWords(i))
		b.try(t.timesExpr(i))
	}
	if w.month > 0 {
		b.try(t.monthExpr(i))
	}
	if w.weekday > 0 {
		b.try(t.weekdayExpr(i))
	}
	if w.flags&fDay != 0 {
		b.try(t.dayWordExpr(i, w))
	}
	if w.season > 0 {
		b.try(t.seasonExpr(i, w))
	}
	if w.ref != "" {
		b.try(match{end: i + 1, typ: Date, val: w.ref}, true)
	}
	if w.set != "" {
		b.try(t.setWord(i, w))
	}
	if w.flags&fFiscal != 0 {
		b.try(t.fiscalExpr(i))
	}
	if w.clock > 0 {
		b.try(t.clockExpr(i, i+1, int(w.clock), true))
	}
	if w.ord > 0 {
		b.try(t.ordExpr(i, int(w.ord)))
	}
	if w.flags&fTimes != 0 {
		b.try(t.timesExpr(i))
	}
	if w.quarter > 0 && t.is(i, text.Upper) {
		b.try(t.yearPart(i, i+1, int(w.quarter), "Q"+strconv.Itoa(int(w.quarter))))
	}
	if w.flags&fHalf != 0 {
		b.try(t.durationExpr(i))
	}
	if w.flags&fAnaphor != 0 {
		b.try(t.anaphorExpr(i))
	}
	if w.unit != noUnit && w.flags&fPlural != 0 {
		b.try(t.bareUnits(i, w))
	}
	return b.m, b.ok
}

// TestPolicyShortcut checks weekdayPolicy, monthPolicy and seasonPolicy against policy: for every
// creation date of two years, and none, and at every token of sentences of each tense, every
// weekday, month and season resolves alike with either.
func TestPolicyShortcut(t *testing.T) {
	l, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze("He said it on Tuesday. They will meet by March. The trial opens in spring. " +
		"Elections in May, officials had said. It was due until Friday. She is to leave in the fall. " +
		"Talks resumed, and will end in June. Prices rose; the index fell Monday.")
	tg := tagging{d: d, lx: l, quarter: -1, ids: make([]int32, len(d.Tokens))}
	dcts := []date{{}}
	for day := (date{2024, 1, 1}).days(); day < (date{2026, 1, 1}).days(); day++ {
		dcts = append(dcts, dateFromDays(day))
	}
	shortcuts := 0
	for _, dct := range dcts {
		tg.dct, tg.hasDCT = dct, dct != date{}
		for si, sent := range d.Sentences {
			tg.lo, tg.hi, tg.sent = sent.First, sent.Last, si
			for i := sent.First; i < sent.Last; i++ {
				for wd := 1; wd <= 7; wd++ {
					got, gok := tg.resolveWeekday(wd, tg.weekdayPolicy(wd, i, i+1))
					want, wok := tg.resolveWeekday(wd, tg.policy(i, i+1, cycWeekday))
					if got != want || gok != wok {
						t.Fatalf("weekday %d at %q, created %v: %v, policy gives %v", wd, d.TokenText(i), dct, got, want)
					}
					if tg.hasDCT && wd == dct.weekday() {
						shortcuts++
					}
				}
				for m := 1; m <= 12; m++ {
					got, gok := tg.resolveMonth(m, tg.monthPolicy(m, i, i+1))
					want, wok := tg.resolveMonth(m, tg.policy(i, i+1, cycMonth))
					if got != want || gok != wok {
						t.Fatalf("month %d at %q, created %v: %v, policy gives %v", m, d.TokenText(i), dct, got, want)
					}
				}
				for s := 1; s <= 4; s++ {
					got, gok := tg.resolveSeason(s, tg.seasonPolicy(s, i, i+1))
					want, wok := tg.resolveSeason(s, tg.policy(i, i+1, cycMonth))
					if got != want || gok != wok {
						t.Fatalf("season %d at %q, created %v: %v, policy gives %v", s, d.TokenText(i), dct, got, want)
					}
				}
			}
		}
	}
	if shortcuts == 0 {
		t.Error("no shortcut taken: the test tests nothing")
	}
}

// taggingOf returns a tagging of s analysed, with lexicons l and the creation date
// 2025-01-22, as the tests of the scan's shortcuts read one.
func taggingOf(s string, l *lexicons) tagging {
	d := text.Analyze(s)
	return tagging{d: d, lx: l, hasDCT: true, dct: date{2025, 1, 22}, quarter: -1, ids: make([]int32, len(d.Tokens))}
}
