package lexicon

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// oldFields and oldEntries are Fields and Entries as they were before fields were found eight
// bytes at a time, lines split as they were scanned, and TrimSpace skipped for plain lines and
// fields: the reference the fast paths must agree with on every input.
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

// TestEntriesOfListsAgainstOld reads the module's own lists, the input Entries is written for,
// and its other texts both ways.
func TestEntriesOfListsAgainstOld(t *testing.T) {
	paths, err := filepath.Glob("../../*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../../*/*/*.txt")
	paths = append(paths, more...)
	lists := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		lists++
		var gotLines []int
		var gotFields [][]string
		for n, f := range Entries(s) {
			gotLines, gotFields = append(gotLines, n), append(gotFields, slices.Clone(f))
		}
		wantLines, wantFields := oldEntries(s)
		if !slices.Equal(gotLines, wantLines) || !slices.EqualFunc(gotFields, wantFields, slices.Equal) {
			t.Errorf("Entries(%s) differs from the old reading", p)
		}
	}
	if lists < 20 {
		t.Errorf("read %d texts, want the module's", lists)
	}
}
