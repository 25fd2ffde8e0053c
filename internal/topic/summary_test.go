package topic

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/text"
)

func TestSummarize(t *testing.T) {
	sp := func(s, e int) text.Span { return text.Span{Start: s, End: e} }
	nato := func(score float64, ev ...text.Span) Topic {
		return Topic{Label: "NATO", Score: score, Source: FromTaxonomy, Evidence: ev}
	}
	tests := []struct {
		name     string
		speakers []int
		topics   [][]Topic
		want     []SpeakerTopics
		reason   string
	}{
		{name: "empty", want: nil},
		{
			name:     "one-statement",
			speakers: []int{3},
			topics:   [][]Topic{{nato(0.5, sp(1, 5))}},
			want: []SpeakerTopics{{Speaker: 3, Statements: []int{0},
				Topics: []SpeakerTopic{{Topic: nato(0.5, sp(1, 5)), Statements: []int{0}}}}},
		},
		{
			name:     "combined",
			speakers: []int{1, 2, 1},
			topics: [][]Topic{
				{nato(0.5, sp(10, 14)), {Label: "Kyiv", Score: 0.5, Source: FromEntity, Evidence: []text.Span{sp(20, 24)}}},
				{nato(0.75, sp(30, 34))},
				{{Label: "Kyiv", Score: 0.9, Source: FromKeyphrase, Evidence: []text.Span{sp(40, 44)}}, nato(0.5, sp(2, 6), sp(10, 14))},
			},
			want: []SpeakerTopics{
				{Speaker: 1, Statements: []int{0, 2}, Topics: []SpeakerTopic{
					{Topic: nato(0.75, sp(2, 6), sp(10, 14)), Statements: []int{0, 2}},
					{Topic: Topic{Label: "Kyiv", Score: 0.5, Source: FromEntity, Evidence: []text.Span{sp(20, 24)}}, Statements: []int{0}},
					{Topic: Topic{Label: "Kyiv", Score: 0.9, Source: FromKeyphrase, Evidence: []text.Span{sp(40, 44)}}, Statements: []int{2}},
				}},
				{Speaker: 2, Statements: []int{1}, Topics: []SpeakerTopic{{Topic: nato(0.75, sp(30, 34)), Statements: []int{1}}}},
			},
			reason: "1-(1-.5)(1-.5) = .75; evidence merged and deduplicated; the same label from two sources stays apart",
		},
		{
			name:     "unknown-speaker",
			speakers: []int{-1, 0},
			topics:   [][]Topic{{nato(0.5)}, nil},
			want:     []SpeakerTopics{{Speaker: 0, Statements: []int{1}}},
			reason:   "statements of unknown speakers are left out; a speaker with no topics is listed",
		},
		{
			name:     "order-of-appearance",
			speakers: []int{7, 2, 7},
			topics:   [][]Topic{nil, nil, nil},
			want:     []SpeakerTopics{{Speaker: 7, Statements: []int{0, 2}}, {Speaker: 2, Statements: []int{1}}},
		},
		{
			name:     "ties-by-label",
			speakers: []int{0},
			topics: [][]Topic{{
				{Label: "b", Score: 0.5, Source: FromKeyphrase},
				{Label: "a", Score: 0.5, Source: FromKeyphrase},
				{Label: "c", Score: 0.6, Source: FromKeyphrase},
			}},
			want: []SpeakerTopics{{Speaker: 0, Statements: []int{0}, Topics: []SpeakerTopic{
				{Topic: Topic{Label: "c", Score: 0.6, Source: FromKeyphrase}, Statements: []int{0}},
				{Topic: Topic{Label: "a", Score: 0.5, Source: FromKeyphrase}, Statements: []int{0}},
				{Topic: Topic{Label: "b", Score: 0.5, Source: FromKeyphrase}, Statements: []int{0}},
			}}},
		},
		{
			name:     "lengths-differ",
			speakers: []int{0, 0, 0},
			topics:   [][]Topic{{nato(0.5)}},
			want: []SpeakerTopics{{Speaker: 0, Statements: []int{0},
				Topics: []SpeakerTopic{{Topic: nato(0.5), Statements: []int{0}}}}},
			reason: "statements beyond the shorter slice are ignored",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := cloneTopics(tc.topics)
			got := Summarize(tc.speakers, tc.topics)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Summarize mismatch (-want +got):\n%s%s", diff, tc.reason)
			}
			if diff := cmp.Diff(in, tc.topics); diff != "" {
				t.Errorf("Summarize changed its input (-want +got):\n%s", diff)
			}
		})
	}
}

func cloneTopics(ts [][]Topic) [][]Topic {
	var out [][]Topic
	for _, t := range ts {
		var c []Topic
		for _, tp := range t {
			tp.Evidence = append([]text.Span(nil), tp.Evidence...)
			c = append(c, tp)
		}
		out = append(out, c)
	}
	return out
}
