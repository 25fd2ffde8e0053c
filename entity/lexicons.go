package entity

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// The embedded lists; each file's header says where its entries came from.
var (
	//go:embed titles.txt
	titlesList string
	//go:embed roles.txt
	rolesList string
	//go:embed demonyms.txt
	demonymsList string
	//go:embed places.txt
	placesList string
	//go:embed orgwords.txt
	orgwordsList string
	//go:embed firstnames.txt
	firstnamesList string
	//go:embed nonnames.txt
	nonnamesList string
	//go:embed thingwords.txt
	thingwordsList string
)

// titleClass groups the titles of titles.txt.
type titleClass uint8

const (
	honorific titleClass = iota + 1 // Mr, Mrs, Dr, Sir, Lady: forms of address
	office                          // every other class: president, general, pope, judge …
)

type titleInfo struct {
	class  titleClass
	gender Gender
}

type roleInfo struct {
	kind   Kind // Person, Organisation or Group
	plural bool
	gender Gender
}

type placeInfo struct {
	canonical string
}

type lexicons struct {
	// phrases holds the titles, roles, nationalities and places by their first word, which
	// holders gives the index of (see phraseShift): a word's bits lead to its phrases without
	// a second look-up.
	phrases    []phrasesOf
	orgHeads   map[string]bool
	orgNames   map[string]bool
	firstNames map[string]Gender
	nonNames   map[string]bool
	thingHeads map[string]bool

	// holders says which of the above and of the closed classes of mention.go and cluster.go
	// hold each word, so that a text's tokens are looked up once each (see lookUp).
	holders *lexicon.Table[wordBits]
	// pronounList holds the pronouns' entries, by the index of their wordBits.
	pronounList []pronounInfo
	// oddKeys reports a key of holders that does not start with a letter, or with an
	// apostrophe and a letter, and so may be the key of a token other than a word.
	oddKeys bool
}

// wordBits say which lexicons hold a word. The first three say what the word can open, so that
// the scan looks up the phrase tables only where one may begin.
type wordBits uint64

const (
	startsPronoun wordBits = 1 << iota // pronouns
	startsNominal                      // a determiner, or the first word of a role or office
	startsName                         // a modifier or nationality before a title

	wMonth        // months
	wDatePrep     // datePrepositions
	wParticle     // particles
	wSuffix       // suffixes
	wModifier     // modifiers
	wDeterminer   // determiners
	wDefinite     // definiteDeterminers
	wNotModifier  // notModifiers
	wPlacePrep    // placePrepositions
	wOrgHead      // orgwords.txt, as the last word of a name
	wOrgName      // orgwords.txt, as a name
	wGiven        // firstnames.txt
	wNonName      // nonnames.txt
	wThingHead    // thingwords.txt
	wTitleFirst   // the first word of a title
	wRoleFirst    // the first word of a role
	wDemonymFirst // the first word of a nationality
	wPlaceFirst   // the first word of a place

	startsMask = startsPronoun | startsNominal | startsName

	// The top bits say what a word's entry in three lists says, so that the scan reads it from
	// the word's bits rather than look the word up again: a given name's gender (firstnames.txt),
	// a pronoun's index in lexicons.pronounList, plus one, and the index in lexicons.phrases of
	// the phrases the word opens, plus one.
	givenShift   = 21 // 3 bits: a Gender
	pronounShift = 24 // 8 bits: 0, or the index plus one
	pronounMask  = 0xff
	phraseShift  = 32 // 32 bits: 0, or the index plus one
)

// A phrase is an entry of a phrase list (titles, roles, nationalities, places) after its first
// word: the words that follow it, and what the list says of it.
type phrase[T any] struct {
	rest []string
	val  T
}

// phrasesOf are the phrases of the four phrase lists that open with one word.
type phrasesOf struct {
	titles   []phrase[titleInfo]
	roles    []phrase[roleInfo]
	demonyms []phrase[string]
	places   []phrase[placeInfo]
}

// addPhrase returns list with the phrase of rest and v added; a phrase listed twice keeps its
// first value.
func addPhrase[T any](list []phrase[T], rest []string, v T) []phrase[T] {
	for _, p := range list {
		if slices.Equal(p.rest, rest) {
			return list
		}
	}
	return append(list, phrase[T]{rest: rest, val: v})
}

// matchPhrase finds the longest phrase of list, of the phrases that open with keys[i], whose
// words follow keys[i] below limit (the first listed of equals), and returns its value and the
// index after it.
func matchPhrase[T any](list []phrase[T], keys []string, i, limit int) (v T, end int, ok bool) {
	best := -1
	for ci := range list {
		c := &list[ci]
		if i+1+len(c.rest) > limit || best >= 0 && len(c.rest) <= len(list[best].rest) {
			continue
		}
		if slices.Equal(c.rest, keys[i+1:i+1+len(c.rest)]) {
			best = ci
		}
	}
	if best < 0 {
		return v, 0, false
	}
	return list[best].val, i + 1 + len(list[best].rest), true
}

