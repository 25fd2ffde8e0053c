package quote_test

import "testing"

// speakerAfterTests: after a quotation that is speech, the name that follows its cue is who
// spoke, not what the cue reports.
var speakerAfterTests = []viewCase{
	{
		name: "a speaker with an apposition after the cue",
		in:   `Whatever the mayor's plans for the budget, "the council will not agree to them," says Laura Finch, author of Rules of the Road, a history of city budgets.`,
		want: []view{
			{Role: speech, Kind: mixed, Parts: []string{`Whatever the mayor's plans for the budget, "the council will not agree to them,`}, Marks: []string{`"`, `"`}, Cue: "says", Source: "Laura Finch", Rule: "cue-after"},
		},
		reason: "Laura Finch and her book name the quotation's speaker; no statement has them as content",
	},
	{
		name: "a cue inside the speaker's apposition",
		in:   `"It is too late," said Ken Ito, the panel chairman, who says the vote failed.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"It is too late,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Ken Ito", Rule: "cue-after"},
			{Role: speech, Kind: indirect, Parts: []string{"the vote failed"}, Cue: "says", Source: "who", Rule: "reported"},
		},
		reason: "a cue after the speaker's name still reports what follows it",
	},
}

func TestSpeakerAfter(t *testing.T) { checkViews(t, speakerAfterTests) }
