package attribution_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/attribution"
)

func readTaxonomy(t *testing.T, path string) *attribution.Taxonomy {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tax, err := attribution.ParseTaxonomy(f)
	if err != nil {
		t.Fatal(err)
	}
	return tax
}

// labels returns the labels of the topics of s from source src.
func labels(s *attribution.Statement, src string) []string {
	var out []string
	for _, t := range s.Topics {
		if t.Source == src {
			out = append(out, t.Label)
		}
	}
	return out
}

func TestTopics(t *testing.T) {
	doc := readArticle(t, "../testdata/articles/summit-2025-03-05.txt")
	tax := readTaxonomy(t, "../testdata/taxonomies/summit.json")
	r, err := newAttributor(t, attribution.Options{Taxonomy: tax}).Attribute(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{ // statement prefix -> taxonomy labels, best first
		"that any deployment must be approved": {"parliament", "troops"},
		"Money is welcome":                     {"money"},
		"Europe must be able to defend itself": {"European defence"},
		"that the so-called":                   {"peace dividend"},
		"It includes everyone":                 nil,
	}
	for i := range r.Statements {
		s := &r.Statements[i]
		text := s.Parts[0].Of(doc.Text)
		for _, tp := range s.Topics {
			if tp.Score <= 0 || tp.Score > 1 || len(tp.Evidence) == 0 {
				t.Errorf("%q: topic %+v: score out of (0, 1] or no evidence", text, tp)
			}
			if s.Speaker != nil && tp.Label == s.Speaker.Name {
				t.Errorf("%q: the speaker %s is a topic of their own statement", text, tp.Label)
			}
		}
		for prefix, ls := range want {
			if strings.HasPrefix(text, prefix) {
				if got := labels(s, "taxonomy"); !slices.Equal(got, ls) {
					t.Errorf("%q: taxonomy topics %q, want %q", prefix, got, ls)
				}
				delete(want, prefix)
			}
		}
	}
	for prefix := range want {
		t.Errorf("no statement starts %q", prefix)
	}
}

func TestTopicsWithoutTaxonomy(t *testing.T) {
	doc := readArticle(t, "../testdata/articles/summit-2025-03-05.txt")
	r, err := newAttributor(t, attribution.Options{}).Attribute(doc)
	if err != nil {
		t.Fatal(err)
	}
	with := 0
	for i := range r.Statements {
		s := &r.Statements[i]
		if len(labels(s, "taxonomy")) > 0 {
			t.Errorf("%q: taxonomy topics without a taxonomy", s.Parts[0].Of(doc.Text))
		}
		if len(s.Topics) > 0 {
			with++
		}
		if strings.HasPrefix(s.Parts[0].Of(doc.Text), "that any deployment") &&
			!slices.Contains(labels(s, "entity"), "Bundestag") {
			t.Errorf("the Bundestag statement has entity topics %q", labels(s, "entity"))
		}
	}
	if with*10 < len(r.Statements)*9 {
		t.Errorf("%d of %d statements have topics, want 90%%", with, len(r.Statements))
	}
	r, err = newAttributor(t, attribution.Options{MaxTopics: -1}).Attribute(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Statements {
		if len(s.Topics) != 0 {
			t.Fatalf("MaxTopics -1: topics %+v", s.Topics)
		}
	}
}

func TestSummary(t *testing.T) {
	doc := readArticle(t, "../testdata/articles/summit-2025-03-05.txt")
	tax := readTaxonomy(t, "../testdata/taxonomies/summit.json")
	r, err := newAttributor(t, attribution.Options{Taxonomy: tax}).Attribute(doc)
	if err != nil {
		t.Fatal(err)
	}
	sum := r.Summary()
	if len(sum) == 0 || sum[0].Name != "Helga Brandt" {
		t.Fatalf("first speaker of the summary: %+v", sum)
	}
	brandt := sum[0]
	for _, si := range brandt.Statements {
		if sp := r.Statements[si].Speaker; sp == nil || sp.Entity != brandt.Entity {
			t.Errorf("statement %d in Brandt's summary has speaker %+v", si, sp)
		}
	}
	i := slices.IndexFunc(brandt.Topics, func(t attribution.SpeakerTopic) bool { return t.Label == "troops" })
	if i < 0 {
		t.Fatalf("Brandt's topics %+v lack troops", brandt.Topics)
	}
	if tp := brandt.Topics[i]; len(tp.Statements) < 2 || tp.Score <= 0.5 {
		t.Errorf("Brandt on troops: %d statements, score %v; want several, above either one's", len(tp.Statements), tp.Score)
	}
}

func TestTaxonomyErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a": [`, "at byte"},
		{`{"a": []}`, "no terms"},
		{`["a"]`, "at byte"},
		{`{"": ["x"]}`, "empty"},
		{`{"a": ["x"], "a": ["y"]}`, "duplicate"},
		{`{"a": {"zz-QQ-123456789": ["x"]}}`, "language"},
	} {
		_, err := attribution.ParseTaxonomy(strings.NewReader(tc.in))
		var te *attribution.TaxonomyError
		if !errors.As(err, &te) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseTaxonomy(%s) = %v, want a TaxonomyError containing %q", tc.in, err, tc.want)
		}
	}
	if _, err := attribution.NewTaxonomy(map[string][]string{"a": {""}}); err == nil {
		t.Error("NewTaxonomy with an empty term: no error")
	}
}

func TestDocumentTaxonomy(t *testing.T) {
	doc := readArticle(t, "../testdata/articles/summit-2025-03-05.txt")
	tax, err := attribution.NewTaxonomy(map[string][]string{"parliament": {"Bundestag"}})
	if err != nil {
		t.Fatal(err)
	}
	doc.Taxonomy = tax
	a := newAttributor(t, attribution.Options{Taxonomy: readTaxonomy(t, "../testdata/taxonomies/summit.json")})
	r, err := a.Attribute(doc)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i := range r.Statements {
		for _, l := range labels(&r.Statements[i], "taxonomy") {
			seen[l] = true
		}
	}
	if !seen["parliament"] || len(seen) != 1 {
		t.Errorf("taxonomy labels with the document's taxonomy: %v, want parliament only", seen)
	}
}
