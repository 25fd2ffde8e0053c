package lexicon

import (
	"fmt"
	"math/rand/v2"
	"slices"
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
		got = append(got, entry{n, slices.Clone(f)}) // the next entry reuses f
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

// TestPhrasesMany adds enough first words to make the index grow several times, then checks
// that every phrase is found, that other words are not, and that a clone added to after the
// growth leaves the original alone.
// TestMatchSkipping checks that a phrase matches across one word left out, and that the
// index it returns counts the words read without that word.
func TestMatchSkipping(t *testing.T) {
	var p Phrases[string]
	p.Add([]string{"spoke", "of"}, "speak of")
	text := keys(strings.Fields("she spoke fondly of him"))
	if v, end, ok := p.MatchSkipping(text, 1, 2, len(text)-1); !ok || v != "speak of" || end != 3 {
		t.Errorf("MatchSkipping over fondly = %q, %d, %v; want speak of, 3, true", v, end, ok)
	}
	if _, _, ok := p.Match(text, 1, len(text)); ok {
		t.Error("Match found spoke of across fondly")
	}
	if _, _, ok := p.MatchSkipping(text, 1, 3, len(text)-1); ok {
		t.Error("MatchSkipping found spoke of with of left out")
	}
}

// TestCloneThenAddToOriginal checks that a phrase added to the original after a Clone, longer
// than those of its first word (and so inserted before them), leaves the clone alone.
func TestCloneThenAddToOriginal(t *testing.T) {
	var p Phrases[string]
	p.Add([]string{"spoke"}, "speak")
	p.Add([]string{"spoke", "of"}, "speak of")
	p.Add([]string{"spoke", "up"}, "speak up") // three phrases: the slice has room for a fourth
	c := p.Clone()
	p.Add([]string{"spoke", "out", "against"}, "speak out against")
	text := keys(strings.Fields("spoke out against it"))
	if v, _, _ := p.Match(text, 0, len(text)); v != "speak out against" {
		t.Errorf("original match = %q, want speak out against", v)
	}
	if v, end, ok := c.Match(text, 0, len(text)); !ok || v != "speak" || end != 1 {
		t.Errorf("clone match = %q, %d, %v; want speak, 1, true", v, end, ok)
	}
}

// TestMatchFirst checks that FirstOf finds the first words of phrases and no other word, and
// that MatchFirst from its index matches as MatchSkipping does, with and without a gap.
func TestMatchFirst(t *testing.T) {
	var p Phrases[string]
	p.Add([]string{"spoke", "of"}, "speak of")
	p.Add([]string{"said"}, "say")
	text := keys(strings.Fields("she spoke fondly of him"))
	if p.FirstOf("she") >= 0 || p.FirstOf("of") >= 0 {
		t.Error("FirstOf found a word that starts no phrase")
	}
	fi := p.FirstOf("spoke")
	if fi < 0 {
		t.Fatal("FirstOf(spoke) = -1")
	}
	if v, end, ok := p.MatchFirst(fi, text, 1, 2, len(text)-1); !ok || v != "speak of" || end != 3 {
		t.Errorf("MatchFirst over fondly = %q, %d, %v; want speak of, 3, true", v, end, ok)
	}
	if _, _, ok := p.MatchFirst(fi, text, 1, -1, len(text)); ok {
		t.Error("MatchFirst found spoke of across fondly without the gap")
	}
	if !p.StartsMulti(fi) || p.StartsMulti(p.FirstOf("said")) {
		t.Error("StartsMulti wrong for spoke (spoke of) or said (said alone)")
	}
}

func TestMayStart(t *testing.T) {
	var p Phrases[string]
	p.Add([]string{"spoke", "of"}, "speak of")
	p.Add([]string{"said"}, "say")
	if !p.StartsMulti(p.FirstOf("spoke")) {
		t.Error("StartsMulti(spoke) = false for the first word of a phrase of two")
	}
	if p.StartsMulti(p.FirstOf("said")) || p.FirstOf("fondly") >= 0 {
		t.Error("StartsMulti = true for a phrase of one word, or FirstOf found a word of none")
	}
	if !p.MayStart("said") || !p.MayStart("spoke") || p.MayStart("fondly") {
		t.Error("MayStart wrong for the first word of a phrase of one or two words, or another")
	}
	if c := p.Clone(); !c.MayStart("spoke") || !c.StartsMulti(c.FirstOf("spoke")) {
		t.Error("a clone lost the shapes of the first words or what they start")
	}
}

func TestPhrasesMany(t *testing.T) {
	var p Phrases[int]
	const n = 1000
	for i := range n {
		p.Add([]string{fmt.Sprintf("w%d", i), "x"}, i)
		p.Add([]string{fmt.Sprintf("w%d", i)}, -i)
	}
	if p.Len() != n {
		t.Fatalf("Len() = %d, want %d", p.Len(), n)
	}
	c := p.Clone()
	for i := range 100 {
		c.Add([]string{fmt.Sprintf("new%d", i)}, i)
	}
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		if v, end, ok := p.Match(keys{w, "x"}, 0, 2); !ok || v != i || end != 2 {
			t.Fatalf("Match(%s x) = %d, %d, %v", w, v, end, ok)
		}
		if v, end, ok := c.Match(keys{w, "y"}, 0, 2); !ok || v != -i || end != 1 {
			t.Fatalf("clone: Match(%s y) = %d, %d, %v", w, v, end, ok)
		}
	}
	for i := range 100 {
		w := fmt.Sprintf("new%d", i)
		if _, _, ok := p.Match(keys{w}, 0, 1); ok {
			t.Fatalf("Clone's addition %s leaked into the original", w)
		}
		if v, _, ok := c.Match(keys{w}, 0, 1); !ok || v != i {
			t.Fatalf("clone: Match(%s) = %d, %v", w, v, ok)
		}
	}
}

