package text

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// scanner turns the bytes of a Doc into tokens. It walks the text once, by hand, with an ASCII
// fast path; runes are decoded only at bytes >= utf8.RuneSelf.
type scanner struct {
	d      *Doc
	toks   []Token // the tokens so far; kept here, not in d, so that appends stay local
	folded []byte
	fold   folder
	lex    *lexicons

	space bool // whitespace since the last token
	nl    int  // line breaks since the last token

	// Upper bounds on the paragraphs and sentences, so that segment allocates once: tokens that
	// start a line, and tokens that may end a sentence (sentence punctuation, abbreviations).
	lines, stops int
	// The indexes of those tokens, in order, each once: segment visits only them.
	cands []int32

	blocks []uint32 // Doc.blocks, filled as the tokens come
	block  int      // the first block not yet filled
	marks  []int32  // Doc.marks, listed as the tokens come
}

func (sc *scanner) scan() {
	s := sc.d.Text
	sc.lex = lex()
	sc.space, sc.nl = true, 1 // the text starts a line
	for i := 0; i < len(s); {
		// A space, the most common byte between tokens, and an ASCII letter, the most common
		// start of one, are taken first, without the switch.
		if b := s[i]; b == ' ' {
			sc.space = true
			i++
			continue
		} else if (b|0x20)-'a' < 26 {
			i = sc.word(i)
			continue
		}
		// Room for the token of any case below; word makes its own.
		sc.reserve()
		c, r, n := asciiClass[s[i]&0x7f], rune(s[i]), 1 // ASCII without a call: most of the text
		if s[i] >= utf8.RuneSelf {
			c, r, n = decode(s, i)
		}
		switch c {
		case cSpace:
			sc.space = true
			i += n
		case cNewline:
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
			sc.nl++
			sc.space = true
			i += n
		case cLetter:
			i = sc.word(i)
		case cDigit:
			i = sc.number(i)
		case cMark:
			i = sc.mark(i, r, n)
		case cPunct:
			// Runs of sentence punctuation (?! ...) and of ASCII dashes (--) are one token. Those
			// of sentence punctuation, and any punctuation not ASCII, may end a sentence.
			end, stop := i+n, r >= utf8.RuneSelf
			switch r {
			case '.', '!', '?':
				for end < len(s) && (s[end] == '.' || s[end] == '!' || s[end] == '?') {
					end++
				}
				stop = true
			case '-':
				for end < len(s) && s[end] == '-' {
					end++
				}
			}
			sc.emit(i, end, Punct, 0)
			if stop {
				sc.stop()
			}
			i = end
		default:
			sc.emit(i, i+n, Symbol, 0)
			i += n
		}
	}
	if k := len(sc.toks); k > 0 {
		sc.toks[k-1].Flags |= SpaceAfter
	}
	for b := sc.block; b < len(sc.blocks); b++ {
		sc.blocks[b] = uint32(len(sc.toks)) // no token ends after the blocks of trailing space
	}
	sc.d.Tokens = sc.toks
}

// emit appends a token; there must be room for it (see reserve). Its key is its text, less
// the final dot of an abbreviation (Abbrev); a word with capitals or non-ASCII characters gets
// a folded key from foldLast after.
//
// emit calls nothing, so that its arguments and the scanner's fields stay in registers: the
// token, and a line start's candidate (see grow), are written in place rather than appended.
func (sc *scanner) emit(start, end int, kind Kind, flags Flags) {
	k := len(sc.toks)
	if sc.space {
		flags |= SpaceBefore
		if k > 0 {
			sc.toks[k-1].Flags |= SpaceAfter
		}
	}
	if sc.nl > 0 {
		sc.lines++
		n := len(sc.cands)
		sc.cands = sc.cands[:n+1]
		sc.cands[n] = int32(k)
		flags |= LineStart
		if sc.nl > 1 {
			flags |= BlankBefore
		}
	}
	sc.space, sc.nl = false, 0
	sc.toks = sc.toks[:k+1]
	t := &sc.toks[k]
	// Field by field: the keys' two int32s are zeroed in one store, not with the rest.
	t.Start, t.End, t.Kind, t.Flags, t.key0, t.key1 = start, end, kind, flags, 0, 0
	if flags&Abbrev != 0 {
		t.key1 = -1
	}
	sc.block = indexBlocks(sc.blocks, sc.block, k, end)
}

