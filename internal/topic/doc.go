// Package topic says what each statement of a document is about: the labels of a taxonomy the
// caller brings, the named entities the statement mentions, and its key phrases, each with a
// score and the spans of text that support it.
//
// # Taxonomies
//
// A [Taxonomy] maps labels to terms, optionally per language:
//
//	{
//	  "NATO": {"en": ["NATO", "alliance"], "fr": ["OTAN"]},
//	  "peace talks": ["peace talks", "negotiate", "ceasefire"]
//	}
//
// [ParseTaxonomy] reads that JSON; [NewTaxonomy] and [NewTaxonomyByLanguage] take the same
// content as Go maps. Every problem (malformed JSON, a value of the wrong shape, an empty label
// or term, an unknown language code) is a [*TaxonomyError] naming the label and the problem.
//
// Terms match whole words, case-insensitively. English terms, and terms given without a
// language, match inflected forms: term and text words are both reduced by [Stem], a Porter
// stemmer, so "guarantee" matches "guarantees", "negotiate" matches "negotiations" and "talk"
// matches "talks". Terms in other languages match their folded form. The longest term wins:
// in "a third world war", the term "third world war" matches and "war" is not matched again
// inside it. An acronym in a term ("US", "NATO") matches only a capitalised word, so "US" does
// not match "us". Hyphens and en dashes separate words without stopping a match; other
// punctuation and sentence ends do.
//
// # Automatic topics
//
// With no configuration, a statement has entity topics and key phrases. Entity topics are the
// entities of the mentions the caller passes to [NewAnalyzer], under their canonical names:
// pronouns never count, and "Kyiv" and "Ukraine" stay two topics. The speaker is not a topic
// of their own statement.
//
// Key phrases are runs of one to four content words, split by stopwords, punctuation, verbs
// and adverbs that simple cues give away ("will give", "we lose", "probably"), so that they
// read like noun phrases. They are ranked after YAKE (Campos et al., 2020) with statistics of
// the whole document: frequency, spread over sentences, position and capitalisation. Each run
// gives its best phrase, longer phrases being favoured ("third world war" over "war").
//
// # Scores and evidence
//
// A statement's topics come from its content first; the rest of the sentence of its cue (the
// context) counts with a lower weight. Taxonomy and entity scores grow with the number of
// occurrences, 1 - 2^-w, where an occurrence in the content weighs 1 (up to 1.5 for a longer
// term) and one in the context 0.35; a key phrase scores its importance in the document. All
// scores are in [0, 1] and comparable within a source across the statements of a document.
// Evidence spans are half-open byte offsets into the document's text, on character
// boundaries.
//
// [Analyzer.Topics] lists taxonomy topics, then entities, then key phrases, each best first
// and ties by label, so that a limit on their number cuts key phrases first. [Summarize]
// gathers the topics of a document's statements by speaker.
//
// # Walkthrough
//
//	tax, err := topic.ParseTaxonomy(strings.NewReader(`{"peace talks": ["negotiate"]}`))
//	if err != nil { … }                        // a *TaxonomyError: "label …: empty term"
//	d := text.Analyze(article)                 // once per document
//	a := topic.NewAnalyzer(d, mentions, tax)   // document statistics, once; tax may be nil
//	for i, s := range statements {
//		topics[i] = a.Topics(topic.Statement{
//			Content: s.Parts,                  // the statement's words
//			Context: cueSentence,              // counts less
//			Speaker: s.SpeakerName,            // never its own topic
//		}, 0)                                  // 0: at most DefaultMax topics
//	}
//	bySpeaker := topic.Summarize(speakerIDs, topics)
//
// A Taxonomy and an Analyzer are read-only once built and safe for concurrent use.
package topic
