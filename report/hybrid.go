package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

func tableHybrid(b *strings.Builder, c analysis.Comparison) {
	h := c.Hybrid
	if h == nil {
		return
	}
	writeWrap(b, fmt.Sprintf("  Hybrid: a %s baseline with Lambda for the overflow (compute only)", platformName(h.Baseline)), "    ", itemsWidth)
	writeWrap(b, "    "+hybridText(*h), "    ", itemsWidth)
	if against := hybridAgainst(*h); against != "" {
		writeWrap(b, "    "+against, "    ", itemsWidth)
	}
}

func markdownHybrid(b *strings.Builder, c analysis.Comparison) {
	if h := c.Hybrid; h != nil {
		fmt.Fprintf(b, "\n### Hybrid (compute only)\n\n%s\n", cell(strings.TrimSpace(hybridText(*h)+" "+hybridAgainst(*h))))
	}
}

// hybridText describes the cheapest split of the requests between a baseline and Lambda, or
// why there is none.
func hybridText(h analysis.Hybrid) string {
	if h.Units == 0 {
		if h.PeakUnits <= h.MinUnits {
			return fmt.Sprintf("No split: the busiest hour fits in the fleet's least, %s (%s), so any baseline would take every request; Lambda alone costs %s.",
				hybridUnits(h.Baseline, h.MinUnits), hybridFloorKey(h.Baseline), money(h.MonthlyCost))
		}
		span := hybridUnits(h.Baseline, h.MinUnits)
		if h.PeakUnits-1 > h.MinUnits {
			span = fmt.Sprintf("%s to %s", count(h.MinUnits), hybridUnits(h.Baseline, h.PeakUnits-1))
		}
		return fmt.Sprintf("No baseline pays: Lambda alone (%s) costs less than a baseline of %s with Lambda for the rest.", money(h.MonthlyCost), span)
	}
	return fmt.Sprintf("%s x %s (%s requests an hour each): %s; Lambda takes %s in %s: %s; total %s.",
		count(h.Units), h.UnitSummary, count(h.PerUnitPerHour), money(h.BaselineCost),
		plural(h.OverflowRequests, "request", "requests"), plural(h.OverflowHours, "hour", "hours"), money(h.OverflowCost), money(h.MonthlyCost))
}

// hybridFloorKey is the key that sets a baseline platform's least units.
func hybridFloorKey(p model.Platform) string {
	if p == model.PlatformEC2 {
		return "ec2.min_instances"
	}
	return "fargate.min_tasks"
}

// hybridUnits counts a baseline's units: "1 Fargate task", "3 EC2 instances".
func hybridUnits(p model.Platform, n int64) string {
	unit := "task"
	if p == model.PlatformEC2 {
		unit = "instance"
	}
	if n != 1 {
		unit += "s"
	}
	return fmt.Sprintf("%s %s %s", count(n), platformName(p), unit)
}

// hybridAgainst sets the split against each platform alone, never as a negative saving, and
// says which is cheapest overall. With no baseline the split is Lambda alone, which is not
// set against itself.
func hybridAgainst(h analysis.Hybrid) string {
	subject := "the split"
	if h.Units == 0 {
		subject = "Lambda alone"
	}
	var vs []string
	for _, p := range h.Pure {
		if !p.Feasible || h.Units == 0 && p.Platform == model.PlatformLambda {
			continue
		}
		d := p.MonthlyCost.Sub(h.MonthlyCost)
		alone := fmt.Sprintf("%s alone %s", platformName(p.Platform), money(p.MonthlyCost))
		switch d.Round(2).Sign() {
		case 1:
			alone += " (" + subject + " saves " + money(d) + ")"
		case -1:
			alone += " (" + money(d.Neg()) + " less than " + subject + ")"
		default:
			alone += " (the same)"
		}
		vs = append(vs, alone)
	}
	if len(vs) == 0 {
		return ""
	}
	best, split := h.CheapestOverall()
	what := "the split"
	if !split || h.Units == 0 {
		what = platformName(best.Platform) + " alone"
	}
	return fmt.Sprintf("Against %s. Cheapest overall: %s, %s.", strings.Join(vs, ", "), what, money(best.MonthlyCost))
}

func csvHybrid(c analysis.Comparison) [][]string {
	h := c.Hybrid
	if h == nil {
		return nil
	}
	p := string(h.Baseline)
	best, split := h.CheapestOverall()
	return [][]string{
		{"hybrid", "baseline", p, "units", fmt.Sprint(h.Units)},
		{"hybrid", "baseline", p, "min_units", fmt.Sprint(h.MinUnits)},
		{"hybrid", "baseline", p, "peak_units", fmt.Sprint(h.PeakUnits)},
		{"hybrid", "baseline", p, "monthly_cost", h.BaselineCost.String()},
		{"hybrid", "overflow", "lambda", "requests", fmt.Sprint(h.OverflowRequests)},
		{"hybrid", "overflow", "lambda", "monthly_cost", h.OverflowCost.String()},
		{"hybrid", "total", p, "monthly_cost", h.MonthlyCost.String()},
		{"hybrid", "cheapest_overall", string(best.Platform), "split", fmt.Sprint(split)},
		{"hybrid", "cheapest_overall", string(best.Platform), "monthly_cost", best.MonthlyCost.String()},
	}
}

// hybridJSON writes "hybrid": the cheapest split between a baseline and Lambda, the
// platforms alone and the cheapest overall (null without one).
func hybridJSON(j *jsonWriter, h *analysis.Hybrid) {
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
