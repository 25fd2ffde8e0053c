package attribution_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/quote"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The articles of ../testdata/articles were written for these tests; each file name ends with
// the publication date, and each has a golden file of its result.
const articles = "../testdata/articles"

// A view is a Result made readable for review: texts instead of bare spans.
type view struct {
	Statements []statementView `json:"statements"`
	Entities   []entityView    `json:"entities"`
}

type statementView struct {
	Kind       string   `json:"kind"`
	Parts      []string `json:"parts"`
	Speaker    string   `json:"speaker"` // name, then the local mention in brackets
	Cue        string   `json:"cue,omitempty"`
	SaidOn     string   `json:"said_on"`
	Rule       string   `json:"rule"`
	Confidence float64  `json:"confidence"`
	Trail      []string `json:"trail"`
	Within     int      `json:"within,omitempty"`
	Topics     []string `json:"topics,omitempty"` // label (source)
}

type entityView struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Gender   string   `json:"gender"`
	Mentions []string `json:"mentions"`
}

func viewOf(text string, r *attribution.Result) view {
	v := view{Statements: []statementView{}, Entities: []entityView{}}
	for _, s := range r.Statements {
		sv := statementView{Kind: s.Kind.String(), Rule: s.Rule, Confidence: s.Confidence}
		for _, p := range s.Parts {
			sv.Parts = append(sv.Parts, p.Of(text))
		}
		if s.Speaker != nil {
			sv.Speaker = fmt.Sprintf("%s [%s]", s.Speaker.Name, s.Speaker.Mention.Of(text))
		}
		if s.Cue.Lemma != "" {
			sv.Cue = fmt.Sprintf("%s (%s, %s)", s.Cue.Span.Of(text), s.Cue.Lemma, s.Cue.Class)
			if s.Cue.Negated {
				sv.Cue += " negated"
			}
			if s.Cue.Hedged {
				sv.Cue += " hedged"
			}
		}
		sv.SaidOn = strings.TrimSpace(s.SaidOn.Value + " " + s.SaidOn.Source.String())
		for _, d := range s.Trail {
			sv.Trail = append(sv.Trail, d.Stage+":"+d.Rule)
		}
		if s.Within >= 0 {
			sv.Within = s.Within + 1
		}
		for _, t := range s.Topics {
			sv.Topics = append(sv.Topics, fmt.Sprintf("%s (%s)", t.Label, t.Source))
		}
		v.Statements = append(v.Statements, sv)
	}
	for _, e := range r.Entities {
		ev := entityView{Name: e.Name, Kind: e.Kind.String(), Gender: e.Gender.String()}
		for _, mi := range e.Mentions {
			ev.Mentions = append(ev.Mentions, r.Mentions[mi].Span.Of(text))
		}
		v.Entities = append(v.Entities, ev)
	}
	return v
}

// readArticle returns the text of an article and the date its file name ends with.
func readArticle(t *testing.T, path string) attribution.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".txt")
	date, err := time.Parse("2006-01-02", name[max(0, len(name)-10):])
	if err != nil {
		t.Fatalf("%s: file name does not end with a date: %v", path, err)
	}
	return attribution.Document{ID: name, Text: string(b), Published: date}
}

