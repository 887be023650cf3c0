package model

import (
	"slices"
	"sync"

	"github.com/breakeven/breakeven/pricing"
)

// PortfolioOf prices workloads already priced alone (by Price) together as one account, as
// Price does for its own: for a set whose members are re-priced one at a time.
func PortfolioOf(results []WorkloadResult, cat *pricing.Catalog) Portfolio {
	return portfolio(sharesOf(results), cat)
}

// portfolio prices every workload, of which shares hold what the account bills, together as
// one AWS account is billed: Lambda's tiers and free tier, the services' tiers and their free
// allowances, once for the account (accountBill). What is billed per resource (tasks,
// instances, load balancers, proxies) is the sum of the workloads'.
func portfolio(shares []accountShare, cat *pricing.Catalog) Portfolio {
	var shown, priced PlatformSet
	for _, s := range shares {
		shown, priced = shown|s.shown, priced|s.priced
	}
	p := Portfolio{Platforms: make([]PortfolioTotal, len(Platforms)), Shown: platformsIn(shown), Priced: platformsIn(priced)}
	// the bills are independent of each other: a large portfolio's are worked out side by side
	var wg sync.WaitGroup
	run := func(f func()) {
		if len(shares) >= sideBySide {
			wg.Go(f)
		} else {
			f()
		}
	}
	for k, platform := range Platforms {
		run(func() { p.Platforms[k] = platformTotal(platform, shares, cat) })
	}
	k, one := mixIsOnePlatform(shares)
	if !one {
		run(func() {
			mix := make([]*estimateShare, 0, len(shares))
			for _, s := range shares {
				if e := s.estimate(s.cheapest); e != nil {
					mix = append(mix, e)
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

// platformTotal bills the workloads that can run on platform as one account.
func platformTotal(platform Platform, shares []accountShare, cat *pricing.Catalog) PortfolioTotal {
	t := PortfolioTotal{Platform: platform}
	parts := make([]*estimateShare, 0, len(shares))
	for _, s := range shares {
		e := s.estimate(platform)
		if e == nil {
			t.Excluded = append(t.Excluded, s.name)
			continue
		}
		t.Workloads++
		t.StandaloneSum = t.StandaloneSum.Add(e.monthlyCost)
		parts = append(parts, e)
	}
	t.MonthlyCost, t.LineItems, t.Unpriced = accountBill(parts, cat)
	return t
}

// mixIsOnePlatform says the cheapest mix of the workloads is platform k's estimates, every
// one of them and in the same order: each workload that can run on k is cheapest there, and
// one that cannot runs nowhere.
func mixIsOnePlatform(shares []accountShare) (int, bool) {
	for k, platform := range Platforms {
		same := true
		for _, s := range shares {
			want := Platform("")
			if s.estimate(platform) != nil {
				want = platform
			}
			if s.cheapest != want {
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
