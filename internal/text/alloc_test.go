package text

import (
	"os"
	"strings"
	"testing"
)

// TestAnalyzeAllocs pins the allocations of Analyze: the Doc, its tokens, folded keys (twice:
// built, then made a string), sentence index, paragraphs and sentences, each allocated once at a
// size estimated from the text, so that a longer text costs no more allocations. A text more
// capitalised than news may outgrow the estimate of its folded keys once; the first word that
// is not ASCII costs a case folder and its buffers.
func TestAnalyzeAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	b, err := os.ReadFile("../../testdata/articles/speakers-2025-02-10.txt")
	if err != nil {
		t.Fatal(err)
	}
	ascii := "The minister said on Friday that talks could resume. Officials in Warsaw agreed.\n\n"
	tests := []struct {
		name string
		in   string
		max  float64
	}{
		{"empty", "", 4},
		{"ascii", ascii, 7},
		{"ascii x100", strings.Repeat(ascii, 100), 8}, // a quarter of its bytes are capitalised
		{"news", string(b), 8},
		{"news x16", strings.Repeat(string(b)+"\n\n", 16), 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(10, func() { Analyze(tc.in) }); got > tc.max {
				t.Errorf("Analyze allocates %v times, want at most %v", got, tc.max)
			}
		})
	}
}
