package quote

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

//go:embed cues.txt
var cuesList string

//go:embed determiners.txt
var determinersList string

//go:embed nouns.txt
var nounsList string

// A cueForm is what the lexicon knows of one inflected form of a cue. It is made by
// [newCueForm], which reads the lemma's traits.
type cueForm struct {
	lemma string
	// meta holds the class in its low byte and the traits in its high byte: one field, which
	// passes in one register where two would weigh on every call that takes or returns a form.
	meta uint16
}

// class returns the class of the cue.
func (f cueForm) class() CueClass { return CueClass(f.meta) }

// cueTraits are the word classes of a cue's lemma that the patterns ask at nearly every cue,
// read once from their sets when the cueForm is made.
type cueTraits uint8

// The traits, each a set of lemmas.
const (
	objectVerb      cueTraits = 1 << iota // objectVerbs: told reporters that
	willVerb                              // willVerbs: wants to simplify the tax code
	invertingVerb                         // inverting: …, said Mr. Smith
	objectNotStated                       // objectNotStatedVerbs: added 300 jobs
)

// newCueForm returns the form of a cue of lemma and class, with the lemma's traits.
func newCueForm(lemma string, class CueClass) cueForm {
	var traits cueTraits
	for _, t := range []struct {
		set   *lexicon.Set
		trait cueTraits
	}{{objectVerbs, objectVerb}, {willVerbs, willVerb}, {inverting, invertingVerb}, {objectNotStatedVerbs, objectNotStated}} {
		if t.set.Has(lemma) {
			traits |= t.trait
		}
	}
	return cueForm{lemma: lemma, meta: uint16(class) | uint16(traits)<<8}
}

// is reports whether the cue's lemma has trait t.
func (f cueForm) is(t cueTraits) bool { return f.meta>>8&uint16(t) != 0 }

// cueLexicon holds the cues, keyed by their folded words, and the words that may open a cue's
// subject.
type cueLexicon struct {
	forms *lexicon.Phrases[cueForm]
	// firsts holds the second shapes of the first words of forms (wordFilter).
	firsts      *wordFilter
	nouns       *lexicon.Phrases[cueForm] // cue nouns: `his claim that`, `criticism of`
	determiners *lexicon.Set
	// subjectWords are the determiners and groupSubjects in one set, which subjectLike asks
	// of every word where it asked both.
	subjectWords *lexicon.Set
	// memo is set only in the copy that AppendDoc makes for one text (see cueMemo); the
	// Extractor's own lexicon has none and stays read-only.
	memo *cueMemo
}

// A cueMemo keeps the look-ups of one text's tokens in the cue lexicon: the stages ask again
// at the same tokens (a quotation's cue, then the scan of reported speech at it), and the
// look-up, a hash probe and the cues' words compared, is most of what a cue test costs.
type cueMemo struct {
	at    []int32    // token -> 0 if not looked up, -1 if it starts no cue, else 1 + index in found
	found []cueFound // the cues found
}

// cueFound is the longest cue that starts at a token, read up to the end of the text.
type cueFound struct {
	f   cueForm
	end int
}

// reset empties m for a text of n tokens.
func (m *cueMemo) reset(n int) {
	m.at = slices.Grow(m.at[:0], n)[:n]
	clear(m.at)
	m.found = m.found[:0]
}

// builtinCues loads the embedded lexicon once.
var builtinCues = sync.OnceValue(func() *cueLexicon {
	l, err := parseCues(cuesList)
	if err != nil {
		panic(err) // embedded data; TestLexicons keeps it well-formed
	}
	nouns, err := parseCueList("nouns.txt", nounsList)
	if err != nil {
		panic(err)
	}
	l.nouns = nouns
	determiners := map[string]bool{}
	for _, f := range lexicon.Entries(determinersList) {
		determiners[f[0]] = true
	}
	l.determiners = lexicon.NewSet(determiners)
	l.subjectWords = unionSet(determiners, groupSubjectsList)
	return l
})

func parseCues(data string) (*cueLexicon, error) {
	forms, err := parseCueList("cues.txt", data)
	if err != nil {
		return nil, err
	}
	return &cueLexicon{forms: forms, firsts: newWordFilter(forms)}, nil
}

