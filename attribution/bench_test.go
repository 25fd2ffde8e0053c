package attribution_test

import (
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// benchArticles returns the test articles, each a document.
func benchArticles(b *testing.B) []attribution.Document {
	b.Helper()
	texts, err := testdoc.Articles(articles)
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]attribution.Document, len(texts))
	for i, t := range texts {
		docs[i] = attribution.Document{Text: t, Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)}
	}
	return docs
}

func BenchmarkAttribute(b *testing.B) {
	benchAttribute(b, func(a *attribution.Attributor, d attribution.Document) error {
		_, err := a.Attribute(d)
		return err
	})
}

// BenchmarkAttributeInto is BenchmarkAttribute with one Buffer for all the results, as the
// batch program runs.
func BenchmarkAttributeInto(b *testing.B) {
	var buf attribution.Buffer
	benchAttribute(b, func(a *attribution.Attributor, d attribution.Document) error {
		_, err := a.AttributeInto(&buf, d)
		return err
	})
}

// benchAttribute times attribute over the test articles, each a document.
func benchAttribute(b *testing.B, attribute func(*attribution.Attributor, attribution.Document) error) {
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
			if err := attribute(a, d); err != nil {
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
