package entity

import (
	_ "embed"
	"iter"
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
	titles *lexicon.Phrases[titleInfo]
	roles  *lexicon.Phrases[roleInfo]
	// demonyms gives the country of each nationality as a number, the same for the same
	// country, so that a mention records it without a pointer (see Mention).
	demonyms *lexicon.Phrases[int32]
	places   *lexicon.Phrases[placeInfo]
	// openers holds, for each word that opens a title, role, nationality or place, its index
	// among the first words of each of the four (lexicon.Phrases.FirstOf). The word's bits
	// give its place in openers (see phraseShift), so that matching needs no second look-up.
	openers []phraseFirsts

	// holders says which of the above and of the closed classes of mention.go and cluster.go
	// hold each word, so that a text's tokens are looked up once each (see lookUp); it is the
	// only home of the lists of given names, non-names, organisation words and thing words.
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
	// a pronoun's index in lexicons.pronounList, plus one, and the index in lexicons.openers of
	// the word, plus one.
	givenShift   = 21 // 3 bits: a Gender
	pronounShift = 24 // 8 bits: 0, or the index plus one
	pronounMask  = 0xff
	phraseShift  = 32 // 32 bits: 0, or the index plus one
)

// phraseFirsts are the indexes of a word among the first words of the titles, roles,
// nationalities and places (lexicon.Phrases.FirstOf), or -1 where it opens none.
type phraseFirsts struct{ title, role, demonym, place int32 }

// matchFirst matches the phrases of p that open with keys[i], fi being its index among p's
// first words, or -1.
func matchFirst[T any](p *lexicon.Phrases[T], fi int32, keys []string, i, limit int) (v T, end int, ok bool) {
	if fi < 0 {
		return v, 0, false
	}
	return p.MatchFirst(int(fi), keys, i, -1, limit)
}

// indexOpeners fills l.openers with the words that open a title, role, nationality or place,
// and gives each one, by add, the bits of what it opens and of its place in l.openers, which
// it reads back from holders.
func (l *lexicons) indexOpeners(holders *lexicon.TableBuilder[wordBits], add func(string, wordBits)) {
	// Firsts lists the first words in the order of FirstOf's indexes.
	index := func(firsts iter.Seq[string], field func(*phraseFirsts) *int32, b wordBits) {
		fi := int32(0)
		for w := range firsts {
			at, wb := *holders.Value(w)>>phraseShift, b
			if at == 0 { // the first list it opens
				l.openers = append(l.openers, phraseFirsts{-1, -1, -1, -1})
				at = wordBits(len(l.openers))
				wb |= at << phraseShift
			}
			*field(&l.openers[at-1]) = fi
			add(w, wb)
			fi++
		}
	}
	index(l.titles.Firsts(), func(p *phraseFirsts) *int32 { return &p.title }, startsNominal|wTitleFirst)
	index(l.roles.Firsts(), func(p *phraseFirsts) *int32 { return &p.role }, startsNominal|wRoleFirst)
	index(l.demonyms.Firsts(), func(p *phraseFirsts) *int32 { return &p.demonym }, startsName|wDemonymFirst)
	index(l.places.Firsts(), func(p *phraseFirsts) *int32 { return &p.place }, wPlaceFirst)
}

// loadLexicons parses the embedded lists once; a malformed line is reported as an error.
var loadLexicons = sync.OnceValues(buildLexicons)

