package quote_test

import "testing"

// gapCueTests are phrasal cues with an adverb or a day between the verb and the rest.
var gapCueTests = []viewCase{
	{
		name:   "an adverb inside a phrasal cue",
		in:     "The governor spoke fondly of the old harbor bridge.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the old harbor bridge"}, Cue: "spoke fondly of", Source: "The governor", Rule: "reported"}},
		reason: "`spoke fondly of` is `spoke of` with an adverb; spoke alone reports nothing",
	},
	{
		name:   "a day inside a phrasal cue",
		in:     "The union called Thursday for a new vote on the contract.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a new vote on the contract"}, Cue: "called Thursday for", Source: "The union", Rule: "reported"}},
		reason: "`called Thursday for` is `called for` with a day",
	},
	{
		name:   "speak out against",
		in:     "The coach spoke out against the new stadium tax.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new stadium tax"}, Cue: "spoke out against", Source: "The coach", Rule: "reported"}},
		reason: "`speak out` takes what it is about after about, against or for",
	},
}

// supportTests: support reports the stance it takes, except in its plain form, which is mostly
// a noun (`strong support among voters`, `45 percent support`).
var supportTests = []viewCase{
	{
		name:   "supports a policy",
		in:     "The senator supports a higher minimum wage.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a higher minimum wage"}, Cue: "supports", Source: "The senator", Rule: "reported"}},
		reason: "supports, supported and supporting judge their object as endorse does",
	},
	{
		name:   "plain support after a subject pronoun",
		in:     "I support the new contract.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new contract"}, Cue: "support", Source: "I", Rule: "reported"}},
		reason: "after I the plain form is a verb, not the noun of `strong support`",
	},
}

func TestSupport(t *testing.T) { checkViews(t, supportTests) }

func TestGapCues(t *testing.T) { checkViews(t, gapCueTests) }
