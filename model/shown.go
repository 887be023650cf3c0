package model

// Which platforms a workload is shown on (issue 16). A file's platforms key, or the
// --platforms flag, chooses them (Workload.Platforms): the engine prices those alone (every
// other platform's estimate is empty), so the cheapest, the portfolio's cheapest mix and
// every analysis are worked out among them, and a chosen platform that cannot run the
// workload is shown saying why. When nothing is chosen every registered platform is
// priced, and the columns are those that can run the workload; the others are listed
// once, with their reasons (CannotRun). When none can run it, every platform is shown with
// its reasons.

// chosen is the set of registered platforms w is priced on: those it chose, or every one.
func (w Workload) chosen() PlatformSet {
	if len(w.Platforms) == 0 {
		return 1<<len(Platforms) - 1
	}
	var s PlatformSet
	for i, p := range Platforms {
		for _, q := range w.Platforms {
			if p == q {
				s = s.With(i)
			}
		}
	}
	return s
}

// Chose says the workload chose the platforms it is shown on (its platforms key or the
// --platforms flag), rather than being shown on every platform that can run it.
func (w Workload) Chose() bool { return len(w.Platforms) > 0 }

// PricedOn says w is priced on platform p: it chose p, or chose none.
func (w Workload) PricedOn(p Platform) bool {
	i := indexOfPlatform(p)
	return i >= 0 && w.chosen().Has(i)
}

// Shown lists the platforms r is shown on, in the order of Platforms: those the workload
// chose; when it chose none, every platform that can run it (every one when none can).
func (r WorkloadResult) Shown() []Platform { return platformsIn(r.shownSet()) }

// ShownEstimates are the estimates of the platforms r is shown on (Shown), in order. The
// list may be r's own Estimates: a reader must not change its elements (appending copies).
func (r WorkloadResult) ShownEstimates() []Estimate { return r.estimatesIn(r.shownSet()) }

// estimatesIn are r's estimates of the platforms of set, in the order of Platforms: when set
// holds every platform and r's estimates are theirs in that order, r.Estimates itself, its
// capacity cut to its length so that an append copies it, rather than a copy of each.
func (r WorkloadResult) estimatesIn(set PlatformSet) []Estimate {
	if set == AllPlatforms() && len(r.Estimates) == len(Platforms) {
		inOrder := true
		for i, p := range Platforms {
			inOrder = inOrder && r.Estimates[i].Platform == p
		}
		if inOrder {
			return r.Estimates[:len(r.Estimates):len(r.Estimates)]
		}
	}
	out := make([]Estimate, 0, len(Platforms))
	for i, p := range Platforms {
		if set.Has(i) {
			out = append(out, r.Estimate(p))
		}
	}
	return out
}

// shownSet is the set of platforms r is shown on (Shown).
func (r WorkloadResult) shownSet() PlatformSet {
	set := r.Workload.chosen()
	if r.Workload.Chose() {
		return set
	}
	var feasible PlatformSet
	for i, p := range Platforms {
		if set.Has(i) && r.Estimate(p).Feasible {
			feasible = feasible.With(i)
		}
	}
	if feasible != 0 {
		return feasible
	}
	return set
}

// CannotRun are the estimates of the platforms priced but not shown, each unable to run
// the workload (its Reasons say why), in the order of Platforms: none when the workload
// chose its platforms, or when no platform can run it (then each is shown).
func (r WorkloadResult) CannotRun() []Estimate {
	if r.Workload.Chose() {
		return nil
	}
	shown := r.shownSet()
	var out []Estimate
	for _, e := range r.Estimates {
		if i := indexOfPlatform(e.Platform); !e.Feasible && (i < 0 || !shown.Has(i)) {
			out = append(out, e)
		}
	}
	return out
}

// PricedEstimates are the estimates of every platform r was priced on, in the order of
// Platforms: the chosen ones, or every registered one (those that cannot run it too). The
// list may be r's own Estimates: a reader must not change its elements (appending copies).
func (r WorkloadResult) PricedEstimates() []Estimate { return r.estimatesIn(r.Workload.chosen()) }

// ShownOnAny lists the platforms any of results is shown on, in the order of Platforms:
// the portfolio's columns.
func ShownOnAny(results []WorkloadResult) []Platform {
	var set PlatformSet
	for _, r := range results {
		for _, p := range r.Shown() {
			set = set.With(platformIndex(p))
		}
	}
	return platformsIn(set)
}

// platformsIn lists the platforms of set, in the order of Platforms.
func platformsIn(set PlatformSet) []Platform {
	var out []Platform
	for i, p := range Platforms {
		if set.Has(i) {
			out = append(out, p)
		}
	}
	return out
}

// onlyChosen is r with the estimates of the platforms its workload did not choose emptied
// and its cheapest among the chosen: for the paths that price every platform at once (a
// workload of schedules alone, one no platform can price).
func onlyChosen(r WorkloadResult) WorkloadResult {
	if !r.Workload.Chose() {
		return r
	}
	set := r.Workload.chosen()
	for i := range r.Estimates {
		if k := indexOfPlatform(r.Estimates[i].Platform); k < 0 || !set.Has(k) {
			r.Estimates[i] = Estimate{Platform: r.Estimates[i].Platform}
		}
	}
	r.Cheapest = cheapest(r.Estimates)
	return r
}

// indexOfPlatform is p's index in Platforms, -1 when it is not registered.
func indexOfPlatform(p Platform) int {
	for i, q := range Platforms {
		if q == p {
			return i
		}
	}
	return -1
}
