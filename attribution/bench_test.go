package attribution_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/attribution"
)

// benchArticles returns the test articles, each a document.
func benchArticles(b *testing.B) []attribution.Document {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	var docs []attribution.Document
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, attribution.Document{Text: string(t), Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)})
	}
	return docs
}

func BenchmarkAttribute(b *testing.B) {
	docs := benchArticles(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := a.Attribute(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAttributeLarge runs one document of all the articles many times over, the way a
// long feed item would come.
func BenchmarkAttributeLarge(b *testing.B) {
	docs := benchArticles(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, d := range docs {
			sb.WriteString(d.Text)
			sb.WriteString("\n\n")
		}
	}
	doc := attribution.Document{Text: sb.String(), Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Attribute(doc); err != nil {
			b.Fatal(err)
		}
	}
}
