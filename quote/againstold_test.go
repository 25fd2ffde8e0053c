package quote

import (
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

// TestContentEndSkip checks contentEnd, which passes over plain words in a loop of their own,
// against its form before that loop (contentEndOld) on generated sentences dense in the words
// and punctuation its tests stop at, from every start and with both kinds of content.
func TestContentEndSkip(t *testing.T) {
	e, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for d, cover := range generatedSentences(3000, reportedWords) {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for start := s.First; start < s.Last; start++ {
				for _, np := range []bool{false, true} {
					if got, want := e.contentEnd(d, s, start, cover, np), e.contentEndOld(d, s, start, cover, np); got != want {
						t.Fatalf("%q from token %d (np %v): contentEnd %d, before %d", d.Text, start, np, got, want)
					}
				}
			}
		}
	}
}

// reportedWords are dense in the words and punctuation the scans of reported speech stop at.
var reportedWords = []string{
	"the", "plan", "would", "fail", "he", "said", "in", "an", "interview", "on", "Monday", "at", "a", "rally",
	"and", "but", "because", "while", "when", "after", "as", "through", "his", "lawyer", "saying", "that",
	"last", "week", "this", "year", "during", "via", "since", "before", "today", "critics", "disagreed",
	"which", "who", "despite", "even", "if", "though", "not", "Lee", "Ann", "told", "reporters", "cost",
	"who", "has", "had", "also", "recently", "2010", "yesterday",
	",", ",", ",", ";", ":", "-", "–", "—", "(", ")", "\"", "“", "”", "'s", "$5", "40", "percent",
}

// generatedSentences yields n sentences of words drawn from words, each with a coverage that
// puts one token in eight inside a quotation.
func generatedSentences(n int, words []string) iter.Seq2[*text.Doc, []int32] {
	return func(yield func(*text.Doc, []int32) bool) {
		r := rand.New(rand.NewPCG(7, 18))
		for range n {
			var sb strings.Builder
			for w := 3 + r.IntN(40); w > 0; w-- {
				sb.WriteString(words[r.IntN(len(words))])
				sb.WriteByte(' ')
			}
			sb.WriteString(".")
			d := text.Analyze(sb.String())
			cover := make([]int32, len(d.Tokens))
			for k := range cover {
				cover[k] = -1
				if r.IntN(8) == 0 {
					cover[k] = 0
				}
			}
			if !yield(d, cover) {
				return
			}
		}
	}
}

// TestRelativeSubjectWho checks relativeSubject, which looks for a "who" within reach before
// reading the words before the cue, against its form before (relativeSubjectOld) at every
// token and lower bound of generated sentences.
func TestRelativeSubjectWho(t *testing.T) {
	// The words relativeSubject passes over, and others, so that "who" stands at every
	// distance from the cue.
	words := []string{"who", ",", "has", "also", "recently", "in", "on", "2010", "Monday", "said", "he", "the", "who"}
	for d := range generatedSentences(3000, words) {
		for m := range d.Tokens {
			for lo := -1; lo < m; lo++ {
				if got, want := relativeSubject(d, m, lo), relativeSubjectOld(d, m, lo); got != want {
					t.Fatalf("%q at token %d after %d: %d, before %d", d.Text, m, lo, got, want)
				}
			}
		}
	}
}

// TestCoordinatedConjunction checks coordinated, which looks for an and, but or or within
// reach before reading the words before the cue, against its form before (coordinatedOld) at
// every token and sentence start of generated sentences.
func TestCoordinatedConjunction(t *testing.T) {
	words := []string{"and", "but", "or", "And", "he", "analysts", "most", "Trump", "later", "also", "said", ",", "the", "plan"}
	for d := range generatedSentences(3000, words) {
		for i := range d.Tokens {
			for first := 0; first <= i; first++ {
				if got, want := coordinated(d, i, first), coordinatedOld(d, i, first); got != want {
					t.Fatalf("%q at token %d from %d: %v, before %v", d.Text, i, first, got, want)
				}
			}
		}
	}
}

// TestClosingCueReach checks closingCue, which looks for no cue when none that starts within
// reach can end at stop, against its form before (closingCueOld) for every pair of tokens of
// generated sentences dense in the longest cues, gapped or not, and with a longer caller's verb.
func TestClosingCueReach(t *testing.T) {
	words := []string{"made no secret of", "made Monday no secret of", "took issue with", "took twice issue with",
		"put it on the record", "put Monday it on the record", "said", "aides", "records", "show", "the", "Lee", ",", ",", "a", "spokesman", "of"}
	for _, verbs := range [][]string{nil, {"put it on the record"}} {
		e, err := NewExtractor(Options{Verbs: verbs})
		if err != nil {
			t.Fatal(err)
		}
		for d := range generatedSentences(1000, words) {
			for n := range d.Tokens {
				for stop := n; stop <= len(d.Tokens); stop++ {
					if got, want := e.closingCue(d, n, stop), e.closingCueOld(d, n, stop); got != want {
						t.Fatalf("%q from token %d to %d (verbs %q): %v, before %v", d.Text, n, stop, verbs, got, want)
					}
				}
			}
		}
	}
}

