// Package timex finds temporal expressions in text and normalises them to TIMEX3 values
// against a document's creation time: "on Monday" in an article of Wednesday 22 January 2025 is
// 2025-01-20, "in June" is the most recent June, "next year" is 2026.
//
// # Types and values
//
// Every expression has a [Type] (DATE, TIME, DURATION, SET) and a TIMEX3 value: 2025-01-20,
// 2024-06, 2018, 2025-W03, 2024-SU, PRESENT_REF, P3Y, 2025-01-21TNI. Values that cannot be
// resolved are left empty rather than guessed.
package timex

import (
	"errors"
	"fmt"
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

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Type) UnmarshalText(b []byte) error {
	i, err := typeNames.Unmarshal(b)
	*t = Type(i)
	return err
}

// A Timex is one temporal expression.
type Timex struct {
	Span  Span   `json:"span"`
	Type  Type   `json:"type"`
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
}

// NewTagger returns a Tagger for opts, or an error if opts is invalid.
func NewTagger(opts Options) (*Tagger, error) {
	if opts.MaxInputBytes < 0 {
		return nil, errors.New("timex: negative MaxInputBytes")
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	return &Tagger{opts: opts}, nil
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
	return nil // the expression grammar comes in the temporal issue
}
