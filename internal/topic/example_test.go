package topic_test

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/internal/topic"
)

// span returns the span of the first sub in s.
func span(s, sub string) text.Span {
	i := strings.Index(s, sub)
	return text.Span{Start: i, End: i + len(sub)}
}

func ExampleAnalyzer_Topics() {
	tax, err := topic.ParseTaxonomy(strings.NewReader(`{
		"peace talks": ["peace talks", "negotiate", "ceasefire"],
		"NATO": {"en": ["NATO", "alliance"], "fr": ["OTAN"]}
	}`))
	if err != nil {
		panic(err)
	}
	s := "Kyiv will not negotiate while Moscow insists that Ukraine drop its NATO bid, Zelenskyy said in Brussels."
	d := text.Analyze(s)
	mentions := []topic.Mention{
		{Span: span(s, "Kyiv"), Name: "Kyiv", Kind: "place"},
		{Span: span(s, "Moscow"), Name: "Moscow", Kind: "place"},
		{Span: span(s, "Ukraine"), Name: "Ukraine", Kind: "place"},
		{Span: span(s, "NATO"), Name: "NATO", Kind: "organisation"},
		{Span: span(s, "Zelenskyy"), Name: "Volodymyr Zelenskyy", Kind: "person"},
		{Span: span(s, "Brussels"), Name: "Brussels", Kind: "place"},
	}
	a := topic.NewAnalyzer(d, mentions, tax)
	st := topic.Statement{
		Content: []text.Span{span(s, "Kyiv will not negotiate while Moscow insists that Ukraine drop its NATO bid")},
		Context: d.Sentences[0].Span,
		Speaker: "Volodymyr Zelenskyy",
	}
	for _, t := range a.Topics(st, 0) {
		fmt.Printf("%-9s %.2f %-11s %q\n", t.Source, t.Score, t.Label, t.Evidence[0].Of(s))
	}
	// Output:
	// taxonomy  0.50 NATO        "NATO"
	// taxonomy  0.50 peace talks "negotiate"
	// entity    0.50 Kyiv        "Kyiv"
	// entity    0.50 Moscow      "Moscow"
	// entity    0.50 NATO        "NATO"
	// entity    0.50 Ukraine     "Ukraine"
	// entity    0.22 Brussels    "Brussels"
	// keyphrase 1.00 NATO bid    "NATO bid"
}

func ExampleParseTaxonomy() {
	_, err := topic.ParseTaxonomy(strings.NewReader(`{"NATO": ["NATO", ""]}`))
	fmt.Println(err)
	_, err = topic.ParseTaxonomy(strings.NewReader(`{"NATO": {"xx": ["OTAN"]}}`))
	fmt.Println(err)
	_, err = topic.ParseTaxonomy(strings.NewReader(`{"NATO": "alliance"}`))
	fmt.Println(err)
	// Output:
	// topic: taxonomy: at byte 18: label "NATO": empty term
	// topic: taxonomy: at byte 10: label "NATO": language "xx": unknown language code
	// topic: taxonomy: at byte 9: label "NATO": wrong shape: want a list of terms or an object mapping language codes to lists of terms, got a string
}

func ExampleSummarize() {
	ev := []text.Span{{Start: 0, End: 4}}
	topics := [][]topic.Topic{
		{{Label: "NATO", Score: 0.5, Source: topic.FromTaxonomy, Evidence: ev}},
		{{Label: "Kyiv", Score: 0.5, Source: topic.FromEntity, Evidence: ev}},
		{{Label: "NATO", Score: 0.5, Source: topic.FromTaxonomy, Evidence: ev}},
	}
	for _, sp := range topic.Summarize([]int{7, 9, 7}, topics) {
		for _, t := range sp.Topics {
			fmt.Printf("speaker %d: %s %s %.2f in statements %v\n", sp.Speaker, t.Source, t.Label, t.Score, t.Statements)
		}
	}
	// Output:
	// speaker 7: taxonomy NATO 0.75 in statements [0 2]
	// speaker 9: entity Kyiv 0.50 in statements [1]
}
