package topic

import (
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestTextLabel checks that a phrase labelled by a slice of the text has the label joinLabel
// builds word by word, for every candidate of texts whose phrases are written in many ways.
func TestTextLabel(t *testing.T) {
	texts := []string{
		"The US and NATO held peace talks on security guarantees in the third world war.",
		"Peace Talks resumed. peace  talks, Peace-talks and US-Russia relations; the U.S.-Russia talks.",
		"CLIMATE CHANGE policy: climate change, Climate change and climate‐change policy in Moscow.",
		"Moscow talks, MOSCOW talks and moscow talks with e-mail and re-election campaign pledges.",
	}
	sliced, built := 0, 0
	for _, s := range texts {
		d := text.Analyze(s)
		a := NewAnalyzer(d, nil, nil)
		cands := a.allCandidates()
		if len(cands) == 0 {
			t.Fatalf("%q: no candidates", s)
		}
		for i := range cands {
			c := &cands[i]
			if c.n < 2 {
				continue
			}
			got, ok := a.textLabel(c)
			if !ok {
				built++
				continue
			}
			sliced++
			if got != a.joinLabel(c) {
				t.Errorf("%q: textLabel = %q, joinLabel = %q", s, got, a.joinLabel(c))
			}
		}
		a.Release()
	}
	if sliced == 0 || built == 0 {
		t.Errorf("%d labels sliced from the text, %d built: the texts no longer try both", sliced, built)
	}
}

// allCandidates returns every candidate phrase of a's document, as chooseRuns ranks them: the
// sequences of one to four content words with no break between them, which neither start nor
// end inside a hyphenated word and are not wholly inside an entity mention.
func (a *Analyzer) allCandidates() []cand {
	var cands []cand
	for i := range a.units {
		if a.units[i].flags&(uContent|uInner) != uContent {
			continue
		}
		c := cand{key: noWords, first: int32(i)}
		entity := true
		for j := i; j < len(a.units) && j-i < maxPhraseUnits; j++ {
			u := &a.units[j]
			if u.flags&uContent == 0 || j > i && u.flags&uBreak != 0 {
				break
			}
			c.key[j-i] = u.group
			entity = entity && u.flags&uEntity != 0
			if u.flags&uCont == 0 && !entity {
				c.n = int32(j - i + 1)
				cands = append(cands, c)
			}
		}
	}
	return cands
}
