package quote

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// coverage maps every token to the index of the quotation in running text that holds it,
// marks included, or to a negative number: quotedCue for the first word of the cue of a
// quotation that is speech, -1 for the rest. It reads the quotations by their regions, regs,
// and of, the index in qs of each region's quotation (joinSplit): most regions are a pair of
// marks whose tokens the region holds, and need no search for them.
func coverage(d *text.Doc, qs []Quote, regs []region, of []int, cover []int32) []int32 {
	cover = slices.Grow(cover[:0], len(d.Tokens))[:len(d.Tokens)]
	fill(cover, -1)
	for ri := range regs {
		r := &regs[ri]
		qi := int32(of[ri])
		q := &qs[qi]
		if q.Depth > 0 || len(q.Marks) == 0 {
			continue
		}
		coverCue(d, cover, q) // again for each region of a split quotation: it marks only once
		if r.isPair(d) {
			coverRun(cover, r.first, r.last, qi)
			continue
		}
		for _, p := range r.parts {
			coverPart(d, cover, p, qi)
		}
	}
	return cover
}

// coverCue sets the first word of the cue of q, if q is speech, to quotedCue, unless a
// quotation holds it.
func coverCue(d *text.Doc, cover []int32, q *Quote) {
	if q.Role == Speech && q.Cue.Span.Len() > 0 {
		if k := d.TokenAt(q.Cue.Span.Start); k >= 0 && k < len(cover) && cover[k] < 0 {
			cover[k] = quotedCue
		}
	}
}

// coverPart sets cover to qi over the tokens of part p, found by their offsets, and over the
// marks around it.
func coverPart(d *text.Doc, cover []int32, p text.Span, qi int32) {
	lo := d.TokenAt(p.Start) - 1 // the opening mark
	hi := d.TokenAt(p.End)       // the closing mark, if any
	// Each end is the quotation's only if it is a mark; the tokens between always are.
	from, to := max(lo, 0), min(hi, len(cover)-1)
	if from == lo && from <= to && d.Tokens[from].Kind != text.Mark {
		from++
	}
	if to == hi && to >= from && d.Tokens[to].Kind != text.Mark {
		to--
	}
	coverRun(cover, from, to, qi)
}

// coverRun sets cover from token from to token to, both included, to qi.
func coverRun(cover []int32, from, to int, qi int32) {
	if from <= to {
		c := cover[from : to+1] // one bounds test for the run, not one per token
		for k := range c {
			c[k] = qi
		}
	}
}

