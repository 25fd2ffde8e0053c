// Package attribution says who made each statement of a document, when, and about what.
//
// It joins the quote and entity packages: one analysis of the text is shared by both, and
// ordered sieves decide each statement's speaker, each recording its rule, evidence and
// confidence in the statement's Trail.
//
// # Sieves
//
// The sieves run in a fixed order and the first that decides wins:
//
//   - cue: the subject of the statement's cue ("he" in `"…," he said`, "Mr. Smith" in
//     `said Mr. Smith, a spokesman`), taken to its entity; a pronoun goes to the nearest person
//     before it, outside quotation marks, whose gender agrees.
//   - paragraph: a quotation without a cue takes the speaker of the statement before it in the
//     same paragraph.
//   - continuation: a paragraph that opens with a quotation without a cue takes the speaker of
//     the statement that ended the paragraph before.
//
// A speaker below Options.MinConfidence is left nil rather than guessed.
//
// # Walkthrough
//
//	a, err := attribution.New(attribution.Options{})
//	if err != nil { … }
//	res, err := a.Attribute(attribution.Document{Text: text, Published: published})
//	for _, s := range res.Statements {
//		fmt.Println(s.Speaker.Name, s.Kind, s.SaidOn.Value, s.Parts[0].Of(text))
//	}
//
// An Attributor is safe for concurrent use; build one and share it. [Attributor.AttributeAll]
// streams the results of a sequence of documents.
package attribution
