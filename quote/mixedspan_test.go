package quote_test

import (
	"testing"
)

// TestQuotedPart checks that a quotation which is only part of its sentence's statement makes
// one mixed statement with the writer's words around it (issue #4).
func TestQuotedPart(t *testing.T) {
	checkViews(t, []viewCase{
		{
			name: "the writer's words open the sentence",
			in:   `With so many small farms in the valley, "there is no single buyer for the crop," Lee said.`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`With so many small farms in the valley, "there is no single buyer for the crop,`},
				Marks: []string{`"`, `"`}, Cue: "said", Source: "Lee", Rule: "cue-after"}},
		},
		{
			name: "a connective alone is no lead-in",
			in:   `But, "we lost," Lee said.`,
			want: []view{{Role: speech, Kind: direct, Parts: []string{"we lost,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Lee", Rule: "cue-after"}},
		},
		{
			name: "the writer's words finish the sentence",
			in:   `"A grey van" drove through the fence by the road, Lee said.`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`A grey van" drove through the fence by the road`},
				Marks: []string{`"`, `"`}, Cue: "said", Source: "Lee", Rule: "cue-after"}},
		},
		{
			name: "the words after the mark are the cue's",
			in:   `"We lost" she said.`,
			want: []view{{Role: speech, Kind: direct, Parts: []string{"We lost"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
		},
		{
			name: "a quotation without a cue inside reported content",
			in:   `Lee argues that as the town's trade with the coast grows, "its power will surely grow," too.`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`that as the town's trade with the coast grows, "its power will surely grow," too`},
				Marks: []string{`"`, `"`}, Cue: "argues", Source: "Lee", Rule: "reported-that"}},
		},
		{
			name: "a quotation that a verb inside reported content introduces",
			in:   `Lee says he would spend the day waving at shoppers saying "Buy my corn."`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`he would spend the day waving at shoppers saying "Buy my corn.`},
				Marks: []string{`"`, `"`}, Cue: "says", Source: "Lee", Rule: "reported"}},
		},
		{
			name: "a quotation that finishes a that-clause between two quotations is no split quote",
			in:   `"Go home!" she wrote, adding that if the mayor did not act soon, "more shops will close."`,
			want: []view{
				{Role: speech, Kind: direct, Parts: []string{"Go home!"}, Marks: []string{`"`, `"`}, Cue: "wrote", Source: "she", Rule: "cue-after"},
				{Role: speech, Kind: mixed, Parts: []string{`that if the mayor did not act soon, "more shops will close.`},
					Marks: []string{`"`, `"`}, Cue: "adding", Source: "she wrote", Rule: "reported-participle-that"},
			},
		},
		{
			name: "an aside right after that",
			in:   `Farm owners argue that, while the new tax may cut prices, workers will keep more of their pay.`,
			want: []view{{Role: speech, Kind: indirect, Parts: []string{"that, while the new tax may cut prices, workers will keep more of their pay"},
				Cue: "argue", Source: "Farm owners", Rule: "reported-that"}},
		},
		{
			name: "the writer's words finish the sentence after a quotation that follows its cue",
			in:   `In the poorer towns, she said, "we do not know what the price will be" on how many farms might close.`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`we do not know what the price will be" on how many farms might close`},
				Marks: []string{`"`, `"`}, Cue: "said", Source: "In the poorer towns, she", Rule: "cue-before"}},
		},
		{
			name: "reported content that stopped at a comma short of its cue's fragment",
			in:   `Lee confided that his parents had worried because, as farmers, the Lees were "the first family to move into the valley."`,
			want: []view{{Role: speech, Kind: mixed, Parts: []string{`that his parents had worried because, as farmers, the Lees were "the first family to move into the valley.`},
				Marks: []string{`"`, `"`}, Cue: "confided", Source: "Lee", Rule: "reported-that"}},
		},
	})
}
