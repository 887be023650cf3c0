package report

import (
	"io"

	"github.com/breakeven/breakeven/model"
)

// platformCostsJSON writes the member k: each platform's monthly cost, null where it cannot
// run (null for no platform at all).
func platformCostsJSON(j *jsonWriter, k string, costs []model.PlatformCost) {
	if len(costs) == 0 {
		j.null(k)
		return
	}
	j.array(k)
	for _, pc := range costs {
		j.element()
		j.open('{')
		j.string("platform", string(pc.Platform))
		j.bool("feasible", pc.Feasible)
		if pc.Feasible {
			j.exact("monthly_cost", pc.MonthlyCost)
		} else {
			j.null("monthly_cost")
		}
		j.close('}')
	}
	j.close(']')
}

// recommendationsJSON writes "recommendations", largest saving first.
func recommendationsJSON(j *jsonWriter, list []model.Recommendation) {
	j.array("recommendations")
	for _, r := range list {
		j.element()
		j.open('{')
		j.string("finding", string(r.Finding))
		j.string("action", r.Action)
		j.string("platform", string(r.Platform))
		j.bool("conditional", r.Conditional)
		j.exact("monthly_saving", r.MonthlySaving)
		if changesDuration(r) { // the average duration before and after (memory, arm64)
			j.exact("duration_now_ms", r.DurationNowMs)
			j.exact("duration_after_ms", r.DurationAfterMs)
		}
		j.strings("evidence", r.Evidence)
		j.close('}')
	}
	j.close(']')
}

// breakEvensJSON writes "break_evens": every pair of platforms by each input, with every
// crossing.
func breakEvensJSON(j *jsonWriter, list []model.BreakEven) {
	j.array("break_evens")
	for _, b := range list {
		j.element()
		j.open('{')
		j.string("variable", string(b.Variable))
		j.string("a", string(b.A))
		j.string("b", string(b.B))
		j.exact("base", b.Base)
		j.exact("from", b.From)
		j.exact("to", b.To)
		j.string("cheaper_at_from", string(b.CheaperAtFrom))
		j.string("cheaper_at_to", string(b.CheaperAtTo))
		j.array("crossings")
		for _, x := range b.Crossings {
			j.element()
			j.open('{')
			j.exact("at", x.At)
			if b.Variable == model.VaryTraffic {
				j.exact("per_second", x.PerSecond)
			}
			j.string("below", string(x.Below))
			j.string("above", string(x.Above))
			j.exact("below_cost", x.BelowCost)
			j.exact("above_cost", x.AboveCost)
			j.close('}')
		}
		j.close(']')
		j.strings("infeasible", b.Infeasible)
		if b.Stopped != "" {
			j.string("stopped", b.Stopped)
		}
		j.close('}')
	}
	j.close(']')
}

// curveJSON writes "curve": each platform's monthly cost at every point of the traffic scan.
func curveJSON(j *jsonWriter, curve []model.CurvePoint) {
	j.array("curve")
	for _, p := range curve {
		j.element()
		j.open('{')
		j.int("requests_per_month", p.RequestsPerMonth)
		j.exact("per_second", p.PerSecond)
		platformCostsJSON(j, "costs", p.Costs)
		j.close('}')
	}
	j.close(']')
}

// sweepSummaryJSON writes "sweep": Lambda's size now and each strategy's optimum (null
// without a sweep).
func sweepSummaryJSON(j *jsonWriter, s *model.SweepResult) {
	if s == nil {
		j.null("sweep")
		return
	}
	j.object("sweep")
	j.key("current")
	sweepPickRowJSON(j, s.Current)
	j.array("optima")
	for _, p := range s.Optima {
		j.element()
		j.open('{')
		j.string("strategy", p.Strategy)
		j.key("pick")
		sweepPickRowJSON(j, p.Row)
		j.exact("monthly_saving", p.MonthlySaving)
		j.close('}')
	}
	j.close(']')
	j.close('}')
}

// hybridJSON writes "hybrid": the cheapest split between a baseline and Lambda, the
// platforms alone and the cheapest overall (null without one).
func hybridJSON(j *jsonWriter, h *model.Hybrid) {
	if h == nil {
		j.null("hybrid")
		return
	}
	j.object("hybrid")
	j.string("baseline", string(h.Baseline))
	j.int("units", h.Units)
	j.int("min_units", h.MinUnits)
	j.int("peak_units", h.PeakUnits)
	j.string("unit", h.UnitSummary)
	j.int("requests_per_unit_per_hour", h.PerUnitPerHour)
	j.int("baseline_requests", h.BaselineRequests)
	j.int("overflow_requests", h.OverflowRequests)
	j.int("overflow_hours", h.OverflowHours)
	j.exact("baseline_cost", h.BaselineCost)
	j.exact("overflow_cost", h.OverflowCost)
	j.exact("monthly_cost", h.MonthlyCost)
	platformCostsJSON(j, "pure", h.Pure)
	if len(h.Curve) == 0 {
		j.null("curve")
	} else {
		j.array("curve")
		for _, p := range h.Curve {
			j.element()
			j.open('{')
			j.int("units", p.Units)
			j.exact("monthly_cost", p.MonthlyCost)
			j.close('}')
		}
		j.close(']')
	}
	// cheapest_overall is the least of the split and each platform alone; split says it is
	// the split (with no baseline: Lambda alone).
	best, split := h.CheapestOverall()
	j.object("cheapest_overall")
	j.string("platform", string(best.Platform))
	j.bool("split", split)
	j.exact("monthly_cost", best.MonthlyCost)
	j.close('}')
	j.close('}')
}

