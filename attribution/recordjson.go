package attribution

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/whosaid/whosaid/entity"
)

// errNotFinite is AppendJSON's error for a score or confidence that is NaN or infinite, which
// JSON cannot hold.
var errNotFinite = errors.New("attribution: record holds a number that is not finite")

// AppendJSON appends r as JSON to dst: the bytes encoding/json's Marshal gives, written without
// reflection, for the batch program, whose output is several times the size of its input. The
// only error is for a score or confidence that is NaN or infinite (Marshal fails there too,
// with its own message); dst is then returned as it was.
func (r *Record) AppendJSON(dst []byte) ([]byte, error) {
	b := append(dst, `{"schema":`...)
	b = appendInt(b, r.Schema)
	b = append(b, `,"id":`...)
	b = appendJSONString(b, r.ID)
	b, ok := appendJSONArray(append(b, `,"quotes":`...), r.Quotes, (*RecordQuote).appendJSON)
	if !ok {
		return dst, errNotFinite
	}
	b, _ = appendJSONArray(append(b, `,"entities":`...), r.Entities, (*RecordEntity).appendJSON)
	b, _ = appendJSONArray(append(b, `,"timexes":`...), r.Timexes, (*RecordTimex).appendJSON)
	if r.Error != "" {
		b = append(b, `,"error":`...)
		b = appendJSONString(b, r.Error)
	}
	return append(b, '}'), nil
}

// AppendRecordJSON appends r.Record() as JSON to dst, the bytes [Record.AppendJSON] writes,
// without building the Record: the batch program's way, which allocates nothing per document
// here. Its error is AppendJSON's.
func (r *Result) AppendRecordJSON(dst []byte) ([]byte, error) {
	b := append(dst, `{"schema":`...)
	b = appendInt(b, SchemaVersion)
	b = append(b, `,"id":`...)
	b = appendJSONString(b, r.ID)
	b = append(b, `,"quotes":[`...)
	n := 0
	for si := range r.Statements {
		// The fields after "part" are the statement's: those of its first part are copied
		// for the others (one part in twenty-five on PolNeAR).
		rest, restEnd := 0, 0
		for pi := range r.Statements[si].Parts {
			if n > 0 {
				b = append(b, ',')
			}
			n++
			var nums quoteNums
			q := r.quoteRecord(si, pi, &nums)
			b = q.appendHead(b, true)
			if pi > 0 {
				b = append(b, b[rest:restEnd]...)
				continue
			}
			var ok bool
			rest = len(b)
			if b, ok = q.appendRest(b, true); !ok {
				return dst, errNotFinite
			}
			restEnd = len(b)
		}
	}
	b = append(b, `],"entities":[`...)
	for i := range r.Entities {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.appendEntityJSON(b, &r.Entities[i])
	}
	b = append(b, `],"timexes":[`...)
	for i := range r.Timexes {
		if i > 0 {
			b = append(b, ',')
		}
		t := r.timexRecord(i)
		b, _ = t.appendJSON(b)
	}
	return append(b, ']', '}'), nil
}

// appendEntityJSON appends e as RecordEntity.appendJSON writes the RecordEntity Record makes
// of it.
func (r *Result) appendEntityJSON(b []byte, e *entity.Entity) []byte {
	b = append(b, `{"id":`...)
	b = appendInt(b, e.ID)
	b = appendJSONString(append(b, `,"name":`...), e.Name)
	if int(e.Kind) < len(kindGenderJSON) && int(e.Gender) < len(kindGenderJSON[0]) {
		b = append(b, kindGenderJSON[e.Kind][e.Gender]...)
	} else {
		b = appendKindGender(b, e.Kind, e.Gender)
	}
	for i, mi := range e.Mentions {
		if i > 0 {
			b = append(b, ',')
		}
		m := r.Mentions[mi].Span
		b = append(b, '[')
		b = appendInt(b, m.Start)
		b = append(b, ',')
		b = appendInt(b, m.End)
		b = append(b, ']')
	}
	return append(b, ']', '}')
}

// appendKindGender appends an entity's kind and gender, and the key of its mentions.
func appendKindGender(b []byte, k entity.Kind, g entity.Gender) []byte {
	b = appendJSONString(append(b, `,"kind":`...), k.String())
	b = appendJSONString(append(b, `,"gender":`...), g.String())
	return append(b, `,"mentions":[`...)
}

