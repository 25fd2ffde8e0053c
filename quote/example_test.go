package quote_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/whosaid/whosaid/quote"
)

func ExampleExtractor_Extract() {
	e, err := quote.NewExtractor(quote.Options{})
	if err != nil {
		log.Fatal(err)
	}
	s := `"We will win," she said, "and we will govern." The so-called "experts" were wrong.`
	qs, err := e.Extract(s)
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range qs {
		var parts []string
		for _, p := range q.Parts {
			parts = append(parts, p.Of(s))
		}
		fmt.Printf("%s cue=%q source=%q %q\n", q.Role, q.Cue.Lemma, q.Source.Of(s), strings.Join(parts, " … "))
	}
	// Output:
	// speech cue="say" source="she" "We will win, … and we will govern."
	// scare cue="" source="" "experts"
}

func ExampleOptions_verbs() {
	e, err := quote.NewExtractor(quote.Options{Verbs: []string{"intoned"}})
	if err != nil {
		log.Fatal(err)
	}
	s := `The senator intoned: "We shall overcome."`
	qs, err := e.Extract(s)
	if err != nil {
		log.Fatal(err)
	}
	q := qs[0]
	fmt.Println(q.Role, q.Rule, q.Cue.Lemma, q.Cue.Class, q.Source.Of(s))
	fmt.Println(q.Span().Of(s))
	// Output:
	// speech cue-before intoned speech The senator
	// We shall overcome.
}
