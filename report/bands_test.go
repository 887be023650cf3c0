package report

import (
	"reflect"
	"testing"
)

// TestBandColumns splits platform columns into bands of at most 80 columns, by hand: the
// lead columns begin every band and the trailing columns close the last.
func TestBandColumns(t *testing.T) {
	cases := []struct {
		name    string
		widths  []int
		lead, n int
		want    [][]int
	}{
		// 11 + 3 x 22 = 77 fits: one band, as every table was before.
		{"three fit", []int{11, 22, 22, 22}, 1, 3, [][]int{{0, 1, 2, 3}}},
		// 11 + 4 x 22 = 99: three platforms (77), then the fourth under the label again.
		{"four wrap", []int{11, 22, 22, 22, 22}, 1, 4, [][]int{{0, 1, 2, 3}, {0, 4}}},
		// 10 + 3 x 20 = 70; the fourth platform with the cheapest column (20 + 10) would make
		// 100, so they open a second band: 10 + 20 + 10 = 40.
		{"trail closes the last", []int{10, 20, 20, 20, 20, 10}, 1, 4, [][]int{{0, 1, 2, 3}, {0, 4, 5}}},
		// Two lead columns (30) and seven platforms of 12: 30 + 4 x 12 = 78, then 30 + 3 x 12.
		{"seven platforms", []int{20, 10, 12, 12, 12, 12, 12, 12, 12}, 2, 7, [][]int{{0, 1, 2, 3, 4, 5}, {0, 1, 6, 7, 8}}},
		// A platform wider than the terminal still gets a band of its own.
		{"too wide", []int{10, 90, 90}, 1, 2, [][]int{{0, 1}, {0, 2}}},
	}
	for _, c := range cases {
		if got := bandColumns(c.widths, c.lead, c.n); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: bands %v, want %v", c.name, got, c.want)
		}
	}
}
