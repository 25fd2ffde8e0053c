// Package enum gives the small integer enums of the public packages their names, for String,
// MarshalText and UnmarshalText.
package enum

import (
	"fmt"
	"strings"
)

// Names lists the names of an enum's values by index; index 0 is the zero value.
type Names struct {
	Pkg   string   // package name, the prefix of error messages: "quote"
	Type  string   // the type as the errors call it: "kind"
	Names []string // Names[i] is the name of value i; "" when the zero value has no name
}

// Name returns the name of value i, or "" if it has none.
func (n *Names) Name(i int) string {
	if i >= 0 && i < len(n.Names) {
		return n.Names[i]
	}
	return ""
}

// Marshal returns the name of value i as text, or an error for a value out of range.
func (n *Names) Marshal(i int) ([]byte, error) {
	if i >= 0 && i < len(n.Names) {
		return []byte(n.Names[i]), nil
	}
	return nil, fmt.Errorf("%s: invalid %s %d", n.Pkg, n.Type, i)
}

// Unmarshal returns the value named b, in any case, or an error naming what it got.
func (n *Names) Unmarshal(b []byte) (int, error) {
	for i, name := range n.Names {
		if strings.EqualFold(name, string(b)) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", n.Pkg, n.Type, b)
}
