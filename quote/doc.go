// Package quote finds quotations in text: the marks that open and close them, whether they are
// speech, and the cue and subject next to them.
//
// # Marks
//
// Every quotation style is paired: " “” ‘’ «» ‹› „“ ‚‘ 「」 『』, French « … » with inner spaces,
// German „…“ and »…«, and the wire convention of two apostrophes (” … ”). Straight marks are
// paired by context: a mark that opens has text after it and a space before it, one that
// closes the reverse. Apostrophes and primes are never quotation marks: don't, ’90s, 'em,
// Jones’, 5'11". A quote nested in another is found too. A paragraph that ends inside a quote
// and a next one that opens with a mark make one quote over both (the news convention); a mark
// left open is closed at the end of its paragraph, never later.
//
// # Roles
//
// A quoted stretch is [Speech] when it stands on its own or beside a cue, a [Fragment] when it
// sits inside a sentence that reports it (`called her "weak"`), a [Title] when it is a few
// capitalised words (`"The Apprentice"`), and [Scare] when it is a word or two held at a
// distance. Only speech and fragments are statements.
//
// # Cues
//
// Speech cues come from an embedded lexicon of verbs in every inflection, each with a class
// (speech, manner, writing, cognition, commitment). The patterns beside a quote are
// `"…," X said`, `"…," said X`, `X said: "…"`, `X said, "…"` and `X said "…"`; a quote split
// by its cue (`"A," he said, "B."`) is one Quote with two parts. [Quote.Source] is the stretch
// where the speaker stands; the attribution package resolves it to a person.
//
// # Walkthrough
//
//	e, err := quote.NewExtractor(quote.Options{})
//	if err != nil { … }
//	qs, err := e.Extract(`"We will win," she said.`)
//	// qs[0].Role == quote.Speech, qs[0].Cue.Lemma == "say", text of qs[0].Source == "she"
package quote
