package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

func benchText(b *testing.B) string {
	b.Helper()
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
	return sb.String()
}

// BenchmarkExtractDoc measures the quote stage alone, over text analysed beforehand.
func BenchmarkExtractDoc(b *testing.B) {
	s := benchText(b)
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
