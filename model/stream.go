package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Stream prices a set of workloads one at a time, for a caller that writes each as soon as it
// is priced and keeps none: a set of any size then needs memory for the workloads in flight
// and, of each one added, only what the portfolio bills (its estimates' costs and the Lambda
// and services usage the account's bill aggregates), not its hourly series and line items.
// Price (safe on any goroutine) prices one workload as the package's Price does; Add takes the
// results in the set's order; Portfolio bills every one added as one account, as Price does.
type Stream struct {
	cat    *pricing.Catalog
	head   Result
	shares []accountShare
}

// NewStream starts a set priced against cat as opt says.
func NewStream(cat *pricing.Catalog, opt Options) *Stream {
	month := opt.Month
	if month.Hours == 0 {
		month = StandardMonth()
	}
	return &Stream{cat: cat, head: Result{Provenance: ProvenanceOf(cat, month), MonthsAhead: opt.MonthsAhead}}
}

// Head is the set's Result without its workloads and portfolio: the catalog, the month and the
// projection its figures use.
func (s *Stream) Head() Result { return s.head }

// Price prices one workload alone on every platform, its traffic projected the stream's
// months ahead, as Price prices each of its set. It changes nothing of s.
func (s *Stream) Price(w Workload) WorkloadResult {
	w.Traffic = w.Traffic.Grown(s.head.MonthsAhead)
	return priceAlone(w, s.cat, s.head.Month)
}

// Add counts r, the next workload of the set in order, into the portfolio, keeping only its
// account share.
func (s *Stream) Add(r WorkloadResult) { s.shares = append(s.shares, shareOf(r)) }

// Portfolio bills every workload added as one account, as Price bills its set.
func (s *Stream) Portfolio() Portfolio { return portfolio(s.shares, s.cat) }

// accountShare is what portfolio reads of a workload's result: its name, its cheapest
// platform, the platforms it is shown and priced on, and of each estimate that can run it the
// part an account bills: under 1 KB itself, and some 5 KB with the services' usage and the
// account parts it points to (the examples' average), without the result's hourly series
// and line items.
type accountShare struct {
	name          string
	cheapest      Platform
	shown, priced PlatformSet
	feasible      []estimateShare
}

// estimateShare is what the account's bill reads of a feasible estimate: what it costs, what
// it lacks rates for, and its account part and services usage and cost, which the account
// bills once for all.
type estimateShare struct {
	platform                  Platform
	monthlyCost, servicesCost decimal.Decimal
	unpriced                  []pricing.Unpriced
	services                  *pricing.Services
	account                   AccountPart
}

// shareOf is r's account share.
func shareOf(r WorkloadResult) accountShare {
	s := accountShare{name: r.Workload.Name, cheapest: r.Cheapest, shown: r.shownSet(), priced: r.Workload.chosen()}
	n := 0
	for _, e := range r.Estimates {
		if e.Feasible {
			n++
		}
	}
	s.feasible = make([]estimateShare, 0, n)
	for _, e := range r.Estimates {
		if e.Feasible {
			s.feasible = append(s.feasible, estimateShare{platform: e.Platform, monthlyCost: e.MonthlyCost,
				servicesCost: e.servicesCost, unpriced: e.Unpriced, services: e.services, account: e.Account})
		}
	}
	return s
}

// sharesOf are the account shares of results, in order.
func sharesOf(results []WorkloadResult) []accountShare {
	shares := make([]accountShare, len(results))
	for i, r := range results {
		shares[i] = shareOf(r)
	}
	return shares
}

// estimate is the share of the workload's estimate on platform p, nil when it cannot run
// there (or p is "").
func (s *accountShare) estimate(p Platform) *estimateShare {
	for i := range s.feasible {
		if s.feasible[i].platform == p {
			return &s.feasible[i]
		}
	}
	return nil
}
