package demand

import (
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

func TestDistributeIsExactForHugeTotals(t *testing.T) {
	w := []int64{weightScale * multiplierScale * 1000, 1, 7, weightScale}
	for _, total := range []int64{0, 1, 999999999999999, 1000000000000000} {
		if got := totalRequests(Distribute(total, w)); got != total {
			t.Errorf("total %d: parts sum to %d", total, got)
		}
	}
}

func TestBusiestHoursMatchASort(t *testing.T) {
	// Against a plain sort of the hours by their weight, on weights with many ties (as
	// shapes have), for bursts of every length up to more than the month.
	seed := uint64(42)
	next := func() uint64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return seed >> 40
	}
	for round := 0; round < 200; round++ {
		var week [weekHours]int64
		for wh := range week {
			week[wh] = int64(next() % 16) // 0..15: plenty of ties
		}
		local := make([]uint8, 1+round%97*9)
		for h := range local {
			local[h] = uint8(next() % weekHours)
		}
		k := round % (len(local) + 2)
		var counts [weekHours]int64
		for _, wh := range local {
			counts[wh]++
		}
		got := burstHours(Burst{HoursPerMonth: int64(k)}, week, counts, local)
		order := make([]int, len(local))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return week[local[order[a]]] > week[local[order[b]]] })
		want := append([]int(nil), order[:min(k, len(local))]...)
		sort.Ints(want)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d, %d hours: got %v, want %v", round, k, got, want)
		}
	}
}

// TestDistributeMatchesLargestRemainders: distribute's parts, worked out once per distinct
// weight, are the largest-remainder rounding done hour by hour and sorted: floor(total x w /
// W) each, one more to each of the hours with the largest remainders, ties to the earliest.
func TestDistributeMatchesLargestRemainders(t *testing.T) {
	rng := rand.New(rand.NewSource(8760))
	for round := range 300 {
		n := 1 + rng.Intn(2000)
		distinct := 1 + rng.Intn(1+round%60)
		pool := make([]int64, distinct)
		for i := range pool {
			pool[i] = rng.Int63n(weightScale * multiplierScale)
		}
		weights := make([]int64, n)
		for i := range weights {
			weights[i] = pool[rng.Intn(distinct)]
		}
		total := rng.Int63n(1 + []int64{10, 100000, 1000000000000000}[round%3])
		want := largestRemainders(total, weights)
		if got := Distribute(total, slices.Clone(weights)); !slices.Equal(got, want) {
			t.Fatalf("round %d: total %d over %v: got %v, want %v", round, total, weights, got, want)
		}
	}
}

// largestRemainders is largest-remainder rounding the plain way, in math/big.
func largestRemainders(total int64, weights []int64) []int64 {
	out := make([]int64, len(weights))
	sum := new(big.Int)
	for _, w := range weights {
		sum.Add(sum, big.NewInt(w))
	}
	if sum.Sign() == 0 {
		return out
	}
	rems := make([]*big.Int, len(weights))
	given := int64(0)
	for i, w := range weights {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(big.NewInt(total), big.NewInt(w)), sum, new(big.Int))
		out[i], rems[i] = q.Int64(), r
		given += out[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]].Cmp(rems[order[b]]) > 0 })
	for _, i := range order[:total-given] {
		out[i]++
	}
	return out
}

// sortedNth is nthLargest the plain way: the values sorted, largest first, and counted down.
func sortedNth(values, counts []int64, n int64) (int64, int64) {
	type vc struct{ v, c int64 }
	var all []vc
	total := int64(0)
	for i, c := range counts {
		total += c
		if c > 0 {
			all = append(all, vc{values[i], c})
		}
	}
	if n = min(n, total); n <= 0 {
		return 0, 0
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[j].v > all[i].v {
				all[i], all[j] = all[j], all[i]
			}
		}
	}
	above, upTo := int64(0), int64(0)
	for j, x := range all {
		if j > 0 && x.v != all[j-1].v {
			above = upTo
		}
		if upTo += x.c; upTo >= n {
			return x.v, n - above
		}
	}
	panic("n is at most the occurrences")
}

