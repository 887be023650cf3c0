package demand

// msPerHour is the milliseconds of an hour.
const msPerHour = 3600 * 1000

// PeakWindow is the within-hour peak a fleet is sized for: the percentile of the requests
// arriving in one window when the hour's requests arrive independently (Poisson) at its
// average rate. The window is a second, or one request's duration when that is longer: a
// unit holds what arrives while its requests run. It is a statistical estimate, worked out
// once for each hourly count of requests.
type PeakWindow struct {
	// P and Z (its normal quantile) are the sizing percentile: a modelling input, not money.
	// The quantile they give is rounded to a whole count of requests before any sizing.
	P, Z     float64
	WindowMs int64
	// Seen is the hours of the last series sized with it grouped by count, for the next
	// series that is the same slice (one pricing sizes Lambda's and the containers' hours).
	Seen *HourClasses
}

// NewPeakWindow is the peak window of requests billedMs long (at least a second) at the sizing
// percentile p (a fraction: 0.99).
func NewPeakWindow(p float64, billedMs int64) *PeakWindow {
	return &PeakWindow{P: p, Z: NormalQuantile(p), WindowMs: max(billedMs, 1000)}
}

// HourPeaks is the requests in the peak window of each hour of a month: the hours grouped
// by their requests, and each class's peak.
type HourPeaks struct {
	Classes *HourClasses
	Peaks   []int64
}

// Counts works out the requests in the peak window of each hour of series.
func (pk *PeakWindow) Counts(series []int64) HourPeaks {
	classes := ClassesOf(pk.Seen, series)
	pk.Seen = classes
	return HourPeaks{classes, classes.Each(pk.Peak)}
}

// Peak is the requests in the peak window of an hour with the given requests.
func (pk *PeakWindow) Peak(requests int64) int64 {
	// A statistical estimate: the Poisson mean behind the peak quantile, rounded to whole
	// requests before any sizing; no amount is computed in floats.
	mean := float64(requests) * float64(pk.WindowMs) / msPerHour
	q := PoissonQuantile(mean, pk.P, pk.Z)
	if mean < PoissonSumBelow && requests > 0 {
		q = max(q, 1)
	}
	return q
}