// indexBlocks enters token k, which ends at end, in TokenAt's index from block b on, the first
// not yet entered: it is the first token to end after the blocks that start before end. It
// returns the first block left. The next two blocks take k whether or not they are its, without
// a branch, as most tokens take one or two: the next token writes over those that are not
// (blocks has two entries to spare for it).
func indexBlocks(blocks []uint32, b, k, end int) int {
	blocks[b+1] = uint32(k)
	blocks[b] = uint32(k)
	next := int(uint(end+blockSize-1) / blockSize)
	for b += 2; b < next; b++ {
		blocks[b] = uint32(k)
	}
	return next
}

// reserve makes room for a token, for emit.
func (sc *scanner) reserve() {
	if len(sc.toks) == cap(sc.toks) {
		sc.grow()
	}
}

// grow makes room for more tokens than Analyze foresaw, and for as many candidates: a token
// adds one at most.
//
//go:noinline
func (sc *scanner) grow() {
	sc.toks = append(sc.toks, Token{})[:len(sc.toks)]
	if cap(sc.cands) < cap(sc.toks) {
		c := make([]int32, len(sc.cands), cap(sc.toks))
		copy(c, sc.cands)
		sc.cands = c
	}
}

// foldLast gives the token just emitted, the word or number w with the given flags, the
// folded key of w less the final dot of an abbreviation.
func (sc *scanner) foldLast(w string, flags Flags) {
	if flags&Abbrev != 0 {
		w = w[:len(w)-1]
	}
	k0 := len(sc.folded)
	if flags&NonASCII != 0 {
		sc.folded = sc.fold.appendKey(sc.folded, w, true)
	} else {
		sc.folded = appendLowerASCII(sc.folded, w) // most of them: capitalised words
	}
	t := &sc.toks[len(sc.toks)-1]
	if k1 := len(sc.folded); k1 > k0 {
		t.key0, t.key1 = int32(k0), int32(k1)
	} else {
		t.key1 = 0 // an empty key keeps the text as its key, dot included
	}
}

// stop lists the token just emitted as one that may end a sentence.
func (sc *scanner) stop() {
	sc.stops++
	k := int32(len(sc.toks) - 1)
	if n := len(sc.cands); n == 0 || sc.cands[n-1] != k { // a line start is listed already
		sc.cands = append(sc.cands, k)
	}
}

