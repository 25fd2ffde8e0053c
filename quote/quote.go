package quote

import (
	"errors"
	"fmt"
	"sync"

	"github.com/whosaid/whosaid/internal/enum"

	"github.com/whosaid/whosaid/internal/text"
)

// A Span is a half-open range [Start, End) of byte offsets into the input text.
type Span = text.Span

// Kind says how a statement is reported.
type Kind uint8

// The statement kinds.
const (
	Direct   Kind = iota + 1 // all of the content is inside quotation marks
	Indirect                 // reported speech without quotation marks
	Mixed                    // reported speech holding a quoted fragment
)

var kindNames = enum.Names{Pkg: "quote", Type: "kind", Names: []string{"", "direct", "indirect", "mixed"}}

// String returns "direct", "indirect" or "mixed".
func (k Kind) String() string { return kindNames.Name(int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := kindNames.Unmarshal(b)
	*k = Kind(i)
	return err
}

// Role says what a quoted stretch of text is doing in its sentence.
type Role uint8

// The roles of quoted text. Only Speech and Fragment make statements; the others are quoted for
// other reasons.
const (
	Speech   Role = iota + 1 // words someone said, standing on their own or beside a cue
	Fragment                 // quoted words inside a sentence that reports or discusses them
	Title                    // a title, name or nickname: "The Apprentice"
	Scare                    // a word held at a distance: so-called "experts"
	Embedded                 // quoted words inside a quotation, not speech of their own
)

var roleNames = enum.Names{Pkg: "quote", Type: "role", Names: []string{"", "speech", "fragment", "title", "scare", "embedded"}}

// String returns "speech", "fragment", "title", "scare" or "embedded".
func (r Role) String() string { return roleNames.Name(int(r)) }

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return roleNames.Marshal(int(r)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error {
	i, err := roleNames.Unmarshal(b)
	*r = Role(i)
	return err
}

// CueClass says what kind of act a cue reports.
type CueClass uint8

// The cue classes.
const (
	Speaking   CueClass = iota + 1 // say, tell, add, argue, insist
	Manner                         // a way of speaking or a turn of dialogue: cry, whisper, go on
	Writing                        // write, post, tweet, publish
	Cognition                      // think, believe, hope, fear
	Commitment                     // promise, pledge, vow, threaten
	Evaluation                     // praise, criticize, endorse, slam
	Intention                      // want, plan, seek, call for
	Evidence                       // show, find, reveal, seem
)

var cueClassNames = enum.Names{Pkg: "quote", Type: "cue class", Names: []string{
	"", "speech", "manner", "writing", "cognition", "commitment", "evaluation", "intention", "evidence"}}

// String returns the class name used in the cue lexicon and in JSON: "speech", "manner",
// "writing", "cognition", "commitment", "evaluation", "intention" or "evidence".
func (c CueClass) String() string { return cueClassNames.Name(int(c)) }

// MarshalText implements encoding.TextMarshaler.
func (c CueClass) MarshalText() ([]byte, error) {
	return cueClassNames.Marshal(int(c))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *CueClass) UnmarshalText(b []byte) error {
	i, err := cueClassNames.Unmarshal(b)
	*c = CueClass(i)
	return err
}

// reports reports whether c introduces words someone said or wrote (speech, writing), as
// opposed to thoughts, wishes, judgements and findings.
func (c CueClass) reports() bool { return c == Speaking || c == Writing }

// A Cue is the word or words that introduce a statement: "said", "told", "went on".
type Cue struct {
	Span  Span     `json:"span"`  // the cue word or words
	Lemma string   `json:"lemma"` // "say" for said, says, saying
	Class CueClass `json:"class"` // what kind of act the cue reports
	// Negated reports a cue said not to have happened: "did not say", "never said", "denied
	// saying". Such a statement is reported, marked, not dropped.
	Negated bool `json:"negated,omitempty"`
	// Hedged reports a cue under a modal: "would not say", "may have said".
	Hedged bool `json:"hedged,omitempty"`
}

// A Quote is a stretch of quoted text and what the extractor made of it.
type Quote struct {
	// Kind is Direct for speech and Mixed for a fragment; zero for titles and scare quotes.
	Kind Kind `json:"kind,omitempty"`
	// Role says whether the quoted text is speech, a fragment, a title or a scare quote.
	Role Role `json:"role"`
	// Parts are the content spans, quotation marks excluded: one for a simple quote, one per
	// paragraph for a quote that runs over paragraphs, one per piece of a split quote
	// ("A," he said, "B.").
	Parts []Span `json:"parts"`
	// Marks are the quotation marks that open and close the parts, in text order.
	Marks []Span `json:"marks"`
	// Cue is the speech cue next to the quote, if one was found (Cue.Lemma != "").
	Cue Cue `json:"cue,omitzero"`
	// Source is the stretch of text where the cue's subject (the speaker) stands: "he" in
	// `"…," he said`, "Mr. Smith" in `"…," said Mr. Smith, a spokesman.`.
	// It is zero when there is no cue.
	Source Span `json:"source,omitzero"`
	// Rule names the rule that decided Role and Cue, such as "cue-after" or "standalone".
	Rule string `json:"rule"`
	// Depth is 0 for a quote in running text and 1 or more for a quote inside another.
	Depth int `json:"depth,omitempty"`
	// Unclosed reports that the closing mark was missing and the quote was ended at the end of
	// its paragraph.
	Unclosed bool `json:"unclosed,omitempty"`
}

// IsStatement reports whether q reports something someone said (its Role is Speech or
// Fragment).
func (q *Quote) IsStatement() bool { return q.Role == Speech || q.Role == Fragment }

// Span returns the span from the start of the first part to the end of the last.
func (q *Quote) Span() Span {
	if len(q.Parts) == 0 {
		return Span{}
	}
	return Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
}

// Defaults for the zero fields of [Options].
const (
	DefaultMaxInputBytes = 16 << 20
	DefaultMaxQuoteBytes = 64 << 10
	DefaultMaxNesting    = 8
)

// Options configures an [Extractor]. The zero value selects the defaults.
type Options struct {
	// MaxInputBytes bounds the size of one text; 0 means DefaultMaxInputBytes.
	MaxInputBytes int
	// MaxQuoteBytes bounds how far a quote may run over paragraphs; 0 means
	// DefaultMaxQuoteBytes. A quote that reaches it ends at the end of its paragraph.
	MaxQuoteBytes int
	// MaxNesting bounds how deep quotes nest; marks deeper than this are ignored. 0 means
	// DefaultMaxNesting.
	MaxNesting int
	// Verbs are extra speech cues, each a single word or phrase in any inflected form
	// ("intoned", "went on to say"), added to the built-in lexicon with class Speaking.
	Verbs []string
	// Reported says when statements without quotation marks are found; the zero value,
	// ReportedAuto, finds them except in fiction.
	Reported ReportedMode
}

// ReportedMode says when reported speech (statements without quotation marks) is found.
type ReportedMode uint8

// The reported-speech modes.
const (
	// ReportedAuto finds reported speech except in fiction (text.Doc.IsFiction): there "she
	// thought that …" is narration, and only quotations are what the characters say.
	ReportedAuto   ReportedMode = iota
	ReportedAlways              // find reported speech in every text
	ReportedNever               // find quotations only
)

// ErrTooLarge is returned, wrapped, when a text exceeds Options.MaxInputBytes.
var ErrTooLarge = errors.New("quote: input exceeds MaxInputBytes")

// An Extractor finds quotations and their cues. It is built once by [NewExtractor] and is safe
// for concurrent use.
type Extractor struct {
	opts Options
	cues *cueLexicon
	// noSpeech is, in the copy AppendDoc makes for one text, the tokens found to hold no
	// quotation that is speech (see speechAfter); nil in the Extractor callers hold.
	noSpeech *tokenRun
}

// NewExtractor returns an Extractor for opts, or an error if opts is invalid: a negative limit
// or an empty extra verb.
func NewExtractor(opts Options) (*Extractor, error) {
	if opts.MaxInputBytes < 0 || opts.MaxQuoteBytes < 0 || opts.MaxNesting < 0 {
		return nil, errors.New("quote: negative limit in Options")
	}
	if opts.Reported > ReportedNever {
		return nil, fmt.Errorf("quote: invalid Options.Reported %d", opts.Reported)
	}
	if opts.MaxInputBytes == 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	if opts.MaxQuoteBytes == 0 {
		opts.MaxQuoteBytes = DefaultMaxQuoteBytes
	}
	if opts.MaxNesting == 0 {
		opts.MaxNesting = DefaultMaxNesting
	}
	cues, err := builtinCues().with(opts.Verbs)
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: opts, cues: cues}, nil
}

// Extract returns the quotations in s, in text order. It returns an error wrapping
// [ErrTooLarge] if s is longer than Options.MaxInputBytes; any other text gives a result.
func (e *Extractor) Extract(s string) ([]Quote, error) {
	if len(s) > e.opts.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(s), e.opts.MaxInputBytes)
	}
	return e.ExtractDoc(text.Analyze(s)), nil
}

