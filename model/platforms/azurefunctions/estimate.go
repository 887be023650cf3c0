package azurefunctions

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// schedulerKey is the AWS EventBridge Scheduler's line, which SurroundElsewhere lists as not
// priced: a timer trigger is the function app's own, billed as its executions, with no
// scheduler fee ("Timer trigger for Azure Functions",
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer), so it is dropped.
const schedulerKey = "eventbridge.scheduler.invocations"

// estimate bills the month's executions of the function (the entry's requests, with their
// retries) on the plan, with the timer triggers' in one subscription bill, and lists what
// surrounds the function as not priced.
func estimate(d *model.Demand) model.Estimate {
	w := d.Workload
	c := ConfigOf(w)
	e := model.Estimate{Platform: ID, Summary: summary(w, c)}
	reasons, warnings := limits(c, "function.", w.Function.DurationMs, memoryOf(w, c), true)
	e.Warnings = warnings
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	cat, err := catalogOf(d.Catalog)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	requests := d.Entry().Requests
	classes := demand.ClassesOf(d.Entry().Classes, requests)
	var a Account
	var ft flexTime
	switch c.Plan {
	case Consumption:
		a.Consumption = []pricing.ConsumptionUse{{Region: c.Region, Executions: sum(requests), DurationMs: w.Function.DurationMs, MemoryMB: decimal.NewFromInt(memoryOf(w, c)), Free: c.FreeGrants}}
	case FlexConsumption:
		if ft, err = flexHours(requests, classes, w.Function.DurationMs, c.FlexConcurrency(), c.AlwaysReady); err != nil {
			return model.Infeasible(e, err.Error())
		}
		if most := ft.most; most > flexMaxInstances {
			return model.Infeasible(e, fmt.Sprintf("the busiest hour needs %s instances, beyond Flex Consumption's %s (raise azure_functions.concurrency)", humanize.Count(most), humanize.Count(flexMaxInstances)))
		}
		a.Flex = []pricing.FlexUse{flexUse(c, ft, int64(d.Month.Hours))}
	}
	for _, s := range d.Schedules {
		if p, ok := s.Estimate(ID).Account.(*Account); ok {
			a.add(p)
		}
	}
	e = billed(e, cat, &a)
	if !e.Feasible {
		return e
	}
	if d.Detail { // a statistical extra that changes no amount
		e.Detail = &Detail{ColdStarts: coldStarts(c, classes, ft.perClass)}
	}
	e = d.SurroundElsewhere(e, Name)
	e.Unpriced = append(dropKey(e.Unpriced, schedulerKey), flowSteps(w, c.Region)...)
	return e
}

// flowSteps lists the flow's function steps as not priced: each would be a function of its
// own on the plan, which this estimate does not bill yet (Lambda's estimate bills them).
func flowSteps(w model.Workload, region string) []pricing.Unpriced {
	var out []pricing.Unpriced
	for _, s := range w.Flow {
		if s.Kind == model.StepFunction {
			out = append(out, pricing.Unpriced{Key: "flow." + s.Name, Region: region, What: "flow step " + s.Name + "'s executions (a function of its own on Azure Functions, not priced)"})
		}
	}
	return out
}

// billed is e priced by a's subscription bill, with a as its account part, the schedules
// billed in it.
func billed(e model.Estimate, cat *pricing.ProviderCatalog, a *Account) model.Estimate {
	bill, err := subscriptionBill(cat, a)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	a.Bill = bill.Total()
	e.Account = a
	e.Unpriced = append(e.Unpriced, bill.Unpriced...)
	return model.SchedulesBilled(model.Priced(e, bill.Items))
}

// flexUse is the Flex Consumption use of ft: on demand instance time and executions, and the
// always ready instances' whole month (their baseline), busy time and executions.
func flexUse(c Config, ft flexTime, hours int64) pricing.FlexUse {
	return pricing.FlexUse{
		Region:                 c.Region,
		InstanceMemoryMB:       c.InstanceMemoryMB,
		OnDemandSeconds:        ft.onDemandSeconds,
		OnDemandExecutions:     ft.onDemandExecutions,
		AlwaysReadySeconds:     decimal.NewFromInt(c.AlwaysReady * hours * secondsPerHour),
		AlwaysReadyBusySeconds: ft.readySeconds,
		AlwaysReadyExecutions:  ft.readyExec,
		Free:                   c.FreeGrants,
		Estimate:               flexEstimate(c.FlexConcurrency()),
	}
}

// memoryOf is the memory one execution of the function needs on the plan: on Consumption the
// observed memory (azure_functions.memory_mb, else function.memory_mb), on Flex the
// function's.
func memoryOf(w model.Workload, c Config) int64 {
	if c.Plan == Consumption {
		return c.ConsumptionMemory(w)
	}
	return w.Function.MemoryMB
}

// summary describes the configuration priced.
func summary(w model.Workload, c Config) string {
	if c.Plan == Consumption {
		mb := c.ConsumptionMemory(w)
		billed := "over the 1,536 MB most"
		if m, err := pricing.ConsumptionMemoryMB(decimal.NewFromInt(mb)); err == nil {
			billed = humanize.Megabytes(m.IntPart())
		}
		return fmt.Sprintf("Consumption in %s, %s billed, %s per execution", c.Region, billed, humanize.Milliseconds(pricing.ConsumptionBilledMs(w.Function.DurationMs)))
	}
	s := fmt.Sprintf("Flex Consumption in %s, %s instances, %s at once", c.Region, humanize.Megabytes(c.InstanceMemoryMB), humanize.Plural(c.FlexConcurrency(), "execution", "executions"))
	if c.AlwaysReady > 0 {
		s += fmt.Sprintf(", %s always ready", humanize.Plural(c.AlwaysReady, "instance", "instances"))
	}
	return s
}

// sum is the total of xs.
func sum(xs []int64) int64 {
	var n int64
	for _, x := range xs {
		n += x
	}
	return n
}

// dropKey is list without the entries of key.
func dropKey(list []pricing.Unpriced, key string) []pricing.Unpriced {
	out := list[:0:0]
	for _, u := range list {
		if u.Key != key {
			out = append(out, u)
		}
	}
	return out
}
