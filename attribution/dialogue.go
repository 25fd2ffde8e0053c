package attribution

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// A turn is a paragraph of a conversation: the statements it holds and the speaker the local
// sieves found for it, if any.
type turn struct {
	para       int
	first, end int32 // its top-level statements, in order, are turnStmts[first:end] (see stmtsOf)
	anchor     int   // the statement whose speaker the turn has, or -1
}

// stmtsOf returns the statements of turn t. A turn holds their place in turnStmts, not a
// slice of it: a turn with no pointer need not be cleared when the context is released.
func (c *docContext) stmtsOf(t *turn) []int {
	return c.turnStmts[t.first:t.end]
}

// who identifies a speaker: by entity, or by name when the mention names no entity.
type who struct {
	entity int
	name   string
}

func (c *docContext) whoOf(si int) (who, bool) {
	sp := c.stmts[si].Speaker
	if sp == nil {
		return who{}, false
	}
	if sp.Entity >= 0 {
		return who{entity: sp.Entity}, true
	}
	return who{entity: -1, name: sp.Name}, true
}

// Limits of the dialogue pass.
const (
	maxTurnReach     = 16 // how many turns away an anchor may lend its speaker
	maxParticipantAt = 40 // how many statements back the other participant of a dialogue may have spoken
)

// dialogue gives speakers to the turns the local sieves left without one. Turns are paragraphs
// with statements, in blocks of consecutive paragraphs; in dialogue text a paragraph that
// opens with a long stretch of narration starts a new block. In a conversation, speakers
// alternate: an unattributed turn takes the speaker of the nearest attributed turn two, four, …
// turns away, unless it addresses that person, and failing that the other participant of the
// nearest attributed turn one, three, … away: the person that turn addresses by name, or the
// last other speaker or person mentioned before it in the scene. Only a text of dialogue, as a
// novel is, has conversations: elsewhere (news) an unattributed paragraph carries on the
// speaker of the paragraph before.
func (c *docContext) dialogue(minConf float64) {
	dialogueText := c.dialogueText
	turns := c.turns()
	for b := 0; b < len(turns); {
		e := b + 1
		for e < len(turns) && turns[e].para == turns[e-1].para+1 &&
			!(dialogueText && c.narrationOpens(turns[e], minNarration)) {
			e++
		}
		c.block(turns[b:e], dialogueText, minConf)
		b = e
	}
}

// turns groups the top-level statements by paragraph.
func (c *docContext) turns() []turn {
	// There are at most as many turns as statements, and the turns' statements follow one
	// another: they share one slice, each turn a run of it.
	out := slices.Grow(c.turnBuf[:0], len(c.stmts))
	all := slices.Grow(c.turnStmts[:0], len(c.stmts))
	// In locals: c's fields were loaded again after each call.
	stmts, quotes, from := c.stmts, c.quotes, c.from
	for si := range stmts {
		if quotes[from[si]].Depth > 0 {
			continue
		}
		p := c.paragraphOf(si)
		if len(out) == 0 || out[len(out)-1].para != p {
			out = append(out, turn{para: p, first: int32(len(all)), anchor: -1})
		}
		all = append(all, si)
		t := &out[len(out)-1]
		t.end = int32(len(all))
		if t.anchor < 0 && stmts[si].Speaker != nil && !c.unresolvedSpeaker(si) && !c.wordsOnly(si) {
			t.anchor = si
		}
	}
	c.turnBuf, c.turnStmts = out, all
	return out
}

// block assigns the unattributed turns of one block of consecutive paragraphs.
func (c *docContext) block(ts []turn, dialogueText bool, minConf float64) {
	conversation := dialogueText
	if !conversation && !hasAnchor(ts) {
		return
	}
	if conversation {
		// A turn that addresses someone by name is answered by them, and answers them.
		for i := range ts {
			if ts[i].anchor >= 0 {
				continue
			}
			if ch, ok := c.addressee(ts, i); ok {
				c.applyTurn(ts, i, "addressee", ch, minConf)
			}
		}
	}
	if conversation {
		c.parityRepair(ts, minConf)
	}
	if conversation && !hasAnchor(ts) {
		c.seedBlock(ts, minConf)
	}
	for i := range ts {
		if ts[i].anchor >= 0 {
			continue
		}
		ch, rule, ok := c.turnSpeaker(ts, i, conversation)
		if !ok {
			continue
		}
		for _, si := range c.stmtsOf(&ts[i]) {
			c.fill(si, rule, ch, minConf)
		}
	}
}

