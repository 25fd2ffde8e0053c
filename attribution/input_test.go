package attribution_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/attribution"
)

// TestParseInputEveryOffset checks ParseInput against json.Unmarshal for texts with a byte
// that needs care (a quote, an escape, a control character, a character of two to four bytes,
// an invalid byte) at every offset of a text longer than the eight bytes its scan takes at a
// time, so that the mark falls at every place of a word and in the bytes after the last word.
func TestParseInputEveryOffset(t *testing.T) {
	for _, odd := range []string{`\"`, `\\`, `\n`, `\/`, `\u00e9`, "\t", "\x00", "\x1f", "é", "€", "😀",
		"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "<&>", "\x7f", " ", "!", "#"} {
		for n := 0; n < 40; n++ {
			for pos := 0; pos <= n; pos++ {
				text := strings.Repeat("a", pos) + odd + strings.Repeat("b", n-pos)
				line := `{"id":"x","text":"` + text + `","date":null}`
				var got, want attribution.Input
				errGot := attribution.ParseInput([]byte(line), &got)
				errWant := json.Unmarshal([]byte(line), &want)
				if (errGot == nil) != (errWant == nil) {
					t.Fatalf("ParseInput(%q) error %v, json.Unmarshal error %v", line, errGot, errWant)
				}
				if errGot == nil && *got.Text != *want.Text {
					t.Fatalf("ParseInput(%q) text %q, json.Unmarshal %q", line, *got.Text, *want.Text)
				}
			}
		}
	}
}
