package timex

import (
	"os"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/text"
)

// BenchmarkTag measures TagDoc over an article analysed once, the way the attribution package
// calls it; BenchmarkTagText adds the text layer's own pass.
func BenchmarkTag(b *testing.B) {
	src, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := NewTagger(Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := text.Analyze(string(src))
	dct := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tg.TagDoc(d, dct)
	}
}

func BenchmarkTagText(b *testing.B) {
	src, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := NewTagger(Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	dct := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tg.Tag(s, dct); err != nil {
			b.Fatal(err)
		}
	}
}
