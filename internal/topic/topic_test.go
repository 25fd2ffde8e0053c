package topic

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/text"
)

var update = flag.Bool("update", false, "rewrite golden files")

// labelsOf returns the labels of the topics of one source, in order.
func labelsOf(ts []Topic, src Source) []string {
	var out []string
	for _, tp := range ts {
		if tp.Source == src {
			out = append(out, tp.Label)
		}
	}
	return out
}

func (f *fixture) stmt(t *testing.T, name string) Statement {
	t.Helper()
	i := slices.Index(f.names, name)
	if i < 0 {
		t.Fatalf("no statement %q", name)
	}
	return f.stmts[i]
}

// TestReleaseReuse checks that an Analyzer built from the memory of released ones, of a longer
// and a shorter document, gives the topics of a fresh one, and that AppendTopics appends them.
func TestReleaseReuse(t *testing.T) {
	f := loadSummit(t)
	tax := loadTaxonomy(t, "taxonomy.json")
	var want [][]Topic
	fresh := NewAnalyzer(f.doc, f.mentions, tax)
	for _, st := range f.stmts {
		want = append(want, fresh.Topics(st, 100))
	}
	hd, hsts := harbourStatements(t)
	for _, other := range []*text.Doc{hd, text.Analyze("Short.")} {
		a := NewAnalyzer(other, capitalMentions(other), tax)
		for _, st := range hsts {
			a.Topics(st, 0)
		}
		a.Release()
		a = NewAnalyzer(f.doc, f.mentions, tax)
		for i, st := range f.stmts {
			if diff := cmp.Diff(want[i], a.Topics(st, 100)); diff != "" {
				t.Errorf("statement %s after reuse (-want +got):\n%s", f.names[i], diff)
			}
			prefix := []Topic{{Label: "before"}}
			if diff := cmp.Diff(append(prefix, want[i]...), a.AppendTopics(prefix, st, 100)); diff != "" {
				t.Errorf("AppendTopics, statement %s (-want +got):\n%s", f.names[i], diff)
			}
		}
		a.Release()
	}
}

// TestSummitTaxonomy checks the labels of the article's statements under the taxonomy of
// testdata/taxonomy.json, best first.
func TestSummitTaxonomy(t *testing.T) {
	f := loadSummit(t)
	a := NewAnalyzer(f.doc, f.mentions, loadTaxonomy(t, "taxonomy.json"))
	tests := []struct {
		name   string
		want   []string
		reason string
	}{
		{name: "restore-contact", want: []string{"US–Russia relations", "peace talks"}, reason: "talking in the context"},
		{name: "preparations", want: []string{"Trump–Putin meeting"}},
		{name: "ready", want: []string{"Trump–Putin meeting", "peace talks"}},
		{name: "meet-soon", want: []string{"Trump–Putin meeting"}, reason: "meet matches meeting and meet"},
		{name: "negotiations", want: []string{"peace talks", "war in Ukraine"}, reason: "negotiate matches negotiations"},
		{name: "nato-bid", want: []string{"territory", "NATO", "war in Ukraine"}, reason: "regions and annexed: two matches"},
		{name: "settlement", want: []string{"NATO", "peace talks"}},
		{name: "no-agreement", want: nil},
		{name: "guarantees", want: []string{"security guarantees", "peace talks"}},
		{name: "territory", want: []string{"territory", "war in Ukraine"}},
		{name: "talks-risk", want: []string{"peace talks"}},
		{name: "weak-guarantees", want: []string{"security guarantees", "war in Ukraine"}, reason: "guarantee matches guarantees"},
		{name: "world-war", want: []string{"third world war"}, reason: "no war in Ukraine inside third world war"},
		{name: "lose-territory", want: []string{"territory", "peace talks"}},
		{name: "summit-date", want: []string{"Trump–Putin meeting"}, reason: "Trump–Putin summit matches Trump-Putin summit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := labelsOf(a.Topics(f.stmt(t, tc.name), 0), FromTaxonomy)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("taxonomy labels mismatch (-want +got):\n%s%s", diff, tc.reason)
			}
		})
	}
}

