package lambda

import (
	"fmt"
	"math"
	"slices"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The cold-start model. Every figure it produces is a labelled model estimate, not a billed
// quantity read from AWS; docs/cold-starts.md gives the model, each default and its source,
// and the limits of the estimate.

// Defaults of the cold-start model, documented with their sources in docs/cold-starts.md.
const (
	// DefaultKeepAliveMinutes is how long an idle execution environment is assumed to live.
	// AWS publishes no figure; Mikhail Shilkov's continuous measurements put it at 5 to 7
	// minutes (mikhail.io/serverless/coldstarts/aws/). We take the low end.
	DefaultKeepAliveMinutes = 5
	// DefaultMaxLifetimeHours is how long an environment lives even when busy. AWS: "Lambda
	// terminates execution environments every few hours ... even for functions that are
	// invoked continuously"; 4 hours is the only measurement we found (IOpipe, reported by
	// Yan Cui in 2017), a third-party figure.
	DefaultMaxLifetimeHours = 4
	// DefaultColdStartPercentile is the percentile of the within-hour concurrency that the
	// warm pool is sized for.
	DefaultColdStartPercentile = 0.99
	// DefaultColdStartMemoryMB is Lambda's default memory when none is given.
	DefaultColdStartMemoryMB = 128
	// packageMsPerMB is the init time added per MB of zipped deployment package: a rough rule
	// of thumb from third-party claims (5 to 10 ms per MB), not a measurement we could verify.
	packageMsPerMB = 8
	// warmerPingMsAlone and warmerPingMsConcurrent are the default billed durations of one
	// warmer ping: an early return (1 ms, Lambda's billing minimum) when one environment is
	// kept warm; 100 ms when several are, so that the pings overlap and land on distinct
	// environments (a rule of thumb).
	warmerPingMsAlone      = 1
	warmerPingMsConcurrent = 100
	// DefaultWarmerIntervalMinutes is the usual "ping every 5 minutes" schedule.
	DefaultWarmerIntervalMinutes = 5
)

// ColdStartInput is the month's traffic, hour by hour.
type ColdStartInput struct {
	Requests []int64 // requests in each hour of the month
	// BilledMs is the billed duration of one warm invocation (whole milliseconds).
	BilledMs decimal.Decimal
	// Provisioned is the number of provisioned environments in each hour (nil or zeros:
	// none). A shorter slice means none in the remaining hours.
	Provisioned []int64
	// classes groups the hours of Requests by count, when the caller has them.
	classes *demand.HourClasses
	// totalOnly asks for the month's figures alone, without PerHour, the assumptions and
	// the init time's source (a pricing that shows no detail: the analyses' probes, the
	// sweep).
	totalOnly bool
}

// anyNegative says some hour of Requests has a negative count: read off the counts of the
// classes that have hours, when the caller grouped the series, else hour by hour.
func (in ColdStartInput) anyNegative() bool {
	c := in.classes
	if !c.Groups(in.Requests) {
		return slices.ContainsFunc(in.Requests, func(n int64) bool { return n < 0 })
	}
	for k, n := range c.Counts {
		if n < 0 && c.Hours[k] > 0 {
			return true
		}
	}
	return false
}

// coldStartParams is a ColdStartConfig with every default applied.
type coldStartParams struct {
	initMs             decimal.Decimal
	source             string
	memoryMB           int64
	keepAlive, maxLife int64
	percentile         float64
	arrivals           model.Arrivals
	assumptions        []string
	// texts says the assumptions and the init's source are stated.
	texts bool
}

// resolveColdStart is the estimate's settings: cfg's, or the defaults where it gives none.
// With texts it also states the assumptions and where the init time comes from; a pricing
// that shows no detail (an analysis's probe) asks for neither: their formatting took nearly
// half the estimate's time in compare's probes.
func resolveColdStart(cfg model.ColdStartConfig, billedMs decimal.Decimal, texts bool) coldStartParams {
	p := coldStartParams{
		memoryMB: cfg.MemoryMB, keepAlive: cfg.KeepAliveMinutes, maxLife: cfg.MaxLifetimeHours,
		percentile: cfg.Percentile, arrivals: cfg.Arrivals, texts: texts,
	}
	if texts {
		p.assumptions = make([]string, 0, maxAssumptions)
	}
	note := func(sentence string) {
		if texts {
			p.assumptions = append(p.assumptions, sentence)
		}
	}
	say := func(format string, args ...any) {
		if texts {
			note(fmt.Sprintf(format, args...))
		}
	}
	if p.memoryMB <= 0 {
		p.memoryMB = DefaultColdStartMemoryMB
	}
	if p.keepAlive <= 0 {
		p.keepAlive = DefaultKeepAliveMinutes
	}
	if p.maxLife <= 0 {
		p.maxLife = DefaultMaxLifetimeHours
	}
	p.percentile = coldStartPercentile(p.percentile)
	if p.arrivals != model.ArrivalsEven {
		p.arrivals = model.ArrivalsPoisson
	}
	arch := cfg.Architecture
	if arch == "" {
		arch = model.X86_64
	}

	note("Cold starts are a model estimate, not a figure AWS reports.")
	if p.arrivals == model.ArrivalsEven {
		note("Requests within each hour are evenly spaced (a schedule); a request is cold when the gap since the one before exceeds the keep-alive.")
	} else {
		note("Requests within each hour arrive independently (Poisson) at the hour's rate; a request is cold when none came in the keep-alive before it.")
	}
	say("Concurrency each hour is requests x %s / 3,600,000 (Little's law); environments kept warm are its %s percentile, a Poisson count.", humanize.Milliseconds(billedMs), percentLabel(p.percentile))

	if cfg.InitMeasured || cfg.InitMs.IsPositive() {
		p.initMs = cfg.InitMs
		p.source = "measured (init_ms)"
		say("Init takes %s, as measured and given.", humanize.Milliseconds(p.initMs))
	} else {
		name := cfg.Runtime
		if name == "" {
			name = model.DefaultRuntime
		}
		ri, ok := model.RuntimeInitOf(name)
		if !ok {
			say("Runtime %q has no published default; the container-image default is used. Give a measured init_ms.", name)
			ri, _ = model.RuntimeInitOf("container")
			name = "container"
		}
		ms := ri.X86
		if arch == model.ARM64 {
			ms = ri.ARM
		}
		if texts {
			p.source = fmt.Sprintf("default for %s %s: %s", name, arch, ri.Source)
		}
		say("Init takes %s, the %s default for %s: a hello-world figure; real code with dependencies and setup takes longer, so measure it and give init_ms.", humanize.Milliseconds(decimal.NewFromInt(ms)), arch, name)
		if cfg.PackageMB > 0 && ri.Zip {
			extra := packageMsPerMB * cfg.PackageMB
			ms += extra
			if texts {
				p.source += fmt.Sprintf(", plus %s for a %s package", humanize.Milliseconds(decimal.NewFromInt(extra)), humanize.Megabytes(cfg.PackageMB))
			}
			say("A %s package adds %s (%d ms per MB), a rough rule of thumb.", humanize.Megabytes(cfg.PackageMB), humanize.Milliseconds(decimal.NewFromInt(extra)), packageMsPerMB)
		}
		note("Memory does not change the default: published benchmarks show no trend from 128 to 1,024 MB for a minimal function; CPU-heavy init code does speed up with memory.")
		if cfg.VPC {
			note("A VPC adds no init time: since 2019 Lambda creates the Hyperplane ENI when the function is created or its VPC settings change, not for each environment.")
		}
		p.initMs = decimal.NewFromInt(ms)
	}
	if cfg.Runtime == "java21-snapstart" && !cfg.InitMeasured && !cfg.InitMs.IsPositive() {
		note("SnapStart: AWS bills only the runtime load and after-restore hooks of a restore, not the snapshot restore itself; the billed INIT here (the whole restore) is an upper bound.")
	}
	say("Idle environments are recycled after %s (AWS publishes no figure; measured 5 to 7 minutes).", humanize.Plural(p.keepAlive, "minute", "minutes"))
	say("Every environment is replaced after %s even when busy (AWS: every few hours).", humanize.Plural(p.maxLife, "hour", "hours"))
	note("The hour before the month's first is taken to be its last (a month among identical months); deployments are not counted.")
	note("INIT is billed as duration since 2025-08-01 in every configuration (on-demand ZIP functions on managed runtimes included): init rounded up to the millisecond x memory, per cold start, billed on lines of its own (lambda.init), tiered with the duration.")
	return p
}

// maxAssumptions is room for every sentence the cold-start estimate may state.
const maxAssumptions = 16

// coldStartPercentile is the percentile the warm pool is sized for: p when it is in (0.5, 1),
// else DefaultColdStartPercentile.
func coldStartPercentile(p float64) float64 {
	if !(p > 0.5 && p < 1) {
		return DefaultColdStartPercentile
	}
	return p
}

// percentLabel writes the percentile p (a statistical setting, not an amount) as people
// read it: 0.99 is "99th".
func percentLabel(p float64) string {
	return fmt.Sprintf("%gth", math.Round(p*1000)/10)
}

// EstimateColdStarts estimates the cold starts of a month of hourly traffic, what they add to
// latency, the INIT time AWS bills for them and what the given provisioned concurrency
// removes. It is pure and deterministic, and does no decimal arithmetic per hour: the hourly
// work is in integers and floats (statistical estimates only), and the billed INIT is
// computed once from the month's total.
//
// Each hour h with n requests needs E(h) environments: the chosen percentile of a Poisson
// count with mean n x BilledMs / 3,600,000 (at least one when n > 0). Of those, the
// provisioned environments P(h) are always warm; O(h) = max(0, E(h) - P(h)) are on demand.
// Cold starts in hour h are:
//   - scale-ups: max(0, O(h) - O(h-1));
//   - idle recycles (only when P(h) = 0): each request is cold with the probability that no
//     request came in the KeepAliveMinutes before it, exp(-n x K / 60) for Poisson arrivals,
//     1 or 0 for even ones (gap 60/n minutes longer than K or not);
//   - lifetime recycles: O(h) / MaxLifetimeHours, for environments not already recycled idle;
//
// at most n. Fractions carry from hour to hour so PerHour holds whole numbers that add up to
// the month's expectation.
func EstimateColdStarts(in ColdStartInput, cfg model.ColdStartConfig) model.ColdStarts {
	p := resolveColdStart(cfg, in.BilledMs, !in.totalOnly)
	hours := len(in.Requests)
	out := model.ColdStarts{InitMs: p.initMs, InitSource: p.source, BilledInitMs: pricing.LambdaBilledMs(p.initMs)}
	durMs := in.BilledMs.InexactFloat64() // statistical estimate only
	m := newColdStartMachine(p, durMs)

	pc := func(h int) int64 {
		if h < len(in.Provisioned) {
			return max(in.Provisioned[h], 0)
		}
		return 0
	}
	anyPC := slices.ContainsFunc(in.Provisioned[:min(len(in.Provisioned), hours)], func(n int64) bool { return n > 0 })
	// the share of the warm pool recycled in an hour: a float of the estimate, never an amount
	perLifetime := 1 / float64(p.maxLife)
	// What each hour needs is worked out once for each count of requests (a negative count is
	// none).
	requests := in.Requests
	if in.anyNegative() {
		requests = make([]int64, hours)
		for h, n := range in.Requests {
			requests[h] = max(n, 0)
		}
	}
	classes := demand.ClassesOf(in.classes, requests)
	needs := make([]hourNeed, len(classes.Counts))
	steps := make([]hourStep, len(classes.Counts)) // an hour of each class without provisioned environments
	for k, n := range classes.Counts {
		if classes.Hours[k] > 0 {
			needs[k].environments, needs[k].idle = m.hour(n)
			steps[k] = newHourStep(n, needs[k].environments, false, needs[k].idle, perLifetime)
			out.Requests += n * classes.Hours[k]
			out.PeakEnvironments = max(out.PeakEnvironments, needs[k].environments)
		}
	}
	// The hour before the first is the last (a month among identical months).
	lastE := int64(0)
	if hours > 0 {
		lastE = needs[classes.Of[hours-1]].environments
	}
	with := poolState{prev: max(lastE-pc(hours-1), 0)}
	without := poolState{prev: lastE}
	if !anyPC { // the pool is the same without provisioned environments: followed once
		out.PerHour = with.followHours(steps, classes.Of, in.totalOnly)
		without = with
	} else {
		// With provisioned environments an hour is its class and its provisioned level (a
		// schedule has a few: each class keeps the steps of those it has met).
		type level struct {
			pc   int64
			step int32
		}
		var levels []hourStep
		met := make([][]level, len(classes.Counts))
		of := make([]int32, hours)
		for h, k := range classes.Of {
			ph := pc(h)
			out.PeakEnvironments = max(out.PeakEnvironments, ph)
			i := int32(-1)
			for _, l := range met[k] {
				if l.pc == ph {
					i = l.step
				}
			}
			if i < 0 {
				need := needs[k]
				i = int32(len(levels))
				met[k] = append(met[k], level{ph, i})
				levels = append(levels, newHourStep(requests[h], max(need.environments-ph, 0), ph > 0, need.idle, perLifetime))
			}
			of[h] = i
		}
		out.PerHour = with.followHours(levels, of, in.totalOnly)
		follow[int64](&without, steps, classes.Of, nil)
	}
	out.Total = with.total
	out.ScaleUps, out.IdleRecycles, out.LifetimeRecycles = with.scale, with.idle, with.life
	out.WithoutProvisioned = without.total
	out.RemovedByProvisioned = without.total - with.total
	if anyPC && p.texts {
		p.assumptions = append(p.assumptions, "Provisioned environments are always initialised: they absorb the base load and remove idle recycling; their periodic re-initialisation is billed with provisioned concurrency and is not counted here.")
	}

	if out.Requests > 0 {
		out.Share = float64(out.Total) / float64(out.Requests)
	}
	initF := p.initMs.InexactFloat64()
	out.Warm = model.Latency{P50Ms: durMs, P99Ms: durMs, MeanMs: durMs}
	out.WithColdStarts = model.Latency{
		P50Ms:  percentileMs(0.50, out.Share, durMs, initF),
		P99Ms:  percentileMs(0.99, out.Share, durMs, initF),
		MeanMs: durMs + out.Share*initF,
	}
	if p.texts {
		p.assumptions = append(p.assumptions, "Latency: a warm request takes the billed duration, a cold one adds the init time; the platform's own set-up before INIT and the spread of warm durations are not modelled.")
	}
	out.BilledInitGBSeconds = pricing.GBSeconds(decimal.NewFromInt(out.Total), out.BilledInitMs, p.memoryMB)
	out.Assumptions = p.assumptions
	return out
}

// percentileMs is the q-th percentile of a latency that is warmMs for a share 1-cold of the
// requests and warmMs+initMs for the rest.
func percentileMs(q, cold, warmMs, initMs float64) float64 {
	if cold > 1-q {
		return warmMs + initMs
	}
	return warmMs
}

// poolState follows the on-demand pool hour by hour and counts its cold starts.
type poolState struct {
	prev                     int64   // on-demand environments alive at the end of the hour before
	idleAcc, lifeAcc         float64 // fractions carried to the next hour
	total, scale, idle, life int64
}

// hourStep is an hour as the pool sees it: n requests, o on-demand environments, and the
// expected idle and lifetime recycles it adds to the fractions carried: idle recycles are
// idleBase x idle (idleBase the hour's requests, less the first when the pool was empty, that
// one being a scale-up: idleFirst), lifetime recycles o x (1 - idle) / lifetime. They are
// worked out once for each hour alike (a shaped month repeats a few), each product rounded on
// its own (float64 forbids fusing it with the sum it goes into).
type hourStep struct {
	n, o                  int64
	idle, idleFirst, life float64
}

// newHourStep is an hour with n requests, o on-demand environments, warm when provisioned
// environments are present, the probability idle that a request finds the pool recycled,
// and environments replaced perLifetime times an hour (1 / lifetime hours).
func newHourStep(n, o int64, warm bool, idle, perLifetime float64) hourStep {
	if warm || o == 0 {
		idle = 0
	}
	return hourStep{n: n, o: o, idle: float64(float64(n) * idle), idleFirst: float64(float64(n-1) * idle),
		life: float64(float64(float64(o)*(1-idle)) * perLifetime)}
}

// followHours follows the pool over the hours (see follow) and returns each hour's cold
// starts: in a byte an hour when no step can start 256 in an hour, else worked out in
// working space and kept as model.CountsSeries keeps them; with totalOnly, none (no series).
func (p *poolState) followHours(steps []hourStep, of []int32, totalOnly bool) model.HourSeries {
	switch {
	case totalOnly:
		follow[int64](p, steps, of, nil)
		return model.HourSeries{}
	case startsFitAByte(steps):
		perHour := make([]uint8, len(of))
		follow(p, steps, of, perHour)
		return model.ByteSeries(perHour)
	}
	perHour := demand.HourScratch(len(of))
	defer demand.ReleaseScratch(perHour)
	follow(p, steps, of, perHour)
	return model.CountsSeries(perHour)
}

// startsFitAByte says no hour of any of steps starts more than 255 environments cold: an
// hour's starts are at most its on-demand environments (the scale-ups) and its idle and
// lifetime recycles, each at most the hour's expected recycles plus the fraction carried in
// (below one).
func startsFitAByte(steps []hourStep) bool {
	for _, s := range steps {
		if float64(s.o)+s.idle+s.life+2 >= math.MaxUint8 {
			return false
		}
	}
	return true
}

// follow counts the cold starts of the hours, hour h being steps[of[h]], each hour's into
// perHour (nil: not kept; a count that does not fit T is the caller's to rule out). The state
// is held in locals for the month: every hour waits on the one before.
func follow[T uint8 | int64](p *poolState, steps []hourStep, of []int32, perHour []T) {
	prev, idleAcc, lifeAcc := p.prev, p.idleAcc, p.lifeAcc
	total, scales, idles, lives := p.total, p.scale, p.idle, p.life
	for h, k := range of {
		s := &steps[k]
		scale := max(s.o-prev, 0)
		if prev == 0 && s.o > 0 {
			idleAcc += s.idleFirst // the hour's first request is already counted as a scale-up
		} else {
			idleAcc += s.idle
		}
		prev = s.o
		lifeAcc += s.life
		// The whole recycles go, the fractions carry (taking off none leaves a fraction as
		// it is, so the usual hour, whose fractions stay below one, does not wait on a
		// subtraction).
		i := int64(idleAcc)
		l := int64(lifeAcc)
		if i != 0 {
			idleAcc -= float64(i)
		}
		if l != 0 {
			lifeAcc -= float64(l)
		}
		// At most one cold start per request: trim lifetime recycles, then idle ones.
		if over := scale + i + l - s.n; over > 0 {
			cut := min(over, l)
			l -= cut
			i -= min(over-cut, i)
		}
		scales += scale
		idles += i
		lives += l
		c := scale + i + l
		total += c
		if perHour != nil {
			perHour[h] = T(c)
		}
	}
	p.prev, p.idleAcc, p.lifeAcc = prev, idleAcc, lifeAcc
	p.total, p.scale, p.idle, p.life = total, scales, idles, lives
}

// coldStartMachine holds what every hour needs, computed once per estimate.
type coldStartMachine struct {
	p     coldStartParams
	durMs float64
	z     float64 // standard normal quantile of the percentile
}

// hourNeed is what an hour of some count of requests needs: the warm pool and the chance of
// an idle recycle.
type hourNeed struct {
	environments int64
	idle         float64
}

func newColdStartMachine(p coldStartParams, durMs float64) *coldStartMachine {
	return &coldStartMachine{p: p, durMs: durMs, z: demand.NormalQuantile(p.percentile)}
}

// hour is what an hour with n requests needs: the warm pool, the percentile of a Poisson
// count with mean n x duration / 3,600,000 (at least one when n > 0), and the chance that a
// request finds every environment recycled for idleness.
func (m *coldStartMachine) hour(n int64) (environments int64, idle float64) {
	if n <= 0 {
		return 0, 0
	}
	return warmPool(n, m.durMs, m.p.percentile, m.z), m.idleProbability(n)
}

// warmPool is the environments an hour with n > 0 requests of durMs each needs: the
// percentile (z its normal quantile) of a Poisson count with mean n x durMs / 3,600,000, at
// least one.
func warmPool(n int64, durMs, percentile, z float64) int64 {
	mean := float64(n) * durMs / (model.SecondsPerHour * 1000)
	return max(demand.PoissonQuantile(mean, percentile, z), 1)
}

// idleProbability is the chance that a request of an hour with n > 0 requests finds every
// environment recycled for idleness.
func (m *coldStartMachine) idleProbability(n int64) float64 {
	k := float64(m.p.keepAlive)
	if m.p.arrivals == model.ArrivalsEven {
		if float64(model.SecondsPerHour/60)/float64(n) > k { // gap in minutes
			return 1
		}
		return 0
	}
	x := float64(n) * k / 60
	if x > idleNegligible {
		return 0 // below 1e-21: nothing in any month
	}
	return math.Exp(-x)
}

// idleNegligible is the mean number of requests in a keep-alive window above which idle
// recycling is left out: exp(-48) is below 1e-21, under one cold start in 1e12 requests.
const idleNegligible = 48

// WarmerConfig is a scheduled warmer: a scheduler (EventBridge, cron) pings the function every
// IntervalMinutes with Environments concurrent invocations, to keep that many environments warm.
type WarmerConfig struct {
	IntervalMinutes int64 // default DefaultWarmerIntervalMinutes
	Environments    int64 // default 1
	// PingMs is the billed duration of one ping; default 1 ms for one environment, 100 ms for
	// several (the pings must overlap to land on distinct environments).
	PingMs   decimal.Decimal
	MemoryMB int64 // default 128
}

// EstimateWarmer counts what a scheduled warmer invokes in a month of monthHours hours.
func EstimateWarmer(w WarmerConfig, monthHours int64) model.WarmerCost {
	interval := w.IntervalMinutes
	if interval <= 0 {
		interval = DefaultWarmerIntervalMinutes
	}
	envs := max(w.Environments, 1)
	mem := w.MemoryMB
	if mem <= 0 {
		mem = DefaultColdStartMemoryMB
	}
	ping := pricing.LambdaBilledMs(w.PingMs)
	if !ping.IsPositive() {
		ping = decimal.NewFromInt(warmerPingMsAlone)
		if envs > 1 {
			ping = decimal.NewFromInt(warmerPingMsConcurrent)
		}
	}
	schedules := model.CeilDiv(monthHours*60, interval)
	c := model.WarmerCost{Schedules: schedules, Invocations: schedules * envs, PingMs: ping}
	c.GBSeconds = pricing.GBSeconds(decimal.NewFromInt(c.Invocations), ping, mem)
	c.Assumptions = []string{
		fmt.Sprintf("A warmer fires every %s (%s in %s) and invokes the function %s at once, each ping billed %s at %s.",
			humanize.Plural(interval, "minute", "minutes"), humanize.Plural(schedules, "time", "times"), humanize.Plural(monthHours, "hour", "hours"),
			humanize.Plural(envs, "time", "times"), humanize.Milliseconds(ping), humanize.Megabytes(mem)),
		"A warmer removes idle cold starts only while its interval is shorter than the keep-alive and traffic needs no more environments than it keeps; scale-ups and lifetime recycling still happen, and the warmer's own pings are sometimes cold.",
	}
	return c
}
