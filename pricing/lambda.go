package pricing

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/shopspring/decimal"
)

// Lambda's limits and billing units, from https://aws.amazon.com/lambda/pricing/ and the Lambda
// quotas page.
const (
	LambdaMinMemoryMB         = 128
	LambdaMaxMemoryMB         = 10240
	LambdaMaxDurationMs       = 900000 // 15 minutes
	LambdaFreeStorageMB       = 512    // ephemeral storage included in the price
	LambdaMaxStorageMB        = 10240
	provisionedBlockSeconds   = 300 // provisioned concurrency is billed in 5-minute blocks
	lambdaRequestsKey         = "lambda.requests"
	lambdaFreeRequestsKey     = "lambda.free_tier.requests"
	lambdaFreeDurationKey     = "lambda.free_tier.duration"
	lambdaEphemeralKey        = "lambda.ephemeral_storage"
	lambdaDurationKeyPrefix   = "lambda.duration."
	lambdaPCKeyPrefix         = "lambda.provisioned_concurrency."
	lambdaPCDurationKeyPrefix = "lambda.provisioned_duration."
)

var (
	oneMB         = decimal.RequireFromString("0.0009765625") // 1/1024 GB, exactly
	architectures = [...]string{"x86_64", "arm64"}
)

// LambdaBilledMs is the billed duration of one invocation: AWS rounds every invocation's
// duration up to the next whole millisecond.
func LambdaBilledMs(durationMs decimal.Decimal) decimal.Decimal {
	return durationMs.Ceil()
}

// GBSeconds is the compute of count invocations each lasting ms milliseconds with memoryMB of
// memory: count x ms/1000 x memoryMB/1024. Both divisions are exact in decimal (1024 is a power
// of two), so no precision is lost.
func GBSeconds(count, ms decimal.Decimal, memoryMB int64) decimal.Decimal {
	return count.Mul(ms).Shift(-3).Mul(decimal.NewFromInt(memoryMB)).Mul(oneMB)
}

// ProvisionedSeconds rounds the time provisioned concurrency is enabled up to whole 5-minute
// blocks, as AWS bills it.
func ProvisionedSeconds(seconds int64) int64 {
	blocks := (seconds + provisionedBlockSeconds - 1) / provisionedBlockSeconds
	return blocks * provisionedBlockSeconds
}

// LambdaUsage is what one function used in a month, in billed quantities. The first five are
// what AWS's rules give for the workload's own figures; the cold-start INIT and the throttled
// requests are model estimates, billed on lines of their own so that they never hide inside an
// exact one.
type LambdaUsage struct {
	Region       string
	Architecture string // x86_64 | arm64
	// Requests is every request the function is sent, throttled ones included.
	Requests decimal.Decimal
	// DurationGBSeconds is on-demand compute: billed duration x memory of the invocations not
	// served by provisioned concurrency.
	DurationGBSeconds decimal.Decimal
	// EphemeralGBSeconds is ephemeral storage configured above 512 MB x billed duration.
	EphemeralGBSeconds decimal.Decimal
	// ProvisionedGBSeconds is provisioned concurrency configured x memory x time enabled.
	ProvisionedGBSeconds decimal.Decimal
	// ProvisionedDurationGBSeconds is the compute of invocations served by provisioned
	// concurrency.
	ProvisionedDurationGBSeconds decimal.Decimal

	// ColdStarts is the estimated on-demand cold starts; InitGBSeconds their INIT phase, which
	// AWS bills as on-demand duration since 2025-08-01, and InitEphemeralGBSeconds the ephemeral
	// storage above 512 MB for that time. InitMs is the billed INIT of one, for the lines' text.
	ColdStarts             int64
	InitMs                 decimal.Decimal
	InitGBSeconds          decimal.Decimal
	InitEphemeralGBSeconds decimal.Decimal
	// ThrottledRequests are the requests, of Requests, that the concurrency limit is estimated
	// to turn away: throttled requests are not invocations and are not billed.
	// ThrottledGBSeconds and ThrottledEphemeralGBSeconds are the on-demand duration and storage
	// they would have used.
	ThrottledRequests           decimal.Decimal
	ThrottledGBSeconds          decimal.Decimal
	ThrottledEphemeralGBSeconds decimal.Decimal

	// FreeTierEligible says the monthly free tier may absorb this usage's requests and
	// on-demand duration (the user asked for it). As in AWS's Provisioned Concurrency example
	// 1, a function with provisioned concurrency keeps the free tier for its requests and for
	// the duration served on demand; provisioned concurrency and provisioned duration never
	// draw on it.
	FreeTierEligible bool
}

