package pricing

import (
	"math"

	"github.com/shopspring/decimal"
)

// LineItem is one line of a bill: Quantity units at UnitPrice each. Quantity, UnitPrice and
// Cost are exact; rounding to cents happens only when a person reads them. A negative
// Quantity is a credit, such as the free tier.
type LineItem struct {
	ID        string // stable, e.g. "lambda.duration.tier1"
	Name      string // for people, e.g. "Duration, x86_64, first 6 billion GB-seconds"
	Quantity  decimal.Decimal
	Unit      string
	UnitPrice decimal.Decimal
	Cost      decimal.Decimal
	// RateKey, Source (the address of the page) and AsOf say where UnitPrice comes from.
	RateKey string
	Source  string
	AsOf    string
	Region  string
	// Estimate, when not empty, says the Quantity is a model estimate rather than a figure
	// the workload states or AWS's rules derive from it, and what the estimate rests on
	// (e.g. "estimate: 1,234 cold starts x 141 ms"). Every format shows it on the line.
	Estimate string
	// Kind is what the line of a service's bill charges for, for the code that splits or
	// reads a bill by it ("" for a line nothing reads so); a schedule's lines have none
	// (see model.ScheduledItems). No format shows it.
	Kind LineKind
}

// LineKind is what a line item charges for: a typed home for what code would otherwise read
// off the line's id by its prefix.
type LineKind string

// The kinds of line the model reads.
const (
	// KindLambdaRequests: a Lambda bill's request lines (the requests and the free tier's
	// requests), shared among the functions behind it by their requests.
	KindLambdaRequests LineKind = "lambda.requests"
	// KindLambdaDuration: its on-demand duration lines (each tier and the free tier's
	// duration), shared by GB-seconds.
	KindLambdaDuration LineKind = "lambda.duration"
	// KindLambdaOther: its other lines (the INIT of cold starts, the throttled requests taken
	// off, provisioned concurrency, ephemeral storage), the entry function's alone.
	KindLambdaOther LineKind = "lambda.other"
	// KindEC2Instances: the instance-hours of an EC2 fleet, at its purchase option's rate.
	KindEC2Instances LineKind = "ec2.instances"
)

// charge prices quantity at rate's single price.
func charge(id, name string, rate Rate, quantity decimal.Decimal) LineItem {
	return lineAt(id, name, rate, quantity, rate.UnitPrice())
}

// lineAt builds a line item for quantity at unitPrice, citing rate.
func lineAt(id, name string, rate Rate, quantity, unitPrice decimal.Decimal) LineItem {
	return LineItem{
		ID:        id,
		Name:      name,
		Quantity:  quantity,
		Unit:      rate.Unit,
		UnitPrice: unitPrice,
		Cost:      quantity.Mul(unitPrice),
		RateKey:   rate.Key,
		Source:    rate.SourceURL,
		AsOf:      rate.AsOf,
		Region:    rate.Region,
	}
}

// Total sums the cost of items: the same decimal, exponent included, as adding them to zero
// one by one, worked out in 64 bits when every cost and the sum fit (each Add would allocate
// a big integer).
func Total(items []LineItem) decimal.Decimal {
	if sum, ok := totalInt64(items); ok {
		return sum
	}
	sum := decimal.Zero
	for _, it := range items {
		sum = sum.Add(it.Cost)
	}
	return sum
}

// maxCostDigits is the most digits a cost's coefficient may have to be summed in 64 bits.
const maxCostDigits = 18

// totalInt64 is Total in 64 bits at the smallest exponent of the costs (and of zero), or false
// when a cost, scaled to it, or the sum does not fit.
func totalInt64(items []LineItem) (decimal.Decimal, bool) {
	exp := int32(0)
	for _, it := range items {
		if it.Cost.NumDigits() > maxCostDigits {
			return decimal.Decimal{}, false
		}
		exp = min(exp, it.Cost.Exponent())
	}
	if exp < -maxCostDigits {
		return decimal.Decimal{}, false
	}
	var sum int64
	for _, it := range items {
		c := it.Cost.CoefficientInt64()
		for range it.Cost.Exponent() - exp { // at most 18 places: c x 10 until it is at exp
			if c > math.MaxInt64/10 || c < math.MinInt64/10 {
				return decimal.Decimal{}, false
			}
			c *= 10
		}
		next := sum + c
		if (c > 0 && next < sum) || (c < 0 && next > sum) {
			return decimal.Decimal{}, false
		}
		sum = next
	}
	return decimal.New(sum, exp), true
}