// parityRepair corrects turns attributed through he or she that break the alternation the
// named turns of a conversation set up: when every turn named at even positions names one
// person and every turn named at odd positions another, a pronoun turn at an even position
// goes to the first person if the pronoun fits them, and likewise at odd positions.
func (c *docContext) parityRepair(ts []turn, minConf float64) {
	var class [2]who
	var seen [2]bool
	for i, t := range ts {
		if t.anchor < 0 || c.pronounAnchor(t.anchor) {
			continue
		}
		w, _ := c.whoOf(t.anchor)
		p := i % 2
		if seen[p] && class[p] != w {
			return // three people, or a slip: no clear alternation
		}
		class[p], seen[p] = w, true
	}
	if seen[0] && seen[1] && class[0] == class[1] || !seen[0] && !seen[1] {
		return // the same person twice, or no one named: nothing to repair
	}
	for i, t := range ts {
		want, ok := class[i%2], seen[i%2]
		if !ok || t.anchor < 0 || !c.pronounAnchor(t.anchor) {
			continue
		}
		w, _ := c.whoOf(t.anchor)
		g := pronounGender(c.stmts[t.anchor].Speaker.Mention.Of(c.d.Text))
		if w == want || want.entity < 0 || !c.genderFits(want, g) {
			continue
		}
		old := *c.stmts[t.anchor].Speaker
		ch := choice{mention: old.Mention, entity: want.entity, confidence: 0.7, evidence: old.Mention}
		for _, si := range c.stmtsOf(&t) {
			if sp := c.stmts[si].Speaker; sp != nil && *sp == old {
				c.replace(si, "turn-taking", ch, minConf)
			}
		}
	}
}

// pronounAnchor reports whether statement si was attributed through he or she.
func (c *docContext) pronounAnchor(si int) bool {
	return pronounGender(c.stmts[si].Speaker.Mention.Of(c.d.Text)) != entity.Unknown
}

// genderFits reports whether speaker w may be referred to by a pronoun of gender g.
func (c *docContext) genderFits(w who, g entity.Gender) bool {
	eg := c.ents.Entities[w.entity].Gender
	return eg == entity.Unknown || eg == g
}

// pronounGender returns the gender of s if it is he or she, in any case, else Unknown. It
// compares ASCII letters without asPronoun's switch: no other character lower-cases to h, e
// or s.
func pronounGender(s string) entity.Gender {
	switch {
	case len(s) == 2 && s[0]|0x20 == 'h' && s[1]|0x20 == 'e':
		return entity.Male
	case len(s) == 3 && s[0]|0x20 == 's' && s[1]|0x20 == 'h' && s[2]|0x20 == 'e':
		return entity.Female
	}
	return entity.Unknown
}

// unresolvedSpeaker reports whether statement si's speaker is a pronoun the entity stage could
// not resolve ("he said" with no one before it); "the other", which names no one but the
// participant who did not speak last; or, in dialogue, a generic description ("said the
// girl", "the old gentleman replied") that stands for one of the people talking: a speaker the
// conversation may still name.
func (c *docContext) unresolvedSpeaker(si int) bool {
	sp := c.stmts[si].Speaker
	if sp == nil {
		return false
	}
	m := sp.Mention.Of(c.d.Text)
	// Lengths first: no other string folds to these ASCII words in as many bytes.
	if len(m) == len("the other") && strings.EqualFold(m, "the other") ||
		len(m) == len("the other one") && strings.EqualFold(m, "the other one") {
		return true
	}
	// Dialogue asked first: news, which has no generic descriptions to stand for, skips the
	// test; and in dialogue most speakers' mentions ("he", "Emma") fail genericPerson's first
	// tests, asked here without a call.
	if c.dialogueText && mayBeGeneric(m) {
		if _, ok := c.genericSpeaker(si); ok {
			return true
		}
	}
	return sp.Entity < 0 && isSubjectPronoun(sp.Name) && !strings.EqualFold(sp.Name, "i")
}

