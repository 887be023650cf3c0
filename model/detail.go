package model

// PlatformDetail is one platform's own part of an estimate: what it reports beyond the bill,
// which no other platform's estimate carries.
type PlatformDetail interface {
	// DetailOf is the platform the detail belongs to.
	DetailOf() Platform
}

// LambdaDetail is what Lambda reports beyond its bill.
type LambdaDetail struct {
	// ColdStarts is the cold-start estimate. Its billed INIT time is on line items of its own
	// (lambda.init.*), labelled estimates.
	ColdStarts *ColdStarts
	// Throttling checks the concurrency limit; the requests it throttles are taken off the
	// bill on lines of their own (lambda.throttled.*).
	Throttling *Throttling
	// Warmer is what a scheduled warmer would cost instead of provisioned concurrency (nil
	// when not worked out).
	Warmer *Warmer
}

// DetailOf is Lambda.
func (*LambdaDetail) DetailOf() Platform { return PlatformLambda }

// LambdaDetailOf is e's Lambda detail: empty when e is not Lambda's or has none.
func LambdaDetailOf(e Estimate) LambdaDetail {
	if d, ok := e.Detail.(*LambdaDetail); ok && d != nil {
		return *d
	}
	return LambdaDetail{}
}
