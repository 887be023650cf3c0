package cloudrun

import "github.com/breakeven/breakeven/model"

// Detail is what Cloud Run reports beyond its bill: the cold-start estimate.
type Detail struct {
	// ColdStarts is the instances started on demand above min_instances, a labelled model
	// estimate; Cloud Run's startup time is not billed here.
	ColdStarts *model.ColdStarts
}

var (
	_ model.PlatformDetail    = (*Detail)(nil)
	_ model.ColdStartReporter = (*Detail)(nil)
)

// DetailOf is Cloud Run.
func (*Detail) DetailOf() model.Platform { return ID }

// Unserved is none: traffic needing more than max_instances makes the estimate infeasible
// instead.
func (*Detail) Unserved() int64 { return 0 }

// ColdStartEstimate is the cold-start estimate.
func (d *Detail) ColdStartEstimate() *model.ColdStarts {
	if d == nil {
		return nil
	}
	return d.ColdStarts
}
