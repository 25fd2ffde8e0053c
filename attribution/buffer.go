package attribution

import (
	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/text"
)

// A Buffer is the memory of one Result, for [Attributor.AttributeInto] to reuse. A program
// that is done with each Result before it asks for the next (the batch program, which writes
// each record out) allocates a fraction of what [Attributor.Attribute] does, and the garbage
// collector has that much less to mark and free. The zero Buffer is ready to use; a Buffer
// serves one goroutine at a time. Until its next use it holds on to the last document's text.
type Buffer struct {
	result   Result
	analysis entity.Analysis
	stmts    []Statement
	rooms    []stmtRoom
	topics   []Topic
	evidence []Span
	markup   text.Markup // the HTML taken out of the last text, to map its spans back
}

// AttributeInto is [Attributor.Attribute], but the Result and everything it holds are built
// in buf's memory. They are overwritten by the next call with buf: the Result of the call
// before, and any slice or pointer taken from it, must no longer be used. A nil buf is a new
// one, as Attribute uses.
func (a *Attributor) AttributeInto(buf *Buffer, doc Document) (*Result, error) {
	if buf == nil {
		buf = new(Buffer)
	}
	return a.attribute(doc, stageTopics, buf)
}

// zeroed returns s resliced to n zero elements, reusing its memory when it has room.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