// rightSizingJSON writes the right-sizing: each fleet platform's options ranked, the ways to
// buy EC2 capacity and what it assumes.
func rightSizingJSON(j *jsonWriter, rs model.RightSizing) {
	j.open('{')
	if rs.Skipped != "" {
		j.string("skipped", rs.Skipped)
	} else {
		j.key("fargate")
		platformSizingJSON(j, rs.Fargate)
		j.key("ec2")
		platformSizingJSON(j, rs.EC2)
	}
	purchasesJSON(j, rs.Purchases)
	j.strings("assumptions", rs.Assumptions)
	j.close('}')
}

// platformSizingJSON writes one platform's sizes: the current one, those ranked, those that
// cannot run and those left out; the saving when the current and the best both run.
func platformSizingJSON(j *jsonWriter, p model.PlatformSizing) {
	j.open('{')
	j.string("throughput", p.Throughput)
	j.key("current")
	sizeOptionJSON(j, p.Current)
	for _, list := range []struct {
		key     string
		options []model.SizeOption
	}{{"ranked", p.Ranked}, {"infeasible", p.Infeasible}} {
		j.array(list.key)
		for _, o := range list.options {
			j.element()
			sizeOptionJSON(j, o)
		}
		j.close(']')
	}
	j.array("excluded")
	for _, x := range p.Excluded {
		j.element()
		j.open('{')
		j.string("name", x.Name)
		j.string("reason", x.Reason)
		j.close('}')
	}
	j.close(']')
	if p.Compared {
		j.exact("monthly_saving", p.Saving)
	}
	j.close('}')
}

// sizeOptionJSON writes one task size or instance type as priced.
func sizeOptionJSON(j *jsonWriter, o model.SizeOption) {
	j.open('{')
	j.string("name", o.Name)
	j.exact("vcpu", o.VCPU)
	j.exact("memory_gb", o.MemoryGB)
	j.string("architecture", string(o.Architecture))
	j.exact("requests_per_second_per_unit", o.RequestsPerSecondPerUnit)
	if o.Purchase != "" {
		j.string("purchase", string(o.Purchase))
	}
	j.bool("feasible", o.Feasible)
	j.strings("reasons", o.Reasons)
	j.strings("warnings", o.Warnings)
	j.strings("notes", o.Notes)
	j.int("min_units", o.MinUnits)
	j.int("max_units", o.MaxUnits)
	j.exact("billed_unit_hours", o.BilledHours)
	j.exact("monthly_cost", o.MonthlyCost)
	j.close('}')
}

// writeComparisonJSON writes the analyses of `breakeven compare` as json.MarshalIndent
// would, with exact decimals as strings.
func writeComparisonJSON(w io.Writer, res model.CompareResult) error {
	j := marshalJSON()
	j.open('{')
	j.string("catalog", res.Catalog)
	j.string("as_of", res.AsOf)
	j.string("month", res.Month.Name)
	j.int("month_hours", res.MonthHours)
	j.array("comparisons")
	for _, c := range res.Comparisons {
		j.element()
		comparisonJSON(j, c)
	}
	j.close(']')
	j.close('}')
	_, err := w.Write(append(j.buf, '\n'))
	return err
}

// comparisonJSON writes one workload's analyses, each section by its own JSON function.
func comparisonJSON(j *jsonWriter, c model.Comparison) {
	j.open('{')
	j.string("workload", c.Base.Workload.Name)
	j.string("file", c.Base.Workload.File)
	j.string("cheapest", string(c.Base.Cheapest))
	var now []model.PlatformCost
	for _, e := range c.Base.Estimates {
		now = append(now, model.PlatformCost{Platform: e.Platform, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost})
	}
	platformCostsJSON(j, "now", now)
	recommendationsJSON(j, c.Recommendations)
	breakEvensJSON(j, c.BreakEvens)
	curveJSON(j, c.Curve)
	sweepSummaryJSON(j, c.Sweep)
	j.key("right_sizing")
	rightSizingJSON(j, c.RightSizing)
	hybridJSON(j, c.Hybrid)
	growthJSON(j, c.Growth)
	scenariosJSON(j, c.Scenarios)
	sensitivityJSON(j, c.Sensitivity)
	j.strings("notes", c.Notes)
	j.close('}')
}

// sweepPickRowJSON writes a Lambda size the sweep picks.
func sweepPickRowJSON(j *jsonWriter, r model.SweepRow) {
	j.open('{')
	j.int("memory_mb", r.MemoryMB)
	j.string("architecture", string(r.Architecture))
	j.exact("duration_ms", r.DurationMs)
	j.int("billed_ms", r.BilledMs)
	j.exact("monthly_cost", r.MonthlyCost)
	j.close('}')
}
