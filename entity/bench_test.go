package entity

import (
	"testing"

	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

// BenchmarkRecognizeDoc measures the entity stage alone, over text analysed beforehand.
func BenchmarkRecognizeDoc(b *testing.B) {
	s, err := testdoc.Joined("../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	d := text.Analyze(s)
	r, err := NewRecognizer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		r.RecognizeDoc(d, nil)
	}
}

// BenchmarkLexicons measures the start-up: parsing the embedded lists into the tables.
func BenchmarkLexicons(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := buildLexicons(); err != nil {
			b.Fatal(err)
		}
	}
}
