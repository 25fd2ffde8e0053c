package entity

import (
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// pronounInfo describes a personal pronoun.
type pronounInfo struct {
	gender  Gender
	person  uint8 // 1, 2 or 3
	plural  bool
	subject bool // can be the subject of a cue: he, she, they, I, we, it
}

// pronouns is the closed class of English personal pronouns.
var pronouns = map[string]pronounInfo{
	"he": {Male, 3, false, true}, "him": {Male, 3, false, false}, "his": {Male, 3, false, false},
	"himself": {Male, 3, false, false},
	"she":     {Female, 3, false, true}, "her": {Female, 3, false, false}, "hers": {Female, 3, false, false},
	"herself": {Female, 3, false, false},
	"it":      {Neuter, 3, false, true}, "its": {Neuter, 3, false, false}, "itself": {Neuter, 3, false, false},
	"they": {Plural, 3, true, true}, "them": {Plural, 3, true, false}, "their": {Plural, 3, true, false},
	"themselves": {Plural, 3, true, false},
	"i":          {Unknown, 1, false, true}, "me": {Unknown, 1, false, false}, "my": {Unknown, 1, false, false},
	"myself": {Unknown, 1, false, false},
	"we":     {Plural, 1, true, true}, "us": {Plural, 1, true, false}, "our": {Plural, 1, true, false},
	"ourselves": {Plural, 1, true, false},
}

// months are the month names that are also names of people (May, June, April, August).
var months = map[string]bool{"april": true, "may": true, "june": true, "july": true, "august": true}

// datePrepositions stand before a month used as a date.
var datePrepositions = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "by": true, "from": true, "of": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "through": true,
}

// particles join the parts of a name in lower case: Ursula von der Leyen, Osama bin Laden.
var particles = map[string]bool{
	"al": true, "bin": true, "bint": true, "ibn": true, "da": true, "das": true, "de": true,
	"del": true, "della": true, "der": true, "di": true, "dos": true, "du": true, "el": true,
	"la": true, "le": true, "van": true, "von": true, "ter": true, "den": true, "y": true,
}

// suffixes end a person's name: George Walker Bush Jr., Henry Ford II.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// modifiers may stand before a title: former US President Joe Biden, acting Prime Minister.
var modifiers = map[string]bool{
	"former": true, "late": true, "acting": true, "outgoing": true, "incoming": true,
	"interim": true, "then": true, "deputy": true, "vice": true, "new": true, "current": true,
	"ex": true, "then-president": true, "retired": true, "veteran": true, "top": true,
}

// A scan is the recognition of one text: the text, what the lexicons say of each of its
// tokens, and the words it capitalises inside sentences.
type scan struct {
	l      *lexicons
	d      *text.Doc
	w      []wordBits  // per token
	opens  []int32     // the tokens that may open a mention, in order (see lookUp)
	capMid midCapitals // see capitalisedMid

	// Scratch kept for the next text: the mentions and entities as they are found, copied to
	// the result at their final length, and the indexes of collectMentions.
	mentionBuf []Mention
	entityBuf  []Entity
	entities   []Entity   // the caller's memory, where cluster copies the entities out
	namePool   []int      // the namer's scratch
	quoteOf    []int32    // per mention: the quotation it starts inside, or -1 (see quotedMentions)
	thirds     []int32    // the third-person pronouns of gender known, which linkPronouns resolves
	others     []int32    // the other pronouns (I, we, you), which never have an entity
	names      []int32    // the name mentions
	nominals   []int32    // the role mentions
	spoken     []int      // linkPronouns: the entities addressed next to each pronoun, back to back
	spokenAt   [][2]int32 // per pronoun mention: its range in spoken
	prevAnte   []int32    // linkPronouns: see antecedents
	votes      [][2]int32 // resolvePronouns: per entity, the he and she pronouns linked to it
	styled     []bool     // resolvePronouns: styledRoles
	tallies    []tally    // cluster: see tallyEntities
	ends       []int
	ix         clusterIndex   // cluster's index
	byTitle    map[string]int // bindNominals: titledPersons
	// party is partyName of the text, for linkPronouns: without such a name, no name a they
	// may take is one of a party's members. Asked only of a text where a they may link.
	party bool
}

