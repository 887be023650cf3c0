package demand

import (
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"sort"
	"testing"
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