// fill sets every element of s to v. It copies the part already set over the next, doubling
// it: a store per element costs several times as much over a text's tokens.
func fill(s []int32, v int32) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for n := 1; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// complement reads `X said (that) …`: a subject before the cue and the rest of the clause after
// it, past adverbials (`in a statement`, `on Monday`) and, for verbs like tell, an object
// (`told reporters that`). A participle after a comma (`…, saying that …`) takes the subject of
// its sentence.
func (e *Extractor) complement(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32, qs []Quote, spans *spanArena) (int, bool) {
	// `While saying that he respects her, the senator …`, `Noting that …, the mayor …`: a
	// participle that opens the sentence, after a subordinator (perhaps after a connective: `But
	// while …`) or not, whose subject is the main clause's.
	opening := isParticiple(d.Key(i)) && (i == s.First+1 && openingSubordinators.Has(d.Key(s.First)) || i == s.First || i > s.First && openingGerund(d, i) ||
		i == s.First+2 && leadConnectives.Has(d.Key(s.First)) && openingSubordinators.Has(d.Key(s.First+1)))
	participle := opening || isParticiple(d.Key(i)) && (afterComma(d, i, s.First) || i > s.First && byGerund(d, i))
	start := e.contentStart(d, s, end, f, cover, qs, participle)
	if start < 0 || d.Key(start) == "by" || start == end && verbParticle(d, start) {
		// `a bill opposed by Democrats`, `responded by leaving`: the agent of a passive or
		// the manner of the act, not what was said; `showed up at the rally`, `backed
		// down`: a phrasal verb, whose sense is not the cue's.
		return 0, false
	}
	// Whether a bare clause starts the content is asked up to four times below: read it once.
	bareKnown, bare := false, false
	isBare := func() bool {
		if !bareKnown {
			bareKnown, bare = true, bareClause(d, start, s.Last)
		}
		return bare
	}
	np := d.Key(start) != "that" && d.Key(start) != "to" && d.Key(start) != ":" &&
		!complementizers.Has(d.Key(start)) && !subjectPronouns.Has(d.Key(start)) &&
		(!f.class().reports() || !isBare())
	if cover[i] == quotedCue && (np || !opensComplement(d, start, e.cues.determiners)) {
		// `"…," Ms. Lee told the council on Monday`: the quotation is what the cue reports;
		// the words after it are its circumstances. (Asked before the subject and the end
		// are read: the cue of every quotation comes here.)
		return 0, false
	}
	subj := frontedSubject(d, subjectBefore(d, i, s.First), i)
	if subj+1 < i && leadConnectives.Has(d.Key(subj)) && (subj == s.First || isComma(d, subj-1) || d.Key(subj-1) == ";") &&
		e.subjectLike(d, subj+1, i) {
		subj++ // `So he suggested …`, `but he denied that …`: the connective opens the clause
	}
	if auxiliaries.Has(d.Key(start)) && start == end {
		if g := gapSubject(d, end-1, s.First); g > subj && g < i {
			subj = g // `an inquiry the council said was overdue`: the subject of the relative clause
		}
	}
	if c := lastComma(d, subj, i); c >= 0 && c+1 < i {
		// `In Scranton, where Biden grew up, the vice president said`: a clause or aside
		// before the subject, which follows its last comma; `…, but party elders fear`: a
		// clause of its own after a conjunction.
		n := c + 1
		if n+1 < i && (coordinators.Has(d.Key(n)) || d.Key(n) == "though" || d.Key(n) == "although" || d.Key(n) == "while") {
			n++
		}
		if (e.subjectLike(d, n, i) || n > c+1 && pluralNoun(d, i-1)) && !timePhrase(d, n, i) {
			subj = n
		}
	}
	thing := np || subjectPronouns.Has(d.Key(start)) && !isBare()
	if thing && f.is(objectNotStated) && !castVote(d, i, start, *f) && d.Tokens[start].Kind != text.Mark && !(factive(f.lemma) && isBare()) && !studyFinds(d, *f, subj, i) && !(f.class() == Cognition && e.objectThenTo(d, start, s.Last)) && !findsAs(d, *f, start, s.Last, e.cues.determiners) {
		// `added 300 jobs`, `felt the pressure`, `voted against it`: a thing, not a
		// statement; but `added "a tax on the rich"` quotes words.
		return 0, false
	}
	// The source is read before the end of the content, the dearer: a cue with no subject it
	// can name reads no statement.
	rule, source, ok := e.complementSource(d, s, i, end, f, subj, opening, participle, cover)
	if !ok {
		return 0, false
	}
	stop := e.contentEnd(d, s, start, cover, np)
	stop = e.thatAside(d, s, start, stop, cover)
	if f.class() == Evidence && stop+2 < s.Last && d.Key(stop) == "," && d.Key(stop+1) == "while" && !isParticiple(d.Key(stop+2)) {
		// `the poll found that 40 percent back the plan, while 30 percent oppose it`: a finding
		// sets its figures side by side.
		stop = max(stop, e.contentEnd(d, s, stop+2, cover, false))
	}
	if d.Key(start) == ":" && !e.speechAfter(cover, qs, start, lastWordless(d, s)) {
		stop = max(stop, lastWordless(d, s)) // a colon introduces the rest of its sentence, a list and all
	}
	block, isBlock := e.blockAfter(d, s, start, cover, qs)
	if subj > s.First && subordinator(d.Key(subj-1)) || d.Key(subj) == "who" {
		// `As the mayor demands a bridge, the council …`; `Mr. Trump, who said last week that
		// …, issued a statement`: the clause ends at its comma. One later in the sentence
		// (`…, when she claimed that the Green Party, or GP, has …`) ends there only if a main
		// clause follows.
		if c := commaAfter(d, start, stop); subj-1 <= s.First+2 || d.Key(subj) == "who" || mainClauseAt(d, c+1, stop) {
			stop = min(stop, c)
		}
	}
	// `the gunman who pledged allegiance to the group shot …`, `hackers backing the regime took
	// …`: a cue in a relative clause or participle phrase inside the subject; its object or
	// infinitive ends at the main verb. A cue that takes a clause may
	// own the first verb (`those who said the plan was wrong`), so only an object is cut.
	if (d.Key(start) == "to" || np && (!isBare() || !f.class().reports() && f.class() != Cognition)) && (restrictiveRelative(d, i, s.First) || participleSubject(d, i, s.First)) {
		stop = min(stop, e.mainVerb(d, start, stop))
	} else if f.class() == Cognition && isBare() && restrictiveRelative(d, i, s.First) {
		stop = min(stop, sayAfter(d, start, stop)) // `voters who think the plan is wrong say …`
	}
	if opening {
		stop = min(stop, commaAfter(d, start, stop))
		if stop+1 >= lastWordless(d, s) || !isComma(d, stop) {
			return 0, false // no main clause after it
		}
	}
	if stop-start < minContent && !(stop-start == 1 && oneWordObject(d, *f, start)) && !isBlock {
		return 0, false
	}
	name := start
	if d.Key(name) == "the" {
		name++ // `called the Miracle Run`
	}
	if np && f.lemma == "call" && nameOnly(d, name, stop) {
		// `a stream called Miracle Run`, `Obama called Sanders`: a name given, or a telephone
		// call; calling someone something takes two phrases.
		return 0, false
	}
	if np && f.lemma == "quote" && e.speechAfter(cover, qs, stop, s.Last) {
		return 0, false // `Le Monde quoted the mayor: « … »`: whom it quoted, not what
	}
	refusal := noComment(d, *f, i, start, stop)
	if opening {
		source = e.openingSource(d, stop, lastWordless(d, s))
	}
	if isBlock {
		q := e.newReported(d, i, end, *f, source, "reported-block")
		q.Parts = spans.one(block)
		*out = q

		return stop, true
	}
	if d.Key(start) == ":" {
		start++
		rule = "reported-colon"
	}
	if d.Key(start) == "that" && start+1 < stop {
		rule = thatRule(rule)
	}
	q := e.newReported(d, i, end, *f, source, rule)
	if refusal {
		q.Cue.Negated = true // `declined to comment on the talks`: said not to have been said, marked
	}
	q.Parts = spans.one(tokenSpan(d, start, stop))
	*out = q

	return stop, true
}

