package quote_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/quote"
)

// A view is the part of a Quote the tests compare, with spans as the text they cover.
type view struct {
	Role     quote.Role
	Kind     quote.Kind
	Parts    []string
	Marks    []string
	Cue      string // text of Cue.Span
	Source   string
	Rule     string
	Depth    int
	Unclosed bool
}

func views(s string, qs []quote.Quote) []view {
	var out []view
	for _, q := range qs {
		v := view{
			Role: q.Role, Kind: q.Kind, Rule: q.Rule, Depth: q.Depth, Unclosed: q.Unclosed,
			Cue: q.Cue.Span.Of(s), Source: q.Source.Of(s),
		}
		for _, p := range q.Parts {
			v.Parts = append(v.Parts, p.Of(s))
		}
		for _, m := range q.Marks {
			v.Marks = append(v.Marks, m.Of(s))
		}
		out = append(out, v)
	}
	return out
}

// Shorthands for the common shapes.
const (
	speech   = quote.Speech
	fragment = quote.Fragment
	direct   = quote.Direct
	indirect = quote.Indirect
	mixed    = quote.Mixed
)

var extractTests = []struct {
	name   string
	opts   quote.Options
	in     string
	want   []view
	reason string
}{
	// Quotation styles.
	{
		name: "straight double",
		in:   `"We will win," she said.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name:   "plural possessive in the subject of a cue after",
		in:     `"We will win," Ana Ruiz, the Greens' leader, said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Ana Ruiz, the Greens' leader,", Rule: "cue-after"}},
		reason: "the apostrophe after Greens is a possessive, not a quotation mark that ends the search for the cue",
	},
	{
		name:   "states after a quotation's subject",
		in:     `"The bridge will open in May," the report states.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"The bridge will open in May,"}, Marks: []string{`"`, `"`}, Cue: "states", Source: "the report", Rule: "cue-after"}},
		reason: "state and states are left out of the cue lexicon as nouns, but after the subject that follows a quotation and before the clause's end they are the verb",
	},
	{
		name: "curly double",
		in:   "“We will win,” she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"“", "”"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "curly single",
		in:   "‘We will win,’ she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"‘", "’"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "straight single",
		in:   "'We will win,' he said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"'", "'"}, Cue: "said", Source: "he", Rule: "cue-after"}},
	},
	{
		name: "guillemets",
		in:   "«We will win», she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win"}, Marks: []string{"«", "»"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "single guillemets",
		in:   "‹We will win›, she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win"}, Marks: []string{"‹", "›"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "German low double",
		in:   "„We will win“, she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win"}, Marks: []string{"„", "“"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "German low single",
		in:   "‚We will win‘, she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win"}, Marks: []string{"‚", "‘"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name:   "German guillemets",
		in:     "»We will win«, she said.",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win"}, Marks: []string{"»", "«"}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "» opens and « closes when they face the text inside",
	},
	{
		name:   "a cue before its quotation with a long object",
		in:     `Mr. Hale told Chris Wallace of Fox News, "We will build it."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will build it."}, Marks: []string{`"`, `"`}, Cue: "told", Source: "Mr. Hale", Rule: "cue-before"}},
		reason: "the object of told may run to eight words before the comma",
	},
	{
		name: "German guillemets inside a sentence",
		in:   "She said »We will win« and left.",
		want: []view{{Role: fragment, Kind: mixed, Parts: []string{"We will win"}, Marks: []string{"»", "«"}, Cue: "said", Source: "She", Rule: "fragment-cue"}},
	},
	{
		name:   "French guillemets with inner spaces",
		in:     "Macron said: « Nous allons gagner. »",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"Nous allons gagner."}, Marks: []string{"«", "»"}, Cue: "said", Source: "Macron", Rule: "cue-before"}},
		reason: "the spaces inside the marks are not part of the content",
	},
	{
		name: "French guillemets with no-break spaces",
		in:   "Macron said: «\u00a0Nous allons gagner.\u00a0»",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Nous allons gagner."}, Marks: []string{"«", "»"}, Cue: "said", Source: "Macron", Rule: "cue-before"}},
	},
	{
		name:   "French guillemets before a comma",
		in:     "« Nous allons gagner », he said.",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"Nous allons gagner"}, Marks: []string{"«", "»"}, Cue: "said", Source: "he", Rule: "cue-after"}},
		reason: "» closes an open « whatever the spacing",
	},
	{
		name: "German quote with a German cue",
		in:   "„Wir werden gewinnen“, sagte sie.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Wir werden gewinnen"}, Marks: []string{"„", "“"}, Cue: "sagte", Source: "sie", Rule: "cue-after"}},
	},
	{
		name: "French guillemets before the next sentence",
		in:   "« Nous allons gagner. » Puis il est parti.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Nous allons gagner."}, Marks: []string{"«", "»"}, Rule: "standalone"}},
	},
	{
		name: "corner brackets",
		in:   "「我们会赢」, she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"我们会赢"}, Marks: []string{"「", "」"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "white corner brackets",
		in:   "『我们会赢』, she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"我们会赢"}, Marks: []string{"『", "』"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name:   "wire style",
		in:     "''We will win,'' she said.",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"''", "''"}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "two apostrophes are one double mark",
	},
	{
		name: "backticks closed by apostrophes",
		in:   "``We will win,'' she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"``", "''"}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "straight marks paired by context",
		in:   `He said "yes" and "no" to "them".`,
		want: []view{
			{Role: fragment, Kind: mixed, Parts: []string{"yes"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "He", Rule: "fragment-cue"},
			{Role: fragment, Kind: mixed, Parts: []string{"no"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "He", Rule: "fragment-cue"},
			{Role: quote.Scare, Parts: []string{"them"}, Marks: []string{`"`, `"`}, Rule: "scare"},
		},
		reason: "each straight mark opens or closes by the space on its sides; the cue governs the short phrases near it, and the one seven tokens on is a scare quote (issue #4)",
	},
	{
		name: "a short quoted phrase before a cue, inside a sentence",
		in:   `The rule is "dead," Lee said. The rule is "dead and buried for good this time," Kim said.`,
		want: []view{
			{Role: quote.Scare, Parts: []string{"dead,"}, Marks: []string{`"`, `"`}, Rule: "scare"},
			{Role: fragment, Kind: mixed, Parts: []string{"dead and buried for good this time,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Kim", Rule: "fragment-cue"},
		},
		reason: "a word or two inside the writer's sentence is seldom what the cue after it reports; a longer phrase is (issue #4)",
	},
	{
		name:   "space inside the closing mark",
		in:     `"We will win, " she said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "a mark with space on both sides closes the open quote; the content is trimmed",
	},

	// Apostrophes and primes.
	{
		name: "contraction",
		in:   `"I don't know," he said.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"I don't know,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
	},
	{
		name:   "elisions",
		in:     `"Let 'em talk about the ’90s," he said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"Let 'em talk about the ’90s,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
		reason: "'em and ’90s drop letters; they open no quote",
	},
	{
		name: "rock 'n' roll",
		in:   `"Rock 'n' roll," he said.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Rock 'n' roll,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
	},
	{
		name: "elision outside quotes",
		in:   "Back in the '90s, things were different. Let 'em eat cake.",
	},
	{
		name: "possessive",
		in:   "It was Jones’ car. The Joneses’ car was red.",
	},
	{
		name:   "possessive inside a single quote",
		in:     "‘It was the Joneses’ car,’ she said.",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"It was the Joneses’ car,"}, Marks: []string{"‘", "’"}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "the ’ after Joneses is a possessive because the quote's real closer comes later",
	},
	{
		name: "primes",
		in:   `He is 5'11" tall, she said.`,
	},

	// Nesting.
	{
		name: "embedded quote",
		in:   `"He told me 'we will win' yesterday," she said.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"He told me 'we will win' yesterday,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"},
			{Role: quote.Embedded, Parts: []string{"we will win"}, Marks: []string{"'", "'"}, Rule: "embedded", Depth: 1},
		},
	},
	{
		name: "embedded scare quote",
		in:   `"He was 'tired' of it all," she said.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"He was 'tired' of it all,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"},
			{Role: quote.Embedded, Parts: []string{"tired"}, Marks: []string{"'", "'"}, Rule: "embedded", Depth: 1},
		},
	},
	{
		name: "nested speech with its own cue",
		in:   `He said: "She told me, 'I quit.'"`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"She told me, 'I quit.'"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "He", Rule: "cue-before"},
			{Role: speech, Kind: direct, Parts: []string{"I quit."}, Marks: []string{"'", "'"}, Cue: "told", Source: "She", Rule: "cue-before", Depth: 1},
		},
	},
	{
		name: "nested speech before the outer cue",
		in:   `"He said, 'We will win,'" she said.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"He said, 'We will win,'"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"},
			{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{"'", "'"}, Cue: "said", Source: "He", Rule: "cue-before", Depth: 1},
		},
	},
	{
		name:   "MaxNesting",
		opts:   quote.Options{MaxNesting: 1},
		in:     `"He told me 'we will win' yesterday," she said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"He told me 'we will win' yesterday,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "marks deeper than MaxNesting are ignored",
	},

	// Split quotes.
	{
		name:   "split by its cue",
		in:     `"We will win," he said, "and we will govern."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,", "and we will govern."}, Marks: []string{`"`, `"`, `"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
		reason: "one statement, two parts",
	},
	{
		name: "split at a semicolon",
		in:   `"We will win," he said; "we must."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,", "we must."}, Marks: []string{`"`, `"`, `"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
	},
	{
		name: "split with a nested quote",
		in:   `"I'm 'fine'," she said, "really."`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"I'm 'fine',", "really."}, Marks: []string{`"`, `"`, `"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"},
			{Role: quote.Embedded, Parts: []string{"fine"}, Marks: []string{"'", "'"}, Rule: "embedded", Depth: 1},
		},
	},
	{
		name: "next sentence is not a split",
		in:   `"It's over," he said. "We lost."`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"It's over,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"},
			{Role: speech, Kind: direct, Parts: []string{"We lost."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-previous"},
		},
		reason: "a full stop ends the first quote's clause; the second takes the cue of the sentence before",
	},
	{
		name: "two quotes with their own cues",
		in:   `Biden said, "Our economy is strong." "Inflation is falling," Harris added.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"Our economy is strong."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Biden", Rule: "cue-before"},
			{Role: speech, Kind: direct, Parts: []string{"Inflation is falling,"}, Marks: []string{`"`, `"`}, Cue: "added", Source: "Harris", Rule: "cue-after"},
		},
	},

	// Quotes over paragraphs.
	{
		name:   "continued over a paragraph",
		in:     "She said: \"We will win the election.\n\n\"And we will govern.\"",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win the election.", "And we will govern."}, Marks: []string{`"`, `"`, `"`}, Cue: "said", Source: "She", Rule: "cue-before"}},
		reason: "no closing mark at the paragraph end and an opening mark at the next: one quote, one part per paragraph",
	},
	{
		name: "continued over a line",
		in:   "“We will win the election.\n“We will govern.”",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win the election.", "We will govern."}, Marks: []string{"“", "“", "”"}, Rule: "standalone"}},
	},
	{
		name:   "MaxQuoteBytes",
		opts:   quote.Options{MaxQuoteBytes: 10},
		in:     "She said: \"We will win the election.\n\n\"And we will govern.\"",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win the election."}, Marks: []string{`"`}, Cue: "said", Source: "She", Rule: "cue-before", Unclosed: true}, {Role: speech, Kind: direct, Parts: []string{"And we will govern."}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
		reason: "a quote that reaches MaxQuoteBytes ends at the end of its paragraph",
	},
	{
		name:   "closed quote is not continued",
		in:     "\"We will win the election,\" she said.\n\"And we will govern.\"",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win the election,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}, {Role: speech, Kind: direct, Parts: []string{"And we will govern."}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
		reason: "the first paragraph closes its quote, so the second opens a new one",
	},
	{
		name:   "unclosed at the paragraph end",
		in:     "He said: \"We will win.\n\nThe next paragraph is plain.",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win."}, Marks: []string{`"`}, Cue: "said", Source: "He", Rule: "cue-before", Unclosed: true}},
		reason: "a mark left open is closed at the end of its paragraph, never later",
	},
	{
		name: "unclosed does not swallow the next quote",
		in:   "\"Unclosed quote here.\n\nNext paragraph is plain. \"Closed,\" he said.",
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"Unclosed quote here."}, Marks: []string{`"`}, Rule: "standalone", Unclosed: true},
			{Role: speech, Kind: direct, Parts: []string{"Closed,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"},
		},
	},

	// Roles.
	{
		name:   "fragment",
		in:     `He called her "weak" and left.`,
		want:   []view{{Role: fragment, Kind: mixed, Parts: []string{"weak"}, Marks: []string{`"`, `"`}, Cue: "called", Source: "He", Rule: "fragment-cue"}},
		reason: "quoted words inside a sentence with a cue (called) are a fragment of what the cue reports, not a scare quote",
	},
	{
		name: "long fragment",
		in:   `He said he would "fight on and never give up on the voters" this year.`,
		want: []view{{Role: fragment, Kind: mixed, Parts: []string{"fight on and never give up on the voters"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "He", Rule: "fragment-cue"}},
	},
	{
		name: "fragment after its cue",
		in:   "He said 'we lost' and left.",
		want: []view{{Role: fragment, Kind: mixed, Parts: []string{"we lost"}, Marks: []string{"'", "'"}, Cue: "said", Source: "He", Rule: "fragment-cue"}},
	},
	{
		name: "scare quotes",
		in:   `The so-called "experts" were wrong.`,
		want: []view{{Role: quote.Scare, Parts: []string{"experts"}, Marks: []string{`"`, `"`}, Rule: "scare"}},
	},
	{
		name: "title",
		in:   `She starred in "The Apprentice" for years.`,
		want: []view{{Role: quote.Title, Parts: []string{"The Apprentice"}, Marks: []string{`"`, `"`}, Rule: "title"}},
	},
	{
		name:   "title with a subtitle",
		in:     `Lee, the co-author of "Lost Roads: A History of the Valley and Its People," runs a farm.`,
		want:   []view{{Role: quote.Title, Parts: []string{"Lost Roads: A History of the Valley and Its People,"}, Marks: []string{`"`, `"`}, Rule: "title"}},
		reason: "a book's subtitle after a colon makes a long title, not words quoted",
	},
	{
		name:   "show name after with",
		in:     `The mayor was asked about it in an interview with "Riverside Tonight."`,
		want:   []view{{Role: quote.Title, Parts: []string{"Riverside Tonight."}, Marks: []string{`"`, `"`}, Rule: "title"}},
		reason: "capitalised words after on or with name the show, not words the cue reports",
	},
	{
		name:   "title with a minor word",
		in:     `She appeared on "Meet the Press" on Sunday.`,
		want:   []view{{Role: quote.Title, Parts: []string{"Meet the Press"}, Marks: []string{`"`, `"`}, Rule: "title"}},
		reason: "the may stay lower-case inside a title",
	},
	{
		name: "show name owned by a station",
		in:   `"We will win," Lee said on WKRT's "Morning Talk With Bob." "It is close."`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Lee", Rule: "cue-after"},
			{Role: quote.Title, Parts: []string{"Morning Talk With Bob."}, Marks: []string{`"`, `"`}, Rule: "name"},
			{Role: speech, Kind: direct, Parts: []string{"It is close."}, Marks: []string{`"`, `"`}, Rule: "standalone"},
		},
		reason: "capitalised words after a possessive name a show even with the period inside the marks",
	},
	{
		name: "headlines with a byline and a link",
		in:   "NEWS—\"The old mill will close in March,\" by Ann Lee.\n\n\"A shop opens on Main Street.\" http://example.com/x",
		want: []view{
			{Role: quote.Title, Parts: []string{"The old mill will close in March,"}, Marks: []string{`"`, `"`}, Rule: "headline"},
			{Role: quote.Title, Parts: []string{"A shop opens on Main Street."}, Marks: []string{`"`, `"`}, Rule: "headline"},
		},
		reason: "a quotation credited to a writer or followed by its link is a headline, not speech",
	},
	{
		name:   "book name beside its noun",
		in:     `Copies of her memoir, "Rivers Run Home," sold out.`,
		want:   []view{{Role: quote.Title, Parts: []string{"Rivers Run Home,"}, Marks: []string{`"`, `"`}, Rule: "name"}},
		reason: "capitalised words set beside memoir name the book, not words said",
	},
	{
		name: "standalone",
		in:   `"Enough!"`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Enough!"}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
	},

	// Cue patterns.
	{
		name: "cue after with a title and a tail",
		in:   `"Our economy is strong," President Biden told reporters on Tuesday.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Our economy is strong,"}, Marks: []string{`"`, `"`}, Cue: "told", Source: "President Biden", Rule: "cue-after"}},
	},
	{
		name: "cue after with a determiner",
		in:   `"Yes," the minister told reporters.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Yes,"}, Marks: []string{`"`, `"`}, Cue: "told", Source: "the minister", Rule: "cue-after"}},
	},
	{
		name:   "inverted cue",
		in:     `"We will win," said John Smith.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "John Smith", Rule: "cue-after"}},
		reason: "the subject of an inverted cue follows it",
	},
	{
		name:   "inverted cue with a name in apposition",
		in:     `"We are ready," said the club's owner, Dennis Hale.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We are ready,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "the club's owner, Dennis Hale", Rule: "cue-after"}},
		reason: "a capitalised name after the comma is the speaker's name",
	},
	{
		name: "question with a cue after",
		in:   "“Ready?” she asked.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Ready?"}, Marks: []string{"“", "”"}, Cue: "asked", Source: "she", Rule: "cue-after"}},
	},
	{
		name: "cue before with a colon",
		in:   `She said: "We will win."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "She", Rule: "cue-before"}},
	},
	{
		name: "cue before with a comma",
		in:   `She said, "We will win."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "She", Rule: "cue-before"}},
	},
	{
		name: "cue right before the mark",
		in:   `She said "We will win."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "She", Rule: "cue-before"}},
	},
	{
		name: "cue before, quote mid-sentence",
		in:   `The minister said, "We will win," and left.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "The minister", Rule: "cue-before"}},
	},
	{
		name: "writing cue",
		in:   `He wrote: "Never again."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Never again."}, Marks: []string{`"`, `"`}, Cue: "wrote", Source: "He", Rule: "cue-before"}},
	},
	{
		name:   "colon without a cue",
		in:     `Macron: "We will win."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win."}, Marks: []string{`"`, `"`}, Source: "Macron", Rule: "colon"}},
		reason: "the clause before the colon is the source; there is no cue",
	},
	{
		name: "cue in the previous sentence",
		in:   `The minister said in a statement. "We will build it."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will build it."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "The minister", Rule: "cue-previous"}},
	},
	{
		name:   "previous sentence with content of its own",
		in:     `The minister said that it would rain. "We will build it."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will build it."}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
		reason: "a cue followed by that reports content of its own, so it does not introduce the next quote",
	},

	// Options.
	{
		name:   "unknown verb",
		in:     `The senator intoned, "We shall overcome."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We shall overcome."}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
		reason: "intoned is not in the built-in lexicon",
	},
	{
		name: "extra verb",
		opts: quote.Options{Verbs: []string{"intoned"}},
		in:   `The senator intoned, "We shall overcome."`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We shall overcome."}, Marks: []string{`"`, `"`}, Cue: "intoned", Source: "The senator", Rule: "cue-before"}},
	},
	{
		name: "extra phrasal verb",
		opts: quote.Options{Verbs: []string{"went on to say"}},
		in:   `"We will win," she went on to say.`,
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "went on to say", Source: "she", Rule: "cue-after"}},
	},

	// Regressions found by review.
	{
		name:   "height inside a quote",
		in:     `"He's 5'11" and fast," she said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{`He's 5'11" and fast,`}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: `the " of 5'11" is an inch mark even while a quote is open`,
	},
	{
		name: "cue after a quote over paragraphs",
		in:   "\"We will win the election,\n\"and we will govern,\" she said.",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"We will win the election,", "and we will govern,"}, Marks: []string{`"`, `"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
	},
	{
		name:   "cue ending the paragraph before",
		in:     "After a few whispers, Mrs. Elton, speaking louder, said,\n\n\"We shall go at once.\"",
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We shall go at once."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Mrs. Elton, speaking louder,", Rule: "cue-before"}},
		reason: "a paragraph that ends with its cue and a comma introduces the quotation of the next",
	},
	{
		name:   "cue after a subject with an aside in parentheses",
		in:     `"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"It is a dog whistle,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Rep. Gwen Moore (D-Wis.)", Rule: "cue-after"}},
		reason: "party and state in parentheses are part of the subject",
	},
	{
		name:   "a noun is not a cue",
		in:     `The plan, "a disaster," was dropped.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"a disaster,"}, Marks: []string{`"`, `"`}, Rule: "standalone"}},
		reason: "plan after the is a noun, so the quote has no cue",
	},
	{
		name: "adding after said",
		in:   `"We will," he said, adding, "We must."`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"We will,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"},
			{Role: speech, Kind: direct, Parts: []string{"We must."}, Marks: []string{`"`, `"`}, Cue: "adding", Source: "he", Rule: "cue-before"},
		},
		reason: "the subject of adding is the subject of said",
	},
	{
		name: "narrow no-break spaces inside guillemets",
		in:   "Macron said: «\u202fNous allons gagner.\u202f»",
		want: []view{{Role: speech, Kind: direct, Parts: []string{"Nous allons gagner."}, Marks: []string{"«", "»"}, Cue: "said", Source: "Macron", Rule: "cue-before"}},
	},

	// No quotes.
	{name: "empty", in: ""},
	{name: "no marks", in: "The minister said the plan would go ahead."},
	{name: "stray closing mark", in: `It ended." Then nothing.`},
}

