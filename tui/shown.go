package tui

import (
	"slices"

	"github.com/breakeven/breakeven/model"
)

// Which platforms the explorer shows a workload on (issue 16): those its workload chose
// (model.Workload.Platforms: the file's platforms key, the --platforms flag, or the
// explorer's own choice, the c key: chooser.go); when it chose none, every platform that can
// run it (every one when none can). The others that cannot run it are listed once, with
// their reasons (cannotRun). This is model's rule for every command's output, kept here for
// the views.

// shownOn are r's platforms to show, in the order of model.Platforms.
func shownOn(r model.WorkloadResult) []model.Platform {
	var chosen, feasible []model.Platform
	for _, e := range r.Estimates {
		if slices.Contains(r.Workload.Platforms, e.Platform) {
			chosen = append(chosen, e.Platform)
		}
		if e.Feasible {
			feasible = append(feasible, e.Platform)
		}
	}
	switch {
	case len(r.Workload.Platforms) > 0:
		return chosen
	case len(feasible) > 0:
		return feasible
	}
	return estimatesPlatforms(r.Estimates)
}

// shownEstimates are the estimates of r's platforms to show (shownOn), in order.
func shownEstimates(r model.WorkloadResult) []model.Estimate {
	var out []model.Estimate
	shown := shownOn(r)
	for _, e := range r.Estimates {
		if slices.Contains(shown, e.Platform) {
			out = append(out, e)
		}
	}
	return out
}

// cannotRun are the estimates of the platforms not shown because they cannot run the
// workload (it chose none), with their reasons, in order.
func cannotRun(r model.WorkloadResult) []model.Estimate {
	if len(r.Workload.Platforms) > 0 {
		return nil
	}
	var out []model.Estimate
	shown := shownOn(r)
	for _, e := range r.Estimates {
		if !e.Feasible && !slices.Contains(shown, e.Platform) {
			out = append(out, e)
		}
	}
	return out
}

// shownOnAny are the platforms any of the valid docs is shown on, in the order of
// model.Platforms: the list's and the portfolio's columns.
func shownOnAny(docs []*doc) []model.Platform {
	seen := map[model.Platform]bool{}
	for _, d := range docs {
		if d.valid() {
			for _, p := range shownOn(d.result) {
				seen[p] = true
			}
		}
	}
	var out []model.Platform
	for _, p := range model.Platforms {
		if seen[p] {
			out = append(out, p)
		}
	}
	return out
}

func estimatesPlatforms(es []model.Estimate) []model.Platform {
	out := make([]model.Platform, len(es))
	for i, e := range es {
		out[i] = e.Platform
	}
	return out
}
