package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/quote"
)

// render runs the program on text, given on standard input, and returns the page.
func render(t *testing.T, text string, opts options) string {
	t.Helper()
	var out bytes.Buffer
	if err := run([]string{"-"}, opts, strings.NewReader(text), &out); err != nil {
		t.Fatal(err)
	}
	checkPage(t, out.String())
	return out.String()
}

// voidElements have no end tag.
var voidElements = map[string]bool{"meta": true, "link": true, "br": true, "hr": true, "img": true, "input": true}

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>`)

// checkPage checks that every tag of page is closed in order, and that the article is
// well-formed XML once its HTML is read as such.
func checkPage(t *testing.T, page string) {
	t.Helper()
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n") {
		t.Errorf("page does not start with a doctype: %.40q", page)
	}
	body := regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(page, "<style></style>")
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(body, -1) {
		closing, name := m[1] == "/", strings.ToLower(m[2])
		switch {
		case voidElements[name]:
		case !closing:
			stack = append(stack, name)
		case len(stack) == 0 || stack[len(stack)-1] != name:
			t.Fatalf("</%s> closes %v", name, stack)
		default:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		t.Errorf("tags left open: %v", stack)
	}
	start, end := strings.Index(page, "<article>"), strings.Index(page, "</article>")
	if start < 0 || end < start {
		t.Fatal("no article")
	}
	d := xml.NewDecoder(strings.NewReader(page[start : end+len("</article>")]))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("article is not well-formed: %v", err)
		}
	}
}

var markRE = regexp.MustCompile(`<mark class="st (\w+)"(?: id="(s\d+)")? style="--c: (#[0-9a-f]{6})" data-tip="([^"]*)" tabindex="0">`)

// A markInfo is what a test checks of a highlight.
type markInfo struct {
	Kind, ID, Color, Speaker string
}

func marks(page string) []markInfo {
	var ms []markInfo
	for _, m := range markRE.FindAllStringSubmatch(page, -1) {
		speaker, _, _ := strings.Cut(m[4], "\n")
		speaker, _, _ = strings.Cut(speaker, " (as ")
		ms = append(ms, markInfo{Kind: m[1], ID: m[2], Color: m[3], Speaker: speaker})
	}
	return ms
}

