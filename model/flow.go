package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// flowPlaces is the precision of per-request ratios that are not exact in decimal (a queue's
// batch size divides them): 12 places, far below one invocation in a month.
const flowPlaces = 12

var one = decimal.NewFromInt(1)

// stepPlan is what one step does per request reaching the workload: how often it is
// triggered and, for a function, how often it is invoked once retries are counted.
type stepPlan struct {
	Step Step
	// Triggered is the calls, messages, events or executions per request.
	Triggered decimal.Decimal
	// Attempts is the invocations per request of a function step, retries included (for a
	// queue consumer: messages handled, before batching).
	Attempts decimal.Decimal
	// Succeeded is the triggers that end well: what the step's children run on.
	Succeeded decimal.Decimal
	// DeadLettered is the triggers that fail every attempt.
	DeadLettered decimal.Decimal
	// Parent is the index of the parent step in the plan, -1 for the entry.
	Parent int
}

// Invocations is a function step's Lambda invocations per request: queue consumers take a
// batch of messages per invocation.
func (p stepPlan) Invocations() decimal.Decimal {
	if p.Step.BatchSize > 1 {
		return p.Attempts.DivRound(decimal.NewFromInt(p.Step.BatchSize), flowPlaces)
	}
	return p.Attempts
}

// flowPlan is the whole flow per request: the entry's attempts and each step's plan.
type flowPlan struct {
	// EntryAttempts is invocations of the workload's function per request that passes the
	// front door's cache (client retries included); EntrySucceeded what its children run on.
	EntryAttempts  decimal.Decimal
	EntrySucceeded decimal.Decimal
	Steps          []stepPlan
}

// attempts is the expected number of tries of an invocation that fails with probability e
// and is retried up to retries times: 1 + e + ... + e^retries; all of them failing has
// probability e^(retries+1). Each power is rounded to ratioPlaces: e has up to five places,
// and a queue retries up to 999 times, so exact powers would carry thousands of digits.
func attempts(e decimal.Decimal, retries int64) (tries, allFail decimal.Decimal) {
	tries, pow := decimal.Zero, one
	for i := int64(0); i <= retries && !pow.IsZero(); i++ {
		tries = tries.Add(pow)
		pow = pow.Mul(e).Round(ratioPlaces)
	}
	return tries, pow
}

// attemptsMemo remembers attempts by retry count for one error rate: the steps of a flow
// share a few retry counts, and a queue's can be 999.
type attemptsMemo struct {
	e    decimal.Decimal
	seen map[int64][2]decimal.Decimal
}

// of is attempts(m.e, retries), worked out once per retry count.
func (m *attemptsMemo) of(retries int64) (tries, allFail decimal.Decimal) {
	if r, ok := m.seen[retries]; ok {
		return r[0], r[1]
	}
	tries, allFail = attempts(m.e, retries)
	m.seen[retries] = [2]decimal.Decimal{tries, allFail}
	return tries, allFail
}

// planFlow works out the flow per request from the step table and the retry policy.
func planFlow(w Workload) flowPlan {
	memo := attemptsMemo{e: w.Retries.ErrorPercent.Shift(-2), seen: map[int64][2]decimal.Decimal{}} // a percentage: exact
	tries, fail := memo.of(w.Retries.SyncRetries)
	plan := flowPlan{EntryAttempts: tries, EntrySucceeded: one.Sub(fail)}
	index := map[string]int{EntryStep: -1}
	for _, s := range w.Flow {
		p := stepPlan{Step: s, Parent: index[s.From]}
		parentSucceeded, parentKind := plan.EntrySucceeded, StepFunction
		if p.Parent >= 0 {
			parentSucceeded, parentKind = plan.Steps[p.Parent].Succeeded, plan.Steps[p.Parent].Step.Kind
		}
		// Ratios are carried to ratioPlaces: down a chain of steps the places of per_parent
		// and of the failure rates add up.
		p.Triggered = parentSucceeded.Mul(s.PerParent).Round(ratioPlaces)
		p.Attempts, p.Succeeded = p.Triggered, p.Triggered
		if s.Kind == StepFunction {
			tries, fail := memo.of(retriesFor(w.Retries, s, parentKind))
			p.Attempts = p.Triggered.Mul(tries).Round(ratioPlaces)
			p.Succeeded = p.Triggered.Mul(one.Sub(fail)).Round(ratioPlaces)
			if w.Retries.DeadLetterQueue && retriedByAWS(s, parentKind) {
				p.DeadLettered = p.Triggered.Mul(fail).Round(ratioPlaces)
			}
		}
		index[s.Name] = len(plan.Steps)
		plan.Steps = append(plan.Steps, p)
	}
	return plan
}

