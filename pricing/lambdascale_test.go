package pricing

import (
	"errors"
	"fmt"
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
)

// TestLambdaScaleMatchesTotal prices random functions at random memory sizes both ways: the
// fixed-point bill (At) must be Total's decimal exactly whenever it is valid, across the free
// tier (partly and wholly used), the duration tiers, INIT, throttling, ephemeral storage,
// provisioned concurrency, usages around the function with fractional figures, rates the
// catalog lacks, and figures too large for 128 bits (then At is not valid).
func TestLambdaScaleMatchesTotal(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2026))
	// a decimal of up to digits digits with places decimal places, or zero a third of the time
	random := func(digits, places int) decimal.Decimal {
		if rng.Intn(3) == 0 {
			return decimal.Zero
		}
		return decimal.New(rng.Int63n(pow10Int(int32(rng.Intn(digits)+1))), -int32(rng.Intn(places+1)))
	}
	count := func(digits int) int64 {
		if rng.Intn(4) == 0 {
			return 0
		}
		return rng.Int63n(pow10Int(int32(rng.Intn(digits) + 1)))
	}
	valid, invalid := 0, 0
	for i := range 4000 {
		arch := []string{"x86_64", "arm64"}[i%2]
		rates, err := cat.LambdaRates("us-east-1", arch)
		if err != nil {
			t.Fatal(err)
		}
		if i%7 == 3 { // a region whose catalog lacks the optional rates
			missing := rateOrError{key: "missing", err: errors.New("no rate")}
			r := *rates
			r.ephemeral, r.provisioned, r.provDur = missing, missing, missing
			rates = &r
		}
		digits := 12
		if i%50 == 49 {
			digits = 18 // large enough to overflow now and then
		}
		around := LambdaSum{
			Requests: random(digits, 3), Duration: random(digits, 6), Ephemeral: random(digits, 4),
			Provisioned: random(digits, 2), ProvisionedDuration: random(digits, 5), Init: random(8, 4),
			ThrottledRequests: random(4, 0), ThrottledDuration: random(4, 3),
		}
		around.EligibleRequests, around.EligibleDuration, around.EligibleInit = around.Requests, around.Duration, around.Init
		if rng.Intn(2) == 0 {
			around.EligibleRequests, around.EligibleDuration, around.EligibleInit = decimal.Zero, decimal.Zero, decimal.Zero
		}
		perMB := LambdaSum{Duration: random(digits-3, 8), Init: random(5, 8)}
		perMB.EligibleDuration = perMB.Duration
		c := LambdaCounts{
			Requests: count(digits), BilledMs: rng.Int63n(900000) + 1, ColdStarts: count(5), InitMs: rng.Int63n(2000),
			ProvisionedSeconds: count(7), ExtraStorageMB: count(4) % 9729, FreeTierEligible: rng.Intn(2) == 0,
		}
		c.OnProvisioned = rng.Int63n(c.Requests + 1)
		c.OnDemand = c.Requests - c.OnProvisioned
		c.Throttled = rng.Int63n(c.OnDemand+1) / int64(rng.Intn(20)+1)
		extra := random(6, 12)
		bill := rates.Scale(around, perMB, extra).Function(c)
		for range 5 {
			m := int64(rng.Intn(10240-128+1) + 128)
			want := bill.Total(m)
			got := bill.At(m)
			if !got.Valid() {
				invalid++
				continue
			}
			valid++
			if g := got.Decimal(rates.Scale(around, perMB, extra).Exponent()); !g.Equal(want) {
				t.Fatalf("case %d at %d MB: At %s, Total %s\naround %+v\nper MB %+v\ncounts %+v extra %s", i, m, g, want, around, perMB, c, extra)
			}
		}
	}
	if valid < 15000 || invalid == 0 {
		t.Errorf("%d bills checked exactly, %d too large: the cases do not cover both", valid, invalid)
	}
}

// TestLambdaScaleByHand: the mobile backend (AWS's example 1 with 182 cold starts of 140 ms)
// at 1,536 MB is $2.733975001274 (model/price_test.go); at 1,024 MB its 360,000 GB-s and
// 25.48 GB-s of INIT fall inside the free tier, leaving the 2M paid requests: $0.40.
func TestLambdaScaleByHand(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rates, _ := cat.LambdaRates("us-east-1", "x86_64")
	scale := rates.Scale(LambdaSum{}, LambdaSum{}, decimal.Zero)
	bill := scale.Function(LambdaCounts{Requests: 3000000, OnDemand: 3000000, BilledMs: 120, ColdStarts: 182, InitMs: 140, FreeTierEligible: true})
	for m, want := range map[int64]string{1536: "2.733975001274", 1024: "0.4"} {
		got := bill.At(m)
		if !got.Valid() || !got.Decimal(scale.Exponent()).Equal(decimal.RequireFromString(want)) {
			t.Errorf("%d MB: %s, want %s", m, got.Decimal(scale.Exponent()), want)
		}
	}
	if e := scale.Exponent(); e != -23 {
		t.Errorf("exponent %d: $0.0000166667 per 1,024,000 MB-ms is 1.627607421875 x 10^-11, exact at 10^-23", e)
	}
	if s := fmt.Sprint(bill.Total(1536)); s != "2.733975001274" {
		t.Errorf("Total at 1,536 MB: %s", s)
	}
}
