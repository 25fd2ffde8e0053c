package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/text"
)

// markKind is what a quotation-mark character can be. Whether a given mark opens, closes or is
// an apostrophe depends on its neighbours and on the marks already open.
type markKind uint8

const (
	mkNone              markKind = iota
	mkStraight                   // "  ＂
	mkStraightOne                // '
	mkTwoApos                    // '' (wire feeds write a double quote as two apostrophes)
	mkBackticks                  // `` (opens, closed by '')
	mkLeftDouble                 // “ (English opener; German closer)
	mkRightDouble                // ” (English closer; Swedish both)
	mkLowDouble                  // „ (German, Polish opener)
	mkReversedDouble             // ‟
	mkLeftSingle                 // ‘
	mkRightSingle                // ’ (also the apostrophe)
	mkLowSingle                  // ‚
	mkReversedSingle             // ‛
	mkLeftGuillemet              // « (French opener; German closer)
	mkRightGuillemet             // » (French closer; German opener)
	mkLeftGuillemetOne           // ‹
	mkRightGuillemetOne          // ›
	mkCornerOpen                 // 「
	mkCornerClose                // 」
	mkWhiteCornerOpen            // 『
	mkWhiteCornerClose           // 』
	mkPrimeOpen                  // 〝
	mkPrimeClose                 // 〞 〟
)

// kindOfMark returns the markKind of a Mark token's text. The straight double mark, most
// marks of most texts, is told without a call: kindOfMark is small enough to be inlined.
func kindOfMark(s string) markKind {
	if s == `"` {
		return mkStraight
	}
	return kindOfOther(s)
}

// kindOfOther is kindOfMark for the other marks.
func kindOfOther(s string) markKind {
	switch s {
	case `"`, "＂":
		return mkStraight
	case "'", "＇":
		return mkStraightOne
	case "''":
		return mkTwoApos
	case "``":
		return mkBackticks
	case "“":
		return mkLeftDouble
	case "”":
		return mkRightDouble
	case "„":
		return mkLowDouble
	case "‟":
		return mkReversedDouble
	case "‘":
		return mkLeftSingle
	case "’":
		return mkRightSingle
	case "‚":
		return mkLowSingle
	case "‛":
		return mkReversedSingle
	case "«":
		return mkLeftGuillemet
	case "»":
		return mkRightGuillemet
	case "‹":
		return mkLeftGuillemetOne
	case "›":
		return mkRightGuillemetOne
	case "「":
		return mkCornerOpen
	case "」":
		return mkCornerClose
	case "『":
		return mkWhiteCornerOpen
	case "』":
		return mkWhiteCornerClose
	case "〝":
		return mkPrimeOpen
	case "〞", "〟":
		return mkPrimeClose
	}
	return mkNone
}

// isSingle reports whether k is a single quotation mark (the kind that nests inside doubles in
// English and is easily confused with an apostrophe).
func (k markKind) isSingle() bool {
	switch k {
	case mkStraightOne, mkLeftSingle, mkRightSingle, mkLowSingle, mkReversedSingle,
		mkLeftGuillemetOne, mkRightGuillemetOne:
		return true
	}
	return false
}

// closing is closes for every pair of kinds, which findOpener reads for every open mark that
// a closer meets: a load, where closes is a call and a switch.
var closing = func() (t [mkPrimeClose + 1][mkPrimeClose + 1]bool) {
	for c := range t {
		for o := range t[c] {
			t[c][o] = closes(markKind(c), markKind(o))
		}
	}
	return t
}()