func TestExtract(t *testing.T) {
	for _, tc := range extractTests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.opts.Reported == quote.ReportedAuto {
				tc.opts.Reported = quote.ReportedNever // these cases are about quotation marks
			}
			e, err := quote.NewExtractor(tc.opts)
			if err != nil {
				t.Fatalf("NewExtractor(%+v): %v", tc.opts, err)
			}
			qs, err := e.Extract(tc.in)
			if err != nil {
				t.Fatalf("Extract(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, views(tc.in, qs)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// reportedTests are statements made without quotation marks (and mixed ones).
// viewCase is a text and the statements Extract finds in it, with why.
type viewCase struct {
	name   string
	in     string
	want   []view
	reason string
}

// checkViews runs Extract with the default options over each case and compares the views.
func checkViews(t *testing.T, cases []viewCase) {
	t.Helper()
	e, err := quote.NewExtractor(quote.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			qs, err := e.Extract(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, views(tc.in, qs)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

var reportedTests = []viewCase{
	{
		name:   "content ends before the tweets it was said in",
		in:     `The mayor criticized the budget in her tweets on Friday.`,
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the budget"}, Cue: "criticized", Source: "The mayor", Rule: "reported"}},
		reason: "tweets, speeches, broadcasts and blogs are where words were said, not what was said",
	},
	{
		name:   "fragment with no cue runs on",
		in:     `That is why "nothing about this plan adds up for anyone" in the valley towns.`,
		want:   []view{{Role: fragment, Kind: mixed, Parts: []string{`nothing about this plan adds up for anyone" in the valley towns`}, Marks: []string{`"`, `"`}, Rule: "fragment"}},
		reason: "the words that run on after a quoted fragment finish the sentence that holds it",
	},
	{
		name:   "fragment right after its cue runs on",
		in:     `Farmers cried "theft" over the new water rules.`,
		want:   []view{{Role: fragment, Kind: mixed, Parts: []string{`theft" over the new water rules`}, Marks: []string{`"`, `"`}, Cue: "cried", Source: "Farmers", Rule: "fragment-cue"}},
		reason: "the words that run on after a fragment the cue governs finish what was reported",
	},
	{
		name:   "outcry after its cue stays whole",
		in:     `The fans yelled "Go home!" at the referee.`,
		want:   []view{{Role: fragment, Kind: mixed, Parts: []string{"Go home!"}, Marks: []string{`"`, `"`}, Cue: "yelled", Source: "The fans", Rule: "fragment-cue"}},
		reason: "an exclamation is said whole; the words after it are the writer's",
	},
	{
		name: "show name between the cue and its clause",
		in:   `Lee said on "Good Morning Riverside" that the plan had failed.`,
		want: []view{
			{Role: quote.Title, Parts: []string{"Good Morning Riverside"}, Marks: []string{`"`, `"`}, Rule: "title"},
			{Role: speech, Kind: indirect, Parts: []string{"that the plan had failed"}, Cue: "said", Source: "Lee", Rule: "reported-that"},
		},
		reason: "the show the words were said on is an adverbial after the cue; the that-clause after it is the content",
	},
	{
		name:   "fragment with the cue's object",
		in:     `She boasted of her readiness to spend "every last cent" of her savings on the race.`,
		want:   []view{{Role: fragment, Kind: mixed, Parts: []string{`her readiness to spend "every last cent" of her savings on the race`}, Marks: []string{`"`, `"`}, Cue: "boasted", Source: "She", Rule: "fragment-cue"}},
		reason: "the words between a cue and its fragment, and the clause that runs on after it, are the reported speech that holds the fragment",
	},
	{
		name: "a passive of judging or naming with the noun phrase it names",
		in:   "Ann Lee was declared the winner in the second district. The old pier has long been considered a hazard.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"Ann Lee", "the winner in the second district"}, Cue: "declared", Rule: "reported-passive"},
			{Role: speech, Kind: indirect, Parts: []string{"The old pier", "a hazard"}, Cue: "considered", Rule: "reported-passive"},
		},
		reason: "the subject and what it is judged to be are the two parts; no one in the sentence judges it",
	},
	{
		name:   "a parenthetical cue with whom it told and when",
		in:     "The trouble now, she told me on Friday, is that the pier is closing.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The trouble now", "is that the pier is closing"}, Cue: "told", Source: "she", Rule: "reported-parenthetical"}},
		reason: "`me on Friday` still leaves the cue between commas, interrupting what it reports",
	},
	{
		name:   "an expectation hedged by a modal",
		in:     "The losing side could be expected to appeal the ruling.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The losing side", "to appeal the ruling"}, Cue: "expected", Rule: "reported-raising"}},
		reason: "`could be expected to` is raising like `is expected to`; the modal is no part of the subject",
	},
	{
		name:   "a cue of thought with a bare plural object and as",
		in:     "Farmers see wind farms as a threat.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"wind farms as a threat"}, Cue: "see", Source: "Farmers", Rule: "reported"}},
		reason: "seeing something as something is a judgement, even without a determiner on the object",
	},
	{
		name:   "a reply not given reports what went unanswered",
		in:     "The bakery did not respond to questions about its prices. The mayor responded to the critics.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"questions about its prices"}, Cue: "respond", Source: "The bakery did not", Rule: "reported"}},
		reason: "a refusal to answer is annotated with what was asked; a reply given reports what it said, which is not here",
	},
	{
		name:   "a vote cast for or against something named reports the choice",
		in:     "Three senators voted against the new farm bill. The mayor will vote for the budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new farm bill"}, Cue: "voted against", Source: "Three senators", Rule: "reported"}},
		reason: "a vote on record is a stance taken; a vote to come is a plan and reports nothing yet",
	},
	{
		name:   "an apposition to the object, then an as phrase that completes it",
		in:     "The coach singled out his assistant, a former player, as the cause of the defeat.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"his assistant, a former player, as the cause of the defeat"}, Cue: "singled out", Source: "The coach", Rule: "reported"}},
		reason: "`as the cause` belongs to `singled out`; an as phrase with no verb is no clause of the writer's",
	},
	{
		name:   "a place after the cue's object is no content",
		in:     "The mayor told reporters outside City Hall.",
		want:   nil,
		reason: "outside, near, behind … open where it was said, not what",
	},
	{
		name: "said that",
		in:   "The minister said on Monday that the plant would close.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"that the plant would close"}, Cue: "said", Source: "The minister", Rule: "reported-that"}},
	},
	{
		name: "bare complement",
		in:   "Trump said a meeting with Putin was being planned.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"a meeting with Putin was being planned"}, Cue: "said", Source: "Trump", Rule: "reported"}},
	},
	{
		name: "a time clause with a cue of its own ends the content",
		in:   "The council said the depot will close next spring after the county engineer warned that the main beam could fail.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the depot will close next spring"}, Cue: "said", Source: "The council", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"that the main beam could fail"}, Cue: "warned", Source: "the county engineer", Rule: "reported-that"},
		},
		reason: "after, while, when, since or before with a subject and a cue of speech opens a second statement",
	},
	{
		name: "a time clause with a cue of evidence ends the content",
		in:   "The council said the depot will close next spring after the county engineer found that the main beam was cracked.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the depot will close next spring"}, Cue: "said", Source: "The council", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"that the main beam was cracked"}, Cue: "found", Source: "the county engineer", Rule: "reported-that"},
		},
	},
	{
		name: "a while-clause with a cue of its own ends the content",
		in:   "The mayor said the bridge would stay open while inspectors argued the deck was unsafe.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the bridge would stay open"}, Cue: "said", Source: "The mayor", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"the deck was unsafe"}, Cue: "argued", Source: "inspectors", Rule: "reported"},
		},
	},
	{
		name: "and, a second subject and a cue in the perfect end the content",
		in:   "The senator said the bill would pass and others have said it would fail.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the bill would pass"}, Cue: "said", Source: "The senator", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"it would fail"}, Cue: "said", Source: "others have", Rule: "reported"},
		},
		reason: "the second statement's source starts after and, not at the sentence's start",
	},
	{
		name: "and, a group noun and a cue end the content",
		in:   "The senator said the bill would pass and critics said it would fail.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the bill would pass"}, Cue: "said", Source: "The senator", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"it would fail"}, Cue: "said", Source: "critics", Rule: "reported"},
		},
	},
	{
		name: "a comma, a second subject and a cue end the content",
		in:   "Most members said the levy was fair, several members have said it is too high.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the levy was fair"}, Cue: "said", Source: "Most members", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"it is too high"}, Cue: "said", Source: "several members have", Rule: "reported"},
		},
		reason: "not when the words before the comma hold no verb (`that after the vote, …`) or the subject is a list's end (`…, Bash and Lee said`)",
	},
	{
		name: "as-clause",
		in:   "As the Daily Ledger reported on Monday, the mill will lay off 300 workers.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"the mill will lay off 300 workers"}, Cue: "reported", Source: "the Daily Ledger", Rule: "reported-as"}},
	},
	{
		name:   "thing as subject of thought",
		in:     "They met at a summit in Helsinki, a meeting that saw both leaders warm up to each other.",
		want:   nil,
		reason: "a meeting sees nothing: the relative pronoun of a thing is no speaker",
	},
	{
		name: "noun between cue and that",
		in:   "Moscow denied reports that a new offensive was planned.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"that a new offensive was planned"}, Cue: "denied", Source: "Moscow", Rule: "reported-that"}},
	},
	{
		name: "passive as-clause",
		in:   "As reported by the Daily Ledger, the mill will lay off 300 workers.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"the mill will lay off 300 workers"}, Cue: "reported", Source: "the Daily Ledger", Rule: "reported-as"}},
	},
	{
		name:   "temporal as-clause",
		in:     "As the mayor demands a new bridge, the council has other plans.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a new bridge"}, Cue: "demands", Source: "the mayor", Rule: "reported"}},
		reason: "an as-clause whose verb takes an object announces nothing after its comma",
	},
	{
		name: "gerund subject",
		in:   "The ministry says closing the old coal plants on the coast will cut emissions.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"closing the old coal plants on the coast will cut emissions"}, Cue: "says", Source: "The ministry", Rule: "reported"}},
	},
	{
		name: "fronted time is no content",
		in:   "In August last year, she told parliament the policy had failed.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"the policy had failed"}, Cue: "told", Source: "she", Rule: "reported"}},
	},
	{
		name: "told reporters",
		in:   "The governor told reporters Tuesday that the fires were contained.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"that the fires were contained"}, Cue: "told", Source: "The governor", Rule: "reported-that"}},
	},
	{
		name: "fronted",
		in:   "The plant will close next year, the company said in a statement.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The plant will close next year"}, Cue: "said", Source: "the company", Rule: "reported-fronted"}},
	},
	{
		name: "fronted and inverted",
		in:   "The vote was rigged, said Mr. Smith, a spokesman.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The vote was rigged"}, Cue: "said", Source: "Mr. Smith, a spokesman", Rule: "reported-fronted"}},
	},
	{
		name:   "fronted content after a participial frame",
		in:     "Leaving the hall after midnight, the minister looked tired and pale, an aide said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the minister looked tired and pale"}, Cue: "said", Source: "an aide", Rule: "reported-fronted"}},
		reason: "the participle sets the scene in the writer's words; the aide reports the clause after its comma",
	},
	{
		name:   "fronted content after a colon",
		in:     "The board gave its verdict: the old pier must close, the mayor said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the old pier must close"}, Cue: "said", Source: "the mayor", Rule: "reported-fronted"}},
		reason: "what stands before the colon leads in to what the mayor said",
	},
	{
		name:   "according to after a colon",
		in:     "The firm cut its prices: sales rose by a fifth in May, according to the company.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"sales rose by a fifth in May"}, Cue: "according to", Source: "the company", Rule: "according-to"}},
		reason: "the clause before the colon is the writer's lead-in",
	},
	{
		name: "according to first",
		in:   "According to a senior official, talks will resume in March.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"talks will resume in March"}, Cue: "According to", Source: "a senior official", Rule: "according-to"}},
	},
	{
		name: "according to last",
		in:   "Talks will resume in March, according to a senior official.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"Talks will resume in March"}, Cue: "according to", Source: "a senior official", Rule: "according-to"}},
	},
	{
		name: "parenthetical",
		in:   "The deal is, he said, the best we could get.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The deal is", "the best we could get"}, Cue: "said", Source: "he", Rule: "reported-parenthetical"}},
	},
	{
		name:   "mixed",
		in:     `Putin has emphasised that any peace deal should respect the "realities on the ground."`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`that any peace deal should respect the "realities on the ground.`}, Marks: []string{`"`, `"`}, Cue: "emphasised", Source: "Putin has", Rule: "reported-that"}},
		reason: "the quoted fragment belongs to the reported statement and is not reported on its own",
	},
	{
		name: "commitment with to",
		in:   "Trump has pledged to broker a peace deal in Ukraine.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"to broker a peace deal in Ukraine"}, Cue: "pledged", Source: "Trump has", Rule: "reported"}},
	},
	{
		name: "participle",
		in:   "The senator left the room, saying that the vote was a sham.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"that the vote was a sham"}, Cue: "saying", Source: "The senator left the room", Rule: "reported-participle-that"}},
	},
	{
		name: "a second attribution ends the first content",
		in:   "Most voters said the economy was weak, and more than 4 in 10 said the mayor would do best.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the economy was weak"}, Cue: "said", Source: "Most voters", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"the mayor would do best"}, Cue: "said", Source: "more than 4 in 10", Rule: "reported"},
		},
		reason: "`and <subject> said` starts a statement of its own",
	},
	{
		name: "the subject before a relative clause that reports",
		in:   "Ms. Oduya, who estimated that a third of the workers had left, said the plant would close.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"that a third of the workers had left"}, Cue: "estimated", Source: "who", Rule: "reported-that"},
			{Role: speech, Kind: indirect, Parts: []string{"the plant would close"}, Cue: "said", Source: "Ms. Oduya, who estimated that a third of the workers had left,", Rule: "reported"},
		},
		reason: "`X, who … that …, said`: the subject of said stands before `, who`",
	},
	{
		name: "a second subject after and is not coordination",
		in:   "Cruz said he would win the state, and Trump vowed to fight on.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"he would win the state"}, Cue: "said", Source: "Cruz", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"to fight on"}, Cue: "vowed", Source: "Trump", Rule: "reported"},
		},
		reason: "`and Trump vowed` has a subject of its own; only `and (then) vowed` shares Cruz",
	},
	{
		name:   "inverted cue with a relative clause about the speaker",
		in:     "The crowd was angry, said Alderman Jo Ervin, who thinks the mayor should resign.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The crowd was angry"}, Cue: "said", Source: "Alderman Jo Ervin", Rule: "reported-fronted"}},
		reason: "`, said X, who …`: the content comes first; the clause describes the speaker",
	},
	{
		name:   "fronted content, then a subject with its apposition",
		in:     "The plant will close next year, Anna White, a company spokeswoman, said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The plant will close next year"}, Cue: "said", Source: "Anna White, a company spokeswoman", Rule: "reported-fronted"}},
		reason: "`CONTENT, NAME, ROLE, said`: both noun phrases between commas are the subject",
	},
	{
		name:   "a coordinated cue after a subordinate clause",
		in:     "When the storm hit, the mayor closed the schools and said the roads were unsafe.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the roads were unsafe"}, Cue: "said", Source: "the mayor closed the schools and", Rule: "reported-coordinated"}},
		reason: "the speaker window of the second verb starts after the `When …,` clause",
	},
	{
		name:   "with and a participle's own subject",
		in:     "Many voters shrugged off the choice, with three in 10 saying a running mate would not matter.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a running mate would not matter"}, Cue: "saying", Source: "three in 10", Rule: "reported"}},
		reason: "`, with X saying`: X says it, not the subject of the sentence",
	},
	{
		name: "a participle's subject after a fronted adverbial",
		in:   "On the Democratic side, Mrs. Clinton has derided the plan, suggesting that it would fail.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the plan"}, Cue: "derided", Source: "Mrs. Clinton has", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"that it would fail"}, Cue: "suggesting", Source: "Mrs. Clinton has derided the plan", Rule: "reported-participle-that"},
		},
		reason: "the participle's window starts after `On the Democratic side,`",
	},
	{
		name:   "an aside in parentheses in the subject",
		in:     "Sen. Dana Holt (R-Ohio) said the bill would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bill would fail"}, Cue: "said", Source: "Sen. Dana Holt (R-Ohio)", Rule: "reported"}},
		reason: "the dot of Ohio. inside the parentheses does not end the subject",
	},
	{
		name:   "inverted cue with a long apposition",
		in:     "It is unusual for such a mistake to slip into a speech, said Matt Lane, a speechwriter who worked in the White House.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"It is unusual for such a mistake to slip into a speech"}, Cue: "said", Source: "Matt Lane, a speechwriter who worked in the White House", Rule: "reported-fronted"}},
		reason: "`, said NAME, a ROLE who …`: the apposition may run to the sentence end",
	},
	{
		name: "a participle after a fronted cue and its comma is a statement of its own",
		in:   "The ferry will run again by June, the mayor said, adding that the harbour needs work.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"The ferry will run again by June"}, Cue: "said", Source: "the mayor", Rule: "reported-fronted"},
			{Role: speech, Kind: indirect, Parts: []string{"that the harbour needs work"}, Cue: "adding", Source: "The ferry will run again by June, the mayor said", Rule: "reported-participle-that"},
		},
		reason: "`…, he said, adding …` closes the fronted statement; the cue interrupts nothing, so the words after it are no second part",
	},
	{
		name:   "a comma after the cue's adverbials closes the cue's clause",
		in:     "The ferry, the council announced on Monday, will stop running at the end of May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The ferry", "will stop running at the end of May"}, Cue: "announced", Source: "the council", Rule: "reported-parenthetical"}},
		reason: "only a that after the comma goes on with the complement (`said on Monday, that …`); otherwise the cue interrupts the content around it",
	},
	{
		name:   "a subordinator ends the object of tell",
		in:     "The mayor told his closest aides as he worked on the speech.",
		want:   nil,
		reason: "`told his closest aides as he worked`: the as-clause says when, not what was told",
	},
	{
		name:   "a comma inside a closing mark before according to",
		in:     `She later compared the meeting to a "root canal," according to her memoir.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`She later compared the meeting to a "root canal,"`}, Marks: []string{`"`, `"`}, Cue: "according to", Source: "her memoir", Rule: "according-to"}},
		reason: "American style puts the comma inside the quoted fragment; the content runs to the closing mark",
	},
	{
		name: "a quoted word inside the source of according to",
		in:   `According to her "clawback" plan, firms that move abroad must repay their grants.`,
		want: []view{
			{Role: quote.Scare, Parts: []string{"clawback"}, Marks: []string{`"`, `"`}, Rule: "scare"},
			{Role: speech, Kind: indirect, Parts: []string{"firms that move abroad must repay their grants"}, Cue: "According to", Source: `her "clawback" plan`, Rule: "according-to"},
		},
		reason: "a scare quote or title in the source does not end it; only a quotation that is speech does",
	},
	{
		name:   "a thing that shows reports what it shows",
		in:     "The county released a survey that shows most riders want later trains.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"most riders want later trains"}, Cue: "shows", Source: "The county released a survey that", Rule: "reported"}},
		reason: "unlike a thought, evidence needs no person: `a survey that shows` reports, as `a meeting that saw` does not",
	},
	{
		name:   "a clause after a verb of knowing is what is held true",
		in:     "Farmers in the valley learned their water rights had been cut.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"their water rights had been cut"}, Cue: "learned", Source: "Farmers", Rule: "reported"}},
		reason: "know, learn and understand mostly take a thing (`knew the mayor well`), but a clause with its own verb after them is a thought held",
	},
	{
		name:   "words with an auxiliary are a clause, not the subject of a fronted cue",
		in:     "With the dispute unresolved, the board has not regularly been using public references, county officials said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the board has not regularly been using public references"}, Cue: "said", Source: "county officials", Rule: "reported-fronted"}},
		reason: "references is a noun here; read as a cue, `the board has not … been using public` would be its subject",
	},
	{
		name:   "the auxiliaries right before a cue that ends its sentence are the cue's own",
		in:     "The bridge will close in May for repairs, county officials have said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The bridge will close in May for repairs"}, Cue: "said", Source: "county officials have", Rule: "reported-fronted"}},
		reason: "have belongs to have said, not to a clause in the subject",
	},
	{
		name:   "a date after a weekday's comma is still among the cue's adverbials",
		in:     "The Herald said in an editorial on Monday, Oct. 26: The council has lost its way on the budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The council has lost its way on the budget"}, Cue: "said", Source: "The Herald", Rule: "reported-colon"}},
		reason: "the comma parts the weekday from its date, not the cue's clause from the writer's",
	},
	{
		name:   "a relative pronoun is the subject of the cue after it",
		in:     "The long debate drew wide attention, including from local growers such as Harlow Farms, which opposed the new tax on boats.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new tax on boats"}, Cue: "opposed", Source: "which", Rule: "reported"}},
		reason: "which stands for Harlow Farms, too far back for the clause before it to pass as a subject",
	},
	{
		name:   "a pronoun after a cue that follows a comma opens its clause",
		in:     "Ann Lee, who has run the clinic since 2009, says she backs the plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she backs the plan"}, Cue: "says", Source: "Ann Lee, who has run the clinic since 2009,", Rule: "reported"}},
		reason: "English does not invert a pronoun subject with more words after it: `says she backs` is a cue and its clause, not `…, said Ann Lee`",
	},
	{
		name:   "predicted inverts like said",
		in:     "The bridge will reopen in May, predicted Ann Lee, the county engineer.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The bridge will reopen in May"}, Cue: "predicted", Source: "Ann Lee, the county engineer", Rule: "reported-fronted"}},
		reason: "verbs of assertion (predict, contend, caution, concede …) stand before their subject as say does",
	},
	{
		name:   "inverted cue with a role in apposition without an article",
		in:     "The ferry will run again by June, said Nora Pell, director of the harbour trust and a former ferry captain from the island of Dunmore.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The ferry will run again by June"}, Cue: "said", Source: "Nora Pell, director of the harbour trust and a former ferry captain from the island of Dunmore", Rule: "reported-fronted"}},
		reason: "`, said NAME, director of …`: a role without an article is the speaker's post, not content after the cue",
	},
	{
		name: "a lower-case clause before an inverted cue is content, not an apposition",
		in:   "In a dry summer, farmers have less water to spare for the orchards, said Tom Reyes, a grower from the valley.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"farmers have less water to spare for the orchards"}, Cue: "said",
			Source: "Tom Reyes, a grower from the valley", Rule: "reported-fronted"}},
		reason: "with a name after the cue, the clause between the commas before it is no appositive subject",
	},
	{
		name:   "adverbials after a direct quote's cue are not content",
		in:     `"I am a negotiator," he said during a debate in Miami last week.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"I am a negotiator,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "he", Rule: "cue-after"}},
		reason: "during a debate, in Miami, last week: prepositional phrases one after another, and nothing said",
	},
	{
		name:   "a closing relative clause is about a noun, not said",
		in:     "She said she had received a call from her niece, who had grown up abroad.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she had received a call from her niece"}, Cue: "said", Source: "She", Rule: "reported"}},
		reason: "a relative clause that runs to the sentence end describes the niece",
	},
	{
		name:   "a relative clause inside the content",
		in:     "He said the plan, which passed in May, would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan, which passed in May, would fail"}, Cue: "said", Source: "He", Rule: "reported"}},
		reason: "the clause closes with a comma and the content goes on",
	},
	{
		name:   "a conjunction and a fronted adverbial before the subject",
		in:     "But in a historic shift from decades of state law, the governor said that felons would vote again.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that felons would vote again"}, Cue: "said", Source: "the governor", Rule: "reported-that"}},
		reason: "`But` links the sentence to the one before; `in a historic shift …,` is an adverbial",
	},
	{
		name: "a quantifier opens a subject after while",
		in:   "Some voters said the case was made, while other voters said they had heard nothing new.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the case was made"}, Cue: "said", Source: "Some voters", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"they had heard nothing new"}, Cue: "said", Source: "other voters", Rule: "reported"},
		},
		reason: "other, like some and many, opens a subject in lower case",
	},
	{
		name:   "a bare plural subject in a parenthetical",
		in:     "The mayor, officials said, has grown doubtful about the plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mayor", "has grown doubtful about the plan"}, Cue: "said", Source: "officials", Rule: "reported-parenthetical"}},
		reason: "`officials`, `respondents`, `aides`: plural people as a subject with no determiner",
	},
	{
		name:   "a share of a poll as a subject",
		in:     "Kasich is liked, though 32 percent said they had no opinion of him.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"they had no opinion of him"}, Cue: "said", Source: "32 percent", Rule: "reported"}},
		reason: "`32 percent said`, `42% say`: a number of people",
	},
	{
		name:   "a relative who as the subject",
		in:     "The letter went to Ann Lee, who said the plan had failed.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan had failed"}, Cue: "said", Source: "who", Rule: "reported"}},
		reason: "`…, Ann Lee, who said`: who is the subject; the attribution stage resolves it",
	},
	{
		name:   "content that opens with a cue word used as a noun",
		in:     "Trump said praise from Putin would not affect his policy.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"praise from Putin would not affect his policy"}, Cue: "said", Source: "Trump", Rule: "reported"}},
		reason: "`praise` is a noun here; only a verb form (asked, said) after the cue is another cue's",
	},
	{
		name:   "a demonstrative opens the subject",
		in:     "That person said the hostility was real.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the hostility was real"}, Cue: "said", Source: "That person", Rule: "reported"}},
		reason: "a sentence-opening That is a determiner, not a complementizer",
	},
	{
		name:   "a relative clause's content ends at its comma",
		in:     "Mr. Trump, who said last week that the judge was biased, issued a statement.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the judge was biased"}, Cue: "said", Source: "who", Rule: "reported-that"}},
		reason: "`, issued a statement` is the main clause's",
	},
	{
		name: "a cue between commas before a quotation",
		in:   `The vote was fair, the mayor said, "and we will accept it."`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"The vote was fair"}, Cue: "said", Source: "the mayor", Rule: "reported-before-quote"},
			{Role: speech, Kind: direct, Parts: []string{"and we will accept it."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "The vote was fair, the mayor", Rule: "cue-before"},
		},
		reason: "the quotation finishes the sentence the cue interrupts; the words before the cue are reported",
	},
	{
		name: "a condition before a cue between commas and a quotation",
		in:   `If the rain stops, the mayor said, "we will open the gates."`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"If the rain stops"}, Cue: "said", Source: "the mayor", Rule: "reported-before-quote"},
			{Role: speech, Kind: direct, Parts: []string{"we will open the gates."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "the mayor", Rule: "cue-before"},
		},
		reason: "a clause of condition is part of what was said; only `when asked`, a subordinator before a participle, is the circumstance",
	},
	{
		name: "a connective before a cue between commas and a quotation",
		in:   `But, the mayor said, "we will open the gates."`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"But"}, Cue: "said", Source: "the mayor", Rule: "reported-before-quote"},
			{Role: speech, Kind: direct, Parts: []string{"we will open the gates."}, Marks: []string{`"`, `"`}, Cue: "said", Source: "But, the mayor", Rule: "cue-before"},
		},
		reason: "a capitalised but is a connective of the statement, not a name",
	},
	{
		name:   "a cue between commas before a that-clause",
		in:     "There is a danger, the engineers said, that the dam will give way.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"There is a danger", "that the dam will give way"}, Cue: "said", Source: "the engineers", Rule: "reported-parenthetical"}},
		reason: "the cue interrupts what it reports: the that-clause is not all of it",
	},
	{
		name:   "a cue and the occasion of the saying between commas",
		in:     "It matters a great deal, the warden said in an interview, that the council listens to us.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"It matters a great deal", "that the council listens to us"}, Cue: "said", Source: "the warden", Rule: "reported-parenthetical"}},
		reason: "an adverbial of the saying may stand between the cue and its closing comma; the cue still interrupts what it reports",
	},
	{
		name:   "a plural noun in -s that is a cue form, before a closing cue",
		in:     "The mill lent the town money last year, county documents show.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mill lent the town money last year"}, Cue: "show", Source: "county documents", Rule: "reported-fronted"}},
		reason: "documents right before show is the subject's noun, not a cue whose object is show",
	},
	{
		name:   "a plural noun in -s that is a cue form, before its cue",
		in:     "Local advocates say the clinic will close in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the clinic will close in May"}, Cue: "say", Source: "Local advocates", Rule: "reported"}},
		reason: "a cue form in -s right before another cue is a plural noun, the subject of that cue",
	},
	{
		name:   "an as-aside inside its content",
		in:     "The harbour, as the engineers pointed out, floods every spring.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The harbour", "floods every spring"}, Cue: "pointed out", Source: "the engineers", Rule: "reported-as"}},
		reason: "the aside interrupts the clause it reports: the subject before it is part of the content",
	},
	{
		name:   "an as-aside closing its content",
		in:     "The harbour floods every spring, as the engineers pointed out.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The harbour floods every spring"}, Cue: "pointed out", Source: "the engineers", Rule: "reported-as"}},
		reason: "an as-clause of saying at the end of a sentence attributes the clause before it",
	},
	{
		name:   "a thing added is no statement",
		in:     "The factory added 300 jobs last year.",
		want:   nil,
		reason: "add, maintain, feel, plan, know … report a clause, not a noun-phrase object",
	},
	{
		name:   "the agent of a passive is no statement",
		in:     "The harbour plan, opposed by the fishermen, was shelved in May.",
		want:   nil,
		reason: "by after the verb opens its agent (or its manner: responded by leaving), not what was said",
	},
	{
		name:   "a phrasal verb is no cue",
		in:     "Hundreds of farmers showed up at the hall on Monday.",
		want:   nil,
		reason: "show up, back down, back away: the particle makes a verb whose sense reports nothing",
	},
	{
		name:   "a clause felt is a statement",
		in:     "She felt that the council had ignored her.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the council had ignored her"}, Cue: "felt", Source: "She", Rule: "reported-that"}},
		reason: "only the noun-phrase object of feel is dropped",
	},
	{
		name:   "a judgement found is a statement",
		in:     "Many drivers find them unreasonable for a small town.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"them unreasonable for a small town"}, Cue: "find", Source: "Many drivers", Rule: "reported"}},
		reason: "find with a pronoun and a judgement after it holds an opinion: a clause without its verb",
	},
	{
		name:   "a judgement of a noun phrase found is a statement",
		in:     "Most visitors find the old harbour charming.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the old harbour charming"}, Cue: "find", Source: "Most visitors", Rule: "reported"}},
		reason: "a short noun phrase whose last word is a judgement ending the clause",
	},
	{
		name:   "a noun in -ing found is no statement",
		in:     "The reporters found the briefing, which had leaked.",
		want:   nil,
		reason: "a word in -ing right after the determiner is the thing found",
	},
	{
		name:   "a thing found is no statement",
		in:     "The inspectors found them during a routine visit.",
		want:   nil,
		reason: "a preposition after the pronoun is no judgement, even one ending in -ing",
	},
	{
		name:   "plain support reports nothing",
		in:     "The unions support the new contract.",
		want:   nil,
		reason: "the plain form support is in the manner class: mostly a noun (`strong support among voters`)",
	},
	{
		name:   "greeting is no statement",
		in:     "The mayor greeted the crowd at the station.",
		want:   nil,
		reason: "greet, command, grant, trust, answer, attempt and reflect are in the manner class",
	},
	{
		name:   "a thought after a comma reports nothing unless it is an opinion",
		in:     "The council will meet in May, she knows.",
		want:   nil,
		reason: "know, plan, want after a comma have objects of their own; think and believe report",
	},
	{
		name: "an opinion verb between commas",
		in:   "The plan, she believes, will fail.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The plan", "will fail"}, Cue: "believes", Source: "she", Rule: "reported-parenthetical"}},
	},
	{
		name:   "the second verb of an act is not a finding",
		in:     "The auditors checked the accounts and found a gap of two million.",
		want:   nil,
		reason: "a coordinated verb of evidence is what the subject did or met",
	},
	{
		name:   "a sentence in brackets after a full stop",
		in:     "The plan failed. (Mr. Lee said the council had ignored the warnings.)",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the council had ignored the warnings"}, Cue: "said", Source: "Mr. Lee", Rule: "reported"}},
		reason: "the subject starts after the opening bracket",
	},
	{
		name:   "a relative clause without a pronoun reports its gap",
		in:     "The fire led to an inquiry the city council said was long overdue.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"was long overdue"}, Cue: "said", Source: "the city council", Rule: "reported"}},
		reason: "a verb right after the cue has no subject: the clause is relative, its subject the cue's",
	},
	{
		name: "what the cue's subject said",
		in:   "They looked at what the mayor said is a growing need for housing.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"is a growing need for housing"}, Cue: "said", Source: "the mayor", Rule: "reported"}},
	},
	{
		name:   "reasons is a noun",
		in:     "Here are three reasons the council should act now.",
		want:   nil,
		reason: "reason and reasons are far more often nouns; only reasoned and reasoning are cues",
	},
	{
		name:   "intentions, requests and protests report nothing",
		in:     "The mayor intends to rebuild the old bridge. The residents protested the new parking rules.",
		want:   nil,
		reason: "intend, request and protest are in the manner class",
	},
	{
		name:   "a survey named at length opens the sentence",
		in:     "In a City Hall/Daily Ledger poll of renters released on Monday, two in three tenants pay more than a third of their income.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"two in three tenants pay more than a third of their income"}, Cue: "In", Source: "a City Hall/Daily Ledger poll", Rule: "reported-survey"}},
		reason: "the survey's name may hold slashes and the words after it (of renters, released on Monday) run to its comma",
	},
	{
		name: "an aside about the survey",
		in:   "In the new poll, conducted in early May, the mayor leads by nine points.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"the mayor leads by nine points"}, Cue: "In", Source: "the new poll", Rule: "reported-survey"}},
	},
	{
		name:   "a clause of its own after a comma and a conjunction",
		in:     "The deal passed, but party elders said the convention would be calm.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the convention would be calm"}, Cue: "said", Source: "party elders", Rule: "reported"}},
		reason: "the subject follows `, but`; the clause before it is not the speaker's",
	},
	{
		name:   "agreeing to do something",
		in:     "The company agreed to pay a fine of two million.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to pay a fine of two million"}, Cue: "agreed", Source: "The company", Rule: "reported"}},
		reason: "the infinitive after agree is what was agreed, as after pledge or promise",
	},
	{
		name:   "according to in brackets after a full stop",
		in:     "Skaters still get fines. (According to the city police, it keeps no count of them.)",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"it keeps no count of them"}, Cue: "According to", Source: "the city police", Rule: "according-to"}},
		reason: "the bracket opens a sentence the splitter joined to the one before",
	},
	{
		name: "according to without a comma closes the sentence",
		in:   "The mayor now leads by seven points according to a new poll.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The mayor now leads by seven points"}, Cue: "according to", Source: "a new poll", Rule: "according-to"}},
	},
	{
		name:   "a cue word after a determiner and a participle is a noun",
		in:     "The lingering question for the voters is whether the bridge will reopen.",
		want:   nil,
		reason: "the plain or -s form of any cue after a determiner and an adjective (here in -ing) is a noun",
	},
	{
		name:   "says after a word like an adjective is still a verb",
		in:     "The official says the bridge will reopen.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge will reopen"}, Cue: "says", Source: "The official", Rule: "reported"}},
		reason: "says and tells are never nouns, whatever stands before them",
	},
	{
		name:   "comments after an adjective is a noun",
		in:     "His recent comments about the budget were misread.",
		want:   nil,
		reason: "the -s form of a cue after a determiner and an adjective is mostly a plural noun",
	},
	{
		name:   "a participle after a subordinator that opens the sentence",
		in:     "After warning that the dam could fail, the engineers left the valley.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the dam could fail"}, Cue: "warning", Source: "the engineers", Rule: "reported-participle-that"}},
		reason: "the clause ends at its comma; its subject is the main clause's, not a noun warning",
	},
	{
		name:   "a book written is no statement",
		in:     "The mayor wrote a book about the old harbor. The mayor wrote that the harbor would close.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the harbor would close"}, Cue: "wrote", Source: "The mayor", Rule: "reported-that"}},
		reason: "write, publish, post, find, learn, allow, aim, welcome, appear and project report a clause, not a noun-phrase object",
	},
	{
		name:   "a permission in the passive is no statement",
		in:     "Residents are allowed to park on the street after six.",
		want:   nil,
		reason: "allow, add, press, assure and call report nothing in the passive",
	},
	{
		name:   "a long adverbial after the cue of fronted content",
		in:     "The harbor will close next spring, the mayor said during a long speech to the city council on Monday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The harbor will close next spring"}, Cue: "said", Source: "the mayor", Rule: "reported-fronted"}},
		reason: "up to a dozen words of circumstance may follow the cue",
	},
	{
		name: "a semicolon after the cue of fronted content",
		in:   "The port will stay open, the mayor said; the council agreed with her.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The port will stay open"}, Cue: "said", Source: "the mayor", Rule: "reported-fronted"}},
	},
	{
		name: "first between the passive's be and its cue",
		in:   "The closure of the mill was first reported by the Daily Ledger.",
		want: []view{{Role: speech, Kind: indirect, Parts: []string{"The closure of the mill"}, Cue: "reported", Source: "the Daily Ledger", Rule: "reported-passive"}},
	},
	{
		name:   "a promise between commas",
		in:     "A new bridge, the mayor promised, would be built by next year.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"A new bridge", "would be built by next year"}, Cue: "promised", Source: "the mayor", Rule: "reported-parenthetical"}},
		reason: "a cue of commitment stands inside what it reports, as one of speech does",
	},
	{
		name:   "an inverted cue whose subject has a possessive and an apposition",
		in:     "The mill is under pressure from imports, said the company's chief executive, John J. Ferris.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mill is under pressure from imports"}, Cue: "said", Source: "the company's chief executive, John J. Ferris", Rule: "reported-fronted"}},
		reason: "the apposition does not count in the subject's length, and the 's of a possessive is no verb",
	},
	{
		name:   "the content goes on after an inverted cue and its apposition",
		in:     "Any fair reading of the vote, said Ana Cruz, an expert on elections, would call it a protest.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Any fair reading of the vote", "would call it a protest"}, Cue: "said", Source: "Ana Cruz, an expert on elections", Rule: "reported-parenthetical"}},
		reason: "a comma and a verb after the apposition resume the interrupted sentence",
	},
	{
		name:   "the plain form of a cue after a singular noun is a noun",
		in:     "The roll call itself was punctuated with boos. The police say the road is closed.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the road is closed"}, Cue: "say", Source: "The police", Rule: "reported"}},
		reason: "a verb after a singular subject would take -s: `the roll call` is a compound noun; police is plural",
	},
	{
		name:   "a name given is no statement",
		in:     "The town sits near a mountain stream called Miracle Run. The senator called the plan a disgrace.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan a disgrace"}, Cue: "called", Source: "The senator", Rule: "reported"}},
		reason: "calling someone something takes two phrases; a name alone is a name given or a telephone call",
	},
	{
		name:   "a relative clause about the source of according to",
		in:     "Traffic fell by a third last year, according to the Harbor Authority, which counts every ship.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Traffic fell by a third last year"}, Cue: "according to", Source: "the Harbor Authority", Rule: "according-to"}},
		reason: "which, who and an apposition after the source describe it; they do not resume the content",
	},
	{
		name:   "a passive whose agent opens with a number",
		in:     "The toll plan was rejected by 61 percent of the voters in Dayton.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The toll plan"}, Cue: "rejected", Source: "61 percent of the voters", Rule: "reported-passive"}},
		reason: "a share of a group (`61 percent of the voters`) is an agent as a name is",
	},
	{
		name:   "a passive whose agent follows its adverbials",
		in:     "The toll plan was rejected at the hearing on Monday by the county growers union.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The toll plan"}, Cue: "rejected", Source: "the county growers union", Rule: "reported-passive"}},
		reason: "the agent after by may come after the phrases that follow the participle, within its clause",
	},
	{
		name:   "the subject of a passive ask is whom it addresses",
		in:     "The mayor was asked whether the bridge would reopen.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"whether the bridge would reopen"}, Cue: "asked", Rule: "reported-passive"}},
		reason: "with tell, ask, warn and the like the passive's subject is the addressee, not part of what is reported",
	},
	{
		name:   "an aside between a subordinate clause's subject and its cue",
		in:     "The feud has gone on since Ann Hale, at the county fair, accused the mayor of lying about the bridge.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the mayor of lying about the bridge"}, Cue: "accused", Source: "Ann Hale, at the county fair,", Rule: "reported"}},
		reason: "a phrase set off by commas right before the cue is an aside: the subject after the subordinator stands before it",
	},
	{
		name:   "a prepositional aside after the subject",
		in:     "Tom Reed, after the second debate, wrote that the tax plan would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the tax plan would fail"}, Cue: "wrote", Source: "Tom Reed, after the second debate,", Rule: "reported-that"}},
		reason: "a phrase opened by a subordinator right after the subject's comma and closed by a comma before the cue is an aside, not the subject's clause",
	},
	{
		name:   "an aside after the second subject of coordinated clauses",
		in:     "Lee stayed home and Hale, as she has in the past, wrote that the tax plan would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the tax plan would fail"}, Cue: "wrote", Source: "Hale, as she has in the past,", Rule: "reported-that"}},
		reason: "past an aside, and still opens the clause whose subject stands before the aside",
	},
	{
		name:   "a clause between commas before the subject",
		in:     "In the port town, where the strike began, the union leader said the docks would stay shut.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the docks would stay shut"}, Cue: "said", Source: "the union leader", Rule: "reported"}},
		reason: "the subject follows the last comma before the cue; the where-clause is no subject",
	},
	{
		name:   "the relative who is a person",
		in:     "The mayor, who wants to close the old depot, spoke on Monday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to close the old depot"}, Cue: "wants", Source: "who", Rule: "reported"}},
		reason: "a cue of will needs a subject that names a person; who always does",
	},
	{
		name:   "the 's of a pronoun is a verb",
		in:     "She's suggesting that the council should vote again.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the council should vote again"}, Cue: "suggesting", Source: "She's", Rule: "reported-that"}},
		reason: "after he, she or it, 's is is or has, not a possessive before a noun",
	},
	{
		name:   "a conjunction and a comma before a fronted adverbial",
		in:     "And, even in the case of a conviction, experts said first offenders are often sent to courses.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"first offenders are often sent to courses"}, Cue: "said", Source: "experts", Rule: "reported"}},
		reason: "`And,` links the sentence; the subject follows the adverbial's comma",
	},
	{
		name:   "a fronted adverbial, then a parenthetical cue and its content",
		in:     "In any case, Mr. Dale said, the industry was vastly over-supplied with courses.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"In any case", "the industry was vastly over-supplied with courses"}, Cue: "said", Source: "Mr. Dale", Rule: "reported-parenthetical"}},
		reason: "the cue interrupts the reported sentence, so `In any case,` is part of it, as PolNeAR annotates",
	},
	{
		name:   "a relative pronoun far before a cue is another verb's",
		in:     "Tom Reyes, who voted against it in May, has not explained the vote.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the vote"}, Cue: "explained", Source: "Tom Reyes, who voted against it in May, has not", Rule: "reported"}},
		reason: "`who voted …` is no subject window for `explained`: who stands too far back",
	},
	{
		name:   "a cue with its object inside what another reports",
		in:     "Councillor Tom Reyes, who voted against it, said the city had not explained its plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the city had not explained its plan"}, Cue: "said", Source: "Councillor Tom Reyes, who voted against it,", Rule: "reported"}},
		reason: "explained, with only a noun phrase after it inside what said reports, is part of that statement",
	},
	{
		name:   "a relative clause whose subject is which",
		in:     "Independents have surged, which Democrats say could be aiding Mr. Sanders.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"which", "could be aiding Mr. Sanders"}, Cue: "say", Source: "Democrats", Rule: "reported"}},
		reason: "`which Democrats say could be …`: which is the reported clause's subject, and so part of the content",
	},
	{
		name: "a relative pronoun as the object of the cue",
		in:   "Voters rejected the levy, which the mayor had praised in May.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the levy"}, Cue: "rejected", Source: "Voters", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"which"}, Cue: "praised", Source: "the mayor", Rule: "reported-relative"},
		},
		reason: "what the mayor praised is the levy, which the pronoun stands for",
	},
	{
		name:   "a relative pronoun after a preposition",
		in:     "She toured the archive, in which he says the letters are kept.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the letters are kept"}, Cue: "says", Source: "he", Rule: "reported"}},
		reason: "`in which` is an adverbial of the content, not what he says",
	},
	{
		name:   "a verb of seeming with its subject",
		in:     "But the figures appear to be badly out of date.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the figures", "to be badly out of date"}, Cue: "appear", Rule: "reported-raising"}},
		reason: "the subject and the infinitive make the assessment; no one in the sentence says it",
	},
	{
		name:   "a passive of expecting",
		in:     "The central bank is widely expected to cut rates in June.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The central bank", "to cut rates in June"}, Cue: "expected", Rule: "reported-raising"}},
		reason: "expected by whom is left unsaid",
	},
	{
		name:   "a verb of seeming before a cue of its own",
		in:     "The mayor seems to feel that the bridge is safe.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the bridge is safe"}, Cue: "seems", Source: "The mayor", Rule: "reported-that"}},
		reason: "the mayor's own view: the subject is the speaker, not part of the content",
	},
	{
		name:   "according to between two parts of a clause",
		in:     "In May, according to the ministry, two reactors were shut down.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"In May", "two reactors were shut down"}, Cue: "according to", Source: "the ministry", Rule: "according-to"}},
		reason: "the content goes on after the source",
	},
	{
		name:   "according to before a comparison",
		in:     "Exports fell by a third, according to the ministry, compared with a year ago.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Exports fell by a third"}, Cue: "according to", Source: "the ministry", Rule: "according-to"}},
		reason: "a comparison after the source is no reported clause",
	},
	{
		name:   "a parenthetical cue after an adverbial",
		in:     "Within the party, she said, the mood had soured.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Within the party", "the mood had soured"}, Cue: "said", Source: "she", Rule: "reported-parenthetical"}},
		reason: "the words before an interrupting cue belong to what is reported, even an adverbial",
	},
	{
		name:   "a parenthetical cue after one word",
		in:     "Otherwise, he said, the talks would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Otherwise", "the talks would fail"}, Cue: "said", Source: "he", Rule: "reported-parenthetical"}},
		reason: "one word is part of the content too",
	},
	{
		name:   "a cue of judgement in the infinitive",
		in:     "The mayor asked for a chance to defend the budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a chance to defend the budget"}, Cue: "asked for", Source: "The mayor", Rule: "reported"}},
		reason: "to defend is a purpose, not a judgement anyone made",
	},
	{
		name:   "a cue of thought under a modal",
		in:     "Ms. Park said she would consider the plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she would consider the plan"}, Cue: "said", Source: "Ms. Park", Rule: "reported"}},
		reason: "she would consider it: a thought not yet held, only part of what she said",
	},
	{
		name:   "a cue of judgement after a verb of continuing",
		in:     "Ms. Park continued to criticize the plan.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan"}, Cue: "criticize", Source: "Ms. Park continued to", Rule: "reported"}},
		reason: "continued to criticize: she criticized it",
	},
	{
		name:   "the infinitive of a verb of wanting",
		in:     "Ms. Park wants to simplify the tax code.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to simplify the tax code"}, Cue: "wants", Source: "Ms. Park", Rule: "reported"}},
		reason: "what she wants is the infinitive",
	},
	{
		name:   "a cue noun after a possessor",
		in:     "Reporters checked Ms. Park's claim that the bridge had been sold.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the bridge had been sold"}, Cue: "claim", Source: "Ms. Park", Rule: "reported-nominal"}},
		reason: "the claim is hers: the possessor is the source",
	},
	{
		name:   "a cue noun without a possessor",
		in:     "The minister came close to an admission that the plan had failed.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the plan had failed"}, Cue: "admission", Source: "The minister came close to an", Rule: "reported-nominal"}},
		reason: "the clause's subject makes the admission",
	},
	{
		name:   "a bare cue noun and a clause with a pronoun subject",
		in:     "The coach faces allegations that he hid the team's losses.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that he hid the team's losses"}, Cue: "allegations", Source: "The coach faces", Rule: "reported-nominal"}},
		reason: "a subject pronoun and a verb after that open a clause, what is alleged",
	},
	{
		name:   "a bare cue noun and a clause with a bare noun subject",
		in:     "The levy is unpopular because of fears that farmers will sell their land.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that farmers will sell their land"}, Cue: "fears", Source: "of", Rule: "reported-nominal"}},
		reason: "a plural noun and an auxiliary after that open a clause, what is feared",
	},
	{
		name:   "a bare cue noun before a relative clause on its subject",
		in:     "It was a claim that is as false as it is cruel.",
		want:   nil,
		reason: "`that is` has no subject of its own: a relative clause about the claim",
	},
	{
		name:   "a cue noun in a phrase opening the sentence",
		in:     "Despite Mr. Lee's claims that his fortune exceeds ten billion dollars, all the research firms put him far lower.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that his fortune exceeds ten billion dollars"}, Cue: "claims", Source: "Despite Mr. Lee", Rule: "reported-nominal"}},
		reason: "the opening phrase ends at its comma, where the main clause begins",
	},
	{
		name:   "a possessed cue noun and its preposition",
		in:     "Voters cheered Mayor Lee's attacks on the water board's budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the water board's budget"}, Cue: "attacks on", Source: "Mayor Lee", Rule: "reported-nominal"}},
		reason: "attacks on, criticism of, critiques of and praise for report the noun phrase after them; its 's is a possessive, not a verb",
	},
	{
		name:   "a cue noun and its preposition without a possessor",
		in:     "The town has seen attacks on the old harbour wall.",
		want:   nil,
		reason: "without someone's attacks the noun mostly names a deed, not words",
	},
	{
		name: "a programme's title in the addressee",
		in:   "The governor told WXYZ's \"Morning Hour\" that the bridge would reopen in May.",
		want: []view{
			{Role: quote.Title, Parts: []string{"Morning Hour"}, Marks: []string{`"`, `"`}, Rule: "name"},
			{Role: speech, Kind: indirect, Parts: []string{"that the bridge would reopen in May"}, Cue: "told", Source: "The governor", Rule: "reported-that"},
		},
		reason: "a title in whom it was told to is no quotation of what was said; the that-clause after it is",
	},
	{
		name:   "a cue noun of belief held in common",
		in:     "The vote fed speculation that the mayor would resign.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the mayor would resign"}, Cue: "speculation", Source: "The vote fed", Rule: "reported-nominal"}},
		reason: "speculation, rumors, doubt, agreement and the like report the clause after that, as claim does",
	},
	{
		name:   "call on someone to act",
		in:     "The senator called on the council to close the old bridge.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the council to close the old bridge"}, Cue: "called on", Source: "The senator", Rule: "reported"}},
		reason: "call on, like urge, reports whom it asks and the infinitive of what it asks them to do",
	},
	{
		name:   "a cue noun before a relative clause",
		in:     "The promises that Lee made were broken.",
		want:   nil,
		reason: "`that Lee made` says which promises, not what was promised",
	},
	{
		name:   "a weekday in the possessive opens the object",
		in:     "The envoy condemned Friday's launch as a grave threat.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Friday's launch as a grave threat"}, Cue: "condemned", Source: "The envoy", Rule: "reported"}},
		reason: "Friday's is no time adverbial but the object's possessor",
	},
	{
		name:   "a long relative clause inside a bare clause",
		in:     "He argued the militia, which has been the target of a long and costly campaign by three armies, is in retreat.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the militia, which has been the target of a long and costly campaign by three armies, is in retreat"}, Cue: "argued", Source: "He", Rule: "reported"}},
		reason: "the clause's verb follows the relative clause",
	},
	{
		name:   "a headline with a speaker's label",
		in:     "Mayor Lee: The bridge will reopen in May.\n\nThe council met on Monday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The bridge will reopen in May"}, Cue: ":", Source: "Mayor Lee", Rule: "reported-label"}},
		reason: "a name and a colon open the paragraph: the rest is what the mayor said",
	},
	{
		name:   "a newsroom label",
		in:     "UPDATE: The bridge reopened on Monday.",
		want:   nil,
		reason: "an update is the newsroom's, not a speaker's",
	},
	{
		name:   "according to after a colon",
		in:     "The tolls have not hurt the port: it was the busiest in Europe last year, according to one shipping index.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"it was the busiest in Europe last year"}, Cue: "according to", Source: "one shipping index", Rule: "according-to"}},
		reason: "what according to sources starts after the sentence's colon; the clause before it is the writer's",
	},
	{
		name:   "according to after a relative clause",
		in:     "The mayor hired Ana Ruiz, who has long opposed the tolls, according to the Ledger.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"who has long opposed the tolls"}, Cue: "according to", Source: "the Ledger", Rule: "according-to"}},
		reason: "a relative clause that ends at according to's comma is what it sources",
	},
	{
		name:   "a list after a cue's colon",
		in:     "Three things stand in the way, aides said: the cost, which is far higher than planned; the weather; and the vote.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the cost, which is far higher than planned; the weather; and the vote"}, Cue: "said", Source: "aides", Rule: "reported-colon"}},
		reason: "a colon after a cue introduces the rest of its sentence, a list with its commas and semicolons",
	},
	{
		name:   "a participle of state after be",
		in:     "The council is worried that the tolls could hurt tourism.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the tolls could hurt tourism"}, Cue: "worried", Source: "The council is", Rule: "reported-that"}},
		reason: "is worried that is the subject's state, not a passive with no agent: the subject is the source (keeping its auxiliary, as `is confident that` does), not part of the content",
	},
	{
		name:   "a cue noun and a colon",
		in:     "Senator Lee's message: taxes must fall next year.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"taxes must fall next year"}, Cue: "message", Source: "Senator Lee", Rule: "reported-nominal"}},
		reason: "a possessed cue noun before a colon reports the clause after it, as its that-clause would",
	},
	{
		name:   "a cue noun and a colon with no possessor",
		in:     "An unmistakable message: taxes must fall next year.",
		want:   nil,
		reason: "with no possessor the words after the colon may be the writer's own account",
	},
	{
		name:   "a block quotation after a colon",
		in:     "The mayor spoke on Monday.\n\nLee added:\n\nIt is typical of the council. The cost will only grow if we wait another year.\n\nThe council did not respond.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"It is typical of the council. The cost will only grow if we wait another year"}, Cue: "added", Source: "Lee", Rule: "reported-block"}},
		reason: "a cue and a colon that end a paragraph introduce the paragraph below, set off without quotation marks",
	},
	{
		name:   "a report's label",
		in:     "Report: The mayor to skip the council vote\n\nThe council met on Monday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mayor to skip the council vote"}, Cue: ":", Source: "Report", Rule: "reported-label"}},
		reason: "a cue alone in its base form before a label's colon is a noun, the source (as `Poll:` is), not a verb left without its subject",
	},
	{
		name:   "an interviewer's label",
		in:     "Q: Will the bridge reopen?",
		want:   nil,
		reason: "Q and A turns are left alone: the annotated corpora disagree about them",
	},
	{
		name:   "an adverbial before the clause's subject",
		in:     "The clerk wrote in both letters he was sorry.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"he was sorry"}, Cue: "wrote", Source: "The clerk", Rule: "reported"}},
		reason: "the adverbial ends before he, which opens the clause",
	},
	{
		name:   "an object without a determiner",
		in:     "The senator claimed victory in the state.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"victory in the state"}, Cue: "claimed", Source: "The senator", Rule: "reported"}},
		reason: "a bare noun phrase is an object too",
	},
	{
		name:   "a thing as the subject of a cue of evidence",
		in:     "But the survey shows a narrow lead for the governor.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a narrow lead for the governor"}, Cue: "shows", Source: "the survey", Rule: "reported"}},
		reason: "a poll, a study or a record is the source of what it shows, as a person is of what she says",
	},
	{
		name:   "a bare plural as the subject of any cue",
		in:     "In the north, exit polls showed the race was tight.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the race was tight"}, Cue: "showed", Source: "exit polls", Rule: "reported"}},
		reason: "a plural noun without a determiner is a subject after any cue, not only say and tell",
	},
	{
		name:   "what a study found",
		in:     "A 2019 study by the county clerk found 40 cases of fraud.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"40 cases of fraud"}, Cue: "found", Source: "A 2019 study by the county clerk", Rule: "reported"}},
		reason: "a noun phrase found is a thing come upon, but a study's is its finding",
	},
	{
		name:   "one word judged",
		in:     "Both unions oppose abortion.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"abortion"}, Cue: "oppose", Source: "Both unions", Rule: "reported"}},
		reason: "what a cue of judgement is about can be one word",
	},
	{
		name:   "one name thanked",
		in:     "The mayor thanked Ramirez.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Ramirez"}, Cue: "thanked", Source: "The mayor", Rule: "reported"}},
		reason: "a name alone is the object of a cue other than say",
	},
	{
		name:   "an answer of one word",
		in:     "The vote was close, and most residents said yes.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"yes"}, Cue: "said", Source: "most residents", Rule: "reported"}},
		reason: "yes or no after say is the answer given, however short",
	},
	{
		name:   "so for a clause",
		in:     "Will the fair reopen? The mayor thinks so.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"so"}, Cue: "thinks", Source: "The mayor", Rule: "reported"}},
		reason: "so stands for the clause thought",
	},
	{
		name:   "as much for what was said before",
		in:     "The clerk hinted as much in a letter to the council.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"as much"}, Cue: "hinted", Source: "The clerk", Rule: "reported"}},
		reason: "as much stands for a statement made before",
	},
	{
		name:   "a name that spells a modal",
		in:     "After the storm, Will believes the harbour should be rebuilt.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the harbour should be rebuilt"}, Cue: "believes", Source: "Will", Rule: "reported"}},
		reason: "a capitalised will inside the sentence is a name, not the modal of a thought not yet held",
	},
	{
		name: "an apposition that quotes a name",
		in:   `Ann Lee, the clerk known as "the Hawk," stated that the budget was wrong.`,
		want: []view{
			{Role: quote.Scare, Parts: []string{"the Hawk,"}, Marks: []string{`"`, `"`}, Rule: "scare"},
			{Role: speech, Kind: indirect, Parts: []string{"that the budget was wrong"}, Cue: "stated", Source: `Ann Lee, the clerk known as "the Hawk,"`, Rule: "reported-that"},
		},
		reason: "a quoted name inside the apposition does not hide the subject before it",
	},
	{
		name:   "a participle opening the sentence",
		in:     "Noting that the budget was short, the mayor cancelled the fair.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the budget was short"}, Cue: "Noting", Source: "the mayor", Rule: "reported-participle-that"}},
		reason: "the participle's subject is the main clause's",
	},
	{
		name:   "a long subject of fronted content",
		in:     "The fair will close early, a spokeswoman for the county parks and recreation department in Marin said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The fair will close early"}, Cue: "said", Source: "a spokeswoman for the county parks and recreation department in Marin", Rule: "reported-fronted"}},
		reason: "a speaker with her office and place may take eleven words",
	},
	{
		name:   "a connective before the subject",
		in:     "The rain went on. Then the clerk asked whether the fair would open.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"whether the fair would open"}, Cue: "asked", Source: "the clerk", Rule: "reported"}},
		reason: "so, but, yet, then join the clause to the one before; the subject follows them",
	},
	{
		name:   "what before a cue and its content",
		in:     "The fee was twice what the clerk said the county charged.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"what", "the county charged"}, Cue: "said", Source: "The fee was twice what the clerk", Rule: "reported"}},
		reason: "what stands for part of what the clerk said, as which does",
	},
	{
		name:   "what as a cue's object alone",
		in:     "The council denounced what it calls a tax.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"what it calls a tax"}, Cue: "denounced", Source: "The council", Rule: "reported"}},
		reason: "what it calls is no statement of its own: it is the object of denounced",
	},
	{
		name:   "a thought with an object and an infinitive",
		in:     "The mayor expects the council to approve the budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the council to approve the budget"}, Cue: "expects", Source: "The mayor", Rule: "reported"}},
		reason: "expecting a thing is no statement, but expecting someone to act holds a proposition",
	},
	{
		name:   "a long addressee before that",
		in:     "The coach complained to the league's new disciplinary panel that the referee was biased.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the referee was biased"}, Cue: "complained", Source: "The coach", Rule: "reported-that"}},
		reason: "whom it was said to may take more than five words before the that-clause",
	},
	{
		name:   "as-clause after a connective",
		in:     "But as the clerk noted, the county has no money left.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the county has no money left"}, Cue: "noted", Source: "the clerk", Rule: "reported-as"}},
		reason: "a connective opening the sentence does not stop the as-clause",
	},
	{
		name:   "a participle that names people before say",
		in:     "By a wide margin, those surveyed say the park should stay open.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the park should stay open"}, Cue: "say", Source: "those surveyed", Rule: "reported"}},
		reason: "those surveyed is a subject, not the first half of a compound noun like the roll call",
	},
	{
		name:   "a bare plural subject after a subordinator",
		in:     "The mayor relented as polls showed the plan was unpopular.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan was unpopular"}, Cue: "showed", Source: "polls", Rule: "reported"}},
		reason: "a subordinate clause other than one of time reports with a subject of its own",
	},
	{
		name:   "an object with a quoted fragment",
		in:     `The candidate referred to rival donors as "vultures" on Monday.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`rival donors as "vultures"`}, Marks: []string{`"`, `"`}, Cue: "referred to", Source: "The candidate", Rule: "reported"}},
		reason: "the fragment belongs to the reported object",
	},
	{
		name:   "a cue word used as a noun before a noun",
		in:     "The press secretary spoke to reporters.",
		want:   nil,
		reason: "press is a noun here: only a past or -ing form takes a bare object",
	},
	{
		name: "the question of a participle that opens the sentence",
		in:   "Asked whether she would run again, Ms. Park said she had not decided.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"whether she would run again"}, Cue: "Asked", Rule: "reported-asked"},
			{Role: speech, Kind: indirect, Parts: []string{"she had not decided"}, Cue: "said", Source: "Ms. Park", Rule: "reported"},
		},
		reason: "the question is reported too; who asked it is not said",
	},
	{
		name:   "the question of a participle with its agent",
		in:     "When asked by a reporter about the tunnel, Ms. Park smiled.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"about the tunnel"}, Cue: "asked", Source: "a reporter", Rule: "reported-asked"}},
		reason: "the agent after by asked the question",
	},
	{
		name:   "fronted content that opens with this",
		in:     "This is not about me, the mayor told her aides.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"This is not about me"}, Cue: "told", Source: "the mayor", Rule: "reported-fronted"}},
		reason: "this opens a subject, not a time adverbial as in `this week`",
	},
	{
		name:   "fronted content with a quoted fragment before the comma",
		in:     `The failure was "heartbreaking," she said.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`The failure was "heartbreaking,`}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "reported-fronted"}},
		reason: "the fragment is part of the reported sentence, whose comma stands inside the closing mark",
	},
	{
		name:   "a verb whose common sense reports nothing",
		in:     "The council respects the ruling of the court, and the party committed to a new budget.",
		want:   nil,
		reason: "respect and commit are manner cues: they may introduce a quotation, not reported content",
	},
	{
		name: "two participles joined by and",
		in:   "She defended the merger, citing its savings and adding that jobs would be kept.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the merger"}, Cue: "defended", Source: "She", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"its savings"}, Cue: "citing", Source: "She defended the merger", Rule: "reported-participle"},
			{Role: speech, Kind: indirect, Parts: []string{"that jobs would be kept"}, Cue: "adding", Source: "She defended the merger, citing its savings and", Rule: "reported-coordinated-that"},
		},
		reason: "the that-clause is adding's, and citing's object ends before and adding",
	},
	{
		name:   "an object phrase before and and a participle cue",
		in:     "Critics attacked the plan as reckless and warning that it would fail.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan as reckless"}, Cue: "attacked", Source: "Critics", Rule: "reported"}, {Role: speech, Kind: indirect, Parts: []string{"that it would fail"}, Cue: "warning", Source: "Critics attacked the plan as reckless and", Rule: "reported-coordinated-that"}},
		reason: "a participle cue after and opens a statement of its own",
	},
	{
		name: "cues of backing, deciding and making clear",
		in:   "The governor backed the new stadium. The board decided to delay the vote. The mayor made it clear that the tunnel would stay closed.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the new stadium"}, Cue: "backed", Source: "The governor", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"to delay the vote"}, Cue: "decided", Source: "The board", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"that the tunnel would stay closed"}, Cue: "made it clear", Source: "The mayor", Rule: "reported-that"},
		},
		reason: "backing is support, a decision an intention, and making clear a statement",
	},
	{
		name:   "a passive cue with its agent",
		in:     "The mayor has been criticized by some of her rivals for skipping the debate.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mayor", "for skipping the debate"}, Cue: "criticized", Source: "some of her rivals", Rule: "reported-passive"}},
		reason: "the rivals criticize; the subject and the reason are what they say",
	},
	{
		name:   "a passive cue after an empty it",
		in:     "It was reported that the plant would close.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the plant would close"}, Cue: "reported", Rule: "reported-passive"}},
		reason: "it is no content and no speaker: no one is named",
	},
	{
		name:   "a passive cue under a modal",
		in:     "Any deployment must be approved by the council.",
		want:   nil,
		reason: "must be approved: no judgement has been made",
	},
	{
		name:   "a passive cue in a relative clause",
		in:     "The senator, who was praised by the union, left early.",
		want:   nil,
		reason: "the annotated corpora rarely report a relative pronoun as a passive's subject",
	},
	{
		name: "verbs of seeming: an adjective, an adverbial before the subject, an aside after it",
		in:   "The fallout appears significant. Along the way, the senator seems to have changed his mind. Ms. Park, casting herself as a reformer, appeared to win the debate.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"The fallout", "significant"}, Cue: "appears", Rule: "reported-raising"},
			{Role: speech, Kind: indirect, Parts: []string{"the senator", "to have changed his mind"}, Cue: "seems", Rule: "reported-raising"},
			{Role: speech, Kind: indirect, Parts: []string{"Ms. Park", "to win the debate"}, Cue: "appeared", Rule: "reported-raising"},
		},
		reason: "the subject is the clause's, without the adverbial or the aside",
	},
	{
		name:   "a referential it before a verb of seeming",
		in:     "It appeared to hold off the tide.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"It", "to hold off the tide"}, Cue: "appeared", Rule: "reported-raising"}},
		reason: "before an infinitive it stands for something, unlike `it appears that`",
	},
	{
		name:   "a negative contraction is an auxiliary",
		in:     "And Sen. Ann Lee (D-Ore.), another vulnerable incumbent, said she hadn’t thought about it.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she hadn’t thought about it"}, Cue: "said", Source: "Sen. Ann Lee (D-Ore.), another vulnerable incumbent,", Rule: "reported"}},
		reason: "hadn't shows a clause after said, not the subject of an inverted cue; thought, inside it, fronts nothing",
	},
	{
		name:   "a verb in the past after an inverted-looking cue",
		in:     "Gov. Tom Hale of Ohio, a Republican who has refused to endorse him, said the family deserved better.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the family deserved better"}, Cue: "said", Source: "Gov. Tom Hale of Ohio, a Republican who has refused to endorse him,", Rule: "reported"}},
		reason: "deserved makes `the family deserved better` a clause, so said is no inverted cue",
	},
	{
		name:   "a past form without -ed after an aside",
		in:     "Officials say the gunman, a former guard, held a license.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the gunman, a former guard, held a license"}, Cue: "say", Source: "Officials", Rule: "reported"}},
		reason: "held is the clause's verb",
	},
	{
		name:   "a plural noun as the subject of say",
		in:     "But hacking specialists say the leaks might be fake.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the leaks might be fake"}, Cue: "say", Source: "hacking specialists", Rule: "reported"}},
		reason: "specialists need no determiner to speak",
	},
	{
		name:   "a plural noun in a subordinate clause",
		in:     "Two hours after news outlets declared him the victor, he left.",
		want:   nil,
		reason: "a bare plural subject after a subordinator of time tells of an event, not what was said",
	},
	{
		name: "but with a verb of the same clause",
		in:   "The party leader said the process was fair, but required a real effort. The mayor said the plan was fair, but critics disagreed.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the process was fair, but required a real effort"}, Cue: "said", Source: "The party leader", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"the plan was fair"}, Cue: "said", Source: "The mayor", Rule: "reported"},
		},
		reason: "`but required` goes on with the reported clause; `but critics` opens a clause of the writer",
	},
	{
		name: "according to after a bracket, a conjunction, or content with a fragment",
		in:   `(According to the police, the road stays closed.) But according to reports, the mayor will resign. Over three months, the word "birther" was used 80 times, according to a review.`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the road stays closed"}, Cue: "According to", Source: "the police", Rule: "according-to"},
			{Role: speech, Kind: indirect, Parts: []string{"the mayor will resign"}, Cue: "according to", Source: "reports", Rule: "according-to"},
			{Role: speech, Kind: mixed, Parts: []string{`Over three months, the word "birther" was used 80 times`}, Marks: []string{`"`, `"`}, Cue: "according to", Source: "a review", Rule: "according-to"},
		},
		reason: "a bracket or a conjunction before according to does not hide the content; a quoted word makes it mixed",
	},
	{
		name:   "a cue with an object between commas interrupts nothing",
		in:     "In 2011, the city freed 1,000 prisoners, including some it deemed dangerous, for one officer.",
		want:   nil,
		reason: "deemed has an object: the clause between the commas is no parenthetical cue",
	},
	{
		name:   "a cue with an object after a comma fronts nothing",
		in:     "The group, which has long lobbied for cleaner air, has made the same demands of the city.",
		want:   nil,
		reason: "demands has an object after it; only adverbials follow the cue of fronted content",
	},
	{
		name:   "an adverb in -ly after the cue of fronted content",
		in:     "The plant will close, Ms. Lee said quietly.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The plant will close"}, Cue: "said", Source: "Ms. Lee", Rule: "reported-fronted"}},
		reason: "quietly is an adverbial, not an object",
	},
	{
		name:   "an inverted subject with its relative clause",
		in:     "The district leans left, said a handful of organizers who know it well.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The district leans left"}, Cue: "said", Source: "a handful of organizers who know it well", Rule: "reported-fronted"}},
		reason: "who opens a clause about the speaker, not the complement of said",
	},
	{
		name:   "according to after a cue and its adverbials",
		in:     `"We will win," Ms. Lee said Monday in Dayton, according to audio provided by a station.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Ms. Lee", Rule: "cue-after"}},
		reason: "according to names the source of the report, not something said",
	},
	{
		name: "and with a clause of its own after the content",
		in:   "Critics noted that the plan was vague, and an audit released in May cost millions. Critics noted that the plan was vague, and a second, shorter draft.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"that the plan was vague"}, Cue: "noted", Source: "Critics", Rule: "reported-that"},
			{Role: speech, Kind: indirect, Parts: []string{"that the plan was vague, and a second, shorter draft"}, Cue: "noted", Source: "Critics", Rule: "reported-that"},
		},
		reason: "`and an audit … cost` has a subject and verb of its own; `and a second draft` goes on with the content",
	},
	{
		name:   "the occasion of a statement after its content",
		in:     "Ms. Lee said she would win in an interview with a local station.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she would win"}, Cue: "said", Source: "Ms. Lee", Rule: "reported"}},
		reason: "in an interview says where she said it, not what",
	},
	{
		name:   "an adverb of report",
		in:     "The woman has reportedly been chatting with him since May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The woman has", "been chatting with him since May"}, Cue: "reportedly", Rule: "reported-adverb"}},
		reason: "reportedly attributes the clause to reports no one names; its subject and the rest are the parts",
	},
	{
		name: "show reports its object, before or after it",
		in:   "Polls show the race breaking along familiar lines. The jet was insured for a million dollars, records show.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the race breaking along familiar lines"}, Cue: "show", Source: "Polls", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"The jet was insured for a million dollars"}, Cue: "show", Source: "records", Rule: "reported-fronted"},
		},
		reason: "what polls show is the whole phrase, not what follows a person shown it; records show fronts a finding",
	},
	{
		name: "an object that is a list, and one before a second verb",
		in:   `One of the doctors called Oz a quack, fake and charlatan. The governor called her "third-rate" and boycotted the debate.`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"Oz a quack, fake and charlatan"}, Cue: "called", Source: "One of the doctors", Rule: "reported"},
			{Role: speech, Kind: mixed, Parts: []string{`her "third-rate"`}, Marks: []string{`"`, `"`}, Cue: "called", Source: "The governor", Rule: "reported"},
		},
		reason: "a comma inside a list ending with and does not end the object; `and boycotted` is the governor's second verb",
	},
	{
		name: "a year after the cue of fronted content, a plural possessive before that",
		in:   "The firm disbanded after the election, the Ledger reported in 2014. The Legion wrote to the Smiths’ office that it had no permit.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"The firm disbanded after the election"}, Cue: "reported", Source: "the Ledger", Rule: "reported-fronted"},
			{Role: speech, Kind: indirect, Parts: []string{"that it had no permit"}, Cue: "wrote", Source: "The Legion", Rule: "reported-that"},
		},
		reason: "in 2014 is an adverbial of the cue; the apostrophe of Smiths’ is no quotation mark",
	},
	{
		name: "an object before an infinitive, and a question asked mid-sentence",
		in:   "Two committees asked the department to investigate the leak. She said nothing when asked whether she would run.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the department to investigate the leak"}, Cue: "asked", Source: "Two committees", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"nothing when asked whether she would run"}, Cue: "said", Source: "She", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"whether she would run"}, Cue: "asked", Rule: "reported-asked"},
		},
		reason: "the department is the subject of the infinitive; when asked whether … reports the question",
	},
	{
		name: "a clause of time after a cue is no content",
		in:   `"Jobs, jobs, jobs," Mrs. Lee said on Monday when asked what her husband would do.`,
		want: []view{
			{Role: speech, Kind: direct, Parts: []string{"Jobs, jobs, jobs,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Mrs. Lee", Rule: "cue-after"},
			{Role: speech, Kind: indirect, Parts: []string{"what her husband would do"}, Cue: "asked", Rule: "reported-asked"},
		},
		reason: "when asked says when she said it; the question is reported on its own",
	},
	{
		name: "a long apposition between subject and cue, and a bare plural subject of the clause",
		in:   "Ann Ruiz, a former judge who served as chief counsel in 2013, said the plan is unlawful. Ms. Ruiz says thousands lost their homes.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the plan is unlawful"}, Cue: "said", Source: "Ann Ruiz, a former judge who served as chief counsel in 2013,", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"thousands lost their homes"}, Cue: "says", Source: "Ms. Ruiz", Rule: "reported"},
		},
		reason: "the subject opens the clause before its apposition; lost is the verb of the bare clause",
	},
	{
		name:   "an object noun phrase ends at its comma",
		in:     "The senator cited the county budget, a document that runs to 400 pages.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the county budget"}, Cue: "cited", Source: "The senator", Rule: "reported"}},
		reason: "cite takes an object, not a clause: the apposition describes it",
	},
	{
		name:   "an object noun phrase ends before a second verb",
		in:     "The governor endorsed the new stadium and was cheered by the crowd.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new stadium"}, Cue: "endorsed", Source: "The governor", Rule: "reported"}},
		reason: "`and was cheered` is the governor's second verb, not part of what he endorsed",
	},
	{
		name:   "an aside between commas inside a bare clause",
		in:     "Her rival said the tunnel, at 12 million dollars, was a bargain.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the tunnel, at 12 million dollars, was a bargain"}, Cue: "said", Source: "Her rival", Rule: "reported"}},
		reason: "the clause's verb follows the aside",
	},
	{
		name:   "a bare clause after said",
		in:     "A veteran diplomat said former Secretary Clinton put speed over security.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"former Secretary Clinton put speed over security"}, Cue: "said", Source: "A veteran diplomat", Rule: "reported"}},
		reason: "no that and no auxiliary, but a noun and a past verb: a clause",
	},
	{
		name:   "a gerund opens the reported clause",
		in:     "Manny Gomez said seeing so many officers at the parade was a welcome sight.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"seeing so many officers at the parade was a welcome sight"}, Cue: "said", Source: "Manny Gomez", Rule: "reported"}},
		reason: "`seeing` is a gerund subject, not another cue",
	},
	{
		name:   "an object after said is no clause",
		in:     "He said goodbye to his friends.",
		want:   nil,
		reason: "no verb follows: goodbye is what he said, not a statement",
	},
	{
		name:   "a cue word after an adjective is a noun",
		in:     "It was his repeated attempts to win the state that failed.",
		want:   nil,
		reason: "`his repeated attempts`: a noun phrase, not someone attempting",
	},
	{
		name:   "a cue word after a subject is a verb",
		in:     "The union calls the plan a betrayal of workers.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan a betrayal of workers"}, Cue: "calls", Source: "The union", Rule: "reported"}},
		reason: "`the union calls`: a determiner and a noun before the verb, not an adjective",
	},
	{
		name:   "negated",
		in:     "The mayor did not say whether the bridge would reopen.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"whether the bridge would reopen"}, Cue: "say", Source: "The mayor did not", Rule: "reported"}},
		reason: "a negated cue is reported and marked (see TestNegated), not dropped",
	},
	{
		name:   "a refusal to comment",
		in:     "A spokesman declined to comment.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to comment"}, Cue: "declined", Source: "A spokesman", Rule: "reported"}},
		reason: "a refusal to comment is reported, its cue marked negated (TestNegated), as the corpora annotate it",
	},
	{
		name:   "a direct quote is not also reported",
		in:     `"We will win," she said.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "she", Rule: "cue-after"}},
		reason: "the fronted pattern would take the quotation as content; the quotation is the statement",
	},
	{
		name:   "participle after the content",
		in:     "The governor said the levy would pass, implicitly tying his name to the vote.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the levy would pass"}, Cue: "said", Source: "The governor", Rule: "reported"}},
		reason: "a participle after a comma is the writer's aside about the speaker, not what was said",
	},
	{
		name:   "participle inside the content",
		in:     "The governor said the levy, costing 40 million dollars, would pass.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the levy, costing 40 million dollars, would pass"}, Cue: "said", Source: "The governor", Rule: "reported"}},
		reason: "an aside closed by a comma and followed by a verb belongs to the content",
	},
	{
		name:   "list of names in an object",
		in:     "The union praised workers in Boston, Des Moines and Tucson.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"workers in Boston, Des Moines and Tucson"}, Cue: "praised", Source: "The union", Rule: "reported"}},
		reason: "the commas of a list of names do not end the object",
	},
	{
		name:   "list of names with a serial comma in an object",
		in:     "The host mocked Lee, Park, and Kim for their votes.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Lee, Park, and Kim for their votes"}, Cue: "mocked", Source: "The host", Rule: "reported"}},
		reason: "a name after `, and` that a preposition follows is the last item of the list, not the subject of a clause of its own",
	},
	{
		name:   "content ends where the clause around the cue's aside resumes",
		in:     "The fund, which vowed to rebuild the pier by June, is now broke.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to rebuild the pier by June"}, Cue: "vowed", Source: "The fund, which", Rule: "reported"}},
		reason: "is after the comma is the verb of The fund: the comma closes the relative clause that holds the cue, and the content with it",
	},
	{
		name:   "content ends before a past verb with an object after the cue's aside",
		in:     "The fund, which promised to rebuild the pier, raised $4 million in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to rebuild the pier"}, Cue: "promised", Source: "The fund, which", Rule: "reported"}},
		reason: "raised with an amount after it is the main verb; a participle aside would follow a comma inside the content (`the levy, costing …, would pass`)",
	},
	{
		name:   "a time and the occasion after an object",
		in:     "The mayor defended his budget this week on his radio show.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"his budget"}, Cue: "defended", Source: "The mayor", Rule: "reported"}},
		reason: "this week and on his radio show say when and where he defended it, not what he defended",
	},
	{
		name:   "a day and its part after an object",
		in:     "The coach thanked the fans Friday afternoon.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the fans"}, Cue: "thanked", Source: "The coach", Rule: "reported"}},
		reason: "Friday afternoon is one time phrase that ends the clause",
	},
	{
		name:   "list of long noun phrases in an object",
		in:     "The union praised the harbour plan, its careful costing of the new docks and the mayor's pledge to hire locally.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the harbour plan, its careful costing of the new docks and the mayor's pledge to hire locally"}, Cue: "praised", Source: "The union", Rule: "reported"}},
		reason: "items that each open with a determiner, the last after and, are one object however long each item is",
	},
	{
		name:   "list of items without a determiner in an object",
		in:     "The board touted a new ferry to the islands, lower fares for students and a night bus.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a new ferry to the islands, lower fares for students and a night bus"}, Cue: "touted", Source: "The board", Rule: "reported"}},
		reason: "a bare noun after the comma opens the next item when and joins a last one with a determiner",
	},
	{
		name:   "quoted words after the object of a request",
		in:     `The bishop asked them "pray hard" for the town.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`them "pray hard" for the town`}, Marks: []string{`"`, `"`}, Cue: "asked", Source: "The bishop", Rule: "reported"}},
		reason: "what they were asked to do is quoted: the object and the fragment are one mixed statement, not the fragment alone",
	},
	{
		name:   "bare verb after and goes on the modal of the content",
		in:     "She said she would call the minister and urge him to reopen the line.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she would call the minister and urge him to reopen the line"}, Cue: "said", Source: "She", Rule: "reported"}},
		reason: "urge in its bare form shares would with call: a second verb of the content, not a second statement of hers (that would read urged)",
	},
	{
		name:   "bare cue after and with a that-clause goes on the content",
		in:     "He said the club would appeal and argue that the fine was too high.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the club would appeal and argue that the fine was too high"}, Cue: "said", Source: "He", Rule: "reported"}},
		reason: "argue hangs on would: what the club would do is part of what he said",
	},
	{
		name:   "circumstances after the cue of a quotation",
		in:     `"We will win," Ms. Lee told a meeting of the council on Monday.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "told", Source: "Ms. Lee", Rule: "cue-after"}},
		reason: "the quotation is what told reports; the words after the cue say where, not what",
	},
	{
		name:   "clause after a comma inside the closing mark",
		in:     `Reid said both Lee and Cruz are "lightweights in the Senate," but he gave Cruz a compliment.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`both Lee and Cruz are "lightweights in the Senate,`}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Reid", Rule: "reported"}},
		reason: "a comma before the closing mark ends the content at ', but' as a comma after it would",
	},
	{
		name:   "said after a noun that is also a cue",
		in:     "The senator in a blog post said he would vote for the bill.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"he would vote for the bill"}, Cue: "said", Source: "The senator", Rule: "reported"}},
		reason: "said is never the object noun of a cue before it (as reports is in `denied reports that`); the adverbial before the cue is no part of its source",
	},
	{
		name:   "relative subject before a time adverbial",
		in:     "He met the senator, who in 2010 said the goal was to make the governor lose.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the goal was to make the governor lose"}, Cue: "said", Source: "who in 2010", Rule: "reported"}},
		reason: "who stays the subject of said across `in 2010`",
	},
	{
		name: "content before a colon and a quotation",
		in:   `She said she was too busy to look for the papers: "I have a lot going on."`,
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"she was too busy to look for the papers"}, Cue: "said", Source: "She", Rule: "reported"},
			{Role: speech, Kind: direct, Parts: []string{"I have a lot going on."}, Marks: []string{`"`, `"`}, Source: "She said she was too busy to look for the papers", Rule: "colon"},
		},
		reason: "the content ends at the colon that introduces a quotation; both are statements",
	},
	{
		name:   "fronted content before a subject with an aside",
		in:     "The state could embrace clean energy, Sen. Ann Reyes (R-Ore.) said on Thursday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The state could embrace clean energy"}, Cue: "said", Source: "Sen. Ann Reyes (R-Ore.)", Rule: "reported-fronted"}},
		reason: "the party and state in brackets belong to the subject of the fronted cue",
	},
	{
		name: "asked to before the main clause",
		in:   "Asked by a host to respond to the criticism, Carson said he was calm.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"to respond to the criticism"}, Cue: "Asked", Source: "a host", Rule: "reported-asked"},
			{Role: speech, Kind: indirect, Parts: []string{"he was calm"}, Cue: "said", Source: "Carson", Rule: "reported"},
		},
		reason: "a request in the infinitive is what was asked, as a question with whether is",
	},
	{
		name: "when told",
		in:   "When told the senator was in the cabinet, Bush paused and said he had no idea.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the senator was in the cabinet"}, Cue: "told", Rule: "reported-asked"},
			{Role: speech, Kind: indirect, Parts: []string{"he had no idea"}, Cue: "said", Source: "Bush paused and", Rule: "reported-coordinated"},
		},
		reason: "when told X, like when asked X: what someone not named said to the subject",
	},
	{
		name:   "fronted mixed content before an inverted cue",
		in:     `The answers to the crisis are "not meeting the demand," says Paul Rieck, founder of the group.`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`The answers to the crisis are "not meeting the demand,`}, Marks: []string{`"`, `"`}, Cue: "says", Source: "Paul Rieck, founder of the group", Rule: "reported-fronted"}},
		reason: "the comma before the closing mark makes the cue inverted as a comma after it would; the quoted fragment makes the content mixed",
	},
	{
		name:   "negated infinitive of commitment",
		in:     "The governor promised not to raise taxes.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"not to raise taxes"}, Cue: "promised", Source: "The governor", Rule: "reported"}},
		reason: "not to is the promise, as to is; `asked not to be named` stays a request for anonymity",
	},
	{
		name:   "speaker's label with a quoted fragment",
		in:     "Mayor Lee: Tolls On The Bridge Are ‘A Disgrace’\n\nThe mayor spoke on Monday.",
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{"Tolls On The Bridge Are ‘A Disgrace"}, Marks: []string{"‘", "’"}, Cue: ":", Source: "Mayor Lee", Rule: "reported-label"}},
		reason: "a quoted fragment in a label's content makes it mixed; only a quotation that is speech of its own keeps it out",
	},
	{
		name:   "speaker's label with a quotation after a comma",
		in:     "Mayor Lee: Tolls Too High, ‘A Disgrace for the City.’\n\nThe mayor spoke on Monday.",
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{"Tolls Too High, ‘A Disgrace for the City."}, Marks: []string{"‘", "’"}, Cue: ":", Source: "Mayor Lee", Rule: "reported-label"}},
		reason: "a quotation standing alone after other words of a label's content quotes the label's bearer inside it: a fragment of one mixed statement",
	},
	{
		name:   "speaker's label with a quoted fragment first",
		in:     "Mayor Lee: ‘No Chance’ The Bridge Opens This Year\n\nThe mayor spoke on Monday.",
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{"‘No Chance’ The Bridge Opens This Year"}, Marks: []string{"‘", "’"}, Cue: ":", Source: "Mayor Lee", Rule: "reported-label"}},
		reason: "a quotation right after a colon that the sentence goes on from is a fragment of the label's content, not the whole of what was said",
	},
	{
		name:   "it seems and a clause",
		in:     "Often, it appeared that the mayor was unable to answer.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the mayor was unable to answer"}, Cue: "appeared", Rule: "reported-raising"}},
		reason: "an empty it before a verb of seeming: the clause is the writer's assessment, with no source",
	},
	{
		name:   "supposed to",
		in:     "The new rules are supposed to make the hearings fair.",
		want:   nil,
		reason: "is supposed to states an obligation or a purpose, not what anyone supposes",
	},
	{
		name:   "in a survey",
		in:     "In the new Ledger-Metro poll, the mayor wins about one in three voters.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the mayor wins about one in three voters"}, Cue: "In", Source: "the new Ledger-Metro poll", Rule: "reported-survey"}},
		reason: "a sentence that opens with a survey reports its finding, as `According to the poll, …` does",
	},
	{
		name:   "frame after the content",
		in:     "The mayor said the bridge would open in May, despite a drop in funding.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge would open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a concession or a comparison after a comma frames the statement; it is the writer's",
	},
	{
		name:   "condition after the content",
		in:     "The mayor said the bridge would open in May, even if the budget vote fails.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge would open in May, even if the budget vote fails"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "`even if` states a condition of what was said, unlike `even though`, which the writer adds",
	},
	{
		name:   "figures after a finding",
		in:     "A new poll shows the mayor leading the race, with 40 percent of voters behind her.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the mayor leading the race, with 40 percent of voters behind her"}, Cue: "shows", Source: "A new poll", Rule: "reported"}},
		reason: "a with-phrase of figures after a comma details the finding; it is no new clause",
	},
	{
		name:   "a second that-clause",
		in:     "Most voters believe there are no good options, but that the lesser evil will do.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"there are no good options, but that the lesser evil will do"}, Cue: "believe", Source: "Most voters", Rule: "reported"}},
		reason: "`but that` and a clause is a second complement of the same cue, not the writer's contrast",
	},
	{
		name:   "apposition with a relative clause",
		in:     "The mayor said the money would be better spent on the river, the old waterway that runs past the mills and the docks.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the money would be better spent on the river"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "an apposition after the content is the writer's; an and inside its relative clause makes it no list",
	},
	{
		name:   "list of titled names",
		in:     "The mayor praised Ohio Gov. Ann Lee, Iowa Sen. Bob Kim and Texas Rep. Jo Park.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Ohio Gov. Ann Lee, Iowa Sen. Bob Kim and Texas Rep. Jo Park"}, Cue: "praised", Source: "The mayor", Rule: "reported"}},
		reason: "the words of a titled name count as one item, so the comma between names still reads as a list",
	},
	{
		name:   "list item of four words",
		in:     "The mayor praised her budget, bold new rail plans and Ann Lee.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"her budget, bold new rail plans and Ann Lee"}, Cue: "praised", Source: "The mayor", Rule: "reported"}},
		reason: "an item of a list may run to four words before the and that closes it",
	},
	{
		name:   "passive agent after the content",
		in:     "The judge was recommended for the job by Governor Ann Lee.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The judge", "for the job"}, Cue: "recommended", Source: "Governor Ann Lee", Rule: "reported-passive"}},
		reason: "by and a name after what a passive cue reports is its agent, the source, not more content",
	},
	{
		name:   "through a spokeswoman",
		in:     "The mayor denied the charges through her lawyer.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the charges"}, Cue: "denied", Source: "The mayor", Rule: "reported"}},
		reason: "through and a spokesperson or a lawyer names who carried the statement, not what it said",
	},
	{
		name:   "subordinate clause at the end",
		in:     "The mayor changed her story at the hearing, when she claimed that the Green Party, or GP, had paid for the ads.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the Green Party, or GP, had paid for the ads"}, Cue: "claimed", Source: "she", Rule: "reported-that"}},
		reason: "a subordinate clause after the main clause runs to the end of the sentence; only a fronted one ends at its comma",
	},
	{
		name:   "subordinate clause before the main clause",
		in:     "Two days after the mayor said the bridge was safe, it collapsed.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge was safe"}, Cue: "said", Source: "the mayor", Rule: "reported"}},
		reason: "a main clause after the comma ends the subordinate clause that holds the cue",
	},
	{
		name:   "next place in a ranking",
		in:     "A new poll shows Lee at 40 percent, followed by Kim at 30 percent.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Lee at 40 percent, followed by Kim at 30 percent"}, Cue: "shows", Source: "A new poll", Rule: "reported"}},
		reason: "followed by and a figure gives the next place of the same finding",
	},
	{
		name:   "concession without a subject",
		in:     "The mayor said a deal was possible, though not likely before May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"a deal was possible, though not likely before May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a though-phrase with no subject of its own qualifies what was said",
	},
	{
		name:   "alternative after or",
		in:     "The mayor does not want the attacks to stick, or to appear rattled.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the attacks to stick, or to appear rattled"}, Cue: "want", Source: "The mayor does not", Rule: "reported"}},
		reason: "or and to or a preposition after an object's comma offers an alternative within the same content",
	},
	{
		name:   "what the object is taken as",
		in:     "The mayor pointed to the new bridge, as proof of her record.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge, as proof of her record"}, Cue: "pointed to", Source: "The mayor", Rule: "reported"}},
		reason: "`, as` and a noun phrase with no verb says what the object is taken as; it opens no clause of the writer's",
	},
	{
		name:   "aside after a subject that looked like an object",
		in:     "The council hoped the meeting, set for early May, would end the feud.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the meeting, set for early May, would end the feud"}, Cue: "hoped", Source: "The council", Rule: "reported"}},
		reason: "an aside closed by a comma and a verb shows the noun phrase was the subject of a clause that goes on",
	},
	{
		name:   "frame inside the content",
		in:     "The mayor said the bridge, despite a drop in funding, would open in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge, despite a drop in funding, would open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "an aside closed by a comma and followed by the verb belongs to the content",
	},
	{
		name:   "what a quotation was said of",
		in:     `"We will win," Mr. King said of the odds facing Democrats.`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"We will win,"}, Marks: []string{`"`, `"`}, Cue: "said", Source: "Mr. King", Rule: "cue-after"}},
		reason: "the cue of a quotation reports a second statement only through a clause of its own; `of the odds` says what the quotation was about",
	},
	{
		name:   "seeming in a condition",
		in:     "The deal may fail if the reasons for it seem weak to the board.",
		want:   nil,
		reason: "a verb of seeming under if states a condition, not the writer's assessment",
	},
	{
		name:   "sentence in brackets",
		in:     "(The mayor said the bridge would close.)",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge would close"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "the opening bracket is no part of the subject",
	},
	{
		name:   "gerund object",
		in:     "The groups reported spending six million dollars on ads.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"spending six million dollars on ads"}, Cue: "reported", Source: "The groups", Rule: "reported"}},
		reason: "a gerund after a cue is its object, what was reported",
	},
	{
		name:   "gerund after a phrasal cue",
		in:     "Many of the workers worry about losing their jobs.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"losing their jobs"}, Cue: "worry about", Source: "Many of the workers", Rule: "reported"}},
		reason: "after the preposition of a phrasal cue a gerund is the object, whatever the cue's tense",
	},
	{
		name:   "cue as a gerund after by",
		in:     "The senator distanced himself from the group by saying he would help the governor.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"he would help the governor"}, Cue: "saying", Source: "The senator distanced himself from the group", Rule: "reported-participle"}},
		reason: "after by, a cue in -ing is a verb whose subject is the sentence's, not a noun",
	},
	{
		name:   "promise noun with an infinitive",
		in:     "His promises to raise taxes on the rich were broken.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"to raise taxes on the rich"}, Cue: "promises", Source: "His", Rule: "reported-nominal"}},
		reason: "a noun of commitment reports its infinitive, up to the verb of the clause around it",
	},
	{
		name:   "threat noun before a destination",
		in:     "The vote was a threat to the party.",
		want:   nil,
		reason: "to before a determiner is a preposition, not an infinitive",
	},
	{
		name:   "possessive subject after a comma and but",
		in:     "He earned thousands before his bid, but his campaign said he halted all paid speeches.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"he halted all paid speeches"}, Cue: "said", Source: "his campaign", Rule: "reported"}},
		reason: "`, but his campaign said`: a clause of its own, whose subject opens with a possessive",
	},
	{
		name: "and when asked",
		in:   "She said fathers would not be eligible, and when asked about the plan, she changed the subject.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"fathers would not be eligible"}, Cue: "said", Source: "She", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"about the plan"}, Cue: "asked", Rule: "reported-asked"},
		},
		reason: "`, and when asked …` opens a clause of the speaker's, not more content",
	},
	{
		name:   "lone dash after the content",
		in:     "The mayor predicted that the bridge would open in May — the third delay this year.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the bridge would open in May"}, Cue: "predicted", Source: "The mayor", Rule: "reported-that"}},
		reason: "a dash with no partner adds the writer's comment to the report",
	},
	{
		name:   "lone dash before an example",
		in:     "The mayor said several roads would close next week — including the harbor road.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"several roads would close next week — including the harbor road"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a dash before including goes on with the content",
	},
	{
		name:   "aside between dashes in an object",
		in:     "The council praised the new ferry — which a local yard built in a year — for its low fares.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new ferry — which a local yard built in a year — for its low fares"}, Cue: "praised", Source: "The council", Rule: "reported"}},
		reason: "an aside between two dashes sits inside the object, which goes on after it",
	},
	{
		name:   "apposition after the content",
		in:     "The minister said exports rose by ten percent, a record for the region.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"exports rose by ten percent"}, Cue: "said", Source: "The minister", Rule: "reported"}},
		reason: "an indefinite noun phrase after the comma is the writer's apposition to the whole report",
	},
	{
		name:   "list of quoted items after a comma",
		in:     `The mayor said the plan was "costly," a "mistake" and a "disaster."`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`the plan was "costly," a "mistake" and a "disaster.`}, Marks: []string{`"`, `"`, `"`, `"`, `"`, `"`}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "the marks of quoted items do not count against the reach of a list",
	},
	{
		name:   "and a bare plural subject",
		in:     "The mayor said the stadium would open in May, and neighbours have planted trees along the road.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the stadium would open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "`, and neighbours have …` opens a clause of its own: a subject without a determiner and its verb",
	},
	{
		name:   "and a bare subject far from its verb",
		in:     "The mayor said the stadium would open in May, and none of the nine members of the council has agreed.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the stadium would open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "the verb of the clause after , and may come ten words on",
	},
	{
		name: "and a bare subject before say",
		in:   "The mayor said the stadium would open in May, and engineers say otherwise.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the stadium would open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"},
		},
		reason: "say is the finite verb of the clause after , and",
	},
	{
		name:   "relative clause closed by a comma with no verb after it",
		in:     "The mayor said traffic would ease on the new bridge, which opened in May, for the first time in years.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"traffic would ease on the new bridge"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a relative clause sits inside the content only when the clause's verb follows its closing comma",
	},
	{
		name:   "relative clause closed by a comma before an adverb and the verb",
		in:     "The mayor said the bridge, which opened in May, still needs repairs.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge, which opened in May, still needs repairs"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "an adverb may stand between the closing comma and the verb",
	},
	{
		name:   "quotation that finishes reported content",
		in:     `The mayor said the delay was not the fault of the builders, "not in any way."`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`the delay was not the fault of the builders, "not in any way.`}, Marks: []string{`"`, `"`}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a quotation after a comma that ends the reported sentence finishes one mixed statement",
	},
	{
		name:   "quotation of a participle after reported content",
		in:     `The mayor answered the council by saying, "The bridge will open in May."`,
		want:   []view{{Role: speech, Kind: direct, Parts: []string{"The bridge will open in May."}, Marks: []string{`"`, `"`}, Cue: "answered", Source: "The mayor", Rule: "cue-before"}},
		reason: "the quotation after `by saying,` is the participle's, not the end of other content",
	},
	{
		name:   "object with its examples after a comma",
		in:     "The council praised several projects, including the new bridge over the harbor.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"several projects, including the new bridge over the harbor"}, Cue: "praised", Source: "The council", Rule: "reported"}},
		reason: "`, including …` gives examples of the object, which goes on",
	},
	{
		name:   "thought inside reported content",
		in:     "The mayor said she expects the bridge to open in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she expects the bridge to open in May"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a cue of thought inside what another cue reports is part of that statement",
	},
	{
		name:   "a where-clause after a comma goes on with the content",
		in:     "The mayor said the plant would move to Ohio, where wages are lower.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plant would move to Ohio, where wages are lower"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a where-clause describes the place inside what is said; PolNeAR keeps it in the statement (issue #4)",
	},
	{
		name:   "'s before a participle is has",
		in:     "He's said the governor will sign the bill.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the governor will sign the bill"}, Cue: "said", Source: "He's", Rule: "reported"}},
		reason: "`'s said she will` is has said, active; not a passive whose subject is reported (issue #4)",
	},
	{
		name: "as well as and but rather go on with the content",
		in:   "She said the plan would raise taxes on renters, as well as owners. He said the council should not wait, but rather act now.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the plan would raise taxes on renters, as well as owners"}, Cue: "said", Source: "She", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"the council should not wait, but rather act now"}, Cue: "said", Source: "He", Rule: "reported"},
		},
		reason: "as well as adds to a list and but rather corrects the same clause; neither is the writer's frame (issue #4)",
	},
	{
		name:   "speech inside content fronted before a say-verb",
		in:     "Aides told donors the bill would pass, the senator said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Aides told donors the bill would pass"}, Cue: "said", Source: "the senator", Rule: "reported-fronted"}},
		reason: "what the senator said holds the aides' words; PolNeAR annotates the outer statement (issue #4)",
	},
	{
		name: "speech inside a that-clause or what is said",
		in:   "The paper wrote that the mayor said the bridge would open in May. Aides said the governor told donors he would run.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"that the mayor said the bridge would open in May"}, Cue: "wrote", Source: "The paper", Rule: "reported-that"},
			{Role: speech, Kind: indirect, Parts: []string{"the governor told donors he would run"}, Cue: "said", Source: "Aides", Rule: "reported"},
		},
		reason: "PolNeAR annotates the outer statement of a that-clause or a say-verb, not the cues inside it (issue #4)",
	},
	{
		name:   "speech verb with an object inside reported content",
		in:     "The mayor said the council would praise the new bridge next week.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the council would praise the new bridge next week"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a cue with only a noun phrase after it inside reported content is part of that statement",
	},
	{
		name:   "thought inside fronted content",
		in:     "The mayor believes the bridge will open in May, the council said.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The mayor believes the bridge will open in May"}, Cue: "said", Source: "the council", Rule: "reported-fronted"}},
		reason: "content before its cue takes in the statements of thought found inside it first",
	},
	{
		name:   "passive inside reported content",
		in:     "The mayor said the bridge was criticized by engineers for its cost.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge was criticized by engineers for its cost"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "a cue in the passive inside what another cue reports is part of that statement",
	},
	{
		name:   "object list with a comma before and",
		in:     "The mayor attacked engineers, builders, and the ferry crews for the delay.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"engineers, builders, and the ferry crews for the delay"}, Cue: "attacked", Source: "The mayor", Rule: "reported"}},
		reason: "`, and` before a noun phrase closes a list of objects",
	},
	{
		name:   "object then a clause after a comma and",
		in:     "The mayor praised the engineers, and the council approved the budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the engineers"}, Cue: "praised", Source: "The mayor", Rule: "reported"}},
		reason: "`, and` before a clause ends the object",
	},
	{
		name:   "list of quoted items with the comma inside the marks",
		in:     `The mayor called the builder a "cheap firm," a "bad firm" and a "disgrace."`,
		want:   []view{{Role: speech, Kind: mixed, Parts: []string{`the builder a "cheap firm," a "bad firm" and a "disgrace.`}, Marks: []string{`"`, `"`, `"`, `"`, `"`, `"`}, Cue: "called", Source: "The mayor", Rule: "reported"}},
		reason: "the closing mark after an item's comma does not hide the article of the next item",
	},
	{
		name:   "verb of expecting in a relative clause",
		in:     "The vote, which is widely expected to pass in May, will cost the city millions.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"which", "to pass in May"}, Cue: "expected", Rule: "reported-raising"}},
		reason: "the relative clause, and what it reports, ends at its comma",
	},
	{
		name:   "verb of expecting in a subordinate clause",
		in:     "While the bridge is not expected to open this year, the ferry will run all winter.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge", "to open this year"}, Cue: "expected", Rule: "reported-raising"}},
		reason: "a clause opened by while ends at its comma",
	},
	{
		name:   "according to before the sentence",
		in:     "According to the report, the bridge will open in May, and the ferry will stop.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge will open in May, and the ferry will stop"}, Cue: "According to", Source: "the report", Rule: "according-to"}},
		reason: "a source that opens the sentence stands for all of it",
	},
	{
		name:   "as-clause before the sentence",
		in:     "As the mayor said on Monday, the bridge will open in May, but the ferry will stop.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the bridge will open in May, but the ferry will stop"}, Cue: "said", Source: "the mayor", Rule: "reported-as"}},
		reason: "an as-clause that opens the sentence announces all of it",
	},
	{
		name:   "parenthetical cue with a second clause",
		in:     "The bridge, the mayor said, will open in May, but the ferry will stop.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"The bridge", "will open in May, but the ferry will stop"}, Cue: "said", Source: "the mayor", Rule: "reported-parenthetical"}},
		reason: "a cue inside the sentence reports the sentence around it",
	},
	{
		name:   "according to inside the sentence",
		in:     "Two bridges, according to the report, will open in May, but the ferry will stop.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Two bridges", "will open in May, but the ferry will stop"}, Cue: "according to", Source: "the report", Rule: "according-to"}},
		reason: "according to inside the sentence reports the sentence around it",
	},
	{
		name:   "a phrase of time after an apposition is no subject",
		in:     "Mayor Ana Ruiz, who chairs the council, on Sunday defended the plan to close the depot.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the plan to close the depot"}, Cue: "defended", Source: "Mayor Ana Ruiz, who chairs the council,", Rule: "reported"}},
		reason: "`on Sunday` says when; the subject is before the apposition",
	},
	{
		name:   "a statement held whole inside another's content is part of it",
		in:     "The mayor mocked reports saying the bridge would close in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"reports saying the bridge would close in May"}, Cue: "mocked", Source: "The mayor", Rule: "reported"}},
		reason: "what the reports say lies inside what the mayor mocked: one statement, even after a cue that is no firm report",
	},
	{
		name: "a thought in a relative clause inside the subject ends at the say-verb",
		in:   "Voters who think the plan is wrong say it will fail.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"the plan is wrong"}, Cue: "think", Source: "Voters who", Rule: "reported"},
			{Role: speech, Kind: indirect, Parts: []string{"it will fail"}, Cue: "say", Source: "Voters who think the plan is wrong", Rule: "reported"},
		},
		reason: "the thought's clause has its own verb; say is the sentence's, and its statement is no part of the thought",
	},
	{
		name: "a cue's content ends before a source that closes the sentence",
		in:   "The mayor agreed to sell the depot in 2010, records show.",
		want: []view{
			{Role: speech, Kind: indirect, Parts: []string{"The mayor agreed to sell the depot in 2010"}, Cue: "show", Source: "records", Rule: "reported-fronted"},
		},
		reason: "`, records show.` fronts the whole sentence; the agreement's content stops at its comma, so it lies inside what records show and is part of it",
	},
	{
		name:   "a plural subject after and is the cue's own",
		in:     "The mayor cut the fee in March, and aides say she will seek a second term.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"she will seek a second term"}, Cue: "say", Source: "aides", Rule: "reported"}},
		reason: "aides is the subject of say, not an adverb between and and the second verb of the mayor",
	},
	{
		name:   "a group noun after but is the subject of any cue",
		in:     "The mayor cut the fee in March, but analysts agreed it was still too high.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"it was still too high"}, Cue: "agreed", Source: "analysts", Rule: "reported"}},
		reason: "analysts, a group that speaks, is the subject of agreed",
	},
	{
		name:   "according to between an adverbial and a clause",
		in:     "At noon, according to the log, the crews left the depot.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"At noon", "the crews left the depot"}, Cue: "according to", Source: "the log", Rule: "according-to"}},
		reason: "a clause with its verb after the source's comma is content, not an apposition to the source",
	},
	{
		name:   "according to after a colon",
		in:     "It has not gone unnoticed: according to the polls, the senator holds a narrow lead.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the senator holds a narrow lead"}, Cue: "according to", Source: "the polls", Rule: "according-to"}},
		reason: "a colon opens a clause as the start of a sentence does",
	},
	{
		name:   "a capitalised cue word inside a name is no cue",
		in:     "The Daily Post reported that the bridge will open in May.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that the bridge will open in May"}, Cue: "reported", Source: "The Daily Post", Rule: "reported-that"}},
		reason: "Post is part of the newspaper's name; the verb after the name is the cue",
	},
	{
		name:   "a headline capitalises its cue",
		in:     "Ann Lee Warns That Bridge Will Close In May\n\nThe bridge will close.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"That Bridge Will Close In May"}, Cue: "Warns", Source: "Ann Lee", Rule: "reported-that"}},
		reason: "every word of a headline is capitalised: the cue is still a verb",
	},
	{
		name:   "relative clause after a comma is no fronting cue",
		in:     "The bridge will open in May, a date that the engineers dispute.",
		want:   nil,
		reason: "`a date that the engineers` is a noun and its relative clause, not the subject of a cue",
	},
	{
		name:   "clause of time after an object noun phrase",
		in:     "The senator endorsed the new bridge after the council approved its budget.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "`after` with a clause of its own gives the writer's time of the endorsement, not what was endorsed",
	},
	{
		name:   "time adverbial after an object noun phrase",
		in:     "The senator endorsed the new bridge in early June.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "`in early June` closing the clause says when the senator endorsed it, not what was endorsed",
	},
	{
		name:   "one-word object",
		in:     "The senator endorsed Halvorsen last week.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"Halvorsen"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "a name alone is what a cue of evaluation reports",
	},
	{
		name:   "apposition with the at the end of the content",
		in:     "The mayor said the money would be better spent on the ferry service, the oldest link to the island.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the money would be better spent on the ferry service"}, Cue: "said", Source: "The mayor", Rule: "reported"}},
		reason: "`the oldest link to the island` is the writer's note on the ferry service, not the mayor's words",
	},
	{
		name:   "fronted adverbial inside the content before the",
		in:     "The mayor said that by the end of the year, the ferry would run every hour.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"that by the end of the year, the ferry would run every hour"}, Cue: "said", Source: "The mayor", Rule: "reported-that"}},
		reason: "a comma after an adverbial that opens the content is no apposition",
	},
	{
		name:   "second predicate after but ends an object",
		in:     "The senator endorsed the new bridge but was absent from the vote.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "`but was absent …` says more of the senator, not what was endorsed",
	},
	{
		name:   "clause of its own after and ends an object",
		in:     "The senator endorsed the new bridge and Mayor Lee signed the order.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "`and Mayor Lee signed …` is a second event the writer tells, not part of what was endorsed",
	},
	{
		name:   "day name after an object noun phrase",
		in:     "The senator endorsed the new bridge Tuesday.",
		want:   []view{{Role: speech, Kind: indirect, Parts: []string{"the new bridge"}, Cue: "endorsed", Source: "The senator", Rule: "reported"}},
		reason: "a bare day name closing the clause says when, not what was endorsed",
	},
	{
		name:   "subordinate clause after a comma is no fronting cue",
		in:     "The bridge will open in May, even if the engineers disagree.",
		want:   nil,
		reason: "`even if the engineers disagree` is a condition, not a cue with its subject",
	},
}

