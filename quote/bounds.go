package quote

import (
	"maps"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// contentStart returns the first token of a cue's complement, or -1: "that", a clause start, a
// colon, an embedded question (whether, how, what), or "to" after a verb of commitment or
// intention; adverbials and the object of tell-like verbs are passed over.
func (e *Extractor) contentStart(d *text.Doc, s *text.Segment, end int, f *cueForm, cover []int32, qs []Quote, participle bool) int {
	if k := thatWithin(d, end, s.Last, 5); k > 0 && !e.cueBetween(d, end, k) {
		return k // `voiced confidence that`, `said, however, that`, `told reporters that`
	}
	if end < s.Last && d.Key(end) == "to" && f.class().reports() {
		if k := thatWithin(d, end, s.Last, maxAddressee); k > 0 && !e.cueBetween(d, end, k) {
			return k // `complained to CBS News' Charlie Rose that`: whom it was said to, however long
		}
	}
	j := end
	for skipped := 0; j < s.Last && skipped <= maxAdverbials; skipped++ {
		t := &d.Tokens[j]
		key := d.Key(j)
		// Most words are in none of the three sets the cases below ask in turn: one look-up
		// turns them away.
		inSets := t.Kind == text.Word && startSets.Has(key)
		switch {
		case t.Kind == text.Mark:
			if q := cover[j]; q >= 0 && qs[q].Role == Fragment && skipped == 0 {
				return j // `said ''there could be'' a line …`: a quoted fragment in reported content
			}
			if k := titleEnd(d, cover, qs, j); k > j {
				j = k // `said on "Meet the Press" that …`: the show is where it was said
				continue
			}
			return -1 // a quotation: the direct-quote stage has it
		case t.Kind == text.Punct && key != ":":
			// Asked before the word cases, which test keys of letters that no punctuation's
			// key is: a colon alone is one of them (the complement's start).
			if key == "," && skipped > 0 {
				if k := thatWithin(d, j+1, s.Last, 4); k > 0 && !e.cueBetween(d, j+1, k) {
					return k // `said on Monday, that` and the like
				}
				if k := dateRest(d, j+1, s.Last); k > j+1 {
					j = k // `said in an editorial on Monday, Oct. 26: …`: the rest of a date
					continue
				}
				return -1 // `…, the AP declared on Thursday, two days after the vote`: the writer's frame
			}
			// A comma right after the cue (`said, however, that`) was asked about above: the
			// first thatWithin passes over it and scans on with more words to spare, and
			// cueBetween tests no punctuation as a cue, so a that found after it was found there.
			return -1
		case (key == "when" || key == "if") && j+1 < s.Last && d.Tokens[j+1].Flags&text.Lower != 0 &&
			(strings.HasSuffix(d.Key(j+1), "ed") || isParticiple(d.Key(j+1))):
			return -1 // `said when asked about it`, `said if elected`: a clause of time or condition
		case key == "that" || key == ":" || inSets && complementizers.Has(key):
			return j
		case (key == "yes" || key == "no" || key == "so") && skipped == 0 && j+1 < s.Last && d.Tokens[j+1].Kind == text.Punct:
			return j // `46 percent said yes.`, `I think so.`: the answer is the content
		case key == "as" && skipped == 0 && j+1 < s.Last && d.Key(j+1) == "much":
			return j // `said as much`: what was said before
		case key == "to" && skipped == 0 && unanswered(d, *f, end, j, s.Last):
			return j + 1 // `did not respond to a request for comment`: what went unanswered
		case key == "to" && (f.class() == Commitment || f.class() == Intention || f.class() == Evaluation ||
			f.is(willVerb) || f.is(objectVerb) && skipped > 0):
			return j // `pledged to broker a deal`, `asked them to host events`
		case inSets && adverbialStarts.Has(key):
			j = skipAdverbial(d, j, s.Last)
			continue
		case inSets && timeWords.Has(key) && (j+1 >= s.Last || d.Key(j+1) != "'s"):
			j++ // `said Monday that`, but not `condemned Friday's test`
			continue
		case (key == "last" || key == "this" || key == "next") && j+1 < s.Last && timeNouns.Has(d.Key(j+1)):
			j += 2 // said last week that
			continue
		case key == "not" && j+1 < s.Last && d.Key(j+1) == "to" && (f.class() == Commitment || f.class() == Intention || f.is(willVerb)):
			return j // `vowed not to buy the cookies`, `promised not to raise taxes`
		case f.is(objectVerb) && skipped == 0 && (key == "not" || key == "never"):
			return -1 // `who asked not to be named`: a request for anonymity
		case f.is(objectVerb) && skipped == 0:
			k := skipObject(d, j, s.Last, e.cues.determiners)
			if k > j && k < s.Last && d.Key(k) == "to" && f.lemma != "promise" {
				return j // `asked the department to investigate`: the object is the infinitive's subject
			}
			if k > j && k < s.Last && d.Tokens[k].Kind == text.Mark && cover[k] >= 0 && qs[cover[k]].Role == Fragment {
				return j // `asked them "pray hard"`: the object and the quoted words it is to say or do
			}
			j = k
			continue
		case verbForm(key) && e.isCue(d, j, s.Last):
			return -1 // `who asked not to be named, said …`: the next verb is another cue's
		case clauseStart(d, j, e.cues.determiners) || t.Kind == text.Word && auxiliaryWithin(d, j+1, s.Last, auxReach(*f)):
			return j // `said inflation would fall`
		case skipped == 0 && auxiliaries.Has(key) && relativeGap(d, end-1, s.First):
			return j // `policies, which he said had harmed the economy`: which is the content's subject
		case coordinators.Has(key):
			return -1 // `feel and …`: no complement
		case f.class() == Evaluation || f.class() == Intention || f.class() == Evidence || participle:
			return j // "criticized the plan", "wants a deal", "found no evidence", ", citing low growth"
		case (f.lemma == "say" || f.class() == Cognition) && t.Kind == text.Word && bareClause(d, j, s.Last):
			return j // `said inevitable economic changes cost …`, `says expanding the monument will …`
		case f.lemma != "say" && skipped == 0 && t.Kind == text.Word && t.Flags&text.Lower != 0 && isParticiple(key) &&
			!e.isCue(d, j, s.Last) && (verbForm(d.Key(cueHead(end, *f))) || strings.HasSuffix(d.Key(cueHead(end, *f)), "s") ||
			end-1 > cueHead(end, *f)): // `worry about losing their jobs`: after the cue's preposition
			return j // `reported spending $6 million`, `admitted using the server`: a gerund is the object
		case f.lemma != "say" && t.Kind == text.Word && t.Flags&text.Lower != 0 && bareObject(d, j, s.Last) &&
			(verbForm(d.Key(cueHead(end, *f))) || isParticiple(d.Key(cueHead(end, *f))) || skipped > 0 || f.class() == Cognition && asWithin(d, j, min(j+4, s.Last))):
			return j // `referred to undocumented immigrants as "rapists"`, `claiming victory`
		default:
			return -1
		}
	}
	return -1
}

// startSets are complementizers, adverbialStarts and timeWords in one set, which contentStart
// asks of a word before any of the three.
var startSets = unionSet(complementizersList, adverbialStartsList, timeWordList)

// titleEnd returns the token after the closing mark of the title whose opening mark is token
// j, if it follows a preposition or a possessive (`on "Meet the Press"`, `on NBC's "Today"`),
// or j.
func titleEnd(d *text.Doc, cover []int32, qs []Quote, j int) int {
	q := cover[j]
	if q < 0 || qs[q].Role != Title || len(qs[q].Marks) < 2 || j == 0 || !adverbialStarts.Has(d.Key(j-1)) && !possessiveBefore(d, j-1) {
		return j
	}
	k := d.TokenAt(qs[q].Marks[len(qs[q].Marks)-1].Start)
	if k <= j || cover[k] != q {
		return j
	}
	return k + 1
}

// contentEndWord reports whether contentEnd may end the content at the word key: the words its
// tests start from (a place or time, a conjunction, a subordinator, `because`) and timeWords.
// Every other word passes with a switch on its length and a few comparisons, fewer
// instructions than a hashed look-up (TestContentEndWord keeps it the same as the set it was).
func contentEndWord(key string) bool {
	switch len(key) {
	case 1:
		return key == ";" || key == ":" || key == ","
	case 2:
		return key == "in" || key == "at" || key == "on" || key == "as"
	case 3:
		return key == "via" || key == "and" || key == "but"
	case 4:
		return key == "last" || key == "this" || key == "next" || key == "when"
	case 5:
		return key == "after" || key == "while" || key == "since" || key == "today"
	case 6:
		return key == "during" || key == "before" || key == "monday" || key == "friday" || key == "sunday"
	case 7:
		return key == "through" || key == "because" || key == "tuesday" || key == "tonight"
	case 8:
		return key == "thursday" || key == "saturday"
	case 9:
		return key == "wednesday" || key == "yesterday"
	}
	return false
}

// contentEnd returns the token after a complement that starts at token start: the end of the
// sentence (its final punctuation excluded), a semicolon, or a comma that opens another clause
// (`, but`, `, while`, `, saying …`), or a lone dash that adds the writer's comment. An aside
// between two dashes sits inside the content. An object noun phrase (np) ends at its first
// comma or relative pronoun: `criticized Clinton's email use, which …`.
func (e *Extractor) contentEnd(d *text.Doc, s *text.Segment, start int, cover []int32, np bool) int {
	stop := min(lastWordless(d, s), start+maxContent)
	// Cut at stop, which changes only as the loop ends: the loop below reads them with no
	// bounds test.
	toks := d.Tokens[:stop]
	keys := d.Keys()[:len(toks)]
	for k := start; k < stop; k++ {
		// Most words: none of the tests below can end the content at them, and none is ";" or
		// ":" (a word with such a key would be a contentEndWord): pass over them in a tight
		// loop. The first token is not looked up: only a semicolon ends the content there.
		for k != start && k < len(toks) && toks[k].Kind == text.Word && !contentEndWord(keys[k]) {
			k++
		}
		if k >= stop {
			break
		}
		key := keys[k]
		if key == ";" || key == ":" && k > start && k+1 < len(d.Tokens) && cover[k+1] >= 0 {
			stop = k // `said he was too busy: "I have a lot going on."`: the quotation is a statement of its own
			break
		}
		if k == start {
			continue
		}
		if (key == "in" || key == "during" || key == "at" || key == "on" || key == "via") && speechEvent(d, k+1, stop) {
			stop = k // `said he would win in an interview with CNN`: where it was said, not what
			break
		}
		if np && (key == "in" || key == "during" || key == "at" || key == "on") && wordWithin(d, k+1, stop, 5, occasionNouns) && !eventIn(d, start, k) {
			// `criticized him in an article`, `praised it at a rally in Ohio`: where, not what;
			// but `her speech at a rally` is one event placed.
			stop = k
			break
		}
		if key == "through" && (speechEvent(d, k+1, stop) || wordWithin(d, k+1, stop, 3, mouthpieces)) {
			stop = k // `denied the charges through his lawyer`: who carried it, not what was said
			break
		}
		if d.Tokens[k].Kind == text.Punct && asideDash(d, k) {
			if c := nextDash(d, k+1, stop); c > 0 {
				k = c // `that the plan – in his view – failed`: an aside between dashes
				continue
			}
			if !np && !dashGoesOn(d, k+1, stop) {
				stop = k // `… predicted a victory - a landslide by any measure`: a lone dash adds the writer's comment
				break
			}
		}
		if np && key == "," && k > start+1 && k+1 < stop && !coordinators.Has(d.Key(k-1)) && !coordinators.Has(d.Key(k+1)) && d.Key(k-1) != "that" && closedAside(d, k+1, stop) {
			// `hoped the meeting, set for May, would help`: an aside closed by a comma and a verb
			// shows the object was a clause's subject, and the clause goes on.
			k = firstComma(d, k+1, min(stop, k+1+maxAside))
			continue
		}
		if np && (isComma(d, k) && !listGoesOn(d, k+1, stop) && !(key == "," && k+1 < stop && (examples(d.Key(k+1)) || lastItem(d, k+1, stop) || parallelItems(d, k+1, stop) || e.withFigures(d, k+1, stop) || thatAgain(d, k+1, stop) || orAlternative(d, k+1, stop) || d.Key(k+1) == "as" && asPredicate(d, k+2, stop))) || key == "because" || key == "and" && k+1 < stop && finiteVerb(d, k+1)) {
			stop = k // `criticized the plan, …`, `denied the claim and left`: the object ends
			break
		}
		// trailingFrame, trailingTime and subordinateCue hold only at the keys of words, and a
		// number's key starts with a digit, any other token's is its punctuation or mark:
		// they are called for words alone.
		word := toks[k].Kind == text.Word
		if word && np && k > start && !isComma(d, k-1) && (trailingFrame(d, k, stop) || trailingTime(d, k, stop)) {
			stop = k // `… backed gay marriage after his son came out`: the writer's frame
			break
		}
		if word && k > start+2 && !isComma(d, k-1) && e.subordinateCue(d, k, stop) {
			stop = k // `… will not be charged after prosecutors determined …`: a statement of its own
			if key == "as" {
				stop-- // `even as`
			}
			break
		}
		if np && key == "but" && k > start && !isComma(d, k-1) && butClause(d, k+1, stop) {
			stop = k // `… was meeting with officials but would not say who`: the writer goes on
			break
		}
		if (key == "and" || key == "but") && k+1 < stop && (e.coordinatedCue(d, k+1, stop) && !bareInfinitive(d, start, k) || e.subjectAndCue(d, k+1, stop) ||
			isParticiple(d.Key(k+1)) && e.isCue(d, k+1, stop)) {
			stop = k // `said she regretted her remarks and promised to stay out of it`, `… and saying`
			break
		}
		if key == "," && k+1 < stop {
			n := k + 1 // the word after the comma, past a closing mark: `"non-entities," but he …`
			if d.Tokens[n].Kind == text.Mark && d.Tokens[n].Flags&text.SpaceBefore == 0 && n+1 < stop {
				n++
			}
			next := d.Key(n)
			// A relative clause closed by a comma sits inside the content
			// (`the plan, which passed in May, will fail`), and so does one of place (`moved to
			// Ohio, where wages are lower`); one of time is the writer's (`…, when he spoke`).
			if relatives.Has(next) && next != "because" && !closedRelative(d, n, stop) || next == "when" && firstComma(d, n, stop) < 0 {
				stop = k // `… a call from her niece, who had grown up abroad.`: about the niece
				break
			}
			// A concession with no subject of its own qualifies the content (`possible, though
			// not likely`); one with a subject is the writer's (`…, though he left`).
			if clauseBreakers.Has(next) && !((next == "though" || next == "although") && n+1 < stop && !newSubject(d, n+1) && !opensSubject(d, n+1)) && !((next == "but" || next == "yet") && n+1 < stop && sameSubject(d, n+1) && !e.isCue(d, n+1, stop)) ||
				next == "and" && n+1 < stop && (newSubject(d, n+1) && !(np && lastName(d, k, stop)) || (opensSubject(d, n+1) || bareSubject(d, n+1)) && clauseAhead(d, n+1, stop) ||
					(d.Key(n+1) == "when" || d.Key(n+1) == "after") && n+2 < stop && d.Tokens[n+2].Flags&text.Lower != 0 && strings.HasSuffix(d.Key(n+2), "ed")) {
				stop = k // `…, but critics disagreed`, `…, and he reiterated his claim`
				break
			}
			if (next == "a" || next == "an" || next == "the" && trailingApposition(d, start, k, stop, np)) && !listGoesOn(d, n, stop) && !closedAside(d, n, stop) {
				stop = k // `…, a move that could split the party`: the writer's apposition to the content
				break
			}
			if (next == "despite" || next == "after" || next == "as" && !asWellAs(d, n, stop) && !asPredicate(d, n+1, stop) || next == "compared" || next == "even" && n+1 < stop && subordinator(d.Key(n+1)) && d.Key(n+1) != "if") && !closedAside(d, n, stop) {
				// `…, even if the vote fails` is a condition of the content, not the writer's frame.
				stop = k // `…, despite a drop in the polls`, `…, as critics object`, `…, compared with`: the writer's frame
				break
			}
			if p := n; p+1 < stop && strings.HasSuffix(next, "ly") && d.Tokens[p].Flags&text.Lower != 0 {
				next = d.Key(p + 1) // `, implicitly putting`
			}
			if d.Tokens[n].Flags&text.Lower != 0 && isParticiple(next) && next != "including" && !closedAside(d, n, stop) {
				stop = k // `…, implicitly putting his name on the line`: the writer's aside, not the content
				break
			}
			if f, _, ok := e.cues.cueAt(d, n, stop); ok && f.class() != Manner {
				stop = k // `…, saying that …`, `who asked not to be named, said …`: another statement
				break
			}
			if e.subjectAndCue(d, n, stop) && firstComma(d, n, stop) < 0 && verbBetween(d, start, k) && !andWithin(d, n, stop) {
				stop = k // `…, 39 have said they back Sanders`: a second statement with a subject of its own
				break
			}
			if resumesPredicate(d, n, stop) && firstComma(d, start, k) < 0 && nextDash(d, start, k) < 0 {
				stop = k // `the judge, who declined to comment, was born in Ohio`: the comma closes the aside that holds the cue
				break
			}
			if e.closingCue(d, n, stop) {
				stop = k // `agreed to sell it in 2010, records show.`: a source fronts the content
				break
			}
		}
	}
	for stop > start && d.Tokens[stop-1].Kind == text.Punct {
		stop-- // a trailing comma or dash
	}
	return stop
}

// maxClosingSubject is how many words may name the source of a closing cue: `, a spokesman
// for the council said.`
const maxClosingSubject = 6

// closingCue reports whether the words from token n to stop, the end of the sentence's words,
// are a short subject and a cue that close the sentence: `…, records show.`, `…, aides said.`.
func (e *Extractor) closingCue(d *text.Doc, n, stop int) bool {
	if stop-n > maxClosingSubject+e.cues.forms.MaxWords()+1 {
		// The first cue found starts by n+maxClosingSubject and spans its most words and a gap
		// word (gapMatch) at most: it cannot end at stop, so none is looked for.
		return false
	}
	for j := n + 1; j < stop && j <= n+maxClosingSubject; j++ {
		if d.Tokens[j].Kind != text.Word {
			return false
		}
		if f, end, ok := e.cues.cueAt(d, j, stop); ok {
			return end == stop && f.class() != Manner && d.Tokens[n].Kind == text.Word
		}
	}
	return false
}

// butClause reports whether the words from token j, after a "but" with no comma, open a
// second predicate or clause: a finite verb, `not`, `also`, or a subject and verb of their own.
func butClause(d *text.Doc, j, limit int) bool {
	if j >= limit || d.Tokens[j].Kind != text.Word {
		return false
	}
	k := d.Key(j)
	if d.Tokens[j].Flags&text.Lower != 0 && (finiteVerb(d, j) || irregularPast.Has(k) || k == "not" || k == "also") {
		return true
	}
	return (opensSubject(d, j) || bareSubject(d, j)) && clauseAhead(d, j, limit)
}

// nameAndVerb reports whether a name of a few capitalised words at token j is followed by a
// finite verb: `and Mr. Trump has disparaged …`, `and Emanuel fired …`.
func nameAndVerb(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k < j+4; k++ {
		t := &d.Tokens[k]
		if t.Flags&text.Upper != 0 || t.Kind == text.Punct && d.Key(k) == "." {
			continue
		}
		return k > j && t.Kind == text.Word && t.Flags&text.Lower != 0 && (auxiliaries.Has(d.Key(k)) || finiteVerb(d, k) || irregularPast.Has(d.Key(k)))
	}
	return false
}

// trailingFrame reports whether token k, after an object noun phrase, opens the writer's frame
// of the report, a clause of time (`after his son came out`, `when the poll was taken`), or a
// clause of its own after and or but (`and she left`, `and Mr. Lee signed …`).
func trailingFrame(d *text.Doc, k, limit int) bool {
	switch d.Key(k) {
	case "and", "but":
		// `it` may be a second object: `praised the plan and it alone`.
		return k+2 < limit && (subjectPronouns.Has(d.Key(k+1)) && d.Key(k+1) != "it" && d.Tokens[k+2].Kind == text.Word || nameAndVerb(d, k+1, limit))
	case "after", "when", "before":
		j := k + 1
		return j < limit && (opensSubject(d, j) || bareSubject(d, j)) && clauseAhead(d, j, limit)
	}
	return false
}

// andWithin reports whether "and" or "or" stands among the maxCoordinatedSubject words from
// j: `…, Bash and Blitzer had mentioned`, the last items of a list that is one subject.
func andWithin(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k <= j+maxCoordinatedSubject; k++ {
		if key := d.Key(k); key == "and" || key == "or" {
			return true
		}
	}
	return false
}

// maxSubordinateSubject is how many words the subject of a cue after a subordinator may have:
// `after leaked emails showed`, `while doctors and medical experts warned`.
const maxSubordinateSubject = 5

// subordinateCue reports whether token k opens a subordinate clause of time or contrast with a
// subject and a cue of speech or evidence of its own (`… after prosecutors determined there was no case`,
// `… while doctors warned of an outbreak`): that clause reports another statement, not more
// content. A pronoun subject is most often the one the content is about (`dropped the mayor
// after he suggested a curfew`), and a because-clause gives the content's reason: on PolNeAR
// dev both belonged to the content more often than not.
func (e *Extractor) subordinateCue(d *text.Doc, k, limit int) bool {
	switch d.Key(k) {
	case "after", "while", "when", "since", "before":
	case "as":
		if d.Key(k-1) != "even" {
			return false // `sees the vote as a test`, `as well as`: no clause
		}
	default:
		return false
	}
	j := k + 1
	if j >= limit || subjectPronouns.Has(d.Key(j)) || !opensSubject(d, j) && !bareSubject(d, j) {
		return false
	}
	for m := j + 1; m < limit && m <= j+maxSubordinateSubject; m++ {
		key := d.Key(m)
		if d.Tokens[m].Kind != text.Word && d.Tokens[m].Kind != text.Number || relatives.Has(key) || key == "that" {
			return false
		}
		if f, end, ok := e.cues.cueAt(d, m, limit); ok {
			// `when late-night calls came in`: a noun of the subject, and its verb after it
			return (f.class().reports() || f.class() == Evidence) && !isParticiple(key) && !(end < limit && (auxiliaries.Has(d.Key(end)) || finiteVerb(d, end) || irregularPast.Has(d.Key(end))))
		}
	}
	return false
}

// timePhrase reports whether tokens [j, k) are a phrase of time only, not a subject: `on
// Sunday`, `in May`, `on Tuesday night` between an apposition's comma and its cue.
func timePhrase(d *text.Doc, j, k int) bool {
	switch d.Key(j) {
	case "on", "in", "at", "during", "last", "early", "late", "earlier", "later":
	default:
		return false
	}
	for m := j + 1; m < k; m++ {
		if d.Tokens[m].Kind == text.Word && d.Tokens[m].Flags&text.Upper != 0 && !timeWords.Has(d.Key(m)) && !monthNames.Has(d.Key(m)) {
			return false // `in Washington`, `at the White House`: a place may hold a subject after it
		}
	}
	return true
}

// oneWordObject reports whether token k alone is what the cue f reports: what a cue of
// judgement or intent is about (`opposes abortion`, `endorsed Clinton`), or a name or a
// pronoun that any other cue but say takes as its object (`thanked Trump`, `criticized him`),
// or an answer (`said yes`, `thinks so`); not the one told (`told Trump`).
func oneWordObject(d *text.Doc, f cueForm, k int) bool {
	if f.lemma == "tell" || d.Tokens[k].Kind != text.Word {
		return false
	}
	if key := d.Key(k); key == "yes" || key == "no" || key == "so" {
		return true // an answer: `said yes`, `thinks so`
	}
	if f.class() == Evaluation || f.class() == Intention {
		return true
	}
	if f.lemma == "say" {
		return false
	}
	switch d.Key(k) {
	case "him", "her", "them", "it", "this", "that", "me", "us", "you":
		return true
	}
	return d.Tokens[k].Flags&text.Upper != 0
}

// trailingTime reports whether token k, after an object noun phrase, opens an adverbial of
// time that ends the clause: `endorsed Clinton in early June.`, `praised him last week.`,
// `backed it Tuesday.`.
// One that more words follow may belong to the object (`his visit on Monday to Ohio`), unless
// they tell the occasion (`praised it Friday afternoon on his show`).
func trailingTime(d *text.Doc, k, limit int) bool {
	j := k + 1 // the time word
	switch d.Key(k) {
	case "last", "this", "next":
		if j >= limit || !timeNouns.Has(d.Key(j)) {
			return false
		}
	case "in", "on":
		if j < limit && (d.Key(j) == "early" || d.Key(j) == "late") {
			j++
		}
		if j >= limit || !(timeWords.Has(d.Key(j)) || monthNames.Has(d.Key(j)) && d.Tokens[j].Flags&text.Upper != 0) {
			return false
		}
	default:
		if !timeWords.Has(d.Key(k)) {
			return false
		}
		j = k // `praised the plan Tuesday.`
	}
	if j+1 < limit && timeNouns.Has(d.Key(j+1)) {
		j++ // `Friday afternoon`
	}
	// The clause ends there, or goes on with more of where or when: `praised it this week on
	// his radio show`.
	return j+1 >= limit || d.Tokens[j+1].Kind == text.Punct || occasionStarts.Has(d.Key(j+1)) && d.Tokens[j+1].Flags&text.Lower != 0
}

// occasionStarts open a phrase of the occasion that may follow a time after an object (`on
// his radio show`, `at a forum`, `during a debate`); in and over may open more of the object
// (`victories Tuesday in Texas`, `on Monday over his stance`).
var occasionStarts = lexicon.NewSet(map[string]bool{"on": true, "at": true, "during": true, "via": true})

// monthNames are the months, which a time adverbial may name: `in early June`.
var monthNames = lexicon.NewSet(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, // as news abbreviates them
})

