package timex_test

import (
	"slices"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks the invariants of Tag on any text: no panic, spans in bounds, on character
// boundaries (an invalid byte counts as a character of its own), ordered and non-overlapping,
// values well-formed, and the same output twice.
func FuzzTag(f *testing.F) {
	for _, tc := range tagCases {
		f.Add(tc.text, int64(20250122))
	}
	for _, tc := range zeroCases {
		f.Add(tc.text, int64(0))
	}
	f.Add("", int64(19891030))
	f.Add("'\xff 80s, the '9\x80s on 31/31/99 at 25:99 pm", int64(1))
	tg := newTagger(f)
	f.Fuzz(func(t *testing.T, s string, day int64) {
		var when time.Time
		if day != 0 {
			when = time.Date(int(day/10000%10000), time.Month(day/100%100), int(day%100), 0, 0, 0, 0, time.UTC)
		}
		got, err := tg.Tag(s, when)
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		for _, x := range got {
			sp := x.Span
			if sp.Start < end || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %v out of order or bounds (previous end %d, len %d) in %q", sp, end, len(s), s)
			}
			if !boundary(s, sp.Start) || !boundary(s, sp.End) {
				t.Fatalf("span %v not on character boundaries in %q", sp, s)
			}
			if x.Type < 1 || x.Type > 4 || !utf8.ValidString(x.Value) {
				t.Fatalf("bad type or value %+v in %q", x, s)
			}
			end = sp.End
		}
		again, _ := tg.Tag(s, when)
		if !slices.Equal(got, again) {
			t.Fatalf("Tag(%q) differs between two calls:\n%v\n%v", s, got, again)
		}
	})
}

// boundary reports whether offset i of s starts a character or ends the text: it is not inside
// a valid multi-byte encoding. An invalid byte is a character of its own.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j > i-utf8.UTFMax; j-- {
		if utf8.RuneStart(s[j]) {
			r, n := utf8.DecodeRuneInString(s[j:])
			return j+n <= i || r == utf8.RuneError && n == 1
		}
	}
	return true
}
