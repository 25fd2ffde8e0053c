package attribution

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/testdoc"
)

// BenchmarkStagesInPlace times Attribute stopped after each stage, over the test articles.
// The cost of a stage in place is the difference between its line and the one before it: a
// stage run alone over an analysed document again and again, as the stage benchmarks run it,
// runs the same instructions in half the time or less (README, "By stage and end to end").
func BenchmarkStagesInPlace(b *testing.B) {
	texts, err := testdoc.Articles("../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	docs := make([]Document, len(texts))
	for i, t := range texts {
		docs[i] = Document{Text: t, Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)}
		n += len(t)
	}
	a, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"analyze", "quotes", "entities", "timexes", "statements", "topics"}
	for last := stageAnalyze; last <= stageTopics; last++ {
		b.Run(names[last], func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if _, err := a.attribute(d, last, new(Buffer)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
