package entity

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/lexicon"
)

// TestLexicons checks that the embedded lists load and that each is sorted with unique entries,
// so that a bad edit is caught here rather than at start-up.
func TestLexicons(t *testing.T) {
	if _, err := loadLexicons(); err != nil {
		t.Fatal(err)
	}
	for name, list := range map[string]string{
		"titles.txt": titlesList, "roles.txt": rolesList, "demonyms.txt": demonymsList,
		"places.txt": placesList, "orgwords.txt": orgwordsList, "firstnames.txt": firstnamesList,
		"nonnames.txt": nonnamesList, "thingwords.txt": thingwordsList,
	} {
		prev := ""
		for n, f := range lexicon.Entries(list) {
			if f[0] != strings.ToLower(f[0]) {
				t.Errorf("%s:%d: %q is not lower-case", name, n, f[0])
			}
			if f[0] <= prev {
				t.Errorf("%s:%d: %q after %q: not sorted or not unique", name, n, f[0], prev)
			}
			prev = f[0]
		}
	}
}
