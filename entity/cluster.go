package entity

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// cluster groups the name mentions of a into entities and links pronouns to them.
//
// A person's full name starts an entity; a surname alone, a title and surname (Mr. Blinken) or a
// first name the text uses alone joins the most recent entity it fits, unless the genders
// clash (Mr. and Mrs. Turton are two people). Organisations and places join on their whole name.
// A pronoun joins the nearest entity before it whose gender and number agree.
func (sc *scan) cluster(a *Analysis, quoted []text.Span) {
	d := sc.d
	sc.quoteOf = quotedMentions(a, quoted, sc.quoteOf)
	// The steps below each read the names or the roles only: they walk mentions' lists of them.
	names, nominals := sc.names, sc.nominals
	markVocatives(d, a, quoted, sc.quoteOf, names)
	ix := &sc.ix
	ix.reset(len(names))
	ix.dialogue = d.IsDialogue()
	a.Entities = room(sc.entityBuf, len(names)+len(nominals)) // each name or role may be an entity
	for _, at := range names {
		mi := int(at)
		m := &a.Mentions[mi]
		var k nameKeys
		k.of(d, m)
		// match reads the list of the name's pair of words and add extends it: one probe
		// serves both, as nothing enters the table in between.
		k.pair = ix.heads.find(pairHash(k.hf, k.hl), headKey{byPair, k.first, k.last})
		e := ix.match(d, a, m, &k)
		if e < 0 {
			e = len(a.Entities)
			a.Entities = append(a.Entities, Entity{ID: e, Kind: m.ekind})
			ix.ents = append(ix.ents, named{})
		}
		m.Entity = e
		ent := &a.Entities[e]
		if ent.Gender == Unknown || ent.guessed && !m.guessed && m.gender != Unknown {
			ent.Gender, ent.guessed = m.gender, m.guessed
		}
		ix.add(d, m, &k, e, mi)
	}
	bindNominals(d, a, names, nominals, sc.byTitle)
	sc.tallyEntities(a)
	var kinds uint8 // the kinds of the entities, as bits 1<<Kind (see linkable)
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Kind == Person && sc.tallies[ei].isPlace(e.Gender) {
			e.Kind = Place // "in Belgravia": a place the gazetteer does not know
		}
		kinds |= 1 << e.Kind
	}
	sc.resolvePronouns(a, quoted, kinds)
	// The entities are copied out to the result (into sc.entities, the caller's memory), as
	// their number is final, before their mentions and names are set: the scratch then holds
	// no pointer, into the text or other arrays, and release need not clear it.
	sc.entityBuf = a.Entities
	a.Entities = append(sc.entities, a.Entities...)
	sc.entities = nil
	sc.collectMentions(a)
	// Names come last: pronouns change no name, and the lists of mentions are final.
	nm := namer{fiction: d.IsDialogue(), pool: sc.namePool}
	for ei := range a.Entities {
		a.Entities[ei].Name = nm.canonical(d, a, &a.Entities[ei], ix)
	}
	sc.namePool = nm.pool
}

// collectMentions sets the Mentions of each entity of a to the indexes of the mentions that
// refer to it, in text order: one array for all, rather than one append at a time for each.
// An entity's names and roles are counted in its tally already, and have their entities for
// good by then: only the pronouns, linked since, are counted here.
func (sc *scan) collectMentions(a *Analysis) {
	ends := room(sc.ends, len(a.Entities)+1)[:len(a.Entities)+1] // ends[e+1]: the end of e's mentions in all
	ends[0] = 0
	for e := range a.Entities {
		ends[e+1] = int(sc.tallies[e].mentions)
	}
	sc.ends = ends
	for _, mi := range sc.thirds { // the other pronouns are never linked
		if e := a.Mentions[mi].Entity; e >= 0 {
			ends[e+1]++
		}
	}
	for e := range a.Entities {
		ends[e+1] += ends[e]
	}
	// The memory of the result before, which RecognizeDocInto lets the new one overwrite: ends
	// counts every mention with an entity, and the loop below writes each slot of all.
	all := a.mentionIdx
	if n := ends[len(a.Entities)]; cap(all) < n {
		all = make([]int, n)
	} else {
		all = all[:n]
	}
	a.mentionIdx = all
	next := ends[:len(a.Entities)] // next[e]: where e's next mention goes
	for mi := range a.Mentions {
		if e := a.Mentions[mi].Entity; e >= 0 {
			all[next[e]] = mi
			next[e]++
		}
	}
	start := 0
	for e := range a.Entities {
		end := next[e] // after the fill, next[e] is the end of e's mentions
		a.Entities[e].Mentions = all[start:end:end]
		start = end
	}
}

// bindNominals gives each role mention its entity: the name it stands in apposition to
// ("Hugh Hill, a doctor at St Mary's"; "The French President, Camille Roux,"), the nearest
// person whose title holds the role and agrees in nationality ("the Ukrainian president" after
// "Ukrainian President Volodymyr Zelenskyy"), the entity of an earlier "the spokesman", or the
// nearest organisation whose name holds the role ("the ministry"; "the company" takes any).
// Otherwise the role is an entity of its own: a role-only person, an anonymous source, a group
// or an organisation. names and nominals list the name and role mentions; byTitle is scratch
// for titledPersons, an empty map.
func bindNominals(d *text.Doc, a *Analysis, names, nominals []int32, byTitle map[string]int) {
	dialogue := d.IsDialogue()
	asked := 0 // the roles asked of onlyTitled
	p := 0     // names[:p] are the names before the role
	for j, at := range nominals {
		mi := int(at)
		m := &a.Mentions[mi]
		for p < len(names) && int(names[p]) < mi {
			p++
		}
		e := apposed(d, a, mi)
		if e < 0 {
			e = titled(d, a, mi, names[:p])
		}
		if e < 0 {
			e = sameRole(d, a, mi, nominals[:j])
		}
		if e < 0 && dialogue {
			// The first roles read the names; past maxTitleWalks, a text asks many, and a map
			// of all the titles answers, made once.
			var titles map[string]int
			if asked++; asked > maxTitleWalks {
				if asked == maxTitleWalks+1 {
					titledPersons(d, a, byTitle)
				}
				titles = byTitle
			}
			e = onlyTitled(d, a, mi, names, titles)
		}
		if e < 0 {
			e = namedOrganisation(d, a, mi, names[:p])
		}

		if e < 0 {
			kind := m.ekind
			switch {
			case kind == Person && m.definite && m.Title.IsZero():
				kind = RoleOnly // "the spokesman"; "the President" stays a person
			case kind == Person:
				kind = Anonymous
			}
			e = len(a.Entities)
			a.Entities = append(a.Entities, Entity{ID: e, Kind: kind, Gender: m.gender})
		}
		m.Entity = e
		if ent := &a.Entities[e]; ent.Gender == Unknown {
			ent.Gender = m.gender
		}
	}
}

// maxBindMentions bounds how far back a role looks for its entity.
const maxBindMentions = 64

