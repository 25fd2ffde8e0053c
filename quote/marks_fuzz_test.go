package quote

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

// FuzzMarks checks the pairing of quotation marks on its own: every region has content inside
// the text, on character boundaries, between marks that are mark tokens; regions come in text
// order, each inside its parent; nesting stays within MaxNesting; and a second run gives the
// same regions. It also holds coverage to coverageByQuotes.
func FuzzMarks(f *testing.F) {
	for _, s := range []string{
		`"We will hold every line," said Maria Kovalenko. "Promises do not rebuild schools."`,
		"He said the talks had “made progress” and that ‘nothing was agreed’.",
		"“First paragraph of a long quote.\n\n“Second paragraph,” she said.",
		`"a "b" c"`, `“a ‘b’ c”`, "« a ‹ b › c »", "„a“ sagte er", "「a『b』c」", "``a'' and 'b'",
		"\"a\n\n\"b\n\n\"c\"", `"""`, "’’’", "O’Brien’s ‘plan’", `5'11" tall`, "\"\xff\"", "“",
		"\"a\r\n\"b\"\r\n", "'90s", "“a “b “c “d “e “f “g “h “i “j ”””””””””",
		`"A," he said, "B." "C," she added.`, "« a » said X, « b ».", "\"a\n\n\"b,\" he said, \"c\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		done := make(chan []region, 1)
		run := func() []region {
			p := pairer{d: text.Analyze(s), maxDepth: DefaultMaxNesting, maxBytes: DefaultMaxQuoteBytes, spans: &spanArena{}}
			return p.run()
		}
		go func() { done <- run() }()
		var rs []region
		select {
		case rs = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("pairing %q did not end within 5s", s)
		}
		d := text.Analyze(s)
		bound := testdoc.Boundaries(s)
		marks := map[text.Span]bool{}
		for i := range d.Tokens {
			if d.Tokens[i].Kind == text.Mark {
				marks[d.Tokens[i].Span] = true
			}
		}
		for ri, r := range rs {
			if len(r.parts) == 0 || len(r.marks) == 0 {
				t.Fatalf("region %d of %q: %d parts, %d marks", ri, s, len(r.parts), len(r.marks))
			}
			for pi, p := range r.parts {
				if p.Start < 0 || p.End > len(s) || p.Start >= p.End || !bound[p.Start] || !bound[p.End] {
					t.Fatalf("region %d of %q: part %d %v empty, out of bounds or off a boundary", ri, s, pi, p)
				}
				if pi > 0 && r.parts[pi-1].End > p.Start {
					t.Fatalf("region %d of %q: part %d %v before part %d %v", ri, s, pi, p, pi-1, r.parts[pi-1])
				}
			}
			for _, m := range r.marks {
				if !marks[m] {
					t.Fatalf("region %d of %q: mark %v is no mark token", ri, s, m)
				}
			}
			if r.first < 0 || r.last < r.first || r.last >= len(d.Tokens) || d.Tokens[r.first].Kind != text.Mark {
				t.Fatalf("region %d of %q: tokens [%d, %d] of %d, first no mark", ri, s, r.first, r.last, len(d.Tokens))
			}
			if ri > 0 && rs[ri-1].first > r.first {
				t.Fatalf("region %d of %q starts before region %d", ri, s, ri-1)
			}
			if r.parent >= ri || r.parent >= 0 && (rs[r.parent].first > r.first || rs[r.parent].depth != r.depth-1) {
				t.Fatalf("region %d of %q: parent %d does not enclose it", ri, s, r.parent)
			}
			if p := r.parts[0]; r.isPair(d) && (len(r.parts) != 1 || d.TokenAt(p.Start) != r.first+1 || d.TokenAt(p.End) != r.last ||
				d.Tokens[r.last-1].End == p.End && d.TokenAt(p.End-1) != r.last-1) {
				t.Fatalf("region %d of %q: a pair of tokens [%d, %d] whose part %v has other tokens", ri, s, r.first, r.last, p)
			}
			if r.parent < 0 && r.depth != 0 || r.depth > DefaultMaxNesting {
				t.Fatalf("region %d of %q: depth %d with parent %d", ri, s, r.depth, r.parent)
			}
		}
		checkCoverage(t, s)
		again := run()
		if !slices.EqualFunc(rs, again, func(a, b region) bool {
			return cmp.Equal(a, b, cmp.AllowUnexported(region{}))
		}) {
			t.Fatalf("second pairing of %q differs:\n%s", s, cmp.Diff(rs, again, cmp.AllowUnexported(region{})))
		}
	})
}

// checkCoverage fails t if coverage, which reads the quotations of s by their regions, differs
// from coverageByQuotes.
func checkCoverage(t *testing.T, s string) {
	t.Helper()
	e, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, sc := text.Analyze(s), new(scratch)
	sc.spans.start(len(d.Marks()))
	p := pairer{d: d, maxDepth: DefaultMaxNesting, maxBytes: DefaultMaxQuoteBytes, spans: &sc.spans}
	regs := p.run()
	qs := e.classify(d, regs, sc)
	if got, want := coverage(d, qs, regs, sc.of, nil), coverageByQuotes(d, qs); !slices.Equal(got, want) {
		t.Fatalf("coverage of %q:\n%s", s, cmp.Diff(want, got))
	}
}

// coverageByQuotes is coverage read from the quotations' parts alone, finding the tokens of
// every part by TokenAt (coverPart), as coverage does for all but a pair of marks.
func coverageByQuotes(d *text.Doc, qs []Quote) []int32 {
	cover := make([]int32, len(d.Tokens))
	fill(cover, -1)
	for qi := range qs {
		q := &qs[qi]
		if q.Depth > 0 || len(q.Marks) == 0 {
			continue
		}
		coverCue(d, cover, q)
		for _, p := range q.Parts {
			coverPart(d, cover, p, int32(qi))
		}
	}
	return cover
}