// A wordFilter holds the second shapes of a set of words: their length with their first,
// second and second-to-last bytes, hashed to one bit. Most words that pass a ShapeSet, which
// reads the first, middle and last bytes, share them with a word of the set (with and wish,
// have and hate, campaign and complain); this shape tells two in three of them apart, for the
// cost of a multiplication rather than a look-up. (A hash of the first and last four bytes
// told 97 in 100 apart, but cost more than it saved.)
type wordFilter struct {
	bits [1 << wordFilterBits / 64]uint64
}

// wordFilterBits is the number of bits of a second shape's hash: a table of 4 KB.
const wordFilterBits = 15

// newWordFilter returns the filter of the first words of the phrases of p.
func newWordFilter(p *lexicon.Phrases[cueForm]) *wordFilter {
	wf := new(wordFilter)
	for w := range p.Firsts() {
		if len(w) >= 2 {
			b := secondShape(w)
			wf.bits[b/64] |= 1 << (b % 64)
		}
	}
	return wf
}

// mayHave reports whether w may be in the set; a word shorter than two bytes may always be.
func (wf *wordFilter) mayHave(w string) bool {
	if len(w) < 2 {
		return true
	}
	b := secondShape(w)
	return wf.bits[b/64]&(1<<(b%64)) != 0
}

// secondShape returns the bit of the second shape of w, which has two bytes or more.
func secondShape(w string) uint64 {
	n := len(w)
	k := uint64(w[1]) | uint64(w[n-2])<<8 | uint64(w[0])<<16 | uint64(n)<<24
	return k * 0x9e3779b97f4a7c15 >> (64 - wordFilterBits)
}

// parseCueList reads a list of cues, each a lemma, a class and its forms, into phrases keyed
// by their folded words; name is the list's name for errors.
func parseCueList(name, data string) (*lexicon.Phrases[cueForm], error) {
	forms := &lexicon.Phrases[cueForm]{}
	classes := map[string]CueClass{}
	for i, n := range cueClassNames.Names {
		classes[n] = CueClass(i)
	}
	var words []string // a form's words, read into the same slice for every form: Add copies them
	for n, f := range lexicon.Entries(data) {
		if len(f) != 3 {
			return nil, &lexicon.Error{List: name, Line: n, Msg: "want lemma, class and forms"}
		}
		class, ok := classes[f[1]]
		if !ok || class == 0 {
			return nil, &lexicon.Error{List: name, Line: n, Msg: fmt.Sprintf("unknown class %q", f[1])}
		}
		cf := newCueForm(f[0], class) // one for the lemma's forms: it reads four sets
		for form := range strings.FieldsSeq(f[2]) {
			words = words[:0]
			for more := true; more; {
				var w string
				w, form, more = strings.Cut(form, "+")
				words = append(words, w)
			}
			forms.Add(foldWords(words), cf)
		}
	}
	return forms, nil
}

// foldWords folds each of words in place, and returns them.
func foldWords(words []string) []string {
	for i, w := range words {
		words[i] = text.Fold(w)
	}
	return words
}

// with returns l extended by the caller's extra verbs, or l itself if there are none.
func (l *cueLexicon) with(verbs []string) (*cueLexicon, error) {
	if len(verbs) == 0 {
		return l, nil
	}
	out := new(cueLexicon)
	*out = *l
	out.forms = l.forms.Clone()
	for _, v := range verbs {
		words := strings.Fields(v)
		if len(words) == 0 {
			return nil, errors.New("quote: empty verb in Options.Verbs")
		}
		out.forms.Add(foldWords(words), newCueForm(strings.ToLower(v), Speaking))
	}
	out.firsts = newWordFilter(out.forms)
	return out, nil
}

// cueAt reports whether a cue starts at token i, and returns it with the index of the token
// after it; the cue's words all lie below limit.
func (l *cueLexicon) cueAt(d *text.Doc, i, limit int) (cueForm, int, bool) {
	return l.match(d, i, limit, false)
}

// reportedCueAt is cueAt for reported speech, which also reads a gerund after by as a verb,
// the means of an act (`distanced himself by saying he would help`), though by mostly marks a
// noun. The quotation stage keeps cueAt: there `by saying` seldom introduces the quotation.
func (l *cueLexicon) reportedCueAt(d *text.Doc, i, limit int) (cueForm, int, bool) {
	return l.match(d, i, limit, true)
}

// match is cueAt, with a gerund after by, or after a preposition that opens the sentence
// (openingGerund), read as a verb if byGerunds.
func (l *cueLexicon) match(d *text.Doc, i, limit int, byGerunds bool) (cueForm, int, bool) {
	// Most words are no cue, and the shapes of the cues' first words tell so at once: test
	// them before the plain and the gapped look-up, and the word before.
	if d.Tokens[i].Kind != text.Word || !l.forms.MayStart(d.Key(i)) {
		return cueForm{}, 0, false
	}
	return l.matchShaped(d, i, limit, byGerunds)
}

