//go:build race

package text

// raceEnabled reports that the race detector is on: sync.Pool then drops some of what it is
// given, so tests of reuse cannot pin allocations.
const raceEnabled = true
