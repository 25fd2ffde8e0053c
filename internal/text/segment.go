package text

// segment finds paragraphs and sentences over the tokens and sets ParaStart and SentStart;
// there are at most paras paragraphs and sents sentences. cands lists, in order, the tokens that
// start a line or may end a sentence: only they can start a paragraph or end a sentence, so
// segment visits them rather than every token.
func (d *Doc) segment(cands []int32, paras, sents int) {
	toks := d.Tokens
	if len(toks) == 0 {
		d.sents = room(cands, 0)
		d.Paragraphs, d.Sentences = nil, nil
		return
	}
	d.Paragraphs = room(d.Paragraphs, paras)
	d.Sentences = room(d.Sentences, sents)
	start, first := 0, 0 // the paragraph's first token, and its first candidate
	for j := 0; j <= len(cands); j++ {
		i := len(toks)
		if j < len(cands) {
			// Only a token at the start of a line may start a paragraph, and the first token
			// starts the first paragraph.
			if i = int(cands[j]); i == 0 || toks[i].Flags&(BlankBefore|LineStart) == 0 || !d.paragraphBreak(i) {
				continue
			}
		}
		para := len(d.Paragraphs)
		d.Paragraphs = append(d.Paragraphs, Segment{
			Span: Span{toks[start].Start, toks[i-1].End}, First: start, Last: i, Para: para,
		})
		toks[start].Flags |= ParaStart
		d.sentences(cands[first:j], start, i, para)
		start, first = i, j
	}
	// Every sentence found, cands has been read: its memory takes the sentence indexes.
	index := room(cands, len(toks))[:len(toks)]
	for n, g := range d.Sentences {
		s := index[g.First:g.Last]
		for k := range s {
			s[k] = int32(n)
		}
	}
	d.sents = index
}

// paragraphBreak reports whether a paragraph starts at token i (i > 0).
func (d *Doc) paragraphBreak(i int) bool {
	t := &d.Tokens[i]
	if t.Flags&BlankBefore != 0 {
		return true
	}
	if t.Flags&LineStart == 0 {
		return false
	}
	// A line that runs on into a lower-case word is a wrapped line, not a paragraph.
	prev := &d.Tokens[i-1]
	runsOn := t.Flags&Lower != 0 && !d.isTerminal(i-1) && prev.Kind != Mark &&
		d.TokenText(i-1) != ":"
	return !runsOn
}

// sentences splits the paragraph of tokens [first, last) into sentences; cands are its
// candidate boundaries.
func (d *Doc) sentences(cands []int32, first, last, para int) {
	start := first
	for _, c := range cands {
		i := int(c)
		if i < start {
			continue // within the sentence just ended
		}
		if t := &d.Tokens[i]; t.Kind != Punct && t.Flags&Abbrev == 0 {
			continue // a line start: only punctuation or an abbreviation ends a sentence
		}
		end, ok := d.sentenceEnd(i, last)
		if !ok {
			continue
		}
		d.addSentence(start, end, para)
		start = end
	}
	if start < last {
		d.addSentence(start, last, para)
	}
}

func (d *Doc) addSentence(first, last, para int) {
	d.Sentences = append(d.Sentences, Segment{
		Span: Span{d.Tokens[first].Start, d.Tokens[last-1].End}, First: first, Last: last, Para: para,
	})
	d.Tokens[first].Flags |= SentStart
}

// sentenceEnd reports whether a sentence ends with token i, which may be followed by closing
// marks and brackets, and if so returns the index of the first token after the sentence.
func (d *Doc) sentenceEnd(i, last int) (int, bool) {
	toks := d.Tokens
	t := &toks[i]
	abbrev := t.Kind == Word && t.Flags&Abbrev != 0
	if !abbrev && !d.isTerminal(i) {
		return 0, false
	}
	k := i + 1
	for k < last && toks[k].Flags&SpaceBefore == 0 && (toks[k].Kind == Mark || d.isCloser(k) || d.isTerminal(k)) {
		k++
	}
	if k >= last {
		return last, true
	}
	next := &toks[k]
	switch {
	case next.Flags&SpaceBefore == 0 && k == i+1 && d.isWideTerminal(i) && next.Kind != Punct:
		return k, true // 我们会赢。他说。: CJK text puts no space after its full stop
	case next.Flags&SpaceBefore == 0:
		return 0, false // 3.5 is one token; ".com" or a missing space is not a boundary
	case d.TokenText(k) == "(" && k == i+1 && k+1 < last && toks[k+1].Flags&Upper != 0:
		// `… a plot. (On Monday he said …)`: a sentence in brackets; but after a quotation,
		// `"…, Mrs. Mann." (Here she set down the glass.) "…"`, the aside stays with it.
		return k, true
	case next.Kind == Punct || next.Flags&Lower != 0:
		return 0, false // `…?" she asked`, `country … to make her`
	case abbrev:
		return k, d.abbrevEnds(i, k)
	}
	return k, true
}

// abbrevEnds reports whether the abbreviation at token i ends its sentence, token k being the
// next one: titles, months and initials never do; U.S. or Inc. do when a sentence starter or an
// opening quotation mark follows, unless the quotation opens with a lower-case word.
func (d *Doc) abbrevEnds(i, k int) bool {
	t := &d.Tokens[i]
	if t.Flags&Initial != 0 {
		return false
	}
	if info, ok := lex().abbrevs.Get(d.Key(i)); ok && !info.mayEnd {
		return false
	}
	if d.Tokens[k].Kind == Mark {
		// `the U.S. “clearly” needed`: a quoted word in lower case goes on with the sentence.
		return k+1 >= len(d.Tokens) || d.Tokens[k+1].Flags&Lower == 0
	}
	return lex().starters.Has(d.Key(k))
}

// isTerminal reports whether token i is sentence punctuation: . ! ? … and runs of them, or the
// CJK full stop, exclamation and question marks.
func (d *Doc) isTerminal(i int) bool {
	t := &d.Tokens[i]
	if t.Kind != Punct {
		return false
	}
	switch s := d.Text[t.Start:t.End]; s[0] {
	case '.', '!', '?':
		return true
	default:
		return s == "…" || s == "。" || s == "！" || s == "？" || s == "．"
	}
}

// isWideTerminal reports whether token i is a CJK full stop, exclamation or question mark.
func (d *Doc) isWideTerminal(i int) bool {
	switch d.TokenText(i) {
	case "。", "！", "？", "．":
		return true
	}
	return false
}

// isCloser reports whether token i is a closing bracket.
func (d *Doc) isCloser(i int) bool {
	t := &d.Tokens[i]
	if t.Kind != Punct {
		return false
	}
	s := d.Text[t.Start:t.End]
	return s == ")" || s == "]" || s == "}" || s == "）"
}
