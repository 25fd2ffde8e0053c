package attribution_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// TestLineEnds checks that each test article with its line ends written as CRLF, or as a bare
// CR, gives the statements, speakers, dates and topics it gives with LF.
func TestLineEnds(t *testing.T) {
	texts, err := testdoc.Articles(articles)
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)
	for _, eol := range []string{"\r\n", "\r"} {
		undo := func(s string) string { return strings.ReplaceAll(s, eol, "\n") }
		for i, plain := range texts {
			text := strings.ReplaceAll(plain, "\n", eol)
			want, err := a.Attribute(attribution.Document{Text: plain, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			got, err := a.Attribute(attribution.Document{Text: text, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			same := func(s string) string { return s }
			if diff := cmp.Diff(statementTexts(want, plain, same), statementTexts(got, text, undo)); diff != "" {
				t.Errorf("article %d with %q line ends: statements differ (-LF +%q):\n%s", i, eol, eol, diff)
			}
		}
	}
}
