package workers

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform bills the $5 minimum and its included usage once per account.
var _ model.AccountBiller = Platform{}

// Account is a Workers estimate's account part: the uses its bill holds (the service's first,
// then each schedule's) and what that bill costs alone, with the $5 minimum. The portfolio
// bills every workload's parts together (Platform.BillAccount): the minimum and the included
// 10 million requests and 30 million CPU milliseconds are the account's, whatever number of
// Workers it runs (Cloudflare docs, Workers pricing: "a minimum charge of $5 USD per month for
// an account").
type Account struct {
	Uses []pricing.WorkersUse
	Bill decimal.Decimal
}

// Cost is what the uses' bill adds to the estimate.
func (a *Account) Cost() decimal.Decimal { return a.Bill }

// usesOf is the Workers uses e bills (nil: none), from its account part.
func usesOf(e model.Estimate) []pricing.WorkersUse {
	if a, ok := e.Account.(*Account); ok {
		return a.Uses
	}
	return nil
}

// scheduledUses is the use of each schedule Workers can run, in their order: what the account
// bills with the service's.
func scheduledUses(schedules []model.ScheduleResult) []pricing.WorkersUse {
	var uses []pricing.WorkersUse
	for _, s := range schedules {
		uses = append(uses, usesOf(s.Estimate(ID))...)
	}
	return uses
}
