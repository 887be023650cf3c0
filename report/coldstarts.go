package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// warmerJSON writes the scheduled pings that keep Lambda's environments warm.
func warmerJSON(j *jsonWriter, wm *model.Warmer) {
	j.open('{')
	j.int("schedules", wm.Schedules)
	j.int("invocations", wm.Invocations)
	j.decimal("gb_seconds", wm.GBSeconds)
	j.decimal("monthly_cost", wm.MonthlyCost)
	j.close('}')
}

// coldStartsJSON writes the cold-start estimate: a model estimate, labelled so (its floats
// are statistical estimates, not money).
func coldStartsJSON(j *jsonWriter, cs *model.ColdStarts) {
	j.open('{')
	j.string("estimate", "model estimate; see docs/cold-starts.md")
	j.int("total", cs.Total)
	j.int("scale_ups", cs.ScaleUps)
	j.int("idle_recycles", cs.IdleRecycles)
	j.int("lifetime_recycles", cs.LifetimeRecycles)
	j.float("share", cs.Share)
	j.decimal("init_ms", cs.InitMs)
	j.string("init_source", cs.InitSource)
	j.decimal("billed_init_gb_seconds", cs.BilledInitGBSeconds)
	j.int("peak_environments", cs.PeakEnvironments)
	j.int("without_provisioned", cs.WithoutProvisioned)
	j.int("removed_by_provisioned", cs.RemovedByProvisioned)
	j.float("warm_p50_ms", cs.Warm.P50Ms)
	j.float("warm_p99_ms", cs.Warm.P99Ms)
	j.float("p50_ms", cs.WithColdStarts.P50Ms)
	j.float("p99_ms", cs.WithColdStarts.P99Ms)
	j.strings("assumptions", cs.Assumptions)
	j.series("per_hour", cs.PerHour)
	j.close('}')
}

// coldStartText summarises the cold-start estimate in a sentence; function says it is the
// function platform's (Lambda's), whose INIT is billed unless billed is false. The sentence
// is appended on the stack, its numbers in place.
func coldStartText(cs *model.ColdStarts, billed, function bool) string {
	start := "start-up"
	if function {
		start = "INIT"
	}
	var space [320]byte
	s := append(space[:0], "Cold starts (model estimate; assumptions in docs/cold-starts.md and the JSON): "...)
	s = append(appendCount(s, cs.Total), " a month, "...)
	s = append(append(s, percent(cs.Share)...), " of requests"...)
	if cs.Warm.P99Ms > 0 || cs.WithColdStarts.P99Ms > 0 {
		s = append(appendMs(append(s, "; p99 "...), cs.Warm.P99Ms), " ms warm, "...)
		s = append(appendMs(s, cs.WithColdStarts.P99Ms), " ms with them"...)
	}
	if cs.InitMs.IsPositive() {
		s = append(append(append(s, "; "...), start...), ' ')
		s = append(appendMilliseconds(s, cs.InitMs), " each"...)
	} else if cs.Total > 0 {
		s = append(append(append(s, "; "...), start...), " time not estimated"...)
	}
	switch {
	case !function:
	case !billed:
		s = append(s, ", not billed (lambda.bill_cold_starts: false)"...)
	case cs.BilledInitGBSeconds.IsPositive():
		s = append(appendShownQuantity(append(s, ", billed on the INIT lines ("...), cs.BilledInitGBSeconds), " GB-s)"...)
	}
	if cs.RemovedByProvisioned > 0 {
		s = appendCount(append(s, "; provisioned concurrency removes "...), cs.RemovedByProvisioned)
	}
	return string(s)
}

// percent writes a share (a model estimate, so a float) as a percentage to two significant
// digits, and whole from 10% up, never in e-notation: 0.00009%, 0.0055%, 1.5%, 100%.
func percent(share float64) string {
	v := share * 100
	if v <= 0 || math.IsNaN(v) {
		return "0%"
	}
	places := 0
	if v < 10 {
		places = 1 - int(math.Floor(math.Log10(v)))
	}
	s := strconv.FormatFloat(v, 'f', places, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return group(s) + "%"
}

// appendMs appends a latency estimate (a float) to buf, to the millisecond, thousands
// separated.
func appendMs(buf []byte, v float64) []byte {
	var space [32]byte
	text := strconv.AppendFloat(space[:0], v, 'f', 0, 64)
	if !isDigits(text) { // NaN, infinities: as group writes them
		return append(buf, group(string(text))...)
	}
	return appendGroupedText(buf, text)
}

// isDigits says text is a whole number: digits after an optional minus.
func isDigits(text []byte) bool {
	if len(text) > 0 && text[0] == '-' {
		text = text[1:]
	}
	for _, c := range text {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(text) > 0
}

// warmerText says what a scheduled warmer would cost.
func warmerText(w *model.Warmer) string {
	return fmt.Sprintf("A warmer pinging 1 environment every 5 minutes: %s invocations, %s a month; it stops only idle cold starts",
		count(w.Invocations), money(w.MonthlyCost))
}

// coldStartLine is e's cold-start estimate as the table and markdown say it ("" when its
// platform gives none): the INIT phase and whether it is billed (lambda.bill_cold_starts)
// are the function platform's words (model.FunctionOwner, Lambda's); another platform's
// estimate names its start-up time.
func coldStartLine(r *shownResult, e model.Estimate) string {
	cs := model.ColdStartsOf(e)
	if cs == nil {
		return ""
	}
	_, function := model.PlatformAs[model.FunctionOwner](e.Platform)
	return coldStartText(cs, !model.FunctionSettingsOf(r.Workload).OmitColdStarts, function)
}
