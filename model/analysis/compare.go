package analysis

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// DefaultGrowthMonths is how many months Compare projects growth over when not told.
const DefaultGrowthMonths = 12

// CompareOptions say what Compare covers.
type CompareOptions struct {
	// Month is the month priced; the zero Month means StandardMonth.
	Month model.Month
	// GrowthMonths is how many months of growth to project (0: DefaultGrowthMonths).
	GrowthMonths int64
	// Serial works the analyses out one after another on the calling goroutine, rather than
	// on every core: the explorer keeps the other cores for the terminal.
	Serial bool
}

// CompareResult is the decision analyses of a set of workloads against one catalog.
type CompareResult struct {
	model.Provenance
	Comparisons []Comparison
	// Commitment is the Compute Savings Plan commitment of the workloads together, as
	// breakeven commit plans it (1 year, no upfront).
	Commitment CommitPlan
}

// Comparison is everything breakeven works out to decide how to run one workload: where the
// cheapest platform flips, what memory and architecture to run, the cheapest sizes of the
// alternatives, a hybrid split, growth, scenarios and sensitivity, and the findings ranked by
// what they save.
type Comparison struct {
	// Base is the workload priced as the file gives it.
	Base model.WorkloadResult
	// BreakEvens are the crossings of every pair of platforms as traffic, duration and
	// memory move, the rest held.
	BreakEvens []BreakEven
	// Curve is each platform's monthly cost at log-spaced traffic levels, for charts.
	Curve []CurvePoint
	// Sweep is Lambda's cost and duration at every memory size on both architectures (nil
	// when the workload has no function to sweep).
	Sweep *model.SweepResult
	// RightSizing is the cheapest Fargate task size and EC2 instance type for the traffic,
	// and the purchase options compared.
	RightSizing RightSizing
	// Provisioned compares the provisioned concurrency configured with the peak (nil when
	// the function has none).
	Provisioned *ProvisionedSizing
	// Hybrid is a container or instance baseline with Lambda taking the overflow (nil when
	// it does not apply).
	Hybrid *Hybrid
	// Growth is the month-by-month cost as traffic grows.
	Growth Growth
	// Commitment is the workload's own Compute Savings Plan commitment (1 year, no upfront),
	// its risk weighed at the low scenario (the default scenarios' when the file gives none).
	Commitment CommitPlan
	// Scenarios are the traffic scenarios priced side by side.
	Scenarios []ScenarioResult
	// Sensitivity ranks the inputs by how much +/-20% moves the total.
	Sensitivity []SensitivityRow
	// Recommendations are the findings, largest monthly saving first.
	Recommendations []Recommendation
	// Notes say what the analyses assume beyond the file, such as Lambda's quota raised.
	Notes []string
}

// Compare works out the decision analyses of each workload. Workloads are given as loaded
// (defaults not yet resolved), so that every variant priced re-chooses what the file left out.
func Compare(workloads []model.Workload, cat *pricing.Catalog, opt CompareOptions) CompareResult {
	opt = opt.withDefaults()
	res := CompareResult{Provenance: model.ProvenanceOf(cat, opt.Month), Comparisons: make([]Comparison, len(workloads))}
	if opt.Serial {
		for k, w := range workloads {
			res.Comparisons[k] = compareOne(w, cat, opt)
		}
		res.Commitment = CompareCommitment(workloads, cat, opt)
		return res
	}
	// Each comparison keeps every core busy only part of the time (a break-even search that
	// outlasts the others runs alone): work out as many at once as there are cores, each
	// result in its workload's place, and the account's commitment beside them.
	var wg sync.WaitGroup
	wg.Go(func() { res.Commitment = CompareCommitment(workloads, cat, opt) })
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(workloads)) {
		wg.Go(func() {
			for k := range next {
				res.Comparisons[k] = compareOne(workloads[k], cat, opt)
			}
		})
	}
	for k := range workloads {
		next <- k
	}
	close(next)
	wg.Wait()
	return res
}

