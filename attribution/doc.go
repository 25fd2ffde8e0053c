// Package attribution says who made each statement of a document, when, and about what.
//
// It joins the lower packages over one analysis of the text, shared by all of them: package
// quote finds the statements (quotations and reported speech) and their cues, package entity
// the people, organisations and roles and their mentions, package entity/timex the temporal
// expressions. Every decision records its rule, evidence span and confidence in the
// statement's Trail; the output is deterministic.
//
// # Speakers
//
// Ordered sieves decide each statement's speaker; the first that decides wins, in text order,
// so that later statements can lean on earlier ones:
//
//   - cue: the subject of the statement's cue ("he" in `"…," he said`, "Mr. Smith" in
//     `said Mr. Smith, a spokesman`), taken to its entity; for a participle, an infinitive
//     or a second verb, the subject of the last clause before it, not the object nearest
//     it (`emailed supporters saying:`, `pushed them to reject`, `While Ruiz defended it,
//     Berg attacked it, saying`); a relative pronoun that is the cue's subject (`tenants who complained`) is
//     the local mention, standing for the mention before it; a pronoun goes to the most salient
//     person before it whose gender agrees, not the one a quotation addresses.
//   - signature: the name a dash signs a quotation with (`"…" ― Ana Ruiz`).
//   - label: the capitalised label a quoted transcript line opens with (`"PENCE: Well, …"`).
//   - colon: the clause before an introducing colon (`Macron: "…"`).
//   - sentence: in news, a quotation no cue introduces takes the subject of its own sentence
//     (`Berg has coined a new name for it, "…"`).
//   - narrative: the cue of the sentence before a quotation, or the subject of the narration
//     next to it (`She looked up. "I must fly."`).
//   - paragraph and continuation: the speaker of the statement before it in the paragraph, or
//     of the one that ended the paragraph before.
//   - in dialogue (text.Doc.IsDialogue), turn-taking: speakers alternate, the person a turn
//     addresses by name answers it and does not speak it, pronoun turns follow the alternation
//     that named turns set up, descriptions ("said the girl", "said her mother", "said the
//     other") stand for one of the people talking, a window of words that names no one lends
//     its speaker to no other turn, and a scene break ends a conversation; a "he said" with no
//     one of its gender named since the turn before is one of the people talking; a
//     first-person narrator is named when others address them.
//   - fallbacks: the paragraph's earlier speaker; for a quotation that opens its paragraph
//     after a paragraph of narration only, the person that narration's last sentence is about.
//   - cataphora: a he or she nothing before it resolves takes the first person of its gender
//     named after it (confidence 0.35); last-of-gender: in dialogue, one still unresolved
//     takes the last speaker of its gender before it in the scene (confidence 0.3).
//
// Reported speech under a passive cue with no agent (`voters were asked whether …`, `is
// widely considered …`) has no speaker: its subject is whom the words were put to or about;
// so has reported speech whose subject is an "it" that stands for no one (`It is worth
// noting that …`).
// A speaker below Options.MinConfidence is left nil rather than guessed.
//
// # Dates
//
// Statement.SaidOn is the date expression tied to the cue (`said on Monday`, `Speaking on 9
// January, X said`, `In June, he said`), resolved against the publication date; else the date
// of the same speaker's statement a few paragraphs back; else the article's dateline; else the
// publication date. Its Source says which. A date inside the content is not when it was said.
//
// # Topics
//
// Statement.Topics are the entities the statement names, its key phrases ranked with document
// statistics, and the labels of a caller's [Taxonomy] its words support, each with a score and
// evidence spans. [Result.Summary] gathers them by speaker.
//
// # Walkthrough
//
//	a, err := attribution.New(attribution.Options{})
//	if err != nil { … }
//	res, err := a.Attribute(attribution.Document{Text: text, Published: published})
//	if err != nil { … } // only a text over Options.MaxInputBytes: ErrTooLarge
//	for _, s := range res.Statements {
//		if s.Speaker != nil {
//			fmt.Println(s.Speaker.Name, s.Kind, s.SaidOn.Value, s.Parts[0].Of(text))
//		}
//	}
//
// With a taxonomy:
//
//	tax, err := attribution.ParseTaxonomy(f) // {"NATO": ["NATO", "alliance"], …}
//	a, err := attribution.New(attribution.Options{Taxonomy: tax})
//
// An Attributor is safe for concurrent use; build one and share it. [Attributor.AttributeAll]
// streams the results of a sequence of documents and stops when its context is done.
// [Result.Record] gives the flat JSON form the batch and server programs write.
package attribution
