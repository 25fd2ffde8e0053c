package quote_test

import "testing"

// loneDashTests: the one dash of a sentence, right before a cue verb, cuts the cue from the
// words before the dash when they make a clause of their own; a noun phrase before the dash, a
// participle after it, or the words of an aside between two dashes keep the subject before it.
var loneDashTests = []viewCase{
	{
		name:   "a finite verb after a lone dash",
		in:     "If you do not like it, what will you do about it — tell us to leave?",
		want:   nil,
		reason: "the clause before the dash is a question, not the subject of tell",
	},
	{
		name:   "an inverted subject after a spaced hyphen",
		in:     "The party needs a new name - argue the members who voted for the old one.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The party needs a new name"}, Cue: "argue", Source: "the members who voted for the old one", Rule: "reported-fronted"}},
		reason: "the words before the dash are the content; the subject follows the cue",
	},
	{
		name:   "a participle after a lone dash",
		in:     "Ann Lee changed her mind on the spot – saying she would now vote for the plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she would now vote for the plan"}, Cue: "saying", Source: "Ann Lee changed her mind on the spot –", Rule: "reported"}},
		reason: "the participle's subject is the clause's, in which attribution finds Ann Lee",
	},
	{
		name:   "a noun phrase before a lone dash",
		in:     "Residents of the town – told the BBC that the water was unsafe.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the water was unsafe"}, Cue: "told", Source: "Residents of the town –", Rule: "reported-that"}},
		reason: "the words before the dash are a noun phrase: the subject, however punctuated",
	},
	{
		name:   "a cue opening an aside between dashes",
		in:     "The mayor -- angry at how the paper treated her -- stayed at home.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"how the paper treated her"}, Cue: "angry at", Source: "The mayor --", Rule: "reported"}},
		reason: "the aside's dashes pair: the mayor is angry",
	},
}

func TestLoneDash(t *testing.T) { checkViews(t, loneDashTests) }
