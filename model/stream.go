package model

import "github.com/breakeven/breakeven/pricing"

// Stream prices a set of workloads one at a time, for a caller that writes each as soon as it
// is priced and keeps none: a set of any size then needs memory for the workloads in flight
// and, of each one added, only what the portfolio bills (its estimates' costs and the Lambda
// and services usage the account's bill aggregates), not its hourly series and line items.
// Price (safe on any goroutine) prices one workload as the package's Price does; Add takes the
// results in the set's order; Portfolio bills every one added as one account, as Price does.
type Stream struct {
	cat    *pricing.Catalog
	head   Result
	shares []WorkloadResult
}

// NewStream starts a set priced against cat as opt says.
func NewStream(cat *pricing.Catalog, opt Options) *Stream {
	month := opt.Month
	if month.Hours == 0 {
		month = StandardMonth()
	}
	return &Stream{cat: cat, head: Result{Catalog: cat.Name, AsOf: cat.AsOf, Overlays: cat.Overlays, Month: month,
		MonthHours: month.Hours, MonthsAhead: opt.MonthsAhead}}
}

// Head is the set's Result without its workloads and portfolio: the catalog, the month and the
// projection its figures use.
func (s *Stream) Head() Result { return s.head }

// Price prices one workload alone on every platform, its traffic projected the stream's
// months ahead, as Price prices each of its set. It changes nothing of s.
func (s *Stream) Price(w Workload) WorkloadResult {
	w.Traffic = w.Traffic.Grown(s.head.MonthsAhead)
	return priceWorkload(w, s.cat, s.head.Month)
}

// Add counts r, the next workload of the set in order, into the portfolio, keeping only its
// account share.
func (s *Stream) Add(r WorkloadResult) { s.shares = append(s.shares, accountShare(r)) }

// Portfolio bills every workload added as one account, as Price bills its set.
func (s *Stream) Portfolio() Portfolio { return portfolio(s.shares, s.cat) }

// accountShare is what portfolio reads of r: its name, its cheapest platform, its Lambda
// usage, and of each estimate whether it runs, what it costs, what it lacks rates for, and
// the Lambda and services costs and usage the account bills once for all.
func accountShare(r WorkloadResult) WorkloadResult {
	share := WorkloadResult{Workload: Workload{Name: r.Workload.Name}, Cheapest: r.Cheapest, lambdaUsage: r.lambdaUsage}
	for _, e := range r.Estimates {
		share.Estimates = append(share.Estimates, Estimate{Platform: e.Platform, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost,
			Unpriced: e.Unpriced, services: e.services, servicesCost: e.servicesCost, lambdaCost: e.lambdaCost})
	}
	return share
}
