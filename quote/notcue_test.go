package quote_test

import "testing"

// notCueTests: words that look like cues but, in the sense news mostly uses, report nothing.
var notCueTests = []viewCase{
	{
		name:   "interrupt a speech",
		in:     "Protesters interrupted the mayor's speech twice.",
		reason: "interrupt stops a speech; it introduces quoted words only",
	},
	{
		name:   "interrupt before a quotation",
		in:     `"Wait," she interrupted.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"Wait,"}, Marks: []string{`"`, `"`}, Cue: "interrupted", Source: "she", Rule: "cue-after"}},
		reason: "as a turn of dialogue it still introduces what was said",
	},
	{
		name:   "be supposed to",
		in:     "All the ballots are supposed to be counted by Friday.",
		reason: "supposed to is an obligation, not a belief",
	},
	{
		name:   "justify a thing",
		in:     "The numbers justified the new tax.",
		reason: "justify acts on a thing; it reports no statement",
	},
	{
		name:   "thanks to",
		in:     "Lee has opened a wide lead thanks in part to her wins Tuesday in Ohio.",
		reason: "thanks to is a preposition",
	},
	{
		name:   "a volunteer",
		in:     "Campaign volunteer Ann Lee knocked on doors all day.",
		reason: "volunteer is far more often a noun",
	},
	{
		name:   "offers, a thing given",
		in:     "Lee offers both parties a way out.",
		reason: "offers gives a thing; the form is more often a noun (job offers)",
	},
	{
		name:   "seeing, a thing perceived",
		in:     "Pollsters are seeing a shift among older voters.",
		reason: "seeing is mostly perception, not a view held",
	},
	{
		name:   "insults, a noun",
		in:     "Her insults drew boos from the crowd.",
		reason: "insults is far more often a noun",
	},
}

func TestNotCue(t *testing.T) { checkViews(t, notCueTests) }