// scans holds released scans: their tables, maps and scratch serve the next text.
var scans = sync.Pool{New: func() any { return &scan{byTitle: map[string]int{}} }}

// maxPooledScan bounds the scans kept for reuse, so that one long text does not hold its
// tables for the short ones after it.
const maxPooledScan = 1 << 16

func newScan(l *lexicons, d *text.Doc) *scan {
	sc := scans.Get().(*scan)
	sc.l, sc.d = l, d
	sc.w, sc.opens, sc.capMid.at = l.lookUp(d, sc.w, sc.opens, sc.capMid.at)
	return sc
}

// release empties sc, whose maps hold words of the text, and keeps it for reuse.
func (sc *scan) release() {
	if cap(sc.w) > maxPooledScan {
		return
	}
	// Most texts do not fill the map, and clearing an empty one still costs a call.
	if len(sc.byTitle) > 0 {
		clear(sc.byTitle)
	}
	c := &sc.capMid
	c.at, c.fp, c.slots, c.filled, c.cmp, c.filter = c.at[:0], c.fp[:0], c.slots[:0], false, 0, [4]uint64{}
	// The entities' scratch holds no pointer (cluster copies them out before it names them),
	// nor do mentions: neither needs clearing.
	if len(sc.ix.links) > maxPooledLinks {
		sc.ix = clusterIndex{}
	}
	sc.l, sc.d, sc.w = nil, nil, sc.w[:0]
	sc.mentionBuf, sc.entityBuf = sc.mentionBuf[:0], sc.entityBuf[:0]
	scans.Put(sc)
}