// trailingApposition reports whether ", the" at token comma, in content from token start,
// adds the writer's apposition to the last noun and ends the sentence (`… in partnership with
// NATO, the existing alliance.`): the words before it are an object or a clause with a verb
// of its own (not `that by the end of May, the plan …`), and the apposition holds no comma or
// "and" outside a relative clause, as a list or an aside would.
func trailingApposition(d *text.Doc, start, comma, limit int, np bool) bool {
	first := start
	if d.Key(first) == "that" {
		first++
	}
	if first >= comma || subordinator(d.Key(first)) || prepositions.Has(d.Key(first)) || adverbialStarts.Has(d.Key(first)) ||
		!np && !verbBetween(d, first, comma) {
		return false
	}
	relative := false
	for k := comma + 1; k < limit; k++ {
		key := d.Key(k)
		if isComma(d, k) {
			return false
		}
		if key == "that" || key == "who" || key == "which" {
			relative = true // `, the alliance that includes Ohio and Iowa`: the and is the relative clause's
		}
		// An and after a relative may still add an item to a list: `…, the end of loopholes
		// that favour the rich and for relief …`.
		if (key == "and" || key == "or") && (!relative || k+1 < limit && prepositions.Has(d.Key(k+1))) {
			return false
		}
	}
	return true
}

