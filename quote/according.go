package quote

import (
	"github.com/whosaid/whosaid/internal/text"
)

// according reads `according to X, …` and `…, according to X`. What follows the source runs
// to the end of the sentence, which the source stands for as a whole (`According to the report,
// the bridge will open, and the ferry will stop`); the scan for cues goes on where a clause of
// its own may start. asClause and a parenthetical cue do the same.
func (e *Extractor) according(d *text.Doc, s *text.Segment, i int, cover []int32, qs []Quote, m *accordingMemo) (Quote, int, bool) {
	f := newCueForm("according to", Speaking)
	srcStart := i + 2
	srcEnd := m.sourceEnd(d, s, srcStart, cover, qs)
	if srcEnd == srcStart {
		return Quote{}, 0, false
	}
	source := tokenSpan(d, srcStart, srcEnd)
	first := s.First
	for first < i && (d.Tokens[first].Kind == text.Mark || d.Key(first) == "(") {
		first++ // `(According to the police, …)`
	}
	if first+1 == i && (coordinators.Has(d.Key(first)) || d.Key(first) == "so" || d.Key(first) == "yet") {
		first++ // `But according to reports, …`
	}
	q := e.newReported(d, i, i+2, f, source, "according-to")
	switch {
	case i > first && (isComma(d, i-1) || closedAfterComma(d, i-1, first)):
		// `…, according to X.`, and `…, according to X, …` with a clause on both sides; a
		// quoted fragment may stand in the content, a quotation that is speech may not. The
		// comma may stand inside a closing mark: `… a "root canal," according to X`.
		end := i - 1
		if !isComma(d, end) {
			end = i // the fragment's closing mark ends the content
		}
		// The search back is bounded as the content is: many cues in one run-on sentence
		// stay linear.
		lo := max(first, end-maxContent)
		if k := sourcedFrom(d, lo, end); k > lo {
			first = k
		}
		if end-first >= minContent && cover[first] < 0 && !e.speechAfter(cover, qs, first, i-1) {
			q.Parts = append(q.Parts, tokenSpan(d, first, end))
		}
		next := srcEnd
		if srcEnd+1 < s.Last && isComma(d, srcEnd) && !coveredAny(cover, srcEnd+1, srcEnd+2) && opensClause(d, srcEnd+1) &&
			!apposition(d, srcEnd+1, s.Last) {
			stop := lastWordless(d, s)
			if scan := e.contentEnd(d, s, srcEnd+1, cover, false); scan-(srcEnd+1) >= minContent {
				q.Parts = append(q.Parts, tokenSpan(d, srcEnd+1, stop))
				next = scan
			}
		}
		return q, next, len(q.Parts) > 0
	case (i == first || d.Key(i-1) == "(" || d.Key(i-1) == ":") && srcEnd < s.Last && isComma(d, srcEnd):
		// `(According to the police, …)` in mid-paragraph: the bracket opens the sentence, as
		// a colon does (`It has not gone unnoticed: according to polls, …`).
		stop := lastWordless(d, s) // `According to X, …`
		if scan := e.contentEnd(d, s, srcEnd+1, cover, false); scan-(srcEnd+1) >= minContent {
			q.Parts = []Span{tokenSpan(d, srcEnd+1, stop)}
			return q, scan, true
		}
	case i-first > minContent && d.Tokens[i-1].Kind == text.Word && srcEnd >= lastWordless(d, s) &&
		cover[first] < 0 && !e.speechAfter(cover, qs, first, i):
		// `Clinton now leads Trump by seven points according to a new poll.`: no comma, but
		// the source closes the sentence.
		q.Parts = []Span{tokenSpan(d, first, i)}
		return q, srcEnd, true
	}
	return Quote{}, 0, false
}

// An accordingMemo is what the calls of according learned of the text, for the next one: a
// sentence of many `according to` would otherwise read the same tokens again for each.
type accordingMemo struct {
	source tokenRun // the tokens the last source ran over
}

// A tokenRun is the tokens [from, to).
type tokenRun struct{ from, to int }

// sourceEnd returns the end of a source that starts at token j: the first comma, sentence
// punctuation or quotation that is speech at or after j, or the sentence's end. A title or a
// quoted word may stand in the source: `according to her "clawback" plan`. The end is the same
// for every start inside the run the last source read, which is not read again.
func (m *accordingMemo) sourceEnd(d *text.Doc, s *text.Segment, j int, cover []int32, qs []Quote) int {
	if r := m.source; j >= r.from && j < r.to {
		return r.to
	}
	k := j
	for k < s.Last && !isComma(d, k) && !isSentencePunct(d.TokenText(k)) && (cover[k] < 0 || qs[cover[k]].Role != Speech) {
		k++
	}
	m.source = tokenRun{j, k}
	return k
}

// sourcedFrom returns where the words that according to sources begin, for the comma before it
// at token comma: after the last colon of the sentence (`It has not gone unnoticed: London
// was first, according to …`), at a relative clause that ends there (`…, the gap in
// delegates, which stood at 263, according to …`: the clause is what is sourced, the
// sentence around it another statement), else at first.
func sourcedFrom(d *text.Doc, first, comma int) int {
	for k := comma - 1; k > first; k-- {
		switch {
		case d.Key(k) == ":" && comma-(k+1) >= minContent:
			return k + 1
		case (d.Key(k) == "which" || d.Key(k) == "who") && isComma(d, k-1) && comma-k >= minContent:
			return k
		}
	}
	return first
}

// apposition reports whether the words from token j, after a source and its comma, describe
// the source rather than resume the content: `according to CrowdTangle, a tool that …`,
// `…, which tracks …`, `according to Craig Bryan, head of the center`.
func apposition(d *text.Doc, j, limit int) bool {
	switch d.Key(j) {
	case "which", "who", "whose", "where", "one", "head", "director", "chief", "author":
		return true
	case "a", "an", "the":
		return !bareClause(d, j, limit) // but `…, according to X, the crews left at ten`
	}
	return false
}

// maxSurveyName is how many words may name a survey after in: `In the new Post-ABC poll`.
const maxSurveyName = 10