// room returns s emptied, with room for n elements: s's own memory if it is large enough.
func room[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// has reports whether token i is in a lexicon of b.
func (sc *scan) has(i int, b wordBits) bool { return sc.w[i]&b != 0 }

// pronoun returns the entry of pronouns for the key of token i, or the zero entry.
func (sc *scan) pronoun(i int) pronounInfo {
	if k := sc.w[i] >> pronounShift & pronounMask; k > 0 {
		return sc.l.pronounList[k-1]
	}
	return pronounInfo{}
}

// openers returns the indexes of the key of token i among the first words of the phrase
// lists; the token has one of the bits wTitleFirst, wRoleFirst, wDemonymFirst and wPlaceFirst.
func (sc *scan) openers(i int) *phraseFirsts { return &sc.l.openers[sc.w[i]>>phraseShift-1] }

// given returns the gender firstnames.txt gives the key of token i, or Unknown.
func (sc *scan) given(i int) Gender { return Gender(sc.w[i] >> givenShift & 7) }

// mentions finds the name and pronoun mentions of the text, in text order, and lists them by
// kind in sc (names, nominals, thirds and others) for the steps that read one kind only.
func (sc *scan) mentions(a *Analysis) {
	d := sc.d
	var m Mention // what nominalAt and nameAt read, filled in place rather than returned
	next := 0     // the token after the last mention found
	sc.thirds, sc.others = sc.thirds[:0], sc.others[:0]
	sc.names, sc.nominals = sc.names[:0], sc.nominals[:0]
	for _, at := range sc.opens {
		i := int(at)
		if i < next {
			continue // inside a mention found
		}
		t := &d.Tokens[i]
		starts := sc.w[i] & startsMask
		if starts&startsPronoun != 0 && sc.pronounCase(i) {
			p := sc.pronoun(i)
			if p.person == 3 && p.gender != Unknown {
				sc.thirds = append(sc.thirds, int32(len(a.Mentions)))
			} else {
				sc.others = append(sc.others, int32(len(a.Mentions)))
			}
			a.Mentions = append(a.Mentions, Mention{
				Span: t.Span, Head: t.Span, Kind: Pronoun, Entity: -1,
				ekind: Person, gender: p.gender, plural: p.plural, first: int32(i), last: int32(i + 1),
			})
			continue
		}
		limit := d.Sentences[d.SentenceOf(i)].Last
		if starts&startsNominal != 0 && sc.roleNear(i, limit) {
			if end, ok := sc.nominalAt(i, limit, &m); ok {
				sc.nominals = append(sc.nominals, int32(len(a.Mentions)))
				a.Mentions = append(a.Mentions, m)
				next = end
				continue
			}
		}
		if t.Flags&(text.Upper|text.AllUpper) == 0 && starts&startsName == 0 {
			continue
		}
		if sc.w[i]&(wNonName|wModifier|wDemonymFirst|wTitleFirst) == wNonName {
			continue // a capitalised word that is no name (The, But, You) and opens no title before one
		}
		if end, ok := sc.nameAt(i, limit, &m); ok {
			if m.ekind != 0 && (m.Kind == Nominal || sc.plausible(&m)) { // names of things are read past
				if m.Kind == Nominal {
					sc.nominals = append(sc.nominals, int32(len(a.Mentions)))
				} else {
					sc.names = append(sc.names, int32(len(a.Mentions)))
				}
				a.Mentions = append(a.Mentions, m)
			}
			next = end
		}
	}
}

// pronounCase reports whether token i, which may open a pronoun, is cased as one: in lower
// case, or capitalised where any word is (a sentence's start, after a mark), or "I". "His
// Majesty" inside a sentence is a title, not a pronoun.
func (sc *scan) pronounCase(i int) bool {
	d := sc.d
	t := &d.Tokens[i]
	return t.Flags&text.Upper == 0 || t.Flags&text.SentStart != 0 || d.Key(i) == "i" ||
		i > 0 && d.Tokens[i-1].Kind == text.Mark
}

// capitalisedMid reports whether the text capitalises the word of key inside a sentence,
// where capitals mark names rather than sentence starts. lookUp lists such tokens, and the
// first call takes their fingerprints. A key is compared with each, by a fingerprint first,
// which for the few calls of most texts costs less than hashing them all (a news article has
// some seventy such tokens and asks of some seven words); once the comparisons reach
// capMidHashCost per token, their keys are hashed into a set, so that a text of many names
// stays linear.
func (sc *scan) capitalisedMid(key string) bool {
	c, keys := &sc.capMid, sc.d.Keys()
	if !c.filled {
		c.fill(keys)
	}
	fp := fingerprint(key)
	if b := filterBit(fp); c.filter[b>>6]&(1<<(b&63)) == 0 {
		return false // no token's fingerprint sets fp's bit
	}
	if c.cmp > capMidHashCost*len(c.at) {
		if len(c.slots) == 0 {
			c.hash(keys)
		}
		return c.has(keys, key, fp)
	}
	c.cmp += len(c.at)
	at := c.at[:len(c.fp)] // a length the compiler sees: no bounds check
	for j, f := range c.fp {
		if f == fp && keys[at[j]] == key {
			return true
		}
	}
	return false
}

// capMidHashCost is how many comparisons per token capitalisedMid makes before it hashes the
// keys. Hashing a key costs about a dozen, but few texts ask much more once they have asked
// that much: over 200 PolNeAR texts capitalisedMid costs 3.0M instructions at 12, 2.6M at 96.
const capMidHashCost = 96

// midCapitals are the tokens a text capitalises inside a sentence, for capitalisedMid.
type midCapitals struct {
	at     []int32  // the tokens, which lookUp lists
	fp     []uint32 // the fingerprints of their keys
	slots  []int32  // once made, a set of their keys by open addressing: 1 + an index in at, or 0
	mask   uint64   // len(slots) - 1
	filled bool     // fp and filter are filled in
	cmp    int      // the fingerprints compared one by one
	// filter has the bit of the fingerprint of each token set (see filterBit), so that most
	// words capitalised nowhere inside a sentence are answered without a comparison.
	filter [4]uint64
}

// filterBit returns the bit of fingerprint fp in midCapitals.filter: the top eight bits of
// its hash.
func filterBit(fp uint32) uint32 { return fp * 0x9e3779b1 >> 24 }

// fill takes the fingerprints of c's tokens, whose keys are in keys.
func (c *midCapitals) fill(keys []string) {
	c.filled = true
	for _, i := range c.at {
		fp := fingerprint(keys[i])
		c.fp = append(c.fp, fp)
		b := filterBit(fp)
		c.filter[b>>6] |= 1 << (b & 63)
	}
}

// hash puts the keys of c's tokens in c.slots, each once.
func (c *midCapitals) hash(keys []string) {
	size := 16
	for size < 2*len(c.at) {
		size <<= 1
	}
	c.slots = room(c.slots, size)[:size]
	clear(c.slots)
	c.mask = uint64(size - 1)
	for j, at := range c.at {
		if i, found := c.find(keys, keys[at], c.fp[j]); !found {
			c.slots[i] = int32(j + 1)
		}
	}
}

// has reports whether key, of fingerprint fp, is in c.slots.
func (c *midCapitals) has(keys []string, key string, fp uint32) bool {
	_, found := c.find(keys, key, fp)
	return found
}

// find returns the slot of key, of fingerprint fp, in c.slots and true, or the free slot
// where it would go and false.
func (c *midCapitals) find(keys []string, key string, fp uint32) (uint64, bool) {
	for i := lexicon.Hash(headSeed, key) & c.mask; ; i = (i + 1) & c.mask {
		s := c.slots[i]
		if s == 0 {
			return i, false
		}
		if c.fp[s-1] == fp && keys[c.at[s-1]] == key {
			return i, true
		}
	}
}

// fingerprint returns the length and the first and last bytes of key in one integer: keys of
// different fingerprints differ, and most keys of a text differ so.
func fingerprint(key string) uint32 {
	if key == "" {
		return 0
	}
	return uint32(len(key))<<16 | uint32(key[0])<<8 | uint32(key[len(key)-1])
}

// plausible reports whether a name is more than a capitalised word that starts a sentence:
// a one-word name there must be known as a given name, place or organisation, carry a title,
// or be capitalised elsewhere inside a sentence. A nationality alone ("German") is no name.
func (sc *scan) plausible(m *Mention) bool {
	d, first := sc.d, int(m.first)
	if m.last-m.first != 1 || !m.Title.IsZero() {
		return true
	}
	if sc.demonymAt(first, int(m.last)) && m.ekind != Place && !sc.has(first, wOrgName) {
		return false
	}
	if sc.has(first, wMonth) && (first+1 < len(d.Tokens) && d.Tokens[first+1].Kind == text.Number ||
		first > 0 && sc.has(first-1, wDatePrep)) {
		return false // "in May", "May 3": a month, not Theresa May
	}
	t := &d.Tokens[first]
	initial := t.Flags&(text.SentStart|text.LineStart) != 0 || first > 0 && d.Tokens[first-1].Kind == text.Mark
	// The word's bits before capitalisedMid, which compares keys.
	return !initial || m.ekind == Place || sc.has(first, wOrgName|wGiven) || sc.capitalisedMid(d.Key(first))
}

// demonymAt reports whether a nationality starts at token k and ends by limit. It is small
// enough to be inlined, so that the words that open none, most, cost no call.
func (sc *scan) demonymAt(k, limit int) bool {
	return k < limit && sc.has(k, wDemonymFirst) && sc.matchDemonym(k, limit)
}

// matchDemonym is demonymAt for a word that opens a nationality.
func (sc *scan) matchDemonym(k, limit int) bool {
	_, _, ok := matchFirst(sc.l.demonyms, sc.openers(k).demonym, sc.d.Keys(), k, limit)
	return ok
}

// nameAt reads a name mention starting at token i into *m: optional modifiers and a title,
// then capitalised words with particles, initials and suffixes. It returns the token after the
// mention; when it finds none, *m is left as it was.
func (sc *scan) nameAt(i, limit int, m *Mention) (int, bool) {
	d := sc.d
	start := i
	j := i
	// Modifiers and a nationality before a title: "former US President", "Russian President".
	k := j
	demonym := int32(0)
	for k < limit && k-j < 3 && (sc.has(k, wModifier) ||
		sc.demonymAt(k, limit) && d.Tokens[k].Flags&(text.Upper|text.AllUpper) != 0) {
		if sc.has(k, wDemonymFirst) {
			if c, end, ok := matchFirst(sc.l.demonyms, sc.openers(k).demonym, d.Keys(), k, limit); ok && d.Tokens[k].Flags&text.Upper != 0 {
				k, demonym = end, c
				continue
			}
		}
		k++
	}
	var title titleInfo
	titleStart, titleEnd := -1, -1
	if k < limit && sc.has(k, wTitleFirst) {
		if info, end, ok := matchFirst(sc.l.titles, sc.openers(k).title, d.Keys(), k, limit); ok && d.Tokens[k].Flags&text.Upper != 0 {
			title, titleStart, titleEnd = info, j, end
			j = end
		}
	}
	n := j
	for n < limit {
		t := &d.Tokens[n]
		if n > j && t.Start-d.Tokens[n-1].End > 1 && d.Text[t.Start-2] == ' ' {
			break // "Thomas   Thomas Gradgrind": spaces where a dash was, two names
		}
		if n > j && sc.has(n, wTitleFirst) {
			if info, _, ok := matchFirst(sc.l.titles, sc.openers(n).title, d.Keys(), n, limit); ok && info.class == honorific {
				break // "behind Anne Mrs. Lynde got up": a comma lost, two names
			}
		}
		switch {
		case t.Kind == text.Word && t.Flags&(text.Upper|text.AllUpper) != 0 && t.Flags&text.Clitic == 0 &&
			(n == j || t.Flags&text.SentStart == 0) && !sc.has(n, wNonName):
			n++
			continue
		case n > j && t.Flags&text.Initial != 0:
			n++
			continue
		case n > j && sc.has(n, wSuffix):
			n++
			continue
		case n > j && sc.has(n, wParticle) && t.Flags&text.Lower != 0 && sc.particleRun(n, limit):
			n++ // von der Leyen: particles, then a capitalised word
			continue
		case n > j && n+1 < limit && sc.has(n-1, wOrgHead) && d.Tokens[n+1].Flags&text.Upper != 0 && d.Key(n) == "of":
			n++ // Bank of England, University of Texas
			continue
		}
		break
	}
	// An initial at the start needs a name after it (J. K. Rowling), and the run cannot end
	// on a particle.
	for n > j && sc.has(n-1, wParticle) {
		n--
	}
	if n == j {
		if titleStart >= 0 && title.class == office && start > 0 && sc.has(start-1, wDefinite) {
			// A title with no name after it is a role: "The Russian President also said".
			*m = sc.titleNominal(start, titleStart, titleEnd, title, demonym)
			return titleEnd, true
		}
		return 0, false
	}
	if titleStart < 0 && n-j >= 2 && !sc.has(n-1, wOrgHead) && sc.strayCapital(j, n) {
		j++ // "Presently Tony said": a capitalised sentence opener is not part of the name
		start = j
	}
	*m = Mention{
		Span:   text.Span{Start: d.Tokens[start].Start, End: d.Tokens[n-1].End},
		Head:   text.Span{Start: d.Tokens[j].Start, End: d.Tokens[n-1].End},
		Kind:   Name,
		Entity: -1,
		first:  int32(j),
		last:   int32(n),
		gender: title.gender,
	}
	if titleStart >= 0 {
		m.Title = text.Span{Start: d.Tokens[titleStart].Start, End: d.Tokens[titleEnd-1].End}
		m.titleKeys = [2]int32{int32(titleStart), int32(titleEnd)}
		m.honorific = title.class == honorific
		m.demonym = demonym
	}
	if titleStart < 0 && j > 0 && d.Tokens[j-1].Flags&text.Lower != 0 && d.Key(j-1) == "the" {
		m.theName = true // "the Hatter", "the Gryphon"
	}
	if n < limit && d.Tokens[n].Flags&text.Clitic != 0 && d.Key(n) == "'s" {
		m.Possessive = true
		// St. Brigid's Hospital, McDonald's Corp: the possessive is part of an organisation's name.
		if e := sc.possessiveOrg(n+1, limit); e > 0 {
			m.Possessive, n = false, e
			m.Span.End, m.Head.End, m.last = d.Tokens[n-1].End, d.Tokens[n-1].End, int32(n)
		}
	}
	m.ekind = sc.kindOf(m, titleStart >= 0)
	if m.gender == Unknown && m.ekind == Person && n-j >= 1 {
		m.gender = sc.given(j)
		m.guessed = m.gender != Unknown
	}
	return n, true
}

// strayCapital reports whether token j, the first of a name of two or more words, is only a
// capitalised sentence opener ("Presently", "Unhappy"): at a sentence start, never capitalised
// inside one, and no given name, place or organisation. n ends the name: a place of several
// words opens it (`New York (AP) —`, `United States officials`).
func (sc *scan) strayCapital(j, n int) bool {
	d := sc.d
	t := &d.Tokens[j]
	if t.Flags&(text.SentStart|text.LineStart) == 0 && (j == 0 || d.Tokens[j-1].Kind != text.Mark) {
		return false
	}
	// The word's bits before capitalisedMid, which compares keys.
	return !sc.has(j, wOrgName|wOrgHead|wGiven) && sc.placeEnd(j, n) == 0 && !sc.capitalisedMid(d.Key(j))
}

// placeEnd returns the end of the place name that starts at token k < limit and ends by limit,
// or 0. It is small enough to be inlined, so that the words that open none, most, cost no call.
func (sc *scan) placeEnd(k, limit int) int {
	if !sc.has(k, wPlaceFirst) {
		return 0
	}
	return sc.matchPlace(k, limit)
}

// matchPlace is placeEnd for a word that opens a place name.
func (sc *scan) matchPlace(k, limit int) int {
	_, end, _ := matchFirst(sc.l.places, sc.openers(k).place, sc.d.Keys(), k, limit)
	return end
}

// titleNominal makes a role mention of a title with no name after it, from the determiner before
// token start (the first modifier) to titleEnd.
func (sc *scan) titleNominal(start, titleStart, titleEnd int, title titleInfo, demonym int32) Mention {
	d := sc.d
	m := Mention{
		Head:   text.Span{Start: d.Tokens[titleStart].Start, End: d.Tokens[titleEnd-1].End},
		Kind:   Nominal,
		Entity: -1,
		first:  int32(titleStart),
		last:   int32(titleEnd),
		ekind:  Person,
		gender: title.gender,
	}
	m.demonym = demonym
	m.Title = m.Head // a capitalised title used alone names someone: "the President"
	m.definite = true
	m.Span = text.Span{Start: d.Tokens[start-1].Start, End: d.Tokens[titleEnd-1].End}
	if sc.has(start-1, startsPronoun) && sc.pronounCase(start-1) {
		// "his President": the possessive is a pronoun mention of its own, and mentions do not
		// overlap; the role starts after it, as after "Trump's".
		m.Span.Start = d.Tokens[start].Start
	}
	return m
}

// determiners open a role noun phrase: "the spokesman", "a senior official", "two analysts".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "one": true, "another": true, "some": true, "two": true, "three": true,
	"four": true, "several": true, "many": true, "other": true, "each": true, "every": true,
	"'s": true,
}