// apposed returns the entity of a person's name next to role mention mi across one comma.
func apposed(d *text.Doc, a *Analysis, mi int) int {
	m := &a.Mentions[mi]
	if m.ekind != Person && m.ekind != Organisation {
		return -1
	}
	// A role stands beside a person or an organisation ("the plant's owner, Northshore
	// Energy,"), an organisation's role beside an organisation.
	fits := func(o *Mention) bool {
		return o.Kind == Name && o.Entity >= 0 && (o.ekind == m.ekind || m.ekind == Person && o.ekind == Organisation)
	}
	i := d.TokenAt(m.Span.Start)
	if mi > 0 && i >= 2 && d.Key(i-1) == "," {
		if o := &a.Mentions[mi-1]; fits(o) && o.Span.End == d.Tokens[i-2].End {
			return o.Entity
		}
	}
	j := int(m.last) - 1 // a role's span ends with its head
	if mi+1 < len(a.Mentions) && j+2 < len(d.Tokens) && d.Key(j+1) == "," {
		if o := &a.Mentions[mi+1]; fits(o) && o.Span.Start == d.Tokens[j+2].Start {
			return o.Entity
		}
	}
	return -1
}

// titled returns the entity of the nearest person named with a title that holds the role of
// mention mi, with the same nationality when both give one. before lists the names before mi.
func titled(d *text.Doc, a *Analysis, mi int, before []int32) int {
	m := &a.Mentions[mi]
	if m.ekind != Person || !m.definite {
		return -1
	}
	role := roleOf(d, m)
	return nearestIn(a, before, mi, func(o *Mention) bool {
		if o.Kind != Name || o.titleKeys[1] == 0 || m.demonym != 0 && o.demonym != 0 && m.demonym != o.demonym {
			return false
		}
		for k := int(o.titleKeys[0]); k < int(o.titleKeys[1]); k++ {
			if key := d.Key(k); key == role || titleRole(key) == role {
				return true
			}
		}
		return false
	})
}

// onlyTitled returns the entity of the one person the whole text names with a title that
// holds the role of definite mention mi, before or after it ("the Colonel" for Colonel
// Ducroix, named three pages on), or -1 when none or several are; "the other professor" is
// not the professor. Only fiction keeps to titles so: in news "the senator" is as often
// the one whose title the story never gave. byTitle is titledPersons of the text, or nil for
// an answer read off names, the name mentions.
func onlyTitled(d *text.Doc, a *Analysis, mi int, names []int32, byTitle map[string]int) int {
	m := &a.Mentions[mi]
	if m.ekind != Person || !m.definite || m.Kind != Nominal {
		return -1
	}
	for k := d.TokenAt(m.Span.Start) + 1; k < len(d.Tokens) && d.Tokens[k].End < m.Span.End; k++ {
		if otherWords.Has(d.Key(k)) || d.Tokens[k].Flags&(text.Upper|text.AllUpper) != 0 {
			return -1 // "the other professor"; "the Vermont senator" is not the one Sen. Shaheen
		}
	}
	role := roleOf(d, m)
	if byTitle == nil {
		return titledAs(d, a, names, role)
	}
	if e, ok := byTitle[role]; ok {
		return e
	}
	return -1
}

// maxTitleWalks is how many roles onlyTitled answers by reading the names, each a walk over
// them, before a map of every title answers the rest: a text asks of few, and the map costs
// about as much as eight walks.
const maxTitleWalks = 8

// titledAs returns the entity of the one person names, the name mentions, name with a title
// that holds role, or -1 when none or several do: what titledPersons maps role to, or -1.
func titledAs(d *text.Doc, a *Analysis, names []int32, role string) int {
	e := -1
	for _, mi := range names {
		o := &a.Mentions[mi]
		if o.Entity < 0 || o.titleKeys[1] == 0 || o.Entity == e {
			continue
		}
		for k := int(o.titleKeys[0]); k < int(o.titleKeys[1]); k++ {
			if key := d.Key(k); key == role || titleRole(key) == role {
				if e >= 0 {
					return -1 // a second person
				}
				e = o.Entity
				break
			}
		}
	}
	return e
}

// titledPersons maps, in out, each role a title of the text's names holds ("colonel" for
// Colonel Ducroix, "doctor" for Dr. Hale) to the entity so named, or to -1 when names of several
// entities hold it: two colonels, and "the Colonel" is not for a title to say.
func titledPersons(d *text.Doc, a *Analysis, out map[string]int) {
	note := func(role string, e int) {
		if old, ok := out[role]; ok && old != e {
			e = -1
		}
		out[role] = e
	}
	for oi := range a.Mentions {
		o := &a.Mentions[oi]
		if o.Kind != Name || o.Entity < 0 || o.titleKeys[1] == 0 {
			continue
		}
		for k := int(o.titleKeys[0]); k < int(o.titleKeys[1]); k++ {
			key := d.Key(k)
			note(key, o.Entity)
			if r, ok := titleRoles.Get(key); ok {
				note(r, o.Entity)
			}
		}
	}
}

// partyMembers are plural nouns for the members of a party or political camp, capitalised in
// news: a name that ends in one names a group that they can stand for.
var partyMembers = lexicon.NewSet(map[string]bool{
	"conservatives": true, "democrats": true, "independents": true, "liberals": true,
	"libertarians": true, "progressives": true, "republicans": true, "socialists": true,
})

// otherWords in a role mention set its person apart from the one named with the title.
var otherWords = lexicon.NewSet(map[string]bool{"other": true, "another": true, "second": true, "new": true, "former": true})

// nearestIn returns the entity of the nearest of the maxBindMentions mentions before mi that
// is in before, has an entity and that fits accepts, or -1. before lists mentions before mi,
// in order: those of the kind the caller looks for, so that the others are not visited.
func nearestIn(a *Analysis, before []int32, mi int, fits func(o *Mention) bool) int {
	for x := len(before) - 1; x >= 0 && int(before[x]) >= mi-maxBindMentions; x-- {
		if o := &a.Mentions[before[x]]; o.Entity >= 0 && fits(o) {
			return o.Entity
		}
	}
	return -1
}

// titleRoles spell out abbreviated titles as the role nouns that refer back to them: "the
// doctor" after "Dr. Losberne". A Table rather than a map: titled asks it of every word of a
// title it reads.
var titleRoles = lexicon.NewTable(map[string]string{
	"dr": "doctor", "prof": "professor", "gen": "general", "sen": "senator", "gov": "governor",
	"rep": "representative", "col": "colonel", "capt": "captain", "lt": "lieutenant",
	"sgt": "sergeant", "insp": "inspector", "det": "detective", "rev": "reverend", "fr": "father",
	"supt": "superintendent", "adm": "admiral", "maj": "major", "amb": "ambassador",
	"pres": "president", "atty": "attorney", "cmdr": "commander", "cpl": "corporal",
})

