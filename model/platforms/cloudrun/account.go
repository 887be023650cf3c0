package cloudrun

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// part is one use an estimate bills on Cloud Run: the service's (schedule and step ""), a
// scheduled job's or a flow step's, whose line items carry the schedule's or the step's name.
type part struct {
	use            pricing.CloudRunUse
	schedule, step string
}

// account is a Cloud Run estimate's account part: its uses, whose free tier the billing
// account grants once across workloads ("The free tier usage is aggregated across projects by
// billing account", cloud.google.com/run/pricing), and what they cost billed alone.
type account struct {
	parts []part
	bill  decimal.Decimal
}

// Cost is what the uses' bill adds to the estimate.
func (a *account) Cost() decimal.Decimal { return a.bill }

// Platform bills the free tier once per billing account.
var _ model.AccountBiller = Platform{}

// BillAccount bills every estimate's Cloud Run uses as one billing account: the free tier
// once, across workloads and regions.
func (Platform) BillAccount(parts []model.AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	var all []part
	for _, p := range parts {
		all = append(all, p.(*account).parts...)
	}
	pc, err := cat.Provider(provider)
	if err != nil {
		return decimal.Zero, nil, err
	}
	bill, err := billParts(pc, all)
	if err != nil {
		return decimal.Zero, nil, err
	}
	return bill.Total(), bill.Items, nil
}

// provider is Cloud Run's catalog in package pricing.
const provider = "cloudrun"

// billParts bills parts as one billing account (pricing.CloudRunBill): each part's lines, a
// scheduled job's named after its schedule (model.ScheduledItems), a flow step's after the
// step (cloudrun.flow.STEP.*), then the free tier's credits.
func billParts(pc *pricing.ProviderCatalog, parts []part) (pricing.Bill, error) {
	uses := make([]pricing.CloudRunUse, len(parts))
	for i, p := range parts {
		uses[i] = p.use
	}
	bill, counts, err := pc.CloudRunBillByUse(uses)
	if err != nil {
		return pricing.Bill{}, err
	}
	// each use's lines in order, then the credits
	at := 0
	for k, p := range parts {
		n := counts[k]
		if p.schedule != "" {
			copy(bill.Items[at:at+n], model.ScheduledItems(bill.Items[at:at+n], provider+".", p.schedule))
		}
		if p.step != "" {
			for i := at; i < at+n; i++ {
				it := &bill.Items[i]
				it.ID = provider + ".flow." + p.step + "." + it.ID[len(provider)+1:]
				it.Name = "Flow step " + p.step + ": " + it.Name
			}
		}
		at += n
	}
	return bill, nil
}
