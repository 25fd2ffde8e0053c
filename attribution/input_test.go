package attribution_test

import (
	"encoding/json"
	"runtime"
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

// TestParseInputMemory checks that a long text with an escaped quote near its start costs about
// its own size: the unescaped copy is sized once, not grown by doubling from the first quote.
func TestParseInputMemory(t *testing.T) {
	text := `He said \"yes\" then. ` + strings.Repeat(`Some words of news, and a line.\n\n`, 4000)
	line := []byte(`{"id":"a","text":"` + text + `","date":"2024-01-02"}`)
	const runs = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		var in attribution.Input
		if err := attribution.ParseInput(line, &in); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if got, most := (after.TotalAlloc-before.TotalAlloc)/runs, uint64(3*len(line)/2); got > most {
		t.Errorf("ParseInput of a %d-byte line allocates %d bytes, want at most %d", len(line), got, most)
	}
}