func TestReported(t *testing.T) { checkViews(t, reportedTests) }

func TestNegated(t *testing.T) {
	e, err := quote.NewExtractor(quote.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string][2]bool{
		"The mayor did not say whether the bridge would reopen.": {true, false},
		"He would not say when the talks would resume.":          {true, true},
		"She may have said that the plan was dead.":              {false, true},
		"She said that the plan was dead.":                       {false, false},
		"A spokesman declined to comment on the talks.":          {true, false},
	} {
		qs, err := e.Extract(in)
		if err != nil || len(qs) != 1 {
			t.Errorf("Extract(%q) = %d quotes, %v", in, len(qs), err)
			continue
		}
		if got := [2]bool{qs[0].Cue.Negated, qs[0].Cue.Hedged}; got != want {
			t.Errorf("Extract(%q): negated, hedged = %v, want %v", in, got, want)
		}
	}
}

func TestCue(t *testing.T) {
	tests := []struct {
		name string
		opts quote.Options
		in   string
		want quote.Cue
	}{
		{name: "say", in: `"Yes," she said.`, want: quote.Cue{Span: quote.Span{Start: 11, End: 15}, Lemma: "say", Class: quote.Speaking}},
		{name: "write", in: `He wrote: "Never."`, want: quote.Cue{Span: quote.Span{Start: 3, End: 8}, Lemma: "write", Class: quote.Writing}},
		{name: "extra verb", opts: quote.Options{Verbs: []string{"Intoned"}}, in: `He intoned, "Never."`, want: quote.Cue{Span: quote.Span{Start: 3, End: 10}, Lemma: "intoned", Class: quote.Speaking}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := quote.NewExtractor(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			qs, err := e.Extract(tc.in)
			if err != nil || len(qs) != 1 {
				t.Fatalf("Extract(%q) = %d quotes, %v; want 1 quote", tc.in, len(qs), err)
			}
			if diff := cmp.Diff(tc.want, qs[0].Cue); diff != "" {
				t.Errorf("Extract(%q) cue mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestNewExtractorErrors(t *testing.T) {
	tests := []struct {
		name string
		opts quote.Options
	}{
		{"negative MaxInputBytes", quote.Options{MaxInputBytes: -1}},
		{"negative MaxQuoteBytes", quote.Options{MaxQuoteBytes: -1}},
		{"negative MaxNesting", quote.Options{MaxNesting: -1}},
		{"empty verb", quote.Options{Verbs: []string{"intoned", ""}}},
		{"blank verb", quote.Options{Verbs: []string{" \t"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := quote.NewExtractor(tc.opts)
			if err == nil {
				t.Fatalf("NewExtractor(%+v) = %v, nil; want an error", tc.opts, e)
			}
			if !strings.HasPrefix(err.Error(), "quote: ") {
				t.Errorf("NewExtractor(%+v) error %q lacks the package prefix", tc.opts, err)
			}
		})
	}
}

func TestExtractTooLarge(t *testing.T) {
	e, err := quote.NewExtractor(quote.Options{MaxInputBytes: 10})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Extract(`"Yes," he`); err != nil {
		t.Errorf("Extract of 9 bytes: %v, want no error", err)
	}
	if _, err := e.Extract(`"Yes," he.`); err != nil {
		t.Errorf("Extract of exactly MaxInputBytes: %v, want no error", err)
	}
	qs, err := e.Extract(`"Yes," he said.`)
	if !errors.Is(err, quote.ErrTooLarge) {
		t.Errorf("Extract of 15 bytes: error %v, want one wrapping ErrTooLarge", err)
	}
	if qs != nil {
		t.Errorf("Extract of 15 bytes = %v, want nil", qs)
	}
}

func FuzzExtract(f *testing.F) {
	for _, tc := range extractTests {
		f.Add(tc.in)
	}
	for _, s := range []string{
		"\xff\xfe", "\"a\x00b\"", "\r\n\r\n\"a\r\"b\"", "« a », b", "“a\n“b\n“c", "''a''b''", "'''",
		"\"a 'b \"c' d\"", "5'11\"", "\"a,\" said", ": \"", "「『a』」",
		"He left. \"We will go,\" saying that the plan holds.", // a participle right after a quotation
		"\"We stay,\" a spokesman said, adding that \"talks go on.\"",
		"Ann reportedly,", "He reportedly —", "\"Hi\" Ann reportedly--", // nothing after the adverb
		"asked by", "He said it. Asked by", "When told by", // nothing after the agent's "by"
	} {
		f.Add(s)
	}
	e, err := quote.NewExtractor(quote.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		type result struct {
			qs  []quote.Quote
			err error
		}
		done := make(chan result, 1)
		go func() { qs, err := e.Extract(s); done <- result{qs, err} }()
		var qs []quote.Quote
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatalf("Extract(%q): %v", s, r.err)
			}
			qs = r.qs
		case <-time.After(5 * time.Second):
			t.Fatalf("Extract(%q) did not return within 5s", s)
		}
		bound := testdoc.Boundaries(s)
		check := func(what string, qi int, sp quote.Span) {
			t.Helper()
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("quote %d: %s %v out of bounds [0,%d) in %q", qi, what, sp, len(s), s)
			}
			if !bound[sp.Start] || !bound[sp.End] {
				t.Fatalf("quote %d: %s %v not on character boundaries in %q", qi, what, sp, s)
			}
		}
		for qi, q := range qs {
			if len(q.Parts) == 0 {
				t.Fatalf("quote %d has no parts in %q", qi, s)
			}
			for pi, p := range q.Parts {
				check("part", qi, p)
				if p.Len() == 0 {
					t.Fatalf("quote %d: part %d is empty in %q", qi, pi, s)
				}
				if pi > 0 && q.Parts[pi-1].End > p.Start {
					t.Fatalf("quote %d: part %d %v overlaps or precedes part %d %v in %q", qi, pi, p, pi-1, q.Parts[pi-1], s)
				}
			}
			// A quotation has its marks around its parts; reported speech has none of its own,
			// and a mixed statement holds the marks of its quoted fragments inside its parts.
			reported := strings.HasPrefix(q.Rule, "reported") || q.Rule == "according-to"
			if len(q.Marks) == 0 && !reported {
				t.Fatalf("quote %d has no marks in %q", qi, s)
			}
			for mi, m := range q.Marks {
				check("mark", qi, m)
				if m.Len() == 0 {
					t.Fatalf("quote %d: mark %d is empty in %q", qi, mi, s)
				}
				for _, p := range q.Parts {
					if m.Overlaps(p) && !reported && q.Kind != quote.Mixed {
						t.Fatalf("quote %d: mark %v overlaps part %v in %q", qi, m, p, s)
					}
				}
			}
			if q.Cue.Lemma != "" {
				check("cue", qi, q.Cue.Span)
				if q.Cue.Span.Len() == 0 {
					t.Fatalf("quote %d: empty cue span with lemma %q in %q", qi, q.Cue.Lemma, s)
				}
			} else if !q.Cue.Span.IsZero() {
				t.Fatalf("quote %d: cue span %v without a lemma in %q", qi, q.Cue.Span, s)
			}
			check("source", qi, q.Source)
			if q.Role < quote.Speech || q.Role > quote.Embedded || q.Rule == "" || q.Depth < 0 {
				t.Fatalf("quote %d: bad role %d, rule %q or depth %d in %q", qi, q.Role, q.Rule, q.Depth, s)
			}
			if qi > 0 && qs[qi-1].Parts[0].Start >= q.Parts[0].Start {
				t.Fatalf("quote %d at %v is not after quote %d at %v in %q", qi, q.Parts[0], qi-1, qs[qi-1].Parts[0], s)
			}
		}
		qs2, err := e.Extract(s)
		if err != nil {
			t.Fatalf("second Extract(%q): %v", s, err)
		}
		if diff := cmp.Diff(qs, qs2); diff != "" {
			t.Fatalf("Extract(%q) differs between runs (-first +second):\n%s", s, diff)
		}
	})
}
