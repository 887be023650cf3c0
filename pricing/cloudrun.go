package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Google Cloud Run's billing rules (cloud.google.com/run/pricing; rates and sources in
// pricing/data/cloudrun.yaml, docs/providers.md). Cloud Run functions (2nd generation) are
// billed at the same rates (firebase-tools prices them with the Cloud Run table): price them
// with the same bill.
//   - Request-based billing: the vCPU and memory of an instance while it serves requests, in
//     vCPU-seconds and GiB-seconds, each busy period "rounded up to the nearest 100
//     millisecond" (BilledPeriodMs); concurrent requests on one instance share its billed
//     time (SharedInstanceSeconds); a fee per request; idle minimum instances at the lower
//     idle rate.
//   - Instance-based billing: the vCPU and memory of the instance's whole life, no request fee.
//   - Regions are priced in tier 1 or tier 2 (the catalog's groups).
//   - The free tier (request-based: 180,000 vCPU-seconds, 360,000 GiB-seconds, 2 million
//     requests a month; instance-based, third-party: 240,000 vCPU-seconds, 450,000
//     GiB-seconds) "is aggregated across projects by billing account" and "applied as a
//     spending based discount using Tier 1 pricing": each allowance takes off at most its
//     quantity at the tier-1 price of its billing, across every workload and region of the
//     account. Usage in a tier-2 region draws on it by what it costs: 10 vCPU-seconds at
//     $0.0000336 ($0.000336) use as much of it as 14 tier-1 vCPU-seconds.
//   - A Cloud Run job run on a schedule is started by a Cloud Scheduler job: "$0.10 per job
//     per month", "3 free jobs per month" per billing account, "measured at the account
//     level not the project level" (https://cloud.google.com/scheduler/pricing; the page bills
//     "$0.10/job/31 days" by the day: a job kept all month is billed here the monthly $0.10).

// CloudRunDefaultConcurrency is the requests one Cloud Run instance serves at once unless the
// service sets otherwise; CloudRunMaxConcurrency is the most it may be set to: "By default
// each Cloud Run instance can receive up to 80 requests at the same time; you can increase
// this to a maximum of 1000" (https://cloud.google.com/run/docs/about-concurrency, stored copy;
// a newer copy says a service created with the gcloud CLI or Terraform defaults to 80 per
// vCPU, one created in the console to 80).
const (
	CloudRunDefaultConcurrency = 80
	CloudRunMaxConcurrency     = 1000
)

// CloudRunStepMs is the step Cloud Run rounds billed instance time up to: "rounded up to the
// nearest 100 millisecond" (cloud.google.com/run/pricing).
const CloudRunStepMs = 100

// cloudRunFreeTierGroup is the group whose prices value the free tier: Google applies it "as a
// spending based discount using Tier 1 pricing".
const cloudRunFreeTierGroup = "tier1"

var cloudRunKeys = providerKeys{
	Rates: map[string]string{
		"cloudrun.request.vcpu":    "vCPU-seconds",
		"cloudrun.request.memory":  "GiB-seconds",
		"cloudrun.requests":        "requests",
		"cloudrun.idle.vcpu":       "vCPU-seconds",
		"cloudrun.idle.memory":     "GiB-seconds",
		"cloudrun.instance.vcpu":   "vCPU-seconds",
		"cloudrun.instance.memory": "GiB-seconds",
		"cloudrun.scheduler.jobs":  "jobs",
	},
	Allowances: map[string]string{
		"cloudrun.free_tier.vcpu":     "vCPU-seconds",
		"cloudrun.free_tier.memory":   "GiB-seconds",
		"cloudrun.free_tier.requests": "requests",
		// instance-based billing's own free tier
		"cloudrun.free_tier.instance.vcpu":   "vCPU-seconds",
		"cloudrun.free_tier.instance.memory": "GiB-seconds",
		// Cloud Scheduler's free jobs
		"cloudrun.free_tier.scheduler.jobs": "jobs",
	},
}

// CloudRunUse is what one workload's Cloud Run service (or Cloud Run function) uses in a month.
type CloudRunUse struct {
	Region string
	// InstanceBased selects instance-based billing (CPU always allocated): InstanceSeconds is
	// then the instances' whole life, there is no request fee and IdleSeconds must be zero.
	InstanceBased bool
	// VCPU and MemoryGiB are one instance's size.
	VCPU, MemoryGiB decimal.Decimal
	// InstanceSeconds is the billed instance time: while serving requests (request-based,
	// SharedInstanceSeconds) or the instances' whole life (instance-based).
	InstanceSeconds decimal.Decimal
	// IdleSeconds is the time minimum instances are kept idle, billed at the idle rate
	// (request-based).
	IdleSeconds decimal.Decimal
	Requests    int64
	// SchedulerJobs is the Cloud Scheduler jobs that start the use (a Cloud Run job's
	// schedule), each billed a month: "$0.10 per job per month", "3 free jobs per month" per
	// billing account (https://cloud.google.com/scheduler/pricing).
	SchedulerJobs int64
	// Free says the use draws on the billing account's free tier, the one of its billing.
	Free bool
	// Estimate, when set, says InstanceSeconds (and IdleSeconds) are a model estimate and what
	// they rest on (the platform's sharing model); it is put on the instance-time lines.
	Estimate string
}

