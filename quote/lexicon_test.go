package quote

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// keys is a lexicon.Keyer over folded words.
type keys []string

func (k keys) Key(i int) string { return k[i] }

func TestLexicons(t *testing.T) {
	l, err := parseCues(cuesList)
	if err != nil {
		t.Fatalf("parseCues(cues.txt): %v", err)
	}
	// A form listed under two lemmas keeps the first.
	want := map[string]cueForm{}
	var forms []string
	for n, f := range lexicon.Entries(cuesList) {
		if len(f) != 3 {
			t.Fatalf("cues.txt:%d: %d fields", n, len(f))
		}
		for form := range strings.FieldsSeq(f[2]) {
			phrase := strings.Join(foldWords(strings.Split(form, "+")), " ")
			if _, ok := want[phrase]; !ok {
				want[phrase] = newCueForm(f[0], l.classOf(t, n, f[1]))
				forms = append(forms, phrase)
			}
		}
	}
	if len(forms) < 100 {
		t.Errorf("cues.txt has %d forms, want at least 100", len(forms))
	}
	for _, phrase := range forms {
		words := keys(strings.Fields(phrase))
		got, end, ok := l.forms.Match(words, 0, len(words))
		if !ok || end != len(words) {
			t.Errorf("form %q: Match = %v, end %d; want the whole phrase", phrase, ok, end)
			continue
		}
		if got.lemma == "" || got.class() < Speaking || got.class() > Evidence {
			t.Errorf("form %q: lemma %q, class %d", phrase, got.lemma, got.class())
		}
		if got != want[phrase] {
			t.Errorf("form %q: got %+v, want %+v", phrase, got, want[phrase])
		}
	}

	b := builtinCues()
	for _, w := range []string{"he", "the", "a"} {
		if !b.determiners.Has(w) {
			t.Errorf("determiners.txt lacks %q", w)
		}
	}
}

func TestNounLexicon(t *testing.T) {
	nouns, err := parseCueList("nouns.txt", nounsList)
	if err != nil {
		t.Fatalf("parseCueList(nouns.txt): %v", err)
	}
	for _, w := range []string{"claim", "assertions", "concern"} {
		if _, end, ok := nouns.Match(keys{w}, 0, 1); !ok || end != 1 {
			t.Errorf("nouns.txt lacks %q", w)
		}
	}
}

// classOf returns the class named s, failing the test for an unknown one.
func (l *cueLexicon) classOf(t *testing.T, line int, s string) CueClass {
	t.Helper()
	var c CueClass
	if err := c.UnmarshalText([]byte(s)); err != nil || c == 0 {
		t.Errorf("cues.txt:%d: class %q: %v", line, s, err)
	}
	return c
}

func TestParseCuesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *lexicon.Error
	}{
		{
			name: "missing forms",
			in:   "# header\nsay\tspeech\tsay said\nshout\tmanner\n",
			want: &lexicon.Error{List: "cues.txt", Line: 3, Msg: "want lemma, class and forms"},
		},
		{
			name: "extra field",
			in:   "say\tspeech\tsay said\textra\n",
			want: &lexicon.Error{List: "cues.txt", Line: 1, Msg: "want lemma, class and forms"},
		},
		{
			name: "unknown class",
			in:   "\nsay\tshouting\tsay said\n",
			want: &lexicon.Error{List: "cues.txt", Line: 2, Msg: `unknown class "shouting"`},
		},
		{
			name: "zero class has no name",
			in:   "say\t\"\"\tsay said\n",
			want: &lexicon.Error{List: "cues.txt", Line: 1, Msg: `unknown class "\"\""`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := parseCues(tc.in)
			var got *lexicon.Error
			if !errors.As(err, &got) {
				t.Fatalf("parseCues(%q) = %v, %v; want a *lexicon.Error", tc.in, l, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseCues(%q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestNounMarkers checks that isNounMarker, the switch cue matching asks, says what the
// nounMarkers map says, for its words and for some that are not in it.
func TestNounMarkers(t *testing.T) {
	words := []string{"", "the", "The", "thee", "'s", "s", "said", "on", "at", "to", "her", "these"}
	for w := range nounMarkers {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := isNounMarker(w), nounMarkers[w]; got != want {
			t.Errorf("isNounMarker(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestStateVerb(t *testing.T) {
	tests := []struct {
		in   string
		word int // index of the token to test
		want bool
	}{
		{"the report states.", 2, true},
		{"the planners state in a letter", 2, true},
		{"against the former secretary of state.", 5, false},
		{"it became a state.", 3, false},
		{"the report States.", 2, false},
		{"the state would send a message", 1, false},
	}
	for _, tc := range tests {
		d := text.Analyze(tc.in)
		if got := stateVerb(d, tc.word, len(d.Tokens)); got != tc.want {
			t.Errorf("stateVerb(%q, %q) = %v, want %v", tc.in, d.TokenText(tc.word), got, tc.want)
		}
		d.Release()
	}
}

// TestWordFilter holds the second shapes of the cues' first words to what they must never do:
// turn away a first word, of the lists or of the caller's verbs; and to what they are for,
// turning away words that share a first word's shape.
func TestWordFilter(t *testing.T) {
	l, err := builtinCues().with([]string{"kvetched", "x"})
	if err != nil {
		t.Fatal(err)
	}
	for w := range l.forms.Firsts() {
		if !l.firsts.mayHave(w) {
			t.Errorf("first word %q turned away", w)
		}
	}
	for _, w := range []string{"with", "have", "campaign"} {
		if !l.forms.MayStart(w) || l.forms.FirstOf(w) >= 0 {
			t.Fatalf("%q: want a word with a cue's shape that starts no cue", w)
		}
		if l.firsts.mayHave(w) {
			t.Errorf("%q passes the second shape", w)
		}
	}
}
