package pricing

import "github.com/shopspring/decimal"

// LambdaCounts is one function's month on Lambda in whole counts: what its usage is made of
// at any memory size. Usage turns them into billed quantities by AWS's rules.
type LambdaCounts struct {
	// Requests is every request sent to the function; OnDemand and OnProvisioned are those
	// that ran on demand (the throttled ones included) and on provisioned environments.
	Requests, OnDemand, OnProvisioned int64
	// Throttled is the requests, of OnDemand, that the concurrency limit turns away: not
	// invocations, billed nothing (an estimate).
	Throttled int64
	// BilledMs is one request's billed duration, in whole milliseconds.
	BilledMs int64
	// ColdStarts is the cold starts whose INIT is billed, InitMs each (an estimate).
	ColdStarts, InitMs int64
	// ProvisionedSeconds is the month's provisioned environment-seconds, as billed.
	ProvisionedSeconds int64
	// ExtraStorageMB is the ephemeral storage configured above the 512 MB included.
	ExtraStorageMB int64
	// FreeTierEligible: see LambdaUsage.
	FreeTierEligible bool
}

// Usage is what the function uses in the month at memoryMB, in region on architecture
// arch: GB-seconds are requests x billed milliseconds x memory (GBSeconds), ephemeral
// storage is billed for the storage above 512 MB over the same time, and provisioned
// concurrency for the memory of each environment-second.
func (c LambdaCounts) Usage(region, arch string, memoryMB int64) LambdaUsage {
	n := decimal.NewFromInt
	billed := n(c.BilledMs)
	u := LambdaUsage{
		Region:                       region,
		Architecture:                 arch,
		Requests:                     n(c.Requests),
		DurationGBSeconds:            GBSeconds(n(c.OnDemand), billed, memoryMB),
		ProvisionedDurationGBSeconds: GBSeconds(n(c.OnProvisioned), billed, memoryMB),
		FreeTierEligible:             c.FreeTierEligible,
	}
	if c.ExtraStorageMB > 0 {
		u.EphemeralGBSeconds = GBSeconds(n(c.Requests), billed, c.ExtraStorageMB)
	}
	if c.ProvisionedSeconds > 0 {
		// environment-seconds x memory: each environment-second is 1,000 ms of configured memory
		u.ProvisionedGBSeconds = GBSeconds(n(c.ProvisionedSeconds), n(1000), memoryMB)
	}
	if c.ColdStarts > 0 {
		starts, init := n(c.ColdStarts), n(c.InitMs)
		u.ColdStarts, u.InitMs = c.ColdStarts, init
		u.InitGBSeconds = GBSeconds(starts, init, memoryMB)
		u.InitEphemeralGBSeconds = GBSeconds(starts, init, c.ExtraStorageMB)
	}
	if c.Throttled > 0 {
		turned := n(c.Throttled)
		u.ThrottledRequests = turned
		u.ThrottledGBSeconds = GBSeconds(turned, billed, memoryMB)
		u.ThrottledEphemeralGBSeconds = GBSeconds(turned, billed, c.ExtraStorageMB)
	}
	return u
}
