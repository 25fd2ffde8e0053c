package attribution

import (
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
