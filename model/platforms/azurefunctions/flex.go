package azurefunctions

import (
	"fmt"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// secondsPerHour is an hour's seconds, and msPerHour its milliseconds.
const (
	secondsPerHour = 3600
	msPerHour      = secondsPerHour * 1000
)

// flexTime is what Flex Consumption instances bill for a month of executions: the billed busy
// seconds and executions of the on demand instances and of the always ready ones, and the
// instances the load keeps busy in each class of hours (perClass) and at most.
type flexTime struct {
	onDemandSeconds, readySeconds decimal.Decimal
	onDemandExecutions, readyExec int64
	perClass                      []int64
	most                          int64
}

// flexHour is one hour's share of a flexTime.
type flexHour struct {
	onDemand, ready         decimal.Decimal
	onDemandExec, readyExec int64
	instances               int64
}

// flexHours bills requests hour by hour (grouped by classes when they group them: else
// grouped here; each class billed once, times its hours), each of durationMs, on Flex Consumption instances
// running concurrency executions at once with ready of them always ready. Flex bills an
// instance "while [it] is actively executing functions", each busy period at least 1,000 ms,
// then in steps of 100 ms. A model estimate, hour by hour: executions arriving concurrency at a
// time, each group one busy period (pricing.SharedInstanceSeconds), which is what sparse
// traffic bills; but never more than the instances the hour's load needs (its executions x
// duration / concurrency, rounded up) busy all hour, which is what dense traffic bills. The
// always ready instances take the executions first: their busy time is at most their hours,
// and they run the executions in proportion (rounded down).
//
// Hand-worked: 3,600 requests of 120 ms in an hour at concurrency 16 are 225 groups of 1 s
// (225 s), under the one instance busy all hour (3,600 s): 225 s. 360,000 requests would be
// 22,500 groups (22,500 s), but 360,000 x 120 ms / 16 is 2,700 s of load, one instance: 3,600 s.
func flexHours(requests []int64, classes *demand.HourClasses, durationMs decimal.Decimal, concurrency, ready int64) (flexTime, error) {
	classes = demand.ClassesOf(classes, requests) // a month's counts take few values: each billed once
	t := flexTime{perClass: make([]int64, len(classes.Counts))}
	for k, n := range classes.Counts {
		hours := classes.Hours[k]
		if hours == 0 {
			continue
		}
		fh, err := flexHourOf(n, durationMs, concurrency, ready)
		if err != nil {
			return flexTime{}, err
		}
		t.perClass[k] = fh.instances
		t.most = max(t.most, fh.instances)
		times := decimal.NewFromInt(hours)
		t.onDemandSeconds = t.onDemandSeconds.Add(fh.onDemand.Mul(times))
		t.readySeconds = t.readySeconds.Add(fh.ready.Mul(times))
		t.onDemandExecutions += fh.onDemandExec * hours
		t.readyExec += fh.readyExec * hours
	}
	return t, nil
}

// flexHourOf bills one hour of n executions (see flexHours).
func flexHourOf(n int64, durationMs decimal.Decimal, concurrency, ready int64) (flexHour, error) {
	if n == 0 {
		return flexHour{}, nil
	}
	groups, err := pricing.SharedInstanceSeconds(n, durationMs, concurrency, pricing.FlexMinimumMs, pricing.FlexStepMs)
	if err != nil {
		return flexHour{}, err
	}
	instances := loadInstances(n, durationMs, concurrency)
	busy := decimal.Min(groups, decimal.NewFromInt(instances*secondsPerHour))
	readyBusy := decimal.Min(busy, decimal.NewFromInt(ready*secondsPerHour))
	readyExec := int64(0)
	if busy.IsPositive() {
		q, _ := decimal.NewFromInt(n).Mul(readyBusy).QuoRem(busy, 0) // whole executions, rounded down
		readyExec = q.IntPart()
	}
	return flexHour{onDemand: busy.Sub(readyBusy), ready: readyBusy, onDemandExec: n - readyExec, readyExec: readyExec, instances: instances}, nil
}

// loadInstances is the instances n executions of durationMs in an hour keep busy at
// concurrency: their load (n x duration / an hour, the mean executions in progress, Little's
// law) over concurrency, rounded up, at least one.
func loadInstances(n int64, durationMs decimal.Decimal, concurrency int64) int64 {
	load := decimal.NewFromInt(n).Mul(durationMs)
	q, r := load.QuoRem(decimal.NewFromInt(msPerHour*concurrency), 0)
	if r.IsPositive() {
		q = q.Add(decimal.NewFromInt(1))
	}
	return max(q.IntPart(), 1)
}

// flexEstimate is what the lines of Flex instance time rest on.
func flexEstimate(concurrency int64) string {
	return fmt.Sprintf("estimate: busy instance time of executions arriving %d at a time, each group one busy period of at least 1,000 ms, at most the instances the hour's load needs busy all hour", concurrency)
}
