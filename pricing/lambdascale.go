package pricing

import (
	"github.com/shopspring/decimal"
)

// LambdaScale prices one function's Lambda bill at many memory sizes, exactly, for a memory
// sweep's 20,000 bills: at memory m the bill is what LambdaRates.Total gives for the usage
// around the function, Around + PerMB x m (the flow's other steps, the waits of the calls the
// function makes, the schedules), with the function's own usage at m (LambdaCounts.Usage)
// added, plus Extra, an amount that does not depend on m (the services around it).
//
// Every quantity and price is turned once into whole numbers of a small unit (requests in
// units of 10^qr, GB-seconds in units of 10^qd MB-milliseconds, amounts in units of 10^exp
// dollars), so that a size's bill is a few 128-bit integer operations (ScaledBill.At) giving
// the same number as Total's decimals: integers are exact, and the rules are Total's, term
// for term. TestLambdaScaleMatchesTotal holds the two equal.
type LambdaScale struct {
	r                   *LambdaRates
	around, perMB       LambdaSum
	extra               decimal.Decimal
	valid               bool // every figure fits: At can be used
	exp, qr, qd         int32
	aroundQ, perMBQ     sumQ
	requestPrice        Fixed
	freeRequests        Fixed
	freeDuration        Fixed
	firstPrice          Fixed // the first tier's price, at which the free tier is valued
	ladder              []tierQ
	storagePrice        Fixed
	provisionedPrice    Fixed
	provisionedDurPrice Fixed
	// the optional rates the catalog has
	storageRate, provisionedRate, provisionedDurRate bool
	extraQ                                           Fixed
}

// sumQ is a LambdaSum in units: request counts, and the GB-second parts as Total combines
// them (the duration ladder's net, its free-tier-eligible part, provisioned concurrency,
// provisioned duration, ephemeral storage).
type sumQ struct {
	requests, eligibleRequests, throttled, eligibleThrottled Fixed
	duration, eligible, provisioned, provisionedDur, storage Fixed
}

// tierQ is a step of the duration ladder: its price, up to upTo (the last has no bound).
type tierQ struct {
	upTo, price Fixed
}

// A GB-second is 1,024 MB for 1,000 ms: 1,024,000 MB-milliseconds, and an MB-millisecond
// 1/1,024,000 GB-second, exactly (1,024,000 is 2^13 x 5^3).
var (
	mbMsPerGBSecond  = decimal.NewFromInt(1024 * 1000)
	gbSecondsPerMBMs = decimal.RequireFromString("0.0000009765625")
)

