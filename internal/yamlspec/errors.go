package yamlspec

import (
	"fmt"
	"slices"
	"strings"
)

// MaxProblemsPerFile is how many problems of one file are listed: the first 50 by position.
// The rest are counted, on one line (an Error with More set), not listed: a file of three
// million bad values would otherwise print three million lines. Fifty is more than a screen,
// and fixing those usually shows what is wrong with the rest.
const MaxProblemsPerFile = 50

// Error is one problem in a document, positioned at the value it is about. Key is the dotted
// path of that value ("lambda.memory_mb"), "" for the document itself. Line and Column are
// 1-based; 0 means unknown (a file that cannot be read has neither).
//
// An Error with More above zero is not a problem itself but the line that says File has More
// problems beyond the MaxProblemsPerFile listed.
type Error struct {
	File         string
	Line, Column int
	Key, Message string
	More         int
}

// Error formats e as "FILE:LINE:COLUMN: KEY: MESSAGE", leaving out the parts that are unknown,
// or, for the count of problems not listed, "FILE: N more problems not listed (...)".
func (e Error) Error() string {
	if e.More > 0 {
		return fmt.Sprintf("%s: %d more %s not listed (only the first %d of a file are)",
			e.File, e.More, plural(e.More, "problem", "problems"), MaxProblemsPerFile)
	}
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

// Count is how many problems l holds: those listed and those only counted (More).
func (l ErrorList) Count() int {
	n := 0
	for _, e := range l {
		if e.More > 0 {
			n += e.More
		} else {
			n++
		}
	}
	return n
}

// Capped returns l, which must be sorted (Sort), with at most MaxProblemsPerFile problems of
// each file, the first; a file with more gets one Error after its problems counting the rest
// (and the ones a part of l had counted already). Every file of l keeps its problems listed
// up to the cap.
func (l ErrorList) Capped() ErrorList {
	listed, more := map[string]int{}, map[string]int{}
	var out ErrorList
	flush := func(file string) {
		if more[file] > 0 {
			out = append(out, Error{File: file, More: more[file]})
		}
	}
	for i, e := range l {
		switch {
		case e.More > 0:
			more[e.File] += e.More
		case listed[e.File] < MaxProblemsPerFile:
			listed[e.File]++
			out = append(out, e)
		default:
			more[e.File]++
		}
		if i+1 == len(l) || l[i+1].File != e.File {
			flush(e.File)
		}
	}
	return out
}

// Sort orders the problems of each file by line, then column. Files keep the order in which
// they first appear; problems at the same place keep their relative order; the count of a
// file's problems not listed comes last.
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
		if a.More > 0 || b.More > 0 {
			return min(a.More, 1) - min(b.More, 1)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
