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
// distance, or a short phrase more than a few words after the cue of its sentence. Only speech and fragments are statements.
//
// # Cues
//
// Speech cues come from an embedded lexicon of verbs in every inflection, each with a class
// (speech, manner, writing, cognition, commitment, evaluation, intention, evidence). The patterns beside a quote are
// `"…," X said`, `"…," said X`, `X said: "…"`, `X said, "…"` and `X said "…"`; a quote split
// by its cue (`"A," he said, "B."`) is one Quote with two parts. [Quote.Source] is the stretch
// where the speaker stands; the attribution package resolves it to a person.
//
// # Reported speech
//
// Statements without quotation marks are [Indirect] quotes found around the same cues, whose
// classes then include judgement, intention and evidence: a complement (`said (that) …`,
// `told reporters that …`, `pledged to …`), content fronted before its cue (`…, the ministry
// said`) or an inverted cue (`…, said Mr. Smith`), `according to X` and a sentence that opens
// with a survey (`In the new poll, …`), a parenthetical (`… is, he
// said, …`), a participle (`…, saying that …`), an as-clause (`As the Post reported, …`) and a
// relative pronoun that stands for what is reported (`the levy, which the mayor praised`). A
// verb of seeming (`the figures appear to be wrong`, `the bank is expected to act`) reports its
// subject and infinitive as the writer's assessment, with no source; a cue in the passive
// (`was criticized by X for …`, `It was reported that …`) reports its subject and what follows,
// its source being the agent after by, if any. A cue noun from a second lexicon reports its
// that-clause (`Trump's claim that …`, `an admission that …`), and a paragraph that opens with
// a speaker's label and a colon (`Rubio: I'm not interested …`) reports the rest of the
// paragraph; a cue and a colon that end a paragraph (`The governor added:`) report the paragraph
// below, a block quotation without marks. A cue between commas reports both sides (`There is a risk, he said, that …`), and
// the words before it when a quotation finishes the sentence (`It is time, he said, "…"`); a
// relative clause reports its gap (`an inquiry the council said was overdue`). A cue of thought,
// judgement or will in the infinitive or under a modal (`a chance to defend`, `she would
// consider`) reports nothing, and neither does the noun-phrase object of a cue whose object is
// mostly a thing (`added 300 jobs`, `felt the pressure`, `wrote a book`), nor the subject of a
// passive tell or ask, which is whom it addresses. A cue that is no cue of speech or writing
// inside what another cue reports (`she said she expects …`) is part of that statement, and so
// is any cue (but a question asked, or words in quotation marks) inside what a say-verb, a
// that-clause, a participle, according to or a label reports (`aides said the governor told
// donors …`). A quoted
// fragment inside reported content
// makes one [Mixed] quote. Refusals to comment are not statements. [Options.Reported] decides whether fiction (text.Doc.IsFiction) gets
// reported speech: by default it does not, since there "she thought that …" is narration.
// Every pattern is bounded in tokens, so the cost stays linear in the text.
//
// # Walkthrough
//
//	e, err := quote.NewExtractor(quote.Options{})
//	if err != nil { … }
//	qs, err := e.Extract(`"We will win," she said.`)
//	// qs[0].Role == quote.Speech, qs[0].Cue.Lemma == "say", text of qs[0].Source == "she"
package quote