// word scans a word starting at a letter and returns where the next token starts.
func (sc *scanner) word(i int) int {
	s := sc.d.Text
	sc.reserve()
	start := i
	var flags Flags
	letters, uppers := 0, 0
	// The commonest words, lower-case ASCII letters, maybe after a capital, up to a space or
	// a punctuation mark, are emitted at once; any other goes to the loop below. The words of
	// the kind that follow after single spaces are taken by plainWords, rather than in scan's
	// loop.
	if c := s[i]; c-'a' < 26 || c-'A' < 26 {
		// Most words end within the eight bytes after their first letter: lowerEnd's first
		// step, without a call.
		j := i + 1
		if m := uint64(0); j+8 <= len(s) {
			if m = notLower(load64(s, j)); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
			} else {
				j = lowerEnd(s, j+8)
			}
		} else {
			j = lowerEnd(s, j)
		}
		if j >= len(s) || wordEnds[s[j]] {
			if c >= 'a' {
				sc.emit(i, j, Word, Lower)
			} else {
				sc.emit(i, j, Word, Upper)
				t := &sc.toks[len(sc.toks)-1]
				t.key0, t.key1 = sc.capitalKey(i, j)
			}
			var more bool
			if i, j, more = sc.plainWords(j); !more {
				return i
			}
			c = s[i]
		}
		// s[i:j] is a plain word but for what follows it: most often the dot that ends a
		// sentence, or an abbreviation's. Its letters are counted already.
		if j < len(s) && s[j] == '.' {
			if c >= 'a' {
				return sc.endWord(i, j, Lower, j-i, 0)
			}
			return sc.endWord(i, j, Upper, j-i, 1)
		}
		// Otherwise the word goes on after its lower-case letters (don’t, long-term, iPhone,
		// x2): the loop below takes it from there, with them counted as it would count them.
		start, letters, i = i, j-i, j
		if flags = Lower; c < 'a' {
			flags, uppers = Upper, 1
		}
	}
	// ASCII letters and digits, the bulk of the text: a loop without calls, so that its
	// counts stay in registers.
	for i < len(s) {
		b := s[i]
		if b-'a' < 26 {
			if letters == 0 {
				flags |= Lower
			}
			j := i + 1
			for j < len(s) && s[j]-'a' < 26 { // a run of lower-case letters
				j++
			}
			letters += j - i
			if i = j; i == len(s) {
				break
			}
			b = s[i] // most words end here, at a space: tested below without going round again
		}
		if b-'A' < 26 {
			uppers++
			letters++
			if letters == 1 {
				flags |= Upper
			}
		} else if b-'0' < 10 {
			flags |= HasDigit
		} else {
			break
		}
		i++
	}
	clitic := 0
	if i < len(s) && wordGoesOn[s[i]] && s[i] != '.' {
		i, flags, letters, uppers, clitic = wordRest(s, start, i, flags, letters, uppers)
	}
	i = sc.endWord(start, i, flags, letters, uppers)
	if clitic > 0 && cliticAhead {
		// wordRest ended the word at a clitic ("Trump’s"), which mark would find again at once:
		// the word just emitted is before it, with nothing between.
		i = sc.clitic(i, clitic)
	}
	return i
}

// cliticAhead lets word emit the clitic that ends a word; TestCliticAhead turns it off to
// compare with the tokens that mark emits instead.
var cliticAhead = true

// endWord emits the word s[start:i], with its shape so far, and the dot after it if that is
// an abbreviation's, and returns where the next token starts.
func (sc *scanner) endWord(start, i int, flags Flags, letters, uppers int) int {
	s := sc.d.Text
	abbr := false
	if i < len(s) && s[i] == '.' {
		if end, kind := sc.abbreviation(start, i, letters, flags); kind != notAbbrev {
			if kind == acronym { // U.S., a.m.: count the letters after the first
				for k := i + 1; k < end; k += 2 {
					letters++
					if 'A' <= s[k] && s[k] <= 'Z' {
						uppers++
					}
				}
			}
			i, abbr = end, true
			flags |= Abbrev
			if kind == initial {
				flags |= Initial
			}
		}
	}
	if uppers > 0 && uppers == letters && letters >= 2 { // most words have no capital: tested first
		flags |= AllUpper
	}
	sc.reserve()
	sc.emit(start, i, Word, flags)
	if uppers > 0 || flags&NonASCII != 0 {
		sc.foldLast(s[start:i], flags)
	}
	if abbr {
		sc.stop()
	}
	return i
}