// titleRole returns the role noun of the abbreviated title key, or "".
func titleRole(key string) string {
	r, _ := titleRoles.Get(key)
	return r
}

// sameRole returns the entity of the nearest earlier definite mention of the same role. before
// lists the role mentions before mi.
func sameRole(d *text.Doc, a *Analysis, mi int, before []int32) int {
	m := &a.Mentions[mi]
	if !m.definite {
		return -1
	}
	mod, role := modifier(d, m), roleOf(d, m)
	return nearestIn(a, before, mi, func(o *Mention) bool {
		if o.Kind != Nominal || roleOf(d, o) != role {
			return false
		}
		om := modifier(d, o)
		return mod == "" || om == "" || mod == om // not "the foreign ministry" for "the defence ministry"
	})
}

// modifier returns the key of the word right before role mention m's head inside the
// mention ("foreign" in "the foreign ministry"), or "".
func modifier(d *text.Doc, m *Mention) string {
	k := int(m.first) - 1 // the token before the head's first
	if k < 0 || d.Tokens[k].Start < m.Span.Start || d.Tokens[k].Kind != text.Word {
		return ""
	}
	switch key := d.Key(k); key {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our":
		return ""
	default:
		return key
	}
}

// roleOf returns the folded role noun of mention m: the last word of a nominal's head
// ("president", "spokesman"), or "" for a name or pronoun.
func roleOf(d *text.Doc, m *Mention) string {
	if m.Kind != Nominal {
		return ""
	}
	return d.Key(int(m.last) - 1)
}

// genericOrganisations are roles any organisation can be referred back to by.
var genericOrganisations = lexicon.NewSet(map[string]bool{
	"company": true, "firm": true, "group": true, "organisation": true, "organization": true,
	"business": true, "corporation": true,
})

// namedOrganisation returns the nearest organisation whose name holds the role of mention mi
// ("the ministry" after "the Ministry of Defence"), or any for a generic role ("the company").
// before lists the names before mi.
func namedOrganisation(d *text.Doc, a *Analysis, mi int, before []int32) int {
	m := &a.Mentions[mi]
	if m.ekind != Organisation || !m.definite {
		return -1
	}
	role := roleOf(d, m)
	return nearestIn(a, before, mi, func(o *Mention) bool {
		if o.Kind != Name || a.Entities[o.Entity].Kind != Organisation {
			return false
		}
		if genericOrganisations.Has(role) {
			return true
		}
		for k := int(o.first); k < int(o.last); k++ {
			if d.Key(k) == role {
				return true
			}
		}
		return false
	})
}

// clusterIndex finds the entities a name may refer to without comparing it with every earlier
// mention: thousands of names in one text stay linear.
//
// Its heads give the first link of a list of entities in links, newest first; 0 is the empty
// list. The order of a list does not matter: match picks the entity mentioned last. Three lists
// by key, tagged in heads: byLast, persons by the last word of each name, and one-word names;
// byFirst, persons by the first word of each longer name; byPair, every entity by the first
// and last word of each name.
type clusterIndex struct {
	heads headTable
	links []link  // links[0] is unused
	ents  []named // per entity: what its names so far say

	dialogue bool // the text is dialogue, as a novel's is: Mrs. X is seldom the X named in full
}

// maxPooledLinks bounds the clusterIndex a scan keeps for reuse, so that the tables of a text
// with thousands of names are not kept for the short ones after it.
const maxPooledLinks = 1 << 12

// reset empties ix, the scan's, with room for about names names: its tables serve one document
// after another, pooled with the scan.
func (ix *clusterIndex) reset(names int) {
	ix.heads.reset(3 * names)
	ix.links = append(slices.Grow(ix.links[:0], 3*names+1), link{})
	ix.ents = slices.Grow(ix.ents[:0], names)
}

// sharesSurname reports whether two persons or more of a have a name whose last word is key
// (Mrs Beaver, John Beaver): the persons of key's byLast list, which holds every entity named
// by a person's name ending in it, some more than once.
func (ix *clusterIndex) sharesSurname(a *Analysis, key string) bool {
	one := -1
	for h := ix.heads.head(lexicon.Hash(headSeed, key)^byLastSalt, headKey{byLast, key, ""}); h != 0; h = ix.links[h].next {
		if e := int(ix.links[h].e); e != one && a.Entities[e].Kind == Person {
			if one >= 0 {
				return true
			}
			one = e
		}
	}
	return false
}

// named is what the names of an entity that clusterIndex has indexed say of it.
type named struct {
	longest int    // the most words in one of its names
	recent  int    // the index of its latest mention
	names   int    // its name mentions
	married bool   // named Mrs. X, Madame X
	styled  string // the honorific of a name with a given name (Mr. John Knightley), or ""
	bare    string // the honorific of a one-word name (Mr. Knightley), or ""
}

// A link is an entity of a list in clusterIndex, and the index of the next link or 0.
type link struct{ e, next int32 }

// nameKeys are the first and last words of a name and their hashes, which match and add
// both read, and the slot of the byPair key of the two words in the headTable.
type nameKeys struct {
	first, last string
	hf, hl      uint64
	pair        int
	// indexed reports that match found the entity in the byPair list of the two words: an
	// earlier name of the same words indexed it, in every list add would put it in.
	indexed bool
}

// of sets k to the nameKeys of name mention m, but for pair. It writes k in place: a value
// of 56 bytes handed back and on costs more than the hashing.
func (k *nameKeys) of(d *text.Doc, m *Mention) {
	k.first, k.last = d.Key(int(m.first)), d.Key(int(m.last)-1)
	k.hf = lexicon.Hash(headSeed, k.first)
	k.hl = k.hf // one word, hashed once: most names after the first
	if m.last-m.first != 1 {
		k.hl = lexicon.Hash(headSeed, k.last)
	}
}

// add indexes name mention m, whose keys are k, as a mention of entity e.
func (ix *clusterIndex) add(d *text.Doc, m *Mention, k *nameKeys, e, mi int) {
	first, last, hf, hl := k.first, k.last, k.hf, k.hl
	n := int(m.last - m.first)
	// A list is a set: match and sharesSurname read which entities it holds, whatever their
	// order and however often. An entity indexed by an earlier name of the same two words is
	// in the byPair and byLast lists, and in the byFirst list when that name had two words or
	// more, as it had if the two words differ ("Trump" is not "Trump Trump").
	if !k.indexed || n >= 2 && first == last {
		ix.appendOnce(ix.heads.claim(k.pair, pairHash(hf, hl), headKey{byPair, first, last}), e)
		if m.ekind == Person {
			ix.appendOnce(ix.heads.slot(hl^byLastSalt, headKey{byLast, last, ""}), e)
			if n >= 2 {
				ix.appendOnce(ix.heads.slot(hf^byFirstSalt, headKey{byFirst, first, ""}), e)
			}
		}
	}
	ent := &ix.ents[e]
	ent.longest = max(ent.longest, n)
	ent.recent = mi
	ent.names++
	ent.married = ent.married || n == 1 && married(d, m)
	if t := honorificOf(d, m); t != "" {
		if n >= 2 {
			ent.styled = t
		} else {
			ent.bare = t
		}
	}
}

