package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestCapitalisedMid checks capitalisedMid against a reading of every token, asking of every
// word of a text of many names, often enough that it hashes the keys after comparing them.
func TestCapitalisedMid(t *testing.T) {
	lex, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 300 {
		// Keys of one length, first and last letter: one fingerprint, asked of and not.
		x, y := 'a'+i%26, 'a'+i/26%26
		fmt.Fprintf(&b, "Zan%c%ca met Zor%c%ca and zin%c%ca. ", x, y, x, y, x, y)
	}
	d := text.Analyze(b.String())
	want := map[string]bool{}
	for i := 1; i < len(d.Tokens); i++ {
		tok := &d.Tokens[i]
		if k := d.Tokens[i-1].Kind; tok.Flags&text.Upper != 0 && tok.Flags&(text.SentStart|text.LineStart) == 0 && k != text.Mark && k != text.Punct {
			want[d.Key(i)] = true
		}
	}
	sc := newScan(lex, d)
	defer sc.release()
	for i := range d.Tokens {
		if key := d.Key(i); sc.capitalisedMid(key) != want[key] {
			t.Fatalf("capitalisedMid(%q) = %v, want %v", key, !want[key], want[key])
		}
	}
	if len(sc.capMid.slots) == 0 {
		t.Errorf("the keys were not hashed after %d questions", len(d.Tokens))
	}
}
