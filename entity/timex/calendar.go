package timex

import (
	"strconv"
	"time"
)

// A date is a day of the proleptic Gregorian calendar.
type date struct {
	y, m, d int
}

// dateOf returns the calendar day of t in its own location.
func dateOf(t time.Time) date {
	y, m, d := t.Date()
	return date{y, int(m), d}
}

// days returns the number of days from 1970-01-01 to a (Hinnant's days_from_civil), for
// comparing and moving dates without time.Time.
func (a date) days() int {
	y, m := a.y, a.m
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + a.d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateFromDays is the inverse of date.days (Hinnant's civil_from_days).
func dateFromDays(z int) date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return date{y, m, d}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// addDays returns a moved by n days. a must be a real day (see valid), or the result is the
// day as many days from its normalised form.
func (a date) addDays(n int) date { return dateFromDays(a.days() + n) }

// weekday returns 1 for Monday to 7 for Sunday.
func (a date) weekday() int {
	return ((a.days()%7)+7+3)%7 + 1 // 1970-01-01 was a Thursday
}

// isoWeek returns the ISO 8601 year and week of a: the week of its Thursday.
func (a date) isoWeek() (int, int) {
	thu := a.addDays(4 - a.weekday())
	return thu.y, (thu.days()-date{thu.y, 1, 1}.days())/7 + 1
}

// before reports whether a is earlier than b.
func (a date) before(b date) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

// valid reports whether a is a real day of a year TIMEX3 can write (0000-9999).
func (a date) valid() bool {
	return a.y >= 0 && a.y <= 9999 && a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysIn(a.y, a.m)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthIndex numbers months continuously: y*12 + m-1.
func monthIndex(y, m int) int { return y*12 + m - 1 }

// nthWeekday returns the nth (1-5, or -1 for the last) weekday wd of month m of year y.
func nthWeekday(y, m, n, wd int) date {
	if n < 0 {
		last := date{y, m, daysIn(y, m)}
		return last.addDays(-((last.weekday() - wd + 7) % 7))
	}
	first := date{y, m, 1}
	return first.addDays((wd-first.weekday()+7)%7 + 7*(n-1))
}

// easter returns Easter Sunday of year y (the anonymous Gregorian algorithm).
func easter(y int) date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date{y, month, day}
}

// in returns the day of h in year y.
func (h holiday) in(y int) date {
	switch {
	case h.easter:
		return easter(y).addDays(int(h.offset))
	case h.nth != 0:
		return nthWeekday(y, int(h.month), int(h.nth), int(h.weekday)).addDays(int(h.offset))
	}
	return date{y, int(h.month), int(h.day)}
}

// The value formatters below write TIMEX3 values; each returns "" for a year outside 0000-9999.

// appendPad appends n in decimal, padded with zeros to width digits.
func appendPad(b []byte, n, width int) []byte {
	// The widths values use, 2 (months, weeks, days, hours, minutes) and 4 (years), byte by byte: no
	// count of the digits, and no copy of them through memmove.
	switch {
	case width == 2 && uint(n) <= 99:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && uint(n) <= 9999:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	if n >= 0 && n <= 9999 && width <= 4 {
		// The years, months, days and minutes of values, digit by digit: strconv's general
		// path was most of what formatting a value cost.
		digits := [4]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)}
		nd := 1
		for v := n; v >= 10; v /= 10 {
			nd++
		}
		return append(b, digits[4-max(nd, width):]...)
	}
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func yearOK(y int) bool { return y >= 0 && y <= 9999 }

func fmtYear(y int) string {
	if !yearOK(y) {
		return ""
	}
	return string(appendPad(make([]byte, 0, 4), y, 4))
}

// fmtDecade writes the decade of year y: 199 for 1990-1999.
func fmtDecade(y int) string {
	if !yearOK(y) {
		return ""
	}
	return fmtYear(y)[:3]
}

// fmtCentury writes the century of year y: 19 for 1900-1999.
func fmtCentury(y int) string {
	if !yearOK(y) {
		return ""
	}
	return fmtYear(y)[:2]
}

func fmtMonth(y, m int) string {
	if !yearOK(y) {
		return ""
	}
	b := appendPad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	return string(appendPad(b, m, 2))
}

// fmtMonthIndex formats a month numbered by monthIndex.
func fmtMonthIndex(i int) string {
	if i < 0 {
		return ""
	}
	return fmtMonth(i/12, i%12+1)
}

func fmtDate(a date) string {
	if !yearOK(a.y) {
		return ""
	}
	return string(appendDate(make([]byte, 0, 16), a))
}

func appendDate(b []byte, a date) []byte {
	b = appendPad(b, a.y, 4)
	b = append(b, '-')
	b = appendPad(b, a.m, 2)
	b = append(b, '-')
	return appendPad(b, a.d, 2)
}

// fmtWeek formats the ISO week of a, with a suffix such as "-WE" for its weekend.
func fmtWeek(a date, suffix string) string {
	y, w := a.isoWeek()
	if !yearOK(y) {
		return ""
	}
	b := appendPad(make([]byte, 0, 11), y, 4)
	b = append(b, "-W"...)
	b = appendPad(b, w, 2)
	return string(append(b, suffix...))
}

// fmtPart formats a part of a year: a quarter (2024-Q3), a half (2024-H1) or a season (2024-SU).
func fmtPart(y int, part string) string {
	if !yearOK(y) {
		return ""
	}
	b := appendPad(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	return string(append(b, part...))
}

// fmtTime formats a day with a time of day in minutes, or with a part of the day (pod > 0).
func fmtTime(a date, minutes, pod int) string {
	if !yearOK(a.y) {
		return ""
	}
	b := appendDate(make([]byte, 0, 16), a)
	b = append(b, 'T')
	if pod > 0 {
		return string(append(b, podCodes[pod]...))
	}
	b = appendPad(b, minutes/60, 2)
	b = append(b, ':')
	return string(appendPad(b, minutes%60, 2))
}

// fmtDuration formats n units (n < 0 for an unknown number, X) as a TIMEX3 duration.
func fmtDuration(n int, u unit) string {
	b := make([]byte, 0, 8)
	b = append(b, 'P')
	num := func(k int) {
		if n < 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(k), 10)
		}
	}
	switch u {
	case uSecond, uMinute, uHour:
		b = append(b, 'T')
		num(n)
		b = append(b, "SMH"[u-uSecond])
	case uDay:
		num(n)
		b = append(b, 'D')
	case uWeekend:
		num(2 * n)
		b = append(b, 'D')
	case uWeek:
		num(n)
		b = append(b, 'W')
	case uFortnight:
		num(2 * n)
		b = append(b, 'W')
	case uMonth:
		num(n)
		b = append(b, 'M')
	case uQuarter:
		num(n)
		b = append(b, 'Q')
	case uYear:
		num(n)
		b = append(b, 'Y')
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		num(10 * n)
		b = append(b, 'Y')
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		num(100 * n)
		b = append(b, 'Y')
	case uMillennium:
		if n < 0 {
			return "PXML"
		}
		num(1000 * n)
		b = append(b, 'Y')
	default:
		return ""
	}
	return string(b)
}

// fmtHalfDuration formats n and a half units: 2 1/2 years is P2Y6M.
func fmtHalfDuration(n int, u unit) string {
	switch u {
	case uYear:
		return "P" + strconv.Itoa(n) + "Y6M"
	case uMonth:
		return "P" + strconv.Itoa(n) + "M15D"
	case uDay:
		return "P" + strconv.Itoa(n) + "DT12H"
	case uHour:
		return "PT" + strconv.Itoa(n) + "H30M"
	case uMinute:
		return "PT" + strconv.Itoa(n) + "M30S"
	}
	return fmtDuration(n, u)
}
