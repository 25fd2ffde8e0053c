package timex

// The rules of quantities of time and recurrences: three years, two weeks ago, a year earlier,
// every Monday, twice a week, daily; and the approximators before them.

import (
	"strconv"

	"github.com/whosaid/whosaid/internal/text"
)

// bareUnits reads a plural unit with no number after "for" or "within": for years, within
// weeks.
func (t *tagging) bareUnits(i int, w *word) (match, bool) {
	switch t.key(i - 1) {
	case "for", "within":
		if !t.is(i, text.Lower) || t.key(i+1) == "of" {
			return match{}, false
		}
		return match{end: i + 1, typ: Duration, val: fmtDuration(-1, w.unit)}, true
	}
	return match{}, false
}

// setWord reads daily, weekly, annually.
func (t *tagging) setWord(i int, w *word) (match, bool) {
	if t.key(i-1) == "average" {
		return match{}, false // the average daily volume
	}
	if nw, _ := t.word(i + 1); w.flags&fAdverb != 0 && t.kind(i+1) == text.Word && nw.flags&fGlue == 0 {
		return match{}, false // a quarterly dividend, the Communist Party daily Granma
	}
	return match{end: i + 1, typ: Set, val: w.set}, true
}

// quantity reads a number of units: 3, three, twenty-five, a, a few, several, a couple of, 2
// 1/2. It returns the number (-1 for a vague one), the token after it, whether it was vague,
// and whether a half follows. It keeps its last answer: durationExpr and timesExpr both ask
// it of every number word.
func (t *tagging) quantity(i int) (n, end int, vague, half, ok bool) {
	if q := &t.lastQty; q.at != i+1 || q.sent != t.sent { // the answer depends on the sentence's bounds
		q.n, q.end, q.vague, q.half, q.ok = t.readQuantity(i)
		q.at, q.sent = i+1, t.sent
	}
	q := &t.lastQty
	return q.n, q.end, q.vague, q.half, q.ok
}

// A quantityRead is an answer of quantity, for token at-1 of sentence sent.
type quantityRead struct {
	at, sent, n, end int
	vague, half, ok  bool
}

// readQuantity is quantity, not kept.
func (t *tagging) readQuantity(i int) (n, end int, vague, half, ok bool) {
	switch t.kind(i) {
	case text.Number:
		nt := t.number(i)
		switch nt.kind {
		case nkInt:
			if t.key(i+1) == "1/2" && t.number(i+1).kind == nkFraction {
				return nt.n, i + 2, false, true, true
			}
			return nt.n, i + 1, false, false, true
		case nkHalf:
			return nt.n, i + 1, false, true, true
		}
		return 0, 0, false, false, false
	case text.Word:
	default:
		return 0, 0, false, false, false
	}
	k := t.key(i)
	switch k {
	case "a", "an":
		switch t.key(i + 1) {
		case "few":
			return -1, i + 2, true, false, true
		case "couple":
			if t.key(i+2) == "of" {
				return 2, i + 3, false, false, true
			}
			return 2, i + 2, false, false, true
		case "dozen":
			return 12, i + 2, false, false, true
		case "half":
			return 0, i + 2, false, true, true
		case "hundred", "thousand":
			return t.numberWords(i+1, 1)
		}
		return 1, i + 1, false, false, true
	case "half":
		if a := t.key(i + 1); a == "a" || a == "an" {
			return 0, i + 2, false, true, true
		}
		return 0, 0, false, false, false
	case "couple":
		if t.key(i+1) == "of" {
			return 2, i + 2, false, false, true // the next couple of years
		}
	case "dozens", "hundreds", "thousands":
		if t.key(i+1) == "of" {
			return -1, i + 2, true, false, true
		}
		return 0, 0, false, false, false
	}
	if w, _ := t.word(i); w.flags&fFuzzy != 0 {
		return -1, i + 1, true, false, true
	}
	return t.numberWords(i, 0)
}

// numberWords reads a cardinal in words starting at token i: one hundred and twenty, twenty
// four, forty-five. cur is a value already read (1 for the "a" of "a hundred").
func (t *tagging) numberWords(i, cur int) (n, end int, vague, half, ok bool) {
	total, j := 0, i
	for ; j < t.hi; j++ {
		k := t.key(j)
		if k == "and" && j > i && t.lx.numberWord(t.key(j+1)) > 0 && t.lx.numberWord(t.key(j-1)) >= 100 {
			continue
		}
		v := t.lx.numberWord(k)
		if v == 0 || (k == "a" || k == "an") || t.kind(j) != text.Word {
			break
		}
		switch {
		case v == 100:
			cur = max(cur, 1) * 100
		case v == 1000:
			total += max(cur, 1) * 1000
			cur = 0
		case cur%100 == 0 || cur%100 >= 20 && cur%10 == 0 && v < 10:
			cur += v
		default:
			return total + cur, j, false, false, j > i
		}
	}
	if j == i {
		return 0, 0, false, false, false
	}
	return total + cur, j, false, false, true
}