func newAttributor(t testing.TB, opts attribution.Options) *attribution.Attributor {
	t.Helper()
	a, err := attribution.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in %s: %v", articles, err)
	}
	a := newAttributor(t, attribution.Options{})
	for _, path := range paths {
		doc := readArticle(t, path)
		t.Run(doc.ID, func(t *testing.T) {
			r, err := a.Attribute(doc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(viewOf(doc.Text, r), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./attribution -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("result differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestSpeakers pins who said what in the articles, so that a golden file rewritten by -update
// cannot quietly give a statement to the wrong person.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		article string
		quote   string // a substring of the statement's first part
		speaker string // "" for no speaker
	}{
		{"summit-2025-03-05", "We will not send soldiers", "Helga Brandt"},
		{"summit-2025-03-05", "What we will do is pay", "Helga Brandt"},
		{"summit-2025-03-05", "Money is welcome", "Tomasz Wilk"},
		{"summit-2025-03-05", "Europe must be able", "Camille Roux"},
		{"summit-2025-03-05", "It includes everyone", "Camille Roux"},
		{"styles-2024-06-14", "Wir werden nicht nachgeben", "Weber"},
		{"styles-2024-06-14", "We're not going anywhere", "Dennis Hale"},
		{"styles-2024-06-14", "It's a good day for the city", "Lina Park"},
		{"dialogue-1895-01-01", "You look tired", "Edward"}, // "said her brother": the one who speaks with her
		{"dialogue-1895-01-01", "I am capable of silence", "Margaret"},
		{"dialogue-1895-01-01", "Who is capable of silence?", "Mrs. Thornbury"},
		{"dialogue-1895-01-01", "Nobody in this house", "Edward"},
		{"wire-2023-11-02", "We will keep rates high", "Andrew Bailey"},
		{"wire-2023-11-02", "No surprise at all", "Ruth Gregory"},
		{"wire-2023-11-02", "The plan is working", "Jeremy Hunt"},
		{"speakers-2025-02-10", "We will hold every line", "Kyiv"},            // headline colon
		{"speakers-2025-02-10", "that talks could resume", "Kremlin"},         // organisation, reported
		{"speakers-2025-02-10", "no one trades land", "Volodymyr Zelenskyy"},  // role bound to the title
		{"speakers-2025-02-10", "Promises do not rebuild", "Maria Kovalenko"}, // paragraph's speaker
		{"speakers-2025-02-10", "the wards were full", "Hugh Hill"},           // apposition
		{"speakers-2025-02-10", "We are running out of beds", "Hugh Hill"},    // pronoun
		{"speakers-2025-02-10", "the venue had not been chosen", "A senior official"},
		{"speakers-2025-02-10", "Peace is possible", "Ana Ruiz"}, // named in the next sentence
		{"speakers-2025-02-10", "We are not there yet", "Maria Kovalenko"},
		{"speakers-2025-02-10", "But we are closer", "Ana Ruiz"},
		{"speakers-2025-02-10", "Much closer", "Ana Ruiz"},                                     // she added, after two had spoken
		{"speakers-2025-02-10", "the hospital would get federal money", "Dana Holt"},           // (R-Ohio): an aside
		{"speakers-2025-02-10", "We will pay for every bed.", "Lena Ortiz"},                    // "… and said:": the sentence's subject
		{"speakers-2025-02-10", "the wards would be rebuilt by spring", "Volodymyr Zelenskyy"}, // not the dateline KYIV
		{"speakers-2025-02-10", "none of the wards could stay open", "Hugo Marsh"},             // "…, who said": who stands for him
		{"turns-1902-01-01", "The train was late", "Henry"},                                    // the addressee answers
		{"turns-1902-01-01", "The train is always late", "Mrs. Ashby"},                         // turn-taking
		{"turns-1902-01-01", "Not always", "Henry"},
		{"turns-1902-01-01", "There is nothing to tell", "Henry"}, // narrative subject
		{"turns-1902-01-01", "Leave the boy alone", "Mr. Ashby"},
		{"turns-1902-01-01", "Exactly", "Henry"},
		{"turns-1902-01-01", "Quite old enough", "Henry"},         // "said the other": who did not speak last
		{"narrator-1890-01-01", "I have,", "Ardley"},              // "I answered": Mr. Pell calls the narrator Ardley
		{"narrator-1890-01-01", "It is a trick, then.", "Ardley"}, // turn-taking with the narrator
		{"narrator-1890-01-01", "It is observation", "Mr. Pell"},
		{"narrator-1890-01-01", "We leave for Kent tonight.", "Mr. Pell"},   // "…, and said": the sentence's subject
		{"excerpt-1930-01-01", "Good night", "Tony Marsh"},                  // "he" named only after it
		{"excerpt-1930-01-01", "Spare a penny, sir?", "A boy"},              // "walking close up to Tony Marsh": an object
		{"excerpt-1930-01-01", "Mind you spend it on bread.", "Tony Marsh"}, // the paragraph before is about him
		{"kin-1901-01-01", "You have come early", "Mr. Dunstan"},            // "said the old gentleman"
		{"kin-1901-01-01", "Much quicker", "Clara Vane"},                    // "replied the girl"
		{"kin-1901-01-01", "Clara, you are late", "Mrs. Vane"},              // not Clara Vane: a novel's Mrs. Vane
		{"kin-1901-01-01", "Your uncle talks too much", "Mrs. Vane"},        // "said her mother"
		{"kin-1901-01-01", "Only when I am asked", "Mr. Dunstan"},
		{"kin-1901-01-01", "Look, Clara,", "Mrs. Vane"},                          // "she said" between the parts is not quotation
		{"kin-1901-01-01", "Is the coach here yet?", ""},                         // a scene break: nobody from before it
		{"kin-1901-01-01", "Then I shall wait here.", ""},                        // not Mr. Hobb twice running
		{"kin-1901-01-01", "Mr. Hobb, will you fetch my bag?", ""},               // addresses Mr. Hobb, so not his
		{"kin-1901-01-01", "A little.", ""},                                      // long narration before "Mind the step" starts a new exchange
		{"silent-1912-01-01", "You see, madam", "Grigory Petrovitch"},            // "I said": the one addressed who never speaks
		{"talk-1905-01-01", "Oh! then, don't speak it", "Emma"},                  // "she cried": one of the two talking, not Harriet
		{"silent-1912-01-01", "Zero!", "the croupier"},                           // a window of words the conversation has no better name for
		{"silent-1912-01-01", "Nonsense. Put another", "The old lady"},           // "said the old lady" again: not the croupier's turn
		{"turns-1910-01-01", "Not yet, my lord", "Perkins"},                      // the other participant, named only after
		{"turns-1910-01-01", "He writes a good letter", "Anne"},                  // "she read it … before Clara came in": the subject
		{"turns-1910-01-01", "Who goes there?", "Colonel Ducroix"},               // "the old Colonel": the one colonel, named after
		{"hale-1910-01-01", "You look tired, child", "Mr. Hale"},                 // "he said": the last man who spoke in the scene
		{"turtle-1865-01-01", "We went to school in the sea", "The Mock Turtle"}, // in fiction, a name after "the" keeps it
	}
	a := newAttributor(t, attribution.Options{})
	results := map[string]*attribution.Result{}
	texts := map[string]string{}
	for _, tc := range tests {
		t.Run(tc.article+"/"+tc.quote, func(t *testing.T) {
			r, ok := results[tc.article]
			if !ok {
				doc := readArticle(t, filepath.Join(articles, tc.article+".txt"))
				var err error
				if r, err = a.Attribute(doc); err != nil {
					t.Fatal(err)
				}
				results[tc.article], texts[tc.article] = r, doc.Text
			}
			text := texts[tc.article]
			for _, s := range r.Statements {
				if !strings.Contains(s.Parts[0].Of(text), tc.quote) {
					continue
				}
				got := ""
				if s.Speaker != nil {
					got = s.Speaker.Name
				}
				if got != tc.speaker {
					t.Errorf("speaker of %q = %q, want %q", tc.quote, got, tc.speaker)
				}
				return
			}
			t.Errorf("no statement holds %q", tc.quote)
		})
	}
}

// TestNoComment checks that declining to comment is a statement whose cue is marked negated:
// what it reports was not said, and a user who wants only what was said drops it by the mark.
func TestNoComment(t *testing.T) {
	a := newAttributor(t, attribution.Options{})
	for _, text := range []string{
		"The defence ministry declined to comment.",
		"The White House declined to comment on the talks.",
		"Her lawyer refused to comment further.",
	} {
		r, err := a.Attribute(attribution.Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Statements) != 1 || !r.Statements[0].Cue.Negated {
			t.Errorf("%q: %d statements (%+v), want one with a negated cue", text, len(r.Statements), r.Statements)
		}
	}
}

// TestImpersonal checks that a verb of seeming reports the writer's view: no one in the text,
// not even the paragraph's speaker, said it.
func TestImpersonal(t *testing.T) {
	a := newAttributor(t, attribution.Options{})
	text := "The mayor said the bridge would reopen in May. The repairs appear to be well behind schedule. " +
		"Asked whether the tunnel would open too, she said it would. It was reported that the port would close. The ferry has reportedly been sold."
	r, err := a.Attribute(attribution.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Statements {
		name := ""
		if s.Speaker != nil {
			name = s.Speaker.Name
		}
		for _, p := range s.Parts {
			got = append(got, p.Of(text)+" / "+name)
		}
	}
	want := []string{
		"the bridge would reopen in May / The mayor",
		"The repairs / ",
		"to be well behind schedule / ",
		"whether the tunnel would open too / ",
		"it would / she",
		"that the port would close / ",
		"The ferry has / ",
		"been sold / ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// checkSpeaker attributes text and checks that the first statement whose first part starts
// with part has the speaker named want, or no speaker when want is "".
func checkSpeaker(t *testing.T, text, part, want string) {
	t.Helper()
	r, err := newAttributor(t, attribution.Options{}).Attribute(attribution.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Statements {
		if !strings.HasPrefix(s.Parts[0].Of(text), part) {
			continue
		}
		switch {
		case want == "" && s.Speaker != nil:
			t.Errorf("speaker of %q = %+v, want none", part, s.Speaker)
		case want != "" && (s.Speaker == nil || s.Speaker.Name != want):
			t.Errorf("speaker of %q = %+v, want %s", part, s.Speaker, want)
		}
		return
	}
	t.Errorf("no statement starts with %q", part)
}

// TestSeed checks the article this project started from, when the shared corpora are there.
func TestSeed(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no ../../shared/seeds in this checkout")
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	r, err := newAttributor(t, attribution.Options{}).Attribute(attribution.Document{
		Text: text, Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	type who struct{ name, date, topic string }
	want := map[string]who{
		"We see statements by the newly elected US President": {"Vladimir Putin", "2025-01-20", ""},
		"We also hear his statements":                         {"Vladimir Putin", "2025-01-20", ""},
		"President Putin wants to meet":                       {"Donald Trump", "2025-01-09", ""},
		"that Ukraine must also renounce its NATO bid":        {"Vladimir Putin", "2024-06", "NATO"},
	}
	withTopics := 0
	for _, s := range r.Statements {
		if len(s.Topics) > 0 {
			withTopics++
		}
		for prefix, w := range want {
			if !strings.HasPrefix(s.Parts[0].Of(text), prefix) {
				continue
			}
			if s.Speaker == nil || s.Speaker.Name != w.name {
				t.Errorf("speaker of %q… = %+v, want %s", prefix, s.Speaker, w.name)
			}
			if s.SaidOn.Value != w.date {
				t.Errorf("%q… said on %s, want %s", prefix, s.SaidOn.Value, w.date)
			}
			if w.topic != "" && !slices.ContainsFunc(s.Topics, func(tp attribution.Topic) bool { return tp.Label == w.topic }) {
				t.Errorf("%q… has topics %+v, want %s among them", prefix, s.Topics, w.topic)
			}
			delete(want, prefix)
		}
	}
	for prefix := range want {
		t.Errorf("no statement starts %q", prefix)
	}
	if withTopics*10 < len(r.Statements)*9 {
		t.Errorf("%d of %d statements have topics, want at least 90%%", withTopics, len(r.Statements))
	}
}

func TestOptions(t *testing.T) {
	for _, opts := range []attribution.Options{
		{MaxInputBytes: -1},
		{MinConfidence: 1.5},
		{Quote: quoteOptionsWithEmptyVerb()},
	} {
		if _, err := attribution.New(opts); err == nil {
			t.Errorf("New(%+v) succeeded, want an error", opts)
		}
	}
}

func TestTooLarge(t *testing.T) {
	a := newAttributor(t, attribution.Options{MaxInputBytes: 10})
	_, err := a.Attribute(attribution.Document{Text: `"Far too long," she said.`})
	if !errors.Is(err, attribution.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

// TestOddInput checks that text no article would hold gives a result, not a panic or an error.
func TestOddInput(t *testing.T) {
	a := newAttributor(t, attribution.Options{})
	for _, s := range []string{
		"", " \n\t ", "\x00\x00", "\xff\xfe\"bad\xff,\" he said.", "\"", "“", "«»", "\r\r\n\r",
		strings.Repeat("\"", 1000), strings.Repeat("“a ", 500), strings.Repeat("He said. ", 200),
	} {
		r, err := a.Attribute(attribution.Document{Text: s})
		if err != nil || r == nil {
			t.Errorf("Attribute(%.20q) = %v, %v", s, r, err)
			continue
		}
		for _, st := range r.Statements {
			for _, p := range st.Parts {
				if p.Start < 0 || p.End > len(s) || p.Start >= p.End {
					t.Errorf("Attribute(%.20q): part %v out of bounds", s, p)
				}
			}
		}
	}
}

// TestConcurrent shares one Attributor between goroutines; run it with -race.
func TestConcurrent(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	var docs []attribution.Document
	for _, p := range paths {
		docs = append(docs, readArticle(t, p))
	}
	a := newAttributor(t, attribution.Options{})
	want := make([][]byte, len(docs))
	for i, d := range docs {
		r, err := a.Attribute(d)
		if err != nil {
			t.Fatal(err)
		}
		want[i], _ = json.Marshal(r)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(docs) {
				i := (g + k) % len(docs)
				r, err := a.Attribute(docs[i])
				if err != nil {
					t.Error(err)
					return
				}
				if got, _ := json.Marshal(r); string(got) != string(want[i]) {
					t.Errorf("goroutine %d: result for %s differs from the sequential one", g, docs[i].ID)
				}
			}
		})
	}
	wg.Wait()
}

func TestAttributeAll(t *testing.T) {
	a := newAttributor(t, attribution.Options{MaxInputBytes: 40})
	docs := []attribution.Document{
		{ID: "a", Text: `"Yes," she said.`},
		{ID: "b", Text: strings.Repeat("x", 41)},
		{ID: "c", Text: `"No," he said.`},
	}
	var ids []string
	for r, err := range a.AttributeAll(context.Background(), slices.Values(docs)) {
		if err != nil {
			ids = append(ids, "error")
			continue
		}
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"a", "error", "c"}, ids); diff != "" {
		t.Errorf("AttributeAll order (-want +got):\n%s", diff)
	}
}

func TestAttributeAllCancel(t *testing.T) {
	a := newAttributor(t, attribution.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	docs := func(yield func(attribution.Document) bool) {
		for i := 0; ; i++ { // endless: only the cancellation ends it
			if i == 3 {
				cancel()
			}
			if !yield(attribution.Document{ID: strconv.Itoa(i), Text: `"Yes," she said.`}) {
				return
			}
		}
	}
	var got []string
	for r, err := range a.AttributeAll(ctx, docs) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, r.ID)
	}
	if diff := cmp.Diff([]string{"0", "1", "2", "context canceled"}, got); diff != "" {
		t.Errorf("AttributeAll after cancel (-want +got):\n%s", diff)
	}
}

func TestRecord(t *testing.T) {
	text := `"We will win," said Ann Lee. "And soon."`
	a := newAttributor(t, attribution.Options{})
	r, err := a.Attribute(attribution.Document{ID: "x", Text: text,
		Published: time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	rec := r.Record()
	if rec.Schema != attribution.SchemaVersion || rec.ID != "x" || len(rec.Quotes) != 2 {
		t.Fatalf("Record() = %+v", rec)
	}
	for _, q := range rec.Quotes {
		if q.Speaker == nil || *q.Speaker != "Ann Lee" || q.SaidOn == nil || *q.SaidOn != "2025-01-21" ||
			q.SaidOnSource != "document" || q.Kind != "direct" {
			t.Errorf("quote %q: %+v", text[q.Start:q.End], q)
		}
	}
	if got := text[*rec.Quotes[0].SpeakerStart:*rec.Quotes[0].SpeakerEnd]; got != "Ann Lee" {
		t.Errorf("speaker mention = %q", got)
	}
}

func quoteOptionsWithEmptyVerb() quote.Options { return quote.Options{Verbs: []string{" "}} }

func TestInput(t *testing.T) {
	for _, tc := range []struct{ line, id, text, date, err string }{
		{`{"id": "a", "text": "Hi.", "date": "2025-01-21"}`, "a", "Hi.", "2025-01-21", ""},
		{`{"text": "Hi.", "date": null}`, "", "Hi.", "0001-01-01", ""},
		{`{"id": "b", "date": "2025-01-21"}`, "b", "", "0001-01-01", `missing "text"`},
		{`{"id": "c", "text": "Hi.", "date": "21/01/2025"}`, "c", "Hi.", "0001-01-01", "invalid date"},
		{`{"id": "d", "text": "Hi.", "date": "2025-01-21T23:30:00-05:00"}`, "d", "Hi.", "2025-01-21", ""},
		{`{"id": "e", "text": "Hi.", "date": "2025-01-21T09:30:00.123Z"}`, "e", "Hi.", "2025-01-21", ""},
		{`{"id": "f", "text": "Hi.", "date": "2025-01-21T25:30:00Z"}`, "f", "Hi.", "0001-01-01", "invalid date"},
		{`{"id": "g", "text": "Hi.", "date": "2025-02-30T09:30:00Z"}`, "g", "Hi.", "0001-01-01", "invalid date"},
		{`{"id": "h", "text": "Hi.", "date": "2025-01-21T09:30:00"}`, "h", "Hi.", "0001-01-01", "invalid date"},
		{`{"id": "i", "text": "Hi.", "date": "2025-01-21 09:30:00Z"}`, "i", "Hi.", "0001-01-01", "invalid date"},
		{`{"text": "unterminated`, "", "", "0001-01-01", "not JSON"},
		{`["text"]`, "", "", "0001-01-01", "not a document object"},
	} {
		var in attribution.Input
		var doc attribution.Document
		err := attribution.ParseInput([]byte(tc.line), &in)
		if err == nil {
			doc, err = in.Document()
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tc.err == "" && got != "" || !strings.Contains(got, tc.err) ||
			doc.ID != tc.id || doc.Text != tc.text && err == nil || doc.Published.Format(time.DateOnly) != tc.date {
			t.Errorf("%s: document %+v, error %q; want id %q, text %q, date %s, error containing %q",
				tc.line, doc, got, tc.id, tc.text, tc.date, tc.err)
		}
	}
}

// TestFictionWithLittleDialogue checks that a story whose paragraphs seldom answer one
// another (text.Doc.IsDialogue is false) still has conversations: the turn after Tom's is
// Anne's, not Tom's carried on as a news paragraph would be.
func TestFictionWithLittleDialogue(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "She walked along the river in the evening light, and he followed her at a distance, "+
			"for she had asked him to keep away from the house until the storm was over. Day %s came and went.\n\n",
			[]string{"after day", "upon day"}[i%2])
	}
	b.WriteString("\"The water is rising,\" said Tom, looking at the bank.\n\n")
	b.WriteString("\"It rises every spring.\"\n\n")
	b.WriteString("\"Not like this,\" said Anne. \"Never like this.\"\n")
	checkSpeaker(t, b.String(), "It rises every spring", "Anne")
}

// TestRelativeSubjectMention checks that the local mention of a speaker whose cue is the verb of
// a relative clause (`tenants who complained`, `Hale, who in the past has described`) is the
// relative pronoun, standing for the mention before it; a relative clause closed by a comma
// leaves the subject before it.
func TestRelativeSubjectMention(t *testing.T) {
	text := "The council met several tenants who complained that the heating failed every winter. " +
		"Councillor Tom Berg, who chairs the housing board, said that repairs would start in May. " +
		"Ann Hale, who in the past has described the plan as a fraud, voted for it. " +
		"Mayor Ruth Adler, who has backed Tom Reed and denounced the tax plan, left early. " +
		"The fund hired Senator Ann Lee, who told Congress when asked about the loans: \"The books are sound.\""
	r, err := newAttributor(t, attribution.Options{}).Attribute(attribution.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"that the heating failed": "who", "that repairs would start": "Councillor Tom Berg",
		"the plan as a fraud":  "who", // the quote stage's window is `in the past has`, after the who
		"the tax plan":         "who", // a name inside the relative clause is its object, not a subject
		"The books are sound.": "who"} // the window is the verb phrase after the who: `told Congress when`
	for _, s := range r.Statements {
		for prefix, mention := range want {
			if !strings.HasPrefix(s.Parts[0].Of(text), prefix) {
				continue
			}
			delete(want, prefix)
			if s.Speaker == nil || s.Speaker.Mention.Of(text) != mention {
				t.Errorf("speaker of %q = %+v, want the mention %q", prefix, s.Speaker, mention)
			}
		}
	}
	for prefix := range want {
		t.Errorf("no statement starts with %q", prefix)
	}
}