// verbBetween reports whether a finite verb stands among tokens [from, to): an auxiliary or a
// past form in lower case.
func verbBetween(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if auxiliaries.Has(d.Key(k)) && d.Tokens[k].Flags&text.Lower != 0 {
			return true
		}
	}
	return pastVerbWithin(d, from, to)
}

// asideDash reports whether token k is a dash that sets off a phrase: an em or en dash, or a
// hyphen or double hyphen with a space before it (not the hyphen of `fourth- and fifth-grade`).
func asideDash(d *text.Doc, k int) bool {
	switch d.TokenText(k) {
	case "—", "―", "–":
		return true
	case "-", "--":
		return d.Tokens[k].Flags&text.SpaceBefore != 0
	}
	return false
}

// dashGoesOn reports whether the words after a lone dash from token j go on with the content:
// an example or a list (`— including Bush`, `— like the tax`) or a clause of the same report (`—
// and that the vote was rigged`, `— that the plan failed`).
func dashGoesOn(d *text.Doc, j, limit int) bool {
	if j >= limit {
		return false
	}
	switch k := d.Key(j); k {
	case "including", "like", "especially", "particularly", "such", "that", "notably":
		return true
	case "and", "or":
		return j+1 < limit && d.Key(j+1) == "that"
	}
	return false
}