// TestThirdWorldWar checks that the term "third world war" wins over "war" at the same place,
// and that the war-in-Ukraine label still finds a war elsewhere.
func TestThirdWorldWar(t *testing.T) {
	f := loadSummit(t)
	a := NewAnalyzer(f.doc, f.mentions, loadTaxonomy(t, "taxonomy.json"))
	ttw := findOnce(t, f.text, "third world war")
	st := f.stmt(t, "world-war")
	for _, tp := range a.Topics(st, 0) {
		if tp.Label == "war in Ukraine" {
			t.Errorf("world-war statement has war in Ukraine: %v", tp.Evidence)
		}
		if tp.Label == "third world war" && tp.Source == FromTaxonomy {
			if diff := cmp.Diff([]text.Span{ttw}, tp.Evidence); diff != "" {
				t.Errorf("third world war evidence mismatch (-want +got):\n%s", diff)
			}
		}
	}
	// Over the whole document, war in Ukraine is found, but never inside third world war.
	all := Statement{Content: []text.Span{{Start: 0, End: len(f.text)}}}
	found := false
	for _, tp := range a.Topics(all, 100) {
		if tp.Label != "war in Ukraine" {
			continue
		}
		found = true
		for _, e := range tp.Evidence {
			if e.Overlaps(ttw) {
				t.Errorf("war in Ukraine matched %q inside third world war", e.Of(f.text))
			}
		}
	}
	if !found {
		t.Error("war in Ukraine not found in the document")
	}
}

// TestNATOWithoutTaxonomy checks that the NATO statement is about NATO with no taxonomy: as an
// entity when the caller passes mentions, as a key phrase when it does not.
func TestNATOWithoutTaxonomy(t *testing.T) {
	f := loadSummit(t)
	st := f.stmt(t, "nato-bid")
	got := NewAnalyzer(f.doc, f.mentions, nil).Topics(st, 0)
	if !slices.Contains(labelsOf(got, FromEntity), "NATO") {
		t.Errorf("with mentions, entity topics = %q, want NATO among them", labelsOf(got, FromEntity))
	}
	got = NewAnalyzer(f.doc, nil, nil).Topics(st, 0)
	if !slices.ContainsFunc(labelsOf(got, FromKeyphrase), func(l string) bool { return strings.Contains(l, "NATO") }) {
		t.Errorf("without mentions, key phrases = %q, want NATO in one", labelsOf(got, FromKeyphrase))
	}
	for _, tp := range got {
		if tp.Source != FromKeyphrase {
			t.Errorf("topic %q from %v with neither taxonomy nor mentions", tp.Label, tp.Source)
		}
	}
}

