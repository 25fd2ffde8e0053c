package text

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAnalyzeAllocs pins the allocations of Analyze: the Doc, its tokens, folded keys (twice:
// built, then made a string), key of each token, sentence index, paragraphs, sentences and
// block index of TokenAt, each allocated once at a size estimated from the text, so that a longer text costs
// no more allocations; and the list of quotation marks, if the text has any. A text more
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
		{"ascii", ascii, 9},
		{"ascii x100", strings.Repeat(ascii, 100), 10}, // a quarter of its bytes are capitalised
		{"news", string(b), 11},
		{"news x16", strings.Repeat(string(b)+"\n\n", 16), 11},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(10, func() { Analyze(tc.in) }); got > tc.max {
				t.Errorf("Analyze allocates %v times, want at most %v", got, tc.max)
			}
		})
	}
}

// TestReleaseReuse checks that a Doc built from the memory of released ones, of a longer and a
// shorter text, is the Doc a fresh analysis gives, and that releasing makes Analyze allocate
// little more than its folded keys.
func TestReleaseReuse(t *testing.T) {
	b, err := os.ReadFile("../../testdata/articles/speakers-2025-02-10.txt")
	if err != nil {
		t.Fatal(err)
	}
	news := string(b)
	texts := []string{news, strings.Repeat("Ünïcode Wörter, “quoted.” ", 200), "", "Short.", news}
	for i, s := range texts {
		// One of the two reuses the Doc released last round; the other is new.
		want, got := Analyze(s), Analyze(s)
		if diff := cmp.Diff(viewOf(want), viewOf(got), cmp.AllowUnexported(Token{})); diff != "" {
			t.Errorf("text %d after reuse (-want +got):\n%s", i, diff)
		}
		got.Release()
	}
	if testing.CoverMode() != "" || raceEnabled {
		return
	}
	if got := testing.AllocsPerRun(10, func() { Analyze(news).Release() }); got > 2 {
		t.Errorf("Analyze with Release allocates %v times, want at most 2", got)
	}
}

// A docView is what callers can see of a Doc.
type docView struct {
	Tokens           []Token
	Sentences, Paras []Segment
	Keys             []string
	SentOf, ParaOf   []int
}

func viewOf(d *Doc) docView {
	v := docView{Tokens: d.Tokens, Sentences: d.Sentences, Paras: d.Paragraphs}
	for i := range d.Tokens {
		v.Keys = append(v.Keys, d.Key(i))
		v.SentOf = append(v.SentOf, d.SentenceOf(i))
		v.ParaOf = append(v.ParaOf, d.ParagraphOf(i))
	}
	return v
}