// TestNthLargestAgreesWithSorting: the selection finds the threshold and ties that sorting
// the values and counting them down finds, on small random lists full of repeated values.
func TestNthLargestAgreesWithSorting(t *testing.T) {
	seed := uint64(1)
	rnd := func(m int64) int64 { seed = seed*6364136223846793005 + 1442695040888963407; return int64(seed>>33) % m }
	for trial := 0; trial < 20000; trial++ {
		k := int(rnd(12)) + 1
		values, counts := make([]int64, k), make([]int64, k)
		for i := range k {
			values[i], counts[i] = rnd(6), rnd(4)
		}
		n := rnd(30) - 2
		a, b := nthLargest(values, counts, n)
		c, d := sortedNth(values, counts, n)
		if a != c || b != d {
			t.Fatalf("%v %v %d: %d %d want %d %d", values, counts, n, a, b, c, d)
		}
	}
}

// TestFillWeekHoursAsHourByHour: copying a week at a time gives every hour the hour of the
// week, and each hour of the week the count, that going hour by hour gives.
func TestFillWeekHoursAsHourByHour(t *testing.T) {
	for _, n := range []int{0, 1, 5, 167, 168, 169, 335, 336, 730, 744, 8760} {
		for _, start := range []int{0, 1, 100, 167} {
			out, of, counts := make([]uint8, n), make([]int32, n), make([]int64, weekHours)
			fillWeekHours(out, of, counts, start)
			wantCounts := make([]int64, weekHours)
			wh := start
			for i := range n {
				if int(out[i]) != wh || int(of[i]) != wh {
					t.Fatalf("n %d from %d: hour %d is %d/%d, want %d", n, start, i, out[i], of[i], wh)
				}
				wantCounts[wh]++
				wh = (wh + 1) % weekHours
			}
			if !slices.Equal(counts, wantCounts) {
				t.Fatalf("n %d from %d: counts %v, want %v", n, start, counts, wantCounts)
			}
		}
	}
}

// TestMergedClassesSpreadAsUnmerged: a shape's hours grouped by weight (SpreadOver's classes,
// merged) spread every total exactly as its hours grouped by hour of the week and burst
// (hourClasses): the same requests in every hour, and the same classes of counts in the same
// order, for shapes whose week repeats a day's weights, bursts of every kind, time zones that
// change the clocks in the month, and totals from none to the largest priced.
func TestMergedClassesSpreadAsUnmerged(t *testing.T) {
	d := decimal.RequireFromString
	var listed []decimal.Decimal // a day of 24 hours, some alike, one empty
	for h := range 24 {
		listed = append(listed, decimal.NewFromInt(int64(h%5)))
	}
	shapes := []Shape{
		{Kind: Flat},
		{Kind: Diurnal, PeakToAverage: d("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin"},
		{Kind: Diurnal, PeakToAverage: d("3"), PeakHour: 20, TimeZone: "America/New_York",
			Bursts: []Burst{{Name: "launch", Multiplier: d("4"), HoursPerMonth: 30}, {Name: "sale", Multiplier: d("1.5"), HoursPerMonth: 100}}},
		{Kind: BusinessHours, PeakToAverage: d("4"), TimeZone: "Asia/Kolkata",
			Bursts: []Burst{{Name: "batch", Multiplier: d("2"), Days: []time.Weekday{time.Monday, time.Friday}, StartHour: 2, EndHour: 5}}},
		{Kind: Weights, Weights: listed},
	}
	months := []Month{StandardMonth(), CalendarMonth(2026, time.March), CalendarMonth(2026, time.October)}
	totals := []int64{0, 1, 7, 743, 744, 745, 1000003, 3000000, 123456789012, 999999999999999, 1000000000000000}
	for _, s := range shapes {
		for _, m := range months {
			merged, err := s.SpreadOver(m)
			if err != nil {
				t.Fatalf("%s in %s: %v", s.Kind, m.Name, err)
			}
			unmerged, err := s.hourClasses(m)
			if err != nil {
				t.Fatal(err)
			}
			if s.Kind == Diurnal && len(merged.classes.weights) >= len(unmerged.classes.weights) {
				t.Errorf("%s in %s: %d classes merged of %d", s.Kind, m.Name, len(merged.classes.weights), len(unmerged.classes.weights))
			}
			for _, total := range totals {
				got, gotClasses := distributeClasses(total, merged.classes, false)
				want, wantClasses := distributeClasses(total, unmerged.classes, false)
				if !slices.Equal(got, want) || !slices.Equal(gotClasses.Of, wantClasses.Of) ||
					!slices.Equal(gotClasses.Counts, wantClasses.Counts) || !slices.Equal(gotClasses.Hours, wantClasses.Hours) {
					t.Errorf("%s in %s, %d requests: the merged classes spread differently", s.Kind, m.Name, total)
				}
			}
		}
	}
}