// appendOnce adds entity e to the list of slot sl, unless e was the last one added there.
func (ix *clusterIndex) appendOnce(sl *headSlot, e int) {
	h := sl.head
	if h != 0 && ix.links[h].e == int32(e) {
		return
	}
	ix.links = append(ix.links, link{e: int32(e), next: h})
	sl.head = int32(len(ix.links) - 1)
}

// The lists of clusterIndex, as tags of headKey.
const (
	byPair uint8 = iota
	byLast
	byFirst
)

// A headKey is a list of clusterIndex and the word or pair of words it is for.
type headKey struct {
	list uint8
	a, b string
}

type headSlot struct {
	h    uint64
	k    headKey
	head int32
	full bool
}

// A headTable maps the keys of clusterIndex to the first link of their lists, by open
// addressing on lexicon.Hash of the words: a Go map of a pair of strings hashes it by a slow
// generic path, and the first and last words are hashed once for all three lists.
type headTable struct {
	mask  uint64
	slots []headSlot
	used  []int32 // the slots claimed, which reset empties: the others are empty already
}

// headSeed seeds the hashes of headTable.
var headSeed = lexicon.NewSeed()

// Salts that set apart the hashes of the lists of one word.
const (
	byLastSalt  = 0x9e3779b97f4a7c15
	byFirstSalt = 0xc2b2ae3d27d4eb4f
)

// pairHash combines the hashes of the two words of a byPair key.
func pairHash(hf, hl uint64) uint64 { return bits.RotateLeft64(hf, 29) ^ hl }

// reset empties t, with room for n keys at most half full. It empties the slots claimed, a
// few, rather than the whole table.
func (t *headTable) reset(n int) {
	for _, i := range t.used {
		t.slots[i] = headSlot{}
	}
	t.used = t.used[:0]
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
	} else {
		t.slots = make([]headSlot, size)
	}
	t.mask = uint64(size - 1)
}

// find returns the index of the slot of key k of hash h, or of the free slot where it would
// go. t has room for every key.
func (t *headTable) find(h uint64, k headKey) int {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if sl := &t.slots[i]; !sl.full || sl.h == h && sl.k == k {
			return int(i)
		}
	}
}

// claim returns slot i, which find gave for key k of hash h, claimed if it was free.
func (t *headTable) claim(i int, h uint64, k headKey) *headSlot {
	sl := &t.slots[i]
	if !sl.full {
		sl.h, sl.k, sl.full = h, k, true
		t.used = append(t.used, int32(i))
	}
	return sl
}

// slot returns the slot of key k of hash h, claimed if it was free. t has room for every key.
// It is claim(find(h, k)) written out: so, add inlines it (the call of the two cost the
// entity stage 0.009M instructions per op).
func (t *headTable) slot(h uint64, k headKey) *headSlot {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if !sl.full {
			sl.h, sl.k, sl.full = h, k, true
			t.used = append(t.used, int32(i))
			return sl
		}
		if sl.h == h && sl.k == k {
			return sl
		}
	}
}

// head returns the first link of the list of key k of hash h, or 0: a free slot's is 0.
func (t *headTable) head(h uint64, k headKey) int32 { return t.slots[t.find(h, k)].head }

// match returns the entity that name mention m, whose keys are k, refers to, or -1 for a new
// one.
func (ix *clusterIndex) match(d *text.Doc, a *Analysis, m *Mention, k *nameKeys) int {
	first, last, hf, hl := k.first, k.last, k.hf, k.hl
	n := int(m.last - m.first)
	fits := func(e int) bool {
		ent := &a.Entities[e]
		if m.ekind == Person {
			return ent.Kind == Person &&
				(m.gender == Unknown || ent.Gender == Unknown || m.gender == ent.Gender)
		}
		return ent.Kind == m.ekind
	}
	best := -1
	pick := func(list int32, ok func(int) bool) {
		for h := list; h != 0; h = ix.links[h].next {
			if e := int(ix.links[h].e); fits(e) && ok(e) && (best < 0 || ix.ents[e].recent > ix.ents[best].recent) {
				best = e
			}
		}
	}
	any := func(int) bool { return true }
	pick(ix.heads.slots[k.pair].head, any) // a free slot's head is 0
	k.indexed = best >= 0
	if best >= 0 || m.ekind != Person {
		return best
	}
	if n == 1 {
		if ix.dialogue && married(d, m) {
			// A novel's Mrs. Dashwood is not Elinor Dashwood but her mother; news calls
			// Hillary Clinton Mrs. Clinton.
			pick(ix.heads.head(hl^byLastSalt, headKey{byLast, last, ""}), func(e int) bool { return ix.ents[e].longest == 1 })
			return best
		}
		if title := honorificOf(d, m); ix.dialogue && title != "" {
			// In a novel, Mr. Knightley is not Mr. John Knightley: the given name tells a
			// younger brother from the head of the family.
			pick(ix.heads.head(hl^byLastSalt, headKey{byLast, last, ""}), func(e int) bool { return ix.ents[e].styled != title })
			return best
		}
		pick(ix.heads.head(hl^byLastSalt, headKey{byLast, last, ""}), any) // Putin after Vladimir Putin
		if best < 0 && m.Title.IsZero() {
			pick(ix.heads.head(hf^byFirstSalt, headKey{byFirst, first, ""}), any) // Emma after Emma Woodhouse
		}
		return best
	}
	// In a novel, Daisy Miller after Mrs. Miller is her daughter, not her, and Mr. John
	// Knightley after Mr. Knightley his younger brother.
	styled := honorificOf(d, m)
	single := func(e int) bool {
		ent := &ix.ents[e]
		return ent.longest == 1 && !(ix.dialogue && (ent.married || styled != "" && ent.bare == styled))
	}
	pick(ix.heads.head(hl^byLastSalt, headKey{byLast, last, ""}), single) // Vladimir Putin after Putin
	if best < 0 {
		pick(ix.heads.head(hf^byLastSalt, headKey{byLast, first, ""}), single) // Emma Woodhouse after Emma
	}
	return best
}

// honorificOf returns the folded honorific right before m's name ("mr" in Mr. John Knightley),
// or "".
func honorificOf(d *text.Doc, m *Mention) string {
	if !m.honorific || m.titleKeys[1] != m.first {
		return ""
	}
	return d.Key(int(m.titleKeys[0]))
}

// married reports whether the title of name mention m is that of a married woman: Mrs,
// Madame, Mme.
func married(d *text.Doc, m *Mention) bool {
	if m.titleKeys[1] == 0 { // no title: a name's title is the tokens titleKeys
		return false
	}
	switch d.Key(int(m.titleKeys[0])) {
	case "mrs", "madame", "mme":
		return true
	}
	return false
}

