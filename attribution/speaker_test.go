package attribution_test

import "testing"

// partSpeaker is a statement, found by the start of its first part, and the name of its
// speaker ("" for none).
type partSpeaker struct{ part, speaker string }

// speakerTests are short texts and who said what in them, each case one rule of the speaker
// sieves (issues #3 and #4); checkSpeaker compares.
var speakerTests = []struct {
	name   string
	text   string
	want   []partSpeaker
	reason string
}{
	{
		name:   "ParticiplePastPlace",
		text:   "Mayor Ann Lee spoke in Ohio on Monday. By Sunday she had canceled a joint rally with Tom Reed slated for Friday in Green Bay, Wis., citing the storm.",
		want:   []partSpeaker{{"the storm", "Ann Lee"}},
		reason: "a participle whose window holds only a place (`in Green Bay, Wis., citing`) goes on from the sentence's subject: a state after a town does not speak.",
	},
	{
		name:   "PlaceQualifierNotSubject",
		text:   "At the courthouse in Alexandria, Va., Tom Reed, in a gray suit, said little, offering only that he would appeal.",
		want:   []partSpeaker{{"that he would appeal", "Tom Reed"}},
		reason: "a state abbreviation after a town and a comma (`Alexandria, Va.,`) places the town: it is neither a person nor a subject.",
	},
	{
		name:   "ColonAsFollows",
		text:   "The council met on Monday night.\n\nPartial transcript of the meeting is as follows:\n\n\"We will rebuild the bridge by May, and the county will pay for it.\"",
		want:   []partSpeaker{{"We will rebuild the bridge", "Partial transcript of the meeting"}},
		reason: "`X as follows:` before a quotation names X as its source: the words before as, not the word follows.",
	},
	{
		name:   "FunctionWordWindowNoSpeaker",
		text:   "The bridge reopened on Monday. Despite complaints that it was still unsafe, the council kept it open all week.",
		want:   []partSpeaker{{"that it was still unsafe", ""}},
		reason: "a window of words that cannot name anyone (`Despite`, `But`, `because of`) is no speaker: the statement stays unattributed rather than said by a preposition.",
	},
	{
		name:   "ParticipleObjectAfterDeterminer",
		text:   "Later on Sunday, Tom Reed shared a syllabus for a class called \"Perception\" on his Facebook page, writing \"Here is the class you claim never existed.\"",
		want:   []partSpeaker{{"Here is the class", "Tom Reed"}},
		reason: "a name after a preposition and a determiner (`on his Facebook page`) is the phrase's object, not the subject the participle goes on from.",
	},
	{
		name:   "CoordinatedAdverbBeforeCue",
		text:   "Tom Reed started the debate when he brought up the Oklahoma City bombing and later said, \"It is not just one group.\"",
		want:   []partSpeaker{{"It is not just one group.", "Tom Reed"}},
		reason: "an adverb between and and the cue (`and later said`) still makes the cue the second verb of the clause's subject.",
	},
	{
		name:   "TrailingRead",
		text:   "The council posted a notice on the door.\n\n\"The bridge will stay closed until May,\" the notice read.",
		want:   []partSpeaker{{"The bridge will stay closed", "the notice"}},
		reason: "a quotation followed by a text and read (`\"…,\" the notice read.`) quotes that text: read with no object after it is its cue.",
	},
	{
		name: "CuePreviousAfterAside",
		text: "The hall was loud.\n\n\"The bullying,\" Tom Reed said, as the crowd cheered. \"The greed. The showing off.\"\n\n" +
			"\"It is a mess,\" said one person close to the mayor, who spoke on the condition of anonymity. \"I have never seen anything like it.\"",
		want:   []partSpeaker{{"The greed. The showing off.", "Tom Reed"}, {"I have never seen anything like it.", "one person"}},
		reason: "a quotation after a sentence that holds another with its own cue goes on with that speaker: a later verb of the sentence (`as the crowd cheered`, `who spoke`) is an aside, not its cue.",
	},
	{
		name:   "ContinuedBeforeNextSentenceCue",
		text:   "Tom Reed spoke first.\n\n\"The bridge is a name people know,\" he said. \"If you see it, you know what you get.\" Ann Hale noted a vote planned for May.",
		want:   []partSpeaker{{"If you see it, you know what you get.", "Tom Reed"}},
		reason: "a quotation that ends its sentence after another's cue goes on with that speaker: a cue that opens the next sentence (`Ann Hale noted a vote`) reports something else.",
	},
	{
		name: "AccordingToAfterQuote",
		text: "\"The plan is unfair,\" Ann Hale said in a letter filed with the county board of supervisors, according to the Daily Ledger.\n\n" +
			"The board did not answer. Section 12 applies, \"when officials make false statements to the board\" according to the Harbor Times.",
		want: []partSpeaker{{"The plan is unfair,", "Daily Ledger"}, {"when officials make false statements", "Harbor Times"}},
		reason: "a quotation that \"according to\" follows, after its cue and the cue's phrases or right after its closing mark, is the source's report: " +
			"news attributes it to the outlet that printed it.",
	},
	{
		name:   "ReducedRelativeGroup",
		text:   "Last year, Tom Reed gave $2 million to a group backing the mayor.",
		want:   []partSpeaker{{"the mayor", "a group"}},
		reason: "a participle right after a noun of a group, with no comma between (`a group backing`), is a reduced relative clause: the group is its subject, not the sentence's.",
	},
	{
		name:   "ExpletiveItCoordinated",
		text:   "It is simply astounding that Reed demands answers from the mayor and then refuses to explain how he paid for the house.",
		want:   []partSpeaker{{"to explain how he paid for the house", "Reed"}},
		reason: "an it that only holds a place for the clause after it (`It is astounding that …`) is not the subject a second verb goes on from: the clause's subject is.",
	},
	{
		name:   "PossessorWindow",
		text:   "Senator Ann Hale on Thursday stepped up her attacks on the mayor.",
		want:   []partSpeaker{{"the mayor", "Ann Hale"}},
		reason: "a possessive pronoun before a cue noun (`her attacks on`) is the speaker's mention: the speaker is the one it stands for, not the word her.",
	},
	{
		name: "TrailingCueAfterFragment",
		text: "The race was close. \"You have one candidate who wants to be the first woman mayor and, on the other hand, you have Tom Reed, " +
			"who stands for the past\" that is plainly unfair, Ann Hale said.",
		want:   []partSpeaker{{"You have one candidate", "Ann Hale"}},
		reason: "a quoted fragment that no cue introduces, whose words run on past its closing mark to a comma, is said by the subject of the speech verb after that comma.",
	},
	{
		name: "TrailingCueCommaInside",
		text: "The rally ended early. The event \"was the first time I saw that it is not as simple as, 'He is the ringleader,'\" " +
			"Tom Sexton said in an interview.",
		want:   []partSpeaker{{"was the first time", "Tom Sexton"}},
		reason: "a quoted fragment with no cue whose comma stands inside its closing marks is said by the subject of the speech verb right after them.",
	},
	{
		name:   "NestedCloseBeforeCue",
		text:   "The board met in May.\n\n''I would use the word 'old-school,''' said Greg Slayton, whom Tom Reed named to the board.",
		want:   []partSpeaker{{"I would use the word", "Greg Slayton"}},
		reason: "the close of a quotation inside another, glued to the outer closing marks (`,'''`), does not hide the cue after them.",
	},
	{
		name:   "DashAsideInSubject",
		text:   "Maria Olsen - who has led the county growers union since 1991 - said Mr. Hale would win the county.",
		want:   []partSpeaker{{"Mr. Hale would win the county", "Maria Olsen"}},
		reason: "a relative clause set off by dashes between the subject and its cue is an aside: the speaker stands before it, not inside it.",
	},
	{
		name:   "DashAsideAfterApposition",
		text:   "Ann Lee, director of the Fair Vote Fund - a group founded in 2004 to back Mr. Smith - said Mr. Smith would win the county.",
		want:   []partSpeaker{{"Mr. Smith would win the county", "Ann Lee"}},
		reason: "a subject whose apposition is followed by an aside set off by dashes is named first, as one closed by a comma is: not the group the apposition ends in.",
	},
	{
		name:   "ParticipleAsideInSubject",
		text:   "Senator Ruth Adler, D-Maine, speaking on the radio shortly after the hearing, said the agency had failed the farmers.",
		want:   []partSpeaker{{"the agency had failed the farmers", "Ruth Adler"}},
		reason: "a participle phrase set off by commas before the cue holds a subordinator (`after the hearing`) that does not open the cue's clause: the speaker stands before the phrase.",
	},
	{
		name: "ImpersonalPassedOver",
		text: "''Jobs, jobs, jobs,'' Mrs. Lee said on ''The Late Show'' last month when asked what Mr. Lee would do. " +
			"''Nobody did it better, created more jobs.''",
		want:   []partSpeaker{{"Nobody did it better, created more jobs.", "Mrs. Lee"}},
		reason: "a statement nobody made does not hide the paragraph's speaker from the quotation after it.",
	},
	{
		name: "ImpersonalKeepsNoSpeaker",
		text: "\"We will open it in spring,\" the mayor, Ana Ruiz, said on Monday.\n\n" +
			"The new bridge appears likely to cost far more than the council planned.",
		want:   []partSpeaker{{"The new bridge", ""}},
		reason: "a judgement nobody is said to make (`appears likely to`) stays the writer's: the quotation in the paragraph before it lends it no speaker.",
	},
	{
		name: "SubordinatePassedOver",
		text: "“They are not binding,” spokesman Ron Fisk told the Daily Ledger in July, after de Vries stated an interest in ending business with Fisk. " +
			"“These contracts hold.”",
		want:   []partSpeaker{{"These contracts hold.", "Ron Fisk"}},
		reason: "reported speech in a clause of time after a quotation (`after Kim stated …`) does not take the next quotation of the paragraph from its speaker.",
	},
	{
		name:   "VerbPhraseWindow",
		text:   "Ana Ruiz, the council's planning director, released a statement confirming that the bridge will open in May.",
		want:   []partSpeaker{{"that the bridge will open", "Ana Ruiz"}},
		reason: "a participle after a verb phrase (`released a statement confirming`) takes the sentence's subject, not the verb phrase's words, as its speaker.",
	},
	{
		name: "VerbPhraseWindowIrregularPast",
		text: "Senator Ann Lee, for her part, wrote a letter urging the council to delay the vote. " +
			"Tom Reed, who has run the county fair since 1990, even went on the radio to say the fair would close.",
		want: []partSpeaker{{"the council to delay the vote", "Ann Lee"}, {"the fair would close", "Tom Reed"}},
		reason: "a window that opens with an irregular past (`wrote a letter`), or an adverb before it (`even went on the radio to`), is the verb phrase the cue hangs on: " +
			"the speaker is the sentence's subject.",
	},
	{
		name:   "VerbPhraseWindowOrganisation",
		text:   "The Harbor Anglers Club, which backs Mayor Ann Lee, used the meeting to urge members to vote for the bridge.",
		want:   []partSpeaker{{"members to vote for the bridge", "Harbor Anglers Club"}},
		reason: "the subject that opens the sentence speaks for a verb phrase window even when it is an organisation: not the person named in its relative clause.",
	},
	{
		name: "FrontedParticipleSubject",
		text: "Continuing to describe the storm damage, Mayor Ann Lee closed the bridge on Monday. " +
			"To explain the delay, the county engineers cited the rain.",
		want:   []partSpeaker{{"the storm damage", "Ann Lee"}, {"the delay", "the county engineers"}},
		reason: "a participle or infinitive phrase that opens its sentence has no subject of its own: its cue's speaker is the main clause's subject, after the comma.",
	},
	{
		name:   "ParticipleAfterQuotation",
		text:   "In a letter to residents, Mayor Ann Lee wrote: \"The bridge will open in May,\" adding that the council had found the money.",
		want:   []partSpeaker{{"The bridge will open in May,", "Ann Lee"}},
		reason: "a participle after a quotation (`, adding that the council …`) has no subject after it: the words there are its object, and the speaker is the sentence's subject.",
	},
	{
		name:   "OpeningSubjectNoMention",
		text:   "His campaign sued the Harbor Anglers Club in federal court on Friday, claiming the club had broken the lease.",
		want:   []partSpeaker{{"the club had broken the lease", "His campaign"}},
		reason: "a participle goes on from the clause's subject even when that subject is a noun phrase the entity stage does not know (`His campaign`): the name after the verb is its object.",
	},
	{
		name: "ColonClauseSubject",
		text: "The crowd chanted “Build it! Build it!” across the hall.\n\n" +
			"Mayor Ana Ruiz gestured as if to stop the chant, then leaned in and boomed: “We will build it in May.”",
		want:   []partSpeaker{{"We will build it in May.", "Ana Ruiz"}},
		reason: "a quotation after a colon whose clause names no one (`then leaned in and said:`) takes the subject of the sentence the clause goes on from.",
	},
	{
		name:   "AndJoinsNouns",
		text:   "Mayor Ana Ruiz praised both the governor and Senator Tom Hale on Monday and said the bridge would open in May.",
		want:   []partSpeaker{{"the bridge would open", "Ana Ruiz"}},
		reason: "a name after and inside the first verb's object (`praised both the governor and Senator Tom Hale`) is not the subject of the second verb.",
	},
	{
		name: "SentenceSpeaker",
		text: "“The budget is sound,” said Mayor Ana Ruiz. " +
			"Councillor Tom Berg, for his part, has coined a new name for it, “a fairy tale for grown-ups.”",
		want:   []partSpeaker{{"a fairy tale for grown-ups", "Tom Berg"}},
		reason: "a quotation no cue introduces, standing inside a sentence of news, takes the sentence's subject, not the speaker of the quotation before it.",
	},
	{
		name:   "ParticipleCueSubject",
		text:   "On Friday, Senator Ann Lee emailed supporters saying: “We will not give up this seat.”",
		want:   []partSpeaker{{"We will not give up this seat.", "Ann Lee"}},
		reason: "a participle cue after an object (`emailed supporters saying:`) takes the subject of its clause, not the object nearest the cue.",
	},
	{
		name: "SignatureSpeaker",
		text: "Readers wrote to us after the debate.\n\n" +
			"“The moderators lost control of the room.” ― Tom Berg\n\n" +
			"“Nobody answered a single question about rents.” ― Ana Ruiz\n",
		want:   []partSpeaker{{"Nobody answered a single question", "Ana Ruiz"}, {"The moderators lost control", "Tom Berg"}},
		reason: "a quotation signed with a dash and a name after its closing mark (`\"…\" ― Ana Ruiz`) takes that name, not the signer of the quotation before it.",
	},
	{
		name: "LabelSpeaker",
		text: "Part of the interview follows:\n\n" +
			"“HOST: Will the harbour open this year?”\n\n" +
			"“RUIZ: It will open in June, and not a day later.”\n",
		want:   []partSpeaker{{"RUIZ: It will open", "RUIZ"}},
		reason: "a transcript line quoted whole takes the capitalised label it opens with.",
	},
	{
		name:   "PassiveCueNoSpeaker",
		text:   "The new tram line is widely considered a costly mistake by now.",
		want:   []partSpeaker{{"The new tram line", ""}},
		reason: "the subject of a passive cue with no agent (`the tram line is widely considered …`) is not taken for the speaker: it is what the words are about.",
	},
	{
		name:   "ExpletiveSubjectNoSpeaker",
		text:   "It is worth noting that the new bridge was finished a year late.",
		want:   []partSpeaker{{"that the new bridge", ""}},
		reason: "reported speech whose subject is an \"it\" that stands for no one (`It is worth noting that …`) has no speaker.",
	},
	{
		name: "LastClauseSubject",
		text: "While Mayor Ana Ruiz defended the budget on Monday, Councillor Tom Berg attacked it again, " +
			"saying that the numbers did not add up.",
		want:   []partSpeaker{{"that the numbers did not add up", "Tom Berg"}},
		reason: "a participle cue goes on from the subject of the clause before it, not from the first person the sentence names in a clause of its own.",
	},
	{
		name:   "InfinitiveCueSubject",
		text:   "Senator Ann Lee is pushing her fellow councillors to reject the harbour deal reached last week.",
		want:   []partSpeaker{{"the harbour deal", "Ann Lee"}},
		reason: "a cue after \"to\" (`pushing her colleagues to reject`, `seemed to blame`) takes the subject of its clause, not the object nearest it.",
	},
	{
		name:   "ExistentialCueNounNoSpeaker",
		text:   "Mayor Ana Ruiz spoke on Monday. There is broad agreement that the old harbour bridge must be replaced.",
		want:   []partSpeaker{{"that the old harbour bridge", ""}},
		reason: "a cue noun after an existential there (`There is broad agreement that …`) names no one who agrees: no speaker, not the mayor.",
	},
	{
		name:   "ExpletiveBeforeClause",
		text:   "It's a long shot, but Senator Ann Lee was at the harbour on Monday, promising that the ferry would return.",
		want:   []partSpeaker{{"that the ferry would return", "Ann Lee"}},
		reason: "an opening \"it's\" does not silence a participle whose subject is a later clause's (`It's a long shot, but Ann Lee was there, promising …`).",
	},
	{
		name: "TranscriptLabelTurns",
		text: "The governor spoke on the radio on Sunday.\n\n\"JONES: Will the mayor be there?\n\n" +
			"\"SMITH: Well, look, the mayor has been saying tough things about the plan.\n\n" +
			"\"JONES: Do you see those two as equal?",
		want:   []partSpeaker{{"SMITH: Well", "SMITH"}, {"JONES: Do you", "JONES"}},
		reason: "each labelled paragraph of a transcript printed as one run-on quotation (no closing marks) is its own turn, with its own speaker.",
	},
	{
		name:   "ParticipleVerbSubject",
		text:   "Facing questions from farmers and bankers, Governor Ann Hale released a short statement on Monday, calling the audit a waste of money.",
		want:   []partSpeaker{{"the audit", "Ann Hale"}},
		reason: "a participle cue takes the subject of its clause's finite verb, not a mention of the phrase that leads up to it nor the object after the verb.",
	},
	{
		name:   "ParticipleAfterClauseEnd",
		text:   "Senator Mia Ford called the treaty \"a bold start\" in the long fight against river pollution, praising the engineers who drafted it.",
		want:   []partSpeaker{{"the engineers", "Mia Ford"}},
		reason: "a participle whose window is only the end of the clause before it (a prepositional phrase, no mention) takes the sentence's subject.",
	},
	{
		name:   "ClauseTailWindow",
		text:   "Mayor Tom Ruiz, as well as his staff, has always maintained that the budget is sound.",
		want:   []partSpeaker{{"that the budget", "Tom Ruiz"}},
		reason: "a source window holding no mention and opening with a phrase of time or place, or an auxiliary, stands for the sentence's subject, not a speaker.",
	},
	{
		name:   "DatelineNoSpeaker 1",
		text:   "CEDAR FALLS, Iowa (Reuters) - Governor Tom Hale met the families of the victims on Thursday and said the city must heal.",
		want:   []partSpeaker{{"the city", "Tom Hale"}},
		reason: "the words of a dateline (a place and an agency, up to a dash) are passed over for the subject of the clause after them.",
	},
	{
		name:   "DatelineNoSpeaker 2",
		text:   "PINE HOLLOW, S.C. - Sen. Ann Ruiz went on with her attack on the mayor on Saturday, casting him as a fraud and questioning his record.",
		want:   []partSpeaker{{"his record", "Ann Ruiz"}},
		reason: "the words of a dateline (a place and an agency, up to a dash) are passed over for the subject of the clause after them.",
	},
	{
		name:   "RelativeClauseAntecedent 1",
		text:   "The veteran who fought with fellow Democratic senators and bragged about it to voters now wants to make peace with them.",
		want:   []partSpeaker{{"to make peace", "The veteran"}},
		reason: "a cue after a restrictive relative clause with a verb of its own takes the clause's antecedent, not a mention inside the clause.",
	},
	{
		name:   "RelativeClauseAntecedent 2",
		text:   "Farmers who know Governor Ann Hale well say she will run again.",
		want:   []partSpeaker{{"she will run", "Farmers"}},
		reason: "a cue after a restrictive relative clause with a verb of its own takes the clause's antecedent, not a mention inside the clause.",
	},
	{
		name:   "RelativeClauseAntecedent 3",
		text:   "Senator Tom Ruiz who knows Governor Ann Hale well says she will run again.",
		want:   []partSpeaker{{"she will run", "Tom Ruiz"}},
		reason: "a cue after a restrictive relative clause with a verb of its own takes the clause's antecedent, not a mention inside the clause.",
	},
	{
		name:   "AbsoluteWith",
		text:   "Critics were quick to respond, with Governor Ann Hale writing that it was a \"mistake\" for the town and asking, \"Who will pay for this?\"",
		want:   []partSpeaker{{"Who will pay", "Ann Hale"}},
		reason: "the mention after with, when a participle follows it, is the participle's subject rather than an object passed over.",
	},
	{
		name:   "InvertedCueAfterTail 1",
		text:   "\"We are very pleased\" about the vote, said Ann Hale, the head of the union.",
		want:   []partSpeaker{{"We are very pleased", "Ann Hale"}},
		reason: "a phrase closing a quotation's sentence before an inverted cue (`\"…\" about the vote, said Ann Hale`) is not taken for the speaker.",
	},
	{
		name:   "InvertedCueAfterTail 2",
		text:   "\"It looks very unlikely\" that the mayor can win, said Tom Ruiz, a pollster in Ohio.",
		want:   []partSpeaker{{"It looks very unlikely", "Tom Ruiz"}},
		reason: "a phrase closing a quotation's sentence before an inverted cue (`\"…\" about the vote, said Ann Hale`) is not taken for the speaker.",
	},
	{
		name:   "MannerCueRetaliate",
		text:   "The mayor called the town a mess. \"The town will always be fine,\" an angry Ann Hale retaliated.",
		want:   []partSpeaker{{"The town will always", "Ann Hale"}},
		reason: "retaliate introduces the quotation before it.",
	},
	{
		name:   "MannerCueReads",
		text:   "The union wrote to the board in May. \"We ask you to think again about the plan,\" the letter reads.",
		want:   []partSpeaker{{"We ask you", "the letter"}},
		reason: "reads, in the present of a written text, introduces the quotation before it (`\"…,\" the letter reads.`).",
	},
	{
		name:   "ParagraphSkipsAsideFragment",
		text:   "\"It's too early to say,\" said Ruiz, who is also a host on the TV show \"Farm Talk.\" \"I mean, it depends on what happens with the vote next year.\"",
		want:   []partSpeaker{{"I mean, it depends", "Ruiz"}},
		reason: "a quotation after a short quoted title in the sentence of a direct quotation goes on with that quotation's speaker.",
	},
	{
		name:   "NamedPersonAfterComma",
		text:   "Rushing into a closed meeting of farmers, Senator Ann Hale, a Democrat from Ohio, said the deal was dead.",
		want:   []partSpeaker{{"the deal was dead", "Ann Hale"}},
		reason: "a person named after a comma is the cue's subject rather than a group or an organisation before the comma.",
	},
	{
		name:   "OfObject 1",
		text:   "Of the farmers, Tom Ruiz spoke warmly on Friday, saying they had saved the town.",
		want:   []partSpeaker{{"they had saved", "Tom Ruiz"}},
		reason: "a mention after of is an object (`Of the farmers, Tom Ruiz`) unless a quantity stands before of (`All of the council members`), where it heads the subject.",
	},
	{
		name:   "OfObject 2",
		text:   "All of the council members oppose the new tax, arguing it would hurt families.",
		want:   []partSpeaker{{"it would hurt", "the council members"}},
		reason: "a mention after of is an object (`Of the farmers, Tom Ruiz`) unless a quantity stands before of (`All of the council members`), where it heads the subject.",
	},
	{
		name:   "NameClosingRolePhrase 1",
		text:   "The vote ended late. One pastor supporting Mr. Hale, Tom Reed of the First Church in Marion, said the plan had failed.",
		want:   []partSpeaker{{"the plan had failed", "Tom Reed"}},
		reason: "the name a long role phrase ends in, after a comma, is the cue's subject, rather than the role's head or a person named inside the phrase.",
	},
	{
		name:   "NameClosingRolePhrase 2",
		text:   "The vote ended late. The head of the group backing former Ohio Gov. Ann Hale for president, Tom Reed, said the plan had failed.",
		want:   []partSpeaker{{"the plan had failed", "Tom Reed"}},
		reason: "the name a long role phrase ends in, after a comma, is the cue's subject, rather than the role's head or a person named inside the phrase.",
	},
	{
		name:   "ParticipleSkipsSubordinateSubject",
		text:   "The judge spoke. Tom Reed apologized for the letters after they came out, saying they were old and meant nothing.",
		want:   []partSpeaker{{"they were old", "Tom Reed"}},
		reason: "a participle after a subordinate clause (`after they came out, saying`) goes on from the main clause's subject, not the clause's.",
	},
	{
		name:   "ColonClauseVerbSubject",
		text:   "The fair closed early. With party leaders worried about a lack of interest among young farmers, Senator Ann Hale is rolling out a new message: \"It's about the land.\"",
		want:   []partSpeaker{{"It's about the land", "Ann Hale"}},
		reason: "the clause before a colon gives the mention its verb follows, past a phrase that opens the sentence with other mentions.",
	},
	{
		name:   "SubjectBeforeDashes",
		text:   "The vote ended late. Senator Tom Reed — after a long pause — told reporters the plan had failed.",
		want:   []partSpeaker{{"the plan had failed", "Tom Reed"}},
		reason: "a phrase set off by dashes between a subject and its cue does not take the subject's place.",
	},
	{
		name:   "QuotedMentionNotSubject",
		text:   "The fair closed. Mrs. Hale suggested that the new plan was thin - \"Again, we need to see the numbers,\" she said - and charged that the county was hiding costs.",
		want:   []partSpeaker{{"that the county was hiding", "Mrs. Hale"}},
		reason: "a mention inside a quotation the cue's window spans is the quotation's words, not the cue's subject.",
	},
	{
		name:   "QuotedMentionBeforeCoordinatedCue",
		text:   "The fair closed. Mr. Reed says he will not take the mill's calls. \"As sure as you are here, they will call me up within a day,\" he promises, and says the mill will give in.",
		want:   []partSpeaker{{"the mill will give in", "Mr. Reed"}},
		reason: "a window which opens with a quotation (`\"…, they will call,\" he promises, and says`) passes over the quotation's mentions.",
	},
	{
		name:   "CueSentenceSubject",
		text:   "The fair closed early. Mayor Tom Reed sharply rebuked critics who say he should call the fire \"arson,\" saying the inquiry is still open.",
		want:   []partSpeaker{{"the inquiry is still open", "Tom Reed"}},
		reason: "reported speech whose cue window names no one takes the subject that opens its sentence, not the speaker of a statement near it.",
	},
	{
		name:   "CueSentenceSubjectMixed",
		text:   "9:34 p.m.\n\nMayor Tom Reed has delivered a spirited defense of \"farm values,\" saying the town \"will never forget where it came from.\"",
		want:   []partSpeaker{{"the town", "Tom Reed"}},
		reason: "TestCueSentenceSubjectMixed checks the same for a statement that quotes part of what it reports.",
	},
	{
		name:   "OpeningGerundSpeaker 1",
		text:   "In criticizing the new budget, Senator Maria Lopez broke with her party.",
		want:   []partSpeaker{{"the new budget", "Maria Lopez"}},
		reason: "a gerund after a preposition that opens the sentence (`In criticizing …, Senator … broke with`) takes the main clause's subject as its speaker.",
	},
	{
		name:   "OpeningGerundSpeaker 2",
		text:   "By calling the bridge plan a hoax, Mayor Ana Ruiz angered the council.",
		want:   []partSpeaker{{"the bridge plan a hoax", "Ana Ruiz"}},
		reason: "a gerund after a preposition that opens the sentence (`In criticizing …, Senator … broke with`) takes the main clause's subject as its speaker.",
	},
	{
		name:   "OpeningGerundSubject 1",
		text:   "After thanking Senator Tom Hale, who chaired the hearing, Mayor Ana Ruiz left the stage.",
		want:   []partSpeaker{{"Senator Tom Hale", "Ana Ruiz"}},
		reason: "the speaker is the main clause's subject, not a name in its predicate or in a relative clause before it.",
	},
	{
		name:   "OpeningGerundSubject 2",
		text:   "In describing fellow senator Tom Hale, Lopez praised him.",
		want:   []partSpeaker{{"fellow senator", "Lopez"}},
		reason: "the speaker is the main clause's subject, not a name in its predicate or in a relative clause before it.",
	},
	{
		name:   "OpeningGerundSubject 3",
		text:   "Citing the new budget, Lopez thanked Governor Tom Hale.",
		want:   []partSpeaker{{"the new budget", "Lopez"}},
		reason: "the speaker is the main clause's subject, not a name in its predicate or in a relative clause before it.",
	},
	{
		name: "NewsQuotationsRunOn",
		text: "Senator Ruth Okafor met reporters after the budget vote on Tuesday.\n\n" +
			"\"The campaign starts today,\" Okafor said.\n\n" +
			"\"We have the votes in the Senate, and the president knows it.\"\n\n" +
			"Her rival, Governor Tom Hale, was not at the meeting.",
		want:   []partSpeaker{{"We have the votes", "Ruth Okafor"}},
		reason: "quoted paragraphs that follow one another in news (officials, the Senate, the president) are one speaker's quotations run on, not the turns of a conversation that would give the next one to someone else.",
	},
	{
		name:   "StateParticipleNotPassive",
		text:   "Mayor Ana Ruiz is worried that the new tolls could hurt tourism.",
		want:   []partSpeaker{{"that the new tolls", "Ana Ruiz"}},
		reason: "a participle of state after be (`is worried that`) is the subject's own worry, not a passive whose agent no one names.",
	},
	{
		name:   "StateParticipleOfBelief",
		text:   "Senator Omar Haddad is convinced that the new tolls could hurt tourism.",
		want:   []partSpeaker{{"the new tolls", "Omar Haddad"}},
		reason: "`is convinced that`, like `is worried that`, is the subject's own belief, not a passive whose agent no one names.",
	},
	{
		name:   "InterruptedSubject",
		text:   "Senator Ann Hale, who earns more than Tom Reed or Governor Bill Moss, will tell voters that the plan failed.",
		want:   []partSpeaker{{"that the plan failed", "Ann Hale"}},
		reason: "the names in a relative clause set off by commas are its objects; the cue's subject stands before it.",
	},
	{
		name:   "InterruptedSubject 2",
		text:   "The survey, released on Monday by the Policy Institute of Ohio, showed that most voters oppose the toll.",
		want:   []partSpeaker{{"that most voters oppose", "The survey"}},
		reason: "a participle phrase set off by commas does not lend its agent to the cue: the subject is the words before it, though they name no one the entity stage knows.",
	},
	{
		name:   "InterruptedSubject 3",
		text:   "In Dayton, older voters, who strongly back Governor Ann Hale, have also said that taxes are too high.",
		want:   []partSpeaker{{"that taxes are too high", "voters"}},
		reason: "an adjunct that opens the sentence is passed over to reach the subject, and the name in the relative clause after it is the clause's object.",
	},
	{
		name:   "InterruptedSubject 4",
		text:   "Jim Ward, who calls Tom Reed a “crook,” said he doubts the plan works.",
		want:   []partSpeaker{{"he doubts the plan", "Jim Ward"}},
		reason: "a comma inside the closing mark of a quoted word still closes the relative clause.",
	},
	{
		name:   "InterruptedSubject 5",
		text:   "What is unclear is whether Tom Reed, who polls better than Ann Hale or President Bill Moss, will ever tell his voters to back the winner.",
		want:   []partSpeaker{{"his voters to back", "Tom Reed"}},
		reason: "the subject of an interrupted clause starts after the word that opens the clause (`whether`), not at the sentence's start.",
	},
	{
		name:   "AccordingToSource",
		text:   "\"We will fix the bridge by May,\" Mayor Ana Ruiz said on Monday, according to the Daily Ledger.",
		want:   []partSpeaker{{"We will fix the bridge", "Daily Ledger"}},
		reason: "news attributes a direct quotation to the outlet that \"according to\" names after its cue: the source that reported it.",
	},
	{
		name:   "AccordingToSource 2",
		text:   "\"We will fix the bridge by May,\" Mayor Ana Ruiz told reporters, according to a transcript of the meeting.",
		want:   []partSpeaker{{"We will fix the bridge", "a transcript of the meeting"}},
		reason: "the source after \"according to\" may be a document that no name stands for.",
	},
	{
		name:   "ParticipleAfterClause",
		text:   "Mayor Ana Ruiz also came close to an admission that Ohio soldiers had fought in the war, saying, \"We never said there were none.\"",
		want:   []partSpeaker{{"We never said there were none.", "Ana Ruiz"}},
		reason: "a participle cue after a comma goes on from the whole clause: the mentions at its tail are objects, and its subject opens the sentence.",
	},
	{
		name:   "PassiveAgent",
		text:   "Mayor Ana Ruiz was asked by Maria Olsen whether the bridge would open in May.",
		want:   []partSpeaker{{"whether the bridge would open in May", "Maria Olsen"}},
		reason: "a passive cue whose agent follows \"by\" before the content was said by the agent, not by its subject.",
	},
	{
		name:   "FrontedPrepositionCue",
		text:   "Ohio farmers met on Friday. In TV interviews and tweets, Ruth Adler has argued that the new farm bill is a betrayal.",
		want:   []partSpeaker{{"that the new farm bill is a betrayal", "Ruth Adler"}},
		reason: "a noun that may be a cue inside a prepositional phrase opening the sentence (`in tweets`) shares the subject of the main clause after it.",
	},
	{
		name:   "HavingParticiple",
		text:   "Ann Hale met Mayor Jim Ward in Dayton on Friday, having told the council on Monday that the tax was unfair.",
		want:   []partSpeaker{{"that the tax was unfair", "Ann Hale"}},
		reason: "a perfect participle (`having told`) shares the subject of the clause before it, as a participle does.",
	},
	{
		name:   "PartyPluralPronoun",
		text:   "Ohio Democrats met in Dayton on Friday. They said the tax plan would hurt farmers.",
		want:   []partSpeaker{{"the tax plan would hurt farmers", "Ohio Democrats"}},
		reason: "a plural pronoun can stand for a party's members, named with a capital like a person.",
	},
	{
		name:   "SignatureParagraph",
		text:   "The mayor spoke at noon.\n\n\"We will open the bridge in May, and the tolls will go.\"\n\n- Ana Ruiz.\n\nThe council met later.",
		want:   []partSpeaker{{"We will open the bridge", "Ana Ruiz"}},
		reason: "a paragraph that holds only a dash and a name signs the quotation that ends the paragraph before it.",
	},
	{
		name:   "SignatureParagraph 2",
		text:   "The council met at noon.\n\n\"We will open the bridge in May, and the tolls will go.\"\n\n- Tom Reed wins in Iowa.",
		want:   []partSpeaker{{"We will open the bridge", ""}},
		reason: "a dash that opens a sentence about a person is a bullet, not a signature.",
	},
	{
		name:   "FeelingParticiple",
		text:   "Mayor Ana Ruiz was troubled by the new tax on diesel, and Tom Reed was pleased with the vote.",
		want:   []partSpeaker{{"the new tax on diesel", "Ana Ruiz"}, {"the vote", "Tom Reed"}},
		reason: "a participle of feeling after be (`troubled by`, `pleased with`) is the subject's own state, not a passive whose agent spoke.",
	},
}

func TestSpeakerOf(t *testing.T) {
	for _, tc := range speakerTests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.want {
				checkSpeaker(t, tc.text, w.part, w.speaker)
			}
		})
	}
}