// TestOtherTaxonomy runs the article against testdata/taxonomy-other.json, worded as if by
// someone else: other labels, other inflections ("negotiating", "territories", "meetings"),
// per-language lists and an acronym written "Nato".
func TestOtherTaxonomy(t *testing.T) {
	f := loadSummit(t)
	a := NewAnalyzer(f.doc, f.mentions, loadTaxonomy(t, "taxonomy-other.json"))
	tests := []struct {
		name string
		want []string
	}{
		{"restore-contact", []string{"Diplomacy"}},
		{"preparations", []string{"Summitry"}},
		{"negotiations", []string{"Ceasefire negotiations"}},
		{"nato-bid", []string{"Land", "Military alliance"}},
		{"settlement", []string{"Ceasefire negotiations", "Military alliance"}},
		{"no-agreement", []string{"Ceasefire negotiations"}},
		{"guarantees", []string{"Ceasefire negotiations"}},
		{"territory", []string{"Land"}},
		{"wider-conflict", []string{"Escalation"}},
		{"world-war", []string{"Escalation"}},
		{"lose-territory", []string{"Land", "Ceasefire negotiations"}},
		{"summit-date", []string{"Summitry"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := labelsOf(a.Topics(f.stmt(t, tc.name), 0), FromTaxonomy)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("taxonomy labels mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntityTopics(t *testing.T) {
	const s = "Zelenskyy said he met officials in Kyiv. “Ukraine will not give up,” he said, thanking Kyiv’s allies."
	span := func(sub string, nth int) text.Span {
		off := 0
		for range nth {
			off += strings.Index(s[off:], sub) + len(sub)
		}
		i := off + strings.Index(s[off:], sub)
		return text.Span{Start: i, End: i + len(sub)}
	}
	mentions := []Mention{
		{Span: span("Zelenskyy", 0), Name: "Volodymyr Zelenskyy", Kind: "person"},
		{Span: span("he", 0), Name: "Volodymyr Zelenskyy", Kind: "person", Pronoun: true},
		{Span: span("officials", 0), Name: "officials", Kind: "anonymous"},
		{Span: span("Kyiv", 0), Name: "Kyiv", Kind: "place"},
		{Span: span("Ukraine", 0), Name: "Ukraine", Kind: "place"},
		{Span: span("he", 1), Name: "Volodymyr Zelenskyy", Kind: "pronoun"},
		{Span: span("Kyiv", 1), Name: "Kyiv", Kind: "place"},
		{Span: text.Span{Start: -4, End: 2}, Name: "Out", Kind: "place"},
		{Span: text.Span{Start: 3, End: len(s) + 9}, Name: "Out", Kind: "place"},
		{Span: span("allies", 0), Name: " ", Kind: "group"},
	}
	d := text.Analyze(s)
	quote := span("Ukraine will not give up,", 0)
	sent := d.Sentences[d.SentenceOf(d.TokenAt(quote.Start))].Span
	tests := []struct {
		name string
		st   Statement
		want []Topic
	}{
		{
			name: "content-and-context",
			st:   Statement{Content: []text.Span{quote}, Context: sent},
			want: []Topic{
				{Label: "Ukraine", Score: 0.5, Source: FromEntity, Evidence: []text.Span{span("Ukraine", 0)}},
				{Label: "Kyiv", Score: 0.2154, Source: FromEntity, Evidence: []text.Span{span("Kyiv", 1)}},
			},
		},
		{
			name: "speaker-left-out",
			st:   Statement{Content: []text.Span{{Start: 0, End: len(s)}}, Speaker: "Volodymyr Zelenskyy"},
			want: []Topic{
				{Label: "Kyiv", Score: 0.75, Source: FromEntity, Evidence: []text.Span{span("Kyiv", 0), span("Kyiv", 1)}},
				{Label: "Ukraine", Score: 0.5, Source: FromEntity, Evidence: []text.Span{span("Ukraine", 0)}},
			},
		},
		{
			name: "speaker-counts-for-others",
			st:   Statement{Content: []text.Span{span("Zelenskyy said he met officials in Kyiv", 0)}},
			want: []Topic{
				{Label: "Kyiv", Score: 0.5, Source: FromEntity, Evidence: []text.Span{span("Kyiv", 0)}},
				{Label: "Volodymyr Zelenskyy", Score: 0.5, Source: FromEntity, Evidence: []text.Span{span("Zelenskyy", 0)}},
			},
		},
		{name: "nothing", st: Statement{}, want: nil},
	}
	a := NewAnalyzer(d, mentions, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Topic
			for _, tp := range a.Topics(tc.st, 100) {
				if tp.Source == FromEntity {
					got = append(got, tp)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("entity topics mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKeyphrases(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		content string
		want    []string
		reason  string
	}{
		{
			name:    "noun-phrase",
			text:    "Ukraine wants security guarantees. Without security guarantees, Ukraine cannot sign a ceasefire.",
			content: "Without security guarantees, Ukraine cannot sign a ceasefire.",
			want:    []string{"security guarantees", "Ukraine", "ceasefire"},
			reason:  "sign follows cannot: a verb",
		},
		{
			name:    "longer-phrase",
			text:    "The war goes on. The war must end. Nobody wants a third world war.",
			content: "Nobody wants a third world war.",
			want:    []string{"third world war"},
			reason:  "one phrase for the run third world war",
		},
		{
			name:    "adverbs-and-verbs",
			text:    "The talks ended abruptly. They would probably resume talks, officials said.",
			content: "They would probably resume talks, officials said.",
			want:    []string{"talks"},
			reason:  "resume follows would probably; officials and said are stopwords",
		},
		{
			name:    "determiner-before-ed",
			text:    "The occupied territories were discussed.",
			content: "The occupied territories were discussed.",
			want:    []string{"occupied territories"},
		},
		{
			name:    "names-keep-case",
			text:    "NATO met. Members of NATO said NATO members agreed.",
			content: "Members of NATO said NATO members agreed.",
			want:    []string{"NATO members", "NATO", "members"},
			reason:  "one phrase a run; Members at a sentence start is lower-cased",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.Analyze(tc.text)
			i := strings.LastIndex(tc.text, tc.content)
			got := labelsOf(NewAnalyzer(d, nil, nil).Topics(Statement{Content: []text.Span{{Start: i, End: i + len(tc.content)}}}, 0), FromKeyphrase)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("key phrases mismatch (-want +got):\n%s%s", diff, tc.reason)
			}
		})
	}
}

func TestTopicsLimitAndOrder(t *testing.T) {
	f := loadSummit(t)
	a := NewAnalyzer(f.doc, f.mentions, loadTaxonomy(t, "taxonomy.json"))
	st := f.stmt(t, "nato-bid")
	all := a.Topics(st, 100)
	if got := a.Topics(st, 0); len(got) != min(DefaultMax, len(all)) {
		t.Errorf("Topics(st, 0) gave %d topics, want %d", len(got), min(DefaultMax, len(all)))
	}
	if diff := cmp.Diff(all[:3], a.Topics(st, 3)); diff != "" {
		t.Errorf("Topics(st, 3) is not the first three (-want +got):\n%s", diff)
	}
	for i := 1; i < len(all); i++ {
		p, q := all[i-1], all[i]
		if p.Source > q.Source || p.Source == q.Source && (p.Score < q.Score || p.Score == q.Score && p.Label > q.Label) {
			t.Errorf("topics %d and %d out of order: %+v, %+v", i-1, i, p, q)
		}
	}
}

// TestGolden writes every statement's topics, with the taxonomy and without one, to
// testdata/TestGolden/summit.golden.json.
func TestGolden(t *testing.T) {
	f := loadSummit(t)
	// Topics are written one a line, with the text of their evidence.
	type stmtTopics struct {
		Name    string   `json:"name"`
		Content []string `json:"content"`
		Topics  []string `json:"topics"`
	}
	type speaker struct {
		Speaker    string   `json:"speaker"`
		Statements []int    `json:"statements"`
		Topics     []string `json:"topics"`
	}
	type golden struct {
		Taxonomy   []stmtTopics `json:"taxonomy"`
		NoTaxonomy []stmtTopics `json:"no_taxonomy"`
		Speakers   []speaker    `json:"speakers"`
	}
	line := func(tp Topic, statements []int) string {
		var ev []string
		for _, e := range tp.Evidence {
			ev = append(ev, fmt.Sprintf("%q@%d", e.Of(f.text), e.Start))
		}
		s := fmt.Sprintf("%s %.4f %q: %s", tp.Source, tp.Score, tp.Label, strings.Join(ev, " "))
		if statements != nil {
			s += fmt.Sprintf(" in %v", statements)
		}
		return s
	}
	var g golden
	speakerIDs := map[string]int{}
	var speakers []int
	var all [][]Topic
	for _, cfg := range []struct {
		tax *Taxonomy
		out *[]stmtTopics
	}{{loadTaxonomy(t, "taxonomy.json"), &g.Taxonomy}, {nil, &g.NoTaxonomy}} {
		a := NewAnalyzer(f.doc, f.mentions, cfg.tax)
		for i, st := range f.stmts {
			topics := a.Topics(st, 0)
			st2 := stmtTopics{Name: f.names[i]}
			for _, p := range st.Content {
				st2.Content = append(st2.Content, p.Of(f.text))
			}
			for _, tp := range topics {
				st2.Topics = append(st2.Topics, line(tp, nil))
			}
			*cfg.out = append(*cfg.out, st2)
			if cfg.tax != nil {
				id, ok := speakerIDs[st.Speaker]
				if !ok {
					id = len(speakerIDs)
					speakerIDs[st.Speaker] = id
				}
				speakers = append(speakers, id)
				all = append(all, topics)
			}
		}
	}
	for _, sp := range Summarize(speakers, all) {
		s := speaker{Statements: sp.Statements}
		for name, id := range speakerIDs {
			if id == sp.Speaker {
				s.Speaker = name
			}
		}
		for _, tp := range sp.Topics {
			s.Topics = append(s.Topics, line(tp.Topic, tp.Statements))
		}
		g.Speakers = append(g.Speakers, s)
	}
	got, err := json.MarshalIndent(g, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "TestGolden", "summit.golden.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/topic -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func TestSourceText(t *testing.T) {
	for _, s := range []Source{FromTaxonomy, FromEntity, FromKeyphrase} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Source
		if err := back.UnmarshalText(b); err != nil || back != s || string(b) != s.String() {
			t.Errorf("%v: round trip gave %v, %v", s, back, err)
		}
	}
	if _, err := Source(9).MarshalText(); err == nil {
		t.Error("MarshalText(9) succeeded")
	}
}

// TestConcurrent shares one Taxonomy and one Analyzer between goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	f := loadSummit(t)
	tax := loadTaxonomy(t, "taxonomy.json")
	a := NewAnalyzer(f.doc, f.mentions, tax)
	want := make([][]Topic, len(f.stmts))
	for i, st := range f.stmts {
		want[i] = a.Topics(st, 0)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			b := NewAnalyzer(f.doc, f.mentions, tax)
			for i, st := range f.stmts {
				if diff := cmp.Diff(want[i], a.Topics(st, 0)); diff != "" {
					t.Errorf("shared analyzer, statement %d (-want +got):\n%s", i, diff)
				}
				if diff := cmp.Diff(want[i], b.Topics(st, 0)); diff != "" {
					t.Errorf("new analyzer, statement %d (-want +got):\n%s", i, diff)
				}
			}
		})
	}
	wg.Wait()
}
