package entity_test

import (
	"fmt"

	"github.com/whosaid/whosaid/entity"
)

func ExampleRecognizer_Recognize() {
	r, err := entity.NewRecognizer(entity.Options{})
	if err != nil {
		panic(err)
	}
	text := "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said he would not give up."
	a, err := r.Recognize(text)
	if err != nil {
		panic(err)
	}
	for _, e := range a.Entities {
		fmt.Printf("%s (%s):", e.Name, e.Kind)
		for _, mi := range e.Mentions {
			fmt.Printf(" %q", a.Mentions[mi].Span.Of(text))
		}
		fmt.Println()
	}
	// Output:
	// Volodymyr Zelenskyy (person): "Ukrainian President Volodymyr Zelenskyy" "Zelenskyy" "he"
	// Kyiv (place): "Kyiv"
}