// nextDash returns the first dash that sets off a phrase among tokens [from, to), or -1.
func nextDash(d *text.Doc, from, to int) int {
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind == text.Punct && asideDash(d, k) {
			return k
		}
	}
	return -1
}

// closedAside reports whether the phrase from token j closes with a comma within a few words
// and the clause goes on with a verb: `the plan, costing $5 billion, would fail`.
func closedAside(d *text.Doc, j, limit int) bool {
	c := firstComma(d, j, min(limit, j+maxAside))
	return c > 0 && c+1 < limit && (auxiliaries.Has(d.Key(c+1)) || finiteVerb(d, c+1) ||
		irregularPast.Has(d.Key(c+1)) && d.Tokens[c+1].Flags&text.Lower != 0 || // `the gunman, a guard, held`
		asComplement(d, c+1, limit)) // `singled out the aide, a veteran, as the culprit`
}

// asComplement reports whether token j opens an `as` phrase that completes the verb's object
// (`as the culprit`, `as saying`) rather than a clause of the writer's (`as the vote began`).
func asComplement(d *text.Doc, j, limit int) bool {
	if d.Key(j) != "as" || j+1 >= limit {
		return false
	}
	if isParticiple(d.Key(j + 1)) {
		return true
	}
	if d.Key(j+1) != "the" && d.Key(j+1) != "a" && d.Key(j+1) != "an" {
		return false
	}
	for k := j + 2; k < limit && k < j+2+maxBareClause; k++ {
		if d.Tokens[k].Kind == text.Punct {
			break
		}
		if finiteVerb(d, k) {
			return false
		}
	}
	return true
}

