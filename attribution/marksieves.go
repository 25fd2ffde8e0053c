package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/quote"
)

// trailingCue takes, for a quoted fragment with no cue that runs on after its closing mark,
// the subject of the speech verb right after it, past a comma: `"Thank you all" for the
// victory, Lee said.`, `"…" that is plainly wrong, county lawyer Ann Hale wrote`.
func (c *docContext) trailingCue(si int, q *quote.Quote) (choice, bool) {
	if q.Rule != "fragment" || q.Cue.Lemma != "" || len(q.Parts) == 0 {
		return choice{}, false
	}
	d := c.d
	end := q.Span().End
	t := strings.TrimRight(d.Text[q.Span().Start:end], "\"'”’ ")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return choice{}, false // `a memo titled "The Facts." In it, he says`: the fragment ended its sentence
	}
	k := d.TokenAt(end)
	if k >= len(d.Tokens) || d.ParagraphOf(k) != d.ParagraphOf(d.TokenAt(end-1)) {
		return choice{}, false
	}
	if strings.HasSuffix(t, ",") {
		for k < len(d.Tokens) && d.Tokens[k].Kind == text.Mark {
			k++ // `… as, 'He is the ringleader,'" Tom Sexton said`: the comma stands inside the marks
		}
	} else {
		for n := 0; k < len(d.Tokens) && d.Key(k) != ","; k++ {
			// the closing mark and words that run on after it (`" that is plainly wrong,`)
			if n++; n > maxRunOn || d.Tokens[k].Kind == text.Punct {
				return choice{}, false // `…" for the victory. Lee said`: a sentence of its own
			}
		}
		k++ // past the comma
	}
	for v := k; v < len(d.Tokens) && v < k+maxTrailingSubject; v++ {
		if d.Tokens[v].Kind != text.Word {
			return choice{}, false
		}
		if !trailingVerbs.Has(d.Key(v)) || v == k {
			continue
		}
		mi := c.mentionBefore(d.Tokens[v].Start)
		if mi < 0 || c.ents.Mentions[mi].Span.End != d.Tokens[v-1].End || c.ents.Mentions[mi].Span.Start < d.Tokens[k].Start {
			return choice{}, false
		}
		return c.fromMention(mi, 0.7, Span{Start: d.Tokens[v].Start, End: d.Tokens[v].End})
	}
	return choice{}, false
}

// maxRunOn bounds the tokens between a fragment's end and the comma before its trailing cue.
const maxRunOn = 12

// maxTrailingSubject bounds the words of the subject before a trailing speech verb
// (`Justice Department senior trial counsel Ann Hale wrote`).
const maxTrailingSubject = 8

// trailingVerbs are the speech verbs that, after a quoted fragment and its run-on words, name
// its speaker before them.
var trailingVerbs = lexicon.NewSet(map[string]bool{
	"added": true, "argued": true, "explained": true, "noted": true, "said": true, "says": true,
	"told": true, "tweeted": true, "wrote": true, "writes": true,
})

// colonSpeaker takes the first mention of the clause that introduces a quotation with a colon
// and no cue: `Macron: "…"`, `Sanders stood up for the federal workforce: "…"`.
func (c *docContext) colonSpeaker(si int, q *quote.Quote) (choice, bool) {
	if q.Rule != "colon" || q.Source.Len() == 0 {
		return choice{}, false
	}
	w := q.Source
	if np, ok := c.asFollows(w); ok {
		w = np // `The transcript reads as follows:`: the transcript, not the word follows
	}
	cands := c.mentionsIn(w)
	if len(cands) == 0 && !c.dialogueText {
		// `Trump gestured, then leaned in and boomed: "…"`: the clause goes on from the
		// sentence's subject.
		if mi := c.sentenceSubject(w.Start); mi >= 0 {
			return c.fromMention(mi, 0.6, w)
		}
	}
	if len(cands) == 0 {
		return c.windowSpeaker(w, true)
	}
	pick := c.firstActor(cands) // past a place (`At a meeting in Aspen, Colo., the mayor ended:`)
	if mi := c.verbSubject(cands); mi >= 0 {
		pick = mi // past the phrase before the subject (`With voters worried, Lee is rolling out:`)
	}
	return c.fromMention(pick, 0.7, w)
}