// LambdaBill prices usages as AWS bills one account: duration tiers aggregate per region and
// architecture (the INIT of cold starts counted with the duration, as AWS bills it), and the
// free tier (1M requests, 400,000 GB-seconds a month) is given once per account, across its
// regions, to eligible usage only: to the regions in name order, and within a region to x86_64
// before arm64, each at that architecture's first-tier price. Tier boundaries are counted on
// total usage, the free allowance being the bottom of the first tier.
//
// The lines of one region and architecture, in order: requests (every request the file states,
// then the throttled ones taken off, then the free tier); duration tiers for the measured
// duration, INIT tiers above them, the throttled duration taken off the top, the free tier's
// duration; ephemeral storage, its INIT and throttled parts; provisioned concurrency and
// provisioned duration. A rate the catalog lacks for ephemeral storage or provisioned
// concurrency leaves that line out and is listed in the bill's Unpriced; without the request
// or duration rate of a region there is no bill (an error).
//
// With qualify false (one workload, one architecture) line ids are the contract's
// (lambda.duration.tier1, lambda.init.tier1, ...); with qualify true (a portfolio) duration,
// INIT, throttled and free-tier ids carry the architecture (lambda.duration.arm64.tier1) so that
// ids stay unique within a region.
func (c *Catalog) LambdaBill(usages []LambdaUsage, qualify bool) (Bill, error) {
	var bill Bill
	free := c.newLambdaFree()
	for _, region := range regionsOf(usages) {
		if err := c.lambdaRegionBill(&bill, region, usages, qualify, free); err != nil {
			return Bill{}, err
		}
	}
	return bill, nil
}

func regionsOf(usages []LambdaUsage) []string {
	seen := map[string]bool{}
	var out []string
	for _, u := range usages {
		if !seen[u.Region] {
			seen[u.Region] = true
			out = append(out, u.Region)
		}
	}
	sort.Strings(out)
	return out
}

// lambdaFree is what is left of the account's Lambda free tier as regions draw on it. The
// allowance is read from the first region that has one (every region states the same).
type lambdaFree struct {
	c                   *Catalog
	started             bool
	requests, gbSeconds decimal.Decimal
}

func (c *Catalog) newLambdaFree() *lambdaFree { return &lambdaFree{c: c} }

// in returns the allowances left, reading them from region the first time one is present.
func (f *lambdaFree) in(region string) (requests, gbSeconds decimal.Decimal) {
	if !f.started {
		r, okR := f.c.Allowance(region, lambdaFreeRequestsKey)
		d, okD := f.c.Allowance(region, lambdaFreeDurationKey)
		if okR || okD {
			f.started = true
			f.requests, f.gbSeconds = r.Quantity, d.Quantity
		}
	}
	return f.requests, f.gbSeconds
}

func (c *Catalog) lambdaRegionBill(bill *Bill, region string, usages []LambdaUsage, qualify bool, free *lambdaFree) error {
	var sums [len(architectures)]LambdaSum // by architecture, in the order of architectures
	var present [len(architectures)]bool
	for _, u := range usages {
		if u.Region != region {
			continue
		}
		k := slices.Index(architectures[:], u.Architecture)
		if k < 0 {
			return fmt.Errorf("lambda: unknown architecture %q", u.Architecture)
		}
		present[k] = true
		sums[k].Add(u)
	}
	var all LambdaSum
	for k := range architectures {
		all.addRequests(sums[k])
	}
	sink := lineSink{build: true, items: make([]LineItem, 0, billLines)}
	freeRequests, freeDuration := free.in(region)
	requestRate, err := c.Rate(region, lambdaRequestsKey)
	if err != nil {
		return err
	}
	free.requests = freeRequests.Sub(requestLines(&sink, requestRate, all, freeRequests))
	for k, a := range architectures {
		if !present[k] {
			continue
		}
		rates, err := c.LambdaRates(region, a)
		if err != nil {
			return err
		}
		used := rates.computeLines(&sink, sums[k], freeDuration, qualifier(a, qualify))
		freeDuration = freeDuration.Sub(used)
	}
	free.gbSeconds = freeDuration
	if bill.Items == nil {
		bill.Items = sink.items
	} else {
		bill.Items = append(bill.Items, sink.items...)
	}
	bill.Unpriced = append(bill.Unpriced, sink.unpriced...)
	return nil
}

