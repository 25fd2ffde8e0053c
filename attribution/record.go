package attribution

// SchemaVersion is the version of the [Record] layout; it changes only when a field changes
// meaning or goes away.
const SchemaVersion = 1

// A Record is the flat JSON form of a [Result] that the batch and server programs write, one
// per document: each part of a statement is one entry of Quotes, as the evaluation format of
// whosaid's corpora expects. Offsets are UTF-8 byte offsets into the document's text,
// half-open.
type Record struct {
	Schema   int            `json:"schema"`          // SchemaVersion
	ID       string         `json:"id"`              // the document's id
	Quotes   []RecordQuote  `json:"quotes"`          // one per statement part, in text order
	Entities []RecordEntity `json:"entities"`        // RecordQuote.Entity indexes it
	Timexes  []RecordTimex  `json:"timexes"`         // temporal expressions, in text order
	Error    string         `json:"error,omitempty"` // why the document gave no result
}

// A RecordTimex is one temporal expression of the document.
type RecordTimex struct {
	Start int    `json:"start"`         // byte offset of the first byte
	End   int    `json:"end"`           // byte offset after the last byte
	Type  string `json:"type"`          // DATE, TIME, DURATION or SET
	Value string `json:"value"`         // TIMEX3 value: "2025-01-20", "P3Y", "PRESENT_REF"
	Mod   string `json:"mod,omitempty"` // TIMEX3 mod: "START", "APPROX", …
}

// A RecordQuote is one content part of a statement.
type RecordQuote struct {
	Start int    `json:"start"` // byte offset of the part's first byte
	End   int    `json:"end"`   // byte offset after the part's last byte
	Kind  string `json:"kind"`  // "direct", "indirect" or "mixed"
	// Statement numbers the statements of the document from 0; the parts of one statement
	// share it, and Part numbers them.
	Statement int  `json:"statement"`
	Part      int  `json:"part"`             // the part's number within its statement
	Within    *int `json:"within,omitempty"` // the statement that quotes this one

	Speaker      *string `json:"speaker"`                  // the speaker's fullest name, or null
	SpeakerStart *int    `json:"speaker_start"`            // the local mention of the speaker
	SpeakerEnd   *int    `json:"speaker_end"`              // its end
	Entity       *int    `json:"entity"`                   // index into Entities, or null
	CueStart     *int    `json:"cue_start"`                // the cue word, or null
	CueEnd       *int    `json:"cue_end"`                  // its end
	Cue          string  `json:"cue,omitempty"`            // the cue's lemma: "say"
	CueClass     string  `json:"cue_class,omitempty"`      // "speech", "writing", …
	CueNegated   bool    `json:"cue_negated,omitempty"`    // "did not say", "declined to comment"
	CueHedged    bool    `json:"cue_hedged,omitempty"`     // "would not say", "may have said"
	SaidOn       *string `json:"said_on"`                  // TIMEX3 value, or null
	SaidOnSource string  `json:"said_on_source,omitempty"` // "explicit", "dateline" or "document"
	Topics       []Topic `json:"topics"`                   // what the statement is about, best first
	Confidence   float64 `json:"confidence"`               // of the speaker decision, in [0, 1]
	Rule         string  `json:"rule"`                     // the sieve that chose the speaker
	QuoteRule    string  `json:"quote_rule"`               // the rule that made the statement
}

// A RecordEntity is one entity of the document.
type RecordEntity struct {
	ID       int     `json:"id"`       // its index in Record.Entities
	Name     string  `json:"name"`     // the fullest name
	Kind     string  `json:"kind"`     // "person", "organisation", "place", "group", "role", "anonymous"
	Gender   string  `json:"gender"`   // "male", "female", "neuter", "plural" or "unknown"
	Mentions [][]int `json:"mentions"` // [start, end) of each mention
}

// Record returns the flat form of r.
func (r *Result) Record() Record {
	parts := 0
	for si := range r.Statements {
		parts += len(r.Statements[si].Parts)
	}
	// The optional numbers and dates the quotes point to, and the mentions' offsets, each
	// in one allocation rather than one per value.
	nums := make([]quoteNums, parts)
	ints := make([]int, 0, 2*len(r.Mentions))
	rec := Record{Schema: SchemaVersion, ID: r.ID, Quotes: make([]RecordQuote, 0, parts),
		Entities: make([]RecordEntity, 0, len(r.Entities)), Timexes: make([]RecordTimex, 0, len(r.Timexes))}
	for i := range r.Timexes {
		rec.Timexes = append(rec.Timexes, r.timexRecord(i))
	}
	for si := range r.Statements {
		for pi := range r.Statements[si].Parts {
			rec.Quotes = append(rec.Quotes, r.quoteRecord(si, pi, &nums[len(rec.Quotes)]))
		}
	}
	for _, e := range r.Entities {
		re := RecordEntity{ID: e.ID, Name: e.Name, Kind: e.Kind.String(), Gender: e.Gender.String(),
			Mentions: make([][]int, 0, len(e.Mentions))}
		for _, mi := range e.Mentions {
			m := r.Mentions[mi].Span
			ints = append(ints, m.Start, m.End)
			re.Mentions = append(re.Mentions, ints[len(ints)-2:len(ints):len(ints)])
		}
		rec.Entities = append(rec.Entities, re)
	}
	return rec
}

// quoteNums holds what the optional fields of a RecordQuote point to.
type quoteNums struct {
	within, speakerStart, speakerEnd, entity, cueStart, cueEnd int
	saidOn                                                     string
}

// quoteRecord returns part pi of statement si as a RecordQuote, its optional fields pointing
// into nums.
func (r *Result) quoteRecord(si, pi int, nums *quoteNums) RecordQuote {
	s := &r.Statements[si]
	p := s.Parts[pi]
	q := RecordQuote{
		Start: p.Start, End: p.End, Kind: s.Kind.String(), Statement: si, Part: pi,
		Topics: s.Topics, Confidence: s.Confidence, Rule: s.Rule, QuoteRule: s.Trail[0].Rule,
	}
	if s.Within >= 0 {
		nums.within = s.Within
		q.Within = &nums.within
	}
	if sp := s.Speaker; sp != nil {
		q.Speaker = &sp.Name
		nums.speakerStart, nums.speakerEnd = sp.Mention.Start, sp.Mention.End
		q.SpeakerStart, q.SpeakerEnd = &nums.speakerStart, &nums.speakerEnd
		if sp.Entity >= 0 {
			nums.entity = sp.Entity
			q.Entity = &nums.entity
		}
	}
	if s.Cue.Lemma != "" {
		nums.cueStart, nums.cueEnd = s.Cue.Span.Start, s.Cue.Span.End
		q.CueStart, q.CueEnd = &nums.cueStart, &nums.cueEnd
		q.Cue, q.CueClass = s.Cue.Lemma, s.Cue.Class.String()
		q.CueNegated, q.CueHedged = s.Cue.Negated, s.Cue.Hedged
	}
	if s.SaidOn.Value != "" {
		nums.saidOn = s.SaidOn.Value
		q.SaidOn = &nums.saidOn
		q.SaidOnSource = s.SaidOn.Source.String()
	}
	if q.Topics == nil {
		q.Topics = []Topic{}
	}
	return q
}

// timexRecord returns timex i as a RecordTimex.
func (r *Result) timexRecord(i int) RecordTimex {
	t := &r.Timexes[i]
	return RecordTimex{Start: t.Span.Start, End: t.Span.End, Type: t.Type.String(), Value: t.Value, Mod: t.Mod}
}
