package topic

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/internal/text"
)

// TestScopeReference checks that scope, which looks for the units of a part inside those of
// the context that holds it, finds what searches over all the units find: the same units for
// each part (an empty part may be placed elsewhere) and the same units around them.
func TestScopeReference(t *testing.T) {
	d, _ := harbourStatements(t)
	none, err := NewTaxonomy(map[string][]string{"unmatched": {"zyxwvut"}})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	n := len(d.Text)
	span := func(maxBytes int) text.Span { // any bytes: parts may cut words
		i := r.IntN(n)
		return text.Span{Start: i, End: min(n, i+r.IntN(maxBytes))}
	}
	for _, tax := range []*Taxonomy{nil, none} { // lean units, and units of every word
		a := NewAnalyzer(d, nil, tax)
		for range 3000 {
			var st Statement
			for range r.IntN(4) {
				st.Content = append(st.Content, span(120))
			}
			if r.IntN(4) > 0 {
				st.Context = span(400)
				for _, p := range st.Content {
					if r.IntN(3) > 0 { // most often, the context holds the content
						st.Context = text.Hull(st.Context, p)
					}
				}
			}
			got := a.scope(&st, nil, nil, nil)
			want := referenceScope(a, got.parts, got.context)
			for i, cr := range got.content {
				if cr.lo == cr.hi && want.content[i].lo == want.content[i].hi {
					got.content[i] = want.content[i]
				}
			}
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(scope{}, urange{})); diff != "" {
				t.Fatalf("statement %+v (-want +got):\n%s", st, diff)
			}
		}
		a.Release()
	}
}

// referenceScope is the scope of the merged parts and the context, their units searched for
// among all of them.
func referenceScope(a *Analyzer, parts []text.Span, context text.Span) scope {
	sc := scope{parts: parts, context: context}
	for _, p := range parts {
		sc.content = append(sc.content, a.unitRange(p, 0, len(a.units)))
		sc.outside = sc.outside || !context.Contains(p)
	}
	if context.Len() == 0 {
		return sc
	}
	sc.around = appendAround(sc.around, sc.content, a.unitRange(context, 0, len(a.units)))
	return sc
}