// durationExpr reads a number of units, and what makes a date of it: three years, a week, two
// weeks ago, a year earlier, 2 1/2 hours, a minute and a half.
func (t *tagging) durationExpr(i int) (match, bool) {
	n, j, vague, half, ok := t.quantity(i)
	if !ok {
		return match{}, false
	}
	if w, _ := t.word(j); w.flags&fUnitMod != 0 {
		if u, _ := t.unitAt(j + 1); u != noUnit {
			j++ // 20 more years, eight trading days
		}
	}
	u, plural := t.unitAt(j)
	if u == noUnit || u == uWeekend && !plural {
		return match{}, false
	}
	first := t.key(i)
	if u == uSecond && (first == "a" || first == "one") && !plural {
		return match{}, false // a second time
	}
	if !plural && n > 1 && t.kind(i) == text.Number && t.key(i+1) != "1/2" {
		return match{}, false // the 1988 second quarter
	}
	if t.is(j, text.Upper) && !t.is(j, text.SentStart) && !t.is(j, text.AllUpper) {
		return match{}, false // 60 Minutes
	}
	if (first == "a" || first == "an") && j == i+1 && t.countsBefore(i) && t.key(j+1) != "ago" && t.key(j+1) != "earlier" {
		return match{}, false // $500 million a year, four flights a week
	}
	if first == "one" && (t.key(i-1) == "the" || t.key(j+1) == "of") {
		return match{}, false // the one day, one day of
	}
	j++
	if t.key(j) == "and" && t.key(j+1) == "a" && t.key(j+2) == "half" {
		half, j = true, j+3
	}
	switch next := t.key(j); {
	case next == "old" || next == "of" && (first == "a" || first == "an") && !plural:
		return match{}, false // three years old; a year of protests
	case next == "ago" || next == "earlier":
		return match{end: j + 1, typ: Date, val: t.shifted(n, u, next, vague), shift: true}, true
	case next == "from" && t.key(j+1) == "now":
		return match{end: j + 2, typ: Date, val: t.shifted(n, u, "later", vague)}, true
	}
	val := fmtDuration(n, u)
	switch {
	case vague:
		val = fmtDuration(-1, u)
	case half && n == 0:
		val = halfOf(u)
	case half:
		val = fmtHalfDuration(n, u)
	}
	return match{end: j, typ: Duration, val: val}, true
}

// isEnd reports whether token j ends a clause: punctuation or the end of the sentence.
func (t *tagging) isEnd(j int) bool { return j >= t.hi || t.kind(j) == text.Punct }

// halfOf returns half a unit as a duration: half an hour is PT30M.
func halfOf(u unit) string {
	switch u {
	case uYear:
		return "P6M"
	case uMonth:
		return "P2W"
	case uWeek:
		return "P3DT12H"
	case uDay:
		return "PT12H"
	case uHour:
		return "PT30M"
	case uMinute:
		return "PT30S"
	}
	return fmtDuration(-1, u)
}

// shifted returns the date n units before ("ago", "earlier", "before") or after ("later") the
// creation date, or for earlier and later, the time the text last named.
func (t *tagging) shifted(n int, u unit, dir string, vague bool) string {
	if vague || n < 0 {
		if dir == "later" {
			return "FUTURE_REF"
		}
		return "PAST_REF"
	}
	base, gran, ok := t.dct, uDay, t.hasDCT
	if dir != "ago" && t.anchorGran != noUnit {
		base, gran, ok = t.anchor, t.anchorGran, true
	}
	if rq, ok := t.recentQuarter(); ok && u == uYear && (dir != "ago" || n == 1) {
		q := rq - 4*n
		if dir == "later" {
			q = rq + 4*n
		}
		return fmtPart(q/4, "Q"+strconv.Itoa(q%4+1))
	}
	if !ok {
		return ""
	}
	if dir == "later" {
		n = -n
	}
	switch u {
	case uYear:
		return fmtYear(base.y - n)
	case uDecade:
		return fmtYear(base.y - 10*n)
	case uCentury:
		return fmtYear(base.y - 100*n)
	case uQuarter:
		return fmtMonthIndex(monthIndex(base.y, base.m) - 3*n)
	case uMonth:
		if gran == uYear {
			return fmtYear(base.y)
		}
		return fmtMonthIndex(monthIndex(base.y, base.m) - n)
	}
	if gran != uDay {
		return ""
	}
	switch u {
	case uFortnight:
		n *= 14
	case uWeek, uWeekend:
		n *= 7
	case uDay:
	default:
		return fmtDate(base)
	}
	return fmtDate(base.addDays(-n))
}

