package timex

// The rules of expressions relative to the creation date or to a time the text named: last
// week, the past two years, earlier this month, the following day, the quarter.

import (
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// anaphorExpr reads "that" and a unit, valued from the time the text last named: that year,
// that same day.
func (t *tagging) anaphorExpr(i int) (match, bool) {
	j := i + 1
	if t.key(j) == "same" {
		j++
	}
	u, plural := t.unitAt(j)
	if plural {
		return match{}, false
	}
	m := match{end: j + 1, typ: Date, shift: true}
	a, g := t.anchor, t.anchorGran
	switch {
	case u == uYear:
		if g != noUnit {
			m.val = fmtYear(a.y)
		}
	case u == uMonth:
		if g == uMonth || g == uDay {
			m.val = fmtMonth(a.y, a.m)
		}
	case u == uDay:
		if g == uDay {
			m.val, m.day, m.dayish = fmtDate(a), a, true
		}
	default:
		return match{}, false
	}
	return m, true
}

// theExpr reads expressions that take their article: the past two years, the third quarter,
// the 1990s, the end of 1990, the weekend, the future, the year 2000.
func (t *tagging) theExpr(i int) (match, bool) {
	j := i + 1
	w, ok := t.word(j)
	switch {
	case t.kind(j) == text.Number:
		nt := t.number(j)
		switch nt.kind {
		case nkDecade:
			if nt.digits == 4 {
				return match{end: j + 1, typ: Date, val: decadeValue(nt.n)}, true
			}
		case nkOrdinal:
			return t.ordExpr(j, nt.n)
		case nkInt:
			if m, ok := t.durationExpr(j); ok && m.typ == Duration {
				return m, true
			}
			if y, ok := t.yearAt(j); ok {
				if nw, ok := t.word(j + 1); ok && nw.ord > 0 && nw.ord <= 4 && t.key(j+2) == "quarter" {
					return match{end: j + 3, typ: Date, val: fmtPart(y, "Q"+strconv.Itoa(int(nw.ord)))}, true
				}
				if k := t.key(j + 1); k == "quarter" || k == "period" {
					m := match{end: j + 2, typ: Date, val: fmtYear(y)}
					if q, ok := t.recentQuarter(); ok {
						m.val, m.shift = fmtPart(y, "Q"+strconv.Itoa(q%4+1)), true
					}
					return m, true
				}
			}
		}
		return match{}, false
	case t.kind(j) == text.Mark:
		return t.apostropheDecade(j)
	case !ok:
		switch t.key(j) {
		case "year-earlier", "year-ago":
			if u, _ := t.unitAt(j + 1); u == uQuarter || t.key(j+1) == "period" || t.key(j+2) == "quarter" {
				return t.compoundExpr(j)
			}
		}
		return match{}, false
	case w.edge != "":
		return t.edgeExpr(i, j, w.edge)
	case w.decade > 0:
		return match{end: j + 1, typ: Date, val: "19" + strconv.Itoa(int(w.decade))}, true
	case w.flags&fHead != 0:
		switch {
		case t.key(j) == "full" && t.key(j+1) == "year":
			return t.theYear(i, j+2)
		case t.key(j) == "latest":
			if u, plural := t.unitAt(j + 1); u == uQuarter && !plural || t.key(j+1) == "period" {
				return t.theQuarter(i)
			}
		}
		return match{}, false
	case w.pos != "":
		return t.posExpr(j, w)
	case w.rel == relPast && t.isPastRef(j+1):
		return match{end: j + 1, typ: Date, val: "PAST_REF"}, true
	case w.rel != noRel:
		return t.relExpr(j, w)
	case w.ord > 0:
		return t.ordExpr(j, int(w.ord))
	case w.flags&fFiscal != 0:
		if t.key(j+1) == "year" {
			return t.theYear(i, j+2)
		}
		return t.fiscalExpr(j)
	case w.unit == uWeekend && w.flags&fPlural == 0:
		return t.weekendExpr(i, j+1, t.policy(i, j+1, cycWeekday))
	case w.unit == uQuarter && w.flags&fPlural == 0:
		return t.theQuarter(i)
	case w.unit == uYear && w.flags&fPlural == 0:
		if m, ok := t.theYear(i, j+1); ok {
			return m, true
		}
		if y, ok := t.yearAt(j + 1); ok {
			return match{end: j + 2, typ: Date, val: fmtYear(y)}, true
		}
		if n, end, vague, _, ok := t.quantity(j + 1); ok && !vague && n >= 1000 && n <= 2999 {
			return match{end: end, typ: Date, val: fmtYear(n)}, true
		}
	case w.num > 1:
		if m, ok := t.durationExpr(j); ok && m.typ == Duration {
			return m, true
		}
	}
	return match{}, false
}

// isPastRef reports whether "the past" ending before token j stands alone: in the past, not the
// past two years.
func (t *tagging) isPastRef(j int) bool {
	if t.kind(j) == text.Number {
		return false
	}
	if w, ok := t.word(j); ok && (w.unit != noUnit || w.num > 0 || w.flags&fFuzzy != 0 || w.weekday > 0 || w.month > 0 || w.season > 0) {
		return false
	}
	return true
}

// theQuarter reads the quarter, the latest quarter: in a report on a quarter's results, the
// quarter the text last named, else the last one completed.
func (t *tagging) theQuarter(i int) (match, bool) {
	j := i + 1
	if t.key(j) == "latest" {
		j++
	}
	if k := t.key(j + 1); k == "of" || k == "century" {
		return match{}, false // the quarter of the votes, a quarter century
	}
	m := match{end: j + 1, typ: Date}
	q, ok := t.recentQuarter()
	switch {
	case ok:
		m.shift = true
	case t.hasDCT:
		q = t.dct.y*4 + (t.dct.m-1)/3 - 1
	default:
		return m, true
	}
	m.val = fmtPart(q/4, "Q"+strconv.Itoa(q%4+1))
	return m, true
}

// weekendExpr values the weekend ending before token j.
func (t *tagging) weekendExpr(i, j int, pol policy) (match, bool) {
	m := match{end: j, typ: Date}
	if a, ok := t.resolveWeekend(pol); ok {
		m.val = fmtWeek(a, "-WE")
	}
	return m, true
}

// edgeExpr reads the end of 1990, the beginning of next year, the middle of October, the end of
// the month; token j is end, beginning, start or middle.
func (t *tagging) edgeExpr(i, j int, mod string) (match, bool) {
	if t.key(j+1) != "of" {
		return match{}, false
	}
	k := j + 2
	var m match
	var ok bool
	if t.key(k) == "the" {
		if u, plural := t.unitAt(k + 1); u != noUnit && !plural {
			this := &word{rel: relThis}
			m, ok = t.relPeriod(k+1, this, u)
			m.end = k + 2
		} else {
			m, ok = t.theExpr(k)
		}
	} else {
		m, ok = t.at(k)
	}
	if !ok || m.typ != Date && m.typ != Time || m.val == "PAST_REF" || m.val == "FUTURE_REF" {
		return match{}, false
	}
	if m.mod == "" {
		m.mod = mod
	}
	m.dayish = false
	return m, true
}

// posExpr reads early, late, mid, earlier and later before a time: early next year, late
// November, earlier this month, the late 1970s, late yesterday.
func (t *tagging) posExpr(i int, w *word) (match, bool) {
	j := i + 1
	k := t.key(i)
	if p, _ := t.word(j); p.pod > 0 && p.flags&fPlural == 0 && (k == "mid" || k == "late" || k == "early") {
		// mid afternoon, late evening: a part of the creation date
		m := match{end: j + 1, typ: Time, mod: w.pos}
		if k == "mid" {
			m.mod = ""
		}
		if t.hasDCT {
			m.val = fmtTime(t.dct, 0, int(p.pod))
		}
		return m, true
	}
	m, ok := t.at(j)
	if !ok || m.typ != Date && m.typ != Time || strings.HasSuffix(m.val, "_REF") {
		return match{}, false
	}
	if (k == "earlier" || k == "later") && t.kind(j) != text.Word {
		return match{}, false // later 1990 is not said
	}
	if nw, _ := t.word(j); (k == "earlier" || k == "later") && (nw.rel == noRel || m.dayish) {
		return match{}, false // earlier Sunday is Sunday, as TimeBank marks it
	}
	if m.mod == "" && !m.dayish {
		m.mod = w.pos
	}
	return m, true
}

// relExpr reads expressions starting with a direction word: last week, this month, next
// year, the past two years, last Friday, last August, last summer, last night, recent years,
// the following day.
func (t *tagging) relExpr(i int, w *word) (match, bool) {
	j := i + 1
	switch t.key(i) {
	case "recent":
		if u, plural := t.unitAt(j); u != noUnit && plural {
			return match{end: j + 1, typ: Duration, val: fmtDuration(-1, u)}, true
		}
		return match{}, false
	case "this":
		if t.key(j) == "past" || t.key(j) == "last" {
			if m, ok := t.relExpr(j, &word{rel: relLast}); ok {
				return m, true
			}
		}
	case "current":
		if nw, _ := t.word(j); nw.flags&fFiscal != 0 {
			j++
		}
	}
	if t.key(i) != "current" && t.key(i) != "this" {
		if n, end, vague, _, ok := t.quantity(j); ok && (n > 1 || vague) && t.key(j) != "a" {
			if u, plural := t.unitAt(end); u != noUnit && (plural || n == 1) {
				v := fmtDuration(n, u)
				if vague {
					v = fmtDuration(-1, u)
				}
				return match{end: end + 1, typ: Duration, val: v}, true
			}
		}
	}
	nw, ok := t.word(j)
	if !ok {
		return match{}, false
	}
	if t.key(j+1) == "of" && (w.rel == relLast || nw.unit == noUnit) {
		if _, isYear := t.yearAt(j + 2); !isYear || w.rel == relLast {
			return match{}, false // the last week of June
		}
	}
	switch {
	case nw.flags&fFiscal != 0 && t.key(j+1) == "year":
		m, ok := t.relPeriod(i, w, uYear)
		m.end = j + 2
		return m, ok
	case nw.unit != noUnit && nw.flags&fPlural != 0:
		if w.rel == relThis || w.rel == relFollow {
			return match{}, false
		}
		return match{end: j + 1, typ: Duration, val: fmtDuration(-1, nw.unit)}, true
	case nw.unit != noUnit:
		if t.is(j, text.Upper) && !t.is(j, text.SentStart) && !t.is(j, text.AllUpper) {
			return match{}, false // ABC's This Week
		}
		m, ok := t.relPeriod(i, w, nw.unit)
		m.end = j + 1
		if ow, _ := t.word(j + 2); nw.unit == uYear && t.key(j+1) == "'s" && ow.ord > 0 && ow.ord <= 4 && t.key(j+3) == "quarter" {
			m.end = j + 4 // this year's third quarter
			if m.val != "" {
				y, _ := strconv.Atoi(m.val)
				m.val = fmtPart(y, "Q"+strconv.Itoa(int(ow.ord)))
			}
		}
		return m, ok
	case nw.weekday > 0 && t.is(j, text.Upper) && nw.flags&fPlural == 0:
		return t.relWeekday(i, j, w, nw)
	case nw.month > 0 && t.is(j, text.Upper):
		return t.relMonth(i, j, w, int(nw.month))
	case nw.season > 0:
		return t.relSeason(i, j, w, nw)
	case nw.pod > 0 && nw.flags&fPlural == 0:
		return t.relPod(j, w, nw)
	}
	return match{}, false
}

// relPeriod values last, this or next u, as a calendar period: last week is 2025-W03.
func (t *tagging) relPeriod(i int, w *word, u unit) (match, bool) {
	m := match{typ: Date}
	step := 0
	switch w.rel {
	case relLast, relPast:
		step = -1
	case relNext:
		step = 1
	case relFollow:
		return t.following(u)
	}
	if w.rel == relPast && (u == uDecade || u == uCentury) {
		m.typ, m.val = Duration, fmtDuration(1, u)
		return m, true
	}
	if w.rel == relNext && t.key(i-1) == "the" && u == uDay {
		return t.following(u)
	}
	if !t.hasDCT {
		switch u {
		case uWeek, uMonth, uYear, uQuarter, uWeekend, uDecade, uCentury, uDay:
			return m, true
		}
		return match{}, false
	}
	c := t.dct
	switch u {
	case uDay:
		return match{}, false
	case uWeek:
		m.val = fmtWeek(c.addDays(7*step), "")
	case uWeekend:
		pol, _ := relPolicy(w.rel, t.thisPolicy(i, i+2))
		return t.weekendExpr(i, i+2, pol)
	case uMonth:
		m.val = fmtMonthIndex(monthIndex(c.y, c.m) + step)
	case uQuarter:
		q := c.y*4 + (c.m-1)/3 + step
		m.val = fmtPart(q/4, "Q"+strconv.Itoa(q%4+1))
	case uYear:
		m.val = fmtYear(c.y + step)
	case uDecade:
		m.val = fmtDecade(c.y + 10*step)
	case uCentury:
		m.val = fmtCentury(c.y + 100*step)
	default:
		return match{}, false
	}
	return m, true
}

// following values "the following u" (or "the next day") from the time the text last named.
func (t *tagging) following(u unit) (match, bool) {
	m := match{typ: Date}
	if t.anchorGran == noUnit {
		return m, true
	}
	a := t.anchor
	switch u {
	case uDay:
		if t.anchorGran == uDay {
			m.val = fmtDate(a.addDays(1))
		}
	case uWeek:
		if t.anchorGran == uDay {
			m.val = fmtWeek(a.addDays(7), "")
		}
	case uMonth:
		if t.anchorGran != uYear {
			m.val = fmtMonthIndex(monthIndex(a.y, a.m) + 1)
		}
	case uYear:
		m.val = fmtYear(a.y + 1)
	default:
		return match{}, false
	}
	return m, true
}

// relWeekday values last Friday, next Tuesday, this Sunday.
func (t *tagging) relWeekday(i, j int, w, nw *word) (match, bool) {
	pol, ok := relPolicy(w.rel, t.thisPolicy(i, j+1))
	if !ok {
		return match{}, false
	}
	m := match{end: j + 1, typ: Date, dayish: true}
	if a, ok := t.resolveWeekday(int(nw.weekday), pol); ok {
		m.val, m.day = fmtDate(a), a
	}
	return t.withPod(m), true
}

// relPolicy returns how a relative word resolves what follows it: backward for last and
// past, forward for next, def otherwise. ok is false for "following", which needs an anchor.
func relPolicy(r rel, def policy) (pol policy, ok bool) {
	switch r {
	case relLast, relPast:
		return backStrict, true
	case relNext:
		return fwdStrict, true
	case relFollow:
		return def, false
	}
	return def, true
}

// relMonth values last August, next March, this September.
func (t *tagging) relMonth(i, j int, w *word, mo int) (match, bool) {
	pol, ok := relPolicy(w.rel, near)
	if !ok {
		return match{}, false
	}
	m := match{end: j + 1, typ: Date}
	if !t.hasDCT {
		return m, true
	}
	y := t.dct.y
	if w.rel != relThis {
		y, _ = t.resolveMonth(mo, pol)
	}
	m.val = fmtMonth(y, mo)
	return m, true
}

// relSeason values last summer, this fall, next spring.
func (t *tagging) relSeason(i, j int, w, nw *word) (match, bool) {
	pol, ok := relPolicy(w.rel, near)
	if !ok {
		return match{}, false
	}
	m := match{end: j + 1, typ: Date}
	if !t.hasDCT {
		return m, true
	}
	y := t.dct.y
	if cy, cs := seasonOf(t.dct); w.rel == relThis && cs == int(nw.season) {
		y = cy // this winter, in January, began last December
	} else if w.rel != relThis {
		y, _ = t.resolveSeason(int(nw.season), pol)
	}
	m.val = fmtPart(y, seasonCodes[nw.season])
	return m, true
}

// relPod values last night, this morning, this afternoon.
func (t *tagging) relPod(j int, w, nw *word) (match, bool) {
	m := match{end: j + 1, typ: Time}
	var off int
	switch {
	case w.rel == relThis:
	case w.rel == relLast && nw.pod >= 3: // last evening, last night
		off = -1
	default:
		return match{}, false
	}
	if t.hasDCT {
		m.val = fmtTime(t.dct.addDays(off), 0, int(nw.pod))
	}
	return m, true
}

// quarterReach is how many sentences a quarter the text named anchors "a year earlier" and
// "the year-ago period": financial news compares within a report, and a file of briefs holds
// many reports.
const quarterReach = 6

// recentQuarter returns the quarter the text named within quarterReach sentences.
func (t *tagging) recentQuarter() (int, bool) {
	if t.quarter < 0 || t.sent-t.quarterAt > quarterReach {
		return 0, false
	}
	return t.quarter, true
}

// theYear reads "the year", "the full year" or "the fiscal year" ending before token j: a
// twelve-month period when "ended" or "ending" follows, else the current year when it closes a
// phrase of time (for the year, the full year).
func (t *tagging) theYear(i, j int) (match, bool) {
	switch t.key(j) {
	case "ended", "ending", "ends", "to":
		return match{end: j, typ: Duration, val: "P1Y"}, true
	}
	full := t.key(j-2) == "full"
	switch t.key(i - 1) {
	case "for", "of", "during", "through", "throughout":
	default:
		if !full {
			return match{}, false
		}
	}
	if !full && !t.isEnd(j) {
		return match{}, false
	}
	m := match{end: j, typ: Date}
	if t.hasDCT {
		m.val = fmtYear(t.dct.y)
	}
	return m, true
}
