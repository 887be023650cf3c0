package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// The platforms shown (model/shown.go): each format has a column for the platforms a
// workload is shown on, and says in one line which others were priced and cannot run it.

// shownResult is a workload's result with the platforms it is shown on, priced on and not
// shown on worked out at most once each, for the many parts of its rendering that read them:
// the model's methods of those names build their lists afresh at each call (a copy of every
// estimate). The lists are shared: no reader may change them.
type shownResult struct {
	model.WorkloadResult
	shown, priced, cannot []model.Estimate
	shownPlatforms        []model.Platform
	// have says which lists are worked out.
	have struct{ shown, priced, cannot, shownPlatforms bool }
}

// newShownResult is r, its lists worked out as they are read.
func newShownResult(r model.WorkloadResult) *shownResult {
	return &shownResult{WorkloadResult: r}
}

// ShownEstimates is model.WorkloadResult.ShownEstimates, worked out once.
func (r *shownResult) ShownEstimates() []model.Estimate {
	if !r.have.shown {
		r.shown, r.have.shown = r.WorkloadResult.ShownEstimates(), true
	}
	return r.shown
}

// Shown is model.WorkloadResult.Shown, worked out once.
func (r *shownResult) Shown() []model.Platform {
	if !r.have.shownPlatforms {
		for _, e := range r.ShownEstimates() {
			r.shownPlatforms = append(slices.Grow(r.shownPlatforms, len(r.shown)), e.Platform)
		}
		r.have.shownPlatforms = true
	}
	return r.shownPlatforms
}

// PricedEstimates is model.WorkloadResult.PricedEstimates, worked out once.
func (r *shownResult) PricedEstimates() []model.Estimate {
	if !r.have.priced {
		r.priced, r.have.priced = r.WorkloadResult.PricedEstimates(), true
	}
	return r.priced
}

// CannotRun is model.WorkloadResult.CannotRun, worked out once.
func (r *shownResult) CannotRun() []model.Estimate {
	if !r.have.cannot {
		r.cannot, r.have.cannot = r.WorkloadResult.CannotRun(), true
	}
	return r.cannot
}

// cannotRunText is the line naming the platforms r was priced on but is not shown on, for
// they cannot run it, each with its reasons: "Cannot run it: Lambda (function.duration_ms
// ...)." ("" when there are none).
func cannotRunText(r *shownResult) string {
	var parts []string
	for _, e := range r.CannotRun() {
		part := platformName(e.Platform)
		if len(e.Reasons) > 0 {
			part += " (" + strings.Join(e.Reasons, "; ") + ")"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Cannot run it: " + strings.Join(parts, ", ") + "."
}

// shownJSON writes "shown", the ids of the platforms r is shown on, and "cannot_run", those
// priced but not shown for they cannot run it (their estimates, with the reasons, are among
// "estimates").
func shownJSON(j *jsonWriter, r *shownResult) {
	j.strings("shown", platformIDs(r.Shown()))
	var cannot []model.Platform
	for _, e := range r.CannotRun() {
		cannot = append(cannot, e.Platform)
	}
	j.strings("cannot_run", platformIDs(cannot))
}

// platformIDs are the ids of ps.
func platformIDs(ps []model.Platform) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = string(p)
	}
	return ids
}

// pricedPlatforms are the platforms r was priced on (model.WorkloadResult.PricedEstimates):
// those shown and those that cannot run it.
func pricedPlatforms(r *shownResult) []model.Platform {
	var out []model.Platform
	for _, e := range r.PricedEstimates() {
		out = append(out, e.Platform)
	}
	return out
}

// pricedBreakEvens are the break-evens of the pairs of platforms both priced: a platform
// that cannot run the workload as given may cross another as the input moves (a job too
// long for Lambda, by duration).
func pricedBreakEvens(priced []model.Platform, list []analysis.BreakEven) []analysis.BreakEven {
	var out []analysis.BreakEven
	for _, b := range list {
		if slices.Contains(priced, b.A) && slices.Contains(priced, b.B) {
			out = append(out, b)
		}
	}
	return out
}

// allPairsShown is how many pairs of platforms an input's break-evens may have for the table
// and markdown to list them all (three platforms' pairs); past it they list those an architect
// reads first (firstBreakEvens).
const allPairsShown = 3

// firstBreakEvens are the break-evens the table and markdown list, of the pairs of priced
// platforms: all of them while each input has at most allPairsShown pairs; past that, for
// each input, the pairs of the cheapest platform with each other and every pair that trades
// places within the range scanned. more counts the pairs left out, by input in the order of
// list (all in json and csv).
func firstBreakEvens(c analysis.Comparison) (listed []analysis.BreakEven, more map[analysis.Variable]int) {
	all := pricedBreakEvens(pricedPlatforms(newShownResult(c.Base)), c.BreakEvens)
	pairs := map[analysis.Variable]int{}
	for _, b := range all {
		pairs[b.Variable]++
	}
	more = map[analysis.Variable]int{}
	for _, b := range all {
		if pairs[b.Variable] <= allPairsShown || b.A == c.Base.Cheapest || b.B == c.Base.Cheapest || len(b.Crossings) > 0 {
			listed = append(listed, b)
			continue
		}
		more[b.Variable]++
	}
	return listed, more
}

// moreBreakEvensText says how many pairs of an input the table and markdown leave out: each
// stays on the same side of the other over the whole range.
func moreBreakEvensText(n int) string {
	pairs := "pairs"
	if n == 1 {
		pairs = "pair"
	}
	return fmt.Sprintf("%d more %s, neither the cheapest platform nor crossing in range: every pair in json and csv", n, pairs)
}

// PricedBreakEvens are c's break-evens of the pairs of platforms its workload was priced on
// (a pair with a platform not chosen has nothing to say), for the HTML report.
func PricedBreakEvens(c analysis.Comparison) []analysis.BreakEven {
	return pricedBreakEvens(pricedPlatforms(newShownResult(c.Base)), c.BreakEvens)
}
