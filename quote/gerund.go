package quote

import "github.com/whosaid/whosaid/internal/text"

// openingPrepositions open a sentence with a gerund that reports what the main clause's
// subject said or did (`In criticizing the plan, the mayor …`, `By calling it a hoax, the
// senator …`): its object is the content, up to the comma, and the subject after the comma
// its source, as after openingSubordinators. Mostly nouns follow these words, so only the
// sentence's first word counts.
var openingPrepositions = map[string]bool{"by": true, "in": true}

// openingGerund reports whether token i is a gerund after a preposition that opens its
// sentence.
func openingGerund(d *text.Doc, i int) bool {
	return i > 0 && d.Tokens[i-1].Flags.Has(text.SentStart) && openingPrepositions[d.Key(i-1)] && isParticiple(d.Key(i))
}