// A namer picks the names of entities, with scratch space kept from one to the next.
type namer struct {
	fiction bool // the text is dialogue, as a novel's is: "the Mock Turtle" keeps its "The"
	pool    []int
	counts  map[nameForm]int // for entities of more forms than small holds (see count)
	small   [smallForms]formCount
	nSmall  int  // the counts of small that are the entity's
	spilled bool // counts, not small, counts the entity's forms
}

// A formCount is a name form and how many mentions give it, for canonical.
type formCount struct {
	form nameForm
	n    int
}

// A nameForm is a name as canonical compares them: the normalised text of a head, after a title
// (or "The") when one is given. It stands for title + " " + head, or head alone: a head of one
// word has no space in it, so two forms are the same string exactly when they are equal.
type nameForm struct{ title, head string }

func (f nameForm) String() string {
	if f.title == "" {
		return f.head
	}
	return f.title + " " + f.head
}

// in returns f.String(), as a slice of text where text has it at the head's offset start
// ("Mrs Beaver" most often stands so in the text), which costs no allocation. It is small
// enough to be inlined, so that most names, with no title to join, cost no call.
func (f nameForm) in(text string, start int) string {
	if f.title == "" {
		return f.head
	}
	return f.titledIn(text, start)
}

// titledIn is in for a form with a title.
func (f nameForm) titledIn(text string, start int) string {
	t := start - 1 - len(f.title)
	if t < 0 || start+len(f.head) > len(text) || text[start-1] != ' ' ||
		text[t:start-1] != f.title || text[start:start+len(f.head)] != f.head {
		return f.String()
	}
	return text[t : start+len(f.head)]
}

// smallForms is how many forms of a name canonical counts by comparing each with each,
// without a map.
const smallForms = 8

// canonical returns the fullest name of e: its longest name (a mention in capitals or in a
// heading, such as a chapter title, only when there is no other), the most used one among
// equals. A person named by one word keeps the form the text uses most, with or without its
// title: "Mrs Beaver", "Colonel Ducroix", "Crawford", "The Hatter"; in fiction so does a
// person of longer name the text calls "the …": "The Mock Turtle", "The Artful Dodger" (in
// news "the Bernie Sanders campaign" is no name of his).
// An entity known only by a role is named by its first mention: "the spokesman".
func (nm *namer) canonical(d *text.Doc, a *Analysis, e *Entity, ix *clusterIndex) string {
	buf := nm.pool[:0]
	// The index tells the names of most entities, one or none, without a walk over their
	// mentions: every name has its entity from the index, which indexed it (see add).
	switch {
	case e.ID >= len(ix.ents): // an entity of roles, made after the names
	case ix.ents[e.ID].names == 1:
		buf = append(buf, ix.ents[e.ID].recent)
	default:
		for _, mi := range e.Mentions {
			if a.Mentions[mi].Kind == Name {
				buf = append(buf, mi)
			}
		}
	}
	pool := buf // the names canonical chooses from
	if names := len(buf); names > 1 {
		// Names in capitals or in headings count only when there is no other. The one name of
		// most entities is their name, whatever it looks like, and is not tested. Of the
		// others only the longest count: when one of the longest names of all is in neither,
		// the names of that length in neither are all that is read below, and the shorter
		// ones are not tested ("Trump" thirty times after "Donald Trump"); only when none is
		// are they.
		longest := 0
		for _, mi := range buf {
			longest = max(longest, int(a.Mentions[mi].last-a.Mentions[mi].first))
		}
		for _, mi := range buf[:names] {
			if m := &a.Mentions[mi]; int(m.last-m.first) == longest && !allCaps(d, m) && !inHeading(d, m) {
				buf = append(buf, mi)
			}
		}
		if len(buf) == names {
			for _, mi := range buf[:names] {
				if m := &a.Mentions[mi]; int(m.last-m.first) < longest && !allCaps(d, m) && !inHeading(d, m) {
					buf = append(buf, mi)
				}
			}
		}
		if len(buf) > names {
			pool = buf[names:]
		}
	}
	nm.pool = buf[:0]
	switch len(pool) {
	case 0:
		m := &a.Mentions[e.Mentions[0]]
		return spanText(d, d.TokenAt(m.Span.Start), m.Span)
	case 1: // most entities: one name, nothing to count
		m := &a.Mentions[pool[0]]
		form, _ := nm.form(d, m, int(m.last-m.first), e)
		return form.in(d.Text, m.Head.Start)
	}
	longest, nLongest := 0, 0
	for _, mi := range pool {
		switch n := int(a.Mentions[mi].last - a.Mentions[mi].first); {
		case n > longest:
			longest, nLongest = n, 1
		case n == longest:
			nLongest++
		}
	}
	// Where people share a surname (Mrs Beaver, John Beaver), a one-word name keeps its title
	// to tell them apart.
	// With one name of the longest length, that name is the entity's whatever its weight.
	shared := longest == 1 && nLongest > 1 && ix.sharesSurname(a, d.Key(int(a.Mentions[pool[0]].last)-1))
	nm.nSmall, nm.spilled = 0, false
	var best nameForm
	var bestM *Mention // a mention of the best form
	bestN := 0
	for _, mi := range pool {
		m := &a.Mentions[mi]
		if int(m.last-m.first) != longest {
			continue
		}
		form, titled := nm.form(d, m, longest, e)
		n := 1
		if shared && titled {
			n = len(pool) + 1 // outweighs every untitled form
		}
		if count := nm.count(form, n); count > bestN {
			best, bestM, bestN = form, m, count
		}
	}
	return best.in(d.Text, bestM.Head.Start)
}

// count adds n to the count of form among the forms of the entity canonical is naming, and
// returns it. Most entities named many times have a few forms, which small counts without
// hashing them; past smallForms forms, the map counts them all.
func (nm *namer) count(form nameForm, n int) int {
	if !nm.spilled {
		k := 0
		for k < nm.nSmall && nm.small[k].form != form {
			k++
		}
		if k < smallForms {
			if k == nm.nSmall {
				nm.small[k] = formCount{form: form}
				nm.nSmall++
			}
			nm.small[k].n += n
			return nm.small[k].n
		}
		nm.spill() // a form more than small holds
	}
	nm.counts[form] += n
	return nm.counts[form]
}

// spill puts the counts of small into nm.counts, emptied first, which counts the forms from
// then on.
func (nm *namer) spill() {
	nm.spilled = true
	if nm.counts == nil || len(nm.counts) > 4*smallForms {
		nm.counts = map[nameForm]int{} // a fresh map rather than clearing a large one
	} else {
		clear(nm.counts)
	}
	for _, c := range nm.small[:nm.nSmall] {
		nm.counts[c.form] = c.n
	}
}

