package attribution_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// asFeedHTML writes text as a feed would: every character HTML escapes or may escape as a
// reference, each paragraph in <p> tags, and its first word in <b>.
func asFeedHTML(text string) string {
	esc := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "“", "&ldquo;", "”", "&#8221;",
		"‘", "&lsquo;", "’", "&#x2019;", "—", "&mdash;", "<", "&lt;", ">", "&gt;")
	var b strings.Builder
	for i, para := range strings.Split(text, "\n\n") {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(`<p class="body">`)
		if first, rest, ok := strings.Cut(para, " "); ok {
			fmt.Fprintf(&b, "<b>%s</b> %s", esc.Replace(first), esc.Replace(rest))
		} else {
			b.WriteString(esc.Replace(para))
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// unescapeFeed undoes asFeedHTML on a stretch of its output, for comparing texts.
func unescapeFeed(s string) string {
	return strings.NewReplacer("&amp;", "&", "&quot;", `"`, "&ldquo;", "“", "&#8221;", "”",
		"&lsquo;", "‘", "&#x2019;", "’", "&mdash;", "—", "&lt;", "<", "&gt;", ">",
		`<p class="body">`, "", "</p>", "", "<b>", "", "</b>", "").Replace(s)
}

// A statement as texts rather than offsets, to compare a plain article with its feed HTML.
type textStatement struct {
	Kind, Speaker, Mention, Cue, SaidOn, SaidOnText string
	Parts, Topics, Evidence, Trail                  []string
}

func statementTexts(r *attribution.Result, text string, undo func(string) string) []textStatement {
	var out []textStatement
	for _, s := range r.Statements {
		ts := textStatement{Kind: s.Kind.String(), Cue: undo(s.Cue.Span.Of(text)), SaidOn: s.SaidOn.Value,
			SaidOnText: undo(s.SaidOn.Span.Of(text))}
		if s.Speaker != nil {
			ts.Speaker, ts.Mention = s.Speaker.Name, undo(s.Speaker.Mention.Of(text))
		}
		for _, p := range s.Parts {
			ts.Parts = append(ts.Parts, undo(p.Of(text)))
		}
		for _, t := range s.Topics {
			ts.Topics = append(ts.Topics, t.Label)
			for _, e := range t.Evidence {
				ts.Evidence = append(ts.Evidence, undo(e.Of(text)))
			}
		}
		for _, d := range s.Trail {
			ts.Trail = append(ts.Trail, d.Rule+": "+undo(d.Evidence.Of(text)))
		}
		out = append(out, ts)
	}
	return out
}

// TestMarkupMatchesPlain checks that each test article written as feed HTML gives what the
// article itself gives, span for span.
func TestMarkupMatchesPlain(t *testing.T) {
	if n := checkRewritten(t, "as HTML", asFeedHTML, unescapeFeed); n < 50 {
		t.Fatalf("only %d statements in the test articles", n)
	}
}

// checkRewritten attributes each test article as it is and as rewrite writes it, and checks
// that both give the same statements, speakers, dates, topics, mentions and time expressions,
// each span of the rewritten text covering, read back by undo, what the plain span covers. It
// returns how many statements the articles hold.
func checkRewritten(t *testing.T, how string, rewrite, undo func(string) string) int {
	t.Helper()
	texts, err := testdoc.Articles(articles)
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf attribution.Buffer // the rewritten texts go through AttributeInto, one Buffer for all
	published := time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC)
	statements := 0
	for i, plain := range texts {
		text := rewrite(plain)
		want, err := a.Attribute(attribution.Document{Text: plain, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.AttributeInto(&buf, attribution.Document{Text: text, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		same := func(s string) string { return s }
		if diff := cmp.Diff(statementTexts(want, plain, same), statementTexts(got, text, undo)); diff != "" {
			t.Errorf("article %d %s: statements differ (-plain +rewritten):\n%s", i, how, diff)
		}
		if len(got.Entities) != len(want.Entities) || len(got.Mentions) != len(want.Mentions) || len(got.Timexes) != len(want.Timexes) {
			t.Errorf("article %d %s: %d entities, %d mentions, %d timexes, want %d, %d, %d", i, how,
				len(got.Entities), len(got.Mentions), len(got.Timexes), len(want.Entities), len(want.Mentions), len(want.Timexes))
			continue
		}
		for j, m := range got.Mentions {
			if g, w := undo(m.Span.Of(text)), want.Mentions[j].Span.Of(plain); g != w {
				t.Errorf("article %d %s: mention %d is %q, want %q", i, how, j, g, w)
			}
		}
		for j, x := range got.Timexes {
			if g, w := undo(x.Span.Of(text)), want.Timexes[j].Span.Of(plain); g != w || x.Value != want.Timexes[j].Value {
				t.Errorf("article %d %s: time expression %d is %q (%s), want %q (%s)", i, how, j, g, x.Value, w, want.Timexes[j].Value)
			}
		}
		statements += len(want.Statements)
	}
	return statements
}

// TestKeepMarkup checks that the option reads references as they are written, so that
// quotation marks written as references are not found.
func TestKeepMarkup(t *testing.T) {
	const text = "<p>&ldquo;We will win,&rdquo; Smith said.</p>"
	for _, keep := range []bool{false, true} {
		a, err := attribution.New(attribution.Options{KeepMarkup: keep})
		if err != nil {
			t.Fatal(err)
		}
		r, err := a.Attribute(attribution.Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if keep {
			want = 0
		}
		if len(r.Statements) != want {
			t.Fatalf("KeepMarkup %v: %d statements, want %d", keep, len(r.Statements), want)
		}
		if !keep {
			s := r.Statements[0]
			if got := s.Parts[0].Of(text); got != "We will win," {
				t.Errorf("part %q, want %q", got, "We will win,")
			}
			if got := s.Speaker.Mention.Of(text); got != "Smith" {
				t.Errorf("speaker mention %q, want Smith", got)
			}
		}
	}
}
