package quote_test

import "testing"

// A gerund after a preposition that opens the sentence reports what the main clause's subject
// said: its object up to the comma is the content, the clause after the comma the source.
func TestOpeningGerund(t *testing.T) {
	checkViews(t, []viewCase{
		{
			name: "in",
			in:   "In criticizing the new budget, the senator broke with her party.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"the new budget"}, Cue: "criticizing",
				Source: "the senator", Rule: "reported-participle"}},
		},
		{
			name: "by",
			in:   "By calling the bridge plan a hoax, Ruiz angered the council.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge plan a hoax"}, Cue: "calling",
				Source: "Ruiz", Rule: "reported-participle"}},
		},
		{
			name: "a relative clause after the comma",
			in:   "After thanking the loud crowd, which cheered his name, the senator left the stage.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"the loud crowd"}, Cue: "thanking",
				Source: "the senator", Rule: "reported-participle"}},
			reason: "the relative clause is the crowd's; the subject follows it",
		},
		{
			name: "after a connective",
			in:   "But in calling the tax plan a gift to banks, the senator broke with her party.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"the tax plan a gift to banks"}, Cue: "calling",
				Source: "the senator", Rule: "reported-participle"}},
		},
		{
			name: "after a colon",
			in:   "The plan failed: by refusing any delay, the mayor lost the vote.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"any delay"}, Cue: "refusing",
				Source: "the mayor", Rule: "reported-participle"}},
		},
		{
			name: "a subordinator after a connective",
			in:   "But while praising the new budget, the mayor dropped the summer fair.",
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"the new budget"}, Cue: "praising",
				Source: "the mayor", Rule: "reported-participle"}},
		},
		{
			name:   "no main clause",
			in:     "In criticizing the new budget.",
			want:   nil,
			reason: "without a clause after a comma there is no one to say it",
		},
	})
}
