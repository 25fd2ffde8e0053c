package quote_test

import "testing"

// findingWhileTests: a finding sets its figures side by side with `, while`; the contrast is
// part of what was found, not the writer's.
var findingWhileTests = []viewCase{
	{
		name:   "a survey's figures",
		in:     "The survey found that 40 percent of drivers back the toll, while 30 percent oppose it.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that 40 percent of drivers back the toll, while 30 percent oppose it"}, Cue: "found", Source: "The survey", Rule: "reported-that"}},
		reason: "found is a cue of evidence: both figures are its finding",
	},
	{
		name:   "a study's contrast",
		in:     "The study showed that rents rose in the north, while wages fell in the south.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that rents rose in the north, while wages fell in the south"}, Cue: "showed", Source: "The study", Rule: "reported-that"}},
		reason: "the contrast is what the study showed",
	},
}

func TestFindingWhile(t *testing.T) { checkViews(t, findingWhileTests) }