// notModifiers cannot stand between a determiner and its role noun: "the plan would hurt
// officials" is no role phrase.
var notModifiers = map[string]bool{
	"would": true, "will": true, "could": true, "should": true, "can": true, "may": true,
	"might": true, "must": true, "is": true, "was": true, "were": true, "are": true, "be": true,
	"been": true, "has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"said": true, "says": true, "told": true, "to": true, "of": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "by": true, "from": true, "that": true, "which": true,
	"who": true, "and": true, "or": true, "but": true, "not": true, "as": true, "than": true,
	"if": true, "so": true, "about": true, "into": true, "over": true, "after": true,
	"before": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "their": true, "its": true, "the": true, "a": true,
	"an": true, "this": true, "these": true, "those": true, "there": true, "here": true,
}

// definiteDeterminers make a role noun phrase refer back to someone already mentioned.
var definiteDeterminers = map[string]bool{
	"the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "'s": true,
}

// nominalAt reads a role noun phrase starting at token i: a determiner, up to four modifiers
// (words, nationalities, a possessive: "the club's owner") and a role noun from roles.txt or
// an office from titles.txt; or a plural group noun on its own ("officials", "police"). A
// role followed by a name is a title ("the Russian President Vladimir Putin") and is left to
// nameAt. It reads the phrase into *m, which it leaves as it was when it finds none, and
// returns the token after it.
func (sc *scan) nominalAt(i, limit int, m *Mention) (int, bool) {
	d := sc.d
	t := &d.Tokens[i]
	lowerOrStart := t.Flags&(text.Lower|text.Clitic) != 0 || t.Flags&(text.SentStart|text.LineStart) != 0
	if !lowerOrStart {
		return 0, false
	}
	first := i
	if sc.has(i, wDeterminer) {
		first = i + 1
	}
	key := d.Key(i)
	definite := first > i && sc.has(i, wDefinite)
	demonym := int32(0)
	for k := first; k < limit && k < first+5; k++ {
		tk := &d.Tokens[k]
		if tk.Kind != text.Word {
			return 0, false
		}
		if sc.has(k, wDemonymFirst) {
			if c, end, ok := matchFirst(sc.l.demonyms, sc.openers(k).demonym, d.Keys(), k, limit); ok && tk.Flags&(text.Upper|text.AllUpper) != 0 {
				demonym = c
				k = end - 1
				continue
			}
		}
		var info roleInfo
		var end int
		var ok bool
		if sc.has(k, wRoleFirst) {
			info, end, ok = matchFirst(sc.l.roles, sc.openers(k).role, d.Keys(), k, limit)
		}
		if !ok && first < i && sc.has(k, wTitleFirst) {
			// An office without a name: "the count", "the colonel", "the president".
			if t, e, isTitle := matchFirst(sc.l.titles, sc.openers(k).title, d.Keys(), k, limit); isTitle && t.class == office {
				info, end, ok = roleInfo{kind: Person, gender: t.gender}, e, true
			}
		}
		if !ok {
			if tk.Flags&text.Upper != 0 && k > i && first > i {
				if j := sc.namedModifier(k, limit); j > k {
					k = j - 1 // "a White House official", "the Siemens spokesman"
					continue
				}
			}
			if tk.Flags&text.Upper != 0 && k > i || k == first && first == i || k >= first+3 ||
				sc.has(k, wNotModifier) {
				return 0, false // a name, a verb or a preposition: not a role phrase
			}
			continue
		}
		for end < limit && sc.has(end, wRoleFirst) && d.Tokens[end].Flags&text.Lower != 0 {
			next, e2, ok2 := matchFirst(sc.l.roles, sc.openers(end).role, d.Keys(), end, limit)
			if !ok2 {
				break
			}
			info, k, end = next, end, e2 // "a company spokesman", "a campaign aide": the last noun heads
			tk = &d.Tokens[k]
		}
		if first == i && !info.plural && key != "'s" {
			return 0, false // a singular role needs a determiner
		}
		if end < limit && d.Tokens[end].Kind == text.Word && d.Tokens[end].Flags&text.Upper != 0 &&
			d.Tokens[end].Flags&text.SentStart == 0 {
			return 0, false // a title before a name
		}
		*m = Mention{
			Span: text.Span{Start: t.Start, End: d.Tokens[end-1].End},
			Head: text.Span{Start: tk.Start, End: d.Tokens[end-1].End}, Kind: Nominal, Entity: -1,
			ekind: info.kind, gender: info.gender, plural: info.plural, definite: definite,
			demonym: demonym, first: int32(k), last: int32(end),
		}
		if key == "'s" { // "the club's owner": the possessive stands for a determiner
			m.Span.Start = d.Tokens[i+1].Start
		}
		if end < limit && d.Tokens[end].Flags&text.Clitic != 0 && d.Key(end) == "'s" {
			m.Possessive = true // the club's: a possessor, not a subject
		}
		return end, true
	}
	return 0, false
}

