package attribution_test

import "testing"

// TestParticipleVerbSubject checks that a participle cue takes the subject of its clause's
// finite verb, not a mention of the phrase that leads up to it nor the object after the verb.
func TestParticipleVerbSubject(t *testing.T) {
	checkSpeaker(t, "Facing questions from farmers and bankers, Governor Ann Hale released a short statement on Monday, calling the audit a waste of money.",
		"the audit", "Ann Hale")
}