// closes reports whether a closer of kind c ends a quote opened by a mark of kind o.
func closes(c, o markKind) bool {
	switch c {
	case mkStraight:
		// Feeds mix styles: “…" is common, so a straight mark may close a curly opener.
		return o == mkStraight || o == mkLeftDouble || o == mkLowDouble
	case mkTwoApos:
		return o == mkTwoApos || o == mkBackticks
	case mkRightDouble:
		return o == mkLeftDouble || o == mkLowDouble || o == mkRightDouble || o == mkReversedDouble || o == mkStraight
	case mkLeftDouble:
		return o == mkLowDouble || o == mkLeftDouble
	case mkRightSingle:
		return o == mkLeftSingle || o == mkLowSingle || o == mkReversedSingle || o == mkStraightOne || o == mkRightSingle
	case mkLeftSingle:
		return o == mkLowSingle
	case mkStraightOne:
		return o == mkStraightOne || o == mkLeftSingle
	case mkRightGuillemet:
		return o == mkLeftGuillemet
	case mkLeftGuillemet:
		return o == mkRightGuillemet
	case mkRightGuillemetOne:
		return o == mkLeftGuillemetOne
	case mkLeftGuillemetOne:
		return o == mkRightGuillemetOne
	case mkCornerClose:
		return o == mkCornerOpen
	case mkWhiteCornerClose:
		return o == mkWhiteCornerOpen
	case mkPrimeClose:
		return o == mkPrimeOpen
	}
	return false
}

// continues reports whether a paragraph opening with a mark of kind n continues a quote opened
// with kind o in an earlier paragraph (the news convention: no closing mark at the end of the
// paragraph, an opening mark at the start of the next).
func continues(n, o markKind) bool {
	if n == o {
		return true
	}
	switch o {
	case mkLeftDouble, mkLowDouble, mkStraight:
		return n == mkLeftDouble || n == mkLowDouble || n == mkStraight
	case mkBackticks, mkTwoApos:
		return n == mkBackticks || n == mkTwoApos
	}
	return false
}

// an open is a mark waiting on the pairing stack.
type open struct {
	tok  int // token index of the opening mark
	kind markKind
	reg  int // index into pairer.regions once the quote exists, else -1
}

// A region is a stretch of text between paired quotation marks, over one or more paragraphs.
type region struct {
	parts    []text.Span // content, marks excluded, one per paragraph
	marks    []text.Span // every mark that opened or closed a part
	first    int         // token index of the first opening mark
	last     int         // token index of the final closing mark, or of the last content token if unclosed
	kind     markKind
	depth    int
	unclosed bool
	parent   int // index of the enclosing region, or -1
}

// isPair reports whether r is a pair of marks in one paragraph, closed by the mark at its last
// token (a quotation over paragraphs has a mark at the start of each): its one part runs
// between the marks at tokens first and last, spaces trimmed, and holds the tokens between
// them, which need no search by offset (TokenAt). FuzzMarks checks that. (Characters the
// tokens skip, such as controls, may stand before or after them.)
func (r *region) isPair(d *text.Doc) bool {
	return len(r.marks) == 2 && !r.unclosed && r.marks[1] == d.Tokens[r.last].Span
}

// pairer finds the regions of a document.
type pairer struct {
	d        *text.Doc
	maxDepth int
	maxBytes int
	regions  []region
	stack    []open

	// lastSingleCloser is the token index of the last mark in the paragraph that could close a
	// single quote; an 's' before an apostrophe is a possessive when another closer follows.
	lastSingleCloser int

	// spans is where closed pairs take their part and marks from (see spanArena).
	spans *spanArena

	// kinds holds the kinds of the paragraph's marks, read once for both passes over them.
	kinds []markKind
}