// roleNear reports whether a role phrase may start at token i, limit ending its sentence: the
// phrases nominalAt reads end in a role or an office within five words of the token or of the
// determiner it is. Most determiners ("the plan", "a week") have none after them, and are turned
// away by a look at the tokens' bits, without a call to nominalAt.
func (sc *scan) roleNear(i, limit int) bool {
	first := i
	if sc.has(i, wDeterminer) {
		first = i + 1
	}
	return sc.roleAhead(first, min(first+5, limit))
}

// roleAhead reports whether a role or an office may start at one of the tokens [k, end).
func (sc *scan) roleAhead(k, end int) bool {
	for ; k < end; k++ {
		if sc.w[k]&(wRoleFirst|wTitleFirst) != 0 {
			return true
		}
	}
	return false
}

// namedModifier returns the end of up to three capitalised words from token k that modify a
// lower-case role noun right after them ("White House" in "a White House official"), or k.
func (sc *scan) namedModifier(k, limit int) int {
	d := sc.d
	j := k
	for j < limit && j < k+3 && d.Tokens[j].Kind == text.Word && d.Tokens[j].Flags&text.Upper != 0 {
		j++
	}
	if j == k || j >= limit || d.Tokens[j].Flags&text.Lower == 0 || !sc.has(j, wRoleFirst) {
		return k
	}
	if _, _, ok := matchFirst(sc.l.roles, sc.openers(j).role, d.Keys(), j, limit); !ok {
		return k
	}
	return j
}