// form returns the nameForm of name mention m of entity e, its names being longest words long,
// and whether the form is titled: a one-word name keeps its title ("Mrs Beaver").
func (nm *namer) form(d *text.Doc, m *Mention, longest int, e *Entity) (nameForm, bool) {
	form := nameForm{head: headText(d, m)}
	titled := longest == 1 && m.titleKeys[1] == m.first && m.titleKeys[1] > 0
	switch {
	case titled:
		form.title = normalizeSpace(m.Title.Of(d.Text))
	case m.theName && (longest == 1 || nm.fiction && e.Kind == Person):
		form.title = "The"
	}
	return form, titled
}

// placePrepositions stand before the names of places.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "into": true, "across": true,
	"through": true, "outside": true, "inside": true, "around": true, "towards": true, "toward": true,
}

// minPlaceMentions is how many mentions a name needs before most of them, rather than all,
// may show it is a place.
const minPlaceMentions = 3

// A tally is what the names and roles of an entity say of it before pronouns are linked.
type tally struct {
	mentions int32 // its names and roles
	// For a person: its names that carry no title, and of them those after prepositions of place
	// (in, at, from …), and those after these or to, of; titled reports a name with a title.
	names, place, loc int32
	titled            bool
}

// tallyEntities fills sc.tallies, a tally for each entity of a, in one walk over the names and
// roles.
func (sc *scan) tallyEntities(a *Analysis) {
	d := sc.d
	t := room(sc.tallies, len(a.Entities))[:len(a.Entities)]
	clear(t)
	for _, mi := range sc.names {
		m := &a.Mentions[mi]
		et := &t[m.Entity]
		et.mentions++
		switch {
		case a.Entities[m.Entity].Kind != Person || et.titled:
		case !m.Title.IsZero():
			et.titled = true
		default:
			et.names++
			switch i := int(m.first); { // an untitled name's span starts with its head
			case i == 0:
			case sc.has(i-1, wPlacePrep):
				et.place++
				et.loc++
			case d.Key(i-1) == "to" || d.Key(i-1) == "of":
				et.loc++ // "went to Hartfield", "the people of Highbury", but also "said to Brenda"
			}
		}
	}
	for _, mi := range sc.nominals {
		t[a.Mentions[mi].Entity].mentions++
	}
	sc.tallies = t
}

// isPlace reports whether the names of a person, of gender g, whose tally is t follow
// prepositions of place, as a place's do ("lived in Belgravia", "back from Belgravia", "went to
// Hartfield"): every one of them, or two in three of at least minPlaceMentions; to and of count
// only when nothing gives the name a gender. A person is named as a subject and after verbs; a
// place rarely is, and never with a title.
func (t *tally) isPlace(g Gender) bool {
	n := t.names
	if t.titled || n == 0 {
		return false
	}
	if g != Unknown {
		return t.place == n // a given name or a title says person: "said to Brenda"
	}
	return t.loc == n || n >= minPlaceMentions && 3*t.loc >= 2*n
}

// allCaps reports whether every word of m's head is in capitals.
func allCaps(d *text.Doc, m *Mention) bool {
	for k := int(m.first); k < int(m.last); k++ {
		if t := &d.Tokens[k]; t.Kind == text.Word && t.Flags&text.AllUpper == 0 && t.Flags&text.Initial == 0 {
			return false
		}
	}
	return true
}

// maxHeadingTokens bounds the paragraphs inHeading takes for headings.
const maxHeadingTokens = 16

// inHeading reports whether m stands in a heading: a short paragraph that does not end as a
// sentence does and whose words all start with a capital ("CHAPTER VII. Anne Says Her
// Prayers", "Putin Says Talks Will Go On"), where any capitalised word may look like a name.
func inHeading(d *text.Doc, m *Mention) bool {
	p := d.Paragraphs[d.ParagraphOf(int(m.first))]
	if p.Tokens() > maxHeadingTokens || p.Tokens() < 3 {
		return false
	}
	words := 0
	for k := p.First; k < p.Last; k++ {
		t := &d.Tokens[k]
		if t.Kind != text.Word || t.Flags&text.Clitic != 0 {
			continue
		}
		if t.Flags&text.Upper == 0 && !headingSmallWord(d.Key(k)) {
			return false
		}
		words++
	}
	switch d.Key(p.Last - 1) {
	case ".", "!", "?", "…", ":", ",", ";":
		return false
	}
	return words >= 3
}

// headingSmallWord reports whether a title-case heading leaves w in lower case.
func headingSmallWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs":
		return true
	}
	return false
}

// headText returns the text of name mention m's head, whitespace collapsed as normalizeSpace
// does.
func headText(d *text.Doc, m *Mention) string { return spanText(d, int(m.first), m.Head) }

// spanText returns the text of span, which starts at token first and ends where a token ends,
// whitespace collapsed as normalizeSpace does. No token holds whitespace, so only the gaps
// between them are read: the words of a name or role one space apart are its text as it stands.
func spanText(d *text.Doc, first int, span text.Span) string {
	s := span.Of(d.Text)
	for k := first + 1; k < len(d.Tokens) && d.Tokens[k].Start < span.End; k++ {
		if end := d.Tokens[k-1].End; d.Tokens[k].Start-end > 1 || d.Tokens[k].Start > end && d.Text[end] != ' ' {
			return normalizeSpace(s)
		}
	}
	return s
}