func (p *pairer) run() []region {
	d := p.d
	all, j := d.Marks(), 0 // the marks of the text; those before j are in earlier paragraphs
	for pi := range d.Paragraphs {
		para := &d.Paragraphs[pi]
		if len(p.stack) == 0 && (j == len(all) || int(all[j]) >= para.Last) {
			continue // no quote carried into it and no mark of its own: nothing to pair
		}
		first := para.First
		if len(p.stack) > 0 {
			// A quote is carried over from the previous paragraph: this paragraph's first mark
			// continues it and is not an opener of its own.
			first++
			p.startPart(para, &p.stack[0])
		}
		// The paragraph's marks, and the last that could close a single quote, which pairing
		// the marks needs first.
		p.lastSingleCloser = -1
		for j < len(all) && int(all[j]) < first {
			j++
		}
		k := j
		for k < len(all) && int(all[k]) < para.Last {
			k++
		}
		marks := all[j:k]
		j = k
		// Room for the kinds is made once: an append per mark tests it at every one.
		kinds := slices.Grow(p.kinds[:0], len(marks))[:len(marks)]
		for x, i := range marks {
			kinds[x] = kindOfMark(d.TokenText(int(i)))
			if kinds[x].canCloseSingle() {
				p.lastSingleCloser = int(i)
			}
		}
		p.kinds = kinds
		for x, i := range marks {
			p.mark(int(i), kinds[x], para)
		}
		p.endParagraph(pi)
	}
	p.dropEmpty()
	p.nest()
	return p.regions
}

// dropEmpty removes empty parts (a continuation mark that ends its paragraph, marks with only
// spaces between them) and regions left with none. Most regions have none: they are neither
// rewritten nor moved.
func (p *pairer) dropEmpty() {
	w := 0
	for i := range p.regions {
		r := &p.regions[i]
		if hasEmpty(r.parts) {
			parts := r.parts[:0]
			for _, s := range r.parts {
				if s.Len() > 0 {
					parts = append(parts, s)
				}
			}
			if len(parts) == 0 {
				continue
			}
			r.parts = parts
		}
		if w != i {
			p.regions[w] = *r
		}
		w++
	}
	clear(p.regions[w:]) // the scratch they live in is kept clear beyond its length
	p.regions = p.regions[:w]
}

// hasEmpty reports whether a span of spans is empty.
func hasEmpty(spans []text.Span) bool {
	for _, s := range spans {
		if s.Len() == 0 {
			return true
		}
	}
	return false
}

// nest orders the regions by position and sets each one's parent and depth.
func (p *pairer) nest() {
	rs := p.regions
	// Pairs close in text order, so the regions are in order unless quotes nest: test that
	// first, as sorting copies a region at every comparison.
	if !regionsInOrder(rs) {
		slices.SortFunc(rs, func(a, b region) int { return compareRegions(&a, &b) })
	}
	var stack []int
	for i := range rs {
		for len(stack) > 0 && rs[stack[len(stack)-1]].last < rs[i].first {
			stack = stack[:len(stack)-1]
		}
		rs[i].parent = -1
		if len(stack) > 0 {
			rs[i].parent = stack[len(stack)-1]
		}
		rs[i].depth = len(stack)
		stack = append(stack, i)
	}
}

// compareRegions orders regions by their first token, and the outer of two that open there
// first. Token indexes are small, so a difference gives the order without overflow; it keeps
// compareRegions small enough to be inlined in regionsInOrder.
func compareRegions(a, b *region) int {
	if a.first != b.first {
		return a.first - b.first
	}
	return b.last - a.last
}

// regionsInOrder reports whether rs is sorted by compareRegions.
func regionsInOrder(rs []region) bool {
	for i := 1; i < len(rs); i++ {
		if compareRegions(&rs[i-1], &rs[i]) > 0 {
			return false
		}
	}
	return true
}

func (k markKind) canCloseSingle() bool {
	return k == mkRightSingle || k == mkStraightOne || k == mkLeftSingle
}

// startPart begins a new content part of the carried region o at the first mark of para.
func (p *pairer) startPart(para *text.Segment, o *open) {
	r := &p.regions[o.reg]
	mark := p.d.Tokens[para.First]
	r.marks = append(r.marks, mark.Span)
	r.parts = append(r.parts, text.Span{Start: mark.End, End: mark.End})
	o.tok = para.First
}