// closedRelative reports whether the relative clause from token j closes with a comma before
// the verb of the clause around it: `the plan, which passed in May, will fail`, not `the plan,
// which passed in May, according to the mayor`.
func closedRelative(d *text.Doc, j, limit int) bool {
	for c := firstComma(d, j, min(limit, j+maxRelativeAside)); c > 0 && c+1 < limit; c = firstComma(d, c+1, min(limit, j+maxRelativeAside)) {
		if verbAfter(d, c+1, limit) {
			return true
		}
	}
	return false
}

// maxAside bounds an aside between commas inside reported content.
const maxAside = 12

// cueHead returns the index of the first word of a cue that ends before token end: `referred`
// in `referred to`.
func cueHead(end int, f cueForm) int { return end - 1 - strings.Count(f.lemma, " ") }

// asWithin reports an as among tokens (j, limit) after a bare noun phrase: `see golf courses
// as wasted space`, the judgement a cue of thought reports.
func asWithin(d *text.Doc, j, limit int) bool {
	for k := j + 1; k < limit; k++ {
		if d.Tokens[k].Kind != text.Word {
			return false
		}
		if d.Key(k) == "as" {
			return true
		}
	}
	return false
}

// bareObject reports whether a noun phrase without a determiner may start at token j: a word
// that is no preposition, conjunction, adverb, auxiliary or participle (`claimed victory`,
// `referred to undocumented immigrants as …`).
func bareObject(d *text.Doc, j, limit int) bool {
	key := d.Key(j)
	if prepositions.Has(key) || adverbialStarts.Has(key) || coordinators.Has(key) || relatives.Has(key) || subordinator(key) ||
		auxiliaries.Has(key) || isNounMarker(key) || key == "to" || key == "not" || key == "so" || key == "up" ||
		key == "out" || key == "back" || key == "off" || key == "down" || strings.HasSuffix(key, "ly") ||
		isParticiple(key) {
		return false
	}
	return true
}

// nonClauseStarts are the words no bare clause opens with, and finiteForms the auxiliaries and
// irregular past forms a bare clause's verb may be: each is the union of sets bareClause asks
// of one word in turn, so that one look-up turns away the many words in none of them.
var (
	nonClauseStarts = unionSet(prepositionsList, adverbialStartsList, coordinatorsList, relativesList, subordinatorsList, map[string]bool{"according": true})
	finiteForms     = unionSet(auxiliariesList, irregularPastList)
)

// unionSet returns the Set of the words of every list.
func unionSet(lists ...map[string]bool) *lexicon.Set {
	m := map[string]bool{}
	for _, l := range lists {
		maps.Copy(m, l)
	}
	return lexicon.NewSet(m)
}

// bareClause reports whether a clause with no complementizer starts at token j after a verb of
// saying or thinking: a word that is no preposition, conjunction or relative, and, within the
// next dozen words, a finite verb form the clause can hang on (an auxiliary, or a word in -ed
// or -s after a noun).
func bareClause(d *text.Doc, j, limit int) bool {
	if nonClauseStarts.Has(d.Key(j)) {
		return false // `said Monday, according to audio provided by …`: no clause of its own
	}
	reach := j + maxBareClause
	for k := j + 1; k < limit && k <= reach; k++ {
		t, kk := &d.Tokens[k], d.Key(k) // for punctuation the key is the text
		if t.Kind == text.Punct && kk == "," {
			far := reach // `the bridge, at 40 million euros, was`: a short aside between commas
			if k+1 < limit && (d.Key(k+1) == "which" || d.Key(k+1) == "who" || d.Key(k+1) == "whose") {
				far = k + maxRelativeAside // `the group, which has been the target of …, is`
			}
			if c := firstComma(d, k+1, min(limit, far)); c > 0 {
				reach += c - k
				k = c
				continue
			}
		}
		if t.Kind == text.Punct && (kk == "," || isDash(kk) || stopsClause(kk)) {
			return false
		}
		if t.Kind != text.Word {
			continue
		}
		// The tests below read the flags and the word's ending before any look-up: most words
		// fail them.
		if t.Flags&text.Lower != 0 && finiteForms.Has(kk) {
			if auxiliaries.Has(kk) {
				return true // but `in May`, `Will Smith`: a capital inside a sentence names something
			}
			if k > 0 && irregularPast.Has(kk) && (k > j+1 || pluralNoun(d, j)) && (d.Tokens[k-1].Kind == text.Word && !isNounMarker(d.Key(k-1)) || isComma(d, k-1)) {
				return true // `Omar Mateen, the man who took …, held two licenses`
			}
		}
		if len(kk) > 3 && (strings.HasSuffix(kk, "ed") || strings.HasSuffix(kk, "s") && !strings.HasSuffix(kk, "ss")) && (k > j+1 || pluralNoun(d, j) && strings.HasSuffix(kk, "ed")) && !isNounMarker(kk) &&
			d.Tokens[k-1].Kind == text.Word && !prepositions.Has(d.Key(k-1)) && !isNounMarker(d.Key(k-1)) && !coordinators.Has(d.Key(k-1)) {
			return true // `the program expanded`, `Clinton puts`: a past or present verb after a noun (not `and boycotted`)
		}
	}
	return false
}

