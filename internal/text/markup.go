package text

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// Feed text often keeps some of the HTML it came from: character references (&quot;, &ldquo;,
// &#8220;) where the quotation marks were, and tags (<p>, <br>, <a href="…">). Read as they
// are, they hide every quotation mark from the pairer and give topics such as "amp". A Markup
// reads such a text as the plain text it stands for, and maps offsets in the plain text back
// to the caller's, so that spans still point into the caller's bytes.

// A Markup is what [Markup.Strip] took out of the last text it was given. The zero Markup is
// ready to use; one Markup serves one goroutine at a time and reuses its memory.
type Markup struct {
	edits []markupEdit
	plain []byte
}

// A markupEdit replaces the caller's bytes [orig, origEnd) by the plain bytes [plain, plainEnd),
// which may be none (a tag that stands for nothing).
type markupEdit struct {
	plain, plainEnd, orig, origEnd int
}

// maxTagBytes bounds the bytes a tag may span, so that a stray "<" in plain text is not read
// as the start of a tag that ends far away.
const maxTagBytes = 1024

// maxRefBytes bounds a character reference: "&" and ";" and at most 32 bytes between.
const maxRefBytes = 34

// Strip returns the plain text s stands for, and whether it differs from s: each character
// reference decoded, each comment removed, and each tag replaced by what it stands for (a
// line break for <br>, a paragraph break for a block or an unknown element, quotation marks
// for <q>, nothing for an inline element). A "&" or "<" that starts no reference or tag is
// kept as it is. When nothing changes, Strip returns s itself and the offsets map to
// themselves; otherwise a new string, and Start, End and Span map its offsets until the next
// call.
func (m *Markup) Strip(s string) (string, bool) {
	m.edits = m.edits[:0]
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '<') < 0 {
		return s, false
	}
	m.plain = m.plain[:0]
	copied := 0       // s[:copied] is in m.plain or replaced
	closeAt := -1     // the first "-->" at or after the last comment's start, or len(s) for none
	amp, lt := -1, -1 // the next "&" and "<" at or after i, or len(s); -1 before the first search
	for i := 0; i < len(s); {
		if amp < i {
			amp = nextByte(s, i, '&')
		}
		if lt < i {
			lt = nextByte(s, i, '<')
		}
		if i = min(amp, lt); i >= len(s) {
			break
		}
		c := s[i]
		var n int
		var with string
		switch {
		case c == '&':
			n, with = reference(s[i:])
		case strings.HasPrefix(s[i:], "<!--"):
			// The end is searched for once for every comment opener before it, so that a
			// text of openers costs no more than one search.
			if closeAt < i+4 {
				closeAt = len(s)
				if k := strings.Index(s[i+4:], "-->"); k >= 0 {
					closeAt = i + 4 + k
				}
			}
			if closeAt < len(s) && closeAt+3-i <= maxTagBytes {
				n = closeAt + 3 - i
			}
		default:
			n, with = tag(s[i:])
		}
		if n == 0 {
			i++
			continue
		}
		m.plain = append(m.plain, s[copied:i]...)
		p := len(m.plain)
		m.plain = append(m.plain, with...)
		m.edits = append(m.edits, markupEdit{plain: p, plainEnd: len(m.plain), orig: i, origEnd: i + n})
		i += n
		copied = i
	}
	if len(m.edits) == 0 {
		return s, false
	}
	m.plain = append(m.plain, s[copied:]...)
	return string(m.plain), true
}

// nextByte returns the index of the first c in s at or after i, or len(s): a text with one "&"
// would otherwise be read a byte at a time to its end.
func nextByte(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// Start maps the offset where a span of the plain text starts to the caller's text: a span
// that starts with a decoded reference starts at its "&", and one that starts after a removed
// tag starts after the tag.
func (m *Markup) Start(x int) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].plain > x }) - 1
	if i < 0 {
		return x
	}
	e := &m.edits[i]
	if x < e.plainEnd {
		return e.orig
	}
	return x + e.origEnd - e.plainEnd
}

// End maps the offset where a span of the plain text ends to the caller's text: a span that
// ends with a decoded reference ends after its ";", and one that ends before a removed tag
// ends before the tag.
func (m *Markup) End(x int) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].plain >= x }) - 1
	if i < 0 {
		return x
	}
	e := &m.edits[i]
	if x <= e.plainEnd {
		return e.origEnd
	}
	return x + e.origEnd - e.plainEnd
}

