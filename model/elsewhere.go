package model

import (
	"fmt"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// SurroundElsewhere is what a platform of another provider than AWS (Google Cloud Run, Azure
// Functions, Cloudflare Workers: named by provider) adds to its estimate e of the service for
// what the file describes around the function. The front door is the provider's own HTTPS
// endpoint, which it bills in the service's requests, so it adds nothing; everything else the
// file describes (the flow's queues, topics and state machines, logs, NAT, X-Ray, data
// transfer out, the database's RDS Proxy, the schedules' EventBridge Scheduler unless the
// platform's own triggers start them, SchedulerOwner) is AWS's and is listed in e.Unpriced,
// each once, named as AWS bills it: the estimate says it is incomplete rather than guess
// another provider's price for it. The schedules' own runs are the platform's to bill
// (PlatformPricer.Schedule).
func (d *Demand) SurroundElsewhere(e Estimate, provider string) Estimate {
	if !e.Feasible {
		return e
	}
	a := d.function
	svc := a.services(functionSeat, decimal.Zero)
	svc.HTTPAPIRequests, svc.RESTAPIRequests, svc.RESTCaches = decimal.Zero, decimal.Zero, nil
	svc.ALBHours, svc.ALBLCUHours = decimal.Zero, decimal.Zero
	if q, ok := pricerOf(e.Platform); !ok || !ownsScheduler(q) {
		svc.SchedulerInvocations = schedulerInvocations(d.Schedules)
	}
	bill, err := d.Catalog.ServicesBill([]pricing.Services{svc})
	if err == nil {
		for _, it := range bill.Items {
			if it.Quantity.IsPositive() {
				e.Unpriced = appendElsewhere(e.Unpriced, it.ID, d.Workload.Region, it.Name, provider)
			}
		}
		for _, u := range bill.Unpriced {
			e.Unpriced = appendElsewhere(e.Unpriced, u.Key, u.Region, u.What, provider)
		}
	}
	if d.Workload.Database != nil && d.Workload.Database.RDSProxy {
		e.Unpriced = appendElsewhere(e.Unpriced, "rds_proxy.vcpu", d.Workload.Region, "RDS Proxy vCPU-hours", provider)
	}
	if fd := d.Workload.FrontDoor.Lambda; fd != "" && fd != NoFrontDoor {
		e.Warnings = append(e.Warnings, fmt.Sprintf("front door: %s serves the requests on its own HTTPS endpoint, billed in its requests; the file's %s is AWS's and is not priced here", provider, fd))
	}
	if a.users.IsPositive() {
		e.CostPerThousandRequests = e.MonthlyCost.Shift(3).DivRound(a.users, CostPlaces)
	}
	return e
}

// appendElsewhere adds to list an AWS service's quantity that a platform of provider cannot
// price, once.
func appendElsewhere(list []pricing.Unpriced, key, region, what, provider string) []pricing.Unpriced {
	u := pricing.Unpriced{Key: key, Region: region, What: what + " (AWS; no " + provider + " equivalent priced)"}
	for _, v := range list {
		if v == u {
			return list
		}
	}
	return append(list, u)
}
