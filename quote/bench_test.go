package quote

import (
	"testing"

	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

// BenchmarkExtractDoc measures the quote stage alone, over text analysed beforehand.
func BenchmarkExtractDoc(b *testing.B) {
	s, err := testdoc.Joined("../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	d := text.Analyze(s)
	e, err := NewExtractor(Options{Reported: ReportedAlways})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		e.ExtractDoc(d)
	}
}