// Scale prepares the bills of a function at every memory size with the usage around it
// around + perMB x memory and the amount extra (see LambdaScale).
func (r *LambdaRates) Scale(around, perMB LambdaSum, extra decimal.Decimal) *LambdaScale {
	s := &LambdaScale{r: r, around: around, perMB: perMB, extra: extra}
	counts := func(x LambdaSum) []decimal.Decimal {
		return []decimal.Decimal{x.Requests, x.EligibleRequests, x.ThrottledRequests, x.EligibleThrottledRequests}
	}
	gbSeconds := func(x LambdaSum) []decimal.Decimal {
		return []decimal.Decimal{plus(x.Duration, x.Init, x.ThrottledDuration), plus(x.EligibleDuration, x.EligibleInit, x.EligibleThrottledDuration),
			x.Provisioned, x.ProvisionedDuration, plus(x.Ephemeral, x.InitEphemeral, x.ThrottledEphemeral)}
	}
	for _, c := range counts(perMB) {
		if !c.IsZero() {
			return s // requests do not grow with memory: priced by Total
		}
	}
	rates := r.duration.Tiers
	if !r.duration.Tiered() {
		rates = []Tier{{Price: r.duration.UnitPrice()}}
	}
	// The units: the finest exponent any figure needs.
	var quantities []decimal.Decimal
	for _, x := range []LambdaSum{around, perMB} {
		for _, q := range gbSeconds(x) {
			quantities = append(quantities, q.Mul(mbMsPerGBSecond))
		}
	}
	quantities = append(quantities, r.freeDuration.Mul(mbMsPerGBSecond))
	for _, t := range rates {
		quantities = append(quantities, t.UpTo.Mul(mbMsPerGBSecond))
	}
	s.qr = Finest(append(counts(around), r.freeRequests)...)
	s.qd = Finest(quantities...)
	// A price per unit: per 10^qr requests, per 10^qd MB-milliseconds.
	perUnit := func(gbSecondPrice decimal.Decimal) decimal.Decimal {
		return gbSecondPrice.Shift(s.qd).Mul(gbSecondsPerMBMs)
	}
	requestPrice := r.requests.UnitPrice().Shift(s.qr)
	prices := []decimal.Decimal{requestPrice, extra}
	for _, t := range rates {
		prices = append(prices, perUnit(t.Price))
	}
	optional := []*rateOrError{&r.ephemeral, &r.provisioned, &r.provDur}
	for _, o := range optional {
		if o.err == nil {
			prices = append(prices, perUnit(o.rate.UnitPrice()))
		}
	}
	s.exp = Finest(prices...)

	valid := true
	q := func(d decimal.Decimal, exp int32) Fixed {
		f := FixedOf(d, exp)
		valid = valid && f.Valid()
		return f
	}
	toQ := func(x LambdaSum) sumQ {
		c, g := counts(x), gbSeconds(x)
		at := func(d decimal.Decimal) Fixed { return q(d.Mul(mbMsPerGBSecond), s.qd) }
		return sumQ{requests: q(c[0], s.qr), eligibleRequests: q(c[1], s.qr), throttled: q(c[2], s.qr), eligibleThrottled: q(c[3], s.qr),
			duration: at(g[0]), eligible: at(g[1]), provisioned: at(g[2]), provisionedDur: at(g[3]), storage: at(g[4])}
	}
	s.aroundQ, s.perMBQ = toQ(around), toQ(perMB)
	s.requestPrice = q(requestPrice, s.exp)
	s.freeRequests = q(r.freeRequests, s.qr)
	s.freeDuration = q(r.freeDuration.Mul(mbMsPerGBSecond), s.qd)
	for _, t := range rates {
		s.ladder = append(s.ladder, tierQ{upTo: q(t.UpTo.Mul(mbMsPerGBSecond), s.qd), price: q(perUnit(t.Price), s.exp)})
	}
	s.firstPrice = s.ladder[0].price
	unitPrice := func(o *rateOrError) (Fixed, bool) {
		if o.err != nil {
			return Fixed{}, false
		}
		return q(perUnit(o.rate.UnitPrice()), s.exp), true
	}
	s.storagePrice, s.storageRate = unitPrice(&r.ephemeral)
	s.provisionedPrice, s.provisionedRate = unitPrice(&r.provisioned)
	s.provisionedDurPrice, s.provisionedDurRate = unitPrice(&r.provDur)
	s.extraQ = q(extra, s.exp)
	s.valid = valid
	return s
}

// Exponent is the exponent of the amounts At gives: an amount a is a x 10^Exponent dollars.
func (s *LambdaScale) Exponent() int32 { return s.exp }

// ScaledBill is the bills of one function's counts at every memory size.
type ScaledBill struct {
	s     *LambdaScale
	c     LambdaCounts
	valid bool
	// fixed is what does not depend on memory: Extra, the requests and the part of
	// ephemeral storage that does not grow with memory; the rest is at + per x memory.
	fixed   Fixed
	at, per sumQ
	// which lines At works out at each size: ephemeral storage that grows with memory,
	// provisioned concurrency and duration when there are any; the free tier's share of a
	// duration not all eligible (else it is the duration's)
	storage, provisioned, provisionedDur, eligible bool
}

// Function prepares the bills of the function whose month is c.
func (s *LambdaScale) Function(c LambdaCounts) ScaledBill {
	b := ScaledBill{s: s, c: c, valid: s.valid, at: s.aroundQ, per: s.perMBQ}
	if !b.valid {
		return b
	}
	units := func(n int64) Fixed { return FixedInt(n).Scaled(-s.qr) }
	mbMs := func(n Fixed) Fixed { return n.Scaled(-s.qd) }
	billed := FixedInt(c.BilledMs)
	requests, throttled := units(c.Requests), units(c.Throttled)
	b.at.requests = b.at.requests.Add(requests)
	b.at.throttled = b.at.throttled.Add(throttled)
	// per MB of memory: the billed milliseconds of every request on the duration ladder
	// (on demand, INIT of cold starts, less the throttled), provisioned concurrency's
	// 1,000 ms of each environment-second and the duration on it
	duration := mbMs(FixedProduct(c.OnDemand, c.BilledMs).Add(FixedProduct(c.ColdStarts, c.InitMs)).Sub(FixedProduct(c.Throttled, c.BilledMs)))
	b.per.duration = b.per.duration.Add(duration)
	if c.FreeTierEligible {
		b.at.eligibleRequests = b.at.eligibleRequests.Add(requests)
		b.at.eligibleThrottled = b.at.eligibleThrottled.Add(throttled)
		b.per.eligible = b.per.eligible.Add(duration)
	}
	b.per.provisioned = b.per.provisioned.Add(mbMs(FixedProduct(c.ProvisionedSeconds, 1000)))
	b.per.provisionedDur = b.per.provisionedDur.Add(mbMs(FixedProduct(c.OnProvisioned, c.BilledMs)))
	// ephemeral storage: the same milliseconds of the storage above 512 MB
	storageMs := FixedProduct(c.Requests, c.BilledMs).Add(FixedProduct(c.ColdStarts, c.InitMs)).Sub(billed.MulInt(c.Throttled))
	b.at.storage = b.at.storage.Add(mbMs(storageMs.MulInt(c.ExtraStorageMB)))

	// requestLines: every request, the throttled ones taken off, the free tier's share
	price := s.requestPrice
	fixed := s.extraQ.Add(b.at.requests.Mul(price))
	if b.at.throttled.Sign() > 0 {
		fixed = fixed.Sub(b.at.throttled.Mul(price))
	}
	if used := s.freeRequests.Min(b.at.eligibleRequests.Sub(b.at.eligibleThrottled)); used.Sign() > 0 {
		fixed = fixed.Sub(used.Mul(price))
	}
	b.storage = s.storageRate && !b.per.storage.IsZero()
	if !b.storage && s.storageRate {
		fixed = fixed.Add(b.at.storage.Mul(s.storagePrice))
	}
	b.fixed = fixed
	b.provisioned = s.provisionedRate && !(b.at.provisioned.IsZero() && b.per.provisioned.IsZero())
	b.provisionedDur = s.provisionedDurRate && !(b.at.provisionedDur.IsZero() && b.per.provisionedDur.IsZero())
	b.eligible = b.at.eligible != b.at.duration || b.per.eligible != b.per.duration
	b.valid = fixed.Valid() && b.at.valid() && b.per.valid()
	return b
}

