package quote_test

import (
	"testing"
)

// attitudeTests are statements whose cue is a stance, a reputation or a view rather than a
// verb of saying (issue #4): PolNeAR annotates these as attributions too.
var attitudeTests = []viewCase{
	{
		name:   "a reputation in the passive",
		in:     "The retired admiral is known for his blunt views on naval spending.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The retired admiral", "for his blunt views on naval spending"}, Cue: "known", Rule: "reported-passive"}},
		reason: "`is known for` and `is known as` report what people hold of the subject (PolNeAR dev: 0.78 of such statements right)",
	},
	{
		name:   "a verb of attack",
		in:     "The senator assailed the new tariff plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new tariff plan"}, Cue: "assailed", Source: "The senator", Rule: "reported"}},
		reason: "assail, bemoan and berate judge their object as criticize does",
	},
	{
		name:   "a verb of view",
		in:     "Voters viewed the debate as a draw.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the debate as a draw"}, Cue: "viewed", Source: "Voters", Rule: "reported"}},
		reason: "view, mull and contemplate hold their object in mind as consider does",
	},
	{
		name:   "a choice named",
		in:     "The report named the harbor authority as the main polluter.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the harbor authority as the main polluter"}, Cue: "named", Source: "The report", Rule: "reported"}},
		reason: "naming and appointing someone is a stance PolNeAR annotates; name and names are left out, mostly nouns",
	},
	{
		name:   "a finding identified",
		in:     "The agency identified three suspects in the fraud.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"three suspects in the fraud"}, Cue: "identified", Source: "The agency", Rule: "reported"}},
		reason: "identify reports a finding, as find does",
	},
	{
		name:   "a list written",
		in:     "The charity listed its largest donors on its website.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"its largest donors on its website"}, Cue: "listed", Source: "The charity", Rule: "reported"}},
		reason: "to list is to put in writing; the plain form list, mostly a noun, is left out",
	},
	{
		name:   "an adjective of will",
		in:     "The union is reluctant to strike before the holidays.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to strike before the holidays"}, Cue: "reluctant", Source: "The union is", Rule: "reported"}},
		reason: "eager, keen and reluctant take an infinitive of will, as want does; the source keeps its auxiliary, as with `has said`",
	},
	{
		name:   "an adjective of judgement with its preposition",
		in:     "Farmers were critical of the new toll road.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new toll road"}, Cue: "critical of", Source: "Farmers were", Rule: "reported"}},
		reason: "critical of, supportive of and wary of judge the noun phrase after them",
	},
	{
		name:   "a ruling",
		in:     "The court ruled that the new district map was unlawful.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the new district map was unlawful"}, Cue: "ruled", Source: "The court", Rule: "reported-that"}},
		reason: "a court's ruling states its finding; rule and rules, mostly nouns, are left out",
	},
	{
		name:   "a comparison as a judgement",
		in:     "The governor likened the new tax to theft.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new tax to theft"}, Cue: "likened", Source: "The governor", Rule: "reported"}},
		reason: "liken, challenge, rebuff and disavow judge their object",
	},
	{
		name:   "a phrasal cue of speech",
		in:     "The aide alluded to a deal with the unions.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a deal with the unions"}, Cue: "alluded to", Source: "The aide", Rule: "reported"}},
		reason: "allude to names what is hinted at, as refer to does",
	},
	{
		name:   "a phrasal cue of judgement",
		in:     "The pastor vouched for the young candidate.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the young candidate"}, Cue: "vouched for", Source: "The pastor", Rule: "reported"}},
		reason: "vouch for and balk at judge their object",
	},
	{
		name:   "a phrasal verb of stance",
		in:     "The senator took issue with the new budget rules.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new budget rules"}, Cue: "took issue with", Source: "The senator", Rule: "reported"}},
		reason: "take issue with, go after and single out judge their object",
	},
	{
		name:   "a phrasal verb of setting out",
		in:     "The mayor laid out a plan for the harbor.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a plan for the harbor"}, Cue: "laid out", Source: "The mayor", Rule: "reported"}},
		reason: "lay out, touch on and open up about present what is said",
	},
	{
		name:   "a rule that restricts",
		in:     "The new law prohibits smoking in public parks.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"smoking in public parks"}, Cue: "prohibits", Source: "The new law", Rule: "reported"}},
		reason: "a law or ruling that prohibits, restricts, overturns or vetoes states a position",
	},
	{
		name:   "a verb of attack in slang",
		in:     "The columnist ripped the mayor for the delay.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the mayor for the delay"}, Cue: "ripped", Source: "The columnist", Rule: "reported"}},
		reason: "rip, savage and bash judge their object as slam does; the plain forms rip and bash are left out",
	},
	{
		name:   "a choice with its infinitive",
		in:     "The council opted to delay the vote.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to delay the vote"}, Cue: "opted", Source: "The council", Rule: "reported"}},
		reason: "opt takes an infinitive of will, as decide does",
	},
	{
		name:   "a cue with the preposition of its topic",
		in:     "Several candidates weighed in on the proposed merger.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the proposed merger"}, Cue: "weighed in on", Source: "Several candidates", Rule: "reported"}},
		reason: "weigh in on and write about report their topic, as speak about does; weigh in alone leaves on to an adverbial",
	},
	{
		name:   "a name after known as, without be",
		in:     "The militia, also known as the Night Riders, raided the town at dawn.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the Night Riders"}, Cue: "known", Rule: "reported-passive"}},
		reason: "`X, known as Y` reports what people call X, with no one named; the name ends with its capitals",
	},
	{
		name:   "a name after known as that ends with a day",
		in:     "Shoppers crowded the malls on the day known as Black Friday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Black Friday"}, Cue: "known", Rule: "reported-passive"}},
		reason: "Friday is part of the name, not a time after an object (`endorsed Lee Friday`)",
	},
	{
		name:   "a stance taken by an act",
		in:     "The agency ignored the warnings of its own engineers.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the warnings of its own engineers"}, Cue: "ignored", Source: "The agency", Rule: "reported"}},
		reason: "ignore, block, negotiate and expose take a stance on their object",
	},
	{
		name:   "push back with its preposition",
		in:     "The union pushed back against the proposed cuts.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the proposed cuts"}, Cue: "pushed back against", Source: "The union", Rule: "reported"}},
		reason: "push back against and push back on oppose their object",
	},
	{
		name:   "an idiom of attack",
		in:     "The governor took aim at the new pension rules.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new pension rules"}, Cue: "took aim at", Source: "The governor", Rule: "reported"}},
		reason: "take aim at, spar, come out against judge their object",
	},
	{
		name:   "an idiom of commitment",
		in:     "The senator doubled down on his pledge to cut taxes.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"his pledge to cut taxes"}, Cue: "doubled down on", Source: "The senator", Rule: "reported"}},
		reason: "double down on holds to its object; make the case and make no secret of state theirs",
	},
	{
		name:   "an adjective of belief",
		in:     "The mayor is confident that the bridge will open in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the bridge will open in May"}, Cue: "confident", Source: "The mayor is", Rule: "reported-that"}},
		reason: "confident, optimistic, skeptical and aware hold a clause or a topic, as believe and know do",
	},
	{
		name:   "a participle of feeling before that",
		in:     "The farmers are convinced that the levy will ruin them.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the levy will ruin them"}, Cue: "convinced that", Source: "The farmers are", Rule: "reported"}},
		reason: "convinced, concerned, frustrated, surprised and the like before that hold a clause the subject believes or feels, not a passive",
	},
	{
		name:   "an adjective of feeling before that",
		in:     "Many parents were hopeful that the school would reopen soon.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the school would reopen soon"}, Cue: "hopeful that", Source: "Many parents were", Rule: "reported"}},
		reason: "hopeful, afraid, fearful and the like before that hold what is hoped or feared; without that they are mostly nouns (a presidential hopeful) or modifiers (nervous voters)",
	},
	{
		name:   "an adjective of feeling before its preposition",
		in:     "Most farmers are unhappy with the new water rules.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new water rules"}, Cue: "unhappy with", Source: "Most farmers are", Rule: "reported"}},
		reason: "unhappy with, angry at, concerned about and the like judge their object, as critical of does",
	},
	{
		name:   "a participle of feeling before its preposition",
		in:     "Many growers are enamored of the new water rules.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new water rules"}, Cue: "enamored of", Source: "Many growers are", Rule: "reported"}},
		reason: "enamored of, angered by, nervous about, interested in judge or desire their object",
	},
	{
		name:   "an adjective of feeling before a noun",
		in:     "Nervous investors sold their shares in the city.",
		want:   nil,
		reason: "nervous is a cue only before that",
	},
	{
		name:   "a wish with would",
		in:     "The mayor would like to build a new stadium downtown.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to build a new stadium downtown"}, Cue: "would like", Source: "The mayor", Rule: "reported"}},
		reason: "would like and 'd like state a wish, as want does; like alone is left out, mostly a preposition",
	},
	{
		name:   "a nomination",
		in:     "The party nominated a retired judge for the open seat.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a retired judge for the open seat"}, Cue: "nominated", Source: "The party", Rule: "reported"}},
		reason: "nominated names a choice as named does; its other forms, mostly in reports of procedure, are left out",
	},
}

func TestAttitude(t *testing.T) { checkViews(t, attitudeTests) }