// kindGenderJSON holds what appendKindGender appends for the kinds and genders there are (seven
// and five, anonymous and plural the last): one append for an entity in place of five and two
// strings scanned for escapes. It is made at start, for 0.05M instructions.
var kindGenderJSON = func() (t [entity.Anonymous + 1][entity.Plural + 1]string) {
	for k := range t {
		for g := range t[k] {
			t[k][g] = string(appendKindGender(nil, entity.Kind(k), entity.Gender(g)))
		}
	}
	return t
}()

func (q *RecordQuote) appendJSON(b []byte) ([]byte, bool) {
	return q.appendRest(q.appendHead(b, false), false)
}

// appendHead appends q's fields up to "part", those that differ between the parts of a
// statement. With named, q's kind is the name of a quote.Kind (see appendName).
func (q *RecordQuote) appendHead(b []byte, named bool) []byte {
	b = append(b, `{"start":`...)
	b = appendInt(b, q.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, q.End)
	b = appendName(append(b, `,"kind":`...), q.Kind, named)
	b = append(b, `,"statement":`...)
	b = appendInt(b, q.Statement)
	b = append(b, `,"part":`...)
	return appendInt(b, q.Part)
}

// appendRest appends q's fields after "part", and reports false for a score or confidence
// that is not finite. With named, q's cue class and date source are the names of their enums.
func (q *RecordQuote) appendRest(b []byte, named bool) ([]byte, bool) {
	if q.Within != nil {
		b = append(b, `,"within":`...)
		b = appendInt(b, *q.Within)
	}
	b = append(b, `,"speaker":`...)
	if q.Speaker == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *q.Speaker)
	}
	b = appendJSONIntPtr(append(b, `,"speaker_start":`...), q.SpeakerStart)
	b = appendJSONIntPtr(append(b, `,"speaker_end":`...), q.SpeakerEnd)
	b = appendJSONIntPtr(append(b, `,"entity":`...), q.Entity)
	b = appendJSONIntPtr(append(b, `,"cue_start":`...), q.CueStart)
	b = appendJSONIntPtr(append(b, `,"cue_end":`...), q.CueEnd)
	if q.Cue != "" {
		b = appendJSONString(append(b, `,"cue":`...), q.Cue)
	}
	if q.CueClass != "" {
		b = appendName(append(b, `,"cue_class":`...), q.CueClass, named)
	}
	if q.CueNegated {
		b = append(b, `,"cue_negated":true`...)
	}
	if q.CueHedged {
		b = append(b, `,"cue_hedged":true`...)
	}
	b = append(b, `,"said_on":`...)
	if q.SaidOn == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *q.SaidOn)
	}
	if q.SaidOnSource != "" {
		b = appendName(append(b, `,"said_on_source":`...), q.SaidOnSource, named)
	}
	b, ok := appendJSONArray(append(b, `,"topics":`...), q.Topics, (*Topic).appendJSON)
	if !ok {
		return b, false
	}
	if b, ok = appendJSONFloat(append(b, `,"confidence":`...), q.Confidence); !ok {
		return b, false
	}
	b = appendJSONString(append(b, `,"rule":`...), q.Rule)
	b = appendJSONString(append(b, `,"quote_rule":`...), q.QuoteRule)
	return append(b, '}'), true
}

