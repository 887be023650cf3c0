package model

import (
	"slices"
	"sync"

	"github.com/breakeven/breakeven/pricing"
)

// PortfolioOf prices workloads already priced alone (by Price) together as one account, as
// Price does for its own: for a set whose members are re-priced one at a time.
func PortfolioOf(results []WorkloadResult, cat *pricing.Catalog) Portfolio {
	return portfolio(results, cat)
}

// portfolio prices every workload together as one AWS account is billed: Lambda's tiers and
// free tier, the services' tiers and their free allowances, once for the account
// (accountBill). What is billed per resource (tasks, instances, load balancers, proxies) is the
// sum of the workloads'.
func portfolio(results []WorkloadResult, cat *pricing.Catalog) Portfolio {
	p := Portfolio{Platforms: make([]PortfolioTotal, len(Platforms)), Shown: ShownOnAny(results), Priced: pricedOnAny(results)}
	// the bills are independent of each other: a large portfolio's are worked out side by side
	var wg sync.WaitGroup
	run := func(f func()) {
		if len(results) >= sideBySide {
			wg.Go(f)
		} else {
			f()
		}
	}
	for k, platform := range Platforms {
		run(func() { p.Platforms[k] = platformTotal(platform, results, cat) })
	}
	k, one := mixIsOnePlatform(results)
	if !one {
		run(func() {
			var mix []Estimate
			for _, r := range results {
				if r.Cheapest != "" {
					mix = append(mix, r.Estimate(r.Cheapest))
				}
			}
			p.CheapestMix, _, p.CheapestMixUnpriced = accountBill(mix, cat)
		})
	}
	wg.Wait()
	if one { // the mix is that platform's estimates: the same bill
		p.CheapestMix, p.CheapestMixUnpriced = p.Platforms[k].MonthlyCost, p.Platforms[k].Unpriced
	}
	return p
}

// sideBySide is the portfolio size from which its bills are worked out on goroutines of their
// own: below it, starting them costs more than they save.
const sideBySide = 16

// platformTotal bills the results that can run on platform as one account.
func platformTotal(platform Platform, results []WorkloadResult, cat *pricing.Catalog) PortfolioTotal {
	t := PortfolioTotal{Platform: platform}
	var parts []Estimate
	for _, r := range results {
		e := r.Estimate(platform)
		if !e.Feasible {
			t.Excluded = append(t.Excluded, r.Workload.Name)
			continue
		}
		t.Workloads++
		t.StandaloneSum = t.StandaloneSum.Add(e.MonthlyCost)
		parts = append(parts, e)
	}
	t.MonthlyCost, t.LineItems, t.Unpriced = accountBill(parts, cat)
	return t
}

// mixIsOnePlatform says the cheapest mix of results is platform k's estimates, every one of
// them and in the same order: each workload that can run on k is cheapest there, and one
// that cannot runs nowhere.
func mixIsOnePlatform(results []WorkloadResult) (int, bool) {
	for k, platform := range Platforms {
		same := true
		for _, r := range results {
			want := Platform("")
			if r.Estimate(platform).Feasible {
				want = platform
			}
			if r.Cheapest != want {
				same = false
				break
			}
		}
		if same {
			return k, true
		}
	}
	return 0, false
}

// appendNew appends to list what of more it does not hold yet.
func appendNew(list []pricing.Unpriced, more ...pricing.Unpriced) []pricing.Unpriced {
	for _, u := range more {
		if !slices.Contains(list, u) {
			list = append(list, u)
		}
	}
	return list
}