// mark handles the quotation-mark token i, of kind k, of paragraph para.
func (p *pairer) mark(i int, k markKind, para *text.Segment) {
	if k == mkNone {
		return
	}
	canOpen, canClose := p.roles(i, k, para)
	if canClose {
		if j := p.findOpener(k); j >= 0 {
			p.close(j, i)
			return
		}
	}
	if canOpen && len(p.stack) < p.maxDepth {
		if k == mkStraight || k == mkTwoApos {
			// Straight doubles do not nest: an opener while one is open means the earlier one
			// was stray.
			for j := len(p.stack) - 1; j >= 0; j-- {
				if p.stack[j].kind == k {
					p.stack = p.stack[:j]
					break
				}
			}
		}
		p.stack = append(p.stack, open{tok: i, kind: k, reg: -1})
	}
}

// roles decides whether mark i of kind k may open and may close a quote, from the characters
// around it (a mark that opens has text after it and space or an opening bracket before it; one
// that closes is the reverse) and from the marks already open.
func (p *pairer) roles(i int, k markKind, para *text.Segment) (canOpen, canClose bool) {
	d := p.d
	t := &d.Tokens[i]
	spaceBefore := i == para.First || t.Flags&text.SpaceBefore != 0
	spaceAfter := i == para.Last-1 || t.Flags&text.SpaceAfter != 0
	// Whether the token before opens (a bracket, a dash, a mark) and whether the one after
	// closes is read only where the spaces leave it open: most marks have a space on one side.
	left := !spaceAfter && (spaceBefore || d.Tokens[i-1].Kind == text.Mark || opensBefore(d.TokenText(i-1)))
	right := !spaceBefore && (spaceAfter || d.Tokens[i+1].Kind == text.Mark || closesAfter(d, i+1))

	switch k {
	case mkStraight, mkTwoApos:
		if !spaceBefore && d.Tokens[i-1].Kind == text.Number && (!p.isOpen(k) || p.feetInches(i)) {
			return false, false // a prime: 12" screen, 5'11"
		}
		switch {
		case left && !right:
			return true, false
		case right && !left:
			return false, true
		}
		return !p.isOpen(k), p.isOpen(k)
	case mkBackticks, mkLowDouble, mkReversedDouble, mkLowSingle, mkReversedSingle,
		mkCornerOpen, mkWhiteCornerOpen, mkPrimeOpen:
		return true, false
	case mkCornerClose, mkWhiteCornerClose, mkPrimeClose:
		return false, true
	case mkLeftDouble:
		// English opener; closes a German „ quote, or a “ typed where ” was meant.
		return !right || left, right && !left
	case mkRightDouble:
		return left && !right && !p.isOpenAny(), true
	case mkLeftGuillemet, mkLeftGuillemetOne:
		// French « opens even with a space inside; it closes a German » quote only when glued
		// to the text before it.
		return !right || spaceBefore, right
	case mkRightGuillemet, mkRightGuillemetOne:
		// » closes an open « whatever the spacing (French « … »); otherwise, glued to the
		// text after it, it opens a German »…« quote.
		opener := mkLeftGuillemet
		if k == mkRightGuillemetOne {
			opener = mkLeftGuillemetOne
		}
		if p.isOpen(opener) {
			return false, true
		}
		return left && !right, !left || right
	case mkLeftSingle:
		if p.elision(i, spaceBefore) {
			return false, false
		}
		return !right || left, right && !left
	case mkStraightOne, mkRightSingle:
		return p.singleRoles(i, k, left, right, spaceBefore)
	}
	return false, false
}

// feetInches reports whether the double mark i ends a height such as 5'11", which is a prime
// even inside a quotation.
func (p *pairer) feetInches(i int) bool {
	d := p.d
	if i < 3 || d.Tokens[i-1].Flags&text.SpaceBefore != 0 || d.Tokens[i-2].Flags&text.SpaceBefore != 0 {
		return false
	}
	switch d.TokenText(i - 2) {
	case "'", "’", "′":
		return d.Tokens[i-3].Kind == text.Number
	}
	return false
}