// knownSpeaker reports whether statement si's speaker is someone the conversation can count
// as a participant: a named person, or one a description stands for once the conversation
// named them ("said the old gentleman", Mr. Dunstan), not a pronoun, description or window of
// words nobody was found for.
func (c *docContext) knownSpeaker(si int) bool {
	sp := c.stmts[si].Speaker
	if sp == nil || c.wordsOnly(si) {
		return false
	}
	return sp.Entity >= 0 && c.ents.Entities[sp.Entity].Kind == entity.Person || !c.unresolvedSpeaker(si)
}

// wordsOnly reports whether statement si's speaker is a window of words in which the entity
// stage found no one ("the croupier", "a voice"): in a conversation, a speaker too uncertain to
// lend to the turns around it.
func (c *docContext) wordsOnly(si int) bool {
	sp := c.stmts[si].Speaker
	return sp != nil && sp.Entity < 0 && c.dialogueText && !isSubjectPronoun(sp.Name)
}

// speakerGender returns the gender statement si's speaker mention shows: he, she, or the head
// of a generic description.
func (c *docContext) speakerGender(si int) entity.Gender {
	sp := c.stmts[si].Speaker
	if g := pronounGender(sp.Name); g != entity.Unknown {
		return g
	}
	g, _ := c.genericSpeaker(si)
	return g
}

// genericSpeaker returns genericPerson of statement si's speaker mention, which must not be nil.
func (c *docContext) genericSpeaker(si int) (entity.Gender, bool) {
	sp := c.stmts[si].Speaker
	if si >= len(c.memo) {
		return genericPerson(sp.Mention.Of(c.d.Text))
	}
	m := &c.memo[si]
	if !m.genericSet || m.mention != sp.Mention {
		m.gender, m.generic = genericPerson(sp.Mention.Of(c.d.Text))
		m.mention, m.genericSet = sp.Mention, true
	}
	return m.gender, m.generic
}

// genericPerson reports whether mention s describes a person by age or sex alone ("the girl",
// "the old gentleman", "the young man"), or by kinship or company ("her mother", "the father",
// "my companion"), and the gender it shows; a manner adverb after the noun ("his mother
// placidly") does not count. In a conversation such a description stands for
// one of the people talking.
func genericPerson(s string) (entity.Gender, bool) {
	rest, definite, ok := cutDeterminer(s)
	if !ok {
		return entity.Unknown, false
	}
	head := rest
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		head = rest[i+1:]
		if strings.HasSuffix(head, "ly") { // "his mother placidly": the manner, not the person
			rest = rest[:i]
			head = rest
			if j := strings.LastIndexByte(rest, ' '); j >= 0 {
				head = rest[j+1:]
			}
		}
	}
	if !text.LowerASCII(head) { // most heads are in lower case, which ToLower would scan to say so
		head = strings.ToLower(head)
	}
	h, ok := personHeads.Get(head)
	if !ok || !h.kin && !definite {
		return entity.Unknown, false // "his girl": not a description of this kind
	}
	return h.gender, true
}

// cutDeterminer cuts the determiner of genericPerson off s: the (definite), or a possessive
// her, his, my, their. It splits s at its first space and compares that word alone, so that
// the mentions most speakers have, a pronoun or a name, cost a scan for a space.
func cutDeterminer(s string) (rest string, definite, ok bool) {
	if !mayBeGeneric(s) {
		return s, false, false
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, false, false
	}
	det, rest := s[:i], s[i+1:]
	// ASCII words: nothing else folds to them in as many bytes, and a byte ORed with 0x20 is
	// one of their letters only if it is that letter in either case.
	switch len(det) {
	case 2:
		ok = det[0]|0x20 == 'm' && det[1]|0x20 == 'y'
	case 3:
		a, b, c := det[0]|0x20, det[1]|0x20, det[2]|0x20
		definite = a == 't' && b == 'h' && c == 'e'
		ok = definite || a == 'h' && (b == 'e' && c == 'r' || b == 'i' && c == 's')
	case 5:
		ok = strings.EqualFold(det, "their")
	}
	return rest, definite, ok
}

