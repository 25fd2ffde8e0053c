package attribution

import (
	"reflect"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
	"github.com/whosaid/whosaid/internal/topic"
)

// TestFieldByFieldWrites guards the structs that are written a field at a time into reused
// memory rather than as literals: a field added to one of them must be written there too, or
// it keeps what the last document left. Each fails here until the places named are updated.
func TestFieldByFieldWrites(t *testing.T) {
	for _, tc := range []struct {
		typ    reflect.Type
		fields int
		where  string
	}{
		{reflect.TypeFor[text.Token](), 5, "scanner.emit and scanner.plainWords (internal/text/scan.go)"},
		{reflect.TypeFor[topic.Mention](), 4, "docContext.topics (attribution/topics.go)"},
		{reflect.TypeFor[topic.Statement](), 3, "docContext.topics (attribution/topics.go)"},
		{reflect.TypeFor[Topic](), 4, "docContext.topics (attribution/topics.go)"},
		{reflect.TypeFor[topic.Topic](), 4, "keyphraseTopics (internal/topic/keyphrase.go)"},
		{reflect.TypeFor[Decision](), 4, "docContext.statements (attribution/speaker.go)"},
		{reflect.TypeFor[Speaker](), 4, "docContext.apply (attribution/speaker.go)"},
	} {
		if n := tc.typ.NumField(); n != tc.fields {
			t.Errorf("%v has %d fields, not %d: write the new ones in %s, then update this test", tc.typ, n, tc.fields, tc.where)
		}
	}
}
