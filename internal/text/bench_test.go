package text

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/testdoc"
)

// benchText is the test articles of ../../testdata/articles, one after the other.
func benchText(b *testing.B) string {
	b.Helper()
	s, err := testdoc.Joined("../../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkAnalyze(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(s)
	}
}

// BenchmarkAnalyzeArticles analyses each test article and releases it, as the pipeline does:
// the Docs' memory is reused.
func BenchmarkAnalyzeArticles(b *testing.B) {
	docs, err := testdoc.Articles("../../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, s := range docs {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range docs {
			Analyze(s).Release()
		}
	}
}

// BenchmarkFloor walks the runes of the text once and classifies each, the least any analysis
// must do.
func BenchmarkFloor(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := 0; i < len(s); {
			c, _, w := decode(s, i)
			if c == cLetter {
				n++
			}
			i += w
		}
	}
	_ = n
}

// runeSink keeps the compiler from dropping BenchmarkFloorRunes's loop.
var runeSink int

// BenchmarkFloorRunes only walks the runes of the text once, with utf8.DecodeRuneInString: the
// floor any scanner of the same input stands on. Analyze's cost is stated as a multiple of it.
func BenchmarkFloorRunes(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := 0; i < len(s); {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			n++
		}
	}
	runeSink = n
}