// mayBeGeneric reports whether s passes genericPerson's first tests, which turn most speakers'
// mentions away before the search for a space: its length (not "he" or "she", not a noun
// phrase with a clause), its first two letters (every determiner starts with th, he, hi or my:
// "Mr. Elton", "Tom Reed" are turned away here) and a space where a determiner of two, three or
// five bytes would end ("Harriet", "Mrs. Weston" have none: TestMayBeGeneric).
func mayBeGeneric(s string) bool {
	if len(s) < len("my x") || len(s) > maxGenericPerson {
		return false
	}
	switch uint(s[0]|0x20)<<8 | uint(s[1]|0x20) {
	case 't'<<8 | 'h', 'h'<<8 | 'e', 'h'<<8 | 'i', 'm'<<8 | 'y':
		return s[2] == ' ' || s[3] == ' ' || len(s) > 5 && s[5] == ' '
	}
	return false
}

// personHeads are the nouns of genericPerson: after "the" (kin false), or after "the" or a
// possessive (kin true: "the father", "her uncle", "my companion").
var personHeads = lexicon.NewTable(map[string]personHead{
	"man": {entity.Male, false}, "gentleman": {entity.Male, false}, "boy": {entity.Male, false},
	"lad": {entity.Male, false}, "fellow": {entity.Male, false}, "youth": {entity.Male, false},
	"woman": {entity.Female, false}, "lady": {entity.Female, false}, "girl": {entity.Female, false},
	"father": {entity.Male, true}, "husband": {entity.Male, true}, "brother": {entity.Male, true},
	"son": {entity.Male, true}, "uncle": {entity.Male, true}, "nephew": {entity.Male, true},
	"mother": {entity.Female, true}, "wife": {entity.Female, true}, "sister": {entity.Female, true},
	"daughter": {entity.Female, true}, "aunt": {entity.Female, true}, "niece": {entity.Female, true},
	"cousin": {entity.Unknown, true}, "friend": {entity.Unknown, true}, "companion": {entity.Unknown, true},
	"count": {entity.Male, false}, "countess": {entity.Female, false}, "painter": {entity.Unknown, false},
	"clergyman": {entity.Male, false}, "stranger": {entity.Unknown, false}, "visitor": {entity.Unknown, false},
})

// A personHead is the gender a noun of genericPerson shows, and whether it is a noun of kinship
// or company.
type personHead struct {
	gender entity.Gender
	kin    bool
}

// maxGenericPerson bounds the descriptions genericPerson reads: "the old gentleman", not a
// noun phrase with a clause.
const maxGenericPerson = 24

// fill gives statement si the conversation's choice if it has no speaker, or only a pronoun
// nobody was found for; the pronoun stays its local mention.
func (c *docContext) fill(si int, rule string, ch choice, minConf float64) {
	switch {
	case c.impersonal(si):
		// `The figures appear to be wrong`: the writer's own judgement, which the turn
		// around it does not make anyone else's.
	case c.stmts[si].Speaker == nil:
		c.apply(si, rule, ch, minConf)
	case c.wordsOnly(si) && ch.confidence >= minWordsOverride:
		ch.mention = c.stmts[si].Speaker.Mention
		c.replace(si, rule, ch, minConf)
	case c.unresolvedSpeaker(si) && c.genderFitsChoice(ch, c.speakerGender(si)):
		ch.mention = c.stmts[si].Speaker.Mention
		c.replace(si, rule, ch, minConf)
	}
}

// minWordsOverride is how sure the conversation must be to name the person a window of words
// stands for: the turns' alternation or an address, not a guess at the other participant
// ("Zero!" cried the croupier, a third person at the table).
const minWordsOverride = 0.5

// genderFitsChoice reports whether the choice may be referred to by a pronoun of gender g.
func (c *docContext) genderFitsChoice(ch choice, g entity.Gender) bool {
	if ch.entity < 0 || g == entity.Unknown {
		return true
	}
	return c.genderFits(who{entity: ch.entity}, g)
}

func hasAnchor(ts []turn) bool {
	for _, t := range ts {
		if t.anchor >= 0 {
			return true
		}
	}
	return false
}

