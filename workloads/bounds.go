package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// checkBounds reports what a workload that read without problems derives past the model's
// maxima (model.Workload.Bounds), each at the key that takes it there: a flow step's
// per_parent (or the step), the traffic, or a scenario's traffic_multiplier. An average rate
// is held to them over the longest month.
func checkBounds(root *yamlspec.Value, w model.Workload) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	for _, p := range w.Bounds(model.MaxMonthHours) {
		errs = append(errs, boundAt(root, p.Step).Errorf("%s", p.Message))
	}
	if len(errs) > 0 || w.SchedulesOnly {
		return errs
	}
	requests := decimal.NewFromInt(w.Traffic.MonthlyRequests(model.MaxMonthHours))
	for i, s := range w.Scenarios {
		at := root.Get("scenarios").Items()[i].Get("traffic_multiplier")
		scaled := requests.Mul(s.TrafficMultiplier).Round(0)
		if scaled.GreaterThan(decimal.NewFromInt(model.MaxRequestsPerMonth)) {
			errs = append(errs, at.Errorf("scenario %s has %s requests a month: more than %s, the most the model prices",
				s.Name, scaled, decimal.NewFromInt(model.MaxRequestsPerMonth)))
			continue
		}
		v := w
		v.Traffic = model.Traffic{RequestsPerMonth: scaled.IntPart()}
		for _, p := range v.Bounds(model.MaxMonthHours) {
			errs = append(errs, at.Errorf("in scenario %s, %s", s.Name, p.Message))
		}
	}
	return errs
}

// boundAt is where a bound problem of step (-1: the traffic) is reported: the step's
// per_parent, else the step itself; the traffic's rate.
func boundAt(root *yamlspec.Value, step int) *yamlspec.Value {
	if step >= 0 {
		item := root.Get("flow").Items()[step]
		if pp := item.Get("per_parent"); pp != nil {
			return pp
		}
		return item
	}
	t := root.Get("traffic")
	for _, k := range []string{"requests_per_month", "requests_per_second"} {
		if v := t.Get(k); v != nil {
			return v
		}
	}
	return t
}
