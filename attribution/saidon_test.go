package attribution_test

import (
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/attribution"
)

// TestSaidOn pins when each kind of statement was made. The publication date is Wednesday 22
// January 2025.
func TestSaidOn(t *testing.T) {
	published := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)
	a := newAttributor(t, attribution.Options{})
	for _, tc := range []struct {
		name, text string
		content    string // a prefix of the statement's first part
		want       string // value and source
	}{
		{"cue then weekday", "The minister said on Monday that the plant would stay open.",
			"that the plant", "2025-01-20 explicit"},
		{"bare weekday", "The minister told reporters Tuesday that the plant would stay open.",
			"that the plant", "2025-01-21 explicit"},
		{"full date after cue", "The senator said on March 3, 2024 that she would run again.",
			"that she", "2024-03-03 explicit"},
		{"abbreviated month", "He said on Sept. 30 that the budget was balanced.",
			"that the budget", "2024-09-30 explicit"},
		{"fronted month", "In June, he said that the talks had failed.",
			"that the talks", "2024-06 explicit"},
		{"fronted month and object", "In August last year, she told parliament the policy had failed.",
			"the policy", "2024-08 explicit"},
		{"participle", "Speaking on 9 January, the governor said: \"We will cut rates.\"",
			"We will", "2025-01-09 explicit"},
		{"range", "Between 2019 and 2021, the agency said repeatedly that the risk was low.",
			"that the risk", "2019/2021 explicit"},
		{"date in the content", "The minister said that the plant would close on Monday.",
			"that the plant", "2025-01-22 document"},
		{"date in the quotation", "\"We closed the plant on Monday,\" the minister said.",
			"We closed", "2025-01-22 document"},
		{"date in a relative clause", "The striker, who turns 30 in May, said he would stay.",
			"he would", "2025-01-22 document"},
		{"dateline", "LONDON, Jan. 21 — The minister said the plant would stay open.",
			"the plant", "2025-01-21 dateline"},
		{"continuation", "\"We will stay,\" the minister said on Monday. \"And we will grow.\"",
			"And we", "2025-01-20 explicit"},
		{"same speaker later", "Anna Berg on Monday praised the deal.\n\n" +
			"\"It is a good day,\" Berg said.",
			"It is", "2025-01-20 explicit"},
		{"another speaker later", "Anna Berg on Monday praised the deal.\n\n" +
			"\"It is a bad day,\" said Tom Weiss.",
			"It is", "2025-01-22 document"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Attribute(attribution.Document{Text: tc.text, Published: published})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range r.Statements {
				if strings.HasPrefix(s.Parts[0].Of(tc.text), tc.content) {
					got := s.SaidOn.Value + " " + s.SaidOn.Source.String()
					if got != tc.want {
						t.Errorf("said_on = %q, want %q", got, tc.want)
					}
					if s.SaidOn.Source != attribution.Published && s.SaidOn.Span.Of(tc.text) == "" {
						t.Errorf("said_on %q has no span", got)
					}
					return
				}
			}
			t.Errorf("no statement starts %q in %+v", tc.content, r.Statements)
		})
	}
}
