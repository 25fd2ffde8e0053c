package topic

import (
	_ "embed"
	"sync"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/text"
)

//go:embed stopwords.txt
var stopwordsList string

// stopwords loads stopwords.txt once, keyed by folded form.
var stopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range lexicon.Entries(stopwordsList) {
		m[text.Fold(f[0])] = true
	}
	return m
})

// stemOf returns the matching form of the folded word key: the key itself for a stopword, its
// Porter stem otherwise. Terms and text go through this one function, so they always agree.
func stemOf(key string, stop bool) string {
	if stop {
		return key
	}
	return Stem(key)
}
