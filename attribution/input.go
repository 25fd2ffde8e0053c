package attribution

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// An Input is one document as the JSON Lines programs read it: {"id", "text", "date"}, the
// date YYYY-MM-DD or null. Pointers tell a missing field from an empty one. Embed it in a larger
// request to read more fields beside it.
type Input struct {
	ID   *string `json:"id"`   // the caller's document id, echoed in the output
	Text *string `json:"text"` // the article text; required
	Date *string `json:"date"` // the publication date, YYYY-MM-DD, or null
}

// Document returns the document in. Its error, for a missing text or a date that is not
// YYYY-MM-DD, says what is wrong; the Document's ID is set whenever in has one, so that an
// error record can name it.
func (in *Input) Document() (Document, error) {
	var doc Document
	if in.ID != nil {
		doc.ID = *in.ID
	}
	if in.Text == nil {
		return doc, errors.New(`missing "text"`)
	}
	doc.Text = *in.Text
	if in.Date != nil && *in.Date != "" {
		t, err := time.Parse(time.DateOnly, *in.Date)
		if err != nil {
			return doc, fmt.Errorf("invalid date %q: want YYYY-MM-DD", *in.Date)
		}
		doc.Published = t
	}
	return doc, nil
}

// ParseInput reads one JSON Lines input line into v, an *Input or a struct embedding one, and
// says which way it is wrong: "not JSON: …" for a line that does not parse, "not a document
// object: …" for JSON of another shape.
func ParseInput(line []byte, v any) error {
	if err := json.Unmarshal(line, v); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return fmt.Errorf("not JSON: %v", err)
		}
		return fmt.Errorf("not a document object: %v", err)
	}
	return nil
}