// matchShaped is match for a caller that has found token i a word with the shape of a cue's
// first word (mayStart): the scan of reported speech tests every word's shape first, and
// calls it with byGerunds, as reportedCueAt.
func (l *cueLexicon) matchShaped(d *text.Doc, i, limit int, byGerunds bool) (cueForm, int, bool) {
	f, end, ok := l.recall(d, i, limit)
	if !ok || i > 0 && isNounMarker(d.Key(i-1)) && !(byGerunds && (byGerund(d, i) || openingGerund(d, i))) && !pronounIs(d, i-1) {
		return cueForm{}, 0, false // "the plan", "his call": a noun, not a verb
	}
	if d.Tokens[i].Flags&text.Upper != 0 && nameWord(d, i) { // most cues are in lower case: no call
		return cueForm{}, 0, false // "the Washington Post's editors", "the Asbury Park Press said"
	}
	if nounFirst(d.Key(i)) && !(i > 0 && verbMarkers.Has(d.Key(i-1))) {
		return cueForm{}, 0, false // "strong support among voters", "45 percent support"
	}
	if byGerunds && d.Key(i) == f.lemma && compoundNoun(d, i) {
		return cueForm{}, 0, false // "the roll call", "a conference call": a noun after a noun
	}
	if (isNounCue(f.lemma) || byGerunds && nounForm(d.Key(i), f.lemma)) && modifiedNoun(d, i) {
		// "his full support", "a botched attempt"; in reported speech the plain and -s forms
		// of any cue too, which are mostly nouns there: "the lingering question", "his recent
		// comments", "internal questions". But says and tells are never nouns: "the official
		// says".
		return cueForm{}, 0, false
	}
	return f, end, true
}

// recall is words through the memo, if l has one. The cue found up to the end of the text is
// the cue found up to limit if it ends by then: a shorter one would come after it (the longest
// first), and none is found up to limit if none is up to the end.
func (l *cueLexicon) recall(d *text.Doc, i, limit int) (cueForm, int, bool) {
	m := l.memo
	if m == nil {
		return l.words(d, i, limit)
	}
	switch k := m.at[i]; {
	case k < 0:
		return cueForm{}, 0, false
	case k > 0:
		if c := &m.found[k-1]; c.end <= limit {
			return c.f, c.end, true
		}
		return l.words(d, i, limit) // a shorter cue may end by limit
	}
	f, end, ok := l.words(d, i, len(d.Tokens))
	if !ok {
		m.at[i] = -1
		return cueForm{}, 0, false
	}
	m.found = append(m.found, cueFound{f: f, end: end})
	m.at[i] = int32(len(m.found))
	if end > limit {
		return l.words(d, i, limit)
	}
	return f, end, true
}

// words returns the longest cue of the lexicon whose words are tokens [i, end), end <= limit,
// before the tests of what surrounds it.
func (l *cueLexicon) words(d *text.Doc, i, limit int) (cueForm, int, bool) {
	// Both look-ups read token i first: most words with a cue's shape start none, and then
	// neither is tried.
	fi := l.forms.FirstOf(d.Key(i))
	if fi < 0 {
		return cueForm{}, 0, false
	}
	f, end, ok := l.forms.MatchFirst(fi, d.Keys(), i, -1, limit)
	// Most cues' first words start no cue of several words, and then no gap is looked for.
	if l.forms.StartsMulti(fi) {
		if gf, gend, gok := l.gapMatch(d, fi, i, limit); gok && (!ok || gend > end) {
			f, end, ok = gf, gend, true
		}
	}
	return f, end, ok
}

// mayStart reports whether a cue may start at token i: whether it is a word with the shape
// of a cue's first word. It is not inlined (MayStart nearly fills the budget alone), and is
// called once a sentence: written out in the scan of reported speech, the test made that
// loop's own code 5.7K instructions per operation dearer, more than the call costs.
func (l *cueLexicon) mayStart(d *text.Doc, i int) bool {
	return d.Tokens[i].Kind == text.Word && l.forms.MayStart(d.Key(i))
}