// appendName appends s quoted as appendJSONString does. With plain, s is the name of an enum,
// which needs no escape (TestNamesPlain): the quote's kind, its cue's class and the source of
// its date, as a Result's quoteRecord gives them, are appended without the test.
func appendName(b []byte, s string, plain bool) []byte {
	if !plain {
		return appendJSONString(b, s)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func (t *Topic) appendJSON(b []byte) ([]byte, bool) {
	// A label that needs no escape, as most do, is written with the quotes around it in the
	// keys' appends.
	if i := jsonPlainLen(t.Label); i == len(t.Label) {
		b = append(b, `{"label":"`...)
		b = append(b, t.Label...)
		b = append(b, `","score":`...)
	} else {
		b = appendJSONStringFrom(append(b, `{"label":`...), t.Label, i)
		b = append(b, `,"score":`...)
	}
	var ok bool
	if b, ok = appendJSONFloat(b, t.Score); !ok {
		return b, false
	}
	// The three sources topics have need no escaping, and are written with their keys in
	// appends of 16 bytes at most, which the compiler makes moves without a call; any other
	// source is quoted, its keys around it.
	switch t.Source {
	case "keyphrase":
		b = append(append(b, `,"source":"`...), `keyphrase"`...)
	case "entity":
		b = append(append(b, `,"source":"`...), `entity"`...)
	case "taxonomy":
		b = append(append(b, `,"source":"`...), `taxonomy"`...)
	default:
		b = appendJSONString(append(b, `,"source":`...), t.Source)
	}
	if t.Evidence == nil {
		b = append(b, `,"evidence":null}`...)
		return b, true
	}
	b = append(b, `,"evidence":[`...)
	for i, s := range t.Evidence {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = appendInt(b, s.Start)
		b = append(b, `,"end":`...)
		b = appendInt(b, s.End)
		b = append(b, '}')
	}
	return append(b, ']', '}'), true
}

// appendJSON appends e as encoding/json writes it; it cannot fail, and says so in the shape
// appendJSONArray takes.
func (e *RecordEntity) appendJSON(b []byte) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendInt(b, e.ID)
	b = appendJSONString(append(b, `,"name":`...), e.Name)
	b = appendJSONString(append(b, `,"kind":`...), e.Kind)
	b = appendJSONString(append(b, `,"gender":`...), e.Gender)
	b = append(b, `,"mentions":`...)
	if e.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, m := range e.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			if m == nil {
				b = append(b, "null"...)
				continue
			}
			b = append(b, '[')
			for k, v := range m {
				if k > 0 {
					b = append(b, ',')
				}
				b = appendInt(b, v)
			}
			b = append(b, ']')
		}
		b = append(b, ']')
	}
	return append(b, '}'), true
}

// appendJSON appends t as encoding/json writes it; like RecordEntity's, it cannot fail.
func (t *RecordTimex) appendJSON(b []byte) ([]byte, bool) {
	b = append(b, `{"start":`...)
	b = appendInt(b, t.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, t.End)
	b = appendJSONString(append(b, `,"type":`...), t.Type)
	b = appendJSONString(append(b, `,"value":`...), t.Value)
	if t.Mod != "" {
		b = appendJSONString(append(b, `,"mod":`...), t.Mod)
	}
	return append(b, '}'), true
}

// appendInt appends n in decimal, as strconv.AppendInt does. Numbers below a million, which
// offsets in documents of the usual size are, are written two digits at a time in one append:
// a third of strconv's instructions, which format into a buffer of their own and copy it.
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 1e6 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	u := uint(n)
	switch {
	case u < 10:
		return append(b, byte('0'+u))
	case u < 100:
		return append(b, digitPairs[2*u], digitPairs[2*u+1])
	case u < 1e4:
		hi, lo := u/100, u%100
		if hi < 10 {
			return append(b, byte('0'+hi), digitPairs[2*lo], digitPairs[2*lo+1])
		}
		return append(b, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo], digitPairs[2*lo+1])
	}
	hi, mid, lo := u/1e4, u/100%100, u%100
	if hi < 10 {
		return append(b, byte('0'+hi), digitPairs[2*mid], digitPairs[2*mid+1], digitPairs[2*lo], digitPairs[2*lo+1])
	}
	return append(b, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*mid], digitPairs[2*mid+1],
		digitPairs[2*lo], digitPairs[2*lo+1])
}

// digitPairs holds the two digits of 00 to 99, one after the other.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

func appendJSONIntPtr(b []byte, p *int) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	return appendInt(b, *p)
}

