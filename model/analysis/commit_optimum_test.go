package analysis

import (
	"testing"

	"github.com/shopspring/decimal"
)

// units builds one hour's usage.
func units(list ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(list))
	for i, s := range list {
		out[i] = dec(s)
	}
	return out
}

func TestOptimumCommitmentFourHoursByHand(t *testing.T) {
	// Two usages, given Fargate-like first: B on demand $1.00 a unit, $0.80 under the plan
	// (20% off); A $1.00 and $0.60 (40% off). AWS covers A first (the larger discount).
	// Hours (A, B): h1 (1, 1), h2 (1, 0), h3 (0, 2), h4 (0, 0); on demand $2 + $1 + $2 + $0 =
	// $5.00. The kinks are each hour's running plan cost in discount order: h1 0.60 and
	// 1.40, h2 0.60, h3 1.60; with zero: 0, 0.60, 1.40, 1.60.
	//   c = 0:    the bill on demand, $5.00.
	//   c = 0.60: h1 covers A ($1.00 on demand) for $0.60 and pays B $1.00: $1.60; h2 $0.60;
	//             h3 buys 0.60 / 0.80 = 0.75 of B's units, $0.75 on demand, and pays the
	//             other $1.25: $0.60 + $1.25 = $1.85; h4 wastes $0.60. $4.65.
	//   c = 1.40: h1 $1.40 (all covered); h2 $1.40; h3 $1.40 + (2 - 1.75) = $1.65; h4 $1.40:
	//             $5.85.
	//   c = 1.60: every hour $1.60: $6.40.
	// The least is $4.65 at $0.60 an hour: saving $0.35; the commitment used 0.60 + 0.60 +
	// 0.60 + 0 = $1.80 of the $2.40 bought (75%); covered on demand 1 + 1 + 0.75 = $2.75 of
	// $5.00 (55%).
	rates := []commitRate{{onDemand: dec("1"), plan: dec("0.8")}, {onDemand: dec("1"), plan: dec("0.6")}}
	hours := classesOf([][]decimal.Decimal{units("1", "1"), units("0", "1"), units("2", "0"), units("0", "0")})
	rates, hours, _ = orderedRates(rates, hours)
	if !rates[0].plan.Equal(dec("0.6")) {
		t.Fatalf("rates not in discount order: %+v", rates)
	}
	want := map[string]string{"0": "5", "0.6": "4.65", "1.4": "5.85", "1.6": "6.4"}
	ks := kinks(rates, hours)
	if len(ks) != len(want) {
		t.Fatalf("kinks %v, want those of %v", ks, want)
	}
	onDemand := onDemandOf(rates, hours)
	for _, k := range ks {
		if p := monthAt(rates, hours, k, onDemand); !p.Bill.Equal(dec(want[k.String()])) {
			t.Errorf("bill at %s = %s, want %s", k, p.Bill, want[k.String()])
		}
	}
	p := optimumCommitment(rates, hours)
	for name, got := range map[string][2]decimal.Decimal{
		"commitment":  {p.Commitment, dec("0.6")},
		"bill":        {p.Bill, dec("4.65")},
		"saving":      {p.Saving, dec("0.35")},
		"used":        {p.Used, dec("1.8")},
		"utilisation": {p.Utilisation, dec("75")},
		"coverage":    {p.Coverage, dec("55")},
	} {
		if !got[0].Equal(got[1]) {
			t.Errorf("%s = %s, want %s", name, got[0], got[1])
		}
	}
}

func TestOptimumCommitmentTiesGoToTheSmaller(t *testing.T) {
	// No discount: a plan at the on-demand rate. Two hours of one unit: $2 on demand at zero
	// commitment, $2 at $1 an hour. A tie: no commitment.
	rates := []commitRate{{onDemand: dec("1"), plan: dec("1")}}
	hours := classesOf([][]decimal.Decimal{units("1"), units("1")})
	if p := optimumCommitment(rates, hours); !p.Commitment.IsZero() || !p.Bill.Equal(dec("2")) {
		t.Errorf("optimum %+v, want no commitment", p)
	}
}

