package model

// FunctionOwner is the platform the workload's function is configured on (Lambda): the
// engine (the flow's own functions, the services' free tiers), the analyses, the output and
// the workload format read and change what they need of its settings through it, the first
// registered, never through the platform's settings.
type FunctionOwner interface {
	// FunctionSettingsOf is what is read of w's function settings (the zero FunctionSettings
	// when w has none).
	FunctionSettingsOf(w Workload) FunctionSettings
	// WithFunctionSettings is w with those settings replaced by s, the others unchanged.
	WithFunctionSettings(w Workload, s FunctionSettings) Workload
}

// FunctionSettings are the settings of the workload's function read outside its platform:
// its architecture (as given or defaulted: "" for a workload built in code without one),
// whether the account is within the free tier, the environments provisioned, whether the
// concurrency quota is taken as raised, and whether the cold starts' INIT is left out of the
// bill.
type FunctionSettings struct {
	Architecture           Architecture
	FreeTier               bool
	ProvisionedConcurrency int64
	QuotaRaised            bool
	OmitColdStarts         bool
}

// functionOwner is the first registered FunctionOwner.
func functionOwner() (FunctionOwner, bool) {
	for _, p := range pricers {
		if f, ok := p.(FunctionOwner); ok {
			return f, true
		}
	}
	return nil, false
}

// FunctionSettingsOf is w's function settings, through the first registered FunctionOwner
// (the zero FunctionSettings when none is registered).
func FunctionSettingsOf(w Workload) FunctionSettings {
	if f, ok := functionOwner(); ok {
		return f.FunctionSettingsOf(w)
	}
	return FunctionSettings{}
}

// WithFunctionSettings is w with its function settings s, through the first registered
// FunctionOwner (w unchanged when none is registered).
func WithFunctionSettings(w Workload, s FunctionSettings) Workload {
	if f, ok := functionOwner(); ok {
		return f.WithFunctionSettings(w, s)
	}
	return w
}