// singleRoles tells an apostrophe from a single quotation mark: ’90s, ’em and 'cause are
// elisions, 5'11 is a prime, and Jones’ is a possessive unless it is the only mark that could
// close an open single quote.
func (p *pairer) singleRoles(i int, k markKind, left, right, spaceBefore bool) (canOpen, canClose bool) {
	d := p.d
	if !spaceBefore && d.Tokens[i-1].Kind == text.Number {
		return false, false
	}
	if left && !right {
		if p.elision(i, spaceBefore) || k == mkRightSingle && !p.isOpenAny() {
			return false, false
		}
		return true, false
	}
	if !right || !p.isOpenSingle() {
		return false, false
	}
	if prev := d.TokenText(i - 1); prev != "" && (prev[len(prev)-1] == 's' || prev[len(prev)-1] == 'S') &&
		d.Tokens[i].Flags&text.SpaceAfter != 0 && i < p.lastSingleCloser && d.Tokens[i-1].Kind == text.Word {
		return false, false // the Joneses’ car, with the quote's real closer still to come
	}
	return false, true
}

// elision reports whether the single mark i drops letters from the word after it: ’90s, ’em,
// 'cause, 'til, rock 'n' roll.
func (p *pairer) elision(i int, spaceBefore bool) bool {
	d := p.d
	if !spaceBefore || i+1 >= len(d.Tokens) || d.Tokens[i+1].Flags&text.SpaceBefore != 0 {
		return false
	}
	next := d.Tokens[i+1]
	if next.Kind == text.Number {
		w := d.TokenText(i + 1)
		return len(w) == 2 || len(w) == 3 && (w[2] == 's' || w[2] == 'S')
	}
	switch d.Key(i + 1) {
	case "em", "tis", "twas", "til", "cause", "n", "bout", "round", "nuff", "twere", "tween":
		return true
	}
	return false
}

func opensBefore(s string) bool {
	switch s {
	case "(", "[", "{", "—", "–", "-", "--", "/", ":":
		return true
	}
	return false
}

// closesAfter reports whether token i is punctuation that may follow a closing mark.
func closesAfter(d *text.Doc, i int) bool {
	t := &d.Tokens[i]
	if t.Kind != text.Punct {
		return false
	}
	switch s := d.TokenText(i); s {
	case "(", "[", "{":
		return false
	}
	return true
}

func (p *pairer) isOpen(k markKind) bool {
	for _, o := range p.stack {
		if o.kind == k {
			return true
		}
	}
	return false
}

func (p *pairer) isOpenAny() bool { return len(p.stack) > 0 }

func (p *pairer) isOpenSingle() bool {
	for _, o := range p.stack {
		if o.kind.isSingle() {
			return true
		}
	}
	return false
}

// findOpener returns the stack index of the innermost open mark that closer kind k ends, or -1.
func (p *pairer) findOpener(k markKind) int {
	for j := len(p.stack) - 1; j >= 0; j-- {
		if closing[k][p.stack[j].kind] {
			return j
		}
	}
	return -1
}

// close pairs the open mark at stack index j with the closing mark token c. Marks opened after
// it and never closed are dropped: they were apostrophes or strays.
func (p *pairer) close(j, c int) {
	d := p.d
	o := p.stack[j]
	p.stack = p.stack[:j]
	closeTok := &d.Tokens[c]
	if o.reg >= 0 { // a quote carried over from earlier paragraphs ends here
		r := &p.regions[o.reg]
		r.parts[len(r.parts)-1].End = closeTok.Start
		r.marks = append(r.marks, closeTok.Span)
		r.last = c
		p.trimLast(r)
		return
	}
	openTok := &d.Tokens[o.tok]
	// The part and the two marks come from a block of spans the document's other pairs share;
	// the capacities keep appends apart.
	spans := p.spans.take(3)
	spans[0], spans[1], spans[2] = text.Span{Start: openTok.End, End: closeTok.Start}, openTok.Span, closeTok.Span
	// Built in its place, not copied there: a pair with nothing between its marks is dropped
	// with the other empty regions (dropEmpty).
	p.regions = append(p.regions, region{
		parts:  spans[0:1:1],
		marks:  spans[1:3:3],
		first:  o.tok,
		last:   c,
		kind:   o.kind,
		parent: -1,
	})
	if openTok.Flags&text.SpaceAfter != 0 || closeTok.Flags&text.SpaceBefore != 0 {
		// Only a space between a mark and its words has trimLast trim anything: the tokens
		// part at every character unicode.IsSpace knows. Most marks are glued to their words.
		p.trimLast(&p.regions[len(p.regions)-1])
	}
}

