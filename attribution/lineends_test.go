package attribution_test

import (
	"strings"
	"testing"
)

// TestLineEnds checks that each test article with its line ends written as CRLF, or as a bare
// CR, gives what it gives with LF, span for span.
func TestLineEnds(t *testing.T) {
	for _, eol := range []string{"\r\n", "\r"} {
		rewrite := func(s string) string { return strings.ReplaceAll(s, "\n", eol) }
		undo := func(s string) string { return strings.ReplaceAll(s, eol, "\n") }
		checkRewritten(t, "with "+strings.ReplaceAll(strings.ReplaceAll(eol, "\r", "CR"), "\n", "LF"), rewrite, undo)
	}
}
