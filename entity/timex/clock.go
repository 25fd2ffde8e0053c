package timex

// The rules of clock times: 10 a.m., 10:35, noon, 5 p.m. EST Nov. 9.

import "github.com/whosaid/whosaid/internal/text"

// clockNumber reads 10 a.m., 3 pm and 10 o'clock.
func (t *tagging) clockNumber(i int, nt numTok) (match, bool) {
	if nt.digits > 2 || nt.n > 24 {
		return match{}, false
	}
	switch t.key(i + 1) {
	case "a.m", "am":
		if nt.n >= 1 && nt.n <= 12 {
			return t.clockExpr(i, i+2, nt.n%12*60, true)
		}
	case "p.m", "pm":
		if nt.n >= 1 && nt.n <= 12 {
			return t.clockExpr(i, i+2, (nt.n%12+12)*60, true)
		}
	case "o'clock":
		return t.clockExpr(i, i+2, nt.n*60, true)
	case "in":
		// 4 in the morning, 8 in the evening
		if p, _ := t.word(i + 3); t.key(i+2) == "the" && p.pod > 0 && p.flags&fPlural == 0 && nt.n >= 1 && nt.n <= 12 {
			h := nt.n % 12
			if p.pod >= 2 && (p.pod != 4 || h >= 6) { // afternoon, evening, night (not 2 at night)
				h += 12
			}
			return t.clockExpr(i, i+4, h*60, true)
		}
	}
	return match{}, false
}

// clockExpr reads what follows a clock time ending before token j: a.m. or p.m., a time zone,
// and a day (10 p.m. Wednesday, 5 p.m. EST Nov. 9). sure is false for a bare h:mm, which
// needs one of them to be a time.
func (t *tagging) clockExpr(i, j, minutes int, sure bool) (match, bool) {
	if !sure {
		switch t.key(j) {
		case "a.m", "am":
			if minutes >= 60 && minutes < 13*60 {
				minutes %= 12 * 60
				j, sure = j+1, true
			}
		case "p.m", "pm":
			if minutes >= 60 && minutes < 13*60 {
				minutes = minutes%(12*60) + 12*60
				j, sure = j+1, true
			}
		}
	}
	if w, ok := t.word(j); ok && w.flags&fTZ != 0 && t.is(j, text.AllUpper) {
		j++
	}
	k := j
	if t.comma(k) {
		k++
	}
	if d, ok := t.dayAt(k); ok {
		m := match{end: d.end, typ: Time}
		if d.val != "" {
			m.val = fmtTime(d.day, minutes, 0)
		}
		return m, true
	}
	if !sure {
		return match{}, false
	}
	m := match{end: j, typ: Time}
	if t.hasDCT {
		m.val = fmtTime(t.dct, minutes, 0)
	}
	return m, true
}

// dayAt reads an expression naming one day at token j: a weekday, today, a date.
func (t *tagging) dayAt(j int) (match, bool) {
	var m match
	var ok bool
	switch t.kind(j) {
	case text.Number:
		nt := t.number(j)
		if nt.kind == nkDate {
			return match{end: j + 1, typ: Date, val: fmtDate(nt.date), day: nt.date, dayish: true}, true
		}
		m, ok = t.dayMonthExpr(j)
	case text.Word:
		w, _ := t.word(j)
		switch {
		case w.month > 0:
			m, ok = t.monthExpr(j)
		case w.weekday > 0:
			m, ok = t.weekdayDay(j, w)
		case w.flags&fDay != 0:
			m, ok = t.dayWordDay(j, w)
		}
	}
	if !ok || !m.dayish {
		return match{}, false
	}
	return m, true
}