// qualifier is how line ids and names of architecture arch are qualified in a portfolio.
type archQualifier struct{ id, name string }

func qualifier(arch string, qualify bool) archQualifier {
	if !qualify {
		return archQualifier{}
	}
	return archQualifier{"." + arch, ", " + arch}
}

// billLines is room for the lines of a usual bill, made at once rather than grown.
const billLines = 8

// lineSink collects line items, or with build false only their total (for pricing many
// variants of one function without building lines; a built bill's total is its items'), and
// what could not be priced.
type lineSink struct {
	build    bool
	items    []LineItem
	total    decimal.Decimal
	unpriced []Unpriced
}

// kinds gives the lines added from item from on the kind k.
func (s *lineSink) kinds(from int, k LineKind) {
	for i := from; i < len(s.items); i++ {
		s.items[i].Kind = k
	}
}

func (s *lineSink) add(id, name string, rate Rate, quantity, price decimal.Decimal, estimate string) {
	if !s.build {
		if !quantity.IsZero() {
			s.total = s.total.Add(quantity.Mul(price))
		}
		return
	}
	it := lineAt(id, name, rate, quantity, price)
	it.Estimate = estimate
	s.items = append(s.items, it)
}

// tiers adds the part of rate's ladder from `before` to before+quantity (negative quantity:
// the part just below `before`, taken off), one line per tier.
func (s *lineSink) tiers(id, name string, rate Rate, before, quantity decimal.Decimal, estimate string) {
	from, q, sign := before, quantity, decimal.NewFromInt(1)
	if quantity.IsNegative() {
		from, q, sign = before.Add(quantity), quantity.Neg(), decimal.NewFromInt(-1)
	}
	if !rate.Tiered() {
		s.add(id+".tier1", name+", "+tierName(rate, 1), rate, quantity, rate.UnitPrice(), estimate)
		return
	}
	if first := rate.Tiers[0]; len(rate.Tiers) == 1 || from.Add(q).Cmp(first.UpTo) <= 0 {
		s.add(id+".tier1", name+", "+tierName(rate, 1), rate, quantity, first.Price, estimate)
		return
	}
	for _, b := range SplitTiers(rate.Tiers, from, q) {
		s.add(fmt.Sprintf("%s.tier%d", id, b.Tier), name+", "+tierName(rate, b.Tier), rate, b.Quantity.Mul(sign), b.Price, estimate)
	}
}

// missing records that what could not be priced for want of rate key in region.
func (s *lineSink) missing(region, key, what string) {
	s.unpriced = append(s.unpriced, Unpriced{Key: key, Region: region, What: what})
}

// requestLines adds the request lines of s: every request, the throttled ones taken off (an
// estimate), and the free tier's share of the eligible requests served. It returns the free
// requests used.
func requestLines(sink *lineSink, rate Rate, s LambdaSum, freeLeft decimal.Decimal) decimal.Decimal {
	n := len(sink.items)
	sink.add(lambdaRequestsKey, "Requests", rate, s.Requests, rate.UnitPrice(), "")
	sink.kinds(n, KindLambdaRequests)
	if s.ThrottledRequests.IsPositive() {
		text := ""
		if sink.build {
			text = "estimate: " + humanize.Quantity(s.ThrottledRequests) + " requests turned away above the concurrency limit (Erlang's loss formula)"
		}
		n := len(sink.items)
		sink.add("lambda.throttled.requests", "Throttled requests, not invoked", rate, s.ThrottledRequests.Neg(), rate.UnitPrice(), text)
		sink.kinds(n, KindLambdaOther)
	}
	used := decimal.Min(freeLeft, s.EligibleRequests.Sub(s.EligibleThrottledRequests))
	if used.IsPositive() {
		n := len(sink.items)
		sink.add(lambdaFreeRequestsKey, "Free tier, requests", rate, used.Neg(), rate.UnitPrice(), "")
		sink.kinds(n, KindLambdaRequests)
		return used
	}
	return decimal.Zero
}

