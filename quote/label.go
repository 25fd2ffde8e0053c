package quote

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

// label reads a paragraph that opens with a speaker's label and a colon: a headline (`Rubio:
// I'm not interested in being vice president`) or a turn of a transcript (`A: I felt
// helpless …`, `BENENSON: Senator Sanders doesn't get to decide …`). The rest of the
// paragraph is what the label's bearer said. The label ends at colon ([Extractor.labelColon]).
func (e *Extractor) label(d *text.Doc, s *text.Segment, i, colon int, cover []int32, qs []Quote) (Quote, int, bool) {
	p := d.Paragraphs[s.Para]
	start := colon + 1
	stop := p.Last
	for stop > start && (d.Tokens[stop-1].Kind == text.Punct || d.Tokens[stop-1].Kind == text.Mark) {
		stop--
	}
	if stop-start < minContent || e.speechAfter(cover, qs, start, stop) {
		return Quote{}, 0, false // but a quoted fragment makes it mixed: `Ryan: The Decision ‘Defies Explanation’`
	}
	q := e.newReported(d, colon, colon+1, newCueForm(":", Speaking), tokenSpan(d, i, colon), "reported-label")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, start, true
}

// labelColon returns the colon that ends the speaker's label opening at token i, with words
// after it before token limit, if there is one.
func (e *Extractor) labelColon(d *text.Doc, i, limit int) (int, bool) {
	// A word in lower case longer than any of labelWords ends the label's words where no colon
	// stands, and the test below turns it down, as the loop after it would: most paragraphs'
	// first words stop there.
	colon := i
	for colon < limit && colon-i < maxLabel && d.Tokens[colon].Kind == text.Word &&
		(d.Tokens[colon].Flags&text.Upper != 0 || len(d.Key(colon)) <= maxLabelWord) {
		colon++
	}
	if colon == i || colon+1 >= limit || d.Key(colon) != ":" {
		return 0, false
	}
	for k := i; k < colon; k++ {
		if d.Tokens[k].Flags&text.Upper == 0 && !labelWords.Has(d.Key(k)) || e.isCue(d, k, colon) && !e.nounLabel(d, k, colon) {
			return 0, false // `In the end: …`, `He said: …`: no label
		}
	}
	if d.Tokens[i].Flags&text.Upper == 0 ||
		notLabels.Has(d.Key(i)) || colon == i+1 && len(d.TokenText(i)) == 1 {
		return 0, false // `The Latest: …`, `UPDATE: …`; `Q:` and `A:` of an interview
	}
	return colon, true
}

// nounLabel reports whether the cue at token k is a label of its own, a noun rather than a
// verb: the whole label, in the cue's base form (`Report: …`, as `Poll: …`; a headline's verb
// is inflected, `Lee Warns: …`).
func (e *Extractor) nounLabel(d *text.Doc, k, colon int) bool {
	f, _, _ := e.cues.cueAt(d, k, colon)
	return colon == k+1 && d.Key(k) == f.lemma
}

// notLabels open the labels of a newsroom, not of a speaker: `The Latest:`, `Contributing:`,
// `UPDATE:`, `BREAKING:`.
var notLabels = lexicon.NewSet(map[string]bool{
	"the": true, "contributing": true, "correction": true, "update": true, "updated": true,
	"breaking": true, "exclusive": true, "byline": true, "twitter": true, "email": true,
	"related": true, "note": true, "editor's": true, "photo": true, "photos": true, "video": true,
	"watch": true, "look": true, "read": true, "wow": true, "boom": true, "busted": true,
	"source": true, "sources": true, "credit": true,
})

// labelWords may stand in lower case inside a speaker's label: `Former AG Mukasey at RNC`.
var labelWords = lexicon.NewSet(labelWordList)

var labelWordList = map[string]bool{"at": true, "of": true, "in": true, "on": true, "the": true, "and": true, "for": true}

// maxLabelWord is the length of the longest of labelWords.
var maxLabelWord = func() int {
	n := 0
	for w := range labelWordList {
		n = max(n, len(w))
	}
	return n
}()
