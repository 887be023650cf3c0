package lambda

import (
	"fmt"
	"slices"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Limits of the memory sweep's duration model.
const (
	// maxLambdaVCPUs is the most vCPUs Lambda gives a function (6, at 10,240 MB). The CPU
	// share is proportional to memory (10,240 / 1,769 = 5.79), so the cap never binds.
	maxLambdaVCPUs = 6
	// durationPlaces is the precision of modelled durations: 6 decimal places of a
	// millisecond (a nanosecond), before billing rounds up to the whole millisecond.
	durationPlaces = 6
)

// durationCurve is the duration of the function at every memory size on one architecture:
// through measured points, or scaled from the other architecture's curve.
type durationCurve struct {
	// points are the calibration points, by memory ascending.
	points []curvePoint
	// cpuPercent splits a lone point's duration into CPU work and the rest.
	cpuPercent decimal.Decimal
	// scaleFrom, when set, is the curve this one is scaled from by num / den.
	scaleFrom *durationCurve
	num, den  decimal.Decimal
	// cpuLimitMB is the memory beyond which more vCPUs do not help: 1,769 MB x threads.
	cpuLimitMB int64
}

type curvePoint struct {
	memoryMB   int64
	durationMs decimal.Decimal
}

// durationModel is the resolved duration model of a workload, per architecture.
type durationModel struct {
	curves      map[model.Architecture]*durationCurve
	assumptions []string
}

// newDurationModel resolves the tuning's defaults and builds each architecture's curve.
// The function's duration_ms at memory_mb on lambda.architecture is always a point, unless
// a measurement at that size and architecture replaces it.
func newDurationModel(w model.Workload) durationModel {
	t := configOf(w).Architecture
	if t == "" {
		t = model.X86_64
	}
	tu := w.Tuning
	var say []string
	cpu := decimal.NewFromInt(model.DefaultCPUBoundPercent)
	if tu.CPUBoundPercent.Valid {
		cpu = tu.CPUBoundPercent.Decimal
	}
	threads := tu.Threads
	if threads <= 0 {
		threads = model.DefaultThreads
	}
	arm := tu.ARM64DurationPercent
	if !arm.IsPositive() {
		arm = decimal.NewFromInt(model.DefaultARM64DurationPercent)
	}
	limit := model.LambdaMBPerVCPU * min(threads, maxLambdaVCPUs)

	byArch := map[model.Architecture][]curvePoint{}
	replaced := false
	for _, m := range tu.Measured {
		a := m.Architecture
		if a == "" {
			a = t
		}
		if a == t && m.MemoryMB == w.Function.MemoryMB {
			replaced = true
			say = append(say, fmt.Sprintf("The %s measured at %s %s (%s) replaces function.duration_ms %s.", humanize.Milliseconds(m.DurationMs), humanize.Megabytes(m.MemoryMB), a, m.Source, humanize.Milliseconds(w.Function.DurationMs)))
		}
		byArch[a] = append(byArch[a], curvePoint{m.MemoryMB, m.DurationMs})
	}
	if !replaced {
		byArch[t] = append(byArch[t], curvePoint{w.Function.MemoryMB, w.Function.DurationMs})
	}
	m := durationModel{curves: map[model.Architecture]*durationCurve{}}
	for _, a := range []model.Architecture{model.X86_64, model.ARM64} {
		pts := byArch[a]
		if len(pts) == 0 {
			continue
		}
		slices.SortFunc(pts, func(x, y curvePoint) int { return int(x.memoryMB - y.memoryMB) })
		m.curves[a] = &durationCurve{points: pts, cpuPercent: cpu, cpuLimitMB: limit}
	}
	other := model.X86_64
	if t == model.X86_64 {
		other = model.ARM64
	}
	if m.curves[other] == nil {
		// arm64 takes arm percent of x86_64's duration: from the x86_64 curve multiply by
		// arm/100, from the arm64 curve by 100/arm.
		c := &durationCurve{scaleFrom: m.curves[t], num: arm, den: decimal.NewFromInt(100)}
		if other == model.X86_64 {
			c.num, c.den = c.den, c.num
		}
		m.curves[other] = c
		say = append(say, fmt.Sprintf("On arm64 the function takes %s%% of its x86_64 duration (tuning.arm64_duration_percent%s); flow steps and schedules keep their durations.", arm, givenOr(tu.ARM64DurationPercent.IsPositive(), "; not measured: run it on both")))
	} else {
		say = append(say, "Each architecture's durations come from its own measurements; flow steps and schedules keep their durations.")
	}
	say = append(say,
		fmt.Sprintf("Lambda gives CPU in proportion to memory: one vCPU at 1,769 MB (AWS, \"Configuring memory\"), 5.79 at 10,240 MB (it shows %d).", maxLambdaVCPUs),
		fmt.Sprintf("The code uses %s (tuning.threads%s): memory beyond %s buys no speed.", humanize.Plural(threads, "vCPU", "vCPUs"), givenOr(tu.Threads > 0, "; single-threaded unless told"), humanize.Megabytes(limit)))
	for _, a := range []model.Architecture{model.X86_64, model.ARM64} {
		c := m.curves[a]
		if c == nil || c.scaleFrom != nil {
			continue
		}
		if len(c.points) == 1 {
			p := c.points[0]
			say = append(say, fmt.Sprintf("On %s %s%% of the %s at %s is CPU work, which scales with the vCPU share; the rest (I/O) stays (tuning.cpu_bound_percent%s).", a, cpu, humanize.Milliseconds(p.durationMs), humanize.Megabytes(p.memoryMB), givenOr(tu.CPUBoundPercent.Valid, "; a guess: measure it, or give measured durations")))
			continue
		}
		say = append(say, fmt.Sprintf("On %s the durations run through %d points (%s), linear in 1/vCPUs between them; beyond them the nearest two points' line, its CPU part kept between none and all of the duration.", a, len(c.points), pointList(c.points)))
	}
	m.assumptions = say
	return m
}

func givenOr(given bool, why string) string {
	if given {
		return ", as given"
	}
	return why
}

func pointList(pts []curvePoint) string {
	s := ""
	for i, p := range pts {
		if i > 0 {
			s += ", "
		}
		s += humanize.Milliseconds(p.durationMs) + " at " + humanize.Megabytes(p.memoryMB)
	}
	return s
}

// at is the modelled duration at memoryMB on architecture a, to durationPlaces.
func (m durationModel) at(memoryMB int64, a model.Architecture) decimal.Decimal {
	num, den := m.curves[a].rational(memoryMB)
	return num.DivRound(den, durationPlaces)
}

// constantFrom is the memory from which the duration on architecture a no longer changes:
// beyond the last point and beyond the CPU the code can use.
func (m durationModel) constantFrom(a model.Architecture) int64 {
	c := m.curves[a]
	for c.scaleFrom != nil {
		c = c.scaleFrom
	}
	return max(c.cpuLimitMB, c.points[len(c.points)-1].memoryMB)
}

// rational is the duration at memoryMB as num / den, exact, so that one division rounds it.
//
// With e(m) = min(m, cpuLimitMB), the CPU a function gets is e(m) / 1,769 vCPUs, and CPU work
// takes time in proportion to 1 / e(m). Between two points (e1, d1) and (e2, d2), e1 != e2,
// the duration is linear in 1/e:
//
//	d = d1 + (d2 - d1) x (1/e - 1/e1) / (1/e2 - 1/e1) = [d1 (e1 - e2) e + (d2 - d1)(e1 - e) e2] / [(e1 - e2) e]
//
// Between two points with the same CPU (both beyond cpuLimitMB) it is linear in memory.
// Beyond the outermost point (me, de) the duration is de's I/O part plus its CPU part c
// scaled by e(me)/e(m): d = [de e + c (e(me) - e)] / e, c from the nearest two points with
// different CPU, c = (d2 - d1) e1 e2 / ((e1 - e2) e(me)), kept between 0 and de (more CPU
// never slows the function; nothing speeds up faster than its CPU); with no such pair,
// c = de x cpuPercent / 100.
func (c *durationCurve) rational(memoryMB int64) (decimal.Decimal, decimal.Decimal) {
	if c.scaleFrom != nil {
		num, den := c.scaleFrom.rational(memoryMB)
		return num.Mul(c.num), den.Mul(c.den)
	}
	e := c.cpu(memoryMB)
	pts := c.points
	i, _ := slices.BinarySearchFunc(pts, memoryMB, func(p curvePoint, m int64) int { return int(p.memoryMB - m) })
	switch {
	case i < len(pts) && pts[i].memoryMB == memoryMB:
		return pts[i].durationMs, decimal.NewFromInt(1)
	case i == 0:
		return c.beyond(0, 1, e)
	case i == len(pts):
		return c.beyond(len(pts)-1, -1, e)
	}
	p1, p2 := pts[i-1], pts[i]
	e1, e2 := c.cpu(p1.memoryMB), c.cpu(p2.memoryMB)
	if e1 == e2 {
		// d1 + (d2 - d1)(m - m1)/(m2 - m1)
		span := decimal.NewFromInt(p2.memoryMB - p1.memoryMB)
		num := p1.durationMs.Mul(span).Add(p2.durationMs.Sub(p1.durationMs).Mul(decimal.NewFromInt(memoryMB - p1.memoryMB)))
		return num, span
	}
	de := decimal.NewFromInt(e)
	num := p1.durationMs.Mul(decimal.NewFromInt(e1 - e2)).Mul(de).
		Add(p2.durationMs.Sub(p1.durationMs).Mul(decimal.NewFromInt((e1 - e) * e2)))
	return num, decimal.NewFromInt(e1 - e2).Mul(de)
}

// beyond extrapolates from point k (the first or the last) to a size of CPU e, using the
// nearest point in direction step with a different CPU.
func (c *durationCurve) beyond(k, step int, e int64) (decimal.Decimal, decimal.Decimal) {
	edge := c.points[k]
	ee := c.cpu(edge.memoryMB)
	// c = cpuNum / cpuDen, the CPU part of the edge's duration
	cpuNum, cpuDen := edge.durationMs.Mul(c.cpuPercent), decimal.NewFromInt(100)
	for j := k + step; j >= 0 && j < len(c.points); j += step {
		p := c.points[j]
		ep := c.cpu(p.memoryMB)
		if ep == ee {
			continue
		}
		// order the pair so that e1 > e2: then the denominator is positive
		d1, e1, d2, e2 := edge.durationMs, ee, p.durationMs, ep
		if e1 < e2 {
			d1, e1, d2, e2 = d2, e2, d1, e1
		}
		cpuNum = d2.Sub(d1).Mul(decimal.NewFromInt(e1 * e2))
		cpuDen = decimal.NewFromInt((e1 - e2) * ee)
		if cpuNum.IsNegative() {
			cpuNum = decimal.Zero
		}
		if whole := edge.durationMs.Mul(cpuDen); cpuNum.GreaterThan(whole) {
			cpuNum = whole
		}
		break
	}
	de := decimal.NewFromInt(e)
	num := edge.durationMs.Mul(de).Mul(cpuDen).Add(cpuNum.Mul(decimal.NewFromInt(ee - e)))
	return num, de.Mul(cpuDen)
}

// cpu is e(m): memory up to the point where more vCPUs stop helping, in MB.
func (c *durationCurve) cpu(memoryMB int64) int64 { return min(memoryMB, c.cpuLimitMB) }

// billedMs is the whole milliseconds Lambda bills for a modelled duration.
func billedMs(d decimal.Decimal) int64 { return pricing.LambdaBilledMs(d).IntPart() }
