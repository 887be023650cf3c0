package yamlspec

import (
	"strconv"
	"strings"
)

// maxSuggestLen bounds the words Suggest compares, so a huge key costs nothing.
const maxSuggestLen = 64

// Suggest returns the candidate closest to word when it is close enough to be what the writer
// meant: a difference only of case; an edit distance (counting a swap of neighbours as one) of
// at most a third of the word, at least 1, and 2 from five letters on; or, failing those, the
// start of exactly one candidate ("memory" for "memory_mb", "arm" for "arm64"). Ties go to the
// earlier candidate.
func Suggest(word string, candidates []string) (string, bool) {
	if word == "" || len(word) > maxSuggestLen {
		return "", false
	}
	for _, c := range candidates {
		if strings.EqualFold(c, word) {
			return c, true
		}
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if len(c) > maxSuggestLen {
			continue
		}
		d := editDistance(strings.ToLower(word), c)
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	n := len([]rune(word))
	limit := max(1, n/3)
	if n >= 5 {
		limit = max(2, limit)
	}
	if bestDist >= 0 && bestDist <= limit {
		return best, true
	}
	// A word cut short: "memory" is "memory_mb" without its unit, "arm" is "arm64".
	var prefixed []string
	for _, c := range candidates {
		if n >= 3 && strings.HasPrefix(c, strings.ToLower(word)) {
			prefixed = append(prefixed, c)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0], true
	}
	return "", false
}

// hint returns ` (did you mean "X"?)` naming the candidate closest to word, or "" when none
// is close.
func hint(word string, candidates []string) string {
	if s, ok := Suggest(word, candidates); ok {
		return " (did you mean " + strconv.Quote(s) + "?)"
	}
	return ""
}

// editDistance is the optimal-string-alignment distance between a and b, counted in runes:
// the fewest insertions, deletions, substitutions and swaps of neighbours ("nmae" is one swap
// from "name") that turn a into b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	rows := make([][]int, len(ra)+1)
	for i := range rows {
		rows[i] = make([]int, len(rb)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(ra)][len(rb)]
}
