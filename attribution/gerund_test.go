package attribution_test

import "testing"

// TestOpeningGerundSpeaker checks that a gerund after a preposition that opens the sentence
// (`In criticizing …, Senator … broke with`) takes the main clause's subject as its speaker.
func TestOpeningGerundSpeaker(t *testing.T) {
	checkSpeaker(t, "In criticizing the new budget, Senator Maria Lopez broke with her party.", "the new budget", "Maria Lopez")
	checkSpeaker(t, "By calling the bridge plan a hoax, Mayor Ana Ruiz angered the council.", "the bridge plan a hoax", "Ana Ruiz")
}

// TestOpeningGerundSubject checks that the speaker is the main clause's subject, not a name in
// its predicate or in a relative clause before it.
func TestOpeningGerundSubject(t *testing.T) {
	checkSpeaker(t, "After thanking Senator Tom Hale, who chaired the hearing, Mayor Ana Ruiz left the stage.", "Senator Tom Hale", "Ana Ruiz")
	checkSpeaker(t, "In describing fellow senator Tom Hale, Lopez praised him.", "fellow senator", "Lopez")
	checkSpeaker(t, "Citing the new budget, Lopez thanked Governor Tom Hale.", "the new budget", "Lopez")
}