// plainWords emits the plain words, ASCII letters, lower-case maybe after a capital, that
// follow token by token after single spaces from s[j], the end of one. It returns where the
// next token starts, where the lower-case letters after its first end, and true if it is a word
// after a single space that is not plain, for word to go on with. Nearly half the tokens of a
// text are taken here: each is written in place with the scanner's state in locals, without
// emit's tests of the layout before it; the loop calls nothing on the way of a lower-case
// word, so that its state stays in registers.
func (sc *scanner) plainWords(j int) (int, int, bool) {
	s := sc.d.Text
	toks := sc.toks
	blocks, b := sc.blocks, sc.block
	// Out of room, the token goes to emit, which makes more.
words:
	for j+1 < len(s) && len(toks) < cap(toks) {
		if c := s[j]; c != ' ' {
			// Punctuation right after the token just written, with no space or line break
			// between, that scan would emit just as it is written here: a comma, the
			// commonest way between words (with a space), or before a closing mark; a dot
			// (after a word that cannot be an abbreviation: see below), ! or ?, with the dots,
			// ! and ? after it, which may end a sentence; and a closing quotation mark, " or ”
			// ("…," he said), which starts no clitic or double mark.
			k := len(toks)
			end, kind := j+1, Punct
			switch {
			case c == ',' && punctInPlace:
			case (c == '.' || c == '!' || c == '?') && punctInPlace:
				for end < len(s) && (s[end] == '.' || s[end] == '!' || s[end] == '?') {
					end++
				}
			case c == '"' && punctInPlace:
				kind = Mark
			case c == 0xe2 && s[j+1] == 0x80 && j+2 < len(s) && s[j+2] == 0x9d && punctInPlace:
				kind, end = Mark, j+3
			default:
				break words
			}
			toks = toks[:k+1]
			t := &toks[k]
			t.Start, t.End, t.Kind, t.Flags, t.key0, t.key1 = j, end, kind, 0, 0, 0
			b = indexBlocks(blocks, b, k, end)
			j = end
			switch {
			case kind == Mark:
				if sc.marks == nil {
					sc.marks = markRoom(cap(toks))
				}
				sc.marks = append(sc.marks, int32(k))
			case c != ',':
				sc.stops++ // a token that may end a sentence (see stop), and no line start
				sc.cands = append(sc.cands, int32(k))
			}
			continue
		}
		i := j + 1
		if c := s[i]; c-'a' >= 26 && c-'A' >= 26 {
			if c != '"' && c != 0xe2 || !punctInPlace {
				break
			}
			e, ok := 0, false
			if toks, b, e, ok = sc.quotedWord(toks, b, i); !ok {
				break
			}
			j = e
			continue
		}
		// Most words end within the eight bytes after their first letter: lowerEnd's first
		// step, without a call.
		if j = i + 1; j+8 <= len(s) {
			if m := notLower(load64(s, j)); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
			} else {
				j = lowerEnd(s, j+8)
			}
		} else {
			j = lowerEnd(s, j)
		}
		if j < len(s) && !wordEnds[s[j]] {
			// A word of two letters or more before a dot, that abbreviation turns down before
			// any look-up (a sentence's end, most often), is written here, and its dot next
			// as scan would write it (above, or by scan if the loop ends first).
			if s[j] != '.' || j-i < 2 || j-i <= 6 && sc.lex.mayBeAbbrev(s[i:j]) || !punctInPlace {
				sc.toks, sc.block, sc.space = toks, b, true
				return i, j, true
			}
		}
		k := len(toks)
		toks[k-1].Flags |= SpaceAfter
		toks = toks[:k+1]
		// Field by field: the keys' two int32s are zeroed in one store, not with the rest.
		t := &toks[k]
		t.Start, t.End, t.Kind, t.Flags, t.key0, t.key1 = i, j, Word, Lower|SpaceBefore, 0, 0
		if s[i] < 'a' { // read again rather than kept in a register over the word
			t.Flags = Upper | SpaceBefore
			t.key0, t.key1 = sc.capitalKey(i, j)
		}
		b = indexBlocks(blocks, b, k, j)
	}
	sc.toks, sc.block = toks, b
	return j, j, false
}

// quotedWord writes, for plainWords, an opening mark " or “ at s[i], after a space, and the
// plain word right after it, as scan, mark and word would, if that word ends at a byte of
// wordEnds and there is room for both; it returns the tokens, the first block left, the
// word's end and true, or false having written nothing.
//
//go:noinline
func (sc *scanner) quotedWord(toks []Token, b, i int) ([]Token, int, int, bool) {
	s := sc.d.Text
	n := 1
	if s[i] == 0xe2 {
		if i+3 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0x9c {
			return toks, b, 0, false
		}
		n = 3
	}
	w := i + n
	if w >= len(s) || (s[w]|0x20)-'a' >= 26 || len(toks)+1 >= cap(toks) {
		return toks, b, 0, false
	}
	j := lowerEnd(s, w+1)
	if j < len(s) && !wordEnds[s[j]] {
		return toks, b, 0, false
	}
	k := len(toks)
	toks[k-1].Flags |= SpaceAfter
	toks = toks[:k+2]
	t := &toks[k]
	t.Start, t.End, t.Kind, t.Flags, t.key0, t.key1 = i, w, Mark, SpaceBefore, 0, 0
	b = indexBlocks(sc.blocks, b, k, w)
	if sc.marks == nil {
		sc.marks = markRoom(cap(toks))
	}
	sc.marks = append(sc.marks, int32(k))
	t = &toks[k+1]
	t.Start, t.End, t.Kind, t.Flags, t.key0, t.key1 = w, j, Word, Lower, 0, 0
	if s[w] < 'a' {
		t.Flags = Upper
		t.key0, t.key1 = sc.capitalKey(w, j)
	}
	return toks, indexBlocks(sc.blocks, b, k+1, j), j, true
}

