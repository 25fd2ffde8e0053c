package topic

import (
	"cmp"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// SpeakerTopics is what one speaker of a document spoke about.
type SpeakerTopics struct {
	Speaker int `json:"speaker"` // the caller's id of the speaker
	// Topics are the speaker's topics over all their statements: taxonomy topics, then
	// entities, then key phrases, each best first.
	Topics []SpeakerTopic `json:"topics"`
	// Statements are the indexes of the speaker's statements, in order.
	Statements []int `json:"statements"`
}

// A SpeakerTopic is one topic of a speaker, gathered from their statements. Its score
// combines the statements' scores as independent evidence, 1 - (1-s₁)(1-s₂)…, so it grows with
// each statement on the topic; its evidence is that of every statement.
type SpeakerTopic struct {
	Topic
	Statements []int `json:"statements"` // the statements that have the topic, in order
}

// Summarize gathers the topics of a document's statements by speaker. speakers[i] is the
// speaker of statement i and topics[i] its topics, as [Analyzer.Topics] returns them; a
// negative speaker stands for an unknown one, whose statements are left out. Statements beyond
// the shorter of the two slices are ignored. Speakers come in the order of their first
// statement.
func Summarize(speakers []int, topics [][]Topic) []SpeakerTopics {
	n := min(len(speakers), len(topics))
	var out []SpeakerTopics
	at := map[int]int{} // speaker → index in out
	for i := range n {
		sp := speakers[i]
		if sp < 0 {
			continue
		}
		k, ok := at[sp]
		if !ok {
			k = len(out)
			at[sp] = k
			out = append(out, SpeakerTopics{Speaker: sp})
		}
		st := &out[k]
		st.Statements = append(st.Statements, i)
		for _, t := range topics[i] {
			st.Topics = mergeTopic(st.Topics, t, i)
		}
	}
	for k := range out {
		ts := out[k].Topics
		for j := range ts {
			ts[j].Score = round(1 - ts[j].Score) // mergeTopic keeps the product of 1 - s
			slices.SortFunc(ts[j].Evidence, func(x, y text.Span) int {
				return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
			})
			ts[j].Evidence = slices.Compact(ts[j].Evidence)
		}
		slices.SortFunc(ts, func(x, y SpeakerTopic) int {
			return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(y.Score, x.Score),
				strings.Compare(x.Label, y.Label))
		})
	}
	return out
}

// mergeTopic adds topic t of statement i to ts. While gathering, Score holds the product of
// 1 - s over the statements.
func mergeTopic(ts []SpeakerTopic, t Topic, i int) []SpeakerTopic {
	s := min(max(t.Score, 0), 1)
	for j := range ts {
		if ts[j].Source == t.Source && ts[j].Label == t.Label {
			ts[j].Score *= 1 - s
			ts[j].Evidence = append(ts[j].Evidence, t.Evidence...)
			if k := len(ts[j].Statements); ts[j].Statements[k-1] != i {
				ts[j].Statements = append(ts[j].Statements, i)
			}
			return ts
		}
	}
	t.Score = 1 - s
	t.Evidence = slices.Clone(t.Evidence)
	return append(ts, SpeakerTopic{Topic: t, Statements: []int{i}})
}
