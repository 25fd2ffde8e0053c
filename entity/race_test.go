//go:build race

package entity

// raceEnabled is set under the race detector, whose sync.Pool drops pooled objects at random,
// so that allocation counts say nothing there.
const raceEnabled = true