// retriesFor is how often a failing invocation of function step s is tried again: a queue
// hands a message back until its maximum receive count, Lambda retries asynchronous events
// (SNS and EventBridge deliver asynchronously), and callers and state machines retry sync
// calls as the policy says.
func retriesFor(r Retries, s Step, parent StepKind) int64 {
	switch {
	case parent == StepSQS:
		return max(r.QueueMaxReceives-1, 0)
	case retriedByAWS(s, parent):
		return r.AsyncRetries
	default:
		return r.SyncRetries
	}
}

// retriedByAWS says AWS, not a caller, retries the step's failures (and can send them to a
// dead-letter queue).
func retriedByAWS(s Step, parent StepKind) bool {
	return parent == StepSQS || parent == StepSNS || parent == StepEventBridge || s.Invoke == Async
}

// stepUsage is a function step's Lambda usage for the month, or why Lambda cannot run it.
func stepUsage(w Workload, p stepPlan, entryRequests decimal.Decimal) (pricing.LambdaUsage, []string) {
	s := p.Step
	if reasons := LambdaLimits("flow step "+s.Name+": ", s.MemoryMB, s.DurationMs); len(reasons) > 0 {
		return pricing.LambdaUsage{}, reasons
	}
	// Expected invocations are rounded to whole ones: AWS bills whole requests.
	invocations := entryRequests.Mul(p.Invocations()).Round(0)
	return pricing.LambdaUsage{
		Region:            w.Region,
		Architecture:      string(FunctionSettingsOf(w).Architecture),
		Requests:          invocations,
		DurationGBSeconds: pricing.GBSeconds(invocations, pricing.LambdaBilledMs(s.DurationMs), s.MemoryMB),
		FreeTierEligible:  FunctionSettingsOf(w).FreeTier,
	}, nil
}

// waitUsage is what a caller is billed while it waits for the sync calls it makes: its own
// memory for the callee's billed duration, on every attempt.
func waitUsage(w Workload, plan flowPlan, entryRequests decimal.Decimal) []pricing.LambdaUsage {
	var out []pricing.LambdaUsage
	for _, p := range plan.Steps {
		if p.Step.Kind != StepFunction || p.Step.Invoke != Sync {
			continue
		}
		callerMB := w.Function.MemoryMB
		if p.Parent >= 0 {
			callerMB = plan.Steps[p.Parent].Step.MemoryMB
		}
		calls := entryRequests.Mul(p.Attempts).Round(0)
		out = append(out, pricing.LambdaUsage{
			Region:            w.Region,
			Architecture:      string(FunctionSettingsOf(w).Architecture),
			DurationGBSeconds: pricing.GBSeconds(calls, pricing.LambdaBilledMs(p.Step.DurationMs), callerMB),
			FreeTierEligible:  FunctionSettingsOf(w).FreeTier,
		})
	}
	return out
}

// containerWork is the flow's function work per request in entry-request equivalents: on
// Fargate and EC2 every function step runs in the service's own fleet, so a step adds its
// invocations times its duration over the entry's duration (a queue consumer's duration is
// that of one batch). A caller's wait for a sync call
// costs a container nothing (the thread waits), so it is not counted.
func containerWork(w Workload, plan flowPlan) decimal.Decimal {
	work := plan.EntryAttempts
	for _, p := range plan.Steps {
		if p.Step.Kind == StepFunction {
			work = work.Add(p.Invocations().Mul(p.Step.DurationMs).DivRound(w.Function.DurationMs, flowPlaces))
		}
	}
	return work
}

// LambdaLimits says why Lambda cannot run a function of memoryMB for durationMs: memory
// outside 128 to 10,240 MB, or beyond the 15-minute timeout. prefix names the keys, e.g.
// "function.".
func LambdaLimits(prefix string, memoryMB int64, durationMs decimal.Decimal) []string {
	var reasons []string
	if memoryMB < pricing.LambdaMinMemoryMB || memoryMB > pricing.LambdaMaxMemoryMB {
		reasons = append(reasons, fmt.Sprintf("%smemory_mb %s is outside Lambda's %s to %s", prefix, humanize.Count(memoryMB), humanize.Count(pricing.LambdaMinMemoryMB), humanize.Megabytes(pricing.LambdaMaxMemoryMB)))
	}
	if durationMs.GreaterThan(decimal.NewFromInt(pricing.LambdaMaxDurationMs)) {
		reasons = append(reasons, fmt.Sprintf("%sduration_ms %s is beyond Lambda's 15-minute (%s) timeout", prefix, humanize.Quantity(durationMs), humanize.Milliseconds(decimal.NewFromInt(pricing.LambdaMaxDurationMs))))
	}
	return reasons
}