// seedBlock starts a conversation no turn of which names its speaker: the two people last
// mentioned before it, outside quotations, take turns, the one mentioned last speaking first
// ("John lost interest in this topic. "The grey horse has got worms." "How do you know?"").
func (c *docContext) seedBlock(ts []turn, minConf float64) {
	start := c.stmts[c.turnStmts[ts[0].first]].Parts[0].Start
	scene := c.sceneStart(start)
	var room [2]choice // people stays on the stack
	people := room[:0]
	last := c.mentionBefore(start) // once: the loop's bound asked for it at every mention
	for mi := last; mi >= 0 && mi > last-maxParticipantAt && len(people) < 2; mi-- {
		m := &c.ents.Mentions[mi]
		if m.Span.Start < scene {
			break
		}
		if m.Entity < 0 || c.inQuote(m.Span.Start) || c.ents.Entities[m.Entity].Kind != entity.Person {
			continue
		}
		if len(people) == 1 && people[0].entity == m.Entity {
			continue
		}
		people = append(people, choice{mention: m.Span, entity: m.Entity, confidence: 0.35, evidence: m.Span})
	}
	if len(people) == 0 {
		return
	}
	c.applyTurn(ts, 0, "turn-taking", people[0], minConf)
	if len(people) > 1 && len(ts) > 1 {
		c.applyTurn(ts, 1, "turn-taking", people[1], minConf)
	}
}

// applyTurn gives every unattributed statement of turn i the choice, and makes the turn an
// anchor for the turns around it.
func (c *docContext) applyTurn(ts []turn, i int, rule string, ch choice, minConf float64) {
	for _, si := range c.stmtsOf(&ts[i]) {
		c.fill(si, rule, ch, minConf)
		if ts[i].anchor < 0 && c.stmts[si].Speaker != nil && !c.unresolvedSpeaker(si) {
			ts[i].anchor = si
		}
	}
}

// addressee returns the speaker of unattributed turn i as the person the turn before it
// addresses by name ("…, Lizzy?"), or else the person the turn after it addresses.
func (c *docContext) addressee(ts []turn, i int) (choice, bool) {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(ts) {
			continue
		}
		for _, si := range c.stmtsOf(&ts[k]) {
			mi := c.vocative(si)
			if mi < 0 {
				continue
			}
			m := &c.ents.Mentions[mi]
			if m.Entity < 0 || c.ents.Entities[m.Entity].Kind != entity.Person {
				continue
			}
			if w, ok := c.whoOf(si); ok && w.entity == m.Entity || c.spokeNextTo(ts, i, m.Entity) {
				continue // the speaker of turn k, or of the turn on i's other side
			}
			return choice{mention: m.Span, entity: m.Entity, confidence: 0.55, evidence: m.Span}, true
		}
	}
	return choice{}, false
}

// spokeNextTo reports whether entity e is the speaker of an attributed turn next to turn i:
// one person seldom speaks two turns running.
func (c *docContext) spokeNextTo(ts []turn, i, e int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(ts) && ts[k].anchor >= 0 {
			if w, _ := c.whoOf(ts[k].anchor); w.entity == e {
				return true
			}
		}
	}
	return false
}

// turnSpeaker chooses the speaker of unattributed turn i of block ts.
func (c *docContext) turnSpeaker(ts []turn, i int, conversation bool) (choice, string, bool) {
	if !conversation {
		for k := i - 1; k >= 0 && k >= i-maxTurnReach; k-- {
			if ts[k].anchor >= 0 {
				ch, ok := c.reuse(&c.stmts[ts[k].anchor], 0.5)
				return ch, "continuation", ok
			}
		}
		return choice{}, "", false
	}
	// A turn whose speaker is a pronoun nobody was found for keeps to the pronoun's gender.
	g := entity.Unknown
	if si := c.turnStmts[ts[i].first]; c.unresolvedSpeaker(si) {
		g = c.speakerGender(si)
	}
	// Both loops stop where the block ends on both sides: most blocks are a few turns long.
	for dist := 2; dist <= maxTurnReach && (i-dist >= 0 || i+dist < len(ts)); dist += 2 {
		for k := i - dist; k <= i+dist; k += 2 * dist { // i-dist, then i+dist
			if k >= 0 && k < len(ts) && ts[k].anchor >= 0 {
				// In hundredths, so that 0.57 prints as 0.57, not 0.5700000000000001.
				ch, ok := c.reuse(&c.stmts[ts[k].anchor], float64(65-2*(dist/2-1))/100)
				if ok && c.genderFitsChoice(ch, g) && !c.addresses(ts[i], ch.entity) {
					return ch, "turn-taking", ok
				}
			}
		}
	}
	for dist := 1; dist <= maxTurnReach && (i-dist >= 0 || i+dist < len(ts)); dist += 2 {
		for k := i - dist; k <= i+dist; k += 2 * dist { // i-dist, then i+dist
			if k >= 0 && k < len(ts) && ts[k].anchor >= 0 {
				ch, ok := c.otherParticipant(ts[k].anchor, c.turnStmts[ts[i].first], g)
				return ch, "turn-taking", ok
			}
		}
	}
	return choice{}, "", false
}

