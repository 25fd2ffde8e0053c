package text

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/testdoc"
)

// texts returns the text of each segment.
func texts(s string, segs []Segment) []string {
	var out []string
	for _, g := range segs {
		out = append(out, g.Of(s))
	}
	return out
}

var sentenceTests = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	{
		name:   "CJK full stops without spaces",
		in:     "我们会赢。他说。",
		want:   []string{"我们会赢。", "他说。"},
		reason: "Chinese and Japanese put no space after 。",
	},
	{
		name: "CJK quote closed after a full stop",
		in:   "「必ず実現する。」と述べた。",
		want: []string{"「必ず実現する。」と述べた。"},
	},
	{
		name: "titles",
		in:   "Mr. Smith met Mrs. Jones and Dr. Who. They talked.",
		want: []string{"Mr. Smith met Mrs. Jones and Dr. Who.", "They talked."},
	},
	{
		name: "acronym before a name",
		in:   "The U.S. Army said so. Nobody asked.",
		want: []string{"The U.S. Army said so.", "Nobody asked."},
	},
	{
		name: "month and saint",
		in:   "The vote is on Jan. 9 in St. Paul. It will be close.",
		want: []string{"The vote is on Jan. 9 in St. Paul.", "It will be close."},
	},
	{
		name: "initials",
		in:   "George W. Bush spoke. Then he left.",
		want: []string{"George W. Bush spoke.", "Then he left."},
	},
	{
		name: "decimals",
		in:   "Prices rose 3.5 percent. Version 2.0 is out.",
		want: []string{"Prices rose 3.5 percent.", "Version 2.0 is out."},
	},
	{
		name: "number before the dot",
		in:   "She won in 1990. In 2000 she lost.",
		want: []string{"She won in 1990.", "In 2000 she lost."},
	},
	{
		name:   "No. before a number",
		in:     "He is No. 1 in the world.",
		want:   []string{"He is No. 1 in the world."},
		reason: "no is an abbreviation only before a number",
	},
	{
		name: "ellipsis mid-sentence",
		in:   "He paused... then left. Wait … what happened?",
		want: []string{"He paused... then left.", "Wait … what happened?"},
	},
	{
		name: "ellipsis at sentence end",
		in:   "It ended... The next day was calm. It ended… The end.",
		want: []string{"It ended...", "The next day was calm.", "It ended…", "The end."},
	},
	{
		name:   "comma inside quotes",
		in:     `"We will win," he said. "Will we?" she asked.`,
		want:   []string{`"We will win," he said.`, `"Will we?" she asked.`},
		reason: "a question mark inside the quote followed by a lower-case word does not end the sentence",
	},
	{
		name: "curly quotes",
		in:   "“Is it over?” she asked. “Yes.”",
		want: []string{"“Is it over?” she asked.", "“Yes.”"},
	},
	{
		name:   "sentence ends inside quotes",
		in:     `He said, "It's over." Then he left.`,
		want:   []string{`He said, "It's over."`, "Then he left."},
		reason: "the closing mark after the full stop belongs to the first sentence",
	},
	{
		name: "exclamation inside quotes",
		in:   `"Stop!" The crowd froze.`,
		want: []string{`"Stop!"`, "The crowd froze."},
	},
	{
		name: "closing bracket",
		in:   "(He left.) Then she arrived.",
		want: []string{"(He left.)", "Then she arrived."},
	},
	{
		name: "opening bracket",
		in:   "He left. (The mayor said so.) Then she arrived.",
		want: []string{"He left.", "(The mayor said so.)", "Then she arrived."},
	},
	{
		name:   "bracket after a quotation",
		in:     `"You are kind." (Here she smiled.) "Thank you."`,
		want:   []string{`"You are kind." (Here she smiled.)`, `"Thank you."`},
		reason: "an aside after a quotation stays in its sentence, as novels write stage directions",
	},
	{
		name:   "abbreviation ends a sentence",
		in:     "They lived in the U.S. The next day they left.",
		want:   []string{"They lived in the U.S.", "The next day they left."},
		reason: "U.S. may end a sentence and the is a sentence starter",
	},
	{
		name:   "abbreviation before a quoted lower-case word",
		in:     "She said the U.S. “badly” needed allies. Nobody disagreed.",
		want:   []string{"She said the U.S. “badly” needed allies.", "Nobody disagreed."},
		reason: "a quotation that opens with a lower-case word goes on with the sentence",
	},
	{
		name:   "abbreviation before a quotation",
		in:     "They moved to the U.S. “We never looked back,” she said.",
		want:   []string{"They moved to the U.S.", "“We never looked back,” she said."},
		reason: "a capitalised quotation after U.S. starts a sentence",
	},
	{
		name: "D.C. ends a sentence",
		in:   "He lives in Washington, D.C. Then he moved.",
		want: []string{"He lives in Washington, D.C.", "Then he moved."},
	},
	{
		name: "p.m. ends a sentence",
		in:   "Meet at 5 p.m. The doors open early.",
		want: []string{"Meet at 5 p.m.", "The doors open early."},
	},
	{
		name: "company suffix",
		in:   "The firm, Acme Inc., said no. It was sold to Acme Inc. The deal closed.",
		want: []string{"The firm, Acme Inc., said no.", "It was sold to Acme Inc.", "The deal closed."},
	},
	{
		name: "run of terminal punctuation",
		in:   "What?! No way.",
		want: []string{"What?!", "No way."},
	},
	{
		name:   "no space after the dot",
		in:     "Visit whosaid.org today. It is new.",
		want:   []string{"Visit whosaid.org today.", "It is new."},
		reason: "a dot with no space after it is not a boundary",
	},
	{
		name: "no final punctuation",
		in:   "no full stop at all",
		want: []string{"no full stop at all"},
	},
	{
		name: "paragraph ends the sentence",
		in:   "A headline\n\nThe story begins",
		want: []string{"A headline", "The story begins"},
	},
	{
		name: "empty",
		in:   "",
	},
	{
		name: "only space",
		in:   " \t\n\r\n ",
	},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceTests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			if diff := cmp.Diff(tc.want, texts(tc.in, d.Sentences)); diff != "" {
				t.Errorf("Analyze(%q) sentences mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

var paragraphTests = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	{
		name: "blank line",
		in:   "One. Two.\n\nThree.",
		want: []string{"One. Two.", "Three."},
	},
	{
		name: "several blank lines",
		in:   "\n\nOne.\n \n\t\n\nTwo.\n\n",
		want: []string{"One.", "Two."},
	},
	{
		name:   "single newline",
		in:     "One.\nTwo.",
		want:   []string{"One.", "Two."},
		reason: "news feeds put one paragraph on each line",
	},
	{
		name: "headline without punctuation",
		in:   "A headline\nThe story.",
		want: []string{"A headline", "The story."},
	},
	{
		name:   "wrapped line",
		in:     "The line wraps\nand runs on here.\nNext.",
		want:   []string{"The line wraps\nand runs on here.", "Next."},
		reason: "a line without sentence punctuation followed by a lower-case word runs on",
	},
	{
		name: "lower case after a full stop",
		in:   "It ended.\nand then another began.",
		want: []string{"It ended.", "and then another began."},
	},
	{
		name: "colon at the line end",
		in:   "He said:\nthis is next.",
		want: []string{"He said:", "this is next."},
	},
	{
		name: "CRLF",
		in:   "One.\r\nTwo.\r\n\r\nThree.\r\n",
		want: []string{"One.", "Two.", "Three."},
	},
	{
		name: "CRLF wrapped line",
		in:   "The line wraps\r\nand runs on.",
		want: []string{"The line wraps\r\nand runs on."},
	},
	{
		name: "CR",
		in:   "One.\rTwo.\r\rThree.",
		want: []string{"One.", "Two.", "Three."},
	},
	{
		name: "paragraph separator",
		in:   "One.\u2029Two.",
		want: []string{"One.", "Two."},
	},
	{
		name: "quote over lines",
		in:   "\"We will win,\n\"and we will govern.\"",
		want: []string{"\"We will win,", "\"and we will govern.\""},
	},
}

func TestParagraphs(t *testing.T) {
	for _, tc := range paragraphTests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			if diff := cmp.Diff(tc.want, texts(tc.in, d.Paragraphs)); diff != "" {
				t.Errorf("Analyze(%q) paragraphs mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// A tok is a compact view of a Token.
type tok struct {
	Text string
	Kind Kind
}

func toks(d *Doc) []tok {
	var out []tok
	for i, t := range d.Tokens {
		out = append(out, tok{d.TokenText(i), t.Kind})
	}
	return out
}

var tokenTests = []struct {
	name   string
	in     string
	want   []tok
	reason string
}{
	{
		name: "clitics",
		in:   "Trump's aide, Trump’s plan, they're",
		want: []tok{
			{"Trump", Word}, {"'s", Word}, {"aide", Word}, {",", Punct},
			{"Trump", Word}, {"’s", Word}, {"plan", Word}, {",", Punct},
			{"they", Word}, {"'re", Word},
		},
	},
	{
		name: "more clitics",
		in:   "I'll we've she'd I'm",
		want: []tok{
			{"I", Word}, {"'ll", Word}, {"we", Word}, {"'ve", Word},
			{"she", Word}, {"'d", Word}, {"I", Word}, {"'m", Word},
		},
	},
	{
		name:   "inner apostrophes",
		in:     "don't O'Brien rock'n'roll DON’T",
		want:   []tok{{"don't", Word}, {"O'Brien", Word}, {"rock'n'roll", Word}, {"DON’T", Word}},
		reason: "n't, O' and 'n' are not clitics",
	},
	{
		name: "hyphens",
		in:   "a well-known, long-term plan -- or not",
		want: []tok{
			{"a", Word}, {"well-known", Word}, {",", Punct}, {"long-term", Word},
			{"plan", Word}, {"--", Punct}, {"or", Word}, {"not", Word},
		},
	},
	{
		name: "numbers",
		in:   "1,000 3.5 2024-11-05 9th 1990s 10:30 30-minute",
		want: []tok{
			{"1,000", Number}, {"3.5", Number}, {"2024-11-05", Number}, {"9th", Number},
			{"1990s", Number}, {"10:30", Number}, {"30-minute", Number},
		},
	},
	{
		name:   "number at a sentence end",
		in:     "It was 3.5. Or 1,000, maybe.",
		want:   []tok{{"It", Word}, {"was", Word}, {"3.5", Number}, {".", Punct}, {"Or", Word}, {"1,000", Number}, {",", Punct}, {"maybe", Word}, {".", Punct}},
		reason: "a dot or comma is inside a number only when a digit follows",
	},
	{
		name: "abbreviations keep their dot",
		in:   "Mr. Smith of the U.S. at 5 p.m. in George W. Bush's day.",
		want: []tok{
			{"Mr.", Word}, {"Smith", Word}, {"of", Word}, {"the", Word}, {"U.S.", Word},
			{"at", Word}, {"5", Number}, {"p.m.", Word}, {"in", Word}, {"George", Word},
			{"W.", Word}, {"Bush", Word}, {"'s", Word}, {"day", Word}, {".", Punct},
		},
	},
	{
		name:   "two apostrophes",
		in:     "''Wire,'' he said",
		want:   []tok{{"''", Mark}, {"Wire", Word}, {",", Punct}, {"''", Mark}, {"he", Word}, {"said", Word}},
		reason: "wire feeds write a double quote as two apostrophes",
	},
	{
		name:   "elisions and possessives",
		in:     "the ’90s, 'em, Jones’ car",
		want:   []tok{{"the", Word}, {"’", Mark}, {"90s", Number}, {",", Punct}, {"'", Mark}, {"em", Word}, {",", Punct}, {"Jones", Word}, {"’", Mark}, {"car", Word}},
		reason: "an apostrophe at a word's edge is a mark; the quote package tells it from a quotation mark",
	},
	{
		name: "quotation marks",
		in:   "“A” «B» „C“ 「D」",
		want: []tok{
			{"“", Mark}, {"A", Word}, {"”", Mark}, {"«", Mark}, {"B", Word}, {"»", Mark},
			{"„", Mark}, {"C", Word}, {"“", Mark}, {"「", Mark}, {"D", Word}, {"」", Mark},
		},
	},
	{
		name: "symbols and invalid bytes",
		in:   "$5 & 10% \xff",
		want: []tok{{"$", Symbol}, {"5", Number}, {"&", Symbol}, {"10", Number}, {"%", Symbol}, {"\xff", Symbol}},
	},
	{
		name:   "control characters separate words",
		in:     "ab\x00cd",
		want:   []tok{{"ab", Word}, {"cd", Word}},
		reason: "a NUL must never end up inside a word",
	},
}

func TestTokens(t *testing.T) {
	for _, tc := range tokenTests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			if diff := cmp.Diff(tc.want, toks(d)); diff != "" {
				t.Errorf("Analyze(%q) tokens mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestFlags(t *testing.T) {
	tests := []struct {
		name string
		in   string
		tok  int // token index
		want Flags
		not  Flags
	}{
		{name: "clitic", in: "Trump’s", tok: 1, want: Clitic | NonASCII, not: SpaceBefore},
		{name: "hyphen", in: "well-known", tok: 0, want: Hyphen | Lower},
		{name: "acronym", in: "the U.S. said", tok: 1, want: Abbrev | Upper | AllUpper, not: Initial},
		{name: "all upper", in: "the NATO chief", tok: 1, want: Upper | AllUpper},
		{name: "title", in: "Mr. Smith", tok: 0, want: Abbrev | Upper | SentStart | ParaStart, not: Initial},
		{name: "initial", in: "George W. Bush", tok: 1, want: Abbrev | Initial | Upper},
		{name: "I is not an initial", in: "It was I.", tok: 2, want: Upper, not: Abbrev | Initial},
		{name: "lower-case month", in: "a sat. b", tok: 1, want: Lower, not: Abbrev},
		{name: "digit in a word", in: "COVID19", tok: 0, want: HasDigit | AllUpper},
		{name: "line start", in: "a\nb", tok: 1, want: LineStart | SpaceBefore, not: BlankBefore | ParaStart},
		{name: "blank line", in: "a.\n\nB", tok: 2, want: LineStart | BlankBefore | ParaStart | SentStart},
		{name: "space after", in: "a, b", tok: 1, want: SpaceAfter, not: SpaceBefore},
		{name: "last token", in: "a.", tok: 1, want: SpaceAfter},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			got := d.Tokens[tc.tok].Flags
			if !got.Has(tc.want) || got&tc.not != 0 {
				t.Errorf("Analyze(%q): token %d (%q) has flags %b, want %b set and %b clear",
					tc.in, tc.tok, d.TokenText(tc.tok), got, tc.want, tc.not)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string
		reason string
	}{
		{name: "abbreviation dot dropped", in: "Mr. U.S. p.m.", want: []string{"mr", "u.s", "p.m"}},
		{name: "typographic apostrophe", in: "DON’T Trump’s", want: []string{"don't", "trump", "'s"}},
		{name: "punctuation and marks keep their text", in: "“Yes,” …", want: []string{"“", "yes", ",", "”", "…"}},
		{name: "NFC", in: "cafe\u0301 café", want: []string{"café", "café"}, reason: "a decomposed é folds to the composed one"},
		{name: "fullwidth", in: "ＩＢＭ ＩＢＭ’s", want: []string{"ibm", "ibm", "'s"}},
		{name: "case folding", in: "Straße ΣΟΦΊΑ", want: []string{"strasse", "σοφία"}, reason: "full Unicode case folding, not lower-casing"},
		{name: "numbers", in: "1,000 9TH", want: []string{"1,000", "9th"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			var got []string
			for i := range d.Tokens {
				got = append(got, d.Key(i))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Analyze(%q) keys mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr", "mr"},
		{"DON’T", "don't"},
		{"cafe\u0301", "café"},
		{"ＩＢＭ", "ibm"},
		{"went on", "went on"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Fold(tc.in)); diff != "" {
				t.Errorf("Fold(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestTokenAt(t *testing.T) {
	const in = "He said no." // He [0,2) said [3,7) no [8,10) . [10,11)
	d := Analyze(in)
	tests := []struct {
		off  int
		want int
	}{
		{-1, 0},
		{0, 0},
		{1, 0},
		{2, 1}, // the space after He: the next token
		{3, 1},
		{6, 1},
		{7, 2},
		{9, 2},
		{10, 3},
		{11, 4}, // len(text): no token
		{100, 4},
	}
	for _, tc := range tests {
		if got := d.TokenAt(tc.off); got != tc.want {
			t.Errorf("TokenAt(%d) = %d, want %d", tc.off, got, tc.want)
		}
	}
}

func TestSentenceOfParagraphOf(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantSent  []int
		wantPara  []int
		wantParas []int // Para of each sentence
	}{
		{
			name:      "two paragraphs",
			in:        "One. Two.\n\nThree.",
			wantSent:  []int{0, 0, 1, 1, 2, 2},
			wantPara:  []int{0, 0, 0, 0, 1, 1},
			wantParas: []int{0, 0, 1},
		},
		{
			name:      "quoted sentence and cue",
			in:        "\"Yes,\" he said.\nNo.",
			wantSent:  []int{0, 0, 0, 0, 0, 0, 0, 1, 1},
			wantPara:  []int{0, 0, 0, 0, 0, 0, 0, 1, 1},
			wantParas: []int{0, 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			var sents, paras, sentParas []int
			for i := range d.Tokens {
				sents = append(sents, d.SentenceOf(i))
				paras = append(paras, d.ParagraphOf(i))
			}
			for _, s := range d.Sentences {
				sentParas = append(sentParas, s.Para)
			}
			if diff := cmp.Diff(tc.wantSent, sents); diff != "" {
				t.Errorf("SentenceOf mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantPara, paras); diff != "" {
				t.Errorf("ParagraphOf mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantParas, sentParas); diff != "" {
				t.Errorf("Sentence.Para mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, tc := range sentenceTests {
		f.Add(tc.in)
	}
	for _, tc := range paragraphTests {
		f.Add(tc.in)
	}
	for _, tc := range tokenTests {
		f.Add(tc.in)
	}
	for _, s := range []string{
		"\xff\xfe", "a\x00b", "\x00", "\r\n\r\n", "\r", "a\rb", "\xe2\x80x\x80", "caf\u0065\u0301",
		"iPhone x2 long-term don't McDonald’s COVID-19 X-ray AB2 eBay's", "ＩＢＭ’s", "我们会赢。他说。", "« Bonjour », dit-il.", "5'11\"", "``wire''", "U.S.A.B.C.D.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		done := make(chan *Doc, 1)
		go func() { done <- Analyze(s) }()
		var d *Doc
		select {
		case d = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Analyze(%q) did not return within 5s", s)
		}
		bound := testdoc.Boundaries(s)
		onBoundary := func(what string, i int, sp Span) {
			t.Helper()
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("%s %d: span %v out of bounds [0,%d)", what, i, sp, len(s))
			}
			if !bound[sp.Start] || !bound[sp.End] {
				t.Fatalf("%s %d: span %v of %q not on character boundaries", what, i, sp, s)
			}
			if utf8.ValidString(s) && (sp.Start < len(s) && !utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
				t.Fatalf("%s %d: span %v of valid %q not at rune starts", what, i, sp, s)
			}
		}

		// Tokens: in bounds, non-empty, ordered, not overlapping.
		for i, tk := range d.Tokens {
			onBoundary("token", i, tk.Span)
			if tk.Start >= tk.End {
				t.Fatalf("token %d: empty span %v", i, tk.Span)
			}
			if i > 0 && d.Tokens[i-1].End > tk.Start {
				t.Fatalf("token %d %v overlaps or precedes token %d %v", i, tk.Span, i-1, d.Tokens[i-1].Span)
			}
			if tk.Kind < Word || tk.Kind > Symbol {
				t.Fatalf("token %d: bad kind %d", i, tk.Kind)
			}
			checkShape(t, s, d, i)
			if k := d.Key(i); (tk.Kind == Word || tk.Kind == Number) && !tk.Flags.Has(Abbrev) {
				want := Fold(d.TokenText(i))
				if want == "" {
					want = d.TokenText(i)
				}
				if k != want {
					t.Fatalf("token %d %q: Key = %q, Fold = %q", i, d.TokenText(i), k, want)
				}
			}
			if tk.Kind == Punct || tk.Kind == Mark || tk.Kind == Symbol {
				if k := d.Key(i); k != d.TokenText(i) {
					t.Fatalf("token %d %q of kind %v: Key = %q, want its text", i, d.TokenText(i), tk.Kind, k)
				}
			}
		}

		// Marks lists the Mark tokens, in order.
		var marks []int32
		for i, tk := range d.Tokens {
			if tk.Kind == Mark {
				marks = append(marks, int32(i))
			}
		}
		if !slices.Equal(marks, d.Marks()) {
			t.Fatalf("Marks = %v, want %v", d.Marks(), marks)
		}

		// Segments tile the tokens, in order, and their spans match their tokens.
		checkSegs := func(what string, segs []Segment) {
			t.Helper()
			next := 0
			for i, g := range segs {
				onBoundary(what, i, g.Span)
				if g.First != next || g.First >= g.Last || g.Last > len(d.Tokens) {
					t.Fatalf("%s %d: tokens [%d,%d), want to start at %d (of %d)", what, i, g.First, g.Last, next, len(d.Tokens))
				}
				if g.Start != d.Tokens[g.First].Start || g.End != d.Tokens[g.Last-1].End {
					t.Fatalf("%s %d: span %v does not match its tokens [%d,%d)", what, i, g.Span, g.First, g.Last)
				}
				if i > 0 && segs[i-1].End > g.Start {
					t.Fatalf("%s %d %v overlaps %s %d %v", what, i, g.Span, what, i-1, segs[i-1].Span)
				}
				next = g.Last
			}
			if next != len(d.Tokens) {
				t.Fatalf("%ss cover tokens [0,%d), want [0,%d)", what, next, len(d.Tokens))
			}
		}
		checkSegs("sentence", d.Sentences)
		checkSegs("paragraph", d.Paragraphs)

		for i, p := range d.Paragraphs {
			if p.Para != i {
				t.Fatalf("paragraph %d: Para = %d", i, p.Para)
			}
		}
		for i, sn := range d.Sentences {
			if sn.Para < 0 || sn.Para >= len(d.Paragraphs) {
				t.Fatalf("sentence %d: Para %d out of range", i, sn.Para)
			}
			p := d.Paragraphs[sn.Para]
			if !p.Contains(sn.Span) || sn.First < p.First || sn.Last > p.Last {
				t.Fatalf("sentence %d %v [%d,%d) not inside its paragraph %d %v [%d,%d)",
					i, sn.Span, sn.First, sn.Last, sn.Para, p.Span, p.First, p.Last)
			}
			for k := sn.First; k < sn.Last; k++ {
				if d.SentenceOf(k) != i || d.ParagraphOf(k) != sn.Para {
					t.Fatalf("token %d: SentenceOf = %d, ParagraphOf = %d, want %d, %d", k, d.SentenceOf(k), d.ParagraphOf(k), i, sn.Para)
				}
				if !sn.Contains(d.Tokens[k].Span) {
					t.Fatalf("token %d %v not inside sentence %d %v", k, d.Tokens[k].Span, i, sn.Span)
				}
				if got, want := d.Tokens[k].Flags.Has(SentStart), k == sn.First; got != want {
					t.Fatalf("token %d: SentStart = %v, want %v", k, got, want)
				}
			}
		}

		// The same output with the punctuation plainWords writes in place left to scan.
		if diff := inPlaceDiff(s); diff != "" {
			t.Fatalf("%q: differs from scan's (-scan +plainWords):\n%s", s, diff)
		}

		// Same output twice.
		d2 := Analyze(s)
		if !slices.Equal(d.Tokens, d2.Tokens) {
			t.Fatalf("tokens differ between runs (-first +second):\n%s", cmp.Diff(d.Tokens, d2.Tokens, cmp.AllowUnexported(Token{})))
		}
		if !slices.Equal(d.Sentences, d2.Sentences) {
			t.Fatalf("sentences differ between runs (-first +second):\n%s", cmp.Diff(d.Sentences, d2.Sentences))
		}
		if !slices.Equal(d.Paragraphs, d2.Paragraphs) {
			t.Fatalf("paragraphs differ between runs (-first +second):\n%s", cmp.Diff(d.Paragraphs, d2.Paragraphs))
		}
		for i := range d.Tokens {
			if k1, k2 := d.Key(i), d2.Key(i); k1 != k2 {
				t.Fatalf("token %d: Key differs between runs: %q, %q", i, k1, k2)
			}
		}
	})
}

func TestGenre(t *testing.T) {
	news := strings.Repeat("The ministry said on 9 January that 1,200 jobs would go by 2026. Shares fell 3.5%. ", 80)
	novel := strings.Repeat("She looked at him, and he smiled. Her aunt had told her that he was kind. ", 80)
	dialogue := strings.Repeat("\"Will you come?\"\n\n\"I will.\"\n\n\"Then go.\"\n\n", 150)
	firstPerson := strings.Repeat("I walked home and I thought of my father. My mother had told me so. ", 80)
	brief := strings.Repeat("\"We will win,\" she said.\n\n\"We will not,\" he said.\n\n", 10) // news too short to judge
	// Quoted paragraphs one after another, in the words of public life: news, not dialogue.
	quotedNews := strings.Repeat("\"The senator will vote for the bill,\" the spokesman said.\n\n\"The campaign is not over.\"\n\n", 10)
	// A profile told of he and she, with no numbers, that still reports on public life.
	profile := strings.Repeat("She told reporters that her campaign would win. He said officials had lied to her. ", 80)
	// A profile of a candidate, in the words of party politics.
	politics := strings.Repeat("She told him that the nominee would win. He said the Democrats had lied to her. ", 80)
	// A novel whose opening page speaks of public life: news words are dense at the start, but
	// under a hundredth of the whole, so that a count that stopped early would call it news.
	novelOpening := "The senator told reporters that the government, the campaign and the election officials had lied. " + novel
	tests := []struct {
		name              string
		in                string
		dialogue, fiction bool
	}{
		{"news", news, false, false},
		{"third-person novel", novel, false, true},
		{"dialogue", dialogue, true, true},
		{"first-person novel", firstPerson, false, true},
		{"empty", "", false, false},
		{"short", "She said he was kind.", false, false},
		{"short dialogue", brief, true, false},
		{"quoted news", quotedNews, false, false},
		{"news profile", profile, false, false},
		{"politics profile", politics, false, false},
		{"novel opening on public life", novelOpening, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(tc.in)
			if got := d.IsDialogue(); got != tc.dialogue {
				t.Errorf("IsDialogue = %v, want %v (exchange share %.2f)", got, tc.dialogue, d.ExchangeShare())
			}
			if got := d.IsFiction(); got != tc.fiction {
				t.Errorf("IsFiction = %v, want %v", got, tc.fiction)
			}
		})
	}
}

// TestTokenAtSearch checks TokenAt against a binary search over the tokens at every offset
// of texts whose tokens are dense, sparse and far apart, and just outside them.
func TestTokenAtSearch(t *testing.T) {
	for _, in := range []string{
		"",
		"a",
		"He said no.",
		strings.Repeat("a,", 200),
		"x" + strings.Repeat(" ", 300) + "y" + strings.Repeat("\n", 130) + "z",
		strings.Repeat("Ünïcode “quoted” words. ", 20),
	} {
		d := Analyze(in)
		for off := -2; off <= len(in)+2; off++ {
			want := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
			if got := d.TokenAt(off); got != want {
				t.Fatalf("%q: TokenAt(%d) = %d, want %d", in, off, got, want)
			}
		}
	}
}

// checkShape checks the shape flags of token i of d, the analysis of s, when the token is a
// word of ASCII letters, digits, hyphens and apostrophes alone, and its space flags when ASCII
// bytes surround it: the scanner sets them on more than one path (the run of plain words, the
// general loop, and the general loop taking a word from the fast path after its lower-case
// letters).
func checkShape(t *testing.T, s string, d *Doc, i int) {
	t.Helper()
	tk := d.Tokens[i]
	isSpace := func(b byte) bool { return b < utf8.RuneSelf && (asciiClass[b] == cSpace || asciiClass[b] == cNewline) }
	if tk.Start == 0 || s[tk.Start-1] < utf8.RuneSelf {
		if want := tk.Start == 0 || isSpace(s[tk.Start-1]); tk.Flags.Has(SpaceBefore) != want {
			t.Fatalf("token %d %q: SpaceBefore %v, want %v", i, d.TokenText(i), !want, want)
		}
	}
	if tk.End == len(s) || s[tk.End] < utf8.RuneSelf {
		if want := tk.End == len(s) || isSpace(s[tk.End]); tk.Flags.Has(SpaceAfter) != want {
			t.Fatalf("token %d %q: SpaceAfter %v, want %v", i, d.TokenText(i), !want, want)
		}
	}
	w := d.TokenText(i)
	if w == "" || !isASCIILetter(w[0]) {
		return
	}
	letters, uppers := 0, 0
	var want Flags
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case 'A' <= c && c <= 'Z':
			uppers++
			letters++
		case 'a' <= c && c <= 'z':
			letters++
		case '0' <= c && c <= '9':
			want |= HasDigit
		case c == '-':
			want |= Hyphen
		case c == '\'':
		default:
			return // not ASCII letters, digits, hyphens and apostrophes alone: other flags apply
		}
	}
	if tk.Kind != Word {
		t.Fatalf("token %d %q: kind %v, want word", i, w, tk.Kind)
	}
	if w[0] <= 'Z' {
		want |= Upper
	} else {
		want |= Lower
	}
	if uppers == letters && letters >= 2 {
		want |= AllUpper
	}
	const shape = Upper | Lower | AllUpper | HasDigit | Hyphen | Abbrev | Initial | Clitic | NonASCII
	if got := tk.Flags & shape; got != want {
		t.Fatalf("token %d %q: shape flags %b, want %b", i, w, got, want)
	}
}

// TestNotLower checks the eight-byte test of plainWords against the byte loop it stands for,
// for every byte at every position among lower-case letters and among other bytes: the first
// byte marked is the first that is not a letter, and none is marked if there is none.
func TestNotLower(t *testing.T) {
	for _, fill := range []byte{'m', 'a', 'z', 0xff, '{', '`', 0xe1, 0xfb} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string([]byte{fill}), 8))
				b[pos] = byte(c)
				m := notLower(load64(string(b), 0))
				first := 8
				for k := range 8 {
					if !(b[k] >= 'a' && b[k] <= 'z') {
						first = k
						break
					}
				}
				if got := bits.TrailingZeros64(m) >> 3; m&^0x8080808080808080 != 0 || got != first {
					t.Fatalf("notLower(%q) = %#x, want the first mark at byte %d", b, m, first)
				}
			}
		}
	}
}

// TestCJK checks that the characters isCJK takes by their ranges are letters without case, as
// the tables of package unicode say.
func TestCJK(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isCJK(r) {
			continue
		}
		n++
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsLower(r) || isQuoteRune(r) {
			t.Fatalf("isCJK(%U): a letter of case or a mark", r)
		}
	}
	if n != 0x9fff-0x4e00+1+0x3096-0x3041+1+0x30fa-0x30a1+1 {
		t.Errorf("isCJK takes %d characters", n)
	}
}
