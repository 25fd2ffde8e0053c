package attribution_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/attribution"
)

// maxCostRatio is how many times the cost per byte of ordinary news an adversarial document
// may take.
const maxCostRatio = 3

// adversarialDocs are texts built to find quadratic paths, each with the reason it might.
var adversarialDocs = []struct {
	name, reason string
	n            int                // the size that counts, in the units of text
	text         func(n int) string // the document of size n
}{
	{
		name:   "unmatched marks",
		reason: "20,000 opening marks that nothing closes: the pairing stack and the quotes recovered at a paragraph's end",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString([]string{"“", "\"", "«", "‘"}[i%4])
				b.WriteString("word ")
			}
			return b.String()
		},
	},
	{
		name:   "one long sentence",
		reason: "200,000 words with no punctuation: every scan bounded by a sentence runs over all of it",
		n:      200000,
		text: func(n int) string {
			words := []string{"the", "minister", "said", "that", "talks", "could", "resume", "within", "weeks", "and"}
			var b strings.Builder
			for i := range n {
				b.WriteString(words[i%len(words)])
				b.WriteByte(' ')
			}
			return b.String()
		},
	},
	{
		name:   "many speakers",
		reason: "5,000 different capitalised names, each with said: candidate speakers and entity clustering",
		n:      5000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "Name%c%c Surname%d said the plan was good. ", 'A'+i%26, 'a'+i/26%26, i)
			}
			return b.String()
		},
	},
	{
		name:   "dense markup",
		reason: "20,000 paragraphs of tags and character references: stripping them and mapping every span back",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, `<p class="s%d">&ldquo;We <b>will</b> win,&rdquo; said <a href="/p/%d">Ann&nbsp;Lee</a> &amp; co.</p>`+"\n", i, i)
			}
			return b.String()
		},
	},
	{
		name:   "broken markup",
		reason: "20,000 comment openers, unclosed tags and attribute quotes, and references without their ends: each a search for an end that is not there",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString([]string{"<!-- ", `<a href="x `, "<b c='d ", "&ldquo ", "&#82", "< a", "<p"}[i%7])
				b.WriteString("word ")
			}
			return b.String()
		},
	},
	{
		name:   "quotations in one sentence",
		reason: "20,000 quotations with no full stop between: every search from a quotation back to its sentence's start or cue",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString([]string{`the "plan" and `, `a ‘deal’ that `, `it said “no” to `, `his “very long and winding answer” with `}[i%4])
				b.WriteString("many of the other members of the committee who came along ")
			}
			return b.String()
		},
	},
	{
		name:   "content over quotations",
		reason: "a colon's reported content running over 20,000 quotations it takes in: each one's marks joined to the statement's",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString([]string{`Lee: “we go” and `, `Smith — the plan works — `, `as follows: `}[i%3])
			}
			return b.String()
		},
	},
	{
		name:   "dates in one sentence",
		reason: "20,000 dates with no comma or full stop between them: each date's tense search walking back to its sentence's start",
		n:      20000,
		text: func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString([]string{"on March 3 ", "in May 2019 ", "last Monday ", "on June 30 2024 and "}[i%4])
			}
			return b.String()
		},
	},
	{
		name:   "commas in one sentence",
		reason: "20,000 quotations, each with a cue and a relative, no full stop: each cue's subject tried as a fronted adverbial ending at every comma before it",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("“a,” said Lee, who ", n)
		},
	},
	{
		name:   "sources in one sentence",
		reason: "20,000 `according to` with quoted words and no comma or full stop: each source read to the sentence's end",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("according to “a” ", n)
		},
	},
	{
		name:   "sourced clauses in one sentence",
		reason: "10,000 clauses each followed by `, according to X,` and no full stop: the content of each runs from the sentence's start, read for quotations each time",
		n:      10000,
		text: func(n int) string {
			return strings.Repeat("we go on, according to Lee, the plan works ", n)
		},
	},
	{
		name:   "one window over a sentence",
		reason: "10,000 names with appositions in brackets and cues, no full stop: one statement's window runs over them all, and each mention in it was checked for brackets from the window's start",
		n:      10000,
		text: func(n int) string {
			return strings.Repeat("Ann Lee, a spokeswoman (for the firm), said ", n)
		},
	},
	{
		name:   "participles in one sentence",
		reason: "10,000 quotations each followed by a participle, no full stop: the speaker of each is the sentence's subject, looked for from the sentence's start",
		n:      10000,
		text: func(n int) string {
			return strings.Repeat("Lee fired back: “a,” referencing the law, and many of the other members of the committee who came along ", n)
		},
	},
	{
		name:   "second verbs in one sentence",
		reason: "10,000 cues each a second verb of the sentence's subject, no full stop: the source of each ran from the sentence's start, and the sieves read all of it",
		n:      10000,
		text: func(n int) string {
			return strings.Repeat("and then said “we go” and many of the other members of the committee who came along ", n)
		},
	},
	{
		name:   "subjects between windows",
		reason: "20,000 second verbs after a subject and an aside, no full stop: the sentence's subject looked for between the mentions of each statement's window, each search for brackets starting again",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("the crowd, in reply, opened a door and said “a” and then others came ", n)
		},
	},
	{
		name:   "colons in one sentence",
		reason: "20,000 cues each with a colon, no full stop: each colon's content read to the sentence's end for a quotation that is speech",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("Lee said: the plan works and ", n)
		},
	},
	{
		name:   "one quotation over many paragraphs",
		reason: "20,000 paragraphs each opening a quotation that the next continues: one quotation of 20,000 parts and marks, each part widened to its marks",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("“We go on and on.\n\n", n)
		},
	},
	{
		name:   "cues after a long opening",
		reason: "20,000 words with no comma, then 20,000 cues each after a comma: each cue's subject looked for from the sentence's start, past a fronted adverbial to the first comma",
		n:      20000,
		text: func(n int) string {
			return strings.Repeat("the ", n) + strings.Repeat(", said “a” ", n)
		},
	},
	{
		name:   "deep nesting",
		reason: "quotes nested 50 deep in alternating styles, repeated 400 times: nesting beyond MaxNesting must be cheap",
		n:      400,
		text: func(n int) string {
			open := []string{"“", "‘", "«", "‹", "\"", "'", "„", "「", "『"}
			closing := []string{"”", "’", "»", "›", "\"", "'", "“", "」", "』"}
			var one strings.Builder
			one.WriteString("He said ")
			for i := range 50 {
				one.WriteString(open[i%len(open)])
				one.WriteString("level ")
			}
			one.WriteString("core")
			for i := 49; i >= 0; i-- {
				one.WriteString(closing[i%len(closing)])
			}
			one.WriteString(" and left.\n\n")
			return strings.Repeat(one.String(), n)
		},
	},
}