// normalizeSpace collapses runs of whitespace (a name broken over a line) into one space.
func normalizeSpace(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c > ' ' && c != 0xc2 {
			continue // a letter, digit or mark: one comparison for most bytes of a name
		}
		switch c := s[i]; {
		case c == '\n' || c == '\r' || c == '\t',
			c == ' ' && i+1 < len(s) && s[i+1] == ' ',
			c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0, no-break space
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// resolvePronouns links each third-person pronoun to the entity it stands for. Candidates
// are the entities mentioned before it (at most maxAntecedentMentions back, pronouns already
// resolved included) that can take it: persons for he and she, organisations and places for
// it, organisations and groups for they. The most salient wins: near, the subject of its
// sentence, and of the pronoun's gender rather than of unknown gender (which then takes the
// pronoun's). A pronoun outside quotation marks skips the mentions inside them. First-person
// pronouns are left to the attribution stage, which knows who is speaking.
//
// A first pass only votes: each he or she goes to its likeliest person, whatever gender a
// given name suggests, and a person most of whose pronouns agree takes their gender. One
// pronoun linked wrongly then no longer fixes a person's gender for the whole text (Katharine
// taken for a man, Lady Brett for one because Brett is a man's name).
func (sc *scan) resolvePronouns(a *Analysis, quoted []text.Span, kinds uint8) {
	votes := room(sc.votes, len(a.Entities))[:len(a.Entities)]
	clear(votes)
	sc.votes = votes
	styled := styledRoles(sc.d, a, sc.nominals, sc.styled)
	if styled != nil {
		sc.styled = styled
	}
	sc.spoken = sc.spoken[:0]
	sc.spokenAt = room(sc.spokenAt, len(a.Mentions))[:len(a.Mentions)]
	sc.antecedents(a)
	can := sc.linkable(a, kinds, styled)
	// The vote is on he and she. It never links to a person, nor they but to a name of a
	// party's members ("Wyoming Republicans", often taken for a person), which a he after it
	// may then take: without such a name, it and they come out the same in the second pass,
	// and are linked there only.
	first := can & (1<<Male | 1<<Female)
	sc.party = can&(1<<Plural) != 0 && sc.partyName(a)
	if sc.party {
		first |= 1 << Plural
	}
	sc.linkPronouns(a, quoted, votes, styled, first)
	for e, v := range votes {
		ent := &a.Entities[e]
		if ent.Kind != Person || ent.Gender != Unknown && !ent.guessed {
			continue
		}
		m, f := v[0], v[1]
		if ent.guessed {
			// Overturning a given name's gender takes pronouns that all disagree with it.
			if ent.Gender == Male && m == 0 && f >= minOverturnVotes {
				ent.Gender, ent.guessed = Female, false
			} else if ent.Gender == Female && f == 0 && m >= minOverturnVotes {
				ent.Gender, ent.guessed = Male, false
			}
			continue
		}
		switch {
		case m >= minGenderVotes && m > 2*f:
			ent.Gender, ent.guessed = Male, false
		case f >= minGenderVotes && f > 2*m:
			ent.Gender, ent.guessed = Female, false
		}
	}
	for _, mi := range sc.thirds {
		a.Mentions[mi].Entity = -1 // the other pronouns are never linked
	}
	sc.linkPronouns(a, quoted, nil, styled, can)
}

// linkable returns the genders of the third-person pronouns that may link to an entity of a
// at all, as bits 1<<gender: he and she link to persons and to the roles of styled, it to
// organisations and places, they to organisations, groups and the names of party members.
// kinds are the kinds of a's entities, as bits 1<<Kind. A text with no place nor organisation,
// as many have, gives an "it" no candidate, and linkPronouns does not look back for one.
func (sc *scan) linkable(a *Analysis, kinds uint8, styled []bool) uint8 {
	var can uint8
	if kinds&(1<<Person) != 0 || kinds&(1<<RoleOnly) != 0 && slices.Contains(styled, true) {
		can |= 1<<Male | 1<<Female
	}
	if kinds&(1<<Organisation|1<<Place) != 0 {
		can |= 1 << Neuter
	}
	if kinds&(1<<Organisation|1<<Group) != 0 {
		can |= 1 << Plural
	} else if slices.ContainsFunc(sc.thirds, func(mi int32) bool { return a.Mentions[mi].gender == Plural }) &&
		sc.partyName(a) {
		can |= 1 << Plural // the names are read only for a text with a they
	}
	return can
}

// partyName reports whether a name of the text ends in a word for a party's members
// ("Republicans"), which they may stand for whatever the name's kind.
func (sc *scan) partyName(a *Analysis) bool {
	return slices.ContainsFunc(sc.names, func(mi int32) bool { return partyMembers.Has(sc.d.Key(int(a.Mentions[mi].last) - 1)) })
}

// styledRoles returns, in a text of dialogue, which role-only entities a role written with a
// capital names ("the Grandmother", "the Colonel"): in a novel that is how the text names a
// character, and a he or she may stand for it. Elsewhere it returns nil. nominals lists the
// role mentions; the answer is out, emptied first, if it has room.
func styledRoles(d *text.Doc, a *Analysis, nominals []int32, out []bool) []bool {
	if !d.IsDialogue() {
		return nil
	}
	out = room(out, len(a.Entities))[:len(a.Entities)]
	clear(out)
	for _, mi := range nominals {
		m := &a.Mentions[mi]
		if m.Entity >= 0 && a.Entities[m.Entity].Kind == RoleOnly &&
			d.Tokens[int(m.last)-1].Flags&text.Upper != 0 && d.Tokens[int(m.last)-1].Flags&text.SentStart == 0 {
			out[m.Entity] = true
		}
	}
	return out
}

// antecedents fills sc.prevAnte: for each mention of a, the nearest mention before it that may
// have an entity, or -1. The pronouns linkPronouns leaves alone (I, we, you) never have one: a
// pronoun looks back past them, as it does in quotations, where they are most.
func (sc *scan) antecedents(a *Analysis) {
	prev := room(sc.prevAnte, len(a.Mentions))[:len(a.Mentions)]
	for mi := range prev {
		prev[mi] = int32(mi - 1)
	}
	for _, p := range sc.others { // in order, so that a run of them is passed whole
		if next := int(p) + 1; next < len(prev) {
			prev[next] = prev[p]
		}
	}
	sc.prevAnte = prev
}

// minGenderVotes is how many pronouns must agree before they give a person a gender, and
// minOverturnVotes how many, with none against, overturn the gender a given name suggests.
const (
	minGenderVotes   = 2
	minOverturnVotes = 3
)

// linkPronouns is one pass of resolvePronouns. With votes it counts, per entity, the he
// (votes[e][0]) and she (votes[e][1]) pronouns linked to it and leaves genders alone;
// without, it gives an entity of unknown gender the gender of the first pronoun linked to it.
// styledRole is styledRoles of the text, and can the genders of the pronouns to link, of
// those linkable gives.
func (sc *scan) linkPronouns(a *Analysis, quoted []text.Span, votes [][2]int32, styledRole []bool, can uint8) {
	d := sc.d
	dialogue := d.IsDialogue()
	var spokenTo []int
	for _, at := range sc.thirds {
		mi := int(at)
		m := &a.Mentions[mi]
		if can&(1<<m.gender) == 0 {
			continue // no entity of the text can take it
		}
		outside := sc.quoteOf[mi] < 0
		spokenTo = nil
		if outside {
			// The names do not change between the passes: the first finds whom each he or
			// she's quotations address, the second reads it back.
			if votes != nil || m.gender == Neuter || m.gender == Plural {
				start := len(sc.spoken)
				sc.spoken = addressed(d, a, mi, quoted, sc.spoken)
				sc.spokenAt[mi] = [2]int32{int32(start), int32(len(sc.spoken))}
			}
			at := sc.spokenAt[mi]
			spokenTo = sc.spoken[at[0]:at[1]]
		}
		sent := d.SentenceOf(int(m.first))
		bonus := maxSalienceBonus
		if m.gender == Neuter || m.gender == Plural {
			bonus = maxSubjectBonus // no gender to agree in: the walk stops sooner
		}
		best, bestScore := -1, 0.0
		// The maxAntecedentMentions mentions before mi, less those that never have an entity.
		for oi := int(sc.prevAnte[mi]); oi >= 0 && oi >= mi-maxAntecedentMentions; oi = int(sc.prevAnte[oi]) {
			o := &a.Mentions[oi]
			os := d.SentenceOf(int(o.first))
			dist := float64(os - sent)
			if best >= 0 && dist+bonus <= bestScore {
				break // nothing further back can win
			}
			if o.Entity < 0 || outside && sc.quoteOf[oi] >= 0 || slices.Contains(spokenTo, o.Entity) {
				continue
			}
			e := &a.Entities[o.Entity]
			score := dist
			switch m.gender {
			case Male, Female:
				if e.Kind != Person && !(styledRole != nil && styledRole[o.Entity] && e.Gender == m.gender) {
					continue
				}
				switch {
				case e.Gender == m.gender:
					score += 1.5
				case dialogue && e.Gender == Unknown && sc.tallies[o.Entity].mentions == 1 && !e.guessed:
					continue // in a novel, a word named once with nothing to say it is a person: "Saxon"
				case e.Gender == Unknown, votes != nil && e.guessed:
				default:
					continue
				}
			case Neuter:
				if e.Kind != Organisation && e.Kind != Place {
					continue
				}
			case Plural:
				if e.Kind != Organisation && e.Kind != Group && !(sc.party && o.Kind == Name && partyMembers.Has(d.Key(int(o.last)-1))) {
					continue // `Wyoming Republicans decided they …`: a party's members are a group
				}
			}
			if !o.Possessive && (oi == 0 || d.SentenceOf(int(a.Mentions[oi-1].first)) != os ||
				outside && o.Kind == Pronoun && sc.pronoun(int(o.first)).subject) {
				score++ // the first mention of a sentence is most often its subject, and in narration so is he or she
			}
			if best < 0 || score > bestScore {
				best, bestScore = o.Entity, score
			}
		}
		if best < 0 {
			continue
		}
		m.Entity = best
		e := &a.Entities[best]
		switch {
		case votes != nil && m.gender == Male:
			votes[best][0]++
		case votes != nil && m.gender == Female:
			votes[best][1]++
		case votes == nil && (e.Gender == Unknown || e.guessed) && m.gender != Plural:
			e.Gender, e.guessed = m.gender, false
		}
	}
}

// markVocatives flags the names that address someone inside a quotation: right after the
// opening mark or a comma, and right before a comma, ! ? . or the closing mark. quoteOf is
// quotedMentions of the text, and names lists its name mentions.
func markVocatives(d *text.Doc, a *Analysis, quoted []text.Span, quoteOf []int32, names []int32) {
	for _, mi := range names {
		m := &a.Mentions[mi]
		if quoteOf[mi] < 0 {
			continue
		}
		q := quoted[quoteOf[mi]]
		// A name's span starts with its title, or else its head, and ends with its head.
		first, last := int(m.first), int(m.last)-1
		if m.titleKeys[1] != 0 {
			first = int(m.titleKeys[0])
		}
		if first == 0 || last+1 >= len(d.Tokens) {
			continue
		}
		before, after := &d.Tokens[first-1], &d.Tokens[last+1]
		opens := before.Start == q.Start || d.Key(first-1) == ","
		closes := after.End == q.End
		switch d.TokenText(last + 1) {
		case ",", "!", "?", ".", "…":
			closes = true
		}
		m.Vocative = opens && closes && !onlyName(d, first, last, q)
	}
}

// onlyName reports whether the name at tokens [first, last] is all quotation q says, but for
// punctuation: an answer or an echo ("Trafalgar!", "Inglese Italianato?"), not an address.
func onlyName(d *text.Doc, first, last int, q text.Span) bool {
	if d.Tokens[first-1].Start != q.Start {
		return false
	}
	for k := last + 1; k < len(d.Tokens) && d.Tokens[k].End <= q.End; k++ {
		if t := d.Tokens[k].Kind; t != text.Punct && t != text.Mark {
			return false
		}
	}
	return true
}

// addressed appends to out the entities the quotations next to pronoun mention m address by
// name: the quotation that ends right before it (`"…, Mr. Bumble," he said`) and the one that
// opens right after its clause (`he said, "Mr. Bumble, …"`). A speaker is not the one addressed.
func addressed(d *text.Doc, a *Analysis, mi int, quoted []text.Span, out []int) []int {
	if len(quoted) == 0 {
		return out // no quotation near, with none in the text: the search and loops below find none
	}
	m := &a.Mentions[mi]
	i := sort.Search(len(quoted), func(i int) bool { return quoted[i].End > m.Span.Start })
	para := d.ParagraphOf(int(m.first))
	var buf [2]text.Span
	near := buf[:0]
	if i > 0 && m.Span.Start-quoted[i-1].End <= maxAddressGap && d.Tokens[int(m.first)].Flags&text.SentStart == 0 &&
		d.ParagraphOf(d.TokenAt(quoted[i-1].Start)) == para {
		near = append(near, quoted[i-1])
	}
	if i < len(quoted) && quoted[i].Start-m.Span.End <= 3*maxAddressGap && d.ParagraphOf(d.TokenAt(quoted[i].Start)) == para {
		near = append(near, quoted[i])
	}
	for _, q := range near {
		for oi := mi - 1; oi >= 0 && a.Mentions[oi].Span.Start >= q.Start; oi-- {
			if o := &a.Mentions[oi]; o.Kind == Name && o.Span.End <= q.End && o.Entity >= 0 {
				out = append(out, o.Entity)
			}
		}
		for oi := mi + 1; oi < len(a.Mentions) && a.Mentions[oi].Span.Start < q.End; oi++ {
			if o := &a.Mentions[oi]; o.Kind == Name && o.Span.Start >= q.Start && o.Entity >= 0 {
				out = append(out, o.Entity)
			}
		}
	}
	return out
}

// maxAddressGap is how many bytes may separate a pronoun from the quotation it answers.
const maxAddressGap = 4

// maxSalienceBonus is the most a candidate antecedent gains over its distance in sentences:
// 1.5 for its gender, 1 for being a subject. A candidate for it or they gains only the
// subject's maxSubjectBonus. The mentions' heads are in text order, so the distance only
// grows as linkPronouns looks back, and a candidate beyond the bonus of the best cannot win.
const (
	maxSalienceBonus = 2.5
	maxSubjectBonus  = 1
)

// maxAntecedentMentions bounds how far back a pronoun looks, so that a text of thousands of
// names stays linear.
const maxAntecedentMentions = 64

// quotedMentions returns, in out, the index in quoted of the quotation each mention of a starts
// inside, or -1: one walk over both, which are in text order, rather than a search per mention.
func quotedMentions(a *Analysis, quoted []text.Span, out []int32) []int32 {
	out = room(out, len(a.Mentions))
	if len(quoted) == 0 { // a text without quotations: every mention is outside
		for range a.Mentions {
			out = append(out, -1)
		}
		return out
	}
	q := 0
	for mi := range a.Mentions {
		off := a.Mentions[mi].Span.Start
		if q > 0 && quoted[q-1].End > off { // out of order: search afresh
			q = sort.Search(len(quoted), func(i int) bool { return quoted[i].End > off })
		}
		for q < len(quoted) && quoted[q].End <= off {
			q++
		}
		in := int32(-1)
		if q < len(quoted) && quoted[q].Start <= off {
			in = int32(q)
		}
		out = append(out, in)
	}
	return out
}
