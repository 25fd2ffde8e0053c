package attribution

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/text"
)

// TestGenericPerson pins which descriptions of a speaker stand for one of the people talking.
func TestGenericPerson(t *testing.T) {
	tests := []struct {
		in     string
		gender entity.Gender
		ok     bool
	}{
		{"the girl", entity.Female, true},
		{"the old gentleman", entity.Male, true},
		{"The young man", entity.Male, true},
		{"her mother", entity.Female, true},
		{"his mother placidly", entity.Female, true}, // a manner adverb after the noun
		{"the father", entity.Male, true},
		{"my companion", entity.Unknown, true},
		{"his girl", entity.Unknown, false},      // a possessive before a noun of age or sex
		{"the spokesman", entity.Unknown, false}, // a role, bound elsewhere
		{"Mr. Dunstan", entity.Unknown, false},
		{"the woman who had lived there for many years", entity.Unknown, false}, // too long
	}
	for _, tc := range tests {
		g, ok := genericPerson(tc.in)
		if g != tc.gender || ok != tc.ok {
			t.Errorf("genericPerson(%q) = %v, %v; want %v, %v", tc.in, g, ok, tc.gender, tc.ok)
		}
	}
}

// TestMayBeGeneric checks that genericPerson's gate, mayBeGeneric, turns away no mention the
// gate's tests of length and first letter alone let through to a determiner: mentions built of
// determiners, nouns and names, with every spacing and case, and every short string of a few
// bytes that matter, answer as they did before the gate tested for a space.
func TestMayBeGeneric(t *testing.T) {
	// oldCut is cutDeterminer's determiner test before mayBeGeneric looked for a space.
	oldCut := func(s string) (string, bool, bool) {
		if len(s) < len("my x") || len(s) > maxGenericPerson {
			return s, false, false
		}
		switch s[0] | 0x20 {
		case 't', 'h', 'm':
		default:
			return s, false, false
		}
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return s, false, false
		}
		det, rest := s[:i], s[i+1:]
		ok, definite := false, false
		switch len(det) {
		case 2:
			ok = det[0]|0x20 == 'm' && det[1]|0x20 == 'y'
		case 3:
			a, b, c := det[0]|0x20, det[1]|0x20, det[2]|0x20
			definite = a == 't' && b == 'h' && c == 'e'
			ok = definite || a == 'h' && (b == 'e' && c == 'r' || b == 'i' && c == 's')
		case 5:
			ok = strings.EqualFold(det, "their")
		}
		return rest, definite, ok
	}
	words := []string{"the", "The", "THE", "my", "My", "his", "her", "Her", "their", "THEIR", "theïr",
		"Mr.", "Mrs.", "Harriet", "Tom", "girl", "man", "old", "mother", "x", "", "th", "thei", "theirs",
		"MY", "mY", "HIS", "hIs", "HER", "hEr", "tHe", "ThEiR", "Mary", "Henry", "Hi", "Ma", "Ta", "Tha"}
	check := func(s string) {
		t.Helper()
		r0, d0, ok0 := oldCut(s)
		r1, d1, ok1 := cutDeterminer(s)
		if ok0 != ok1 || ok0 && (r0 != r1 || d0 != d1) {
			t.Fatalf("cutDeterminer(%q) = %q, %v, %v; before the gate %q, %v, %v", s, r1, d1, ok1, r0, d0, ok0)
		}
	}
	n := 0
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for _, sep := range []string{" ", "  ", "", "-"} {
					check(a + sep + b + " " + c)
					check(a + sep + b)
					n++
				}
			}
		}
	}
	// Every string of up to six bytes from an alphabet of the bytes the tests read.
	alpha := []byte("tThmyeirs ")
	var b [6]byte
	var walk func(k int)
	walk = func(k int) {
		check(string(b[:k]))
		n++
		if k < len(b) {
			for _, x := range alpha {
				b[k] = x
				walk(k + 1)
			}
		}
	}
	walk(0)
	if n < 100000 {
		t.Fatalf("only %d inputs", n)
	}
}