// withDefaults is opt with a zero Month and GrowthMonths given their defaults.
func (opt CompareOptions) withDefaults() CompareOptions {
	if opt.Month.Hours == 0 {
		opt.Month = model.StandardMonth()
	}
	if opt.GrowthMonths == 0 {
		opt.GrowthMonths = DefaultGrowthMonths
	}
	return opt
}

// CompareOne works out the decision analyses of one workload of a set, as Compare does for
// each: a caller that writes each as soon as it is done (breakeven compare) holds no more of
// the set's analyses than those in flight.
func CompareOne(w model.Workload, cat *pricing.Catalog, opt CompareOptions) Comparison {
	return compareOne(w, cat, opt.withDefaults())
}

// CompareCommitment is the Compute Savings Plan commitment of workloads together, as Compare
// plans it (CompareResult.Commitment).
func CompareCommitment(workloads []model.Workload, cat *pricing.Catalog, opt CompareOptions) CommitPlan {
	return PlanCommitment(workloads, cat, CommitOptions{Month: opt.withDefaults().Month})
}

// compareOne works out every analysis of one workload, then the recommendations from them.
//
// The analyses move traffic far beyond the file's (break-even scans reach 100 billion requests
// a month), where a throttled Lambda would cost less for serving fewer requests. So they price
// Lambda with its concurrency quota raised to serve every request, and say so when the file's
// own traffic would be throttled.
func compareOne(w model.Workload, cat *pricing.Catalog, opt CompareOptions) Comparison {
	fs := model.FunctionSettingsOf(w)
	raised := fs.QuotaRaised
	fs.QuotaRaised = true
	w = model.WithFunctionSettings(w, fs)
	c := Comparison{Base: WithMerges(model.Price([]model.Workload{w}, cat, model.Options{Month: opt.Month}).Workloads[0], cat, opt.Month)}
	if th := model.LambdaDetailOf(c.Base.Estimate(model.PlatformLambda)).Throttling; th != nil && th.Requests > 0 && !raised {
		c.Notes = append(c.Notes, fmt.Sprintf("Lambda's concurrency limit of %s would throttle about %s requests a month in %s: these analyses price Lambda serving every request, its quota raised to at least %s (lambda.quota_raised: true prices it so in `breakeven price` too)",
			humanize.Count(th.Limit), humanize.Count(th.Requests), humanize.Plural(th.Hours, "hour", "hours"), humanize.Count(th.PeakConcurrency)))
	}
	// The analyses are independent of one another: run them at once (each writes its own
	// field; pricing is pure), unless asked to keep to one goroutine.
	var wg sync.WaitGroup
	workers, run := runtime.GOMAXPROCS(0), wg.Go
	if opt.Serial {
		workers, run = 1, func(f func()) { f() }
	}
	run(func() { c.BreakEvens, c.Curve = breakEvens(w, cat, opt.Month, workers) })
	run(func() {
		if s := model.Sweep(w, cat, model.SweepOptions{Month: opt.Month}); s.Skipped == "" {
			c.Sweep = &s
		}
	})
	run(func() { c.RightSizing = RightSize(w, cat, opt.Month) })
	run(func() { c.Provisioned = SizeProvisioned(w, c.Base, cat, opt.Month) })
	run(func() { c.Hybrid = PlanHybrid(w, cat, opt.Month) })
	run(func() { c.Growth = ProjectGrowth(w, cat, opt.Month, opt.GrowthMonths) })
	run(func() { c.Scenarios = PriceScenarios(w, cat, opt.Month) })
	run(func() { c.Sensitivity = Sensitivity(w, cat, opt.Month) })
	run(func() {
		c.Commitment = PlanCommitment([]model.Workload{w}, cat, CommitOptions{Month: opt.Month, DefaultScenarios: true})
	})
	wg.Wait()
	c.Recommendations = recommend(c)
	return c
}
