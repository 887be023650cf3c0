package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// markdownComparisons renders the decision analyses as markdown, for proposals.
func markdownComparisons(b *strings.Builder, res model.CompareResult) {
	b.WriteString("# breakeven compare\n\n" + compareHeader(res) + "\n")
	for _, c := range res.Comparisons {
		wl := c.Base.Workload
		fmt.Fprintf(b, "\n## %s\n\n%s %s. Now: %s\n", cell(wl.Name), wl.Region, cell(wl.File), cell(nowText(c.Base)))
		for _, note := range c.Notes {
			fmt.Fprintf(b, "\n**Note:** %s.\n", cell(note))
		}
		b.WriteString("\n### Recommendations\n\n")
		if len(c.Recommendations) == 0 {
			b.WriteString("None saves money at this traffic.\n")
		}
		for i, r := range c.Recommendations {
			fmt.Fprintf(b, "%d. **%s**: saves %s a month%s.\n", i+1, r.Action, money(r.MonthlySaving), conditionText(r))
			for _, e := range r.Evidence {
				fmt.Fprintf(b, "   - %s\n", e)
			}
		}
		if len(c.BreakEvens) > 0 {
			b.WriteString("\n### Break-even\n\n| Input | Pair | Crossing |\n|---|---|---|\n")
			for _, be := range c.BreakEvens {
				text := crossingText(be)
				if be.Stopped != "" {
					text += " (" + be.Stopped + ")"
				}
				fmt.Fprintf(b, "| %s | %s vs %s | %s |\n", cell(variableNow(be, 0)), platformName(be.A), platformName(be.B), cell(text))
			}
		}
		markdownCurve(b, c)
		if s := c.Sweep; s != nil {
			b.WriteString("\n### Lambda memory and architecture\n\n| | Memory | Arch | Duration | Monthly | Saving |\n|---|---:|---|---:|---:|---:|\n")
			if s.Current.Feasible {
				b.WriteString("| " + strings.Join(sweepPickRow("now", s.Current, decimal.Zero), " | ") + " |\n")
			}
			for _, p := range s.Optima {
				b.WriteString("| " + strings.Join(sweepPickRow(p.Strategy, p.Row, p.MonthlySaving), " | ") + " |\n")
			}
		}
		b.WriteString("\n")
		markdownRightSizing(b, c)
		if h := c.Hybrid; h != nil {
			fmt.Fprintf(b, "\n### Hybrid (compute only)\n\n%s\n", cell(strings.TrimSpace(hybridText(*h)+" "+hybridAgainst(*h))))
		}
		b.WriteString("\n")
		markdownGrowth(b, c)
		b.WriteString("\n")
		markdownScenarios(b, c)
		b.WriteString("\n")
		markdownSensitivity(b, c)
	}
}

