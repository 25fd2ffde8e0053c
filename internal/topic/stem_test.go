package topic

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStem(t *testing.T) {
	tests := []struct {
		name   string
		words  []string
		want   string
		reason string
	}{
		// The examples of Porter's paper, step by step.
		{name: "plural-sses", words: []string{"caresses"}, want: "caress"},
		{name: "plural-ies", words: []string{"ponies"}, want: "poni"},
		{name: "plural-ss", words: []string{"caress"}, want: "caress"},
		{name: "plural-s", words: []string{"cats"}, want: "cat"},
		{name: "eed-short", words: []string{"feed"}, want: "feed", reason: "m=0 before eed"},
		{name: "eed", words: []string{"agreed"}, want: "agre"},
		{name: "ed", words: []string{"plastered"}, want: "plaster"},
		{name: "ed-no-vowel", words: []string{"bled"}, want: "bled"},
		{name: "ing", words: []string{"motoring"}, want: "motor"},
		{name: "ing-no-vowel", words: []string{"sing"}, want: "sing"},
		{name: "at-ate", words: []string{"conflated"}, want: "conflat"},
		{name: "bl-ble", words: []string{"troubled"}, want: "troubl"},
		{name: "iz-ize", words: []string{"sized"}, want: "size"},
		{name: "double", words: []string{"hopping"}, want: "hop"},
		{name: "double-l", words: []string{"falling"}, want: "fall"},
		{name: "double-s", words: []string{"hissing"}, want: "hiss"},
		{name: "cvc-e", words: []string{"filing"}, want: "file"},
		{name: "y-i", words: []string{"happy"}, want: "happi"},
		{name: "y-kept", words: []string{"sky"}, want: "sky"},
		{name: "ational", words: []string{"relational"}, want: "relat"},
		{name: "tional", words: []string{"conditional"}, want: "condit"},
		{name: "ational-m0", words: []string{"rational"}, want: "ration", reason: "ational fails on m=0 and tional is not tried"},
		{name: "izer", words: []string{"digitizer"}, want: "digit"},
		{name: "bli", words: []string{"conformabli"}, want: "conform"},
		{name: "ization", words: []string{"vietnamization"}, want: "vietnam"},
		{name: "fulness", words: []string{"hopefulness", "hopeful"}, want: "hope"},
		{name: "biliti", words: []string{"sensibiliti"}, want: "sensibl"},
		{name: "ement", words: []string{"replacement"}, want: "replac"},
		{name: "ement-m", words: []string{"cement"}, want: "cement", reason: "ement fails and ment is not tried"},
		{name: "ion-st", words: []string{"adoption"}, want: "adopt"},
		{name: "e-kept", words: []string{"cease"}, want: "ceas"},
		{name: "e-cvc", words: []string{"rate"}, want: "rate"},
		{name: "ll", words: []string{"controlling", "controll"}, want: "control"},
		// The inflections a taxonomy relies on.
		{name: "guarantee", words: []string{"guarantee", "guarantees", "guaranteed"}, want: "guarante"},
		{name: "negotiate", words: []string{"negotiate", "negotiates", "negotiated", "negotiating", "negotiation", "negotiations"}, want: "negoti"},
		{name: "talk", words: []string{"talk", "talks", "talked", "talking"}, want: "talk"},
		{name: "territory", words: []string{"territory", "territories"}, want: "territori"},
		{name: "relations", words: []string{"relation", "relations"}, want: "relat"},
		{name: "meeting", words: []string{"meet", "meets", "meeting", "meetings"}, want: "meet"},
		// Exceptions and words left alone.
		{name: "news", words: []string{"news"}, want: "news", reason: "not the plural of new"},
		{name: "policy", words: []string{"policy", "policies"}, want: "policy", reason: "kept apart from police"},
		{name: "short", words: []string{"us"}, want: "us"},
		{name: "digits", words: []string{"g7s"}, want: "g7s"},
		{name: "apostrophe", words: []string{"don't"}, want: "don't"},
		{name: "abbreviation", words: []string{"u.s"}, want: "u.s"},
		{name: "non-ascii", words: []string{"négociations"}, want: "négociations"},
		{name: "too-long", words: []string{strings.Repeat("ab", 25) + "ing"}, want: strings.Repeat("ab", 25) + "ing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.words {
				if diff := cmp.Diff(tc.want, Stem(w)); diff != "" {
					t.Errorf("Stem(%q) mismatch (-want +got):\n%s%s", w, diff, tc.reason)
				}
			}
		})
	}
}