// complementSource returns the rule and source of the statement complement reads at the cue f,
// tokens [i, end), whose subject starts at token subj, or false if the cue has none it can
// name. The source of an opening participle (opening) is read later, from the content's end.
func (e *Extractor) complementSource(d *text.Doc, s *text.Segment, i, end int, f *cueForm, subj int, opening, participle bool, cover []int32) (string, Span, bool) {
	if a := lastAnd(d, subj, i); a >= 0 && e.subjectAndCue(d, a+1, end) && e.subjectLike(d, a+1, i) {
		subj = a + 1 // `said the bill would pass and others have said …`: a clause of its own
	}
	rule := "reported"
	var source Span
	switch {
	case opening:
		rule = "reported-participle"
	case participle:
		rule = "reported-participle"
		from := s.First
		if i-s.First > maxClauseReach {
			from = i - maxClauseReach
		} else if c := firstComma(d, s.First, i-1); c > s.First && adverbialOnly(d, s.First, c) {
			from = c + 1 // `On the Democratic side, Mrs. Clinton … has derided it, suggesting`
		}
		for k := i - 1; k > from; k-- {
			if cover[k] >= 0 {
				from = k + 1 // `"…," a spokesman said, adding that …`: not the quotation
				break
			}
		}
		source = tokenSpan(d, from, i-1)
	case coordinated(d, i, s.First) && subj < i:
		// `Comey called it careless, but said she should face no charges`: the subject of
		// the first verb.
		if f.class() == Evidence {
			// `checked the records and found …`, `and shows …`: the second verb of an act
			// is what the subject did or met, seldom what it reports.
			return "", Span{}, false
		}
		rule = "reported-coordinated"
		from := i - maxClauseReach
		if from <= s.First {
			from = mainClause(d, s, i)
		}
		source = tokenSpan(d, from, i)
	// A thing can show, find, suggest or seek (`the survey shows`, `the bill seeks`); praise and
	// blame need a person (not `the council approved the budget`).
	case subj < i && (e.subjectLike(d, subj, i) || pluralNoun(d, i-1) &&
		!(subj > s.First && timeSubordinators.Has(d.Key(subj-1)))) && !coveredAny(cover, subj, i) &&
		(f.class() != Evaluation || personLike(d, subj, i)):
		to := i
		if o := dashAsideBefore(d, i, subj); o > subj {
			to = o // `Ann Lee - who runs the fund - said`: the aside names others, not the speaker
		}
		source = tokenSpan(d, subj, adverbialBefore(d, subj, to))
	case relativeCue(d, i, s.First) && !coveredAny(cover, i-1, i):
		// `Monsanto, which opposed the bill`, `a law that allows towns to …`: the relative
		// pronoun stands for the subject.
		source = tokenSpan(d, i-1, i)
	case i == s.First && d.Tokens[i].Flags&text.Upper != 0 && end < s.Last:
		return "", Span{}, false // "Said …" opening a sentence: inverted, handled by fronted
	case i-1 > s.First && (isComma(d, i-1) || closedAfterComma(d, i-1, s.First)) && f.class().reports():
		// `Mike Morrell, a veteran of the CIA who retired as acting director in 2013, said`:
		// the subject opens the clause, before its apposition, which may quote a name.
		first := frontedSubject(d, s.First, i)
		c := firstComma(d, first, min(i-1, first+maxFrontedSubject+1)) // a comma further away is refused below
		if c <= first || c-first > maxFrontedSubject || !e.subjectLike(d, first, c) || !personLike(d, first, c) ||
			coveredAny(cover, first, c) {
			return "", Span{}, false
		}
		source = tokenSpan(d, first, i)
	default:
		return "", Span{}, false
	}
	return rule, source, true
}

