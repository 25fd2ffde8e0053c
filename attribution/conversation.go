package attribution

import (
	"slices"

	"github.com/whosaid/whosaid/entity"
)

// maxParticipantTurns is how many paragraphs of a conversation back conversationPronoun looks
// for the people talking.
const maxParticipantTurns = 4

// conversationPronoun re-resolves the he or she that speaks statement si in dialogue text.
// The entity stage links a pronoun to the most salient person mentioned before it, which in a
// conversation is often someone the talk is about rather than someone talking ("They seemed
// to be within half a sentence of Harriet …" "Oh! then, don't speak it," she cried: Emma,
// not Harriet). When nothing since the statement before names a person the pronoun fits, the
// speaker is one of the people talking: the one who spoke the statement before in the same
// paragraph; else, of the speakers of the last few paragraphs whose gender fits, the entity
// stage's choice if it is one of them, else the most recent who did not speak the paragraph
// before (people take turns), else that paragraph's speaker.
func (c *docContext) conversationPronoun(si int, ch choice) choice {
	g := pronounGender(ch.mention.Of(c.d.Text))
	if g == entity.Unknown {
		return ch
	}
	prev := c.previousTop(si)
	if prev < 0 {
		return ch
	}
	pp := c.stmts[prev].Parts
	prevEnd := pp[len(pp)-1].End
	scene := c.sceneStart(ch.mention.Start)
	if scene > c.stmts[prev].Parts[0].Start || c.namesSomeoneBetween(prevEnd, ch.mention.Start, g) {
		return ch
	}
	para := c.paragraphOf(si)
	addressed := -1
	if mi := c.vocative(si); mi >= 0 {
		addressed = c.ents.Mentions[mi].Entity
	}
	fits := func(e int) bool {
		return e >= 0 && e != addressed && c.ents.Entities[e].Kind == entity.Person && c.ents.Entities[e].Gender == g
	}
	var people [maxParticipantTurns]int // the speakers of the turns before, most recent first
	n, lastPara, firstSpeaker := 0, -1, -1
	for k := prev; k >= 0 && k > prev-maxParticipantAt && n < len(people); k-- {
		if c.quotes[c.from[k]].Depth > 0 {
			continue
		}
		if c.stmts[k].Parts[0].Start < scene {
			break
		}
		p := c.paragraphOf(k)
		if p == para {
			if w, ok := c.whoOf(k); ok && !c.unresolvedSpeaker(k) && fits(w.entity) {
				return c.converse(ch, w.entity)
			}
			continue
		}
		if p == lastPara {
			continue
		}
		lastPara = p
		w, ok := c.whoOf(k)
		if !ok || c.unresolvedSpeaker(k) || w.entity < 0 {
			if n == 0 && firstSpeaker < 0 {
				firstSpeaker = -2 // the turn before has no known speaker
			}
			continue
		}
		if firstSpeaker == -1 {
			firstSpeaker = w.entity
		}
		if !slices.Contains(people[:n], w.entity) {
			people[n] = w.entity
			n++
		}
	}
	var room [maxParticipantTurns]int // cands stays on the stack
	cands := room[:0]
	for _, e := range people[:n] {
		if fits(e) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 || slices.Contains(cands, ch.entity) {
		return ch
	}
	for _, e := range cands {
		if e != firstSpeaker {
			return c.converse(ch, e)
		}
	}
	return c.converse(ch, cands[0])
}

// converse is choice ch given to entity e, one of the people talking.
func (c *docContext) converse(ch choice, e int) choice {
	ch.entity, ch.name, ch.confidence = e, "", 0.75
	return ch
}

// namesSomeoneBetween reports whether a name or description of a person whom a pronoun of
// gender g fits stands outside quotations in [from, to).
func (c *docContext) namesSomeoneBetween(from, to int, g entity.Gender) bool {
	for mi := c.mentionAtOrAfter(from); mi >= 0 && mi < len(c.ents.Mentions); mi++ {
		m := &c.ents.Mentions[mi]
		if m.Span.Start >= to {
			break
		}
		if m.Kind == entity.Pronoun || m.Entity < 0 || c.inQuote(m.Span.Start) {
			continue
		}
		e := &c.ents.Entities[m.Entity]
		if personLike(e.Kind) && (e.Gender == g || e.Gender == entity.Unknown) {
			return true
		}
	}
	return false
}
