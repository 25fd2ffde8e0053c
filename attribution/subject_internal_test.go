package attribution

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// oldMentionsIn is mentionsIn as it was before objectOrAside was asked only for mentions
// after their window's start: the reference for TestMentionsInGate.
func (c *docContext) oldMentionsIn(w Span) []int {
	ms := c.ents.Mentions
	var out []int
	for i := c.mentionFrom(w.Start); i < len(ms) && ms[i].Span.Start < w.End; i++ {
		m := &ms[i]
		if !w.Contains(m.Span) || m.Possessive || m.Kind == entity.Pronoun && !isSubjectPronoun(m.Head.Of(c.d.Text)) {
			continue
		}
		if k := c.d.TokenAt(m.Span.Start) - 1; k >= 0 && c.d.Tokens[k].Start >= w.Start && objectPrepositions.Has(c.d.Key(k)) &&
			!c.absoluteWith(k, m.Span) && !c.partOf(k) {
			continue
		}
		if m.Span.Start > w.Start && c.inParens(w, m.Span.Start) {
			continue
		}
		if c.isPlace(i) && c.placeQualifier(i) {
			continue
		}
		if c.inQuote(m.Span.Start) && !(c.inQuote(w.Start) && c.inQuote(w.End-1)) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// TestMentionsInGate checks mentionsIn against its form before the object and aside tests
// were gated on a mention after the window's start, for windows around every mention of the
// test articles and of texts whose mentions follow a preposition or a parenthesis at once.
func TestMentionsInGate(t *testing.T) {
	texts, err := testdoc.Articles("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts,
		"to Lee, Hale said.", "(Lee) said it.", "With Ann Hale tweeting, Lee said no.",
		"over Moss(Lee said) and (Hale) said.", "in Green Bay, Wis., officials said.",
		`"Go," to Lee said Hale. (By Moss, he said.)`, "Of Carson, Levine said.", "(", "Lee")
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		c := analysedContext(a, s)
		for _, m := range c.ents.Mentions {
			for _, before := range []int{0, 1, 3, 12, 40} {
				for _, after := range []int{0, 1, 25} {
					w := Span{Start: max(m.Span.Start-before, 0), End: min(m.Span.End+after, len(s))}
					if got, want := c.mentionsIn(w), c.oldMentionsIn(w); !slices.Equal(got, want) {
						t.Errorf("text %d: mentionsIn(%v) = %v, want %v", i, w, got, want)
					}
				}
			}
		}
	}
}
