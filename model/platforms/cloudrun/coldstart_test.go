package cloudrun

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestColdStartsHourByHour: hours of 0, 10, 0, 10 and 10 requests of 100 ms, 80 at a time,
// no minimum: one instance serves each busy hour. Scale-ups: hours 2 and 4 start one each
// (none alive after an empty hour), hour 5 none (hour 4's instance is alive at its end: 10
// requests are under 15 minutes apart on average). Idle recycles: of the requests not
// starting an instance, a share e^(-10 x 15/60) = e^-2.5 = 0.082085 arrive over 15 minutes
// after the one before: 9 + 9 + 10 = 28 x 0.082085 = 2.298, 2. Total 4; with one minimum
// instance none, so it removes 4.
func TestColdStartsHourByHour(t *testing.T) {
	hm := newHourModel(dec("100"), 80)
	cs := coldStarts(hm.over([]int64{0, 10, 0, 10, 10}, nil), hm, 0, dec("1000"), "test")
	if cs.ScaleUps != 2 || cs.IdleRecycles != 2 || cs.Total != 4 || cs.Requests != 30 || cs.PeakEnvironments != 1 {
		t.Errorf("cold starts %+v", cs)
	}
	// a share of 4 / 30 above 1%: the p99 includes the startup
	if cs.WithColdStarts.P99Ms != 1100 || cs.Warm.P99Ms != 100 {
		t.Errorf("latency warm %+v, with cold starts %+v", cs.Warm, cs.WithColdStarts)
	}
	warm := coldStarts(hm.over([]int64{0, 10, 0, 10, 10}, nil), hm, 1, dec("1000"), "test")
	if warm.Total != 0 || warm.WithoutProvisioned != 4 || warm.RemovedByProvisioned != 4 {
		t.Errorf("with a minimum instance: %+v", warm)
	}
}

// TestColdStartsPastAByte: an hour starting more instances than a byte holds keeps its count.
func TestColdStartsPastAByte(t *testing.T) {
	hm := newHourModel(decimal.NewFromInt(1000), 1) // 36 million requests an hour: 10,000 in flight
	mh := hm.over([]int64{0, 36_000_000, 0}, nil)
	cs := coldStarts(mh, hm, 0, decimal.NewFromInt(defaultStartupMs), startupSource)
	if startsFitAByte(mh) || cs.PerHour.At(1) != mh.byClass[mh.classes.Of[1]].needed || cs.PerHour.At(1) <= 255 || cs.Total != cs.PerHour.At(1) {
		t.Errorf("per hour %v, total %d", cs.PerHour.Values(), cs.Total)
	}
}
