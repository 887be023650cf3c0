package cloudrun

import (
	"math"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// idleMinutes is how long an idle instance above min_instances is assumed kept before Cloud
// Run removes it. Google does not publish the figure for services: Cloud Run functions
// "attempts to keep function instances idle for an unspecified amount of time after handling
// a request" (https://cloud.google.com/functions/1stgendocs/configuring/min-instances), and
// instances above max_instances "are destroyed after 15 minutes of idle"
// (https://cloud.google.com/run/docs/about-instance-autoscaling). 15 minutes is the estimate's
// assumption.
const idleMinutes = 15

// sparseRequests is the requests an hour below which its requests are on average more than
// idleMinutes apart: the hour then ends with its instances above the minimum removed.
const sparseRequests = 60 / idleMinutes

// coldStarts estimates the month's instance starts above min instances from the requests
// hour by hour: scale-ups (the instances an hour needs beyond those alive at the end of the
// hour before) and idle recycles (a request more than idleMinutes after the one before it on
// an instance removed meanwhile: with n requests an hour at random, a share e^(-n x 15/60) of
// them, counted where one instance serves the hour). All of it is a model estimate.
func coldStarts(t monthHours, hm *hourModel, minInstances int64, startupMs decimal.Decimal, source string) *model.ColdStarts {
	cs := &model.ColdStarts{InitMs: startupMs, InitSource: source}
	var scale, idle, total, peak int64
	if startsFitAByte(t) {
		perHour := make([]uint8, len(t.classes.Of))
		scale, idle, total, peak = coldStartsWith(t, minInstances, perHour)
		cs.PerHour = model.ByteSeries(perHour)
	} else {
		perHour := demand.HourScratch(len(t.classes.Of)) // working space, kept as CountsSeries keeps it
		defer demand.ReleaseScratch(perHour)
		scale, idle, total, peak = coldStartsWith(t, minInstances, perHour)
		cs.PerHour = model.CountsSeries(perHour)
	}
	cs.ScaleUps, cs.IdleRecycles, cs.Total, cs.PeakEnvironments = scale, idle, total, peak
	cs.Requests = t.classes.Total()
	if cs.Requests > 0 {
		cs.Share = float64(cs.Total) / float64(cs.Requests) // a statistical estimate
	}
	cs.Warm, cs.WithColdStarts = latency(hm.durationMs, startupMs.InexactFloat64(), cs.Share)
	cs.WithoutProvisioned = cs.Total
	if minInstances > 0 {
		_, _, cs.WithoutProvisioned, _ = coldStartsWith[int64](t, 0, nil)
	}
	cs.RemovedByProvisioned = cs.WithoutProvisioned - cs.Total
	cs.Assumptions = []string{
		"instances start on demand for the hour's peak requests in flight (the " + humanize.Count(model.DefaultPeakPercentile) + "th percentile) over cloudrun.concurrency; " +
			humanize.Plural(minInstances, "minimum instance stays", "minimum instances stay") + " warm",
		"an idle instance above min_instances is removed after about 15 minutes (Google publishes no figure for services)",
		"startup latency is not billed here: Cloud Run's bill for it is not modelled",
	}
	return cs
}

// latency is the requests' latency without and with cold starts, a statistical estimate: a
// warm request takes durationMs, a cold one startupMs more; a percentile includes the startup
// once more than its share of the requests start cold.
func latency(durationMs, startupMs, share float64) (warm, cold model.Latency) {
	warm = model.Latency{P50Ms: durationMs, P99Ms: durationMs, MeanMs: durationMs}
	cold = warm
	cold.MeanMs += share * startupMs
	if share > 0.01 {
		cold.P99Ms += startupMs
	}
	if share > 0.5 {
		cold.P50Ms += startupMs
	}
	return warm, cold
}

// startsFitAByte says no hour of t starts more than 255 instances: an hour's starts are at
// most the instances it needs (the scale-ups) and its idle recycles, at most its class's
// alone (see coldStartsWith).
func startsFitAByte(t monthHours) bool {
	for k, h := range t.byClass {
		if t.classes.Hours[k] > 0 && h.needed+h.aloneRounded > math.MaxUint8 {
			return false
		}
	}
	return true
}

// coldStartsWith counts the month's starts with minInstances kept warm, filling perHour when
// given (every hour of it): scale-ups, idle recycles, their total and the most instances an
// hour needs. It follows the instances alive hour by hour, each hour's estimates looked up by
// its class.
func coldStartsWith[T uint8 | int64](t monthHours, minInstances int64, perHour []T) (scaleUps, idleRecycles, total, peak int64) {
	alive := minInstances // the month starts with the minimum warm
	var idleSum float64   // a statistical estimate, rounded once
	counts := t.classes.Counts
	for i, k := range t.classes.Of {
		n := counts[k]
		if n == 0 {
			if perHour != nil {
				perHour[i] = 0
			}
			alive = minInstances
			continue
		}
		h := &t.byClass[k]
		peak = max(peak, h.needed)
		up := max(0, h.needed-alive)
		scaleUps += up
		starts := up
		if minInstances == 0 && h.needed == 1 {
			recycled, rounded := h.alone, h.aloneRounded // no instance started: the class's own
			if up > 0 {
				recycled = float64(n-up) * h.quiet
				rounded = int64(math.Round(recycled))
			}
			idleSum += recycled
			starts += rounded
		}
		if perHour != nil {
			perHour[i] = T(starts)
		}
		alive = max(minInstances, h.needed)
		if n < sparseRequests {
			alive = minInstances
		}
	}
	idleRecycles = int64(math.Round(idleSum))
	return scaleUps, idleRecycles, scaleUps + idleRecycles, peak
}