// CloudRunBill prices uses as one billing account is billed: each use's lines in order, then
// one credit line per free allowance the eligible uses drew on. A rate the catalog lacks
// leaves its line out and is listed in Unpriced. The error is for a use no bill can have.
func (c *ProviderCatalog) CloudRunBill(uses []CloudRunUse) (Bill, error) {
	bill, _, err := c.CloudRunBillByUse(uses)
	return bill, err
}

// CloudRunBillByUse is CloudRunBill with the number of lines each use has at the front of the
// bill, in order (the credits follow them all): what a caller naming each use's lines reads.
func (c *ProviderCatalog) CloudRunBillByUse(uses []CloudRunUse) (Bill, []int, error) {
	sink := lineSink{build: true}
	counts := make([]int, len(uses))
	// the eligible lines each free allowance may cover, by allowance, in the order first drawn
	drawn := map[string][]eligibleLine{}
	var order []string
	for i, u := range uses {
		lines, err := cloudRunLines(u)
		if err != nil {
			return Bill{}, nil, fmt.Errorf("cloud run use %d: %w", i+1, err)
		}
		before := len(sink.items)
		for _, l := range lines {
			rate, ok := c.charge(&sink, u.Region, l)
			if !ok || !u.Free || l.free == "" {
				continue
			}
			if _, seen := drawn[l.free]; !seen {
				order = append(order, l.free)
			}
			drawn[l.free] = addEligible(drawn[l.free], rate, l.quantity)
		}
		counts[i] = len(sink.items) - before
	}
	for _, key := range order {
		c.cloudRunCredit(&sink, key, drawn[key])
	}
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, counts, nil
}

// cloudRunLines are the billed quantities of u: its instance time, then its Cloud Scheduler
// jobs.
func cloudRunLines(u CloudRunUse) ([]providerLine, error) {
	if err := nonNegative("Cloud Run", u.VCPU, u.MemoryGiB, u.InstanceSeconds, u.IdleSeconds, decimal.NewFromInt(u.Requests), decimal.NewFromInt(u.SchedulerJobs)); err != nil {
		return nil, err
	}
	lines, err := cloudRunInstanceLines(u)
	scheduler := providerLine{id: "cloudrun.scheduler.jobs", name: "Cloud Scheduler jobs", key: "cloudrun.scheduler.jobs", what: "Cloud Scheduler jobs", free: "cloudrun.free_tier.scheduler.jobs", quantity: decimal.NewFromInt(u.SchedulerJobs)}
	return append(lines, scheduler), err
}

// cloudRunInstanceLines are the billed quantities of u's instances.
func cloudRunInstanceLines(u CloudRunUse) ([]providerLine, error) {
	if u.InstanceBased {
		if u.IdleSeconds.IsPositive() {
			return nil, fmt.Errorf("instance-based billing has no idle time: its instances are billed all their life (InstanceSeconds)")
		}
		return []providerLine{
			{id: "cloudrun.instance.vcpu", name: "Cloud Run vCPU, instance-based", key: "cloudrun.instance.vcpu", what: "Cloud Run instance-based vCPU-seconds", free: "cloudrun.free_tier.instance.vcpu", quantity: u.InstanceSeconds.Mul(u.VCPU), estimate: u.Estimate},
			{id: "cloudrun.instance.memory", name: "Cloud Run memory, instance-based", key: "cloudrun.instance.memory", what: "Cloud Run instance-based GiB-seconds", free: "cloudrun.free_tier.instance.memory", quantity: u.InstanceSeconds.Mul(u.MemoryGiB), estimate: u.Estimate},
		}, nil
	}
	return []providerLine{
		{id: "cloudrun.request.vcpu", name: "Cloud Run vCPU while serving", key: "cloudrun.request.vcpu", what: "Cloud Run vCPU-seconds", free: "cloudrun.free_tier.vcpu", quantity: u.InstanceSeconds.Mul(u.VCPU), estimate: u.Estimate},
		{id: "cloudrun.request.memory", name: "Cloud Run memory while serving", key: "cloudrun.request.memory", what: "Cloud Run GiB-seconds", free: "cloudrun.free_tier.memory", quantity: u.InstanceSeconds.Mul(u.MemoryGiB), estimate: u.Estimate},
		{id: "cloudrun.idle.vcpu", name: "Cloud Run vCPU, idle minimum instances", key: "cloudrun.idle.vcpu", what: "Cloud Run idle vCPU-seconds", free: "cloudrun.free_tier.vcpu", quantity: u.IdleSeconds.Mul(u.VCPU), estimate: u.Estimate},
		{id: "cloudrun.idle.memory", name: "Cloud Run memory, idle minimum instances", key: "cloudrun.idle.memory", what: "Cloud Run idle GiB-seconds", free: "cloudrun.free_tier.memory", quantity: u.IdleSeconds.Mul(u.MemoryGiB), estimate: u.Estimate},
		{id: "cloudrun.requests", name: "Cloud Run requests", key: "cloudrun.requests", what: "Cloud Run requests", free: "cloudrun.free_tier.requests", quantity: decimal.NewFromInt(u.Requests)},
	}, nil
}