// maxClauseReach bounds how far before a participle or a second verb the cue's source may
// start, in tokens (the farthest on the dev corpora is 60): it ran from the sentence's start,
// and a run-on sentence of many such cues made this and the speaker sieves, which read the
// whole source, quadratic.
const maxClauseReach = 256

// verbParticle reports whether token j is a particle that makes a phrasal verb of the verb
// before it (`show up`, `back down`, `back away`, `lay off`); `up to` opens a number.
func verbParticle(d *text.Doc, j int) bool {
	switch d.Key(j) {
	case "down", "away", "off":
		return true
	case "up":
		return j+1 >= len(d.Tokens) || d.Key(j+1) != "to"
	}
	return false
}

// relativeCue reports whether the cue at token i follows a relative pronoun that is its
// subject: `Monsanto, which opposed the bill`, `a law that allows towns to …`.
func relativeCue(d *text.Doc, i, first int) bool {
	if i-2 <= first {
		return false
	}
	k := d.Key(i - 1)
	return k == "which" || k == "that" && zeroRelative(d, i-2)
}

// factive reports whether lemma is a verb of knowing, whose object is mostly a thing known
// (`knew Meles well`) but which takes a clause without that as often (`know Americans are
// impatient`): a clause after it is what is held true.
func factive(lemma string) bool { return lemma == "know" || lemma == "learn" || lemma == "understand" }