// buildLexicons parses the embedded lists. The lists of single words go straight into the
// bits of holders, the one map a process keeps of them: every program pays this at start-up.
func buildLexicons() (*lexicons, error) {
	l := &lexicons{
		titles:   &lexicon.Phrases[titleInfo]{},
		roles:    &lexicon.Phrases[roleInfo]{},
		demonyms: &lexicon.Phrases[int32]{},
		places:   &lexicon.Phrases[placeInfo]{},
	}
	// Sized once for every line of every list, rather than grown as thousands are added.
	holders := lexicon.NewTableBuilder[wordBits](lines(firstnamesList) + lines(nonnamesList) + lines(placesList) +
		lines(rolesList) + lines(titlesList) + lines(demonymsList) + lines(orgwordsList) + lines(thingwordsList))
	add := func(w string, b wordBits) {
		*holders.Value(w) |= b
		l.oddKeys = l.oddKeys || !wordLike(w)
	}
	var ws []string // words' buffer: Phrases.Add keeps the words, not the slice
	for n, f := range lexicon.Entries(titlesList) {
		if len(f) != 3 {
			return nil, &lexicon.Error{List: "titles.txt", Line: n, Msg: "want form, class and gender"}
		}
		info := titleInfo{class: office, gender: genderField(f[2])}
		if f[1] == "honorific" {
			info.class = honorific
		}
		ws = words(ws, f[0])
		l.titles.Add(ws, info)
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
		ws = words(ws, f[0])
		l.roles.Add(ws, info)
	}
	countryIDs := map[string]int32{}
	for n, f := range lexicon.Entries(demonymsList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "demonyms.txt", Line: n, Msg: "want form and country"}
		}
		id, ok := countryIDs[f[1]]
		if !ok {
			id = int32(len(countryIDs) + 1) // 0 is no country
			countryIDs[f[1]] = id
		}
		ws = words(ws, f[0])
		l.demonyms.Add(ws, id)
	}
	for n, f := range lexicon.Entries(placesList) {
		if len(f) != 3 {
			return nil, &lexicon.Error{List: "places.txt", Line: n, Msg: "want form, type and canonical name"}
		}
		ws = words(ws, f[0])
		l.places.Add(ws, placeInfo{canonical: f[2]})
	}
	for n, f := range lexicon.Entries(orgwordsList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "orgwords.txt", Line: n, Msg: "want form and use"}
		}
		if f[1] == "name" {
			add(fold(f[0]), wOrgName)
		} else {
			add(fold(f[0]), wOrgHead)
		}
	}
	for n, f := range lexicon.Entries(firstnamesList) {
		if len(f) != 2 {
			return nil, &lexicon.Error{List: "firstnames.txt", Line: n, Msg: "want name and gender"}
		}
		add(fold(f[0]), wGiven|wordBits(genderField(f[1]))<<givenShift)
	}
	for _, f := range lexicon.Entries(nonnamesList) {
		add(fold(f[0]), wNonName)
	}
	for _, f := range lexicon.Entries(thingwordsList) {
		add(fold(f[0]), wThingHead)
	}
	for _, w := range slices.Sorted(maps.Keys(pronouns)) {
		l.pronounList = append(l.pronounList, pronouns[w])
		add(w, startsPronoun|wordBits(len(l.pronounList))<<pronounShift)
	}
	for _, set := range []struct {
		words map[string]bool
		bits  wordBits
	}{
		{determiners, startsNominal | wDeterminer}, {modifiers, startsName | wModifier},
		{months, wMonth}, {datePrepositions, wDatePrep}, {particles, wParticle},
		{suffixes, wSuffix}, {definiteDeterminers, wDefinite}, {notModifiers, wNotModifier},
		{placePrepositions, wPlacePrep},
	} {
		for w, ok := range set.words {
			if ok {
				add(w, set.bits)
			}
		}
	}
	l.indexOpeners(holders, add)
	l.holders = holders.Table()
	return l, nil
}

// lines returns the number of lines of list, a bound on its entries with which to size a table
// once, rather than grow it from empty as thousands are added.
func lines(list string) int { return strings.Count(list, "\n") + 1 }

// wordLike reports whether k starts with a letter, or with an apostrophe and a letter ('s): a
// key only a word token has. Numbers start with a digit, and punctuation, quotation marks and
// symbols are keyed by their text.
func wordLike(k string) bool {
	if k != "" && k[0]|0x20-'a' < 26 {
		return true // an ASCII letter, as most keys of the lists start: no decoding
	}
	r, n := utf8.DecodeRuneInString(k)
	if r == '\'' || r == '’' {
		r, _ = utf8.DecodeRuneInString(k[n:])
	}
	return unicode.IsLetter(r)
}

// words splits a lexicon entry into folded words, in buf emptied first; "u.s." and "u.s" both
// become "u.s", the key the scanner gives the token U.S. It splits at single spaces, which is
// all that separates an entry's words (TestLexicons): strings.Fields, which tests every rune
// for a Unicode space, took half as long again.
func words(buf []string, s string) []string {
	buf = buf[:0]
	for w := range strings.SplitSeq(s, " ") {
		buf = append(buf, strings.TrimSuffix(fold(w), "."))
	}
	return buf
}

// fold returns text.Fold(w). A word of ASCII without capitals, most entries of the lists, is
// its own fold, found here without a call to Fold, which is not inlined: calling Fold for
// every word cost 0.1M instructions more at start-up (1%).
func fold(w string) string {
	if text.LowerASCII(w) {
		return w
	}
	return text.Fold(w)
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
