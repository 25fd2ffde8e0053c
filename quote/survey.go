package quote

import (
	"strings"

	"github.com/whosaid/whosaid/internal/text"
)

// inSurvey reads a sentence that opens with the survey its clause reports, as `According to
// the poll, …` does: `In the new Post-ABC poll, Trump wins one in three voters`. The survey is
// the source.
func (e *Extractor) inSurvey(d *text.Doc, s *text.Segment, i int, cover []int32) (Quote, int, bool) {
	if i+2 >= s.Last || d.Tokens[i+1].Kind != text.Word {
		return Quote{}, 0, false
	}
	k := i + 1
	for k < s.Last && k-i <= maxSurveyName && !surveyNouns(d.Key(k)) && (d.Tokens[k].Kind == text.Word ||
		d.Tokens[k].Kind == text.Number || d.Tokens[k].Kind == text.Punct && !isComma(d, k) && !stopsClause(d.TokenText(k))) {
		k++ // `In the most recent YouGov/Economist survey`, `In May's Post-ABC poll`
	}
	if k >= s.Last || !surveyNouns(d.Key(k)) {
		return Quote{}, 0, false
	}
	name := k + 1
	c := name
	for c < s.Last && c-name < maxSurveyTail && (d.Tokens[c].Kind == text.Word || d.Tokens[c].Kind == text.Number) {
		c++ // `poll released Monday,`, `poll conducted by the Times and ABC News,`
	}
	if c+1 >= s.Last || d.Key(c) != "," {
		return Quote{}, 0, false
	}
	if c == name && isParticiple(d.Key(c+1)) || c == name && strings.HasSuffix(d.Key(c+1), "ed") && d.Tokens[c+1].Flags&text.Lower != 0 {
		// `In the new poll, conducted March 11-13, …`: an aside about the survey.
		if c2 := firstComma(d, c+1, min(s.Last, c+1+maxSurveyTail+2)); c2 > 0 {
			c = c2
		}
	}
	start := c + 1
	if start >= s.Last || cover[start] >= 0 {
		return Quote{}, 0, false
	}
	stop := e.contentEnd(d, s, start, cover, false)
	if stop-start < minContent {
		return Quote{}, 0, false
	}
	q := e.newReported(d, i, i+1, newCueForm("in", Evidence), tokenSpan(d, i+1, name), "reported-survey")
	q.Parts = []Span{tokenSpan(d, start, stop)}
	return q, stop, true
}

// maxSurveyTail is how many words may follow a survey's name before its comma: `poll released
// last Thursday,`.
const maxSurveyTail = 10

// surveyNouns reports whether key names a survey of opinion.
func surveyNouns(key string) bool {
	switch key {
	case "poll", "polls", "survey", "surveys":
		return true
	}
	return false
}

// opensClause reports whether token j may open the rest of a reported clause after an
// interruption (`…, according to X, two were upgraded`), not a participle or a clause of
// concession or comparison (`…, including one from May`, `…, although few won`).
func opensClause(d *text.Doc, j int) bool {
	k := d.Key(j)
	return !isParticiple(k) && !clauseBreakers.Has(k) && !subordinator(k) && k != "compared" && k != "and" && k != "or"
}
