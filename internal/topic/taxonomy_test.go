package topic

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/whosaid/whosaid/internal/text"
)

// parseErrorCases are malformed taxonomies and the error each gives.
var parseErrorCases = []struct {
	name  string
	input string
	want  TaxonomyError // Offset -2 means "do not compare"; Err is compared with errors.Is
}{
	{"empty", "", TaxonomyError{Offset: -1, Msg: "empty input: want a JSON object mapping labels to terms"}},
	{"blank", "  \n", TaxonomyError{Offset: -1, Msg: "empty input: want a JSON object mapping labels to terms"}},
	{"not-json", "NATO: alliance", TaxonomyError{Offset: -2, Msg: "not JSON"}},
	{"array", `["NATO"]`, TaxonomyError{Offset: 0, Msg: "want a JSON object mapping labels to terms, got a list"}},
	{"string", `"NATO"`, TaxonomyError{Offset: 0, Msg: "want a JSON object mapping labels to terms, got a string"}},
	{"truncated", `{"NATO": ["alliance"`, TaxonomyError{Label: "NATO", Offset: -2, Msg: "unexpected end of input"}},
	{"trailing-object", `{"NATO": ["alliance"]} {}`, TaxonomyError{Offset: 23, Msg: "unexpected an object after the taxonomy object"}},
	{"trailing-garbage", `{"NATO": ["alliance"]} x`, TaxonomyError{Offset: -2, Msg: "not JSON"}},
	{"no-labels", `{}`, TaxonomyError{Offset: -1, Msg: "taxonomy has no labels"}},
	{"label-string", `{"NATO": "alliance"}`, TaxonomyError{Label: "NATO", Offset: 9,
		Msg: "wrong shape: want a list of terms or an object mapping language codes to lists of terms, got a string"}},
	{"label-number", `{"NATO": 3}`, TaxonomyError{Label: "NATO", Offset: 9,
		Msg: "wrong shape: want a list of terms or an object mapping language codes to lists of terms, got a number"}},
	{"label-null", `{"NATO": null}`, TaxonomyError{Label: "NATO", Offset: 9,
		Msg: "wrong shape: want a list of terms or an object mapping language codes to lists of terms, got null"}},
	{"term-number", `{"NATO": ["alliance", 7]}`, TaxonomyError{Label: "NATO", Offset: 22, Msg: "wrong shape: want a term, got a number"}},
	{"term-list", `{"NATO": [["alliance"]]}`, TaxonomyError{Label: "NATO", Offset: 10, Msg: "wrong shape: want a term, got a list"}},
	{"term-object", `{"NATO": [{"en": "x"}]}`, TaxonomyError{Label: "NATO", Offset: 10, Msg: "wrong shape: want a term, got an object"}},
	{"no-terms", `{"NATO": []}`, TaxonomyError{Label: "NATO", Offset: 9, Msg: "label has no terms"}},
	{"no-languages", `{"NATO": {}}`, TaxonomyError{Label: "NATO", Offset: 9, Msg: "label has no terms"}},
	{"empty-term", `{"NATO": ["alliance", ""]}`, TaxonomyError{Label: "NATO", Offset: 22, Msg: "empty term"}},
	{"blank-term", `{"NATO": [" \t"]}`, TaxonomyError{Label: "NATO", Offset: 10, Msg: "empty term"}},
	{"punctuation-term", `{"NATO": ["--"]}`, TaxonomyError{Label: "NATO", Term: "--", Offset: 10, Msg: "term has no words"}},
	{"long-term", `{"NATO": ["a b c d e f g h i j k l m"]}`, TaxonomyError{Label: "NATO", Term: "a b c d e f g h i j k l m", Offset: 10,
		Msg: "term has more than 12 words"}},
	{"empty-label", `{"": ["alliance"]}`, TaxonomyError{Offset: 1, Msg: "empty label"}},
	{"blank-label", `{"  ": ["alliance"]}`, TaxonomyError{Label: "  ", Offset: 1, Msg: "empty label"}},
	{"duplicate-label", `{"NATO": ["alliance"], "NATO": ["OTAN"]}`, TaxonomyError{Label: "NATO", Offset: 23, Msg: "duplicate label"}},
	{"unknown-language", `{"NATO": {"xx": ["alliance"]}}`, TaxonomyError{Label: "NATO", Lang: "xx", Offset: 10, Msg: "unknown language code"}},
	{"malformed-language", `{"NATO": {"english": ["alliance"]}}`, TaxonomyError{Label: "NATO", Lang: "english", Offset: 10, Msg: "unknown language code"}},
	{"empty-language", `{"NATO": {"": ["alliance"]}}`, TaxonomyError{Label: "NATO", Offset: 10, Msg: "unknown language code"}},
	{"duplicate-language", `{"NATO": {"en": ["alliance"], "EN": ["NATO"]}}`, TaxonomyError{Label: "NATO", Lang: "EN", Offset: 30, Msg: "duplicate language"}},
	{"language-string", `{"NATO": {"en": "alliance"}}`, TaxonomyError{Label: "NATO", Lang: "en", Offset: 16, Msg: "wrong shape: want a list of terms, got a string"}},
	{"language-no-terms", `{"NATO": {"en": []}}`, TaxonomyError{Label: "NATO", Lang: "en", Offset: 16, Msg: "language has no terms"}},
	{"language-empty-term", `{"NATO": {"fr": ["OTAN", " "]}}`, TaxonomyError{Label: "NATO", Lang: "fr", Offset: 25, Msg: "empty term"}},
	{"invalid-utf8", "{\"NATO\": [\"all\xffiance\"]}", TaxonomyError{Offset: 14, Msg: "input is not valid UTF-8"}},
}

