package attribution

// SchemaVersion is the version of the [Record] layout; it changes only when a field changes
// meaning or goes away.
const SchemaVersion = 1

// A Record is the flat JSON form of a [Result] that the batch and server programs write, one
// per document: each part of a statement is one entry of Quotes, as the evaluation format of
// whosaid's corpora expects. Offsets are UTF-8 byte offsets into the document's text,
// half-open.
type Record struct {
	Schema   int            `json:"schema"`
	ID       string         `json:"id"`
	Quotes   []RecordQuote  `json:"quotes"`
	Entities []RecordEntity `json:"entities"`
	Timexes  []RecordTimex  `json:"timexes"`
	Error    string         `json:"error,omitempty"`
}

// A RecordTimex is one temporal expression of the document.
type RecordTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // DATE, TIME, DURATION or SET
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// A RecordQuote is one content part of a statement.
type RecordQuote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"` // "direct", "indirect" or "mixed"
	// Statement numbers the statements of the document from 0; the parts of one statement
	// share it, and Part numbers them.
	Statement int  `json:"statement"`
	Part      int  `json:"part"`
	Within    *int `json:"within,omitempty"` // the statement that quotes this one

	Speaker      *string `json:"speaker"`       // the speaker's fullest name, or null
	SpeakerStart *int    `json:"speaker_start"` // the local mention of the speaker
	SpeakerEnd   *int    `json:"speaker_end"`
	Entity       *int    `json:"entity"` // index into Entities, or null
	CueStart     *int    `json:"cue_start"`
	CueEnd       *int    `json:"cue_end"`
	Cue          string  `json:"cue,omitempty"`       // the cue's lemma: "say"
	CueClass     string  `json:"cue_class,omitempty"` // "speech", "writing", …
	SaidOn       *string `json:"said_on"`             // TIMEX3 value, or null
	SaidOnSource string  `json:"said_on_source,omitempty"`
	Topics       []Topic `json:"topics"`
	Confidence   float64 `json:"confidence"`
	Rule         string  `json:"rule"`       // the sieve that chose the speaker
	QuoteRule    string  `json:"quote_rule"` // the rule that made the statement
}

// A RecordEntity is one entity of the document.
type RecordEntity struct {
	ID       int     `json:"id"`
	Name     string  `json:"name"`
	Kind     string  `json:"kind"`
	Gender   string  `json:"gender"`
	Mentions [][]int `json:"mentions"` // [start, end) of each mention
}

// Record returns the flat form of r.
func (r *Result) Record() Record {
	rec := Record{Schema: SchemaVersion, ID: r.ID, Quotes: []RecordQuote{}, Entities: []RecordEntity{},
		Timexes: make([]RecordTimex, 0, len(r.Timexes))}
	for _, t := range r.Timexes {
		rec.Timexes = append(rec.Timexes, RecordTimex{Start: t.Span.Start, End: t.Span.End,
			Type: t.Type.String(), Value: t.Value, Mod: t.Mod})
	}
	for si := range r.Statements {
		s := &r.Statements[si]
		for pi, p := range s.Parts {
			q := RecordQuote{
				Start: p.Start, End: p.End, Kind: s.Kind.String(), Statement: si, Part: pi,
				Topics: s.Topics, Confidence: s.Confidence, Rule: s.Rule, QuoteRule: s.Trail[0].Rule,
			}
			if s.Within >= 0 {
				q.Within = intPtr(s.Within)
			}
			if sp := s.Speaker; sp != nil {
				q.Speaker = &sp.Name
				q.SpeakerStart, q.SpeakerEnd = intPtr(sp.Mention.Start), intPtr(sp.Mention.End)
				if sp.Entity >= 0 {
					q.Entity = intPtr(sp.Entity)
				}
			}
			if s.Cue.Lemma != "" {
				q.CueStart, q.CueEnd = intPtr(s.Cue.Span.Start), intPtr(s.Cue.Span.End)
				q.Cue, q.CueClass = s.Cue.Lemma, s.Cue.Class.String()
			}
			if s.SaidOn.Value != "" {
				v := s.SaidOn.Value
				q.SaidOn = &v
				q.SaidOnSource = s.SaidOn.Source.String()
			}
			if q.Topics == nil {
				q.Topics = []Topic{}
			}
			rec.Quotes = append(rec.Quotes, q)
		}
	}
	for _, e := range r.Entities {
		re := RecordEntity{ID: e.ID, Name: e.Name, Kind: e.Kind.String(), Gender: e.Gender.String(),
			Mentions: make([][]int, 0, len(e.Mentions))}
		for _, mi := range e.Mentions {
			m := r.Mentions[mi].Span
			re.Mentions = append(re.Mentions, []int{m.Start, m.End})
		}
		rec.Entities = append(rec.Entities, re)
	}
	return rec
}

func intPtr(i int) *int { return &i }