// endParagraph closes what is still open at the end of paragraph pi: the outermost quote runs on
// into the next paragraph if that opens with a continuing mark, else it is recovered here.
func (p *pairer) endParagraph(pi int) {
	if len(p.stack) == 0 {
		return
	}
	d := p.d
	para := d.Paragraphs[pi]
	outer := -1
	for j, o := range p.stack {
		if o.kind.reliableOpener() {
			outer = j
			break
		}
	}
	o := open{}
	if outer >= 0 {
		o = p.stack[outer]
	}
	p.stack = p.stack[:0]
	if outer < 0 {
		return
	}
	var r *region
	if o.reg >= 0 {
		r = &p.regions[o.reg]
		r.parts[len(r.parts)-1].End = para.End
	} else {
		openTok := d.Tokens[o.tok]
		if openTok.End >= para.End {
			return
		}
		p.regions = append(p.regions, region{
			parts:  p.spans.one(text.Span{Start: openTok.End, End: para.End}),
			marks:  p.spans.one(openTok.Span),
			first:  o.tok,
			kind:   o.kind,
			parent: -1,
		})
		o.reg = len(p.regions) - 1
		r = &p.regions[o.reg]
	}
	r.last = para.Last - 1
	p.trimLast(r)
	size := r.parts[len(r.parts)-1].End - r.parts[0].Start
	if pi+1 < len(d.Paragraphs) && size < p.maxBytes {
		next := d.Paragraphs[pi+1]
		if t := d.Tokens[next.First]; t.Kind == text.Mark && continues(kindOfMark(d.TokenText(next.First)), o.kind) && !opensWithLabel(d, next.First+1, next.Last) {
			p.stack = append(p.stack, o)
			return
		}
	}
	r.unclosed = true
}

// opensWithLabel reports whether the words from token i open with a transcript's speaker label
// (`"SMITH: …`): a new turn in its own quotation, not the last speaker's words run on.
func opensWithLabel(d *text.Doc, i, last int) bool {
	k := i
	for k < last && k-i < 3 && d.Tokens[k].Kind == text.Word && d.Tokens[k].Flags&text.AllUpper != 0 {
		k++
	}
	return k > i && k < last && d.Key(k) == ":"
}

// reliableOpener reports whether an unclosed mark of kind k is worth recovering as a quote: a
// stray straight single is far more often an apostrophe.
func (k markKind) reliableOpener() bool {
	return k != mkStraightOne && k != mkRightSingle
}

// trimLast trims the spaces inside the marks of the last part (French « texte » with plain,
// no-break or narrow no-break spaces, CJK spacing).
func (p *pairer) trimLast(r *region) {
	s := &r.parts[len(r.parts)-1]
	t := p.d.Text
	for s.Start < s.End {
		c, n := rune(t[s.Start]), 1 // most quotations start with an ASCII letter: no decoding
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(t[s.Start:s.End])
		}
		if !isSpace(c) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		c, n := rune(t[s.End-1]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeLastRuneInString(t[s.Start:s.End])
		}
		if !isSpace(c) {
			break
		}
		s.End -= n
	}
}

// isSpace is unicode.IsSpace, the ASCII characters, which open and end nearly every
// quotation, tested without a call.
func isSpace(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	return unicode.IsSpace(c)
}