// ExtractDoc is Extract over a text analysed once and shared with other stages. It is how the
// attribution package calls this one; other callers use Extract.
func (e *Extractor) ExtractDoc(d *text.Doc) []Quote { return e.AppendDoc(nil, d) }

// AppendDoc is ExtractDoc appending the quotations to dst, for a caller that reads them and
// lets them go before the next text, and so can reuse one slice for every text.
func (e *Extractor) AppendDoc(dst []Quote, d *text.Doc) []Quote {
	sc := scratches.Get().(*scratch)
	defer sc.release()
	// The stages look up the same tokens among the cues again: this text's copy of e
	// remembers the answers (cueMemo), and e stays read-only for the other goroutines.
	sc.memo.reset(len(d.Tokens))
	cues := *e.cues
	cues.memo = &sc.memo
	run := *e
	run.cues = &cues
	sc.noSpeech = tokenRun{}
	run.noSpeech = &sc.noSpeech
	return run.appendDoc(dst, d, sc)
}

// appendDoc is AppendDoc with sc, the working memory of the text.
func (e *Extractor) appendDoc(dst []Quote, d *text.Doc, sc *scratch) []Quote {
	sc.spans.start(len(d.Marks()))
	p := pairer{d: d, maxDepth: e.opts.MaxNesting, maxBytes: e.opts.MaxQuoteBytes,
		regions: sc.regions[:0], stack: sc.stack[:0], spans: &sc.spans, kinds: sc.kinds}
	regs := p.run()
	qs := e.classify(d, regs, sc)
	sc.regions, sc.stack, sc.kinds = regs, p.stack, p.kinds
	switch e.opts.Reported {
	case ReportedNever:
		return append(dst, qs...)
	case ReportedAuto:
		if d.IsFiction() {
			return append(dst, qs...)
		}
	}
	return e.reported(dst, d, qs, sc)
}