// otherParticipant returns who answers, or is answered by, statement si in a conversation:
// the person si addresses by name, else the last other speaker before statement at (a
// description or pronoun nobody was found for does not count), else the first after it, else
// the last other person mentioned outside quotations before it; of gender g when g is known.
func (c *docContext) otherParticipant(si, at int, g entity.Gender) (choice, bool) {
	x, _ := c.whoOf(si)
	addressed := -1 // whom statement at addresses by name: not its speaker
	if mi := c.vocative(at); mi >= 0 {
		addressed = c.ents.Mentions[mi].Entity
	}
	fits := func(e int) bool { return e >= 0 && e != addressed && c.genderFitsChoice(choice{entity: e}, g) }
	if mi := c.vocative(si); mi >= 0 {
		if m := &c.ents.Mentions[mi]; m.Entity >= 0 && m.Entity != x.entity && fits(m.Entity) {
			return choice{mention: m.Span, entity: m.Entity, confidence: 0.5, evidence: m.Span}, true
		}
	}
	scene, sceneEnd := c.sceneBounds(c.stmts[min(si, at)].Parts[0].Start)
	other := func(k int) bool {
		w, ok := c.whoOf(k)
		return ok && w != x && c.quotes[c.from[k]].Depth == 0 && c.knownSpeaker(k) &&
			(w.entity < 0 && g == entity.Unknown || fits(w.entity))
	}
	for k := min(si, at) - 1; k >= 0 && k >= at-maxParticipantAt && c.stmts[k].Parts[0].Start >= scene; k-- {
		if other(k) {
			return c.reuse(&c.stmts[k], 0.45)
		}
	}
	// Nobody else spoke before in the scene: the first other speaker after it (the local
	// sieves have named the speakers of the whole text by now).
	for k := max(si, at) + 1; k < len(c.stmts) && k <= at+maxParticipantAt && inScene(c.stmts[k].Parts[0].Start, scene, sceneEnd); k++ {
		if other(k) {
			return c.reuse(&c.stmts[k], 0.45)
		}
	}
	start := c.stmts[min(si, at)].Parts[0].Start
	last := c.mentionBefore(start) // once: the loop's bound asked for it at every mention
	for mi := last; mi >= 0 && mi > last-maxParticipantAt; mi-- {
		m := &c.ents.Mentions[mi]
		if m.Span.Start < scene {
			break
		}
		if m.Entity < 0 || m.Entity == x.entity || m.Kind == entity.Pronoun || c.inQuote(m.Span.Start) || !fits(m.Entity) {
			continue
		}
		if k := c.ents.Entities[m.Entity].Kind; k == entity.Person || k == entity.RoleOnly {
			return choice{mention: m.Span, entity: m.Entity, confidence: 0.4, evidence: m.Span}, true
		}
	}
	return choice{}, false
}

// addresses reports whether turn t addresses entity e by name: then e is not its speaker.
func (c *docContext) addresses(t turn, e int) bool {
	if e < 0 {
		return false
	}
	for _, si := range c.stmtsOf(&t) {
		if mi := c.vocative(si); mi >= 0 && c.ents.Mentions[mi].Entity == e {
			return true
		}
	}
	return false
}

// vocative returns the person mention that statement si's quotation addresses by name ("Lady
// Brenda, is it true…", "…, Harry."), or -1.
func (c *docContext) vocative(si int) int {
	if si < len(c.memo) && c.memo[si].vocativeSet { // inlined: a third of the asks are answered here
		return int(c.memo[si].vocative)
	}
	return c.keepVocative(si)
}

