// Package text is the one pass over a document that every stage of whosaid shares: paragraphs,
// sentences and tokens with byte spans, shape flags and folded keys.
//
// Nothing after [Analyze] re-scans the bytes: the quote, entity and attribution stages read
// the [Doc] it returns. A Doc is read-only once built and may be shared between goroutines.
//
// # Offsets
//
// Every span is a half-open range of byte offsets into the caller's string, on UTF-8 character
// boundaries (an invalid byte counts as a character of its own). Normalisation for matching
// (NFC, width folding, case folding, typographic apostrophes) happens in the folded keys only.
//
// # Paragraphs and sentences
//
// A blank line always ends a paragraph. A single line break ends one too (news feeds put one
// paragraph on each line), unless the line runs on: it ends without sentence punctuation and the
// next line starts in lower case. Sentences end at . ! ? … and their CJK forms, with the closing
// quotation marks and brackets that follow, unless a lower-case word or a comma comes next
// (`…?" she asked`); abbreviations (Mr., U.S., Jan.), initials and decimals do not end one.
package text

import (
	"sync"
	"sync/atomic"
)

// A Doc is the analysed form of one text.
type Doc struct {
	Text       string    // the caller's text, unchanged
	Tokens     []Token   // in text order
	Sentences  []Segment // in text order, each within one paragraph
	Paragraphs []Segment // in text order

	sents  []int32  // sentence index of each token
	folded string   // the keys that are not their token's text, back to back
	keys   []string // the key of each token, in Text or folded: Key is the most called method
	blocks []uint32 // TokenAt of each multiple of blockSize, so that TokenAt looks only nearby
	marks  []int32  // the indexes of the Mark tokens, in order
	// IsFiction's answer once asked, so that the stages count once: 0 not yet, 1 news, 2
	// fiction. Atomic, as a Doc may be shared: goroutines that race to ask count alike.
	genre atomic.Int32
	// IsDialogue's answer once asked, likewise: 0 not yet, 1 no, 2 yes. The stages ask it
	// several times a document, and a text whose quotations answer one another is read word
	// by word for its news words.
	dialogue atomic.Int32

	// Scratch of Analyze, kept with the Doc for reuse after Release: the folded keys being
	// built, and the folder with its buffers.
	foldBuf []byte
	fold    folder
}

// Key returns the folded form of token i: lower-case, NFC, width-folded, with typographic
// apostrophes made ASCII and an abbreviation's final dot removed ("Mr." → "mr", "Don’t" → "don't").
// For punctuation, marks and symbols it is the token's text.
func (d *Doc) Key(i int) string { return d.keys[i] }

// setKeys fills d.keys from the tokens' key0 and key1, once d.folded is final.
func (d *Doc) setKeys() {
	// Locals, so that the loop does not reload d's fields after each store into keys.
	text, folded, toks := d.Text, d.folded, d.Tokens
	keys := room(d.keys, len(toks))[:len(toks)]
	for i := range toks {
		t := &toks[i]
		if t.key1 <= 0 {
			keys[i] = text[t.Start : t.End+int(t.key1)]
		} else {
			keys[i] = folded[t.key0:t.key1]
		}
	}
	d.keys = keys
}

// Marks returns the indexes of the tokens of kind Mark, in text order, so that a stage that
// pairs quotation marks need not visit every token for them. The slice belongs to d: callers
// must not change it.
func (d *Doc) Marks() []int32 { return d.marks }

// Keys returns the keys of all tokens, Key(i) at index i, for the phrase lexicons that read a
// run of them. The slice belongs to d: callers must not change it.
func (d *Doc) Keys() []string { return d.keys }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { t := &d.Tokens[i]; return d.Text[t.Start:t.End] }

// SentenceOf returns the index of the sentence that holds token i.
func (d *Doc) SentenceOf(i int) int { return int(d.sents[i]) }

// ParagraphOf returns the index of the paragraph that holds token i.
func (d *Doc) ParagraphOf(i int) int { return d.Sentences[d.sents[i]].Para }

// TokenAt returns the index of the first token that ends after byte offset off, or
// len(d.Tokens) if there is none.
func (d *Doc) TokenAt(off int) int {
	if uint(off) >= uint(len(d.Text)) { // one test for both, off < 0 wrapping around
		if off < 0 {
			return 0
		}
		return len(d.Tokens) // no token ends after the text
	}
	// Start from the answer for the block that holds off: a few tokens away at most.
	k := int(d.blocks[off/blockSize])
	for k < len(d.Tokens) && d.Tokens[k].End <= off {
		k++
	}
	return k
}

