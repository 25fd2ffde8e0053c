package attribution_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
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

// A program done with each Result before it asks for the next, as one that writes each out,
// builds them all in one Buffer.
func ExampleAttributor_AttributeInto() {
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		panic(err)
	}
	var buf attribution.Buffer
	for _, text := range []string{`"It is over," said Tom Reyes.`, `Priya Nair said: "We expected it."`} {
		res, err := a.AttributeInto(&buf, attribution.Document{Text: text})
		if err != nil {
			panic(err)
		}
		s := res.Statements[0]
		fmt.Printf("%s: %s\n", s.Speaker.Name, s.Parts[0].Of(text)) // done with res before the next
	}
	// Output:
	// Tom Reyes: It is over,
	// Priya Nair: We expected it.
}

func ExampleResult_Summary() {
	tax, err := attribution.NewTaxonomy(map[string][]string{
		"energy":  {"coal plant", "wind farm"},
		"jobs":    {"job", "worker"},
		"housing": {"rent", "housing"},
	})
	if err != nil {
		panic(err)
	}
	a, err := attribution.New(attribution.Options{Taxonomy: tax})
	if err != nil {
		panic(err)
	}
	text := `Mayor Elena Marquez said the coal plant would close by 2030. "Every worker will be offered a new job," she said.

Tom Reyes, a union leader, said rents were rising faster than wages.`
	res, err := a.Attribute(attribution.Document{Text: text, Published: time.Date(2025, 11, 13, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, sp := range res.Summary() {
		var labels []string
		for _, t := range sp.Topics {
			if t.Source == "taxonomy" {
				labels = append(labels, fmt.Sprintf("%s (%d)", t.Label, len(t.Statements)))
			}
		}
		fmt.Printf("%s, %d statements: %s\n", sp.Name, len(sp.Statements), strings.Join(labels, ", "))
	}
	// Output:
	// Elena Marquez, 2 statements: jobs (1), energy (1)
	// Tom Reyes, 1 statements: housing (1)
}
