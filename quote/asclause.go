package quote

import (
	"github.com/whosaid/whosaid/internal/text"
)

// asBefore returns the as that opens the clause of the cue f at token i, the words between
// them its subject, or -1: `As the Post reported`, `…, as she noted`. Cues of speech, writing
// and thought stand in one.
func asBefore(d *text.Doc, s *text.Segment, i int, f *cueForm) int {
	if !f.class().reports() && f.class() != Cognition {
		return -1
	}
	as := i - 1
	for as >= s.First && i-as <= maxFrontedSubject && d.Tokens[as].Kind == text.Word && d.Key(as) != "as" {
		as--
	}
	if as < s.First || d.Key(as) != "as" || as > s.First && !isComma(d, as-1) && !(as-1 == s.First && leadConnectives.Has(d.Key(s.First))) {
		return -1 // but `But as Lee noted, …` opens its sentence too
	}
	return as
}

// asClause reads content announced by an as-clause: `As The Washington Post reported, …`,
// `As she told reporters on Monday, …`. The clause opens its sentence or follows a comma, and
// the content runs from the comma after the cue; an aside inside its sentence (`The plan, as
// she noted, …`) reports the subject before it too, and one closing it (`…, as she noted.`)
// the clause before it. as is the clause's as, which [asBefore] found.
func (e *Extractor) asClause(out *Quote, d *text.Doc, s *text.Segment, i, as, end int, f *cueForm, cover []int32) (int, bool) {
	if as+1 == i {
		return e.asPassive(out, d, s, i, end, f, cover) // `As reported by the Post, …`
	}
	if !e.subjectLike(d, as+1, i) {
		return 0, false
	}
	k := end
	if k < s.Last && f.is(objectVerb) {
		k = skipObject(d, k, s.Last, e.cues.determiners) // `told reporters`
	}
	if k < s.Last && k < end+2 && (adverbialStarts.Has(d.Key(k)) || timeWords.Has(d.Key(k))) {
		for k < s.Last && k-end < maxFrontedTail && (d.Tokens[k].Kind == text.Word || d.Tokens[k].Kind == text.Number) {
			k++ // `reported on Monday`; an object instead (`As Trump demands a wall,`) is no cue
		}
	}
	if k >= lastWordless(d, s) && as-1 > s.First && isComma(d, as-1) {
		// `The economy is weak, as the mayor noted.`: the clause before the aside is its content.
		first := s.First
		for first < as-1 && d.Tokens[first].Kind == text.Mark {
			first++
		}
		if as-1-first < minContent || as-1-first > maxContent || coveredAny(cover, first, as-1) {
			return 0, false
		}
		q := e.newReported(d, i, end, *f, tokenSpan(d, as+1, i), "reported-as")
		q.Parts = []Span{tokenSpan(d, first, as-1)}
		*out = q

		return k, true
	}
	if k+1 >= s.Last || d.Key(k) != "," || coveredAny(cover, k+1, k+2) {
		return 0, false
	}
	stop := lastWordless(d, s)
	scan := e.contentEnd(d, s, k+1, cover, false)
	if scan-(k+1) < minContent {
		return 0, false
	}
	q := e.newReported(d, i, end, *f, tokenSpan(d, as+1, i), "reported-as")
	q.Parts = []Span{tokenSpan(d, k+1, stop)}
	if first := interruptedSubject(d, s, as-1, cover); first >= 0 {
		// `The economy, as the mayor noted, is weak`: the aside interrupts what it reports,
		// which starts before it.
		q.Parts = []Span{tokenSpan(d, first, as-1), tokenSpan(d, k+1, stop)}
	}
	*out = q

	return scan, true
}

// interruptedSubject returns where the words before the comma at token comma start when
// they open their sentence, are two to maxFrontedSubject words, not an adverbial alone (`Of
// course`, `After all`: the writer's), and hold no quotation or punctuation; else -1.
func interruptedSubject(d *text.Doc, s *text.Segment, comma int, cover []int32) int {
	if comma <= s.First || !isComma(d, comma) {
		return -1
	}
	first := s.First
	for first < comma && d.Tokens[first].Kind == text.Mark {
		first++
	}
	if comma-first < 2 || comma-first > maxFrontedSubject || coveredAny(cover, first, comma) || adverbialOnly(d, first, comma) {
		return -1
	}
	for k := first; k < comma; k++ {
		if d.Tokens[k].Kind != text.Word && d.Tokens[k].Kind != text.Number {
			return -1
		}
	}
	return first
}

// asPassive reads `As reported by X, …`: the source follows "by", the content the comma.
func (e *Extractor) asPassive(out *Quote, d *text.Doc, s *text.Segment, i, end int, f *cueForm, cover []int32) (int, bool) {
	if end >= s.Last || d.Key(end) != "by" {
		return 0, false
	}
	k := end + 1
	for k < s.Last && k-end <= maxFrontedSubject && d.Tokens[k].Kind == text.Word {
		k++
	}
	if k == end+1 || k+1 >= s.Last || d.Key(k) != "," || !e.subjectLike(d, end+1, k) ||
		coveredAny(cover, k+1, k+2) {
		return 0, false
	}
	stop := e.contentEnd(d, s, k+1, cover, false)
	if stop-(k+1) < minContent {
		return 0, false
	}
	q := e.newReported(d, i, end, *f, tokenSpan(d, end+1, k), "reported-as")
	q.Parts = []Span{tokenSpan(d, k+1, stop)}
	*out = q

	return stop, true
}

// maxLabel is how many words a speaker's label before a colon may have: `Former AG Mukasey at
// RNC:`.
const maxLabel = 6