// listGoesOn reports whether the comma before token j separates the items of a list that ends
// with and or or within a few words (an item of up to four): `called Oz a quack, fake and charlatan`, `a kind, loving
// and admirable person`.
func listGoesOn(d *text.Doc, j, limit int) bool {
	for j < limit && d.Tokens[j].Kind == text.Mark {
		j++ // `a “nasty guy,” an “anchor baby” and …`: the closing mark of the item before
	}
	for k, n := j, 0; k < limit && n < 5 && k < j+maxListReach; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Mark {
			continue // `a “loser,” a “liar” and a “whiner”`: the marks of quoted items
		}
		if k > j && (t.Kind == text.Word && t.Flags&text.Upper != 0 && d.Tokens[k-1].Flags&text.Upper != 0 ||
			d.Key(k) == "." && d.Tokens[k-1].Flags&text.Upper != 0) {
			continue // `Ohio Gov. Ann Lee and …`: the words of one name count as one
		}
		n++
		switch {
		case d.Key(k) == "and" || d.Key(k) == "or":
			// An item that opens with its article has a partner that does too (`a “loser,” a
			// “liar” and a “whiner”`); `a banker and former official` is one phrase.
			return k > j && (!article(d.Key(j)) || k+1 < limit && article(d.Key(k+1)))
		case isComma(d, k) && d.Key(k) == ",":
		case k == j && article(d.Key(k)):
		case t.Kind != text.Word || t.Flags&(text.Lower|text.Upper) == 0 || auxiliaries.Has(d.Key(k)) || relatives.Has(d.Key(k)) ||
			prepositions.Has(d.Key(k)) || adverbialStarts.Has(d.Key(k)) || isNounMarker(d.Key(k)):
			return false
		}
	}
	return false
}

// orAlternative reports whether "or" and a preposition or to at token j open an alternative
// to the phrase before the comma: `want the attacks to stick, or to appear weak`.
func orAlternative(d *text.Doc, j, limit int) bool {
	if j+1 >= limit || d.Key(j) != "or" {
		return false
	}
	switch d.Key(j + 1) {
	case "to", "from", "of", "in", "on", "with", "for", "about", "by":
		return true
	}
	return false
}

// asPredicate reports whether the words from token j, after ", as", are no clause but what the
// object is taken as (`pointed to the vote, as a sign of …`, `painted the mayor, Ann Lee, as a
// spendthrift`): no subject and verb, and no verb first (`, as have others`).
func asPredicate(d *text.Doc, j, limit int) bool {
	if j >= limit {
		return false
	}
	k := d.Key(j)
	return d.Tokens[j].Kind != text.Punct && !auxiliaries.Has(k) && !finiteVerb(d, j) && !strings.HasSuffix(k, "ed") && k != "that" && !mainClauseAt(d, j, limit)
}

// thatAgain reports whether the words from token j, after a comma, are "and that" or "but
// that" and a clause: a second that-clause of the same cue (`believe there are no good options,
// but that the lesser evil will do`), not that as a determiner (`but that report …`).
func thatAgain(d *text.Doc, j, limit int) bool {
	if j+2 >= limit || d.Key(j) != "and" && d.Key(j) != "but" || d.Key(j+1) != "that" {
		return false
	}
	k := d.Key(j + 2)
	return opensSubject(d, j+2) || k == "there" || k == "it" || k == "sometimes" || strings.HasSuffix(k, "ly") && d.Tokens[j+2].Flags&text.Lower != 0
}

// withFigures reports whether the phrase from token j is `with` and the figures that detail a
// finding, a number within a few words before any comma: `showed Lee ahead, with 40 percent
// behind her`, or `followed by` the next place of a ranking and its figure (`showed Lee at 40
// percent, followed by Kim at 30 percent`). On PolNeAR dev such a phrase belonged to the
// finding far more often than not; not one with a cue of its own (`, with a second poll
// showing …`), nor `with whom`.
func (e *Extractor) withFigures(d *text.Doc, j, limit int) bool {
	if j+2 < limit && d.Key(j) == "followed" {
		j++ // `, followed by the governor at 20 percent`: the next place in a ranking
		if strings.HasSuffix(d.Key(j), "ly") {
			j++
		}
		if d.Key(j) != "by" {
			return false
		}
	} else if j+1 >= limit || d.Key(j) != "with" || relatives.Has(d.Key(j+1)) {
		return false
	}
	for k := j + 1; k < limit && k <= j+maxAside; k++ {
		if isComma(d, k) || e.isCue(d, k, limit) {
			return false
		}
		if d.Tokens[k].Kind == text.Number {
			return true
		}
	}
	return false
}

// maxListReach bounds how far listGoesOn looks for the and of a list.
const maxListReach = 16

// examples reports whether key opens examples of the noun phrase before its comma: `several
// factors, including new voting laws`.
func examples(key string) bool {
	switch key {
	case "including", "especially", "particularly", "notably":
		return true
	}
	return false
}

// lastItem reports whether "and" or "or" at token j, after a comma, opens the last item of a
// list of noun phrases (`supported Cruz, Rubio, and Fiorina`), not a clause or a second verb
// (`…, and the mayor left`, `…, and was acquitted`).
func lastItem(d *text.Doc, j, limit int) bool {
	if j+1 >= limit || d.Key(j) != "and" && d.Key(j) != "or" {
		return false
	}
	return d.Tokens[j+1].Kind == text.Word && !finiteVerb(d, j+1) && !subjectPronouns.Has(d.Key(j+1)) && !clauseAhead(d, j+1, limit)
}

func article(key string) bool { return key == "a" || key == "an" || key == "the" }

// finiteVerb reports whether token j reads as a verb that needs a subject of its own: an
// auxiliary or a lower-case word in -ed (`and was acquitted`, `and made`, `and praised`).
func finiteVerb(d *text.Doc, j int) bool {
	k := d.Key(j)
	if auxiliaries.Has(k) {
		return true
	}
	return d.Tokens[j].Kind == text.Word && d.Tokens[j].Flags&text.Lower != 0 && len(k) > 4 && strings.HasSuffix(k, "ed")
}

// maxBareClause bounds how far bareClause looks for the clause's verb; maxRelativeAside, how
// long a relative clause between commas inside it may be.
const (
	maxBareClause    = 12
	maxRelativeAside = 30
)

// restrictiveRelative reports whether the cue at token i stands in a relative clause with no
// comma before its pronoun, whose pronoun is the cue's subject: `the gunman who had pledged
// …`, `anyone that wants …`. The clause sits inside the subject of a main clause.
func restrictiveRelative(d *text.Doc, i, first int) bool {
	k := i - 1
	for k > first && (auxiliaries.Has(d.Key(k)) || d.Key(k) == "also" || d.Key(k) == "not") {
		k-- // `who had pledged`, `who also wants`
	}
	if k <= first || d.Key(k) != "who" && d.Key(k) != "that" {
		return false
	}
	p := &d.Tokens[k-1]
	return p.Kind == text.Word && !prepositions.Has(d.Key(k-1)) && !auxiliaries.Has(d.Key(k-1)) && !strings.HasSuffix(d.Key(k-1), "ed") && !verbForm(d.Key(k-1))
}

// participleSubject reports whether the cue at token i is a participle that follows a noun
// at the head of its sentence, with no verb before it: `Hackers backing the regime …`, `A
// petition calling for …`. The participle's phrase is part of the subject.
func participleSubject(d *text.Doc, i, first int) bool {
	if !isParticiple(d.Key(i)) || i <= first {
		return false
	}
	p := d.Key(i - 1)
	if d.Tokens[i-1].Kind != text.Word || prepositions.Has(p) || coordinators.Has(p) || subordinator(p) || auxiliaries.Has(p) || isNounMarker(p) || p == "not" || strings.HasSuffix(p, "ly") {
		return false
	}
	for k := first; k < i; k++ {
		if t := &d.Tokens[k]; t.Kind == text.Punct || finiteVerb(d, k) || irregularPast.Has(d.Key(k)) && t.Flags&text.Lower != 0 {
			return false
		}
	}
	return true
}