// blockAfter returns the paragraph that a colon at token start, the last of its paragraph,
// introduces: `The governor added:` and what he added set off below it without quotation
// marks, as a block quotation is. A paragraph that opens with a quotation mark is the
// direct-quote stage's; one that holds speech of its own is not the colon's.
func (e *Extractor) blockAfter(d *text.Doc, s *text.Segment, start int, cover []int32, qs []Quote) (Span, bool) {
	if start < 0 || d.Key(start) != ":" || start+1 != d.Paragraphs[s.Para].Last || s.Para+1 >= len(d.Paragraphs) {
		return Span{}, false
	}
	p := d.Paragraphs[s.Para+1]
	stop := p.Last
	for stop > p.First && (d.Tokens[stop-1].Kind == text.Punct || d.Tokens[stop-1].Kind == text.Mark) {
		stop--
	}
	if stop-p.First < minContent || d.Tokens[p.First].Kind == text.Mark || e.speechAfter(cover, qs, p.First, stop) {
		return Span{}, false
	}
	return tokenSpan(d, p.First, stop), true
}

// closedAfterComma reports whether token k is a closing quotation mark after a comma: an
// apposition that ends in a quoted name (`the hacker known as "Guccifer," stated`).
func closedAfterComma(d *text.Doc, k, first int) bool {
	return k-1 > first && d.Tokens[k].Kind == text.Mark && isComma(d, k-1)
}

// timeSubordinators open a clause of time, which tells of an event (`after news outlets
// declared him the victor`), where other subordinate clauses may report (`as polls show`).
var timeSubordinators = lexicon.NewSet(map[string]bool{
	"after": true, "before": true, "once": true, "since": true, "until": true, "when": true, "whenever": true,
})

// leadConnectives join a clause to what comes before it; the subject follows them.
var leadConnectives = lexicon.NewSet(map[string]bool{"and": true, "but": true, "so": true, "then": true, "yet": true})