// TestPhrasesLengths checks that Phrases find first words of every length, those compared
// by their words and those longer, and no word differing from one of them in one byte.
func TestPhrasesLengths(t *testing.T) {
	var p Phrases[int]
	var other []string
	for n := 1; n <= 2*maxShortKey+2; n++ {
		w := strings.Repeat("a", n)
		p.Add([]string{w}, n)
		for i := range n {
			other = append(other, w[:i]+"b"+w[i+1:])
		}
	}
	for n := 1; n <= 2*maxShortKey+2; n++ {
		w := strings.Repeat("a", n)
		if v, _, ok := p.Match([]string{w}, 0, 1); !ok || v != n {
			t.Errorf("Match(%q) = %d, %v; want %d, true", w, v, ok, n)
		}
	}
	for _, w := range other {
		if v, _, ok := p.Match([]string{w}, 0, 1); ok {
			t.Errorf("Match(%q) = %d, true; want no match", w, v)
		}
	}
}

// TestFirstsOrder checks that Firsts lists the first words in the order of FirstOf's indexes,
// which the entity stage keeps for each word in place of a second look-up.
func TestFirstsOrder(t *testing.T) {
	var p Phrases[int]
	for i, w := range []string{"prime minister", "mayor", "prime suspect", "chief of staff", "mayor of"} {
		p.Add(strings.Fields(w), i)
	}
	i := 0
	for w := range p.Firsts() {
		if fi := p.FirstOf(w); fi != i {
			t.Errorf("Firsts lists %q at %d, FirstOf gives %d", w, i, fi)
		}
		i++
	}
	if i != p.Len() {
		t.Errorf("Firsts lists %d words, Len is %d", i, p.Len())
	}
}

// TestFindOrAdd checks that findOrAdd numbers words in the order they first come, as find and
// add did, for words of every length (those that repeat a letter read alike but for their
// length), across the index's growth.
func TestFindOrAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "aa", "b", "é", "abcdefgh", "0123456789abcdef"}
	for range 50 {
		var x wordIndex
		var words []string
		first := map[string]int{}
		for range r.IntN(2000) {
			var b strings.Builder
			for range 1 + r.IntN(5) {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			w := b.String()
			want, seen := first[w]
			if !seen {
				want = len(first)
				first[w] = want
			}
			if got, added := x.findOrAdd(&words, w); got != want || added == seen {
				t.Fatalf("findOrAdd(%q) = %d, %v; want %d, %v", w, got, added, want, !seen)
			}
		}
		for w, want := range first {
			if got := x.find(words, w); got != want || words[want] != w {
				t.Fatalf("find(%q) = %d, want %d", w, got, want)
			}
		}
	}
}