// punctInPlace lets plainWords write punctuation in place (a comma, a dot, ! or ?, a closing
// quotation mark) and quotedWord an opening mark and its word; TestPunctInPlace and FuzzAnalyze
// turn it off to compare with the tokens that scan, mark, word and emit write instead.
var punctInPlace = true

// lowerEnd returns the end of the run of lower-case ASCII letters from s[j] on.
func lowerEnd(s string, j int) int {
	for j+8 <= len(s) {
		if m := notLower(load64(s, j)); m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
		j += 8
	}
	for j < len(s) && s[j]-'a' < 26 {
		j++
	}
	return j
}

// capitalKey appends the plain word s[i:j] of the text, an ASCII capital and lower-case
// letters, in lower case to the folded keys and returns where it is. A word of up to eight
// letters, most of them, is copied with one load and one store of eight bytes, its capital
// lowered by a bit; the bytes past it are spare room that the next key writes over. It is a
// call of its own so that plainWords keeps the folded keys out of its registers.
//
//go:noinline
func (sc *scanner) capitalKey(i, j int) (int32, int32) {
	s, k0 := sc.d.Text, len(sc.folded)
	if k1 := k0 + j - i; j-i <= 8 && i+8 <= len(s) && k0+8 <= cap(sc.folded) {
		store64(sc.folded[k0:k0+8], load64(s, i)|0x20)
		sc.folded = sc.folded[:k1]
	} else {
		sc.folded = append(append(sc.folded, s[i]+'a'-'A'), s[i+1:j]...)
	}
	return int32(k0), int32(len(sc.folded))
}

// wordRest goes on with a word at s[i], a character other than an ASCII letter or digit, and
// returns where the word ends with its shape so far: letters and digits of any script, inner
// apostrophes and hyphens; and, if it ends at a clitic's apostrophe, where the clitic ends.
func wordRest(s string, start, i int, flags Flags, letters, uppers int) (int, Flags, int, int, int) {
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf && asciiWord[b] != 0 {
			switch asciiWord[b] {
			case 'U':
				uppers++
				letters++
				if letters == 1 {
					flags |= Upper
				}
			case 'l':
				if letters == 0 {
					flags |= Lower
				}
				letters++
			case 'd':
				flags |= HasDigit
			}
			i++
			continue
		}
		if b := s[i]; b < utf8.RuneSelf && b != '\'' && b != '-' {
			break // a space or a punctuation mark other than an apostrophe or hyphen ends it
		}
		c, r, n := decode(s, i)
		switch {
		case c == cLetter || c == cDigit:
			if c == cDigit {
				flags |= HasDigit
			} else if isUpperRune(r) {
				uppers++
				letters++
				if letters == 1 {
					flags |= Upper
				}
			} else if letters++; letters == 1 && unicode.IsLower(r) {
				flags |= Lower
			}
		case isApostrophe(r) && i > start && i+n < len(s) && isLetterAt(s, i+n):
			if end := cliticAt(s, i); end > 0 {
				return i, flags, letters, uppers, end // "Trump’s" is Trump + ’s
			}
		case isHyphen(r) && i+n < len(s) && isAlnumAt(s, i+n):
			flags |= Hyphen
		default:
			return i, flags, letters, uppers, 0
		}
		if n > 1 {
			flags |= NonASCII
		}
		i += n
	}
	return i, flags, letters, uppers, 0
}