func TestSmallArticle(t *testing.T) {
	text := "Vote on the bridge\n\n" +
		// The figure keeps the text from reading as fiction, where reported speech is not sought.
		"\"We will win this vote,\" said Ann Lee. Her rival Bo Tan said the bridge, at 40 million euros, was too expensive.\n\n" +
		// A paragraph between keeps the last quotation from running on Ann Lee's.
		"The vote is on Friday.\n\n\"Never again.\"\n"
	page := render(t, text, options{date: "2025-01-21"})
	want := []markInfo{
		{Kind: "direct", ID: "s0", Color: palette[0], Speaker: "Ann Lee"},
		{Kind: "indirect", ID: "s1", Color: palette[1], Speaker: "Bo Tan"},
		{Kind: "direct", ID: "s2", Color: grey, Speaker: "No speaker found"},
	}
	if diff := cmp.Diff(want, marks(page)); diff != "" {
		t.Errorf("highlights (-want +got):\n%s", diff)
	}
	for _, s := range []string{
		`<h1>Vote on the bridge</h1>`,
		`>We will win this vote,</mark>&#34; said Ann Lee.`,
		`>the bridge, at 40 million euros, was too expensive</mark>.</p>`,
		"said on 2025-01-21 (document)",
		`cue: “said” (say, speech)`,
		`<span class="name">Ann Lee</span><span class="count">1</span>`,
		`<span class="name">No speaker found</span>`,
		`<a href="#s1"><span class="kind">indirect</span><span>the bridge, at 40 million euros, was too expensive</span></a>`,
		`3 statements · 2 speakers · 1 without a speaker`,
		`<title>Vote on the bridge · who said what</title>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
}

func TestSample(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, options{}, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	checkPage(t, page)
	colors := map[string]string{}
	for _, m := range marks(page) {
		if c, ok := colors[m.Speaker]; ok && c != m.Color {
			t.Errorf("%s has colours %s and %s", m.Speaker, c, m.Color)
		}
		colors[m.Speaker] = m.Color
	}
	for _, name := range []string{"Rosa Delgado", "Colin Ashworth", "Farah Siddiqui", "Leo Brandt"} {
		if _, ok := colors[name]; !ok {
			t.Errorf("no highlight for %s", name)
		}
	}
	if strings.Count(page, "<p>") != strings.Count(sample, "\n\n") {
		t.Errorf("%d paragraphs, want %d", strings.Count(page, "<p>"), strings.Count(sample, "\n\n"))
	}
	if !strings.Contains(page, "published "+sampleDate) || !strings.Contains(page, "(explicit: “Friday”)") {
		t.Error("page lacks the publication date or an explicit date")
	}
}

func TestEscaping(t *testing.T) {
	text := `"<script>alert('x')</script> & <b>bold</b>," said Dr. Eve <Mallory>.` + "\n\n" +
		`Tom "<img src=x onerror=alert(1)>" Smith said nothing.`
	page := render(t, text, options{})
	for _, bad := range []string{"<script", "<b>", "<img", "<Mallory"} {
		if strings.Contains(strings.ToLower(page), strings.ToLower(bad)) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	// The tags are read as markup (attribution.Options.KeepMarkup is off), so the highlights
	// may fall anywhere among them; the text around them must come out escaped.
	article := page[strings.Index(page, "<article>"):strings.Index(page, "</article>")]
	article = regexp.MustCompile(`</?mark[^>]*>`).ReplaceAllString(article, "")
	for _, want := range []string{"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;,&#34; said Dr. Eve &lt;Mallory&gt;.",
		"Tom &#34;&lt;img src=x onerror=alert(1)&gt;&#34; Smith said nothing."} {
		if !strings.Contains(article, want) {
			t.Errorf("article text lacks %q:\n%s", want, article)
		}
	}
}

// TestNested checks that a quotation inside another, made a statement by -nested, is a
// highlight inside the outer one.
func TestNested(t *testing.T) {
	text := `"He told me, 'I will resign,' and then he left," said Ann Lee.`
	page := render(t, text, options{nested: true})
	if !regexp.MustCompile(`<mark [^>]*>He told me, &#39;<mark [^>]*>I will resign,</mark>&#39; and then he left,</mark>`).MatchString(page) {
		t.Errorf("no nested highlight:\n%s", page[strings.Index(page, "<article>"):])
	}
}

// TestLayout checks nesting, crossing and paragraph breaks on made-up statements.
func TestLayout(t *testing.T) {
	const text = "0123456789abcdefghij"
	for _, tc := range []struct {
		name   string
		pieces []piece
		want   string
	}{
		{"none", nil, "0123456789abcdefghij"},
		{"one", []piece{{2, 5, 0}}, "01[0:234]56789abcdefghij"},
		{"adjacent", []piece{{5, 8, 1}, {2, 5, 0}}, "01[0:234][1:567]89abcdefghij"},
		{"nested", []piece{{2, 12, 0}, {4, 6, 1}}, "01[0:23[1:45]6789ab]cdefghij"},
		{"same span", []piece{{2, 5, 1}, {2, 5, 0}}, "01[0:[1:234]]56789abcdefghij"},
		{"same start", []piece{{2, 5, 1}, {2, 9, 0}}, "01[0:[1:234]5678]9abcdefghij"},
		{"same end", []piece{{2, 9, 0}, {5, 9, 1}}, "01[0:234[1:5678]]9abcdefghij"},
		{"crossing", []piece{{2, 8, 0}, {5, 12, 1}}, "01[0:234[1:567]][1:89ab]cdefghij"},
		{"crossing twice", []piece{{2, 8, 0}, {4, 10, 1}, {6, 14, 2}},
			"01[0:23[1:45[2:67]]][2:[1:89]abcd]efghij"},
		{"crossing a nest", []piece{{0, 10, 0}, {2, 4, 1}, {3, 15, 2}},
			"[0:01[1:2[2:3]][2:456789]][2:abcde]fghij"},
		{"empty", []piece{{3, 3, 0}}, "0123456789abcdefghij"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nodes := layout(text, 0, len(text), tc.pieces, func(stmt int) *mark {
				return &mark{ID: fmt.Sprint(stmt)}
			})
			if got := flatten(nodes); got != tc.want {
				t.Errorf("layout = %s, want %s", got, tc.want)
			}
		})
	}
}