// appendJSONFloat appends f as encoding/json writes a float64: like %g, but with the exponent
// cut-offs of ES6 and no padding of the exponent. It reports false for NaN and infinities.
func appendJSONFloat(b []byte, f float64) ([]byte, bool) {
	// A float that is k/1e4 rounded, for some k, has k as f*1e4+0.5 truncated (an add and a
	// conversion, where math.Round takes a dozen instructions); the test of k/1e4 against f
	// holds for no other f, so the conversion need not round exactly. False for NaN and
	// infinities.
	if f > 0 && f < 1e11 {
		if k := int64(f*1e4 + 0.5); float64(k)/1e4 == f {
			return appendTenThousandths(b, k), true
		}
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-09 becomes e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

// appendJSONArray appends xs as encoding/json writes a slice, null when it is nil, each
// element by appendElem; false when an element cannot be written (a score that is not finite).
func appendJSONArray[T any](b []byte, xs []T, appendElem func(*T, []byte) ([]byte, bool)) ([]byte, bool) {
	if xs == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = appendElem(&xs[i], b); !ok {
			return b, false
		}
	}
	return append(b, ']'), true
}

// appendTenThousandths appends k/10⁴, for k > 0, in the fewest digits: the form
// strconv.AppendFloat(b, f, 'f', -1, 64) gives a float64 f that is k/1e4 rounded, as
// scores and confidences are (four decimals), since no other decimal of four places or fewer
// is within half a unit in the last place of f. It is a tenth of the cost of the general
// shortest-form search.
func appendTenThousandths(b []byte, k int64) []byte {
	// The point is written with the whole part, in one append, and taken back for a whole number.
	var frac uint
	switch {
	case k < 1e4: // most scores and confidences, which lie in [0, 1]: no division
		b, frac = append(b, '0', '.'), uint(k)
	case k < 1e5:
		b, frac = append(b, byte('0'+k/1e4), '.'), uint(k%1e4)
	default:
		b, frac = append(strconv.AppendInt(b, k/1e4, 10), '.'), uint(k%1e4)
	}
	// The fraction's four digits as two pairs, less its trailing zeros.
	hi, lo := frac/100, frac%100
	switch {
	case frac == 0:
		return b[:len(b)-1]
	case lo == 0 && hi%10 == 0:
		return append(b, digitPairs[2*hi])
	case lo == 0:
		return append(b, digitPairs[2*hi], digitPairs[2*hi+1])
	case lo%10 == 0:
		return append(b, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo])
	}
	return append(b, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo], digitPairs[2*lo+1])
}

// appendJSONString appends s quoted as encoding/json quotes a string by default: control
// characters, the quote and the backslash escaped, < > & escaped for HTML, invalid bytes as
// \ufffd, and U+2028 and U+2029 escaped for JavaScript. Most strings of a record are short
// and need no escape: it looks for the first byte that may need one (jsonPlainLen), and leaves
// the rest to appendJSONStringFrom.
func appendJSONString(b []byte, s string) []byte {
	if i := jsonPlainLen(s); i < len(s) {
		return appendJSONStringFrom(b, s, i)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// jsonPlainLen returns the length of the longest prefix of s that needs no escape. It looks
// eight bytes at a time, with one branch for each; a plain string's last bytes are tested as
// the eight (or two fours) that end it, which overlap those already tested, and only a string
// that needs an escape is then looked at a byte at a time.
func jsonPlainLen(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !jsonPlain8(s[i : i+8]) {
			return jsonPlainFrom(s, i)
		}
	}
	switch n := len(s); {
	case i == n:
		return n
	case n >= 8:
		if jsonPlain8(s[n-8:]) {
			return n
		}
	case n >= 4:
		if jsonPlain4(s[:4]) && jsonPlain4(s[n-4:]) {
			return n
		}
	}
	return jsonPlainFrom(s, i)
}

// jsonPlainFrom returns the length of the longest prefix of s that needs no escape, s[:i]
// being plain.
func jsonPlainFrom(s string, i int) int {
	for i < len(s) && jsonPlain[s[i]] != 0 {
		i++
	}
	return i
}

// jsonPlain8 reports whether the eight bytes of w need no escape.
func jsonPlain8(w string) bool {
	return jsonPlain[w[0]]&jsonPlain[w[1]]&jsonPlain[w[2]]&jsonPlain[w[3]]&
		jsonPlain[w[4]]&jsonPlain[w[5]]&jsonPlain[w[6]]&jsonPlain[w[7]] != 0
}

// jsonPlain4 reports whether the four bytes of w need no escape.
func jsonPlain4(w string) bool {
	return jsonPlain[w[0]]&jsonPlain[w[1]]&jsonPlain[w[2]]&jsonPlain[w[3]] != 0
}

// appendJSONStringFrom appends s quoted as appendJSONString does, s[:i] being plain.
func appendJSONStringFrom(b []byte, s string, i int) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i < len(s) {
		for i < len(s) && jsonPlain[s[i]] != 0 { // the common case: printable ASCII, a byte at a time
			i++
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain is 1 for the bytes encoding/json writes as they are, HTML escaping on: ASCII but for
// control characters, the quote, the backslash and < > &. Bytes from utf8.RuneSelf on start
// characters that are checked one by one.
var jsonPlain = func() (t [256]byte) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		if c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
			t[c] = 1
		}
	}
	return t
}()