func TestParseTaxonomyErrors(t *testing.T) {
	for _, tc := range parseErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			tax, err := ParseTaxonomy(strings.NewReader(tc.input))
			var te *TaxonomyError
			if !errors.As(err, &te) {
				t.Fatalf("ParseTaxonomy(%q) = %v, %v; want a *TaxonomyError", tc.input, tax, err)
			}
			got := *te
			got.Err = nil
			if tc.want.Offset == -2 {
				got.Offset = -2
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseTaxonomy(%q) error mismatch (-want +got):\n%s\n(%v)", tc.input, diff, err)
			}
			if !strings.HasPrefix(err.Error(), "topic: taxonomy: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestParseTaxonomyTooLarge(t *testing.T) {
	big := `{"NATO": ["` + strings.Repeat("a", MaxTaxonomyBytes) + `"]}`
	_, err := ParseTaxonomy(strings.NewReader(big))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("ParseTaxonomy(%d bytes) = %v, want ErrTooLarge", len(big), err)
	}
}

func TestParseTaxonomyErrorText(t *testing.T) {
	_, err := ParseTaxonomy(strings.NewReader(`{"NATO": {"xx": ["alliance"]}}`))
	want := `topic: taxonomy: at byte 10: label "NATO": language "xx": unknown language code`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestNewTaxonomyErrors(t *testing.T) {
	tests := []struct {
		name   string
		labels map[string][]string
		byLang map[string]map[string][]string
		want   TaxonomyError
	}{
		{name: "empty-label", labels: map[string][]string{"": {"war"}}, want: TaxonomyError{Offset: -1, Msg: "empty label"}},
		{name: "no-terms", labels: map[string][]string{"war": nil}, want: TaxonomyError{Label: "war", Offset: -1, Msg: "label has no terms"}},
		{name: "empty-term", labels: map[string][]string{"war": {"war", ""}}, want: TaxonomyError{Label: "war", Offset: -1, Msg: "empty term"}},
		{name: "first-label", labels: map[string][]string{"b": {""}, "a": {""}}, want: TaxonomyError{Label: "a", Offset: -1, Msg: "empty term"}},
		{name: "lang-unknown", byLang: map[string]map[string][]string{"NATO": {"zz": {"x"}}}, want: TaxonomyError{Label: "NATO", Lang: "zz", Offset: -1, Msg: "unknown language code"}},
		{name: "lang-no-terms", byLang: map[string]map[string][]string{"NATO": {"fr": {}}}, want: TaxonomyError{Label: "NATO", Lang: "fr", Offset: -1, Msg: "language has no terms"}},
		{name: "lang-none", byLang: map[string]map[string][]string{"NATO": {}}, want: TaxonomyError{Label: "NATO", Offset: -1, Msg: "label has no terms"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.byLang != nil {
				_, err = NewTaxonomyByLanguage(tc.byLang)
			} else {
				_, err = NewTaxonomy(tc.labels)
			}
			var te *TaxonomyError
			if !errors.As(err, &te) {
				t.Fatalf("got %v, want a *TaxonomyError", err)
			}
			if diff := cmp.Diff(tc.want, *te); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseTaxonomyShapes(t *testing.T) {
	tax, err := ParseTaxonomy(strings.NewReader(`{
		"NATO": {"en": ["NATO", "alliance"], "en-GB": ["Nato"], "fr": ["OTAN"], "und": ["Atlantic alliance"]},
		"peace talks": ["peace talks", "negotiate"]
	}`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"NATO", "peace talks"}, tax.Labels()); diff != "" {
		t.Errorf("Labels() mismatch (-want +got):\n%s", diff)
	}
}

// matchesOf returns, for each taxonomy label the whole of s matches, the texts of its
// evidence.
func matchesOf(t *testing.T, tax *Taxonomy, s string) map[string][]string {
	t.Helper()
	d := text.Analyze(s)
	a := NewAnalyzer(d, nil, tax)
	got := map[string][]string{}
	for _, tp := range a.Topics(Statement{Content: []text.Span{{Start: 0, End: len(s)}}}, 100) {
		if tp.Source != FromTaxonomy {
			continue
		}
		for _, e := range tp.Evidence {
			got[tp.Label] = append(got[tp.Label], e.Of(s))
		}
	}
	return got
}

func TestTermMatching(t *testing.T) {
	tests := []struct {
		name   string
		terms  map[string][]string
		byLang map[string]map[string][]string
		text   string
		want   map[string][]string
		reason string
	}{
		{
			name:  "inflection",
			terms: map[string][]string{"guarantees": {"guarantee"}, "talks": {"negotiate", "talk"}},
			text:  "Security guarantees came up in the negotiations, and the talks went on.",
			want:  map[string][]string{"guarantees": {"guarantees"}, "talks": {"negotiations", "talks"}},
		},
		{
			name:  "inflection-of-term",
			terms: map[string][]string{"talks": {"peace talks", "negotiations"}},
			text:  "They want to negotiate and to hold a peace talk.",
			want:  map[string][]string{"talks": {"negotiate", "peace talk"}},
		},
		{
			name:  "case",
			terms: map[string][]string{"NATO": {"nato"}, "talks": {"Peace Talks"}},
			text:  "NATO backed the peace talks; Nato did.",
			want:  map[string][]string{"NATO": {"NATO", "Nato"}, "talks": {"peace talks"}},
		},
		{
			name:   "longest",
			terms:  map[string][]string{"war in Ukraine": {"war"}, "third world war": {"third world war"}},
			text:   "Nobody wants a third world war, he said of the war.",
			want:   map[string][]string{"third world war": {"third world war"}, "war in Ukraine": {"war"}},
			reason: "the war of third world war is not matched again",
		},
		{
			name:  "longest-overlap",
			terms: map[string][]string{"A": {"world war"}, "B": {"war in Ukraine"}},
			text:  "a world war in Ukraine",
			want:  map[string][]string{"A": {"world war"}},
		},
		{
			name:  "acronym",
			terms: map[string][]string{"United States": {"US"}},
			text:  "The US told us nothing.",
			want:  map[string][]string{"United States": {"US"}},
		},
		{
			name:   "acronym-term-in-capitals",
			terms:  map[string][]string{"guarantees": {"SECURITY GUARANTEES"}},
			text:   "He wants security guarantees.",
			want:   map[string][]string{"guarantees": {"security guarantees"}},
			reason: "a term in capitals throughout is not an acronym",
		},
		{
			name:  "hyphen-and-dash",
			terms: map[string][]string{"relations": {"US–Russia relations"}, "meeting": {"Trump-Putin summit"}},
			text:  "US-Russia relations thawed before the Trump–Putin summit.",
			want:  map[string][]string{"relations": {"US-Russia relations"}, "meeting": {"Trump–Putin summit"}},
		},
		{
			name:   "barrier",
			terms:  map[string][]string{"talks": {"peace talks"}},
			text:   "They want peace. Talks will wait; peace, talks.",
			want:   map[string][]string{},
			reason: "terms do not run over sentence ends or commas",
		},
		{
			name:  "stopwords-inside",
			terms: map[string][]string{"war": {"war in Ukraine"}},
			text:  "The wars in Ukraine and Gaza.",
			want:  map[string][]string{"war": {"wars in Ukraine"}},
		},
		{
			name:  "two-labels",
			terms: map[string][]string{"A": {"ceasefire"}, "B": {"ceasefires"}},
			text:  "A ceasefire.",
			want:  map[string][]string{"A": {"ceasefire"}, "B": {"ceasefire"}},
		},
		{
			name:   "other-language-exact",
			byLang: map[string]map[string][]string{"NATO": {"fr": {"Alliance atlantique"}}},
			text:   "L’Alliance atlantique et les alliances atlantiques.",
			want:   map[string][]string{},
			reason: "French terms are not stemmed; l’Alliance is one word",
		},
		{
			name:   "other-language",
			byLang: map[string]map[string][]string{"NATO": {"fr": {"Alliance atlantique", "OTAN"}, "en": {"alliance"}}},
			text:   "L’OTAN, Alliance atlantique; alliances.",
			want:   map[string][]string{"NATO": {"Alliance atlantique", "alliances"}},
		},
		{
			name:  "no-partial-word",
			terms: map[string][]string{"war": {"war"}},
			text:  "Warsaw and the warden.",
			want:  map[string][]string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tax *Taxonomy
			var err error
			if tc.byLang != nil {
				tax, err = NewTaxonomyByLanguage(tc.byLang)
			} else {
				tax, err = NewTaxonomy(tc.terms)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := matchesOf(t, tax, tc.text)
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("matches mismatch (-want +got):\n%s%s", diff, tc.reason)
			}
		})
	}
}