// possessiveOrg returns the end of capitalised words from token i that end in an organisation
// word ("Hospital", "Corp"), or 0.
func (sc *scan) possessiveOrg(i, limit int) int {
	for k := i; k < limit && k < i+4; k++ {
		t := &sc.d.Tokens[k]
		if t.Kind != text.Word || t.Flags&text.Upper == 0 {
			return 0
		}
		if sc.has(k, wOrgHead) {
			return k + 1
		}
	}
	return 0
}

// particleRun reports whether the particles from token n lead to a capitalised word.
func (sc *scan) particleRun(n, limit int) bool {
	for k := n + 1; k < limit && k < n+3; k++ {
		if t := &sc.d.Tokens[k]; t.Flags&text.Upper != 0 {
			return true
		} else if !sc.has(k, wParticle) {
			return false
		}
	}
	return false
}

// kindOf guesses whether a name is a person, an organisation or a place, or returns 0 for
// the name of a thing or an event ("World War III", "Paris Agreement").
func (sc *scan) kindOf(m *Mention, titled bool) Kind {
	if titled {
		return Person
	}
	first, end := int(m.first), int(m.last)
	if sc.placeEnd(first, end) == end {
		return Place
	}
	last := end - 1
	for last > first && sc.has(last, wSuffix) {
		last--
	}
	if sc.has(last, wOrgHead) || sc.has(last, wOrgName) && end-first == 1 {
		return Organisation
	}
	if sc.has(last, wThingHead) && !sc.has(first, wGiven) {
		return 0 // World War III, but Hugh Hill
	}
	if end-first == 1 && sc.d.Tokens[first].Flags&text.AllUpper != 0 {
		return Organisation // NATO, FBI
	}
	return Person
}
