package yamlspec

import (
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in a document, positioned at the value it is about. Key is the dotted
// path of that value ("lambda.memory_mb"), "" for the document itself. Line and Column are
// 1-based; 0 means unknown (a file that cannot be read has neither, a YAML syntax error has
// only a line).
type Error struct {
	File         string
	Line, Column int
	Key, Message string
}

// Error formats e as "FILE:LINE:COLUMN: KEY: MESSAGE", leaving out the parts that are unknown.
func (e Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// ErrorList is every problem found in one or more documents. It implements error.
type ErrorList []Error

// Error returns one line per problem, in the order of the list (see Sort).
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns l as an error, or nil when l is empty, so that a caller never returns a non-nil
// error interface holding an empty list.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Sort orders the problems of each file by line, then column. Files keep the order in which
// they first appear; problems at the same place keep their relative order.
func (l ErrorList) Sort() {
	order := map[string]int{}
	for _, e := range l {
		if _, ok := order[e.File]; !ok {
			order[e.File] = len(order)
		}
	}
	slices.SortStableFunc(l, func(a, b Error) int {
		if c := order[a.File] - order[b.File]; c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
}