// blockSize is the stride of Doc.blocks: TokenAt walks past at most as many tokens. The stages
// call TokenAt for every span they test, and a stride of under a token (English runs four or
// five bytes a token) makes the walk a step at most, most often none, for a byte of index per
// byte of text (a token costs 48). A stride of 8 walked a step and a half on average.
const blockSize = 4

// ExchangeShare returns the share of paragraphs that open with a quotation mark right after a
// paragraph that did too: the back-and-forth of dialogue. News rarely passes a tenth; the
// dialogue of a novel is well above a fifth.
func (d *Doc) ExchangeShare() float64 {
	if len(d.Paragraphs) == 0 {
		return 0
	}
	n := 0
	for i := 1; i < len(d.Paragraphs); i++ {
		if d.Tokens[d.Paragraphs[i].First].Kind == Mark && d.Tokens[d.Paragraphs[i-1].First].Kind == Mark {
			n++
		}
	}
	return float64(n) / float64(len(d.Paragraphs))
}

// dialogueShare is the ExchangeShare above which a text is dialogue.
const dialogueShare = 0.15

// IsDialogue reports whether the text is dialogue, as a novel's is, rather than news: enough of
// its paragraphs answer a quotation with a quotation, and it does not speak the words of public
// life as news does. In dialogue, speakers alternate and narrators name characters by roles
// ("the girl", "the old gentleman"); a news story whose quoted paragraphs follow one another is
// mostly one speaker's quotations run on, or speakers each named, not people taking turns.
func (d *Doc) IsDialogue() bool {
	g := d.dialogue.Load()
	if g == 0 {
		g = 1
		if d.ExchangeShare() >= dialogueShare && !d.newsWords() {
			g = 2
		}
		d.dialogue.Store(g)
	}
	return g == 2
}

// newsWords reports whether at least fictionNewsWords of the text's words are isNewsWord's, as
// in news and seldom in novels.
func (d *Doc) newsWords() bool {
	words, news := 0, 0
	toks, keys := d.Tokens, d.keys[:len(d.Tokens)] // locals: the loop reloads nothing through d
	for i := range toks {
		switch toks[i].Kind {
		case Number:
			words++
		case Word:
			words++
			if isNewsWord(keys[i]) {
				news++
			}
		}
	}
	return words > 0 && float64(news)/float64(words) >= fictionNewsWords
}

// Thresholds of IsFiction.
const (
	fictionNumbers      = 0.005 // at most this share of numbers in dialogue
	fictionNumbersNone  = 0.002 // at most this share of numbers in narration
	fictionPronouns     = 0.03  // at least this share of he, she, him, her, his, hers
	fictionNumbersFirst = 0.001 // at most this share of numbers in first-person narration
	fictionPersons      = 0.04  // at least this share of personal pronouns, I and me included
	fictionNumbersFew   = 0.01  // at most this share of numbers in a text dense with persons
	fictionPersonsDense = 0.06  // a share of personal pronouns that only stories reach
	fictionNewsWords    = 0.010 // at least this share of isNewsWord makes a text news
	// Below this many words the counts say too little: a short text is taken for news, the
	// library's domain (a news brief of three quoted paragraphs reads like dialogue).
	fictionMinimumWords = 1000
)

// fictionNumbersMost is the largest of IsFiction's shares of numbers: every way to fiction
// wants fewer numbers than this.
const fictionNumbersMost = fictionNumbersFew

// isNewsWord reports whether k is a word of reporting and public life that news uses often and
// novels seldom. Written for whosaid from general knowledge of news style (reporting verbs
// such as told and says are common in novels too, and left out); checked against the dev
// corpora, where every novel window stays under 7 such words per thousand. A switch rather
// than a map: Go compiles it to a search by length and content that costs a fraction of a map
// look-up, and countFiction asks for every word of a long text.
func isNewsWord(k string) bool {
	switch k {
	case "according", "administration", "billion", "campaign", "company",
		"congress", "election", "federal", "government", "interview",
		"million", "official", "officials", "percent", "policy",
		"poll", "polls", "president", "reporters",
		"senator", "spokesman", "spokeswoman", "statement",
		"voters",
		// The words of modern party politics, which a profile of a candidate uses instead.
		"candidate", "candidates", "democrat", "democrats",
		"democratic", "republican", "republicans", "gop", "nominee",
		"nomination", "presidential", "senate", "delegates",
		"media", "television", "twitter", "online", "website":
		return true
	}
	return false
}

// IsFiction reports whether the text reads as fiction rather than news: it is dialogue and
// cites few numbers, or it narrates with he and she at length and cites none. News reports
// numbers, dates and figures; novels spell them out. Reported speech is news's way of quoting;
// in fiction "she thought that …" is narration.
func (d *Doc) IsFiction() bool {
	g := d.genre.Load()
	if g == 0 {
		g = 1
		if d.countFiction() {
			g = 2
		}
		d.genre.Store(g)
	}
	return g == 2
}

