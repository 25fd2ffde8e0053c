package timex

import "strings"

// numKind says what a number token is.
type numKind uint8

const (
	nkNone     numKind = iota
	nkInt              // 2024, 30, 1,000
	nkOrdinal          // 9th, 1st
	nkDecade           // 1990s, 80s
	nkDate             // 2024-11-05, 11/05/2024
	nkClock            // 10:30, 10pm, 7:15am
	nkUnit             // 30-year, 16-hour, 8-month-old
	nkFraction         // 1/2
	nkHalf             // 2.5
)

// A numTok is the reading of one Number token of the text layer.
type numTok struct {
	kind   numKind
	n      int  // the value; the ordinal; the decade's first year; the units of nkUnit
	digits int  // nkInt: the number of digits
	comma  bool // nkInt: with thousands separators
	unit   unit // nkUnit
	old    bool // nkUnit: an age (30-year-old)
	date   date // nkDate
	clock  int  // nkClock: minutes after midnight
	ampm   byte // nkClock: 'a', 'p' or 0
	den    int  // nkFraction: the denominator
}

// digitsAt returns the value of the run of ASCII digits at the start of s (saturating at nine
// digits) and its length.
func digitsAt(s string) (int, int) {
	n, i := 0, 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		if i < 9 {
			n = n*10 + int(s[i]-'0')
		}
		i++
	}
	return n, i
}

// parseNumber reads the folded key of a Number token.
func (l *lexicons) parseNumber(k string) numTok {
	n, i := digitsAt(k)
	if i == 0 {
		return numTok{}
	}
	rest := k[i:]
	if rest == "" {
		return numTok{kind: nkInt, n: n, digits: i}
	}
	switch rest[0] {
	case ',':
		return parseGrouped(k)
	case '.':
		if rest == ".5" {
			return numTok{kind: nkHalf, n: n}
		}
		return numTok{}
	case ':':
		return parseClock(n, i, rest)
	case '/':
		return parseSlash(n, i, rest)
	case '-':
		if i == 4 {
			if d, ok := parseISO(n, rest); ok {
				return numTok{kind: nkDate, date: d}
			}
		}
		return l.parseUnitCompound(n, rest[1:])
	}
	switch rest {
	case "st", "nd", "rd", "th":
		if ordinalSuffixOK(n, rest) {
			return numTok{kind: nkOrdinal, n: n}
		}
	case "s":
		if (i == 4 || i == 2) && n%10 == 0 {
			return numTok{kind: nkDecade, n: n, digits: i}
		}
	case "am", "pm":
		if i <= 2 && n >= 1 && n <= 12 {
			return numTok{kind: nkClock, clock: n % 12 * 60, ampm: rest[0]}.withAMPM()
		}
	}
	return numTok{}
}

// withAMPM moves a 12-hour clock reading to the afternoon for pm.
func (nt numTok) withAMPM() numTok {
	if nt.ampm == 'p' {
		nt.clock += 12 * 60
	}
	return nt
}

func ordinalSuffixOK(n int, suf string) bool {
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return suf == want
}

// parseGrouped reads 1,000 and 12,500,000, group by group in place (strings.Split allocated
// a slice for each).
func parseGrouped(k string) numTok {
	n, digits := 0, 0
	for {
		v, l := digitsAt(k)
		if l == 0 || (digits > 0 && l != 3) {
			return numTok{}
		}
		n = n*1000 + v
		digits += l
		if digits > 9 {
			return numTok{}
		}
		if k = k[l:]; k == "" {
			break
		}
		if k[0] != ',' {
			return numTok{}
		}
		k = k[1:]
	}
	return numTok{kind: nkInt, n: n, digits: digits, comma: true}
}

// parseClock reads the rest of h:mm[:ss][am|pm].
func parseClock(h, hlen int, rest string) numTok {
	m, l := digitsAt(rest[1:])
	if hlen > 2 || l != 2 || h > 24 || m > 59 {
		return numTok{}
	}
	rest = rest[1+l:]
	if len(rest) > 0 && rest[0] == ':' {
		if _, l := digitsAt(rest[1:]); l == 2 {
			rest = rest[3:]
		}
	}
	nt := numTok{kind: nkClock, clock: h*60 + m}
	switch rest {
	case "":
	case "am", "pm":
		if h < 1 || h > 12 {
			return numTok{}
		}
		nt.clock = h%12*60 + m
		nt.ampm = rest[0]
		return nt.withAMPM()
	default:
		return numTok{}
	}
	return nt
}

// parseSlash reads 11/05/2024, 5/11/24 (month first unless the first number cannot be a month)
// and fractions such as 1/2.
func parseSlash(a, alen int, rest string) numTok {
	b, blen := digitsAt(rest[1:])
	if blen == 0 || blen > 2 {
		return numTok{}
	}
	rest = rest[1+blen:]
	if rest == "" {
		if alen == 1 && a >= 1 && a < b && b <= 16 {
			return numTok{kind: nkFraction, n: a, den: b}
		}
		return numTok{}
	}
	if rest[0] != '/' {
		return numTok{}
	}
	y, ylen := digitsAt(rest[1:])
	if ylen != len(rest)-1 || (ylen != 2 && ylen != 4) || alen > 2 {
		return numTok{}
	}
	if ylen == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	m, d := a, b
	if m > 12 {
		m, d = b, a
	}
	dt := date{y, m, d}
	if !dt.valid() {
		return numTok{}
	}
	return numTok{kind: nkDate, date: dt}
}

// parseISO reads the rest "-MM-DD" of an ISO 8601 date of year y.
func parseISO(y int, rest string) (date, bool) {
	if len(rest) != 6 || rest[0] != '-' || rest[3] != '-' {
		return date{}, false
	}
	m, ml := digitsAt(rest[1:3])
	d, dl := digitsAt(rest[4:])
	dt := date{y, m, d}
	return dt, ml == 2 && dl == 2 && dt.valid()
}

// parseUnitCompound reads the rest of 30-year, 16-hour, 8-month-old, 24-hour.
func (l *lexicons) parseUnitCompound(n int, rest string) numTok {
	u, tail, _ := strings.Cut(rest, "-")
	w := l.lookup(u)
	if w.unit == noUnit || w.flags&fPlural != 0 || n == 0 {
		return numTok{}
	}
	nt := numTok{kind: nkUnit, n: n, unit: w.unit}
	switch tail {
	case "":
	case "old":
		nt.old = true
	case "long":
	default:
		return numTok{}
	}
	return nt
}

// numberWord returns the value of a cardinal number word, including hyphenated tens and units
// (twenty-five), or 0.
func (l *lexicons) numberWord(k string) int {
	if w := l.lookup(k); w.num > 0 && w.flags&fPlural == 0 {
		return int(w.num)
	}
	tens, ones, ok := strings.Cut(k, "-")
	if !ok {
		return 0
	}
	t, o := l.lookup(tens), l.lookup(ones)
	if t.num < 20 || t.num > 90 || t.num%10 != 0 || o.num < 1 || o.num > 9 {
		return 0
	}
	return int(t.num + o.num)
}
