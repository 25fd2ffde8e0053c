package attribution

import "github.com/whosaid/whosaid/entity"

// minNarratorVotes is how many times the other speakers must address the narrator by one name
// before "I" is taken to be that person, unless that person speaks in their own right nowhere
// in the text (then once is enough: "My dear Watson" in a chapter of Holmes's talk).
const minNarratorVotes = 2

// resolveNarrator names the "I" of a first-person text: the person the other speakers address
// by name in the attributed statements next to the ones "I" makes ("What are you called?"
// "Jacob." … "You oughtn't to, Jake."). It runs after the dialogue pass, so that a neighbour
// is someone's, not perhaps the narrator's own. Statements "I" makes then take that person as
// their speaker, the local mention staying "I". Without a clear majority of such addresses,
// "I" stays unnamed.
func (c *docContext) resolveNarrator() {
	var mine []int
	for si := range c.stmts {
		if c.saidByNarrator(si) {
			mine = append(mine, si)
		}
	}
	if len(mine) == 0 {
		return // no "I" to name: most texts, news among them
	}
	votes := map[int]int{}
	total := 0
	for _, si := range mine {
		for _, sj := range [2]int{si - 1, si + 1} {
			if sj < 0 || sj >= len(c.stmts) || c.saidByNarrator(sj) || c.stmts[sj].Speaker == nil {
				continue
			}
			if mi := c.vocative(sj); mi >= 0 {
				if e := c.ents.Mentions[mi].Entity; e >= 0 && c.ents.Entities[e].Kind == entity.Person {
					votes[e]++
					total++
				}
			}
		}
	}
	best, n := -1, 0
	for e, v := range votes {
		if v > n || v == n && e < best {
			best, n = e, v
		}
	}
	if best < 0 || 2*n <= total || n < minNarratorVotes && c.speaks(best) {
		if best = c.silentAddressee(); best < 0 {
			return
		}
	}
	ent := &c.ents.Entities[best]
	for _, si := range mine {
		sp := c.stmts[si].Speaker
		sp.Entity, sp.Name, sp.Kind = best, ent.Name, ent.Kind
		c.stmts[si].Trail = append(c.stmts[si].Trail, Decision{Stage: "speaker", Rule: "narrator",
			Evidence: sp.Mention, Confidence: c.stmts[si].Confidence})
	}
}

// saidByNarrator reports whether statement si's speaker is an unresolved "I".
func (c *docContext) saidByNarrator(si int) bool {
	sp := c.stmts[si].Speaker
	return sp != nil && sp.Entity < 0 && sp.Name == "I"
}

// silentAddressee returns the person the text's statements address by name most often, at
// least minNarratorVotes times, among those no cue names as a speaker, or -1: in a
// first-person text that person is the narrator, whose words all come as "I" ("Alexis
// Ivanovitch, go and give him a gulden." … "Certainly, Madame," I replied).
func (c *docContext) silentAddressee() int {
	votes := map[int]int{}
	for si := range c.stmts {
		if c.saidByNarrator(si) {
			continue
		}
		if mi := c.vocative(si); mi >= 0 {
			if e := c.ents.Mentions[mi].Entity; e >= 0 && c.ents.Entities[e].Kind == entity.Person {
				votes[e]++
			}
		}
	}
	best, n, tie := -1, 0, false
	for e, v := range votes {
		switch {
		case v > n:
			best, n, tie = e, v, false
		case v == n:
			tie = true
		}
	}
	if tie || n < minNarratorVotes || c.namedSpeaker(best) {
		return -1
	}
	return best
}

// namedSpeaker reports whether entity e is named as the speaker of a statement by its cue:
// turns given to e because someone addressed e may be the narrator's.
func (c *docContext) namedSpeaker(e int) bool {
	for si := range c.stmts {
		sp := c.stmts[si].Speaker
		if sp != nil && sp.Entity == e && c.stmts[si].Rule == "cue" && !isSubjectPronoun(sp.Mention.Of(c.d.Text)) {
			return true
		}
	}
	return false
}

// speaks reports whether entity e is the speaker of a statement.
func (c *docContext) speaks(e int) bool {
	for si := range c.stmts {
		if sp := c.stmts[si].Speaker; sp != nil && sp.Entity == e {
			return true
		}
	}
	return false
}
