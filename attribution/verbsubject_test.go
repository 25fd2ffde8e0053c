package attribution_test

import "testing"

// TestParticipleVerbSubject checks that a participle cue takes the subject of its clause's
// finite verb, not a mention of the phrase that leads up to it nor the object after the verb.
func TestParticipleVerbSubject(t *testing.T) {
	checkSpeaker(t, "Facing questions from farmers and bankers, Governor Ann Hale released a short statement on Monday, calling the audit a waste of money.",
		"the audit", "Ann Hale")
}

// TestParticipleAfterClauseEnd checks that a participle whose window is only the end of the
// clause before it (a prepositional phrase, no mention) takes the sentence's subject.
func TestParticipleAfterClauseEnd(t *testing.T) {
	checkSpeaker(t, "Senator Mia Ford called the treaty \"a bold start\" in the long fight against river pollution, praising the engineers who drafted it.",
		"the engineers", "Mia Ford")
}

// TestClauseTailWindow checks that a source window holding no mention and opening with a
// phrase of time or place, or an auxiliary, stands for the sentence's subject, not a speaker.
func TestClauseTailWindow(t *testing.T) {
	checkSpeaker(t, "Mayor Tom Ruiz, as well as his staff, has always maintained that the budget is sound.",
		"that the budget", "Tom Ruiz")
}

// TestDatelineNoSpeaker checks that the words of a dateline (a place and an agency, up to a
// dash) are passed over for the subject of the clause after them.
func TestDatelineNoSpeaker(t *testing.T) {
	checkSpeaker(t, "CEDAR FALLS, Iowa (Reuters) - Governor Tom Hale met the families of the victims on Thursday and said the city must heal.",
		"the city", "Tom Hale")
	checkSpeaker(t, "PINE HOLLOW, S.C. - Sen. Ann Ruiz went on with her attack on the mayor on Saturday, casting him as a fraud and questioning his record.",
		"his record", "Ann Ruiz")
}

// TestRelativeClauseAntecedent checks that a cue after a restrictive relative clause with a
// verb of its own takes the clause's antecedent, not a mention inside the clause.
func TestRelativeClauseAntecedent(t *testing.T) {
	checkSpeaker(t, "The veteran who fought with fellow Democratic senators and bragged about it to voters now wants to make peace with them.",
		"to make peace", "The veteran")
	checkSpeaker(t, "Farmers who know Governor Ann Hale well say she will run again.", "she will run", "Farmers")
	checkSpeaker(t, "Senator Tom Ruiz who knows Governor Ann Hale well says she will run again.", "she will run", "Tom Ruiz")
}

// TestAbsoluteWith checks that the mention after with, when a participle follows it, is the
// participle's subject rather than an object passed over.
func TestAbsoluteWith(t *testing.T) {
	checkSpeaker(t, "Critics were quick to respond, with Governor Ann Hale writing that it was a \"mistake\" for the town and asking, \"Who will pay for this?\"",
		"Who will pay", "Ann Hale")
}

// TestInvertedCueAfterTail checks that a phrase closing a quotation's sentence before an
// inverted cue (`"…" about the vote, said Ann Hale`) is not taken for the speaker.
func TestInvertedCueAfterTail(t *testing.T) {
	checkSpeaker(t, "\"We are very pleased\" about the vote, said Ann Hale, the head of the union.", "We are very pleased", "Ann Hale")
	checkSpeaker(t, "\"It looks very unlikely\" that the mayor can win, said Tom Ruiz, a pollster in Ohio.", "It looks very unlikely", "Tom Ruiz")
}

// TestMannerCueRetaliate checks that retaliate introduces the quotation before it.
func TestMannerCueRetaliate(t *testing.T) {
	checkSpeaker(t, "The mayor called the town a mess. \"The town will always be fine,\" an angry Ann Hale retaliated.", "The town will always", "Ann Hale")
}

// TestMannerCueReads checks that reads, in the present of a written text, introduces the
// quotation before it (`"…," the letter reads.`).
func TestMannerCueReads(t *testing.T) {
	checkSpeaker(t, "The union wrote to the board in May. \"We ask you to think again about the plan,\" the letter reads.", "We ask you", "the letter")
}

// TestParagraphSkipsAsideFragment checks that a quotation after a short quoted title in the
// sentence of a direct quotation goes on with that quotation's speaker.
func TestParagraphSkipsAsideFragment(t *testing.T) {
	checkSpeaker(t, "\"It's too early to say,\" said Ruiz, who is also a host on the TV show \"Farm Talk.\" \"I mean, it depends on what happens with the vote next year.\"",
		"I mean, it depends", "Ruiz")
}

