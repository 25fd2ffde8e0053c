// Package timex finds temporal expressions in text and normalises them to TIMEX3 values
// against a document's creation time: "on Monday" in an article of Wednesday 22 January 2025 is
// 2025-01-20, "in June" is the most recent June, "next year" is 2026.
//
// # Types and values
//
// Every expression has a [Type] (DATE, TIME, DURATION, SET) and a TIMEX3 value: 2025-01-20,
// 2024-06, 2018, 2025-W03 (an ISO week), 2024-SU (a season), 2024-Q3, 199 (the 1990s),
// PRESENT_REF, P3Y, PT2H, 2025-01-21TNI (a part of a day), XXXX-WXX-1 (every Monday). Values
// that cannot be resolved are left empty rather than guessed; a [Timex] may also carry a TIMEX3
// mod: START for "early 1990", END for "late last year", APPROX, EQUAL_OR_LESS for "nearly".
//
// # What is found
//
// The expressions of English news: weekdays (Monday, Tuesday night, Monday, Oct. 26), dates
// (9 January, Jan. 9, January 9th, 2024, 2024-11-05, 11/05/2024), months and seasons with or
// without a year (June, September 2022, last summer, the spring of 2026), years, decades and
// centuries (2018, the 1990s, the '80s, the 20th century), quarters (the third quarter,
// third-quarter, Q2 2024), holidays (Christmas Eve, Thanksgiving), days relative to the
// creation date (yesterday, today, tonight, last night), periods relative to it (last week,
// this month, next year, earlier this month, in August last year, late last year), references
// (now, recently, the future), clock times (3 p.m., 10:35 a.m. EST Jan. 9, noon Thursday),
// durations (three years, two-year, the past two months, an hour and a half, at least a
// decade), dates counted from now (two weeks ago, a year earlier) and recurrences (every
// Monday, twice a week, daily). Ranges are two expressions: "between 2019 and 2021".
//
// Words that only look like times are left alone: "may" and "march" as verbs, May as a name,
// "sat", "sun", a bare small number, "second" as an ordinal, ages ("45-year-old"), rates ("$5
// million a year"), counts ("1500 people").
//
// # Resolution
//
// A name that recurs (a weekday, a month, a date without a year, a season, a holiday) is
// resolved by the tense of its clause, read from the nearest verb cue: after a past verb
// ("said", "was", a verb in -ed) it is the latest one on or before the creation date; after a
// future one ("will", "is to", "expects") the earliest on or after it; a deadline ("until Nov.
// 9", "by March") and a date or weekday without a tense are the nearest; a month or season is
// the next one in the present tense ("the vote is in March") and the last one without a verb.
// "last Friday" and "next Friday" skip the creation date's own weekday. Weeks are ISO weeks.
//
// With a zero creation time, relative expressions keep their span and type but get no value;
// absolute ones ("March 3, 2024", "the 1990s"), durations, recurrences and references
// (PRESENT_REF) keep theirs. Some expressions take their value from a time the text named
// before them rather than from the creation date: "the following day", "that year", and in
// financial reports "a year earlier" and "the year-ago quarter" after a quarter.
//
// # Spans
//
// Spans follow the TimeBank conventions of TempEval-3: a leading preposition is left out ("on
// Monday" is "Monday"), the article stays with the noun phrases it belongs to ("the past
// year", "the third quarter", "the 1990s", but "the Aug. 7 bombings" is "Aug. 7"), and
// modifiers such as "last", "ago", "early", "nearly" and "at least" are part of the
// expression. Spans are byte offsets, half-open, on token boundaries, in text order and never
// overlapping.
//
// # Walkthrough
//
// A [Tagger] is built once and shared:
//
//	tg, err := timex.NewTagger(timex.Options{})
//	if err != nil { … }
//	published := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)
//	xs, err := tg.Tag("The union said on Tuesday night it would return on Monday.", published)
//	// xs[0]: "Tuesday night", TIME, 2025-01-21TNI (said: the past)
//	// xs[1]: "Monday", DATE, 2025-01-27 (would return: the future)
//
// Tag analyses the text with the text layer and calls [Tagger.TagDoc], which the attribution
// package calls with the document it has analysed already. TagDoc scans each sentence once:
// at each token it looks up the token's lexicon entry (words.txt, holidays.txt and cues.txt,
// embedded and loaded once) and tries the rules that entry allows (a month starts a date, "the"
// a noun phrase of time, a number a duration, a date, a year or a clock time), keeping the
// longest expression; the expression's value is computed as it is found, from the creation
// date, the clause's tense and the times named before it.
package timex

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/whosaid/whosaid/internal/enum"
	"github.com/whosaid/whosaid/internal/text"
)

