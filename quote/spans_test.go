package quote_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/quote"
)

// TestSpansApart checks that the parts and marks of the quotations, which share blocks of
// spans, do not share room: appending to those of one quotation leaves the others as they were.
func TestSpansApart(t *testing.T) {
	const text = `"The bridge will open," the mayor said. "Not this year," Ann Lee said, "and not the next." ` +
		`He said the works had stalled, "and the money is gone." The council called the plan "a folly" and said it would vote on Friday.`
	e, err := quote.NewExtractor(quote.Options{})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := e.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 3 {
		t.Fatalf("got %d quotations, want 3 or more", len(qs))
	}
	want := make([]quote.Quote, len(qs))
	for i, q := range qs {
		want[i] = q
		want[i].Parts, want[i].Marks = slices.Clone(q.Parts), slices.Clone(q.Marks)
	}
	for i := range qs {
		qs[i].Parts = append(qs[i].Parts, quote.Span{Start: -1, End: -1})
		qs[i].Marks = append(qs[i].Marks, quote.Span{Start: -1, End: -1})
	}
	for i := range qs {
		got := qs[i]
		got.Parts, got.Marks = got.Parts[:len(want[i].Parts)], got.Marks[:len(want[i].Marks)]
		if want[i].Marks == nil {
			got.Marks = nil // a reported statement without a quotation has none
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("quotation %d changed (-want +got):\n%s", i, diff)
		}
	}
}