func (x sumQ) valid() bool {
	for _, f := range []Fixed{x.requests, x.eligibleRequests, x.throttled, x.eligibleThrottled, x.duration, x.eligible, x.provisioned, x.provisionedDur, x.storage} {
		if !f.Valid() {
			return false
		}
	}
	return true
}

// At is the bill at memoryMB in units of 10^Exponent dollars, by computeTotal's rules: the
// duration ladder up to the net duration, the free tier's share of the eligible duration at
// the first tier's price, ephemeral storage, provisioned concurrency and provisioned
// duration at their prices. Not Valid when a figure does not fit in 128 bits: Total gives
// it then.
func (b ScaledBill) At(memoryMB int64) Fixed {
	if !b.valid {
		return Fixed{overflow: true}
	}
	s := b.s
	line := func(at, per Fixed) Fixed { return at.Add(per.MulInt(memoryMB)) }
	duration := line(b.at.duration, b.per.duration)
	cost := b.fixed.Add(s.ladderCost(duration))
	eligible := duration
	if b.eligible {
		eligible = line(b.at.eligible, b.per.eligible)
	}
	if s.freeDuration.Sign() > 0 && eligible.Sign() > 0 {
		cost = cost.Sub(s.freeDuration.Min(eligible).Mul(s.firstPrice))
	}
	if b.storage {
		cost = cost.Add(line(b.at.storage, b.per.storage).Mul(s.storagePrice))
	}
	if b.provisioned {
		cost = cost.Add(line(b.at.provisioned, b.per.provisioned).Mul(s.provisionedPrice))
	}
	if b.provisionedDur {
		cost = cost.Add(line(b.at.provisionedDur, b.per.provisionedDur).Mul(s.provisionedDurPrice))
	}
	return cost
}

// ladderCost is ladderCost's figure for quantity in units: within the first tier (or a
// ladder of one) all of it at the first price, else the part in each tier at the tier's
// price (SplitTiers from zero).
func (s *LambdaScale) ladderCost(quantity Fixed) Fixed {
	if first := s.ladder[0]; len(s.ladder) == 1 || quantity.Cmp(first.upTo) <= 0 {
		return quantity.Mul(first.price)
	}
	cost := FixedInt(0)
	lower := FixedInt(0)
	for i, t := range s.ladder {
		last := i == len(s.ladder)-1
		to := quantity
		if !last {
			to = quantity.Min(t.upTo)
		}
		if to.Cmp(lower) > 0 {
			cost = cost.Add(to.Sub(lower).Mul(t.price))
		}
		if last || quantity.Cmp(t.upTo) <= 0 {
			break
		}
		lower = t.upTo
	}
	return cost
}

// Total is the bill at memoryMB in decimals: LambdaRates.Total of the usage at that size,
// plus Extra. At gives the same amount whenever it is Valid.
func (b ScaledBill) Total(memoryMB int64) decimal.Decimal {
	sum := b.s.around.Plus(b.s.perMB, decimal.NewFromInt(memoryMB))
	sum.Add(b.c.Usage("", "", memoryMB))
	total, _ := b.s.r.Total(sum)
	return total.Add(b.s.extra)
}