// gapMatch finds a cue of several words whose verb is parted from the rest by one adverb or
// day (`spoke favorably of`, `called Wednesday for`, `touched briefly on`): read without that
// word, the verb alone would report what the phrase reports. Token i is the fi-th first word of
// the cues (FirstOf), one that starts a cue of several words (StartsMulti).
func (l *cueLexicon) gapMatch(d *text.Doc, fi, i, limit int) (cueForm, int, bool) {
	if i+2 >= limit || d.Tokens[i+1].Kind != text.Word || !gapWord(d.Key(i+1)) {
		return cueForm{}, 0, false
	}
	f, end, ok := l.forms.MatchFirst(fi, d.Keys(), i, i+1, limit-1)
	if !ok || end <= i+1 {
		return cueForm{}, 0, false // the verb alone: the plain match has it
	}
	return f, end + 1, true
}

// gapWord reports whether key may stand inside a phrasal cue: an adverb of manner in -ly, a
// day, or an adverb of repetition or degree.
func gapWord(key string) bool {
	if len(key) > 4 && strings.HasSuffix(key, "ly") {
		return true
	}
	return gapWords.Has(key)
}

// gapAdverbs are the adverbs not in -ly that stand inside a phrasal cue (`voted twice for`).
var gapAdverbs = map[string]bool{"again": true, "twice": true, "instead": true, "more": true, "also": true}

// gapWords are the days and gapAdverbs in one set, which gapWord asks where it asked two.
var gapWords = unionSet(timeWordList, gapAdverbs)

// nounFirst reports whether key is a cue form far more often a noun than a verb: such a form
// is a cue only after one of verbMarkers (on PolNeAR dev, plain support was a cue one time in
// three). A switch, not a set: it is asked at every cue, and the list is one word long.
func nounFirst(key string) bool {
	switch key {
	case "support":
		return true
	}
	return false
}

// verbMarkers are the words that only a verb follows: to, modals, do, not, relative and
// subject pronouns, adverbs of time.
var verbMarkers = lexicon.NewSet(map[string]bool{
	"to": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"might": true, "must": true, "may": true, "shall": true, "do": true, "does": true,
	"did": true, "not": true, "n't": true, "never": true, "who": true, "that": true,
	"which": true, "i": true, "we": true, "they": true, "also": true, "still": true,
	"strongly": true, "fully": true, "generally": true,
})

// nameWord reports whether token i, a capitalised word inside a sentence that is not written
// in title case, is part of a name that the capitalised word before it opens: a newspaper, a
// show or a programme named for a verb (`the Washington Post`, `The Tonight Show`), not a verb.
// A headline capitalises its verbs too (`Senator Praises Rubio Donor`): there the words around
// the name are capitalised as well.
func nameWord(d *text.Doc, i int) bool {
	t := &d.Tokens[i]
	if t.Flags&text.Upper == 0 || t.Flags&(text.SentStart|text.AllUpper) != 0 || i == 0 {
		return false
	}
	if p := &d.Tokens[i-1]; p.Kind != text.Word || p.Flags&text.Upper == 0 || p.Flags&text.SentStart != 0 && p.Flags&text.Abbrev == 0 && i < 2 {
		return false
	}
	// A lower-case word that is not one title case keeps small (of, the, and) shows the
	// sentence is prose: look a few words either side of the name.
	first := i - 1
	for first > 0 && d.Tokens[first].Flags&text.SentStart == 0 && d.Tokens[first-1].Kind == text.Word && d.Tokens[first-1].Flags&text.Upper != 0 {
		first--
	}
	from := first
	for from > 0 && first-from < 3 && d.Tokens[from].Flags&text.SentStart == 0 {
		from--
	}
	for k := from; k < min(len(d.Tokens), i+4); k++ {
		if k > i && d.Tokens[k].Flags&text.SentStart != 0 {
			break // limit may end before the sentence does: the words after it count
		}
		if k >= first && k <= i {
			continue
		}
		if d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.Lower != 0 && !titleSmall(d.Key(k)) {
			return true
		}
	}
	return false
}

// titleSmall reports whether key is a word title case leaves in lower case.
func titleSmall(key string) bool {
	switch key {
	case "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
		"with", "from", "as", "vs", "vs.", "v.", "'s", "’s":
		return true
	}
	return false
}

// pronounIs reports whether token k is the 's of is or has after a pronoun (`he's suggesting`,
// `she's hoped`), not a possessive (`the ministry's statement`).
func pronounIs(d *text.Doc, k int) bool {
	if k == 0 || d.Key(k) != "'s" {
		return false
	}
	switch d.Key(k - 1) {
	case "he", "she", "it", "who", "that", "there", "what":
		return true
	}
	return false
}

