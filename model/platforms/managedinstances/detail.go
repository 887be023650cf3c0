package managedinstances

import "github.com/breakeven/breakeven/model"

// Detail is what the platform reports beyond its bill: the concurrency the instances serve,
// and the cold starts there are none of.
type Detail struct {
	// PeakConcurrency is the most requests in flight in any hour's peak window;
	// PeakEnvironments the execution environments serving it (at least one per minimum
	// instance).
	PeakConcurrency, PeakEnvironments int64
	// ColdStarts says there are none (see noColdStarts).
	ColdStarts *model.ColdStarts
}

var (
	_ model.PlatformDetail    = (*Detail)(nil)
	_ model.ColdStartReporter = (*Detail)(nil)
)

// DetailOf is the platform.
func (*Detail) DetailOf() model.Platform { return ID }

// Unserved is none: the bill serves every request (traffic that outgrows the instances is a
// warning, see warnings).
func (*Detail) Unserved() int64 { return 0 }

// ColdStartEstimate is the cold-start estimate: none.
func (d *Detail) ColdStartEstimate() *model.ColdStarts {
	if d == nil {
		return nil
	}
	return d.ColdStarts
}

// noColdStarts is the month's cold starts on Lambda Managed Instances: none. "Lambda Managed
// Instances does not scale when invocations arrive and does not support cold starts. Instead,
// it scales asynchronously using resource consumption signals" (Lambda Developer Guide,
// "Scaling Lambda Managed Instances",
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html): the
// environments are started before a version is active and before traffic reaches them.
func noColdStarts(requests int64) *model.ColdStarts {
	return &model.ColdStarts{Requests: requests, InitSource: "none: environments are started before they serve",
		Assumptions: []string{
			"Lambda Managed Instances has no cold starts: it starts environments on its instances before they serve (three before a version is active) and scales asynchronously on CPU use, not when a request finds no free environment (Lambda Developer Guide, \"Scaling Lambda Managed Instances\")",
			"traffic that more than doubles within 5 minutes may be throttled while instances are added (same page)",
		}}
}