// Span maps a span of the plain text to the caller's text. The zero Span, which stands for
// "absent", stays zero, and an empty span stays empty.
func (m *Markup) Span(s Span) Span {
	if len(m.edits) == 0 || s.IsZero() {
		return s
	}
	start := m.Start(s.Start)
	if s.End <= s.Start {
		return Span{start, start}
	}
	return Span{start, max(start, m.End(s.End))}
}

// reference returns the length of the character reference s starts with, and the text it
// stands for, or 0 when s starts with none. Only references closed by ";" count: "AT&T" and
// "Q&A" are text.
func reference(s string) (int, string) {
	end := strings.IndexByte(s[:min(len(s), maxRefBytes)], ';')
	if end < 2 {
		return 0, ""
	}
	ref := s[:end+1]
	if ref[1] == '#' {
		if !numericRef(ref[2:end]) {
			return 0, ""
		}
	} else if !alnum(ref[1:end]) {
		return 0, ""
	}
	with := html.UnescapeString(ref)
	if with == ref {
		return 0, "" // not a name HTML knows
	}
	// A named reference stands for one or two characters. UnescapeString decodes the longest
	// name it knows at the start, so "&ampx;" gives "&x;", which is no reference.
	if ref[1] != '#' && (utf8.RuneCountInString(with) > 2 || strings.HasSuffix(with, ";") && ref != "&semi;") {
		return 0, ""
	}
	return len(ref), with
}

// numericRef reports whether s is the digits of a numeric reference after "&#": decimal, or
// hexadecimal after x.
func numericRef(s string) bool {
	hex := len(s) > 0 && (s[0] == 'x' || s[0] == 'X')
	if hex {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || hex && ('a' <= c|0x20 && c|0x20 <= 'f')) {
			return false
		}
	}
	return true
}

// alnum reports whether s is ASCII letters and digits, starting with a letter.
func alnum(s string) bool {
	if s == "" || !asciiLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !asciiLetter(c) && !('0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// tag returns the length of the tag s starts with, and the text it stands for, or 0 when s
// starts with none. A tag is "<", an optional "/", a name of ASCII letters, digits
// and "-_:", attributes with quoted or bare values, an optional "/" and ">", within
// maxTagBytes; "a < b" and "x<y" are text.
func tag(s string) (int, string) {
	s = s[:min(len(s), maxTagBytes)]
	i := 1
	closing := i < len(s) && s[i] == '/'
	if closing {
		i++
	}
	start := i
	for i < len(s) && (asciiLetter(s[i]) || i > start && tagNameByte(s[i])) {
		i++
	}
	if i == start {
		return 0, ""
	}
	name := s[start:i]
	n := tagEnd(s, i)
	if n == 0 {
		return 0, ""
	}
	return n, tagText(name, closing)
}

func tagNameByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':'
}

// tagEnd returns the length of the tag whose name ends at s[i], or 0 when its attributes do
// not close with ">".
func tagEnd(s string, i int) int {
	for {
		if i >= len(s) {
			return 0
		}
		switch c := s[i]; {
		case c == '>':
			return i + 1
		case c == '/' && i+1 < len(s) && s[i+1] == '>':
			return i + 2
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '<' || c == '"' || c == '\'' || c == '=' || c == '/':
			return 0
		}
		// An attribute: its name, then perhaps "=" and a value.
		if i > 0 && !isTagSpace(s[i-1]) {
			return 0 // "<b/c>", or a value run into the next name
		}
		for i < len(s) && !isTagSpace(s[i]) && !strings.ContainsRune("<>\"'=/", rune(s[i])) {
			i++
		}
		j := i
		for j < len(s) && isTagSpace(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '=' {
			continue
		}
		j++
		for j < len(s) && isTagSpace(s[j]) {
			j++
		}
		if j >= len(s) {
			return 0
		}
		if q := s[j]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[j+1:], q)
			if end < 0 {
				return 0
			}
			i = j + 1 + end + 1
			continue
		}
		k := j
		for k < len(s) && !isTagSpace(s[k]) && s[k] != '>' && s[k] != '<' {
			k++
		}
		if k == j {
			return 0
		}
		i = k
	}
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// tagText returns what a tag of the named element stands for in plain text.
func tagText(name string, closing bool) string {
	var low [16]byte
	if len(name) > len(low) {
		return "\n\n"
	}
	for i := 0; i < len(name); i++ {
		low[i] = name[i] | 0x20
	}
	switch string(low[:len(name)]) {
	case "br":
		return "\n"
	case "q":
		if closing {
			return "”"
		}
		return "“"
	case "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
		"i", "img", "ins", "kbd", "mark", "s", "samp", "small", "span", "strike", "strong", "sub",
		"sup", "time", "tt", "u", "var", "wbr":
		return ""
	}
	return "\n\n"
}