// newsOfSize returns the test articles repeated to at least n bytes, paragraphs kept apart.
func newsOfSize(t *testing.T, n int) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	var one strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		one.Write(b)
		one.WriteString("\n\n")
	}
	if one.Len() == 0 {
		t.Fatal("no articles")
	}
	return strings.Repeat(one.String(), n/one.Len()+1)
}

// probeShare is the fraction of its full size at which an adversarial document is tried
// first, so that a quadratic path fails the test in a second rather than running for minutes.
const probeShare = 16

// TestAdversarialLinear checks that adversarial documents cost at most maxCostRatio times the
// cost per byte of ordinary news of the same size: no stage may be quadratic in the length of a
// paragraph, a sentence, a run of marks or the number of names. The machine may be busy, so
// each cost is the least of several runs, news and adversarial document taking turns. Each
// document is tried at 1/probeShare of its size first and only then at full size.
func TestAdversarialLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: attributes several large documents")
	}
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation distorts timings")
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)
	cost := func(s string) time.Duration {
		start := time.Now()
		if _, err := a.Attribute(attribution.Document{Text: s, Published: published}); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	// ratio returns the cost per byte of adv over that of news of the same size.
	ratio := func(t *testing.T, adv string, runs int) float64 {
		news := newsOfSize(t, len(adv))
		var advCost, newsCost time.Duration
		for i := range runs {
			if c := cost(adv); i == 0 || c < advCost {
				advCost = c
			}
			if c := cost(news); i == 0 || c < newsCost {
				newsCost = c
			}
		}
		perAdv := float64(advCost) / float64(len(adv))
		perNews := float64(newsCost) / float64(len(news))
		t.Logf("%d bytes in %v (%.0f µs/MB); news %d bytes in %v (%.0f µs/MB); ratio %.2f",
			len(adv), advCost, perAdv*1e3, len(news), newsCost, perNews*1e3, perAdv/perNews)
		return perAdv / perNews
	}
	// measure takes the ratio of three runs each, and of seven when that is over the bound: a
	// busy machine should not fail the test, a quadratic path fails it either way.
	measure := func(t *testing.T, adv string) float64 {
		if r := ratio(t, adv, 3); r <= maxCostRatio {
			return r
		}
		return ratio(t, adv, 7)
	}
	for _, tc := range adversarialDocs {
		t.Run(tc.name, func(t *testing.T) {
			if r := measure(t, tc.text(tc.n/probeShare)); r > maxCostRatio {
				t.Fatalf("at 1/%d of its size, %s costs %.1f times news per byte, want at most %d\nreason it might: %s",
					probeShare, tc.name, r, maxCostRatio, tc.reason)
			}
			if r := measure(t, tc.text(tc.n)); r > maxCostRatio {
				t.Errorf("%s costs %.1f times news per byte, want at most %d\nreason it might: %s",
					tc.name, r, maxCostRatio, tc.reason)
			}
		})
	}
}
