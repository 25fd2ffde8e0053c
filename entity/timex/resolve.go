package timex

// A policy says which occurrence of a recurring name ("Friday", "March", "Sept. 30") an
// expression means, relative to the creation date.
type policy uint8

const (
	back       policy = iota // the latest on or before it
	fwd                      // the earliest on or after it
	near                     // the nearest, the earlier on a tie
	backStrict               // the latest before it: last Friday
	fwdStrict                // the earliest after it: next Friday
)

// A cycle is the kind of recurring name an expression resolves: each has its own defaults.
type cycle uint8

const (
	cycWeekday cycle = iota // Friday, the weekend
	cycDate                 // Sept. 30, Christmas, the third quarter
	cycMonth                // March, last summer
)

// policy returns how to resolve the recurring name of tokens [i, j): forwards after a future
// verb, backwards after a past one, except that a deadline ("until Nov. 9", "by March") is
// taken as the nearest. Without a past or future verb a weekday or a date is the nearest; a
// month or season is the next one in the present tense ("the trial opens in March") and the
// last one without a verb ("Elections in May").
func (t *tagging) policy(i, j int, c cycle) policy {
	te := t.tense(i, j)
	switch {
	case te == future:
		return fwd
	case te == past && c != cycWeekday && t.deadline(i-1):
		return near
	case te == past:
		return back
	case c == cycMonth && te == present:
		return fwd // the trial opens in March
	case c == cycMonth:
		return back
	}
	return near
}

// weekdayPolicy, monthPolicy and seasonPolicy are policy for the weekday, month or season
// named by tokens [i, j), without the tense search where the policy cannot change what the name
// resolves to: without a creation date nothing is resolved, and for the creation date's own
// weekday, month or season back, fwd and near, all that policy returns, pick the one the
// creation date is in (TestPolicyShortcut). Back is returned there.
func (t *tagging) weekdayPolicy(wd, i, j int) policy {
	if !t.hasDCT || wd == t.dct.weekday() {
		return back
	}
	return t.policy(i, j, cycWeekday)
}

func (t *tagging) monthPolicy(m, i, j int) policy {
	if !t.hasDCT || m == t.dct.m {
		return back
	}
	return t.policy(i, j, cycMonth)
}

func (t *tagging) seasonPolicy(s, i, j int) policy {
	if _, cs := seasonOf(t.dct); !t.hasDCT || s == cs {
		return back
	}
	return t.policy(i, j, cycMonth)
}

// thisPolicy returns how to resolve "this Friday" or "this weekend": backwards in the past
// tense, else forwards.
func (t *tagging) thisPolicy(i, j int) policy {
	if t.tense(i, j) == past {
		return back
	}
	return fwd
}

// deadline reports whether token k is a preposition of a limit: until, till, by, through, to.
func (t *tagging) deadline(k int) bool {
	switch t.key(k) {
	case "until", "till", "by", "through", "to":
		return true
	}
	return false
}

