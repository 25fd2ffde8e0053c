package quote_test

import "testing"

// restrictiveRelativeTests: a cue in a relative clause with no comma before its pronoun, or a
// participle after the noun that opens the sentence, sits inside the subject of a main clause;
// its object or infinitive ends at the main verb.
var restrictiveRelativeTests = []viewCase{
	{
		name:   "an infinitive before a modal",
		in:     "Anyone who wants to leave office with a clean record will need luck.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to leave office with a clean record"}, Cue: "wants", Source: "Anyone who", Rule: "reported"}},
		reason: "will needs a subject: Anyone who wants …, not the infinitive",
	},
	{
		name:   "an object before an irregular past",
		in:     "The fans who backed the new coach were quiet on Sunday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new coach"}, Cue: "backed", Source: "The fans who", Rule: "reported"}},
		reason: "were is the main clause's verb; the fans backed the coach",
	},
	{
		name:   "an object before a present verb",
		in:     "Shoppers who support the new tax are rare in this town.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new tax"}, Cue: "support", Source: "Shoppers who", Rule: "reported"}},
		reason: "are is the main clause's verb",
	},
	{
		name:   "a participle after the subject's noun",
		in:     "Hackers backing the old regime took over the station's website.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the old regime"}, Cue: "backing", Source: "Hackers", Rule: "reported"}},
		reason: "backing the old regime is part of the subject of took over",
	},
	{
		name:   "a participle cue before an auxiliary",
		in:     "A petition calling for a new vote has reached ten thousand names.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a new vote"}, Cue: "calling for", Source: "A petition", Rule: "reported"}},
		reason: "has is the main clause's verb, after the subject's participle phrase",
	},
}

func TestRestrictiveRelative(t *testing.T) { checkViews(t, restrictiveRelativeTests) }