// TestStemAllocs pins the common case, a stem that is a prefix of its word, to no allocation.
func TestStemAllocs(t *testing.T) {
	Stem("negotiations") // load the tables
	if n := testing.AllocsPerRun(100, func() { Stem("negotiations"); Stem("talks"); Stem("security") }); n != 0 {
		t.Errorf("Stem allocates %v times, want 0", n)
	}
}

// TestLexicons loads the embedded lists, which panic on a malformed line.
func TestLexicons(t *testing.T) {
	if len(stemData().except) == 0 || len(stopwords()) == 0 || len(roles()) == 0 {
		t.Fatal("an embedded list is empty")
	}
	for _, w := range []string{"the", "said", "feb", "president"} {
		if !stopwords()[w] {
			t.Errorf("%q is not a stopword", w)
		}
	}
}

func FuzzStem(f *testing.F) {
	for _, w := range []string{"caresses", "agreed", "negotiations", "y", "yyy", "ies", "sses", "eed", "ing", "hoping", "ays", "happy", "relational"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		s := Stem(w)
		if len(s) > len(w) {
			t.Errorf("Stem(%q) = %q, longer than the word", w, s)
		}
		if s != Stem(w) {
			t.Errorf("Stem(%q) is not deterministic", w)
		}
		// stemPrefixes relies on this: a stem changes at most its last letter.
		if n := len(s); n > 0 && s[:n-1] != w[:n-1] {
			t.Errorf("Stem(%q) = %q changes more than its last letter", w, s)
		}
		var p stemPrefixes
		p.add(s)
		if !p.may(w) {
			t.Errorf("stemPrefixes of %q rejects %q", s, w)
		}
	})
}

// TestPhraseCounts checks the table of phrase counts against a map, through growth and reset.
func TestPhraseCounts(t *testing.T) {
	var pc phraseCounts
	for round := range 2 {
		want := map[[maxPhraseUnits]int32]int{}
		for i := range 500 {
			k := [maxPhraseUnits]int32{int32(i % 7), int32(i % 300), -1, int32(round)}
			s := pc.slot(k)
			if v := pc.slots[s]; v != 0 {
				if got := int(pc.counts[v-1]); got != want[k] {
					t.Fatalf("round %d: count of %v = %d, want %d", round, k, got, want[k])
				}
				continue
			}
			if _, ok := want[k]; ok {
				t.Fatalf("round %d: %v lost", round, k)
			}
			want[k] = i
			pc.add(s, k, i)
		}
		if len(pc.keys) != len(want) {
			t.Errorf("round %d: %d phrases, want %d", round, len(pc.keys), len(want))
		}
		pc.reset()
	}
}

// TestInterner checks an interner against a map, for strings of every length hashString reads
// differently (none, short, four to seven, eight to sixteen, longer).
func TestInterner(t *testing.T) {
	in := newInterner(4)
	want := map[string]int32{}
	for i := range 3000 {
		s := strings.Repeat("ab", i%13) + string(rune('a'+i%26)) + strings.Repeat("z", i%40/10)
		if i%7 == 0 {
			s = ""
		}
		idx, added := in.intern(s)
		if w, ok := want[s]; ok {
			if added || idx != w {
				t.Fatalf("intern(%q) = %d, %v; want %d, false", s, idx, added, w)
			}
			continue
		}
		if !added || int(idx) != len(want) {
			t.Fatalf("intern(%q) = %d, %v; want %d, true", s, idx, added, len(want))
		}
		want[s] = idx
	}
	for s, w := range want {
		if got := in.lookup(s, hashString(s)); got != w {
			t.Errorf("lookup(%q) = %d, want %d", s, got, w)
		}
	}
	if got := in.lookup("not there", hashString("not there")); got != -1 {
		t.Errorf("lookup of an absent string = %d, want -1", got)
	}
}
