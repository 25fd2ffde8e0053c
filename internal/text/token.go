package text

// A Kind says what sort of token a [Token] is.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota + 1 // letters, with inner apostrophes, hyphens and abbreviation dots
	Number                 // starts with a digit: 2024, 3.5, 1,000, 9th, 1990s, 2024-11-05
	Punct                  // punctuation: . , ; : ! ? … ( ) dashes
	Mark                   // a quotation mark or an apostrophe at a word's edge: " ' “ ” « » 「 …
	Symbol                 // anything else: $ % & @, invalid UTF-8 bytes
)

var kindNames = [...]string{"", "word", "number", "punct", "mark", "symbol"}

// String returns the lower-case name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Flags describe a token's shape and its place in the layout.
type Flags uint16

// The token flags.
const (
	SpaceBefore Flags = 1 << iota // whitespace, a line break or the start of the text comes first
	SpaceAfter                    // whitespace, a line break or the end of the text follows
	LineStart                     // first token after a line break (or of the text)
	ParaStart                     // first token of a paragraph
	SentStart                     // first token of a sentence
	Upper                         // the first letter is upper-case
	AllUpper                      // at least two letters, all upper-case
	Lower                         // the first letter is lower-case
	HasDigit                      // contains a digit
	Hyphen                        // contains an inner hyphen
	Abbrev                        // ends with an abbreviation dot that is part of the token (Mr., U.S.)
	Initial                       // a single capital letter and a dot (the W. of George W. Bush)
	Clitic                        // a split-off possessive or contraction: 's, ’s
	NonASCII                      // contains bytes >= 0x80
	BlankBefore                   // a blank line comes first
)

// Has reports whether all bits of f2 are set in f.
func (f Flags) Has(f2 Flags) bool { return f&f2 == f2 }

// A Token is one word, number, punctuation mark or quotation mark of a [Doc].
//
// Its key is its folded form (see [Doc.Key]), stored once per document.
type Token struct {
	Span
	Kind  Kind  // word, number, punctuation, quotation mark …
	Flags Flags // case, sentence and paragraph starts, clitics
	key0  int32 // [key0, key1) in Doc.folded if key1 > 0; else the key is the text less -key1 bytes
	key1  int32
}

// A Segment is a paragraph or a sentence: a span of text and the tokens [First, Last) in it.
type Segment struct {
	Span
	First, Last int // token indexes, half-open
	Para        int // for a sentence: the index of its paragraph; for a paragraph, its own index
}

// Tokens returns the number of tokens in g.
func (g Segment) Tokens() int { return g.Last - g.First }
