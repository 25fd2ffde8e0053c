package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestRecognizeAllocs checks that RecognizeDoc allocates per text, not per mention: its
// slices and maps are sized from the counts of tokens and mentions, and the lists of each
// entity's mentions share one array. Sixteen copies of an article may cost a few more
// allocations for scratch space that grows, not sixteen times as many.
func TestRecognizeAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops objects at random")
	}
	b, err := os.ReadFile("../testdata/articles/speakers-2025-02-10.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRecognizer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	allocs := func(copies int) float64 {
		d := text.Analyze(strings.Repeat(string(b)+"\n\n", copies))
		return testing.AllocsPerRun(10, func() { r.RecognizeDoc(d, nil) })
	}
	one, many := allocs(1), allocs(16)
	if one > 40 {
		t.Errorf("RecognizeDoc of one article allocates %v times, want at most 40", one)
	}
	if many > one+8 {
		t.Errorf("RecognizeDoc of 16 articles allocates %v times, of one %v: want at most 8 more", many, one)
	}
}

// TestRecognizeIntoAllocs checks that RecognizeDocInto, into the Analysis of the same text,
// reuses all its memory, the lists of the entities' mentions included: this one's names are
// slices of the text, and it allocates nothing.
func TestRecognizeIntoAllocs(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("coverage instrumentation allocates; the race detector's sync.Pool drops objects")
	}
	b, err := os.ReadFile("../testdata/articles/speakers-2025-02-10.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRecognizer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(string(b))
	var a Analysis
	if n := testing.AllocsPerRun(10, func() { r.RecognizeDocInto(&a, d, nil) }); n != 0 {
		t.Errorf("RecognizeDocInto into the Analysis of the same text allocates %v times, want 0", n)
	}
}