// loadLexicons parses the embedded lists once; a malformed line is reported as an error.
var loadLexicons = sync.OnceValues(func() (*lexicons, error) {
	l := &lexicons{
		orgHeads:   map[string]bool{},
		orgNames:   map[string]bool{},
		firstNames: map[string]Gender{},
		nonNames:   map[string]bool{},
		thingHeads: map[string]bool{},
	}
	firsts := map[string]int{} // the index in l.phrases of each first word
	phrasesFor := func(ws []string) (*phrasesOf, []string) {
		i, ok := firsts[ws[0]]
		if !ok {
			i = len(l.phrases)
			firsts[ws[0]] = i
			l.phrases = append(l.phrases, phrasesOf{})
		}
		return &l.phrases[i], ws[1:]
	}
	for n, f := range lexicon.Entries(titlesList) {
		if len(f) != 3 {
			return nil, &lexicon.Error{List: "titles.txt", Line: n, Msg: "want form, class and gender"}
		}
		info := titleInfo{class: office, gender: genderField(f[2])}
		if f[1] == "honorific" {
			info.class = honorific
		}
		if ws := words(f[0]); len(ws) > 0 {
			p, rest := phrasesFor(ws)
			p.titles = addPhrase(p.titles, rest, info)
		}
	}
	for n, f := range lexicon.Entries(rolesList) {
		if len(f) != 4 {
			return nil, &lexicon.Error{List: "roles.txt", Line: n, Msg: "want form, kind, number and gender"}
		}
		info := roleInfo{kind: Person, plural: f[2] == "pl", gender: genderField(f[3])}
		switch f[1] {
		case "organisation":
			info.kind = Organisation
		case "group":
			info.kind = Group
		}
		if ws := words(f[0]); len(ws) > 0 {
			p, rest := phrasesFor(ws)
			p.roles = addPhrase(p.roles, rest, info)
		}
	}
	for n, f := range lexicon.Entries(demonymsList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "demonyms.txt", Line: n, Msg: "want form and country"}
		}
		if ws := words(f[0]); len(ws) > 0 {
			p, rest := phrasesFor(ws)
			p.demonyms = addPhrase(p.demonyms, rest, f[1])
		}
	}
	for n, f := range lexicon.Entries(placesList) {
		if len(f) != 3 {
			return nil, &lexicon.Error{List: "places.txt", Line: n, Msg: "want form, type and canonical name"}
		}
		if ws := words(f[0]); len(ws) > 0 {
			p, rest := phrasesFor(ws)
			p.places = addPhrase(p.places, rest, placeInfo{canonical: f[2]})
		}
	}
	for n, f := range lexicon.Entries(orgwordsList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "orgwords.txt", Line: n, Msg: "want form and use"}
		}
		if f[1] == "name" {
			l.orgNames[text.Fold(f[0])] = true
		} else {
			l.orgHeads[text.Fold(f[0])] = true
		}
	}
	for n, f := range lexicon.Entries(firstnamesList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "firstnames.txt", Line: n, Msg: "want name and gender"}
		}
		l.firstNames[text.Fold(f[0])] = genderField(f[1])
	}
	for _, f := range lexicon.Entries(nonnamesList) {
		l.nonNames[text.Fold(f[0])] = true
	}
	for _, f := range lexicon.Entries(thingwordsList) {
		l.thingHeads[text.Fold(f[0])] = true
	}
	holders := map[string]wordBits{}
	add := func(w string, b wordBits) { holders[w] |= b }
	for _, w := range slices.Sorted(maps.Keys(pronouns)) {
		l.pronounList = append(l.pronounList, pronouns[w])
		add(w, startsPronoun|wordBits(len(l.pronounList))<<pronounShift)
	}
	for w, g := range l.firstNames {
		add(w, wGiven|wordBits(g)<<givenShift)
	}
	for _, set := range []struct {
		words map[string]bool
		bits  wordBits
	}{
		{determiners, startsNominal | wDeterminer}, {modifiers, startsName | wModifier},
		{months, wMonth}, {datePrepositions, wDatePrep}, {particles, wParticle},
		{suffixes, wSuffix}, {definiteDeterminers, wDefinite}, {notModifiers, wNotModifier},
		{placePrepositions, wPlacePrep}, {l.orgHeads, wOrgHead}, {l.orgNames, wOrgName},
		{l.nonNames, wNonName}, {l.thingHeads, wThingHead},
	} {
		for w, ok := range set.words {
			if ok {
				add(w, set.bits)
			}
		}
	}
	for w, i := range firsts {
		p := &l.phrases[i]
		b := wordBits(i+1) << phraseShift
		if len(p.roles) > 0 {
			b |= startsNominal | wRoleFirst
		}
		if len(p.titles) > 0 {
			b |= startsNominal | wTitleFirst
		}
		if len(p.demonyms) > 0 {
			b |= startsName | wDemonymFirst
		}
		if len(p.places) > 0 {
			b |= wPlaceFirst
		}
		add(w, b)
	}
	for w := range holders {
		l.oddKeys = l.oddKeys || !wordLike(w)
	}
	l.holders = lexicon.NewTable(holders)
	return l, nil
})

// wordLike reports whether k starts with a letter, or with an apostrophe and a letter ('s): a
// key only a word token has. Numbers start with a digit, and punctuation, quotation marks and
// symbols are keyed by their text.
func wordLike(k string) bool {
	r, n := utf8.DecodeRuneInString(k)
	if r == '\'' || r == '’' {
		r, _ = utf8.DecodeRuneInString(k[n:])
	}
	return unicode.IsLetter(r)
}

// words splits a lexicon entry into folded words; "u.s." and "u.s" both become "u.s", the key
// the scanner gives the token U.S.
func words(s string) []string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(text.Fold(w), ".")
	}
	return ws
}

func genderField(s string) Gender {
	switch s {
	case "m":
		return Male
	case "f":
		return Female
	}
	return Unknown
}
