package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// BenchmarkRecognizeDoc measures the entity stage alone, over text analysed beforehand.
func BenchmarkRecognizeDoc(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	s := sb.String()
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