func TestOptimumCommitmentIsTheLeastKink(t *testing.T) {
	// The bisection against every kink evaluated, on a month of varied hours.
	rates := []commitRate{{onDemand: dec("0.0816"), plan: dec("0.0599")}, {onDemand: dec("0.04048"), plan: dec("0.032384")},
		{onDemand: dec("0.0000166667"), plan: dec("0.0000147")}}
	var perHour [][]decimal.Decimal
	for h := 0; h < 168; h++ {
		perHour = append(perHour, []decimal.Decimal{decimal.NewFromInt(int64(2 + h%5)), decimal.NewFromInt(int64(h % 7)),
			decimal.NewFromInt(int64(1000 * (h % 24)))})
	}
	rates, hours, _ := orderedRates(rates, classesOf(perHour))
	onDemand := onDemandOf(rates, hours)
	best := monthAt(rates, hours, decimal.Zero, onDemand)
	for _, k := range kinks(rates, hours) {
		if p := monthAt(rates, hours, k, onDemand); p.Bill.LessThan(best.Bill) {
			best = p
		}
	}
	if p := optimumCommitment(rates, hours); !p.Commitment.Equal(best.Commitment) || !p.Bill.Equal(best.Bill) {
		t.Errorf("bisection %s at %s, every kink %s at %s", p.Bill, p.Commitment, best.Bill, best.Commitment)
	}
	if best.Commitment.IsZero() {
		t.Error("the varied month should commit something")
	}
}

func TestCoverageByUsageFourHoursByHand(t *testing.T) {
	// The four hours of TestOptimumCommitmentFourHoursByHand at the optimum $0.60 an hour:
	// A (40% off) is covered in h1 and h2, $2.00 of its $2.00 on demand; B (20% off) only in
	// h3, 0.75 of its 3 units ($0.75 of $3.00). Together $2.75, the month's coverage.
	rates := []commitRate{{onDemand: dec("1"), plan: dec("0.8")}, {onDemand: dec("1"), plan: dec("0.6")}}
	hours := classesOf([][]decimal.Decimal{units("1", "1"), units("0", "1"), units("2", "0"), units("0", "0")})
	sorted, ordered, order := orderedRates(rates, hours)
	if order[0] != 1 || order[1] != 0 {
		t.Fatalf("order %v, want A (1) first", order)
	}
	got := coverageBy(sorted, ordered, dec("0.6"))
	if !got[0].Equal(dec("2")) || !got[1].Equal(dec("0.75")) {
		t.Errorf("covered A %s, B %s; want 2 and 0.75", got[0], got[1])
	}
}

func TestCommitCurveFourHoursByHand(t *testing.T) {
	// The four hours of TestOptimumCommitmentFourHoursByHand: the hours' plan costs are 1.40,
	// 0.60, 1.60 and 0, so the curve is none ($5.00; the quietest hour's, 0, is the same), the
	// optimum 0.60 ($4.65), the average (1.40 + 0.60 + 1.60 + 0) / 4 = 0.90, twice the
	// optimum 1.20 and the busiest hour's 1.60 ($6.40).
	//   c = 0.90: h1 covers A for 0.60 and 0.30 / 0.80 = 0.375 of B, paying B's other 0.625:
	//             $1.525; h2 $0.90; h3 covers 1.125 of B's 2: $0.90 + $0.875 = $1.775; h4
	//             $0.90. $5.10.
	//   c = 1.20: h1 0.75 of B covered: $1.20 + $0.25 = $1.45; h2 $1.20; h3 1.5 of B: $1.20 +
	//             $0.50 = $1.70; h4 $1.20. $5.55.
	rates := []commitRate{{onDemand: dec("1"), plan: dec("0.8")}, {onDemand: dec("1"), plan: dec("0.6")}}
	hours := classesOf([][]decimal.Decimal{units("1", "1"), units("0", "1"), units("2", "0"), units("0", "0")})
	rates, hours, _ = orderedRates(rates, hours)
	curve := commitCurve(rates, hours, optimumCommitment(rates, hours))
	want := [][2]string{{"0", "5"}, {"0.6", "4.65"}, {"0.9", "5.1"}, {"1.2", "5.55"}, {"1.6", "6.4"}}
	if len(curve) != len(want) {
		t.Fatalf("curve %+v, want %v", curve, want)
	}
	for i, w := range want {
		if !curve[i].Commitment.Equal(dec(w[0])) || !curve[i].Bill.Equal(dec(w[1])) {
			t.Errorf("point %d: %s at %s, want %s at %s", i, curve[i].Bill, curve[i].Commitment, w[1], w[0])
		}
	}
}
