package attribution_test

import "testing"

// TestOpeningGerundSpeaker checks that a gerund after a preposition that opens the sentence
// (`In criticizing …, Senator … broke with`) takes the main clause's subject as its speaker.
func TestOpeningGerundSpeaker(t *testing.T) {
	checkSpeaker(t, "In criticizing the new budget, Senator Maria Lopez broke with her party.", "the new budget", "Maria Lopez")
	checkSpeaker(t, "By calling the bridge plan a hoax, Mayor Ana Ruiz angered the council.", "the bridge plan a hoax", "Ana Ruiz")
}