// countFiction is IsFiction's count of the text's words.
func (d *Doc) countFiction() bool {
	toks := d.Tokens
	if len(toks) < fictionMinimumWords {
		return false // fewer words still: no need to count them
	}
	keys := d.keys[:len(toks)] // locals: the loop reloads nothing through d
	words, numbers, third, first, news := 0, 0, 0, 0, 0
	// The tokens bound the words: once news words are fictionNewsWords of the tokens, they are
	// at least as much of the words, and the text is news whatever the rest holds. News reaches
	// it within a few hundred words. Likewise numbers: every way to fiction below wants fewer
	// than fictionNumbersMost of the words, the largest of its shares of numbers.
	tokens := float64(len(toks))
	for i := range toks {
		switch toks[i].Kind {
		case Number:
			numbers++
			words++
			if float64(numbers)/tokens >= fictionNumbersMost {
				return false
			}
		case Word:
			words++
			switch k := keys[i]; k {
			case "he", "she", "him", "her", "his", "hers":
				third++
			case "i", "me", "my", "myself":
				first++
			default:
				if isNewsWord(k) {
					news++
					if float64(news)/tokens >= fictionNewsWords {
						return false
					}
				}
			}
		}
	}
	if words < fictionMinimumWords || float64(news)/float64(words) >= fictionNewsWords {
		return false // a profile told of he and she still reports: officials, the campaign, percent
	}
	num := float64(numbers) / float64(words)
	switch {
	case d.IsDialogue() && num < fictionNumbers:
		return true
	case num < fictionNumbersNone && float64(third)/float64(words) >= fictionPronouns:
		return true // a story told of he and she
	}
	// A story told in the first person, citing no numbers at all; or dense with persons and
	// citing few.
	persons := float64(third+first) / float64(words)
	return num < fictionNumbersFirst && persons >= fictionPersons ||
		num < fictionNumbersFew && persons >= fictionPersonsDense
}

// Analyze splits s into paragraphs, sentences and tokens.
func Analyze(s string) *Doc {
	d := docs.Get().(*Doc)
	d.Text = s
	d.genre.Store(0)
	d.dialogue.Store(0)
	// Most keys are the text itself; only capitalised and non-ASCII words need folded ones,
	// about a sixth of the bytes of news and a tenth of those of fiction.
	sc := scanner{d: d, folded: room(d.foldBuf, len(s)/4+16), fold: d.fold}
	sc.toks = room(d.Tokens, len(s)/4+8) // English runs about a token in four or five bytes
	// The sentence indexes are written once every sentence is found: until then their memory
	// holds the scanner's list of candidate boundaries.
	sc.cands = room(d.sents, cap(sc.toks))
	n := (len(s) + blockSize - 1) / blockSize
	if n > 0 {
		n += 2 // two to spare for indexBlocks
	}
	sc.blocks = room(d.blocks, n)[:n]
	sc.marks = d.marks[:0] // allocated at the first mark (see markRoom)
	sc.scan()
	d.marks = sc.marks
	d.folded = string(sc.folded)
	d.foldBuf, d.fold = sc.folded[:0], sc.fold
	d.blocks = sc.blocks
	d.setKeys()
	d.segment(sc.cands, sc.lines, sc.lines+sc.stops)
	return d
}

// room returns s emptied, with room for n elements: s's own memory if it is large enough.
// (slices.Grow would do, but allocates twice under the race detector, which the allocation
// tests run under.)
func room[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// docs holds released Docs: a document's tables are about the size of the next one's, so
// Analyze reuses them rather than allocate.
var docs = sync.Pool{New: func() any { return new(Doc) }}

// maxPooledTokens bounds the Docs kept for reuse, so that one long text does not hold its
// tables for the short ones after it.
const maxPooledTokens = 1 << 16

// Release gives d's memory back for later calls of Analyze. Neither d nor anything read from
// its slices may be used afterwards; spans, and strings returned by Key and TokenText, stay
// valid. A Doc that is never released is simply left to the garbage collector.
func (d *Doc) Release() {
	if cap(d.Tokens) > maxPooledTokens {
		return
	}
	d.Text, d.folded = "", "" // do not keep the text alive
	d.Tokens, d.Sentences, d.Paragraphs, d.sents = d.Tokens[:0], d.Sentences[:0], d.Paragraphs[:0], d.sents[:0]
	d.blocks, d.marks = d.blocks[:0], d.marks[:0]
	clear(d.keys) // they point into the text
	d.keys = d.keys[:0]
	d.genre.Store(0)
	d.dialogue.Store(0)
	docs.Put(d)
}