// freeTierRate is the rate whose tier-1 price values each free allowance.
var freeTierRate = map[string]string{
	"cloudrun.free_tier.vcpu":     "cloudrun.request.vcpu",
	"cloudrun.free_tier.memory":   "cloudrun.request.memory",
	"cloudrun.free_tier.requests": "cloudrun.requests",

	"cloudrun.free_tier.instance.vcpu":   "cloudrun.instance.vcpu",
	"cloudrun.free_tier.instance.memory": "cloudrun.instance.memory",

	"cloudrun.free_tier.scheduler.jobs": "cloudrun.scheduler.jobs",
}

// tierOneRate is the tier-1 rate a free allowance is valued at.
func (c *ProviderCatalog) tierOneRate(allowance string) (Rate, bool) {
	g, ok := c.Groups[cloudRunFreeTierGroup]
	if !ok {
		return Rate{}, false
	}
	r, ok := g.Rates[freeTierRate[allowance]]
	return r, ok && r.UnitPrice().IsPositive()
}

// eligibleLine is the usage at one rate (key and region) that may draw on a free allowance.
type eligibleLine struct {
	rate     Rate
	quantity decimal.Decimal
}

// addEligible adds quantity at rate to list, summing it with the usage of the same rate.
func addEligible(list []eligibleLine, rate Rate, quantity decimal.Decimal) []eligibleLine {
	for i := range list {
		if list[i].rate.Key == rate.Key && list[i].rate.Region == rate.Region {
			list[i].quantity = list[i].quantity.Add(quantity)
			return list
		}
	}
	return append(list, eligibleLine{rate: rate, quantity: quantity})
}

// cloudRunCreditNames are the names of the free allowances' credit lines.
var cloudRunCreditNames = map[string]string{
	"cloudrun.free_tier.vcpu":     "Free tier, vCPU-seconds (at tier-1 prices)",
	"cloudrun.free_tier.memory":   "Free tier, GiB-seconds (at tier-1 prices)",
	"cloudrun.free_tier.requests": "Free tier, requests",

	"cloudrun.free_tier.instance.vcpu":   "Free tier, instance-based vCPU-seconds (at tier-1 prices)",
	"cloudrun.free_tier.instance.memory": "Free tier, instance-based GiB-seconds (at tier-1 prices)",

	"cloudrun.free_tier.scheduler.jobs": "Free Cloud Scheduler jobs",
}

// cloudRunCredit adds the credit of allowance key, a discount of at most its quantity at the
// tier-1 price, on the eligible usage lines. When they cost no more than that, they are all
// free: each is taken off at its own price (a tier-2 line too, so the credit is exact). When
// they cost more, the whole allowance is taken off at the tier-1 price.
func (c *ProviderCatalog) cloudRunCredit(sink *lineSink, key string, lines []eligibleLine) {
	a, ok := c.Allowance(key)
	if !ok {
		return
	}
	one, ok := c.tierOneRate(key)
	if !ok {
		return
	}
	spend := decimal.Zero
	for _, l := range lines {
		spend = spend.Add(l.quantity.Mul(l.rate.UnitPrice()))
	}
	if worth := a.Quantity.Mul(one.UnitPrice()); spend.GreaterThan(worth) {
		if a.Quantity.IsPositive() {
			sink.credit(key, cloudRunCreditNames[key], one, a.Quantity, one.UnitPrice())
		}
		return
	}
	for _, l := range lines {
		sink.credit(key, cloudRunCreditNames[key], l.rate, l.quantity, l.rate.UnitPrice())
	}
}
