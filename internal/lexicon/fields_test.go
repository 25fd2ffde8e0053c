package lexicon

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// oldFields and oldEntries are Fields and Entries as they were before appendFields read eight
// bytes at a time and TrimSpace was skipped for plain lines and fields: the reference the fast paths must
// agree with on every input.
func oldFields(line string) []string {
	var out []string
	for line != "" {
		end, next := len(line), len(line)
		for i := 0; i < len(line); i++ {
			if line[i] == '\t' {
				end, next = i, i+1
				break
			}
			if line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ' {
				end, next = i, i+2
				break
			}
		}
		if f := strings.TrimSpace(line[:end]); f != "" {
			out = append(out, f)
		}
		line = line[next:]
	}
	return out
}

func oldEntries(data string) (lines []int, fields [][]string) {
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		lines, fields = append(lines, n), append(fields, oldFields(line))
	}
	return lines, fields
}

// fieldPieces are what the generated lines are made of: the bytes on either side of the
// separating test (0x20, 0x21), every byte TrimSpace trims, control bytes it does not, Unicode
// spaces and other runes, invalid UTF-8 and runs long enough to cross eight-byte words.
var fieldPieces = []string{"a", "z", "!", "~", "#", " ", "  ", "   ", "\t", "\n", "\v", "\f", "\r",
	"\x00", "\x01", "\x1f", "\x7f", "\u0085", "\u00a0", "\u2003", "\u3000", "é", "\xff", "\xc2",
	"abcdefgh", "prime minister", "0123456789abcdef"}

func TestFieldsAgainstOld(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(fieldPieces[r.IntN(len(fieldPieces))])
		}
		s := b.String()
		if got, want := appendFields(nil, s), oldFields(s); !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		var gotLines []int
		var gotFields [][]string
		for n, f := range Entries(s) {
			gotLines, gotFields = append(gotLines, n), append(gotFields, slices.Clone(f))
		}
		wantLines, wantFields := oldEntries(s)
		if !slices.Equal(gotLines, wantLines) || !slices.EqualFunc(gotFields, wantFields, slices.Equal) {
			t.Fatalf("Entries(%q) = %v %q, want %v %q", s, gotLines, gotFields, wantLines, wantFields)
		}
	}
}