// TestNamedPersonAfterComma checks that a person named after a comma is the cue's subject
// rather than a group or an organisation before the comma.
func TestNamedPersonAfterComma(t *testing.T) {
	checkSpeaker(t, "Rushing into a closed meeting of farmers, Senator Ann Hale, a Democrat from Ohio, said the deal was dead.",
		"the deal was dead", "Ann Hale")
}

// TestOfObject checks that a mention after of is an object (`Of the farmers, Tom Ruiz`) unless
// a quantity stands before of (`All of the council members`), where it heads the subject.
func TestOfObject(t *testing.T) {
	checkSpeaker(t, "Of the farmers, Tom Ruiz spoke warmly on Friday, saying they had saved the town.", "they had saved", "Tom Ruiz")
	checkSpeaker(t, "All of the council members oppose the new tax, arguing it would hurt families.", "it would hurt", "the council members")
}

// TestNameClosingRolePhrase checks that the name a long role phrase ends in, after a comma, is
// the cue's subject, rather than the role's head or a person named inside the phrase.
func TestNameClosingRolePhrase(t *testing.T) {
	checkSpeaker(t, "The vote ended late. One pastor supporting Mr. Hale, Tom Reed of the First Church in Marion, said the plan had failed.",
		"the plan had failed", "Tom Reed")
	checkSpeaker(t, "The vote ended late. The head of the group backing former Ohio Gov. Ann Hale for president, Tom Reed, said the plan had failed.",
		"the plan had failed", "Tom Reed")
}

// TestParticipleSkipsSubordinateSubject checks that a participle after a subordinate clause
// (`after they came out, saying`) goes on from the main clause's subject, not the clause's.
func TestParticipleSkipsSubordinateSubject(t *testing.T) {
	checkSpeaker(t, "The judge spoke. Tom Reed apologized for the letters after they came out, saying they were old and meant nothing.",
		"they were old", "Tom Reed")
}

// TestColonClauseVerbSubject checks that the clause before a colon gives the mention its verb
// follows, past a phrase that opens the sentence with other mentions.
func TestColonClauseVerbSubject(t *testing.T) {
	checkSpeaker(t, "The fair closed early. With party leaders worried about a lack of interest among young farmers, Senator Ann Hale is rolling out a new message: \"It's about the land.\"",
		"It's about the land", "Ann Hale")
}

// TestSubjectBeforeDashes checks that a phrase set off by dashes between a subject and its cue
// does not take the subject's place.
func TestSubjectBeforeDashes(t *testing.T) {
	checkSpeaker(t, "The vote ended late. Senator Tom Reed — after a long pause — told reporters the plan had failed.",
		"the plan had failed", "Tom Reed")
}

// TestQuotedMentionNotSubject checks that a mention inside a quotation the cue's window spans
// is the quotation's words, not the cue's subject.
func TestQuotedMentionNotSubject(t *testing.T) {
	checkSpeaker(t, "The fair closed. Mrs. Hale suggested that the new plan was thin - \"Again, we need to see the numbers,\" she said - and charged that the county was hiding costs.",
		"that the county was hiding", "Mrs. Hale")
}

// TestQuotedMentionBeforeCoordinatedCue checks that a window which opens with a quotation
// (`"…, they will call," he promises, and says`) passes over the quotation's mentions.
func TestQuotedMentionBeforeCoordinatedCue(t *testing.T) {
	checkSpeaker(t, "The fair closed. Mr. Reed says he will not take the mill's calls. \"As sure as you are here, they will call me up within a day,\" he promises, and says the mill will give in.",
		"the mill will give in", "Mr. Reed")
}

// TestCueSentenceSubject checks that reported speech whose cue window names no one takes the
// subject that opens its sentence, not the speaker of a statement near it.
func TestCueSentenceSubject(t *testing.T) {
	checkSpeaker(t, "The fair closed early. Mayor Tom Reed sharply rebuked critics who say he should call the fire \"arson,\" saying the inquiry is still open.",
		"the inquiry is still open", "Tom Reed")
}

// TestCueSentenceSubjectMixed checks the same for a statement that quotes part of what it reports.
func TestCueSentenceSubjectMixed(t *testing.T) {
	checkSpeaker(t, "9:34 p.m.\n\nMayor Tom Reed has delivered a spirited defense of \"farm values,\" saying the town \"will never forget where it came from.\"",
		"the town", "Tom Reed")
}
