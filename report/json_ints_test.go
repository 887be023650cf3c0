package report

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestInlineIntsAsFormatted: the series written from the table of counts already written are
// the bytes of each count formatted afresh, whatever repeats, collides in the table (1,000
// counts in 64 places, each seen again after others took its place) or is negative.
func TestInlineIntsAsFormatted(t *testing.T) {
	var list []int64
	for round := range 3 {
		for n := range int64(1000) {
			list = append(list, (n*7919+int64(round))%1000)
		}
	}
	list = append(list, 0, 0, -1, -1, math.MinInt64, math.MaxInt64, math.MinInt64, 5, 5, 5)
	text := make([]string, len(list))
	for i, n := range list {
		text[i] = strconv.FormatInt(n, 10)
	}
	want := "x[" + strings.Join(text, ", ") + "]"
	if got := string(appendInlineInts([]byte("x"), list)); got != want {
		t.Errorf("got %.200s...\nwant %.200s...", got, want)
	}
	if got := string(appendInlineInts(nil, []int64{})); got != "[]" {
		t.Errorf("empty: %q", got)
	}
}