// verbAfter reports whether token j, past an adverb, is a verb in a finite form: the verb of a
// clause whose subject an aside has interrupted.
func verbAfter(d *text.Doc, j, limit int) bool {
	for j+1 < limit && (d.Tokens[j].Kind == text.Mark || d.Key(j) == "still" || d.Key(j) == "also" || d.Key(j) == "now" ||
		d.Key(j) == "never" || len(d.Key(j)) > 4 && strings.HasSuffix(d.Key(j), "ly")) {
		j++ // `the senator, who has raised the most, still faces`
	}
	k := d.Key(j)
	lower := d.Tokens[j].Kind == text.Word && d.Tokens[j].Flags&text.Lower != 0
	return auxiliaries.Has(k) || k == "be" || finiteVerb(d, j) || lower && (irregularPast.Has(k) ||
		len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us"))
}

// objectNotStatedVerbs are cues whose noun-phrase object is mostly a thing acted on, not what is
// said or held (`added 300 jobs`, `maintained a lead`, `answered questions`, `felt the
// pressure`, `plans a rally`, `knows the area`, `expects a ruling`, `wrote a book`, `found a
// way`): only a clause after them is reported. On PolNeAR dev their noun-phrase readings
// were right about one time in four.
var objectNotStatedVerbs = lexicon.NewSet(map[string]bool{
	"add": true, "maintain": true, "answer": true, "feel": true, "plan": true, "understand": true,
	"know": true, "expect": true, "focus on": true, "reflect": true, "charge": true,
	"vote": true, "vote for": true, "vote against": true, "favor": true,
	// A text written or posted (`wrote a book`, `posted a photo`), a thing found, learned,
	// allowed, aimed at or welcomed.
	"write": true, "publish": true, "post": true, "find": true, "learn": true, "allow": true,
	"aim": true, "welcome": true, "appear": true, "project": true,
})

// castVote reports a vote cast for or against someone or something named (`voted against
// the bill`, `voted for Obama`): a stance on record, which reports the choice; but a vote to
// come (`will vote for her`) is a plan, and `voted against it` names nothing.
func castVote(d *text.Doc, i, start int, f cueForm) bool {
	return d.Key(i) == "voted" && (f.lemma == "vote for" || f.lemma == "vote against") &&
		!smallClauseObjects.Has(d.Key(start)) && !subjectPronouns.Has(d.Key(start))
}

// findsAs reports `find` with a pronoun and a judgement after it, a clause without its verb:
// `found it difficult to win`, `finds them reluctant`, `found it to be a mistake`. What was
// found is then an opinion held, not a thing come upon (`found it in a drawer`).
func findsAs(d *text.Doc, f cueForm, start, limit int, determiners *lexicon.Set) bool {
	if f.lemma != "find" || start+2 >= limit {
		return false
	}
	if !smallClauseObjects.Has(d.Key(start)) {
		return determiners.Has(d.Key(start)) && phraseThenJudgement(d, start, limit)
	}
	k := start + 1
	if d.Key(k) == "to" {
		return d.Key(k+1) == "be"
	}
	if d.Key(k) == "very" || d.Key(k) == "so" || d.Key(k) == "too" || d.Key(k) == "quite" {
		k++
	}
	return k < limit && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 && judgementWord(d.Key(k)) &&
		!adverbialStarts.Has(d.Key(k)) && !prepositions.Has(d.Key(k)) && !tailPrepositions.Has(d.Key(k))
}

// phraseThenJudgement reports a short noun phrase from the determiner at start whose last word
// is a judgement that ends the clause: `found the area welcoming.`, `find his message
// chilling`. The judgement cannot follow the determiner at once (`found the posting,` is a
// thing).
func phraseThenJudgement(d *text.Doc, start, limit int) bool {
	for k := start + 2; k < limit && k <= start+4 && d.Tokens[k].Kind == text.Word; k++ {
		if d.Tokens[k].Flags&text.Lower != 0 && judgementWord(d.Key(k)) && !prepositions.Has(d.Key(k)) &&
			!adverbialStarts.Has(d.Key(k)) && !tailPrepositions.Has(d.Key(k)) {
			return k+1 == limit || d.Tokens[k+1].Kind == text.Punct || d.Key(k+1) == "to"
		}
	}
	return false
}

// smallClauseObjects are the pronouns that `find` takes before a judgement of them.
var smallClauseObjects = lexicon.NewSet(map[string]bool{"it": true, "him": true, "her": true, "them": true})

// judgementSuffixes end most adjectives of judgement (`unlikable`, `offensive`, `compelling`,
// `reluctant`, `difficult`, `hard`, `easy`); a place or time word after the pronoun (`found
// it there`) ends in none of them, and prepositions that do (`found them during …`) are not
// judgements.
var judgementSuffixes = []string{"ble", "ful", "ous", "ive", "ing", "ant", "ent", "ult", "ard", "asy"}

// judgementWord reports whether key ends like an adjective of judgement.
func judgementWord(key string) bool {
	for _, suf := range judgementSuffixes {
		if len(key) >= len(suf)+1 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// objectThenTo reports a noun phrase at start followed by an infinitive, the subject and
// predicate of what a cue of thought holds: `expects the senator to run`.
func (e *Extractor) objectThenTo(d *text.Doc, start, limit int) bool {
	k := skipObject(d, start, limit, e.cues.determiners)
	return k > start && k+1 < limit && d.Key(k) == "to" && d.Tokens[k+1].Flags&text.Lower != 0
}

// studyFinds reports a cue of evidence whose subject, tokens [subj, i), names a study, a
// poll or a report: what `a 2014 study found` is a finding, not a thing come upon.
func studyFinds(d *text.Doc, f cueForm, subj, i int) bool {
	if f.class() != Evidence {
		return false
	}
	for k := max(subj, i-maxFrontedSubject); k < i; k++ {
		if studyNouns.Has(d.Key(k)) {
			return true
		}
	}
	return false
}

// studyNouns name the works whose findings are reported like statements.
var studyNouns = lexicon.NewSet(map[string]bool{
	"analysis": true, "audit": true, "paper": true, "poll": true, "polls": true, "report": true,
	"research": true, "review": true, "studies": true, "study": true, "survey": true, "surveys": true,
})

// openingSubordinators open a sentence with a participle whose subject is the main clause's:
// `While saying …, he`, `After warning …, the engineers`.
var openingSubordinators = lexicon.NewSet(map[string]bool{
	"while": true, "after": true, "before": true, "since": true, "when": true, "despite": true,
})

// adverbialBefore returns where an adverbial that runs up to the cue at token i starts inside
// the subject [subj, i) (`Jeb Bush in a blog post said`), or i if there is none.
func adverbialBefore(d *text.Doc, subj, i int) int {
	for k := subj + 1; k+1 < i; k++ {
		switch d.Key(k) {
		case "in", "on", "at", "during":
			if d.Tokens[k+1].Kind == text.Word && skipAdverbial(d, k, i) == i {
				return k // but `4 in 10 said`: a share
			}
		}
	}
	return i
}

// opensComplement reports whether token j opens a clause or a question after a cue: that, to,
// a colon, whether and the like, or a clause start (`said the plan failed`), not a phrase of
// circumstance (`said of the plan`, `said aboard his plane`).
func opensComplement(d *text.Doc, j int, determiners *lexicon.Set) bool {
	k := d.Key(j)
	return k == "that" || k == "to" || k == ":" || complementizers.Has(k) || clauseStart(d, j, determiners)
}

// speechAfter reports whether a quotation that is speech of its own stands among tokens
// [from, to). Colons, sources and labels ask it of the rest of their sentence, or of all of it
// before them, each: it reads only the tokens past those found to hold none when from is among
// them or just after them, as a run-on sentence of many made it quadratic.
func (e *Extractor) speechAfter(cover []int32, qs []Quote, from, to int) bool {
	r := e.noSpeech
	if r == nil {
		return firstSpeech(cover, qs, from, to) < to
	}
	if from < r.from || from > r.to {
		*r = tokenRun{from, from}
	}
	r.to = max(r.to, firstSpeech(cover, qs, r.to, to))
	return r.to < to
}

// firstSpeech returns the first token among [from, to) that a quotation that is speech covers,
// or to (from if from > to).
func firstSpeech(cover []int32, qs []Quote, from, to int) int {
	k := from
	for ; k < to; k++ {
		if q := cover[k]; q >= 0 && qs[q].Role == Speech {
			break
		}
	}
	return k
}

// cueBetween reports whether a cue opens a clause after a comma or a conjunction among tokens
// [from, to): `said, adding that`, `called it reckless and warned that` (but not `denied
// reports that`).
func (e *Extractor) cueBetween(d *text.Doc, from, to int) bool {
	for k := max(from, 1); k < to; k++ {
		if (isComma(d, k-1) || coordinators.Has(d.Key(k-1))) && e.isCue(d, k, to) {
			return true // `calling it reckless and warning that`: the that is warning's
		}
	}
	return false
}

func (e *Extractor) isCue(d *text.Doc, j, limit int) bool {
	if d.Tokens[j].Kind != text.Word || !e.cues.forms.MayStart(d.Key(j)) {
		return false // cueAt's test of the shape, which most words fail, without its call
	}
	_, _, ok := e.cues.matchShaped(d, j, limit, false)
	return ok
}

// objectOfCue reports whether the cue word at token i is the object of a cue just before it
// (`denied reports that`, `rejected claims that`): a noun, not a cue of its own.
func (e *Extractor) objectOfCue(d *text.Doc, i, first int) bool {
	if i == first {
		return false
	}
	switch d.Key(i) {
	case "said", "says", "told", "tells":
		return false // never a noun: `in a Medium post said`, `the experts I interviewed said`
	}
	if prev := d.Key(i - 1); strings.HasSuffix(prev, "s") && !strings.HasSuffix(d.Key(i), "s") && d.Tokens[i-1].Flags&text.Lower != 0 {
		return false // `campaign documents show`: a plural noun and its verb, not a verb and its object
	}
	if d.Tokens[i-1].Kind != text.Word || !e.cues.forms.MayStart(d.Key(i-1)) {
		return false // cueAt's test of the shape, which most words fail, without its call
	}
	_, end, ok := e.cues.matchShaped(d, i-1, i, false)
	return ok && end == i
}

// nounBeforeVerb reports whether the cue word at token i, ending at end, is a plural noun
// followed by its verb, another cue (`advocates say`, `documents show`): a subject, not a cue.
func (e *Extractor) nounBeforeVerb(d *text.Doc, i, end, limit int) bool {
	switch d.Key(i) {
	case "says", "tells", "asks", "adds":
		return false // never nouns
	}
	return end == i+1 && end < limit && strings.HasSuffix(d.Key(i), "s") && !strings.HasSuffix(d.Key(end), "s") &&
		!isParticiple(d.Key(end)) && d.Tokens[i].Flags&text.Lower != 0 && e.isCue(d, end, limit)
}

// conjunctionWithin reports whether "and", "but" or "or" stands among tokens [from, to).
func conjunctionWithin(d *text.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.Key(k) {
		case "and", "but", "or":
			return true
		}
	}
	return false
}

// afterComma reports whether token i follows a comma, or a closing mark after a comma
// (`”a disgrace,” blaming Bloomberg`).
func afterComma(d *text.Doc, i, first int) bool {
	if i <= first {
		return false
	}
	if d.Key(i-1) == "," {
		return true
	}
	return i-2 >= first && d.Tokens[i-1].Kind == text.Mark && d.Key(i-2) == ","
}

// coordinated reports whether the cue at token i is the second verb of its subject, after
// "and", "but" or "or" and perhaps an adverb (`…, but later said`).
func coordinated(d *text.Doc, i, first int) bool {
	// It is so only with an and, but or or among the three tokens before the cue: where none
	// stands, as before most cues, the words are not read for a subject of their own.
	if !conjunctionWithin(d, max(first, i-3), i) {
		return false
	}
	for k := i - 1; k >= first && k >= i-2; k-- {
		switch d.Key(k) {
		case "and", "but", "or":
			return true
		}
		if d.Tokens[k].Kind != text.Word {
			return false
		}
		if newSubject(d, k) || k == i-1 && (pluralNoun(d, k) || groupSubjects.Has(d.Key(k))) {
			// `…, and Trump vowed`, `and he railed`, `but analysts agreed`, `and most
			// said`: a subject of its own, not an adverb (`but later said`); but a sentence that
			// opens `But Ramos said` keeps the whole sentence as its speaker's window.
			return k-1 == first && (d.Key(k-1) == "and" || d.Key(k-1) == "but" || d.Key(k-1) == "or")
		}
	}
	return false
}

// thatWithin returns the index of a "that" among the next n words from j, before any other
// punctuation but commas, or 0. Numbers do not count as words: `said on March 3, 2024 that`.
func thatWithin(d *text.Doc, j, limit, n int) int {
	// By kind first: only a word is "that", and only a mark may be a possessive.
	for k := j; k < limit && n > 0; k++ {
		switch d.Tokens[k].Kind {
		case text.Word:
			if d.Key(k) == "that" {
				return k
			}
			n--
		case text.Number:
		case text.Mark:
			if !possessiveMark(d, k) { // `wrote to Sanders’ Senate office that`
				return 0
			}
		default:
			if d.Key(k) != "," {
				return 0
			}
		}
	}
	return 0
}

// possessiveMark reports whether token k is the apostrophe of a plural possessive, between a
// word in -s and the next word: `Sanders’ office`.
func possessiveMark(d *text.Doc, k int) bool {
	if k == 0 || k+1 >= len(d.Tokens) || d.Tokens[k].Kind != text.Mark || d.Tokens[k].Flags&text.SpaceBefore != 0 {
		return false
	}
	if s := d.TokenText(k); s != "’" && s != "'" {
		return false
	}
	return d.Tokens[k-1].Kind == text.Word && strings.HasSuffix(d.Key(k-1), "s") && d.Tokens[k+1].Kind == text.Word
}

// thatRule returns the name of rule for content that opens with that: the rule's name and
// "-that", spelled out so that no string is built per statement.
func thatRule(rule string) string {
	switch rule {
	case "reported":
		return "reported-that"
	case "reported-participle":
		return "reported-participle-that"
	case "reported-coordinated":
		return "reported-coordinated-that"
	case "reported-colon":
		return "reported-colon-that"
	}
	return rule + "-that"
}