// A Span is a half-open range [Start, End) of byte offsets into the input text.
type Span = text.Span

// Type is the TIMEX3 type of an expression.
type Type uint8

// The TIMEX3 types.
const (
	Date     Type = iota + 1 // a calendar date or period: 2025-01-20, 2024-06, 2018, 2025-W03
	Time                     // a time of day: 2025-01-21T15:00, 2025-01-21TNI
	Duration                 // a length of time: P3Y, PT2H
	Set                      // a recurrence: every Monday, P1W
)

var typeNames = enum.Names{Pkg: "timex", Type: "type", Names: []string{"", "DATE", "TIME", "DURATION", "SET"}}

// String returns "DATE", "TIME", "DURATION" or "SET".
func (t Type) String() string { return typeNames.Name(int(t)) }

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) { return typeNames.Marshal(int(t)) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names in any case.
func (t *Type) UnmarshalText(b []byte) error {
	i, err := typeNames.Unmarshal(b)
	*t = Type(i)
	return err
}

// A Timex is one temporal expression.
type Timex struct {
	Span  Span   `json:"span"`          // where it stands in the text
	Type  Type   `json:"type"`          // DATE, TIME, DURATION or SET
	Value string `json:"value"`         // TIMEX3 value, "" when it cannot be resolved
	Mod   string `json:"mod,omitempty"` // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER …
}

// DefaultMaxInputBytes is the default bound on the size of one text.
const DefaultMaxInputBytes = 16 << 20

// Options configures a [Tagger]. The zero value selects the defaults.
type Options struct {
	// MaxInputBytes bounds the size of one text; 0 means DefaultMaxInputBytes.
	MaxInputBytes int
}

// ErrTooLarge is returned, wrapped, when a text exceeds Options.MaxInputBytes.
var ErrTooLarge = errors.New("timex: input exceeds MaxInputBytes")

// A Tagger finds temporal expressions. It is built once by [NewTagger] and is safe for
// concurrent use.
type Tagger struct {
	opts Options
	lex  *lexicons
}

// NewTagger returns a Tagger for opts, or an error if opts is invalid.
func NewTagger(opts Options) (*Tagger, error) {
	if opts.MaxInputBytes < 0 {
		return nil, errors.New("timex: negative MaxInputBytes")
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	lex, err := loadLexicons()
	if err != nil {
		return nil, err
	}
	return &Tagger{opts: opts, lex: lex}, nil
}

// Tag returns the temporal expressions of s in text order, their values resolved against dct,
// the document's creation (publication) date; with a zero dct, relative expressions ("on
// Monday", "last year") get no value. It returns an error wrapping [ErrTooLarge] if s is longer
// than Options.MaxInputBytes.
func (t *Tagger) Tag(s string, dct time.Time) ([]Timex, error) {
	if len(s) > t.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(s), t.opts.MaxInputBytes)
	}
	return t.TagDoc(text.Analyze(s), dct), nil
}

// TagDoc is Tag over a text analysed once and shared with other stages. It is how the
// attribution package calls this one; other callers use Tag.
func (t *Tagger) TagDoc(d *text.Doc, dct time.Time) []Timex {
	sc := scratches.Get().(*scratch)
	tg := tagging{d: d, lx: t.lex, hasDCT: !dct.IsZero(), quarter: -1, ids: zeroed(sc.ids, len(d.Tokens)), out: sc.out[:0]}
	if tg.hasDCT {
		tg.dct = dateOf(dct)
	}
	tg.scan()
	var out []Timex // nil when there is none
	if len(tg.out) > 0 {
		out = append(out, tg.out...)
	}
	if cap(tg.ids) <= maxPooledIDs {
		clear(tg.out) // their values are the caller's now
		sc.ids, sc.out = tg.ids, tg.out[:0]
		scratches.Put(sc)
	}
	return out
}

// A scratch is what a TagDoc call needs and hands to no caller: the look-ups of the tokens and
// the expressions as they are found, copied to the result at their final number. Kept for the
// next text in scratches, they are not garbage for each.
type scratch struct {
	ids []int32
	out []Timex
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledIDs bounds the scratch kept, so that one long text does not hold its arrays for the
// short ones after it.
const maxPooledIDs = 1 << 16

// zeroed returns s with length n, all zero: s's own memory if it is large enough.
func zeroed(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}
