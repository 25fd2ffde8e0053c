package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/entity"
)

func isSubjectPronoun(s string) bool {
	switch asPronoun(s) {
	case "he", "she", "they", "i", "we", "it":
		return true
	}
	return false
}

// asPronoun returns strings.ToLower(s) where it may be a personal pronoun, which has four
// letters or fewer, and "" for an s too long to be one: a capitalised pronoun or name then
// costs no allocation, and a name no scan of its bytes.
func asPronoun(s string) string {
	if len(s) > maxPronounBytes {
		// Lower-casing keeps an ASCII s's length, and the only other letters that lower-case
		// to ASCII letters take more bytes than their lower case (İ to i, the Kelvin sign to
		// k): more than four bytes never lower-case to a pronoun.
		return ""
	}
	switch s {
	case "he", "she", "they", "i", "we", "it":
		return s // in lower case already, as pronouns mostly are: ToLower would scan it to say so
	case "He", "HE":
		return "he"
	case "She", "SHE":
		return "she"
	case "They", "THEY":
		return "they"
	case "I":
		return "i"
	case "We", "WE":
		return "we"
	case "It", "IT":
		return "it"
	}
	return strings.ToLower(s)
}

// maxPronounBytes is the length of the longest pronoun asPronoun's callers test for (they).
const maxPronounBytes = 4

// Reach of cataphora: how many mentions and paragraphs after the pronoun it looks, and how
// sure it is.
const (
	cataphoraConfidence    = 0.35
	maxCataphoraMentions   = 12
	maxCataphoraParagraphs = 2
)

// cataphora names a he or she that nothing before it resolves, as at the start of an excerpt
// ("'Good night,' he said. … Tony locked the door"): the first person named after it, outside
// quotations and within maxCataphoraParagraphs, whose gender fits.
func (c *docContext) cataphora(minConf float64) {
	if cataphoraConfidence < minConf {
		return // below the caller's threshold the pronoun stays its own speaker
	}
	for si := range c.stmts {
		g := c.unresolvedPronoun(si)
		if g == entity.Unknown {
			continue
		}
		sp := c.stmts[si].Speaker
		para := c.d.ParagraphOf(c.d.TokenAt(sp.Mention.Start))
		for mi, n := c.mentionAtOrAfter(sp.Mention.End), 0; mi >= 0 && mi < len(c.ents.Mentions) && n < maxCataphoraMentions; mi, n = mi+1, n+1 {
			m := &c.ents.Mentions[mi]
			if c.d.ParagraphOf(c.d.TokenAt(m.Span.Start)) > para+maxCataphoraParagraphs {
				break
			}
			if m.Kind != entity.Name || m.Entity < 0 || c.inQuote(m.Span.Start) {
				continue
			}
			e := &c.ents.Entities[m.Entity]
			if e.Kind != entity.Person || e.Gender != g {
				continue
			}
			c.renamePronoun(si, "cataphora", m.Entity, cataphoraConfidence, m.Span, minConf)
			break
		}
	}
}

// lastOfGenderConfidence is how sure lastOfGender is: a guess from the scene.
const lastOfGenderConfidence = 0.3

// lastOfGender names a he or she that neither the entity stage nor the conversation resolved:
// the last speaker before it in the scene (within maxParticipantAt statements) whom the
// pronoun fits, a person the scene has already heard.
func (c *docContext) lastOfGender(minConf float64) {
	if !c.dialogueText || lastOfGenderConfidence < minConf {
		return // below the caller's threshold the pronoun stays its own speaker
	}
	for si := range c.stmts {
		g := c.unresolvedPronoun(si)
		if g == entity.Unknown {
			continue
		}
		scene := c.sceneStart(c.stmts[si].Parts[0].Start)
		for k := si - 1; k >= 0 && k >= si-maxParticipantAt && c.stmts[k].Parts[0].Start >= scene; k-- {
			w := c.stmts[k].Speaker
			if w == nil || w.Entity < 0 || c.ents.Entities[w.Entity].Kind != entity.Person || c.ents.Entities[w.Entity].Gender != g {
				continue
			}
			c.renamePronoun(si, "last-of-gender", w.Entity, lastOfGenderConfidence, w.Mention, minConf)
			break
		}
	}
}

// unresolvedPronoun returns the gender of statement si's speaker when it is a he or she that
// names no entity, else Unknown.
func (c *docContext) unresolvedPronoun(si int) entity.Gender {
	sp := c.stmts[si].Speaker
	if sp == nil || sp.Entity >= 0 {
		return entity.Unknown
	}
	return pronounGender(sp.Name)
}

// renamePronoun gives statement si, whose speaker is a pronoun that names no entity, entity e
// by rule; the pronoun stays its local mention.
func (c *docContext) renamePronoun(si int, rule string, e int, conf float64, evidence Span, minConf float64) {
	mention := c.stmts[si].Speaker.Mention
	c.replace(si, rule, choice{mention: mention, entity: e, confidence: conf, evidence: evidence}, minConf)
}
