package topic

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/text"
)

// TestLeanAsFull checks that an Analyzer without a Taxonomy, which keeps only the content
// units, finds the entity and key-phrase topics that one keeping every unit finds.
func TestLeanAsFull(t *testing.T) {
	d, sts := harbourStatements(t)
	mentions := capitalMentions(d)
	// Stopwords and short words inside hyphenated words and between content words, numbers,
	// verbs: every kind of unit a lean Analyzer leaves out.
	d2 := text.Analyze("The state-of-the-art cranes of the well-known port moved 40 boxes an hour. " +
		"Dock workers said the state-of-the-art cranes were slowly replacing them, and the port " +
		"of Ostend agreed. Cranes of the port never stop; port cranes are state-of-the-art.")
	sts2 := []Statement{
		{Content: []text.Span{{Start: 0, End: 73}}},
		{Content: []text.Span{{Start: 88, End: 150}}, Context: text.Span{Start: 74, End: 176}},
		{Content: []text.Span{{Start: 177, End: len(d2.Text)}}, Context: text.Span{Start: 0, End: len(d2.Text)}},
	}
	none, err := NewTaxonomy(map[string][]string{"unmatched": {"zyxwvut"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d        *text.Doc
		mentions []Mention
		sts      []Statement
	}{{d, mentions, sts}, {d2, capitalMentions(d2), sts2}} {
		lean, full := NewAnalyzer(c.d, c.mentions, nil), NewAnalyzer(c.d, c.mentions, none)
		if !lean.lean || full.lean {
			t.Fatal("want a lean Analyzer without a Taxonomy only")
		}
		for i, st := range c.sts {
			got := lean.Topics(st, 100)
			var want []Topic
			for _, tp := range full.Topics(st, 100) {
				if tp.Source != FromTaxonomy {
					want = append(want, tp)
				}
			}
			if len(want) == 0 {
				t.Errorf("statement %d: no topics", i)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("statement %d: lean topics differ (-full +lean):\n%s", i, diff)
			}
		}
		lean.Release()
		full.Release()
	}
}

// TestLexByWord checks that the lists' table by word, which the lean scan asks, gives every
// word the entry that the lists' interner gives it: the words of the lists, words they begin
// or end, with letters added, in capitals or longer than sixteen bytes, and words of the test
// articles.
func TestLexByWord(t *testing.T) {
	lex := lexEntries()
	words := []string{"", "a", "é", "\xff", "thethethethethethe", strings.Repeat("x", 40)}
	for _, w := range lex.words.strs {
		words = append(words, w, w[1:], w[:len(w)-1], w+"s", "s"+w, strings.ToUpper(w),
			w+strings.Repeat(w, 17/len(w)+1), strings.Repeat("z", 9)+w+strings.Repeat("z", 9))
	}
	d, _ := harbourStatements(t)
	words = append(words, d.Keys()...)
	for _, w := range words {
		want := lex.get(w, hashString(w))
		got, ok := lex.byWord.Get(w)
		if got != want || ok != (lex.words.lookup(w, hashString(w)) >= 0) {
			t.Errorf("%q: got %+v, %v; want %+v", w, got, ok, want)
		}
	}
}