type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	acronym              // U.S., a.m.
	listed               // Mr., Jan., Inc.
	initial              // the W. of George W. Bush
)

// abbreviation decides whether the dot at s[dot] belongs to the word s[start:dot], and returns
// the end of the abbreviation: U.S. and a.m. take every letter-dot pair, Mr. and Jan. come from
// the list, and a single capital letter is an initial (except I, which is a word).
func (sc *scanner) abbreviation(start, dot, letters int, flags Flags) (int, abbrevKind) {
	s := sc.d.Text
	w := s[start:dot]
	if len(w) == 1 && dot+2 < len(s) && isASCIILetter(s[dot+1]) && s[dot+2] == '.' {
		end := dot + 1
		for end+1 < len(s) && isASCIILetter(s[end]) && s[end+1] == '.' {
			end += 2
		}
		return end, acronym
	}
	if letters == 1 && flags.Has(Upper) && w != "I" && flags&HasDigit == 0 {
		return dot + 1, initial
	}
	if len(w) > 6 || flags&NonASCII == 0 && !sc.lex.mayBeAbbrev(w) {
		return 0, notAbbrev
	}
	var buf [8]byte
	key := sc.fold.appendKey(buf[:0], w, flags&NonASCII != 0)
	info, ok := sc.lex.abbrevs.Get(string(key))
	if !ok || (info.cap && !flags.Has(Upper)) || (info.num && !digitFollows(s, dot+1)) {
		return 0, notAbbrev
	}
	return dot + 1, listed
}

// number scans a token that starts with a digit: 3.5, 1,000, 10:30, 2024-11-05, 9th, 1990s,
// 30-minute.
func (sc *scanner) number(i int) int {
	s := sc.d.Text
	start := i
	flags := HasDigit
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf && asciiWord[b] != 0 {
			i++ // an ASCII digit or letter, most of a number: decode's class without a call
			continue
		}
		c, r, n := decode(s, i)
		switch {
		case c == cDigit || c == cLetter:
		case (r == '.' || r == ',' || r == ':' || r == '/') && i+1 < len(s) && isDigitAt(s, i+1):
		case isHyphen(r) && i+n < len(s) && isAlnumAt(s, i+n):
			flags |= Hyphen
		default:
			sc.emitNumber(start, i, flags)
			return i
		}
		if n > 1 {
			flags |= NonASCII
		}
		i += n
	}
	sc.emitNumber(start, i, flags)
	return i
}

// emitNumber emits the number s[start:end] with the given flags.
func (sc *scanner) emitNumber(start, end int, flags Flags) {
	sc.emit(start, end, Number, flags)
	if w := sc.d.Text[start:end]; flags&NonASCII != 0 || hasUpperASCII(w) {
		sc.foldLast(w, flags)
	}
}

// mark scans a quotation mark or apostrophe. A clitic (’s, 're, ’ll …) glued to the word before
// it becomes a word of its own; two ASCII apostrophes or backquotes are one double mark.
func (sc *scanner) mark(i int, r rune, n int) int {
	s := sc.d.Text
	if isApostrophe(r) && !sc.space && sc.nl == 0 && len(sc.toks) > 0 && sc.toks[len(sc.toks)-1].Kind == Word {
		if end := cliticAt(s, i); end > 0 {
			return sc.clitic(i, end)
		}
	}
	end := i + n
	if (r == '\'' || r == '`') && end < len(s) && rune(s[end]) == r {
		end++
	}
	sc.emit(i, end, Mark, 0)
	if sc.marks == nil {
		sc.marks = markRoom(cap(sc.toks))
	}
	sc.marks = append(sc.marks, int32(len(sc.toks)-1))
	return end
}

