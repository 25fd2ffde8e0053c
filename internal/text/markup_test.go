package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"AT&T and Q&A, x < y, a<b", "AT&T and Q&A, x < y, a<b"},
		{"&quot;Yes,&quot; she said.", `"Yes," she said.`},
		{"&ldquo;Yes,&rdquo; she said &amp; left.", "“Yes,” she said & left."},
		{"&#8220;Yes,&#x201D; &#X201c;", "“Yes,” “"},
		{"<p>One.</p><p>Two<br>three</p>", "\n\nOne.\n\n\n\nTwo\nthree\n\n"},
		{`He <a href="/x?a=1&amp;b=2" title='a > b'>said</a> <b>it</b>.`, "He said it."},
		{"<q>Go</q>, he said.", "“Go”, he said."},
		{"a<!-- note -->b", "ab"},
		{`<tweet tweet-id="783" author="@x">Hi</tweet>`, "\n\nHi\n\n"},
		{"&nosuch; &ampx; &amp &#; &#x; &#12a;", "&nosuch; &ampx; &amp &#; &#x; &#12a;"},
		{"&semi; &NotEqualTilde;", "; \u2242\u0338"},
		{"<b/c> <b c=> <b \"c\"> <a href=\"x> <john@example.com> <https://x.org>", "<b/c> <b c=> <b \"c\"> <a href=\"x> <john@example.com> <https://x.org>"},
		{"<br/> <img src=x.png alt=\"\"/>", "\n "},
		{"&lt;p&gt; is a tag", "<p> is a tag"},
	}
	var m Markup
	for _, tc := range tests {
		got, changed := m.Strip(tc.in)
		if got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if changed != (tc.in != tc.want) {
			t.Errorf("Strip(%q) changed = %v", tc.in, changed)
		}
	}
}

func TestMarkupSpan(t *testing.T) {
	const s = `<p>&ldquo;We <b>will</b> win,&rdquo; Smith said.</p>`
	var m Markup
	plain, _ := m.Strip(s)
	for _, tc := range []struct{ plain, orig string }{
		{"“We will win,”", "&ldquo;We <b>will</b> win,&rdquo;"},
		{"will", "will"},
		{"We will", "We <b>will"},
		{"Smith said.", "Smith said."},
	} {
		x := strings.Index(plain, tc.plain)
		sp := m.Span(Span{x, x + len(tc.plain)})
		if got := sp.Of(s); got != tc.orig {
			t.Errorf("span of %q is %q, want %q", tc.plain, got, tc.orig)
		}
	}
	if got := m.Span(Span{}); !got.IsZero() {
		t.Errorf("zero span maps to %v", got)
	}
	x := strings.Index(plain, "will")
	if got := m.Span(Span{x, x}); got.Start != got.End {
		t.Errorf("empty span maps to %v", got)
	}
}

// TestMarkupRoundTrip builds texts of words, references, tags and stray "&" and "<", and
// checks the mapping on every one of them (checkMarkup).
func TestMarkupRoundTrip(t *testing.T) {
	pieces := []string{"word", " ", "said", "&amp;", "&quot;", "&ldquo;", "&#8217;", "&#x201D;",
		"<p>", "</p>", "<br>", "<b>", "</b>", `<a href="x">`, "<q>", "</q>", "<!--c-->", "&", "<",
		"AT&T", "é", "“", "\n\n", "&nosuch;", "&nbsp;", "x<y"}
	r := rand.New(rand.NewPCG(1, 2))
	var m Markup
	for range 3000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkMarkup(t, &m, b.String())
	}
}

// checkMarkup checks Strip and the spans of s: offsets within s, on its rune boundaries,
// in order; and each span of the plain text that does not cut a replacement maps to a stretch
// of s that strips to the same plain text.
func checkMarkup(t *testing.T, m *Markup, s string) {
	t.Helper()
	plain, changed := m.Strip(s)
	if !changed {
		if plain != s {
			t.Fatalf("Strip(%q) unchanged but gave %q", s, plain)
		}
		return
	}
	plain = strings.Clone(plain)
	inside := make([]bool, len(plain)+1) // offsets strictly inside a replacement
	for _, e := range m.edits {
		for x := e.plain + 1; x < e.plainEnd; x++ {
			inside[x] = true
		}
	}
	valid := utf8.ValidString(s)
	var bounds []int
	for x := 0; x <= len(plain); x++ {
		if !inside[x] && (x == len(plain) || utf8.RuneStart(plain[x])) {
			bounds = append(bounds, x)
		}
	}
	lastStart, lastEnd := -1, -1
	for _, x := range bounds {
		st, en := m.Start(x), m.End(x)
		if st < 0 || en > len(s) || st < lastStart || en < lastEnd {
			t.Fatalf("%q: offset %d maps to start %d, end %d (last %d, %d)", s, x, st, en, lastStart, lastEnd)
		}
		if valid && !(runeBoundary(s, st) && runeBoundary(s, en)) {
			t.Fatalf("%q: offset %d maps off a rune boundary: %d, %d", s, x, st, en)
		}
		lastStart, lastEnd = st, en
	}
	var sub Markup
	for i, x := range bounds {
		for _, y := range bounds[i+1 : min(len(bounds), i+4)] {
			if m.End(y) < m.Start(x) {
				t.Fatalf("%q: plain [%d,%d) maps to [%d,%d)", s, x, y, m.Start(x), m.End(y))
			}
			sp := m.Span(Span{x, y})
			got, _ := sub.Strip(sp.Of(s))
			if got != plain[x:y] {
				t.Fatalf("%q: plain %q maps to %q, which strips to %q", s, plain[x:y], sp.Of(s), got)
			}
		}
	}
}

func runeBoundary(s string, x int) bool {
	return x == 0 || x == len(s) || x > 0 && x < len(s) && utf8.RuneStart(s[x])
}

func FuzzStrip(f *testing.F) {
	for _, s := range []string{"&quot;a&quot; <p>b</p>", "<a href='x'>&#8220;</a>", "&ampx; <b c=d/>", "<!--", "&#99999999999999999999;"} {
		f.Add(s)
	}
	var m Markup
	f.Fuzz(func(t *testing.T, s string) {
		checkMarkup(t, &m, s)
	})
}
