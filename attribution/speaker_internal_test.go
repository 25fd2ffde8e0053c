package attribution

import (
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/entity/timex"
	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// TestISODate checks isoDate against time.Format, at the edges of the years it writes out
// and beyond them.
func TestISODate(t *testing.T) {
	for _, y := range []int{-1, 0, 9, 99, 999, 1999, 2025, 9999, 10000} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {10, 9}, {12, 31}} {
			tm := time.Date(y, time.Month(md[0]), md[1], 23, 59, 0, 0, time.UTC)
			if got, want := isoDate(tm), tm.Format("2006-01-02"); got != want {
				t.Errorf("isoDate(%v) = %q, want %q", tm, got, want)
			}
		}
	}
}

// TestAsPronoun checks asPronoun's answers for pronouns, names, and the letters that
// lower-case to ASCII from more bytes.
func TestAsPronoun(t *testing.T) {
	for s, want := range map[string]string{
		"He": "he", "SHE": "she", "they": "they", "İt": "it", "İ": "i", "Obama": "", "Ann Lee": "",
		"İİİ": "", "théy": "", "HÉ": "hé",
	} {
		if got := asPronoun(s); got != want {
			t.Errorf("asPronoun(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIndexedSearches checks quotedEndingAfter and mentionFrom, which start from the index by
// block (indexSpans), against sort.Search over the spans, at every offset of the test articles
// and a block beyond.
func TestIndexedSearches(t *testing.T) {
	texts, err := testdoc.Articles("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		c := analysedContext(a, s)
		qs, ms := c.quoted, c.ents.Mentions
		for off := -1; off <= len(s)+indexStride; off++ {
			if got, want := c.quotedEndingAfter(off), sort.Search(len(qs), func(i int) bool { return qs[i].End > off }); got != want {
				t.Errorf("article %d: quotedEndingAfter(%d) = %d, want %d", i, off, got, want)
			}
			if got, want := c.mentionFrom(off), sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= off }); got != want {
				t.Errorf("article %d: mentionFrom(%d) = %d, want %d", i, off, got, want)
			}
		}
	}
}

// TestSievePasses checks that every sieve marked to pass the statements with a cue, or those
// without one, or confined to a rule, returns no choice for any such statement of the test
// articles (for a rule, those without a cue whose quotation has another rule), nested ones
// included: runSieves leaves it out of the order for them (splitSieves).
func TestSievePasses(t *testing.T) {
	texts, err := testdoc.Articles("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Nested: true})
	if err != nil {
		t.Fatal(err)
	}
	all := append(append([]sieve{}, localSieves...), fallbackSieves...)
	for _, sv := range all {
		// splitSieves leaves a sieve confined to a rule out of the other classes only.
		if sv.rule != "" && !slices.Contains(ruleClasses[1:], sv.rule) {
			t.Errorf("sieve %q is confined to rule %q, which ruleClasses does not name", sv.name, sv.rule)
		}
	}
	for k, rule := range ruleClasses {
		if k > 0 && uncuedClass(&quote.Quote{Rule: rule}) != k || uncuedClass(&quote.Quote{Rule: rule + "x"}) != 0 {
			t.Errorf("uncuedClass does not place rule %q at %d, its index in ruleClasses", rule, k)
		}
	}
	asked, confined := 0, 0
	for i, s := range texts {
		c := analysedContext(a, s)
		c.timexes = a.timexes.TagDoc(c.d, time.Time{})
		c.statements(&a.opts)
		for si := range c.stmts {
			q := &c.quotes[c.from[si]]
			state := passesUncued
			if q.Cue.Lemma != "" {
				state = passesCued
			}
			for _, sv := range all {
				confinedOut := state == passesUncued && sv.rule != "" && sv.rule != q.Rule
				if sv.passes != state && !confinedOut {
					continue
				}
				asked++
				if confinedOut {
					confined++
				}
				if _, ok := sv.run(c, si, q); ok {
					t.Errorf("article %d, statement %d: sieve %q decided a statement it is marked to pass", i, si, sv.name)
				}
			}
		}
	}
	if asked == 0 || confined == 0 {
		t.Errorf("%d statements were asked of a sieve that passes them, %d of one confined to another rule", asked, confined)
	}
}

// TestReset checks that reset leaves every field of a docContext zero but its buffers, emptied
// with their memory kept, and the last publication time: what the literal it replaced left. A
// field added to docContext fails it until reset, and the filling below, name it.
func TestReset(t *testing.T) {
	one := SaidOn{Value: "2025-01-02", Source: Explicit, Span: Span{Start: 1, End: 2}}
	c := &docContext{
		d: &text.Doc{}, doc: Document{ID: "x", Text: "y", Published: time.Unix(1, 0), Taxonomy: &Taxonomy{}},
		buf: &Buffer{}, quotes: make([]quote.Quote, 1, 2), quoted: make([]Span, 1, 3), ents: nil,
		stmts: make([]Statement, 1), from: make([]int, 1, 4), timexes: make([]timex.Timex, 1),
		dateline: one, datelineDone: true, lastBy: make([]int, 1, 5), dated: make([]bool, 1, 6),
		datedDone: true, anyDated: true, rooms: make([]stmtRoom, 1), speakers: 1, spare: &Speaker{},
		pubDate: one, pubDone: true, docDate: one, docDateDone: true, explicit: true,
		lastPub: time.Unix(2, 0), lastPubValue: "1970-01-01",
		mentionBuf: make([]int, 1, 7), turnBuf: make([]turn, 1, 8), turnStmts: make([]int, 1, 9),
		memo: make([]stmtMemo, 1, 10), dialogueText: true, breaks: make([]int, 1, 11), breaksDone: true,
		quotedAt: make([]int32, 1, 12), mentionAt: make([]int32, 1, 13), parens: [2]parenScan{{set: true, k: 1}}, lastParens: 1,
		subject: subjectScan{set: true, found: 1},
	}
	c.ents = new(entity.Analysis)
	before := reflect.ValueOf(*c)
	c.reset()
	after := reflect.ValueOf(*c)
	typ := after.Type()
	if typ.NumField() != 37 {
		t.Fatalf("docContext has %d fields, not 37: reset the new ones in reset, fill them here, then update this test", typ.NumField())
	}
	kept := map[string]bool{"quotes": true, "quoted": true, "from": true, "lastBy": true, "dated": true,
		"mentionBuf": true, "turnBuf": true, "turnStmts": true, "memo": true, "breaks": true, "quotedAt": true,
		"mentionAt": true}
	for i := range typ.NumField() {
		name, b, a := typ.Field(i).Name, before.Field(i), after.Field(i)
		if b.IsZero() {
			t.Errorf("%s: not filled before reset", name)
			continue
		}
		switch {
		case name == "lastPub" || name == "lastPubValue":
			if !a.Equal(b) {
				t.Errorf("%s: %v after reset, want it kept (%v)", name, a, b)
			}
		case kept[name]:
			if a.Len() != 0 || a.Cap() != b.Cap() || a.Pointer() != b.Pointer() {
				t.Errorf("%s: len %d cap %d after reset, want its memory kept, emptied (cap %d)", name, a.Len(), a.Cap(), b.Cap())
			}
		case !a.IsZero():
			t.Errorf("%s: %v after reset, want zero", name, a)
		}
	}
}

// analysedContext returns a docContext for s as attribute builds one before the speaker
// stage: the text analysed, its quotations and entities, and the indexes of its searches.
func analysedContext(a *Attributor, s string) *docContext {
	d := text.Analyze(s)
	c := &docContext{d: d, buf: new(Buffer)}
	c.quotes = a.quotes.AppendDoc(nil, d)
	c.quoted = quotedSpans(c.quotes, nil)
	c.ents = a.entities.RecognizeDoc(d, c.quoted)
	c.indexSpans()
	return c
}