// mainVerb returns where the main clause's verb, after an object or infinitive in a relative
// clause that starts at token start, ends that clause (`… allegiance to the group shot three
// guards`, `… to leave said …`), or stop if none does: an auxiliary, an irregular past or a cue
// after a word. A clause opened inside the content first may own that verb (`a study that the
// agency found was flawed`): then none ends it.
func (e *Extractor) mainVerb(d *text.Doc, start, stop int) int {
	for k := start + 1; k < stop; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word || t.Flags&text.Lower == 0 {
			continue
		}
		key := d.Key(k)
		if relatives.Has(key) || complementizers.Has(key) || key == "that" || key == "what" || subjectPronouns.Has(key) {
			return stop
		}
		if !auxiliaries.Has(key) && !irregularPast.Has(key) && !(verbForm(key) && e.isCue(d, k, stop)) {
			continue
		}
		if d.Tokens[k-1].Kind != text.Word || d.Key(k-1) == "to" {
			return stop
		}
		if coordinators.Has(d.Key(k - 1)) {
			return k - 1 // `who thanked Ms. Lee but left early`: a second verb of the relative clause
		}
		return k
	}
	return stop
}

// sayAfter returns the first say-verb after a word among tokens (start, stop), or stop: the
// main verb of a sentence whose subject holds a thought's clause in a relative clause
// (`voters who think the plan is wrong say …`, `farmers who know her well say …`). One after a
// pronoun or an auxiliary is the thought's own (`who think they said no`, `who expect him to
// say`).
func sayAfter(d *text.Doc, start, stop int) int {
	for k := start + 1; k < stop; k++ {
		p := d.Key(k - 1)
		if d.Tokens[k].Flags&text.Lower != 0 && sayVerbs.Has(d.Key(k)) && d.Tokens[k-1].Kind == text.Word &&
			p != "to" && !auxiliaries.Has(p) && !subjectPronouns.Has(p) && p != "not" {
			return k
		}
	}
	return stop
}

// relativeGap reports whether a relative pronoun stands shortly before the cue ending at token
// cueLast, with the cue's subject between them (`which he said`, `which Democrats say`), or the
// subject follows a noun with no pronoun (`a probe the agency said`): the reported clause then
// has no subject of its own.
func relativeGap(d *text.Doc, cueLast, first int) bool { return gapSubject(d, cueLast, first) >= 0 }

// gapSubject returns where the subject of the cue ending at token cueLast starts when
// relativeGap holds, or -1.
func gapSubject(d *text.Doc, cueLast, first int) int {
	for k := cueLast - 1; k > first && k >= cueLast-maxRelativeSubject-2; k-- {
		key := d.Key(k)
		switch key {
		case "which", "that", "who", "what":
			if k < cueLast-1 {
				return k + 1 // a subject between them
			}
			return -1
		}
		if d.Tokens[k].Kind != text.Word {
			return -1
		}
		if (subjectPronouns.Has(key) || key == "the") && zeroRelative(d, k-1) {
			return k // `a probe the agency said was ongoing`, `a gift he knew would help`
		}
	}
	return -1
}

// zeroRelative reports whether token k is a noun that a relative clause without a pronoun
// may follow: a lower-case word that is no verb, preposition, conjunction or determiner.
func zeroRelative(d *text.Doc, k int) bool {
	t := &d.Tokens[k]
	key := d.Key(k)
	if t.Kind != text.Word || t.Flags&text.Lower == 0 || prepositions.Has(key) || adverbialStarts.Has(key) ||
		coordinators.Has(key) || subordinator(key) || auxiliaries.Has(key) || isNounMarker(key) ||
		complementizers.Has(key) || subjectPronouns.Has(key) || key == "that" || key == "to" || key == "not" {
		return false
	}
	return !strings.HasSuffix(key, "ed") && !strings.HasSuffix(key, "ly") && !isParticiple(key) && !irregularPast.Has(key)
}

// verbForm reports whether a cue word reads as a verb in the past (asked, said, told) rather
// than as a noun or a gerund that may open content ("praise from Putin", "seeing so many
// officers was welcome").
func verbForm(key string) bool {
	switch key {
	case "said", "told", "says", "wrote", "thought", "felt", "knew", "saw", "found", "spoke":
		return true
	}
	return strings.HasSuffix(key, "ed")
}

// coordinatedCue reports whether a cue stands at token j, or after one adverb: the second verb
// of `said … and promised …`, `said … and then suggested …`.
func (e *Extractor) coordinatedCue(d *text.Doc, j, limit int) bool {
	for k := j; k < limit && k <= j+2; k++ {
		if f, _, ok := e.cues.cueAt(d, k, limit); ok && f.class() != Manner && !isParticiple(d.Key(k)) {
			return true
		}
		if !auxiliaries.Has(d.Key(k)) && !adverbialStarts.Has(d.Key(k)) {
			return false // `and promised`, `but has also emphasised`
		}
	}
	return false
}

// maxCoordinatedSubject is how many words the subject of a second attribution after "and" may
// have: `and other GOP leaders said`, `and more than 4 in 10 said`.
const maxCoordinatedSubject = 5

// subjectAndCue reports whether a clause of its own attribution starts at token j: a short
// subject of words and numbers, then a cue of speech in the past, present or perfect tense
// (`…, and other party leaders said …`, `and critics say`, `and others have said`). Content
// ends before it.
func (e *Extractor) subjectAndCue(d *text.Doc, j, limit int) bool {
	if !opensSubject(d, j) && !groupSubjects.Has(d.Key(j)) {
		return false // `and that the alliance should agree`: more content
	}
	for k := j + 1; k < limit && k <= j+maxCoordinatedSubject; k++ {
		switch d.Tokens[k].Kind {
		case text.Word, text.Number:
		default:
			return false
		}
		if f, _, ok := e.cues.cueAt(d, k, limit); ok {
			return f.class() == Speaking && !isParticiple(d.Key(k)) && (!auxiliaries.Has(d.Key(k-1)) || k-1 > j && perfect(d.Key(k-1))) && !relatives.Has(d.Key(k-1)) && d.Key(k-1) != "that"
		}
	}
	return false
}

// perfect reports whether key is an auxiliary of the perfect, which may stand between a
// second subject and its cue (`and others have said`), where a modal makes a coordinated
// subject's plan (`California and Colorado will clarify`).
func perfect(key string) bool { return key == "have" || key == "has" || key == "had" }

// groupSubjects are the pronouns and plural nouns of people that name a cue's subject without
// a determiner: `officials said`, `respondents said`, `aides say`.
var groupSubjects = lexicon.NewSet(groupSubjectsList)