// closingCueOld is closingCue as it was before it looked for no cue out of reach.
func (e *Extractor) closingCueOld(d *text.Doc, n, stop int) bool {
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

// subordinators is the set subordinator's callers asked before it wrote the list out.
var subordinators = lexicon.NewSet(subordinatorsList)

// TestSubordinator checks subordinator against a set of subordinatorsList on testWords.
func TestSubordinator(t *testing.T) {
	for _, v := range testWords(t) {
		if got, want := subordinator(v), subordinators.Has(v); got != want {
			t.Errorf("subordinator(%q) = %v, the list says %v", v, got, want)
		}
	}
}

// testWords returns every key of the test articles and the words of quote's lists, each also
// cut by a byte, grown by one and capitalised.
func testWords(t *testing.T) []string {
	s, err := testdoc.Joined("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	words := slices.Clone(text.Analyze(s).Keys())
	for _, list := range []map[string]bool{subordinatorsList, prepositionsList, relativesList, auxiliariesList,
		coordinatorsList, complementizersList, adverbialStartsList, timeWordList, subjectPronounsList, passiveBeList,
		{";": true, ":": true, ",": true, "via": true, "through": true, "because": true, "last": true, "this": true, "next": true, "during": true}} {
		for w := range list {
			words = append(words, w)
		}
	}
	var out []string
	for _, w := range words {
		out = append(out, w, w[:len(w)-1], w+"s", w+"e", strings.ToUpper(w[:1])+w[1:])
	}
	return out
}

// contentEndWordsOld is the set contentEnd asked before contentEndWord.
var contentEndWordsOld = lexicon.NewSet(func() map[string]bool {
	m := map[string]bool{
		";": true, ":": true, ",": true, "in": true, "during": true, "at": true, "on": true, "via": true,
		"through": true, "because": true, "and": true, "but": true, "after": true, "when": true,
		"before": true, "last": true, "this": true, "next": true, "while": true, "since": true, "as": true,
	}
	maps.Copy(m, timeWordList)
	return m
}())

// TestContentEndWord checks contentEndWord against the set it replaced, built from timeWordList
// as it was, on the same words as TestSubordinator.
func TestContentEndWord(t *testing.T) {
	for _, v := range testWords(t) {
		if got, want := contentEndWord(v), contentEndWordsOld.Has(v); got != want {
			t.Errorf("contentEndWord(%q) = %v, the set says %v", v, got, want)
		}
	}
}

// contentEndOld is contentEnd as it was before plain words were passed over in a loop of their
// own.
func (e *Extractor) contentEndOld(d *text.Doc, s *text.Segment, start int, cover []int32, np bool) int {
	stop := min(lastWordless(d, s), start+maxContent)
	for k := start; k < stop; k++ {
		key := d.Key(k)
		if key == ";" || key == ":" && k > start && k+1 < len(d.Tokens) && cover[k+1] >= 0 {
			stop = k // `said he was too busy: "I have a lot going on."`: the quotation is a statement of its own
			break
		}
		if k == start || d.Tokens[k].Kind == text.Word && !contentEndWordsOld.Has(key) {
			continue // most words: none of the tests below can end the content at them
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
		if np && k > start && !isComma(d, k-1) && (trailingFrame(d, k, stop) || trailingTime(d, k, stop)) {
			stop = k // `… backed gay marriage after his son came out`: the writer's frame
			break
		}
		if k > start+2 && !isComma(d, k-1) && e.subordinateCue(d, k, stop) {
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
			if (next == "despite" || next == "after" || next == "as" && !asWellAs(d, n, stop) && !asPredicate(d, n+1, stop) || next == "compared" || next == "even" && n+1 < stop && subordinators.Has(d.Key(n+1)) && d.Key(n+1) != "if") && !closedAside(d, n, stop) {
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

// relativeSubjectOld is relativeSubject as it was before it looked for a "who" first.
func relativeSubjectOld(d *text.Doc, m, lo int) int {
	for k := m - 1; k > lo && k >= m-3; k-- {
		key := d.Key(k)
		if key == "who" {
			if k > 0 && d.Key(k-1) == "," {
				return k
			}
			return -1
		}
		if d.Tokens[k].Kind == text.Number || key == "in" || key == "on" {
			continue // `who in 2010 said`
		}
		if d.Tokens[k].Kind != text.Word {
			return -1
		}
		// Most words before a cue are in neither set: one look-up turns them away.
		inSets := timeOrAuxiliary.Has(key)
		if inSets && timeWords.Has(key) {
			continue // `who on Monday said`
		}
		if !(inSets && auxiliaries.Has(key)) && !strings.HasSuffix(key, "ly") && key != "also" {
			return -1
		}
	}
	return -1
}

// coordinatedOld is coordinated as it was before it looked for a conjunction first.
func coordinatedOld(d *text.Doc, i, first int) bool {
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

// TestContentStartPunct checks what lets contentStart ask its punctuation case before the
// cases of words, and its sets of words of words alone: no punctuation token's key is a word
// those cases test, nor any other token's but a word's in those sets (over the test articles
// and every ASCII, Latin-1 and General Punctuation character), and a colon, the one
// punctuation that opens a complement, still does (it fails if the case takes colons too).
func TestContentStartPunct(t *testing.T) {
	s, err := testdoc.Joined("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString(s)
	for r := rune(0x21); r < 0x2070; r++ {
		if r < 0x100 || r >= 0x2000 {
			sb.WriteString(" a")
			sb.WriteRune(r)
			sb.WriteString("b ")
		}
	}
	for _, list := range []map[string]bool{complementizersList, adverbialStartsList, timeWordList} {
		for w := range list {
			if !startSets.Has(w) {
				t.Fatalf("startSets lacks %q, which a case of contentStart asks after it", w)
			}
		}
	}
	d := text.Analyze(sb.String())
	for k := range d.Tokens {
		key := d.Key(k)
		if d.Tokens[k].Kind != text.Word && (complementizers.Has(key) || adverbialStarts.Has(key) || timeWords.Has(key)) {
			// contentStart asks these sets of words alone (startSets).
			t.Fatalf("token %q of kind %v is in a set of words", key, d.Tokens[k].Kind)
		}
		if d.Tokens[k].Kind != text.Punct {
			continue
		}
		switch {
		case key == "when" || key == "if" || key == "that" || key == "yes" || key == "no" || key == "so" ||
			key == "as" || key == "to":
			t.Fatalf("punctuation token %q has a key the word cases test", key)
		}
	}
	e, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int // the token contentStart returns, after the cue "said" at token 1
	}{
		{"Lee said: the plan will fail.", 2},
		{"Lee said, the plan will fail.", -1},
		{"Lee said, however, that the plan will fail.", 5},
		{"Lee said on Monday: the plan will fail.", 4},
	} {
		d := text.Analyze(tc.text)
		cover := make([]int32, len(d.Tokens))
		fill(cover, -1)
		f, end, ok := e.cues.cueAt(d, 1, len(d.Tokens))
		if !ok {
			t.Fatalf("%q: no cue at token 1", tc.text)
		}
		if got := e.contentStart(d, &d.Sentences[0], end, &f, cover, nil, false); got != tc.want {
			t.Errorf("%q: contentStart %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestContentStartComma checks that contentStart, at a comma right after the cue, needs no
// second thatWithin after its first (`said, however, that`): over generated sentences that open
// "Lee said ," it returns what it did when it asked again from the word after the comma. It
// fails if the first thatWithin is given fewer words than the second had.
func TestContentStartComma(t *testing.T) {
	e, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	words := append([]string{"however", "that", "reporters", "Sanders", "’", "’s", "calling", "warning", "and", "it"}, reportedWords...)
	r := rand.New(rand.NewPCG(7, 19))
	for range 20000 {
		var sb strings.Builder
		sb.WriteString("Lee said ,")
		for w := 1 + r.IntN(9); w > 0; w-- {
			sb.WriteByte(' ')
			sb.WriteString(words[r.IntN(len(words))])
		}
		sb.WriteString(" .")
		d := text.Analyze(sb.String())
		f, end, ok := e.cues.cueAt(d, 1, len(d.Tokens))
		if !ok || end >= len(d.Tokens) || d.Key(end) != "," {
			continue
		}
		s := &d.Sentences[0]
		cover := make([]int32, len(d.Tokens))
		fill(cover, -1)
		want := -1 // contentStart's answer before: a that after the comma, asked twice
		if k := thatWithin(d, end, s.Last, 5); k > 0 && !e.cueBetween(d, end, k) {
			want = k
		} else if k := thatWithin(d, end+1, s.Last, 4); k > 0 && !e.cueBetween(d, end+1, k) {
			want = k
		}
		if got := e.contentStart(d, s, end, &f, cover, nil, false); got != want {
			t.Fatalf("%q: contentStart %d, before %d", d.Text, got, want)
		}
	}
}