// choose returns the year y-1, y or y+1 whose occurrence, numbered by idx on a scale where the
// creation date is cur, the policy picks.
func choose(y, cur int, idx func(y int) int, pol policy) int {
	best, bestIdx, found := 0, 0, false
	for c := y - 1; c <= y+1; c++ {
		i := idx(c)
		var ok, better bool
		switch pol {
		case back:
			ok, better = i <= cur, i > bestIdx
		case backStrict:
			ok, better = i < cur, i > bestIdx
		case fwd:
			ok, better = i >= cur, i < bestIdx
		case fwdStrict:
			ok, better = i > cur, i < bestIdx
		case near:
			ok, better = true, abs(i-cur) < abs(bestIdx-cur)
		}
		if ok && (!found || better) {
			best, bestIdx, found = c, i, true
		}
	}
	if !found {
		return y
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dayIndex numbers days continuously, for comparing dates on one scale.
func dayIndex(a date) int { return a.days() }

// dateSlack is how many days a date may lie on the wrong side of the creation date for its
// tense: "will decide by Jan. 14" written on January 15 is not a year ahead.
const dateSlack = 7

// resolveMonthDay returns the day d of month m that pol picks around the creation date.
func (t *tagging) resolveMonthDay(m, d int, pol policy) (date, bool) {
	if !t.hasDCT {
		return date{}, false
	}
	cur := dayIndex(t.dct)
	switch pol { // a date a few days off the creation date is not a year away
	case fwd:
		cur -= dateSlack
	case back:
		cur += dateSlack
	}
	y := choose(t.dct.y, cur, func(y int) int {
		dd := min(d, daysIn(y, m))
		return dayIndex(date{y, m, dd})
	}, pol)
	a := date{y, m, d}
	return a, a.valid()
}

// resolveMonth returns the year of month m that pol picks around the creation month.
func (t *tagging) resolveMonth(m int, pol policy) (int, bool) {
	if !t.hasDCT {
		return 0, false
	}
	cur := monthIndex(t.dct.y, t.dct.m)
	return choose(t.dct.y, cur, func(y int) int { return monthIndex(y, m) }, pol), true
}

// resolveHoliday returns the day of h that pol picks around the creation date.
func (t *tagging) resolveHoliday(h holiday, pol policy) (date, bool) {
	if !t.hasDCT {
		return date{}, false
	}
	cur := dayIndex(t.dct)
	y := choose(t.dct.y, cur, func(y int) int { return dayIndex(h.in(y)) }, pol)
	return h.in(y), true
}

// seasonIndex numbers seasons continuously; a winter belongs to the year of its December, so
// January 2025 is in the winter of 2024.
func seasonIndex(y, s int) int { return y*4 + s - 1 }

// seasonOf returns the year and season (1 spring - 4 winter) of a date.
func seasonOf(a date) (int, int) {
	switch {
	case a.m <= 2:
		return a.y - 1, 4
	case a.m <= 5:
		return a.y, 1
	case a.m <= 8:
		return a.y, 2
	case a.m <= 11:
		return a.y, 3
	}
	return a.y, 4
}

// resolveSeason returns the year of season s that pol picks around the creation date's season.
func (t *tagging) resolveSeason(s int, pol policy) (int, bool) {
	if !t.hasDCT {
		return 0, false
	}
	y, cs := seasonOf(t.dct)
	return choose(y, seasonIndex(y, cs), func(y int) int { return seasonIndex(y, s) }, pol), true
}

// resolveQuarter returns the year of quarter q that pol picks around the creation quarter.
func (t *tagging) resolveQuarter(q int, pol policy) (int, bool) {
	if !t.hasDCT {
		return 0, false
	}
	cur := t.dct.y*4 + (t.dct.m-1)/3
	return choose(t.dct.y, cur, func(y int) int { return y*4 + q - 1 }, pol), true
}

// resolveWeekday returns the weekday wd (1 Monday - 7 Sunday) that pol picks around the
// creation date.
func (t *tagging) resolveWeekday(wd int, pol policy) (date, bool) {
	if !t.hasDCT {
		return date{}, false
	}
	diff := wd - t.dct.weekday() // -6 … 6
	var before, after int        // days to the latest on or before and the earliest on or after
	if diff <= 0 {
		before, after = diff, diff+7
		if diff == 0 {
			after = 0
		}
	} else {
		before, after = diff-7, diff
	}
	var off int
	switch pol {
	case back:
		off = before
	case fwd:
		off = after
	case backStrict:
		off = before
		if off == 0 {
			off = -7
		}
	case fwdStrict:
		off = after
		if off == 0 {
			off = 7
		}
	case near:
		off = before
		if after < -before {
			off = after
		}
	}
	return t.dct.addDays(off), true
}

// resolveWeekend returns a day of the weekend pol picks around the creation date: its Saturday.
func (t *tagging) resolveWeekend(pol policy) (date, bool) {
	if !t.hasDCT {
		return date{}, false
	}
	if wd := t.dct.weekday(); wd >= 6 && (pol == back || pol == fwd || pol == near) {
		return t.dct.addDays(6 - wd), true // it is the weekend
	}
	return t.resolveWeekday(6, pol)
}
