package timex

// The rules of calendar expressions: years, decades, months, dates, weekdays, days, seasons,
// quarters and holidays.

import (
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// decadeValue writes the decade of its first year (199 for 1990, 200 for the 2000s) or, for a
// round hundred before 2000, the century (18 for the 1800s).
func decadeValue(y int) string {
	if y%100 == 0 && y < 2000 {
		return fmtCentury(y)
	}
	return fmtDecade(y)
}

// apostropheDecade reads '90s and ’80s.
func (t *tagging) apostropheDecade(i int) (match, bool) {
	if s := t.d.TokenText(i); s != "'" && s != "’" || t.is(i+1, text.SpaceBefore) {
		return match{}, false
	}
	nt := t.number(i + 1)
	if nt.kind != nkDecade || nt.digits != 2 {
		return match{}, false
	}
	return match{end: i + 2, typ: Date, val: decadeValue(1900 + nt.n)}, true
}

// yearExpr reads a year: 1990, 2024. A four-digit number is a year unless money, a share or a
// count of things comes with it.
func (t *tagging) yearExpr(i int) (match, bool) {
	y, ok := t.yearAt(i)
	if !ok {
		return match{}, false
	}
	prev := t.key(i - 1)
	if t.kind(i-1) == text.Symbol || t.kind(i-1) == text.Number || t.lx.numberWord(prev) > 0 && prev != "a" && prev != "one" {
		return match{}, false
	}
	if (y < 1500 || y > 2100) && !t.prep(i-1) {
		return match{}, false
	}
	switch next := t.key(i + 1); {
	case next == "%" || next == "percent" || next == "per" || next == "cent":
		return match{}, false
	case t.kind(i+1) == text.Number:
		return match{}, false
	default:
		if u, _ := t.unitAt(i + 1); u != noUnit && u != uQuarter {
			return match{}, false
		}
		if t.countNoun(i+1) && !t.prep(i-1) && prev != "the" && prev != "'s" {
			return match{}, false
		}
		if t.verbish(i-1) && t.countWord(i+1) {
			return match{}, false // employs 1500 people
		}
	}
	return match{end: i + 1, typ: Date, val: fmtYear(y)}, true
}

// countNoun reports whether word j looks like a plural noun counting things after a number
// (2000 troops): lower-case, ending in s, not a verb of the third person after a year.
func (t *tagging) countNoun(j int) bool {
	if t.kind(j) != text.Word || !t.is(j, text.Lower) {
		return false
	}
	k := t.key(j)
	return len(k) > 3 && k[len(k)-1] == 's' && k[len(k)-2] != 's' && k != "was" && k != "has" && k != "is"
}

// verbish reports whether word j looks like a verb that may take a count of things: a tense
// cue, or a lower-case word in -s that is no determiner (employs 1500 people).
func (t *tagging) verbish(j int) bool {
	if t.kind(j) != text.Word || !t.is(j, text.Lower) {
		return false
	}
	if t.cueAt(j) != noTense {
		return true
	}
	k := t.key(j)
	w, _ := t.word(j)
	return len(k) > 3 && k[len(k)-1] == 's' && w.flags&(fPron|fPrep|fGlue) == 0
}

// countWord reports whether word j may be what a number before it counts: a lower-case word
// that is no preposition, function word or verb cue.
func (t *tagging) countWord(j int) bool {
	if t.kind(j) != text.Word || !t.is(j, text.Lower) || t.prep(j) {
		return false
	}
	if w, _ := t.word(j); w.flags&(fGlue|fPron) != 0 {
		return false
	}
	return t.cueAt(j) == noTense
}

// dayMonthExpr reads 9 January, 9th of January 2024.
func (t *tagging) dayMonthExpr(i int) (match, bool) {
	d, ok := t.dayNumAt(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	if t.key(j) == "of" {
		j++
	}
	m := t.month(j)
	if m == 0 {
		return match{}, false
	}
	return t.datePart(i, j+1, m, d)
}

// datePart finishes a date whose month m and day d end before token j: an optional year,
// else the year the tense asks for.
func (t *tagging) datePart(i, j, m, d int) (match, bool) {
	k := j
	if t.comma(k) {
		k++
	}
	if y, ok := t.yearAt(k); ok {
		a := date{y, m, d}
		if !a.valid() {
			return match{}, false
		}
		return match{end: k + 1, typ: Date, val: fmtDate(a), day: a, dayish: true}, true
	}
	if d > daysIn(2024, m) {
		return match{}, false
	}
	res := match{end: j, typ: Date, dayish: true}
	if a, ok := t.resolveMonthDay(m, d, t.policy(i, j, cycDate)); ok {
		res.val, res.day = fmtDate(a), a
	}
	return res, true
}

// monthExpr reads expressions starting with a month: Jan. 9, January 9th, 2024, September
// 2022, August last year, and a month alone.
func (t *tagging) monthExpr(i int) (match, bool) {
	m := t.month(i)
	if m == 0 {
		return match{}, false
	}
	j := i + 1
	if d, ok := t.dayNumAt(j); ok {
		return t.datePart(i, j+1, m, d)
	}
	k := j
	if t.comma(k) || t.key(k) == "of" {
		k++
	}
	if y, ok := t.yearAt(k); ok {
		return match{end: k + 1, typ: Date, val: fmtMonth(y, m)}, true
	}
	if yw, ok := t.yearWords(k); ok {
		y, _ := strconv.Atoi(yw.val)
		return match{end: yw.end, typ: Date, val: fmtMonth(y, m)}, true
	}
	if k = j; t.key(k) == "of" {
		k++
	}
	if w, ok := t.word(k); ok && (w.rel == relLast || w.rel == relThis || w.rel == relNext) && t.key(k+1) == "year" {
		res := match{end: k + 2, typ: Date}
		if t.hasDCT {
			y := t.dct.y
			switch w.rel {
			case relLast:
				y--
			case relNext:
				y++
			}
			res.val = fmtMonth(y, m)
		}
		return res, true
	}
	w, _ := t.word(i)
	prev := t.key(i - 1)
	if w.flags&fCue != 0 && !t.prep(i-1) && !(prev == "the" && t.is(j, text.Lower) && !t.prep(j)) {
		return match{}, false
	}
	if w.flags&fAbbr != 0 && !t.is(i, text.Abbrev) {
		return match{}, false
	}
	if t.kind(j) == text.Word && t.is(j, text.Upper) && !t.prep(i-1) {
		return match{}, false // June Carter, August Strindberg
	}
	res := match{end: j, typ: Date}
	if y, ok := t.resolveMonth(m, t.monthPolicy(m, i, j)); ok {
		res.val = fmtMonth(y, m)
	}
	return res, true
}

// weekdayExpr reads expressions starting with a weekday: Tuesday, Tuesday night, Monday, Oct.
// 26, and Mondays (a set).
func (t *tagging) weekdayExpr(i int) (match, bool) {
	w, _ := t.word(i)
	if !t.is(i, text.Upper) {
		return match{}, false
	}
	if w.flags&fPlural != 0 {
		v := "XXXX-WXX-" + strconv.Itoa(int(w.weekday))
		return match{end: i + 1, typ: Set, val: v}, true
	}
	if p, ok := t.word(i + 1); ok && p.pod > 0 && p.flags&fPlural != 0 {
		v := "XXXX-WXX-" + strconv.Itoa(int(w.weekday)) + "T" + podCodes[p.pod]
		return match{end: i + 2, typ: Set, val: v}, true
	}
	m, ok := t.weekdayDay(i, w)
	if !ok {
		return m, false
	}
	return t.withPod(m), true
}

// weekdayDay reads a weekday, possibly with the date it falls on: Monday, Oct. 26.
func (t *tagging) weekdayDay(i int, w *word) (match, bool) {
	if !t.capOK(i, w) {
		return match{}, false
	}
	k := i + 1
	if t.comma(k) {
		k++
	}
	if m, ok := t.dayAt(k); ok && t.kind(k) != text.Word || ok && t.month(k) > 0 {
		return m, true
	}
	if w.flags&fAbbr != 0 {
		return match{}, false // Sun. alone is more often the newspaper
	}
	m := match{end: i + 1, typ: Date, dayish: true}
	pol := back // Friday's closing price, Wednesday's ruling
	if t.key(i+1) != "'s" {
		pol = t.weekdayPolicy(int(w.weekday), i, i+1)
	}
	if a, ok := t.resolveWeekday(int(w.weekday), pol); ok {
		m.val, m.day = fmtDate(a), a
	}
	return m, true
}

// withPod extends a day with a part of the day after it: Tuesday night, yesterday morning.
func (t *tagging) withPod(m match) match {
	p, ok := t.word(m.end)
	if !ok || p.pod == 0 || p.flags&fPlural != 0 || !m.dayish {
		return m
	}
	m.end++
	m.typ = Time
	if m.val != "" {
		m.val = fmtTime(m.day, 0, int(p.pod))
	}
	m.dayish = false
	return m
}

// dayWordExpr reads today, yesterday, tomorrow and tonight, with a part of the day.
func (t *tagging) dayWordExpr(i int, w *word) (match, bool) {
	m, ok := t.dayWordDay(i, w)
	if !ok {
		return m, false
	}
	if w.pod > 0 {
		m.typ = Time
		if m.val != "" {
			m.val = fmtTime(m.day, 0, int(w.pod))
		}
		m.dayish = false
		return m, true
	}
	return t.withPod(m), true
}

func (t *tagging) dayWordDay(i int, w *word) (match, bool) {
	m := match{end: i + 1, typ: Date, dayish: true}
	if t.hasDCT {
		m.day = t.dct.addDays(int(w.day))
		m.val = fmtDate(m.day)
	}
	return m, true
}

// seasonExpr reads a season: summer 2024, (in) the fall, and seasons after a direction word.
func (t *tagging) seasonExpr(i int, w *word) (match, bool) {
	code := seasonCodes[w.season]
	k := i + 1
	if t.key(k) == "of" {
		k++
	}
	if y, ok := t.yearAt(k); ok {
		return match{end: k + 1, typ: Date, val: fmtPart(y, code)}, true
	}
	prev := t.key(i - 1)
	switch {
	case prev == "the" && (t.prep(i-2) || t.key(i-2) == "over" || t.key(i-2) == "into") && t.key(i+1) != "of":
	case w.flags&fCue == 0 && (t.prep(i-1) || prev == "over") && prev != "and" && prev != "or" && prev != "to":
	case prev == "early" || prev == "late" || prev == "mid":
	default:
		return match{}, false
	}
	if t.is(i+1, text.Upper) && t.kind(i+1) == text.Word {
		return match{}, false // the Summer Olympics
	}
	m := match{end: i + 1, typ: Date}
	if y, ok := t.resolveSeason(int(w.season), t.seasonPolicy(int(w.season), i, i+1)); ok {
		m.val = fmtPart(y, code)
	}
	return m, true
}

// fiscalExpr reads fiscal 1989 and fiscal year 1990; fiscal quarters go through ordExpr.
func (t *tagging) fiscalExpr(i int) (match, bool) {
	j := i + 1
	if t.key(j) == "year" {
		j++
	}
	if y, ok := t.yearAt(j); ok {
		return match{end: j + 1, typ: Date, val: fmtYear(y)}, true
	}
	if w, ok := t.word(i + 1); ok && w.ord > 0 {
		return t.ordExpr(i+1, int(w.ord))
	}
	if nt := t.number(i + 1); nt.kind == nkOrdinal {
		return t.ordExpr(i+1, nt.n)
	}
	return match{}, false
}

// ordExpr reads expressions starting with an ordinal: the third quarter (of 1990), the first
// half, the first nine months, the 20th century.
func (t *tagging) ordExpr(i, n int) (match, bool) {
	j := i + 1
	switch k := t.key(j); {
	case k == "quarter" && n <= 4, k == "half" && n <= 2:
		part := "Q" + strconv.Itoa(n)
		if k == "half" {
			part = "H" + strconv.Itoa(n)
		}
		return t.yearPart(i, j+1, n, part)
	case k == "century":
		if n < 1 || n > 30 {
			return match{}, false
		}
		return match{end: j + 1, typ: Date, val: fmtCentury((n - 1) * 100)}, true
	}
	if _, ok := t.word(i); !ok {
		return match{}, false
	}
	if q, end, _, _, ok := t.quantity(j); ok && q > 1 {
		if u, _ := t.unitAt(end); u != noUnit {
			return match{end: end + 1, typ: Duration, val: fmtDuration(q, u)}, true
		}
	}
	return match{}, false
}

// yearPart finishes a quarter or half whose name ends before token j: of 1990, of last year,
// or the year the tense asks for.
func (t *tagging) yearPart(i, j, n int, part string) (match, bool) {
	k := j
	if t.key(k) == "of" {
		k++ // the third quarter of 1990
	}
	if y, ok := t.yearAt(k); ok && (k > j || t.is(i, text.HasDigit)) { // Q3 1990
		return match{end: k + 1, typ: Date, val: fmtPart(y, part)}, true
	}
	if end, y, ok := t.ofYear(j); ok {
		m := match{end: end, typ: Date}
		if y >= 0 {
			m.val = fmtPart(y, part)
		}
		return m, true
	}
	m := match{end: j, typ: Date}
	if !t.hasDCT {
		return m, true
	}
	y := t.dct.y
	if part[0] == 'Q' {
		y, _ = t.resolveQuarter(n, back) // the quarters of a report are this year's or past
	}
	m.val = fmtPart(y, part)
	return m, true
}

// ofYear reads "of the year", "of this year", "of last year" or "of next year" at token j, and
// returns the token after it and the year (-1 without a creation date).
func (t *tagging) ofYear(j int) (int, int, bool) {
	if t.key(j) != "of" || t.key(j+2) != "year" {
		return 0, 0, false
	}
	step := 0
	switch t.key(j + 1) {
	case "the", "this":
	case "last":
		step = -1
	case "next":
		step = 1
	default:
		return 0, 0, false
	}
	if !t.hasDCT {
		return j + 3, -1, true
	}
	return j + 3, t.dct.y + step, true
}

// holidayExpr reads a named day ending before token j, with an optional year.
func (t *tagging) holidayExpr(i, j int, h holiday) (match, bool) {
	if !t.is(i, text.Upper) {
		return match{}, false
	}
	if y, ok := t.yearAt(j); ok {
		a := h.in(y)
		return match{end: j + 1, typ: Date, val: fmtDate(a), day: a, dayish: true}, true
	}
	m := match{end: j, typ: Date, dayish: true}
	if a, ok := t.resolveHoliday(h, t.policy(i, j, cycDate)); ok {
		m.val, m.day = fmtDate(a), a
	}
	return m, true
}

// yearWords reads a year in words: nineteen ninety-six, two thousand and one (after "the
// year").
func (t *tagging) yearWords(i int) (match, bool) {
	century := t.lx.numberWord(t.key(i))
	if century < 11 || century > 20 || t.kind(i+1) != text.Word {
		return match{}, false
	}
	rest := t.lx.numberWord(t.key(i + 1))
	end := i + 2
	if rest >= 20 && rest%10 == 0 && rest < 100 {
		if ones := t.lx.numberWord(t.key(end)); ones > 0 && ones < 10 {
			rest += ones
			end++
		}
	}
	if rest < 10 || rest > 99 {
		return match{}, false
	}
	return match{end: end, typ: Date, val: fmtYear(century*100 + rest)}, true
}

// compoundExpr reads hyphenated words: two-year, third-quarter, year-earlier, mid-1990s,
// late-November, post-1959, week-long.
func (t *tagging) compoundExpr(i int) (match, bool) {
	k := t.key(i)
	head, tail, ok := strings.Cut(k, "-")
	if !ok {
		return match{}, false
	}
	// Every case but post- and pre- reads the head's entry: most compounds (well-known,
	// so-called) have none, and their tail is not looked up.
	hw := t.lx.lookup(head)
	if hw == &t.lx.entries[0] && head != "post" && head != "pre" {
		return match{}, false
	}
	m := match{end: i + 1, typ: Date}
	switch {
	case hw.num > 0 && hw.flags&fPlural == 0 && head != "a" && head != "an":
		// numberWord(head), as head has no hyphen.
		u, rest, _ := strings.Cut(tail, "-")
		uw := t.lx.lookup(u)
		if uw.unit == noUnit || uw.flags&fPlural != 0 || rest != "" && rest != "long" {
			return match{}, false
		}
		m.typ, m.val = Duration, fmtDuration(int(hw.num), uw.unit)
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
		return t.posCompound(i, hw.pos, tail, t.lx.lookup(tail))
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

// posCompound reads mid-1996, mid-1990s, late-November, mid-afternoon.
func (t *tagging) posCompound(i int, pos, tail string, tw *word) (match, bool) {
	m := match{end: i + 1, typ: Date, mod: pos}
	if n, l := digitsAt(tail); l == 4 {
		switch tail[l:] {
		case "":
			m.val = fmtYear(n)
		case "s":
			m.val = decadeValue(n)
		default:
			return match{}, false
		}
		return m, true
	}
	switch {
	case tw.month > 0:
		if y, ok := t.resolveMonth(int(tw.month), t.monthPolicy(int(tw.month), i, i+1)); ok {
			m.val = fmtMonth(y, int(tw.month))
		}
		return m, true
	case tw.pod > 0 && tw.flags&fPlural == 0:
		m.typ, m.mod = Time, ""
		if t.hasDCT {
			m.val = fmtTime(t.dct, 0, int(tw.pod))
		}
		return m, true
	}
	return match{}, false
}
