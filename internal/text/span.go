package text

import "strconv"

// A Span is a half-open range [Start, End) of byte offsets into the caller's text.
//
// Spans always point into the original bytes: normalisation for matching never moves them.
type Span struct {
	Start int `json:"start"` // offset of the first byte
	End   int `json:"end"`   // offset after the last byte
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, which stands for "absent".
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text s covers in text.
func (s Span) Of(text string) string { return text[s.Start:s.End] }

// String formats s as "[start,end)".
func (s Span) String() string {
	return "[" + strconv.Itoa(s.Start) + "," + strconv.Itoa(s.End) + ")"
}

// Hull returns the smallest span that covers both s and o.
func Hull(s, o Span) Span {
	return Span{min(s.Start, o.Start), max(s.End, o.End)}
}
