package topic

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

func FuzzParseTaxonomy(f *testing.F) {
	for _, tc := range parseErrorCases {
		if len(tc.input) < 1<<16 {
			f.Add(tc.input)
		}
	}
	for _, name := range []string{"taxonomy.json", "taxonomy-other.json"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	d := text.Analyze("The US and NATO held peace talks on security guarantees in the third world war.")
	f.Fuzz(func(t *testing.T, input string) {
		tax, err := ParseTaxonomy(strings.NewReader(input))
		tax2, err2 := ParseTaxonomy(strings.NewReader(input))
		if err != nil {
			var te *TaxonomyError
			if !errors.As(err, &te) || tax != nil {
				t.Fatalf("ParseTaxonomy(%q) = %v, %v: want nil and a *TaxonomyError", input, tax, err)
			}
			if !strings.HasPrefix(err.Error(), "topic: taxonomy: ") || te.Msg == "" {
				t.Errorf("badly formed error %q", err)
			}
			if err2 == nil || err2.Error() != err.Error() {
				t.Errorf("second parse gave %v, first %v", err2, err)
			}
			return
		}
		labels := tax.Labels()
		if len(labels) == 0 || !slices.IsSorted(labels) {
			t.Fatalf("labels %q: want some, sorted", labels)
		}
		for _, l := range labels {
			if strings.TrimSpace(l) == "" {
				t.Errorf("empty label in %q", labels)
			}
		}
		for _, tm := range tax.terms {
			if len(tm.words) == 0 || len(tm.words) > MaxTermWords || len(tm.labels) == 0 {
				t.Errorf("bad term %+v", tm)
			}
		}
		if err2 != nil || !cmp.Equal(labels, tax2.Labels()) {
			t.Errorf("second parse gave %v, %v", tax2.Labels(), err2)
		}
		NewAnalyzer(d, nil, tax).Topics(Statement{Content: []text.Span{{Start: 0, End: len(d.Text)}}}, 0)
	})
}

func FuzzTopics(f *testing.F) {
	b, err := os.ReadFile("testdata/summit.txt")
	if err != nil {
		f.Fatal(err)
	}
	summit := string(b)
	f.Add(summit, 950, 1075, 900, 1100, 0, 0, 0)
	f.Add(summit, 0, len(summit), 0, 0, -5, 40, 3)
	f.Add("Security guarantees, he said, are a must—for NATO’s US–Russia talks.", 0, 30, 31, 70, 0, 70, 0)
	f.Add("“Peace talks”, said Mr. Ng. «L’OTAN» \xff\xfe war in Ukraine-Russia", 1, 18, 20, 60, 5, 10, 1)
	f.Add("", 0, 0, 0, 0, 0, 0, 0)
	f.Add("third world war third world war war", 6, 20, 0, 35, 2, 2, 2)
	tax := loadTaxonomy(f, "taxonomy.json")
	f.Fuzz(func(t *testing.T, s string, a0, a1, b0, b1, c0, c1, limit int) {
		d := text.Analyze(s)
		var mentions []Mention
		for i, tk := range d.Tokens {
			switch {
			case tk.Kind == text.Word && tk.Flags&text.Upper != 0:
				mentions = append(mentions, Mention{Span: tk.Span, Name: d.TokenText(i), Kind: "person"})
			case d.Key(i) == "he":
				mentions = append(mentions, Mention{Span: tk.Span, Name: "X", Pronoun: true})
			}
		}
		st := Statement{
			Content: []text.Span{{Start: a0, End: a1}, {Start: b0, End: b1}},
			Context: text.Span{Start: c0, End: c1},
			Speaker: "Putin",
		}
		limit %= 20
		got := NewAnalyzer(d, mentions, tax).Topics(st, limit)
		want := limit
		if want <= 0 {
			want = DefaultMax
		}
		if len(got) > want {
			t.Errorf("%d topics, limit %d", len(got), limit)
		}
		bounds := testdoc.Boundaries(s)
		for _, tp := range got {
			if tp.Label == "" || tp.Score < 0 || tp.Score > 1 || tp.Source.String() == "" || len(tp.Evidence) == 0 {
				t.Errorf("bad topic %+v", tp)
			}
			for k, e := range tp.Evidence {
				if e.Start < 0 || e.Start >= e.End || e.End > len(s) || !bounds[e.Start] || !bounds[e.End] {
					t.Fatalf("topic %q: evidence %v out of bounds or off a character boundary in %q", tp.Label, e, s)
				}
				if k > 0 && tp.Evidence[k-1].Start > e.Start {
					t.Errorf("topic %q: evidence out of order: %v", tp.Label, tp.Evidence)
				}
			}
		}
		again := NewAnalyzer(text.Analyze(s), mentions, tax).Topics(st, limit)
		if diff := cmp.Diff(got, again); diff != "" {
			t.Errorf("not deterministic (-first +second):\n%s", diff)
		}
		Summarize([]int{0, 0}, [][]Topic{got, again})
		// Without a Taxonomy the analyser keeps only the content units: it must find the
		// entity topics and key phrases of one that keeps them all.
		lean := NewAnalyzer(d, mentions, nil).Topics(st, 1000)
		var full []Topic
		for _, tp := range NewAnalyzer(d, mentions, tax).Topics(st, 1000) {
			if tp.Source != FromTaxonomy {
				full = append(full, tp)
			}
		}
		if diff := cmp.Diff(full, lean, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("topics without a Taxonomy differ (-full +lean):\n%s", diff)
		}
	})
}