// computeLines adds the compute lines of one architecture's sum s and returns the free duration
// it used of freeLeft.
func (r *LambdaRates) computeLines(sink *lineSink, s LambdaSum, freeLeft decimal.Decimal, q archQualifier) decimal.Decimal {
	if !sink.build {
		return r.computeTotal(sink, s, freeLeft)
	}
	duration := r.duration
	initText := initEstimate(s)
	throttledText := "estimate: what the " + humanize.Quantity(s.ThrottledRequests) + " throttled requests would have billed"
	// A function whose every request ran on provisioned concurrency has no on-demand line.
	n := len(sink.items)
	if s.Duration.IsPositive() || (s.ProvisionedDuration.IsZero() && s.Init.IsZero()) {
		sink.tiers("lambda.duration"+q.id, "Duration"+q.name, duration, decimal.Zero, s.Duration, "")
	}
	sink.kinds(n, KindLambdaDuration)
	n = len(sink.items)
	if s.Init.IsPositive() {
		sink.tiers("lambda.init"+q.id, "INIT of cold starts"+q.name, duration, s.Duration, s.Init, initText)
	}
	top := s.Duration.Add(s.Init)
	if s.ThrottledDuration.IsPositive() {
		sink.tiers("lambda.throttled.duration"+q.id, "Duration of throttled requests"+q.name, duration, top, s.ThrottledDuration.Neg(), throttledText)
	}
	sink.kinds(n, KindLambdaOther)
	n = len(sink.items)
	used := decimal.Zero
	if eligible := s.EligibleDuration.Add(s.EligibleInit).Sub(s.EligibleThrottledDuration); freeLeft.IsPositive() && eligible.IsPositive() {
		used = decimal.Min(freeLeft, eligible)
		sink.add(lambdaFreeDurationKey+q.id, "Free tier, duration"+q.name, duration, used.Neg(), firstPrice(duration), "")
	}
	sink.kinds(n, KindLambdaDuration)
	n = len(sink.items)
	for _, part := range [...]struct {
		id, name string
		rate     rateOrError
		quantity decimal.Decimal
		estimate string
		what     string
	}{
		{lambdaEphemeralKey, "Ephemeral storage over 512 MB", r.ephemeral, s.Ephemeral, "", "ephemeral storage over 512 MB"},
		{"lambda.init.ephemeral_storage", "Ephemeral storage during INIT", r.ephemeral, s.InitEphemeral, initText, "ephemeral storage during INIT"},
		{"lambda.throttled.ephemeral_storage", "Ephemeral storage of throttled requests", r.ephemeral, s.ThrottledEphemeral.Neg(), throttledText,
			"ephemeral storage of throttled requests"},
		{"lambda.provisioned_concurrency", "Provisioned concurrency", r.provisioned, s.Provisioned, "", "provisioned concurrency"},
		{"lambda.provisioned_duration", "Provisioned duration", r.provDur, s.ProvisionedDuration, "", "duration on provisioned concurrency"},
	} {
		if part.quantity.IsZero() {
			continue
		}
		if part.rate.err != nil {
			sink.missing(r.region, part.rate.key, "Lambda "+part.what)
			continue
		}
		sink.add(part.id+q.id, part.name+q.name, part.rate.rate, part.quantity, part.rate.rate.UnitPrice(), part.estimate)
	}
	sink.kinds(n, KindLambdaOther)
	return used
}

// computeTotal adds to sink what computeLines' lines cost, without building them, for
// pricing many variants quickly (TestLambdaRatesTotalMatchesLambdaBill holds the two equal).
// The duration, INIT and throttled lines are consecutive stretches of one ladder, so together
// they cost the ladder up to their net; the three ephemeral-storage lines share one price.
func (r *LambdaRates) computeTotal(sink *lineSink, s LambdaSum, freeLeft decimal.Decimal) decimal.Decimal {
	net := plus(s.Duration, s.Init, s.ThrottledDuration)
	sink.total = sink.total.Add(ladderCost(r.duration, net))
	used := decimal.Zero
	if eligible := plus(s.EligibleDuration, s.EligibleInit, s.EligibleThrottledDuration); freeLeft.IsPositive() && eligible.IsPositive() {
		used = decimal.Min(freeLeft, eligible)
		sink.total = sink.total.Sub(used.Mul(firstPrice(r.duration)))
	}
	storage := plus(s.Ephemeral, s.InitEphemeral, s.ThrottledEphemeral)
	for _, part := range [...]struct {
		rate     *rateOrError
		quantity decimal.Decimal
		any      bool
	}{
		{&r.ephemeral, storage, !s.Ephemeral.IsZero() || !s.InitEphemeral.IsZero() || !s.ThrottledEphemeral.IsZero()},
		{&r.provisioned, s.Provisioned, !s.Provisioned.IsZero()},
		{&r.provDur, s.ProvisionedDuration, !s.ProvisionedDuration.IsZero()},
	} {
		switch {
		case !part.any:
		case part.rate.err != nil:
			sink.missing(r.region, part.rate.key, "Lambda usage")
		default:
			sink.total = sink.total.Add(part.quantity.Mul(part.rate.rate.UnitPrice()))
		}
	}
	return used
}