// flatten writes nodes as text with [id:…] around each mark.
func flatten(nodes []node) string {
	var b strings.Builder
	for _, n := range nodes {
		if n.Mark == nil {
			b.WriteString(n.Text)
			continue
		}
		fmt.Fprintf(&b, "[%s:%s]", n.Mark.ID, flatten(n.Children))
	}
	return b.String()
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"blank lines", "Title\n\nOne line\nwrapped.\n\n\n  Two.  \n", []string{"Title", "One line\nwrapped.", "Two."}},
		{"line per paragraph", "Title\nOne.\r\nTwo.\n", []string{"Title", "One.", "Two."}},
		{"trailing blank line", "One.\nTwo.\n\n", []string{"One.", "Two."}},
		{"leading blank lines", "\n\n  \nOne.\nTwo.", []string{"One.", "Two."}},
		{"spaces in blank line", "One.\n \t \nTwo.", []string{"One.", "Two."}},
		{"empty", "", nil},
		{"only space", " \n\n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range paragraphs(tc.text) {
				got = append(got, p.Of(tc.text))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStatementAcrossParagraphs checks that a statement part running over a paragraph break
// is highlighted in each paragraph, linked from its first piece.
func TestStatementAcrossParagraphs(t *testing.T) {
	text := "Ann Lee said we came here to win.\n\nAnd that we will not stop."
	res := &attribution.Result{Statements: []attribution.Statement{{
		Kind:    quote.Indirect,
		Parts:   []attribution.Span{{Start: 13, End: len(text) - 1}},
		Speaker: &attribution.Speaker{Name: "Ann Lee", Entity: -1},
		Within:  -1,
	}}}
	var b strings.Builder
	if err := pageTemplate.Execute(&b, newPage(text, res)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkPage(t, page)
	want := []markInfo{
		{Kind: "indirect", ID: "s0", Color: palette[0], Speaker: "Ann Lee"},
		{Kind: "indirect", Color: palette[0], Speaker: "Ann Lee"},
	}
	if diff := cmp.Diff(want, marks(page)); diff != "" {
		t.Errorf("highlights (-want +got):\n%s", diff)
	}
	for _, s := range []string{`>we came here to win.</mark></p>`, `<p><mark `, `>And that we will not stop</mark>.</p>`} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
}

func TestColors(t *testing.T) {
	seen := map[string]bool{}
	for i := range 40 {
		c := speakerColor(i)
		if !regexp.MustCompile(`^#[0-9a-f]{6}$`).MatchString(c) || seen[c] || c == grey {
			t.Errorf("speakerColor(%d) = %q", i, c)
		}
		seen[c] = true
	}
}

func TestFilesAndErrors(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.html")
	if err := os.WriteFile(in, []byte(`"Ready," said coach Maria Lopes.`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{in}, options{out: out, date: "2025-01-22"}, strings.NewReader(""), io.Discard); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, string(b))
	if !strings.Contains(string(b), "Maria Lopes") || !strings.Contains(string(b), "a.txt · published 2025-01-22") {
		t.Errorf("page for %s lacks the speaker or the source", in)
	}
	for _, tc := range []struct {
		args []string
		opts options
	}{
		{[]string{"a", "b"}, options{}},
		{[]string{"-"}, options{date: "22-01-2025"}},
		{[]string{filepath.Join(dir, "missing.txt")}, options{}},
		{[]string{in}, options{out: filepath.Join(dir, "no", "such", "dir.html")}},
	} {
		err := run(tc.args, tc.opts, strings.NewReader("x"), io.Discard)
		if err == nil {
			t.Errorf("run(%q, %+v) succeeded, want an error", tc.args, tc.opts)
		}
		if errors.Is(err, io.EOF) {
			t.Errorf("run(%q, %+v): %v", tc.args, tc.opts, err)
		}
	}
}

func TestEmpty(t *testing.T) {
	page := render(t, "", options{})
	if !strings.Contains(page, "No statements found.") || !strings.Contains(page, "<title>who said what</title>") {
		t.Errorf("empty article page:\n%s", page)
	}
}
