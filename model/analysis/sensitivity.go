package analysis

import (
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// SensitivityPercent is how far Sensitivity moves each input, down and up.
const SensitivityPercent = 20

// The memory sizes Lambda allows, which a moved function.memory_mb is kept within.
const (
	lambdaMinMemoryMB = 128
	lambdaMaxMemoryMB = 10240
)

// SensitivityRow is how much moving one input by -20% and +20%, the rest held, moves the
// monthly total: of the base's cheapest platform (ranked by) and of every platform.
type SensitivityRow struct {
	// Input is the key moved, as in the YAML: "function.duration_ms",
	// "flow[worker].per_parent".
	Input string
	// Base is the input's value as priced (given, or chosen by the engine); Low and High are
	// the values priced, after the rounding and clamping Note states.
	Base, Low, High decimal.Decimal
	// Note says how Low and High were rounded or clamped, or that Base was chosen by the
	// engine ("" when they are exactly Base x 0.8 and Base x 1.2 of a given value).
	Note string
	// Platform is the base's cheapest platform ("" when no platform can run the workload),
	// and BaseCost its monthly cost.
	Platform model.Platform
	BaseCost decimal.Decimal
	// LowCost and HighCost are Platform's cost at Low and at High.
	LowCost, HighCost VariantCost
	// Swing is |HighCost - LowCost| when Platform can run at both values (zero otherwise).
	Swing decimal.Decimal
	// Infeasible says Platform cannot run at Low or at High: such inputs rank first.
	Infeasible bool
	// LowCosts and HighCosts are every platform's cost at Low and at High, in Platforms
	// order; LowCheapest and HighCheapest the cheapest platform at each ("" for none).
	LowCosts, HighCosts       []VariantCost
	LowCheapest, HighCheapest model.Platform
}

// sensitivityInput is one input Sensitivity moves: its key, values and how to set it.
type sensitivityInput struct {
	key             string
	base, low, high decimal.Decimal
	note            string
	set             func(w *model.Workload, v decimal.Decimal)
}

// Sensitivity moves each input the workload w (as loaded) uses by -20% and +20%, alone,
// and prices each variant on every platform. The inputs: the traffic, the function's
// duration and memory (rounded half up to whole MB and, when the base is within Lambda's
// 128 to 10,240 MB, kept there), the Fargate task's and EC2 instance's requests a second
// (given or chosen by the engine; rounded half up to 0.001), the front door's request and
// response KB and the logs' KB per invocation (when priced), and each flow step's
// per_parent. Everything the file leaves out is chosen again for each variant (a larger
// memory may pick a larger Fargate task). Rows are ranked by the swing of the base's
// cheapest platform, largest first, inputs that make it infeasible before all, ties by
// input name. A workload of schedules alone has no inputs here.
func Sensitivity(w model.Workload, cat *pricing.Catalog, month model.Month) []SensitivityRow {
	if w.SchedulesOnly {
		return nil
	}
	if month.Hours == 0 {
		month = model.StandardMonth()
	}
	base := bills(w, cat, month)
	baseCost := decimal.Zero
	if base.Cheapest != "" {
		baseCost = base.Estimate(base.Cheapest).MonthlyCost
	}
	var rows []SensitivityRow
	for _, in := range sensitivityInputs(w, base.Workload) {
		row := SensitivityRow{Input: in.key, Base: in.base, Low: in.low, High: in.high, Note: in.note,
			Platform: base.Cheapest, BaseCost: baseCost}
		row.LowCosts, row.LowCheapest = priceMoved(w, in, in.low, cat, month)
		row.HighCosts, row.HighCheapest = priceMoved(w, in, in.high, cat, month)
		if row.Platform != "" {
			row.LowCost, row.HighCost = costOf(row.LowCosts, row.Platform), costOf(row.HighCosts, row.Platform)
			row.Infeasible = !row.LowCost.Feasible || !row.HighCost.Feasible
			if !row.Infeasible {
				row.Swing = row.HighCost.Cost.Sub(row.LowCost.Cost).Abs()
			}
		}
		rows = append(rows, row)
	}
	slices.SortStableFunc(rows, func(a, b SensitivityRow) int {
		switch {
		case a.Infeasible != b.Infeasible:
			if a.Infeasible {
				return -1
			}
			return 1
		case !a.Swing.Equal(b.Swing):
			return b.Swing.Cmp(a.Swing)
		case a.Input < b.Input:
			return -1
		case a.Input > b.Input:
			return 1
		}
		return 0
	})
	return rows
}

// priceMoved prices w with one input set to v: every platform's cost and the cheapest.
func priceMoved(w model.Workload, in sensitivityInput, v decimal.Decimal, cat *pricing.Catalog, month model.Month) ([]VariantCost, model.Platform) {
	in.set(&w, v)
	r := bills(w, cat, month)
	return variantCosts(r), r.Cheapest
}

// sensitivityInputs lists the inputs w uses; resolved is w with the engine's choices, for
// the throughputs the file leaves out.
func sensitivityInputs(w, resolved model.Workload) []sensitivityInput {
	down, up := decimal.New(100-SensitivityPercent, -2), decimal.New(100+SensitivityPercent, -2)
	var list []sensitivityInput
	if t := w.Traffic; t.PerSecond {
		list = append(list, movedDecimal("traffic.requests_per_second", t.RequestsPerSecond, 3, "", func(w *model.Workload, v decimal.Decimal) {
			w.Traffic.RequestsPerSecond = v
		}))
	} else {
		list = append(list, movedDecimal("traffic.requests_per_month", decimal.NewFromInt(t.RequestsPerMonth), 0, "", func(w *model.Workload, v decimal.Decimal) {
			w.Traffic.RequestsPerMonth = v.IntPart()
		}))
	}
	list = append(list, sensitivityInput{key: "function.duration_ms", base: w.Function.DurationMs,
		low: w.Function.DurationMs.Mul(down), high: w.Function.DurationMs.Mul(up),
		set: func(w *model.Workload, v decimal.Decimal) { w.Function.DurationMs = v }})
	list = append(list, movedMemory(w.Function.MemoryMB))

	const chosen = "chosen by the engine"
	for _, p := range model.Platforms { // each that runs a fleet (model.FleetOwner): Fargate, EC2
		owner, ok := model.PlatformAs[model.FleetOwner](p)
		if !ok {
			continue
		}
		base, why := owner.FleetOf(w).RequestsPerSecondPerUnit, ""
		if base.IsZero() {
			base, why = owner.FleetOf(resolved).RequestsPerSecondPerUnit, chosen
		}
		if !base.IsPositive() {
			continue
		}
		in := movedDecimal(owner.ThroughputKey(), base, model.ThroughputPlaces, why, func(w *model.Workload, v decimal.Decimal) {
			fleet := owner.FleetOf(*w)
			fleet.RequestsPerSecondPerUnit = decimal.Max(v, model.MinThroughput)
			*w = owner.WithFleet(*w, fleet)
			*w = sizedAsResolved(*w, resolved)
		})
		in.low = decimal.Max(in.low, model.MinThroughput)
		list = append(list, in)
	}

	exact := func(key string, base decimal.Decimal, set func(w *model.Workload, v decimal.Decimal)) sensitivityInput {
		return sensitivityInput{key: key, base: base, low: base.Mul(down), high: base.Mul(up), set: set}
	}
	if fd := w.FrontDoor; fd.Lambda != "" {
		if fd.RequestKB.IsPositive() {
			list = append(list, exact("front_door.request_kb", fd.RequestKB, func(w *model.Workload, v decimal.Decimal) { w.FrontDoor.RequestKB = v }))
		}
		if fd.ResponseKB.IsPositive() {
			list = append(list, exact("front_door.response_kb", fd.ResponseKB, func(w *model.Workload, v decimal.Decimal) { w.FrontDoor.ResponseKB = v }))
		}
	}
	if l := w.Logs; l.RetentionDays > 0 && l.KBPerInvocation.IsPositive() {
		list = append(list, exact("logs.kb_per_invocation", l.KBPerInvocation, func(w *model.Workload, v decimal.Decimal) { w.Logs.KBPerInvocation = v }))
	}
	for i, s := range w.Flow {
		list = append(list, exact("flow["+s.Name+"].per_parent", s.PerParent, func(w *model.Workload, v decimal.Decimal) {
			w.Flow = slices.Clone(w.Flow) // the variant's own steps: w shares them with the base
			w.Flow[i].PerParent = v
		}))
	}
	return list
}

// movedDecimal moves base by -20% and +20%, rounded half up to places decimal places;
// note says why base is what it is ("" when given), and gains the rounding when it changed
// a value.
func movedDecimal(key string, base decimal.Decimal, places int32, note string, set func(w *model.Workload, v decimal.Decimal)) sensitivityInput {
	exactLow, exactHigh := base.Mul(decimal.New(100-SensitivityPercent, -2)), base.Mul(decimal.New(100+SensitivityPercent, -2))
	in := sensitivityInput{key: key, base: base, low: exactLow.Round(places), high: exactHigh.Round(places), note: note, set: set}
	if !in.low.Equal(exactLow) || !in.high.Equal(exactHigh) {
		unit := "whole requests"
		if places > 0 {
			unit = decimal.New(1, -places).String() + " requests a second"
		}
		in.note = joinNote(in.note, "rounded half up to "+unit)
	}
	return in
}

// movedMemory moves function.memory_mb by -20% and +20%, rounded half up to whole MB and,
// when the base is within Lambda's sizes, kept within them.
func movedMemory(mb int64) sensitivityInput {
	base := decimal.NewFromInt(mb)
	in := movedDecimal("function.memory_mb", base, 0, "", func(w *model.Workload, v decimal.Decimal) { w.Function.MemoryMB = v.IntPart() })
	if in.note != "" {
		in.note = "rounded half up to whole MB"
	}
	if mb >= lambdaMinMemoryMB && mb <= lambdaMaxMemoryMB {
		lo, hi := decimal.NewFromInt(lambdaMinMemoryMB), decimal.NewFromInt(lambdaMaxMemoryMB)
		if in.low.LessThan(lo) || in.high.GreaterThan(hi) {
			in.low, in.high = decimal.Max(in.low, lo), decimal.Min(in.high, hi)
			in.note = joinNote(in.note, "kept within Lambda's 128 to 10,240 MB")
		}
	}
	return in
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}
