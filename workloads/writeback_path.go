package workloads

// Key paths of write-back: dotted keys, where a segment may name an item of a list by its
// index, counted from 0 ("schedules[0].cron", "flow[1].duration_ms").

import (
	"strconv"
	"strings"
)

// maxListIndex bounds the index a key path may name: the format's lists hold at most a few
// hundred items, and the bound keeps a typed index from overflowing.
const maxListIndex = 1_000_000

// segment is one step of a key path: a mapping key and, when it names a list's item, the
// item's index (-1 when it does not).
type segment struct {
	key   string
	index int
}

// parseSegment reads "flow[1]" as key flow, item 1, and "memory_mb" as a plain key; ok is
// false for a malformed segment ("", "flow[", "flow[-1]", "[1]").
func parseSegment(s string) (seg segment, ok bool) {
	open := strings.IndexByte(s, '[')
	if open < 0 {
		return segment{key: s, index: -1}, s != "" && !strings.Contains(s, "]")
	}
	digits, closed := strings.CutSuffix(s[open+1:], "]")
	n, err := strconv.Atoi(digits)
	if open == 0 || !closed || err != nil || n < 0 || n > maxListIndex || digits != strconv.Itoa(n) || strings.ContainsAny(s[:open], "[]") {
		return segment{}, false
	}
	return segment{key: s[:open], index: n}, true
}

// listItem says the segment names an item of a list.
func (s segment) listItem() bool { return s.index >= 0 }

// pathOf is the path flatten records for the dotted key segs: each key after sep, each list
// index after sep and \x01.
func pathOf(segs []string) string {
	var b strings.Builder
	for _, raw := range segs {
		s, _ := parseSegment(raw)
		b.WriteString(sep + s.key)
		if s.listItem() {
			b.WriteString(sep + "\x01" + strconv.Itoa(s.index))
		}
	}
	return b.String()
}
