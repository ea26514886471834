package index

import "fmt"

// LockedError reports that another process (or another handle) holds the index.
type LockedError struct{ Dir string }

func (e *LockedError) Error() string {
	return fmt.Sprintf("index %s is in use by another process (close it, or use --index to pick another folder)", e.Dir)
}

// NotIndexError reports that Dir is not a crosscheck index: it holds something
// else, or it is missing and was opened read-only.
type NotIndexError struct{ Dir string }

func (e *NotIndexError) Error() string {
	return fmt.Sprintf("index %s is not a crosscheck index (it is missing or holds other files; add articles to build one, or use --index to pick another folder)", e.Dir)
}