// clitic emits the clitic s[i:end], which starts at an apostrophe right after the word just
// emitted, and returns its end.
func (sc *scanner) clitic(i, end int) int {
	s := sc.d.Text
	sc.reserve()
	if s[i] < utf8.RuneSelf { // '
		sc.emit(i, end, Word, Clitic)
		if hasUpperASCII(s[i:end]) {
			sc.foldLast(s[i:end], Clitic)
		}
		return end
	}
	// ’ (or ʼ, were it not a letter, inside words) and ASCII letters (see cliticAt): the key is
	// ' and the letters in lower case, as foldLast would fold them, without its general folding.
	sc.emit(i, end, Word, Clitic|NonASCII)
	j := i + 2
	if s[i] >= 0xe0 {
		j++
	}
	k0 := len(sc.folded)
	sc.folded = appendLowerASCII(append(sc.folded, '\''), s[j:end])
	t := &sc.toks[len(sc.toks)-1]
	t.key0, t.key1 = int32(k0), int32(len(sc.folded))
	return end
}

// markRoom returns the list of a text's marks, allocated once its first mark is found, for a
// text of about toks tokens: a text without quotation marks allocates none, and the marks of
// dialogue, about a tenth of its tokens, fit at once.
func markRoom(toks int) []int32 { return make([]int32, 0, toks/8+1) }

// cliticAt returns the end of a clitic ('s 're 've 'll 'd 'm, in any case and with any
// apostrophe) starting at the apostrophe at s[i], one of isApostrophe's, or 0 if there is none
// there.
func cliticAt(s string, i int) int {
	// The apostrophe's width from its first byte: ' is one byte, ʼ two, ’ three.
	j := i + 1
	if c := s[i]; c >= 0xe0 {
		j += 2
	} else if c >= utf8.RuneSelf {
		j++
	}
	k := j
	for k < len(s) && k-j < 3 && isASCIILetter(s[k]) {
		k++
	}
	// The letters are asked first: most apostrophes inside words are not before a clitic
	// (don’t), and those need no decoding of what follows.
	if !isClitic(s[j:k]) || k < len(s) && isLetterAt(s, k) {
		return 0
	}
	return k
}

// isClitic reports whether w is, in any case, one of s re ve ll d m.
func isClitic(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')
	}
	return false
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return !isCJK(r) && (unicode.IsUpper(r) || unicode.IsTitle(r))
}

func isLetterAt(s string, i int) bool { c, _, _ := decode(s, i); return c == cLetter }

func isAlnumAt(s string, i int) bool {
	c, _, _ := decode(s, i)
	return c == cLetter || c == cDigit
}

func isDigitAt(s string, i int) bool { c, _, _ := decode(s, i); return c == cDigit }

// digitFollows reports whether the next non-space character after s[i:] is a digit.
func digitFollows(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i < len(s) && isDigitAt(s, i)
}

// wordGoesOn marks the bytes after a word's ASCII letters and digits that may go on with it:
// any byte of a non-ASCII character, an apostrophe, a hyphen, and the dot of an abbreviation.
// A word's end is told from the rest with one load.
var wordGoesOn = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	t['\''], t['-'], t['.'] = true, true, true
	return t
}()

// wordEnds marks the bytes that end a word of ASCII letters: neither a letter, nor a digit,
// nor a byte after which it may go on (wordGoesOn).
var wordEnds = func() (t [256]bool) {
	for c := range 256 {
		t[c] = !wordGoesOn[c] && !(c < utf8.RuneSelf && asciiWord[c] != 0)
	}
	return t
}()

// asciiWord classes the ASCII bytes inside a word: 'U' upper-case, 'l' lower-case, 'd' digit.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 'l'
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 'U'
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 'd'
	}
	return t
}()

// notLower sets the top bit of the first byte of x, the lowest, that is not a lower-case
// ASCII letter, and of none before it: the callers want where a run of letters ends. Bytes
// after it may be marked or not.
func notLower(x uint64) uint64 {
	// A byte plus 0x1f reaches 0x80 from 'a' on, and plus 0x05 from past 'z' on. Only a byte
	// of 0x80 or more, marked by its own top bit, carries into the next one.
	return (^(x + 0x1f1f1f1f1f1f1f1f) | (x + 0x0505050505050505) | x) & 0x8080808080808080
}

// load64 returns the eight bytes of s from s[i] on, the first the lowest.
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// store64 stores x in the eight bytes of b, the lowest first.
func store64(b []byte, x uint64) {
	_ = b[7]
	b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
