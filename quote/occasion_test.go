package quote_test

import "testing"

// occasionTests: a phrase after an object that names the occasion or medium of the statement
// says where it was said, not what.
var occasionTests = []viewCase{
	{
		name:   "in a column",
		in:     "The mayor criticized the new budget in a long column.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new budget"}, Cue: "criticized", Source: "The mayor", Rule: "reported"}},
		reason: "the column is where the mayor criticized it",
	},
	{
		name:   "at a rally, a few words on",
		in:     "The senator praised the plan at a crowded campaign rally in Ohio.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan"}, Cue: "praised", Source: "The senator", Rule: "reported"}},
		reason: "the rally is the occasion however many words name it",
	},
}

func TestOccasion(t *testing.T) { checkViews(t, occasionTests) }
