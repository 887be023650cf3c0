package cloudrun

import (
	"math"
	"math/bits"
	"sync"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The instance time of a month, hour by hour, from the requests reaching the service. Cloud
// Run bills an instance's vCPU and memory "rounded up to the nearest 100 millisecond"
// (request-based: while it serves; cloud.google.com/run/pricing) and "concurrent requests on
// one instance share its billed time"; it starts "the number of instances needed to handle
// all incoming requests" (https://cloud.google.com/run/docs/about-instance-autoscaling).
//
//   - Concurrency 1: each request is a busy period of its own, billed BilledPeriodMs: exact
//     (pricing.SharedInstanceSeconds at concurrency 1).
//   - Above 1: a labelled estimate. The hour's requests arrive independently (Poisson) and
//     each holds a slot for its billed duration, so the requests in flight N are Poisson with
//     mean lambda = requests x billed ms / 3,600,000 (Little's law); the instances busy at
//     any moment are ceil(N / concurrency), and the hour bills 3,600 s x E[ceil(N /
//     concurrency)]. Sparse traffic tends to each request alone (requests x billed
//     duration); dense traffic to requests x billed duration / concurrency, what
//     SharedInstanceSeconds gives.
//   - The instances an hour needs are the peak percentile of the requests in flight
//     (model.DefaultPeakPercentile) over the concurrency: they size max_instances, the
//     instance-based instances and the scale-ups of the cold-start estimate.

// hour is what one hour of requests makes Cloud Run bill and start.
type hour struct {
	// busyMs is the instance time serving requests, in whole milliseconds.
	busyMs int64
	// needed is the instances the hour's peak needs.
	needed int64
	// quiet is e^(-n x idleMinutes / 60) of the hour's n requests: the share of them arriving
	// over idleMinutes after the one before (a statistical estimate; see coldStarts).
	quiet float64
	// alone is the hour's n requests x quiet: the idle recycles of an hour starting no
	// instance (see coldStartsWith), and aloneRounded it rounded to whole starts.
	alone        float64
	aloneRounded int64
}

// hourModel works out hours for one workload's duration and concurrency.
type hourModel struct {
	duration    decimal.Decimal // one request's duration, as the file says it
	durationMs  float64         // a statistical input: the mean time a request is in flight
	billedFloat float64
	billedMs    int64 // one request's billed period: a whole multiple of 100 ms
	concurrency int64
	peak        *demand.PeakWindow
}

// newHourModel is the model of requests of durationMs served concurrency at a time.
func newHourModel(durationMs decimal.Decimal, concurrency int64) *hourModel {
	billed := pricing.BilledPeriodMs(durationMs, 0, pricing.CloudRunStepMs)
	return &hourModel{duration: durationMs, durationMs: durationMs.InexactFloat64(), billedFloat: billed.InexactFloat64(),
		billedMs: billed.IntPart(), concurrency: concurrency, peak: model.NewPeakWindow(decimal.Zero, 1000)}
}

// exact says the busy time is exact (concurrency 1), not a model estimate.
func (m *hourModel) exact() bool { return m.concurrency == 1 }

// of is the hour of n requests.
func (m *hourModel) of(n int64) hour {
	var h hour
	if n > 0 {
		h.quiet = math.Exp(-float64(n) * idleMinutes / 60)
		h.alone = float64(n) * h.quiet
		h.aloneRounded = int64(math.Round(h.alone))
		inFlight := float64(n) * m.durationMs / msPerHour // a statistical estimate
		peak := max(demand.PoissonQuantile(inFlight, m.peak.P, m.peak.Z), 1)
		h.needed = model.CeilDiv(peak, m.concurrency)
		alone := m.sharedMs(n, 1) // each request a busy period of its own
		if m.exact() {
			h.busyMs = alone
		} else {
			lambda := float64(n) * m.billedFloat / msPerHour
			busy := msPerHour * expectedCeil(lambda, m.concurrency)
			// never less than requests sharing instances fully, nor more than each alone
			h.busyMs = min(max(int64(math.Ceil(busy)), m.sharedMs(n, m.concurrency)), alone)
		}
	}
	return h
}

// monthHours is a month of requests worked out class by class: its hours grouped by count,
// and the hour of each class's count. A shaped month has a few dozen classes however many
// hours it has, so each hour's Poisson estimates are worked out a few dozen times, not once
// an hour.
type monthHours struct {
	classes *demand.HourClasses
	byClass []hour
}

// over is the month of requests hour by hour, grouped by classes (when they group requests:
// else grouped here), each class's hour worked out once.
func (m *hourModel) over(requests []int64, classes *demand.HourClasses) monthHours {
	classes = demand.ClassesOf(classes, requests)
	t := monthHours{classes: classes, byClass: make([]hour, len(classes.Counts))}
	for k, n := range classes.Counts {
		if classes.Hours[k] > 0 {
			t.byClass[k] = m.of(n)
		}
	}
	return t
}

// sharedMs is pricing.SharedInstanceSeconds of n requests concurrency at a time, in
// milliseconds (whole: each busy period bills a multiple of 100 ms): ceil(n / concurrency)
// busy periods of the billed period, in exact integers while the product fits in 64 bits.
// Its inputs are checked before (serviceMonth: a duration of at least 0, a concurrency of 1
// to 1,000; requests are counts), so it cannot fail.
func (m *hourModel) sharedMs(n, concurrency int64) int64 {
	hi, lo := bits.Mul64(uint64(model.CeilDiv(n, concurrency)), uint64(m.billedMs))
	if hi == 0 && lo <= math.MaxInt64 {
		return int64(lo)
	}
	s, err := pricing.SharedInstanceSeconds(n, m.duration, concurrency, 0, pricing.CloudRunStepMs)
	if err != nil {
		panic("cloudrun: " + err.Error())
	}
	return s.Shift(3).IntPart() // seconds to ms: exact
}

// msPerHour is the milliseconds of an hour.
const msPerHour = 3600 * 1000

// expectedCeil is E[ceil(N / c)] for N Poisson with mean lambda, a statistical estimate:
// summed exactly (in log space) over the values of N within 12 standard deviations of the mean
// up to a mean of exactSumBelow; above it, from the normal approximation, either as the sum
// over j of P(N > j x c) or, where the spread covers many multiples of c (sigma >= 3c) and the
// remainder of N / c is even, as lambda / c + (c - 1) / 2c.
func expectedCeil(lambda float64, c int64) float64 {
	if lambda <= 0 {
		return 0
	}
	sigma := math.Sqrt(lambda)
	cf := float64(c)
	if lambda > exactSumBelow {
		if sigma >= 3*cf {
			return lambda/cf + (cf-1)/(2*cf)
		}
		// E[ceil(N/c)] = sum over j >= 0 of P(N > j c); P(N > m) = Q((m + 0.5 - lambda) / sigma)
		lo := int64(math.Max(0, lambda-12*sigma)) / c
		hi := int64(lambda+12*sigma)/c + 1
		sum := float64(lo) // P(N > j c) is 1 below lo
		for j := lo; j <= hi; j++ {
			sum += 0.5 * math.Erfc((float64(j*c)+0.5-lambda)/(sigma*math.Sqrt2))
		}
		return sum
	}
	spread := 12*sigma + 30
	lo, hi := int64(math.Max(0, lambda-spread)), int64(lambda+spread)
	logLambda := math.Log(lambda)
	sum := 0.0
	// Past 4 lambda + 2 each term is at most half the one before (the Poisson term falls by
	// lambda / (k + 1) <= 1/4, ceil(k / c) at most doubles): once a term is below a quarter
	// of the sum's last place, it and every later one leave the sum as it is, bit for bit.
	settled := 4*lambda + 2
	for k := lo; k <= hi; k++ {
		term := math.Exp(float64(k)*logLambda-lambda-logFactorial(k)) * float64((k+c-1)/c)
		if float64(k) >= settled && term < (math.Nextafter(sum, math.Inf(1))-sum)/4 {
			break
		}
		sum += term
	}
	return sum
}

// exactSumBelow is the mean below which expectedCeil sums the Poisson terms exactly (at most
// about 410 of them).
const exactSumBelow = 1000

// logFactorial is log(k!), math.Lgamma(k + 1): read from a table for the k that expectedCeil's
// exact sums reach (below exactSumBelow + 12 sigma + 30), the same float64 as worked out each
// time, which took a third of the sums' time.
func logFactorial(k int64) float64 {
	if k < logFactorialBlock*int64(len(logFactorials)) {
		return logFactorials[k/logFactorialBlock].value(k)
	}
	lg, _ := math.Lgamma(float64(k) + 1)
	return lg
}

// logFactorialBlock is how many of the table's log(k!) are worked out together, the first time
// one of them is read: a workload's sums read a few blocks, and working out all 1,500 at
// once was 4% of the instructions of pricing one small file.
const logFactorialBlock = 50

// logFactorials are log(k!) for k from 0 to 1,499, in blocks worked out on first use.
var logFactorials [30]logFactorialsBlock

// logFactorialsBlock is one block of the table, from k = its index x logFactorialBlock.
type logFactorialsBlock struct {
	once   sync.Once
	values [logFactorialBlock]float64
}

// value is log(k!), k in the block, working the block out the first time.
func (b *logFactorialsBlock) value(k int64) float64 {
	b.once.Do(func() {
		from := k - k%logFactorialBlock
		for i := range b.values {
			b.values[i], _ = math.Lgamma(float64(from+int64(i)) + 1)
		}
	})
	return b.values[k%logFactorialBlock]
}
