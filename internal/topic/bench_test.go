package topic

import (
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// harbourStatements returns the quotations of testdata/harbour.txt as statements: the words
// between “ and ”, with the sentence of the closing mark as context.
func harbourStatements(tb testing.TB) (*text.Doc, []Statement) {
	b, err := os.ReadFile("testdata/harbour.txt")
	if err != nil {
		tb.Fatal(err)
	}
	d := text.Analyze(string(b))
	var sts []Statement
	s := d.Text
	for off := 0; ; {
		i := strings.Index(s[off:], "“")
		if i < 0 {
			break
		}
		start := off + i + len("“")
		j := strings.Index(s[start:], "”")
		if j < 0 {
			break
		}
		end := start + j
		sent := d.Sentences[d.SentenceOf(d.TokenAt(end))].Span
		sts = append(sts, Statement{Content: []text.Span{{Start: start, End: end}}, Context: sent})
		off = end
	}
	return d, sts
}

// capitalMentions makes a mention of every capitalised word not at a sentence start: a stand-in
// for the entity stage.
func capitalMentions(d *text.Doc) []Mention {
	var ms []Mention
	for i, tk := range d.Tokens {
		if tk.Kind == text.Word && tk.Flags&text.Upper != 0 && tk.Flags&text.SentStart == 0 {
			ms = append(ms, Mention{Span: tk.Span, Name: d.TokenText(i), Kind: "organisation"})
		}
	}
	return ms
}

func BenchmarkTopics(b *testing.B) {
	d, sts := harbourStatements(b)
	if len(sts) < 10 {
		b.Fatalf("%d statements, want at least 10", len(sts))
	}
	mentions := capitalMentions(d)
	tax, err := NewTaxonomy(map[string][]string{
		"automation":  {"automation", "automated guided vehicles", "remote-controlled cranes", "machines"},
		"pay":         {"pay rise", "wages", "pay"},
		"jobs":        {"job losses", "jobs", "forced redundancies", "retraining"},
		"strike":      {"strike", "walkout", "stoppage", "picket line"},
		"negotiation": {"negotiate", "talks", "mediator", "collective agreement"},
		"shipping":    {"shipping line", "cargo", "container ships", "supply chains", "vessels"},
		"economy":     {"Dutch economy", "industry", "manufacturers", "competitive"},
		"ports":       {"port", "harbour", "terminal", "Antwerp", "Hamburg"},
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		tax  *Taxonomy
	}{{"taxonomy", tax}, {"none", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				a := NewAnalyzer(d, mentions, bc.tax)
				for _, st := range sts {
					a.Topics(st, 0)
				}
				a.Release() // as attribution does: the next document reuses the tables
			}
		})
	}
}

func BenchmarkStem(b *testing.B) {
	d, _ := harbourStatements(b)
	var words []string
	seen := map[string]bool{}
	for i := range d.Tokens {
		if k := d.Key(i); !seen[k] {
			seen[k] = true
			words = append(words, k)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
}
