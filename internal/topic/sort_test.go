package topic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/internal/text"
)

// TestSortTopicsOrder checks that sortTopics orders topics as slices.SortFunc does, ties and
// all: the insertion sort of short lists must not change the order of equal topics, which
// differ in their evidence.
func TestSortTopicsOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	labels := []string{"harbour", "ferry", "tolls"}
	scores := []float64{0.5, 0.25, 0.75}
	for n := range 20 {
		for range 50 {
			ts := make([]Topic, n)
			for i := range ts {
				ts[i] = Topic{Label: labels[r.IntN(len(labels))], Score: scores[r.IntN(len(scores))],
					Evidence: []text.Span{{Start: i, End: i + 1}}}
			}
			want := slices.Clone(ts)
			slices.SortFunc(want, compareTopics)
			sortTopics(ts)
			if diff := cmp.Diff(want, ts); diff != "" {
				t.Fatalf("%d topics: order differs from slices.SortFunc (-want +got):\n%s", n, diff)
			}
		}
	}
}

// TestBlank checks blank's shortcut against strings.TrimSpace.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u00a0", "\u0085 ", "NATO", " NATO", "Émile", "\u00a0Ann"} {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	}
}