// plus is a + b - c, skipping the zero parts (a sweep prices 20,000 of them).
func plus(a, b, c decimal.Decimal) decimal.Decimal {
	if !b.IsZero() {
		a = a.Add(b)
	}
	if !c.IsZero() {
		a = a.Sub(c)
	}
	return a
}

// ladderCost is what quantity costs on rate's ladder from zero.
func ladderCost(rate Rate, quantity decimal.Decimal) decimal.Decimal {
	if !rate.Tiered() {
		return quantity.Mul(rate.UnitPrice())
	}
	if first := rate.Tiers[0]; len(rate.Tiers) == 1 || quantity.Cmp(first.UpTo) <= 0 {
		return quantity.Mul(first.Price)
	}
	cost := decimal.Zero
	for _, b := range SplitTiers(rate.Tiers, decimal.Zero, quantity) {
		cost = cost.Add(b.Quantity.Mul(b.Price))
	}
	return cost
}

// initEstimate says what the INIT lines of s rest on.
func initEstimate(s LambdaSum) string {
	text := "estimate: " + humanize.Count(s.ColdStarts) + " cold starts"
	if s.InitMs.IsPositive() {
		text += " x " + humanize.Milliseconds(s.InitMs)
	}
	return text
}

func firstPrice(r Rate) decimal.Decimal {
	if r.Tiered() {
		return r.Tiers[0].Price
	}
	return r.UnitPrice()
}

// tierNames remembers tierName's names: a bill names the same few tiers every time, and
// writing a bound costs more than the rest of a line. A name is kept with the rate's unit and
// the bounds it was written from, and used only for the same (an overlay can change them).
var tierNames sync.Map // tierNameKey -> tierNameOf

type tierNameKey struct {
	key, region string
	n, tiers    int
}

type tierNameOf struct {
	unit        string
	upTo, below decimal.Decimal
	name        string
}

// tierName describes tier n (1-based) of r, e.g. "first 6B GB-s".
func tierName(r Rate, n int) string {
	if !r.Tiered() {
		return nameTier(r, n)
	}
	k := tierNameKey{r.Key, r.Region, n, len(r.Tiers)}
	of := tierNameOf{unit: r.Unit, upTo: r.Tiers[n-1].UpTo}
	if n > 1 {
		of.below = r.Tiers[n-2].UpTo
	}
	if v, ok := tierNames.Load(k); ok {
		if got := v.(tierNameOf); got.unit == of.unit && got.upTo.Equal(of.upTo) && got.below.Equal(of.below) {
			return got.name
		}
	}
	of.name = nameTier(r, n)
	tierNames.Store(k, of)
	return of.name
}

// nameTier writes tierName's name.
func nameTier(r Rate, n int) string {
	if !r.Tiered() {
		return "all " + shortUnit(r.Unit)
	}
	t := r.Tiers[n-1]
	if n == 1 {
		if len(r.Tiers) == 1 {
			return "all " + shortUnit(r.Unit)
		}
		return "first " + humanCount(t.UpTo) + " " + shortUnit(r.Unit)
	}
	prev := r.Tiers[n-2].UpTo
	if n == len(r.Tiers) {
		return "over " + humanCount(prev) + " " + shortUnit(r.Unit)
	}
	return "next " + humanCount(t.UpTo.Sub(prev)) + " " + shortUnit(r.Unit)
}

// humanCount writes a tier's bound as people read it: a million or more in millions or
// billions (6000000000 as "6B", 11250000000 as "11.25B", 300000000 as "300M"), anything less
// in full, thousands separated (10240 as "10,240"; not "10.24K").
func humanCount(d decimal.Decimal) string {
	for _, s := range []struct {
		name string
		exp  int32
	}{{"B", 9}, {"M", 6}} {
		if d.Abs().GreaterThanOrEqual(decimal.New(1, s.exp)) {
			return d.Shift(-s.exp).String() + s.name
		}
	}
	return humanize.Quantity(d)
}

// shortUnit abbreviates GB-seconds in line item names.
func shortUnit(u string) string { return strings.Replace(u, "GB-seconds", "GB-s", 1) }
