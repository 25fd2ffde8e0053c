package lexicon

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEntries(t *testing.T) {
	data := "# header\n\nsay\tspeech\tsaid says\nprime minister  political  -\n  \n# end\n"
	type entry struct {
		Line   int
		Fields []string
	}
	var got []entry
	for n, f := range Entries(data) {
		got = append(got, entry{n, f})
	}
	want := []entry{
		{3, []string{"say", "speech", "said says"}},
		{4, []string{"prime minister", "political", "-"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entries (-want +got):\n%s", diff)
	}
}

type keys []string

func (k keys) Key(i int) string { return k[i] }

func TestPhrases(t *testing.T) {
	var p Phrases[string]
	p.Add([]string{"prime", "minister"}, "pm")
	p.Add([]string{"prime"}, "adj")
	p.Add([]string{"prime", "minister"}, "dup") // keeps the first value
	tests := []struct {
		text      string
		i, limit  int
		want      string
		wantEnd   int
		wantFound bool
	}{
		{"the prime minister said", 1, 4, "pm", 3, true},
		{"the prime minister said", 1, 2, "adj", 2, true}, // limit cuts the longer phrase
		{"the prime time", 1, 3, "adj", 2, true},
		{"the minister", 1, 2, "", 0, false},
		{"prime", 1, 1, "", 0, false}, // i at the limit
	}
	for _, tc := range tests {
		k := keys(strings.Fields(tc.text))
		v, end, ok := p.Match(k, tc.i, tc.limit)
		if v != tc.want || end != tc.wantEnd || ok != tc.wantFound {
			t.Errorf("Match(%q, %d, %d) = %q, %d, %v; want %q, %d, %v", tc.text, tc.i, tc.limit, v, end, ok, tc.want, tc.wantEnd, tc.wantFound)
		}
	}
	c := p.Clone()
	c.Add([]string{"prime", "time"}, "pt")
	if _, _, ok := p.Match(keys{"prime", "time"}, 0, 2); !ok {
		t.Fatal("the original lost its one-word phrase")
	}
	if v, _, _ := p.Match(keys{"prime", "time"}, 0, 2); v != "adj" {
		t.Errorf("Clone's addition leaked into the original: %q", v)
	}
	if v, _, _ := c.Match(keys{"prime", "time"}, 0, 2); v != "pt" {
		t.Errorf("clone match = %q, want pt", v)
	}
}