// asFollows returns, when colon window w is the follows of `as follows`, the words before the
// as back to the start of their sentence, less a verb that ends them (`reads`, `is`): the
// subject of the clause, which the quote stage cut at the as.
func (c *docContext) asFollows(w Span) (Span, bool) {
	d := c.d
	k := d.TokenAt(w.Start)
	if k < 2 || k >= len(d.Tokens) || d.Key(k) != "follows" || d.Key(k-1) != "as" {
		return Span{}, false
	}
	first := d.Sentences[d.SentenceOf(k)].First
	e := k - 2
	if e > first && (d.Key(e) == "reads" || d.Key(e) == "read" || clauseWords.Has(d.Key(e))) {
		e--
	}
	if e < first || c.inQuote(d.Tokens[first].Start) {
		return Span{}, false
	}
	return Span{Start: d.Tokens[first].Start, End: d.Tokens[e].End}, true
}

// sentenceSpeaker takes, for a quotation in news that no cue introduces, the subject of the
// sentence it stands in: `The senator, for her part, is calling the plan "a disgrace."`.
// In fiction a quotation without a cue is a turn of the conversation, which the dialogue
// pass decides.
func (c *docContext) sentenceSpeaker(si int, q *quote.Quote) (choice, bool) {
	if c.dialogueText || q.Kind == quote.Indirect || !uncued(q) {
		return choice{}, false
	}
	if mi := c.sentenceSubject(q.Marks[0].Start); mi >= 0 {
		return c.fromMention(mi, 0.6, q.Marks[0])
	}
	return choice{}, false
}

// uncued reports whether q is a top-level quotation in marks that no cue introduces: what the
// sieves that read the text around the marks (sentence, signature, narrative paragraph) serve.
func uncued(q *quote.Quote) bool {
	return q.Cue.Lemma == "" && q.Depth == 0 && len(q.Marks) > 0
}

// afterCloser returns the token after quotation q's closing mark, past a comma (`"…", the sign
// read`).
func (c *docContext) afterCloser(q *quote.Quote) int {
	d := c.d
	k := d.TokenAt(q.Marks[len(q.Marks)-1].End)
	if k < len(d.Tokens) && d.Key(k) == "," {
		k++
	}
	return k
}

// closerSpeaker takes, for a quotation that no cue introduces, the source the words after its
// closing mark name: a trailing read, else an "according to". One sieve serves both, which
// read the same tokens: the token after the closer and the closer's paragraph are found once.
func (c *docContext) closerSpeaker(si int, q *quote.Quote) (choice, bool) {
	if !uncued(q) {
		return choice{}, false
	}
	d := c.d
	k := c.afterCloser(q)
	// A trailing read and an "according to" both open with a word at k: after most closers,
	// in dialogue above all, comes a mark or a full stop, and neither is tried.
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Word {
		return choice{}, false
	}
	para := d.ParagraphOf(d.TokenAt(q.Marks[len(q.Marks)-1].Start))
	if ch, ok := c.readSpeaker(k, para); ok {
		return ch, ok
	}
	return c.accordingAfterQuote(k, para)
}

// accordingAfterQuote takes the source that "according to" names at token k, right after a
// quotation's closing mark in paragraph para: `"…" according to the report.`
func (c *docContext) accordingAfterQuote(k, para int) (choice, bool) {
	d := c.d
	if k+2 >= len(d.Tokens) || d.Key(k) != "according" || d.Key(k+1) != "to" || d.Tokens[k].Flags&text.SentStart != 0 ||
		d.ParagraphOf(k) != para {
		return choice{}, false // `"…"¶According to polls, …`: a sentence of its own
	}
	return c.accordingSource(k+2, d.Sentences[d.SentenceOf(k)].Last, Span{Start: d.Tokens[k].Start, End: d.Tokens[k+1].End})
}