// timesExpr reads a frequency: twice a week, three times a year, once every month.
func (t *tagging) timesExpr(i int) (match, bool) {
	j := i + 1
	switch t.key(i) {
	case "once", "twice", "thrice":
	default:
		if _, end, vague, _, ok := t.quantity(i); !ok || vague || t.key(end) != "times" {
			return match{}, false
		} else {
			j = end + 1
		}
	}
	switch t.key(j) {
	case "a", "an", "per", "each", "every":
	default:
		return match{}, false
	}
	u, plural := t.unitAt(j + 1)
	if u == noUnit || plural {
		return match{}, false
	}
	return match{end: j + 2, typ: Set, val: fmtDuration(1, u)}, true
}

// everyExpr reads every day, each year, every other week, every two months, every Monday, each
// July, every summer, every morning.
func (t *tagging) everyExpr(i int) (match, bool) {
	j := i + 1
	n := 1
	if t.key(j) == "other" {
		n, j = 2, j+1
	} else if q, end, vague, _, ok := t.quantity(j); ok && !vague && q > 1 {
		n, j = q, end
	}
	w, ok := t.word(j)
	if !ok {
		return match{}, false
	}
	m := match{end: j + 1, typ: Set}
	switch {
	case w.unit != noUnit && w.unit != uWeekend && (w.flags&fPlural != 0) == (n > 1):
		m.val = fmtDuration(n, w.unit)
	case n > 1:
		return match{}, false
	case w.unit == uWeekend:
		m.val = "XXXX-WXX-WE"
	case w.weekday > 0 && w.flags&fPlural == 0 && t.is(j, text.Upper):
		m.val = "XXXX-WXX-" + strconv.Itoa(int(w.weekday))
	case w.month > 0 && t.is(j, text.Upper):
		m.val = "XXXX-" + fmtMonth(2000, int(w.month))[5:]
	case w.season > 0:
		m.val = "XXXX-" + seasonCodes[w.season]
	case w.pod > 0 && w.flags&fPlural == 0:
		m.val = "XXXX-XX-XXT" + podCodes[w.pod]
	default:
		return match{}, false
	}
	return m, true
}

// phraseExpr reads an expression after an approximator (about three years, nearly a decade
// ago, at least 20 more years) or a holiday (Christmas Eve, Thanksgiving Day 1999).
func (t *tagging) phraseExpr(i int) (match, bool) {
	ph, end, ok := t.lx.phrases.Match(t.d.Keys(), i, t.hi)
	if !ok {
		return match{}, false
	}
	switch {
	case ph.isHoliday:
		return t.holidayExpr(i, end, ph.holiday)
	case ph.ref != "":
		return match{end: end, typ: Date, val: ph.ref}, true
	case ph.yearEnd:
		m := match{end: end, typ: Date, mod: "END"}
		if t.hasDCT {
			m.val = fmtYear(t.dct.y)
		}
		return m, true
	}
	m, ok := t.at(end)
	if !ok || end >= t.hi || t.kind(end) == text.Word && t.d.Tokens[end].Flags&text.Upper != 0 && m.typ != Time && m.typ != Date {
		return match{}, false
	}
	switch {
	case ph.timeOnly && m.typ != Time:
		return match{}, false // around Wednesday: TimeBank leaves "around" out of dates
	case m.typ == Duration:
	case ph.approx == "MORE_THAN" || ph.approx == "LESS_THAN":
		return match{}, false // more than the rest
	}
	if m.mod == "" {
		m.mod = ph.approx
	}
	return m, true
}

// countsBefore reports whether the words before token i count something, so that "a week"
// there is a rate: $500 million a year, four flights a week, 24 hours a day.
func (t *tagging) countsBefore(i int) bool {
	switch t.kind(i - 1) {
	case text.Number, text.Symbol:
		return true
	case text.Word:
		k := t.key(i - 1)
		if t.lx.numberWord(k) > 0 || k == "million" || k == "billion" || k == "percent" || k == "cents" || k == "dollars" {
			return true
		}
		if u, plural := t.unitAt(i - 1); u != noUnit && plural {
			return true
		}
		return t.countNoun(i - 1)
	}
	return false
}
