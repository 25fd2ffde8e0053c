package timex_test

import (
	"fmt"
	"time"

	"github.com/whosaid/whosaid/entity/timex"
)

func ExampleTagger_Tag() {
	tg, err := timex.NewTagger(timex.Options{})
	if err != nil {
		panic(err)
	}
	text := `"We will be back at work on Monday," the union said on Tuesday night, ` +
		"three weeks after the strike began on 31 December."
	published := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC) // a Wednesday
	xs, err := tg.Tag(text, published)
	if err != nil {
		panic(err)
	}
	for _, x := range xs {
		fmt.Printf("%-14q %-8v %s\n", x.Span.Of(text), x.Type, x.Value)
	}
	// Output:
	// "Monday"       DATE     2025-01-27
	// "Tuesday night" TIME     2025-01-21TNI
	// "three weeks"  DURATION P3W
	// "31 December"  DATE     2024-12-31
}