// scratch is the working memory of one ExtractDoc call: the regions of the pairer, its stack
// and the kinds of a paragraph's marks, the quotations of classify and its region-to-quote
// index and joinSplit's last quote by depth, the coverage of the tokens and the reported
// statements before they are merged, and merge's own indexes. It is kept in scratches between
// documents, all but the spans the quotations hand out.
type scratch struct {
	spans    spanArena
	qs       []Quote
	regions  []region
	stack    []open
	kinds    []markKind
	of       []int
	prevAt   []int
	cover    []int32
	rep      []Quote
	top      []int
	drop     []bool
	pend     []Span   // the marks a reported statement takes in (see absorb)
	noSpeech tokenRun // see Extractor.noSpeech
	memo     cueMemo
	// cueSent is 1 + the sentence whose answer to sentenceHasCue cueSentHas holds, or 0.
	cueSent    int
	cueSentHas bool
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledCover bounds the scratches kept for reuse, so that one long text does not hold its
// tables for the short ones after it.
const maxPooledCover = 1 << 16

// release empties sc, whose regions and quotes point into the results, and keeps it for reuse.
func (sc *scratch) release() {
	sc.spans = spanArena{} // the block belongs to the quotations handed out
	if cap(sc.cover) > maxPooledCover {
		return
	}
	// The regions and the statements were written only below their lengths (dropEmpty,
	// dropInner and oneStart clear what they drop), and what lies beyond was cleared before:
	// clearing that again would cost as much for every text as for the longest one. Classify
	// counts on the quotations' room being clear: it sets only the fields a region gives.
	clear(sc.regions)
	clear(sc.stack[:cap(sc.stack)])
	clear(sc.rep)
	clear(sc.qs)
	scratches.Put(sc)
}

// spanArena hands out the spans of one text's quotations (parts and marks) from blocks that
// they share, so that a text allocates a block or two rather than a slice per quotation. The
// spans are the caller's once handed out: a block is never reused for another text.
type spanArena struct {
	free []Span
	next int  // the size of the next block
	more bool // whether the first block was allocated
}

// Sizes of the blocks, in spans. The first holds the pairs of the text's marks, three spans
// each, and a few statements; the next ones hold what it could not, each twice as many as the
// one before, up to a bound.
const (
	firstSpanSlack = 8
	maxFirstBlock  = 1024
	moreSpanBlock  = 16
	maxSpanBlock   = 256
)

// start readies a for a text with the given number of quotation marks; no block is allocated
// before a span is taken.
func (a *spanArena) start(marks int) {
	*a = spanArena{next: min(firstSpanSlack+3*marks/2, maxFirstBlock)}
}

// take returns n zero spans whose capacity ends at their length, so that an append to them
// cannot run into spans handed out after them.
func (a *spanArena) take(n int) []Span {
	if len(a.free) < n {
		a.free = make([]Span, max(a.next, n))
		if a.more {
			a.next = min(2*a.next, maxSpanBlock)
		} else {
			a.next, a.more = moreSpanBlock, true
		}
	}
	s := a.free[:n:n]
	a.free = a.free[n:]
	return s
}

// one returns a slice of the single span s.
func (a *spanArena) one(s Span) []Span {
	out := a.take(1)
	out[0] = s
	return out
}

// join returns the spans of x followed by those of y.
func (a *spanArena) join(x, y []Span) []Span {
	out := a.take(len(x) + len(y))
	copy(out[copy(out, x):], y)
	return out
}
