// Package e2e holds the end-to-end tests and benchmarks of crosscheck: the seed corpus scored
// against its answer key, and add/report on a corpus built from NTREX-128.
package e2e