// keepVocative is vocative for a statement whose memo has no answer yet.
func (c *docContext) keepVocative(si int) int {
	if si >= len(c.memo) {
		return c.findVocative(si)
	}
	m := &c.memo[si]
	m.vocative, m.vocativeSet = int32(c.findVocative(si)), true
	return int(m.vocative)
}

// findVocative is vocative, asked anew.
func (c *docContext) findVocative(si int) int {
	for _, p := range c.stmts[si].Parts {
		for mi := c.mentionAtOrAfter(p.Start); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
			m := &c.ents.Mentions[mi]
			if m.Span.Start >= p.End {
				break
			}
			if m.Vocative {
				return mi
			}
		}
	}
	return -1
}

// sceneBreaks appends to out the start offsets of the paragraphs that break a scene, in order: a line
// of symbols ("*  *  *", "#", "---"), or a chapter heading. People talking on one side of a
// break are not the ones talking on the other.
func sceneBreaks(d *text.Doc, out []int) []int {
	// In locals: d's fields were loaded again for each paragraph.
	toks, keys, paras := d.Tokens, d.Keys(), d.Paragraphs
	for i := range paras {
		p := &paras[i]
		k, last := p.First, p.Last
		if k == last {
			continue
		}
		if keys[k] == "chapter" {
			if wordsIn(toks, k, last, maxHeadingWords+1) <= maxHeadingWords {
				out = append(out, p.Start)
			}
			continue
		}
		// Any other paragraph breaks a scene only if it has no word: most open with one, or
		// with a quotation mark before one.
		for ; k < last; k++ {
			if t := toks[k].Kind; t == text.Word || t == text.Number {
				break
			}
		}
		if k >= last {
			out = append(out, p.Start)
		}
	}
	return out
}

// wordsIn counts the words and numbers of toks[from:to], up to limit.
func wordsIn(toks []text.Token, from, to, limit int) int {
	words := 0
	for k := from; k < to && words < limit; k++ {
		if t := toks[k].Kind; t == text.Word || t == text.Number {
			words++
		}
	}
	return words
}

// maxHeadingWords bounds a chapter heading: "CHAPTER VII. Anne Says Her Prayers".
const maxHeadingWords = 12

// sceneStart returns the start of the scene that holds byte offset off: the last scene break
// before it, or 0. The breaks are looked for on the first call, which many news stories never
// make.
func (c *docContext) sceneStart(off int) int {
	start, _ := c.sceneBounds(off)
	return start
}

// sceneBounds returns sceneStart(off), and the first scene break after off, or math.MaxInt.
func (c *docContext) sceneBounds(off int) (start, end int) {
	if !c.breaksDone {
		c.breaks, c.breaksDone = sceneBreaks(c.d, c.breaks[:0]), true
	}
	i := sort.SearchInts(c.breaks, off+1) // the first break after off
	if i < len(c.breaks) {
		end = c.breaks[i]
	} else {
		end = math.MaxInt
	}
	if i == 0 {
		return 0, end
	}
	return c.breaks[i-1], end
}

// inScene reports whether sceneStart(off) is start, for the start and end that sceneBounds gave
// for an offset of the text, without a search: the breaks (paragraph starts, never negative)
// rise, so the last break at or before off is start exactly when off lies before end, and at
// or after start or, when start is 0, anywhere before it (TestInScene).
func inScene(off, start, end int) bool {
	return off < end && (off >= start || start == 0)
}

// minNarration is how many words of narration before its quotation make a paragraph start a
// new exchange: "When Tony came back they were sitting in the library. Beaver was telling
// Brenda's fortune. "… cut to me again," he was saying."
const minNarration = 12

// narrationOpens reports whether turn t's paragraph opens with at least n words of narration
// before its first quotation.
func (c *docContext) narrationOpens(t turn, n int) bool {
	q := &c.quotes[c.from[c.turnStmts[t.first]]]
	if len(q.Marks) == 0 {
		return false
	}
	d, open := c.d, q.Marks[0].Start
	p := &d.Paragraphs[t.para]
	words := 0
	for k := p.First; k < p.Last && words < n && d.Tokens[k].Start < open; k++ { // n words answer
		if d.Tokens[k].Kind == text.Word {
			words++
		}
	}
	return words >= n
}