// markdownCurve writes the cost curve in markdown, every point.
func markdownCurve(b *strings.Builder, c model.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	b.WriteString("\n### Cost curve\n\n" + markdownHeader(platformHeader([]string{"Requests/month", "Average/s"}), platformAlign([]bool{true, true})))
	for _, p := range c.Curve {
		row := []string{quantity(decimal.NewFromInt(p.RequestsPerMonth)), p.PerSecond.String()}
		for _, pc := range p.Costs {
			row = append(row, curveCost(pc))
		}
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
}

// writeComparisonCSV writes one row per figure: workload, section, item, platform, metric,
// value, with exact values.
func writeComparisonCSV(w io.Writer, res model.CompareResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"workload", "section", "item", "platform", "metric", "value"}); err != nil {
		return err
	}
	for _, c := range res.Comparisons {
		var rows [][]string
		rows = append(rows, csvBreakEvens(c)...)
		rows = append(rows, csvCurve(c)...)
		rows = append(rows, csvSweep(c)...)
		rows = append(rows, csvRightSizing(c)...)
		rows = append(rows, csvHybrid(c)...)
		rows = append(rows, csvGrowth(c)...)
		rows = append(rows, csvScenarios(c)...)
		rows = append(rows, csvSensitivity(c)...)
		rows = append(rows, csvRecommendations(c)...)
		for _, r := range rows {
			if err := cw.Write(append([]string{c.Base.Workload.Name}, r...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvBreakEvens(c model.Comparison) [][]string {
	var rows [][]string
	for _, b := range c.BreakEvens {
		item := string(b.Variable)
		pair := string(b.A) + "-" + string(b.B)
		if len(b.Crossings) == 0 {
			rows = append(rows, []string{"break_even", item, pair, "never_in_range_cheaper", string(b.CheaperAtFrom)})
		}
		for _, x := range b.Crossings {
			rows = append(rows, []string{"break_even", item, pair, "crossing_at", x.At.String()},
				[]string{"break_even", item, pair, "cheaper_above", string(x.Above)})
		}
	}
	return rows
}

func csvCurve(c model.Comparison) [][]string {
	var rows [][]string
	for _, p := range c.Curve {
		for _, pc := range p.Costs {
			v := "infeasible"
			if pc.Feasible {
				v = pc.MonthlyCost.String()
			}
			rows = append(rows, []string{"curve", fmt.Sprint(p.RequestsPerMonth), string(pc.Platform), "monthly_cost", v})
		}
	}
	return rows
}

func csvSweep(c model.Comparison) [][]string {
	s := c.Sweep
	if s == nil {
		return nil
	}
	var rows [][]string
	for _, p := range s.Optima {
		item := p.Strategy
		rows = append(rows, []string{"sweep", item, "lambda", "memory_mb", fmt.Sprint(p.Row.MemoryMB)},
			[]string{"sweep", item, "lambda", "architecture", string(p.Row.Architecture)},
			[]string{"sweep", item, "lambda", "monthly_cost", p.Row.MonthlyCost.String()},
			[]string{"sweep", item, "lambda", "monthly_saving", p.MonthlySaving.String()})
	}
	return rows
}

func csvHybrid(c model.Comparison) [][]string {
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

func csvRecommendations(c model.Comparison) [][]string {
	var rows [][]string
	for i, r := range c.Recommendations {
		item := fmt.Sprint(i + 1)
		rows = append(rows, []string{"recommendation", item, string(r.Platform), string(r.Finding), r.MonthlySaving.String()})
		if changesDuration(r) {
			rows = append(rows, []string{"recommendation", item, string(r.Platform), "duration_now_ms", r.DurationNowMs.String()},
				[]string{"recommendation", item, string(r.Platform), "duration_after_ms", r.DurationAfterMs.String()})
		}
	}
	return rows
}

// changesDuration says a recommendation states the duration before and after (durations
// are never zero).
func changesDuration(r model.Recommendation) bool {
	return !r.DurationNowMs.IsZero() || !r.DurationAfterMs.IsZero()
}

type jsonComparisonFile struct {
	Catalog     string           `json:"catalog"`
	AsOf        string           `json:"as_of"`
	Month       string           `json:"month"`
	MonthHours  int64            `json:"month_hours"`
	Comparisons []jsonComparison `json:"comparisons"`
}

type jsonComparison struct {
	Workload        string               `json:"workload"`
	File            string               `json:"file"`
	Cheapest        string               `json:"cheapest"`
	Now             []jsonPlatformCost   `json:"now"`
	Recommendations []jsonRecommendation `json:"recommendations"`
	BreakEvens      []jsonBreakEven      `json:"break_evens"`
	Curve           []jsonCurvePoint     `json:"curve"`
	Sweep           *jsonSweepSummary    `json:"sweep"`
	RightSizing     any                  `json:"right_sizing"`
	Hybrid          *jsonHybrid          `json:"hybrid"`
	Growth          any                  `json:"growth"`
	Scenarios       any                  `json:"scenarios"`
	Sensitivity     any                  `json:"sensitivity"`
	Notes           []string             `json:"notes"`
}

type jsonPlatformCost struct {
	Platform    string  `json:"platform"`
	Feasible    bool    `json:"feasible"`
	MonthlyCost *string `json:"monthly_cost"`
}

type jsonRecommendation struct {
	Finding       string `json:"finding"`
	Action        string `json:"action"`
	Platform      string `json:"platform"`
	Conditional   bool   `json:"conditional"`
	MonthlySaving string `json:"monthly_saving"`
	// DurationNowMs and DurationAfterMs are the average duration before and after, for the
	// changes that move it (memory, arm64).
	DurationNowMs   string   `json:"duration_now_ms,omitempty"`
	DurationAfterMs string   `json:"duration_after_ms,omitempty"`
	Evidence        []string `json:"evidence"`
}

type jsonBreakEven struct {
	Variable      string         `json:"variable"`
	A             string         `json:"a"`
	B             string         `json:"b"`
	Base          string         `json:"base"`
	From          string         `json:"from"`
	To            string         `json:"to"`
	CheaperAtFrom string         `json:"cheaper_at_from"`
	CheaperAtTo   string         `json:"cheaper_at_to"`
	Crossings     []jsonCrossing `json:"crossings"`
	Infeasible    []string       `json:"infeasible"`
	Stopped       string         `json:"stopped,omitempty"`
}

type jsonCrossing struct {
	At        string `json:"at"`
	PerSecond string `json:"per_second,omitempty"`
	Below     string `json:"below"`
	Above     string `json:"above"`
	BelowCost string `json:"below_cost"`
	AboveCost string `json:"above_cost"`
}

type jsonCurvePoint struct {
	RequestsPerMonth int64              `json:"requests_per_month"`
	PerSecond        string             `json:"per_second"`
	Costs            []jsonPlatformCost `json:"costs"`
}

type jsonSweepSummary struct {
	Current jsonSweepPickRow  `json:"current"`
	Optima  []jsonComparePick `json:"optima"`
}

type jsonSweepPickRow struct {
	MemoryMB     int64  `json:"memory_mb"`
	Architecture string `json:"architecture"`
	DurationMs   string `json:"duration_ms"`
	BilledMs     int64  `json:"billed_ms"`
	MonthlyCost  string `json:"monthly_cost"`
}

type jsonComparePick struct {
	Strategy      string           `json:"strategy"`
	Row           jsonSweepPickRow `json:"pick"`
	MonthlySaving string           `json:"monthly_saving"`
}

type jsonHybrid struct {
	Baseline         string             `json:"baseline"`
	Units            int64              `json:"units"`
	MinUnits         int64              `json:"min_units"`
	PeakUnits        int64              `json:"peak_units"`
	Unit             string             `json:"unit"`
	PerUnitPerHour   int64              `json:"requests_per_unit_per_hour"`
	BaselineRequests int64              `json:"baseline_requests"`
	OverflowRequests int64              `json:"overflow_requests"`
	OverflowHours    int64              `json:"overflow_hours"`
	BaselineCost     string             `json:"baseline_cost"`
	OverflowCost     string             `json:"overflow_cost"`
	MonthlyCost      string             `json:"monthly_cost"`
	Pure             []jsonPlatformCost `json:"pure"`
	Curve            []jsonHybridPoint  `json:"curve"`
	// CheapestOverall is the least of the split and each platform alone; Split says it is
	// the split (with no baseline: Lambda alone).
	CheapestOverall jsonHybridCheapest `json:"cheapest_overall"`
}

type jsonHybridCheapest struct {
	Platform    string `json:"platform"`
	Split       bool   `json:"split"`
	MonthlyCost string `json:"monthly_cost"`
}

type jsonHybridPoint struct {
	Units       int64  `json:"units"`
	MonthlyCost string `json:"monthly_cost"`
}

// writeComparisonJSON writes the analyses with exact decimals as strings.
func writeComparisonJSON(w io.Writer, res model.CompareResult) error {
	out := jsonComparisonFile{Catalog: res.Catalog, AsOf: res.AsOf, Month: res.Month.Name, MonthHours: res.MonthHours, Comparisons: []jsonComparison{}}
	for _, c := range res.Comparisons {
		out.Comparisons = append(out.Comparisons, comparisonJSON(c))
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

func comparisonJSON(c model.Comparison) jsonComparison {
	j := jsonComparison{Workload: c.Base.Workload.Name, File: c.Base.Workload.File, Cheapest: string(c.Base.Cheapest),
		Recommendations: []jsonRecommendation{}, BreakEvens: []jsonBreakEven{}, Curve: []jsonCurvePoint{},
		RightSizing: jsonRightSizing(c), Growth: jsonGrowth(c), Scenarios: jsonScenarios(c), Sensitivity: jsonSensitivity(c),
		Notes: nonNil(c.Notes)}
	for _, e := range c.Base.Estimates {
		j.Now = append(j.Now, platformCostJSON(model.PlatformCost{Platform: e.Platform, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost}))
	}
	for _, r := range c.Recommendations {
		jr := jsonRecommendation{Finding: string(r.Finding), Action: r.Action,
			Platform: string(r.Platform), Conditional: r.Conditional, MonthlySaving: r.MonthlySaving.String(), Evidence: nonNil(r.Evidence)}
		if changesDuration(r) {
			jr.DurationNowMs, jr.DurationAfterMs = r.DurationNowMs.String(), r.DurationAfterMs.String()
		}
		j.Recommendations = append(j.Recommendations, jr)
	}
	for _, b := range c.BreakEvens {
		jb := jsonBreakEven{Variable: string(b.Variable), A: string(b.A), B: string(b.B), Base: b.Base.String(), From: b.From.String(), To: b.To.String(),
			CheaperAtFrom: string(b.CheaperAtFrom), CheaperAtTo: string(b.CheaperAtTo), Crossings: []jsonCrossing{}, Infeasible: nonNil(b.Infeasible), Stopped: b.Stopped}
		for _, x := range b.Crossings {
			jx := jsonCrossing{At: x.At.String(), Below: string(x.Below), Above: string(x.Above), BelowCost: x.BelowCost.String(), AboveCost: x.AboveCost.String()}
			if b.Variable == model.VaryTraffic {
				jx.PerSecond = x.PerSecond.String()
			}
			jb.Crossings = append(jb.Crossings, jx)
		}
		j.BreakEvens = append(j.BreakEvens, jb)
	}
	for _, p := range c.Curve {
		jp := jsonCurvePoint{RequestsPerMonth: p.RequestsPerMonth, PerSecond: p.PerSecond.String()}
		for _, pc := range p.Costs {
			jp.Costs = append(jp.Costs, platformCostJSON(pc))
		}
		j.Curve = append(j.Curve, jp)
	}
	if s := c.Sweep; s != nil {
		js := &jsonSweepSummary{Current: sweepPickRowJSON(s.Current), Optima: []jsonComparePick{}}
		for _, p := range s.Optima {
			js.Optima = append(js.Optima, jsonComparePick{Strategy: p.Strategy, Row: sweepPickRowJSON(p.Row), MonthlySaving: p.MonthlySaving.String()})
		}
		j.Sweep = js
	}
	if h := c.Hybrid; h != nil {
		best, split := h.CheapestOverall()
		jh := &jsonHybrid{Baseline: string(h.Baseline), Units: h.Units, MinUnits: h.MinUnits, PeakUnits: h.PeakUnits, Unit: h.UnitSummary, PerUnitPerHour: h.PerUnitPerHour,
			CheapestOverall:  jsonHybridCheapest{Platform: string(best.Platform), Split: split, MonthlyCost: best.MonthlyCost.String()},
			BaselineRequests: h.BaselineRequests, OverflowRequests: h.OverflowRequests, OverflowHours: h.OverflowHours,
			BaselineCost: h.BaselineCost.String(), OverflowCost: h.OverflowCost.String(), MonthlyCost: h.MonthlyCost.String()}
		for _, p := range h.Pure {
			jh.Pure = append(jh.Pure, platformCostJSON(p))
		}
		for _, p := range h.Curve {
			jh.Curve = append(jh.Curve, jsonHybridPoint{Units: p.Units, MonthlyCost: p.MonthlyCost.String()})
		}
		j.Hybrid = jh
	}
	return j
}

func platformCostJSON(pc model.PlatformCost) jsonPlatformCost {
	j := jsonPlatformCost{Platform: string(pc.Platform), Feasible: pc.Feasible}
	if pc.Feasible {
		s := pc.MonthlyCost.String()
		j.MonthlyCost = &s
	}
	return j
}

func sweepPickRowJSON(r model.SweepRow) jsonSweepPickRow {
	return jsonSweepPickRow{MemoryMB: r.MemoryMB, Architecture: string(r.Architecture), DurationMs: r.DurationMs.String(), BilledMs: r.BilledMs, MonthlyCost: r.MonthlyCost.String()}
}
