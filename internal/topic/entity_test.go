package topic

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/internal/text"
)

// TestEntityTopicsReference checks entityTopics, which finds the mentions of the content and
// of the context in one pass where it can, against a pass over all the mentions for each part
// and one for the context, over random statements: parts inside the context or not, mentions
// across part and context boundaries, the speaker among the names.
func TestEntityTopicsReference(t *testing.T) {
	d, _ := harbourStatements(t)
	r := rand.New(rand.NewPCG(5, 6))
	names := []string{"Harbour", "Council", "Ferry", "Ann"}
	n := len(d.Tokens)
	span := func(maxTokens int) text.Span { // a random span of whole tokens
		i := r.IntN(n)
		j := min(n-1, i+r.IntN(maxTokens))
		return text.Span{Start: d.Tokens[i].Start, End: d.Tokens[j].End}
	}
	var ms []Mention
	for range 300 {
		ms = append(ms, Mention{Span: span(3), Name: names[r.IntN(len(names))], Kind: "organisation"})
	}
	a := NewAnalyzer(d, ms, nil)
	defer a.Release()
	for range 1000 {
		var st Statement
		for range r.IntN(4) {
			st.Content = append(st.Content, span(30))
		}
		if r.IntN(4) > 0 {
			st.Context = span(80)
			if len(st.Content) > 0 && r.IntN(2) == 0 { // most often, the context holds the content
				st.Context = text.Hull(st.Context, st.Content[0])
			}
		}
		if r.IntN(2) == 0 {
			st.Speaker = names[r.IntN(len(names))]
		}
		sc := a.scope(&st, nil, nil, nil)
		got, _ := a.entityTopics(&sc, &scratch{}, st.Speaker, nil, nil)
		if want := referenceEntityTopics(a, &sc, st.Speaker); !cmp.Equal(want, got) {
			t.Fatalf("statement %+v (-want +got):\n%s", st, cmp.Diff(want, got))
		}
	}
}

// referenceEntityTopics is entityTopics as a visit of all the mentions for each part of the
// content, then for the context, leaving out there those that overlap the content.
func referenceEntityTopics(a *Analyzer, sc *scope, speaker string) []Topic {
	var hits []hit
	visit := func(s text.Span, context bool) {
		for _, m := range a.mentions {
			if !s.Contains(m.Span) || m.Name == speaker {
				continue
			}
			w := 1.0
			if context {
				if slices.ContainsFunc(sc.parts, m.Span.Overlaps) {
					continue
				}
				w = contextWeight
			}
			hits = append(hits, hit{m.Name, w, m.Span})
		}
	}
	for _, p := range sc.parts {
		visit(p, false)
	}
	if sc.context.Len() > 0 {
		visit(sc.context, true)
	}
	out, _ := appendTopics(nil, nil, hits, FromEntity)
	return out
}

// TestHitScore checks hitScore, which reads the scores of common weights from a table, against
// its formula, for sums of hits as appendTopics adds them up.
func TestHitScore(t *testing.T) {
	for _, ws := range [][]float64{{1}, {contextWeight}, {1, 1}, {1, contextWeight}, {contextWeight, 1},
		{contextWeight, contextWeight}, {1, 1, contextWeight}, {1.25}, {1.5, contextWeight * 1.5}} {
		w := 0.0
		for _, x := range ws {
			w += x
		}
		if got, want := hitScore(w), round(1-math.Exp2(-w)); got != want {
			t.Errorf("hitScore(%v) = %v, want %v", w, got, want)
		}
	}
}