// readSpeaker takes the text a trailing read names from token k, right after a quotation's
// closing mark in paragraph para: `"We will win," the statement read.`, `"…," it reads.`: a
// letter's or a sign's words are the letter's.
func (c *docContext) readSpeaker(k, para int) (choice, bool) {
	d := c.d
	for v := k; v < len(d.Tokens) && v <= k+maxReadSubject && d.ParagraphOf(v) == para; v++ {
		if d.Tokens[v].Kind != text.Word {
			return choice{}, false
		}
		if key := d.Key(v); v == k || key != "read" && key != "reads" {
			continue
		}
		if n := v + 1; n < len(d.Tokens) && d.Key(n) != "." && d.Key(n) != "," {
			return choice{}, false // `the judge read the verdict`: read takes an object
		}
		cue := Span{Start: d.Tokens[v].Start, End: d.Tokens[v].End}
		return c.nounSpeaker(Span{Start: d.Tokens[k].Start, End: d.Tokens[v-1].End}, cue)
	}
	return choice{}, false
}

// maxReadSubject bounds the words of the text a trailing read names (`a welcome message on the site`).
const maxReadSubject = 6

// signatureSpeaker takes the name a dash signs a quotation with, right after its closing
// mark: `"We will win." ― Ana Ruiz`, as epigraphs and collected comments are signed.
func (c *docContext) signatureSpeaker(si int, q *quote.Quote) (choice, bool) {
	if !uncued(q) {
		return choice{}, false
	}
	d := c.d
	end := q.Marks[len(q.Marks)-1].End
	k := d.TokenAt(end)
	if k+1 >= len(d.Tokens) || !signatureDashes.Has(d.TokenText(k)) && d.Key(k) != "-" {
		return choice{}, false
	}
	// The dash stands in the quotation's paragraph, or (a hyphen too) opens the next one.
	para, quotePara := d.ParagraphOf(k), d.ParagraphOf(d.TokenAt(end-1))
	next := para == quotePara+1
	if para != quotePara && !next || para == quotePara && d.Key(k) == "-" || d.ParagraphOf(k+1) != para {
		return choice{}, false
	}
	mi := c.mentionAtOrAfter(d.Tokens[k].End)
	if mi < 0 {
		return choice{}, false
	}
	m := &c.ents.Mentions[mi]
	if m.Span.Start != d.Tokens[k+1].Start || m.Kind != entity.Name || m.Entity < 0 || c.ents.Entities[m.Entity].Kind == entity.Place {
		return choice{}, false
	}
	if next {
		// `"We will win."¶- Ana Ruiz.`: a paragraph of its own signs the quotation that ends the
		// one before, when it holds only the name (and perhaps an aside after a comma), not a
		// bulleted sentence about the person (`- Ana Ruiz leads in Ohio.`).
		if n := d.TokenAt(m.Span.End); n >= len(d.Tokens) || d.ParagraphOf(n) != para ||
			d.Key(n) != "," && (d.Key(n) != "." || n+1 < len(d.Tokens) && d.ParagraphOf(n+1) == para) {
			return choice{}, false
		}
	}
	return c.fromMention(mi, 0.8, Span{Start: d.Tokens[k].Start, End: m.Span.End})
}

// maxLabelWords bounds the words of a transcript's speaker label ("SEN. WARREN:").
const maxLabelWords = 3

// labelSpeaker takes the capitalised label a transcript opens a quotation with: `"PENCE:
// Well, look, …"`.
func (c *docContext) labelSpeaker(si int, q *quote.Quote) (choice, bool) {
	if q.Kind != quote.Direct || q.Depth > 0 {
		return choice{}, false
	}
	d := c.d
	p := q.Parts[0]
	k := d.TokenAt(p.Start)
	for k < len(d.Tokens) && d.Tokens[k].Start < p.End && d.Tokens[k].Kind == text.Mark {
		k++
	}
	first := k
	for k < len(d.Tokens) && k-first < maxLabelWords && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.AllUpper != 0 {
		k++
	}
	if k == first || k >= len(d.Tokens) || d.Key(k) != ":" || d.Tokens[k].End >= p.End {
		return choice{}, false
	}
	label := Span{Start: d.Tokens[first].Start, End: d.Tokens[k-1].End}
	if mi := c.mentionAtOrAfter(label.Start); mi >= 0 && c.ents.Mentions[mi].Span.End <= label.End {
		return c.fromMention(mi, 0.8, label)
	}
	return choice{mention: label, entity: -1, name: label.Of(d.Text), confidence: 0.8, evidence: label}, true
}

// signatureDashes sign a quotation with the name after them.
var signatureDashes = lexicon.NewSet(map[string]bool{"―": true, "—": true, "–": true})
