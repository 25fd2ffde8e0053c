package attribution_test

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/whosaid/whosaid/attribution"
)

func ExampleAttributor_Attribute() {
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		panic(err)
	}
	text := `Mayor Elena Marquez spoke outside City Hall. "We promised clean air," she said, "and we are keeping that promise."`
	res, err := a.Attribute(attribution.Document{Text: text, Published: time.Date(2025, 11, 13, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, s := range res.Statements {
		fmt.Printf("%s (%s, %s, %s): %q + %q\n", s.Speaker.Name, s.Speaker.Mention.Of(text), s.Kind, s.SaidOn.Value,
			s.Parts[0].Of(text), s.Parts[1].Of(text))
	}
	// Output:
	// Elena Marquez (she, direct, 2025-11-13): "We promised clean air," + "and we are keeping that promise."
}

func ExampleAttributor_AttributeAll() {
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		panic(err)
	}
	docs := []attribution.Document{
		{ID: "one", Text: `"It is over," said Tom Reyes.`},
		{ID: "two", Text: `Priya Nair said: "We expected it."`},
	}
	for res, err := range a.AttributeAll(context.Background(), slices.Values(docs)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		s := res.Statements[0]
		fmt.Println(res.ID, s.Speaker.Name, s.Rule)
	}
	// Output:
	// one Tom Reyes cue
	// two Priya Nair cue
}
