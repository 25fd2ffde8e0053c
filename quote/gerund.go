package quote

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// openingPrepositions open a sentence with a gerund that reports what the main clause's
// subject said or did (`In criticizing the plan, the mayor …`, `By calling it a hoax, the
// senator …`): its object is the content, up to the comma, and the subject after the comma
// its source, as after openingSubordinators. Mostly nouns follow these words, so only one that
// opens the sentence, perhaps after a connective (`But in calling …`), or follows a colon counts.
var openingPrepositions = lexicon.NewSet(map[string]bool{"by": true, "in": true})

// openingGerund reports whether token i is a gerund after a preposition that opens its
// sentence.
func openingGerund(d *text.Doc, i int) bool {
	if i < 1 || !openingPrepositions.Has(d.Key(i-1)) || !isParticiple(d.Key(i)) {
		return false
	}
	return d.Tokens[i-1].Flags.Has(text.SentStart) || i >= 2 && (d.Key(i-2) == ":" ||
		d.Tokens[i-2].Flags.Has(text.SentStart) && leadConnectives.Has(d.Key(i-2))) // `But in calling …`, `…: By refusing …`
}

// openingSource returns the subject of the main clause that follows the comma at token c, up
// to its verb (a cue, an auxiliary or a past form), or the whole clause to limit when no verb
// comes soon or a comma comes first: the speaker is the subject, not a name in the predicate
// (`In describing the mayor, Lee said …`). A relative clause after the comma belongs to the
// content's last noun (`After thanking the crowd, which cheered, he …`): the subject follows it.
func (e *Extractor) openingSource(d *text.Doc, c, limit int) Span {
	if c+1 < limit && relativeOpeners.Has(d.Key(c+1)) {
		if n := commaAfter(d, c+1, limit); n+1 < limit && isComma(d, n) {
			c = n
		}
	}
	for k := c + 2; k < limit && k <= c+1+maxFrontedSubject; k++ {
		if isComma(d, k) {
			break
		}
		if d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 &&
			(finiteVerb(d, k) || irregularPast.Has(d.Key(k)) || e.isCue(d, k, limit)) {
			return tokenSpan(d, c+1, k)
		}
	}
	return tokenSpan(d, c+1, limit)
}

// relativeOpeners open a relative clause.
var relativeOpeners = lexicon.NewSet(map[string]bool{"which": true, "who": true, "whose": true, "where": true})