// nounForm reports whether key, a form of the cue lemma, may be a noun after an adjective:
// the plain form or the -s form, but not says or tells.
func nounForm(key, lemma string) bool {
	// Each form it takes is the lemma and an ending: most words asked differ in length or
	// in the first letters, and no comparison is made past them.
	if len(key) < len(lemma) || len(key) > len(lemma)+2 || key[:len(lemma)] != lemma {
		return false
	}
	switch key[len(lemma):] {
	case "":
		return true
	case "s":
		return key != "says" && key != "tells"
	}
	return key[len(lemma):] == "es"
}

// compoundNoun reports whether token i, the plain form of a cue, is the head of a compound
// noun after a determiner and a singular noun (`the roll call`, `a press call`), not a verb
// after a plural subject (`the officials say`, `the police say`).
func compoundNoun(d *text.Doc, i int) bool {
	if i < 2 || !isNounMarker(d.Key(i-2)) || d.Key(i-2) == "'s" {
		return false
	}
	prev := &d.Tokens[i-1]
	k := d.Key(i - 1)
	if prev.Kind != text.Word || prev.Flags&text.Lower == 0 || strings.HasSuffix(k, "s") || groupSubjects.Has(k) {
		return false
	}
	switch k {
	case "police", "people", "media", "public", "staff", "military", "press", "clergy", "government", "team",
		"who", "that", "both", "two", "three", "four", "five":
		// a subject of its own: `those who fear`, `the two admit`
		return false
	}
	return !strings.HasSuffix(k, "ed") // `those surveyed say`: a participle names people
}

// byGerund reports whether token i is a gerund after by.
func byGerund(d *text.Doc, i int) bool { return d.Key(i-1) == "by" && isParticiple(d.Key(i)) }

// isNounCue reports whether lemma is one of the cue verbs whose plain and -s forms are most
// often nouns. (A switch, not a map: it is asked for every cue the scans meet.)
func isNounCue(lemma string) bool {
	switch lemma {
	case "support", "attempt", "offer", "vote for", "call", "pledge":
		return true
	}
	return false
}

// modifiedNoun reports whether token i, in its plain or -s form, is a noun after a determiner
// and one adjective: "the delegation's full support", "his repeated attempts".
func modifiedNoun(d *text.Doc, i int) bool {
	if i < 2 {
		return false
	}
	k := d.Key(i)
	if strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ing") {
		return false
	}
	if d.Key(i-2) == "those" && strings.HasSuffix(d.Key(i-1), "ed") {
		return false // `those surveyed say`: the participle names the people who say
	}
	prev := &d.Tokens[i-1]
	if prev.Kind != text.Word || prev.Flags&text.Lower == 0 || !adjectiveLike(d.Key(i-1)) {
		return false // "the union supports", "their supporters support": a subject, then the verb
	}
	return isNounMarker(d.Key(i - 2))
}

// adjectiveLike reports whether w reads as a modifier of a noun: an adjective suffix (repeated,
// botched, unanimous, public, lingering) or a common adjective of support (full, strong).
func adjectiveLike(w string) bool {
	switch w {
	case "full", "strong", "broad", "new", "own", "first", "last", "early":
		return true
	}
	for _, suf := range [...]string{"ed", "ful", "al", "ive", "ous", "ic", "able", "ible", "less", "ent", "ant", "ing"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isNounMarker reports whether k is one of nounMarkers. It is the map's test written as a
// switch, which costs a fraction of a map look-up: cue matching asks it for the word before
// every cue, and the patterns ask it instead of the map too. TestNounMarkers keeps the two in
// step.
func isNounMarker(k string) bool {
	switch k {
	case "a", "an", "the", "his", "its", "their", "our", "my", "your", "this", "these", "those",
		"every", "each", "any", "no", "'s",
		"of", "in", "for", "with", "without", "about", "by", "from", "into", "under", "against":
		return true
	}
	return false
}

// nounMarkers are the determiners and possessives after which a cue word is a noun.
var nounMarkers = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "these": true, "those": true, "every": true,
	"each": true, "any": true, "no": true, "'s": true,
	// After a preposition a cue word is a noun too: "a decade of dispute", "in support of".
	"of": true, "in": true, "for": true, "with": true, "without": true, "about": true,
	"by": true, "from": true, "into": true, "under": true, "against": true,
}