var groupSubjectsList = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"officials": true, "critics": true, "experts": true, "analysts": true, "voters": true,
	"people": true, "supporters": true, "opponents": true, "republicans": true, "democrats": true,
	"respondents": true, "aides": true, "advisers": true, "advisors": true, "lawmakers": true,
	"investigators": true, "prosecutors": true, "economists": true, "researchers": true,
	"scientists": true, "residents": true, "witnesses": true, "organizers": true,
	"strategists": true, "sources": true, "observers": true, "activists": true, "leaders": true,
	"diplomats": true, "doctors": true, "police": true, "authorities": true, "employees": true,
	"workers": true, "staffers": true, "members": true, "students": true, "parents": true,
	"teachers": true, "delegates": true, "donors": true, "allies": true, "friends": true,
	"colleagues": true, "neighbors": true, "neighbours": true, "executives": true,
	"historians": true, "scholars": true, "pollsters": true, "insiders": true, "americans": true,
	"conservatives": true, "liberals": true, "progressives": true, "moderates": true,
	"independents": true, "evangelicals": true, "forecasters": true, "investors": true,
	"traders": true, "citizens": true, "protesters": true, "demonstrators": true, "others": true,
}

// mainClauseAt reports whether a subject and its finite verb start at token j: `…, he
// looked up`, `…, U.S. forces bombed …`.
func mainClauseAt(d *text.Doc, j, limit int) bool {
	if j+1 < limit && (d.Key(j) == "and" || d.Key(j) == "but") {
		j++ // `…, and Sen. Lee kept asking …`
	}
	return j < limit && (newSubject(d, j) || opensSubject(d, j) || bareSubject(d, j) || d.Key(j) == "this") && clauseAhead(d, j, limit)
}

// clauseAhead reports whether a clause with its own finite verb (an auxiliary, a past form or
// say) starts at token j, the verb within ten words: `…, and an article cited by her campaign
// quoted …`, `…, and engineers say …`, not `…, and a visual vote`.
func clauseAhead(d *text.Doc, j, limit int) bool {
	for k := j + 1; k < limit && k <= j+10; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Punct {
			return false
		}
		if t.Kind == text.Word && t.Flags&text.Lower != 0 && (auxiliaries.Has(d.Key(k)) || sayVerbs.Has(d.Key(k)) || pastVerbWithin(d, k, k+1) && !isNounMarker(d.Key(k-1))) {
			return true
		}
	}
	return false
}

// bareSubject reports whether token j may open a subject with no determiner after ", and": a
// lower-case word that is no verb, preposition, conjunction or adverb (`…, and aides say …`,
// `…, and none has said …`), not `…, and pushed to …` or `…, and in any event …`.
func bareSubject(d *text.Doc, j int) bool {
	t := &d.Tokens[j]
	k := d.Key(j)
	return t.Kind == text.Word && t.Flags&text.Lower != 0 && !prepositions.Has(k) && !adverbialStarts.Has(k) &&
		!auxiliaries.Has(k) && !coordinators.Has(k) && !relatives.Has(k) && !complementizers.Has(k) && !isNounMarker(k) &&
		k != "to" && k != "that" && k != "not" && !isParticiple(k) && !strings.HasSuffix(k, "ed") &&
		!strings.HasSuffix(k, "ly") && !irregularPast.Has(k)
}

// sayVerbs are the finite forms of say and tell, the verbs of a clause that reports anew:
// `…, and three in four said the same`.
var sayVerbs = lexicon.NewSet(map[string]bool{"say": true, "says": true, "said": true, "tell": true, "tells": true, "told": true})

// speechEvent reports whether one of the three tokens from j names the occasion of a
// statement: `an interview`, `a statement`, `Twitter`.
func speechEvent(d *text.Doc, j, limit int) bool { return wordWithin(d, j, limit, 3, eventNouns) }

// wordWithin reports whether one of the n tokens from j, words all until it, is in set.
func wordWithin(d *text.Doc, j, limit, n int, set *lexicon.Set) bool {
	for k := j; k < limit && k < j+n; k++ {
		if set.Has(d.Key(k)) {
			return true
		}
		if d.Tokens[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// eventNouns name the occasions of statements.
var eventNouns = lexicon.NewSet(map[string]bool{
	"interview": true, "interviews": true, "statement": true, "speech": true, "rally": true,
	"debate": true, "conference": true, "briefing": true, "tweet": true, "twitter": true,
	"facebook": true, "op-ed": true, "hearing": true, "testimony": true, "podcast": true,
	"appearance": true, "remarks": true, "email": true, "letter": true,
	"appearances": true, "broadcast": true, "speeches": true, "tweets": true, "blog": true,
})

// eventIn reports whether a word of eventNouns stands in tokens [from, to).
func eventIn(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if eventNouns.Has(d.Key(k)) {
			return true
		}
	}
	return false
}

// occasionNouns name the occasions and media of statements, which an object's prepositional
// phrase names as where it was said: `on the campaign trail`, `in a column`.
var occasionNouns = lexicon.NewSet(map[string]bool{
	"rally": true, "rallies": true, "tweet": true, "tweets": true, "article": true, "column": true,
	"editorial": true, "essay": true, "blog": true, "diatribe": true, "show": true, "broadcast": true,
	"trail": true, "hall": true, "interview": true, "briefing": true, "op-ed": true, "podcast": true,
})

// mouthpieces are those through whom someone speaks: `through a spokeswoman`.
var mouthpieces = lexicon.NewSet(map[string]bool{
	"aide": true, "aides": true, "attorney": true, "attorneys": true, "lawyer": true, "lawyers": true,
	"publicist": true, "representative": true, "representatives": true, "spokesman": true,
	"spokesmen": true, "spokesperson": true, "spokeswoman": true, "spokeswomen": true,
})

// sameSubject reports whether the words after ", but" at token j go on with the clause before
// it: a verb, a modal, an adverb or a second that-clause (`the process was fair, but required
// an effort`, `…, but that the blocking was wrong`), not a new subject.
func sameSubject(d *text.Doc, j int) bool {
	k := d.Key(j)
	if d.Tokens[j].Kind != text.Word || d.Tokens[j].Flags&text.Lower == 0 {
		return false
	}
	return k == "that" || auxiliaries.Has(k) || k == "not" || k == "never" || k == "also" || k == "still" || k == "rather" ||
		strings.HasSuffix(k, "ed") && len(k) > 4 || strings.HasSuffix(k, "ly")
}

// asWellAs reports whether tokens from j read "as well as", which adds to a list: `…, as well
// as the tax`.
func asWellAs(d *text.Doc, j, limit int) bool {
	return j+2 < limit && d.Key(j) == "as" && d.Key(j+1) == "well" && d.Key(j+2) == "as"
}

// newSubject reports whether token j opens a new clause's subject: a personal pronoun or a
// capitalised word.
func newSubject(d *text.Doc, j int) bool {
	switch d.Key(j) {
	case "he", "she", "they", "we", "i", "it":
		return true
	}
	return d.Tokens[j].Flags&text.Upper != 0
}

// clauseBreakers open, after a comma, a clause that is not part of the reported content.
var clauseBreakers = lexicon.NewSet(map[string]bool{
	"but": true, "while": true, "although": true, "though": true, "whereas": true, "yet": true,
})

// relatives end an object noun phrase reported by a verb of judgement or thought.
var relatives = lexicon.NewSet(relativesList)

var relativesList = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "because": true}

// lastWordless returns the index of the first token of the punctuation (and closing marks) that
// ends sentence s.
func lastWordless(d *text.Doc, s *text.Segment) int {
	k := s.Last
	for k > s.First && (d.Tokens[k-1].Kind == text.Punct || d.Tokens[k-1].Kind == text.Mark) {
		k--
	}
	return k
}
