package azurefunctions

import (
	"fmt"
	"math"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// Detail is what Azure Functions reports beyond its bill: the cold-start estimate.
type Detail struct {
	// ColdStarts is the month's estimated cold starts (nil: none worked out). Azure bills no
	// start-up time apart from the executions: no line of the bill carries it.
	ColdStarts *model.ColdStarts
}

var (
	_ model.PlatformDetail    = (*Detail)(nil)
	_ model.ColdStartReporter = (*Detail)(nil)
)

// DetailOf is Azure Functions.
func (*Detail) DetailOf() model.Platform { return ID }

// Unserved is none: the estimate serves every request it bills (a load beyond the plan's
// scale-out makes it infeasible instead).
func (*Detail) Unserved() int64 { return 0 }

// ColdStartEstimate is the cold-start estimate.
func (d *Detail) ColdStartEstimate() *model.ColdStarts {
	if d == nil {
		return nil
	}
	return d.ColdStarts
}

// idleMinutes is how long an instance is assumed to stay alive without an execution before
// the platform scales it in. Microsoft says only that "after your function app has been idle
// for a number of minutes, the platform might scale the number of instances on which your app
// runs down to zero" (Event-driven scaling in Azure Functions,
// https://learn.microsoft.com/azure/azure-functions/event-driven-scaling): 20 minutes is an
// assumption, stated in the estimate.
const idleMinutes = 20

// coldStarts estimates the month's cold starts of the requests hour by hour (grouped in
// classes): an app scaled to zero starts an instance when a request arrives after idleMinutes
// without one (requests in an hour arrive at random: of n, about n x e^(-n x idleMinutes / 60)
// follow such a gap), unless Flex keeps always ready instances; and on Flex each instance the
// load needs beyond those of the hour before (beyond the always ready ones, and beyond the
// first, which the start from zero counts) starts cold (perClass: the instances each class of
// hours needs; nil on Consumption, whose instances scale by the platform's own rules). What
// depends on an hour's requests alone is worked out once for each class. A labelled model
// estimate: it bills nothing.
func coldStarts(c Config, classes *demand.HourClasses, perClass []int64) *model.ColdStarts {
	cs := &model.ColdStarts{InitSource: "not estimated: Microsoft publishes no start-up time; measure yours"}
	idle := make([]int64, len(classes.Counts)) // each class's starts from zero, worked out once
	if c.Plan == Consumption || c.AlwaysReady == 0 {
		for k, n := range classes.Counts {
			if n > 0 && classes.Hours[k] > 0 {
				x := float64(n)
				idle[k] = int64(math.Round(x * math.Exp(-x*idleMinutes/60)))
				cs.IdleRecycles += idle[k] * classes.Hours[k]
			}
		}
	}
	cs.Requests = classes.Total()
	cs.PerHour = model.ClassSeries(classes.Of, idle) // the starts from zero alone: an hour's are its class's
	if perClass != nil {
		perHour := demand.HourScratch(len(classes.Of)) // working space: kept a byte an hour when it fits
		defer demand.ReleaseScratch(perHour)
		var prev int64
		for h, k := range classes.Of {
			need := perClass[k]
			up := max(need-max(prev, c.AlwaysReady, 1), 0) // the first is the start from zero's
			perHour[h] = idle[k] + up
			cs.ScaleUps += up
			prev = need
			cs.PeakEnvironments = max(cs.PeakEnvironments, need)
		}
		cs.PerHour = model.CountsSeries(perHour)
	}
	cs.Total = cs.IdleRecycles + cs.ScaleUps
	if cs.Requests > 0 {
		cs.Share = float64(cs.Total) / float64(cs.Requests)
	}
	cs.Assumptions = []string{
		fmt.Sprintf("an instance is scaled in after %d minutes without an execution (an assumption: Microsoft documents no figure), and requests arrive at random within each hour", idleMinutes),
	}
	switch {
	case c.Plan == Consumption:
		cs.Assumptions = append(cs.Assumptions, "Consumption scales instances by its own rules: only starts from zero are counted")
	case c.AlwaysReady > 0:
		cs.Assumptions = append(cs.Assumptions, fmt.Sprintf("the %d always ready instances never start cold; each on demand instance beyond them the hour's load needs does", c.AlwaysReady))
	default:
		cs.Assumptions = append(cs.Assumptions, fmt.Sprintf("each instance the hour's load needs (its executions x duration / %d at once) beyond the hour before's starts cold", c.FlexConcurrency()))
	}
	return cs
}