// TestNounPhrase pins which windows of words can name a speaker in a novel.
func TestNounPhrase(t *testing.T) {
	for in, want := range map[string]bool{
		"a source close to the campaign": true,
		"Forty six percent":              true,
		"the old man at the gate":        true,
		"and turning away again":         false,
		"slowly":                         false,
		"The plan was ultimately":        false,
		"To":                             false,
		"":                               false,
	} {
		c := &docContext{d: text.Analyze(in)}
		if got := c.nounPhrase(Span{Start: 0, End: len(in)}); got != want {
			t.Errorf("nounPhrase(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPronounGender checks pronounGender against strings.ToLower on every string of up to
// four pieces of he and she in either case and of what is near them: a long s, a Kelvin sign,
// an invalid byte, a wide h.
func TestPronounGender(t *testing.T) {
	pieces := []string{"h", "H", "e", "E", "s", "S", "ſ", "K", "\xff", "ｈ", "x"}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		want := entity.Unknown
		switch strings.ToLower(s) {
		case "he":
			want = entity.Male
		case "she":
			want = entity.Female
		}
		if got := pronounGender(s); got != want {
			t.Errorf("pronounGender(%q) = %v, want %v", s, got, want)
		}
		if depth > 0 {
			for _, p := range pieces {
				walk(s+p, depth-1)
			}
		}
	}
	walk("", 4)
}

// TestInScene checks inScene, with the bounds sceneBounds gives for one offset, against
// sceneStart asked at every other, on generated scene breaks, some at 0 or repeated.
func TestInScene(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 2))
	for range 2000 {
		c := &docContext{breaksDone: true}
		for range rng.IntN(6) {
			c.breaks = append(c.breaks, rng.IntN(40))
		}
		slices.Sort(c.breaks)
		for from := 0; from < 44; from++ { // a statement's start, a byte offset
			start, end := c.sceneBounds(from)
			if want := c.sceneStart(from); start != want {
				t.Fatalf("breaks %v: sceneBounds(%d) starts at %d, sceneStart %d", c.breaks, from, start, want)
			}
			for off := -3; off < 45; off++ {
				if got, want := inScene(off, start, end), c.sceneStart(off) == start; got != want {
					t.Fatalf("breaks %v, scene of %d [%d, %d): inScene(%d) = %v, want %v", c.breaks, from, start, end, off, got, want)
				}
			}
		}
	}
}

// TestSceneBreaks compares sceneBreaks with the count of words it replaced on generated
// texts: paragraphs of symbols, quotation marks, words and numbers, and chapter headings of
// up to and past maxHeadingWords words.
func TestSceneBreaks(t *testing.T) {
	old := func(d *text.Doc) []int {
		var out []int
		for _, p := range d.Paragraphs {
			if p.Tokens() == 0 {
				continue
			}
			limit := 1
			if d.Key(p.First) == "chapter" {
				limit = maxHeadingWords + 1
			}
			words := 0
			for k := p.First; k < p.Last && words < limit; k++ {
				if t := d.Tokens[k].Kind; t == text.Word || t == text.Number {
					words++
				}
			}
			if words == 0 || limit > 1 && words <= maxHeadingWords {
				out = append(out, p.Start)
			}
		}
		return out
	}
	pieces := []string{"*", "* * *", "#", "---", "—", "“", "”", "\"", "'", ".", "!", "(", ")", "word", "Anne", "42", "1914", "VII.", "said", "—Lee"}
	rng := rand.New(rand.NewPCG(19, 7))
	var texts []string
	for range 3000 {
		var paras []string
		for range 1 + rng.IntN(6) {
			var p []string
			if rng.IntN(3) == 0 {
				p = append(p, []string{"Chapter", "CHAPTER", "chapter", "Chapters"}[rng.IntN(4)])
				for range rng.IntN(2 * maxHeadingWords) {
					p = append(p, []string{"One", "2", "—", "Her", "."}[rng.IntN(5)])
				}
			} else {
				for range 1 + rng.IntN(5) {
					p = append(p, pieces[rng.IntN(len(pieces))])
				}
			}
			paras = append(paras, strings.Join(p, []string{" ", "", "  "}[rng.IntN(3)]))
		}
		texts = append(texts, strings.Join(paras, "\n\n"))
	}
	found := 0
	for _, s := range texts {
		d := text.Analyze(s)
		want := old(d)
		if got := sceneBreaks(d, nil); !slices.Equal(got, want) {
			t.Fatalf("%q: sceneBreaks = %v, want %v", s, got, want)
		}
		found += len(want)
		d.Release()
	}
	if found < 1000 {
		t.Errorf("only %d scene breaks in the generated texts", found)
	}
}
